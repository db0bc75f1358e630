// Checklist §7.2 of reference/security-and-robustness.md (rows J1–J18): JSON structure and values.
// Rows J1–J16 lint real fixture files (__tests__/fixtures/security/json/) with `lintBytes` and the
// default config; very large or very deep documents (J6, J7, J17) are made here. J1 and J17 also
// run through the CLI's `main()` for the exit code and the reports. J18 is a fast-check property
// (fixed seeds): the gate's parser (src/engine/parse.ts: JSON.parse decides and gives the values,
// jsonc-parser gives the tree the checks read) agrees with JSON.parse, and where the gate is
// stricter by design (nesting cap, duplicate keys, lone surrogates) the stricter result wins.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { getNodeValue } from 'jsonc-parser'
import { afterEach, describe, expect, it } from 'vitest'
import { defaultConfig, type Config } from '../../src/engine/config.js'
import { lintBytes } from '../../src/engine/lint.js'
import { parse } from '../../src/engine/parse.js'
import { DEFAULT_LIMITS, type Finding } from '../../src/engine/types.js'
import { runCli } from '../helpers.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/security/json/', import.meta.url))
const encoder = new TextEncoder()

/** Lints bytes as `name` with the default config (or `limits` over it). */
function lintAs(name: string, bytes: Uint8Array, limits: Partial<Config['limits']> = {}) {
  const config = defaultConfig()
  return lintBytes(name, bytes, { ...config, limits: { ...config.limits, ...limits } })
}

/** Lints one fixture file. */
const lintFixture = (name: string) => lintAs(name, readFileSync(join(FIXTURES, name)))

/** A finding reduced to what the rows assert. */
const brief = (f: Finding) => [f.id, f.severity, f.line, f.column, f.messageId, f.data]

/** Every finding of a fixture, reduced. */
const findings = (name: string) => lintFixture(name).map(brief)

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

/** A temporary workspace holding `files` (name → bytes). */
function workspace(files: Record<string, Uint8Array | string>): string {
  const root = mkdtempSync(join(tmpdir(), 'exo-sec-json-'))
  dirs.push(root)
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(root, name), bytes)
  return root
}

