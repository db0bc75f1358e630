import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Node } from 'jsonc-parser'
import { checkById } from '../checks/index.js'
import { defaultConfig, type Config } from '../engine/config.js'
import { decode } from '../engine/decode.js'
import { display } from '../engine/display.js'
import { UsageError } from '../engine/errors.js'
import { render } from '../engine/findings.js'
import { lintBytes } from '../engine/lint.js'
import { parse } from '../engine/parse.js'
import { LineIndex, locate, spanOf } from '../engine/positions.js'
import { TARGETS, type Target } from '../model/constants.js'
import {
  CLIENT_ACCESS_COMMAND_7,
  DEVICE_ACCESS_COMMAND_7,
  exportRemedy,
  importRuleSet,
  serializeRuleSet,
  type ExportKind
} from '../model/import.js'
import { oneOf, readArgumentFile } from './document.js'
import { EXIT, type Io } from './io.js'

export const IMPORT_HELP = `Usage: exo-access-gate import <export.json> [options]

Turns Exchange's own export of its rules into a rule-set file, for rules that already exist:
  ${CLIENT_ACCESS_COMMAND_7}
  ${DEVICE_ACCESS_COMMAND_7}
(PowerShell 7. For Windows PowerShell 5.1, the Exchange 2019/SE shell, see docs/commands/import.md.)

Options:
  --activesync <file>  the Get-ActiveSyncDeviceAccessRule export to import too (alone, it may
                       replace <export.json>)
  --target <name>      ${TARGETS.join(' | ')} (default: ExchangeOnline)
  --schema <ref>       write "$schema": <ref>, the URL or path of ruleset.schema.json
  --output <file>      write the rule set to a file instead of standard output
  -h, --help           show this help

Exit codes: 0 imported (then run "check" on it: import converts, it does not judge), 1 an export
cannot be imported (every problem is listed, nothing is written), 2 bad arguments or an
unreadable file, 3 internal error.
`

/** Exports carry Exchange's metadata and PowerShell's indentation: a larger cap than rule sets. */
export const MAX_EXPORT_BYTES = 16 * 1024 * 1024
/** Exports nest deeper than rule sets (metadata objects, `{value, Count}` wrappers). */
export const MAX_EXPORT_DEPTH = 64

/** Problems shown at most; the rest are counted. */
const MAX_SHOWN = 50

/** An export as text, or why it is not text. */
export type ExportText = { ok: true; text: string } | { ok: false; message: string }

const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true })
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true })

/**
 * Decodes an export: UTF-8 with or without a byte-order mark, and UTF-16 with one (what Windows
 * PowerShell 5.1's `>` and `Out-File` write). Anything else is refused, never guessed.
 */
export function decodeExport(bytes: Uint8Array): ExportText {
  const wide =
    bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)
      ? utf16le
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? utf16be
        : undefined
  if (wide) {
    try {
      return { ok: true, text: wide.decode(bytes.subarray(2)) }
    } catch {
      return { ok: false, message: `The file is not valid ${wide.encoding.toUpperCase()} text.` }
    }
  }
  const d = decode(bytes, MAX_EXPORT_BYTES)
  if (d.ok) return { ok: true, text: d.text }
  if (d.messageId === 'empty') return { ok: true, text: '' }
  const why = render(checkById('EXO001').messages[d.messageId] ?? d.messageId, d.data)
  return {
    ok: false,
    message: `${why.replace(/; save it as UTF-8\.$/, '.')} Save the export as UTF-8 (Out-File -Encoding utf8) or UTF-16 with a byte-order mark.`
  }
}

interface Source {
  kind: ExportKind
  path: string
  text: string
  tree?: Node
  lines: LineIndex
}

/** Offset of the node a pointer names in an export (the closest existing one for a missing key). */
function offsetOf(s: Source, pointer: string): number {
  return s.tree ? spanOf(locate(s.tree, pointer).node, 'value').offset : 0
}

/** `file:line:column` of a pointer in an export. */
function where(s: Source, pointer: string): string {
  const { line, column } = s.lines.position(offsetOf(s, pointer))
  return `${display(s.path)}:${line}:${column}`
}

