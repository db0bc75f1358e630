import {
  Analysis,
  basesOf,
  boundaries,
  MAX_PREDICATES,
  rangesIn,
  type Base,
  type Ranges
} from './analysis.js'
import {
  AUTHENTICATION_TYPES,
  PROTOCOLS,
  protocolsOf,
  type Action,
  type AuthenticationType,
  type Protocol,
  type Target
} from './constants.js'
import { diffDevices, type DeviceChange } from './diff-devices.js'
import {
  accessStatement,
  conditionParts,
  PLAIN,
  renderParts,
  unknownStatement
} from './diff-text.js'
import { formatAddress, formatInterval, MAX_ADDRESS, type Family } from './ip.js'
import { buildModel, type CompiledRule, type Model, type Predicate } from './model.js'
import type { RuleSet } from './ruleset.js'

/**
 * The semantic diff of two versions of a rule set: who gains or loses access. Both versions'
 * client access rules are compiled (model.ts) and the connection space is split jointly, as
 * analysis.ts splits it for one version: protocols, the auth types each protocol filters on,
 * middle-tier or not, per address family the elementary intervals between the IP boundaries of
 * both versions, and the opaque predicates (username pattern lists, filter texts) numbered once
 * for both, so the same list or filter is the same predicate on each side. In every joint region,
 * under every assignment of the predicates in play, the deciding rule of each version is found;
 * a change is a region where the decision or the deciding rule (by name: a rule that only moved
 * is the same decider) differs. Changes are merged along the address line, then over auth types,
 * middle-tier and protocols, so that each statement covers as much as it exactly can.
 * Pure: no I/O; lines come from the caller.
 */

/** A rule as a change names it, in its own version's file. */
export interface DiffRule {
  name: string
  /** The rule's JSON Pointer in its file. */
  pointer: string
  /** The line of its `Name` in its own file (the base file for `old`, the head file for `new`). */
  line?: number
  priority?: number
}

/** How one version decides the connections of a change. */
export interface DiffDecision {
  action: Action
  /** The deciding rule; absent = no rule decides, so the connection is allowed. */
  rule?: DiffRule
  /** Client access rules govern no connection of this protocol on that version's target (§3.7). */
  ungoverned?: true
}

/** A username pattern list or a filter text, numbered once for both versions. */
export interface DiffPredicate {
  id: number
  kind: 'username' | 'filter'
  /** The list's patterns, or the filter's text, as the file writes them. */
  text: readonly string[]
}

/** One predicate taking one value. */
export interface DiffTerm {
  predicate: DiffPredicate
  holds: boolean
}

/**
 * Which users a change holds for: any of `anyOf`'s cubes, each a conjunction of terms (`[[]]` =
 * every user). Exact over the predicates; `text` is `for users matching "…"` and the like, or a
 * sentence naming the predicates when no single conjunction covers it (empty for every user).
 */
export interface DiffCondition {
  anyOf: DiffTerm[][]
  text: string
}

/** An address range of a change, in text: `first` and `last` as addresses, `text` as CIDR or range. */
export interface DiffAddressRange {
  family: Family
  first: string
  last: string
  text: string
}

/** A set of connections: a product of protocols, auth types, middle-tier, addresses and users. */
export interface DiffRegion {
  protocols: Protocol[]
  /**
   * `any` = every auth type the protocols filter on (or the auth type does not matter here); else
   * the auth types the region holds (each one that the protocol filters on).
   */
  authenticationTypes: 'any' | AuthenticationType[]
  /** `any` = middle-tier or not; true = only connections through a middle-tier app. */
  middleTier: 'any' | boolean
  /** `anywhere` = every IPv4 and IPv6 address; else the ranges, IPv4 first, in order. */
  addresses: 'anywhere' | DiffAddressRange[]
  /**
   * When the region holds addresses of both families and its complement takes fewer ranges: the
   * addresses it does not hold (it is "anywhere except" these).
   */
  except?: DiffAddressRange[]
  /** `anywhere`, `anywhere except …` or the ranges' texts joined with ", ". */
  addressText: string
  condition: DiffCondition
}

