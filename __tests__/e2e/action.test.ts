// The action end to end, the way the runner runs it: the committed dist/index.js as a child
// process, inputs in INPUT_* variables, a real pull_request payload, and GITHUB_API_URL pointing at
// a local GitHub (GitHub Enterprise Server layout) that validates every request against GitHub's
// own OpenAPI description and GraphQL schema (harness: __tests__/e2e/harness/).

import { rmSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { FORBIDDEN_NOTICE } from '../../src/action/review.js'
import { SUMMARY_MARKER } from '../../src/reporters/review.js'
import {
  FakeGitHub,
  githubResponses,
  makeWorkspace,
  runAction,
  writeEvent,
  type ActionRun,
  type EventKind,
  type FakeGitHubOptions
} from './harness/index.js'

const FILE = 'rules/main.exo.json'
const REVIEWS = '/repos/{owner}/{repo}/pulls/{pull_number}/reviews'
const ISSUE_COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments'

interface Rule {
  Name: string
  Action: 'AllowAccess' | 'DenyAccess'
  AnyOfProtocols: string[]
  AnyOfClientIPAddressesOrRanges?: string[]
  Priority: number
}

/** An Exchange Server rule set, 2 + 6 rules, one notice (EXO305, line 19), plus `extra`. */
function ruleSet(extra: Rule[]): string {
  const rules: Rule[] = [
    {
      Name: 'Always Allow Remote PowerShell',
      Action: 'AllowAccess',
      AnyOfProtocols: ['RemotePowerShell'],
      Priority: 1
    },
    {
      Name: 'Allow office EAC',
      Action: 'AllowAccess',
      AnyOfProtocols: ['ExchangeAdminCenter'],
      AnyOfClientIPAddressesOrRanges: ['198.51.100.7/24'],
      Priority: 2
    }
  ]
  for (let i = 3; i <= 8; i++) {
    rules.push({
      Name: `Block EAC ${i}`,
      Action: 'DenyAccess',
      AnyOfProtocols: ['ExchangeAdminCenter'],
      AnyOfClientIPAddressesOrRanges: [`203.0.${i}.0/24`],
      Priority: i
    })
  }
  return (
    JSON.stringify({ Target: 'ExchangeServer', ClientAccessRules: [...rules, ...extra] }, null, 2) +
    '\n'
  )
}

const BASE = ruleSet([])
/** Adds a deny of RemotePowerShell at priority 0: EXO201 on line 90 (in the diff), EXO103 on line 5 (not). */
const BROKEN = ruleSet([
  {
    Name: 'Lock down Remote PowerShell',
    Action: 'DenyAccess',
    AnyOfProtocols: ['RemotePowerShell'],
    Priority: 0
  }
])
/** The fix: the new rule blocks the admin center from one more range instead. */
const FIXED = ruleSet([
  {
    Name: 'Lock down Remote PowerShell',
    Action: 'DenyAccess',
    AnyOfProtocols: ['ExchangeAdminCenter'],
    AnyOfClientIPAddressesOrRanges: ['192.0.2.0/24'],
    Priority: 9
  }
])

const fakes: FakeGitHub[] = []
const dirs: string[] = []
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.stop()))
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

async function github(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const api = await FakeGitHub.start(options)
  fakes.push(api)
  api.changeFile(FILE, BASE, BROKEN)
  return api
}

async function run(
  api: FakeGitHub,
  head: string,
  options: { kind?: EventKind; inputs?: Record<string, string>; env?: Record<string, string> } = {}
): Promise<ActionRun> {
  const workspace = makeWorkspace({ [FILE]: head })
  const event = writeEvent(api, options.kind ?? 'pull_request.opened')
  dirs.push(workspace)
  const result = await runAction({
    workspace,
    inputs: { paths: 'rules', ...options.inputs },
    eventName: event.eventName,
    eventPath: event.eventPath,
    api,
    ...(options.env ? { env: options.env } : {})
  })
  expect(result.timedOut).toBe(false)
  expect(result.stderr).not.toMatch(/\n\s+at /) // never a stack trace
  return result
}

/** Requests that reached the fake, as `METHOD template` (GraphQL: `POST graphql <root fields>`). */
function calls(api: FakeGitHub): string[] {
  return api.requests.map((r) =>
    r.graphql
      ? `POST graphql ${r.graphql.rootFields.join(',')}`
      : `${r.method} ${r.operationId ?? r.path}${r.status && r.status >= 300 ? ` -> ${r.status}` : ''}`
  )
}

