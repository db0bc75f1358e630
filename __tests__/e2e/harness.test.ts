// Tests of the e2e harness itself (no action): the fake GitHub, the event payloads, runAction.

import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { getOctokit } from '@actions/github'
import fc from 'fast-check'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { makePatch, parsePatch } from './harness/diff.js'
import { writeEvent, type EventKind, type WrittenEvent } from './harness/events.js'
import {
  account,
  FakeGitHub,
  githubResponses,
  type FakeGitHubOptions
} from './harness/fake-github.js'
import { githubSchema } from './harness/graphql.js'
import { loadOperations } from './harness/openapi.js'
import {
  actionInputDefaults,
  makeWorkspace,
  parseFileCommand,
  parseWorkflowCommands,
  runAction
} from './harness/run-action.js'
import { blobSha } from './harness/rest.js'

const RULES_BEFORE = Array.from({ length: 30 }, (_, i) => `  "line ${i + 1}",`).join('\n') + '\n'
const RULES_AFTER = RULES_BEFORE.replace('  "line 5",', '  "line 5 changed",').replace(
  '  "line 25",',
  '  "line 25 changed",'
)

const fakes: FakeGitHub[] = []
async function start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const api = await FakeGitHub.start(options)
  fakes.push(api)
  return api
}
const tempDirs: string[] = []
/** writeEvent into a directory removed after the test. */
function event(api: FakeGitHub, kind: EventKind): WrittenEvent {
  const written = writeEvent(api, kind)
  temp(dirname(written.eventPath))
  return written
}
/** A directory removed after the test. */
function temp(dir: string): string {
  tempDirs.push(dir)
  return dir
}
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.stop()))
  for (const d of tempDirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

function octokitFor(api: FakeGitHub, token = api.token) {
  return getOctokit(token, { baseUrl: api.apiUrl })
}

/** The rejection of a promise (an HttpError / GraphqlResponseError), or a failure. */
async function rejection(p: Promise<unknown>): Promise<{
  status?: number
  message: string
  response?: { data: unknown; headers: Record<string, string> }
}> {
  try {
    await p
  } catch (e) {
    return e as { status?: number; message: string }
  }
  throw new Error('expected a rejection')
}

beforeAll(() => {
  githubSchema()
})

describe('extracted OpenAPI operations', () => {
  it('hold exactly the listed operations from @octokit/openapi 23.0.2', () => {
    const fixture = loadOperations()
    expect(fixture.source).toBe('@octokit/openapi@23.0.2 generated/api.github.com.deref.json')
    expect(fixture.operations.map((o) => `${o.method} ${o.path} ${o.operationId}`)).toEqual([
      'GET /user users/get-authenticated',
      'GET /repos/{owner}/{repo}/pulls/{pull_number} pulls/get',
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/files pulls/list-files',
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments issues/list-comments',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments issues/create-comment',
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id} issues/update-comment',
      'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id} issues/delete-comment',
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments pulls/list-review-comments',
      'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews pulls/create-review',
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews pulls/list-reviews',
      'GET /repos/{owner}/{repo}/contents/{path} repos/get-content'
    ])
    const review = fixture.operations.find((o) => o.operationId === 'pulls/create-review')!
    expect(Object.keys(review.responses)).toEqual(['200', '403', '422'])
    expect(JSON.stringify(fixture)).not.toContain('"description":"')
  })
})

