// The action end to end under hostile volume and hostile content (issue 5, item 8): the committed
// dist/index.js run as the runner runs it (harness: __tests__/e2e/harness/), against the local
// GitHub that checks every request against GitHub's own descriptions. Each channel is read back the
// way its consumer reads it: stdout/stderr as the runner parses workflow commands, Markdown as GitHub
// renders it (micromark + GFM, raw HTML let through) and then scans it for mentions and references,
// the SARIF file as JSON.
//
// Expected findings come from the engine run in-process on the same workspace (`runGate`); no
// reporter of src/ is used to build an expectation. Each scenario runs the action once (beforeAll)
// and its tests read that one run.

import { readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DOCS_BASE } from '../../src/engine/findings.js'
import { runGate, type RunOutcome } from '../../src/engine/run.js'
import type { Finding, Severity } from '../../src/engine/types.js'
import {
  FakeGitHub,
  makeWorkspace,
  parseWorkflowCommands,
  runAction,
  writeEvent,
  type ActionRun,
  type EventKind,
  type WorkflowCommand
} from './harness/index.js'

const SUMMARY_MARKER = '<!-- exo-access-gate:summary -->'
const CLOSING_NOTE =
  'Exchange can take up to 24 hours to apply the first client access rule of an organisation, ' +
  'and up to an hour to apply later changes, so a merged change does not take effect at once.\n'
/** GitHub refuses longer comment bodies (characters; UTF-16 units are never fewer). */
const COMMENT_MAX_CHARS = 65_536
/** A step summary above 1 MiB is not uploaded at all. */
const JOB_SUMMARY_MAX_BYTES = 1_048_576
const WORD_JOINER = '\u2060'

// ---------------------------------------------------------------------------------------------
// One run of the action per scenario

interface Scenario {
  api: FakeGitHub
  run: ActionRun
  outcome: RunOutcome
  findings: Finding[]
  /** The SARIF file's text, when the `sarif-file` input was given. */
  sarif?: string
}

const cleanups: (() => Promise<void> | void)[] = []
afterAll(async () => {
  for (const c of cleanups.splice(0)) await c()
})

/**
 * Runs the action on a workspace holding `files`; for a pull request, the PR adds `prFiles`
 * (default: all of them). The engine's own result for the workspace comes back as `outcome`.
 */
async function scenario(
  files: Record<string, string>,
  kind: EventKind,
  inputs: Record<string, string> = {},
  prFiles: string[] = Object.keys(files)
): Promise<Scenario> {
  const api = await FakeGitHub.start()
  cleanups.push(() => api.stop())
  const workspace = makeWorkspace(files)
  cleanups.push(() => rmSync(workspace, { recursive: true, force: true }))
  if (kind !== 'push') for (const path of prFiles) api.changeFile(path, null, files[path]!)
  const event = writeEvent(api, kind)
  cleanups.push(() => rmSync(dirname(event.eventPath), { recursive: true, force: true }))
  const outcome = await runGate({ root: workspace })
  const run = await runAction({
    workspace,
    inputs,
    eventName: event.eventName,
    eventPath: event.eventPath,
    api,
    timeoutMs: 100_000
  })
  expect(run.timedOut).toBe(false)
  expect(run.stderr).not.toMatch(/\n\s+at /) // never a stack trace
  const s: Scenario = {
    api,
    run,
    outcome,
    findings: outcome.result.files.flatMap((f) => f.findings)
  }
  if (inputs['sarif-file']) s.sarif = readFileSync(join(workspace, inputs['sarif-file']), 'utf8')
  return s
}

// ---------------------------------------------------------------------------------------------
// Expectations built from findings

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 }
const ordinal = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
/** Most severe first, then file, line, column, ID, message. */
const bySeverityAndPlace = (a: Finding, b: Finding): number =>
  RANK[a.severity] - RANK[b.severity] ||
  ordinal(a.file, b.file) ||
  a.line - b.line ||
  a.column - b.column ||
  ordinal(a.id, b.id) ||
  ordinal(a.message, b.message)

type CommandShape = Pick<WorkflowCommand, 'command' | 'properties' | 'message'>

/** A finding's annotation as the runner reads it back: the finding's own (display()ed) text. */
function expectedAnnotation(f: Finding): CommandShape {
  const properties: Record<string, string> = {
    title: `${f.id} ${f.slug}`,
    file: f.file,
    line: String(f.line),
    endLine: String(f.endLine)
  }
  if (f.line === f.endLine) {
    properties.col = String(f.column)
    properties.endColumn = String(f.endColumn)
  }
  return { command: f.severity, properties, message: f.message }
}

