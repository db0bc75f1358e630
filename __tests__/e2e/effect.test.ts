// "Effect of this change" end to end: the committed dist/index.js run as the runner runs it on a
// pull_request event, against the local GitHub (harness: __tests__/e2e/harness/) that serves the
// base versions of the rule sets at the pull request's base SHA through the contents API and
// validates every request against GitHub's own OpenAPI description. The tests run concurrently
// (each with its own fake and workspace): most of their time is the action waiting on the API.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it, type TestContext } from 'vitest'
import { BUDGET_VARIABLE, type Budget } from '../../src/action/budget.js'
import {
  EFFECT_COMMENT_MAX_CHARS,
  effectFiles,
  fetchBase,
  ruleSetMatcher,
  type EffectInput
} from '../../src/action/effect.js'
import { BudgetExceeded } from '../../src/action/github.js'
import { defaultConfig } from '../../src/engine/config.js'
import { diffFiles } from '../../src/engine/diff.js'
import { runGate } from '../../src/engine/run.js'
import { effectMarkdown, effectText } from '../../src/reporters/effect.js'
import { utf8Length } from '../../src/reporters/markdown.js'
import { COMMENT_MAX_CHARS } from '../../src/reporters/markdown.js'
import { SUMMARY_MARKER } from '../../src/reporters/review.js'
import { renderMarkdown } from '../reporters/support.js'
import {
  FakeGitHub,
  githubResponses,
  makeWorkspace,
  runAction,
  writeEvent,
  type ActionRun,
  type FakeGitHubOptions
} from './harness/index.js'

// ---------------------------------------------------------------------------------------------
// Rule sets (ExchangeServer: its rules govern the admin center and remote PowerShell)

type Rule = Record<string, unknown>
const ruleSet = (rules: Rule[]): string =>
  JSON.stringify({ Target: 'ExchangeServer', ClientAccessRules: rules }, null, 2) + '\n'

const SAFEGUARD: Rule = {
  Name: 'Always Allow Remote PowerShell',
  Action: 'AllowAccess',
  AnyOfProtocols: ['RemotePowerShell'],
  Priority: 1
}
const officeEac = (ranges: string[], name = 'Allow office EAC'): Rule => ({
  Name: name,
  Action: 'AllowAccess',
  AnyOfProtocols: ['ExchangeAdminCenter'],
  AnyOfClientIPAddressesOrRanges: ranges,
  Priority: 2
})
const BLOCK_EAC: Rule = {
  Name: 'Block EAC',
  Action: 'DenyAccess',
  AnyOfProtocols: ['ExchangeAdminCenter'],
  Priority: 3
}
const adminsPowerShell = (ranges: string[]): Rule => ({
  Name: 'Admins keep PowerShell',
  Action: 'AllowAccess',
  AnyOfProtocols: ['RemotePowerShell'],
  AnyOfClientIPAddressesOrRanges: ranges,
  Priority: 1
})
const BLOCK_RPS: Rule = {
  Name: 'Block PowerShell',
  Action: 'DenyAccess',
  AnyOfProtocols: ['RemotePowerShell'],
  Priority: 2
}

const MAIN = 'rules/main.exo.json'
/** The admin center from the office's /24 only. */
const BASE = ruleSet([SAFEGUARD, officeEac(['198.51.100.0/24']), BLOCK_EAC])
/** The change: the office is the lower /25 now. No findings. */
const HEAD = ruleSet([SAFEGUARD, officeEac(['198.51.100.0/25']), BLOCK_EAC])
/** The same change with a second "Block EAC": EXO102 (an error) and more. */
const HEAD_WITH_ERRORS = ruleSet([
  SAFEGUARD,
  officeEac(['198.51.100.0/25']),
  BLOCK_EAC,
  { ...BLOCK_EAC, Priority: 4 }
])

const CLOSES_UPPER_HALF =
  '🔒 **Closes** ExchangeAdminCenter from 198.51.100.128/25: AllowAccess → DenyAccess \\(now decided by `Block EAC`, line 24; was `Allow office EAC`, line 13\\)'
