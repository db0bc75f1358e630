import * as core from '@actions/core'
import * as github from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { Budget } from './budget.js'

/** The REST and GraphQL client of the action: `@actions/github`'s Octokit with retry and throttling. */
export type Client = ReturnType<typeof github.getOctokit>

// budget.ts holds the deadline, which main.ts reads before it knows whether it needs Octokit
export type { Budget }

/**
 * Octokit for `GITHUB_API_URL` (GitHub Enterprise Server included; `@actions/github` reads it),
 * with the retry plugin (5xx and network errors, exponential back-off) and the throttling plugin
 * (GitHub's pacing of writes; primary and secondary rate limits). A rate-limited request is retried
 * at most twice, and only when the wait GitHub asks for (`retry-after`, else the plugin's fallback
 * of 60 s, else `x-ratelimit-reset`) still fits in the budget; otherwise it fails and the caller
 * falls back to annotations and the job summary. Requests carry the budget's abort signal through
 * {@link within} (per request: a client-wide `request` option would replace the proxy-aware fetch
 * `@actions/github` sets there). 5xx answers are retried twice (after 1 s and 4 s).
 */
export function makeClient(token: string, budget: Budget): Client {
  const limited =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method?: string; url?: string },
      _o: unknown,
      retryCount: number
    ) => {
      const fits = retryAfter * 1000 < budget.remaining()
      const again = retryCount < 2 && fits
      core.info(
        `exo-access-gate: GitHub answered ${options.method ?? ''} ${options.url ?? ''} with a ${kind} rate limit ` +
          `(retry after ${retryAfter} s); ${again ? 'retrying' : 'giving up on it'}.`
      )
      return again
    }
  return github.getOctokit(
    token,
    {
      throttle: {
        onRateLimit: limited('primary'),
        onSecondaryRateLimit: limited('secondary')
      },
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451], retries: 2 },
      log: {
        debug: () => {},
        info: () => {},
        warn: (m: string) => core.debug(m),
        error: (m: string) => core.debug(m)
      }
    },
    retry,
    throttling
  )
}

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(e: unknown): number | undefined {
  if (typeof e === 'object' && e !== null && 'status' in e) {
    const s = (e as { status: unknown }).status
    if (typeof s === 'number') return s
  }
  return undefined
}

/** A secondary or primary rate limit that was not (or no longer) retried. */
export function isRateLimit(e: unknown): boolean {
  const status = statusOf(e)
  if (status === 429) return true
  if (status !== 403) return false
  const message = e instanceof Error ? e.message : ''
  return /\brate limit\b/i.test(message)
}

/** Request options that bind a request to the budget: `client.request(route, within(budget, {...}))`. */
export function within<T extends object>(
  budget: Budget,
  params: T & { request?: Record<string, unknown> }
): T & { request: Record<string, unknown> } {
  if (budget.remaining() <= 0) throw new BudgetExceeded(budget.seconds)
  return { ...params, request: { ...params.request, signal: budget.signal } }
}

/** The run's API budget ran out; the review is left as it is and the findings stay in the summary. */
export class BudgetExceeded extends Error {
  override name = 'BudgetExceeded'
  constructor(seconds: number) {
    super(`the ${seconds}-second budget for GitHub API calls ran out`)
  }
}
