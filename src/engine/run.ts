import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  applySuppressions,
  defaultConfig,
  loadConfig,
  unusableConfig,
  type LoadedConfig
} from './config.js'
import { UsageError } from './errors.js'
import { assemble } from './lint.js'
import { lintFiles } from './parallel.js'
import { DEFAULT_PATTERN, expand, readChecked, relativeName } from './load.js'
import type { FailOn, FileResult, LintResult } from './types.js'
import { verdict } from './verdict.js'

/** The default name of the gate's config file, at the workspace root. */
export const CONFIG_FILE = '.exo-access-gate.json'

export interface RunOptions {
  /** The workspace: every file read must lie inside it. */
  root: string
  /** Paths, directories or globs; empty = the config file's `paths`, else `**\/*.exo.json`. */
  paths?: readonly string[]
  /** The config file; absent = `.exo-access-gate.json` when it exists. */
  config?: string
  /** Overrides the config file's `failOn`. */
  failOn?: FailOn
  /**
   * Only these repo-relative files, of those the patterns match (the action's `only-changed`). The
   * patterns must still match something; none of them being in the set is a clean pass.
   */
  only?: ReadonlySet<string>
  /** Called after each file, for a progress line. */
  progress?: (done: number, total: number) => void
}

export interface RunOutcome {
  result: LintResult
  verdict: 'pass' | 'fail'
  failOn: FailOn
  /** True when the config file had EXO902 findings: the run used the defaults and must fail. */
  configInvalid: boolean
  /** The config file used, repo-relative, if any. */
  configFile?: string
  /** How many threads checked the files (1 = the main thread alone). */
  threads: number
}

/** Reads the config file (if any), checks every matched file, and decides the verdict. */
export async function runGate(options: RunOptions): Promise<RunOutcome> {
  const { root } = options
  const loaded = readConfig(root, options.config)
  const { config } = loaded
  const patterns = options.paths?.length
    ? options.paths
    : config.paths?.length
      ? config.paths
      : [DEFAULT_PATTERN]
  const matched = expand(patterns, root, config.limits.maxFiles)
  const only = options.only
  const files = only ? matched.filter((f) => only.has(f)) : matched
  const { findings: found, threads } = await lintFiles(root, files, config, (done) =>
    options.progress?.(done, files.length)
  )
  // suppressions are applied here, in file order, so their use is counted in one place
  const results: FileResult[] = files.map((file, i) => {
    const findings = found[i]!
    applySuppressions(findings, config.suppressions)
    return { file, findings }
  })
  const result = assemble(results, loaded)
  const failOn = options.failOn ?? config.failOn ?? 'error'
  const configInvalid = loaded.findings.length > 0
  const outcome: RunOutcome = {
    result,
    verdict: configInvalid ? 'fail' : verdict(result, failOn),
    failOn,
    configInvalid,
    threads
  }
  if (loaded.file) outcome.configFile = loaded.file
  return outcome
}

function readConfig(root: string, path: string | undefined): LoadedConfig {
  const abs = resolve(root, path ?? CONFIG_FILE)
  if (path === undefined && !existsSync(abs)) return { config: defaultConfig(), findings: [] }
  if (path !== undefined && !existsSync(abs))
    throw new UsageError(`Config file not found: ${JSON.stringify(path)}.`)
  const file = relativeName(root, abs)
  const read = readChecked(root, file, 1_048_576)
  if (!('bytes' in read)) return unusableConfig(file, read.messageId, read.data)
  return loadConfig(file, read.bytes)
}
