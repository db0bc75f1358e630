import { display } from '../engine/display.js'
import type { Protocol } from './constants.js'
import type {
  AccessChange,
  DiffAddressRange,
  DiffCondition,
  DiffDecision,
  DiffPredicate,
  DiffRegion,
  DiffRule,
  UnknownRegion
} from './diff.js'

/**
 * The words of the semantic diff. A statement is built once from parts: trusted text the gate
 * writes itself (protocol names, addresses, decisions) and untrusted text from the file (rule
 * names, username patterns, filter texts). A channel renders both its own way: the terminal quotes
 * untrusted text made display-safe, Markdown escapes trusted text and puts untrusted text in code.
 */

/** How a channel shows the two kinds of text. */
export interface TextStyle {
  /** Trusted text, written by the gate: shown as is, or escaped for the channel. */
  text(s: string): string
  /** Untrusted text from a file: quoted and made safe for the channel. */
  quote(s: string): string
}

/** The terminal's style (and the `text` of every change): untrusted text in double quotes, display-safe. */
export const PLAIN: TextStyle = {
  text: (s) => s,
  quote: (s) => `"${display(s)}"`
}

/** A piece of a statement: trusted text, or untrusted text to quote. */
export type Part = string | { untrusted: string }

/** Renders parts in a style; adjacent trusted pieces are escaped together. */
export function renderParts(parts: readonly Part[], style: TextStyle): string {
  let out = ''
  let trusted = ''
  for (const p of parts) {
    if (typeof p === 'string') trusted += p
    else {
      if (trusted) out += style.text(trusted)
      trusted = ''
      out += style.quote(p.untrusted)
    }
  }
  return trusted ? out + style.text(trusted) : out
}

/** How many items of one list a statement names before it says "and N more". */
export const SHOWN = 5

const q = (s: string): Part => ({ untrusted: s })

/** `a`, `a and b`, `a, b and c`; past `SHOWN` items, `a, b, c, d, e and N more <noun>`. */
export function listParts(items: readonly Part[][], noun = '', conj = 'and'): Part[] {
  const shown = items.slice(0, SHOWN)
  const rest = items.length - shown.length
  const out: Part[] = []
  shown.forEach((item, i) => {
    if (i > 0) out.push(rest === 0 && i === shown.length - 1 ? ` ${conj} ` : ', ')
    out.push(...item)
  })
  if (rest > 0) out.push(` ${conj} ${rest} more${noun ? ' ' + noun : ''}`)
  return out
}

/** The protocols of a region: listed, or "every protocol (except …)" when that is shorter. */
function protocolParts(protocols: readonly Protocol[], universe: readonly Protocol[]): Part[] {
  const missing = universe.filter((p) => !protocols.includes(p))
  if (universe.length > 2 && missing.length === 0) return ['every protocol']
  if (universe.length >= 6 && missing.length <= 3 && protocols.length > missing.length) {
    return ['every protocol except ', ...listParts(missing.map((p) => [p]))]
  }
  return listParts(protocols.map((p) => [p]))
}

/** One address range; a whole family in words. */
function rangeText(r: DiffAddressRange): string {
  if (r.text === '0.0.0.0/0') return 'any IPv4 address'
  if (r.text === '::/0') return 'any IPv6 address'
  return r.text
}

/** `"a"`, `"a" or "b"`, `any of "a", "b", "c"` (or the negated forms). */
function patternParts(patterns: readonly string[], holds: boolean): Part[] {
  const list = (conj: string) =>
    listParts(
      patterns.map((p) => [q(p)]),
      'patterns',
      conj
    )
  if (holds) {
    if (patterns.length <= 2) return ['matching ', ...list('or')]
    return ['matching any of ', ...list('or')]
  }
  if (patterns.length === 1) return ['not matching ', q(patterns[0]!)]
  if (patterns.length === 2) return ['matching neither ', q(patterns[0]!), ' nor ', q(patterns[1]!)]
  return ['matching none of ', ...list('and')]
}

/** One predicate taking one value, after "for users ". */
function termParts(p: DiffPredicate, holds: boolean): Part[] {
  if (p.kind === 'username') return patternParts(p.text, holds)
  return holds ? ['where ', q(p.text[0]!)] : ['where ', q(p.text[0]!), ' does not hold']
}

/** A predicate named in a condition that needs several of them. */
function namedParts(p: DiffPredicate): Part[] {
  if (p.kind === 'filter') return ['the filter ', q(p.text[0]!)]
  return ['usernames ', ...patternParts(p.text, true)]
}

/** The most terms a condition states as a conjunction; past that it names its predicates. */
const MAX_TERMS = 2

