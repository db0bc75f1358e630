// A local stand-in for GitHub's REST and GraphQL APIs for one repository and one pull request,
// with in-memory state, GitHub's semantics where the action depends on them, every request
// recorded, and every request and response checked against GitHub's own descriptions
// (REST: the operations extracted from @octokit/openapi; GraphQL: @octokit/graphql-schema).
// Anything that does not match lands in `violations`: an e2e test asserts it is empty.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createHash } from 'node:crypto'
import type { ErrorObject } from 'ajv'
import { getOperationAST, graphql, type GraphQLError } from 'graphql'
import { countChanges, diffHunkUpTo, indexPatch, makePatch, parsePatch, type Side } from './diff.js'
import {
  connection,
  githubError,
  githubSchema,
  parseAndValidate,
  strictFieldResolver,
  type ConnectionArgs,
  type ResolverContext
} from './graphql.js'
import {
  checkParameters,
  formatErrors,
  matchOperation,
  unknownProperties,
  validator,
  type Operation
} from './openapi.js'
import {
  account,
  blobSha,
  errorBody,
  GITHUB_ACTIONS_BOT,
  privateUser,
  reactions,
  repository,
  simpleUser,
  toSentence,
  type Account,
  type RepoInfo,
  type Site
} from './rest.js'

export { account, GITHUB_ACTIONS_BOT, type Account } from './rest.js'
export { makePatch } from './diff.js'

// ---------------------------------------------------------------------------------------------
// Public types

export type FileStatus =
  'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'

export interface PullFileInput {
  filename: string
  status?: FileStatus
  /** The unified diff hunks as GitHub shows them; absent for binary or very large files. */
  patch?: string
  previous_filename?: string
}

export interface FakeGitHubOptions {
  /** Default `octo-org`. */
  owner?: string
  /** Default `access-rules`. */
  repo?: string
  repoId?: number
  /** Default 42. */
  pullNumber?: number
  /** Web base for every html_url; default `http://ghes.example`. */
  serverUrl?: string
  /** REST prefix below the fake's origin; default `/api/v3` (GitHub Enterprise Server's). */
  apiPath?: string
  /** GraphQL endpoint path; default `/api/graphql` (`/graphql` when apiPath is ''). */
  graphqlPath?: string
  baseRef?: string
  headRef?: string
  baseSha?: string
  headSha?: string
  /** The head branch lives in a fork (`head.repo` another owner's, `fork: true`). */
  fork?: { owner: string; repo?: string }
  /** Who opened the pull request; default user `octocat`. */
  prAuthor?: Account
  /** The token the action is given; default `ghs_` + 36 characters. */
  token?: string
  /** Whose token it is; default github-actions[bot]. */
  identity?: Account
  /** The token can read but not write (a fork PR's GITHUB_TOKEN). */
  readOnly?: boolean
  files?: PullFileInput[]
  /** File contents by ref (branch name or SHA) and path. */
  contents?: Record<string, Record<string, string>>
  /** Wait this long before every response. */
  delayMs?: number
  title?: string
}

export interface RecordedGraphQL {
  query: string
  variables: Record<string, unknown>
  operationName?: string
  operationType?: 'query' | 'mutation' | 'subscription'
  /** Top-level fields of the operation run (e.g. ['repository'], ['resolveReviewThread']). */
  rootFields: string[]
}

export interface RecordedRequest {
  method: string
  /** Path as requested (with the API prefix), without the query. */
  path: string
  query: Record<string, string>
  /** Lower-case names. */
  headers: Record<string, string>
  /** Parsed JSON, or the raw text when it is not JSON, or undefined when empty. */
  body: unknown
  operationId?: string
  graphql?: RecordedGraphQL
  /** Status of the answer. */
  status?: number
  /** The answer came from an injected fault. */
  fault?: boolean
}

export interface FaultMatch {
  /** One or more methods; any when absent. */
  method?: string | string[]
  /**
   * Compared with the path as requested, the path below the API prefix, and the operation's
   * path template (e.g. '/repos/{owner}/{repo}/pulls/{pull_number}/reviews'); '/graphql' also
   * names the GraphQL endpoint. A RegExp is tested against the first two.
   */
  path: string | RegExp
  /** Only GraphQL documents containing this (e.g. 'minimizeComment'). */
  graphql?: string | RegExp
  /** How many requests it answers; unlimited when absent. */
  times?: number
}

export interface FaultResponse {
  status: number
  headers?: Record<string, string>
  body?: unknown
  /** Carry out the request first (the object is created), then answer with this. */
  performFirst?: boolean
  delayMs?: number
}

export interface Fault {
  readonly match: FaultMatch
  readonly response: FaultResponse
  /** Requests answered by this fault so far. */
  fired: number
  cancel(): void
}

export interface IssueCommentRecord {
  id: number
  nodeId: string
  body: string
  user: Account
  createdAt: string
  updatedAt: string
  /** GraphQL minimizedReason (`outdated`, `off-topic`...), or null. */
  minimizedReason: string | null
}

export interface ReviewRecord {
  id: number
  nodeId: string
  body: string
  state: 'PENDING' | 'COMMENTED' | 'APPROVED' | 'CHANGES_REQUESTED' | 'DISMISSED'
  commitId: string
  user: Account
  submittedAt: string | null
}

export interface ReviewCommentRecord {
  id: number
  nodeId: string
  reviewId: number
  threadId: string
  inReplyToId: number | null
  path: string
  body: string
  user: Account
  /** Current anchor; null once outdated. */
  line: number | null
  position: number | null
  startLine: number | null
  side: Side
  startSide: Side | null
  originalLine: number
  originalStartLine: number | null
  originalPosition: number
  /** Text of the anchored line, to tell whether a later push moved it. */
  anchorText: string
  diffHunk: string
  commitId: string
  originalCommitId: string
  createdAt: string
  updatedAt: string
  minimizedReason: string | null
}

export interface ThreadRecord {
  /** GraphQL node id (PRRT_...). */
  id: string
  path: string
  isResolved: boolean
  resolvedBy: Account | null
  isOutdated: boolean
  commentIds: number[]
}

// ---------------------------------------------------------------------------------------------
// Ready-made GitHub answers for fail()

const DOCS_RATE =
  'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'

export const githubResponses = {
  /** A fork PR's read-only token writing: 403 "Resource not accessible by integration". */
  notAccessibleByIntegration(doc = 'https://docs.github.com/rest'): FaultResponse {
    return {
      status: 403,
      headers: { 'x-accepted-github-permissions': 'issues=write; pull_requests=write' },
      body: errorBody(403, 'Resource not accessible by integration', doc)
    }
  },
  /** GitHub's secondary rate limit (403), with or without `retry-after` (seconds). */
  secondaryRateLimit(options: { retryAfter?: number } = {}): FaultResponse {
    return {
      status: 403,
      headers:
        options.retryAfter === undefined ? {} : { 'retry-after': String(options.retryAfter) },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
          'If you reach out to GitHub Support for help, please include the request ID 0000:1111:2222:3333:44444444.',
        documentation_url: DOCS_RATE,
        status: '403'
      }
    }
  },
  /** 422 for a review whose comment is not on a line of the diff. */
  reviewLineNotInDiff(): FaultResponse {
    return {
      status: 422,
      body: errorBody(
        422,
        'Unprocessable Entity',
        'pulls/reviews#create-a-review-for-a-pull-request',
        {
          errors: [
            toSentence([
              'Pull request review thread line must be part of the diff',
              "Pull request review thread diff hunk can't be blank"
            ])
          ]
        }
      )
    }
  },
  /** A 5xx (default 502) with GitHub's JSON error body. */
  serverError(status = 502, options: { performFirst?: boolean } = {}): FaultResponse {
    return {
      status,
      body: { message: 'Server Error' },
      performFirst: options.performFirst ?? false
    }
  }
}

// ---------------------------------------------------------------------------------------------

interface Reply {
  status: number
  headers?: Record<string, string>
  body?: unknown
  /** Non-JSON body (raw media type). */
  text?: string
}

interface StoredFile {
  filename: string
  status: FileStatus
  patch?: string
  previous_filename?: string
}

