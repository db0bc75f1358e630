import * as core from '@actions/core'
import { lstatSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import picomatch from 'picomatch'
import { checkById } from '../checks/index.js'
import { defaultConfig, loadConfig, type Config } from '../engine/config.js'
import { diffFiles, type FileStatus } from '../engine/diff.js'
import { groupDigits } from '../engine/digits.js'
import { render } from '../engine/findings.js'
import { DEFAULT_PATTERN, readChecked, relativeName } from '../engine/load.js'
import type { RunOutcome } from '../engine/run.js'
import { neutraliseWorkflowCommands } from '../reporters/escape.js'
import { effectMarkdown, effectText, type EffectDiff } from '../reporters/effect.js'
import { JOB_SUMMARY_MAX_BYTES } from '../reporters/markdown.js'
import {
  BudgetExceeded,
  isRateLimit,
  statusOf,
  within,
  type Budget,
  type Client
} from './github.js'
import { MAX_PR_FILES, type ChangedFile, type PullRequest } from './pull-request.js'

/*
 * "Effect of this change" on a pull request: each changed rule-set file of the PR, as it is in the
 * workspace (the head; the merge commit that `actions/checkout` checks out on `pull_request`),
 * compared with its version at the PR's base commit (`pull_request.base.sha`), fetched through the
 * REST contents API, so a shallow checkout is enough. The section goes into the summary comment
 * (capped) and the job summary (the whole list); the log gets the text. Nothing here fails the
 * run or touches a finding: a base that cannot be fetched makes that file's line say why.
 */

/**
 * The section's share of the summary comment: about 50 statements, opening ones first, which is
 * what a reviewer reads before the diff; the job summary and the log have the rest. The finding
 * rows keep the other 55,000 characters of GitHub's 65,536 beside the verdict, the notes, the
 * callout, the counts and the closing note (a few thousand at most).
 */
export const EFFECT_COMMENT_MAX_CHARS = 8_000

/**
 * The section's share of the job summary: 384 KiB of its 1 MiB, so the finding rows keep more
 * than half. Past it the section ends with "… and N more changes"; the log has every change.
 */
export const EFFECT_SUMMARY_MAX_BYTES = (JOB_SUMMARY_MAX_BYTES / 8) * 3

/** The contents API answers a file's bytes as they are, whatever their size (up to 100 MB). */
export const RAW_MEDIA_TYPE = 'application/vnd.github.raw+json'

/** The config file is read with the cap the run reads it with (run.ts). */
const CONFIG_MAX_BYTES = 1_048_576

export interface EffectInput {
  /** Only `request` is used: one GET per base version. */
  client: Pick<Client, 'request'>
  pr: PullRequest
  budget: Budget
  /** The workspace. */
  root: string
  /** The pull request's files, as listed. */
  files: readonly ChangedFile[]
  /** The run's outcome: which files it checked, and its config file. */
  outcome: RunOutcome
  /** The `paths` input (empty: the config file's `paths`, else `**\/*.exo.json`). */
  paths: readonly string[]
}

export interface EffectSections {
  /** For the summary comment: at most {@link EFFECT_COMMENT_MAX_CHARS}. */
  comment: string
  /** For the job summary: every change, up to {@link EFFECT_SUMMARY_MAX_BYTES}. */
  summary: string
  /** The diffs, in the pull request's file order. */
  diffs: EffectDiff[]
}

/** A changed rule-set file and where its two versions are. */
export interface EffectFile {
  /** The path in the head (for a deleted file: its path in the base). */
  file: string
  /** Where the base version is read from; undefined when there is none to read (a new file). */
  basePath?: string
  /** Whether the head version is in the workspace (false for a deleted file). */
  head: boolean
  /** A renamed file's previous path. */
  renamedFrom?: string
}

/** What one fetch of a base version gave. */
type Fetched = { bytes: Uint8Array } | { absent: true } | { failed: string }

/**
 * The section for both channels, or undefined when the pull request changes no rule-set file the
 * run covers. Never throws: a failure of its own becomes a section that says so.
 */
export async function effectOfChange(input: EffectInput): Promise<EffectSections | undefined> {
  try {
    const config = runConfig(input.root, input.outcome.configFile)
    const patterns = input.paths.length
      ? input.paths
      : config.paths?.length
        ? config.paths
        : [DEFAULT_PATTERN]
    const checked = new Set(input.outcome.result.files.map((f) => f.file))
    if (input.outcome.configFile) checked.delete(input.outcome.configFile)
    const targets = effectFiles(input.files, checked, ruleSetMatcher(patterns, input.root))
    if (targets.length === 0) return undefined
    // one request at a time, as GitHub asks of integrations (secondary rate limits)
    const diffs: EffectDiff[] = []
    for (const target of targets) {
      const d = await effectOf(target, input, config)
      if (d) diffs.push(d)
    }
    if (diffs.length === 0) return undefined
    core.info(
      neutraliseWorkflowCommands(`exo-access-gate: effect of this change\n${effectText(diffs)}`)
    )
    const tail =
      input.files.length >= MAX_PR_FILES
        ? `\n_GitHub lists only the first ${groupDigits(MAX_PR_FILES)} files of a pull request: rule-set files past them are not in this section._\n`
        : ''
    return {
      comment: effectMarkdown(diffs, { maxChars: EFFECT_COMMENT_MAX_CHARS - tail.length }) + tail,
      summary: effectMarkdown(diffs, { maxBytes: EFFECT_SUMMARY_MAX_BYTES - tail.length }) + tail,
      diffs
    }
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    core.info(`exo-access-gate: the effect of this change could not be worked out (${why}).`)
    const section =
      '### Effect of this change\n\n' +
      'The effect of this change could not be worked out (an internal error, a bug in the gate); the findings are complete.\n'
    return { comment: section, summary: section, diffs: [] }
  }
}

/**
 * The PR's files the section covers, in the PR's order: those the run checked (it read them from
 * the workspace, so they are rule-set files), and deleted files the run's patterns would have
 * matched. A new (or copied) file has no base; a renamed one has its base at its previous path
 * when that was a rule-set file too (else it is new), and a rule-set file renamed to a path the run
 * does not check is deleted.
 */
export function effectFiles(
  files: readonly ChangedFile[],
  checked: ReadonlySet<string>,
  isRuleSet: (path: string) => boolean
): EffectFile[] {
  const out: EffectFile[] = []
  const deleted = (path: string) => out.push({ file: path, basePath: path, head: false })
  for (const f of files) {
    const previous = f.status === 'renamed' ? f.previousPath : undefined
    if (f.status === 'removed') {
      if (isRuleSet(f.path)) deleted(f.path)
    } else if (!checked.has(f.path)) {
      if (previous !== undefined && isRuleSet(previous)) deleted(previous)
    } else if (f.status === 'added' || f.status === 'copied') {
      out.push({ file: f.path, head: true })
    } else if (previous !== undefined) {
      out.push(
        isRuleSet(previous)
          ? { file: f.path, basePath: previous, head: true, renamedFrom: previous }
          : { file: f.path, head: true }
      )
    } else {
      out.push({ file: f.path, basePath: f.path, head: true })
    }
  }
  return out
}

/**
 * Whether a path (that may no longer exist) is one the run's patterns would check: a folder
 * pattern covers `**\/*.exo.json` below it, a glob matches as `paths` globs do, and any other
 * pattern names one file. Folders the run never searches (`node_modules`, `.git`) are left out.
 */
export function ruleSetMatcher(
  patterns: readonly string[],
  root: string
): (path: string) => boolean {
  const tests: ((path: string) => boolean)[] = []
  const underDefault = picomatch(DEFAULT_PATTERN, { dot: false })
  for (const p of patterns) {
    if (p.trim() === '') continue
    const abs = resolve(root, p)
    const rel = relativeName(root, abs)
    let directory = false
    try {
      directory = lstatSync(abs).isDirectory()
    } catch {
      directory = false
    }
    if (directory) {
      tests.push((path) =>
        rel === ''
          ? underDefault(path)
          : path.startsWith(`${rel}/`) && underDefault(path.slice(rel.length + 1))
      )
    } else if (picomatch.scan(p).isGlob) {
      tests.push(picomatch(isAbsolute(p) ? relativeName(root, p) : p, { dot: false }))
    } else {
      tests.push((path) => path === rel)
    }
  }
  return (path) =>
    !path.split('/').some((s) => s === 'node_modules' || s === '.git') && tests.some((t) => t(path))
}

/** The config the run used: its config file's, or the defaults (also when it is invalid). */
function runConfig(root: string, configFile: string | undefined): Config {
  if (configFile === undefined) return defaultConfig()
  const read = readChecked(root, configFile, CONFIG_MAX_BYTES)
  return 'bytes' in read ? loadConfig(configFile, read.bytes).config : defaultConfig()
}

/**
 * One file's effect: its head from the workspace, its base from GitHub, compared; undefined for a
 * deleted file that the base commit does not have either.
 */
async function effectOf(
  target: EffectFile,
  input: EffectInput,
  config: Config
): Promise<EffectDiff | undefined> {
  const named = (d: EffectDiff): EffectDiff =>
    target.renamedFrom === undefined ? d : { ...d, renamedFrom: target.renamedFrom }
  const max = config.limits.maxFileBytes
  let head: Uint8Array | undefined
  if (target.head) {
    const read = readChecked(input.root, target.file, max)
    if (!('bytes' in read)) {
      const why = render(checkById('EXO001').messages[read.messageId] ?? read.messageId, read.data)
      return named(
        unavailable(target, `its head version could not be read: ${why.replace(/\.$/, '')}`)
      )
    }
    head = read.bytes
  }
  let base: Uint8Array | undefined
  if (target.basePath !== undefined) {
    const fetched = await fetchBase(input, target.basePath, max)
    if ('failed' in fetched) return named(unavailable(target, fetched.failed))
    if ('bytes' in fetched) base = fetched.bytes
  }
  // deleted in the pull request and already gone at the base commit: nothing changes
  if (!base && !head) return undefined
  const paths = target.basePath !== undefined ? { base: target.basePath } : {}
  return named(diffFiles(target.file, base, head, config, paths))
}

function unavailable(target: EffectFile, why: string): EffectDiff {
  const status: FileStatus = !target.head
    ? 'deleted'
    : target.basePath === undefined
      ? 'added'
      : 'modified'
  return { file: target.file, status, unavailable: why, findings: [] }
}

/**
 * The base version of a file: `GET /repos/{owner}/{repo}/contents/{path}?ref={base sha}` with
 * the raw media type, read as bytes (never decoded, so the comparison sees the file's own bytes)
 * and never past `maxBytes + 1`. 404: there is no base version. Retries (5xx), rate limits and
 * the time budget are the client's (github.ts); while less than half the budget is left, nothing
 * is fetched, so the review keeps its time.
 */
export async function fetchBase(
  input: Pick<EffectInput, 'client' | 'pr' | 'budget'>,
  path: string,
  maxBytes: number
): Promise<Fetched> {
  const { client, pr, budget } = input
  if (!pr.baseSha) return { failed: 'the event names no base commit to read its base version at' }
  if (budget.remaining() <= (budget.seconds * 1000) / 2) {
    return {
      failed: `its base version was not fetched, as less than half of the ${budget.seconds}-second budget for GitHub API calls was left and that is kept for the review`
    }
  }
  let response: { headers: Record<string, string | number | undefined>; data: unknown }
  try {
    response = await client.request(
      'GET /repos/{owner}/{repo}/contents/{path}',
      within(budget, {
        owner: pr.owner,
        repo: pr.repo,
        path,
        ref: pr.baseSha,
        headers: { accept: RAW_MEDIA_TYPE },
        request: { parseSuccessResponseBody: false }
      })
    )
  } catch (e) {
    if (statusOf(e) === 404 && !(e instanceof BudgetExceeded)) return { absent: true }
    return { failed: `its base version could not be fetched (${failure(e, budget)})` }
  }
  try {
    const read = await readBody(response.data, maxBytes, response.headers)
    if ('tooLarge' in read) {
      return {
        failed: `its base version is ${read.tooLarge ? `${groupDigits(read.tooLarge)} bytes, ` : ''}over the cap of ${groupDigits(maxBytes)} bytes (limits.maxFileBytes); it was not read past the cap`
      }
    }
    return asFile(read.bytes, String(response.headers['content-type'] ?? ''))
  } catch (e) {
    return { failed: `its base version could not be read (${failure(e, budget)})` }
  }
}

/** Why a request failed, in a few words: the budget, a rate limit, or the status and message. */
function failure(e: unknown, budget: Budget): string {
  if (e instanceof BudgetExceeded || budget.remaining() <= 0) {
    return `the ${budget.seconds}-second budget for GitHub API calls ran out`
  }
  if (isRateLimit(e)) return 'GitHub rate limit'
  const status = statusOf(e)
  // Octokit appends GitHub's documentation link to the message: the reader needs only the words
  const message = (e instanceof Error ? e.message.split('\n')[0]! : String(e))
    .replace(/ - https?:\/\/\S+$/, '')
    .slice(0, 200)
  return status !== undefined ? `HTTP ${status}: ${message}` : message
}

/**
 * The bytes of a response body, at most `maxBytes` (`tooLarge` past that: the size when known,
 * else 0). The body is a stream (`parseSuccessResponseBody: false`); a client that parsed it
 * anyway gives a string or an ArrayBuffer.
 */
async function readBody(
  data: unknown,
  maxBytes: number,
  headers: Record<string, string | number | undefined>
): Promise<{ bytes: Uint8Array } | { tooLarge: number }> {
  const declared = Number(headers['content-length'])
  if (Number.isSafeInteger(declared) && declared > maxBytes) {
    if (isStream(data)) await data.cancel().catch(() => {})
    return { tooLarge: declared }
  }
  let bytes: Uint8Array
  if (data === null || data === undefined) bytes = new Uint8Array(0)
  else if (typeof data === 'string') bytes = new TextEncoder().encode(data)
  else if (data instanceof ArrayBuffer) bytes = new Uint8Array(data)
  else if (data instanceof Uint8Array) bytes = data
  else if (isStream(data)) {
    const reader = data.getReader()
    const chunks: Uint8Array[] = []
    let size = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) {
        await reader.cancel().catch(() => {})
        return { tooLarge: 0 }
      }
      chunks.push(value)
    }
    bytes = new Uint8Array(size)
    let at = 0
    for (const c of chunks) {
      bytes.set(c, at)
      at += c.byteLength
    }
  } else {
    bytes = new TextEncoder().encode(JSON.stringify(data))
  }
  return bytes.length > maxBytes ? { tooLarge: bytes.length } : { bytes }
}

