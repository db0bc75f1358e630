import * as core from '@actions/core'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { display } from '../../src/engine/display.js'
import type { Finding, Severity } from '../../src/engine/types.js'
import {
  ANNOTATIONS_PER_TYPE,
  annotations,
  github,
  type Annotation,
  type AnnotationProperties
} from '../../src/reporters/annotations.js'
import {
  REGISTERED_COMMANDS,
  finding,
  netTrim,
  netTrimStart,
  resultOf,
  unescapeData,
  unescapeProperty
} from './support.js'

// ---------------------------------------------------------------------------------------------
// The runner's side, ported from actions/runner: src/Runner.Common/ActionCommand.cs (TryParseV2,
// TryParse, UnescapeProperty, UnescapeData) and src/Runner.Worker/ActionCommandManager.cs
// (TryProcessCommand: the `::` form first, then the legacy `##[` form anywhere in the line).
// ---------------------------------------------------------------------------------------------

const REGISTERED = new Set(REGISTERED_COMMANDS)

/** `string.Split(new[] { sep }, count, StringSplitOptions.RemoveEmptyEntries)` of .NET. */
function netSplit(s: string, sep: string, count = Infinity): string[] {
  const seps: number[] = []
  for (let i = 0; i < s.length; i++) if (s[i] === sep) seps.push(i)
  const out: string[] = []
  let start = 0
  for (let i = 0; i < seps.length; i++) {
    const entry = s.slice(start, seps[i])
    if (entry !== '') out.push(entry)
    start = seps[i]! + 1
    if (out.length === count - 1) {
      // .NET skips the empty entries before the final one (so `file==x` gives ["file", "x"]).
      while (++i < seps.length) {
        if (s.slice(start, seps[i]) !== '') break
        start = seps[i]! + 1
      }
      break
    }
  }
  const last = s.slice(start)
  if (last !== '') out.push(last)
  return out
}

interface Parsed {
  parser: 'v2' | 'legacy'
  command: string
  properties: Record<string, string>
  data: string
}

function parseV2(line: string): Parsed | undefined {
  const message = netTrimStart(line)
  if (!message.startsWith('::')) return undefined
  const endIndex = message.indexOf('::', 2)
  if (endIndex < 0) return undefined
  const cmdInfo = message.slice(2, endIndex)
  const spaceIndex = cmdInfo.indexOf(' ')
  const command = spaceIndex < 0 ? cmdInfo : cmdInfo.slice(0, spaceIndex)
  if (!REGISTERED.has(command.toLowerCase())) return undefined
  const properties: Record<string, string> = {}
  if (spaceIndex > 0) {
    for (const prop of netSplit(netTrim(cmdInfo.slice(spaceIndex + 1)), ',')) {
      const pair = netSplit(prop, '=', 2)
      if (pair.length === 2) properties[pair[0]!] = unescapeProperty(pair[1]!)
    }
  }
  return { parser: 'v2', command, properties, data: unescapeData(message.slice(endIndex + 2)) }
}

function parseLegacy(line: string): Parsed | undefined {
  const prefix = line.indexOf('##[')
  if (prefix < 0) return undefined
  const rb = line.indexOf(']', prefix)
  if (rb < 0) return undefined
  const cmdInfo = line.slice(prefix + 3, rb)
  const spaceIndex = cmdInfo.indexOf(' ')
  const command = spaceIndex < 0 ? cmdInfo : cmdInfo.slice(0, spaceIndex)
  if (!REGISTERED.has(command.toLowerCase())) return undefined
  return { parser: 'legacy', command, properties: {}, data: line.slice(rb + 1) }
}

/**
 * What the runner makes of a step's stdout: lines as .NET's StreamReader.ReadLine splits them
 * (CR, LF, CRLF), each tried as a `::` command, then as a legacy `##[` command, else plain log.
 */
function runnerSees(stdout: string): (Parsed | 'log')[] {
  const lines = stdout.split(/\r\n|\r|\n/)
  if (lines[lines.length - 1] === '') lines.pop()
  return lines.map((line) => parseV2(line) ?? parseLegacy(line) ?? 'log')
}

/** The one command the runner sees in `stdout`; fails unless it sees exactly one line, a command. */
function theOneCommand(stdout: string): Parsed {
  const seen = runnerSees(stdout)
  expect(seen).toHaveLength(1)
  const p = seen[0]
  if (p === undefined || p === 'log') throw new Error('not a command')
  return p
}