/** A change in who decides some connections, and how. */
export interface AccessChange {
  /**
   * `opens`: denied before, allowed now; `closes`: allowed before, denied now; `reassigns`: the
   * same decision, another deciding rule (or none).
   */
  kind: 'opens' | 'closes' | 'reassigns'
  region: DiffRegion
  old: DiffDecision
  new: DiffDecision
  /** The change opens RemotePowerShell or ExchangeAdminCenter to connections denied before. */
  adminOpened: boolean
  /** The statement, display-safe for a terminal. */
  text: string
}

/** A region the diff could not compare: more than `maxPredicates` predicates meet there. */
export interface UnknownRegion {
  region: DiffRegion
  text: string
}

/** The effect of a change to one rule set. */
export interface RuleSetDiff {
  /** The targets of the two versions; undefined for a version that does not exist. */
  target: { old?: Target; new?: Target }
  /** The protocols the statements range over: those of both targets. */
  protocols: Protocol[]
  /** Every predicate of either version. */
  predicates: DiffPredicate[]
  /** Opens first, then closes, then reassigns. */
  changes: AccessChange[]
  unknown: UnknownRegion[]
  /** ActiveSync device rules and DefaultAccessLevel; opens first, then closes, then reassigns. */
  devices: DeviceChange[]
  /** The most predicates one region may hold before it is left unknown. */
  maxPredicates: number
}

export type { DeviceChange, DeviceLevel, DeviceRuleRef } from './diff-devices.js'

/** Where the lines of each version come from (`Linted.line`); without them rules carry no line. */
export interface DiffOptions {
  baseLine?: (pointer: string) => number
  headLine?: (pointer: string) => number
  /** The most predicates one region may hold before it is left unknown (MAX_PREDICATES). */
  maxPredicates?: number
  /** The deepest filter the model parses (the config's `limits.maxDepth`). */
  maxDepth?: number
}

/** The two protocols whose opening the summaries call out. */
export const ADMIN_PROTOCOLS: readonly Protocol[] = ['RemotePowerShell', 'ExchangeAdminCenter']

// ------------------------------------------------------------------------------------------------
// The joint model
// ------------------------------------------------------------------------------------------------

/** A rule of one version, its predicates renumbered jointly. */
interface SideRule {
  rule: CompiledRule
  /** Joint predicate IDs that must hold. */
  hold: number[]
  /** The joint predicate ID that must fail (an exception's pattern list), or -1. */
  fail: number
  /** The rule can never match (its exception is `*`, or it needs a list to hold and to fail). */
  never: boolean
  unconditional: boolean
  /** Interned identity for comparing candidate lists: name, action and predicates. */
  sig: number
  ref: DiffRule
}

interface Side {
  governed: ReadonlySet<Protocol>
  rules: SideRule[]
}

/** The key model.ts numbers a predicate by: the same set of patterns in any order or case is one. */
function predicateKey(p: Predicate): string {
  return p.kind === 'username'
    ? 'u\0' + [...new Set(p.text.map((t) => t.toLowerCase()))].sort().join('\0')
    : 'f\0' + p.text[0]
}

/** Numbers the predicates of both versions once (head first, so its spelling is the one shown). */
class JointPredicates {
  readonly list: DiffPredicate[] = []
  private readonly byKey = new Map<string, number>()

  /** Joint ID of each predicate of a model. */
  add(model: Model | undefined): number[] {
    return (model?.predicates ?? []).map((p) => {
      const key = predicateKey(p)
      let id = this.byKey.get(key)
      if (id === undefined) {
        id = this.list.length
        this.list.push({ id, kind: p.kind, text: p.text })
        this.byKey.set(key, id)
      }
      return id
    })
  }
}

