import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { groupDigits } from '../../src/engine/digits.js'

/** What every caller printed before: the reference (it loads ICU; the gate no longer does). */
const locale = (n: number) => n.toLocaleString('en-US')

describe('groupDigits', () => {
  it('groups integers as toLocaleString("en-US") does', () => {
    expect(groupDigits(0)).toBe('0')
    expect(groupDigits(999)).toBe('999')
    expect(groupDigits(1000)).toBe('1,000')
    expect(groupDigits(3000)).toBe('3,000')
    expect(groupDigits(1234567)).toBe('1,234,567')
    expect(groupDigits(-1000)).toBe('-1,000')
    expect(groupDigits(-999)).toBe('-999')
    expect(groupDigits(Number.MAX_SAFE_INTEGER)).toBe('9,007,199,254,740,991')
    expect(groupDigits(1e21)).toBe('1,000,000,000,000,000,000,000')
    const edges = [0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10_000, 99_999, 100_000, 999_999]
    for (let p = 6; p <= 22; p++) edges.push(10 ** p - 1, 10 ** p, 10 ** p + 1)
    edges.push(
      2 ** 31 - 1,
      2 ** 31,
      2 ** 32,
      2 ** 53,
      2 ** 53 + 2,
      2 ** 64,
      2 ** 70,
      Number.MAX_VALUE
    )
    for (const n of edges) {
      expect(groupDigits(n)).toBe(locale(n))
      expect(groupDigits(-n)).toBe(locale(-n))
    }
  })

  it('writes fractions, -0, NaN and infinities as toLocaleString("en-US") does', () => {
    const values = [
      -0,
      0.5,
      1.5,
      0.1 + 0.2,
      1.0005,
      -1.0005,
      1.0015,
      0.0005,
      -0.0005,
      0.00049999,
      -0.0001,
      2.5e-7,
      -2.5e-7,
      5e-324,
      -5e-324,
      999.9995,
      999.9994999,
      -999.9996,
      12345.6785,
      4.35,
      1.23456e25,
      123456789012345680000,
      0.9995,
      9.9995,
      99.9995,
      0.001,
      0.0009,
      NaN,
      Infinity,
      -Infinity
    ]
    for (const n of values) expect([n, groupDigits(n)]).toEqual([n, locale(n)])
    expect(groupDigits(-0)).toBe('-0')
    expect(groupDigits(1.0005)).toBe('1.001')
    expect(groupDigits(-Infinity)).toBe('-∞')
  })

  it('agrees with toLocaleString("en-US") on any number', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer(),
          fc.maxSafeInteger(),
          fc.double(),
          fc.integer({ min: -1e9, max: 1e9 }).map((i) => i / 1000),
          fc.integer({ min: -1e9, max: 1e9 }).map((i) => i / 10_000),
          fc.integer({ min: 0, max: 400 }).map((e) => 10 ** (e - 200) * 1.0005)
        ),
        (n) => {
          expect([n, groupDigits(n)]).toEqual([n, locale(n)])
        }
      ),
      { seed: 7, numRuns: 20_000 }
    )
  })
})
