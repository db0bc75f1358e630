import { describe, expect, it } from 'vitest'
import { findingsOf, lint } from '../helpers.js'

/** One EXO006 finding, as `findingsOf` reports it. */
const exo006 = (
  line: number,
  column: number,
  messageId: 'notPlain' | 'negativeZero' | 'unsafe' | 'underflow',
  data: Record<string, string | number>
) => ({ id: 'EXO006', severity: 'warning', line, column, messageId, data })

/** The findings of every check, reduced to ID and position. */
const all = (text: string) => lint(text).map((f) => [f.id, f.line, f.column, f.messageId])

/** A valid rule set whose rule's `Priority` is the raw token `n`, at line 3, column 17. */
const priority = (n: string) => `{"Target": "ExchangeServer", "ClientAccessRules": [{
    "Name": "Block EAC", "Action": "DenyAccess", "AnyOfProtocols": ["ExchangeAdminCenter"],
    "Priority": ${n}
  }]}`

describe('EXO006 number-literal', () => {
  describe('valid documents', () => {
    it.each(['5', '0', '2147483647'])('accepts the plain integer %s', (n) => {
      expect(findingsOf('EXO006', priority(n))).toEqual([])
      expect(all(priority(n))).toEqual([])
    })
  })

  describe('integers not written as plain integers', () => {
    it('reports 1.0', () => {
      expect(findingsOf('EXO006', priority('1.0'))).toEqual([
        exo006(3, 17, 'notPlain', { raw: '1.0', plain: '1' })
      ])
    })

    it('reports 1e0', () => {
      expect(findingsOf('EXO006', priority('1e0'))).toEqual([
        exo006(3, 17, 'notPlain', { raw: '1e0', plain: '1' })
      ])
    })

    it('reports 2.5E1 with the integer it reads as', () => {
      expect(findingsOf('EXO006', priority('2.5E1'))).toEqual([
        exo006(3, 17, 'notPlain', { raw: '2.5E1', plain: '25' })
      ])
    })

    it('reports 0.0 and 0e5', () => {
      expect(findingsOf('EXO006', priority('0.0'))).toEqual([
        exo006(3, 17, 'notPlain', { raw: '0.0', plain: '0' })
      ])
      expect(findingsOf('EXO006', priority('0e5'))).toEqual([
        exo006(3, 17, 'notPlain', { raw: '0e5', plain: '0' })
      ])
    })

    it('reports -0 as negative zero', () => {
      expect(findingsOf('EXO006', priority('-0'))).toEqual([
        exo006(3, 17, 'negativeZero', { raw: '-0', plain: '0' })
      ])
    })

    it('reports -0.0 as negative zero', () => {
      expect(findingsOf('EXO006', priority('-0.0'))).toEqual([
        exo006(3, 17, 'negativeZero', { raw: '-0.0', plain: '0' })
      ])
    })
  })

  describe('numbers that cannot be represented exactly', () => {
    it('reports 1e-400, which reads as 0', () => {
      expect(findingsOf('EXO006', priority('1e-400'))).toEqual([
        exo006(3, 17, 'underflow', { raw: '1e-400', plain: '0' })
      ])
    })

    it('reports -1e-400, which reads as 0 (not as a negative number)', () => {
      expect(findingsOf('EXO006', priority('-1e-400'))).toEqual([
        exo006(3, 17, 'underflow', { raw: '-1e-400', plain: '0' })
      ])
    })

    it('leaves 9007199254740993 to EXO003: as a Priority it is out of range, one finding', () => {
      // Priority is the only integer in a rule set, and nothing beyond 2^53 fits its Int32 range.
      const text = priority('9007199254740993')
      expect(findingsOf('EXO006', text)).toEqual([])
      expect(all(text)).toEqual([['EXO003', 3, 17, 'range']])
    })

    it('leaves 1e400 (Infinity) to EXO003', () => {
      const text = priority('1e400')
      expect(findingsOf('EXO006', text)).toEqual([])
      expect(all(text).map(([id, line, column]) => [id, line, column])).toEqual([['EXO003', 3, 17]])
    })
  })

  describe('one mistake, one finding', () => {
    it('gives only the schema finding for a number EXO003 rejects at the same place', () => {
      expect(all(priority('-1.0'))).toEqual([['EXO003', 3, 17, 'range']])
      expect(all(priority('1.5'))).toEqual([['EXO003', 3, 17, 'type']])
    })

    it('says nothing about numbers where no integer belongs (EXO003 reports them)', () => {
      const text = `{"Target": "ExchangeServer", "ClientAccessRules": [{"Name": "r", "Action": "DenyAccess",
    "Enabled": 1.0,
    "Extra": {"Priority": -0},
    "AnyOfProtocols": [1e0]}]}`
      expect(findingsOf('EXO006', text)).toEqual([])
      expect(all(text)).toEqual([
        ['EXO003', 2, 16, 'type'],
        ['EXO003', 3, 5, 'unknownProperty'],
        ['EXO003', 4, 24, 'enum']
      ])
    })

    it('says nothing about numbers in a top-level list or a ClientAccessRules object', () => {
      expect(all('[1.0, -0]')).toEqual([['EXO003', 1, 1, 'notObject']])
      expect(
        all('{"Target": "ExchangeServer", "ClientAccessRules": {"0": {"Priority": 1.0}}}')
      ).toEqual([['EXO003', 1, 51, 'type']])
    })

    it('still reports the number in a rule that lacks a required property (two mistakes)', () => {
      const text =
        '{"Target": "ExchangeServer", "ClientAccessRules": [{"Name": "r",\n  "Priority": 1.0}]}'
      expect(all(text)).toEqual([
        ['EXO003', 1, 52, 'required'],
        ['EXO006', 2, 15, 'notPlain']
      ])
    })
  })
})
