import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../../src/engine/types.js'
import type { Config } from '../../src/engine/config.js'
import { findingsOf, lint, ruleSet } from '../helpers.js'

type MessageId =
  | 'empty'
  | 'unterminated'
  | 'unclosedParen'
  | 'unexpectedParen'
  | 'expectedProperty'
  | 'expectedComparison'
  | 'expectedLogical'
  | 'unknownOperator'
  | 'expectedValue'
  | 'dangling'
  | 'variable'
  | 'unexpected'
  | 'braces'
  | 'tooDeep'

/** One EXO302 finding with its exact range; the filter is on line 10. */
const exo302 = (
  column: number,
  endColumn: number,
  messageId: MessageId,
  data: Record<string, string | number> = {}
) => ({ id: 'EXO302', severity: 'error', line: 10, column, endColumn, messageId, data })

/**
 * A rule set whose one rule has the given filter on line 10; the filter's text starts at column 31
 * (`      "UserRecipientFilter": "` is 30 characters), so decoded index i is column 31 + i when the
 * string holds no escape, and the string's closing quote is at column 31 + length.
 */
const rule = (filter: string) =>
  ruleSet([
    {
      Name: 'Sales',
      Action: 'AllowAccess',
      AnyOfProtocols: ['ExchangeAdminCenter'],
      UserRecipientFilter: filter
    }
  ])

/** The EXO302 findings of a document, with their end columns. */
const found = (text: string, config: Partial<Config> = {}) =>
  lint(text, config)
    .filter((f) => f.id === 'EXO302')
    .map((f) => ({
      id: f.id,
      severity: f.severity,
      line: f.line,
      column: f.column,
      endColumn: f.endColumn,
      messageId: f.messageId,
      data: f.data
    }))

/** The EXO302 findings of the one-rule document with this filter. */
const of = (filter: string, config: Partial<Config> = {}) => found(rule(filter), config)

