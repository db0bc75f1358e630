import * as core from '@actions/core'
import type { RunOutcome } from '../engine/run.js'
import type { Finding, LintResult } from '../engine/types.js'
import { COMMENT_MAX_CHARS, markdown } from '../reporters/markdown.js'
import { markdownText } from '../reporters/escape.js'
import { SUMMARY_MARKER, planReview } from '../reporters/review.js'
import { BudgetExceeded, isRateLimit, statusOf, type Budget, type Client } from './github.js'
import {
  identity,
  postReview,
  resolveStale,
  reviewComments,
  upsertSummary,
  type ChangedFile,
  type PullRequest
} from './pull-request.js'

export interface ReviewInput {
  client: Client
  pr: PullRequest
  budget: Budget
  result: LintResult
  outcome: RunOutcome
  files: readonly ChangedFile[]
  docsBase: string
  configChanged: boolean
  configFile: string
  /**
   * The "Effect of this change" section (Markdown, escaped, capped), placed after the verdict;
   * when there is one, the summary comment is worth creating even without findings.
   */
  effect?: string
}

export interface ReviewOutcome {
  /** Sentences for the job summary: what did not reach the pull request, and why. */
  notes: string[]
  /** Findings shown as inline review comments, with the link to each. */
  inline: Map<Finding, string>
}

/** The one notice of a token that may not write to the pull request (fork PRs, read-only tokens). */
export const FORBIDDEN_NOTICE =
  'exo-access-gate: the token cannot write to this pull request (fork pull requests and read-only tokens ' +
  'get 403 "Resource not accessible by integration"), so there is no review comment; every finding is in ' +
  'the annotations and the job summary, and the verdict is unchanged.'

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/**
 * The pull request review: the summary comment (created when there is something to say, updated
 * in place whenever it exists), inline comments for new findings on diff lines, stale threads
 * resolved. Every failure ends here as a notice or warning and a note for the job summary; none
 * changes the verdict, and the job summary still lists every finding.
 */
export async function review(input: ReviewInput): Promise<ReviewOutcome> {
  const { client, pr, budget, result, outcome } = input
  const notes: string[] = []
  const inline = new Map<Finding, string>()
  try {
    const isOurs = await identity(client, budget)
    const findings = result.files.flatMap((f) => f.findings)
    const existing = await reviewComments(client, pr, budget, (cs) =>
      cs.some((c) => isOurs(c.author))
    )
    const plan = planReview({
      findings,
      files: new Map(input.files.map((f) => [f.path, f.lines])),
      existing,
      isOurs: (c) => isOurs(c.author),
      docsBase: input.docsBase
    })
    // Rows of findings with an inline comment link to the PR's changed files: the same link before
    // and after the comment exists, so an unchanged result leaves the summary byte for byte alone.
    const filesUrl = pr.htmlUrl ? `${pr.htmlUrl}/files` : undefined
    if (filesUrl) for (const { finding } of plan.alreadyPosted) inline.set(finding, filesUrl)
    const body = (extra: string[]): string =>
      markdown(result, {
        docsBase: input.docsBase,
        maxChars: COMMENT_MAX_CHARS,
        marker: SUMMARY_MARKER,
        verdict: outcome.verdict,
        failOn: outcome.failOn,
        configChanged: input.configChanged,
        configFile: input.configFile,
        notes: extra,
        moreIn: 'the log and the job summary of this run',
        inlineUrl: (f: Finding) => inline.get(f),
        ...(input.effect !== undefined ? { extraSections: [input.effect] } : {})
      })

    // Optimistic: rows of the findings about to be posted inline already say so; when the review
    // fails, the summary is written again without that and with a note.
    if (filesUrl) for (const p of plan.post) inline.set(p.finding, filesUrl)
    const worthSaying = findings.length > 0 || input.configChanged || input.effect !== undefined
    let summaryUrl = await upsertSummary(client, pr, budget, isOurs, body([]), worthSaying)
    let moved: Finding[] = []
    let failure: string | undefined
    try {
      moved = await postReview(client, pr, budget, plan, summaryUrl, isOurs)
      if (moved.length > 0) failure = 'GitHub refused their lines (422)'
    } catch (e) {
      if (isForbidden(e)) throw e
      moved = plan.post.map((p) => p.finding)
      failure = why(e)
    }
    if (moved.length > 0) {
      for (const f of moved) inline.delete(f)
      const note = `${plural(moved.length, 'finding')} could not be posted as inline comments (${markdownText(failure ?? '')}) and ${moved.length === 1 ? 'is' : 'are'} listed here.`
      core.info(`exo-access-gate: ${note}`)
      notes.push(note)
      summaryUrl = await upsertSummary(client, pr, budget, isOurs, body([note]), true)
    }
    const resolved = await resolveStale(client, budget, plan.stale)
    core.info(
      `exo-access-gate: summary comment ${summaryUrl ?? 'not needed'}; ${plural(plan.post.length - moved.length, 'new inline comment')}, ` +
        `${plan.alreadyPosted.length} already posted, ${plural(resolved, 'stale thread')} resolved.`
    )
  } catch (e) {
    inline.clear()
    if (isForbidden(e)) {
      core.notice(FORBIDDEN_NOTICE)
      notes.push(
        'The token cannot write to this pull request (403), so this summary and the annotations are the whole report.'
      )
    } else {
      core.warning(
        `exo-access-gate: the pull request review was not completed (${why(e)}); every finding is in the job summary and the annotations, and the verdict is unchanged.`
      )
      notes.push(
        `The pull request review was not completed (${markdownText(why(e))}); this summary lists every finding.`
      )
    }
  }
  return { notes, inline }
}

/** 403 that is not a rate limit, or 404 (a token that cannot see the pull request). */
function isForbidden(e: unknown): boolean {
  const s = statusOf(e)
  return (s === 403 && !isRateLimit(e)) || s === 404
}

function why(e: unknown): string {
  if (e instanceof BudgetExceeded) return e.message
  const s = statusOf(e)
  if (isRateLimit(e)) return 'GitHub rate limit'
  const message = e instanceof Error ? e.message.split('\n')[0]!.slice(0, 200) : String(e)
  return s !== undefined ? `HTTP ${s}: ${message}` : message
}
