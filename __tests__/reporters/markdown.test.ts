import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { LintResult, Severity } from '../../src/engine/types.js'
import {
  COMMENT_MAX_CHARS,
  JOB_SUMMARY_MAX_BYTES,
  markdown,
  utf8Length,
  type MarkdownOptions
} from '../../src/reporters/markdown.js'
import {
  MARKDOWN_CHARS,
  decodeEntities,
  finding,
  liveIn,
  renderMarkdown as render,
  resultOf
} from './support.js'

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

/** Not github.com, so that a link to anything but `docsBase` shows. */
const DOCS = 'https://docs.example/checks/'

const base: MarkdownOptions = {
  docsBase: DOCS,
  maxChars: COMMENT_MAX_CHARS,
  verdict: 'pass',
  failOn: 'error'
}

const CLOSING =
  'Exchange can take up to 24 hours to apply the first client access rule of an organisation, ' +
  'and up to an hour to apply later changes, so a merged change does not take effect at once.\n'

// ---------------------------------------------------------------------------------------------
// Reading the output back
// ---------------------------------------------------------------------------------------------

/** Table rows of findings (not header or delimiter rows). */
const findingRows = (md: string): string[] =>
  md.split('\n').filter((l) => l.startsWith('|') && !/^\| (Severity|File) \||^\| --- \|/.test(l))

const OMISSION =
  /^\*\*([\d,]+) more findings? (?:is|are) not shown here\*\*(?: \(([\d,]+) of them suppressed\))?: this summary is cut to fit GitHub's size limit\. Every finding is in (.+)\.$/m

/**
 * A cut document is well formed: every table line is a whole row, every table is closed by a
 * blank line, every `<details>` is closed, the omission line counts exactly the rows left out,
 * and the closing note is last.
 */
function expectCutWell(md: string, total: number, suppressedTotal: number, moreIn: string): void {
  const lines = md.split('\n')
  lines.forEach((line, i) => {
    if (!line.startsWith('|')) return
    expect(line.endsWith(' |'), `half row: ${line.slice(-40)}`).toBe(true)
    const next = lines[i + 1]
    expect(next === '' || next!.startsWith('|'), `table not closed before: ${next}`).toBe(true)
  })
  expect(md.split('<details>').length).toBe(md.split('</details>').length)
  const rows = findingRows(md)
  const shownSuppressed = rows.filter((r) => /^\| `/.test(r)).length
  const m = OMISSION.exec(md)
  expect(m, 'no omission line').not.toBeNull()
  expect(Number(m![1]!.replace(/,/g, ''))).toBe(total - rows.length)
  expect(Number((m![2] ?? '0').replace(/,/g, ''))).toBe(suppressedTotal - shownSuppressed)
  expect(m![3]).toBe(moreIn)
  expect(md.endsWith(`\n\n${CLOSING}`)).toBe(true)
  // the renderer agrees: one table body row per finding row
  expect(render(md).split('<td>').length - 1).toBe(
    rows.reduce((n, r) => n + (r.startsWith('| `') ? 5 : 4), 0)
  )
}

/** Text of the rendered document outside code and tags, with micromark's entities decoded. */
const proseOf = (html: string): string =>
  decodeEntities(
    html
      .replace(/<code>[^]*?<\/code>/g, ' ')
      .replace(/<!--[^]*?-->/g, ' ')
      .replace(/<[^>]*>/g, ' ')
  )

const TAGS = new Set([
  'h2',
  'h3',
  'p',
  'strong',
  'em',
  'code',
  'blockquote',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'a',
  'details',
  'summary'
])

// ---------------------------------------------------------------------------------------------