const PASSED = '✅ **Passed**: no findings at or above the fail-on threshold, `error`.'
const HEADING = '### Effect of this change\n\n'

// ---------------------------------------------------------------------------------------------
// Running the action

// Concurrent tests: each registers its clean-up on its own context, never the module's.
type Ctx = Pick<TestContext, 'expect' | 'onTestFinished'>

async function github(ctx: Ctx, options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const api = await FakeGitHub.start(options)
  ctx.onTestFinished(() => api.stop())
  return api
}

async function run(
  ctx: Ctx,
  api: FakeGitHub,
  workspace: Record<string, string>,
  env: Record<string, string> = {}
): Promise<ActionRun & { root: string }> {
  const { expect } = ctx
  const root = makeWorkspace(workspace)
  const event = writeEvent(api, 'pull_request.opened')
  ctx.onTestFinished(() => rmSync(root, { recursive: true, force: true }))
  const result = await runAction({
    workspace: root,
    inputs: { paths: 'rules' },
    eventName: event.eventName,
    eventPath: event.eventPath,
    api,
    env
  })
  expect(result.timedOut).toBe(false)
  expect(result.stderr).not.toMatch(/\n\s+at /) // never a stack trace
  expect(api.violations).toEqual([])
  return { ...result, root }
}

/** Our one summary comment's body. */
function comment(ctx: Ctx, api: FakeGitHub): string {
  const { expect } = ctx
  const ours = api.issueComments.filter(
    (c) => c.body.startsWith(SUMMARY_MARKER) && c.user.login === 'github-actions[bot]'
  )
  expect(ours).toHaveLength(1)
  return ours[0]!.body
}

/** The contents requests, as sent: method, path (the file's path is one encoded segment), query, media type. */
const contentRequests = (api: FakeGitHub) =>
  api.requests
    .filter((r) => r.operationId === 'repos/get-content')
    .map((r) => ({ method: r.method, path: r.path, query: r.query, accept: r.headers.accept }))

const contents = (api: FakeGitHub, file: string) => ({
  method: 'GET',
  path: `/api/v3/repos/octo-org/access-rules/contents/${encodeURIComponent(file)}`,
  query: { ref: api.baseSha },
  accept: 'application/vnd.github.raw+json'
})

/** Every request as `METHOD operation` (GraphQL: its root fields), with the status when ≥ 300. */
const calls = (api: FakeGitHub): string[] =>
  api.requests.map((r) =>
    r.graphql
      ? `POST graphql ${r.graphql.rootFields.join(',')}`
      : `${r.method} ${r.operationId ?? r.path}${r.status && r.status >= 300 ? ` -> ${r.status}` : ''}`
  )

/** The section of a summary: from its heading to the paragraph before the counts line. */
function sectionOf(body: string, counts: string): string {
  const start = body.indexOf(HEADING)
  const end = body.indexOf(`\n\n${counts}\n`)
  return start < 0 || end < start ? '' : body.slice(start, end + 1)
}

const bullets = (lines: string[]): string => lines.map((l) => `- ${l}\n`).join('')

// ---------------------------------------------------------------------------------------------

