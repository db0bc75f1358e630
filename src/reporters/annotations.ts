import { groupDigits } from '../engine/digits.js'
import type { Finding, LintResult, Severity } from '../engine/types.js'
import { visibleLines, workflowCommandProperty, workflowCommandValue } from './escape.js'

/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step (and 50 per job) and
 * drops the rest silently: reference/github-actions-platform.md §2.1, "Limits table"
 * (`actions/toolkit:docs/problem-matchers.md`; also security-and-robustness.md §4.4).
 */
export const ANNOTATIONS_PER_TYPE = 10

/** An annotation's type is the finding's severity: `core.error`, `core.warning`, `core.notice`. */
export type AnnotationType = Severity

/**
 * The same shape as `AnnotationProperties` of `@actions/core` (which this module may not import),
 * so an annotation can be passed to `core[type](message, properties)` unchanged.
 */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  /** Only when `startLine === endLine`: the runner drops columns of a multi-line annotation. */
  startColumn?: number
  endColumn?: number
}

/**
 * One annotation the action emits. Texts are display-safe (`visibleLines`: every control or
 * invisible character but CR and LF is a `\uXXXX` escape) but not yet workflow-command encoded:
 * `@actions/core` encodes them, and `github()` does it with `escape.ts`.
 */
export interface Annotation {
  type: AnnotationType
  message: string
  properties: AnnotationProperties
}

export interface AnnotationOptions {
  /** Annotations shown per type and step; default and maximum useful value: 10. */
  perType?: number
  /**
   * Annotation slots of a type the caller uses itself, e.g. `{ error: 1 }` for the error that
   * `core.setFailed` writes when the step fails: findings get the rest of the cap.
   */
  reserved?: Partial<Record<AnnotationType, number>>
  /** Where the findings that are not annotated can be read; default "the job summary". */
  moreIn?: string
}

const TYPES: readonly AnnotationType[] = ['error', 'warning', 'notice']

const plural = (n: number, word: string): string => `${groupDigits(n)} ${word}${n === 1 ? '' : 's'}`

const ordinal = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Within a type: by file, line, column (then ID and message, so the order never depends on input). */
function compare(a: Finding, b: Finding): number {
  return (
    ordinal(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    ordinal(a.id, b.id) ||
    ordinal(a.message, b.message)
  )
}

const isPositive = (n: number): boolean => Number.isSafeInteger(n) && n >= 1

function toAnnotation(f: Finding): Annotation {
  const properties: AnnotationProperties = { title: visibleLines(`${f.id} ${f.slug}`) }
  const file = visibleLines(f.file)
  if (file) properties.file = file
  if (isPositive(f.line)) {
    properties.startLine = f.line
    properties.endLine = isPositive(f.endLine) && f.endLine >= f.line ? f.endLine : f.line
    // The runner removes `col`/`endColumn` when `line` and `endLine` differ, and rejects an end
    // before the start (actions/runner: IssueCommandExtension.ValidateLinesAndColumns).
    if (properties.endLine === f.line && isPositive(f.column)) {
      properties.startColumn = f.column
      // End exclusive, as in findings and SARIF (github/docs#40038 found GitHub's to be exclusive).
      properties.endColumn =
        isPositive(f.endColumn) && f.endColumn >= f.column ? f.endColumn : f.column
    }
  }
  return { type: f.severity, message: visibleLines(f.message), properties }
}

/**
 * The annotations the action emits, in emission order: every non-suppressed finding, most severe
 * first, at most `perType` of each type. When any finding would be dropped, the last notice slot
 * holds one notice that says how many findings (of which severities) are not annotated and where
 * they are; that notice counts against the notices' cap, so GitHub never drops one silently.
 */
export function annotations(result: LintResult, options: AnnotationOptions = {}): Annotation[] {
  const cap = options.perType ?? ANNOTATIONS_PER_TYPE
  if (!Number.isSafeInteger(cap) || cap < 1) {
    throw new RangeError(`perType must be a whole number of at least 1, not ${cap}.`)
  }
  const byType: Record<AnnotationType, Finding[]> = { error: [], warning: [], notice: [] }
  const active = result.files.flatMap((file) => file.findings).filter((f) => !f.suppressed)
  for (const f of active.sort(compare)) byType[f.severity].push(f)

  const slots = (t: AnnotationType): number => Math.max(0, cap - (options.reserved?.[t] ?? 0))
  const overflow = TYPES.some((t) => byType[t].length > slots(t))
  const out: Annotation[] = []
  const dropped: Record<AnnotationType, number> = { error: 0, warning: 0, notice: 0 }
  for (const t of TYPES) {
    const room = overflow && t === 'notice' ? slots(t) - 1 : slots(t)
    const kept = byType[t].slice(0, room)
    dropped[t] = byType[t].length - kept.length
    out.push(...kept.map(toAnnotation))
  }
  if (overflow) {
    const total = dropped.error + dropped.warning + dropped.notice
    const parts = TYPES.filter((t) => dropped[t] > 0).map((t) => plural(dropped[t], t))
    const where = visibleLines(options.moreIn ?? 'the job summary')
    out.push({
      type: 'notice',
      message:
        `${plural(total, 'more finding')} (${parts.join(', ')}) ${total === 1 ? 'is' : 'are'} in ${where}; ` +
        `GitHub shows at most ${plural(cap, 'annotation')} of each type per step.`,
      properties: { title: 'exo-access-gate' }
    })
  }
  return out
}

/**
 * One workflow-command line. Its only line break is the final one and it always starts with
 * `::error `, `::warning ` or `::notice `, so the runner parses it as that command
 * (`ActionCommandManager.TryProcessCommand` tries the `::` form first): text inside it can neither
 * start another command nor reach the legacy `##[` parser. Properties in the documented order.
 */
function commandLine(a: Annotation): string {
  const p = a.properties
  const fields: [string, string | number | undefined][] = [
    ['file', p.file],
    ['line', p.startLine],
    ['endLine', p.endLine],
    ['col', p.startColumn],
    ['endColumn', p.endColumn],
    ['title', p.title]
  ]
  const props = fields
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${workflowCommandProperty(String(v))}`)
    .join(',')
  return `::${a.type}${props ? ' ' + props : ''}::${workflowCommandValue(a.message)}\n`
}

/** `--format github`: the action's annotations as workflow-command lines, one per annotation. */
export function github(result: LintResult, options: AnnotationOptions = {}): string {
  return annotations(result, options).map(commandLine).join('')
}
