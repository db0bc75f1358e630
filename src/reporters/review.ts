import { createHash } from 'node:crypto'
import { groupDigits } from '../engine/digits.js'
import type { Finding, Severity } from '../engine/types.js'
import { codeSpan, markdownText } from './escape.js'

/*
 * The plan of the pull request review: which findings get an inline comment, which are already
 * there, which go to the summary comment and which of our old comments are stale. Pure: the
 * caller (src/action/) lists the PR's files and comments, and posts what this module plans.
 *
 * GitHub's rules (reference/github-actions-platform.md §2.3; security-and-robustness.md §5.3):
 * a review comment's `line` (RIGHT side) must be inside a hunk of the PR diff, `start_line` must
 * precede `line` in the same hunk, and one bad comment makes GitHub refuse the whole review (422).
 * About 30 comments per review is where secondary rate limits and 502s start (reviewdog's
 * `maxCommentsPerRequest = 30`).
 */

/** The hidden marker that starts the one summary comment of the pull request. */
export const SUMMARY_MARKER = '<!-- exo-access-gate:summary -->'

/** Inline comments per run; the other findings go to the summary comment. */
export const INLINE_LIMIT = 30

const FINGERPRINT = /^[0-9a-f]{16}$/
const MARKER_PREFIX = '<!-- exo-access-gate:finding '
const MARKER_SUFFIX = ' -->'
/** Literal prefix, fixed-length body, no alternation: one linear scan whatever the body holds. */
const MARKER = /<!-- exo-access-gate:finding ([0-9a-f]{16}) -->/g

/** Line numbers inside message data: keys named `line`/`…Line`, and "line 12" inside texts. */
const LINE_KEY = /(?:line|column)$/i
const LINE_REF = /\bline \d+/g

/**
 * The stable identity of a finding, so a later run knows it is already posted: 16 hex digits of
 * SHA-256 over file, check ID, JSON Pointer, message template and its values (keys sorted). Line
 * and column are left out, and so are line numbers inside the values (`otherLine`, "line 12"), so
 * inserting lines above a finding, or above the item its message names, does not post it again.
 * Severity and suppression are left out too: changing either is not a new finding.
 */
export function fingerprint(f: Finding): string {
  const values: Record<string, unknown> = f.data ?? {}
  const data = Object.keys(values)
    .filter((k) => !LINE_KEY.test(k))
    .sort()
    .map((k) => {
      const v = values[k]
      return [k, typeof v === 'string' ? v.replace(LINE_REF, 'line') : v]
    })
  const identity = JSON.stringify([f.file, f.id, f.pointer, f.messageId, data])
  return createHash('sha256').update(identity, 'utf8').digest('hex').slice(0, 16)
}

/** The hidden marker that carries a finding's fingerprint at the end of its inline comment. */
export function fingerprintMarker(fp: string): string {
  if (!FINGERPRINT.test(fp)) {
    throw new RangeError(`A fingerprint is 16 lower-case hex digits, not ${JSON.stringify(fp)}.`)
  }
  return MARKER_PREFIX + fp + MARKER_SUFFIX
}

/** The fingerprints of every finding marker in a comment body, each once, in order of appearance. */
export function fingerprintsIn(body: string): string[] {
  if (typeof body !== 'string' || !body.includes(MARKER_PREFIX)) return []
  const found = new Set<string>()
  for (const m of body.matchAll(MARKER)) found.add(m[1]!)
  return [...found]
}

/** `@@ -a[,b] +c[,d] @@`: digits only, anchored, so a hostile header costs one scan. */
const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/

/**
 * The lines of the new version that a review comment may point at: every RIGHT-side line inside a
 * hunk of the file's unified-diff `patch` (added `+` and context ` ` lines, not removed `-` ones),
 * mapped to the index of its hunk (the ordinal of its `@@` header in the patch), so the caller can
 * tell whether two lines share a hunk. A hunk whose lines do not add up to its header's counts, or
 * whose numbers are absurd, is skipped whole; `\ No newline at end of file` is not a line. As
 * `git apply` does, an empty line inside a hunk is read as an empty context line (some tools strip
 * the trailing space). No patch (binary, or too large for GitHub to send) → no lines.
 */
