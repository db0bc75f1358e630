import type { Finding } from '../engine/types.js'
import {
  SUMMARY_MARKER,
  commentableLines,
  fingerprintsIn,
  planReview,
  reviewBody,
  type ExistingComment,
  type ReviewPlan
} from '../reporters/review.js'
import {
  BudgetExceeded,
  isRateLimit,
  statusOf,
  within,
  type Budget,
  type Client
} from './github.js'

/** The pull request a `pull_request` / `pull_request_target` event is about. */
export interface PullRequest {
  owner: string
  repo: string
  number: number
  headSha: string
  baseSha: string
  /** The pull request's page, for links to its files. */
  htmlUrl?: string
}

/** A file of the pull request: its path and the lines of the new version inside the diff. */
export interface ChangedFile {
  path: string
  status: string
  lines: Map<number, number>
  /** A renamed file's path in the base (GitHub's `previous_filename`). */
  previousPath?: string
}

/** GitHub lists at most 3,000 files of a pull request (REST "List pull requests files"). */
export const MAX_PR_FILES = 3000

/** The PR's files with the RIGHT-side lines of their hunks. Reading needs no write permission. */
export async function changedFiles(
  client: Client,
  pr: PullRequest,
  budget: Budget
): Promise<ChangedFile[]> {
  const files: ChangedFile[] = []
  for await (const page of client.paginate.iterator(
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
    within(budget, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 })
  )) {
    for (const f of page.data) {
      files.push({
        path: f.filename,
        status: f.status,
        lines: commentableLines(f.patch),
        ...(f.previous_filename ? { previousPath: f.previous_filename } : {})
      })
    }
    if (files.length >= MAX_PR_FILES) break
  }
  return files
}

/**
 * Who the action's token is, as a test on comment authors. `GET /user` answers for a personal
 * token; the default `GITHUB_TOKEN` (an installation token) gets 403 there, and GraphQL's `viewer`
 * answers `github-actions` for it, whose REST login is `github-actions[bot]`. When neither answers,
 * the token is taken to be the default one.
 */
export async function identity(
  client: Client,
  budget: Budget
): Promise<(login: string) => boolean> {
  try {
    const { data } = await client.request('GET /user', within(budget, {}))
    const login = data.login
    return (l) => l === login
  } catch (e) {
    if (e instanceof BudgetExceeded) throw e
  }
  try {
    const data = await client.graphql<{ viewer: { login: string } }>(
      'query { viewer { login } }',
      within(budget, {})
    )
    const login = data.viewer.login
    return (l) => l === login || l === `${login}[bot]`
  } catch (e) {
    if (e instanceof BudgetExceeded) throw e
  }
  return (l) => l === 'github-actions[bot]'
}

interface Thread {
  id: string
  isResolved: boolean
  comments: { nodes: { databaseId: number | null }[] }
}

const THREADS = `query ($owner: String!, $repo: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $after) {
        nodes { id isResolved comments(first: 1) { nodes { databaseId } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`

/** Every review comment of the PR, with its thread and whether the thread is resolved. */
export async function reviewComments(
  client: Client,
  pr: PullRequest,
  budget: Budget,
  withThreads: (comments: ExistingComment[]) => boolean
): Promise<ExistingComment[]> {
  const comments: ExistingComment[] = []
  for await (const page of client.paginate.iterator(
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments',
    within(budget, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 })
  )) {
    for (const c of page.data) {
      const existing: ExistingComment = {
        id: c.id,
        nodeId: c.node_id,
        path: c.path,
        body: c.body,
        author: c.user?.login ?? '',
        line: c.line ?? null,
        htmlUrl: c.html_url
      }
      if (c.in_reply_to_id !== undefined) existing.inReplyToId = c.in_reply_to_id
      comments.push(existing)
    }
  }
  if (!withThreads(comments)) return comments
  const byId = new Map(comments.map((c) => [c.id, c]))
  let after: string | null = null
  for (let page = 0; page < 50; page++) {
    const data: {
      repository: {
        pullRequest: {
          reviewThreads: {
            nodes: Thread[]
            pageInfo: { hasNextPage: boolean; endCursor: string | null }
          }
        } | null
      } | null
    } = await client.graphql(
      THREADS,
      within(budget, { owner: pr.owner, repo: pr.repo, number: pr.number, after })
    )
    const threads = data.repository?.pullRequest?.reviewThreads
    if (!threads) break
    for (const t of threads.nodes) {
      const first = t.comments.nodes[0]?.databaseId
      const c = first == null ? undefined : byId.get(first)
      if (c) {
        c.threadId = t.id
        c.resolved = t.isResolved
      }
    }
    if (!threads.pageInfo.hasNextPage) break
    after = threads.pageInfo.endCursor
  }
  return comments
}

interface IssueComment {
  id: number
  body: string
  author: string
  htmlUrl: string
}

