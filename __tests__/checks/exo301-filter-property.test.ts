import { describe, expect, it } from 'vitest'
import { FILTER_PROPERTIES } from '../../src/model/constants.js'
import { findingsOf, lint, ruleSet } from '../helpers.js'

/** One EXO301 finding with its exact range (the filter is on line 10 unless told). */
const exo301 = (
  column: number,
  endColumn: number,
  property: string,
  suggestion?: string,
  line = 10
) => ({
  id: 'EXO301',
  severity: 'error',
  line,
  column,
  endColumn,
  messageId: suggestion ? 'suggestion' : 'unsupported',
  data: suggestion ? { property, suggestion } : { property }
})

/**
 * A rule set whose one rule has the given filter on line 10; the filter's text starts at column 31
 * (`      "UserRecipientFilter": "` is 30 characters), so decoded index i is column 31 + i when the
 * string holds no escape.
 */
const rule = (filter: string, extra: Record<string, unknown> = {}) =>
  ruleSet(
    [
      {
        Name: 'Sales',
        Action: 'AllowAccess',
        AnyOfProtocols: ['ExchangeAdminCenter'],
        UserRecipientFilter: filter
      }
    ],
    extra
  )

/** The EXO301 findings of a document, with their end columns. */
const found = (text: string) =>
  lint(text)
    .filter((f) => f.id === 'EXO301')
    .map((f) => ({
      id: f.id,
      severity: f.severity,
      line: f.line,
      column: f.column,
      endColumn: f.endColumn,
      messageId: f.messageId,
      data: f.data
    }))

/** The EXO301 findings of the one-rule document with this filter. */
const of = (filter: string) => found(rule(filter))