export function commentableLines(patch: string | undefined): Map<number, number> {
  const lines = new Map<number, number>()
  if (typeof patch !== 'string' || patch === '') return lines

  let index = -1
  // the hunk being read: old and new lines still expected, the next new line, its lines so far
  let oldLeft = 0
  let newLeft = 0
  let next = 0
  let pending: number[] = []
  let open = false

  const close = (): void => {
    if (open && oldLeft === 0 && newLeft === 0) {
      for (const n of pending) if (!lines.has(n)) lines.set(n, index)
    }
    open = false
    pending = []
  }

  let start = 0
  // the empty text after a final line break is not a line
  while (start < patch.length) {
    let end = patch.indexOf('\n', start)
    if (end === -1) end = patch.length
    const line = patch.slice(start, end)
    start = end + 1

    if (line.startsWith('@@')) {
      close()
      index++
      const m = HUNK.exec(line)
      if (!m) continue
      const oldCount = m[2] === undefined ? 1 : Number(m[2])
      const newStart = Number(m[3])
      const newCount = m[4] === undefined ? 1 : Number(m[4])
      const sane =
        Number.isSafeInteger(Number(m[1])) &&
        Number.isSafeInteger(oldCount) &&
        Number.isSafeInteger(newStart) &&
        Number.isSafeInteger(newCount) &&
        Number.isSafeInteger(newStart + newCount) &&
        // a hunk with new lines starts at line 1 or later; an empty one may say `+0,0`
        (newCount === 0 || newStart >= 1)
      if (!sane) continue
      open = true
      oldLeft = oldCount
      newLeft = newCount
      next = newStart
      continue
    }
    if (!open) continue
    if (oldLeft === 0 && newLeft === 0) {
      // the hunk is complete; what follows until the next header is not part of any hunk
      close()
      continue
    }
    const c = line === '' || line === '\r' ? ' ' : line[0]
    if (c === '\\') continue
    if (c === ' ' && oldLeft > 0 && newLeft > 0) {
      oldLeft--
      newLeft--
      pending.push(next++)
    } else if (c === '+' && newLeft > 0) {
      newLeft--
      pending.push(next++)
    } else if (c === '-' && oldLeft > 0) {
      oldLeft--
    } else {
      // a line the header leaves no room for, or one that is no diff line: the hunk is malformed
      open = false
      pending = []
    }
  }
  close()
  return lines
}

/** A review comment of the pull request, as the caller lists it (REST, plus threads from GraphQL). */
export interface ExistingComment {
  id: number
  nodeId: string
  path: string
  body: string
  author: string
  /** The comment's line now; `null` when it is outdated (its line is no longer in the diff). */
  line?: number | null
  inReplyToId?: number
  threadId?: string
  resolved?: boolean
  htmlUrl?: string
}

/** One entry of `comments[]` of `POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews`. */
export interface InlineComment {
  path: string
  line: number
  side: 'RIGHT'
  start_line?: number
  start_side?: 'RIGHT'
  body: string
}

export interface ReviewPlan {
  /** New inline comments, most severe first, at most `limit`. */
  post: { finding: Finding; fingerprint: string; comment: InlineComment }[]
  /** Findings an unresolved, current comment of ours already carries (by fingerprint). */
  alreadyPosted: { finding: Finding; comment: ExistingComment }[]
  /** Not on a commentable line, or over the limit: the summary lists them. */
  outsideDiff: Finding[]
  /** Our unresolved top-level comments whose findings are gone (or posted again): resolve them. */
  stale: ExistingComment[]
}

export interface ReviewInput {
  /** Every finding of the run; suppressed ones are never posted inline. */
  findings: readonly Finding[]
  /** Path → `commentableLines(patch)` for every file of the pull request. */
  files: ReadonlyMap<string, Map<number, number>>
  /** Every review comment on the pull request. */
  existing: readonly ExistingComment[]
  /** Whether the token's identity wrote the comment (the caller knows who the bot is). */
  isOurs: (c: ExistingComment) => boolean
  /** Check pages are `docsBase + id + '.md'`. */
  docsBase: string
  /** Inline comments planned at most; default INLINE_LIMIT. */
  limit?: number
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 }

