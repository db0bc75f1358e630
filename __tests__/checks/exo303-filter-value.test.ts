import { describe, expect, it } from 'vitest'
import { findingsOf, lint, ruleSet } from '../helpers.js'

type MessageId =
  | 'likeNoWildcard'
  | 'countryFormat'
  | 'countryUnknown'
  | 'eqWildcard'
  | 'innerWildcard'
  | 'ordering'
  | 'typographicQuote'
  | 'typographicDash'
  | 'typographicSpace'
const ERRORS: readonly MessageId[] = ['likeNoWildcard', 'countryFormat']

/** One EXO303 finding with its exact range; the filter is on line 10; severity follows the message. */
const exo303 = (
  column: number,
  endColumn: number,
  messageId: MessageId,
  data: Record<string, string>
) => ({
  id: 'EXO303',
  severity: ERRORS.includes(messageId) ? 'error' : 'warning',
  line: 10,
  column,
  endColumn,
  messageId,
  data
})

/**
 * A rule set whose one rule has the given filter on line 10 (`Target` stays on line 2 whatever its
 * value); the filter's text starts at column 31, so decoded index i is column 31 + i when the
 * string holds no escape.
 */
const rule = (filter: string, target: string = 'ExchangeServer') =>
  ruleSet(
    [
      {
        Name: 'Sales',
        Action: 'AllowAccess',
        AnyOfProtocols: ['ExchangeAdminCenter'],
        UserRecipientFilter: filter
      }
    ],
    { Target: target }
  )

/** The EXO303 findings of a document, with their end columns. */
const found = (text: string) =>
  lint(text)
    .filter((f) => f.id === 'EXO303')
    .map((f) => ({
      id: f.id,
      severity: f.severity,
      line: f.line,
      column: f.column,
      endColumn: f.endColumn,
      messageId: f.messageId,
      data: f.data
    }))

/** The EXO303 findings of the one-rule document (ExchangeServer unless told). */
const of = (filter: string, target?: string) => found(rule(filter, target))