// ---------------------------------------------------------------------------------------------

const TITLE = 'EXO201 missing-safeguard'

describe('annotations', () => {
  it('maps a finding to a core annotation: type, message, title, file, lines and columns', () => {
    expect(annotations(resultOf([finding()]))).toEqual([
      {
        type: 'error',
        message: 'Rule "Block all" denies RemotePowerShell, and no earlier rule allows it.',
        properties: {
          title: TITLE,
          file: 'rules/main.exo.json',
          startLine: 3,
          endLine: 3,
          startColumn: 13,
          endColumn: 24
        }
      }
    ])
  })

  it.each<[string, Partial<Finding>, Omit<AnnotationProperties, 'title' | 'file'>]>([
    [
      'columns only when the finding starts and ends on the same line',
      { line: 4, column: 5, endLine: 9, endColumn: 6 },
      { startLine: 4, endLine: 9 }
    ],
    [
      'no end column before the start column',
      { line: 7, column: 9, endLine: 7, endColumn: 3 },
      { startLine: 7, endLine: 7, startColumn: 9, endColumn: 9 }
    ],
    [
      'no end line before the start line',
      { line: 7, column: 9, endLine: 2, endColumn: 12 },
      { startLine: 7, endLine: 7, startColumn: 9, endColumn: 12 }
    ],
    ['no line at all for a non-positive line', { line: 0, column: 0, endLine: 0, endColumn: 0 }, {}]
  ])('gives %s', (_, place, shown) => {
    expect(annotations(resultOf([finding(place)]))[0]!.properties).toEqual({
      title: TITLE,
      file: 'rules/main.exo.json',
      ...shown
    })
  })

  it('does not annotate suppressed findings', () => {
    const result = resultOf([
      finding({ suppressed: true, suppression: { reason: 'break-glass tenant' } }),
      finding({ id: 'EXO107', slug: 'disabled-rule', severity: 'notice', line: 8 })
    ])
    expect(annotations(result).map((a) => [a.type, a.properties.title])).toEqual([
      ['notice', 'EXO107 disabled-rule']
    ])
  })

  it('orders most severe first, then by file, line and column', () => {
    const at = (severity: Severity, file: string, line: number, column: number) =>
      finding({ severity, file, line, column, endLine: line, endColumn: 30 })
    const result = resultOf([
      at('notice', 'a.exo.json', 1, 1),
      at('error', 'b.exo.json', 1, 1),
      at('warning', 'a.exo.json', 5, 1),
      at('error', 'a.exo.json', 2, 5),
      at('error', 'a.exo.json', 2, 1),
      at('error', 'a.exo.json', 1, 9)
    ])
    expect(
      annotations(result).map((a) => [
        a.type,
        a.properties.file,
        a.properties.startLine,
        a.properties.startColumn
      ])
    ).toEqual([
      ['error', 'a.exo.json', 1, 9],
      ['error', 'a.exo.json', 2, 1],
      ['error', 'a.exo.json', 2, 5],
      ['error', 'b.exo.json', 1, 1],
      ['warning', 'a.exo.json', 5, 1],
      ['notice', 'a.exo.json', 1, 1]
    ])
  })

  it('returns nothing for a clean result', () => {
    expect(annotations(resultOf([]))).toEqual([])
    expect(github(resultOf([]))).toBe('')
  })
})