interface RestContext {
  identity: Account
  readOnly: boolean
  values: Record<string, unknown>
  pathParams: Record<string, string>
  body: Record<string, unknown>
  headers: Record<string, string>
  relPath: string
}

const HEX = (seed: string) => createHash('sha1').update(seed).digest('hex')
/** Length in characters (code points), as GitHub's Rails validations count. */
const codePoints = (s: string) =>
  s.length - (s.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0)
const MAX_BODY = 65536

export class FakeGitHub {
  readonly owner: string
  readonly repo: string
  readonly repoId: number
  readonly pullNumber: number
  readonly serverUrl: string
  readonly apiPath: string
  readonly graphqlPath: string
  readonly baseRef: string
  readonly headRef: string
  readonly baseSha: string
  headSha: string
  /** The head before the last pushHead(), if any. */
  previousHeadSha: string | undefined
  readonly token: string
  readonly identity: Account
  readonly prAuthor: Account
  readonly forkOwner: string | undefined
  readonly forkRepo: string | undefined

  /** Every request, in order. */
  readonly requests: RecordedRequest[] = []
  /** Requests or responses that GitHub's descriptions do not allow, and unmodelled asks. */
  readonly violations: string[] = []

  readonly issueComments: IssueCommentRecord[] = []
  readonly reviews: ReviewRecord[] = []
  readonly reviewComments: ReviewCommentRecord[] = []
  readonly threads: ThreadRecord[] = []

  delayMs: number

  private readonly commentIndex = new Map<number, ReviewCommentRecord>()
  private readonly reviewIndex = new Map<number, ReviewRecord>()
  private files: StoredFile[] = []
  private readonly trees = new Map<string, Map<string, string>>()
  private readonly refs = new Map<string, string>()
  private readonly commits = new Set<string>()
  private readonly tokens = new Map<string, { account: Account; readOnly: boolean }>()
  private readonly faults: Fault[] = []
  private server: Server | undefined
  private origin = ''
  private clock = Date.parse('2026-01-15T10:00:00Z')
  private readonly createdAt: string
  private nextId = {
    issueComment: 1_800_000_001,
    review: 1_600_000_001,
    reviewComment: 1_500_000_001
  }
  private rateRemaining = 1000
  private readonly rateReset = Math.floor(Date.parse('2026-01-15T11:00:00Z') / 1000)
  private readonly title: string

  constructor(options: FakeGitHubOptions = {}) {
    this.owner = options.owner ?? 'octo-org'
    this.repo = options.repo ?? 'access-rules'
    this.repoId = options.repoId ?? 700_123_456
    this.pullNumber = options.pullNumber ?? 42
    this.serverUrl = (options.serverUrl ?? 'http://ghes.example').replace(/\/$/, '')
    this.apiPath = options.apiPath ?? '/api/v3'
    this.graphqlPath = options.graphqlPath ?? (this.apiPath === '' ? '/graphql' : '/api/graphql')
    this.baseRef = options.baseRef ?? 'main'
    this.headRef = options.headRef ?? 'update-rules'
    this.baseSha = options.baseSha ?? HEX('base')
    this.headSha = options.headSha ?? HEX('head')
    this.token = options.token ?? 'ghs_' + 'F4keT0kenForTheE2eHarness0123456789'.slice(0, 36)
    this.identity = options.identity ?? GITHUB_ACTIONS_BOT
    this.prAuthor = options.prAuthor ?? account('octocat', { association: 'CONTRIBUTOR' })
    this.forkOwner = options.fork?.owner
    this.forkRepo = options.fork ? (options.fork.repo ?? this.repo) : undefined
    this.delayMs = options.delayMs ?? 0
    this.title = options.title ?? 'Update client access rules'
    this.tokens.set(this.token, { account: this.identity, readOnly: options.readOnly ?? false })
    this.createdAt = this.tick()
    this.commits.add(this.baseSha).add(this.headSha)
    this.refs.set(this.baseRef, this.baseSha)
    this.refs.set(this.headRef, this.headSha)
    for (const sha of [this.baseSha, this.headSha]) this.trees.set(sha, new Map())
    for (const [ref, files] of Object.entries(options.contents ?? {})) {
      for (const [path, text] of Object.entries(files)) this.setContent(ref, path, text)
    }
    if (options.files) this.setFiles(options.files)
  }

