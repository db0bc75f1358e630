import { describe, expect, it } from 'vitest'
import { findingsOf, lint, ruleSet } from '../helpers.js'

/** One EXO101 finding, as `findingsOf` reports it. */
const exo101 = (
  line: number,
  column: number,
  data: { rule: string; priority: number; other: string; otherLine: number }
) => ({ id: 'EXO101', severity: 'error', line, column, messageId: 'duplicatePriority', data })

/**
 * A client access rule of three keys. In `ruleSet`'s layout rule i (0-based) spans lines 4+5i to
 * 8+5i: `Name` on line 5+5i, `Priority` on line 7+5i with its value at column 19.
 */
const rule = (Name: string, Priority?: number, extra: Record<string, unknown> = {}) => ({
  Name,
  Action: 'AllowAccess',
  ...(Priority === undefined ? {} : { Priority }),
  ...extra
})

describe('EXO101 duplicate-priority', () => {
  describe('valid documents', () => {
    it('accepts distinct priorities in any order, 0 included', () => {
      const text = ruleSet([rule('A', 2), rule('B', 0), rule('C', 1)])
      expect(findingsOf('EXO101', text)).toEqual([])
    })

    it('accepts rules without Priority (no value, nothing repeated)', () => {
      const text = ruleSet([rule('A'), rule('B'), rule('C', 1)])
      expect(findingsOf('EXO101', text)).toEqual([])
    })

    it('leaves a rule that failed the schema to EXO003 (one typo, one finding)', () => {
      const text = ruleSet([rule('A', 1), rule('B', 1, { Acton: 'DenyAccess' })])
      expect(findingsOf('EXO101', text)).toEqual([])
      expect(lint(text).map((f) => [f.id, f.line, f.column])).toEqual([['EXO003', 13, 7]])
    })
  })

  describe('repeated priorities', () => {
    it('reports the later rule of two, naming the earlier one and its line', () => {
      const text = ruleSet([rule('Allow EAC', 1), rule('Allow PowerShell', 1)])
      expect(findingsOf('EXO101', text)).toEqual([
        exo101(12, 19, { rule: 'Allow PowerShell', priority: 1, other: 'Allow EAC', otherLine: 7 })
      ])
      expect(lint(text).find((f) => f.id === 'EXO101')?.message).toBe(
        'Rule "Allow PowerShell" has priority "1", the same as the earlier rule "Allow EAC" (line 7); Exchange would silently renumber one of them, so give each rule its own priority.'
      )
    })

    it('points the finding of a later rule back at the earlier rule (related location)', () => {
      const text = ruleSet([rule('A', 3), rule('B', 3)])
      const [finding] = lint(text).filter((f) => f.id === 'EXO101')
      expect(finding?.related?.map((r) => [r.line, r.column, r.message])).toEqual([
        [7, 19, 'The earlier rule with the same priority.']
      ])
    })

    it('reports the 2nd and the 3rd of three rules with one priority, each naming the first', () => {
      const text = ruleSet([rule('A', 5), rule('B', 5), rule('C', 5)])
      expect(findingsOf('EXO101', text)).toEqual([
        exo101(12, 19, { rule: 'B', priority: 5, other: 'A', otherLine: 7 }),
        exo101(17, 19, { rule: 'C', priority: 5, other: 'A', otherLine: 7 })
      ])
    })

    it('pairs each repeat with the first rule of its own value', () => {
      const text = ruleSet([rule('A', 1), rule('B', 2), rule('C', 2), rule('D', 1)])
      expect(findingsOf('EXO101', text)).toEqual([
        exo101(17, 19, { rule: 'C', priority: 2, other: 'B', otherLine: 12 }),
        exo101(22, 19, { rule: 'D', priority: 1, other: 'A', otherLine: 7 })
      ])
    })

    it('reports priority 0 twice (0 is a value like any other)', () => {
      const text = ruleSet([rule('A', 0), rule('B', 0)])
      expect(findingsOf('EXO101', text)).toEqual([
        exo101(12, 19, { rule: 'B', priority: 0, other: 'A', otherLine: 7 })
      ])
    })

    it('counts disabled rules: Exchange still holds their priority', () => {
      const text = ruleSet([rule('A', 1, { Enabled: false }), rule('B', 1)])
      // rule A has four keys, so rule B starts one line later (line 10)
      expect(findingsOf('EXO101', text)).toEqual([
        exo101(13, 19, { rule: 'B', priority: 1, other: 'A', otherLine: 7 })
      ])
    })

    it('compares values, not tokens: 1.0 repeats 1 (EXO006 reports the token)', () => {
      const text = `{"Target": "ExchangeServer", "ClientAccessRules": [
  {"Name": "A", "Action": "AllowAccess", "Priority": 1},
  {"Name": "B", "Action": "AllowAccess", "Priority": 1.0}
]}`
      expect(findingsOf('EXO101', text)).toEqual([
        exo101(3, 54, { rule: 'B', priority: 1, other: 'A', otherLine: 2 })
      ])
      expect(findingsOf('EXO006', text).map((f) => [f.line, f.column])).toEqual([[3, 54]])
    })

    it('shows names with invisible characters escaped', () => {
      const text = ruleSet([rule('A\u202eB', 1), rule('C', 1)])
      expect(findingsOf('EXO101', text)).toEqual([
        exo101(12, 19, { rule: 'C', priority: 1, other: 'A\\u202EB', otherLine: 7 })
      ])
    })
  })
})
