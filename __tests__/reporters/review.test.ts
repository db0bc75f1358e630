import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DOCS_BASE } from '../../src/engine/findings.js'
import type { Finding, Severity } from '../../src/engine/types.js'
import { WORD_JOINER } from '../../src/reporters/escape.js'
import {
  INLINE_LIMIT,
  SUMMARY_MARKER,
  commentableLines,
  fingerprint,
  fingerprintMarker,
  fingerprintsIn,
  inlineBody,
  planReview,
  reviewBody,
  type ExistingComment,
  type ReviewPlan
} from '../../src/reporters/review.js'
import { lint, ruleSet } from '../helpers.js'
import { finding as baseFinding, renderMarkdown } from './support.js'

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

let serial = 0

/** A finding; each call gives a distinct pointer (so a distinct fingerprint) unless one is given. */
function finding(over: Partial<Finding> = {}): Finding {
  serial++
  const line = over.line ?? 1
  return baseFinding({
    message: 'Rule "Block all" denies RemotePowerShell connections.',
    file: 'rules/a.exo.json',
    pointer: `/ClientAccessRules/${serial}/Name`,
    line,
    column: 5,
    endLine: line,
    endColumn: 20,
    docsUrl: DOCS_BASE + 'EXO201.md',
    data: { rule: 'Block all' },
    ...over
  })
}

let commentId = 1000

/** A review comment; by default ours (author `bot`), top-level, current and unresolved. */
function comment(over: Partial<ExistingComment> = {}): ExistingComment {
  commentId++
  return {
    id: commentId,
    nodeId: `PRRC_${commentId}`,
    path: 'rules/a.exo.json',
    body: 'text',
    author: 'bot',
    line: 1,
    threadId: `PRRT_${commentId}`,
    resolved: false,
    ...over
  }
}

/** Our comment as it was posted for `f`. */
const postedFor = (f: Finding, over: Partial<ExistingComment> = {}): ExistingComment =>
  comment({ path: f.file, line: f.line, body: inlineBody(f, fingerprint(f), DOCS_BASE), ...over })

const isOurs = (c: ExistingComment): boolean => c.author === 'bot'

/** Every line 1..n of `path` commentable, all in hunk 0. */
const wholeFile = (n: number): Map<number, number> =>
  new Map(Array.from({ length: n }, (_, i) => [i + 1, 0]))

function plan(
  findings: Finding[],
  files: Record<string, Map<number, number>>,
  existing: ExistingComment[] = [],
  limit?: number
): ReviewPlan {
  return planReview({
    findings,
    files: new Map(Object.entries(files)),
    existing,
    isOurs,
    docsBase: DOCS_BASE,
    ...(limit === undefined ? {} : { limit })
  })
}

/** A compact view of a plan for exact assertions. */
function summary(p: ReviewPlan) {
  return {
    post: p.post.map((x) => [
      x.finding.pointer,
      x.comment.path,
      x.comment.start_line ?? null,
      x.comment.line
    ]),
    alreadyPosted: p.alreadyPosted.map((x) => [x.finding.pointer, x.comment.id]),
    outsideDiff: p.outsideDiff.map((f) => f.pointer),
    stale: p.stale.map((c) => c.id)
  }
}

// ---------------------------------------------------------------------------------------------
// Fingerprints and markers
// ---------------------------------------------------------------------------------------------

describe('fingerprint', () => {
  const base = finding({ pointer: '/ClientAccessRules/0/Name', data: { rule: 'A', priority: 1 } })

  it('is 16 hex digits of SHA-256 over file, ID, pointer, message ID and the sorted data', () => {
    const expected = createHash('sha256')
      .update(
        JSON.stringify([
          'rules/a.exo.json',
          'EXO201',
          '/ClientAccessRules/0/Name',
          'missing',
          [
            ['priority', 1],
            ['rule', 'A']
          ]
        ])
      )
      .digest('hex')
      .slice(0, 16)
    expect(fingerprint(base)).toBe(expected)
    expect(fingerprint(base)).toMatch(/^[0-9a-f]{16}$/)
  })

  it('ignores positions, severity, suppression, message text and the order of data keys', () => {
    const moved = {
      ...base,
      line: 40,
      column: 9,
      endLine: 44,
      endColumn: 2,
      severity: 'notice' as const,
      suppressed: true,
      message: 'Another text.',
      data: { priority: 1, rule: 'A' }
    }
    expect(fingerprint(moved)).toBe(fingerprint(base))
  })

  it('ignores line numbers inside the data: keys ending in line, and "line N" in texts', () => {
    const a = { ...base, data: { rule: 'A', priority: 1, otherLine: 7, line: 3 } }
    const b = { ...base, data: { rule: 'A', priority: 1, otherLine: 70, line: 30 } }
    expect(fingerprint(a)).toBe(fingerprint(b))
    expect(fingerprint(a)).toBe(fingerprint(base))
    const c = { ...base, data: { rule: 'A', priority: 1, why: 'same as line 7' } }
    const d = { ...base, data: { rule: 'A', priority: 1, why: 'same as line 12' } }
    expect(fingerprint(c)).toBe(fingerprint(d))
  })

  it('changes with each identifying field', () => {
    const fp = fingerprint(base)
    expect(fingerprint({ ...base, file: 'rules/b.exo.json' })).not.toBe(fp)
    expect(fingerprint({ ...base, id: 'EXO202' })).not.toBe(fp)
    expect(fingerprint({ ...base, pointer: '/ClientAccessRules/1/Name' })).not.toBe(fp)
    expect(fingerprint({ ...base, messageId: 'missingMay' })).not.toBe(fp)
    expect(fingerprint({ ...base, data: { rule: 'B', priority: 1 } })).not.toBe(fp)
    expect(fingerprint({ ...base, data: { rule: 'A', priority: 2 } })).not.toBe(fp)
    expect(fingerprint({ ...base, data: { rule: 'A', priority: '1' } })).not.toBe(fp)
    expect(fingerprint({ ...base, data: { rule: 'A', prio: 1 } })).not.toBe(fp)
  })

  it('keeps real findings when lines are inserted above them (and above the item they name)', () => {
    const rules = [
      { Name: 'Allow EAC', Action: 'AllowAccess', Priority: 1 },
      { Name: 'Allow PowerShell', Action: 'AllowAccess', Priority: 1 }
    ]
    const before = lint(ruleSet(rules)).filter((f) => f.id === 'EXO101')
    const after = lint('\n\n\n' + ruleSet(rules)).filter((f) => f.id === 'EXO101')
    expect(before).toHaveLength(1)
    expect(after).toHaveLength(1)
    expect(after[0]!.line).toBe(before[0]!.line + 3)
    expect(after[0]!.data.otherLine).toBe(Number(before[0]!.data.otherLine) + 3)
    expect(fingerprint(after[0]!)).toBe(fingerprint(before[0]!))
  })
})