const rank = (s: Severity): number => (Object.hasOwn(RANK, s) ? RANK[s] : 0)
const ordinal = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
/** A number that sorts: NaN and other junk last, so the comparator stays consistent. */
const num = (n: number): number => (Number.isFinite(n) ? n : Number.MAX_VALUE)

/** Most severe first, then file, line, column (then ID and message, so order never depends on input). */
function compare(a: Finding, b: Finding): number {
  return (
    rank(b.severity) - rank(a.severity) ||
    ordinal(String(a.file), String(b.file)) ||
    num(a.line) - num(b.line) ||
    num(a.column) - num(b.column) ||
    ordinal(String(a.id), String(b.id)) ||
    ordinal(String(a.message), String(b.message))
  )
}

/** The last line a finding covers: an end at column 1 of a later line ends on the line before. */
function lastLine(f: Finding): number {
  if (!Number.isSafeInteger(f.endLine) || f.endLine <= f.line) return f.line
  return Math.max(f.line, f.endColumn === 1 ? f.endLine - 1 : f.endLine)
}

/**
 * Where the comment goes, or undefined when the finding's start line is not in the diff. A finding
 * that spans lines of one hunk gets the whole range (`start_line` < `line`, as GitHub requires);
 * otherwise the comment sits on its start line alone.
 */
function anchor(
  f: Finding,
  lines: Map<number, number> | undefined
): { line: number; start_line?: number } | undefined {
  if (!lines || !Number.isSafeInteger(f.line)) return undefined
  const hunk = lines.get(f.line)
  if (hunk === undefined) return undefined
  const last = lastLine(f)
  if (last > f.line && lines.get(last) === hunk) return { line: last, start_line: f.line }
  return { line: f.line }
}

/**
 * Plans the review. Findings go, most severe first, to exactly one of `post` (a new comment on a
 * diff line, at most `limit`), `alreadyPosted` (an unresolved comment of ours carries the
 * fingerprint) or `outsideDiff` (the summary lists them); suppressed findings to none. Copies of a
 * finding (same fingerprint) get one comment: a copy of a finding planned now goes to the summary,
 * a copy of one already posted is already posted.
 *
 * Only comments of ours (`isOurs`) count, and only top-level ones (not replies). A comment in a
 * resolved thread does not count as posted (someone resolved it, yet the finding is back: post it
 * again), nor does an outdated one (`line: null`: its line left the diff, so it no longer shows on
 * the code). `stale` lists our unresolved top-level comments with a fingerprint of which every
 * fingerprint is gone, or, for an outdated comment, gone or carried by a comment posted or planned
 * now. A comment of the same bot without any of our markers (another workflow's) is never stale.
 */
