import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../../src/engine/types.js'
import { findingsOf, ruleSet } from '../helpers.js'

type MessageId = 'tooManyWildcards' | 'universalOutlook' | 'trailingOnly' | 'everyone' | 'noDomain'
const ERRORS: readonly MessageId[] = ['tooManyWildcards', 'universalOutlook', 'trailingOnly']

/** One EXO307 finding, as `findingsOf` reports it; the severity follows from the message. */
const exo307 = (
  line: number,
  column: number,
  messageId: MessageId,
  data: Record<string, string | number>
) => ({
  id: 'EXO307',
  severity: ERRORS.includes(messageId) ? 'error' : 'warning',
  line,
  column,
  messageId,
  data
})

/**
 * A rule set whose one rule has one protocol (line 8) and the given patterns; the first pattern
 * is at line 11, column 9, the next ones on the lines after it.
 */
const rule = (
  patterns: string[],
  key = 'UsernameMatchesAnyOfPatterns',
  extra: Record<string, unknown> = {}
) =>
  ruleSet([
    {
      Name: 'Jeff',
      Action: 'AllowAccess',
      AnyOfProtocols: ['ExchangeAdminCenter'],
      [key]: patterns,
      ...extra
    }
  ])

/** The EXO307 findings of a one-pattern rule (the pattern at 11:9). */
const of = (pattern: string) => findingsOf('EXO307', rule([pattern]))

