import { groupDigits } from '../engine/digits.js'
import { display } from '../engine/display.js'
import type { FileDiff } from '../engine/diff.js'
import {
  ADMIN_PROTOCOLS,
  type AccessChange,
  type DeviceChange,
  type DiffDecision,
  type RuleSetDiff
} from '../model/diff.js'
import { deviceStatement, type DeviceLevel, type DeviceRuleRef } from '../model/diff-devices.js'
import { accessStatement, unknownStatement, type TextStyle } from '../model/diff-text.js'
import { codeSpan, markdownText } from './escape.js'
import { utf8Length } from './markdown.js'

/**
 * "Effect of this change": the semantic diff of every changed rule-set file, for the terminal
 * (`effectText`), for the PR and job summaries (`effectMarkdown`) and for machines (`effectJson`).
 * Changes that open access come first (they are the risky ones), then those that close it, then
 * those that only move a decision to another rule, then regions the model could not compare.
 * Pure: diffs in, text out. Every untrusted string (file names, rule names, patterns, filters,
 * query strings, reasons) is made display-safe for the terminal or escaped for Markdown here.
 */

/** Markdown: trusted words escaped as text, untrusted ones as code spans (no mention, no HTML). */
const MARKDOWN: TextStyle = {
  text: (s) => markdownText(s),
  quote: (s) => codeSpan(display(s))
}

type Kind = 'opens' | 'closes' | 'reassigns' | 'unknown'

/** One line of the effect: a change, a region not compared, or a note about a file. */
interface Entry {
  file: string
  kind: Kind | 'note'
  /** The statement, for the terminal (display-safe) and for Markdown (escaped). */
  text: string
  markdown: string
  admin: boolean
}

/** Opening changes first (the risky ones), notes about files last, so a cut keeps the changes. */
const RANK: Record<Entry['kind'], number> = {
  opens: 0,
  closes: 1,
  reassigns: 2,
  unknown: 3,
  note: 4
}

const STATUS = { added: 'new file', deleted: 'deleted', modified: 'modified' } as const

const plural = (n: number, word: string): string => `${groupDigits(n)} ${word}${n === 1 ? '' : 's'}`

/**
 * A file's diff as the reporters take it: a renamed file also names its previous path (the base
 * version was read there), shown as a note of its own.
 */
export type EffectDiff = FileDiff & { renamedFrom?: string }

/** How many changes a file's diff holds (access, device and regions not compared). */
export function changeCount(diff: RuleSetDiff): number {
  return diff.changes.length + diff.devices.length + diff.unknown.length
}

/** The notes about a file: renamed, not compared, new or deleted, its target changed, nothing changed. */
function notesOf(d: EffectDiff): { text: string; markdown: string }[] {
  const file = display(d.file, 400)
  const fileMd = codeSpan(display(d.file, 400))
  const renamed =
    d.renamedFrom === undefined
      ? []
      : [
          {
            text: `${file}: renamed from ${display(d.renamedFrom, 400)}.`,
            markdown: `${fileMd}: renamed from ${codeSpan(display(d.renamedFrom, 400))}.`
          }
        ]
  if ('unavailable' in d) {
    const reason = display(d.unavailable, 2000)
    return [
      ...renamed,
      {
        text: `${file}: not compared: ${reason}.`,
        markdown: `${fileMd}: not compared: ${markdownText(reason)}.`
      }
    ]
  }
  const out: { text: string; markdown: string }[] = [...renamed]
  const { target } = d.diff
  if (d.status !== 'modified') {
    const what =
      d.status === 'added'
        ? 'new file, compared with no rules at all'
        : 'deleted, compared with no rules at all'
    out.push({ text: `${file}: ${what}.`, markdown: `${fileMd}: ${markdownText(what)}.` })
  }
  if (target.old && target.new && target.old !== target.new) {
    const what = `Target ${target.old} → ${target.new}`
    out.push({ text: `${file}: ${what}.`, markdown: `${fileMd}: ${markdownText(what)}.` })
  }
  if (changeCount(d.diff) === 0) {
    const what = 'no change in who gets access'
    out.push({ text: `${file}: ${what}.`, markdown: `${fileMd}: ${markdownText(what)}.` })
  }
  return out
}

