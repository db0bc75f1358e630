import { describe, expect, it } from 'vitest'
import { findingsOf, lint, ruleSet } from '../helpers.js'

/** One EXO106 finding, as `findingsOf` reports it. */
const exo106 = (line: number, column: number, data: { rule: string; order: string }) => ({
  id: 'EXO106',
  severity: 'warning',
  line,
  column,
  messageId: 'ambiguousOrder',
  data
})

/**
 * A client access rule of two or three keys. Give either every rule of a test a `Priority` or
 * count lines by hand: in `ruleSet`'s layout a rule of k keys spans k+2 lines, `Name` the first
 * key (value at column 15).
 */
const rule = (Name: string, Priority?: number) => ({
  Name,
  Action: 'AllowAccess',
  ...(Priority === undefined ? {} : { Priority })
})

describe('EXO106 ambiguous-order', () => {
  describe('valid documents', () => {
    it('accepts rules that all have Priority', () => {
      const text = ruleSet([rule('A', 2), rule('B', 1)])
      expect(findingsOf('EXO106', text)).toEqual([])
    })

    it('accepts rules that all lack Priority (file order is the order)', () => {
      const text = ruleSet([rule('A'), rule('B'), rule('C')])
      expect(findingsOf('EXO106', text)).toEqual([])
    })

    it('accepts a single rule without Priority', () => {
      expect(findingsOf('EXO106', ruleSet([rule('A')]))).toEqual([])
    })

    it('leaves a rule that failed the schema to EXO003 (one typo, one finding)', () => {
      const text = ruleSet([rule('A', 1), { ...rule('B'), Enabled: 'no' }])
      expect(findingsOf('EXO106', text)).toEqual([])
      expect(lint(text).map((f) => [f.id, f.line, f.column])).toEqual([['EXO003', 12, 18]])
    })
  })

  describe('some rules with Priority, some without', () => {
    it('reports the first rule without Priority and states the order assumed', () => {
      // A: lines 4–8, B (no Priority): lines 9–12, Name on line 10; C: lines 13–17
      const text = ruleSet([rule('A', 1), rule('B'), rule('C', 0)])
      expect(findingsOf('EXO106', text)).toEqual([
        exo106(10, 15, { rule: 'B', order: '"C", "A", "B"' })
      ])
      expect(lint(text).find((f) => f.id === 'EXO106')?.message).toBe(
        'Rule "B" has no "Priority" while other rules have one, so the gate assumed the order "C", "A", "B" (rules with "Priority" ascending, then the others in file order); set "Priority" on every rule or on none.'
      )
    })

    it('reports once, at the first rule without Priority in the file, even when it comes first', () => {
      // X (no Priority): lines 4–7, Name on line 5
      const text = ruleSet([rule('X'), rule('Y', 2), rule('Z'), rule('W', 1)])
      expect(findingsOf('EXO106', text)).toEqual([
        exo106(5, 15, { rule: 'X', order: '"W", "Y", "X", "Z"' })
      ])
    })

    it('keeps equal priorities in file order (EXO101 reports the tie)', () => {
      const text = ruleSet([rule('B', 1), rule('A', 1), rule('C')])
      expect(findingsOf('EXO106', text)).toEqual([
        exo106(15, 15, { rule: 'C', order: '"B", "A", "C"' })
      ])
      expect(findingsOf('EXO101', text).map((f) => f.line)).toEqual([12])
    })

    it('counts disabled rules: they keep their place in the order', () => {
      const text = ruleSet([{ ...rule('A'), Enabled: false }, rule('B', 1)])
      expect(findingsOf('EXO106', text)).toEqual([exo106(5, 15, { rule: 'A', order: '"B", "A"' })])
    })

    it('lists at most 10 names, then how many more', () => {
      const rules = [...Array.from({ length: 11 }, (_, i) => rule(`R${i}`, 11 - i)), rule('Last')]
      // eleven rules of 5 lines from line 4: "Last" starts on line 59, its Name on line 60
      const text = ruleSet(rules)
      expect(findingsOf('EXO106', text)).toEqual([
        exo106(60, 15, {
          rule: 'Last',
          order: '"R10", "R9", "R8", "R7", "R6", "R5", "R4", "R3", "R2", "R1", … and 2 more'
        })
      ])
    })

    it('lists all names when there are exactly 10', () => {
      const rules = [...Array.from({ length: 9 }, (_, i) => rule(`R${i}`, i)), rule('Last')]
      // nine rules of 5 lines from line 4: "Last" starts on line 49, its Name on line 50
      const text = ruleSet(rules)
      expect(findingsOf('EXO106', text)).toEqual([
        exo106(50, 15, {
          rule: 'Last',
          order: '"R0", "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "Last"'
        })
      ])
    })

    it('says "and 1 more" for 11 rules', () => {
      const rules = [...Array.from({ length: 10 }, (_, i) => rule(`R${i}`, i)), rule('Last')]
      const text = ruleSet(rules)
      expect(findingsOf('EXO106', text).map((f) => f.data.order)).toEqual([
        '"R0", "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", … and 1 more'
      ])
    })

    it('shows names with invisible characters escaped', () => {
      const text = ruleSet([rule('A\u2066', 1), rule('B\u200b')])
      expect(findingsOf('EXO106', text)).toEqual([
        exo106(10, 15, { rule: 'B\\u200B', order: '"A\\u2066", "B\\u200B"' })
      ])
    })
  })
})