export function planReview(input: ReviewInput): ReviewPlan {
  const limit = input.limit ?? INLINE_LIMIT
  if (!Number.isSafeInteger(limit) || limit < 0) {
    throw new RangeError(`limit must be a whole number of at least 0, not ${limit}.`)
  }

  // Our top-level comments that may count: fingerprint → the first current, unresolved one.
  const ours: { comment: ExistingComment; fps: string[] }[] = []
  const posted = new Map<string, ExistingComment>()
  for (const c of input.existing) {
    if (c.inReplyToId !== undefined && c.inReplyToId !== null) continue
    if (c.resolved === true) continue
    if (!input.isOurs(c)) continue
    const fps = fingerprintsIn(c.body)
    if (fps.length === 0) continue
    ours.push({ comment: c, fps })
    if (c.line === null) continue
    for (const fp of fps) if (!posted.has(fp)) posted.set(fp, c)
  }

  const plan: ReviewPlan = { post: [], alreadyPosted: [], outsideDiff: [], stale: [] }
  // fingerprint → where its first finding went: a comment of ours, 'post', or 'summary'
  const placed = new Map<string, ExistingComment | 'post' | 'summary'>()
  const active = input.findings.filter((f) => !f.suppressed).sort(compare)
  for (const f of active) {
    const fp = fingerprint(f)
    const before = placed.get(fp)
    if (before !== undefined) {
      if (typeof before === 'object') plan.alreadyPosted.push({ finding: f, comment: before })
      else plan.outsideDiff.push(f)
      continue
    }
    const comment = posted.get(fp)
    if (comment) {
      plan.alreadyPosted.push({ finding: f, comment })
      placed.set(fp, comment)
      continue
    }
    const at = plan.post.length < limit ? anchor(f, input.files.get(f.file)) : undefined
    if (!at) {
      plan.outsideDiff.push(f)
      placed.set(fp, 'summary')
      continue
    }
    const inline: InlineComment = { path: f.file, line: at.line, side: 'RIGHT', body: '' }
    if (at.start_line !== undefined) {
      inline.start_line = at.start_line
      inline.start_side = 'RIGHT'
    }
    inline.body = inlineBody(f, fp, input.docsBase)
    plan.post.push({ finding: f, fingerprint: fp, comment: inline })
    placed.set(fp, 'post')
  }

  for (const { comment, fps } of ours) {
    const outdated = comment.line === null
    // an outdated comment is superseded when its finding has a current comment (posted or planned)
    const gone = fps.every((fp) => {
      const where = placed.get(fp)
      return where === undefined || (outdated && where !== 'summary')
    })
    if (gone) plan.stale.push(comment)
  }
  return plan
}

/** A link destination needs no `<…>` when it has no space, control, parenthesis or angle bracket. */
function href(url: string): string {
  return url.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0020\u007f()<>\\`|[\]]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')
  )
}

/** A check ID of the registry's shape is linked to its page; anything else is shown as text. */
function checkLink(id: string, docsBase: string): string {
  return /^[A-Z]{2,10}\d{1,6}$/.test(id)
    ? `[${id}](${href(`${docsBase}${id}.md`)})`
    : markdownText(String(id))
}

/** Text longer than `max` UTF-16 code units, cut there (never inside a surrogate pair). */
function cut(text: string, max: number): string {
  if (text.length <= max) return text
  let end = max
  const c = text.charCodeAt(end - 1)
  if (c >= 0xd800 && c <= 0xdbff) end--
  return `${text.slice(0, end)}… (${groupDigits(text.length)} characters)`
}

/** Untrusted text shown in an inline comment is cut to this many characters before escaping. */
const MAX_MESSAGE = 2000
const MAX_POINTER = 200

/**
 * The body of a finding's inline comment: `**EXO201** missing-safeguard (error): message`, the ID
 * linked to the check's page, then the JSON Pointer as code, then the hidden fingerprint marker
 * last. Untrusted text is escaped (no HTML, mentions, references, links) and cut, so the body
 * stays far below GitHub's 65,536 characters; there is no code block, so never a `suggestion`.
 */
export function inlineBody(f: Finding, fp: string, docsBase: string): string {
  const marker = fingerprintMarker(fp)
  const severity = Object.hasOwn(RANK, f.severity) ? f.severity : markdownText(String(f.severity))
  const head =
    `**${checkLink(String(f.id), docsBase)}** ${markdownText(String(f.slug))} (${severity}): ` +
    markdownText(cut(String(f.message), MAX_MESSAGE))
  const pointer =
    typeof f.pointer === 'string' && f.pointer !== ''
      ? `\n\nAt ${codeSpan(cut(f.pointer, MAX_POINTER))}.`
      : ''
  return `${head}${pointer}\n\n${marker}`
}

/** The review's one-line body: how many comments it adds, and where every finding is. */
export function reviewBody(summaryUrl: string | undefined, count: number): string {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`count must be a whole number of at least 0, not ${count}.`)
  }
  const n = `${groupDigits(count)} new inline ${count === 1 ? 'comment' : 'comments'}`
  const url = summaryUrl !== undefined && /^https?:\/\//i.test(summaryUrl) ? summaryUrl : undefined
  const where = url
    ? `[the summary comment](${href(url)})`
    : 'the summary comment of this pull request'
  return `**exo-access-gate**: ${n}; every finding, including those outside the diff, is in ${where}.`
}