function isStream(data: unknown): data is ReadableStream<Uint8Array> {
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { getReader?: unknown }).getReader === 'function'
  )
}

/**
 * The file from a raw answer. A JSON answer (`application/json`) means the server did not send
 * the raw bytes: the contents API does that for a folder, a submodule or a symlink that leaves
 * the repository, and none of those is a rule-set file to compare with.
 */
function asFile(bytes: Uint8Array, contentType: string): Fetched {
  if (!/^application\/json\b/i.test(contentType.trim())) return { bytes }
  let doc: unknown
  try {
    doc = JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    return {
      failed: 'GitHub answered with JSON that could not be read instead of the base version'
    }
  }
  const item = doc as { type?: unknown; encoding?: unknown; content?: unknown }
  if (Array.isArray(doc)) return { failed: 'its base version is a folder, not a file' }
  if (item.type === 'file') {
    // over 1 MB, the JSON answer comes with no content (encoding "none")
    return item.encoding === 'base64' && typeof item.content === 'string'
      ? { bytes: new Uint8Array(Buffer.from(item.content, 'base64')) }
      : { failed: 'GitHub sent its base version without its content' }
  }
  const kind = typeof item.type === 'string' ? item.type.slice(0, 40) : 'something else'
  return { failed: `its base version is a ${kind}, not a regular file` }
}
