import {
  ACCESS_LEVELS,
  CHARACTERISTICS,
  type AccessLevel,
  type Characteristic
} from './constants.js'
import { PLAIN, renderParts, SHOWN, type Part, type TextStyle } from './diff-text.js'
import type { RuleSet } from './ruleset.js'

/**
 * The device side of the semantic diff: which ActiveSync devices become blocked, quarantined or
 * allowed. A device rule matches the devices whose characteristic equals its query string (no
 * wildcards; compared case-insensitively, as Exchange derives a rule's identity from the pair,
 * §6.1); devices no rule matches get `DefaultAccessLevel` (Allow when the file does not set it,
 * §6.2). Which rule wins when several match one device is unconfirmed (§6.4), so where rules with
 * different levels may meet, the statement says so instead of guessing.
 */

/** A device access rule as a change names it. */
export interface DeviceRuleRef {
  characteristic: Characteristic
  queryString: string
  accessLevel: AccessLevel
  pointer: string
  /** The line of its `QueryString` in its own file, when the caller gave lines. */
  line?: number
  /** Which version the rule belongs to. */
  version: 'old' | 'new'
}

/** The level one version gives the devices of a change, and what sets it. */
export interface DeviceLevel {
  /** One level, or several when this version's rules for these devices conflict (unconfirmed). */
  levels: AccessLevel[]
  /** `rule`: device rules with this characteristic and query string; `default`: DefaultAccessLevel. */
  by: 'rule' | 'default'
  /** The device rules that set it (when `by` is `rule`). */
  rules: DeviceRuleRef[]
  /** DefaultAccessLevel as the file sets it (when `by` is `default`); undefined = not set. */
  defaultAccessLevel?: AccessLevel
  /** The line of DefaultAccessLevel, when set and known. */
  line?: number
}

/** A change in the level some ActiveSync devices get. */
export interface DeviceChange {
  /** `opens`: blocked or quarantined before, allowed now; `closes`: the reverse; else `reassigns`. */
  kind: 'opens' | 'closes' | 'reassigns'
  /**
   * The devices whose characteristic equals the query string, or `unmatched`: devices no device
   * rule of either version matches (DefaultAccessLevel decides them).
   */
  devices: { characteristic: Characteristic; queryString: string } | 'unmatched'
  old: DeviceLevel
  new: DeviceLevel
  /** Some of these devices get a level Exchange's documentation does not settle (§6.4). */
  unconfirmed: boolean
  /** Rules of other characteristics, with another level, that may match the same devices. */
  alsoMatched: DeviceRuleRef[]
  /** The statement, display-safe for a terminal. */
  text: string
}

interface Lines {
  baseLine?: (pointer: string) => number
  headLine?: (pointer: string) => number
}

const DEFAULT_POINTER = '/ActiveSyncOrganizationSettings/DefaultAccessLevel'

const keyOf = (r: { characteristic: Characteristic; queryString: string }) =>
  `${r.characteristic}\0${r.queryString.toLowerCase()}`

interface DeviceSide {
  byKey: Map<string, DeviceRuleRef[]>
  all: DeviceRuleRef[]
  defaultAccessLevel?: AccessLevel
  line?: number
}

function sideOf(
  ruleSet: RuleSet | undefined,
  version: 'old' | 'new',
  line: ((pointer: string) => number) | undefined
): DeviceSide {
  const side: DeviceSide = { byKey: new Map(), all: [] }
  for (const r of ruleSet?.deviceAccessRules ?? []) {
    const ref: DeviceRuleRef = {
      characteristic: r.characteristic,
      queryString: r.queryString,
      accessLevel: r.accessLevel,
      pointer: r.pointer,
      version
    }
    const at = line?.(r.pointer + '/QueryString')
    if (at !== undefined) ref.line = at
    const key = keyOf(r)
    const list = side.byKey.get(key)
    if (list) list.push(ref)
    else side.byKey.set(key, [ref])
    side.all.push(ref)
  }
  if (ruleSet?.defaultAccessLevel !== undefined) {
    side.defaultAccessLevel = ruleSet.defaultAccessLevel
    const at = line?.(DEFAULT_POINTER)
    if (at !== undefined) side.line = at
  }
  return side
}

const levelsOf = (rules: readonly DeviceRuleRef[]): AccessLevel[] =>
  ACCESS_LEVELS.filter((l) => rules.some((r) => r.accessLevel === l))

/** The level a version gives the devices of one key (or, with no key, the unmatched devices). */
function levelOf(side: DeviceSide, key: string | undefined): DeviceLevel {
  const rules = key === undefined ? undefined : side.byKey.get(key)
  if (rules) return { levels: levelsOf(rules), by: 'rule', rules }
  const level: DeviceLevel = {
    levels: [side.defaultAccessLevel ?? 'Allow'],
    by: 'default',
    rules: []
  }
  if (side.defaultAccessLevel !== undefined) level.defaultAccessLevel = side.defaultAccessLevel
  if (side.line !== undefined) level.line = side.line
  return level
}

const sameLevel = (a: DeviceLevel, b: DeviceLevel): boolean =>
  a.by === b.by && a.levels.join() === b.levels.join()

function kindOf(old: DeviceLevel, now: DeviceLevel): DeviceChange['kind'] {
  const allowed = (l: DeviceLevel) => l.levels.includes('Allow')
  const denied = (l: DeviceLevel) => l.levels.some((x) => x !== 'Allow')
  if (allowed(now) && denied(old)) return 'opens'
  if (denied(now) && allowed(old)) return 'closes'
  return 'reassigns'
}