describe('markers', () => {
  it('SUMMARY_MARKER and fingerprintMarker are hidden HTML comments', () => {
    expect(SUMMARY_MARKER).toBe('<!-- exo-access-gate:summary -->')
    expect(fingerprintMarker('0123456789abcdef')).toBe(
      '<!-- exo-access-gate:finding 0123456789abcdef -->'
    )
  })

  it('fingerprintMarker refuses anything but a fingerprint', () => {
    for (const bad of ['', '0123456789ABCDEF', '0123456789abcde', '0123456789abcdef0', 'x -->']) {
      expect(() => fingerprintMarker(bad)).toThrow(RangeError)
    }
  })

  it('fingerprintsIn finds every marker once, in order, and nothing that only looks like one', () => {
    const body = [
      'text',
      fingerprintMarker('1111111111111111'),
      '<!-- exo-access-gate:finding 2222222222222222 -->',
      fingerprintMarker('1111111111111111'),
      '<!-- exo-access-gate:finding 333333333333333 -->', // 15 digits
      '<!-- exo-access-gate:finding 44444444444444444 -->', // 17 digits
      '<!-- exo-access-gate:finding AAAAAAAAAAAAAAAA -->', // upper case
      '&lt;!-- exo-access-gate:finding 5555555555555555 --&gt;', // escaped
      '<!-- exo-access-gate:summary -->',
      '<!--exo-access-gate:finding 6666666666666666-->'
    ].join('\n')
    expect(fingerprintsIn(body)).toEqual(['1111111111111111', '2222222222222222'])
    expect(fingerprintsIn('')).toEqual([])
    expect(fingerprintsIn(undefined as unknown as string)).toEqual([])
    expect(fingerprintsIn(null as unknown as string)).toEqual([])
  })

  it('fingerprintsIn reads hostile bodies in one pass', () => {
    const many = Array.from({ length: 20_000 }, (_, i) =>
      fingerprintMarker(i.toString(16).padStart(16, '0'))
    ).join('')
    const found = fingerprintsIn(many)
    expect(found).toHaveLength(20_000)
    expect(found[19_999]).toBe((19_999).toString(16).padStart(16, '0'))
    // unterminated prefixes, and almost-markers, by the hundred thousand
    expect(fingerprintsIn('<!-- exo-access-gate:finding '.repeat(200_000))).toEqual([])
    expect(
      fingerprintsIn('<!-- exo-access-gate:finding 0123456789abcde'.repeat(100_000) + 'f -->')
    ).toEqual(['0123456789abcdef'])
  })
})

// ---------------------------------------------------------------------------------------------
// commentableLines
// ---------------------------------------------------------------------------------------------