describe('EXO302 filter-syntax', () => {
  describe('filters that parse', () => {
    it.each([
      "Department -eq 'IT'",
      "department -EQ 'IT'",
      "Department -eq 'IT' -AND City -Like 'R*'",
      "(CountryOrRegion -eq 'US' -and Department -eq 'Sales') -or Department -eq 'Research'",
      "CustomAttribute1 -eq 'AllowOWA' -and CountryOrRegion -eq 'AU'",
      "-not (Office -eq 'B1' -or PostalCode -ne '98052')",
      "{City -eq 'Redmond'}",
      "  { City -eq 'Redmond' }  ",
      "Company -eq 'O''Brien'",
      'Company -eq "O\'Brien"',
      'Company -eq "say ""hi"""',
      'City -eq "Redmond"',
      'City -eq Redmond',
      'City -eq $null',
      'City -ne $NULL',
      'CustomAttribute1 -eq $true',
      'CustomAttribute1 -eq $False',
      "Department -notlike 'Sales*' -and Department -lt 'M' -or Department -gt 'T'",
      "City -eq ''",
      "City -eq 'a'\t-and\nDepartment -eq 'b'",
      // typographic quotes and dashes parse as their ASCII counterparts (EXO303 warns about them)
      'Department –eq ‘Sales’ —and City -eq “Redmond”',
      // EXO301's business, not a syntax error
      "Title -eq 'CEO'"
    ])('accepts %s', (filter) => {
      expect(of(filter)).toEqual([])
    })

    it('accepts parentheses and -not nested exactly as deep as the cap (32)', () => {
      expect(DEFAULT_LIMITS.maxDepth).toBe(32)
      expect(of('('.repeat(32) + "City -eq 'a'" + ')'.repeat(32))).toEqual([])
      expect(of('-not '.repeat(32) + "City -eq 'a'")).toEqual([])
    })

    it('accepts a rule without UserRecipientFilter', () => {
      const text = ruleSet([
        { Name: 'EAC', Action: 'AllowAccess', AnyOfProtocols: ['ExchangeAdminCenter'] }
      ])
      expect(findingsOf('EXO302', text)).toEqual([])
    })

    it('leaves an empty string to the schema check (EXO003)', () => {
      const text = rule('')
      expect(findingsOf('EXO302', text)).toEqual([])
      expect(lint(text).map((f) => f.id)).toContain('EXO003')
    })
  })

  describe('empty filters', () => {
    it('reports a filter of spaces over its whole length', () => {
      expect(of('  ')).toEqual([exo302(31, 33, 'empty')])
    })

    it('reports empty braces', () => {
      expect(of('{}')).toEqual([exo302(31, 33, 'empty')])
      expect(of('{ }')).toEqual([exo302(31, 34, 'empty')])
    })
  })

  describe('quotes', () => {
    it("reports Microsoft's documented typo (AU' has no opening quote) at the lone quote", () => {
      // the quote after AU is at index 59 of the 60-character filter
      expect(of("CustomAttribute1 -eq 'AllowOWA' -and CountryOrRegion -eq AU'")).toEqual([
        exo302(90, 91, 'unterminated', { quote: "'" })
      ])
    })

    it('reports a double-quoted value that is never closed, over its two-column \\" escape', () => {
      expect(of('City -eq "Redmond')).toEqual([exo302(40, 42, 'unterminated', { quote: '"' })])
    })

    it("reports an apostrophe that is not doubled ('O'Brien')", () => {
      // 'O' is a value, Brien a word, and the last quote (index 20) opens a value never closed
      expect(of("Company -eq 'O'Brien'")).toEqual([exo302(51, 52, 'unterminated', { quote: "'" })])
    })

    it('reports a typographic quote that is never closed, naming it', () => {
      expect(of('City -eq ‘Redmond')).toEqual([exo302(40, 41, 'unterminated', { quote: '‘' })])
    })
  })

  describe('parentheses and braces', () => {
    it('reports an opening parenthesis that is never closed', () => {
      expect(of("(City -eq 'a'")).toEqual([exo302(31, 32, 'unclosedParen')])
      expect(of("((City -eq 'a')")).toEqual([exo302(31, 32, 'unclosedParen')])
    })

    it('reports a closing parenthesis that was never opened', () => {
      expect(of("City -eq 'a')")).toEqual([exo302(43, 44, 'unexpectedParen')])
      expect(of("(City -eq 'a'))")).toEqual([exo302(45, 46, 'unexpectedParen')])
    })

    it('reports a closing parenthesis where a condition should start', () => {
      expect(of("City -eq 'a' -and )")).toEqual([exo302(49, 50, 'unexpectedParen')])
    })

    it('reports empty parentheses', () => {
      expect(of('()')).toEqual([exo302(32, 33, 'expectedProperty', { found: '")"' })])
    })

    it('reports an unmatched brace on either side', () => {
      expect(of("{City -eq 'a'")).toEqual([exo302(31, 32, 'braces', { brace: '{' })])
      expect(of("City -eq 'a'}")).toEqual([exo302(43, 44, 'braces', { brace: '}' })])
    })
  })

  describe('operators', () => {
    it('reports an unknown operator (-match) as written', () => {
      expect(of("City -match 'Red.*'")).toEqual([
        exo302(36, 42, 'unknownOperator', { operator: '-match' })
      ])
      expect(of("City -Contains 'a'")).toEqual([
        exo302(36, 45, 'unknownOperator', { operator: '-Contains' })
      ])
    })

    it('reports a dangling -and, -or and -not', () => {
      expect(of("City -eq 'a' -and")).toEqual([exo302(44, 48, 'dangling', { operator: '-and' })])
      expect(of("City -eq 'a' -or")).toEqual([exo302(44, 47, 'dangling', { operator: '-or' })])
      expect(of('-not')).toEqual([exo302(31, 35, 'dangling', { operator: '-not' })])
    })

    it('reports -and with nothing before it and a doubled -and', () => {
      expect(of("-and City -eq 'a'")).toEqual([exo302(31, 35, 'dangling', { operator: '-and' })])
      // the second -and is at index 18
      expect(of("City -eq 'a' -and -and City -eq 'b'")).toEqual([
        exo302(49, 53, 'dangling', { operator: '-and' })
      ])
    })

    it('reports a missing comparison operator', () => {
      expect(of("City 'Redmond'")).toEqual([
        exo302(36, 45, 'expectedComparison', { found: '"\'Redmond\'"' })
      ])
      expect(of("City -and 'a'")).toEqual([
        exo302(36, 40, 'expectedComparison', { found: '"-and"' })
      ])
    })

    it('reports a property at the end of the filter at the closing quote of the string', () => {
      expect(of('City')).toEqual([
        exo302(35, 36, 'expectedComparison', { found: 'the end of the filter' })
      ])
    })

    it('reports an operator without a value at the operator', () => {
      expect(of('City -eq')).toEqual([exo302(36, 39, 'expectedValue', { operator: '-eq' })])
      expect(of("City -EQ -and Department -eq 'IT'")).toEqual([
        exo302(40, 44, 'expectedValue', { operator: '-EQ' })
      ])
    })

    it('reports a missing -and or -or between two conditions', () => {
      expect(of("City -eq 'a' City -eq 'b'")).toEqual([
        exo302(44, 48, 'expectedLogical', { found: '"City"' })
      ])
      expect(of("(City -eq 'a' 'b')")).toEqual([
        exo302(45, 48, 'expectedLogical', { found: '"\'b\'"' })
      ])
    })
  })

  describe('properties, variables and stray characters', () => {
    it('reports a value where the property should be', () => {
      expect(of("'IT' -eq Department")).toEqual([
        exo302(31, 35, 'expectedProperty', { found: '"\'IT\'"' })
      ])
      expect(of("1Department -eq 'IT'")).toEqual([
        exo302(31, 42, 'expectedProperty', { found: '"1Department"' })
      ])
    })

    it('reports a parenthesis opened at the very end as never closed, at the parenthesis', () => {
      expect(of("City -eq 'a' -and (")).toEqual([exo302(49, 50, 'unclosedParen')])
    })

    it('reports an operator with nothing after it, quoting it as written', () => {
      expect(of("City -eq 'a' -and -not")).toEqual([
        exo302(49, 53, 'dangling', { operator: '-not' })
      ])
      expect(of("City -eq 'a' -AND")).toEqual([exo302(44, 48, 'dangling', { operator: '-AND' })])
    })

    it('reports a variable other than $null, $true and $false', () => {
      expect(of('City -eq $foo')).toEqual([exo302(40, 44, 'variable', { variable: '$foo' })])
    })

    it('reports characters OPATH does not allow', () => {
      expect(of("Department = 'IT'")).toEqual([exo302(42, 43, 'unexpected', { text: '=' })])
      expect(of("City -eq 'a' && City -eq 'b'")).toEqual([
        exo302(44, 45, 'unexpected', { text: '&' })
      ])
      // U+2010 HYPHEN is not one of the dashes PowerShell reads as "-"
      expect(of("City -eq 'a' \u2010and City -eq 'b'")).toEqual([
        exo302(44, 45, 'unexpected', { text: '\u2010' })
      ])
    })

    it('shows an invisible character escaped', () => {
      expect(of("City -eq 'a' \u200b")).toEqual([exo302(44, 45, 'unexpected', { text: '\\u200B' })])
    })
  })

  describe('nesting deeper than the cap', () => {
    it('reports the 33rd parenthesis', () => {
      expect(of('('.repeat(33) + "City -eq 'a'" + ')'.repeat(33))).toEqual([
        exo302(63, 64, 'tooDeep', { max: 32 })
      ])
    })

    it('reports the 33rd -not', () => {
      // each "-not " is 5 characters: the 33rd starts at index 160
      expect(of('-not '.repeat(33) + "City -eq 'a'")).toEqual([
        exo302(191, 195, 'tooDeep', { max: 32 })
      ])
    })

    it('counts parentheses and -not together', () => {
      expect(of('(-not '.repeat(16) + "City -eq 'a'" + ')'.repeat(16))).toEqual([])
      // 17 × "(-not " = 34 levels; the 33rd level is the 17th "(" at index 96
      expect(of('(-not '.repeat(17) + "City -eq 'a'" + ')'.repeat(17))).toEqual([
        exo302(127, 128, 'tooDeep', { max: 32 })
      ])
    })

    it('follows the configured maxDepth', () => {
      const filter = '('.repeat(33) + "City -eq 'a'" + ')'.repeat(33)
      const config = { limits: { ...DEFAULT_LIMITS, maxDepth: 40 } }
      expect(of(filter, config)).toEqual([])
      expect(of('('.repeat(41) + "City -eq 'a'" + ')'.repeat(41), config)).toEqual([
        exo302(71, 72, 'tooDeep', { max: 40 })
      ])
    })

    it('survives very deep nesting without a stack overflow', () => {
      const filter = '('.repeat(2000) + "City -eq 'a'" + ')'.repeat(2000)
      expect(of(filter)).toEqual([exo302(63, 64, 'tooDeep', { max: 32 })])
    })
  })

  describe('columns inside a string that holds JSON escapes', () => {
    it('places a dangling -and after \\" and \\u00e9 escapes', () => {
      // decoded: City -eq "Montréal" -and — -and at index 20; escapes before it add 2 + 5 columns
      const text = rule('City -eq "Montréal" -and').replace('é', '\\u00e9')
      expect(text).toContain('"City -eq \\"Montr\\u00e9al\\" -and"')
      expect(found(text)).toEqual([exo302(58, 62, 'dangling', { operator: '-and' })])
    })

    it('places an unterminated quote after escapes', () => {
      // the last quote is at decoded index 40
      const filter = 'City -eq "Montréal" -and Department -eq \'IT'
      expect(filter.lastIndexOf("'")).toBe(40)
      const text = rule(filter).replace('é', '\\u00e9')
      expect(found(text)).toEqual([exo302(78, 79, 'unterminated', { quote: "'" })])
    })

    it('places the end of the filter at the string closing quote after escapes', () => {
      // 28 decoded characters, 35 in the file
      const text = rule('City -eq "é" -and Department').replace('é', '\\u00e9')
      expect(found(text)).toEqual([
        exo302(66, 67, 'expectedComparison', { found: 'the end of the filter' })
      ])
    })

    it('widens the range over an escape inside the failing token', () => {
      // -m\u0061tch decodes to -match: 11 file columns for 6 characters
      const text = rule("City -match 'a'").replace('-match', '-m\\u0061tch')
      expect(found(text)).toEqual([exo302(36, 47, 'unknownOperator', { operator: '-match' })])
    })
  })

  describe('several rules', () => {
    it('reports each broken filter of a file at its own line', () => {
      const text = ruleSet([
        {
          Name: 'First',
          Action: 'AllowAccess',
          AnyOfProtocols: ['ExchangeAdminCenter'],
          UserRecipientFilter: "City -eq 'a' -and"
        },
        {
          Name: 'Second',
          Action: 'AllowAccess',
          AnyOfProtocols: ['RemotePowerShell'],
          UserRecipientFilter: "Department -eq 'IT'"
        },
        {
          Name: 'Third',
          Action: 'AllowAccess',
          AnyOfProtocols: ['RemotePowerShell'],
          UserRecipientFilter: "(City -eq 'b'"
        }
      ])
      expect(findingsOf('EXO302', text)).toEqual([
        {
          id: 'EXO302',
          severity: 'error',
          line: 10,
          column: 44,
          messageId: 'dangling',
          data: { operator: '-and' }
        },
        {
          id: 'EXO302',
          severity: 'error',
          line: 26,
          column: 31,
          messageId: 'unclosedParen',
          data: {}
        }
      ])
    })
  })
})