function sideOf(
  ruleSet: RuleSet | undefined,
  model: Model | undefined,
  target: Target,
  ids: number[],
  intern: (key: string) => number,
  line: ((pointer: string) => number) | undefined
): Side {
  const rules = (model?.rules ?? []).map((rule): SideRule => {
    const hold: number[] = []
    if (rule.users && rule.users !== 'always') hold.push(ids[rule.users.id]!)
    if (rule.filter) hold.push(ids[rule.filter.id]!)
    const fail = rule.exceptUsers && rule.exceptUsers !== 'always' ? ids[rule.exceptUsers.id]! : -1
    const never = rule.exceptUsers === 'always' || (fail >= 0 && hold.includes(fail))
    const pointer = rule.rule.pointer
    const ref: DiffRule = { name: rule.name, pointer }
    const at = line?.(pointer + '/Name')
    if (at !== undefined) ref.line = at
    if (rule.rule.priority !== undefined) ref.priority = rule.rule.priority
    hold.sort((a, b) => a - b)
    return {
      rule,
      hold,
      fail,
      never,
      unconditional: hold.length === 0 && fail < 0,
      sig: intern(`${rule.name}\0${rule.action}\0${hold.join(',')}\0${fail}`),
      ref
    }
  })
  return {
    governed: new Set(ruleSet ? protocolsOf(target) : PROTOCOLS),
    rules
  }
}

/** The starts of the joint elementary intervals of one family: every IP boundary of both versions. */
function jointBoundaries(rules: readonly SideRule[], family: Family): bigint[] {
  return boundaries(
    rules.map((r) => r.rule),
    family
  )
}

// ------------------------------------------------------------------------------------------------
// Comparing two candidate lists
// ------------------------------------------------------------------------------------------------

/** Part of a joint region whose deciders differ: one (old, new) pair and where it holds. */
interface Group {
  key: string
  old?: SideRule
  new?: SideRule
  oldUngoverned: boolean
  newUngoverned: boolean
  /** Cubes of terms: [joint predicate ID, value]. */
  cubes: [number, boolean][][]
  unknown?: true
}

/**
 * An exact cover of a set of assignments (bit masks over `bits` predicates) by cubes: at each
 * step, split on the lowest-numbered predicate the (restricted) set depends on, skipping those it
 * does not depend on. The cover depends only on the set, so equal sets give equal covers and
 * adjacent regions merge; a set that one pinned predicate describes gives one cube of one term.
 * Works on the list of members, so a small set costs little however many predicates are in play.
 */
export function cover(members: readonly number[], bits: number): [number, boolean][][] {
  const out: [number, boolean][][] = []
  // a member's neighbour across a free bit agrees with it on the fixed bits, so whether the
  // neighbour is in the restricted set is whether it is in the whole set
  const member = new Uint8Array(1 << bits)
  for (const m of members) member[m] = 1
  const visit = (list: readonly number[], free: number, terms: [number, boolean][]): void => {
    if (list.length === 0) return
    // members are distinct, so the set is the whole restricted space exactly when it has them all
    let freeCount = 0
    for (let b = 0; b < bits; b++) if (free & (1 << b)) freeCount++
    if (list.length === 2 ** freeCount) {
      out.push(terms)
      return
    }
    for (let b = 0; b < bits; b++) {
      const bit = 1 << b
      if (!(free & bit)) continue
      if (list.every((m) => member[m ^ bit])) continue
      const ones: number[] = []
      const zeros: number[] = []
      for (const m of list) (m & bit ? ones : zeros).push(m)
      visit(ones, free & ~bit, [...terms, [b, true]])
      visit(zeros, free & ~bit, [...terms, [b, false]])
      return
    }
  }
  visit(members, (1 << bits) - 1, [])
  return out
}

/** The first rule of `list` that matches under `mask`; -1 = none. */
function deciderOf(list: readonly { need: number; fail: number }[], mask: number): number {
  for (let i = 0; i < list.length; i++) {
    const m = list[i]!
    if ((mask & m.need) === m.need && (mask & m.fail) === 0) return i
  }
  return -1
}