const shape = (c: WorkflowCommand): CommandShape => ({
  command: c.command,
  properties: c.properties,
  message: c.message
})

const ANNOTATION = new Set(['error', 'warning', 'notice'])
const annotationsOf = (run: Pick<ActionRun, 'commands'>): WorkflowCommand[] =>
  run.commands.filter((c) => ANNOTATION.has(c.command.toLowerCase()))

/** `core.setFailed`'s one error line. */
const failed = (message: string): CommandShape => ({ command: 'error', properties: {}, message })

/**
 * The runner's view of stdout and stderr: exactly `expected` (the annotations, then the error of
 * `core.setFailed`), besides debug lines that carry no input; every command parsed from the `::`
 * form on stdout, none from the legacy `##[` form, no stop-commands, add-mask or any other.
 */
function expectOnlyOurCommands(run: Pick<ActionRun, 'commands'>, expected: CommandShape[]): void {
  const commands = run.commands.filter((c) => c.command !== 'debug')
  expect(commands.map(shape)).toEqual(expected)
  for (const c of run.commands) {
    expect(c.legacy, `legacy ##[${c.command}]`).toBe(false)
    expect(c.stream, `${c.command} on stderr`).toBe('stdout')
  }
  for (const c of run.commands.filter((c) => c.command === 'debug')) {
    expect(c.message).not.toMatch(/forged|::|##\[/)
  }
}

const findingKey = (f: Finding): string =>
  [f.file, `${f.line}:${f.column}`, f.severity, f.message, f.id].join('\t')

/**
 * The findings the log lists (stylish: a line with the file name as `shownFiles` maps it, then
 * `  L:C  severity  message  ID` lines), each as `findingKey` makes them. Word joiners (which the
 * action puts into `::` and `##[` so the runner reads no command) are taken out first.
 */
function loggedFindings(stdout: string, shownFiles: ReadonlyMap<string, string>): string[] {
  const out: string[] = []
  let file: string | undefined
  for (const line of stdout.split(WORD_JOINER).join('').split('\n')) {
    if (!line.startsWith('  ')) {
      file = shownFiles.get(line)
      continue
    }
    const m = /^ {2}(\d+:\d+) +(error|warning|notice) +(.*) {2}(EXO\d{3})$/.exec(line)
    if (m && file !== undefined) out.push([file, m[1], m[2], m[3], m[4]].join('\t'))
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Markdown as GitHub renders it

const render = (md: string): string =>
  micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true })

/** Text of rendered HTML outside code, comments and tags, with micromark's entities decoded. */
const proseOf = (html: string): string =>
  html
    .replace(/<code>[^]*?<\/code>/g, ' ')
    .replace(/<!--[^]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')

const hrefsOf = (html: string): string[] =>
  [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map((m) =>
    m[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')
  )

/** The elements that the structure of the action's documents (and no input) produces. */
const STRUCTURE = new Set([
  'h2',
  'h3',
  'p',
  'strong',
  'code',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'a',
  // the "Effect of this change" section is a list
  'ul',
  'li'
])

/** What GitHub would link or notify in rendered prose (stricter: any `@` before an alphanumeric). */
const LIVE: [string, RegExp][] = [
  ['mention', /@[A-Za-z0-9]/],
  ['reference', /#\d/],
  ['GH- reference', /\bGH-\d/i],
  ['URL autolink', /:\/\//],
  ['www autolink', /www\./i]
]

interface PullRequestSite {
  serverUrl: string
  fullName: string
  pullNumber: number
}

/**
 * A document of the action, rendered: only the elements of its own structure; as HTML comments
 * only our hidden markers; links only to the check pages, the PR's files or a comment of the PR;
 * no image, quote, heading of level 1, code block (so never a suggestion); at most one level-2
 * heading; four cells in every table row; in its prose no live mention, reference or autolink.
 */
function expectInert(md: string, site: PullRequestSite, what: string): string {
  const html = render(md)
  for (const m of html.matchAll(/<\/?([A-Za-z][A-Za-z0-9-]*)/g)) {
    expect(STRUCTURE.has(m[1]!.toLowerCase()), `${what}: element <${m[1]}>`).toBe(true)
  }
  const comments = html.match(/<!--[^]*?-->/g) ?? []
  for (const c of comments) {
    expect(c, `${what}: HTML comment`).toMatch(
      /^<!-- exo-access-gate:(summary|finding [0-9a-f]{16}) -->$/
    )
  }
  expect(html.split('<!--').length - 1, `${what}: unclosed HTML comment`).toBe(comments.length)
  const pr = `${site.serverUrl}/${site.fullName}/pull/${site.pullNumber}`
  for (const href of hrefsOf(html)) {
    const ours =
      (href.startsWith(DOCS_BASE) && /^EXO\d{3}\.md$/.test(href.slice(DOCS_BASE.length))) ||
      href === `${pr}/files` ||
      (href.startsWith(pr) && /^#issuecomment-\d+$/.test(href.slice(pr.length)))
    expect(ours, `${what}: link to ${href}`).toBe(true)
  }
  expect(md, `${what}: suggestion fence`).not.toMatch(/^ {0,3}(`{3,}|~{3,})\s*suggestion/im)
  expect((html.match(/<h2>/g) ?? []).length, `${what}: level-2 headings`).toBeLessThanOrEqual(1)
  // GFM drops a row's extra cells and pads missing ones, so count the cell delimiters: pipes
  // after an even number of backslashes (a `\|` stays in its cell, in code spans too)
  for (const line of md.split('\n').filter((l) => l.startsWith('|'))) {
    const pipes = line.match(/(?<!\\)(?:\\\\)*\|/g) ?? []
    expect(pipes.length, `${what}: cells of ${line.slice(0, 80)}`).toBe(5)
  }
  for (const row of html.match(/<tr>[^]*?<\/tr>/g) ?? []) {
    expect((row.match(/<t[dh]>/g) ?? []).length, `${what}: cells of ${row.slice(0, 80)}`).toBe(4)
  }
  const prose = proseOf(html)
  for (const [name, pattern] of LIVE) expect(prose, `${what}: live ${name}`).not.toMatch(pattern)
  return html
}

/** Table rows of findings (not header or delimiter rows). */
const findingRows = (md: string): string[] =>
  md.split('\n').filter((l) => l.startsWith('|') && !/^\| (Severity|File) \||^\| --- \|/.test(l))

const OMISSION =
  /^\*\*([\d,]+) more findings? (?:is|are) not shown here\*\*: this summary is cut to fit GitHub's size limit\. Every finding is in (.+)\.$/m

/**
 * A document cut at a row: every table line a whole row, every table closed by a blank line, one
 * omission line counting exactly the rows left out and naming `moreIn`, the closing note last, the
 * renderer seeing four cells per finding row. Returns the number of rows shown.
 */
function expectCutCleanly(md: string, html: string, total: number, moreIn: string): number {
  const lines = md.split('\n')
  lines.forEach((line, i) => {
    if (!line.startsWith('|')) return
    expect(line.endsWith(' |'), `half row: ${line.slice(-60)}`).toBe(true)
    const next = lines[i + 1]
    expect(next === '' || next!.startsWith('|'), `table not closed before: ${next}`).toBe(true)
  })
  const rows = findingRows(md)
  const m = OMISSION.exec(md)
  expect(m, 'no omission line').not.toBeNull()
  expect(md.split('more finding').length - 1).toBe(1)
  expect(Number(m![1]!.replace(/,/g, ''))).toBe(total - rows.length)
  expect(m![2]).toBe(moreIn)
  expect(md.endsWith(`\n\n${CLOSING_NOTE}`)).toBe(true)
  expect(html.split('<td>').length - 1).toBe(rows.length * 4)
  return rows.length
}

/** A table row of the finding's line:column and check ID (unique among this file's errors). */
const rowOf = (f: Finding): RegExp =>
  new RegExp(`^\\| [^|]+ \\| ${f.line}:${f.column} \\| \\[${f.id}\\]\\(`)

// ---------------------------------------------------------------------------------------------
// 1. Volume: 10,000 findings on a pull request

/** 500 client access rules, one per line, each with a private CIDR block with host bits set:
 * an EXO305 notice and an EXO306 warning per rule, plus EXO501 for the file. */
function bulkRuleSet(n: number): string {
  const rules = Array.from({ length: 500 }, (_, i) =>
    JSON.stringify({
      Name: `Allow branch ${n}-${i}`,
      Action: 'AllowAccess',
      AnyOfClientIPAddressesOrRanges: [`10.${i >> 8}.${i & 255}.1/24`]
    })
  )
  return `{\n  "Target": "ExchangeOnline",\n  "ClientAccessRules": [\n    ${rules.join(',\n    ')}\n  ]\n}\n`
}

/** 12 names used twice: 12 EXO102 errors, plus EXO501 for the file. */
function duplicateNames(): string {
  const rules: string[] = []
  for (let i = 1; i <= 12; i++) {
    for (const net of ['203.0.113', '198.51.100']) {
      rules.push(
        JSON.stringify({
          Name: `Partner ${i}`,
          Action: 'AllowAccess',
          AnyOfClientIPAddressesOrRanges: [`${net}.${i}`]
        })
      )
    }
  }
  return `{\n  "ClientAccessRules": [\n    ${rules.join(',\n    ')}\n  ]\n}\n`
}

describe('action e2e: 10,000 findings on a pull request', () => {
  let s: Scenario
  beforeAll(async () => {
    const files: Record<string, string> = {
      '.exo-access-gate.json': JSON.stringify({ failOn: 'error' }) + '\n'
    }
    for (let n = 0; n < 10; n++) files[`rules/branch-${n}.exo.json`] = bulkRuleSet(n)
    files['rules/duplicates.exo.json'] = duplicateNames()
    const prFiles = Object.keys(files).filter((f) => f.endsWith('.exo.json'))
    s = await scenario(
      files,
      'pull_request.opened',
      { 'sarif-file': 'reports/gate.sarif' },
      prFiles
    )
  })

  it('checks 11 files with 10,023 findings and fails as the config says', () => {
    const { run, outcome, findings } = s
    expect(outcome.result.summary).toEqual({
      files: 11,
      errors: 12,
      warnings: 5011,
      notices: 5000,
      suppressed: 0
    })
    expect(findings).toHaveLength(10_023)
    expect(outcome.failOn).toBe('error')
    expect(run.code).toBe(1)
    expect(run.outputs).toEqual({
      result: 'fail',
      errors: '12',
      warnings: '5011',
      notices: '5000',
      files: '11',
      'sarif-file': 'reports/gate.sarif'
    })
    expect(run.stderr).toBe('')
  })

  it('annotates the most severe first, the last notice counting the rest', () => {
    const { run, findings } = s
    const sorted = [...findings].sort(bySeverityAndPlace)
    const ofType = (t: Severity) => sorted.filter((f) => f.severity === t)
    const all = annotationsOf(run)
    // nothing but annotations of findings, the roll-up notice and the failure message
    expectOnlyOurCommands(run, all.map(shape))
    const isFinding = (a: WorkflowCommand) => /^EXO\d{3} [a-z-]+$/.test(a.properties.title ?? '')
    const ours = all.filter(isFinding)
    // emission order: errors, then warnings, then notices
    const ranks = ours.map((a) => RANK[a.command as Severity])
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    // of each type, the first findings in file and line order, as many as fit
    const shown = { error: 0, warning: 0, notice: 0 }
    for (const t of ['error', 'warning', 'notice'] as const) {
      const mine = ours.filter((a) => a.command === t).map(shape)
      shown[t] = mine.length
      expect(mine).toEqual(ofType(t).slice(0, mine.length).map(expectedAnnotation))
    }
    // one slot each is kept for the failure message, and for the review's warning and notice
    expect(shown.error).toBe(9)
    expect(shown.warning).toBe(9)
    expect(shown.notice).toBe(8)
    // then one notice, the last, says how many are left out, of which types, and where
    const rest = all.filter((a) => !isFinding(a))
    const rollUp = rest.filter((a) => a.command === 'notice')
    expect(rollUp).toHaveLength(1)
    expect(all.filter((a) => a.command === 'notice').at(-1)).toBe(rollUp[0])
    const left = {
      error: ofType('error').length - shown.error,
      warning: ofType('warning').length - shown.warning,
      notice: ofType('notice').length - shown.notice
    }
    const n = (k: number) => k.toLocaleString('en-US')
    expect(shape(rollUp[0]!)).toEqual({
      command: 'notice',
      properties: { title: 'exo-access-gate' },
      message:
        `${n(left.error + left.warning + left.notice)} more findings (${n(left.error)} errors, ` +
        `${n(left.warning)} warnings, ${n(left.notice)} notices) are in the log of this step ` +
        '(and the job summary, up to its 1 MiB); ' +
        'GitHub shows at most 10 annotations of each type per step.'
    })
    // and the failure message, if it is an annotation, is the step's verdict
    // (setFailed's counts are not grouped, unlike every other channel's)
    for (const a of rest.filter((a) => a.command !== 'notice')) {
      expect(shape(a)).toEqual(
        failed('exo-access-gate: 12 errors, 5011 warnings, 5000 notices; the gate fails on error.')
      )
    }
  })

  // Fails with the action as it is: 10 error annotations of findings, then `core.setFailed` adds
  // an 11th `::error::`, and GitHub drops the extra one of the step silently.
  it('stays within 10 annotations per type, the failure message included', () => {
    const counts = { error: 0, warning: 0, notice: 0 }
    for (const a of annotationsOf(s.run)) counts[a.command as Severity]++
    expect(counts.error).toBeLessThanOrEqual(10)
    expect(counts.warning).toBeLessThanOrEqual(10)
    expect(counts.notice).toBeLessThanOrEqual(10)
  })

  it('writes one summary comment within 65,536 characters, cut at a row', () => {
    const { api, findings } = s
    expect(api.issueComments).toHaveLength(1)
    const body = api.issueComments[0]!.body
    expect(api.issueComments[0]!.user.login).toBe('github-actions[bot]')
    expect(
      body.startsWith(`${SUMMARY_MARKER}\n## exo-access-gate\n\n❌ **Failed**: 12 findings`)
    ).toBe(true)
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS)
    const html = expectInert(body, api, 'summary comment')
    const shown = expectCutCleanly(
      body,
      html,
      findings.length,
      'the log and the job summary of this run'
    )
    expect(shown).toBeGreaterThan(200)
  })

  it('writes a job summary within 1 MiB of UTF-8, cut at a row', () => {
    const { run, api, findings } = s
    expect(Buffer.byteLength(run.summary, 'utf8')).toBeLessThanOrEqual(JOB_SUMMARY_MAX_BYTES)
    expect(run.summary.startsWith('## exo-access-gate\n\n❌ **Failed**: 12 findings')).toBe(true)
    const html = expectInert(run.summary, api, 'job summary')
    const shown = expectCutCleanly(run.summary, html, findings.length, 'the log of this step')
    expect(shown).toBeGreaterThan(findingRows(api.issueComments[0]!.body).length)
  })

  it('posts one review of 30 inline comments, the most severe first', () => {
    const { api, findings } = s
    const posts = api.requests.filter((r) => r.operationId === 'pulls/create-review')
    expect(posts).toHaveLength(1)
    const sent = posts[0]!.body as { event: string; comments: { path: string; line: number }[] }
    expect(sent.event).toBe('COMMENT')
    expect(sent.comments.map((c) => `${c.path}:${c.line}`)).toEqual(
      [...findings]
        .sort(bySeverityAndPlace)
        .slice(0, 30)
        .map((f) => `${f.file}:${f.line}`)
    )
    expect(api.reviews).toHaveLength(1)
    expect(api.reviewComments).toHaveLength(30)
    expect(api.reviews[0]!.body).toBe(
      `**exo-access-gate**: 30 new inline comments; every finding, including those outside the diff, is in [the summary comment](${api.serverUrl}/${api.fullName}/pull/42#issuecomment-${api.issueComments[0]!.id}).`
    )
  })

  it('sends only requests that GitHub’s descriptions allow', () => {
    expect(s.api.violations).toEqual([])
    // one write of each kind, and GraphQL only to ask who the token is
    const rest = s.api.requests.filter((r) => r.graphql === undefined)
    expect(rest.filter((r) => r.method !== 'GET').map((r) => r.operationId)).toEqual([
      'issues/create-comment',
      'pulls/create-review'
    ])
    expect(
      s.api.requests.flatMap((r) =>
        r.graphql ? [r.graphql.operationType, ...r.graphql.rootFields] : []
      )
    ).toEqual(['query', 'viewer'])
  })

  it('loses no finding: the log lists each once, the SARIF file has each', () => {
    const { run, outcome, findings } = s
    const files = new Map(outcome.result.files.map((f) => [f.file, f.file]))
    expect(loggedFindings(run.stdout, files).sort()).toEqual(findings.map(findingKey).sort())
    const log = JSON.parse(s.sarif!) as { runs: { results: unknown[] }[] }
    expect(log.runs[0]!.results).toHaveLength(findings.length)
  })

  // Fails with the action as it is: both summaries list findings file by file, and the 12 errors
  // are in the last file, so the cut leaves them all out while the verdict line counts them.
  it('lists the findings at or above fail-on in both cut summaries', () => {
    const errors = s.findings.filter((f) => f.severity === 'error')
    expect(errors).toHaveLength(12)
    for (const [what, md] of [
      ['summary comment', s.api.issueComments[0]!.body],
      ['job summary', s.run.summary]
    ] as const) {
      const rows = findingRows(md)
      const listed = errors.filter((f) => rows.some((r) => rowOf(f).test(r)))
      expect(listed.length, `errors listed in the ${what}`).toBe(errors.length)
    }
  })
})

// ---------------------------------------------------------------------------------------------
// 2. Hostile rule names, values and file names

/**
 * Rule names (each at most 64 characters, as the schema allows), each used twice so that EXO102
 * quotes it twice; names with control or direction characters also get EXO005 (twice). The file
 * holds them as JSON escapes (`\r\n`, `\u202e`).
 */
const HOSTILE_NAMES = [
  '::error file=x::forged',
  '::stop-commands::tok',
  '##[error]forged %0A::error::x',
  '\r\n::warning::x @octocat #1',
  'org/repo#2 <img src=x onerror=alert(1)>',
  '<!-- x --> [link](https://evil.example)',
  '![img](https://evil.example/x.png) ```',
  '```suggestion\nrm -rf /\n``` \u202e',
  '> [!CAUTION] # PASSED | a @org/team GH-3 www.evil.example'
]
/** Username patterns without `domain\`: EXO307 quotes each (a warning). */
const HOSTILE_PATTERNS = [
  '@octocat',
  '::notice::p ##[warning]q',
  '[p](https://evil.example/p)',
  '<b>x</b>'
]
/**
 * A rule-set file at the workspace root whose name is a workflow command (so the log's file line
 * starts with `::error`), with a property separator, `%0A`, `##[`, Markdown and HTML in it.
 */
const HOSTILE_FILE =
  '::error file=x,line=1::f ##[warning]y @octocat #1 <img src=x> [l](u) ``` %0A.exo.json'
/** A file name with a line break followed by a workflow command. */
const NEWLINE_FILE = 'rules/a\n::error::nl.exo.json'

function hostileRuleSet(): string {
  const rules: Record<string, unknown>[] = []
  HOSTILE_NAMES.forEach((name, i) => {
    const rule: Record<string, unknown> = {
      Name: name,
      Action: 'AllowAccess',
      AnyOfProtocols: ['RemotePowerShell'],
      AnyOfClientIPAddressesOrRanges: [`203.0.113.${i + 1}`]
    }
    if (HOSTILE_PATTERNS[i]) rule.UsernameMatchesAnyOfPatterns = [HOSTILE_PATTERNS[i]]
    rules.push(rule)
  })
  HOSTILE_NAMES.forEach((name, i) =>
    rules.push({
      Name: name,
      Action: 'AllowAccess',
      AnyOfProtocols: ['RemotePowerShell'],
      AnyOfClientIPAddressesOrRanges: [`198.51.100.${i + 1}`]
    })
  )
  return JSON.stringify({ Target: 'ExchangeServer', ClientAccessRules: rules }, null, 2) + '\n'
}

const HOSTILE_FILES: Record<string, string> = {
  [HOSTILE_FILE]: hostileRuleSet(),
  [NEWLINE_FILE]:
    JSON.stringify(
      {
        Target: 'ExchangeServer',
        ClientAccessRules: [
          {
            Name: 'Office',
            Action: 'AllowAccess',
            AnyOfProtocols: ['RemotePowerShell'],
            AnyOfClientIPAddressesOrRanges: ['203.0.113.9/24']
          }
        ]
      },
      null,
      2
    ) + '\n'
}

/** How the log shows each file name: as it is, the line break as the text `\u000A`. */
const SHOWN_HOSTILE_FILES = new Map([
  [HOSTILE_FILE, HOSTILE_FILE],
  ['rules/a\\u000A::error::nl.exo.json', NEWLINE_FILE]
])

/** The text of `s` as the engine's display() shows it: the characters used here as `\uXXXX`. */
const displayed = (s: string): string =>
  s.replace(
    /[\r\n\u202e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
  )

const HOSTILE_FAILURE = 'exo-access-gate: 9 errors, 8 warnings, 1 notice; the gate fails on error.'

describe('action e2e: hostile rule names, values and file names on a pull request', () => {
  let s: Scenario
  beforeAll(async () => {
    s = await scenario(HOSTILE_FILES, 'pull_request.opened', { 'sarif-file': 'out/gate.sarif' })
  })

  it('has findings quoting every hostile string, and fails', () => {
    const { run, outcome, findings } = s
    expect(outcome.result.summary).toEqual({
      files: 2,
      errors: 9,
      warnings: 8,
      notices: 1,
      suppressed: 0
    })
    for (const text of [...HOSTILE_NAMES, ...HOSTILE_PATTERNS]) {
      expect(
        findings.some((f) => f.message.includes(`"${displayed(text)}"`)),
        text
      ).toBe(true)
    }
    expect(new Set(findings.map((f) => f.file))).toEqual(new Set([HOSTILE_FILE, NEWLINE_FILE]))
    expect(run.code).toBe(1)
    expect(run.outputs).toEqual({
      result: 'fail',
      errors: '9',
      warnings: '8',
      notices: '1',
      files: '2',
      'sarif-file': 'out/gate.sarif'
    })
  })

  it('(a) log: the runner finds only our commands, and every finding is listed', () => {
    const { run, findings } = s
    expect(run.commands.map((c) => c.command.toLowerCase())).not.toContain('stop-commands')
    expect(run.commands.filter((c) => !ANNOTATION.has(c.command.toLowerCase()))).toEqual([])
    expect(run.stdout).toContain(
      `:${WORD_JOINER}:error file=x,line=1::f ##${WORD_JOINER}[warning]y`
    )
    expect(loggedFindings(run.stdout, SHOWN_HOSTILE_FILES).sort()).toEqual(
      findings.map(findingKey).sort()
    )
  })

  it('(b) annotations: one per finding, its display()ed text and file name come back exactly', () => {
    expectOnlyOurCommands(s.run, [
      ...[...s.findings].sort(bySeverityAndPlace).map(expectedAnnotation),
      failed(HOSTILE_FAILURE)
    ])
  })

  it('(c) summary comment: inert when rendered, every finding listed', () => {
    const { api, findings } = s
    expect(api.issueComments).toHaveLength(1)
    const body = api.issueComments[0]!.body
    expect(body.startsWith(`${SUMMARY_MARKER}\n## exo-access-gate\n\n`)).toBe(true)
    expect(findingRows(body)).toHaveLength(findings.length)
    expectInert(body, api, 'summary comment')
  })

  it('(c) review: inert body and one inert inline comment per finding', () => {
    const { api, findings } = s
    expect(api.reviews).toHaveLength(1)
    expectInert(api.reviews[0]!.body, api, 'review body')
    expect(api.reviewComments.map((c) => `${c.path}:${c.line}`).sort()).toEqual(
      findings.map((f) => `${f.file}:${f.line}`).sort()
    )
    for (const c of api.reviewComments) expectInert(c.body, api, `inline comment on line ${c.line}`)
  })

  it('(c) job summary: inert when rendered, every finding listed', () => {
    expect(findingRows(s.run.summary)).toHaveLength(s.findings.length)
    expectInert(s.run.summary, s.api, 'job summary')
  })

  it('(d) SARIF: parses; messages hold no live [text](url) and unescape to the finding’s text', () => {
    const log = JSON.parse(s.sarif!) as {
      version: string
      runs: {
        results: {
          ruleId: string
          message: { text: string }
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[]
        }[]
      }[]
    }
    expect(log.version).toBe('2.1.0')
    const results = log.runs[0]!.results
    expect(results).toHaveLength(s.findings.length)
    results.forEach((r, i) => {
      const f = s.findings[i]!
      expect(r.ruleId).toBe(f.id)
      // every bracket escaped by an odd number of backslashes
      expect(r.message.text).not.toMatch(/(^|[^\\])(\\\\)*[[\]]/)
      expect(r.message.text.replace(/\\([\\[\]])/g, '$1')).toBe(f.message)
      expect(decodeURIComponent(r.locations[0]!.physicalLocation.artifactLocation.uri)).toBe(f.file)
    })
  })

  it('sends only requests that GitHub’s descriptions allow', () => {
    expect(s.api.violations).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------
// 3. Push

describe('action e2e: push event (hostile workspace)', () => {
  let s: Scenario
  beforeAll(async () => {
    s = await scenario(HOSTILE_FILES, 'push')
  })

  it('calls no pull request or issue endpoint, REST or GraphQL', () => {
    const { api, run } = s
    expect(run.env.GITHUB_EVENT_NAME).toBe('push')
    expect(
      api.requests
        .filter((r) => /\/(pulls|issues)(\/|$)/.test(r.path) || r.graphql !== undefined)
        .map((r) => `${r.method} ${r.path}`)
    ).toEqual([])
    expect(api.issueComments).toEqual([])
    expect(api.reviews).toEqual([])
    expect(api.violations).toEqual([])
  })

  it('writes the annotations and the log', () => {
    expectOnlyOurCommands(s.run, [
      ...[...s.findings].sort(bySeverityAndPlace).map(expectedAnnotation),
      failed(HOSTILE_FAILURE)
    ])
    expect(loggedFindings(s.run.stdout, SHOWN_HOSTILE_FILES).sort()).toEqual(
      s.findings.map(findingKey).sort()
    )
  })

  it('writes the whole job summary, without marker or inline links', () => {
    const { run, api, findings } = s
    expect(
      run.summary.startsWith(
        '## exo-access-gate\n\n❌ **Failed**: 9 findings at or above the fail-on threshold, `error`.\n\n'
      )
    ).toBe(true)
    expect(run.summary.endsWith(`\n\n${CLOSING_NOTE}`)).toBe(true)
    expect(findingRows(run.summary)).toHaveLength(findings.length)
    expect(run.summary).not.toContain('[inline]')
    expectInert(run.summary, api, 'job summary')
  })

  it('sets the outputs and fails the step', () => {
    expect(s.run.code).toBe(1)
    expect(s.run.outputs).toEqual({
      result: 'fail',
      errors: '9',
      warnings: '8',
      notices: '1',
      files: '2',
      'sarif-file': ''
    })
  })
})

// ---------------------------------------------------------------------------------------------
// The checks of this file catch what they look for

describe('the channel checks of this file', () => {
  const site: PullRequestSite = {
    serverUrl: 'http://ghes.example',
    fullName: 'o/r',
    pullNumber: 42
  }

  it.each([
    ['an image', 'a <img src=x onerror=alert(1)> b'],
    ['a details element', '<details open>\n\nx\n\n</details>'],
    ['an HTML comment', 'a <!-- x --> b'],
    ['a mention', 'ask @octocat'],
    ['a team mention', 'ask @org/team'],
    ['a reference', 'see #1'],
    ['a cross-repository reference', 'see org/repo#2'],
    ['a GH- reference', 'see GH-3'],
    ['a link from input', '[link](https://evil.example)'],
    ['a Markdown image', '![img](https://evil.example/x.png)'],
    ['a URL autolink', 'go to https://evil.example now'],
    ['a www autolink', 'go to www.evil.example now'],
    ['a suggestion block', '```suggestion\nrm -rf /\n```'],
    ['a quote', '> [!CAUTION]\n> x'],
    ['a level-1 heading', '# PASSED'],
    [
      'a split table cell',
      '| a | b | c | d |\n| --- | --- | --- | --- |\n| 1 | 2 | x | y \\\\| z |'
    ]
  ])('reject %s', (_, md) => {
    expect(() => expectInert(md, site, 'test')).toThrow()
  })

  it('accept our structure with broken mentions, references and links', () => {
    expectInert(
      `${SUMMARY_MARKER}\n## exo-access-gate\n\n| a | b | c | d |\n| --- | --- | --- | --- |\n` +
        `| @${WORD_JOINER}octocat | \\#${WORD_JOINER}1 | [EXO102](${DOCS_BASE}EXO102.md) | ` +
        `\\[l\\]\\(https:${WORD_JOINER}//evil.example\\) ([inline](http://ghes.example/o/r/pull/42/files)) |\n`,
      site,
      'test'
    )
  })

  it.each([
    ['a forged error', '::error file=x::forged'],
    ['stop-commands', '::stop-commands::tok'],
    ['a legacy command', 'text ##[error]forged'],
    ['add-mask', '  ::add-mask::secret']
  ])('reject %s in the log', (_, line) => {
    const commands = parseWorkflowCommands(`${line}\n`)
    expect(() => expectOnlyOurCommands({ commands }, [])).toThrow()
  })

  it('accept an expected annotation on stdout only', () => {
    const notice: CommandShape = { command: 'notice', properties: {}, message: 'x' }
    const stdout = parseWorkflowCommands('::notice::x\n', 'stdout')
    expect(() => expectOnlyOurCommands({ commands: stdout }, [notice])).not.toThrow()
    const stderr = parseWorkflowCommands('::notice::x\n', 'stderr')
    expect(() => expectOnlyOurCommands({ commands: stderr }, [notice])).toThrow()
  })

  it('find findings in the log only under their own file', () => {
    const stdout =
      'a.exo.json\n  1:2  error  M "x"  EXO102\n\nb.exo.json\n  3:4  notice  N  EXO305\n'
    expect(loggedFindings(stdout, new Map([['a.exo.json', 'a.exo.json']]))).toEqual([
      'a.exo.json\t1:2\terror\tM "x"\tEXO102'
    ])
  })
})