describe('markdown: a small result, exactly', () => {
  const blockAll = finding()
  const small = resultOf(
    [
      blockAll,
      finding({
        id: 'EXO107',
        slug: 'disabled-rule',
        severity: 'notice',
        line: 8,
        column: 5,
        message: 'Rule "Old" is disabled: it has no effect.'
      }),
      finding({
        id: 'EXO103',
        slug: 'shadowed-rule',
        severity: 'warning',
        file: 'rules/b.exo.json',
        line: 10,
        column: 5,
        endLine: 14,
        message: 'Rule "Allow OWA" never decides.'
      }),
      finding({
        id: 'EXO104',
        slug: 'never-matches',
        severity: 'warning',
        file: 'rules/b.exo.json',
        line: 20,
        column: 7,
        suppressed: true,
        suppression: { reason: 'Break-glass tenant, see the runbook.' },
        message: 'Rule "Legacy" never matches.'
      })
    ],
    ['rules/main.exo.json', 'rules/b.exo.json', 'rules/clean.exo.json']
  )
  const options: MarkdownOptions = {
    ...base,
    verdict: 'fail',
    marker: 'exo-access-gate:summary',
    notes: [
      'The token cannot write to this pull request; the findings are in the annotations and this summary.'
    ],
    configChanged: true,
    configFile: '.exo-access-gate.json',
    extraSections: ['### Effect of this change\n\nNo connection is decided differently.\n'],
    inlineUrl: (f) => (f === blockAll ? 'https://example.test/pr/1#discussion_r1' : undefined)
  }

  const GOLDEN = [
    '<!-- exo-access-gate:summary -->',
    '## exo-access-gate',
    '',
    '❌ **Failed**: 1 finding at or above the fail-on threshold, `error`.',
    '',
    'The token cannot write to this pull request; the findings are in the annotations and this summary.',
    '',
    '> [!WARNING]',
    "> This pull request changes the gate's own configuration, `.exo-access-gate.json`: its severities, suppressions and fail-on threshold decide what this check lets through. Review it as a change to the gate.",
    '',
    '### Effect of this change',
    '',
    'No connection is decided differently.',
    '',
    '1 error, 1 warning and 1 notice in 3 files checked. 1 suppressed finding is not counted.',
    '',
    '### `rules/main.exo.json`',
    '',
    '| Severity | Line | Check | Message |',
    '| --- | --- | --- | --- |',
    '| ❌ error | 3:13 | [EXO201](https://docs.example/checks/EXO201.md) | Rule "Block all" denies RemotePowerShell, and no earlier rule allows it. ([inline](https://example.test/pr/1#discussion_r1)) |',
    '| ℹ️ notice | 8:5 | [EXO107](https://docs.example/checks/EXO107.md) | Rule "Old" is disabled: it has no effect. |',
    '',
    '### `rules/b.exo.json`',
    '',
    '| Severity | Line | Check | Message |',
    '| --- | --- | --- | --- |',
    '| ⚠️ warning | 10:5 | [EXO103](https://docs.example/checks/EXO103.md) | Rule "Allow OWA" never decides. |',
    '',
    '<details>',
    '<summary>1 suppressed finding</summary>',
    '',
    '| File | Line | Check | Message | Reason |',
    '| --- | --- | --- | --- | --- |',
    '| `rules/b.exo.json` | 20:7 | [EXO104](https://docs.example/checks/EXO104.md) | Rule "Legacy" never matches. | Break-glass tenant, see the runbook. |',
    '',
    '</details>',
    '',
    CLOSING
  ].join('\n')

  it('is the golden text', () => {
    expect(markdown(small, options)).toBe(GOLDEN)
  })

  it('renders to the expected structure', () => {
    const html = render(GOLDEN)
    expect(html.startsWith('<!-- exo-access-gate:summary -->\n<h2>exo-access-gate</h2>')).toBe(true)
    expect([...html.matchAll(/<a href="([^"]*)">/g)].map((m) => m[1])).toEqual([
      `${DOCS}EXO201.md`,
      'https://example.test/pr/1#discussion_r1',
      `${DOCS}EXO107.md`,
      `${DOCS}EXO103.md`,
      `${DOCS}EXO104.md`
    ])
    expect(html).toContain('<blockquote>\n<p>[!WARNING]')
    // three header rows, four finding rows
    expect(html.split('<tr>').length - 1).toBe(3 + 4)
  })

  it('links every check to docsBase, and names no other host', () => {
    const md = markdown(small, { ...options, inlineUrl: undefined })
    expect(md).not.toContain('github.com')
    const other = markdown(small, {
      ...options,
      docsBase: 'https://ghe.example/o/r/blob/v1/docs/checks/'
    })
    expect(other).toContain('[EXO201](https://ghe.example/o/r/blob/v1/docs/checks/EXO201.md)')
    expect(other).not.toContain(DOCS)
  })

  it('leaves out what is not asked for: marker, notes, callout, extra sections, inline links', () => {
    const md = markdown(small, base)
    expect(md.startsWith('## exo-access-gate\n\n✅ **Passed**: no findings at or above')).toBe(true)
    expect(md).not.toContain('<!--')
    expect(md).not.toContain('[!WARNING]')
    expect(md).not.toContain('Effect of this change')
    expect(md).not.toContain('[inline]')
    expect(md.endsWith(CLOSING)).toBe(true)
  })
})

