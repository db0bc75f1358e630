/** Severity of a finding, as the gate reports it. */
export type Severity = 'error' | 'warning' | 'notice'

/** A severity in the config file's `severity` map: a level, or `off` to drop the check. */
export type SeverityOrOff = Severity | 'off'

/** The threshold of `failOn` / `--fail-on` / the action's `fail-on`. */
export type FailOn = Severity | 'never'

/** Another place a finding refers to (the first of two duplicates, the rule that shadows…). */
export interface RelatedLocation {
  pointer: string
  line: number
  column: number
  endLine: number
  endColumn: number
  message: string
}

/**
 * One problem the gate found. A plain, serialisable object; reporters never compute positions.
 * Lines and columns are 1-based; columns count UTF-16 code units; `endColumn` is exclusive.
 */
export interface Finding {
  id: string
  slug: string
  severity: Severity
  message: string
  file: string
  pointer: string
  line: number
  column: number
  endLine: number
  endColumn: number
  docsUrl: string
  suppressed: boolean
  /** Why it is suppressed (the config file's `reason`), when it is. */
  suppression?: { reason: string }
  /** The message template and the values filled into it, for tests and machine readers. */
  messageId: string
  data: Record<string, string | number>
  related?: RelatedLocation[]
}

/** The findings of one file. */
export interface FileResult {
  file: string
  findings: Finding[]
}

/** Counts over a whole run; suppressed findings are counted apart, never with their severity. */
export interface Summary {
  files: number
  errors: number
  warnings: number
  notices: number
  suppressed: number
}

/** The result of one run of the gate. */
export interface LintResult {
  files: FileResult[]
  summary: Summary
}

/** Caps that keep a hostile input harmless (FORMAT.md; tunable in the config file's `limits`). */
export interface Limits {
  maxFileBytes: number
  maxDepth: number
  maxListItems: number
  maxStringLength: number
  maxWildcards: number
  maxFiles: number
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxFileBytes: 1_048_576,
  maxDepth: 32,
  maxListItems: 1000,
  maxStringLength: 4096,
  maxWildcards: 8,
  maxFiles: 10_000
})