describe('commentableLines', () => {
  it('maps every added and context line of the new version to its hunk', () => {
    const patch = [
      '@@ -1,4 +1,5 @@ {',
      ' {',
      '-  "Target": "ExchangeServer",',
      '+  "Target": "ExchangeOnline",',
      '+  "ClientAccessRules": [',
      '   "x": 1,',
      ' }',
      '@@ -20,3 +21,2 @@ "Name"',
      ' a',
      '-b',
      ' c',
      '\\ No newline at end of file'
    ].join('\n')
    expect([...commentableLines(patch)]).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
      [5, 0],
      [21, 1],
      [22, 1]
    ])
  })

  it('reads headers without counts, new files, deleted files and a final line break', () => {
    expect([...commentableLines('@@ -1 +1 @@\n-a\n+b')]).toEqual([[1, 0]])
    // both versions without a final line break: the marker sits inside the hunk
    expect([
      ...commentableLines(
        '@@ -1,2 +1,2 @@\n x\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file'
      )
    ]).toEqual([
      [1, 0],
      [2, 0]
    ])
    expect([...commentableLines('@@ -0,0 +1,3 @@\n+a\n+b\n+c\n')]).toEqual([
      [1, 0],
      [2, 0],
      [3, 0]
    ])
    expect([...commentableLines('@@ -1,2 +0,0 @@\n-a\n-b')]).toEqual([])
    expect([...commentableLines('@@ -3,0 +4,1 @@\n+x\n\\ No newline at end of file\n')]).toEqual([
      [4, 0]
    ])
  })

  it('has no lines without a patch (binary or too large)', () => {
    expect(commentableLines(undefined).size).toBe(0)
    expect(commentableLines('').size).toBe(0)
    expect(commentableLines('Binary files differ').size).toBe(0)
  })

  it('reads an empty line inside a hunk as an empty context line, as git apply does', () => {
    expect([...commentableLines('@@ -1,3 +1,3 @@\n a\n\n+c\n-d')]).toEqual([
      [1, 0],
      [2, 0],
      [3, 0]
    ])
    // CRLF content: the CR belongs to the line's text
    expect([...commentableLines('@@ -1,2 +1,2 @@\n a\r\n\r\n')]).toEqual([
      [1, 0],
      [2, 0]
    ])
  })

  it('skips malformed hunks whole and keeps the others', () => {
    const good = '@@ -1,1 +1,1 @@\n x'
    const cases = [
      '@@ -5,2 +5,2 @@\n x', // fewer lines than the header says
      '@@ -5,1 +5,2 @@\n x\n y', // a context line with no old line left
      '@@ -5,2 +5,2 @@\n x\n?y', // a line that is no diff line
      '@@ -5,2 +5,2 @@\n x\n+y\n+z', // an added line too many before the hunk ends
      '@@ -5,2 +0,2 @@\n x\n y', // new lines starting at 0
      '@@ -5,2 +99999999999999999999,2 @@\n x\n y', // not a safe integer
      '@@ -5,2 +9007199254740990,3 @@\n x\n y\n+z', // ends past the safe range
      '@@ garbage @@\n x\n y',
      '@@@ -5,2 +5,2 @@@\n x\n y',
      '@@ -a,2 +5,2 @@\n x\n y'
    ]
    for (const bad of cases) {
      expect([...commentableLines(`${good}\n${bad}\n@@ -9,1 +9,1 @@\n z`)], bad).toEqual([
        [1, 0],
        [9, 2]
      ])
    }
  })

  it('ignores lines outside hunks (a whole git diff may be passed)', () => {
    const patch = [
      'diff --git a/x.exo.json b/x.exo.json',
      'index 0000000..1111111 100644',
      '--- a/x.exo.json',
      '+++ b/x.exo.json',
      '@@ -1,1 +1,1 @@',
      '-a',
      '+b',
      '+not part of the hunk',
      ' nor this'
    ].join('\n')
    expect([...commentableLines(patch)]).toEqual([[1, 0]])
  })

  it('keeps the first hunk of a line that two garbage hunks both claim', () => {
    expect([...commentableLines('@@ -1,1 +1,1 @@\n a\n@@ -1,1 +1,2 @@\n a\n+b')]).toEqual([
      [1, 0],
      [2, 1]
    ])
  })

  it('stays linear and never throws on huge and hostile patches', () => {
    const n = 200_000
    const huge = `@@ -1,${n} +1,${n} @@\n` + ' x\n'.repeat(n)
    const lines = commentableLines(huge)
    expect(lines.size).toBe(n)
    expect(lines.get(n)).toBe(0)
    expect(commentableLines('@@\n'.repeat(200_000)).size).toBe(0)
    expect(commentableLines('@@ -1,1 +1,1 @@'.repeat(100_000)).size).toBe(0)
    expect(commentableLines('@@ -' + '1'.repeat(500_000) + ' +1 @@\n x').size).toBe(0)
    expect(commentableLines(`@@ -1,${n} +1,${n} @@\n` + '+\n'.repeat(n)).size).toBe(0)
  })

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom('@@ -1,2 +1,2 @@', '@@ -0,0 +1 @@', '@@', ' ', '+', '-', '\\', ''),
            fc.string({ maxLength: 12 })
          ),
          { maxLength: 40 }
        ),
        (parts) => {
          const lines = commentableLines(parts.join('\n'))
          for (const [line, hunk] of lines) {
            expect(Number.isSafeInteger(line) && line >= 1).toBe(true)
            expect(Number.isSafeInteger(hunk) && hunk >= 0).toBe(true)
          }
        }
      ),
      { seed: 505, numRuns: 2000 }
    )
  })
})

// ---------------------------------------------------------------------------------------------
// Random patches with a known answer (shared by the property tests below)
// ---------------------------------------------------------------------------------------------

type Op = ' ' | '+' | '-'

interface HunkSpec {
  kind: 'hunk'
  gap: number
  ops: Op[]
  corrupt: 'none' | 'short' | 'prefix' | 'zero'
}
interface JunkSpec {
  kind: 'junk'
  text: string
}
type Segment = HunkSpec | JunkSpec

/** Lines that cannot be diff lines, some of them starting with `@@` (they count as headers). */
const JUNK = [
  'diff --git a/x b/x',
  'index 0000000..1111111',
  '@@ nonsense @@',
  '@@',
  '\\ No newline at end of file'
]

const segmentArb: fc.Arbitrary<Segment> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('hunk' as const),
      gap: fc.nat({ max: 5 }),
      ops: fc.array(fc.constantFrom<Op>(' ', '+', '-'), { minLength: 1, maxLength: 8 }),
      corrupt: fc.constantFrom('none', 'none', 'none', 'short', 'prefix', 'zero')
    })
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('junk' as const), text: fc.constantFrom(...JUNK) })
  }
)

