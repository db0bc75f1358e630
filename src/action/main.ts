import * as core from '@actions/core'
import type * as github from '@actions/github'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, relative, resolve, sep } from 'node:path'
import { groupDigits } from '../engine/digits.js'
import { UsageError } from '../engine/errors.js'
import { DOCS_BASE } from '../engine/findings.js'
import { CONFIG_FILE, runGate, type RunOutcome } from '../engine/run.js'
import type { Finding } from '../engine/types.js'
import { annotations } from '../reporters/annotations.js'
import { markdownText, neutraliseWorkflowCommands } from '../reporters/escape.js'
import { JOB_SUMMARY_MAX_BYTES, markdown } from '../reporters/markdown.js'
import { sarif } from '../reporters/sarif.js'
import { stylish } from '../reporters/stylish.js'
import pkg from '../../package.json' with { type: 'json' }
import { budgetSeconds, startBudget, type Budget } from './budget.js'
import type { Client } from './github.js'
import { InputError, readInputs, type ActionInputs } from './inputs.js'
import type { ReviewOutcome } from './review.js'
import type { ChangedFile, PullRequest } from './pull-request.js'

/** The modules that call GitHub's API (api.ts): loaded only by a run that can use them. */
type Api = typeof import('./api.js')

/** The events whose runs review a pull request. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** The pull request of a `pull_request` or `pull_request_target` event, if this is one. */
export function pullRequestOf(context: typeof github.context): PullRequest | undefined {
  if (!PULL_REQUEST_EVENTS.has(context.eventName)) return
  const pr = context.payload.pull_request as
    | {
        number?: unknown
        html_url?: unknown
        head?: { sha?: unknown }
        base?: { sha?: unknown }
      }
    | undefined
  if (!pr || typeof pr.number !== 'number') return
  const { owner, repo } = context.repo
  return {
    owner,
    repo,
    number: pr.number,
    headSha: typeof pr.head?.sha === 'string' ? pr.head.sha : context.sha,
    baseSha: typeof pr.base?.sha === 'string' ? pr.base.sha : '',
    ...(typeof pr.html_url === 'string' ? { htmlUrl: pr.html_url } : {})
  }
}

/**
 * Where the check pages are: the action's own repository at the ref the workflow uses, on the
 * workflow's own server (GitHub Enterprise Server included); the published pages otherwise.
 */
export function docsBase(env: NodeJS.ProcessEnv = process.env): string {
  const server = env.GITHUB_SERVER_URL?.replace(/\/+$/, '')
  const repo = env.GITHUB_ACTION_REPOSITORY
  const ref = env.GITHUB_ACTION_REF
  if (server && repo && ref && /^[\w.-]+\/[\w.-]+$/.test(repo)) {
    return `${server}/${repo}/blob/${encodeURIComponent(ref)}/docs/checks/`
  }
  return DOCS_BASE
}

/**
 * The action's entry: checks the workspace, then reports through every channel (log, annotations,
 * SARIF, the pull request review, the job summary), sets the outputs and fails the step exactly
 * when the gate fails. No channel's failure changes the verdict or loses a finding: the log and the
 * job summary always carry them.
 */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs()
    const root = process.env.GITHUB_WORKSPACE ?? process.cwd()
    const budget = startBudget(budgetSeconds())
    // @actions/github and Octokit (~250 ms to load) only for a run that can call the API: one with
    // a token, on a pull request event (`GITHUB_EVENT_NAME` is what `context.eventName` reads)
    const api =
      inputs.token && PULL_REQUEST_EVENTS.has(process.env.GITHUB_EVENT_NAME ?? '')
        ? await import('./api.js')
        : undefined
    const pr = api ? pullRequestOf(api.context) : undefined
    const client = api && pr ? api.makeClient(inputs.token, budget) : undefined
    const notes: string[] = []

    const files = api && pr && client ? await listFiles(api, client, pr, budget, notes) : undefined
    // GitHub lists at most 3,000 files: past that, "changed" is unknown, so check everything
    const complete = api !== undefined && files !== undefined && files.length < api.MAX_PR_FILES
    if (api && inputs.onlyChanged && files && !complete) {
      const note = `The pull request changes ${groupDigits(api.MAX_PR_FILES)} files or more and GitHub lists only that many, so only-changed was ignored and every matched file was checked.`
      core.notice(`exo-access-gate: ${note}`)
      notes.push(note)
    }
    const outcome = await check(inputs, root, complete ? files : undefined)
    const result = outcome.result
    const s = result.summary
    // File names start lines of this text: no line of it may read as a workflow command.
    core.info(neutraliseWorkflowCommands(stylish(result)))

    const base = docsBase()
    if (inputs.annotations) {
      // The action's own messages are annotations too and count against the same caps: keep a
      // slot for the failing step's error, for the review's notice (a read-only token) and
      // warning (the review not completed), and for the only-changed notice above.
      const reviewing = pr !== undefined && client !== undefined && inputs.review
      const reserved = {
        error: outcome.verdict === 'fail' ? 1 : 0,
        warning: reviewing ? 1 : 0,
        notice: (reviewing ? 1 : 0) + (inputs.onlyChanged && files && !complete ? 1 : 0)
      }
      const moreIn = 'the log of this step (and the job summary, up to its 1 MiB)'
      for (const a of annotations(result, { moreIn, reserved })) {
        core[a.type](a.message, a.properties)
      }
    }
    let sarifPath = ''
    if (inputs.sarifFile) sarifPath = writeSarif(root, inputs.sarifFile, outcome, base)

    const configFile = outcome.configFile ?? inputs.config ?? CONFIG_FILE
    const configChanged = files?.some((f) => f.path === configFile) ?? false
    // "Effect of this change": the PR's changed rule-set files against their base versions
    const effect =
      api && pr && client && files
        ? await api.effectOfChange({
            client,
            pr,
            budget,
            root,
            files,
            outcome,
            paths: inputs.paths
          })
        : undefined
    let reviewed: ReviewOutcome | undefined
    if (api && pr && client && inputs.review) {
      reviewed = await api.review({
        client,
        pr,
        budget,
        result,
        outcome,
        files: files ?? [],
        docsBase: base,
        configChanged,
        configFile,
        ...(effect ? { effect: effect.comment } : {})
      })
      notes.push(...reviewed.notes)
    }
    await jobSummary(outcome, base, configChanged, configFile, notes, reviewed, effect?.summary)

    core.setOutput('result', outcome.verdict)
    core.setOutput('errors', s.errors)
    core.setOutput('warnings', s.warnings)
    core.setOutput('notices', s.notices)
    core.setOutput('files', s.files)
    core.setOutput('sarif-file', sarifPath)
    if (outcome.configInvalid) {
      core.setFailed(
        `exo-access-gate: the config file ${JSON.stringify(outcome.configFile)} is not valid (EXO902); the built-in defaults were used.`
      )
    } else if (outcome.verdict === 'fail') {
      core.setFailed(
        `exo-access-gate: ${count(s.errors, 'error')}, ${count(s.warnings, 'warning')}, ${count(s.notices, 'notice')}; the gate fails on ${outcome.failOn}.`
      )
    }
  } catch (e) {
    if (e instanceof InputError || e instanceof UsageError) {
      core.setFailed(`exo-access-gate: ${e.message}`)
      return
    }
    core.setFailed(
      `exo-access-gate: internal error (a bug in the gate, not in your files): ${e instanceof Error ? e.message : String(e)}`
    )
  }
}