/**
 * The condition of a change, with its leading space; empty when it holds for every user. Exact
 * when one predicate, or two at once, describe it (`for users matching "*admin*"`, `for users
 * matching "*admin*" and where "Department -eq 'IT'" does not hold`); otherwise it says that it
 * depends on several conditions and names them (the exact cubes are in `anyOf`).
 */
export function conditionParts(condition: DiffCondition): Part[] {
  const cubes = condition.anyOf
  if (cubes.length === 1 && cubes[0]!.length === 0) return []
  if (cubes.length === 1 && cubes[0]!.length <= MAX_TERMS) {
    const terms = cubes[0]!.map((t) => termParts(t.predicate, t.holds))
    const out: Part[] = [' for users ']
    terms.forEach((t, i) => {
      if (i > 0) out.push(' and ')
      out.push(...t)
    })
    return out
  }
  const seen = new Map<number, DiffPredicate>()
  for (const cube of cubes) for (const t of cube) seen.set(t.predicate.id, t.predicate)
  const named = [...seen.values()].sort((a, b) => a.id - b.id).map(namedParts)
  return [
    ' for some users, depending on several username and filter conditions: ',
    ...listParts(named, 'conditions')
  ]
}

/** The address part of a region: "anywhere", "anywhere except …" or the ranges. */
function addressParts(region: DiffRegion): Part[] {
  if (region.addresses === 'anywhere') return ['anywhere']
  const list = (ranges: readonly DiffAddressRange[]) =>
    listParts(
      ranges.map((r) => [rangeText(r)]),
      'ranges'
    )
  if (region.except) return ['anywhere except ', ...list(region.except)]
  return list(region.addresses)
}

/** A region in words: `OutlookWebApp with BasicAuthentication from 203.0.113.0/24 for users …`. */
export function regionParts(region: DiffRegion, universe: readonly Protocol[]): Part[] {
  const out: Part[] = protocolParts(region.protocols, universe)
  if (region.authenticationTypes !== 'any') {
    out.push(
      ' with ',
      ...listParts(
        region.authenticationTypes.map((a) => [a]),
        '',
        'or'
      )
    )
  }
  if (region.middleTier === true) out.push(' via a middle-tier app')
  else if (region.middleTier === false) out.push(' not via a middle-tier app')
  out.push(' from ', ...addressParts(region))
  out.push(...conditionParts(region.condition))
  return out
}

/** `"Name", line 6` (the line when known). */
function ruleParts(rule: DiffRule): Part[] {
  return rule.line === undefined ? [q(rule.name)] : [q(rule.name), `, line ${rule.line}`]
}

/** What decides, before and after, in the parenthesis of a statement; empty when nothing does. */
function decidersParts(old: DiffDecision, now: DiffDecision): Part[] {
  const out: Part[] = []
  if (old.rule && now.rule && old.rule.name === now.rule.name) {
    out.push('still decided by ', ...ruleParts(now.rule))
  } else if (now.rule) {
    out.push('now decided by ', ...ruleParts(now.rule))
    if (old.rule) out.push('; was ', ...ruleParts(old.rule))
  } else if (old.rule) {
    out.push('no longer decided by ', ...ruleParts(old.rule))
  }
  if (old.ungoverned) out.push(out.length ? '; ' : '', 'not governed by client access rules before')
  if (now.ungoverned) out.push(out.length ? '; ' : '', 'no longer governed by client access rules')
  return out
}

/**
 * One change as a statement, e.g. `OutlookWebApp from 203.0.113.0/24: AllowAccess → DenyAccess
 * (now decided by "Block OWA", line 6)` or `POP3 from anywhere for users matching "*admin*":
 * still AllowAccess (no longer decided by "Legacy POP", line 4)`.
 */
export function accessStatement(
  change: AccessChange,
  universe: readonly Protocol[],
  style: TextStyle = PLAIN
): string {
  const parts: Part[] = [...regionParts(change.region, universe), ': ']
  if (change.kind === 'reassigns') parts.push(`still ${change.new.action}`)
  else parts.push(`${change.old.action} → ${change.new.action}`)
  const deciders = decidersParts(change.old, change.new)
  if (deciders.length) parts.push(' (', ...deciders, ')')
  return renderParts(parts, style)
}

/** A region the model could not compare: too many username and filter conditions meet there. */
export function unknownStatement(
  unknown: UnknownRegion,
  universe: readonly Protocol[],
  maxPredicates: number,
  style: TextStyle = PLAIN
): string {
  return renderParts(
    [
      ...regionParts(unknown.region, universe),
      `: not compared; more than ${maxPredicates} username and filter conditions meet here, so the effect is unknown`
    ],
    style
  )
}