describe('the per-step cap', () => {
  /** n findings of one severity spread over two files, given in reverse order. */
  const many = (severity: Severity, n: number, id: string, slug: string): Finding[] =>
    Array.from({ length: n }, (_, i) =>
      finding({
        id,
        slug,
        severity,
        file: i % 2 ? 'rules/b.exo.json' : 'rules/a.exo.json',
        line: i + 1,
        endLine: i + 1,
        message: `${severity} ${i + 1}.`
      })
    ).reverse()

  const where = (as: Annotation[]) =>
    as.map((a) => `${a.type} ${a.properties.file ?? '-'}:${a.properties.startLine ?? '-'}`)

  it('is 10 per type, as the platform reference says', () => {
    expect(ANNOTATIONS_PER_TYPE).toBe(10)
  })

  it('keeps 10 errors, 5 warnings, 9 notices and one notice counting the rest (30/5/12)', () => {
    const result = resultOf([
      ...many('error', 30, 'EXO201', 'missing-safeguard'),
      ...many('warning', 5, 'EXO104', 'never-matches'),
      ...many('notice', 12, 'EXO107', 'disabled-rule'),
      // suppressed findings are neither annotated nor counted as "more"
      finding({ suppressed: true, line: 1 }),
      finding({ suppressed: true, severity: 'notice', line: 1 })
    ])
    const out = annotations(result)
    expect(out).toHaveLength(25)
    expect(where(out)).toEqual([
      // errors: all of a.exo.json (odd lines 1..29 → the first 10 are 1..19), none of b.exo.json
      ...[1, 3, 5, 7, 9, 11, 13, 15, 17, 19].map((l) => `error rules/a.exo.json:${l}`),
      ...[1, 3, 5].map((l) => `warning rules/a.exo.json:${l}`),
      ...[2, 4].map((l) => `warning rules/b.exo.json:${l}`),
      ...[1, 3, 5, 7, 9, 11].map((l) => `notice rules/a.exo.json:${l}`),
      ...[2, 4, 6].map((l) => `notice rules/b.exo.json:${l}`),
      'notice -:-'
    ])
    expect(out[24]).toEqual({
      type: 'notice',
      message:
        '23 more findings (20 errors, 3 notices) are in the job summary; GitHub shows at most 10 annotations of each type per step.',
      properties: { title: 'exo-access-gate' }
    })
    const text = github(result)
    expect(text.split('\n')).toHaveLength(26)
    expect(
      text.endsWith(
        '::notice title=exo-access-gate::23 more findings (20 errors, 3 notices) are in the job summary; GitHub shows at most 10 annotations of each type per step.\n'
      )
    ).toBe(true)
  })

  it('leaves reserved slots to the caller: 10 errors with one reserved keep 9 and count 1 more', () => {
    const result = resultOf(many('error', 10, 'EXO201', 'missing-safeguard'))
    const out = annotations(result, { reserved: { error: 1 } })
    expect(where(out)).toEqual([
      ...[1, 3, 5, 7, 9].map((l) => `error rules/a.exo.json:${l}`),
      ...[2, 4, 6, 8].map((l) => `error rules/b.exo.json:${l}`),
      'notice -:-'
    ])
    expect(out.at(-1)?.message).toBe(
      '1 more finding (1 error) is in the job summary; GitHub shows at most 10 annotations of each type per step.'
    )
    // without the reservation all ten fit and nothing is counted
    expect(annotations(result).filter((a) => a.type === 'error')).toHaveLength(10)
    expect(annotations(result).filter((a) => a.type === 'notice')).toHaveLength(0)
  })

  it('keeps exactly 10 of each type without an extra notice when nothing is dropped', () => {
    const out = annotations(
      resultOf([
        ...many('error', 10, 'EXO201', 'missing-safeguard'),
        ...many('warning', 10, 'EXO104', 'never-matches'),
        ...many('notice', 10, 'EXO107', 'disabled-rule')
      ])
    )
    expect(out).toHaveLength(30)
    expect(out.filter((a) => a.properties.title === 'exo-access-gate')).toEqual([])
  })

  it('gives up the tenth notice when only notices overflow', () => {
    const out = annotations(resultOf(many('notice', 11, 'EXO107', 'disabled-rule')))
    expect(out).toHaveLength(10)
    expect(out.slice(0, 9).map((a) => a.message)).toEqual(
      [1, 3, 5, 7, 9, 11, 2, 4, 6].map((n) => `notice ${n}.`)
    )
    expect(out[9]!.message).toBe(
      '2 more findings (2 notices) are in the job summary; GitHub shows at most 10 annotations of each type per step.'
    )
  })

  it('adds the notice when warnings overflow and there are no notices', () => {
    const out = annotations(resultOf(many('warning', 11, 'EXO104', 'never-matches')))
    expect(out.map((a) => a.type)).toEqual([...Array(10).fill('warning'), 'notice'])
    expect(out[10]!.message).toBe(
      '1 more finding (1 warning) is in the job summary; GitHub shows at most 10 annotations of each type per step.'
    )
  })

  it('honours perType and moreIn', () => {
    const result = resultOf([
      ...many('error', 2, 'EXO201', 'missing-safeguard'),
      ...many('notice', 1, 'EXO107', 'disabled-rule')
    ])
    const out = annotations(result, { perType: 1, moreIn: 'the output of `exo-access-gate check`' })
    expect(out.map((a) => [a.type, a.message])).toEqual([
      ['error', 'error 1.'],
      [
        'notice',
        '2 more findings (1 error, 1 notice) are in the output of `exo-access-gate check`; GitHub shows at most 1 annotation of each type per step.'
      ]
    ])
  })

  it('rejects a cap that is not a whole number of at least 1', () => {
    for (const perType of [0, -1, 1.5, Number.NaN, Infinity]) {
      expect(() => annotations(resultOf([finding()]), { perType })).toThrow(RangeError)
    }
  })
})