/** Rules of other characteristics on a version, with a level this key's rules do not give. */
function othersOf(side: DeviceSide, level: DeviceLevel, characteristic: Characteristic) {
  if (level.by !== 'rule') return []
  return side.all.filter(
    (r) => r.characteristic !== characteristic && !level.levels.includes(r.accessLevel)
  )
}

/** The device changes between two versions; opens first, then closes, then reassigns. */
export function diffDevices(
  base: RuleSet | undefined,
  head: RuleSet | undefined,
  lines: Lines = {}
): DeviceChange[] {
  const old = sideOf(base, 'old', lines.baseLine)
  const now = sideOf(head, 'new', lines.headLine)
  const out: DeviceChange[] = []
  const make = (
    devices: DeviceChange['devices'],
    o: DeviceLevel,
    n: DeviceLevel,
    alsoMatched: DeviceRuleRef[]
  ) => {
    const change: DeviceChange = {
      kind: kindOf(o, n),
      devices,
      old: o,
      new: n,
      unconfirmed: o.levels.length > 1 || n.levels.length > 1 || alsoMatched.length > 0,
      alsoMatched,
      text: ''
    }
    change.text = deviceStatement(change)
    out.push(change)
  }
  const unmatchedOld = levelOf(old, undefined)
  const unmatchedNew = levelOf(now, undefined)
  if (!sameLevel(unmatchedOld, unmatchedNew)) make('unmatched', unmatchedOld, unmatchedNew, [])
  const keys = new Map<string, DeviceRuleRef>()
  for (const r of [...now.all, ...old.all]) if (!keys.has(keyOf(r))) keys.set(keyOf(r), r)
  for (const [key, first] of keys) {
    const o = levelOf(old, key)
    const n = levelOf(now, key)
    if (sameLevel(o, n)) continue
    const seen = new Set<string>()
    const alsoMatched = [
      ...othersOf(now, n, first.characteristic),
      ...othersOf(old, o, first.characteristic)
    ].filter((r) => {
      const k = keyOf(r) + '\0' + r.accessLevel
      if (seen.has(k)) return false
      seen.add(k)
      return true
    })
    make(
      { characteristic: first.characteristic, queryString: first.queryString },
      o,
      n,
      alsoMatched
    )
  }
  const rank = { opens: 0, closes: 1, reassigns: 2 }
  const devicesOrder = (d: DeviceChange['devices']): [number, string] =>
    d === 'unmatched'
      ? [-1, '']
      : [CHARACTERISTICS.indexOf(d.characteristic), d.queryString.toLowerCase()]
  out.sort((a, b) => {
    const [ca, qa] = devicesOrder(a.devices)
    const [cb, qb] = devicesOrder(b.devices)
    return rank[a.kind] - rank[b.kind] || ca - cb || (qa < qb ? -1 : qa > qb ? 1 : 0)
  })
  return out
}

const q = (s: string): Part => ({ untrusted: s })

function levelParts(level: DeviceLevel): Part[] {
  return [level.levels.join(' or ')]
}

/** What sets a version's level: a device rule, several (conflicting or not), or DefaultAccessLevel. */
function sourceParts(level: DeviceLevel): Part[] {
  if (level.by === 'default') {
    if (level.defaultAccessLevel === undefined) return ['DefaultAccessLevel, not set']
    return [
      level.line === undefined ? 'DefaultAccessLevel' : `DefaultAccessLevel, line ${level.line}`
    ]
  }
  const lines = level.rules.map((r) => r.line).filter((l): l is number => l !== undefined)
  if (level.rules.length === 1) {
    return [lines.length ? `the device rule at line ${lines[0]}` : 'a device rule']
  }
  const at = lines.length ? ` at lines ${lines.slice(0, -1).join(', ')} and ${lines.at(-1)}` : ''
  if (level.levels.length === 1) return [`the device rules${at}`]
  return [`the conflicting device rules${at}, and which one Exchange applies is unconfirmed`]
}

/** The devices of a change in words. */
function devicesParts(devices: DeviceChange['devices']): Part[] {
  if (devices === 'unmatched') return ['ActiveSync devices that no device rule matches']
  return [`ActiveSync devices whose ${devices.characteristic} is `, q(devices.queryString)]
}

/**
 * One device change as a statement, e.g. `ActiveSync devices whose DeviceType is "Outlook": Allow
 * → Block (now the device rule at line 12; was DefaultAccessLevel, not set)`.
 */
export function deviceStatement(change: DeviceChange, style: TextStyle = PLAIN): string {
  const { old, new: now } = change
  const parts: Part[] = [...devicesParts(change.devices), ': ']
  if (change.kind === 'reassigns' && old.levels.join() === now.levels.join()) {
    parts.push('still ', ...levelParts(now))
  } else parts.push(...levelParts(old), ' → ', ...levelParts(now))
  if (old.by === now.by) parts.push(' (', ...sourceParts(now), ')')
  else parts.push(' (now ', ...sourceParts(now), '; was ', ...sourceParts(old), ')')
  if (change.alsoMatched.length) {
    const shown = change.alsoMatched.slice(0, SHOWN)
    parts.push('; which level a device also matched by ')
    shown.forEach((r, i) => {
      if (i > 0)
        parts.push(
          i === shown.length - 1 && shown.length === change.alsoMatched.length ? ' or ' : ', '
        )
      parts.push(
        `${r.characteristic} `,
        q(r.queryString),
        ` (${r.accessLevel}${r.version === 'old' ? ' before' : ''})`
      )
    })
    const rest = change.alsoMatched.length - shown.length
    if (rest > 0) parts.push(` or ${rest} more device rules`)
    parts.push(' gets is unconfirmed')
  }
  return renderParts(parts, style)
}