describe('markdown: pieces', () => {
  it('writes the marker as a hidden comment on the first line, or a whole comment as it is', () => {
    const r = resultOf([])
    expect(markdown(r, { ...base, marker: 'exo-access-gate' }).split('\n')[0]).toBe(
      '<!-- exo-access-gate -->'
    )
    expect(
      markdown(r, { ...base, marker: '<!-- exo-access-gate:summary v1 -->' }).split('\n')[0]
    ).toBe('<!-- exo-access-gate:summary v1 -->')
    for (const marker of ['a -- b', 'x -->', '<!-- a --> b -->', 'a\nb', '', '   ', 'a > b']) {
      expect(() => markdown(r, { ...base, marker }), marker).toThrow(RangeError)
    }
  })

  it('says what the verdict rests on', () => {
    const r = resultOf([finding({ severity: 'warning' }), finding({ severity: 'notice' })])
    const verdict = (o: Partial<MarkdownOptions>): string =>
      markdown(r, { ...base, ...o }).split('\n')[2]!
    expect(verdict({ verdict: 'pass', failOn: 'error' })).toBe(
      '✅ **Passed**: no findings at or above the fail-on threshold, `error`.'
    )
    expect(verdict({ verdict: 'fail', failOn: 'warning' })).toBe(
      '❌ **Failed**: 1 finding at or above the fail-on threshold, `warning`.'
    )
    expect(verdict({ verdict: 'fail', failOn: 'notice' })).toBe(
      '❌ **Failed**: 2 findings at or above the fail-on threshold, `notice`.'
    )
    expect(verdict({ verdict: 'pass', failOn: 'never' })).toBe(
      '✅ **Passed**: the fail-on threshold is `never`, so no finding fails this check.'
    )
    // a failure with nothing at the threshold (an invalid config, an internal error)
    expect(verdict({ verdict: 'fail', failOn: 'error' })).toBe('❌ **Failed**.')
  })

  it('counts per severity, suppressed apart, and says when there is nothing', () => {
    expect(markdown(resultOf([], ['a.exo.json']), base).split('\n')[4]).toBe(
      'No problems in 1 file checked.'
    )
    const r = resultOf([
      finding({ suppressed: true, suppression: { reason: 'r' } }),
      finding({ suppressed: true, suppression: { reason: 'r' }, line: 9 })
    ])
    const md = markdown(r, base)
    expect(md.split('\n')[4]).toBe(
      'No problems in 1 file checked. 2 suppressed findings are not counted.'
    )
    // no table for a file whose findings are all suppressed; they are listed apart
    expect(md).not.toContain('### `rules/main.exo.json`')
    expect(md).toContain('<summary>2 suppressed findings</summary>')
    expect(findingRows(md)).toEqual([
      '| `rules/main.exo.json` | 3:13 | [EXO201](https://docs.example/checks/EXO201.md) | Rule "Block all" denies RemotePowerShell, and no earlier rule allows it. | r |',
      '| `rules/main.exo.json` | 9:13 | [EXO201](https://docs.example/checks/EXO201.md) | Rule "Block all" denies RemotePowerShell, and no earlier rule allows it. | r |'
    ])
  })

  it('shows a dash for a finding about the whole file, and an ID of another shape as text', () => {
    const md = markdown(
      resultOf([finding({ line: 0, column: 0, id: 'exo 9 [x](y)', message: 'Not JSON.' })]),
      base
    )
    expect(findingRows(md)).toEqual(['| ❌ error | — | exo 9 \\[x\\]\\(y\\) | Not JSON. |'])
  })

  it('links an inline comment only for an http(s) URL, percent-encoding what would end it', () => {
    const row = (url: string | undefined): string =>
      findingRows(markdown(resultOf([finding()]), { ...base, inlineUrl: () => url }))[0]!
    expect(row('https://h.example/a(b)<c>|d`e')).toMatch(
      / no earlier rule allows it\. \(\[inline\]\(https:\/\/h\.example\/a%28b%29%3Cc%3E%7Cd%60e\)\) \|$/
    )
    for (const url of [
      undefined,
      '',
      'javascript:alert(1)',
      'data:text/html,x',
      '//h/x',
      'https://a b'
    ]) {
      expect(row(url), String(url)).not.toContain('inline')
    }
  })

  it('measures UTF-8 as Buffer does, a lone surrogate as U+FFFD', () => {
    for (const s of ['', 'a', 'é', '€', '😀', 'a\ud800b', '\udc00', '\ud800', 'x😀€é']) {
      expect(utf8Length(s), JSON.stringify(s)).toBe(Buffer.byteLength(s, 'utf8'))
    }
  })

  it('rejects limits that are not positive', () => {
    expect(() => markdown(resultOf([]), { ...base, maxChars: 0 })).toThrow(RangeError)
    expect(() => markdown(resultOf([]), { ...base, maxBytes: Number.NaN })).toThrow(RangeError)
  })
})

