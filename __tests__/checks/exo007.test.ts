import { describe, expect, it } from 'vitest'
import { findingsOf, lint } from '../helpers.js'

const encoder = new TextEncoder()
const BOM = [0xef, 0xbb, 0xbf]

/** The text as UTF-8 bytes behind a byte-order mark. */
const withBom = (text: string) => Uint8Array.from([...BOM, ...encoder.encode(text)])

/** Every finding's ID, position and message, for comparing two runs. */
const positions = (input: string | Uint8Array) =>
  lint(input).map((f) => ({
    id: f.id,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    messageId: f.messageId,
    data: f.data
  }))

const NOTICE = {
  id: 'EXO007',
  severity: 'notice',
  line: 1,
  column: 1,
  messageId: 'bom',
  data: {}
}

/** A rule set with findings of other checks on the first and later lines. */
const FLAWED = `{"Tagret": "ExchangeServer", "ClientAccessRules": [{
  "Name": "Block\\u200bOWA", "Acton": "DenyAccess",
  "Priority": 1.0, "Name": "x"
}]}`

describe('EXO007 byte-order-mark', () => {
  describe('valid documents', () => {
    it('says nothing about a file without a byte-order mark', () => {
      expect(
        findingsOf('EXO007', '{"ActiveSyncOrganizationSettings": {"DefaultAccessLevel": "Allow"}}')
      ).toEqual([])
    })

    it('says nothing about U+FEFF written as an escape inside a string', () => {
      const text =
        '{"ActiveSyncOrganizationSettings": {"DefaultAccessLevel": "Allow"}, "$schema": "\\ufeff"}'
      expect(findingsOf('EXO007', text)).toEqual([])
    })
  })

  describe('a leading UTF-8 byte-order mark', () => {
    it('gives one notice at 1:1 and nothing else for a valid document', () => {
      const bytes = withBom('{"ActiveSyncOrganizationSettings": {"DefaultAccessLevel": "Allow"}}')
      expect(findingsOf('EXO007', bytes)).toEqual([NOTICE])
      expect(lint(bytes).map((f) => f.id)).toEqual(['EXO007'])
    })

    it('leaves every other finding where it is without the mark', () => {
      const without = positions(FLAWED)
      expect(without.length).toBeGreaterThanOrEqual(4)
      expect(without.some((f) => f.line === 1 && f.column === 2)).toBe(true) // "Tagret"
      const withMark = positions(withBom(FLAWED))
      expect(withMark.filter((f) => f.id !== 'EXO007')).toEqual(without)
      expect(findingsOf('EXO007', withBom(FLAWED))).toEqual([NOTICE])
    })

    it('keeps the column of a finding on line 1 right', () => {
      const text = '{"ActiveSyncOrganizationSettings": {"DefaultAccessLevel": "Allow"}, "X": 1}'
      const bytes = withBom(text)
      expect(findingsOf('EXO003', bytes)).toEqual(findingsOf('EXO003', text))
      expect(findingsOf('EXO003', bytes)[0]).toMatchObject({ line: 1, column: 69 })
    })

    it('strips only one mark: a second one is not JSON', () => {
      const bytes = Uint8Array.from([...BOM, ...withBom('{"Target": "ExchangeServer"}')])
      expect(lint(bytes).map((f) => [f.id, f.line, f.column, f.messageId])).toEqual([
        ['EXO001', 1, 1, 'invalidSymbol']
      ])
    })

    it('is not reported next to EXO001', () => {
      expect(findingsOf('EXO007', withBom('{"Target": }'))).toEqual([])
      expect(findingsOf('EXO007', withBom(''))).toEqual([])
    })

    it('follows a severity override', () => {
      const bytes = withBom('{"ActiveSyncOrganizationSettings": {"DefaultAccessLevel": "Allow"}}')
      expect(findingsOf('EXO007', bytes, { severity: { EXO007: 'warning' } })).toEqual([
        { ...NOTICE, severity: 'warning' }
      ])
      expect(findingsOf('EXO007', bytes, { severity: { EXO007: 'off' } })).toEqual([])
    })
  })
})
