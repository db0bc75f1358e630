import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  matchesEveryone,
  matchesPattern,
  wildcardCount,
  type StepCounter
} from '../../src/model/wildcard.js'

/** The obvious reference: dynamic programming over (pattern, name) prefixes. Quadratic; short inputs only. */
function reference(pattern: string, name: string): boolean {
  const p = pattern.toLowerCase()
  const s = name.toLowerCase()
  let row = new Array<boolean>(s.length + 1).fill(false)
  row[0] = true
  for (let i = 1; i <= p.length; i++) {
    const next = new Array<boolean>(s.length + 1).fill(false)
    const star = p[i - 1] === '*'
    next[0] = star && row[0]!
    for (let j = 1; j <= s.length; j++) {
      next[j] = star ? row[j]! || next[j - 1]! : row[j - 1]! && p[i - 1] === s[j - 1]
    }
    row = next
  }
  return row[s.length]!
}

describe('username pattern matcher', () => {
  it.each([
    ['*jeff*', 'contoso.com\\jeff', true],
    ['*jeff*', 'contoso.com\\JEFFREY', true],
    ['*jeff*', 'contoso.com\\jef', false],
    ['contoso.com\\jeff', 'CONTOSO.COM\\Jeff', true],
    ['contoso.com\\jeff', 'contoso.com\\jeff2', false],
    ['*\\jeff', 'fabrikam\\jeff', true],
    ['*\\jeff', 'fabrikamjeff', false],
    ['contoso\\*', 'contoso\\anyone', true],
    ['a*b*c', 'abc', true],
    ['a*b*c', 'acb', false],
    ['a*a', 'a', false],
    ['*', '', true],
    ['', '', true],
    ['', 'x', false]
  ])('%s against %s is %s', (pattern, name, expected) => {
    expect(matchesPattern(pattern, name)).toBe(expected)
    expect(reference(pattern, name)).toBe(expected)
  })

  it('treats the backslash and regular-expression characters literally', () => {
    expect(matchesPattern('*\\d*', 'contoso\\dan')).toBe(true)
    expect(matchesPattern('*\\d*', 'contoso\\7')).toBe(false)
    expect(matchesPattern('*.com\\*', 'contosoXcom\\a')).toBe(false)
    expect(matchesPattern('(a|b)*', '(a|b)c')).toBe(true)
    expect(matchesPattern('?', 'a')).toBe(false)
  })

  it('agrees with the reference on short random inputs', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', '\\', '*', '.')
    const text = fc.string({ unit: alphabet, maxLength: 10 })
    const name = fc.string({ unit: fc.constantFrom('a', 'b', 'B', '\\', '.'), maxLength: 12 })
    fc.assert(
      fc.property(text, name, (p, s) => {
        expect(matchesPattern(p, s)).toBe(reference(p, s))
      }),
      { seed: 4242, numRuns: 5000 }
    )
  })

  it('stays linear on hostile inputs: steps grow in proportion to the input', () => {
    const steps = (pattern: string, name: string) => {
      const counter: StepCounter = { steps: 0 }
      matchesPattern(pattern, name, counter)
      return counter.steps
    }
    // the classic backtracking killers: many stars, long near-miss runs
    for (const n of [1_000, 10_000, 100_000]) {
      const cases: [string, string][] = [
        ['*' + 'a*'.repeat(8) + 'b', 'a'.repeat(n)],
        ['*' + 'a'.repeat(50) + 'b*', 'a'.repeat(n)],
        ['*' + 'ab'.repeat(20) + 'c*', 'ab'.repeat(n / 2)],
        ['a*'.repeat(8) + 'a', 'a'.repeat(n) + 'b']
      ]
      for (const [p, s] of cases) {
        const total = p.length + s.length
        // KMP: at most two comparisons per character of the name per piece, plus the table
        expect(steps(p, s)).toBeLessThanOrEqual(20 * total)
        expect(matchesPattern(p, s)).toBe(false)
      }
    }
  })

  it('counts wildcards and recognises the match-everyone pattern', () => {
    expect(wildcardCount('*a*b**')).toBe(4)
    expect(matchesEveryone('*')).toBe(true)
    expect(matchesEveryone('***')).toBe(true)
    expect(matchesEveryone('*a')).toBe(false)
    expect(matchesEveryone('')).toBe(false)
  })
})