describe('EXO301 filter-property', () => {
  describe('the 23 supported properties', () => {
    it('are exactly the ones the catalog lists', () => {
      expect(FILTER_PROPERTIES).toHaveLength(23)
    })

    it.each(FILTER_PROPERTIES.map((p) => [p]))('accepts %s', (property) => {
      expect(of(`${property} -eq 'x'`)).toEqual([])
    })

    it.each([
      "department -EQ 'IT'",
      "DEPARTMENT -eq 'IT'",
      "countryorregion -eq 'US'",
      "customattribute15 -like 'a*'",
      'STREETADDRESS -ne $null'
    ])('compares property names case-insensitively: %s', (filter) => {
      expect(of(filter)).toEqual([])
    })

    it('accepts the braces form and combinations of supported properties', () => {
      expect(of("{City -eq 'Redmond'}")).toEqual([])
      expect(
        of("(CountryOrRegion -eq 'US' -and Department -eq 'Sales') -or Department -eq 'Research'")
      ).toEqual([])
      expect(of("-not (Office -eq 'B1' -or PostalCode -eq '98052')")).toEqual([])
    })

    it('does not mind a value that looks like a property name', () => {
      expect(of("Department -eq 'Title'")).toEqual([])
      expect(of('Department -eq Title')).toEqual([])
    })

    it('accepts a rule without UserRecipientFilter', () => {
      const text = ruleSet([
        { Name: 'EAC', Action: 'AllowAccess', AnyOfProtocols: ['ExchangeAdminCenter'] }
      ])
      expect(findingsOf('EXO301', text)).toEqual([])
    })
  })

  describe('properties client access rules do not support', () => {
    it('reports Title with the list of supported properties', () => {
      expect(of("Title -eq 'CEO'")).toEqual([exo301(31, 36, 'Title')])
    })

    it('reports CustomAttribute16 (there are only 15)', () => {
      expect(of("CustomAttribute16 -eq 'x'")).toEqual([exo301(31, 48, 'CustomAttribute16')])
    })

    it('reports MemberOfGroup (no group conditions in client access rules)', () => {
      expect(of("MemberOfGroup -eq 'CN=Sales,OU=Groups,DC=contoso,DC=com'")).toEqual([
        exo301(31, 44, 'MemberOfGroup')
      ])
    })

    it('suggests CountryOrRegion for Country', () => {
      expect(of("Country -eq 'US'")).toEqual([exo301(31, 38, 'Country', 'CountryOrRegion')])
    })

    it('suggests CountryOrRegion for the Active Directory name Co', () => {
      expect(of("Co -eq 'US'")).toEqual([exo301(31, 33, 'Co', 'CountryOrRegion')])
    })

    it('suggests Department for a typo and for Dept', () => {
      expect(of("Departmnet -eq 'IT'")).toEqual([exo301(31, 41, 'Departmnet', 'Department')])
      expect(of("Dept -eq 'IT'")).toEqual([exo301(31, 35, 'Dept', 'Department')])
    })

    it('keeps the case the file uses in the message', () => {
      expect(of("title -eq 'CEO'")).toEqual([exo301(31, 36, 'title')])
    })

    it('reports every unsupported property of a filter, each at its own column', () => {
      // "City -eq 'a' -and Title -eq 'b' -or MemberOfGroup -eq 'c'": Title at index 18, MemberOfGroup at 36
      expect(of("City -eq 'a' -and Title -eq 'b' -or MemberOfGroup -eq 'c'")).toEqual([
        exo301(49, 54, 'Title'),
        exo301(67, 80, 'MemberOfGroup')
      ])
    })

    it('reports the same unsupported property twice when it is used twice', () => {
      // "Title -eq 'a' -or Title -eq 'b'": the second Title at index 18
      expect(of("Title -eq 'a' -or Title -eq 'b'")).toEqual([
        exo301(31, 36, 'Title'),
        exo301(49, 54, 'Title')
      ])
    })

    it('finds a property inside parentheses, after -not and inside braces', () => {
      expect(of("(City -eq 'a' -or (-not Title -eq 'b'))")).toEqual([exo301(55, 60, 'Title')])
      expect(of("{ Title -eq 'x' }")).toEqual([exo301(33, 38, 'Title')])
      expect(of("  Title -eq 'x'")).toEqual([exo301(33, 38, 'Title')])
    })

    it('reports the rule of each filter at its own line', () => {
      const text = ruleSet([
        {
          Name: 'First',
          Action: 'AllowAccess',
          AnyOfProtocols: ['ExchangeAdminCenter'],
          UserRecipientFilter: "Department -eq 'IT'"
        },
        {
          Name: 'Second',
          Action: 'AllowAccess',
          AnyOfProtocols: ['RemotePowerShell'],
          UserRecipientFilter: "Title -eq 'CEO'"
        }
      ])
      // the second rule's filter is on line 18
      expect(found(text)).toEqual([exo301(31, 36, 'Title', undefined, 18)])
    })
  })

  describe('columns inside a string that holds JSON escapes', () => {
    it('counts an escaped double quote as two file columns', () => {
      // decoded: City -eq "Redmond" -and Title -eq 'x' — Title at index 24, after two \" escapes
      const text = rule('City -eq "Redmond" -and Title -eq \'x\'')
      expect(text).toContain('"City -eq \\"Redmond\\" -and Title')
      expect(found(text)).toEqual([exo301(57, 62, 'Title')])
    })

    it('counts a \\u00e9 escape as six file columns', () => {
      // decoded: City -eq 'Montréal' -and Title -eq 'x' — Title at index 25, after one \u00e9
      const text = rule("City -eq 'Montréal' -and Title -eq 'x'").replace('é', '\\u00e9')
      expect(text).toContain('Montr\\u00e9al')
      expect(found(text)).toEqual([exo301(61, 66, 'Title')])
    })

    it('counts a \\t escape as two file columns', () => {
      // decoded: City -eq 'a'<TAB>-and<TAB>Title -eq 'x' — Title at index 18, after two \t
      const text = rule("City -eq 'a'\t-and\tTitle -eq 'x'")
      expect(found(text)).toEqual([exo301(51, 56, 'Title')])
    })

    it('counts a raw é as one column and an unescaped emoji as two (UTF-16)', () => {
      // decoded: City -eq 'é😀' -and Title -eq 'x' — Title at index 20
      expect(of("City -eq 'é😀' -and Title -eq 'x'")).toEqual([exo301(51, 56, 'Title')])
    })

    it('counts an escaped surrogate pair as twelve file columns', () => {
      // decoded: City -eq '😀' -and Title -eq 'x' — Title at index 19; the pair is 2 decoded units
      const text = rule("City -eq '😀' -and Title -eq 'x'").replace('😀', '\\ud83d\\ude00')
      expect(found(text)).toEqual([exo301(60, 65, 'Title')])
    })

    it('widens the range over an escape inside the property itself', () => {
      // \u0054itle decodes to Title: 10 file columns for 5 characters
      const text = rule("Title -eq 'CEO'").replace('"Title', '"\\u0054itle')
      expect(found(text)).toEqual([exo301(31, 41, 'Title')])
    })

    it('handles escapes before the property and a mix of them', () => {
      // a double-quoted value with doubled double quotes; Title at decoded index 29
      const filter = 'Company -eq "Café ""X""" -or Title -eq \'x\''
      const text = rule(filter).replace('é', '\\u00e9')
      // escapes before Title: \u00e9 (+5) and six \" (+6)
      expect(filter.indexOf('Title')).toBe(29)
      expect(found(text)).toEqual([exo301(71, 76, 'Title')])
    })
  })

  describe('filters EXO301 leaves to other checks', () => {
    it('says nothing about a filter that does not parse (EXO302 reports it)', () => {
      const text = rule("Title -eq 'CEO' -and")
      expect(findingsOf('EXO301', text)).toEqual([])
      expect(findingsOf('EXO302', text).map((f) => f.messageId)).toEqual(['dangling'])
    })

    it('says nothing about an empty filter (EXO003 reports it)', () => {
      const text = rule('')
      expect(findingsOf('EXO301', text)).toEqual([])
      expect(lint(text).map((f) => f.id)).toContain('EXO003')
    })
  })
})
