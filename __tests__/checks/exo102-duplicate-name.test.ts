import { describe, expect, it } from 'vitest'
import { findingsOf, lint, ruleSet } from '../helpers.js'

/** One EXO102 finding, as `findingsOf` reports it. */
const exo102 = (
  line: number,
  column: number,
  data: { name: string; other: string; otherLine: number }
) => ({ id: 'EXO102', severity: 'error', line, column, messageId: 'duplicateName', data })

/**
 * A client access rule of three keys. In `ruleSet`'s layout rule i (0-based) spans lines 4+5i to
 * 8+5i, with its `Name` value on line 5+5i at column 15.
 */
const rule = (Name: string, Priority: number, extra: Record<string, unknown> = {}) => ({
  Name,
  Action: 'AllowAccess',
  Priority,
  ...extra
})

describe('EXO102 duplicate-name', () => {
  describe('valid documents', () => {
    it('accepts distinct names', () => {
      const text = ruleSet([rule('Allow EAC', 1), rule('Allow PowerShell', 2), rule('Deny', 3)])
      expect(findingsOf('EXO102', text)).toEqual([])
    })

    it('accepts names that differ by more than case (inner spaces, punctuation)', () => {
      const text = ruleSet([rule('Block OWA', 1), rule('Block  OWA', 2), rule('Block-OWA', 3)])
      expect(findingsOf('EXO102', text)).toEqual([])
    })

    it('leaves a rule that failed the schema to EXO003 (one typo, one finding)', () => {
      const text = ruleSet([rule('A', 1), rule('A', 2, { Scope: 'Everyone' })])
      expect(findingsOf('EXO102', text)).toEqual([])
      expect(lint(text).map((f) => [f.id, f.line, f.column])).toEqual([['EXO003', 13, 16]])
    })
  })

  describe('repeated names', () => {
    it('reports the later rule of two with the same name, naming the earlier one and its line', () => {
      const text = ruleSet([rule('Block OWA', 1), rule('Block OWA', 2)])
      expect(findingsOf('EXO102', text)).toEqual([
        exo102(10, 15, { name: 'Block OWA', other: 'Block OWA', otherLine: 5 })
      ])
      expect(lint(text).find((f) => f.id === 'EXO102')?.message).toBe(
        'Rule name "Block OWA" is already used by the earlier rule "Block OWA" (line 5); Exchange identifies rules by name, case-insensitively, so rename one of them.'
      )
    })

    it('compares names case-insensitively and shows both spellings', () => {
      const text = ruleSet([rule('Block OWA', 1), rule('block owa', 2)])
      expect(findingsOf('EXO102', text)).toEqual([
        exo102(10, 15, { name: 'block owa', other: 'Block OWA', otherLine: 5 })
      ])
    })

    it('folds the case of non-ASCII letters too', () => {
      const text = ruleSet([rule('ÄRGER Blockieren', 1), rule('ärger blockieren', 2)])
      expect(findingsOf('EXO102', text)).toEqual([
        exo102(10, 15, { name: 'ärger blockieren', other: 'ÄRGER Blockieren', otherLine: 5 })
      ])
    })

    it('reports the 2nd and the 3rd of three rules with one name, each naming the first', () => {
      const text = ruleSet([rule('A', 1), rule('B', 2), rule('a', 3), rule('A', 4)])
      expect(findingsOf('EXO102', text)).toEqual([
        exo102(15, 15, { name: 'a', other: 'A', otherLine: 5 }),
        exo102(20, 15, { name: 'A', other: 'A', otherLine: 5 })
      ])
    })

    it('counts disabled rules and points the finding back at the earlier rule', () => {
      const text = ruleSet([rule('A', 1, { Enabled: false }), rule('A', 2)])
      // rule A has four keys, so the second rule starts one line later (line 10)
      const found = lint(text).filter((f) => f.id === 'EXO102')
      expect(found.map((f) => [f.line, f.column, f.data])).toEqual([
        [11, 15, { name: 'A', other: 'A', otherLine: 5 }]
      ])
      expect(found[0]?.related?.map((r) => [r.line, r.column, r.message])).toEqual([
        [5, 15, 'The earlier rule with the same name.']
      ])
    })

    it('shows names with invisible characters escaped', () => {
      const text = ruleSet([rule('Block\u200bOWA', 1), rule('block\u200bowa', 2)])
      expect(findingsOf('EXO102', text)).toEqual([
        exo102(10, 15, { name: 'block\\u200Bowa', other: 'Block\\u200BOWA', otherLine: 5 })
      ])
    })
  })
})
