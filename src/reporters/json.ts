import type { Finding, LintResult } from '../engine/types.js'

/** The public fields of a finding, in DESIGN.md's order. */
function publicFinding(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: f.id,
    slug: f.slug,
    severity: f.severity,
    message: f.message,
    file: f.file,
    pointer: f.pointer,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    docsUrl: f.docsUrl,
    suppressed: f.suppressed
  }
  if (f.related?.length) out.related = f.related
  return out
}

/** `--format json`: `{ files: [{ file, findings }], summary }`, plus the verdict. */
export function json(result: LintResult, verdict: 'pass' | 'fail'): string {
  const doc = {
    files: result.files.map((f) => ({ file: f.file, findings: f.findings.map(publicFinding) })),
    summary: { ...result.summary, result: verdict }
  }
  return JSON.stringify(doc, null, 2) + '\n'
}