async function summaryComments(
  client: Client,
  pr: PullRequest,
  budget: Budget,
  isOurs: (login: string) => boolean
): Promise<IssueComment[]> {
  const found: IssueComment[] = []
  for await (const page of client.paginate.iterator(
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    within(budget, { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100 })
  )) {
    for (const c of page.data) {
      const body = c.body ?? ''
      const author = c.user?.login ?? ''
      if (body.startsWith(SUMMARY_MARKER) && isOurs(author)) {
        found.push({ id: c.id, body, author, htmlUrl: c.html_url })
      }
    }
  }
  return found
}

/** A write that answered 5xx may still have happened: the caller lists before trying again. */
function isServerError(e: unknown): boolean {
  const s = statusOf(e)
  return s !== undefined && s >= 500 && !(e instanceof BudgetExceeded)
}

/**
 * Creates or updates the one summary comment of ours on the PR. A comment is ours only when it
 * starts with the marker AND its author is the token's identity: someone else's comment carrying
 * the marker is never touched. Extra summaries of ours (left by an interrupted run) are deleted.
 * The create is sent without retries; after a 5xx the comments are listed again and the one that
 * the failed request created, if any, is updated instead of creating another. After a create the
 * comments are listed once more: two runs racing on one pull request both keep the oldest summary
 * and delete the other, so one remains.
 */
export async function upsertSummary(
  client: Client,
  pr: PullRequest,
  budget: Budget,
  isOurs: (login: string) => boolean,
  body: string,
  create: boolean
): Promise<string | undefined> {
  const base = { owner: pr.owner, repo: pr.repo }
  let created: string | undefined
  for (let attempt = 0; ; attempt++) {
    // oldest first: when two runs raced and both created one, both keep the oldest
    const ours = (await summaryComments(client, pr, budget, isOurs)).sort((a, b) => a.id - b.id)
    const [first, ...extra] = ours
    if (first) {
      for (const e of extra) {
        try {
          await client.request(
            'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
            within(budget, { ...base, comment_id: e.id })
          )
        } catch (err) {
          if (statusOf(err) !== 404) throw err // 404: the racing run deleted it first
        }
      }
      if (first.body === body) return first.htmlUrl
      const { data } = await client.request(
        'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
        within(budget, { ...base, comment_id: first.id, body })
      )
      return data.html_url
    }
    if (created !== undefined) return created
    if (!create) return undefined
    try {
      const { data } = await client.request(
        'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
        within(budget, { ...base, issue_number: pr.number, body, request: { retries: 0 } })
      )
      // listed once more, so that a run racing this one for the same pull request ends with one
      created = data.html_url
    } catch (e) {
      if (attempt === 0 && isServerError(e)) continue
      throw e
    }
  }
}

/** What happened to the inline comments. */
export interface InlineOutcome {
  plan: ReviewPlan
  /** Findings that were planned inline but went to the summary (422, or the review failed). */
  moved: Finding[]
  /** Stale threads resolved (or minimised). */
  resolved: number
}

/**
 * Posts the planned inline comments as one review (event COMMENT) whose body points at the
 * summary. On 422 (a line GitHub does not accept) nothing is retried inline: the caller moves those
 * findings into the summary. After a 5xx the review comments are listed again, and the review is
 * sent again only when none of its fingerprints arrived.
 */
export async function postReview(
  client: Client,
  pr: PullRequest,
  budget: Budget,
  plan: ReviewPlan,
  summaryUrl: string | undefined,
  isOurs: (login: string) => boolean
): Promise<Finding[]> {
  if (plan.post.length === 0) return []
  const wanted = new Set(plan.post.map((p) => p.fingerprint))
  const request = {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    commit_id: pr.headSha,
    event: 'COMMENT' as const,
    body: reviewBody(summaryUrl, plan.post.length),
    comments: plan.post.map((p) => p.comment)
  }
  for (let attempt = 0; ; attempt++) {
    try {
      await client.request(
        'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
        within(budget, { ...request, request: { retries: 0 } })
      )
      return []
    } catch (e) {
      if (statusOf(e) === 422) return plan.post.map((p) => p.finding)
      if (attempt > 0 || !isServerError(e)) throw e
      const now = await reviewComments(client, pr, budget, () => false)
      const arrived = now.some(
        (c) => isOurs(c.author) && fingerprintsIn(c.body).some((fp) => wanted.has(fp))
      )
      if (arrived) return []
    }
  }
}

const RESOLVE = `mutation ($threadId: ID!) {
  resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } }
}`

const MINIMIZE = `mutation ($subjectId: ID!) {
  minimizeComment(input: { subjectId: $subjectId, classifier: OUTDATED }) { minimizedComment { isMinimized } }
}`

/** Resolves the threads of our comments whose finding is gone (minimises the comment when it has no thread). */
export async function resolveStale(
  client: Client,
  budget: Budget,
  stale: readonly ExistingComment[]
): Promise<number> {
  let done = 0
  for (const c of stale) {
    if (c.threadId) {
      await client.graphql(RESOLVE, within(budget, { threadId: c.threadId }))
    } else {
      await client.graphql(MINIMIZE, within(budget, { subjectId: c.nodeId }))
    }
    done++
  }
  return done
}

export { planReview, isRateLimit, SUMMARY_MARKER }