describe('markdown: cutting to size', () => {
  const severities: Severity[] = ['error', 'warning', 'notice']
  /** n findings over `files` files, messages of about `size` characters built from `unit`. */
  function many(n: number, unit: string, size: number, files = 10, suppressed = 0): LintResult {
    return resultOf(
      Array.from({ length: n }, (_, i) => {
        const s = i >= n - suppressed
        return finding({
          severity: severities[i % 3]!,
          file: `rules/file-${i % files}.exo.json`,
          line: i + 1,
          endLine: i + 1,
          message: `Rule "r${i}" | @x: ${unit.repeat(Math.ceil(size / unit.length))}`,
          suppressed: s,
          ...(s ? { suppression: { reason: `Reason ${i}, €.` } } : {})
        })
      })
    )
  }

  it('keeps a PR comment within 65,536 characters, cut after a whole row', () => {
    const r = many(1000, 'abc ', 200)
    const md = markdown(r, { ...base, moreIn: 'the job summary' })
    expect(md.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS)
    // cut late: the next row would not have fitted
    expect(md.length).toBeGreaterThan(COMMENT_MAX_CHARS - 600)
    expectCutWell(md, 1000, 0, 'the job summary')
    expect(findingRows(md).length).toBeGreaterThan(150)
  })

  it('keeps the most severe rows when it cuts, whatever file they are in', () => {
    // 300 notices in an early file, 5 errors in the last one: the errors must survive the cut
    const notices = Array.from({ length: 300 }, (_, i) =>
      finding({
        severity: 'notice',
        file: 'rules/a.exo.json',
        line: i + 1,
        endLine: i + 1,
        message: `Notice ${i + 1} ${'n'.repeat(300)}`
      })
    )
    const errors = Array.from({ length: 5 }, (_, i) =>
      finding({ file: 'rules/z.exo.json', line: i + 1, endLine: i + 1, message: `Error ${i + 1}.` })
    )
    const md = markdown(resultOf([...notices, ...errors]), {
      ...base,
      verdict: 'fail',
      moreIn: 'the log'
    })
    expect(md.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS)
    for (let i = 1; i <= 5; i++) expect(md).toContain(`Error ${i}.`)
    // the notices that are kept are the first ones, in order, and the files keep the report's order
    const kept = [...md.matchAll(/Notice (\d+) /g)].map((m) => Number(m[1]))
    expect(kept).toEqual(Array.from({ length: kept.length }, (_, i) => i + 1))
    expect(kept.length).toBeGreaterThan(100)
    expect(kept.length).toBeLessThan(300)
    expect(md.indexOf('rules/a.exo.json')).toBeLessThan(md.indexOf('rules/z.exo.json'))
    expectCutWell(md, 305, 0, 'the log')
  })

  it('keeps a job summary within 1 MiB of UTF-8 with multi-byte text', () => {
    const r = many(6000, '€😀é ', 180)
    const md = markdown(r, {
      ...base,
      maxChars: Number.MAX_SAFE_INTEGER,
      maxBytes: JOB_SUMMARY_MAX_BYTES,
      moreIn: 'the log of this step'
    })
    const bytes = Buffer.byteLength(md, 'utf8')
    expect(bytes).toBeLessThanOrEqual(JOB_SUMMARY_MAX_BYTES)
    expect(bytes).toBeGreaterThan(JOB_SUMMARY_MAX_BYTES - 1200)
    // the byte limit is the one that cut: as many characters would have held more
    const byChars = markdown(r, { ...base, maxChars: JOB_SUMMARY_MAX_BYTES })
    expect(findingRows(byChars).length).toBeGreaterThan(findingRows(md).length)
    expectCutWell(md, 6000, 0, 'the log of this step')
  })

  it('closes the suppressed findings’ <details> when the cut falls inside it', () => {
    const r = many(400, 'xyz ', 100, 3, 350)
    const md = markdown(r, { ...base, maxChars: 20_000 })
    expect(md.length).toBeLessThanOrEqual(20_000)
    expect(md).toContain('<details>')
    expect(md).toMatch(/\|\n\n<\/details>\n\n\*\*/)
    expectCutWell(md, 400, 350, 'the output of `exo-access-gate check --format json`')
    expect(md).toMatch(/ of them suppressed\)/)
  })

  it('counts a single finding left out in the singular', () => {
    const r = many(3, 'q', 500, 1)
    const whole = markdown(r, base)
    const md = markdown(r, { ...base, maxChars: whole.length - 1 })
    expect(findingRows(md)).toHaveLength(2)
    expect(md).toContain('**1 more finding is not shown here**: ')
    expectCutWell(md, 3, 0, 'the output of `exo-access-gate check --format json`')
  })

  it('keeps notes, callout and counts, and replaces an extra section too long to show', () => {
    const r = many(50, 'abc ', 100)
    const md = markdown(r, {
      ...base,
      maxChars: 6000,
      notes: ['A note.'],
      configChanged: true,
      extraSections: ['### Effect of this change\n\n' + 'x'.repeat(7000), '### Short\n\nKept.']
    })
    expect(md.length).toBeLessThanOrEqual(6000)
    expect(md).toContain('\n\nA note.\n\n> [!WARNING]\n')
    expect(md).toContain('the config file: its severities')
    expect(md).toContain('\n\n_This section is too long to show here._\n\n### Short\n\nKept.\n\n')
    expect(md).not.toContain('xxxxx')
    expectCutWell(md, 50, 0, 'the output of `exo-access-gate check --format json`')
  })

  it('refuses limits that leave no room for the verdict and the counts', () => {
    expect(() => markdown(many(10, 'a', 10), { ...base, maxChars: 200 })).toThrow(RangeError)
  })
})