/** The patch text and the lines `commentableLines` must return for it. */
function buildPatch(segments: Segment[]): { patch: string; expected: Map<number, number> } {
  const out: string[] = []
  const expected = new Map<number, number>()
  let oldNext = 1
  let newNext = 1
  let header = -1
  for (const s of segments) {
    if (s.kind === 'junk') {
      if (s.text.startsWith('@@')) header++
      out.push(s.text)
      continue
    }
    header++
    const oldStart = oldNext + s.gap
    const newStart = newNext + s.gap
    const oldCount = s.ops.filter((o) => o !== '+').length
    const newCount = s.ops.filter((o) => o !== '-').length
    const shownNewStart = s.corrupt === 'zero' && newCount > 0 ? 0 : newStart
    out.push(`@@ -${oldStart},${oldCount} +${shownNewStart},${newCount} @@`)
    let n = newStart
    const mine: number[] = []
    s.ops.forEach((op, i) => {
      if (s.corrupt === 'short' && i === s.ops.length - 1) return
      const prefix = s.corrupt === 'prefix' && i === s.ops.length - 1 ? '?' : op
      out.push(`${prefix}line ${i}`)
      if (op !== '-') mine.push(n++)
    })
    if (s.corrupt === 'none' || (s.corrupt === 'zero' && newCount === 0)) {
      for (const m of mine) expected.set(m, header)
    }
    oldNext = oldStart + oldCount
    newNext = newStart + newCount
  }
  return { patch: out.join('\n'), expected }
}

describe('commentableLines on random patches', () => {
  it('returns exactly the RIGHT-side lines of the well-formed hunks, each with its hunk', () => {
    fc.assert(
      fc.property(fc.array(segmentArb, { maxLength: 12 }), fc.boolean(), (segments, eol) => {
        const { patch, expected } = buildPatch(segments)
        expect([...commentableLines(patch + (eol ? '\n' : ''))]).toEqual([...expected])
      }),
      { seed: 42, numRuns: 3000 }
    )
  })
})

// ---------------------------------------------------------------------------------------------
// planReview
// ---------------------------------------------------------------------------------------------