const ours = (api: FakeGitHub) =>
  api.issueComments.filter(
    (c) => c.body.startsWith(SUMMARY_MARKER) && c.user.login === 'github-actions[bot]'
  )

function annotationsOf(r: ActionRun): string[] {
  return r.commands
    .filter((c) => ['error', 'warning', 'notice'].includes(c.command))
    .map(
      (c) =>
        `${c.command} ${c.properties.title ?? ''} ${c.properties.file ?? ''}:${c.properties.line ?? ''}`
    )
}

describe('the action on a pull request', () => {
  it('first run: summary comment, one inline comment on the diff line, annotations, outputs, fail', async () => {
    const api = await github()
    const r = await run(api, BROKEN)

    expect(api.violations).toEqual([])
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({
      result: 'fail',
      errors: '2',
      warnings: '0',
      notices: '1',
      files: '1',
      'sarif-file': ''
    })
    expect(annotationsOf(r)).toEqual([
      `error EXO103 shadowed-rule ${FILE}:5`,
      `error EXO201 missing-safeguard ${FILE}:90`,
      `notice EXO305 ip-host-bits ${FILE}:19`,
      'error  :'
    ])
    expect(r.commands.at(-1)?.message).toBe(
      'exo-access-gate: 2 errors, 0 warnings, 1 notice; the gate fails on error.'
    )

    // one summary comment, by the bot, with every finding (also those outside the diff)
    expect(ours(api)).toHaveLength(1)
    const summary = ours(api)[0]!.body
    expect(summary.startsWith(`${SUMMARY_MARKER}\n`)).toBe(true)
    for (const id of ['EXO103', 'EXO201', 'EXO305']) expect(summary).toContain(`[${id}](`)
    // the inline finding links to the PR on the server the event names (GitHub Enterprise Server here)
    expect(summary).toContain('([inline](http://ghes.example/octo-org/access-rules/pull/42/files))')
    expect(summary).not.toContain('github.com/octo-org')

    // one review, event COMMENT, one inline comment: EXO201 on line 90 (EXO103 and EXO305 are outside the diff)
    expect(api.reviews).toHaveLength(1)
    expect(api.reviews[0]).toMatchObject({ state: 'COMMENTED', commitId: api.headSha })
    expect(api.reviewComments.map((c) => [c.path, c.line, c.side])).toEqual([[FILE, 90, 'RIGHT']])
    expect(api.reviewComments[0]!.body).toContain('EXO201')
    expect(api.reviewComments[0]!.body).toMatch(/<!-- exo-access-gate:finding [0-9a-f]{16} -->/)
    const reviewRequest = api.requests.find((q) => q.operationId === 'pulls/create-review')
    expect(reviewRequest?.body).toMatchObject({
      event: 'COMMENT',
      commit_id: api.headSha,
      comments: [{ path: FILE, line: 90, side: 'RIGHT' }]
    })
    expect((reviewRequest?.body as { body: string }).body).toContain(ours(api)[0]!.id.toString())

    // the job summary: same findings, verdict first
    expect(r.summary).toContain('EXO103')
    expect(r.summary).toContain('EXO201')
    expect(r.summary).toMatch(/Failed/)
  })

  it('second run with the same findings posts nothing new; third run after the fix resolves the thread and passes', async () => {
    const api = await github()
    await run(api, BROKEN)
    const summaryId = ours(api)[0]!.id
    const before = api.requests.length

    const second = await run(api, BROKEN, { kind: 'pull_request.synchronize' })
    expect(second.code).toBe(1)
    const secondCalls = calls(api).slice(before)
    expect(secondCalls.filter((c) => /^(POST|PATCH|DELETE) (?!graphql)/.test(c))).toEqual([])
    expect(ours(api).map((c) => c.id)).toEqual([summaryId])
    expect(api.reviews).toHaveLength(1)
    expect(api.reviewComments).toHaveLength(1)

    // the fix is pushed: the EXO201 thread is resolved, the summary updated in place to a pass
    api.pushHead('f'.repeat(40), { [FILE]: FIXED })
    const mark = api.requests.length
    const third = await run(api, FIXED, { kind: 'pull_request.synchronize' })
    expect(api.violations).toEqual([])
    expect(third.code).toBe(0)
    expect(third.outputs.result).toBe('pass')
    expect(ours(api).map((c) => c.id)).toEqual([summaryId])
    expect(ours(api)[0]!.body).toMatch(/Passed/)
    expect(ours(api)[0]!.body).not.toContain('EXO201')
    expect(api.threads.map((t) => t.isResolved)).toEqual([true])
    expect(calls(api).slice(mark)).toContain('POST graphql resolveReviewThread')
    expect(api.reviews).toHaveLength(1)
  })

  it('a changed finding set updates the same summary comment (PATCH), never a second one', async () => {
    const api = await github()
    await run(api, BROKEN)
    const summaryId = ours(api)[0]!.id
    api.pushHead('e'.repeat(40), { [FILE]: FIXED })
    await run(api, FIXED, { kind: 'pull_request.synchronize' })
    const patches = api.requests.filter((q) => q.operationId === 'issues/update-comment')
    expect(patches.map((q) => q.path)).toEqual([
      `/api/v3/repos/octo-org/access-rules/issues/comments/${summaryId}`
    ])
    expect(api.issueComments).toHaveLength(1)
  })

  it("never touches another user's comment that carries the marker", async () => {
    const api = await github()
    const forged = api.addIssueComment(`${SUMMARY_MARKER}\nnot the bot's`)
    await run(api, BROKEN)
    expect(api.issueComments.find((c) => c.id === forged.id)?.body).toBe(
      `${SUMMARY_MARKER}\nnot the bot's`
    )
    expect(api.requests.filter((q) => q.path.endsWith(`/issues/comments/${forged.id}`))).toEqual([])
    expect(ours(api)).toHaveLength(1)
  })

  it('fork pull request (read-only token, 403): one notice, annotations and job summary, verdict unchanged', async () => {
    const api = await github({ fork: { owner: 'contributor' }, readOnly: true })
    const r = await run(api, BROKEN)
    expect(api.violations).toEqual([])
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('fail')
    const notices = r.commands.filter((c) => c.command === 'notice' && !c.properties.file)
    expect(notices.map((c) => c.message)).toEqual([FORBIDDEN_NOTICE])
    expect(annotationsOf(r)).toContain(`error EXO201 missing-safeguard ${FILE}:90`)
    expect(r.summary).toContain('EXO201')
    expect(r.summary).toContain('The token cannot write to this pull request (403)')
    expect(api.issueComments).toEqual([])
    expect(api.reviews).toEqual([])
  })

  it('422 on the inline comments: the findings go into the summary comment, once', async () => {
    const api = await github()
    const fault = api.fail(
      { method: 'POST', path: REVIEWS, times: 1 },
      githubResponses.reviewLineNotInDiff()
    )
    const r = await run(api, BROKEN)
    expect(api.violations).toEqual([])
    expect(fault.fired).toBe(1)
    expect(r.code).toBe(1)
    expect(api.requests.filter((q) => q.operationId === 'pulls/create-review')).toHaveLength(1)
    expect(ours(api)).toHaveLength(1)
    expect(ours(api)[0]!.body).toContain(
      '1 finding could not be posted as inline comments (GitHub refused their lines \\(422\\)) and is listed here.'
    )
    expect(ours(api)[0]!.body).toContain('EXO201')
    expect(r.summary).toContain('could not be posted as inline comments')
  })

  it('502 on creating the summary comment that did create it: listed again, no duplicate', async () => {
    const api = await github()
    const fault = api.fail(
      { method: 'POST', path: ISSUE_COMMENTS, times: 1 },
      githubResponses.serverError(502, { performFirst: true })
    )
    const r = await run(api, BROKEN)
    expect(api.violations).toEqual([])
    expect(fault.fired).toBe(1)
    expect(r.code).toBe(1)
    expect(api.requests.filter((q) => q.operationId === 'issues/create-comment')).toHaveLength(1)
    expect(ours(api)).toHaveLength(1)
    expect(api.reviews).toHaveLength(1)
  })

  it('502 on creating the review that did create it: listed again, no duplicate comments', async () => {
    const api = await github()
    api.fail(
      { method: 'POST', path: REVIEWS, times: 1 },
      githubResponses.serverError(502, { performFirst: true })
    )
    await run(api, BROKEN)
    expect(api.violations).toEqual([])
    expect(api.requests.filter((q) => q.operationId === 'pulls/create-review')).toHaveLength(1)
    expect(api.reviewComments).toHaveLength(1)
  })

  it('secondary rate limit with retry-after: waits and retries, one comment', async () => {
    const api = await github()
    const fault = api.fail(
      { method: 'POST', path: ISSUE_COMMENTS, times: 1 },
      githubResponses.secondaryRateLimit({ retryAfter: 1 })
    )
    const r = await run(api, BROKEN)
    expect(api.violations).toEqual([])
    expect(fault.fired).toBe(1)
    expect(r.code).toBe(1)
    expect(api.requests.filter((q) => q.operationId === 'issues/create-comment')).toHaveLength(2)
    expect(ours(api)).toHaveLength(1)
    expect(r.stdout).toContain('secondary rate limit (retry after 1 s); retrying')
  })

  it('secondary rate limit without retry-after, past the budget: gives up, verdict unchanged, summary complete', async () => {
    const api = await github()
    api.fail({ method: 'POST', path: ISSUE_COMMENTS }, githubResponses.secondaryRateLimit())
    const r = await run(api, BROKEN, { env: { EXO_ACCESS_GATE_API_BUDGET_SECONDS: '10' } })
    expect(api.violations).toEqual([])
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('fail')
    expect(api.requests.filter((q) => q.operationId === 'issues/create-comment')).toHaveLength(1)
    const warnings = r.commands.filter((c) => c.command === 'warning' && !c.properties.file)
    expect(warnings.map((c) => c.message)).toEqual([
      'exo-access-gate: the pull request review was not completed (GitHub rate limit); every finding is in the job summary and the annotations, and the verdict is unchanged.'
    ])
    expect(r.summary).toContain('The pull request review was not completed (GitHub rate limit)')
    for (const id of ['EXO103', 'EXO201', 'EXO305']) expect(r.summary).toContain(id)
  })

  it('only-changed checks only the files the pull request changes', async () => {
    const api = await github()
    const workspace = makeWorkspace({
      [FILE]: BROKEN,
      'rules/untouched.exo.json': '{ "Target": "ExchangeServer", "ClientAccessRules": [ ] }\n'
    })
    dirs.push(workspace)
    const event = writeEvent(api, 'pull_request.opened')
    const r = await runAction({
      workspace,
      inputs: { paths: 'rules', 'only-changed': 'true', review: 'false' },
      eventName: event.eventName,
      eventPath: event.eventPath,
      api
    })
    expect(api.violations).toEqual([])
    expect(r.code).toBe(1)
    expect(r.outputs.files).toBe('1')
    expect(r.stdout).not.toContain('untouched.exo.json')
    // review: 'false' reads the PR's files but writes nothing
    expect(api.requests.filter((q) => q.method !== 'GET')).toEqual([])
  })

  it("calls out a pull request that changes the gate's own config file", async () => {
    const api = await github()
    api.changeFile('.exo-access-gate.json', '{ "failOn": "error" }\n', '{ "failOn": "never" }\n')
    const workspace = makeWorkspace({
      [FILE]: BROKEN,
      '.exo-access-gate.json': '{ "failOn": "never" }\n'
    })
    dirs.push(workspace)
    const event = writeEvent(api, 'pull_request.opened')
    const r = await runAction({
      workspace,
      inputs: { paths: 'rules' },
      eventName: event.eventName,
      eventPath: event.eventPath,
      api
    })
    expect(api.violations).toEqual([])
    expect(r.code).toBe(0)
    expect(r.outputs.result).toBe('pass')
    const callout =
      "This pull request changes the gate's own configuration, `.exo-access-gate.json`"
    expect(ours(api)[0]!.body).toContain(callout)
    expect(r.summary).toContain(callout)
  })

  it('two runs racing on the same pull request leave exactly one summary comment', async () => {
    // every answer is slow, so both runs list before either creates: both create one
    const api = await github({ delayMs: 400 })
    const [a, b] = await Promise.all([run(api, BROKEN), run(api, BROKEN)])
    expect(api.violations).toEqual([])
    expect([a.code, b.code]).toEqual([1, 1])
    expect(api.requests.filter((q) => q.operationId === 'issues/create-comment')).toHaveLength(2)
    const deletes = api.requests.filter((q) => q.operationId === 'issues/delete-comment')
    expect(deletes.length).toBeGreaterThanOrEqual(1)
    // neither run reports a problem (a delete that the other run did first is not one)
    for (const r of [a, b]) {
      expect(
        r.commands.filter((c) => ['warning', 'notice'].includes(c.command) && !c.properties.file)
      ).toEqual([])
    }
    expect(ours(api)).toHaveLength(1)
    expect(api.issueComments).toHaveLength(1)
  })

  it('a bad input is a configuration error, not a crash', async () => {
    const api = await github()
    const r = await run(api, BROKEN, { inputs: { 'fail-on': 'sometimes' } })
    expect(r.code).toBe(1)
    expect(r.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([
      'exo-access-gate: Input "fail-on" must be one of error, warning, notice, never, not "sometimes".'
    ])
    expect(api.requests).toEqual([])
  })
})