/**
 * Where two candidate lists (each the rules that can decide in one joint region, in order, up to
 * the first one with no predicate) decide differently: one group per (old, new) decider pair.
 */
function compare(
  oldList: readonly SideRule[],
  newList: readonly SideRule[],
  oldUngoverned: boolean,
  newUngoverned: boolean,
  maxPredicates: number
): Group[] {
  const ids = new Set<number>()
  for (const r of [...oldList, ...newList]) {
    for (const id of r.hold) ids.add(id)
    if (r.fail >= 0) ids.add(r.fail)
  }
  if (ids.size > maxPredicates) {
    return [{ key: 'unknown', oldUngoverned, newUngoverned, cubes: [[]], unknown: true }]
  }
  const preds = [...ids].sort((a, b) => a - b)
  const bit = new Map(preds.map((id, i) => [id, 1 << i]))
  const masks = (list: readonly SideRule[]) =>
    list.map((r) => ({
      need: r.hold.reduce((m, id) => m | bit.get(id)!, 0),
      fail: r.fail >= 0 ? bit.get(r.fail)! : 0
    }))
  const oldMasks = masks(oldList)
  const newMasks = masks(newList)
  const size = 1 << preds.length
  const members = new Map<number, { o: number; n: number; member: number[] }>()
  const width = newList.length + 1
  for (let mask = 0; mask < size; mask++) {
    const o = deciderOf(oldMasks, mask)
    const n = deciderOf(newMasks, mask)
    const oldRule = oldList[o]?.rule
    const newRule = newList[n]?.rule
    if (
      (oldRule?.action ?? 'AllowAccess') === (newRule?.action ?? 'AllowAccess') &&
      oldRule?.name === newRule?.name
    )
      continue
    const k = (o + 1) * width + n + 1
    let entry = members.get(k)
    if (!entry) members.set(k, (entry = { o, n, member: [] }))
    entry.member.push(mask)
  }
  return [...members.values()].map(({ o, n, member }) => {
    const cubes = cover(member, preds.length).map((cube) =>
      cube.map(([b, v]): [number, boolean] => [preds[b]!, v])
    )
    const oldRule = oldList[o]
    const newRule = newList[n]
    const cubeKey = cubes.map((c) => c.map(([id, v]) => (v ? '+' : '-') + id).join('&')).join('|')
    return {
      key: `${oldRule?.rule.position ?? -1}:${newRule?.rule.position ?? -1}:${+oldUngoverned}${+newUngoverned}:${cubeKey}`,
      old: oldRule,
      new: newRule,
      oldUngoverned,
      newUngoverned,
      cubes
    }
  })
}

// ------------------------------------------------------------------------------------------------
// The sweep
// ------------------------------------------------------------------------------------------------

/** Per group: for each base, the runs of elementary intervals of each family where it holds. */
interface Accumulated {
  group: Group
  bases: Map<number, Record<Family, Ranges>>
}