describe('github (--format github)', () => {
  const result = resultOf([
    finding({ file: 'rules/b.exo.json', line: 2, column: 3, endLine: 2, endColumn: 20 }),
    finding({
      id: 'EXO103',
      slug: 'shadowed-rule',
      severity: 'warning',
      file: 'rules/a.exo.json',
      line: 10,
      column: 5,
      endLine: 14,
      endColumn: 6,
      message:
        'Rule "Allow OWA" never decides: rule "Block OWA" (line 4) denies its connections first.'
    }),
    finding({
      id: 'EXO107',
      slug: 'disabled-rule',
      severity: 'notice',
      file: 'rules/a.exo.json',
      line: 4,
      column: 7,
      endLine: 4,
      endColumn: 22,
      message: 'Rule "Old, 50%" is disabled: it has no effect.'
    }),
    finding({ suppressed: true, suppression: { reason: 'known' } })
  ])

  it('prints one workflow command per annotation, exactly', () => {
    expect(github(result)).toBe(
      '::error file=rules/b.exo.json,line=2,endLine=2,col=3,endColumn=20,title=EXO201 missing-safeguard::Rule "Block all" denies RemotePowerShell, and no earlier rule allows it.\n' +
        '::warning file=rules/a.exo.json,line=10,endLine=14,title=EXO103 shadowed-rule::Rule "Allow OWA" never decides: rule "Block OWA" (line 4) denies its connections first.\n' +
        '::notice file=rules/a.exo.json,line=4,endLine=4,col=7,endColumn=22,title=EXO107 disabled-rule::Rule "Old, 50%25" is disabled: it has no effect.\n'
    )
  })

  it('passes the cap options through', () => {
    const more = resultOf([
      ...result.files.flatMap((f) => f.findings),
      finding({ file: 'rules/b.exo.json', line: 9, endLine: 9 })
    ])
    expect(github(more, { perType: 1 }).split('\n')).toEqual([
      '::error file=rules/b.exo.json,line=2,endLine=2,col=3,endColumn=20,title=EXO201 missing-safeguard::Rule "Block all" denies RemotePowerShell, and no earlier rule allows it.',
      '::warning file=rules/a.exo.json,line=10,endLine=14,title=EXO103 shadowed-rule::Rule "Allow OWA" never decides: rule "Block OWA" (line 4) denies its connections first.',
      '::notice title=exo-access-gate::2 more findings (1 error, 1 notice) are in the job summary; GitHub shows at most 1 annotation of each type per step.',
      ''
    ])
  })
})

describe('hostile file names and messages', () => {
  const hostile: { file: string; message: string; shownFile?: string; shownMessage?: string }[] = [
    {
      file: 'rules/a\n::error file=x.json,line=1::forged.exo.json',
      message: 'Rule "x\n::error file=a.json,line=1::forged" is disabled.'
    },
    { file: 'x%0A::warning::y.exo.json', message: 'Name "%0A::error::z" and "%25" and "%".' },
    { file: 'a,b:c,line=99.exo.json', message: 'Commas, colons: and = signs, title=EXO999.' },
    { file: 'r\r\n::add-mask::x.exo.json', message: '\r\n::stop-commands::tok\r\n::error::after' },
    { file: '##[error]forged.exo.json', message: 'abc ##[error]x ##[add-matcher]rules/m.json' },
    { file: 'rules/::.exo.json', message: '::' },
    { file: 'rules/%3A%2C%0D.exo.json', message: ':::error::' },
    {
      file: 'rules/\u0085::warning::x.exo.json',
      message: '\u2028::notice::x \u001b[31mred\u001b[0m \u202Eevil',
      shownFile: 'rules/\\u0085::warning::x.exo.json',
      shownMessage: '\\u2028::notice::x \\u001B[31mred\\u001B[0m \\u202Eevil'
    }
  ]
  const result = resultOf(
    hostile.map((h, i) =>
      finding({ file: h.file, message: h.message, line: i + 1, endLine: i + 1 })
    )
  )
  const shown = (h: (typeof hostile)[number]) => ({
    file: h.shownFile ?? h.file,
    message: h.shownMessage ?? h.message
  })

  it('round-trips through the runner to the original text, one command per annotation', () => {
    const seen = runnerSees(github(result))
    expect(seen).toHaveLength(hostile.length)
    const byLine = new Map(
      seen.map((p) => {
        if (p === 'log') throw new Error('a line was not a command')
        return [Number(p.properties.line), p] as const
      })
    )
    hostile.forEach((h, i) => {
      const line = String(i + 1)
      expect(byLine.get(i + 1)).toEqual({
        parser: 'v2',
        command: 'error',
        properties: {
          file: shown(h).file,
          line,
          endLine: line,
          col: '13',
          endColumn: '24',
          title: TITLE
        },
        data: shown(h).message
      })
    })
  })

  it('writes no raw control character and no line break but the last of each line', () => {
    const text = github(result)
    expect(text.split('\n')).toHaveLength(hostile.length + 1)
    // eslint-disable-next-line no-control-regex
    expect(text.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/)
    for (const line of text.split('\n').slice(0, -1)) expect(line).toMatch(/^::error file=/)
  })

  it('gives the runner the same thing @actions/core would send for the same annotation', () => {
    let written = ''
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written += String(chunk)
      return true
    })
    try {
      for (const a of annotations(result)) core[a.type](a.message, a.properties)
    } finally {
      spy.mockRestore()
    }
    expect(runnerSees(written)).toEqual(runnerSees(github(result)))
  })
})