  /** Starts a fake on 127.0.0.1 at a free port. */
  static async start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
    return new FakeGitHub(options).listen()
  }

  async listen(): Promise<this> {
    githubSchema() // build once, before the first request's clock starts
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        this.violations.push(`fake internal error: ${(e as Error).stack ?? String(e)}`)
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ message: 'Server Error' }))
      })
    })
    this.server.keepAliveTimeout = 1000
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    const { port } = this.server.address() as AddressInfo
    this.origin = `http://127.0.0.1:${port}`
    return this
  }

  async stop(): Promise<void> {
    const server = this.server
    if (!server) return
    this.server = undefined
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  /** GITHUB_API_URL: the REST base. */
  get apiUrl(): string {
    return this.origin + this.apiPath
  }

  /** GITHUB_GRAPHQL_URL. */
  get graphqlUrl(): string {
    return this.origin + this.graphqlPath
  }

  /** GITHUB_SHA of a pull_request run: the test merge commit (its tree is the head's). */
  get mergeSha(): string {
    return HEX(`merge:${this.headSha}`)
  }

  get fullName(): string {
    return `${this.owner}/${this.repo}`
  }

  // -------------------------------------------------------------------------------------------
  // Setting up state

  /** Another token (e.g. a user's PAT, or a read-only one). */
  addToken(token: string, who: Account, options: { readOnly?: boolean } = {}): void {
    this.tokens.set(token, { account: who, readOnly: options.readOnly ?? false })
  }

  /** Replaces the pull request's files (with their patches). */
  setFiles(files: PullFileInput[]): void {
    this.files = files.map((f) => ({
      filename: f.filename,
      status: f.status ?? 'modified',
      ...(f.patch === undefined ? {} : { patch: f.patch }),
      ...(f.previous_filename === undefined ? {} : { previous_filename: f.previous_filename })
    }))
    for (const f of this.files) if (f.patch) parsePatch(f.patch)
  }

  /**
   * A file the pull request changes from `before` (base; null: absent) to `after` (head; null:
   * deleted): sets the contents at both refs and the file's entry with a git-style patch.
   */
  changeFile(path: string, before: string | null, after: string | null): void {
    this.setContent(this.baseSha, path, before)
    this.setContent(this.headSha, path, after)
    const patch = makePatch(before, after)
    const status: FileStatus = before === null ? 'added' : after === null ? 'removed' : 'modified'
    const entry: StoredFile = { filename: path, status, ...(patch ? { patch } : {}) }
    const i = this.files.findIndex((f) => f.filename === path)
    if (i >= 0) this.files[i] = entry
    else this.files.push(entry)
  }

  /** File contents at a ref (branch name or SHA); null deletes. */
  setContent(ref: string, path: string, text: string | null): void {
    const sha = this.refs.get(ref) ?? ref
    let tree = this.trees.get(sha)
    if (!tree) {
      tree = new Map()
      this.trees.set(sha, tree)
      this.commits.add(sha)
    }
    if (text === null) tree.delete(path)
    else tree.set(path, text)
  }

  /**
   * A new push to the head branch (a `synchronize`): the head SHA moves and the pull request's
   * files change; review comments whose line is no longer in the diff with the same text become
   * outdated (`line`/`position` null, thread `isOutdated`).
   *
   * `change` is either the new file list with patches, or the new head contents of the files
   * that changed (null: deleted): the fake then recomputes every file's patch against the base.
   */
  pushHead(headSha: string, change: PullFileInput[] | Record<string, string | null>): void {
    const previous = this.trees.get(this.headSha) ?? new Map<string, string>()
    const tree = new Map(previous)
    if (!Array.isArray(change)) {
      for (const [path, text] of Object.entries(change)) {
        if (text === null) tree.delete(path)
        else tree.set(path, text)
      }
    }
    this.previousHeadSha = this.headSha
    this.headSha = headSha
    this.commits.add(headSha)
    this.refs.set(this.headRef, headSha)
    this.trees.set(headSha, tree)
    if (Array.isArray(change)) {
      this.setFiles(change)
    } else {
      const base = this.trees.get(this.baseSha)!
      const paths = new Set([...this.files.map((f) => f.filename), ...Object.keys(change)])
      this.files = []
      for (const path of [...paths].sort()) {
        const before = base.get(path) ?? null
        const after = tree.get(path) ?? null
        if (before === after) continue
        const patch = makePatch(before, after)
        const status: FileStatus =
          before === null ? 'added' : after === null ? 'removed' : 'modified'
        this.files.push({ filename: path, status, ...(patch ? { patch } : {}) })
      }
    }
    for (const c of this.reviewComments) {
      if (c.line === null) continue
      const file = this.files.find((f) => f.filename === c.path)
      const found = file?.patch ? indexPatch(file.patch).find(c.line, c.side) : undefined
      if (found && found.line.text === c.anchorText) {
        c.commitId = headSha
        c.position = found.line.position
      } else {
        c.line = null
        c.position = null
        c.startLine = null
      }
    }
    for (const t of this.threads) {
      const first = this.commentIndex.get(t.commentIds[0]!)
      t.isOutdated = first?.line === null
    }
  }

  /** A comment on the pull request written by someone (default: the PR's author). */
  addIssueComment(body: string, user: Account = this.prAuthor): IssueCommentRecord {
    return this.createIssueComment(user, body)
  }

  /**
   * A review thread started by someone on a line of the diff (throws when not in the diff);
   * returns the thread.
   */
  addReviewThread(
    comment: { path: string; line: number; side?: Side; body: string },
    user: Account = this.prAuthor
  ): ThreadRecord {
    const result = this.createReview(user, {
      event: 'COMMENT',
      body: '',
      comments: [
        {
          path: comment.path,
          line: comment.line,
          side: comment.side ?? 'RIGHT',
          body: comment.body
        }
      ]
    })
    if (result.status !== 200) throw new Error(`addReviewThread: ${JSON.stringify(result.body)}`)
    return this.threads.at(-1)!
  }

  /** A reply in a thread. */
  replyInThread(
    threadId: string,
    body: string,
    user: Account = this.prAuthor
  ): ReviewCommentRecord {
    const thread = this.threads.find((t) => t.id === threadId)
    if (!thread) throw new Error(`no thread ${threadId}`)
    const first = this.commentIndex.get(thread.commentIds[0]!)!
    const review = this.addReview(user, 'COMMENTED', '', first.commitId)
    const reply: ReviewCommentRecord = {
      ...first,
      id: this.nextId.reviewComment++,
      nodeId: '',
      reviewId: review.id,
      inReplyToId: first.id,
      body,
      user,
      createdAt: this.tick(),
      updatedAt: '',
      minimizedReason: null
    }
    reply.nodeId = this.nodeId('PRRC', reply.id)
    reply.updatedAt = reply.createdAt
    this.reviewComments.push(reply)
    this.commentIndex.set(reply.id, reply)
    thread.commentIds.push(reply.id)
    return reply
  }

  // -------------------------------------------------------------------------------------------
  // Faults

  /** Answers matching requests with `response` (`times` times, or until cancelled). */
  fail(match: FaultMatch, response: FaultResponse): Fault {
    const fault: Fault = {
      match,
      response,
      fired: 0,
      cancel: () => {
        const i = this.faults.indexOf(fault)
        if (i >= 0) this.faults.splice(i, 1)
      }
    }
    this.faults.push(fault)
    return fault
  }

  clearFaults(): void {
    this.faults.length = 0
  }

  private findFault(rec: RecordedRequest, relPath: string, template?: string): Fault | undefined {
    for (const f of this.faults) {
      const { match } = f
      if (match.times !== undefined && f.fired >= match.times) continue
      if (match.method !== undefined) {
        const methods = (Array.isArray(match.method) ? match.method : [match.method]).map((m) =>
          m.toUpperCase()
        )
        if (!methods.includes(rec.method)) continue
      }
      const isGraphQL = rec.graphql !== undefined
      const pathOk =
        typeof match.path === 'string'
          ? match.path === rec.path ||
            match.path === relPath ||
            match.path === template ||
            (isGraphQL && match.path === '/graphql')
          : match.path.test(rec.path) || match.path.test(relPath)
      if (!pathOk) continue
      if (match.graphql !== undefined) {
        const q = rec.graphql?.query
        if (q === undefined) continue
        if (typeof match.graphql === 'string' ? !q.includes(match.graphql) : !match.graphql.test(q))
          continue
      }
      return f
    }
    return undefined
  }

  // -------------------------------------------------------------------------------------------
  // HTTP

  private site(): Site {
    return { api: this.apiUrl, server: this.serverUrl }
  }

  private tick(): string {
    const at = new Date(this.clock).toISOString().replace('.000Z', 'Z')
    this.clock += 1000
    return at
  }

  private nodeId(prefix: string, id: number): string {
    return `${prefix}_kwDO${Buffer.from(`${this.repoId}:${id}`).toString('base64url')}`
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin)
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    const headers: Record<string, string> = {}
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v
    }
    let body: unknown = undefined
    let bodyIsJson = false
    if (raw !== '') {
      try {
        body = JSON.parse(raw)
        bodyIsJson = true
      } catch {
        body = raw
      }
    }
    const rec: RecordedRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      body
    }
    this.requests.push(rec)
    const { reply, delay } = await this.dispatch(rec, url, raw, bodyIsJson)
    const wait = this.delayMs + delay
    if (wait > 0) await new Promise((r) => setTimeout(r, wait))
    rec.status = reply.status
    const out: Record<string, string> = {
      'x-github-request-id': `0000:${this.requests.length.toString(16).padStart(4, '0')}`,
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': '1000',
      // Never 0: an exhausted primary limit is a fault a test injects, not a side effect.
      'x-ratelimit-remaining': String((this.rateRemaining = Math.max(1, this.rateRemaining - 1))),
      'x-ratelimit-reset': String(this.rateReset),
      'x-ratelimit-used': String(1000 - this.rateRemaining),
      'x-ratelimit-resource': rec.graphql ? 'graphql' : 'core',
      ...reply.headers
    }
    if (reply.text !== undefined) {
      res.writeHead(reply.status, out)
      res.end(reply.text)
    } else if (reply.body === undefined) {
      res.writeHead(reply.status, out)
      res.end()
    } else {
      res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...out })
      res.end(JSON.stringify(reply.body))
    }
  }

  private violation(rec: RecordedRequest, what: string): void {
    this.violations.push(`${rec.method} ${rec.path}: ${what}`)
  }

  private async dispatch(
    rec: RecordedRequest,
    url: URL,
    raw: string,
    bodyIsJson: boolean
  ): Promise<{ reply: Reply; delay: number }> {
    if (rec.path === this.graphqlPath) return this.dispatchGraphQL(rec, raw, bodyIsJson)
    if (!rec.path.startsWith(this.apiPath + '/')) {
      this.violation(rec, 'not below the API URL')
      return {
        reply: { status: 404, body: errorBody(404, 'Not Found', 'https://docs.github.com/rest') },
        delay: 0
      }
    }
    let relPath = rec.path.slice(this.apiPath.length)
    // GitHub's Link headers name the repository by id: /repositories/{id}/...
    const byId = `/repositories/${this.repoId}/`
    if (relPath.startsWith(byId)) {
      relPath = `/repos/${this.owner}/${this.repo}/` + relPath.slice(byId.length)
    }
    const match = matchOperation(rec.method, relPath)
    if (!match) {
      this.violation(
        rec,
        'no operation of the description matches (or not in the extracted fixture)'
      )
      return {
        reply: { status: 404, body: errorBody(404, 'Not Found', 'https://docs.github.com/rest') },
        delay: 0
      }
    }
    const op = match.operation
    rec.operationId = op.operationId
    const doc = docOf(op)

    const auth = this.authenticate(rec.headers.authorization)
    if ('reply' in auth) return { reply: auth.reply, delay: 0 }

    const params = checkParameters(op, match.params, url.searchParams)
    for (const u of params.unknown) this.violation(rec, `unknown query parameter ${u}`)
    if (params.errors.length) {
      this.violation(rec, params.errors.join('; '))
      return {
        reply: {
          status: 422,
          body: errorBody(422, `Invalid request.\n\n${params.errors.join('\n')}`, doc)
        },
        delay: 0
      }
    }

    let body: Record<string, unknown> = {}
    if (op.requestBody) {
      if (raw === '' && !op.requestBody.required) {
        body = {}
      } else if (!bodyIsJson) {
        this.violation(rec, 'request body is not JSON')
        return {
          reply: { status: 400, body: errorBody(400, 'Problems parsing JSON', doc) },
          delay: 0
        }
      } else {
        body = rec.body as Record<string, unknown>
        const schema = op.requestBody.schema
        if (schema) {
          const v = validator(schema)
          if (!v(body)) {
            this.violation(rec, `request body: ${formatErrors(v.errors)}`)
            return {
              reply: {
                status: 422,
                body: errorBody(
                  422,
                  `Invalid request.\n\n${githubSchemaMessages(v.errors, body)}`,
                  doc
                )
              },
              delay: 0
            }
          }
          for (const extra of unknownProperties(schema, body)) {
            this.violation(rec, `request body: unknown property ${extra} (GitHub ignores it)`)
          }
        }
      }
    }

    const owner = match.params.owner
    const repo = match.params.repo
    if (
      owner !== undefined &&
      (owner.toLowerCase() !== this.owner.toLowerCase() ||
        repo?.toLowerCase() !== this.repo.toLowerCase())
    ) {
      this.violation(rec, `repository ${owner}/${repo} is not the fake's ${this.fullName}`)
      return { reply: { status: 404, body: errorBody(404, 'Not Found', doc) }, delay: 0 }
    }

    const ctx: RestContext = {
      identity: auth.account,
      readOnly: auth.readOnly,
      values: params.values,
      pathParams: match.params,
      body,
      headers: rec.headers,
      relPath
    }
    const fault = this.findFault(rec, relPath, op.path)
    let reply: Reply
    if (fault && !fault.response.performFirst) {
      reply = faultReply(fault)
    } else {
      reply = this.rest(op, ctx, rec)
      if (fault) reply = faultReply(fault)
    }
    if (fault) {
      fault.fired++
      rec.fault = true
    }
    this.checkResponse(rec, op, reply)
    return { reply, delay: fault?.response.delayMs ?? 0 }
  }

  private authenticate(
    header: string | undefined
  ): { account: Account; readOnly: boolean } | { reply: Reply } {
    const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '')
    if (!m) {
      return {
        reply: {
          status: 401,
          body: errorBody(401, 'Requires authentication', 'https://docs.github.com/rest')
        }
      }
    }
    const found = this.tokens.get(m[1]!)
    if (!found) {
      return {
        reply: {
          status: 401,
          body: errorBody(401, 'Bad credentials', 'https://docs.github.com/rest')
        }
      }
    }
    return found
  }

  /** The fake's own answers must fit the description too. */
  private checkResponse(rec: RecordedRequest, op: Operation, reply: Reply): void {
    const status = String(reply.status)
    if (!(status in op.responses)) {
      if (reply.status < 300)
        this.violation(rec, `status ${status} is not a response of ${op.operationId}`)
      return
    }
    const schema = op.responses[status]
    if (!schema) {
      if (reply.body !== undefined) this.violation(rec, `response ${status} must have no JSON body`)
      return
    }
    if (reply.text !== undefined) return
    const v = validator(schema)
    if (!v(reply.body)) {
      this.violation(
        rec,
        `response ${status} does not match ${op.operationId}: ${formatErrors(v.errors)}`
      )
    }
  }

  // -------------------------------------------------------------------------------------------
  // REST operations

  private rest(op: Operation, ctx: RestContext, rec: RecordedRequest): Reply {
    const doc = docOf(op)
    const write = op.method !== 'GET'
    if (write && ctx.readOnly) {
      return githubResponses.notAccessibleByIntegration(doc)
    }
    const n = ctx.values.pull_number ?? ctx.values.issue_number
    if (n !== undefined && n !== this.pullNumber) {
      this.violation(rec, `pull request #${String(n)} is not the fake's #${this.pullNumber}`)
      return { status: 404, body: errorBody(404, 'Not Found', doc) }
    }
    switch (op.operationId) {
      case 'users/get-authenticated':
        if (ctx.identity.type === 'Bot') {
          return {
            status: 403,
            body: errorBody(403, 'Resource not accessible by integration', doc)
          }
        }
        return { status: 200, body: privateUser(this.site(), ctx.identity, this.createdAt) }
      case 'pulls/get':
        return { status: 200, body: this.pullRequestJson() }
      case 'pulls/list-files':
        return this.paginate(this.files.slice(0, 3000), ctx, (f) => this.fileJson(f))
      case 'issues/list-comments': {
        const since = ctx.values.since as string | undefined
        const list = this.issueComments.filter((c) => !since || c.updatedAt >= normaliseTime(since))
        return this.paginate(list, ctx, (c) => this.issueCommentJson(c))
      }
      case 'issues/create-comment': {
        const text = ctx.body.body as string
        if (codePoints(text) > MAX_BODY) return bodyTooLong(doc)
        const c = this.createIssueComment(ctx.identity, text)
        const json = this.issueCommentJson(c)
        return { status: 201, headers: { location: json.url }, body: json }
      }
      case 'issues/update-comment': {
        const c = this.issueComments.find((x) => x.id === ctx.values.comment_id)
        if (!c) return { status: 404, body: errorBody(404, 'Not Found', doc) }
        const text = ctx.body.body as string
        if (codePoints(text) > MAX_BODY) return bodyTooLong(doc)
        c.body = text
        c.updatedAt = this.tick()
        return { status: 200, body: this.issueCommentJson(c) }
      }
      case 'issues/delete-comment': {
        const i = this.issueComments.findIndex((x) => x.id === ctx.values.comment_id)
        if (i < 0) return { status: 404, body: errorBody(404, 'Not Found', doc) }
        this.issueComments.splice(i, 1)
        return { status: 204 }
      }
      case 'pulls/list-review-comments': {
        const since = ctx.values.since as string | undefined
        let list = this.reviewComments.filter(
          (c) =>
            this.reviewOf(c).state !== 'PENDING' && (!since || c.updatedAt >= normaliseTime(since))
        )
        if (ctx.values.sort === 'updated')
          list = [...list].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
        if (ctx.values.direction === 'desc') list = [...list].reverse()
        return this.paginate(list, ctx, (c) => this.reviewCommentJson(c))
      }
      case 'pulls/create-review':
        return this.createReview(ctx.identity, ctx.body)
      case 'pulls/list-reviews':
        return this.paginate(
          this.reviews.filter((r) => r.state !== 'PENDING' || r.user.id === ctx.identity.id),
          ctx,
          (r) => this.reviewJson(r)
        )
      case 'repos/get-content':
        return this.getContent(ctx, doc)
      default:
        this.violation(rec, `the fake has no handler for ${op.operationId}`)
        return { status: 404, body: errorBody(404, 'Not Found', doc) }
    }
  }

  /** One page of `items` (turned to JSON only for that page), with GitHub's Link header. */
  private paginate<T>(items: T[], ctx: RestContext, toJson: (item: T) => unknown): Reply {
    const perPage = Math.min(100, Math.max(1, (ctx.values.per_page as number | undefined) ?? 30))
    const page = Math.max(1, (ctx.values.page as number | undefined) ?? 1)
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const slice = items.slice((page - 1) * perPage, page * perPage).map(toJson)
    const headers: Record<string, string> = {}
    if (last > 1) {
      // As GitHub: absolute URLs naming the repository by id, same query, page replaced.
      const rel = ctx.relPath.replace(
        `/repos/${ctx.pathParams.owner}/${ctx.pathParams.repo}/`,
        `/repositories/${this.repoId}/`
      )
      const link = (p: number, relName: string) => {
        const u = new URL(this.apiUrl + rel)
        for (const [k, v] of Object.entries(ctx.values)) {
          if (k !== 'page' && !(k in ctx.pathParams)) u.searchParams.set(k, String(v))
        }
        u.searchParams.set('page', String(p))
        return `<${u.href}>; rel="${relName}"`
      }
      const parts: string[] = []
      if (page > 1) parts.push(link(Math.min(page - 1, last), 'prev'))
      if (page < last) parts.push(link(page + 1, 'next'), link(last, 'last'))
      if (page > 1) parts.push(link(1, 'first'))
      if (parts.length) headers.link = parts.join(', ')
    }
    return { status: 200, headers, body: slice }
  }

  private getContent(ctx: RestContext, doc: string): Reply {
    const ref = (ctx.values.ref as string | undefined) ?? this.baseRef
    let sha = ref.replace(/^refs\/heads\//, '')
    sha = this.refs.get(sha) ?? sha
    if (sha === this.mergeSha || ref === `refs/pull/${this.pullNumber}/merge`) sha = this.headSha
    const tree = this.trees.get(sha)
    const notFound: Reply = { status: 404, body: errorBody(404, 'Not Found', doc) }
    if (!tree) return notFound
    const path = (ctx.pathParams.path ?? '').replace(/\/$/, '')
    const text = tree.get(path)
    const site = this.site()
    const entry = (p: string, type: 'file' | 'dir', size: number, blob: string) => {
      const self = `${site.api}/repos/${this.fullName}/contents/${encodePath(p)}?ref=${encodeURIComponent(ref)}`
      const html = `${site.server}/${this.fullName}/${type === 'file' ? 'blob' : 'tree'}/${encodeURIComponent(ref)}/${encodePath(p)}`
      const git = `${site.api}/repos/${this.fullName}/git/${type === 'file' ? 'blobs' : 'trees'}/${blob}`
      return {
        name: p.split('/').at(-1)!,
        path: p,
        sha: blob,
        size,
        url: self,
        html_url: html,
        git_url: git,
        download_url:
          type === 'file'
            ? `${site.server}/${this.fullName}/raw/${encodeURIComponent(ref)}/${encodePath(p)}`
            : null,
        type,
        _links: { self, git, html }
      }
    }
    if (text !== undefined) {
      const accept = ctx.headers.accept ?? ''
      if (/application\/vnd\.github(\.v3)?\.raw/.test(accept)) {
        return {
          status: 200,
          headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' },
          text
        }
      }
      const bytes = Buffer.from(text, 'utf8')
      const tooLarge = bytes.length > 1024 * 1024
      // GitHub wraps base64 at 60 characters; files over 1 MB come with empty content, "none".
      const content = tooLarge
        ? ''
        : (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + (bytes.length ? '\n' : '')
      return {
        status: 200,
        body: {
          ...entry(path, 'file', bytes.length, blobSha(text)),
          content,
          encoding: tooLarge ? 'none' : 'base64'
        }
      }
    }
    const prefix = path === '' ? '' : path + '/'
    const children = new Map<string, 'file' | 'dir'>()
    for (const p of tree.keys()) {
      if (!p.startsWith(prefix)) continue
      const rest = p.slice(prefix.length)
      const [head, ...more] = rest.split('/')
      children.set(prefix + head!, more.length ? 'dir' : 'file')
    }
    if (children.size === 0) return notFound
    return {
      status: 200,
      body: [...children]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([p, type]) =>
          type === 'file'
            ? entry(p, 'file', Buffer.byteLength(tree.get(p)!), blobSha(tree.get(p)!))
            : entry(p, 'dir', 0, HEX(`tree:${p}`))
        )
    }
  }

  // -------------------------------------------------------------------------------------------
  // Mutations shared by REST, GraphQL and the test's own set-up

  private createIssueComment(user: Account, body: string): IssueCommentRecord {
    const id = this.nextId.issueComment++
    const at = this.tick()
    const c: IssueCommentRecord = {
      id,
      nodeId: this.nodeId('IC', id),
      body,
      user,
      createdAt: at,
      updatedAt: at,
      minimizedReason: null
    }
    this.issueComments.push(c)
    return c
  }

  private addReview(
    user: Account,
    state: ReviewRecord['state'],
    body: string,
    commitId: string
  ): ReviewRecord {
    const id = this.nextId.review++
    const r: ReviewRecord = {
      id,
      nodeId: this.nodeId('PRR', id),
      body,
      state,
      commitId,
      user,
      submittedAt: state === 'PENDING' ? null : this.tick()
    }
    this.reviews.push(r)
    this.reviewIndex.set(r.id, r)
    return r
  }

  private reviewOf(c: ReviewCommentRecord): ReviewRecord {
    return this.reviewIndex.get(c.reviewId)!
  }

  /** POST /pulls/{n}/reviews: all or nothing, every draft comment on a line of the diff. */
  private createReview(user: Account, body: Record<string, unknown>): Reply {
    const doc = 'pulls/reviews#create-a-review-for-a-pull-request'
    const unprocessable = (...errors: string[]): Reply => ({
      status: 422,
      body: errorBody(422, 'Unprocessable Entity', doc, { errors })
    })
    const commitId = (body.commit_id as string | undefined) ?? this.headSha
    if (!this.commits.has(commitId)) return unprocessable(`No commit found for SHA: ${commitId}`)
    const event = body.event as string | undefined
    // The repository setting "Allow GitHub Actions to create and approve pull requests" is off by default.
    if (event === 'APPROVE' && user.id === GITHUB_ACTIONS_BOT.id) {
      return unprocessable('GitHub Actions is not permitted to approve pull requests.')
    }
    if (
      event === undefined &&
      this.reviews.some((r) => r.state === 'PENDING' && r.user.id === user.id)
    ) {
      return unprocessable('User can only have one pending review per pull request')
    }
    const text = (body.body as string | undefined) ?? ''
    if (codePoints(text) > MAX_BODY)
      return unprocessable('Body is too long (maximum is 65536 characters)')
    const drafts = (body.comments as Record<string, unknown>[] | undefined) ?? []
    const anchored: {
      draft: Record<string, unknown>
      line: number
      side: Side
      startLine: number | null
      startSide: Side | null
      position: number
      text: string
      diffHunk: string
    }[] = []
    const LINE = 'Pull request review thread line must be part of the diff'
    const START = 'Pull request review thread start line must be part of the same hunk as the line.'
    const HUNK = "Pull request review thread diff hunk can't be blank"
    for (const draft of drafts) {
      if (codePoints(draft.body as string) > MAX_BODY) {
        return unprocessable('Body is too long (maximum is 65536 characters)')
      }
      const file = this.files.find((f) => f.filename === draft.path)
      if (!file)
        return unprocessable(toSentence(['Pull request review thread path is invalid', HUNK]))
      const patch = indexPatch(file.patch)
      const side = (draft.side as Side | undefined) ?? 'RIGHT'
      let found
      if (draft.line !== undefined) found = patch.find(draft.line as number, side)
      else if (draft.position !== undefined) found = patch.atPosition(draft.position as number)
      const startLine = (draft.start_line as number | undefined) ?? null
      const startSide = startLine === null ? null : ((draft.start_side as Side | undefined) ?? side)
      let startOk = true
      if (startLine !== null) {
        if (draft.line !== undefined && startSide === side && startLine >= (draft.line as number)) {
          return unprocessable('Pull request review thread start line must precede the end line')
        }
        const start = patch.find(startLine, startSide!)
        startOk = start !== undefined && found !== undefined && start.hunk === found.hunk
      }
      if (!found)
        return unprocessable(toSentence([LINE, ...(startLine !== null ? [START] : []), HUNK]))
      if (!startOk) return unprocessable(START)
      const rowSide: Side =
        found.line.kind === '-' ? 'LEFT' : draft.line !== undefined ? side : 'RIGHT'
      anchored.push({
        draft,
        line: (rowSide === 'LEFT' ? found.line.oldLine : found.line.newLine)!,
        side: rowSide,
        startLine,
        startSide,
        position: found.line.position,
        text: found.line.text,
        diffHunk: diffHunkUpTo(found.hunk, found.index)
      })
    }
    const state =
      event === 'APPROVE'
        ? 'APPROVED'
        : event === 'REQUEST_CHANGES'
          ? 'CHANGES_REQUESTED'
          : event === 'COMMENT'
            ? 'COMMENTED'
            : 'PENDING'
    const review = this.addReview(user, state, text, commitId)
    for (const a of anchored) {
      const id = this.nextId.reviewComment++
      const at = this.tick()
      const threadId = this.nodeId('PRRT', id)
      const c: ReviewCommentRecord = {
        id,
        nodeId: this.nodeId('PRRC', id),
        reviewId: review.id,
        threadId,
        inReplyToId: null,
        path: a.draft.path as string,
        body: a.draft.body as string,
        user,
        line: a.line,
        position: a.position,
        startLine: a.startLine,
        side: a.side,
        startSide: a.startSide,
        originalLine: a.line,
        originalStartLine: a.startLine,
        originalPosition: a.position,
        anchorText: a.text,
        diffHunk: a.diffHunk,
        commitId,
        originalCommitId: commitId,
        createdAt: at,
        updatedAt: at,
        minimizedReason: null
      }
      this.reviewComments.push(c)
      this.commentIndex.set(c.id, c)
      this.threads.push({
        id: threadId,
        path: c.path,
        isResolved: false,
        resolvedBy: null,
        isOutdated: false,
        commentIds: [id]
      })
    }
    return { status: 200, body: this.reviewJson(review) }
  }

  // -------------------------------------------------------------------------------------------
  // REST JSON

  private repoInfo(fork: boolean): RepoInfo {
    if (fork && this.forkOwner) {
      return {
        id: this.repoId + 1,
        nodeId: `R_kgDO${Buffer.from(String(this.repoId + 1)).toString('base64url')}`,
        owner: account(this.forkOwner),
        name: this.forkRepo!,
        fork: true,
        defaultBranch: this.baseRef,
        private: false,
        createdAt: this.createdAt
      }
    }
    return {
      id: this.repoId,
      nodeId: `R_kgDO${Buffer.from(String(this.repoId)).toString('base64url')}`,
      owner: account(this.owner, { type: 'Organization', association: 'NONE' }),
      name: this.repo,
      fork: false,
      defaultBranch: this.baseRef,
      private: false,
      createdAt: this.createdAt
    }
  }

  /** The pull request as `GET /repos/{owner}/{repo}/pulls/{pull_number}` returns it. */
  pullRequestJson() {
    const site = this.site()
    const api = `${site.api}/repos/${this.fullName}`
    const html = `${site.server}/${this.fullName}/pull/${this.pullNumber}`
    const base = this.repoInfo(false)
    const head = this.repoInfo(true)
    const { additions, deletions } = this.files.reduce(
      (acc, f) => {
        const c = countChanges(f.patch)
        return { additions: acc.additions + c.additions, deletions: acc.deletions + c.deletions }
      },
      { additions: 0, deletions: 0 }
    )
    return {
      url: `${api}/pulls/${this.pullNumber}`,
      id: 2_000_000_000 + this.pullNumber,
      node_id: this.nodeId('PR', this.pullNumber),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${api}/issues/${this.pullNumber}`,
      number: this.pullNumber,
      state: 'open',
      locked: false,
      title: this.title,
      user: simpleUser(site, this.prAuthor),
      body: null,
      created_at: this.createdAt,
      updated_at: this.createdAt,
      closed_at: null,
      merged_at: null,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      labels: [],
      milestone: null,
      draft: false,
      commits_url: `${api}/pulls/${this.pullNumber}/commits`,
      review_comments_url: `${api}/pulls/${this.pullNumber}/comments`,
      review_comment_url: `${api}/pulls/comments{/number}`,
      comments_url: `${api}/issues/${this.pullNumber}/comments`,
      statuses_url: `${api}/statuses/${this.headSha}`,
      head: {
        label: `${head.owner.login}:${this.headRef}`,
        ref: this.headRef,
        sha: this.headSha,
        user: simpleUser(site, head.owner),
        repo: repository(site, head)
      },
      base: {
        label: `${base.owner.login}:${this.baseRef}`,
        ref: this.baseRef,
        sha: this.baseSha,
        user: simpleUser(site, base.owner),
        repo: repository(site, base)
      },
      _links: {
        self: { href: `${api}/pulls/${this.pullNumber}` },
        html: { href: html },
        issue: { href: `${api}/issues/${this.pullNumber}` },
        comments: { href: `${api}/issues/${this.pullNumber}/comments` },
        review_comments: { href: `${api}/pulls/${this.pullNumber}/comments` },
        review_comment: { href: `${api}/pulls/comments{/number}` },
        commits: { href: `${api}/pulls/${this.pullNumber}/commits` },
        statuses: { href: `${api}/statuses/${this.headSha}` }
      },
      author_association: this.prAuthor.association,
      auto_merge: null,
      active_lock_reason: null,
      merged: false,
      mergeable: true,
      rebaseable: true,
      mergeable_state: 'clean',
      merged_by: null,
      comments: this.issueComments.length,
      review_comments: this.reviewComments.length,
      maintainer_can_modify: this.forkOwner !== undefined,
      commits: 1,
      additions,
      deletions,
      changed_files: this.files.length
    }
  }

  private fileJson(f: StoredFile) {
    const site = this.site()
    const headText = this.trees.get(this.headSha)?.get(f.filename)
    const { additions, deletions } = countChanges(f.patch)
    const p = encodePath(f.filename)
    return {
      sha: headText !== undefined ? blobSha(headText) : HEX(`${f.filename}:${f.patch ?? ''}`),
      filename: f.filename,
      status: f.status,
      additions,
      deletions,
      changes: additions + deletions,
      blob_url: `${site.server}/${this.fullName}/blob/${this.headSha}/${p}`,
      raw_url: `${site.server}/${this.fullName}/raw/${this.headSha}/${p}`,
      contents_url: `${site.api}/repos/${this.fullName}/contents/${p}?ref=${this.headSha}`,
      ...(f.patch === undefined ? {} : { patch: f.patch }),
      ...(f.previous_filename === undefined ? {} : { previous_filename: f.previous_filename })
    }
  }

  private issueCommentJson(c: IssueCommentRecord) {
    const site = this.site()
    const url = `${site.api}/repos/${this.fullName}/issues/comments/${c.id}`
    return {
      url,
      html_url: `${site.server}/${this.fullName}/pull/${this.pullNumber}#issuecomment-${c.id}`,
      issue_url: `${site.api}/repos/${this.fullName}/issues/${this.pullNumber}`,
      id: c.id,
      node_id: c.nodeId,
      user: simpleUser(site, c.user),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: c.user.association,
      body: c.body,
      reactions: reactions(url),
      performed_via_github_app: null
    }
  }

  private reviewJson(r: ReviewRecord) {
    const site = this.site()
    const html = `${site.server}/${this.fullName}/pull/${this.pullNumber}#pullrequestreview-${r.id}`
    const pr = `${site.api}/repos/${this.fullName}/pulls/${this.pullNumber}`
    return {
      id: r.id,
      node_id: r.nodeId,
      user: simpleUser(site, r.user),
      body: r.body,
      state: r.state,
      html_url: html,
      pull_request_url: pr,
      author_association: r.user.association,
      _links: { html: { href: html }, pull_request: { href: pr } },
      ...(r.submittedAt ? { submitted_at: r.submittedAt } : {}),
      commit_id: r.commitId
    }
  }

  private reviewCommentJson(c: ReviewCommentRecord) {
    const site = this.site()
    const url = `${site.api}/repos/${this.fullName}/pulls/comments/${c.id}`
    const html = `${site.server}/${this.fullName}/pull/${this.pullNumber}#discussion_r${c.id}`
    const pr = `${site.api}/repos/${this.fullName}/pulls/${this.pullNumber}`
    return {
      url,
      pull_request_review_id: c.reviewId,
      id: c.id,
      node_id: c.nodeId,
      diff_hunk: c.diffHunk,
      path: c.path,
      position: c.position,
      original_position: c.originalPosition,
      commit_id: c.commitId,
      original_commit_id: c.originalCommitId,
      ...(c.inReplyToId === null ? {} : { in_reply_to_id: c.inReplyToId }),
      user: simpleUser(site, c.user),
      body: c.body,
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      html_url: html,
      pull_request_url: pr,
      author_association: c.user.association,
      _links: { self: { href: url }, html: { href: html }, pull_request: { href: pr } },
      reactions: reactions(url),
      start_line: c.startLine,
      original_start_line: c.originalStartLine,
      start_side: c.startSide,
      line: c.line,
      original_line: c.originalLine,
      side: c.side,
      subject_type: 'line'
    }
  }

  // -------------------------------------------------------------------------------------------
  // GraphQL

  private async dispatchGraphQL(
    rec: RecordedRequest,
    raw: string,
    bodyIsJson: boolean
  ): Promise<{ reply: Reply; delay: number }> {
    const ok = (body: unknown): { reply: Reply; delay: number } => ({
      reply: { status: 200, body },
      delay: 0
    })
    if (rec.method !== 'POST') {
      this.violation(rec, 'GraphQL requests must be POST')
      return {
        reply: {
          status: 404,
          body: errorBody(404, 'Not Found', 'https://docs.github.com/graphql')
        },
        delay: 0
      }
    }
    const payload = (bodyIsJson ? rec.body : undefined) as
      { query?: unknown; variables?: unknown; operationName?: unknown } | undefined
    if (!payload || typeof payload.query !== 'string') {
      this.violation(rec, `GraphQL body without a query string: ${raw.slice(0, 200)}`)
      return {
        reply: {
          status: 400,
          body: errorBody(400, 'Problems parsing JSON', 'https://docs.github.com/graphql')
        },
        delay: 0
      }
    }
    const variables = (payload.variables ?? {}) as Record<string, unknown>
    const operationName =
      typeof payload.operationName === 'string' ? payload.operationName : undefined
    const graphqlRec: RecordedGraphQL = { query: payload.query, variables, rootFields: [] }
    if (operationName !== undefined) graphqlRec.operationName = operationName
    rec.graphql = graphqlRec

    const auth = this.authenticate(rec.headers.authorization)
    if ('reply' in auth) {
      return {
        reply: {
          status: 401,
          body: {
            message: (auth.reply.body as { message: string }).message,
            documentation_url: 'https://docs.github.com/graphql'
          }
        },
        delay: 0
      }
    }
    const checked = parseAndValidate(payload.query)
    if (!checked.document) {
      for (const e of checked.errors) this.violation(rec, `GraphQL: ${e.message}`)
      return ok({ errors: checked.errors.map((e) => formatGraphQLError(e)) })
    }
    const operation = getOperationAST(checked.document, operationName)
    if (operation) {
      graphqlRec.operationType = operation.operation
      graphqlRec.rootFields = operation.selectionSet.selections.flatMap((s) =>
        s.kind === 'Field' ? [s.name.value] : []
      )
    }
    const fault = this.findFault(rec, rec.path.slice(this.apiPath.length), '/graphql')
    const run = async () => {
      const context: ResolverContext = { unmodelled: [] }
      const result = await graphql({
        schema: githubSchema(),
        source: payload.query as string,
        rootValue: this.graphqlRoot(auth.account, auth.readOnly),
        contextValue: context,
        variableValues: variables,
        operationName: operationName ?? null,
        fieldResolver: strictFieldResolver
      })
      for (const f of new Set(context.unmodelled))
        this.violation(rec, `GraphQL: the fake does not model ${f}`)
      const errors = result.errors ?? []
      for (const e of errors) {
        const ext = e.extensions as { type?: string; violation?: boolean }
        if (ext.violation || ext.type === undefined) this.violation(rec, `GraphQL: ${e.message}`)
      }
      return {
        ...(result.data !== undefined ? { data: result.data } : {}),
        ...(errors.length ? { errors: errors.map((e) => formatGraphQLError(e)) } : {})
      }
    }
    let reply: Reply
    if (fault && !fault.response.performFirst) reply = faultReply(fault)
    else {
      const body = await run()
      reply = fault ? faultReply(fault) : { status: 200, body }
    }
    if (fault) {
      fault.fired++
      rec.fault = true
    }
    return { reply, delay: fault?.response.delayMs ?? 0 }
  }

  private graphqlRoot(viewer: Account, readOnly: boolean) {
    const site = this.site()
    const actor = (a: Account) => ({
      __typename: a.type,
      login: a.graphqlLogin,
      id: a.nodeId,
      databaseId: a.id,
      url: a.type === 'Bot' ? `${site.server}/apps/${a.graphqlLogin}` : `${site.server}/${a.login}`,
      resourcePath: a.type === 'Bot' ? `/apps/${a.graphqlLogin}` : `/${a.login}`,
      avatarUrl: () => `${site.server}/avatars/u/${a.id}?v=4`
    })
    const forbidden = () => {
      if (readOnly) throw githubError('Resource not accessible by integration', 'FORBIDDEN')
    }
    const notFound = (id: string) =>
      githubError(`Could not resolve to a node with the global id of '${id}'`, 'NOT_FOUND', true)

    const issueComment = (c: IssueCommentRecord) => ({
      __typename: 'IssueComment',
      id: c.nodeId,
      databaseId: c.id,
      fullDatabaseId: String(c.id),
      author: actor(c.user),
      authorAssociation: c.user.association,
      body: c.body,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      publishedAt: c.createdAt,
      lastEditedAt: c.updatedAt === c.createdAt ? null : c.updatedAt,
      isMinimized: c.minimizedReason !== null,
      minimizedReason: c.minimizedReason,
      url: `${site.server}/${this.fullName}/pull/${this.pullNumber}#issuecomment-${c.id}`,
      resourcePath: `/${this.fullName}/pull/${this.pullNumber}#issuecomment-${c.id}`,
      viewerDidAuthor: c.user.id === viewer.id,
      viewerCanUpdate: !readOnly,
      viewerCanDelete: !readOnly,
      viewerCanMinimize: !readOnly,
      viewerCanReact: !readOnly,
      includesCreatedEdit: false,
      createdViaEmail: false,
      pullRequest: () => pullRequest(),
      repository: () => repositoryNode()
    })
    const reviewComment = (c: ReviewCommentRecord) => ({
      __typename: 'PullRequestReviewComment',
      id: c.nodeId,
      databaseId: c.id,
      fullDatabaseId: String(c.id),
      author: actor(c.user),
      authorAssociation: c.user.association,
      body: c.body,
      path: c.path,
      line: c.line,
      originalLine: c.originalLine,
      startLine: c.startLine,
      originalStartLine: c.originalStartLine,
      position: c.position,
      originalPosition: c.originalPosition,
      diffHunk: c.diffHunk,
      outdated: c.line === null,
      state: this.reviewOf(c).state === 'PENDING' ? 'PENDING' : 'SUBMITTED',
      subjectType: 'LINE',
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      publishedAt: c.createdAt,
      lastEditedAt: c.updatedAt === c.createdAt ? null : c.updatedAt,
      isMinimized: c.minimizedReason !== null,
      minimizedReason: c.minimizedReason,
      url: `${site.server}/${this.fullName}/pull/${this.pullNumber}#discussion_r${c.id}`,
      resourcePath: `/${this.fullName}/pull/${this.pullNumber}#discussion_r${c.id}`,
      viewerDidAuthor: c.user.id === viewer.id,
      viewerCanUpdate: !readOnly,
      viewerCanDelete: !readOnly,
      viewerCanMinimize: !readOnly,
      viewerCanReact: !readOnly,
      includesCreatedEdit: false,
      createdViaEmail: false,
      replyTo: () => {
        const parent = this.commentIndex.get(c.inReplyToId ?? -1)
        return parent ? reviewComment(parent) : null
      },
      pullRequestReview: () => review(this.reviewOf(c)),
      pullRequest: () => pullRequest(),
      repository: () => repositoryNode()
    })
    const review = (r: ReviewRecord) => ({
      __typename: 'PullRequestReview',
      id: r.nodeId,
      databaseId: r.id,
      fullDatabaseId: String(r.id),
      author: actor(r.user),
      body: r.body,
      state: r.state,
      submittedAt: r.submittedAt,
      createdAt: r.submittedAt ?? this.createdAt,
      url: `${site.server}/${this.fullName}/pull/${this.pullNumber}#pullrequestreview-${r.id}`,
      viewerDidAuthor: r.user.id === viewer.id,
      pullRequest: () => pullRequest()
    })
    const threadComments = (t: ThreadRecord) => t.commentIds.map((id) => this.commentIndex.get(id)!)
    const thread = (t: ThreadRecord) => {
      const first = threadComments(t)[0]!
      return {
        __typename: 'PullRequestReviewThread',
        id: t.id,
        isResolved: t.isResolved,
        isOutdated: t.isOutdated,
        isCollapsed: t.isResolved,
        path: t.path,
        line: first.line,
        originalLine: first.originalLine,
        startLine: first.startLine,
        originalStartLine: first.originalStartLine,
        diffSide: first.side,
        startDiffSide: first.startSide,
        subjectType: 'LINE',
        resolvedBy: t.resolvedBy && t.resolvedBy.type === 'User' ? actor(t.resolvedBy) : null,
        viewerCanResolve: !readOnly && !t.isResolved,
        viewerCanUnresolve: !readOnly && t.isResolved,
        viewerCanReply: !readOnly,
        comments: (args: ConnectionArgs) =>
          connection(threadComments(t), args, 'comments', reviewComment),
        pullRequest: () => pullRequest(),
        repository: () => repositoryNode()
      }
    }
    const visibleThreads = () =>
      this.threads.filter((t) => {
        const first = this.commentIndex.get(t.commentIds[0]!)
        return first && (this.reviewOf(first).state !== 'PENDING' || first.user.id === viewer.id)
      })
    const pullRequest = () => ({
      __typename: 'PullRequest',
      id: this.nodeId('PR', this.pullNumber),
      databaseId: 2_000_000_000 + this.pullNumber,
      number: this.pullNumber,
      title: this.title,
      state: 'OPEN',
      url: `${site.server}/${this.fullName}/pull/${this.pullNumber}`,
      headRefName: this.headRef,
      headRefOid: this.headSha,
      baseRefName: this.baseRef,
      baseRefOid: this.baseSha,
      isCrossRepository: this.forkOwner !== undefined,
      author: actor(this.prAuthor),
      reviewThreads: (args: ConnectionArgs) =>
        connection(visibleThreads(), args, 'reviewThreads', thread),
      comments: (args: ConnectionArgs) =>
        connection(this.issueComments, args, 'comments', issueComment),
      reviews: (args: ConnectionArgs) =>
        connection(
          this.reviews.filter((r) => r.state !== 'PENDING' || r.user.id === viewer.id).map(review),
          args,
          'reviews'
        ),
      repository: () => repositoryNode()
    })
    const repositoryNode = () => {
      const info = this.repoInfo(false)
      return {
        __typename: 'Repository',
        id: info.nodeId,
        databaseId: info.id,
        name: this.repo,
        nameWithOwner: this.fullName,
        url: `${site.server}/${this.fullName}`,
        isFork: false,
        isPrivate: false,
        owner: actor(info.owner),
        pullRequest: ({ number }: { number: number }) => {
          if (number !== this.pullNumber) {
            throw githubError(
              `Could not resolve to a PullRequest with the number of ${number}.`,
              'NOT_FOUND',
              true
            )
          }
          return pullRequest()
        }
      }
    }
    const node = (id: string) => {
      const t = this.threads.find((x) => x.id === id)
      if (t) return thread(t)
      const rc = this.reviewComments.find((x) => x.nodeId === id)
      if (rc) return reviewComment(rc)
      const ic = this.issueComments.find((x) => x.nodeId === id)
      if (ic) return issueComment(ic)
      const r = this.reviews.find((x) => x.nodeId === id)
      if (r) return review(r)
      if (id === this.nodeId('PR', this.pullNumber)) return pullRequest()
      if (id === this.repoInfo(false).nodeId) return repositoryNode()
      return undefined
    }
    const setResolved = (threadId: string, resolved: boolean) => {
      forbidden()
      const t = this.threads.find((x) => x.id === threadId)
      if (!t) throw notFound(threadId)
      t.isResolved = resolved
      t.resolvedBy = resolved ? viewer : null
      return thread(t)
    }
    const setMinimized = (subjectId: string, reason: string | null) => {
      forbidden()
      const c =
        this.issueComments.find((x) => x.nodeId === subjectId) ??
        this.reviewComments.find((x) => x.nodeId === subjectId)
      if (!c) throw notFound(subjectId)
      c.minimizedReason = reason
      return node(subjectId)
    }
    type Input<T> = { input: T & { clientMutationId?: string | null } }
    return {
      viewer: () => ({ ...actor(viewer), __typename: 'User', name: null }),
      repository: ({ owner, name }: { owner: string; name: string }) => {
        if (
          owner.toLowerCase() !== this.owner.toLowerCase() ||
          name.toLowerCase() !== this.repo.toLowerCase()
        ) {
          throw githubError(
            `Could not resolve to a Repository with the name '${owner}/${name}'.`,
            'NOT_FOUND',
            true
          )
        }
        return repositoryNode()
      },
      node: ({ id }: { id: string }) => {
        const n = node(id)
        if (!n) throw notFound(id)
        return n
      },
      nodes: ({ ids }: { ids: string[] }) => ids.map((id) => node(id) ?? null),
      resolveReviewThread: ({ input }: Input<{ threadId: string }>) => ({
        clientMutationId: input.clientMutationId ?? null,
        thread: setResolved(input.threadId, true)
      }),
      unresolveReviewThread: ({ input }: Input<{ threadId: string }>) => ({
        clientMutationId: input.clientMutationId ?? null,
        thread: setResolved(input.threadId, false)
      }),
      // minimizedReason reads `outdated`, `off-topic`...: "the case and formatting of these
      // values differs from the inputs to the MinimizeComment mutation" (schema description).
      minimizeComment: ({ input }: Input<{ subjectId: string; classifier: string }>) => ({
        clientMutationId: input.clientMutationId ?? null,
        minimizedComment: setMinimized(
          input.subjectId,
          input.classifier.toLowerCase().replace(/_/g, '-')
        )
      }),
      unminimizeComment: ({ input }: Input<{ subjectId: string }>) => ({
        clientMutationId: input.clientMutationId ?? null,
        unminimizedComment: setMinimized(input.subjectId, null)
      })
    }
  }
}