describe.concurrent('the action on a pull request: "Effect of this change"', () => {
  it('a modified rule set: the base at the base SHA, the statement right after the verdict in the comment and the job summary', async (ctx) => {
    const { expect } = ctx
    const api = await github(ctx)
    api.changeFile(MAIN, BASE, HEAD)
    api.changeFile('docs/notes.md', 'old notes\n', null) // removed, not a rule set: not fetched
    const r = await run(ctx, api, { [MAIN]: HEAD })
    expect(r.code).toBe(0)

    // exactly one base fetched: the rule set's path as one segment, at the base SHA, raw bytes
    expect(contentRequests(api)).toEqual([contents(api, MAIN)])
    expect(calls(api)).toEqual([
      'GET pulls/list-files',
      'GET repos/get-content',
      'GET users/get-authenticated -> 403',
      'POST graphql viewer',
      'GET pulls/list-review-comments',
      'GET issues/list-comments',
      'POST issues/create-comment',
      'GET issues/list-comments'
    ])

    // a change worth reviewing makes a summary comment even without findings; the section comes
    // right after the verdict, before the counts
    const section = HEADING + bullets([CLOSES_UPPER_HALF])
    const top = `## exo-access-gate\n\n${PASSED}\n\n${section}\nNo problems in 1 file checked.\n\n`
    expect(comment(ctx, api).startsWith(`${SUMMARY_MARKER}\n${top}`)).toBe(true)
    expect(r.summary.startsWith(top)).toBe(true)
    // and the log has it as text
    expect(r.stdout).toContain(
      'exo-access-gate: effect of this change\nrules/main.exo.json (modified): 1 change\n' +
        '  closes: ExchangeAdminCenter from 198.51.100.128/25: AllowAccess → DenyAccess (now decided by "Block EAC", line 24; was "Allow office EAC", line 13)\n'
    )
  })

  it('a change that opens RemotePowerShell to new addresses is called out in bold, first', async (ctx) => {
    const { expect } = ctx
    const api = await github(ctx)
    const before = ruleSet([adminsPowerShell(['203.0.113.0/24']), BLOCK_RPS])
    const after = ruleSet([adminsPowerShell(['203.0.113.0/24', '192.0.2.0/24']), BLOCK_RPS])
    api.changeFile(MAIN, before, after)
    const r = await run(ctx, api, { [MAIN]: after })
    expect(contentRequests(api)).toEqual([contents(api, MAIN)])
    const section =
      HEADING +
      '**⚠️ This change opens RemotePowerShell to connections that were denied before (listed first).**\n\n' +
      bullets([
        '🔓 **Opens** RemotePowerShell from 192.0.2.0/24: DenyAccess → AllowAccess \\(now decided by `Admins keep PowerShell`, line 5; was `Block PowerShell`, line 16\\)'
      ])
    // EXO202 (a warning) for the partial safeguard: the run passes
    const top = `${PASSED}\n\n${section}\n0 errors, 1 warning and 0 notices in 1 file checked.\n\n`
    expect(comment(ctx, api)).toContain(`\n## exo-access-gate\n\n${top}`)
    expect(r.summary.startsWith(`## exo-access-gate\n\n${top}`)).toBe(true)
    expect(r.stdout).toContain(
      'Warning: this change opens RemotePowerShell to connections denied before.'
    )
  })

  it('a new file (no request), a base the base SHA lacks (404), a renamed file, a deleted one', async (ctx) => {
    const { expect } = ctx
    const api = await github(ctx)
    const fresh = ruleSet([adminsPowerShell(['203.0.113.0/24']), BLOCK_RPS])
    api.setContent(api.baseSha, 'rules/old-name.exo.json', BASE)
    api.setContent(api.baseSha, 'rules/gone.exo.json', BASE)
    api.setContent(api.baseSha, 'elsewhere/x.exo.json', BASE)
    api.setFiles([
      { filename: 'docs/notes.md', status: 'removed' },
      { filename: 'elsewhere/x.exo.json', status: 'modified' }, // outside `paths`
      { filename: 'rules/gone.exo.json', status: 'removed' },
      { filename: MAIN, status: 'modified' }, // the base branch no longer has it
      { filename: 'rules/new.exo.json', status: 'added' },
      {
        filename: 'rules/new-name.exo.json',
        status: 'renamed',
        previous_filename: 'rules/old-name.exo.json'
      }
    ])
    const r = await run(ctx, api, {
      'elsewhere/x.exo.json': HEAD,
      [MAIN]: HEAD,
      'rules/new.exo.json': fresh,
      'rules/new-name.exo.json': HEAD
    })
    expect(r.code).toBe(0)
    // in the pull request's order; nothing asked for the new file, the note or the file outside `paths`
    expect(contentRequests(api)).toEqual([
      contents(api, 'rules/gone.exo.json'),
      contents(api, MAIN),
      contents(api, 'rules/old-name.exo.json')
    ])
    expect(
      api.requests.filter((q) => q.operationId === 'repos/get-content').map((q) => q.status)
    ).toEqual([200, 404, 200])
    const section =
      HEADING +
      '**⚠️ This change opens ExchangeAdminCenter to connections that were denied before (listed first).**\n\n' +
      bullets([
        '🔓 **Opens** `rules/gone.exo.json`: ExchangeAdminCenter from anywhere except 198.51.100.0/24: DenyAccess → AllowAccess \\(no longer decided by `Block EAC`, line 24\\)',
        '🔒 **Closes** `rules/main.exo.json`: ExchangeAdminCenter from anywhere except 198.51.100.0/25: AllowAccess → DenyAccess \\(now decided by `Block EAC`, line 24\\)',
        '🔒 **Closes** `rules/new.exo.json`: RemotePowerShell from anywhere except 203.0.113.0/24: AllowAccess → DenyAccess \\(now decided by `Block PowerShell`, line 16\\)',
        CLOSES_UPPER_HALF.replace('**Closes** ', '**Closes** `rules/new-name.exo.json`: '),
        '↪️ **Reassigns** `rules/gone.exo.json`: ExchangeAdminCenter from 198.51.100.0/24: still AllowAccess \\(no longer decided by `Allow office EAC`, line 13\\)',
        '↪️ **Reassigns** `rules/gone.exo.json`: RemotePowerShell from anywhere: still AllowAccess \\(no longer decided by `Always Allow Remote PowerShell`, line 5\\)',
        '↪️ **Reassigns** `rules/main.exo.json`: ExchangeAdminCenter from 198.51.100.0/25: still AllowAccess \\(now decided by `Allow office EAC`, line 13\\)',
        '↪️ **Reassigns** `rules/main.exo.json`: RemotePowerShell from anywhere: still AllowAccess \\(now decided by `Always Allow Remote PowerShell`, line 5\\)',
        '↪️ **Reassigns** `rules/new.exo.json`: RemotePowerShell from 203.0.113.0/24: still AllowAccess \\(now decided by `Admins keep PowerShell`, line 5\\)',
        // notes about files come last, so a cut section keeps the changes
        '`rules/gone.exo.json`: deleted, compared with no rules at all.',
        '`rules/main.exo.json`: new file, compared with no rules at all.',
        '`rules/new.exo.json`: new file, compared with no rules at all.',
        '`rules/new-name.exo.json`: renamed from `rules/old-name.exo.json`.'
      ])
    // EXO202 (a warning) on the new file's partial safeguard
    const counts = '0 errors, 1 warning and 0 notices in 3 files checked.'
    expect(sectionOf(comment(ctx, api), counts)).toBe(section)
    expect(sectionOf(r.summary, counts)).toBe(section)
  })

  it('the contents API answering 500 (after the retries) and 403: the section says so, every finding is reported, the verdict stands', async (ctx) => {
    const { expect } = ctx
    const api = await github(ctx)
    api.changeFile(MAIN, BASE, HEAD_WITH_ERRORS)
    api.changeFile('rules/other.exo.json', BASE, HEAD)
    // no patches: no inline comments, so no review to pace (the findings are in the summaries)
    api.setFiles([
      { filename: MAIN, status: 'modified' },
      { filename: 'rules/other.exo.json', status: 'modified' }
    ])
    const server = api.fail(
      { method: 'GET', path: /contents\/rules%2Fmain\.exo\.json$/ },
      githubResponses.serverError(500)
    )
    const forbidden = api.fail(
      { method: 'GET', path: /contents\/rules%2Fother\.exo\.json$/ },
      githubResponses.notAccessibleByIntegration()
    )
    const r = await run(ctx, api, { [MAIN]: HEAD_WITH_ERRORS, 'rules/other.exo.json': HEAD })
    // a 5xx is asked three times (two retries), a 403 once
    expect([server.fired, forbidden.fired]).toEqual([3, 1])
    expect(contentRequests(api)).toEqual([
      contents(api, MAIN),
      contents(api, MAIN),
      contents(api, MAIN),
      contents(api, 'rules/other.exo.json')
    ])
    const section =
      HEADING +
      bullets([
        '`rules/main.exo.json`: not compared: its base version could not be fetched \\(HTTP 500: Server Error\\).',
        '`rules/other.exo.json`: not compared: its base version could not be fetched \\(HTTP 403: Resource not accessible by integration\\).'
      ])
    // the same verdict, outputs and findings as the engine finds in the workspace
    const expected = await runGate({ root: r.root, paths: ['rules'] })
    const findings = expected.result.files.flatMap((f) => f.findings)
    expect(findings.map((f) => f.id)).toContain('EXO102')
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({
      result: 'fail',
      errors: String(expected.result.summary.errors),
      warnings: String(expected.result.summary.warnings),
      notices: String(expected.result.summary.notices),
      files: '2'
    })
    const s = expected.result.summary
    const counts = `${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'} and ${s.notices} notice${s.notices === 1 ? '' : 's'} in 2 files checked.`
    const body = comment(ctx, api)
    for (const md of [body, r.summary]) {
      expect(sectionOf(md, counts)).toBe(section)
      for (const f of findings) expect(md).toContain(`| ${f.line}:${f.column} | [${f.id}](`)
    }
  })

  it('a hostile base (not JSON, over the size cap, a rule name with a mention and HTML): no crash, escaped', async (ctx) => {
    const { expect } = ctx
    const api = await github(ctx)
    const hostile = '@octocat <img src=x onerror=alert(1)> #1'
    api.changeFile('rules/a.exo.json', '{ "Target": "ExchangeServer", ', HEAD)
    api.changeFile('rules/b.exo.json', `${' '.repeat(2 * 1024 * 1024)}{}`, HEAD)
    api.changeFile(
      'rules/c.exo.json',
      ruleSet([SAFEGUARD, officeEac(['198.51.100.0/24'], hostile), BLOCK_EAC]),
      HEAD
    )
    const r = await run(ctx, api, {
      'rules/a.exo.json': HEAD,
      'rules/b.exo.json': HEAD,
      'rules/c.exo.json': HEAD
    })
    expect(r.code).toBe(0)
    expect(contentRequests(api)).toEqual(
      ['rules/a.exo.json', 'rules/b.exo.json', 'rules/c.exo.json'].map((f) => contents(api, f))
    )
    const name = '`@octocat <img src=x onerror=alert(1)> #1`'
    const section =
      HEADING +
      bullets([
        `🔒 **Closes** \`rules/c.exo.json\`: ExchangeAdminCenter from 198.51.100.128/25: AllowAccess → DenyAccess \\(now decided by \`Block EAC\`, line 24; was ${name}, line 13\\)`,
        `↪️ **Reassigns** \`rules/c.exo.json\`: ExchangeAdminCenter from 198.51.100.0/25: still AllowAccess \\(now decided by \`Allow office EAC\`, line 13; was ${name}, line 13\\)`,
        '`rules/a.exo.json`: not compared: the base version has errors that keep it from being compared \\(EXO001 at line 1: The document ends before the JSON value is complete\\).',
        '`rules/b.exo.json`: not compared: its base version is over the cap of 1,048,576 bytes \\(limits.maxFileBytes\\); it was not read past the cap.'
      ])
    const counts = 'No problems in 3 files checked.'
    for (const md of [comment(ctx, api), r.summary]) {
      expect(sectionOf(md, counts)).toBe(section)
      // rendered, the name is code: no image, no live mention or reference outside code
      const html = renderMarkdown(sectionOf(md, counts))
      expect(html).not.toContain('<img')
      const prose = html.replace(/<code>[^]*?<\/code>/g, '')
      expect(prose).not.toMatch(/@[A-Za-z0-9]|#\d/)
    }
  })

  it('the API budget running short: the base is not fetched, the section says why, the findings stay', async (ctx) => {
    const { expect } = ctx
    // every answer takes 1.2 s: after the file list, less than half of the 2 s budget is left
    const api = await github(ctx, { delayMs: 1200 })
    api.changeFile(MAIN, BASE, HEAD_WITH_ERRORS)
    const r = await run(ctx, api, { [MAIN]: HEAD_WITH_ERRORS }, { [BUDGET_VARIABLE]: '2' })
    expect(contentRequests(api)).toEqual([])
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('fail')
    const section =
      HEADING +
      bullets([
        '`rules/main.exo.json`: not compared: its base version was not fetched, as less than half of the 2-second budget for GitHub API calls was left and that is kept for the review.'
      ])
    expect(r.summary).toContain(`\n\n${section}\n`)
    expect(r.summary).toContain('The pull request review was not completed')
    expect(r.summary).toContain('[EXO102](')
  })

  it('many changes: the comment keeps whole entries within its share and says how many more; the job summary has them all', async (ctx) => {
    const { expect } = ctx
    const api = await github(ctx)
    const ranges = Array.from({ length: 200 }, (_, i) => `10.0.${i}.0/24`)
    const before = ruleSet([
      SAFEGUARD,
      ...ranges.map((range, i) => ({ ...officeEac([range], `Branch ${i}`), Priority: i + 2 })),
      { ...BLOCK_EAC, Priority: 202 }
    ])
    const after = ruleSet([SAFEGUARD, BLOCK_EAC])
    api.changeFile(MAIN, before, after)
    const r = await run(ctx, api, { [MAIN]: after })
    const counts = 'No problems in 1 file checked.'
    const body = comment(ctx, api)
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS)
    const full = sectionOf(r.summary, counts)
    const cut = sectionOf(body, counts)
    const entries = (s: string) => s.split('\n').filter((l) => l.startsWith('- '))
    expect(entries(full)).toHaveLength(200)
    expect(entries(full)[0]).toBe(
      '- 🔒 **Closes** ExchangeAdminCenter from 10.0.0.0/24: AllowAccess → DenyAccess \\(now decided by `Block EAC`, line 13; was `Branch 0`, line 13\\)'
    )
    expect(full).not.toContain('more change')
    const kept = entries(cut)
    expect(kept.length).toBeGreaterThan(40)
    expect(kept).toEqual(entries(full).slice(0, kept.length))
    expect(cut.endsWith(`\n\n… and ${200 - kept.length} more changes\n`)).toBe(true)
    expect(cut.length).toBeLessThanOrEqual(EFFECT_COMMENT_MAX_CHARS)
  })
})

