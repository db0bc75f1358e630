// Event payloads for GITHUB_EVENT_PATH: GitHub's own webhook examples (@octokit/webhooks-examples)
// rewritten to name the fake's repository, pull request, refs, SHAs and URLs.

import { createRequire } from 'node:module'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FakeGitHub } from './fake-github.js'
import { account, simpleUser } from './rest.js'

type Json = Record<string, unknown>

interface WebhookDefinition {
  name: string
  examples: Json[]
}

const require = createRequire(import.meta.url)
const definitions = require('@octokit/webhooks-examples') as WebhookDefinition[]

function example(name: string, pick: (e: Json) => boolean): Json {
  const found = definitions.find((d) => d.name === name)?.examples.find(pick)
  if (!found) throw new Error(`no ${name} example in @octokit/webhooks-examples`)
  return structuredClone(found)
}

const EXAMPLE_REPO = 'Codertocat/Hello-World'
const EXAMPLE_USER = 'Codertocat'

/** Rewrites every github.com / api.github.com URL and the example repository's name. */
function rewrite(payload: Json, api: FakeGitHub, shas: Record<string, string>): Json {
  const host = new URL(api.serverUrl).host
  let text = JSON.stringify(payload)
  const swaps: [string, string][] = [
    [`https://api.github.com/repos/${EXAMPLE_REPO}`, `${api.apiUrl}/repos/${api.fullName}`],
    ['https://api.github.com', api.apiUrl],
    [`https://github.com/${EXAMPLE_REPO}`, `${api.serverUrl}/${api.fullName}`],
    ['https://github.com', api.serverUrl],
    ['git://github.com/', `git://${host}/`],
    ['git@github.com:', `git@${host}:`],
    [EXAMPLE_REPO, api.fullName],
    ...Object.entries(shas)
  ]
  for (const [from, to] of swaps) text = text.split(from).join(to)
  // What is left of the example's user is the pull request's author / the pusher.
  text = text.split(EXAMPLE_USER).join(api.prAuthor.login)
  return JSON.parse(text) as Json
}

function repositoryOf(api: FakeGitHub, payloadRepo: Json, fork: boolean): Json {
  const site = { api: api.apiUrl, server: api.serverUrl }
  const ownerLogin = fork ? api.forkOwner! : api.owner
  const repoName = fork ? api.forkRepo! : api.repo
  const owner = fork ? account(ownerLogin) : account(ownerLogin, { type: 'Organization' })
  let text = JSON.stringify(payloadRepo)
  if (fork) text = text.split(api.fullName).join(`${ownerLogin}/${repoName}`)
  const repo = JSON.parse(text) as Json
  return {
    ...repo,
    id: fork ? api.repoId + 1 : api.repoId,
    node_id: `R_kgDO${Buffer.from(String(fork ? api.repoId + 1 : api.repoId)).toString('base64url')}`,
    name: repoName,
    full_name: `${ownerLogin}/${repoName}`,
    owner: { ...(repo.owner as Json), ...simpleUser(site, owner) },
    fork,
    default_branch: api.baseRef
  }
}

function organizationOf(api: FakeGitHub): Json {
  const org = account(api.owner, { type: 'Organization' })
  const u = `${api.apiUrl}/orgs/${api.owner}`
  return {
    login: org.login,
    id: org.id,
    node_id: org.nodeId,
    url: u,
    repos_url: `${u}/repos`,
    events_url: `${u}/events`,
    hooks_url: `${u}/hooks`,
    issues_url: `${u}/issues`,
    members_url: `${u}/members{/member}`,
    public_members_url: `${u}/public_members{/member}`,
    avatar_url: `${api.serverUrl}/avatars/u/${org.id}?v=4`,
    description: null
  }
}

export type EventKind = 'pull_request.opened' | 'pull_request.synchronize' | 'push'

/**
 * The payload of a `pull_request` event (opened or synchronize) for the fake's pull request:
 * number, head/base refs and SHAs, the base repository and, when the fake has a fork, a head
 * repository owned by the fork's owner with `fork: true`.
 */