describe('fake GitHub: REST', () => {
  it('paginates issue comments with per_page, page and a Link header that octokit follows', async () => {
    const api = await start()
    for (let i = 1; i <= 75; i++) api.addIssueComment(`comment ${i}`)
    const octokit = octokitFor(api)
    const first = await octokit.rest.issues.listComments({
      owner: api.owner,
      repo: api.repo,
      issue_number: api.pullNumber,
      per_page: 30
    })
    expect(first.data.map((c) => c.body)).toEqual(
      Array.from({ length: 30 }, (_, i) => `comment ${i + 1}`)
    )
    const base = `${api.apiUrl}/repositories/${api.repoId}/issues/42/comments`
    expect(first.headers.link).toBe(
      `<${base}?per_page=30&page=2>; rel="next", <${base}?per_page=30&page=3>; rel="last"`
    )
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: api.owner,
      repo: api.repo,
      issue_number: api.pullNumber,
      per_page: 30
    })
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 75 }, (_, i) => `comment ${i + 1}`))
    expect(all[0]!.user!.login).toBe('octocat')
    expect(all[0]!.html_url).toBe(
      `http://ghes.example/octo-org/access-rules/pull/42#issuecomment-${all[0]!.id}`
    )
    const pages = api.requests.slice(1).map((r) => `${r.path}?${new URLSearchParams(r.query)}`)
    expect(pages).toEqual([
      '/api/v3/repos/octo-org/access-rules/issues/42/comments?per_page=30',
      '/api/v3/repositories/700123456/issues/42/comments?per_page=30&page=2',
      '/api/v3/repositories/700123456/issues/42/comments?per_page=30&page=3'
    ])
    expect(api.requests.map((r) => r.operationId)).toEqual(Array(4).fill('issues/list-comments'))
    // per_page above 100 is served as 100, as GitHub does.
    const big = await octokit.rest.issues.listComments({
      owner: api.owner,
      repo: api.repo,
      issue_number: api.pullNumber,
      per_page: 500
    })
    expect(big.data).toHaveLength(75)
    expect(api.violations).toEqual([])
  })

  it('creates, updates and deletes issue comments with ids, node ids and the bot as author', async () => {
    const api = await start()
    const octokit = octokitFor(api)
    const created = await octokit.rest.issues.createComment({
      owner: api.owner,
      repo: api.repo,
      issue_number: 42,
      body: 'summary <!-- marker -->'
    })
    expect(created.status).toBe(201)
    expect(created.data.user).toMatchObject({
      login: 'github-actions[bot]',
      type: 'Bot',
      id: 41898282
    })
    expect(created.data.node_id).toMatch(/^IC_kwDO/)
    expect(created.data.html_url).toBe(
      `http://ghes.example/octo-org/access-rules/pull/42#issuecomment-${created.data.id}`
    )
    expect(created.headers.location).toBe(created.data.url)
    const updated = await octokit.rest.issues.updateComment({
      owner: api.owner,
      repo: api.repo,
      comment_id: created.data.id,
      body: 'summary v2'
    })
    expect(updated.data.body).toBe('summary v2')
    expect(updated.data.updated_at > updated.data.created_at).toBe(true)
    expect(api.issueComments.map((c) => c.body)).toEqual(['summary v2'])
    await octokit.rest.issues.deleteComment({
      owner: api.owner,
      repo: api.repo,
      comment_id: created.data.id
    })
    expect(api.issueComments).toEqual([])
    const missing = await rejection(
      octokit.rest.issues.updateComment({
        owner: api.owner,
        repo: api.repo,
        comment_id: 1,
        body: 'x'
      })
    )
    expect(missing.status).toBe(404)
    expect(api.violations).toEqual([])
  })

  it('answers 422 for bodies over 65,536 characters (code points)', async () => {
    const api = await start()
    const octokit = octokitFor(api)
    const ok = await octokit.rest.issues.createComment({
      owner: api.owner,
      repo: api.repo,
      issue_number: 42,
      body: '😀'.repeat(65536)
    })
    expect(ok.status).toBe(201)
    const tooLong = await rejection(
      octokit.rest.issues.createComment({
        owner: api.owner,
        repo: api.repo,
        issue_number: 42,
        body: 'x'.repeat(65537)
      })
    )
    expect(tooLong.status).toBe(422)
    expect(tooLong.response!.data).toEqual({
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'unprocessable',
          field: 'data',
          message: 'Body is too long (maximum is 65536 characters)'
        }
      ],
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '422'
    })
    expect(api.issueComments).toHaveLength(1)
    expect(api.violations).toEqual([])
  })

  it('records a body that fails the operation schema, and an unknown path, as violations', async () => {
    const api = await start()
    api.changeFile('rules/a.exo.json', RULES_BEFORE, RULES_AFTER)
    const octokit = octokitFor(api)
    const side = await rejection(
      octokit.rest.pulls.createReview({
        owner: api.owner,
        repo: api.repo,
        pull_number: 42,
        event: 'COMMENT',
        body: 'review',
        comments: [{ path: 'rules/a.exo.json', line: 5, side: 'MIDDLE', body: 'x' }]
      })
    )
    expect(side.status).toBe(422)
    expect((side.response!.data as { message: string }).message).toBe(
      `Invalid request.\n\nFor 'comments/0/side', "MIDDLE" is not a member of ["LEFT","RIGHT"].`
    )
    expect(api.violations).toEqual([
      `POST /api/v3/repos/octo-org/access-rules/pulls/42/reviews: request body: /comments/0/side must be equal to one of the allowed values ["LEFT","RIGHT"]`
    ])
    expect(api.reviews).toEqual([])

    api.violations.length = 0
    const missing = await rejection(
      octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: api.owner,
        repo: api.repo,
        issue_number: 42,
        bdoy: 'a typo'
      } as never)
    )
    expect(missing.status).toBe(422)
    expect((missing.response!.data as { message: string }).message).toBe(
      `Invalid request.\n\n"body" wasn't supplied.`
    )
    expect(api.violations).toEqual([
      `POST /api/v3/repos/octo-org/access-rules/issues/42/comments: request body: (root) must have required property 'body'`
    ])

    api.violations.length = 0
    const draftWithoutBody = await rejection(
      octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
        owner: api.owner,
        repo: api.repo,
        pull_number: 42,
        event: 'COMMENT',
        comments: [{ path: 'rules/a.exo.json', line: 5 }]
      } as never)
    )
    expect(draftWithoutBody.status).toBe(422)
    expect(api.violations).toEqual([
      `POST /api/v3/repos/octo-org/access-rules/pulls/42/reviews: request body: /comments/0 must have required property 'body'`
    ])

    api.violations.length = 0
    const unknown = await rejection(
      octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', {
        owner: api.owner,
        repo: api.repo,
        pull_number: 42
      })
    )
    expect(unknown.status).toBe(404)
    expect(api.violations).toEqual([
      'GET /api/v3/repos/octo-org/access-rules/pulls/42/commits: no operation of the description matches (or not in the extracted fixture)'
    ])

    api.violations.length = 0
    await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
      owner: api.owner,
      repo: api.repo,
      pull_number: 42,
      perpage: 100
    })
    expect(api.violations).toEqual([
      'GET /api/v3/repos/octo-org/access-rules/pulls/42/files: unknown query parameter perpage'
    ])

    api.violations.length = 0
    const typo = await octokit.rest.pulls.createReview({
      owner: api.owner,
      repo: api.repo,
      pull_number: 42,
      event: 'COMMENT',
      body: 'b',
      comments: [{ path: 'rules/a.exo.json', line: 5, body: 'x', start_lines: 4 } as never]
    })
    expect(typo.status).toBe(200)
    expect(api.violations).toEqual([
      'POST /api/v3/repos/octo-org/access-rules/pulls/42/reviews: request body: unknown property /comments/0/start_lines (GitHub ignores it)'
    ])

    api.violations.length = 0
    const otherRepo = await rejection(
      octokit.rest.pulls.get({ owner: 'someone', repo: 'else', pull_number: 42 })
    )
    expect(otherRepo.status).toBe(404)
    expect(api.violations).toEqual([
      "GET /api/v3/repos/someone/else/pulls/42: repository someone/else is not the fake's octo-org/access-rules"
    ])
  })

  it('answers 422 for review comments outside the diff, creating nothing', async () => {
    const api = await start()
    api.changeFile('rules/a.exo.json', RULES_BEFORE, RULES_AFTER)
    const octokit = octokitFor(api)
    const review = (
      comments: {
        path: string
        line: number
        start_line?: number
        side?: 'LEFT' | 'RIGHT'
        body: string
      }[]
    ) =>
      octokit.rest.pulls.createReview({
        owner: api.owner,
        repo: api.repo,
        pull_number: 42,
        event: 'COMMENT',
        body: 'See the summary.',
        comments
      })
    const outside = await rejection(review([{ path: 'rules/a.exo.json', line: 15, body: 'x' }]))
    expect(outside.status).toBe(422)
    expect(outside.response!.data).toEqual({
      message: 'Unprocessable Entity',
      errors: [
        "Pull request review thread line must be part of the diff and Pull request review thread diff hunk can't be blank"
      ],
      documentation_url:
        'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
      status: '422'
    })
    const otherHunk = await rejection(
      review([{ path: 'rules/a.exo.json', start_line: 5, line: 25, body: 'x' }])
    )
    expect(otherHunk.response!.data).toMatchObject({
      errors: ['Pull request review thread start line must be part of the same hunk as the line.']
    })
    const otherFile = await rejection(review([{ path: 'README.md', line: 1, body: 'x' }]))
    expect(otherFile.response!.data).toMatchObject({
      errors: [
        "Pull request review thread path is invalid and Pull request review thread diff hunk can't be blank"
      ]
    })
    // One bad comment rejects the whole review.
    const mixed = await rejection(
      review([
        { path: 'rules/a.exo.json', line: 5, body: 'in the diff' },
        { path: 'rules/a.exo.json', line: 16, body: 'outside' }
      ])
    )
    expect(mixed.status).toBe(422)
    expect(api.reviews).toEqual([])
    expect(api.reviewComments).toEqual([])

    const ok = await review([
      { path: 'rules/a.exo.json', line: 5, body: 'added line' },
      { path: 'rules/a.exo.json', line: 7, body: 'context line' },
      { path: 'rules/a.exo.json', line: 5, side: 'LEFT', body: 'deleted line' }
    ])
    expect(ok.data).toMatchObject({
      state: 'COMMENTED',
      body: 'See the summary.',
      commit_id: api.headSha
    })
    const listed = await octokit.rest.pulls.listReviewComments({
      owner: api.owner,
      repo: api.repo,
      pull_number: 42
    })
    expect(
      listed.data.map((c) => [c.line, c.side, c.position, c.pull_request_review_id, c.body])
    ).toEqual([
      [5, 'RIGHT', 5, ok.data.id, 'added line'],
      [7, 'RIGHT', 7, ok.data.id, 'context line'],
      [5, 'LEFT', 4, ok.data.id, 'deleted line']
    ])
    expect(listed.data[0]!.diff_hunk).toBe(
      [
        '@@ -2,7 +2,7 @@',
        '   "line 2",',
        '   "line 3",',
        '   "line 4",',
        '-  "line 5",',
        '+  "line 5 changed",'
      ].join('\n')
    )
    expect(api.threads.map((t) => [t.path, t.isResolved, t.id.startsWith('PRRT_kwDO')])).toEqual([
      ['rules/a.exo.json', false, true],
      ['rules/a.exo.json', false, true],
      ['rules/a.exo.json', false, true]
    ])
    expect(api.violations).toEqual([])
  })

  it('fires a fault the given number of times, then behaves normally', async () => {
    const api = await start()
    const octokit = octokitFor(api)
    const fault = api.fail(
      { method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', times: 2 },
      githubResponses.notAccessibleByIntegration()
    )
    const create = () =>
      octokit.rest.issues.createComment({
        owner: api.owner,
        repo: api.repo,
        issue_number: 42,
        body: 'hi'
      })
    const first = await rejection(create())
    expect(first.status).toBe(403)
    expect(first.message).toContain('Resource not accessible by integration')
    expect(first.response!.headers['x-accepted-github-permissions']).toBe(
      'issues=write; pull_requests=write'
    )
    expect((await rejection(create())).status).toBe(403)
    expect((await create()).status).toBe(201)
    expect(fault.fired).toBe(2)
    expect(api.requests.map((r) => [r.status, r.fault ?? false])).toEqual([
      [403, true],
      [403, true],
      [201, false]
    ])
    expect(api.issueComments).toHaveLength(1)
    expect(api.violations).toEqual([])
  })

  it('performFirst creates the object and still answers 502', async () => {
    const api = await start()
    api.changeFile('rules/a.exo.json', RULES_BEFORE, RULES_AFTER)
    const octokit = octokitFor(api)
    api.fail(
      { method: 'POST', path: /\/pulls\/42\/reviews$/, times: 1 },
      githubResponses.serverError(502, { performFirst: true })
    )
    const failed = await rejection(
      octokit.rest.pulls.createReview({
        owner: api.owner,
        repo: api.repo,
        pull_number: 42,
        event: 'COMMENT',
        body: 'b',
        comments: [{ path: 'rules/a.exo.json', line: 5, body: 'c' }]
      })
    )
    expect(failed.status).toBe(502)
    expect(api.reviews).toHaveLength(1)
    expect(api.reviewComments.map((c) => c.body)).toEqual(['c'])
    const listed = await octokit.rest.pulls.listReviewComments({
      owner: api.owner,
      repo: api.repo,
      pull_number: 42
    })
    expect(listed.data.map((c) => c.body)).toEqual(['c'])
    expect(api.violations).toEqual([])
  })

  it('answers the secondary rate limit with and without retry-after', async () => {
    const api = await start()
    const octokit = octokitFor(api)
    api.fail(
      { path: '/repos/{owner}/{repo}/pulls/{pull_number}/files', times: 1 },
      githubResponses.secondaryRateLimit({ retryAfter: 7 })
    )
    api.fail(
      { path: '/repos/{owner}/{repo}/pulls/{pull_number}/files', times: 1 },
      githubResponses.secondaryRateLimit()
    )
    const list = () =>
      octokit.rest.pulls.listFiles({ owner: api.owner, repo: api.repo, pull_number: 42 })
    const withHeader = await rejection(list())
    expect(withHeader.status).toBe(403)
    expect(withHeader.message).toMatch(
      /^You have exceeded a secondary rate limit\. Please wait a few minutes/
    )
    expect(withHeader.response!.headers['retry-after']).toBe('7')
    expect(withHeader.response!.headers['x-ratelimit-remaining']).not.toBe('0')
    const without = await rejection(list())
    expect(without.status).toBe(403)
    expect(without.response!.headers['retry-after']).toBeUndefined()
    expect((await list()).status).toBe(200)
    expect(api.violations).toEqual([])
  })

  it("records a fault body that does not fit the operation's response schema", async () => {
    const api = await start()
    const octokit = octokitFor(api)
    api.fail(
      { method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments' },
      { status: 422, body: { message: 42 } }
    )
    await rejection(
      octokit.rest.issues.createComment({
        owner: api.owner,
        repo: api.repo,
        issue_number: 42,
        body: 'x'
      })
    )
    expect(api.violations).toEqual([
      "POST /api/v3/repos/octo-org/access-rules/issues/42/comments: response 422 does not match issues/create-comment: (root) must have required property 'documentation_url'; /message must be string"
    ])
  })

  it('answers GET /user with 403 for the bot token and the user for a user token', async () => {
    const api = await start()
    const bot = await rejection(octokitFor(api).rest.users.getAuthenticated())
    expect(bot.status).toBe(403)
    expect(bot.response!.data).toEqual({
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
      status: '403'
    })
    api.addToken('ghp_user', account('mona'))
    const user = await octokitFor(api, 'ghp_user').rest.users.getAuthenticated()
    expect(user.data).toMatchObject({ login: 'mona', type: 'User' })
    const bad = await rejection(octokitFor(api, 'ghp_unknown').rest.users.getAuthenticated())
    expect(bad.status).toBe(401)
    expect(api.violations).toEqual([])
  })

  it('serves the pull request, its files and contents at refs in GitHub shapes', async () => {
    const api = await start({ fork: { owner: 'forker' } })
    api.changeFile('rules/a.exo.json', RULES_BEFORE, RULES_AFTER)
    api.changeFile('rules/new.exo.json', null, '{}\n')
    const octokit = octokitFor(api)
    const pr = await octokit.rest.pulls.get({ owner: api.owner, repo: api.repo, pull_number: 42 })
    expect(pr.data.head).toMatchObject({
      sha: api.headSha,
      ref: 'update-rules',
      label: 'forker:update-rules'
    })
    expect(pr.data.head.repo).toMatchObject({ full_name: 'forker/access-rules', fork: true })
    expect(pr.data.base.repo).toMatchObject({ full_name: 'octo-org/access-rules', fork: false })
    expect([pr.data.additions, pr.data.deletions, pr.data.changed_files]).toEqual([3, 2, 2])
    const files = await octokit.rest.pulls.listFiles({
      owner: api.owner,
      repo: api.repo,
      pull_number: 42
    })
    expect(files.data.map((f) => [f.filename, f.status, f.additions, f.deletions])).toEqual([
      ['rules/a.exo.json', 'modified', 2, 2],
      ['rules/new.exo.json', 'added', 1, 0]
    ])
    expect(files.data[1]!.patch).toBe('@@ -0,0 +1 @@\n+{}')
    const content = await octokit.rest.repos.getContent({
      owner: api.owner,
      repo: api.repo,
      path: 'rules/new.exo.json',
      ref: api.headSha
    })
    const file = content.data as { content: string; encoding: string; sha: string }
    expect(Buffer.from(file.content, 'base64').toString()).toBe('{}\n')
    expect(file.sha).toBe(blobSha('{}\n'))
    const atBase = await rejection(
      octokit.rest.repos.getContent({
        owner: api.owner,
        repo: api.repo,
        path: 'rules/new.exo.json',
        ref: 'main'
      })
    )
    expect(atBase.status).toBe(404)
    const raw = await octokit.rest.repos.getContent({
      owner: api.owner,
      repo: api.repo,
      path: 'rules/a.exo.json',
      ref: 'update-rules',
      mediaType: { format: 'raw' }
    })
    expect(raw.data as unknown).toBe(RULES_AFTER)
    const dir = await octokit.rest.repos.getContent({
      owner: api.owner,
      repo: api.repo,
      path: 'rules',
      ref: api.headSha
    })
    expect((dir.data as { name: string }[]).map((e) => e.name)).toEqual([
      'a.exo.json',
      'new.exo.json'
    ])
    expect(api.violations).toEqual([])
  })

  it('git blob ids are git hash-object ids', () => {
    expect(blobSha('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a')
  })
})

describe('fake GitHub: GraphQL', () => {
  const THREADS = `
    query($owner: String!, $name: String!, $number: Int!, $first: Int!, $after: String) {
      repository(owner: $owner, name: $name) {
        pullRequest(number: $number) {
          reviewThreads(first: $first, after: $after) {
            nodes {
              id
              isResolved
              comments(first: 100) { nodes { databaseId author { login } body } }
            }
            pageInfo { hasNextPage endCursor }
          }
        }
      }
    }`

  async function withThreads() {
    const api = await start()
    api.changeFile('rules/a.exo.json', RULES_BEFORE, RULES_AFTER)
    const octokit = octokitFor(api)
    const review = await octokit.rest.pulls.createReview({
      owner: api.owner,
      repo: api.repo,
      pull_number: 42,
      event: 'COMMENT',
      body: 'b',
      comments: [
        { path: 'rules/a.exo.json', line: 5, body: 'first' },
        { path: 'rules/a.exo.json', line: 25, body: 'second' }
      ]
    })
    return { api, octokit, review }
  }

  type ThreadsResult = {
    repository: {
      pullRequest: {
        reviewThreads: {
          nodes: {
            id: string
            isResolved: boolean
            comments: { nodes: { databaseId: number; author: { login: string }; body: string }[] }
          }[]
          pageInfo: { hasNextPage: boolean; endCursor: string | null }
        }
      }
    }
  }

  it('answers the review-thread query, paging with first/after', async () => {
    const { api, octokit } = await withThreads()
    const vars = { owner: api.owner, name: api.repo, number: 42 }
    const all = await octokit.graphql<ThreadsResult>(THREADS, { ...vars, first: 100 })
    const threads = all.repository.pullRequest.reviewThreads
    expect(
      threads.nodes.map((t) => [
        t.id,
        t.isResolved,
        t.comments.nodes.map((c) => [c.databaseId, c.author.login, c.body])
      ])
    ).toEqual([
      [api.threads[0]!.id, false, [[api.reviewComments[0]!.id, 'github-actions', 'first']]],
      [api.threads[1]!.id, false, [[api.reviewComments[1]!.id, 'github-actions', 'second']]]
    ])
    expect(threads.pageInfo.hasNextPage).toBe(false)
    const page1 = await octokit.graphql<ThreadsResult>(THREADS, { ...vars, first: 1 })
    expect(page1.repository.pullRequest.reviewThreads.pageInfo.hasNextPage).toBe(true)
    const page2 = await octokit.graphql<ThreadsResult>(THREADS, {
      ...vars,
      first: 1,
      after: page1.repository.pullRequest.reviewThreads.pageInfo.endCursor
    })
    expect(page2.repository.pullRequest.reviewThreads.nodes.map((t) => t.id)).toEqual([
      api.threads[1]!.id
    ])
    expect(page2.repository.pullRequest.reviewThreads.pageInfo.hasNextPage).toBe(false)
    const last = api.requests.at(-1)!
    expect(last.path).toBe('/api/graphql')
    expect(last.graphql).toMatchObject({ operationType: 'query', rootFields: ['repository'] })
    expect(api.violations).toEqual([])
  })

  it('answers viewer { login } with "github-actions" for the bot token', async () => {
    const api = await start()
    const r = await octokitFor(api).graphql<{ viewer: { login: string } }>(
      'query { viewer { login } }'
    )
    expect(r.viewer.login).toBe('github-actions')
    expect(api.violations).toEqual([])
  })

  it('resolves threads and minimizes comments', async () => {
    const { api, octokit } = await withThreads()
    const resolved = await octokit.graphql<{
      resolveReviewThread: { thread: { id: string; isResolved: boolean } }
    }>(
      `mutation($id: ID!) { resolveReviewThread(input: { threadId: $id }) { thread { id isResolved } } }`,
      { id: api.threads[0]!.id }
    )
    expect(resolved.resolveReviewThread.thread).toEqual({
      id: api.threads[0]!.id,
      isResolved: true
    })
    expect(api.threads.map((t) => t.isResolved)).toEqual([true, false])
    const summary = api.addIssueComment('old summary', api.identity)
    const minimized = await octokit.graphql<{
      minimizeComment: { minimizedComment: { isMinimized: boolean; minimizedReason: string } }
    }>(
      `mutation($id: ID!) {
        minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) {
          minimizedComment { isMinimized minimizedReason ... on IssueComment { databaseId } }
        }
      }`,
      { id: summary.nodeId }
    )
    expect(minimized.minimizeComment.minimizedComment).toEqual({
      isMinimized: true,
      minimizedReason: 'outdated',
      databaseId: summary.id
    })
    expect(api.requests.at(-1)!.graphql).toMatchObject({
      operationType: 'mutation',
      rootFields: ['minimizeComment']
    })
    expect(api.violations).toEqual([])
  })

  it('shows threads and replies written by others, and the summary comments', async () => {
    const { api, octokit } = await withThreads()
    const mallory = account('mallory')
    const thread = api.addReviewThread(
      { path: 'rules/a.exo.json', line: 6, body: 'human' },
      mallory
    )
    api.replyInThread(thread.id, 'a reply')
    api.addIssueComment('<!-- exo-access-gate:summary --> forged', mallory)
    const r = await octokit.graphql<{
      repository: {
        pullRequest: {
          reviewThreads: ThreadsResult['repository']['pullRequest']['reviewThreads']
          comments: {
            nodes: { author: { login: string }; body: string; viewerDidAuthor: boolean }[]
          }
        }
      }
    }>(
      `query {
        repository(owner: "octo-org", name: "access-rules") {
          pullRequest(number: 42) {
            reviewThreads(first: 100) {
              nodes { id isResolved comments(first: 100) { nodes { databaseId author { login } body } } }
              pageInfo { hasNextPage endCursor }
            }
            comments(first: 100) { nodes { author { login } body viewerDidAuthor } }
          }
        }
      }`
    )
    const threads = r.repository.pullRequest.reviewThreads.nodes
    expect(threads.map((t) => t.comments.nodes.map((c) => `${c.author.login}: ${c.body}`))).toEqual(
      [
        ['github-actions: first'],
        ['github-actions: second'],
        ['mallory: human', 'octocat: a reply']
      ]
    )
    expect(r.repository.pullRequest.comments.nodes).toEqual([
      {
        author: { login: 'mallory' },
        body: '<!-- exo-access-gate:summary --> forged',
        viewerDidAuthor: false
      }
    ])
    const rest = await octokit.rest.pulls.listReviewComments({
      owner: api.owner,
      repo: api.repo,
      pull_number: 42
    })
    expect(rest.data.map((c) => [c.user!.login, c.in_reply_to_id ?? null])).toEqual([
      ['github-actions[bot]', null],
      ['github-actions[bot]', null],
      ['mallory', null],
      ['octocat', api.reviewComments[2]!.id]
    ])
    expect(api.violations).toEqual([])
  })

  it('rejects an invalid document and records it', async () => {
    const { api, octokit } = await withThreads()
    const bad = await rejection(
      octokit.graphql(
        `query { repository(owner: "octo-org", name: "access-rules") { pullRequest(number: 42) { reviewThreads(first: 10) { nodes { id bogus } } } } }`
      )
    )
    expect(bad.message).toContain('Cannot query field "bogus" on type "PullRequestReviewThread".')
    expect(api.violations).toEqual([
      'POST /api/graphql: GraphQL: Cannot query field "bogus" on type "PullRequestReviewThread".'
    ])
    api.violations.length = 0
    await rejection(
      octokit.graphql(THREADS, { owner: api.owner, name: api.repo, number: 42, first: 101 })
    )
    expect(api.violations).toEqual([
      'POST /api/graphql: GraphQL: Requesting 101 records on the `reviewThreads` connection exceeds the `first` limit of 100 records.'
    ])
    api.violations.length = 0
    await rejection(
      octokit.graphql(THREADS, { owner: api.owner, name: api.repo, number: '42', first: 1 })
    )
    expect(api.violations).toEqual([
      'POST /api/graphql: GraphQL: Variable "$number" got invalid value "42"; Int cannot represent non-integer value: "42"'
    ])
    api.violations.length = 0
    await octokit.graphql(`query { viewer { login bio } }`).catch(() => undefined)
    expect(api.violations).toEqual(['POST /api/graphql: GraphQL: the fake does not model User.bio'])
  })

  it('refuses mutations with a read-only token as GitHub does (FORBIDDEN), not as a violation', async () => {
    const { api } = await withThreads()
    api.addToken('ghs_readonly', api.identity, { readOnly: true })
    const octokit = octokitFor(api, 'ghs_readonly')
    const e = await rejection(
      octokit.graphql(
        `mutation($id: ID!) { resolveReviewThread(input: { threadId: $id }) { thread { isResolved } } }`,
        { id: api.threads[0]!.id }
      )
    )
    expect(e.message).toContain('Resource not accessible by integration')
    expect(api.threads[0]!.isResolved).toBe(false)
    const write = await rejection(
      octokit.rest.issues.createComment({
        owner: api.owner,
        repo: api.repo,
        issue_number: 42,
        body: 'x'
      })
    )
    expect(write.status).toBe(403)
    expect(api.violations).toEqual([])
  })

  it('marks comments outdated after a push that changes their line', async () => {
    const { api, octokit } = await withThreads()
    const after2 = RULES_AFTER.replace('  "line 25 changed",', '  "line 25 changed again",')
    api.pushHead('c'.repeat(40), { 'rules/a.exo.json': after2 })
    expect(api.headSha).toBe('c'.repeat(40))
    const files = await octokit.rest.pulls.listFiles({
      owner: api.owner,
      repo: api.repo,
      pull_number: 42
    })
    expect(files.data.map((f) => f.patch)).toEqual([makePatch(RULES_BEFORE, after2)])
    const listed = await octokit.rest.pulls.listReviewComments({
      owner: api.owner,
      repo: api.repo,
      pull_number: 42
    })
    expect(
      listed.data.map((c) => [c.body, c.line, c.position, c.original_line, c.commit_id])
    ).toEqual([
      ['first', 5, 5, 5, 'c'.repeat(40)],
      ['second', null, null, 25, api.previousHeadSha]
    ])
    const r = await octokit.graphql<{
      repository: { pullRequest: { reviewThreads: { nodes: { isOutdated: boolean }[] } } }
    }>(
      `query { repository(owner: "octo-org", name: "access-rules") { pullRequest(number: 42) { reviewThreads(first: 100) { nodes { isOutdated } } } } }`
    )
    expect(r.repository.pullRequest.reviewThreads.nodes.map((t) => t.isOutdated)).toEqual([
      false,
      true
    ])
    expect(api.violations).toEqual([])
  })

  it('fails GraphQL requests with injected faults matched on the document', async () => {
    const { api, octokit } = await withThreads()
    api.fail(
      { path: '/graphql', graphql: 'resolveReviewThread', times: 1 },
      githubResponses.serverError(502, { performFirst: true })
    )
    const e = await rejection(
      octokit.graphql(
        `mutation($id: ID!) { resolveReviewThread(input: { threadId: $id }) { thread { isResolved } } }`,
        { id: api.threads[0]!.id }
      )
    )
    expect(e.status).toBe(502)
    expect(api.threads[0]!.isResolved).toBe(true)
    expect(api.violations).toEqual([])
  })
})

interface RepoPayload {
  full_name: string
  name: string
  fork: boolean
  owner: { login: string; type: string }
}
interface PrPayload {
  number: number
  html_url: string
  user: { login: string }
  head: { sha: string; ref: string; label: string; repo: RepoPayload }
  base: { sha: string; ref: string; label: string; repo: RepoPayload }
  _links: Record<string, { href: string }>
}

describe('event payloads', () => {
  it('pull_request opened: the fake’s repository, number, refs and SHAs, no github.com', async () => {
    const api = await start()
    const { eventName, eventPath, payload } = event(api, 'pull_request.opened')
    expect(eventName).toBe('pull_request')
    expect(JSON.parse(readFileSync(eventPath, 'utf8'))).toEqual(payload)
    const pr = payload.pull_request as unknown as PrPayload
    expect(payload.action).toBe('opened')
    expect(payload.number).toBe(42)
    expect(pr.number).toBe(42)
    expect(pr.head).toMatchObject({
      sha: api.headSha,
      ref: 'update-rules',
      label: 'octo-org:update-rules'
    })
    expect(pr.base).toMatchObject({ sha: api.baseSha, ref: 'main', label: 'octo-org:main' })
    expect(pr.head.repo.full_name).toBe('octo-org/access-rules')
    expect(pr.head.repo.fork).toBe(false)
    expect(payload.repository).toMatchObject({
      full_name: 'octo-org/access-rules',
      name: 'access-rules',
      id: api.repoId
    })
    expect((payload.repository as unknown as RepoPayload).owner).toMatchObject({
      login: 'octo-org',
      type: 'Organization'
    })
    expect(pr.html_url).toBe('http://ghes.example/octo-org/access-rules/pull/42')
    expect(pr._links.comments!.href).toBe(
      `${api.apiUrl}/repos/octo-org/access-rules/issues/42/comments`
    )
    expect(pr.user.login).toBe('octocat')
    expect(JSON.stringify(payload)).not.toMatch(/github\.com\/|Codertocat|Hello-World/)
    expect(payload.installation).toBeUndefined()
  })

  it('pull_request from a fork: head repository of another owner with fork: true', async () => {
    const api = await start({ fork: { owner: 'forker' } })
    const { payload } = event(api, 'pull_request.opened')
    const pr = payload.pull_request as unknown as PrPayload
    expect(pr.head.repo).toMatchObject({ full_name: 'forker/access-rules', fork: true })
    expect(pr.head.repo.owner.login).toBe('forker')
    expect(pr.head.label).toBe('forker:update-rules')
    expect(pr.base.repo).toMatchObject({ full_name: 'octo-org/access-rules', fork: false })
    expect(payload.repository).toMatchObject({ full_name: 'octo-org/access-rules' })
  })

  it('pull_request synchronize and push', async () => {
    const api = await start()
    const oldHead = api.headSha
    api.pushHead('d'.repeat(40), [])
    const sync = event(api, 'pull_request.synchronize').payload
    expect([sync.action, sync.before, sync.after]).toEqual(['synchronize', oldHead, 'd'.repeat(40)])
    expect((sync.pull_request as unknown as PrPayload).head.sha).toBe('d'.repeat(40))
    const push = event(api, 'push')
    expect(push.eventName).toBe('push')
    expect(push.payload).toMatchObject({
      ref: 'refs/heads/main',
      before: api.baseSha,
      after: 'd'.repeat(40)
    })
    expect((push.payload.head_commit as { id: string }).id).toBe('d'.repeat(40))
    expect(push.payload.pull_request).toBeUndefined()
    expect(JSON.stringify(push.payload)).not.toMatch(/github\.com\/|Hello-World/)
  })
})

describe('runAction', () => {
  const SCRIPT = `
import { appendFileSync, writeFileSync } from 'node:fs'
const env = process.env
appendFileSync(env.GITHUB_OUTPUT, 'simple=value=with=equals\\n')
appendFileSync(env.GITHUB_OUTPUT, 'result<<ghadelimiter_1234\\nline one\\nline two\\nghadelimiter_1234\\n')
appendFileSync(env.GITHUB_STEP_SUMMARY, '# Summary\\n')
console.log('::error file=rules/a.exo.json,line=3,endLine=4,title=EXO201 missing%3A x%2C y::first%0Asecond %25')
console.log('  ::warning::indented counts')
console.log('::group::Details')
console.log('::stop-commands::pause-token')
console.log('::error::forged while stopped')
console.log('::pause-token::')
console.log('::notice title=after::resumed')
console.log('::unknown-command::ignored')
console.log('text ##[error]legacy%3B form')
console.log('::endgroup::')
console.error('::warning::on stderr')
console.log(JSON.stringify({
  failOn: env['INPUT_FAIL-ON'],
  token: env['INPUT_GITHUB-TOKEN'],
  config: env.INPUT_CONFIG,
  api: env.GITHUB_API_URL,
  graphql: env.GITHUB_GRAPHQL_URL,
  server: env.GITHUB_SERVER_URL,
  repo: env.GITHUB_REPOSITORY,
  ref: env.GITHUB_REF,
  sha: env.GITHUB_SHA,
  event: env.GITHUB_EVENT_NAME,
  proxy: env.HTTPS_PROXY ?? env.https_proxy ?? null,
  cwd: process.cwd() === env.GITHUB_WORKSPACE
}))
process.exit(3)
`

  it('runs a script like the runner and parses outputs, summary and commands', async () => {
    const api = await start()
    const dir = temp(mkdtempSync(join(tmpdir(), 'e2e-script-')))
    const entry = join(dir, 'script.mjs')
    writeFileSync(entry, SCRIPT)
    const workspace = temp(makeWorkspace({ 'rules/a.exo.json': '{}\n' }))
    expect(readFileSync(join(workspace, 'rules', 'a.exo.json'), 'utf8')).toBe('{}\n')
    const { eventName, eventPath } = event(api, 'pull_request.opened')
    const run = await runAction({
      workspace,
      inputs: { 'fail-on': 'warning' },
      eventName,
      eventPath,
      api,
      entry,
      env: { HTTPS_PROXY: '' }
    })
    expect(run.code).toBe(3)
    expect(run.outputs).toEqual({ simple: 'value=with=equals', result: 'line one\nline two' })
    expect(run.summary).toBe('# Summary\n')
    expect(
      run.commands.map(({ command, properties, message, legacy, stream }) => [
        command,
        properties,
        message,
        legacy,
        stream
      ])
    ).toEqual([
      [
        'error',
        { file: 'rules/a.exo.json', line: '3', endLine: '4', title: 'EXO201 missing: x, y' },
        'first\nsecond %',
        false,
        'stdout'
      ],
      ['warning', {}, 'indented counts', false, 'stdout'],
      ['group', {}, 'Details', false, 'stdout'],
      ['stop-commands', {}, 'pause-token', false, 'stdout'],
      ['notice', { title: 'after' }, 'resumed', false, 'stdout'],
      ['error', {}, 'legacy; form', true, 'stdout'],
      ['endgroup', {}, '', false, 'stdout'],
      ['warning', {}, 'on stderr', false, 'stderr']
    ])
    const seen = JSON.parse(run.stdout.trim().split('\n').at(-1)!)
    expect(seen).toEqual({
      failOn: 'warning',
      token: api.token,
      config: '.exo-access-gate.json',
      api: api.apiUrl,
      graphql: api.graphqlUrl,
      server: 'http://ghes.example',
      repo: 'octo-org/access-rules',
      ref: 'refs/pull/42/merge',
      sha: api.mergeSha,
      event: 'pull_request',
      proxy: '',
      cwd: true
    })
    expect(run.env['INPUT_ONLY-CHANGED']).toBe('false')
    expect(Object.keys(run.env).filter((k) => /proxy|^npm_|^VITEST/i.test(k))).toEqual([
      'HTTPS_PROXY'
    ])
  })

  it('reads every input of action.yml with its default', () => {
    expect(actionInputDefaults()).toEqual({
      paths: '',
      config: '.exo-access-gate.json',
      'fail-on': '',
      'only-changed': 'false',
      annotations: 'true',
      review: 'true',
      'sarif-file': '',
      'github-token': '${{ github.token }}'
    })
  })

  it('parses file commands and workflow commands as the runner does', () => {
    expect(parseFileCommand('a=1\nb<<EOF\n\nx\nEOF\nc=\n')).toEqual({ a: '1', b: '\nx', c: '' })
    expect(() => parseFileCommand('b<<EOF\nx\n')).toThrow('no closing delimiter EOF for b')
    expect(parseWorkflowCommands('::ERROR file=a,=x,line=,col=2::m\n::error:: \n')).toEqual([
      {
        command: 'ERROR',
        properties: { file: 'a', col: '2' },
        message: 'm',
        legacy: false,
        stream: 'stdout'
      },
      { command: 'error', properties: {}, message: ' ', legacy: false, stream: 'stdout' }
    ])
  })
})

describe('makePatch', () => {
  function applyPatch(before: string, patch: string): string {
    const lines = before === '' ? [] : before.replace(/\n$/, '').split('\n')
    const out: string[] = []
    let i = 0
    for (const hunk of parsePatch(patch)) {
      const start = hunk.oldLines === 0 ? hunk.oldStart : hunk.oldStart - 1
      while (i < start) out.push(lines[i++]!)
      for (const l of hunk.lines) {
        if (l.kind === ' ') out.push(lines[i++]!)
        else if (l.kind === '-') i++
        else if (l.kind === '+') out.push(l.text)
      }
    }
    while (i < lines.length) out.push(lines[i++]!)
    return out.length ? out.join('\n') + '\n' : ''
  }
  const stat = (p: string | undefined) =>
    p === undefined
      ? 'none'
      : `+${p.split('\n').filter((l) => l.startsWith('+')).length} -${p.split('\n').filter((l) => l.startsWith('-')).length} @${p.split('\n').filter((l) => l.startsWith('@@')).length}`

  it('round-trips and matches git diff -U3 in size and hunks', () => {
    const dir = temp(mkdtempSync(join(tmpdir(), 'e2e-diff-')))
    const line = fc.constantFrom('a', 'b', 'c', 'd', '{', '}', '  "x": 1,')
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.array(line, { maxLength: 40 }), (a, b) => {
        const before = a.length ? a.join('\n') + '\n' : ''
        const after = b.length ? b.join('\n') + '\n' : ''
        const patch = makePatch(before, after)
        if (before === after) return patch === undefined
        expect(applyPatch(before, patch!)).toBe(after)
        writeFileSync(join(dir, 'a'), before)
        writeFileSync(join(dir, 'b'), after)
        let git = ''
        try {
          execFileSync('git', [
            'diff',
            '--no-index',
            '--no-color',
            '-U3',
            join(dir, 'a'),
            join(dir, 'b')
          ])
        } catch (e) {
          git = (e as { stdout: Buffer }).stdout.toString()
        }
        const hunks = git.slice(git.indexOf('\n@@') + 1).replace(/\n$/, '')
        expect(stat(patch)).toBe(stat(hunks))
        return true
      }),
      { seed: 42, numRuns: 150 }
    )
  })

  it('writes the missing final newline marker as git does', () => {
    expect(makePatch('a\nb', 'a\nc')).toBe(
      '@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file'
    )
    expect(makePatch('a\n', 'a')).toBe('@@ -1 +1 @@\n-a\n+a\n\\ No newline at end of file')
  })
})