describe('markdown: hostile text in every cell', () => {
  const HOSTILE = [
    '@octocat please approve',
    '@org/everyone',
    '#1 GH-1 owner/repo#1 deadbeefcafebabe1234',
    'https://evil.example www.evil.example a@b.co',
    '<img src=x> <details open> <!-- <a href="https://evil">x</a>',
    '&#64;octocat &lt;b&gt;',
    '[Approve](https://evil) ![](https://tracker) [^1]',
    '| x | y |\n| --- |',
    '```suggestion\nrm -rf /\n```',
    '`` ` ``',
    '> [!CAUTION]\n# PASSED',
    '\\|\\\\|',
    '\u202eevil\u2060@\u2060x\r\nline',
    '*a* _b_ ~~c~~ $x$'
  ]

  const fragments = fc.constantFrom(...HOSTILE, ...MARKDOWN_CHARS)
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.array(fragments, { maxLength: 8 }).map((p) => p.join(''))
  )

  /** Every channel of the document carries the hostile text; nothing of it comes alive. */
  function expectInert(md: string, rows: number, marker: string): void {
    const html = render(md)
    expect(html.startsWith(`<!-- ${marker} -->\n<h2>`)).toBe(true)
    for (const m of html.matchAll(/<\/?([A-Za-z][A-Za-z0-9-]*)/g)) {
      expect(TAGS.has(m[1]!), `tag ${m[1]}`).toBe(true)
    }
    for (const m of html.matchAll(/<a\s([^>]*)>/g)) {
      expect(m[1]).toMatch(/^href="https:\/\/docs\.example\/checks\/EXO\d{3}\.md"$/)
    }
    // one body row per finding, each with its own cells
    const bodies = [...html.matchAll(/<tbody>([^]*?)<\/tbody>/g)].map((m) => m[1]!)
    expect(bodies.reduce((n, b) => n + b.split('<tr>').length - 1, 0)).toBe(rows)
    for (const b of bodies) {
      for (const tr of b.split('<tr>').slice(1)) {
        expect([4, 5]).toContain(tr.split('<td>').length - 1)
      }
    }
    expect(liveIn(proseOf(html))).toEqual([])
  }

  it('in file names, messages, IDs and reasons, as examples', () => {
    const findings = HOSTILE.flatMap((h, i) => [
      finding({ file: `rules/${h}.exo.json`, message: h, line: i + 1 }),
      finding({ file: h, id: h, message: `Rule "${h}" is odd.`, severity: 'warning' }),
      finding({ file: h, message: h, suppressed: true, suppression: { reason: h } })
    ])
    const md = markdown(resultOf(findings), {
      ...base,
      marker: 'm',
      configChanged: true,
      configFile: HOSTILE[9]!
    })
    expectInert(md, findings.length, 'm')
  })

  it('property: in file names, messages, IDs and reasons', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, text, text, fc.boolean()), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const findings = rows.map(([file, message, other, suppressed], i) =>
            finding({
              file,
              message,
              line: i + 1,
              ...(i % 2 ? { id: other } : {}),
              suppressed,
              ...(suppressed ? { suppression: { reason: other } } : {})
            })
          )
          expectInert(markdown(resultOf(findings), { ...base, marker: 'm' }), findings.length, 'm')
        }
      ),
      { seed: 20260913, numRuns: 250 }
    )
  })
})