describe('EXO303 filter-value', () => {
  describe('values that can match', () => {
    it.each([
      "Department -eq 'Sales'",
      "department -EQ 'IT'",
      "Department -like 'Sales*'",
      "Department -like 'Sales**'",
      "Department -notlike 'Temp*'",
      "Department -LIKE '*sales*'",
      "Department -like '*sales'",
      "Department -ne 'Sales'",
      "CountryOrRegion -eq 'US'",
      "CountryOrRegion -eq 'us'",
      "countryorregion -ne 'SG'",
      'CountryOrRegion -eq AU',
      'CountryOrRegion -eq $null',
      'Department -eq $null',
      'Department -like $null',
      'CustomAttribute1 -eq $true',
      "Company -eq 'O''Brien'",
      'City -eq "Redmond"',
      "{City -eq 'Redmond'}"
    ])('accepts %s on ExchangeServer', (filter) => {
      expect(of(filter)).toEqual([])
    })

    it.each(["Department -like 'Sales*'", "Department -notlike 'sales**'"])(
      'accepts the suffix wildcard %s on ExchangeOnline',
      (filter) => {
        expect(of(filter, 'ExchangeOnline')).toEqual([])
      }
    )

    it('says nothing about a filter that does not parse (EXO302 reports it)', () => {
      const text = rule("Department -like 'Sales' -and")
      expect(found(text)).toEqual([])
      expect(findingsOf('EXO302', text).map((f) => f.messageId)).toEqual(['dangling'])
    })
  })

  describe('-like and -notlike without a wildcard (error)', () => {
    it("reports -like 'Sales' and suggests -eq", () => {
      expect(of("Department -like 'Sales'")).toEqual([
        exo303(48, 55, 'likeNoWildcard', { operator: '-like', value: 'Sales', exact: '-eq' })
      ])
    })

    it("reports -notlike 'Sales' and suggests -ne", () => {
      expect(of("Department -notlike 'Sales'")).toEqual([
        exo303(51, 58, 'likeNoWildcard', { operator: '-notlike', value: 'Sales', exact: '-ne' })
      ])
    })

    it('keeps the operator as written and reads a bare word as the value', () => {
      expect(of('Department -LIKE Sales')).toEqual([
        exo303(48, 53, 'likeNoWildcard', { operator: '-LIKE', value: 'Sales', exact: '-eq' })
      ])
    })

    it("reads a doubled single quote as one quote ('O''Brien' is O'Brien)", () => {
      expect(of("Company -like 'O''Brien'")).toEqual([
        exo303(45, 55, 'likeNoWildcard', { operator: '-like', value: "O'Brien", exact: '-eq' })
      ])
    })

    it('reports it whatever the property (EXO301 reports the property itself)', () => {
      expect(of("Title -like 'Sales'")).toEqual([
        exo303(43, 50, 'likeNoWildcard', { operator: '-like', value: 'Sales', exact: '-eq' })
      ])
    })
  })

  describe('CountryOrRegion', () => {
    it("reports a country name ('United States') as an error", () => {
      expect(of("CountryOrRegion -eq 'United States'")).toEqual([
        exo303(51, 66, 'countryFormat', { value: 'United States' })
      ])
    })

    it('reports a country name whatever the operator', () => {
      expect(of("CountryOrRegion -ne 'United States'")).toEqual([
        exo303(51, 66, 'countryFormat', { value: 'United States' })
      ])
    })

    it('reports values that are not two ASCII letters', () => {
      expect(of("CountryOrRegion -eq 'U1'")).toEqual([
        exo303(51, 55, 'countryFormat', { value: 'U1' })
      ])
      expect(of("CountryOrRegion -eq 'ÜS'")).toEqual([
        exo303(51, 55, 'countryFormat', { value: 'ÜS' })
      ])
      expect(of('CountryOrRegion -eq $true')).toEqual([
        exo303(51, 56, 'countryFormat', { value: '$true' })
      ])
    })

    it("reports a wildcard pattern ('U*') once, as a format error only", () => {
      expect(of("CountryOrRegion -like 'U*'")).toEqual([
        exo303(53, 57, 'countryFormat', { value: 'U*' })
      ])
    })

    it("warns about an unassigned two-letter code ('XX')", () => {
      expect(of("CountryOrRegion -eq 'XX'")).toEqual([
        exo303(51, 55, 'countryUnknown', { value: 'XX' })
      ])
    })

    it("warns about 'uk' (the code is GB) and keeps the case written", () => {
      expect(of("CountryOrRegion -eq 'uk'")).toEqual([
        exo303(51, 55, 'countryUnknown', { value: 'uk' })
      ])
    })

    it('gives an unassigned code compared with -like both findings', () => {
      expect(of("CountryOrRegion -like 'XX'")).toEqual([
        // same column: ordered by message text
        exo303(53, 57, 'likeNoWildcard', { operator: '-like', value: 'XX', exact: '-eq' }),
        exo303(53, 57, 'countryUnknown', { value: 'XX' })
      ])
    })

    it('does not judge a property merely named like a country', () => {
      expect(of("CustomAttribute1 -eq 'United States'")).toEqual([])
    })
  })

  describe('wildcards with -eq and -ne (warning)', () => {
    it("reports -eq 'Sales*' and suggests -like", () => {
      expect(of("Department -eq 'Sales*'")).toEqual([
        exo303(46, 54, 'eqWildcard', { operator: '-eq', value: 'Sales*', wildcard: '-like' })
      ])
    })

    it("reports -ne 'Sales*' and suggests -notlike", () => {
      expect(of("Department -ne 'Sales*'")).toEqual([
        exo303(46, 54, 'eqWildcard', { operator: '-ne', value: 'Sales*', wildcard: '-notlike' })
      ])
    })
  })

  describe('wildcards not at the end on ExchangeOnline (warning)', () => {
    it("reports -like '*sales' on ExchangeOnline", () => {
      expect(of("Department -like '*sales'", 'ExchangeOnline')).toEqual([
        exo303(48, 56, 'innerWildcard', { operator: '-like', value: '*sales' })
      ])
    })

    it("reports -like 'sa*les' and -notlike '*temp'", () => {
      expect(of("Department -like 'sa*les'", 'ExchangeOnline')).toEqual([
        exo303(48, 56, 'innerWildcard', { operator: '-like', value: 'sa*les' })
      ])
      expect(of("Department -notlike '*temp'", 'ExchangeOnline')).toEqual([
        exo303(51, 58, 'innerWildcard', { operator: '-notlike', value: '*temp' })
      ])
    })

    it('takes a file without Target as ExchangeOnline', () => {
      const text = JSON.stringify(
        {
          ClientAccessRules: [
            {
              Name: 'Sales',
              Action: 'AllowAccess',
              AnyOfProtocols: ['ExchangeAdminCenter'],
              UserRecipientFilter: "Department -like '*sales'"
            }
          ]
        },
        null,
        2
      )
      // one line less than with Target: the filter is on line 9
      expect(found(text)).toEqual([
        { ...exo303(48, 56, 'innerWildcard', { operator: '-like', value: '*sales' }), line: 9 }
      ])
    })

    it("does not report -like '*sales' on ExchangeServer", () => {
      expect(of("Department -like '*sales'", 'ExchangeServer')).toEqual([])
      expect(of("Department -like 'sa*les'", 'ExchangeServer')).toEqual([])
    })
  })

  describe('-lt and -gt (warning)', () => {
    it('reports -lt at the operator', () => {
      expect(of("Department -lt 'M'")).toEqual([exo303(42, 45, 'ordering', { operator: '-lt' })])
    })

    it('reports -GT as written', () => {
      expect(of("Department -GT 'M'")).toEqual([exo303(42, 45, 'ordering', { operator: '-GT' })])
    })
  })

  describe('typographic quotes and dashes (warning)', () => {
    it('reports ‘Sales’ and gives the straight form', () => {
      expect(of('Department -eq ‘Sales’')).toEqual([
        exo303(46, 53, 'typographicQuote', { value: '‘Sales’', ascii: "'Sales'" })
      ])
    })

    it('reports “Sales” and gives the straight single-quoted form', () => {
      expect(of('Department -eq “Sales”')).toEqual([
        exo303(46, 53, 'typographicQuote', { value: '“Sales”', ascii: "'Sales'" })
      ])
    })

    it('reports a straight quote closed by a typographic one', () => {
      expect(of("Department -eq 'Sales’")).toEqual([
        exo303(46, 53, 'typographicQuote', { value: "'Sales’", ascii: "'Sales'" })
      ])
    })

    it('doubles an apostrophe in the straight form', () => {
      expect(of('Company -eq ‘O’’Brien’')).toEqual([
        exo303(43, 53, 'typographicQuote', { value: '‘O’’Brien’', ascii: "'O''Brien'" })
      ])
      expect(of("Company -eq “it's”")).toEqual([
        exo303(43, 49, 'typographicQuote', { value: "“it's”", ascii: "'it''s'" })
      ])
    })

    it('reports –eq (en dash) at the operator', () => {
      expect(of("Department –eq 'Sales'")).toEqual([
        exo303(42, 45, 'typographicDash', { operator: '–eq', ascii: '-eq' })
      ])
    })

    it('reports a no-break space or another Unicode space between tokens, never an ASCII one', () => {
      expect(of("Department -eq\u00a0'Sales'")).toEqual([
        exo303(45, 46, 'typographicSpace', { space: 'no-break space (\\u00A0)' })
      ])
      expect(of("Department\u2003-eq 'Sales' -and\u202fCity -eq 'X'")).toEqual([
        exo303(41, 42, 'typographicSpace', { space: 'Unicode space (\\u2003)' }),
        exo303(58, 59, 'typographicSpace', { space: 'Unicode space (\\u202F)' })
      ])
      expect(of("Department -eq 'Sales'\t-and City -eq 'X'")).toEqual([])
      // inside a quoted value it is part of the value, not a separator
      expect(of("Department -eq 'Sales\u00a0EU'")).toEqual([])
    })

    it('reports a typographic dash on -and, -or and -not', () => {
      expect(of("Department -eq 'IT' –and City -eq 'X'")).toEqual([
        exo303(51, 55, 'typographicDash', { operator: '–and', ascii: '-and' })
      ])
      expect(of("Department -eq 'IT' —OR City -eq 'X'")).toEqual([
        exo303(51, 54, 'typographicDash', { operator: '—OR', ascii: '-or' })
      ])
      expect(of("–not Department -eq 'IT'")).toEqual([
        exo303(31, 35, 'typographicDash', { operator: '–not', ascii: '-not' })
      ])
    })

    it('reports a typographic dash and typographic quotes in one comparison', () => {
      expect(of('Department ―eq ‘Sales’')).toEqual([
        exo303(42, 45, 'typographicDash', { operator: '―eq', ascii: '-eq' }),
        exo303(46, 53, 'typographicQuote', { value: '‘Sales’', ascii: "'Sales'" })
      ])
    })
  })

  describe('several findings in one filter', () => {
    it('reports each comparison at its own column', () => {
      expect(of("Department -like 'Sales' -and CountryOrRegion -eq 'United States'")).toEqual([
        exo303(48, 55, 'likeNoWildcard', { operator: '-like', value: 'Sales', exact: '-eq' }),
        exo303(81, 96, 'countryFormat', { value: 'United States' })
      ])
    })

    it('reports an error and warnings of different kinds together', () => {
      expect(of("Department -eq 'Sales*' -or Department -like '*sales'", 'ExchangeOnline')).toEqual(
        [
          exo303(46, 54, 'eqWildcard', { operator: '-eq', value: 'Sales*', wildcard: '-like' }),
          exo303(76, 84, 'innerWildcard', { operator: '-like', value: '*sales' })
        ]
      )
    })
  })

  describe('columns inside a string that holds JSON escapes', () => {
    it('places a value after \\" escapes and widens it over a \\u00e9 escape', () => {
      // decoded: Department -eq "x" -and Department -like 'Café' — the value at index 41,
      // two \" before it (+2), and 'Caf\u00e9' is 11 file columns for 6 characters
      const filter = 'Department -eq "x" -and Department -like \'Café\''
      expect(filter.indexOf("'Café'")).toBe(41)
      const text = rule(filter).replace('é', '\\u00e9')
      expect(found(text)).toEqual([
        exo303(74, 85, 'likeNoWildcard', { operator: '-like', value: 'Café', exact: '-eq' })
      ])
    })

    it('places typographic quotes written as \\u escapes', () => {
      // \u2018Sales\u2019 is 17 file columns for 7 characters
      const text = rule('Department -eq ‘Sales’').replace('‘', '\\u2018').replace('’', '\\u2019')
      expect(found(text)).toEqual([
        exo303(46, 63, 'typographicQuote', { value: '‘Sales’', ascii: "'Sales'" })
      ])
    })

    it('places a typographic dash written as a \\u escape', () => {
      // \u2013eq is 8 file columns for 3 characters
      const text = rule("Department –eq 'Sales'").replace('–', '\\u2013')
      expect(found(text)).toEqual([
        exo303(42, 50, 'typographicDash', { operator: '–eq', ascii: '-eq' })
      ])
    })

    it('places a warning after an escaped emoji (a surrogate pair is two columns decoded)', () => {
      // decoded: City -eq '😀' -and Department -lt 'M' — -lt at index 30; the pair adds 10
      const text = rule("City -eq '😀' -and Department -lt 'M'").replace('😀', '\\ud83d\\ude00')
      expect(found(text)).toEqual([exo303(71, 74, 'ordering', { operator: '-lt' })])
    })
  })
})