/** Every entry of the effect, in order: opens, closes, reassigns, regions not compared, notes. */
function entriesOf(diffs: readonly EffectDiff[]): Entry[] {
  const entries: Entry[] = []
  for (const d of diffs) {
    for (const note of notesOf(d))
      entries.push({ file: d.file, kind: 'note', ...note, admin: false })
    if ('unavailable' in d) continue
    const { diff } = d
    for (const c of diff.changes) {
      entries.push({
        file: d.file,
        kind: c.kind,
        text: c.text,
        markdown: accessStatement(c, diff.protocols, MARKDOWN),
        admin: c.adminOpened
      })
    }
    for (const c of diff.devices) {
      entries.push({
        file: d.file,
        kind: c.kind,
        text: c.text,
        markdown: deviceStatement(c, MARKDOWN),
        admin: false
      })
    }
    for (const u of diff.unknown) {
      entries.push({
        file: d.file,
        kind: 'unknown',
        text: u.text,
        markdown: unknownStatement(u, diff.protocols, diff.maxPredicates, MARKDOWN),
        admin: false
      })
    }
  }
  // stable: within a kind, admin openings first, then the files' own order
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => RANK[a.e.kind] - RANK[b.e.kind] || +b.e.admin - +a.e.admin || a.i - b.i)
    .map(({ e }) => e)
}

/** The admin protocols opened by some change, in a fixed order. */
function adminOpened(diffs: readonly FileDiff[]): string[] {
  const opened = new Set<string>()
  for (const d of diffs) {
    if ('unavailable' in d) continue
    for (const c of d.diff.changes) {
      if (!c.adminOpened) continue
      for (const p of c.region.protocols) if (ADMIN_PROTOCOLS.includes(p)) opened.add(p)
    }
  }
  return ADMIN_PROTOCOLS.filter((p) => opened.has(p))
}

const LABEL: Record<Kind, string> = {
  opens: 'opens',
  closes: 'closes',
  reassigns: 'reassigns',
  unknown: 'unknown'
}

/**
 * The effect for a terminal: per file a header, then one line per change with its kind (opens
 * first). Display-safe: statements quote untrusted text made visible, file names are escaped.
 */
export function effectText(diffs: readonly EffectDiff[]): string {
  const lines: string[] = []
  const admin = adminOpened(diffs)
  if (admin.length) {
    lines.push(
      `Warning: this change opens ${admin.join(' and ')} to connections denied before.`,
      ''
    )
  }
  for (const d of diffs) {
    const file = display(d.file, 400)
    const renamed =
      d.renamedFrom === undefined ? [] : [`  renamed from ${display(d.renamedFrom, 400)}`]
    if ('unavailable' in d) {
      lines.push(`${file}: not compared: ${display(d.unavailable, 2000)}.`, ...renamed, '')
      continue
    }
    const n = changeCount(d.diff)
    lines.push(
      `${file} (${STATUS[d.status]}): ${n ? plural(n, 'change') : 'no change in who gets access'}`,
      ...renamed
    )
    const { target } = d.diff
    if (target.old && target.new && target.old !== target.new) {
      lines.push(`  Target ${target.old} → ${target.new}`)
    }
    for (const e of entriesOf([d])) {
      if (e.kind !== 'note') lines.push(`  ${LABEL[e.kind]}: ${e.text}`)
    }
    lines.push('')
  }
  if (!diffs.length) lines.push('No rule-set file changed.', '')
  return lines.join('\n')
}

export interface EffectMarkdownOptions {
  /**
   * At most this many UTF-16 code units (the heading and the bold line are always kept); cut
   * after a whole entry. Default: no limit.
   */
  maxChars?: number
  /**
   * At most this many bytes of UTF-8 (the job summary counts bytes), cut the same way. Default:
   * no limit.
   */
  maxBytes?: number
}

/**
 * The "Effect of this change" section for the PR and job summaries: a heading, a bold line when
 * a change opens RemotePowerShell or the admin center to connections denied before, then one
 * bullet per change and note (opens first, admin openings first among them, notes about files
 * last). When the section would exceed `maxChars` or `maxBytes`, it is cut after a whole entry and
 * ends with "… and N more changes" (and how many notes about files were cut).
 * Untrusted text is escaped (escape.ts): no live mention, reference, link or HTML can come out.
 */
