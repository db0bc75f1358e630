import type { Node } from 'jsonc-parser'
import type { Check, Report } from '../checks/define.js'
import { groupDigits } from './digits.js'
import {
  LineIndex,
  locate,
  spanInString,
  spanOf,
  type Range,
  type Span,
  type Target
} from './positions.js'
import type { Finding, FileResult, Severity, SeverityOrOff, Summary } from './types.js'

/** Where each check's page lives; findings, SARIF and summaries link there. */
export const DOCS_BASE = 'https://github.com/exo-access-gate/exo-access-gate/blob/main/docs/checks/'

/** Turns pointers into ranges for one document: once, here, never in checks or reporters. */
export class Positions {
  readonly lines: LineIndex
  private readonly ranges = new Map<string, Range>()

  constructor(
    readonly text: string,
    readonly tree: Node | undefined
  ) {
    this.lines = new LineIndex(text)
  }

  span(
    pointer: string,
    target: Target = 'value',
    node?: Node,
    inString?: { start: number; end: number }
  ): Span {
    if (!this.tree) return { offset: 0, length: 0 }
    let n = node
    let t = target
    if (!n) {
      const found = locate(this.tree, pointer)
      n = found.node
      // a missing property is shown at the opening brace of the object that lacks it
      if (!found.exact) t = 'open'
    }
    const span = spanOf(n, t)
    if (inString && n.type === 'string' && t === 'value') {
      return spanInString(this.text, span, inString.start, inString.end)
    }
    return span
  }

  range(
    pointer: string,
    target?: Target,
    node?: Node,
    inString?: { start: number; end: number }
  ): Range {
    if (node || inString) return this.lines.range(this.span(pointer, target, node, inString))
    // Findings name the same places many times (EXO103 relates every earlier rule that decides):
    // each pointer is looked up once. Callers copy the range; it is never changed.
    const key = `${target ?? 'value'}\u0000${pointer}`
    let range = this.ranges.get(key)
    if (!range) {
      range = this.lines.range(this.span(pointer, target))
      this.ranges.set(key, range)
    }
    return range
  }
}

/** Fills a message template; every placeholder must have its value. */
export function render(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const v = data[key]
    if (v === undefined) throw new Error(`message placeholder {{${key}}} has no value`)
    // counts read better grouped ("5,000 items"); line numbers are shown as editors show them
    if (typeof v === 'number') return /line$/i.test(key) ? String(v) : groupDigits(v)
    return v
  })
}

/** The severity a finding gets: the report's own (checks with two), else the check's, then the override. */
export function severityOf(
  check: Check,
  report: Pick<Report, 'severity'>,
  overrides: Record<string, SeverityOrOff>
): SeverityOrOff {
  const o = overrides[check.id]
  if (o) return o
  return report.severity ?? check.severity
}

/** Builds a complete finding from a check's report; `undefined` when the check is turned off. */
export function makeFinding(
  check: Check,
  report: Report,
  file: string,
  positions: Positions,
  overrides: Record<string, SeverityOrOff>
): Finding | undefined {
  const severity = severityOf(check, report, overrides)
  if (severity === 'off') return undefined
  const template = check.messages[report.messageId]
  if (template === undefined) throw new Error(`${check.id} has no message "${report.messageId}"`)
  const data = report.data ?? {}
  const finding: Finding = {
    id: check.id,
    slug: check.slug,
    severity,
    message: render(template, data),
    file,
    pointer: report.at,
    ...(report.span
      ? positions.lines.range(report.span)
      : positions.range(report.at, report.target, report.node, report.inString)),
    docsUrl: DOCS_BASE + check.id + '.md',
    suppressed: false,
    messageId: report.messageId,
    data
  }
  if (report.related?.length) {
    finding.related = report.related.map((r) => ({
      pointer: r.at,
      ...positions.range(r.at, r.target),
      message: r.message
    }))
  }
  return finding
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 }

/** Orders by line, column, ID and message, and drops exact repeats. */
export function sortFindings(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  )
  return sorted.filter(
    (f, i) =>
      i === 0 ||
      !(
        f.id === sorted[i - 1]!.id &&
        f.line === sorted[i - 1]!.line &&
        f.column === sorted[i - 1]!.column &&
        f.message === sorted[i - 1]!.message
      )
  )
}

/** Most severe first; used where a channel can show only some findings. */
export function bySeverity(a: Finding, b: Finding): number {
  return RANK[a.severity] - RANK[b.severity]
}

/** Counts, once: suppressed findings apart from their severity. */
export function summarize(files: FileResult[]): Summary {
  const s: Summary = { files: files.length, errors: 0, warnings: 0, notices: 0, suppressed: 0 }
  for (const f of files) {
    for (const x of f.findings) {
      if (x.suppressed) s.suppressed++
      else if (x.severity === 'error') s.errors++
      else if (x.severity === 'warning') s.warnings++
      else s.notices++
    }
  }
  return s
}