// ---------------------------------------------------------------------------------------------

function faultReply(fault: Fault): Reply {
  const r = fault.response
  return {
    status: r.status,
    headers: r.headers ?? {},
    ...(r.body === undefined ? {} : { body: r.body })
  }
}

function docOf(op: Operation): string {
  return op.documentationUrl ?? 'https://docs.github.com/rest'
}

function bodyTooLong(doc: string): Reply {
  return {
    status: 422,
    body: errorBody(422, 'Validation Failed', doc, {
      errors: [
        {
          resource: 'IssueComment',
          code: 'unprocessable',
          field: 'data',
          message: 'Body is too long (maximum is 65536 characters)'
        }
      ]
    })
  }
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

function normaliseTime(iso: string): string {
  return new Date(iso).toISOString().replace('.000Z', 'Z')
}

/** ajv errors in the words of GitHub's schema validation messages. */
function githubSchemaMessages(errors: ErrorObject[] | null | undefined, body: unknown): string {
  return (errors ?? [])
    .map((e) => {
      if (e.keyword === 'required') {
        return `"${(e.params as { missingProperty: string }).missingProperty}" wasn't supplied.`
      }
      const at = e.instancePath.split('/').slice(1)
      let value: unknown = body
      for (const k of at) value = (value as Record<string, unknown> | undefined)?.[k]
      const where = at.length ? `For '${at.join('/')}', ` : ''
      if (e.keyword === 'enum') {
        return `${where}${JSON.stringify(value)} is not a member of ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}.`
      }
      return `${where}${JSON.stringify(value)} ${e.message ?? 'is invalid'}.`
    })
    .join('\n')
}

function formatGraphQLError(e: GraphQLError) {
  const ext = (e.extensions ?? {}) as { type?: string }
  return {
    ...(ext.type ? { type: ext.type } : {}),
    ...(e.path ? { path: e.path } : {}),
    ...(e.locations ? { locations: e.locations } : {}),
    message: e.message
  }
}