/** True when two lists hold the same rules in the same order. */
function sameList(a: readonly SideRule[], b: readonly SideRule[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** Candidate rules active at each point of the address line, as a bitset per version. */
function scan(words: Uint32Array, rules: readonly SideRule[]): SideRule[] {
  const list: SideRule[] = []
  for (let w = 0; w < words.length; w++) {
    let bits = words[w]!
    while (bits) {
      const low = bits & -bits
      const c = (w << 5) + 31 - Math.clz32(low)
      bits ^= low
      const r = rules[c]!
      list.push(r)
      if (r.unconditional) return list
    }
  }
  return list
}

/** Both versions compiled on one joint partition of the connections. */
interface Joint {
  /** [old, new]. */
  sides: [Side, Side]
  predicates: DiffPredicate[]
  /** The protocols of both targets. */
  universe: Protocol[]
  /** The slices of the non-address dimensions (as analysis.ts builds them, for both versions). */
  bases: Base[]
  /** Starts of the joint elementary intervals of each family. */
  starts: Record<Family, bigint[]>
  /** Address ranges already put into words, by family and elementary intervals. */
  ranges: Map<string, DiffAddressRange>
}

/** Compiles both versions and splits the connection space for both at once. */
function jointOf(
  base: RuleSet | undefined,
  head: RuleSet | undefined,
  options: DiffOptions
): Joint {
  const oldTarget = base?.target ?? head?.target ?? 'ExchangeOnline'
  const newTarget = head?.target ?? oldTarget
  const oldModel = base ? buildModel(base, options.maxDepth) : undefined
  const newModel = head ? buildModel(head, options.maxDepth) : undefined
  const predicates = new JointPredicates()
  const newIds = predicates.add(newModel)
  const oldIds = predicates.add(oldModel)
  const sigs = new Map<string, number>()
  const intern = (key: string): number => {
    let s = sigs.get(key)
    if (s === undefined) sigs.set(key, (s = sigs.size))
    return s
  }
  const sides: [Side, Side] = [
    sideOf(base, oldModel, oldTarget, oldIds, intern, options.baseLine),
    sideOf(head, newModel, newTarget, newIds, intern, options.headLine)
  ]
  const universe = PROTOCOLS.filter(
    (p) =>
      (base !== undefined && protocolsOf(oldTarget).includes(p)) ||
      (head !== undefined && protocolsOf(newTarget).includes(p))
  )
  const all = [...sides[0].rules, ...sides[1].rules]
  const bases = basesOf(
    universe,
    all.map(({ rule }) => rule)
  )
  return {
    sides,
    predicates: predicates.list,
    universe,
    bases,
    starts: { 4: jointBoundaries(all, 4), 6: jointBoundaries(all, 6) },
    ranges: new Map()
  }
}

/** The rules of both versions turning on (+1) and off (-1) along one family's line, in order. */
function eventsOf(joint: Joint, family: Family): [number, number, number, number][] {
  const n = joint.starts[family].length
  const events: [number, number, number, number][] = []
  joint.sides.forEach((side, s) =>
    side.rules.forEach((r, i) => {
      if (r.never || !r.rule.enabled) return
      for (const [a, b] of rangesIn(r.rule, joint.starts[family], family)) {
        events.push([a, 1, s, i])
        if (b + 1 < n) events.push([b + 1, -1, s, i])
      }
    })
  )
  return events.sort((x, y) => x[0] - y[0])
}

/**
 * Sweeps every base and family along the joint address line: at each point where a candidate
 * rule of either version turns on or off, the candidate lists of both versions are compared
 * (each distinct pair once), and every group of differing deciders extends its runs.
 */
function sweep(joint: Joint, maxPredicates: number): Map<string, Accumulated> {
  const { sides, bases, starts } = joint
  const accumulated = new Map<string, Accumulated>()
  const cache = new Map<string, Group[]>()
  for (const family of [4, 6] as const) {
    const n = starts[family].length
    const events = eventsOf(joint, family)
    bases.forEach((base, baseIndex) => {
      const ungoverned = sides.map((side) => !side.governed.has(base.protocol)) as [
        boolean,
        boolean
      ]
      const candidate = sides.map((side, s) =>
        side.rules.map((r) => !ungoverned[s] && !r.never && Analysis.baseMatches(r.rule, base))
      )
      if (!candidate[0]!.some(Boolean) && !candidate[1]!.some(Boolean)) return
      const mine = events.filter(([, , s, i]) => candidate[s]![i])
      const words = sides.map((side) => new Uint32Array((side.rules.length + 31) >>> 5))
      let e = 0
      // an event past the first rule without predicates leaves both lists as they were
      let previous: [SideRule[], SideRule[], Group[]] | undefined
      for (let at = 0; at < n;) {
        while (e < mine.length && mine[e]![0] === at) {
          const [, delta, s, c] = mine[e]!
          if (delta > 0) words[s]![c >>> 5]! |= 1 << (c & 31)
          else words[s]![c >>> 5]! &= ~(1 << (c & 31))
          e++
        }
        const next = e < mine.length ? mine[e]![0] : n
        const oldList = scan(words[0]!, sides[0].rules)
        const newList = scan(words[1]!, sides[1].rules)
        let groups: Group[]
        if (previous && sameList(previous[0], oldList) && sameList(previous[1], newList)) {
          groups = previous[2]
        } else if (
          oldList.length === newList.length &&
          oldList.every((r, i) => r.sig === newList[i]!.sig)
        ) {
          groups = []
        } else {
          const positions = (list: SideRule[]) => list.map((r) => r.rule.position).join(',')
          const key = `${positions(oldList)}|${positions(newList)}|${+ungoverned[0]}${+ungoverned[1]}`
          let cached = cache.get(key)
          if (!cached) {
            cached = compare(oldList, newList, ungoverned[0], ungoverned[1], maxPredicates)
            cache.set(key, cached)
          }
          groups = cached
        }
        previous = [oldList, newList, groups]
        for (const group of groups) {
          let acc = accumulated.get(group.key)
          if (!acc) accumulated.set(group.key, (acc = { group, bases: new Map() }))
          let runs = acc.bases.get(baseIndex)
          if (!runs) acc.bases.set(baseIndex, (runs = { 4: [], 6: [] }))
          const list = runs[family]
          const last = list[list.length - 1]
          if (last && last[1] === at - 1) last[1] = next - 1
          else list.push([at, next - 1])
        }
        at = next
      }
    })
  }
  return accumulated
}

/** How a version decides the connections of a group. */
function decisionOf(r: SideRule | undefined, ungoverned: boolean): DiffDecision {
  const d: DiffDecision = { action: r?.rule.action ?? 'AllowAccess' }
  if (r) d.rule = { ...r.ref }
  if (ungoverned) d.ungoverned = true
  return d
}

const KIND_RANK = { opens: 0, closes: 1, reassigns: 2 } as const

/**
 * The semantic diff of two versions of a rule set; either may be undefined (a file added or
 * deleted: on that side no rule decides anything, so every connection is allowed).
 */
export function diffRuleSets(
  base: RuleSet | undefined,
  head: RuleSet | undefined,
  options: DiffOptions = {}
): RuleSetDiff {
  const maxPredicates = options.maxPredicates ?? MAX_PREDICATES
  const joint = jointOf(base, head, options)
  const { universe } = joint
  const changes: AccessChange[] = []
  const unknown: UnknownRegion[] = []
  for (const { group, region } of buildChanges(sweep(joint, maxPredicates), joint)) {
    if (group.unknown) {
      const u: UnknownRegion = { region, text: '' }
      u.text = unknownStatement(u, universe, maxPredicates)
      unknown.push(u)
      continue
    }
    const old = decisionOf(group.old, group.oldUngoverned)
    const now = decisionOf(group.new, group.newUngoverned)
    const kind =
      old.action === now.action ? 'reassigns' : now.action === 'AllowAccess' ? 'opens' : 'closes'
    const change: AccessChange = {
      kind,
      region,
      old,
      new: now,
      adminOpened: kind === 'opens' && region.protocols.some((p) => ADMIN_PROTOCOLS.includes(p)),
      text: ''
    }
    change.text = accessStatement(change, universe)
    changes.push(change)
  }
  changes.sort(
    (a, b) =>
      KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
      +b.adminOpened - +a.adminOpened ||
      regionOrder(a.region, b.region) ||
      (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)
  )
  unknown.sort((a, b) => regionOrder(a.region, b.region))
  const target: RuleSetDiff['target'] = {}
  if (base) target.old = base.target
  if (head) target.new = head.target
  return {
    target,
    protocols: universe,
    predicates: joint.predicates,
    changes,
    unknown,
    devices: diffDevices(base, head, options),
    maxPredicates
  }
}

// ------------------------------------------------------------------------------------------------
// Merging into statements
// ------------------------------------------------------------------------------------------------

/** A region of one group, before it is put into words. */
interface Built {
  group: Group
  region: DiffRegion
}

const protocolRank = (p: Protocol) => PROTOCOLS.indexOf(p)

/** Orders regions by first protocol, then by first address, then by condition. */
function regionOrder(a: DiffRegion, b: DiffRegion): number {
  const pa = protocolRank(a.protocols[0]!)
  const pb = protocolRank(b.protocols[0]!)
  if (pa !== pb) return pa - pb
  const first = (r: DiffRegion) => (r.addresses === 'anywhere' ? undefined : r.addresses[0])
  const fa = first(a)
  const fb = first(b)
  if (fa && fb) {
    if (fa.family !== fb.family) return fa.family - fb.family
    const va = addressValue(fa)
    const vb = addressValue(fb)
    if (va !== vb) return va < vb ? -1 : 1
  } else if (fa || fb) return fa ? 1 : -1
  return a.condition.text < b.condition.text ? -1 : a.condition.text > b.condition.text ? 1 : 0
}

/** The numeric value of a range's first address (kept beside the text while building). */
const VALUES = new WeakMap<DiffAddressRange, bigint>()
const addressValue = (r: DiffAddressRange): bigint => VALUES.get(r) ?? 0n

/**
 * Turns the accumulated groups into regions: the bases holding the same addresses are factored
 * into products of protocols × auth types × middle-tier, protocols with the same factors share one
 * statement.
 */
function buildChanges(accumulated: Map<string, Accumulated>, joint: Joint): Built[] {
  const { bases, universe, predicates } = joint
  const out: Built[] = []
  for (const { group, bases: perBase } of accumulated.values()) {
    const byAddresses = new Map<string, { runs: Record<Family, Ranges>; bases: number[] }>()
    for (const [baseIndex, runs] of perBase) {
      const key = `${runs[4].map((r) => r.join('-')).join(',')}/${runs[6].map((r) => r.join('-')).join(',')}`
      let entry = byAddresses.get(key)
      if (!entry) byAddresses.set(key, (entry = { runs, bases: [] }))
      entry.bases.push(baseIndex)
    }
    const condition = conditionOf(group.cubes, predicates)
    for (const { runs, bases: indices } of byAddresses.values()) {
      const addresses = addressesOf(runs, joint)
      const except = exceptOf(runs, joint)
      const addressText =
        addresses === 'anywhere'
          ? 'anywhere'
          : except
            ? `anywhere except ${except.map((r) => r.text).join(', ')}`
            : addresses.map((r) => r.text).join(', ')
      for (const product of factor(indices, bases, universe)) {
        const region: DiffRegion = { ...product, addresses, addressText, condition }
        if (except) region.except = except
        out.push({ group, region })
      }
    }
  }
  return out
}

/** The condition of a group, with its predicates and its text. */
function conditionOf(
  cubes: [number, boolean][][],
  predicates: readonly DiffPredicate[]
): DiffCondition {
  const anyOf = cubes.map((cube) =>
    cube.map(([id, holds]): DiffTerm => ({ predicate: predicates[id]!, holds }))
  )
  return { anyOf, text: conditionText(anyOf) }
}

/** The gaps between runs of elementary intervals, within one family's line of `n` intervals. */
function gaps(runs: Ranges, n: number): Ranges {
  const out: Ranges = []
  let at = 0
  for (const [a, b] of runs) {
    if (a > at) out.push([at, a - 1])
    at = b + 1
  }
  if (at < n) out.push([at, n - 1])
  return out
}

/** The region's complement, when it holds both families and the complement is shorter. */
function exceptOf(runs: Record<Family, Ranges>, joint: Joint): DiffAddressRange[] | undefined {
  const { starts } = joint
  if (!runs[4].length || !runs[6].length) return undefined
  const complement = { 4: gaps(runs[4], starts[4].length), 6: gaps(runs[6], starts[6].length) }
  const size = (r: Record<Family, Ranges>) => r[4].length + r[6].length
  if (size(complement) === 0 || size(complement) >= size(runs)) return undefined
  return rangesText(complement, joint)
}

/** The address runs of a region as ranges; `anywhere` when both families are whole. */
function addressesOf(runs: Record<Family, Ranges>, joint: Joint): DiffRegion['addresses'] {
  const { starts } = joint
  const whole = (f: Family) =>
    runs[f].length === 1 && runs[f][0]![0] === 0 && runs[f][0]![1] === starts[f].length - 1
  if (whole(4) && whole(6)) return 'anywhere'
  return rangesText(runs, joint)
}

/** Runs of elementary intervals as address ranges, IPv4 first. */
function rangesText(runs: Record<Family, Ranges>, joint: Joint): DiffAddressRange[] {
  const { starts, ranges: cache } = joint
  const out: DiffAddressRange[] = []
  for (const family of [4, 6] as const) {
    const s = starts[family]
    for (const [a, b] of runs[family]) {
      const key = `${family}:${a}:${b}`
      const known = cache.get(key)
      if (known) {
        out.push(known)
        continue
      }
      const lo = s[a]!
      const hi = b + 1 < s.length ? s[b + 1]! - 1n : MAX_ADDRESS[family]
      const range: DiffAddressRange = {
        family,
        first: formatAddress(family, lo),
        last: formatAddress(family, hi),
        text: formatInterval({ family, lo, hi })
      }
      VALUES.set(range, lo)
      cache.set(key, range)
      out.push(range)
    }
  }
  return out
}

type Product = Pick<DiffRegion, 'protocols' | 'authenticationTypes' | 'middleTier'>

/**
 * Splits a set of bases into the fewest products this greedy reading finds: per protocol, one
 * product of auth types × middle-tier when the set is one, else one per middle-tier value; then
 * protocols with the same auth types and middle-tier share a product.
 */
function factor(indices: readonly number[], bases: readonly Base[], universe: readonly Protocol[]) {
  const perProtocol = new Map<Protocol, Base[]>()
  for (const i of indices) {
    const b = bases[i]!
    let list = perProtocol.get(b.protocol)
    if (!list) perProtocol.set(b.protocol, (list = []))
    list.push(b)
  }
  const grouped = new Map<string, Product>()
  for (const protocol of universe) {
    const list = perProtocol.get(protocol)
    if (!list) continue
    const allAuths = new Set(bases.filter((b) => b.protocol === protocol).map((b) => b.auth))
    const auths = [...new Set(list.map((b) => b.auth))]
    const tiers = [...new Set(list.map((b) => b.middleTier))]
    const parts: [Base['auth'][], Base['middleTier'][]][] =
      list.length === auths.length * tiers.length
        ? [[auths, tiers]]
        : tiers.map((t) => [list.filter((b) => b.middleTier === t).map((b) => b.auth), [t]])
    for (const [a, t] of parts) {
      const authenticationTypes: Product['authenticationTypes'] =
        a.length === allAuths.size
          ? 'any'
          : AUTHENTICATION_TYPES.filter((x) => (a as (string | null)[]).includes(x))
      const middleTier: Product['middleTier'] = t.length !== 1 ? 'any' : t[0]!
      const key = `${authenticationTypes === 'any' ? 'any' : authenticationTypes.join(',')}/${middleTier}`
      const product = grouped.get(key)
      if (product) product.protocols.push(protocol)
      else grouped.set(key, { protocols: [protocol], authenticationTypes, middleTier })
    }
  }
  return [...grouped.values()]
}

/** The plain text of a condition (statements render it per channel). */
function conditionText(anyOf: DiffTerm[][]): string {
  return renderParts(conditionParts({ anyOf, text: '' }), PLAIN).trimStart()
}