export function effectMarkdown(
  diffs: readonly EffectDiff[],
  options: EffectMarkdownOptions = {}
): string {
  const maxChars = options.maxChars ?? Infinity
  const maxBytes = options.maxBytes ?? Infinity
  const several = diffs.length > 1
  let head = '### Effect of this change\n\n'
  const admin = adminOpened(diffs)
  if (admin.length) {
    head += `**⚠️ This change opens ${admin.join(' and ')} to connections that were denied before (listed first).**\n\n`
  }
  const icon: Record<Entry['kind'], string> = {
    note: '',
    opens: '🔓 **Opens**',
    closes: '🔒 **Closes**',
    reassigns: '↪️ **Reassigns**',
    unknown: '❔ **Unknown**'
  }
  const entries = entriesOf(diffs)
  if (!entries.length) return `${head}No rule-set file changed.\n`
  const lines = entries.map((e) => {
    if (e.kind === 'note') return `- ${e.markdown}\n`
    const file = several ? `${codeSpan(display(e.file, 400))}: ` : ''
    return `- ${icon[e.kind]} ${file}${e.markdown}\n`
  })
  const whole = head + lines.join('')
  if (whole.length <= maxChars && (maxBytes === Infinity || utf8Length(whole) <= maxBytes)) {
    return whole
  }
  const notes = entries.filter((e) => e.kind === 'note').length
  const more = (kept: number): string => {
    const cutNotes = Math.min(notes, entries.length - kept)
    const cutChanges = entries.length - kept - cutNotes
    const parts = [
      ...(cutChanges ? [plural(cutChanges, 'more change')] : []),
      ...(cutNotes ? [plural(cutNotes, cutChanges ? 'note' : 'more note') + ' about files'] : [])
    ]
    return `\n… and ${parts.join(' and ')}\n`
  }
  const reserve = more(0).length
  const reserveBytes = utf8Length(more(0))
  let out = head
  let bytes = utf8Length(head)
  let kept = 0
  for (const line of lines) {
    const lineBytes = utf8Length(line)
    if (out.length + line.length + reserve > maxChars) break
    if (bytes + lineBytes + reserveBytes > maxBytes) break
    out += line
    bytes += lineBytes
    kept++
  }
  return out + more(kept)
}

// ------------------------------------------------------------------------------------------------
// JSON
// ------------------------------------------------------------------------------------------------

const decisionJson = (d: DiffDecision) => ({
  decision: d.action,
  rule: d.rule
    ? { name: d.rule.name, line: d.rule.line ?? null, priority: d.rule.priority ?? null }
    : null,
  ungoverned: d.ungoverned === true
})

const accessJson = (c: AccessChange) => ({
  kind: c.kind,
  statement: c.text,
  region: {
    protocols: c.region.protocols,
    authenticationTypes: c.region.authenticationTypes,
    middleTier: c.region.middleTier,
    addresses: c.region.addresses,
    ...(c.region.except ? { except: c.region.except } : {}),
    addressText: c.region.addressText,
    condition: {
      text: c.region.condition.text,
      anyOf: c.region.condition.anyOf.map((cube) =>
        cube.map((t) => ({ kind: t.predicate.kind, text: t.predicate.text, holds: t.holds }))
      )
    }
  },
  old: decisionJson(c.old),
  new: decisionJson(c.new),
  adminOpened: c.adminOpened
})

const deviceRuleJson = (r: DeviceRuleRef) => ({
  characteristic: r.characteristic,
  queryString: r.queryString,
  accessLevel: r.accessLevel,
  line: r.line ?? null,
  version: r.version
})

const levelJson = (l: DeviceLevel) => ({
  levels: l.levels,
  by: l.by,
  rules: l.rules.map(deviceRuleJson),
  defaultAccessLevel: l.by === 'default' ? (l.defaultAccessLevel ?? null) : undefined,
  line: l.by === 'default' ? (l.line ?? null) : undefined
})

const deviceJson = (c: DeviceChange) => ({
  kind: c.kind,
  statement: c.text,
  devices: c.devices,
  old: levelJson(c.old),
  new: levelJson(c.new),
  unconfirmed: c.unconfirmed,
  alsoMatched: c.alsoMatched.map(deviceRuleJson)
})

/**
 * `diff --format json`: per file its status and every change, each with its region, the old and
 * new decision and the old and new deciding rule with their lines (each in its own version's
 * file); `null` where there is none. A file not compared has `unavailable` and no changes.
 */
export function effectJson(diffs: readonly FileDiff[]) {
  return {
    files: diffs.map((d) =>
      'unavailable' in d
        ? { file: d.file, status: d.status ?? null, unavailable: d.unavailable }
        : {
            file: d.file,
            status: d.status,
            target: { old: d.diff.target.old ?? null, new: d.diff.target.new ?? null },
            changes: d.diff.changes.map(accessJson),
            devices: d.diff.devices.map(deviceJson),
            unknown: d.diff.unknown.map((u) => ({
              statement: u.text,
              region: {
                protocols: u.region.protocols,
                authenticationTypes: u.region.authenticationTypes,
                middleTier: u.region.middleTier,
                addresses: u.region.addresses,
                addressText: u.region.addressText
              }
            }))
          }
    )
  }
}
