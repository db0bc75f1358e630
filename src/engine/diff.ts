import { diffRuleSets, type RuleSetDiff } from '../model/diff.js'
import type { Config } from './config.js'
import { display } from './display.js'
import { lintDocument, type Linted } from './lint.js'
import type { Finding } from './types.js'

/**
 * Findings that leave rules or whole parts of a file out of the model, so no statement about what
 * the file does could be trusted: the same list `test` refuses to evaluate with.
 */
export const BLOCKING_CHECKS: ReadonlySet<string> = new Set([
  'EXO001',
  'EXO002',
  'EXO003',
  'EXO004',
  'EXO302',
  'EXO304'
])

/** How a file changed between the two versions. */
export type FileStatus = 'added' | 'deleted' | 'modified'

/** The effect of the change to one file. */
export interface FileDiffDone {
  file: string
  status: FileStatus
  diff: RuleSetDiff
}

/** A file whose change could not be compared, and why. */
export interface FileDiffUnavailable {
  file: string
  /** Known whenever at least one version exists. */
  status?: FileStatus
  /** Why, naming the version and its first blocking finding; display-safe. */
  unavailable: string
  /** The version(s) with blocking findings, when that is the reason. */
  side?: 'base' | 'head' | 'both'
  /** The blocking findings of those versions, each named by its version's path. */
  findings: Finding[]
}

export type FileDiff = FileDiffDone | FileDiffUnavailable

/** The paths findings of each version are reported under (default: `file` for both). */
export interface DiffPaths {
  base?: string
  head?: string
}

/** Why a linted version cannot be compared: its blocking findings, or rules left out of the model. */
function problemsOf(linted: Linted): { findings: Finding[]; reason?: string } {
  const findings = linted.findings.filter((f) => BLOCKING_CHECKS.has(f.id))
  if (findings.length) {
    const f = findings[0]!
    return { findings, reason: `${f.id} at line ${f.line}: ${f.message.replace(/\.$/, '')}` }
  }
  if (!linted.ruleSet || !linted.model) return { findings, reason: 'it could not be read' }
  const left = linted.model.excluded[0]
  if (left) {
    return { findings, reason: `rule "${display(left.name)}" has an invalid IP entry or filter` }
  }
  return { findings }
}

/**
 * The effect of a change to one rule-set file: lints each version that exists (`base` undefined
 * = the file is new, `head` undefined = it is deleted) and, when neither has blocking findings,
 * compares them. Pure and never throws: any failure is an `unavailable` answer. Suppressions of
 * `config` are applied to copies, so comparing never marks the caller's suppressions as used.
 */
export function diffFiles(
  file: string,
  base: Uint8Array | undefined,
  head: Uint8Array | undefined,
  config: Config,
  paths: DiffPaths = {}
): FileDiff {
  if (!base && !head)
    return { file, unavailable: 'neither version of the file exists', findings: [] }
  const status: FileStatus = !base ? 'added' : !head ? 'deleted' : 'modified'
  try {
    const own: Config = { ...config, suppressions: config.suppressions.map((s) => ({ ...s })) }
    const lint = (bytes: Uint8Array | undefined, path: string) =>
      bytes ? lintDocument(path, bytes, own) : undefined
    const old = lint(base, paths.base ?? file)
    const now = lint(head, paths.head ?? file)
    const oldProblems = old ? problemsOf(old) : { findings: [] }
    const newProblems = now ? problemsOf(now) : { findings: [] }
    if (oldProblems.reason || newProblems.reason) {
      const side = oldProblems.reason ? (newProblems.reason ? 'both' : 'base') : 'head'
      const unavailable =
        side === 'both'
          ? `both versions have errors that keep them from being compared (base version: ${oldProblems.reason}; head version: ${newProblems.reason})`
          : `the ${side} version has errors that keep it from being compared (${side === 'base' ? oldProblems.reason : newProblems.reason})`
      return {
        file,
        status,
        unavailable,
        side,
        findings: [...oldProblems.findings, ...newProblems.findings]
      }
    }
    const diff = diffRuleSets(old?.ruleSet, now?.ruleSet, {
      baseLine: old?.line,
      headLine: now?.line,
      maxDepth: config.limits.maxDepth
    })
    return { file, status, diff }
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e)
    return {
      file,
      status,
      unavailable: `an internal error kept the versions from being compared: ${display(detail, 500)}`,
      findings: []
    }
  }
}