describe('planReview: what goes where', () => {
  it('posts the most severe first, then by file and line, and lists findings outside the diff', () => {
    const files = { 'a.json': wholeFile(50), 'b.json': new Map([[3, 0]]) }
    const n1 = finding({ pointer: '/n1', severity: 'notice', file: 'a.json', line: 1 })
    const w9 = finding({ pointer: '/w9', severity: 'warning', file: 'a.json', line: 9 })
    const eB3 = finding({ pointer: '/eB3', severity: 'error', file: 'b.json', line: 3 })
    const eA7 = finding({ pointer: '/eA7', severity: 'error', file: 'a.json', line: 7 })
    const eA2 = finding({ pointer: '/eA2', severity: 'error', file: 'a.json', line: 2 })
    const eB4 = finding({ pointer: '/eB4', severity: 'error', file: 'b.json', line: 4 })
    const wC1 = finding({ pointer: '/wC1', severity: 'warning', file: 'c.json', line: 1 })
    const p = plan([n1, w9, eB3, eA7, eA2, eB4, wC1], files)
    expect(summary(p)).toEqual({
      post: [
        ['/eA2', 'a.json', null, 2],
        ['/eA7', 'a.json', null, 7],
        ['/eB3', 'b.json', null, 3],
        ['/w9', 'a.json', null, 9],
        ['/n1', 'a.json', null, 1]
      ],
      alreadyPosted: [],
      outsideDiff: ['/eB4', '/wC1'],
      stale: []
    })
    expect(p.post[0]!.fingerprint).toBe(fingerprint(eA2))
    expect(p.post[0]!.finding).toBe(eA2)
    expect(p.post[0]!.comment).toEqual({
      path: 'a.json',
      line: 2,
      side: 'RIGHT',
      body: inlineBody(eA2, fingerprint(eA2), DOCS_BASE)
    })
  })

  it('never posts suppressed findings, nor lists them anywhere', () => {
    const s = finding({ pointer: '/s', suppressed: true, suppression: { reason: 'known' } })
    const p = plan([s], { 'rules/a.exo.json': wholeFile(5) })
    expect(summary(p)).toEqual({ post: [], alreadyPosted: [], outsideDiff: [], stale: [] })
  })

  it('anchors a finding that spans lines of one hunk to the range, otherwise to its start line', () => {
    const lines = new Map([
      [1, 0],
      [2, 0],
      [3, 0],
      [10, 1],
      [11, 1]
    ])
    const range = finding({ pointer: '/range', line: 1, endLine: 3, endColumn: 4 })
    const acrossHunks = finding({ pointer: '/across', line: 2, endLine: 10, endColumn: 4 })
    const endOutside = finding({ pointer: '/outside', line: 11, endLine: 12, endColumn: 4 })
    const endAtColumn1 = finding({ pointer: '/col1', line: 10, endLine: 12, endColumn: 1 })
    const oneLineAtColumn1 = finding({ pointer: '/one', line: 2, endLine: 3, endColumn: 1 })
    const backwards = finding({ pointer: '/back', line: 3, endLine: 1, endColumn: 4 })
    const p = plan([range, acrossHunks, endOutside, endAtColumn1, oneLineAtColumn1, backwards], {
      'rules/a.exo.json': lines
    })
    expect(summary(p).post).toEqual([
      ['/range', 'rules/a.exo.json', 1, 3],
      ['/across', 'rules/a.exo.json', null, 2],
      ['/one', 'rules/a.exo.json', null, 2],
      ['/back', 'rules/a.exo.json', null, 3],
      ['/col1', 'rules/a.exo.json', 10, 11],
      ['/outside', 'rules/a.exo.json', null, 11]
    ])
    expect(p.post[0]!.comment).toEqual({
      path: 'rules/a.exo.json',
      start_line: 1,
      start_side: 'RIGHT',
      line: 3,
      side: 'RIGHT',
      body: inlineBody(range, fingerprint(range), DOCS_BASE)
    })
    expect('start_line' in p.post[1]!.comment).toBe(false)
    expect('start_side' in p.post[1]!.comment).toBe(false)
  })

  it('sends a finding whose start line is not in the diff to the summary, even if its end is', () => {
    const f = finding({ pointer: '/f', line: 4, endLine: 6, endColumn: 3 })
    const p = plan([f], { 'rules/a.exo.json': new Map([[6, 0]]) })
    expect(summary(p)).toEqual({ post: [], alreadyPosted: [], outsideDiff: ['/f'], stale: [] })
  })

  it('sends findings on impossible lines to the summary', () => {
    const odd = [0, -1, 1.5, NaN, Infinity].map((line, i) => finding({ pointer: `/odd${i}`, line }))
    const p = plan(odd, { 'rules/a.exo.json': wholeFile(5) })
    // sorted by line, junk last
    expect(summary(p).outsideDiff).toEqual(['/odd1', '/odd0', '/odd2', '/odd3', '/odd4'])
    expect(p.post).toEqual([])
  })

  it('posts at most INLINE_LIMIT (30) comments; the rest, least severe, go to the summary', () => {
    expect(INLINE_LIMIT).toBe(30)
    const findings = Array.from({ length: 40 }, (_, i) =>
      finding({
        pointer: `/f${i}`,
        line: i + 1,
        severity: i < 10 ? 'notice' : 'error'
      })
    )
    const p = plan(findings, { 'rules/a.exo.json': wholeFile(40) })
    expect(p.post).toHaveLength(30)
    expect(p.post.map((x) => x.finding.pointer)).toEqual([
      ...Array.from({ length: 30 }, (_, i) => `/f${i + 10}`)
    ])
    expect(p.outsideDiff.map((f) => f.pointer)).toEqual(
      Array.from({ length: 10 }, (_, i) => `/f${i}`)
    )
  })

  it('honours a given limit, 0 included, and refuses a nonsensical one', () => {
    const findings = [finding({ line: 1 }), finding({ line: 2 }), finding({ line: 3 })]
    const files = { 'rules/a.exo.json': wholeFile(3) }
    expect(plan(findings, files, [], 2).post).toHaveLength(2)
    expect(plan(findings, files, [], 2).outsideDiff).toEqual([findings[2]])
    expect(plan(findings, files, [], 0).outsideDiff).toEqual(findings)
    for (const bad of [-1, 1.5, NaN, Infinity]) {
      expect(() => plan(findings, files, [], bad)).toThrow(RangeError)
    }
  })

  it('posts copies of one finding (same fingerprint) once; the copies go with the first', () => {
    const a1 = finding({ pointer: '/dup', line: 2 })
    const a2 = finding({ pointer: '/dup', line: 4, data: { rule: 'Block all', otherLine: 9 } })
    const b1 = finding({ pointer: '/old', line: 6 })
    const b2 = finding({ pointer: '/old', line: 8 })
    const ours = postedFor(b1, { id: 7 })
    const p = plan([a2, b2, a1, b1], { 'rules/a.exo.json': wholeFile(10) }, [ours])
    expect(fingerprint(a1)).toBe(fingerprint(a2))
    expect(summary(p)).toEqual({
      post: [['/dup', 'rules/a.exo.json', null, 2]],
      alreadyPosted: [
        ['/old', 7],
        ['/old', 7]
      ],
      outsideDiff: ['/dup'],
      stale: []
    })
    expect(p.post[0]!.finding).toBe(a1)
    expect(p.outsideDiff[0]).toBe(a2)
  })
})