describe('property: any text survives the workflow-command encoding', () => {
  /** What the annotation shows for untrusted text: display()'s escapes, CR and LF kept. */
  const shownText = (s: string): string =>
    s
      .split(/([\r\n])/)
      .map((part) => (part === '\r' || part === '\n' ? part : display(part, Infinity)))
      .join('')

  /** Pieces of the encoding and of command syntax, all visible (or CR and LF). */
  const PLAIN = ['::', ':', ',', '%', '%0A', '%0D', '%25', '%3A', '%2C', '\n', '\r', '##[']
  const fragment = fc.constantFrom(
    ...PLAIN,
    '=',
    '%0a',
    '\r\n',
    ']',
    ' ',
    '::error::',
    '::stop-commands::tok',
    'error',
    '\u0085',
    '\u2028',
    '\u202e',
    '\u0000',
    '\u001b',
    '\ud800',
    '\udc00',
    'é',
    '😀',
    'rules/',
    '.exo.json'
  )
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc
      .array(fc.oneof(fragment, fc.string({ maxLength: 4 })), { maxLength: 12 })
      .map((parts) => parts.join(''))
  )
  const severity = fc.constantFrom<Severity>('error', 'warning', 'notice')

  it('parses back to the shown text, as exactly one command line without control characters', () => {
    fc.assert(
      fc.property(text, text, severity, (file, message, sev) => {
        const out = github(resultOf([finding({ file, message, severity: sev })]))
        // one line, ended by the only line break
        expect(out.endsWith('\n')).toBe(true)
        expect(out.slice(0, -1)).not.toMatch(/[\r\n]/)
        // no raw control, line-separator or lone-surrogate code unit
        expect(out.slice(0, -1)).not.toMatch(
          // eslint-disable-next-line no-control-regex
          /[\u0000-\u001f\u007f-\u009f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
        )
        const p = theOneCommand(out)
        // The runner drops leading "=" of a property value (.NET Split with RemoveEmptyEntries);
        // @actions/core has the same limit and the format has no escape for "=".
        const expectedFile = shownText(file).replace(/^=+/, '')
        expect(p).toEqual({
          parser: 'v2',
          command: sev,
          properties: {
            ...(expectedFile ? { file: expectedFile } : {}),
            line: '3',
            endLine: '3',
            col: '13',
            endColumn: '24',
            title: TITLE
          },
          data: shownText(message)
        })
      }),
      { seed: 20260905, numRuns: 2000 }
    )
  })

  it('is exact for text without invisible or control characters other than CR and LF', () => {
    const plain = fc
      .array(fc.oneof(fc.constantFrom(...PLAIN), fc.string({ maxLength: 4 })), { maxLength: 12 })
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(plain, plain, (name, message) => {
        const file = `rules/${name}`
        const p = theOneCommand(github(resultOf([finding({ file, message })])))
        expect(p.properties.file).toBe(file)
        expect(p.data).toBe(message)
      }),
      { seed: 20260906, numRuns: 1000 }
    )
  })
})
