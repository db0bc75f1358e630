import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../../src/engine/types.js'
import { findingsOf, lint } from '../helpers.js'

const VALID = '{"ActiveSyncOrganizationSettings": {"DefaultAccessLevel": "Allow"}}'
const encoder = new TextEncoder()

/** One EXO001 finding, as `findingsOf` reports it. */
const exo001 = (
  line: number,
  column: number,
  messageId: string,
  data: Record<string, string | number> = {}
) => [{ id: 'EXO001', severity: 'error', line, column, messageId, data }]

/** The findings of every check, reduced to ID and position. */
const all = (input: string | Uint8Array, config = {}) =>
  lint(input, config).map((f) => [f.id, f.line, f.column, f.messageId])

/** UTF-16 code units of the text, with or without a byte-order mark. */
function utf16(text: string, endian: 'LE' | 'BE', bom: boolean): Uint8Array {
  const out: number[] = bom ? (endian === 'LE' ? [0xff, 0xfe] : [0xfe, 0xff]) : []
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (endian === 'LE') out.push(c & 0xff, c >> 8)
    else out.push(c >> 8, c & 0xff)
  }
  return Uint8Array.from(out)
}

/** UTF-32 code units of the text, with a byte-order mark. */
function utf32(text: string, endian: 'LE' | 'BE'): Uint8Array {
  const out: number[] = endian === 'LE' ? [0xff, 0xfe, 0, 0] : [0, 0, 0xfe, 0xff]
  for (const ch of text) {
    const c = ch.codePointAt(0)!
    const bytes = [c >>> 24, (c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff]
    out.push(...(endian === 'LE' ? bytes.reverse() : bytes))
  }
  return Uint8Array.from(out)
}

/** UTF-8 text with raw bytes spliced in between `before` and `after`. */
const withBytes = (before: string, bytes: number[], after: string): Uint8Array =>
  Uint8Array.from([...encoder.encode(before), ...bytes, ...encoder.encode(after)])

describe('EXO001 invalid-json', () => {
  describe('valid documents', () => {
    it('accepts a strict JSON object', () => {
      expect(findingsOf('EXO001', VALID)).toEqual([])
    })

    it('accepts insignificant whitespace, CRLF line ends and escapes', () => {
      const text =
        '\r\n\t{ "ClientAccessRules" : [ {\r\n "Name" : "Block \\"OWA\\" \\u00e9\\/",\r\n' +
        ' "Action" : "DenyAccess", "Priority" : 0 } ] }\r\n'
      expect(findingsOf('EXO001', text)).toEqual([])
    })

    it('accepts the deepest document the default cap allows (32 levels)', () => {
      const text = `{"ActiveSyncOrganizationSettings": {"DefaultAccessLevel": "Allow"}, "x": ${'['.repeat(31)}${']'.repeat(31)}}`
      expect(findingsOf('EXO001', text)).toEqual([])
    })

    it('accepts a file of exactly maxFileBytes bytes', () => {
      const limits = { ...DEFAULT_LIMITS, maxFileBytes: encoder.encode(VALID).length }
      expect(findingsOf('EXO001', VALID, { limits })).toEqual([])
    })

    it('does not count brackets inside strings towards the depth', () => {
      const text = `{"ActiveSyncOrganizationSettings": {"DefaultAccessLevel": "Allow"}, "$schema": "${'[{'.repeat(40)}"}`
      expect(findingsOf('EXO001', text)).toEqual([])
    })
  })

  describe('syntax', () => {
    it('reports a trailing comma at the comma', () => {
      expect(findingsOf('EXO001', '{\n  "Target": "ExchangeServer",\n}')).toEqual(
        exo001(2, 29, 'trailingComma', { token: '}' })
      )
    })

    it('reports a trailing comma in a list at the comma', () => {
      expect(findingsOf('EXO001', '{"a": ["REST",\n  ]}')).toEqual(
        exo001(1, 14, 'trailingComma', { token: ']' })
      )
    })

    it('reports a // comment at its start', () => {
      expect(findingsOf('EXO001', '{\n  // the rules\n  "Target": "ExchangeServer"\n}')).toEqual(
        exo001(2, 3, 'comment', { token: '//' })
      )
    })

    it('reports a /* */ comment at its start', () => {
      expect(findingsOf('EXO001', '{"Target": /* on-prem */ "ExchangeServer"}')).toEqual(
        exo001(1, 12, 'comment', { token: '/*' })
      )
    })

    it.each([
      ['NaN', 'NaN'],
      ['Infinity', 'Infinity'],
      ['-Infinity', '-Infinity']
    ])('reports %s as an invalid number at its start', (literal, token) => {
      expect(findingsOf('EXO001', `{\n  "Priority": ${literal}\n}`)).toEqual(
        exo001(2, 15, 'invalidNumber', { token })
      )
    })

    it.each([['01'], ['-01'], ['+1'], ['.5'], ['1.'], ['0x1F'], ['1.5.3']])(
      'reports the number %s as a whole, at its first character',
      (literal) => {
        expect(findingsOf('EXO001', `{\n  "Priority": ${literal}\n}`)).toEqual(
          exo001(2, 15, 'invalidNumber', { token: literal })
        )
      }
    )

    it('reports single-quoted keys and values', () => {
      expect(findingsOf('EXO001', "{\n  'Target': 'ExchangeServer'\n}")).toEqual(
        exo001(2, 3, 'invalidSymbol', { token: "'Target'" })
      )
      expect(findingsOf('EXO001', '{\n  "Target": \'ExchangeServer\'\n}')).toEqual(
        exo001(2, 13, 'invalidSymbol', { token: "'ExchangeServer'" })
      )
    })

    it('reports a raw tab inside a string at the tab', () => {
      expect(findingsOf('EXO001', '{\n  "Name": "Block\tOWA"\n}')).toEqual(
        exo001(2, 17, 'controlCharacter', { char: 'U+0009' })
      )
    })

    it('reports a raw NUL inside a string at the NUL', () => {
      expect(findingsOf('EXO001', '{"Name": "ab\u0000"}')).toEqual(
        exo001(1, 13, 'controlCharacter', { char: 'U+0000' })
      )
    })

    it('reports text after the value', () => {
      expect(findingsOf('EXO001', `${VALID} x`)).toEqual(
        exo001(1, VALID.length + 2, 'endExpected', { token: 'x' })
      )
    })

    it('reports a second document after the first', () => {
      expect(findingsOf('EXO001', `${VALID}\n${VALID}`)).toEqual(
        exo001(2, 1, 'endExpected', { token: '{' })
      )
    })

    it('reports an unterminated string at its opening quote', () => {
      expect(findingsOf('EXO001', '{\n  "Name": "Block OWA')).toEqual(
        exo001(2, 11, 'unterminatedString')
      )
    })

    it('reports an invalid escape at its backslash', () => {
      expect(findingsOf('EXO001', '{\n  "Name": "Block\\x41"\n}')).toEqual(
        exo001(2, 17, 'invalidEscape', { token: '\\x' })
      )
    })

    it('reports a short \\u escape at its backslash', () => {
      expect(findingsOf('EXO001', '{"Name": "ab\\u12G4"}')).toEqual(
        exo001(1, 13, 'invalidEscape', { token: '\\u12G4' })
      )
    })

    it('reports a document that ends too early at the end', () => {
      expect(findingsOf('EXO001', '{\n  "Target": "ExchangeServer"')).toEqual(
        exo001(2, 29, 'unexpectedEnd')
      )
    })

    it('reports a missing comma at the next token', () => {
      expect(findingsOf('EXO001', '{"Target": "ExchangeServer"\n "Tests": 1}')).toEqual(
        exo001(2, 2, 'commaExpected', { token: '"Tests"' })
      )
    })
  })

  describe('empty files', () => {
    it('reports an empty file at 1:1', () => {
      expect(findingsOf('EXO001', '')).toEqual(exo001(1, 1, 'empty'))
    })

    it('reports a whitespace-only file at 1:1', () => {
      expect(findingsOf('EXO001', ' \n\t\r\n  ')).toEqual(exo001(1, 1, 'empty'))
    })
  })

  describe('encodings', () => {
    it.each([
      ['UTF-16LE', 'LE'],
      ['UTF-16BE', 'BE']
    ] as const)('names %s with a byte-order mark', (encoding, endian) => {
      expect(findingsOf('EXO001', utf16(VALID, endian, true))).toEqual(
        exo001(1, 1, 'wrongEncoding', { encoding })
      )
    })

    it.each([
      ['UTF-16LE', 'LE'],
      ['UTF-16BE', 'BE']
    ] as const)('names %s without a byte-order mark', (encoding, endian) => {
      expect(findingsOf('EXO001', utf16(VALID, endian, false))).toEqual(
        exo001(1, 1, 'wrongEncoding', { encoding })
      )
    })

    it.each([
      ['UTF-32LE', 'LE'],
      ['UTF-32BE', 'BE']
    ] as const)('names %s with a byte-order mark', (encoding, endian) => {
      expect(findingsOf('EXO001', utf32(VALID, endian))).toEqual(
        exo001(1, 1, 'wrongEncoding', { encoding })
      )
    })

    it('reports an invalid UTF-8 byte inside a string at its line and column', () => {
      // line 2 is `  "Name": "Bl` + 0xFF: the byte is the 14th character of the line
      const bytes = withBytes('{\n  "Name": "Bl', [0xff], 'ock",\n  "Action": "DenyAccess"\n}')
      expect(findingsOf('EXO001', bytes)).toEqual(exo001(2, 14, 'invalidUtf8', { byte: '0xFF' }))
    })

    it('counts columns in characters, not bytes, before an invalid byte', () => {
      // "é" is two bytes but one column
      const bytes = withBytes('{\n  "Name": "é', [0xc0, 0xaf], '"\n}')
      expect(findingsOf('EXO001', bytes)).toEqual(exo001(2, 13, 'invalidUtf8', { byte: '0xC0' }))
    })

    it('refuses a CESU-8 encoded surrogate (ED A0 80) at its position', () => {
      const bytes = withBytes('{\n  "Name": "x', [0xed, 0xa0, 0x80], '"\n}')
      expect(findingsOf('EXO001', bytes)).toEqual(exo001(2, 13, 'invalidUtf8', { byte: '0xED' }))
    })

    it('refuses a truncated sequence at the end of the file', () => {
      const bytes = withBytes('{"Name": "x"}', [0xe2, 0x82], '')
      expect(findingsOf('EXO001', bytes)).toEqual(exo001(1, 14, 'invalidUtf8', { byte: '0xE2' }))
    })
  })

  describe('caps', () => {
    it('reports a file over maxFileBytes at 1:1 with its size', () => {
      const limits = { ...DEFAULT_LIMITS, maxFileBytes: 10 }
      expect(findingsOf('EXO001', VALID, { limits })).toEqual(
        exo001(1, 1, 'tooLarge', { size: VALID.length, cap: 10 })
      )
    })

    it('reports 33 nested lists at the 33rd bracket', () => {
      const text = '['.repeat(33) + ']'.repeat(33)
      expect(findingsOf('EXO001', text)).toEqual(exo001(1, 33, 'tooDeep', { cap: 32 }))
    })

    it('reports nested objects past the cap at the first bracket past it', () => {
      const text = '{\n' + '"a":{'.repeat(32) + '}'.repeat(33)
      // the 32nd `{` on line 2 is the 33rd level: after 31 `"a":{` and `"a":`
      expect(findingsOf('EXO001', text)).toEqual(exo001(2, 31 * 5 + 5, 'tooDeep', { cap: 32 }))
    })

    it('honours a lower maxDepth', () => {
      const limits = { ...DEFAULT_LIMITS, maxDepth: 2 }
      expect(findingsOf('EXO001', VALID, { limits })).toEqual([])
      expect(findingsOf('EXO001', '{"a": {"b": [1]}}', { limits })).toEqual(
        exo001(1, 13, 'tooDeep', { cap: 2 })
      )
    })

    it('reports 10,000 nested lists as too deep without throwing', () => {
      const text = '['.repeat(10_000) + ']'.repeat(10_000)
      expect(() => lint(text)).not.toThrow()
      expect(findingsOf('EXO001', text)).toEqual(exo001(1, 33, 'tooDeep', { cap: 32 }))
    })

    it('reports 1,000,000 nested lists as too deep without throwing', () => {
      const text = '['.repeat(1_000_000) + ']'.repeat(1_000_000)
      const limits = { ...DEFAULT_LIMITS, maxFileBytes: 4 * 1_048_576 }
      expect(() => lint(text, { limits })).not.toThrow()
      expect(findingsOf('EXO001', text, { limits })).toEqual(exo001(1, 33, 'tooDeep', { cap: 32 }))
    })

    it('reports 10,000 nested objects as too deep without throwing', () => {
      const text = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000)
      expect(findingsOf('EXO001', text)).toEqual(exo001(1, 32 * 5 + 1, 'tooDeep', { cap: 32 }))
    })
  })

  describe('a file with EXO001 gets no other finding', () => {
    it('reports nothing but EXO001 for a file that would break the schema and other checks', () => {
      // duplicate key, unknown property, lone surrogate, "1.0", and then a trailing comma
      const text =
        '{\n  "Acton": "Allow", "Acton": "\\ud800",\n  "Priority": 1.0,\n  "Name": "Bl\u200bock",\n}'
      expect(all(text)).toEqual([['EXO001', 4, 19, 'trailingComma']])
    })

    it('reports no byte-order-mark notice next to EXO001', () => {
      const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...encoder.encode('{"Target": }')])
      expect(all(bytes)).toEqual([['EXO001', 1, 12, 'valueExpected']])
    })

    it('reports one finding for a lone byte-order mark (an empty document)', () => {
      expect(all(Uint8Array.from([0xef, 0xbb, 0xbf]))).toEqual([['EXO001', 1, 1, 'empty']])
    })
  })
})
