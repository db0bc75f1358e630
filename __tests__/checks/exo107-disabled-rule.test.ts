import { describe, expect, it } from 'vitest'
import { findingsOf, lint, ruleSet } from '../helpers.js'

/** One EXO107 finding, as `findingsOf` reports it. */
const exo107 = (line: number, column: number, rule: string) => ({
  id: 'EXO107',
  severity: 'notice',
  line,
  column,
  messageId: 'disabled',
  data: { rule }
})

/**
 * A client access rule of four keys. In `ruleSet`'s layout rule i (0-based) spans lines 4+6i to
 * 9+6i, with its `Enabled` value on line 8+6i at column 18.
 */
const rule = (Name: string, Priority: number, Enabled: unknown) => ({
  Name,
  Action: 'AllowAccess',
  Priority,
  Enabled
})

describe('EXO107 disabled-rule', () => {
  describe('valid documents', () => {
    it('accepts "Enabled": true', () => {
      const text = ruleSet([rule('A', 1, true), rule('B', 2, true)])
      expect(findingsOf('EXO107', text)).toEqual([])
    })

    it('accepts a rule without Enabled (enabled by default)', () => {
      const text = ruleSet([{ Name: 'A', Action: 'AllowAccess', Priority: 1 }])
      expect(findingsOf('EXO107', text)).toEqual([])
    })

    it('leaves "Enabled": "false" (a string) to EXO003', () => {
      const text = ruleSet([rule('A', 1, 'false')])
      expect(findingsOf('EXO107', text)).toEqual([])
      expect(lint(text).map((f) => [f.id, f.line, f.column, f.messageId])).toEqual([
        ['EXO003', 8, 18, 'type']
      ])
    })
  })

  describe('disabled rules', () => {
    it('reports a disabled rule at its Enabled value, naming it', () => {
      const text = ruleSet([rule('Allow EAC', 1, true), rule('Block EAC', 2, false)])
      expect(findingsOf('EXO107', text)).toEqual([exo107(14, 18, 'Block EAC')])
      expect(lint(text).find((f) => f.id === 'EXO107')?.message).toBe(
        'Rule "Block EAC" is disabled ("Enabled": false), so it matches no connection and has no effect.'
      )
    })

    it('reports each disabled rule once, in file order', () => {
      const text = ruleSet([rule('A', 1, false), rule('B', 2, true), rule('C', 3, false)])
      expect(findingsOf('EXO107', text)).toEqual([exo107(8, 18, 'A'), exo107(20, 18, 'C')])
    })

    it('reports a disabled rule wherever its Enabled key stands', () => {
      const text = `{"Target": "ExchangeServer", "ClientAccessRules": [
  {"Enabled": false, "Name": "A", "Action": "DenyAccess", "AnyOfProtocols": ["ExchangeAdminCenter"]}
]}`
      expect(findingsOf('EXO107', text)).toEqual([exo107(2, 15, 'A')])
    })

    it('shows names with invisible characters escaped', () => {
      const text = ruleSet([rule('Block\u202eEAC', 1, false)])
      expect(findingsOf('EXO107', text)).toEqual([exo107(8, 18, 'Block\\u202EEAC')])
    })
  })
})