describe('EXO307 username-pattern', () => {
  describe('patterns Exchange can match', () => {
    it.each([
      'contoso.com\\jeff',
      '*jeff*',
      '*jeff',
      '*\\jeff',
      'contoso.com\\*jeff*',
      'contoso.com\\j*ff',
      '*contoso.com\\*'
    ])('accepts %s', (pattern) => {
      expect(of(pattern)).toEqual([])
    })

    it('accepts exactly as many wildcards as the cap', () => {
      const pattern = '*a*b*c*d*e*f*g*'
      expect(pattern.split('*').length - 1).toBe(DEFAULT_LIMITS.maxWildcards)
      expect(of(pattern)).toEqual([])
    })

    it('accepts a rule without username patterns', () => {
      expect(
        findingsOf(
          'EXO307',
          ruleSet([{ Name: 'EAC', Action: 'AllowAccess', AnyOfProtocols: ['ExchangeAdminCenter'] }])
        )
      ).toEqual([])
    })

    it('does not mind UniversalOutlook in the protocol exception', () => {
      const text = rule(['*jeff*'], 'UsernameMatchesAnyOfPatterns', {
        ExceptAnyOfProtocols: ['UniversalOutlook']
      })
      expect(findingsOf('EXO307', text)).toEqual([])
    })
  })

  describe('errors', () => {
    it('reports a pattern whose only wildcard is trailing, suggesting a contains pattern', () => {
      expect(of('jeff*')).toEqual([
        exo307(11, 9, 'trailingOnly', { pattern: 'jeff*', suggestion: '*jeff*' })
      ])
    })

    it('reports a domain pattern with several trailing wildcards', () => {
      expect(of('contoso.com\\jeff**')).toEqual([
        exo307(11, 9, 'trailingOnly', {
          pattern: 'contoso.com\\jeff**',
          suggestion: '*contoso.com\\jeff*'
        })
      ])
    })

    it('reads a backslash before the trailing wildcard as a literal, not an escape', () => {
      expect(of('jeff\\*')).toEqual([
        exo307(11, 9, 'trailingOnly', { pattern: 'jeff\\*', suggestion: '*jeff\\*' })
      ])
    })

    it('reports a whole-domain pattern written with only a trailing wildcard', () => {
      expect(of('contoso.com\\*')).toEqual([
        exo307(11, 9, 'trailingOnly', {
          pattern: 'contoso.com\\*',
          suggestion: '*contoso.com\\*'
        })
      ])
    })

    it('reports patterns in the exception list too', () => {
      expect(
        findingsOf('EXO307', rule(['contoso.com\\admin*'], 'ExceptUsernameMatchesAnyOfPatterns'))
      ).toEqual([
        exo307(11, 9, 'trailingOnly', {
          pattern: 'contoso.com\\admin*',
          suggestion: '*contoso.com\\admin*'
        })
      ])
    })

    it('reports every pattern of a rule whose protocols include UniversalOutlook', () => {
      // "AnyOfProtocols": lines 7-10 (UniversalOutlook at 9); patterns at 12 and 15 (Except).
      const text = ruleSet(
        [
          {
            Name: 'Mail app',
            Action: 'DenyAccess',
            AnyOfProtocols: ['OutlookWebApp', 'UniversalOutlook'],
            UsernameMatchesAnyOfPatterns: ['*jeff*'],
            ExceptUsernameMatchesAnyOfPatterns: ['contoso.com\\jeff']
          }
        ],
        { Target: 'ExchangeOnline' }
      )
      expect(findingsOf('EXO307', text)).toEqual([
        exo307(12, 9, 'universalOutlook', { pattern: '*jeff*', line: 9 }),
        exo307(15, 9, 'universalOutlook', { pattern: 'contoso.com\\jeff', line: 9 })
      ])
    })

    it('prefers the UniversalOutlook error over the pattern errors and warnings', () => {
      const text = ruleSet([
        {
          Name: 'Mail app',
          Action: 'AllowAccess',
          AnyOfProtocols: ['UniversalOutlook'],
          UsernameMatchesAnyOfPatterns: ['jeff*', '*', 'jeff']
        }
      ])
      expect(findingsOf('EXO307', text)).toEqual([
        exo307(11, 9, 'universalOutlook', { pattern: 'jeff*', line: 8 }),
        exo307(12, 9, 'universalOutlook', { pattern: '*', line: 8 }),
        exo307(13, 9, 'universalOutlook', { pattern: 'jeff', line: 8 })
      ])
    })

    it('reports more wildcards than the cap, naming the count and the cap', () => {
      expect(of('*a*b*c*d*e*f*g*h*')).toEqual([
        exo307(11, 9, 'tooManyWildcards', { pattern: '*a*b*c*d*e*f*g*h*', count: 9, max: 8 })
      ])
    })

    it('prefers the wildcard cap over every other message', () => {
      const stars = '*'.repeat(9)
      const text = ruleSet([
        {
          Name: 'Mail app',
          Action: 'AllowAccess',
          AnyOfProtocols: ['UniversalOutlook'],
          UsernameMatchesAnyOfPatterns: [stars, 'jeff' + stars]
        }
      ])
      expect(findingsOf('EXO307', text)).toEqual([
        exo307(11, 9, 'tooManyWildcards', { pattern: stars, count: 9, max: 8 }),
        exo307(12, 9, 'tooManyWildcards', { pattern: 'jeff' + stars, count: 9, max: 8 })
      ])
    })

    it('uses the configured wildcard cap', () => {
      const limits = { ...DEFAULT_LIMITS, maxWildcards: 2 }
      expect(findingsOf('EXO307', rule(['*a*b*']), { limits })).toEqual([
        exo307(11, 9, 'tooManyWildcards', { pattern: '*a*b*', count: 3, max: 2 })
      ])
      expect(findingsOf('EXO307', rule(['*ab*']), { limits })).toEqual([])
    })
  })

  describe('warnings', () => {
    it.each(['*', '***'])('reports %s, which matches every user', (pattern) => {
      expect(of(pattern)).toEqual([exo307(11, 9, 'everyone', { pattern })])
    })

    it('reports a bare user name without a domain', () => {
      expect(of('jeff')).toEqual([exo307(11, 9, 'noDomain', { pattern: 'jeff' })])
    })

    it('reports a pattern with an inner wildcard but no domain and no leading wildcard', () => {
      expect(of('j*ff')).toEqual([exo307(11, 9, 'noDomain', { pattern: 'j*ff' })])
    })

    it('reports an e-mail address, which is not a domain\\user name', () => {
      expect(of('jeff@contoso.com')).toEqual([
        exo307(11, 9, 'noDomain', { pattern: 'jeff@contoso.com' })
      ])
    })
  })

  describe('several patterns and rules', () => {
    it('gives each pattern its own finding, at the pattern', () => {
      const text = rule(['*jeff*', 'jeff*', '*', 'jeff', 'contoso.com\\jeff'])
      expect(findingsOf('EXO307', text)).toEqual([
        exo307(12, 9, 'trailingOnly', { pattern: 'jeff*', suggestion: '*jeff*' }),
        exo307(13, 9, 'everyone', { pattern: '*' }),
        exo307(14, 9, 'noDomain', { pattern: 'jeff' })
      ])
    })

    it('checks disabled rules and later rules as well', () => {
      const text = ruleSet([
        {
          Name: 'Off',
          Action: 'AllowAccess',
          Enabled: false,
          UsernameMatchesAnyOfPatterns: ['jeff*']
        },
        { Name: 'On', Action: 'DenyAccess', ExceptUsernameMatchesAnyOfPatterns: ['admin'] }
      ])
      expect(findingsOf('EXO307', text)).toEqual([
        exo307(9, 9, 'trailingOnly', { pattern: 'jeff*', suggestion: '*jeff*' }),
        exo307(16, 9, 'noDomain', { pattern: 'admin' })
      ])
    })

    it('shows control characters of a pattern escaped', () => {
      expect(of('jeff\u0007*')).toEqual([
        exo307(11, 9, 'trailingOnly', { pattern: 'jeff\\u0007*', suggestion: '*jeff\\u0007*' })
      ])
    })

    it('skips a rule whose pattern list failed the schema', () => {
      expect(findingsOf('EXO307', rule(['jeff*', '']))).toEqual([])
    })
  })
})