export function pullRequestPayload(
  api: FakeGitHub,
  action: 'opened' | 'synchronize' = 'opened',
  options: { before?: string } = {}
): Json {
  const source = example('pull_request', (e) => e.action === action)
  const pr = source.pull_request as Json
  const shas: Record<string, string> = {
    [(pr.head as Json).sha as string]: api.headSha,
    [(pr.base as Json).sha as string]: api.baseSha
  }
  const payload = rewrite(source, api, shas)
  if (action === 'synchronize') {
    // The head before the push: the fake's previous head when pushHead() was used.
    payload.before = options.before ?? api.previousHeadSha ?? api.baseSha
    payload.after = api.headSha
  }
  delete payload.installation
  const site = { api: api.apiUrl, server: api.serverUrl }
  const base = repositoryOf(api, payload.repository as Json, false)
  const fork = api.forkOwner !== undefined
  const head = fork ? repositoryOf(api, payload.repository as Json, true) : base
  const p = payload.pull_request as Json
  const author = simpleUser(site, api.prAuthor)
  const html = `${api.serverUrl}/${api.fullName}/pull/${api.pullNumber}`
  const restUrl = `${api.apiUrl}/repos/${api.fullName}`
  payload.number = api.pullNumber
  payload.repository = base
  payload.organization = organizationOf(api)
  payload.sender = author
  Object.assign(p, {
    number: api.pullNumber,
    id: 2_000_000_000 + api.pullNumber,
    node_id: `PR_kwDO${Buffer.from(`${api.repoId}:${api.pullNumber}`).toString('base64url')}`,
    url: `${restUrl}/pulls/${api.pullNumber}`,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${restUrl}/issues/${api.pullNumber}`,
    commits_url: `${restUrl}/pulls/${api.pullNumber}/commits`,
    review_comments_url: `${restUrl}/pulls/${api.pullNumber}/comments`,
    comments_url: `${restUrl}/issues/${api.pullNumber}/comments`,
    statuses_url: `${restUrl}/statuses/${api.headSha}`,
    user: author,
    head: {
      ...(p.head as Json),
      label: `${fork ? api.forkOwner : api.owner}:${api.headRef}`,
      ref: api.headRef,
      sha: api.headSha,
      user: head.owner,
      repo: head
    },
    base: {
      ...(p.base as Json),
      label: `${api.owner}:${api.baseRef}`,
      ref: api.baseRef,
      sha: api.baseSha,
      user: base.owner,
      repo: base
    }
  })
  const links = p._links as Record<string, { href: string }>
  for (const l of Object.values(links)) {
    l.href = l.href.replace(/\/(pull|pulls|issues)\/2(\b|\/)/, `/$1/${api.pullNumber}$2`)
  }
  return payload
}

/** The payload of a `push` to the base branch: `before` the base SHA, `after` the head SHA. */
export function pushPayload(api: FakeGitHub): Json {
  const source = example(
    'push',
    (e) => e.ref === 'refs/heads/master' && (e.head_commit as Json | null) !== null
  )
  const after = source.after as string
  const payload = rewrite(source, api, { [after]: api.headSha })
  payload.ref = `refs/heads/${api.baseRef}`
  payload.before = api.baseSha
  payload.after = api.headSha
  payload.created = false
  payload.compare = `${api.serverUrl}/${api.fullName}/compare/${api.baseSha.slice(0, 12)}...${api.headSha.slice(0, 12)}`
  delete payload.installation
  const repo = repositoryOf(api, payload.repository as Json, false)
  payload.repository = { ...repo, master_branch: api.baseRef }
  payload.organization = organizationOf(api)
  return payload
}

export interface WrittenEvent {
  eventName: 'pull_request' | 'push'
  eventPath: string
  payload: Json
}

/** Writes the event's payload to a new temporary file (as the runner does) and returns it. */
export function writeEvent(
  api: FakeGitHub,
  kind: EventKind,
  options: { before?: string; dir?: string } = {}
): WrittenEvent {
  const payload =
    kind === 'push'
      ? pushPayload(api)
      : pullRequestPayload(api, kind === 'pull_request.opened' ? 'opened' : 'synchronize', options)
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'e2e-event-'))
  const eventPath = join(dir, 'event.json')
  writeFileSync(eventPath, JSON.stringify(payload, null, 2))
  return { eventName: kind === 'push' ? 'push' : 'pull_request', eventPath, payload }
}