describe('§7.2 JSON structure and values', () => {
  it('the base fixture (j00) is clean, so each row’s findings are its own', () => {
    expect(findings('j00-valid.exo.json')).toEqual([])
  })

  describe('J1–J3 duplicate keys', () => {
    it('J1: a repeated "Action" is EXO002 at the second occurrence (7:7), naming the first’s line', () => {
      const [f, ...rest] = lintFixture('j01-duplicate-key.exo.json')
      expect(rest).toEqual([])
      expect(brief(f!)).toEqual([
        'EXO002',
        'error',
        7,
        7,
        'exact',
        { key: 'Action', first: 'Action', line: 6 }
      ])
      expect(f!.message).toBe(
        'Key "Action" is already defined on line 6; JSON.parse keeps only the last value.'
      )
    })

    it('J1: the CLI fails the file (exit 1) and reports the duplicate at 7:7', async () => {
      const root = workspace({
        'rules.exo.json': readFileSync(join(FIXTURES, 'j01-duplicate-key.exo.json'))
      })
      const r = await runCli(['check'], root)
      expect(r).toEqual({
        code: 1,
        stdout:
          'rules.exo.json\n' +
          '  7:7  error  Key "Action" is already defined on line 6; JSON.parse keeps only the last value.  EXO002\n' +
          '\n' +
          '✖ 1 problem (1 error, 0 warnings, 0 notices) in 1 file checked.\n',
        stderr: ''
      })
    })

    it('J2: "N\\u0061me" after "Name" is EXO002 escaped at 6:7 (keys compared decoded)', () => {
      expect(findings('j02-escaped-duplicate.exo.json')).toEqual([
        ['EXO002', 'error', 6, 7, 'escaped', { key: 'N\\u0061me', first: 'Name', line: 5 }]
      ])
    })

    it('J3: "action" after "Action" is EXO002 caseVariant at 7:7 (PowerShell reads one key)', () => {
      const [f, ...rest] = lintFixture('j03-case-variant.exo.json')
      expect(rest).toEqual([])
      expect(brief(f!)).toEqual([
        'EXO002',
        'error',
        7,
        7,
        'caseVariant',
        { key: 'action', first: 'Action', line: 6 }
      ])
      expect(f!.message).toBe(
        'Key "action" differs only in case from "Action" on line 6; PowerShell reads them as one key.'
      )
    })
  })

  describe('J4–J5 prototype keys', () => {
    it('J4: "__proto__" is EXO003 forbiddenKey (4:6), its "Action" does not satisfy required (4:5), Object.prototype untouched', () => {
      const before = Object.getOwnPropertyNames(Object.prototype).sort()
      expect(findings('j04-proto.exo.json')).toEqual([
        [
          'EXO003',
          'error',
          4,
          5,
          'required',
          { where: 'client access rule "r"', property: 'Action' }
        ],
        ['EXO003', 'error', 4, 6, 'forbiddenKey', { property: '__proto__' }]
      ])
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before)
      expect(({} as Record<string, unknown>).Action).toBeUndefined()
    })

    it('J5: "constructor": {"prototype": …} and an escaped "\\u005f_proto__" are EXO003 forbiddenKey; nothing inherited', () => {
      expect(findings('j05-constructor.exo.json')).toEqual([
        ['EXO003', 'error', 4, 5, 'required', { where: 'client access rule', property: 'Action' }],
        ['EXO003', 'error', 4, 5, 'required', { where: 'client access rule', property: 'Name' }],
        ['EXO003', 'error', 4, 6, 'forbiddenKey', { property: 'constructor' }]
      ])
      expect(findings('j05-escaped-proto.exo.json')).toEqual([
        ['EXO003', 'error', 9, 7, 'forbiddenKey', { property: '__proto__' }]
      ])
      expect(({} as Record<string, unknown>).x).toBeUndefined()
      expect(({} as Record<string, unknown>).Action).toBeUndefined()
    })
  })

  describe('J6–J7 depth and size', () => {
    const tooDeep = (column: number) => [['EXO001', 'error', 1, column, 'tooDeep', { cap: 32 }]]

    it('J6: 10,000 nested lists (fixture) are EXO001 tooDeep at the 33rd bracket (1:33), no RangeError', () => {
      expect(findings('j06-deep-10000-arrays.exo.json')).toEqual(tooDeep(33))
    })

    it('J6: 10,000 nested objects are EXO001 tooDeep at the 33rd brace (1:161)', () => {
      const text = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000)
      expect(lintAs('deep.exo.json', encoder.encode(text)).map(brief)).toEqual(tooDeep(32 * 5 + 1))
    })

    it('J6: 1,000,000 nested lists are EXO001 tooDeep (1:33) from the iterative pre-scan, even with the size cap raised', () => {
      const bytes = encoder.encode('['.repeat(1_000_000) + ']'.repeat(1_000_000))
      expect(lintAs('deep.exo.json', bytes).map(brief)).toEqual([
        ['EXO001', 'error', 1, 1, 'tooLarge', { size: 2_000_000, cap: 1_048_576 }]
      ])
      expect(lintAs('deep.exo.json', bytes, { maxFileBytes: 4 * 1_048_576 }).map(brief)).toEqual(
        tooDeep(33)
      )
    })

    it('J7: a 200,000-element list of small objects (1.6 MB) is EXO001 tooLarge (1:1) before it is parsed', () => {
      const items = Array.from({ length: 200_000 }, () => '{"a":1}').join(',')
      const bytes = encoder.encode(`{"Target":"ExchangeServer","ClientAccessRules":[${items}]}`)
      expect(bytes.length).toBe(1_600_049)
      expect(lintAs('big.exo.json', bytes).map(brief)).toEqual([
        ['EXO001', 'error', 1, 1, 'tooLarge', { size: 1_600_049, cap: 1_048_576 }]
      ])
    })
  })

  describe('J8–J10 strict syntax', () => {
    it('J8: a raw NUL or TAB inside a string is EXO001 controlCharacter at the character (5:21)', () => {
      expect(findings('j08-raw-nul.exo.json')).toEqual([
        ['EXO001', 'error', 5, 21, 'controlCharacter', { char: 'U+0000' }]
      ])
      expect(findings('j08-raw-tab.exo.json')).toEqual([
        ['EXO001', 'error', 5, 21, 'controlCharacter', { char: 'U+0009' }]
      ])
      expect(lintFixture('j08-raw-tab.exo.json')[0]!.message).toBe(
        'Raw control character "U+0009" inside a string; write it as an escape such as "\\n".'
      )
    })

    it('J8: a raw line feed inside a string is EXO001 unterminatedString at the string’s opening quote (5:15)', () => {
      expect(findings('j08-raw-lf.exo.json')).toEqual([
        ['EXO001', 'error', 5, 15, 'unterminatedString', {}]
      ])
    })

    it('J9: "//" and "/* */" comments and a trailing comma are EXO001 at their first character', () => {
      expect(findings('j09-line-comment.exo.json')).toEqual([
        ['EXO001', 'error', 7, 7, 'comment', { token: '//' }]
      ])
      expect(findings('j09-block-comment.exo.json')).toEqual([
        ['EXO001', 'error', 8, 42, 'comment', { token: '/*' }]
      ])
      expect(findings('j09-trailing-comma.exo.json')).toEqual([
        ['EXO001', 'error', 8, 58, 'trailingComma', { token: ']' }]
      ])
    })

    it.each([
      ['nan', 'NaN'],
      ['infinity', 'Infinity'],
      ['minus-infinity', '-Infinity'],
      ['plus-one', '+1'],
      ['leading-zero', '01'],
      ['dot-five', '.5'],
      ['hex', '0x1']
    ])(
      'J10: "Priority": %s is EXO001 invalidNumber for the whole literal at its start (9:19)',
      (name, token) => {
        expect(findings(`j10-${name}.exo.json`)).toEqual([
          ['EXO001', 'error', 9, 19, 'invalidNumber', { token }]
        ])
      }
    )
  })

  describe('J11–J12 numbers', () => {
    it('J11: "Priority": 1e400 is EXO003 (read as Infinity, not an integer) at the number (9:19)', () => {
      expect(findings('j11-1e400.exo.json')).toEqual([
        [
          'EXO003',
          'error',
          9,
          19,
          'type',
          { property: 'Priority', expected: 'an integer', actual: 'the number "Infinity"' }
        ]
      ])
    })

    it('J12: 9007199254740993 and 2147483648 are EXO003 out of range (9:19); 1e-400, -0 and 1.0 are EXO006 warnings on the raw token', () => {
      const range = (value: string) => [
        'EXO003',
        'error',
        9,
        19,
        'range',
        { property: 'Priority', min: '0', max: '2147483647', value }
      ]
      expect(findings('j12-int32-overflow.exo.json')).toEqual([range('2147483648')])
      expect(findings('j12-2pow53-plus-1.exo.json').map((f) => f.slice(0, 5))).toEqual([
        range('').slice(0, 5)
      ])
      expect(findings('j12-underflow.exo.json')).toEqual([
        ['EXO006', 'warning', 9, 19, 'underflow', { raw: '1e-400', plain: '0' }]
      ])
      expect(findings('j12-negative-zero.exo.json')).toEqual([
        ['EXO006', 'warning', 9, 19, 'negativeZero', { raw: '-0', plain: '0' }]
      ])
      expect(findings('j12-one-point-zero.exo.json')).toEqual([
        ['EXO006', 'warning', 9, 19, 'notPlain', { raw: '1.0', plain: '1' }]
      ])
      expect(lintFixture('j12-one-point-zero.exo.json')[0]!.message).toBe(
        'Number "1.0" is not a plain integer literal; write "1".'
      )
    })

    it('J12: the out-of-range message quotes the raw token "9007199254740993", not the rounded value JSON.parse gives', () => {
      const [f] = lintFixture('j12-2pow53-plus-1.exo.json')
      expect(f!.data.value).toBe('9007199254740993')
    })
  })

  describe('J13–J14 Unicode', () => {
    it('J13: a lone surrogate in a value (5:15) or a key (9:7) is EXO005 loneSurrogate, an error, shown escaped', () => {
      expect(findings('j13-lone-surrogate-value.exo.json')).toEqual([
        ['EXO005', 'error', 5, 15, 'loneSurrogate', { text: 'Block \\uD800EAC', char: '\\uD800' }]
      ])
      expect(findings('j13-lone-surrogate-key.exo.json')).toEqual([
        [
          'EXO003',
          'error',
          9,
          7,
          'unknownPropertySuggest',
          {
            property: 'Priority\\uDC00',
            where: 'client access rule "Block EAC"',
            suggestion: 'Priority'
          }
        ],
        ['EXO005', 'error', 9, 7, 'loneSurrogate', { text: 'Priority\\uDC00', char: '\\uDC00' }]
      ])
    })

    it('J14: a key in NFD beside the same key in NFC is an EXO005 notNfc warning at the NFD key (5:3)', () => {
      expect(findings('j14-nfd-key.exo.json')).toEqual([
        [
          'EXO003',
          'error',
          4,
          3,
          'unknownProperty',
          { property: 'caf\u00e9', where: 'the document' }
        ],
        [
          'EXO003',
          'error',
          5,
          3,
          'unknownProperty',
          { property: 'cafe\u0301', where: 'the document' }
        ],
        ['EXO005', 'warning', 5, 3, 'notNfc', { text: 'cafe\u0301' }]
      ])
    })
  })

  describe('J15–J17 schema', () => {
    it('J15: "Acton" is one EXO003 unknown property at the key (6:7), suggesting "Action" (no cascade)', () => {
      const [f, ...rest] = lintFixture('j15-typo.exo.json')
      expect(rest).toEqual([])
      expect(brief(f!)).toEqual([
        'EXO003',
        'error',
        6,
        7,
        'unknownPropertySuggest',
        { property: 'Acton', where: 'client access rule "Block EAC"', suggestion: 'Action' }
      ])
      expect(f!.message).toBe(
        'Unknown property "Acton" in client access rule "Block EAC"; the closest valid one is "Action".'
      )
    })

    it('J16: "Enabled": "true" (9:18) and "Priority": "1" (10:19) are EXO003 type errors: no coercion', () => {
      expect(findings('j16-wrong-types.exo.json')).toEqual([
        [
          'EXO003',
          'error',
          9,
          18,
          'type',
          {
            property: 'Enabled',
            expected: 'a boolean ("true" or "false")',
            actual: 'the string "true"'
          }
        ],
        [
          'EXO003',
          'error',
          10,
          19,
          'type',
          { property: 'Priority', expected: 'an integer', actual: 'the string "1"' }
        ]
      ])
    })

    it('J17: a 10 MB rule name is EXO001 tooLarge (1:1); a 100,000-character name is EXO003 nameTooLong (5:15), shown cut to 40 characters in every report', async () => {
      const doc = (name: string) =>
        readFileSync(join(FIXTURES, 'j00-valid.exo.json'), 'utf8').replace('Block EAC', name)
      const huge = encoder.encode(doc('n'.repeat(10 * 1024 * 1024)))
      expect(lintAs('huge.exo.json', huge).map(brief)).toEqual([
        ['EXO001', 'error', 1, 1, 'tooLarge', { size: huge.length, cap: 1_048_576 }]
      ])
      const long = encoder.encode(doc('n'.repeat(100_000)))
      expect(lintAs('long.exo.json', long).map(brief)).toEqual([
        [
          'EXO003',
          'error',
          5,
          15,
          'nameTooLong',
          { value: `${'n'.repeat(40)}… (100000 characters)`, length: 100_000, cap: 64 }
        ]
      ])
      const root = workspace({ 'long.exo.json': long })
      for (const format of ['stylish', 'json', 'sarif', 'markdown', 'github']) {
        const r = await runCli(['check', '--format', format], root)
        expect(r.code).toBe(1)
        expect(r.stdout).toContain(`${'n'.repeat(40)}…`)
        expect(r.stdout).not.toMatch(/n{41}/)
      }
    })
  })

  describe('J18 the parsers of the pipeline agree (property)', () => {
    const MAX_DEPTH = DEFAULT_LIMITS.maxDepth

    /** JSON.parse's verdict on a text. */
    function reference(text: string): { ok: true; value: unknown } | { ok: false } {
      try {
        return { ok: true, value: JSON.parse(text) as unknown }
      } catch {
        return { ok: false }
      }
    }

    /** Nesting depth of a value: a scalar 0, `[]` 1, `[[]]` 2. */
    function depthOf(v: unknown): number {
      if (Array.isArray(v)) return 1 + Math.max(0, ...v.map(depthOf))
      if (v !== null && typeof v === 'object')
        return 1 + Math.max(0, ...Object.values(v).map(depthOf))
      return 0
    }

    /** True when a decoded string or key of the value holds a lone surrogate. */
    function hasLoneSurrogate(v: unknown): boolean {
      if (typeof v === 'string') return /\p{Surrogate}/u.test(v)
      if (Array.isArray(v)) return v.some(hasLoneSurrogate)
      if (v !== null && typeof v === 'object')
        return Object.entries(v).some(([k, x]) => hasLoneSurrogate(k) || hasLoneSurrogate(x))
      return false
    }

    // --- generators -----------------------------------------------------------------------

    /** JSON whitespace, sometimes none. */
    const ws = fc.constantFrom('', '', ' ', '\n', '\t', '\r\n', '  ')

    /** A JSON string token with every kind of escape (surrogates often), in either hex case. */
    const stringToken = fc
      .array(
        fc.oneof(
          fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((c) => {
            const u = c.charCodeAt(0)
            return u >= 0x20 && c !== '"' && c !== '\\' && !(u >= 0xd800 && u <= 0xdfff)
          }),
          fc.constantFrom('\\"', '\\\\', '\\/', '\\b', '\\f', '\\n', '\\r', '\\t'),
          fc
            .tuple(
              fc.oneof(
                fc.integer({ min: 0, max: 0xffff }),
                fc.integer({ min: 0xd800, max: 0xdfff })
              ),
              fc.boolean()
            )
            .map(([u, upper]) => {
              const hex = u.toString(16).padStart(4, '0')
              return '\\u' + (upper ? hex.toUpperCase() : hex)
            })
        ),
        { maxLength: 6 }
      )
      .map((parts) => `"${parts.join('')}"`)

    const numberToken = fc.stringMatching(
      /^-?(0|[1-9][0-9]{0,20})(\.[0-9]{1,20})?([eE][-+]?[0-9]{1,3})?$/
    )

    /** Valid JSON texts with varied whitespace, escapes and numbers (keys may repeat). */
    const { text: grammarText } = fc.letrec<{ text: string }>((tie) => ({
      text: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.oneof(stringToken, numberToken, fc.constantFrom('true', 'false', 'null')),
        fc
          .tuple(ws, fc.array(fc.tuple(ws, tie('text'), ws), { maxLength: 4 }))
          .map(([w, items]) => `[${w}${items.map((i) => i.join('')).join(',')}]`),
        fc
          .tuple(ws, fc.array(fc.tuple(ws, stringToken, ws, ws, tie('text'), ws), { maxLength: 4 }))
          .map(
            ([w, members]) =>
              `{${w}${members.map(([a, k, b, c, v, d]) => `${a}${k}${b}:${c}${v}${d}`).join(',')}}`
          )
      )
    }))

    /** Valid JSON from fast-check's own generators, compact or indented, any string unit. */
    const fcJson = fc.oneof(
      fc.json({ maxDepth: 4 }),
      fc.jsonValue({ maxDepth: 4, stringUnit: 'binary' }).map((v) => JSON.stringify(v, null, 2))
    )

    /** A valid text nested 0–40 levels deep, across the cap of 32. */
    const deepText = fc
      .tuple(fc.integer({ min: 0, max: 40 }), fc.boolean(), fc.json({ maxDepth: 1 }))
      .map(([n, list, inner]) =>
        list ? '['.repeat(n) + inner + ']'.repeat(n) : '{"a":'.repeat(n) + inner + '}'.repeat(n)
      )

    const validText = fc.oneof(grammarText, fcJson, deepText)

    /** Fragments that break JSON in the ways other parsers tolerate. */
    const FRAGMENTS = [
      ',',
      ']',
      '}',
      '[',
      '{',
      ':',
      '"',
      '\\',
      "'",
      ' ',
      '\u0000',
      '\t',
      '\n',
      '\u000b',
      '\u00a0',
      '\u2028',
      '\ufeff',
      '\ud800',
      '\udc00',
      'NaN',
      'Infinity',
      '-',
      '+',
      '.',
      'e',
      '0',
      '01',
      '0x1',
      '1.',
      '.5',
      '//',
      '/*',
      '*/',
      'true',
      'nul',
      'undefined',
      '\\u',
      '\\x',
      '\\u00',
      '\\ud800',
      '"a":1',
      ',]',
      ',}'
    ]

    const edit = fc.oneof(
      fc.record({
        at: fc.nat(),
        cut: fc.nat({ max: 3 }),
        put: fc.oneof(
          fc.constantFrom(...FRAGMENTS),
          fc.string({ unit: 'binary', minLength: 1, maxLength: 2 })
        )
      })
    )

    /** A valid text with 1–3 edits: mostly invalid, sometimes still valid. */
    const mutatedText = fc
      .tuple(validText, fc.array(edit, { minLength: 1, maxLength: 3 }))
      .map(([text, edits]) =>
        edits.reduce((t, e) => {
          const at = t.length === 0 ? 0 : e.at % (t.length + 1)
          return t.slice(0, at) + e.put + t.slice(at + e.cut)
        }, text)
      )

    const anyText = fc.oneof(validText, mutatedText, mutatedText)

    // --- properties -----------------------------------------------------------------------

    it('J18: parse() and JSON.parse agree on acceptance and values (and the tree the checks read agrees too); only the nesting cap is stricter', () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const ours = parse(text, MAX_DEPTH)
          const theirs = reference(text)
          if (!theirs.ok) {
            expect(ours.ok).toBe(false)
            return
          }
          if (depthOf(theirs.value) > MAX_DEPTH) {
            expect(ours).toMatchObject({ ok: false, messageId: 'tooDeep' })
            return
          }
          expect(ours.ok).toBe(true)
          if (!ours.ok) return
          expect(ours.value).toEqual(theirs.value)
          expect(getNodeValue(ours.tree)).toEqual(theirs.value)
        }),
        { seed: 7, numRuns: 1500 }
      )
    })

    it('J18: through the whole gate the stricter result wins: a lone surrogate is an EXO005 error, past the cap only EXO001 tooDeep', () => {
      fc.assert(
        fc.property(anyText, (text) => {
          // the file is UTF-8 bytes: text with raw lone surrogates cannot be one
          fc.pre(!/\p{Surrogate}/u.test(text))
          const found = lintAs('p.exo.json', encoder.encode(text))
          // a leading UTF-8 byte-order mark is stripped once, by design (EXO007): judge the rest
          const theirs = reference(text.startsWith('\ufeff') ? text.slice(1) : text)
          const exo001 = found.filter((f) => f.id === 'EXO001')
          if (!theirs.ok) {
            expect(found.map((f) => f.id)).toEqual(['EXO001'])
            return
          }
          if (depthOf(theirs.value) > MAX_DEPTH) {
            expect(found.map((f) => [f.id, f.messageId])).toEqual([['EXO001', 'tooDeep']])
            return
          }
          expect(exo001).toEqual([])
          const lone = found.filter((f) => f.id === 'EXO005' && f.messageId === 'loneSurrogate')
          for (const f of lone) expect(f.severity).toBe('error')
          if (hasLoneSurrogate(theirs.value)) expect(lone.length).toBeGreaterThan(0)
          // the gate reads every member: one that JSON.parse dropped (a repeated key) still counts
          else if (lone.length > 0) expect(found.map((f) => f.id)).toContain('EXO002')
        }),
        { seed: 18, numRuns: 600 }
      )
    })

    it('J18: keys that JSON.parse would merge (equal once decoded, or equal but for case) are EXO002, one per repeat; the value is still JSON.parse’s', () => {
      /** A key token spelling `name`, some characters escaped as \uXXXX in either case. */
      const spelled = (name: string) =>
        fc
          .array(fc.boolean(), { minLength: name.length, maxLength: name.length })
          .map(
            (esc) =>
              '"' +
              [...name]
                .map((c, i) => (esc[i] ? '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0') : c))
                .join('') +
              '"'
          )
      const NAMES = ['Name', 'name', 'NAME', 'Action', 'action', 'x', 'X', '\u00e9', '\u00c9']
      const key = fc.constantFrom(...NAMES).chain(spelled)
      const members = fc.array(fc.tuple(key, fc.json({ maxDepth: 1 })), {
        minLength: 1,
        maxLength: 6
      })
      fc.assert(
        fc.property(members, ws, (list, w) => {
          const inner = `{${list.map(([k, v]) => `${w}${k}${w}:${w}${v}`).join(',')}}`
          const text = `{"ActiveSyncOrganizationSettings":{"DefaultAccessLevel":"Allow"},"x":${inner}}`
          const decoded = list.map(([k]) => JSON.parse(k) as string)
          const repeats = decoded.length - new Set(decoded.map((k) => k.toLowerCase())).size
          const found = lintAs('p.exo.json', encoder.encode(text))
          expect(found.filter((f) => f.id === 'EXO002')).toHaveLength(repeats)
          const parsed = parse(text, MAX_DEPTH)
          expect(parsed.ok).toBe(true)
          if (parsed.ok) expect(parsed.value).toEqual(JSON.parse(text))
        }),
        { seed: 2, numRuns: 500 }
      )
    })
  })
})