// ---------------------------------------------------------------------------------------------
// The pieces of src/action/effect.ts in process: which files, and what one fetch gives

const PR = {
  owner: 'octo-org',
  repo: 'access-rules',
  number: 42,
  headSha: 'h'.repeat(40),
  baseSha: 'b'.repeat(40)
}

const budget = (remaining = 100_000, seconds = 120): Budget => ({
  signal: new AbortController().signal,
  remaining: () => remaining,
  seconds
})

interface Asked {
  route: string
  params: Record<string, unknown>
}

/** A client whose one answer is `answer` (a response, or an error to throw); records each request. */
function client(answer: { headers?: Record<string, string>; data?: unknown } | Error) {
  const asked: Asked[] = []
  const request = async (route: string, params: Record<string, unknown>) => {
    asked.push({ route, params })
    if (answer instanceof Error) throw answer
    return { status: 200, url: '', headers: answer.headers ?? {}, data: answer.data }
  }
  return { asked, client: { request } as unknown as EffectInput['client'] }
}

const httpError = (status: number, message: string) => Object.assign(new Error(message), { status })

/** A stream of `chunks` that records how many were read and whether it was cancelled. */
function stream(chunks: string[]) {
  const seen = { pulled: 0, cancelled: false }
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = chunks[seen.pulled++]
        if (next === undefined) controller.close()
        else controller.enqueue(new TextEncoder().encode(next))
      },
      cancel() {
        seen.cancelled = true
      }
    },
    { highWaterMark: 0 } // a chunk is pulled only when the reader asks for one
  )
  return { body, seen }
}

