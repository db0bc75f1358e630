import type { FailOn, LintResult, Severity } from './types.js'

const RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 }
const THRESHOLD: Record<FailOn, number> = { error: 3, warning: 2, notice: 1, never: Infinity }

/** Fails exactly when a non-suppressed finding is at or above the threshold. */
export function verdict(result: LintResult, failOn: FailOn): 'pass' | 'fail' {
  const limit = THRESHOLD[failOn]
  for (const f of result.files) {
    for (const x of f.findings) if (!x.suppressed && RANK[x.severity] >= limit) return 'fail'
  }
  return 'pass'
}

export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'notice', 'never']