/** The PR's files; a failure to list them only costs the config callout and `only-changed`. */
async function listFiles(
  api: Api,
  client: Client,
  pr: PullRequest,
  budget: Budget,
  notes: string[]
): Promise<ChangedFile[] | undefined> {
  try {
    return await api.changedFiles(client, pr, budget)
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    core.warning(`exo-access-gate: could not list the pull request's files (${why}).`)
    notes.push(
      `The pull request's files could not be listed (${markdownText(why)}), so every matched file was checked.`
    )
    return undefined
  }
}

async function check(
  inputs: ActionInputs,
  root: string,
  files: ChangedFile[] | undefined
): Promise<RunOutcome> {
  // The default config file is optional; a config named explicitly must exist.
  const config =
    inputs.config === CONFIG_FILE && !existsSync(resolve(root, inputs.config))
      ? undefined
      : inputs.config
  const only =
    inputs.onlyChanged && files
      ? new Set(files.filter((f) => f.status !== 'removed').map((f) => f.path))
      : undefined
  return runGate({
    root,
    paths: inputs.paths,
    ...(config !== undefined ? { config } : {}),
    ...(inputs.failOn ? { failOn: inputs.failOn } : {}),
    ...(only ? { only } : {})
  })
}

function writeSarif(root: string, path: string, outcome: RunOutcome, base: string): string {
  const abs = resolve(root, path)
  const server = process.env.GITHUB_SERVER_URL?.replace(/\/+$/, '') ?? ''
  const repo = process.env.GITHUB_ACTION_REPOSITORY || 'exo-access-gate/exo-access-gate'
  mkdirSync(dirname(abs), { recursive: true })
  writeFileSync(
    abs,
    sarif(outcome.result, {
      toolVersion: pkg.version,
      informationUri: server
        ? `${server}/${repo}`
        : 'https://github.com/exo-access-gate/exo-access-gate',
      docsBase: base
    })
  )
  const rel = relative(root, abs)
  return rel.startsWith('..') ? abs : rel.split(sep).join('/')
}

async function jobSummary(
  outcome: RunOutcome,
  base: string,
  configChanged: boolean,
  configFile: string,
  notes: string[],
  reviewed: ReviewOutcome | undefined,
  effect: string | undefined
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const inline = reviewed?.inline
  const text = markdown(outcome.result, {
    docsBase: base,
    maxChars: Number.MAX_SAFE_INTEGER,
    maxBytes: JOB_SUMMARY_MAX_BYTES,
    verdict: outcome.verdict,
    failOn: outcome.failOn,
    configChanged,
    configFile,
    notes,
    moreIn: 'the log of this step',
    ...(inline ? { inlineUrl: (f: Finding) => inline.get(f) } : {}),
    ...(effect !== undefined ? { extraSections: [effect] } : {})
  })
  try {
    await core.summary.addRaw(text).write({ overwrite: true })
  } catch (e) {
    core.warning(
      `exo-access-gate: could not write the job summary (${e instanceof Error ? e.message : String(e)}); the findings are in this log.`
    )
  }
}