describe('effect.ts in process', () => {
  it('covers the changed files the run checked and the deleted ones its patterns match', ({
    expect
  }) => {
    const file = (path: string, status: string, previousPath?: string) => ({
      path,
      status,
      lines: new Map<number, number>(),
      ...(previousPath ? { previousPath } : {})
    })
    const checked = new Set(['r/a.exo.json', 'r/b.exo.json', 'r/c.exo.json', 'r/d.exo.json'])
    checked.add('r/e.exo.json')
    const isRuleSet = (p: string) => /^(r|old)\/[^/]+\.exo\.json$/.test(p)
    expect(
      effectFiles(
        [
          file('r/a.exo.json', 'modified'),
          file('r/b.exo.json', 'added'),
          file('r/c.exo.json', 'renamed', 'old/c.exo.json'),
          file('r/d.exo.json', 'copied', 'r/a.exo.json'),
          file('r/e.exo.json', 'renamed', 'notes/e.txt'), // not a rule set before: new
          file('r/f.exo.json.bak', 'renamed', 'r/f.exo.json'), // no longer one: deleted
          file('r/gone.exo.json', 'removed'),
          file('docs/gone.md', 'removed'),
          file('r/unchecked.exo.json', 'modified')
        ],
        checked,
        isRuleSet
      )
    ).toEqual([
      { file: 'r/a.exo.json', basePath: 'r/a.exo.json', head: true },
      { file: 'r/b.exo.json', head: true },
      {
        file: 'r/c.exo.json',
        basePath: 'old/c.exo.json',
        head: true,
        renamedFrom: 'old/c.exo.json'
      },
      { file: 'r/d.exo.json', head: true },
      { file: 'r/e.exo.json', head: true },
      { file: 'r/f.exo.json', basePath: 'r/f.exo.json', head: false },
      { file: 'r/gone.exo.json', basePath: 'r/gone.exo.json', head: false }
    ])
  })

  it('matches deleted paths as the run matches files: folders, globs, named files', ({
    expect,
    onTestFinished
  }) => {
    const root = mkdtempSync(join(tmpdir(), 'effect-matcher-'))
    onTestFinished(() => rmSync(root, { recursive: true, force: true }))
    mkdirSync(join(root, 'tenants', 'contoso'), { recursive: true })
    const folder = ruleSetMatcher(['tenants'], root)
    expect(
      ['tenants/contoso/a.exo.json', 'tenants/a.json', 'other/a.exo.json'].map(folder)
    ).toEqual([true, false, false])
    expect(folder('tenants/node_modules/a.exo.json')).toBe(false)
    const glob = ruleSetMatcher(['**/*.rules.json'], root)
    expect(['x/y.rules.json', 'y.rules.json', 'x/.hidden/y.rules.json'].map(glob)).toEqual([
      true,
      true,
      false
    ])
    const named = ruleSetMatcher(['one.exo.json'], root)
    expect(['one.exo.json', 'two.exo.json'].map(named)).toEqual([true, false])
  })

  it('asks for the raw bytes at the base SHA and reads them as they are', async ({ expect }) => {
    const bytes = '\ufeff{ "Target": "ExchangeServer" }'
    const { asked, client: c } = client({
      headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' },
      data: stream([bytes.slice(0, 5), bytes.slice(5)]).body
    })
    const got = await fetchBase({ client: c, pr: PR, budget: budget() }, 'rules/a b.exo.json', 100)
    expect(got).toEqual({ bytes: new TextEncoder().encode(bytes) })
    expect(asked).toHaveLength(1)
    expect(asked[0]!.route).toBe('GET /repos/{owner}/{repo}/contents/{path}')
    expect(asked[0]!.params).toMatchObject({
      owner: 'octo-org',
      repo: 'access-rules',
      path: 'rules/a b.exo.json',
      ref: PR.baseSha,
      headers: { accept: 'application/vnd.github.raw+json' },
      request: { parseSuccessResponseBody: false }
    })
  })

  it('never reads past the size cap, with or without a content-length', async ({ expect }) => {
    const unknown = stream(['x'.repeat(60), 'x'.repeat(60), 'x'.repeat(60), 'x'.repeat(60)])
    const a = client({ headers: {}, data: unknown.body })
    expect(await fetchBase({ client: a.client, pr: PR, budget: budget() }, 'f', 100)).toEqual({
      failed:
        'its base version is over the cap of 100 bytes (limits.maxFileBytes); it was not read past the cap'
    })
    expect(unknown.seen).toEqual({ pulled: 2, cancelled: true })
    const declared = stream(['x'])
    const b = client({ headers: { 'content-length': '5000000' }, data: declared.body })
    expect(await fetchBase({ client: b.client, pr: PR, budget: budget() }, 'f', 100)).toEqual({
      failed:
        'its base version is 5,000,000 bytes, over the cap of 100 bytes (limits.maxFileBytes); it was not read past the cap'
    })
    expect(declared.seen).toEqual({ pulled: 0, cancelled: true })
  })

  it('reads a JSON answer: a base64 file, a folder, a symlink', async ({ expect }) => {
    const json = (doc: unknown) =>
      client({
        headers: { 'content-type': 'application/json; charset=utf-8' },
        data: stream([JSON.stringify(doc)]).body
      }).client
    const fetch = (c: EffectInput['client']) =>
      fetchBase({ client: c, pr: PR, budget: budget() }, 'f', 1000)
    expect(await fetch(json({ type: 'file', encoding: 'base64', content: 'e30K' }))).toEqual({
      bytes: new TextEncoder().encode('{}\n')
    })
    expect(await fetch(json({ type: 'file', encoding: 'none', content: '' }))).toEqual({
      failed: 'GitHub sent its base version without its content'
    })
    expect(await fetch(json([{ type: 'file' }]))).toEqual({
      failed: 'its base version is a folder, not a file'
    })
    expect(await fetch(json({ type: 'symlink', target: '/etc/passwd' }))).toEqual({
      failed: 'its base version is a symlink, not a regular file'
    })
  })

  it('404 is no base; any other failure says why; past half the budget nothing is asked', async ({
    expect
  }) => {
    const fetch = (answer: Error, b = budget()) =>
      fetchBase({ client: client(answer).client, pr: PR, budget: b }, 'f', 1000)
    expect(await fetch(httpError(404, 'Not Found - https://docs.github.com/rest'))).toEqual({
      absent: true
    })
    expect(await fetch(httpError(502, 'Bad Gateway - https://docs.github.com/rest'))).toEqual({
      failed: 'its base version could not be fetched (HTTP 502: Bad Gateway)'
    })
    expect(
      await fetch(httpError(403, 'You have exceeded a secondary rate limit. Please wait.'))
    ).toEqual({ failed: 'its base version could not be fetched (GitHub rate limit)' })
    expect(await fetch(new BudgetExceeded(120))).toEqual({
      failed:
        'its base version could not be fetched (the 120-second budget for GitHub API calls ran out)'
    })
    const late = client(new Error('unused'))
    expect(
      await fetchBase({ client: late.client, pr: PR, budget: budget(60_000) }, 'f', 1000)
    ).toEqual({
      failed:
        'its base version was not fetched, as less than half of the 120-second budget for GitHub API calls was left and that is kept for the review'
    })
    expect(late.asked).toEqual([])
  })

  it('effectMarkdown: a byte cap cuts after a whole entry; a renamed file says from where', ({
    expect
  }) => {
    const encode = (s: string) => new TextEncoder().encode(s)
    const d = {
      ...diffFiles(MAIN, encode(BASE), encode(HEAD), defaultConfig()),
      renamedFrom: 'rules/old.exo.json'
    }
    const whole = effectMarkdown([d])
    expect(whole).toBe(
      HEADING +
        bullets([CLOSES_UPPER_HALF, '`rules/main.exo.json`: renamed from `rules/old.exo.json`.'])
    )
    expect(effectText([d])).toBe(
      'rules/main.exo.json (modified): 1 change\n  renamed from rules/old.exo.json\n' +
        '  closes: ExchangeAdminCenter from 198.51.100.128/25: AllowAccess → DenyAccess (now decided by "Block EAC", line 24; was "Allow office EAC", line 13)\n'
    )
    // the closing entry's emoji and arrow take more bytes than characters: cut by bytes; the note
    // about the file comes last, so it is what goes
    const maxBytes = utf8Length(whole) - 1
    const cut = effectMarkdown([d], { maxBytes })
    expect(cut).toBe(HEADING + bullets([CLOSES_UPPER_HALF]) + '\n… and 1 more note about files\n')
    expect(utf8Length(cut)).toBeLessThanOrEqual(maxBytes)
    expect(effectMarkdown([d], { maxBytes: utf8Length(whole) })).toBe(whole)
  })
})