describe('planReview: comments already there', () => {
  const files = { 'rules/a.exo.json': wholeFile(20) }

  it('does not post again a finding an unresolved comment of ours carries', () => {
    const f = finding({ pointer: '/f', line: 3 })
    const ours = postedFor(f, { id: 1, line: 1 })
    const p = plan([f], files, [ours])
    expect(summary(p)).toEqual({
      post: [],
      alreadyPosted: [['/f', 1]],
      outsideDiff: [],
      stale: []
    })
    expect(p.alreadyPosted[0]!.finding).toBe(f)
    expect(p.alreadyPosted[0]!.comment).toBe(ours)
  })

  it('counts an already posted finding even when its line is no longer in the diff', () => {
    const f = finding({ pointer: '/f', line: 3 })
    const p = plan([f], { 'rules/a.exo.json': new Map() }, [postedFor(f, { id: 1 })])
    expect(summary(p)).toEqual({ post: [], alreadyPosted: [['/f', 1]], outsideDiff: [], stale: [] })
  })

  it("ignores another user's comment carrying our marker: not posted, never stale", () => {
    const f = finding({ pointer: '/f', line: 3 })
    const gone = finding({ pointer: '/gone', line: 4 })
    const theirs = postedFor(f, { id: 1, author: 'mallory' })
    const theirsStale = postedFor(gone, { id: 2, author: 'mallory' })
    const p = plan([f], files, [theirs, theirsStale])
    expect(summary(p)).toEqual({
      post: [['/f', 'rules/a.exo.json', null, 3]],
      alreadyPosted: [],
      outsideDiff: [],
      stale: []
    })
  })

  it('posts again a finding whose comment of ours was resolved, and leaves that one alone', () => {
    const f = finding({ pointer: '/f', line: 3 })
    const resolved = postedFor(f, { id: 1, resolved: true })
    const p = plan([f], files, [resolved])
    expect(summary(p)).toEqual({
      post: [['/f', 'rules/a.exo.json', null, 3]],
      alreadyPosted: [],
      outsideDiff: [],
      stale: []
    })
    // after the re-post: the new comment counts, the resolved one is still left alone
    const again = postedFor(f, { id: 2 })
    expect(summary(plan([f], files, [resolved, again]))).toEqual({
      post: [],
      alreadyPosted: [['/f', 2]],
      outsideDiff: [],
      stale: []
    })
    // and once the finding is gone, only the unresolved one is stale
    expect(summary(plan([], files, [resolved, again])).stale).toEqual([2])
  })

  it('lists our unresolved top-level comments whose finding is gone as stale', () => {
    const kept = finding({ pointer: '/kept', line: 2 })
    const gone = finding({ pointer: '/gone', line: 5 })
    const suppressedNow = finding({ pointer: '/sup', line: 6 })
    const existing = [
      postedFor(kept, { id: 1 }),
      postedFor(gone, { id: 2 }),
      postedFor(gone, { id: 3, resolved: true }),
      postedFor(gone, { id: 4, inReplyToId: 2 }), // a reply of ours: not a thread of its own
      comment({ id: 5, body: 'LGTM' }), // ours (same bot), no marker: another workflow's
      postedFor(gone, { id: 6, author: 'mallory' }),
      postedFor(suppressedNow, { id: 7 }),
      postedFor(gone, { id: 8, threadId: undefined, resolved: undefined }) // thread unknown
    ]
    const p = plan([kept, { ...suppressedNow, suppressed: true }], files, existing)
    expect(summary(p)).toEqual({
      post: [],
      alreadyPosted: [['/kept', 1]],
      outsideDiff: [],
      stale: [2, 7, 8]
    })
    expect(p.stale[0]).toBe(existing[1])
  })

  it('ignores replies for "already posted" too', () => {
    const f = finding({ pointer: '/f', line: 3 })
    const p = plan([f], files, [postedFor(f, { id: 4, inReplyToId: 2 })])
    expect(summary(p).post).toEqual([['/f', 'rules/a.exo.json', null, 3]])
  })

  it('posts again a finding whose comment is outdated, and then lists the outdated one as stale', () => {
    const f = finding({ pointer: '/f', line: 3 })
    const outdated = postedFor(f, { id: 1, line: null })
    expect(summary(plan([f], files, [outdated]))).toEqual({
      post: [['/f', 'rules/a.exo.json', null, 3]],
      alreadyPosted: [],
      outsideDiff: [],
      stale: [1]
    })
    const current = postedFor(f, { id: 2 })
    expect(summary(plan([f], files, [outdated, current]))).toEqual({
      post: [],
      alreadyPosted: [['/f', 2]],
      outsideDiff: [],
      stale: [1]
    })
    // its finding outside the diff now, or over the limit: the outdated comment is all there is
    expect(summary(plan([f], { 'rules/a.exo.json': new Map() }, [outdated]))).toEqual({
      post: [],
      alreadyPosted: [],
      outsideDiff: ['/f'],
      stale: []
    })
    expect(summary(plan([f], files, [outdated], 0)).stale).toEqual([])
  })

  it('treats an absent line as current (the caller did not say)', () => {
    const f = finding({ pointer: '/f', line: 3 })
    const noLine = postedFor(f, { id: 1 })
    delete noLine.line
    expect(summary(plan([f], files, [noLine])).alreadyPosted).toEqual([['/f', 1]])
  })

  it('a comment with several of our markers is stale only when all its findings are gone', () => {
    const a = finding({ pointer: '/a', line: 1 })
    const b = finding({ pointer: '/b', line: 2 })
    const both = comment({
      id: 1,
      body: `${fingerprintMarker(fingerprint(a))}\n${fingerprintMarker(fingerprint(b))}`
    })
    expect(summary(plan([b], files, [both]))).toEqual({
      post: [],
      alreadyPosted: [['/b', 1]],
      outsideDiff: [],
      stale: []
    })
    expect(summary(plan([], files, [both])).stale).toEqual([1])
  })

  it('calls isOurs only for top-level unresolved comments, once each', () => {
    const seen: number[] = []
    const existing = [
      comment({ id: 1 }),
      comment({ id: 2, inReplyToId: 1 }),
      comment({ id: 3, resolved: true }),
      comment({ id: 4 })
    ]
    planReview({
      findings: [],
      files: new Map(),
      existing,
      isOurs: (c) => {
        seen.push(c.id)
        return true
      },
      docsBase: DOCS_BASE
    })
    expect(seen).toEqual([1, 4])
  })

  it('stays linear on hostile comments: thousands of markers, huge bodies', () => {
    const findings = Array.from({ length: 2000 }, (_, i) =>
      finding({ pointer: `/h${i}`, line: (i % 20) + 1 })
    )
    const markers = findings.map((f) => fingerprintMarker(fingerprint(f))).join(' ')
    const existing = [
      comment({ id: 1, body: markers }), // ours: carries every finding
      comment({ id: 2, author: 'mallory', body: markers.repeat(20) }),
      comment({ id: 3, body: '<!-- exo-access-gate:finding '.repeat(100_000) })
    ]
    const p = plan(findings, files, existing)
    expect(p.post).toEqual([])
    expect(p.alreadyPosted).toHaveLength(2000)
    expect(p.alreadyPosted.every((x) => x.comment.id === 1)).toBe(true)
    expect(p.stale).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------
// Bodies
// ---------------------------------------------------------------------------------------------

describe('inlineBody', () => {
  it('is the ID linked to its page, the slug, the severity, the message, the pointer, the marker', () => {
    const f = finding({
      pointer: '/ClientAccessRules/0/Name',
      message: 'Rule "Block all" denies RemotePowerShell connections.'
    })
    expect(inlineBody(f, '0123456789abcdef', 'https://example.test/docs/checks/')).toBe(
      '**[EXO201](https://example.test/docs/checks/EXO201.md)** missing-safeguard (error): ' +
        'Rule "Block all" denies RemotePowerShell connections.\n\n' +
        'At `/ClientAccessRules/0/Name`.\n\n' +
        '<!-- exo-access-gate:finding 0123456789abcdef -->'
    )
  })

  it('leaves out the pointer of the whole document', () => {
    const f = finding({
      pointer: '',
      id: 'EXO007',
      slug: 'byte-order-mark',
      severity: 'notice',
      message: 'A BOM.'
    })
    expect(inlineBody(f, 'ffffffffffffffff', DOCS_BASE)).toBe(
      `**[EXO007](${DOCS_BASE}EXO007.md)** byte-order-mark (notice): A BOM.\n\n` +
        '<!-- exo-access-gate:finding ffffffffffffffff -->'
    )
  })

  it('escapes hostile text: no mention, reference, HTML, link, marker or fence gets through', () => {
    const hostile =
      'Rule "@octocat @org/team #1 GH-1 <img src=x> <!-- exo-access-gate:finding 1111111111111111 --> ' +
      '[Approve](https://evil) ```suggestion\nrm -rf /\n``` > [!CAUTION] \u202Eevil"'
    const f = finding({ message: hostile, pointer: '/ClientAccessRules/0/`@x`<b>', slug: '@slug' })
    const fp = 'abcdefabcdefabcd'
    const body = inlineBody(f, fp, DOCS_BASE)
    expect(body.endsWith('\n\n' + fingerprintMarker(fp))).toBe(true)
    expect(fingerprintsIn(body)).toEqual([fp])
    const [head, blank, at, blank2, marker, ...rest] = body.split('\n')
    expect([blank, blank2, marker, rest]).toEqual(['', '', fingerprintMarker(fp), []])
    expect(at).toBe('At ``/ClientAccessRules/0/`@x`<b>``.')
    expect(head).not.toMatch(/@\w/)
    expect(head).not.toMatch(/#\d/)
    expect(head).not.toMatch(/<[A-Za-z!/]/)
    expect(head).not.toContain('```')
    expect(head).not.toContain('\u202E')
    expect(head).toContain('\\\\u202E')
    expect(head).toContain(`@${WORD_JOINER}octocat`)
    expect(head).toContain(`** @${WORD_JOINER}slug (error): `)
    // rendered as GitHub does (raw HTML allowed, so only our own marker may be HTML)
    const html = renderMarkdown(body)
    expect(html.match(/<[a-z!][^>]*>/g)).toEqual([
      '<p>',
      '<strong>',
      `<a href="${DOCS_BASE}EXO201.md">`,
      '<p>',
      '<code>',
      fingerprintMarker(fp)
    ])
    expect(html).not.toContain('suggestion</code>')
    expect(html).not.toContain('https://evil"')
  })

  it('shows an ID of another shape as text, and cuts a huge message', () => {
    const f = finding({ id: '[x](y)', message: 'm'.repeat(100_000) })
    const body = inlineBody(f, '0000000000000000', DOCS_BASE)
    expect(body.startsWith('**\\[x\\]\\(y\\)** missing-safeguard (error): ')).toBe(true)
    expect(body.length).toBeLessThan(3000)
    expect(body).toContain('m… \\(100,000 characters\\)\n')
  })

  it('refuses a fingerprint that is not one', () => {
    expect(() => inlineBody(finding(), 'nope', DOCS_BASE)).toThrow(RangeError)
  })
})

describe('reviewBody', () => {
  it('is one line pointing at the summary comment', () => {
    expect(reviewBody('https://github.example/o/r/pull/1#issuecomment-9', 3)).toBe(
      '**exo-access-gate**: 3 new inline comments; every finding, including those outside the diff, ' +
        'is in [the summary comment](https://github.example/o/r/pull/1#issuecomment-9).'
    )
    expect(reviewBody(undefined, 1)).toBe(
      '**exo-access-gate**: 1 new inline comment; every finding, including those outside the diff, ' +
        'is in the summary comment of this pull request.'
    )
    expect(reviewBody('https://x.test/a b(c)', 1234)).toBe(
      '**exo-access-gate**: 1,234 new inline comments; every finding, including those outside the diff, ' +
        'is in [the summary comment](https://x.test/a%20b%28c%29).'
    )
  })

  it('links only http(s) URLs and refuses a nonsensical count', () => {
    expect(reviewBody('javascript:alert(1)', 1)).not.toContain('javascript')
    expect(() => reviewBody(undefined, -1)).toThrow(RangeError)
    expect(() => reviewBody(undefined, 1.5)).toThrow(RangeError)
  })
})

// ---------------------------------------------------------------------------------------------
// Property: random patches, findings and comments
// ---------------------------------------------------------------------------------------------

const severityArb = fc.constantFrom<Severity>('error', 'warning', 'notice')

describe('planReview on random input (fixed seed)', () => {
  it('plans only lines GitHub accepts, places every finding exactly once, respects the limit', () => {
    const findingArb = fc.record({
      file: fc.constantFrom('a.json', 'b.json', 'c.json'),
      line: fc.integer({ min: 0, max: 70 }),
      span: fc.integer({ min: -2, max: 12 }),
      endColumn: fc.integer({ min: 1, max: 3 }),
      severity: severityArb,
      suppressed: fc.boolean(),
      pointer: fc.constantFrom('/0', '/1', '/2', '/3', '/4', '/5', '/6', '/7')
    })
    const commentArb = fc.record({
      pointer: fc.constantFrom('/0', '/1', '/2', '/3', '/4', '/5', '/6', '/7', '/gone'),
      file: fc.constantFrom('a.json', 'b.json', 'c.json'),
      ours: fc.boolean(),
      reply: fc.boolean(),
      resolved: fc.constantFrom(true, false, undefined),
      outdated: fc.boolean()
    })
    fc.assert(
      fc.property(
        fc.array(segmentArb, { maxLength: 10 }),
        fc.array(segmentArb, { maxLength: 10 }),
        fc.array(findingArb, { maxLength: 40 }),
        fc.array(commentArb, { maxLength: 15 }),
        fc.nat({ max: 12 }),
        (patchA, patchB, specs, commentSpecs, limit) => {
          const files = new Map([
            ['a.json', commentableLines(buildPatch(patchA).patch)],
            ['b.json', commentableLines(buildPatch(patchB).patch)]
          ])
          const findings = specs.map((s) =>
            finding({
              file: s.file,
              line: s.line,
              endLine: s.line + s.span,
              endColumn: s.endColumn,
              severity: s.severity,
              suppressed: s.suppressed,
              pointer: s.pointer,
              data: {}
            })
          )
          const existing = commentSpecs.map((c, i) => {
            const fp = fingerprint(finding({ file: c.file, pointer: c.pointer, data: {} }))
            const x = comment({
              id: i + 1,
              path: c.file,
              author: c.ours ? 'bot' : 'someone',
              body: `text ${fingerprintMarker(fp)}`,
              line: c.outdated ? null : 1,
              resolved: c.resolved
            })
            if (c.reply) x.inReplyToId = 99
            return x
          })
          const p = plan(findings, Object.fromEntries(files), existing, limit)

          expect(p.post.length).toBeLessThanOrEqual(limit)
          for (const { finding: f, fingerprint: fp, comment: c } of p.post) {
            const lines = files.get(c.path)!
            expect(c.path).toBe(f.file)
            expect(c.side).toBe('RIGHT')
            expect(lines.has(c.line)).toBe(true)
            if (c.start_line !== undefined) {
              expect(c.start_side).toBe('RIGHT')
              expect(c.start_line).toBeLessThan(c.line)
              expect(lines.get(c.start_line)).toBe(lines.get(c.line))
              expect(c.start_line).toBe(f.line)
            } else {
              expect(c.line).toBe(f.line)
            }
            expect(fp).toBe(fingerprint(f))
            expect(fingerprintsIn(c.body)).toEqual([fp])
          }
          // posted fingerprints are unique
          expect(new Set(p.post.map((x) => x.fingerprint)).size).toBe(p.post.length)

          // every finding in exactly one list; suppressed ones in none
          const count = new Map<Finding, number>()
          const add = (f: Finding) => count.set(f, (count.get(f) ?? 0) + 1)
          p.post.forEach((x) => add(x.finding))
          p.alreadyPosted.forEach((x) => add(x.finding))
          p.outsideDiff.forEach(add)
          for (const f of findings) expect(count.get(f) ?? 0).toBe(f.suppressed ? 0 : 1)
          expect([...count.keys()].every((f) => findings.includes(f))).toBe(true)

          // already posted: an unresolved, current, top-level comment of ours with its fingerprint
          for (const { finding: f, comment: c } of p.alreadyPosted) {
            expect(c.author).toBe('bot')
            expect(c.resolved).not.toBe(true)
            expect(c.inReplyToId).toBeUndefined()
            expect(c.line).not.toBeNull()
            expect(fingerprintsIn(c.body)).toContain(fingerprint(f))
          }
          // stale: ours, unresolved, top-level, and not carrying an active finding unless outdated
          const active = new Set(findings.filter((f) => !f.suppressed).map(fingerprint))
          for (const c of p.stale) {
            expect(c.author).toBe('bot')
            expect(c.resolved).not.toBe(true)
            expect(c.inReplyToId).toBeUndefined()
            if (c.line !== null)
              expect(fingerprintsIn(c.body).some((fp) => active.has(fp))).toBe(false)
          }
          // a comment of ours that is top-level, unresolved, current and without an active
          // fingerprint is always stale
          for (const c of existing) {
            const candidate =
              c.author === 'bot' &&
              c.inReplyToId === undefined &&
              c.resolved !== true &&
              c.line !== null
            if (candidate && !fingerprintsIn(c.body).some((fp) => active.has(fp))) {
              expect(p.stale).toContain(c)
            }
          }
          // order: most severe first
          const ranks = p.post.map((x) => ({ error: 3, warning: 2, notice: 1 })[x.finding.severity])
          expect([...ranks].sort((a, b) => b - a)).toEqual(ranks)
        }
      ),
      { seed: 42, numRuns: 1500 }
    )
  })
})
