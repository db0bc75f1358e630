import { groupDigits } from '../engine/digits.js'
import { display } from '../engine/display.js'
import type { LintResult } from '../engine/types.js'

const plural = (n: number, word: string): string => `${groupDigits(n)} ${word}${n === 1 ? '' : 's'}`

/**
 * The terminal report: findings grouped by file, one aligned line each, then the counts.
 * Pure: a result in, text out. Every untrusted string is already escaped (messages) or escaped
 * here (file names), so no control character reaches the terminal.
 */
export function stylish(result: LintResult): string {
  const lines: string[] = []
  for (const file of result.files) {
    if (file.findings.length === 0) continue
    lines.push(display(file.file, 400))
    const rows = file.findings.map((f) => [
      `${f.line}:${f.column}`,
      f.suppressed ? `${f.severity} (suppressed)` : f.severity,
      f.suppressed && f.suppression
        ? `${f.message} Suppressed: ${display(f.suppression.reason)}`
        : f.message,
      f.id
    ])
    const w0 = Math.max(...rows.map((r) => r[0]!.length))
    const w1 = Math.max(...rows.map((r) => r[1]!.length))
    for (const r of rows) lines.push(`  ${r[0]!.padEnd(w0)}  ${r[1]!.padEnd(w1)}  ${r[2]}  ${r[3]}`)
    lines.push('')
  }
  const s = result.summary
  const problems = s.errors + s.warnings + s.notices
  const checked = `${plural(s.files, 'file')} checked`
  if (problems === 0 && s.suppressed === 0) {
    lines.push(`✔ ${checked}, no problems.`)
  } else {
    const counts = `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notices, 'notice')}`
    const suppressed = s.suppressed ? `, ${groupDigits(s.suppressed)} suppressed` : ''
    lines.push(
      `${problems ? '✖' : '✔'} ${plural(problems, 'problem')} (${counts})${suppressed} in ${checked}.`
    )
  }
  return lines.join('\n') + '\n'
}