/** `import`: Get-ClientAccessRule / Get-ActiveSyncDeviceAccessRule exports to a rule-set file. */
export async function importCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      activesync: { type: 'string' },
      target: { type: 'string' },
      schema: { type: 'string' },
      output: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help) {
    io.stdout(IMPORT_HELP)
    return EXIT.pass
  }
  if (positionals.length > 1) {
    throw new UsageError(
      'import takes one Get-ClientAccessRule export; give the device access rules with --activesync <file>.'
    )
  }
  if (positionals.length === 0 && values.activesync === undefined) {
    throw new UsageError(
      'import needs an export: the JSON file Get-ClientAccessRule | ConvertTo-Json wrote (and/or --activesync <file>).'
    )
  }
  const target: Target | undefined =
    values.target === undefined ? undefined : oneOf('target', values.target, TARGETS)
  if (values.schema !== undefined && (values.schema === '' || values.schema.length > 4096)) {
    throw new UsageError('--schema must be a URL or path of 1 to 4096 characters.')
  }
  const config: Config = defaultConfig()
  const readConfig: Config = {
    ...config,
    limits: { ...config.limits, maxFileBytes: MAX_EXPORT_BYTES }
  }

  // Read both files first: an unreadable one is a usage error before any problem is shown.
  const wanted: [ExportKind, string][] = []
  if (positionals[0] !== undefined) wanted.push(['clientAccess', positionals[0]])
  if (values.activesync !== undefined) wanted.push(['activeSync', values.activesync])
  const read = wanted.map(([kind, path]) => ({
    kind,
    path,
    bytes: readArgumentFile(path, io, readConfig)
  }))

  const lines: string[] = []
  const sources = new Map<ExportKind, Source>()
  const parsed: Partial<Record<ExportKind, unknown>> = {}
  for (const { kind, path, bytes } of read) {
    const decoded = decodeExport(bytes)
    if (!decoded.ok) {
      lines.push(`  ${display(path)}: ${decoded.message}`)
      continue
    }
    const text = decoded.text
    const source: Source = { kind, path, text, lines: new LineIndex(text) }
    sources.set(kind, source)
    if (/^[ \t\r\n]*$/.test(text)) {
      parsed[kind] = null
      continue
    }
    const p = parse(text, MAX_EXPORT_DEPTH)
    if (!p.ok) {
      const { line, column } = source.lines.position(p.offset)
      const why = render(checkById('EXO001').messages[p.messageId] ?? p.messageId, p.data)
      lines.push(`  ${display(path)}:${line}:${column}: not JSON: ${why}`)
      continue
    }
    source.tree = p.tree
    parsed[kind] = p.value
  }
  if (lines.length) return fail(io, lines, new Set())

  const result = importRuleSet({
    ...(Object.hasOwn(parsed, 'clientAccess') ? { clientAccess: parsed.clientAccess } : {}),
    ...(Object.hasOwn(parsed, 'activeSync') ? { activeSync: parsed.activeSync } : {}),
    ...(target !== undefined ? { target } : {}),
    ...(values.schema !== undefined ? { schema: values.schema } : {}),
    limits: config.limits
  })
  if (!result.ok) {
    const numeric = new Set<ExportKind>()
    const order = (k: ExportKind) => (k === 'clientAccess' ? 0 : 1)
    const problems = result.problems
      .map((p) => ({ p, at: offsetOf(sources.get(p.source)!, p.pointer) }))
      .sort((a, b) => order(a.p.source) - order(b.p.source) || a.at - b.at)
      .map((x) => x.p)
    for (const p of problems) {
      const s = sources.get(p.source)!
      const at = p.pointer === '' ? '' : ` ${display(p.pointer, 200)}`
      lines.push(`  ${where(s, p.pointer)}${at}: ${p.message}`)
      if (p.kind === 'numericEnum') numeric.add(p.source)
    }
    return fail(io, lines, numeric)
  }

  const text = serializeRuleSet(result.ruleSet)
  const outName = values.output ?? '<stdout>'
  // The importer validates every value; a document error here is a bug, not the admin's mistake.
  const findings = lintBytes(outName, new TextEncoder().encode(text), config)
  const broken = findings.filter(
    (f) =>
      ['EXO002', 'EXO003', 'EXO006', 'EXO007'].includes(f.id) ||
      (f.id === 'EXO001' && f.messageId !== 'tooLarge')
  )
  if (broken.length) {
    throw new Error(
      `the imported rule set does not match the schema (${broken[0]!.id} at ${broken[0]!.pointer}: ${broken[0]!.message})`
    )
  }

  if (values.output !== undefined) {
    try {
      writeFileSync(resolve(io.cwd, values.output), text)
    } catch (e) {
      throw new UsageError(
        `Cannot write ${JSON.stringify(display(values.output))}: ${(e as NodeJS.ErrnoException).code ?? 'error'}.`
      )
    }
  } else {
    io.stdout(text)
  }
  for (const n of result.notes) {
    const s = sources.get(n.source)!
    io.stderr(`Note: ${where(s, n.pointer)}: ${n.message}\n`)
  }
  if (target === undefined) {
    io.stderr(
      'Note: no --target given, so "Target" is "ExchangeOnline"; for Exchange Server 2019 or Subscription Edition use --target ExchangeServer.\n'
    )
  }
  const rs = result.ruleSet
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`
  const parts = [
    rs.ClientAccessRules ? count(rs.ClientAccessRules.length, 'client access rule') : '',
    rs.ActiveSyncDeviceAccessRules
      ? count(rs.ActiveSyncDeviceAccessRules.length, 'ActiveSync device access rule')
      : ''
  ].filter(Boolean)
  const into =
    values.output !== undefined ? JSON.stringify(display(values.output)) : 'standard output'
  io.stderr(`Imported ${parts.join(' and ')} into ${into} (Target "${rs.Target}").\n`)
  const by = (sev: string) => findings.filter((f) => f.severity === sev).length
  const [errors, warnings, notices] = [by('error'), by('warning'), by('notice')]
  const checkCmd =
    values.output !== undefined
      ? `exo-access-gate check ${/[\s"'$`]/.test(values.output) ? JSON.stringify(display(values.output)) : display(values.output)}`
      : 'exo-access-gate check <file>'
  if (errors + warnings + notices === 0) {
    io.stderr('check finds nothing to report in it.\n')
  } else {
    io.stderr(
      `check finds ${count(errors, 'error')}, ${count(warnings, 'warning')} and ${count(notices, 'notice')} in it; run "${checkCmd}" to see them.\n`
    )
  }
  return EXIT.pass
}

function fail(io: Io, lines: string[], numeric: ReadonlySet<ExportKind>): number {
  const shown = lines.slice(0, MAX_SHOWN)
  const more = lines.length - shown.length
  io.stderr(
    `exo-access-gate: cannot import: ${lines.length} problem${lines.length === 1 ? '' : 's'}; nothing was written.\n`
  )
  io.stderr(shown.join('\n') + '\n')
  if (more > 0) io.stderr(`  … and ${more} more.\n`)
  if (numeric.size) io.stderr('\n' + exportRemedy(numeric) + '\n')
  return EXIT.fail
}
