import type { CheckContext, Report } from '../checks/define.js'
import { CHECKS, checkById } from '../checks/index.js'
import { Analysis } from '../model/analysis.js'
import { buildModel, type Model } from '../model/model.js'
import { buildRuleSet, type RuleSet } from '../model/ruleset.js'
import { applySuppressions, unusedSuppressions, type Config, type LoadedConfig } from './config.js'
import { decode } from './decode.js'
import { makeFinding, Positions, sortFindings, summarize } from './findings.js'
import { parse } from './parse.js'
import { validateRuleSet } from './schema.js'
import type { FileResult, Finding, LintResult } from './types.js'

/** A file the loader could not or would not read, with the reason (an EXO001 message). */
export interface Unreadable {
  file: string
  messageId: string
  data: Record<string, string | number>
}

/**
 * Checks one rule-set file: decode → parse → schema → model → checks → findings. Pure: no I/O.
 * Never throws for any input; a check that throws is a bug and is reported as such by the caller.
 */
export function lintBytes(file: string, bytes: Uint8Array, config: Config): Finding[] {
  return lintDocument(file, bytes, config).findings
}

/** What the admin commands need besides the findings: the typed rule set, its model, positions. */
export interface Linted {
  findings: Finding[]
  /** Absent when the file did not decode or parse. */
  ruleSet?: RuleSet
  model?: Model
  /** The line (1-based) a pointer is shown at. */
  line?: (pointer: string) => number
}

/** `lintBytes`, also returning the rule set and its model for `test` and `to-powershell`. */
export function lintDocument(file: string, bytes: Uint8Array, config: Config): Linted {
  const out: Finding[] = []
  const { limits, severity } = config
  const push = (f: Finding | undefined): void => {
    if (f) out.push(f)
  }
  const decoded = decode(bytes, limits.maxFileBytes)
  if (!decoded.ok) {
    const span = { offset: decoded.offset, length: 1 }
    push(textProblem(file, decoded.text, decoded.messageId, decoded.data, span, config))
    return { findings: finish(out, config) }
  }
  const { text } = decoded
  const parsed = parse(text, limits.maxDepth)
  if (!parsed.ok) {
    const span = { offset: parsed.offset, length: parsed.length }
    push(textProblem(file, text, parsed.messageId, parsed.data, span, config))
    return { findings: finish(out, config) }
  }
  const positions = new Positions(text, parsed.tree)
  if (decoded.bom) {
    const f = makeFinding(
      checkById('EXO007'),
      { at: '', messageId: 'bom' },
      file,
      positions,
      severity
    )
    if (f) Object.assign(f, { line: 1, column: 1, endLine: 1, endColumn: 2 })
    push(f)
  }
  const issues = validateRuleSet(parsed.value, limits)
  const invalid = issues.map((i) => i.pointer)
  const invalidSet = new Set(invalid)
  for (const issue of issues) {
    // a number out of range is named as the file writes it, not as JSON.parse rounded it
    if (issue.messageId === 'range' && issue.target === 'value') {
      const span = positions.span(issue.pointer)
      const raw = text.slice(span.offset, span.offset + span.length)
      if (/^-?\d[\d.eE+-]*$/.test(raw)) issue.data = { ...issue.data, value: raw }
    }
    push(
      makeFinding(
        checkById(issue.checkId),
        { at: issue.pointer, target: issue.target, messageId: issue.messageId, data: issue.data },
        file,
        positions,
        severity
      )
    )
  }
  const ruleSet = buildRuleSet(parsed.value, invalid)
  let model: Model | undefined
  let analysis: Analysis | undefined
  const getModel = (): Model => (model ??= buildModel(ruleSet, limits.maxDepth))
  for (const check of CHECKS) {
    if (!check.run || severity[check.id] === 'off') continue
    const ctx: CheckContext = {
      text,
      tree: parsed.tree,
      value: parsed.value,
      ruleSet,
      get model() {
        return getModel()
      },
      get analysis() {
        return (analysis ??= new Analysis(getModel()))
      },
      limits,
      line: (pointer, target) => positions.range(pointer, target).line,
      lineOf: (node) => positions.lines.position(node.offset).line,
      schemaError: (pointer) => invalidSet.has(pointer),
      report: (report: Report) => push(makeFinding(check, report, file, positions, severity))
    }
    if (check.scope === 'document' || check.scope === 'ruleset') check.run(ctx)
  }
  // a key that repeats another in a different case is one mistake (EXO002), not also an unknown one
  const repeated = new Set(out.filter((f) => f.id === 'EXO002').map((f) => f.pointer))
  const findings = finish(
    out.filter(
      (f) =>
        !(f.id === 'EXO003' && f.messageId.startsWith('unknownProperty') && repeated.has(f.pointer))
    ),
    config
  )
  return {
    findings,
    ruleSet,
    model: getModel(),
    line: (pointer) => positions.range(pointer).line
  }
}

function finish(findings: Finding[], config: Config): Finding[] {
  applySuppressions(findings, config.suppressions)
  return sortFindings(findings)
}

/** EXO001 for a problem found in the text itself, before there is a tree to point into. */
function textProblem(
  file: string,
  text: string,
  messageId: string,
  data: Record<string, string | number>,
  span: { offset: number; length: number },
  config: Config
): Finding | undefined {
  const report = { at: '', span, messageId, data }
  return makeFinding(
    checkById('EXO001'),
    report,
    file,
    new Positions(text, undefined),
    config.severity
  )
}

/** Findings for a file the loader refused (a symlink, a special file, outside the workspace…). */
export function unreadableFinding(u: Unreadable, config: Config): Finding[] {
  const f = textProblem(u.file, '', u.messageId, u.data, { offset: 0, length: 0 }, config)
  return f ? finish([f], config) : []
}

/** Assembles a run's result: the files in order, the config file's own findings, the counts. */
export function assemble(files: FileResult[], loaded: LoadedConfig): LintResult {
  const all = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  const configFindings = sortFindings([...loaded.findings, ...unusedSuppressions(loaded)])
  if (loaded.file && configFindings.length) {
    const existing = all.find((f) => f.file === loaded.file)
    if (existing) existing.findings = sortFindings([...existing.findings, ...configFindings])
    else all.push({ file: loaded.file, findings: configFindings })
  }
  // the config file is listed when it has findings, but only rule-set files count as checked
  return { files: all, summary: { ...summarize(all), files: files.length } }
}
