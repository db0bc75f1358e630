import { authTypesOf, protocolsOf, type AuthenticationType, type Protocol } from './constants.js'
import { MAX_ADDRESS, type Family } from './ip.js'
import type { CompiledRule, Model } from './model.js'

/**
 * The symbolic side of the rule model. Each dimension is split into the finite regions the rules
 * mention: protocols, the authentication types each protocol supports for filtering, middle-tier or
 * not, and per address family the elementary intervals between the rules' IP boundaries. Username
 * pattern lists and filter texts are opaque predicates: independent booleans, each able to hold and
 * to fail. For every region the model knows, for every assignment of the predicates in play, which
 * rule decides. Every answer is exact for protocols, auth types and addresses; where too many
 * predicates meet in one region, that region is "unknown" and the checks stay silent.
 */

/** The most opaque predicates one region may hold before the model answers "unknown". */
export const MAX_PREDICATES = 12

/** A slice of the non-address dimensions. `any` = the dimension does not matter to any rule. */
export interface Base {
  protocol: Protocol
  /** null = the protocol takes no auth-type filter; `any` = no rule filters on auth types. */
  auth: AuthenticationType | null | 'any'
  /** `any` = no rule has `Scope: Users`, so middle-tier or not gives the same answers. */
  middleTier: boolean | 'any'
}

/** For one list of candidate rules: who decides under each assignment of the predicates. */
export interface Outcome {
  /** Positions of the rules that can decide here, in order (up to the first unconditional one). */
  positions: readonly number[]
  /** Predicate IDs in play; bit i of an assignment is predicate `preds[i]`. */
  preds: readonly number[]
  /** `deciders[mask]` = the deciding rule's position, or -1 (no rule: allowed); null = unknown. */
  deciders: Int32Array | null
}

/** A region: one base, one family and a run of elementary intervals with one outcome. */
export interface Region {
  base: Base
  /** Index of the base in `Analysis.bases`. */
  baseIndex: number
  family: Family
  /** First and last elementary interval (inclusive). */
  first: number
  last: number
  outcome: Outcome
}

/** What happens to the connections a rule matches (`Analysis.fate`). */
export interface Fate {
  /** The rule decides some of them. */
  decides: boolean
  /** Positions of the earlier rules that decide the others. */
  deciders: ReadonlySet<number>
  /** Some of them fall in a region whose outcome is unknown. */
  unknown: boolean
}

/** Sorted, merged ranges of elementary-interval indexes (inclusive). */
export type Ranges = [number, number][]

/**
 * Sweep events are packed into one number, `interval * SLOT + position`, so sorting them is a
 * numeric sort. Positions stay below SLOT (a file holds far fewer rules than four million) and
 * interval indexes below 2^31, so every packed value is an exact integer.
 */
const SLOT = 2 ** 22

/** Sorts and merges index ranges. */
export function normalise(ranges: Ranges): Ranges {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const out: Ranges = []
  for (const [a, b] of sorted) {
    const last = out[out.length - 1]
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b)
    else out.push([a, b])
  }
  return out
}

/** `ranges` minus `cut`, both normalised. */
export function subtract(ranges: Ranges, cut: Ranges): Ranges {
  const out: Ranges = []
  for (const [a0, b] of ranges) {
    let a = a0
    for (const [c, d] of cut) {
      if (d < a || c > b) continue
      if (c > a) out.push([a, c - 1])
      a = Math.max(a, d + 1)
      if (a > b) break
    }
    if (a <= b) out.push([a, b])
  }
  return out
}

/** True when some range meets [first, last]. */
function overlaps(ranges: Ranges, first: number, last: number): boolean {
  let lo = 0
  let hi = ranges.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (ranges[mid]![1] < first) lo = mid + 1
    else hi = mid
  }
  return lo < ranges.length && ranges[lo]![0] <= last
}

/** How many predicates a witness needs pinned: 0, 1, 2 (two or more) or Infinity (no witness). */
export type Pinned = 0 | 1 | 2 | typeof Infinity

/**
 * The fewest predicates that must take given values for `test` to hold: 0 when it holds whatever
 * they are, 1 when pinning one predicate suffices, 2 when it needs two or more at once (a "may"
 * finding), Infinity when it never holds. Exact: searches the cubes of size 0 and 1.
 */
export function minPinned(outcome: Outcome, test: (decider: number) => boolean): Pinned {
  const deciders = outcome.deciders
  if (!deciders) return Infinity
  const size = deciders.length
  const passing = new Uint8Array(size)
  let count = 0
  for (let mask = 0; mask < size; mask++) {
    if (test(deciders[mask]!)) {
      passing[mask] = 1
      count++
    }
  }
  if (count === 0) return Infinity
  if (count === size) return 0
  for (let bit = 0; bit < outcome.preds.length; bit++) {
    for (const value of [0, 1]) {
      let ok = true
      for (let mask = 0; mask < size && ok; mask++) {
        if (((mask >> bit) & 1) === value && !passing[mask]) ok = false
      }
      if (ok) return 1
    }
  }
  return 2
}

/**
 * The slices of the non-address dimensions for a set of rules, in sweep order: each protocol,
 * split by the auth types it filters on only when some rule uses auth types, and by middle tier
 * only when some rule has `Scope: Users`. The diff builds its joint slices with this too, so both
 * versions are cut exactly as the analysis cuts each.
 */
export function basesOf(
  protocols: readonly Protocol[],
  rules: readonly Pick<CompiledRule, 'auth' | 'exceptAuth' | 'scope'>[]
): Base[] {
  const usesAuth = rules.some((r) => r.auth || r.exceptAuth.size)
  const usesScope = rules.some((r) => r.scope === 'Users')
  const bases: Base[] = []
  for (const protocol of protocols) {
    const auths: Base['auth'][] = !usesAuth
      ? ['any']
      : authTypesOf(protocol).length
        ? [...authTypesOf(protocol)]
        : [null]
    for (const auth of auths) {
      for (const middleTier of usesScope ? [false, true] : (['any'] as const)) {
        bases.push({ protocol, auth, middleTier })
      }
    }
  }
  return bases
}

/** A rule's opaque requirements: predicates that must hold and the one that must fail. */
function requirements(rule: CompiledRule): { hold: number[]; fail?: number; never: boolean } {
  const hold: number[] = []
  if (rule.users && rule.users !== 'always') hold.push(rule.users.id)
  if (rule.filter) hold.push(rule.filter.id)
  if (rule.exceptUsers === 'always') return { hold, never: true }
  const fail = rule.exceptUsers?.id
  return { hold, fail, never: fail !== undefined && hold.includes(fail) }
}

/** A run of elementary intervals with one outcome, shared by every base with the same rules. */
interface Run {
  first: number
  last: number
  outcome: Outcome
}

/** Bases in which exactly the same rules take part: they share one sweep. */
interface Group {
  /** Bitset (by position) of the rules that can take part in these bases. */
  mask: Uint32Array
  lines: Record<Family, Run[]>
}

/** The symbolic analysis of a model; build once per file and ask it questions. */
export class Analysis {
  /** The slices of the non-address dimensions, in sweep order. */
  readonly bases: Base[] = []
  /** Starts of the elementary intervals of each family. */
  readonly starts: Record<Family, bigint[]>
  /** Regions whose outcome is unknown (too many predicates). */
  unknown = false
  /** The group of each base (bases that admit the same rules share their lines). */
  private readonly groupOf: number[] = []
  private readonly groups: Group[] = []
  /** Regions per base and family, ordered along the address line; made when first asked for. */
  private readonly lines = new Map<number, Region[]>()
  private allRegions?: Region[]
  private readonly inRanges = new Map<number, Ranges>()
  private readonly outcomes = new Map<number, Outcome[]>()
  private readonly fates = new Map<number, Fate>()
  private readonly events: Partial<Record<Family, { on: Float64Array; off: Float64Array }>> = {}
  private readonly underFix = new Map<Outcome, Map<number, readonly number[]>>()
  /** Rules that can take part at all: enabled and with satisfiable opaque requirements. */
  private readonly eligible: boolean[]
  /** Bitset of the eligible rules with no opaque condition or exception. */
  private readonly unconditional: Uint32Array
  private readonly words: number

  constructor(
    readonly model: Model,
    private readonly maxPredicates = MAX_PREDICATES
  ) {
    const rules = model.rules
    this.starts = { 4: boundaries(rules, 4), 6: boundaries(rules, 6) }
    this.words = (rules.length + 31) >>> 5
    this.unconditional = new Uint32Array(this.words)
    this.eligible = rules.map((r) => {
      const req = requirements(r)
      const ok = r.enabled && !req.never
      if (ok && !req.hold.length && req.fail === undefined) {
        this.unconditional[r.position >>> 5]! |= 1 << (r.position & 31)
      }
      return ok
    })
    const byMask = new Map<string, number>()
    for (const base of basesOf(protocolsOf(model.target), rules)) {
      const mask = new Uint32Array(this.words)
      for (const r of rules) {
        if (this.eligible[r.position] && Analysis.baseMatches(r, base)) {
          mask[r.position >>> 5]! |= 1 << (r.position & 31)
        }
      }
      const key = mask.join(',')
      let group = byMask.get(key)
      if (group === undefined) {
        group = this.groups.length
        byMask.set(key, group)
        this.groups.push({ mask, lines: { 4: this.sweep(mask, 4), 6: this.sweep(mask, 6) } })
      }
      this.bases.push(base)
      this.groupOf.push(group)
    }
  }

  /** Every region: per base, both families, along the address line. */
  get regions(): Region[] {
    if (!this.allRegions) {
      this.allRegions = []
      for (let b = 0; b < this.bases.length; b++) {
        for (const family of [4, 6] as const) this.allRegions.push(...this.line(b, family))
      }
    }
    return this.allRegions
  }

  /** The regions of one base and family, ordered along the address line. */
  private line(baseIndex: number, family: Family): Region[] {
    const key = baseIndex * 2 + (family === 4 ? 0 : 1)
    let line = this.lines.get(key)
    if (!line) {
      const base = this.bases[baseIndex]!
      line = this.groups[this.groupOf[baseIndex]!]!.lines[family].map((run) => ({
        base,
        baseIndex,
        family,
        first: run.first,
        last: run.last,
        outcome: run.outcome
      }))
      this.lines.set(key, line)
    }
    return line
  }

  /** True when the rule's protocol, auth-type and scope parts hold in this base. */
  static baseMatches(rule: CompiledRule, base: Base): boolean {
    if (!rule.enabled) return false
    if (rule.protocols && !rule.protocols.has(base.protocol)) return false
    if (rule.exceptProtocols.has(base.protocol)) return false
    const auth = base.auth
    if (rule.auth && (auth === null || auth === 'any' || !rule.auth.has(auth))) return false
    if (auth !== null && auth !== 'any' && rule.exceptAuth.has(auth)) return false
    if (rule.scope === 'Users' && base.middleTier === true) return false
    return true
  }

  /** The elementary intervals of `family` where the rule's IP condition holds and no IP exception. */
  ranges(rule: CompiledRule, family: Family): Ranges {
    const key = rule.position * 2 + (family === 4 ? 0 : 1)
    let r = this.inRanges.get(key)
    if (r) return r
    r = rangesIn(rule, this.starts[family], family)
    this.inRanges.set(key, r)
    return r
  }

  /**
   * Every eligible rule's sweep events on one family's address line, sorted once and shared by all
   * groups: at elementary interval `at`, rule `p` turns on (`on`) or off (`off`), packed as
   * `at * SLOT + p`.
   */
  private eventsOf(family: Family): { on: Float64Array; off: Float64Array } {
    let events = this.events[family]
    if (events) return events
    const n = this.starts[family].length
    const on: number[] = []
    const off: number[] = []
    for (const r of this.model.rules) {
      if (!this.eligible[r.position]) continue
      for (const [a, b] of this.ranges(r, family)) {
        on.push(a * SLOT + r.position)
        if (b + 1 < n) off.push((b + 1) * SLOT + r.position)
      }
    }
    events = { on: Float64Array.from(on).sort(), off: Float64Array.from(off).sort() }
    this.events[family] = events
    return events
  }

  /**
   * One family's address line for the rules in `mask`: at each elementary interval, the rules that
   * can decide there in order, up to the first unconditional one; runs with one outcome merged.
   */
  private sweep(mask: Uint32Array, family: Family): Run[] {
    const rules = this.model.rules
    const n = this.starts[family].length
    const { on, off } = this.eventsOf(family)
    const key = (e: number) => Math.floor(e / SLOT)
    const inMask = (e: number): boolean => {
      const p = e % SLOT
      return (mask[p >>> 5]! & (1 << (p & 31))) !== 0
    }
    const active = new Uint32Array(this.words)
    const unconditional = this.unconditional
    const runs: Run[] = []
    let i = 0
    let j = 0
    let previous: Run | undefined
    // the candidates of the current interval: list[0..count) (reused, never shrunk)
    const list: CompiledRule[] = []
    let count = 0
    // the position of the list's last rule when it is unconditional: rules after it cannot decide
    // here, so events about them leave the list as it is
    let cut = Infinity
    for (let at = 0; at < n;) {
      let changed = previous === undefined
      while (j < off.length && key(off[j]!) === at) {
        const p = off[j]! % SLOT
        if (inMask(off[j]!)) {
          active[p >>> 5]! &= ~(1 << (p & 31))
          if (p <= cut) changed = true
        }
        j++
      }
      while (i < on.length && key(on[i]!) === at) {
        const p = on[i]! % SLOT
        if (inMask(on[i]!)) {
          active[p >>> 5]! |= 1 << (p & 31)
          if (p <= cut) changed = true
        }
        i++
      }
      const next = Math.min(i < on.length ? key(on[i]!) : n, j < off.length ? key(off[j]!) : n)
      if (!changed) {
        previous!.last = next - 1
        at = next
        continue
      }
      count = 0
      cut = Infinity
      scan: for (let w = 0; w < active.length; w++) {
        let bits = active[w]!
        while (bits) {
          const low = bits & -bits
          const p = (w << 5) + 31 - Math.clz32(low)
          bits ^= low
          list[count++] = rules[p]!
          if (unconditional[w]! & low) {
            cut = p
            break scan
          }
        }
      }
      const outcome = this.outcome(list, count)
      if (previous && previous.outcome === outcome) previous.last = next - 1
      else {
        previous = { first: at, last: next - 1, outcome }
        runs.push(previous)
      }
      at = next
    }
    return runs
  }

  /** The outcome of one list of candidate rules; one object per distinct list. */
  private outcome(all: readonly CompiledRule[], count = all.length): Outcome {
    let hash = count
    for (let i = 0; i < count; i++) hash = (Math.imul(hash, 31) + all[i]!.position) | 0
    const bucket = this.outcomes.get(hash)
    if (bucket) {
      for (const o of bucket) {
        if (o.positions.length === count && o.positions.every((p, i) => p === all[i]!.position))
          return o
      }
    }
    const list = all.slice(0, count)
    const preds: number[] = []
    const bit = (id: number): number => {
      let i = preds.indexOf(id)
      if (i < 0) i = preds.push(id) - 1
      return i
    }
    const masks = list.map((r) => {
      const req = requirements(r)
      let need = 0
      for (const id of req.hold) need |= 1 << bit(id)
      const fail = req.fail === undefined ? 0 : 1 << bit(req.fail)
      return { need, fail, position: r.position }
    })
    let deciders: Int32Array | null = null
    if (preds.length <= this.maxPredicates) {
      deciders = new Int32Array(1 << preds.length).fill(-1)
      for (let mask = 0; mask < deciders.length; mask++) {
        for (const m of masks) {
          if ((mask & m.need) === m.need && (mask & m.fail) === 0) {
            deciders[mask] = m.position
            break
          }
        }
      }
    } else this.unknown = true
    const outcome: Outcome = { positions: list.map((r) => r.position), preds, deciders }
    if (bucket) bucket.push(outcome)
    else this.outcomes.set(hash, [outcome])
    return outcome
  }

  /** True when the rule is active (can match on its own) somewhere in the region. */
  activeIn(rule: CompiledRule, region: Region): boolean {
    return (
      Analysis.baseMatches(rule, region.base) &&
      !requirements(rule).never &&
      overlaps(this.ranges(rule, region.family), region.first, region.last)
    )
  }

  /**
   * Calls `fn` with the outcome of every run in which the rule is active, once per group of bases
   * that admit the same rules (the same outcome may come more than once).
   */
  private forEachActiveOutcome(rule: CompiledRule, fn: (outcome: Outcome) => void): void {
    const p = rule.position
    if (!this.eligible[p]) return
    for (const group of this.groups) {
      if (!(group.mask[p >>> 5]! & (1 << (p & 31)))) continue
      for (const family of [4, 6] as const) {
        const line = group.lines[family]
        for (const [a, b] of this.ranges(rule, family)) {
          // the first run whose last interval reaches a
          let lo = 0
          let hi = line.length
          while (lo < hi) {
            const mid = (lo + hi) >> 1
            if (line[mid]!.last < a) lo = mid + 1
            else hi = mid
          }
          for (let i = lo; i < line.length && line[i]!.first <= b; i++) fn(line[i]!.outcome)
        }
      }
    }
  }

  /** The predicate values a rule needs to match. */
  static needs(rule: CompiledRule): Map<number, boolean> {
    const req = requirements(rule)
    const fixed = new Map<number, boolean>()
    for (const id of req.hold) fixed.set(id, true)
    if (req.fail !== undefined) fixed.set(req.fail, false)
    return fixed
  }

  /**
   * Whether the rule's own conditions and exceptions can hold for some connection, optionally of
   * one protocol (§3.2: conditions AND, values OR, any exception stops the rule).
   */
  canMatch(rule: CompiledRule, protocol?: Protocol): boolean {
    if (!rule.enabled || requirements(rule).never) return false
    return this.bases.some(
      (base) =>
        (protocol === undefined || base.protocol === protocol) &&
        Analysis.baseMatches(rule, base) &&
        (this.ranges(rule, 4).length > 0 || this.ranges(rule, 6).length > 0)
    )
  }

  /**
   * What happens to the connections the rule matches: whether it decides any of them, and which
   * earlier rules decide the others. `unknown` when some of them fall in an unknown region.
   */
  fate(rule: CompiledRule): Fate {
    // EXO103 and EXO105 both ask this about every rule: answer once per file
    const known = this.fates.get(rule.position)
    if (known) return known
    const deciders = new Set<number>()
    let decides = false
    let unknown = false
    const fixed = Analysis.needs(rule)
    const seen = new Set<Outcome>()
    this.forEachActiveOutcome(rule, (outcome) => {
      if (seen.has(outcome)) return
      seen.add(outcome)
      if (!outcome.deciders) {
        unknown = true
        return
      }
      for (const d of this.decidersUnder(outcome, fixed)) {
        if (d === rule.position) decides = true
        else if (d >= 0) deciders.add(d)
      }
    })
    const fate: Fate = { decides, deciders, unknown }
    this.fates.set(rule.position, fate)
    return fate
  }

  /**
   * The distinct deciders of an outcome over the assignments consistent with `fixed`. Rules with
   * the same opaque conditions ask the same question of the same outcome (most rules have none):
   * each is answered once.
   */
  private decidersUnder(outcome: Outcome, fixed: ReadonlyMap<number, boolean>): readonly number[] {
    const { fixMask, fixValue } = pinned(outcome, fixed)
    let byFix = this.underFix.get(outcome)
    if (!byFix) this.underFix.set(outcome, (byFix = new Map()))
    const key = fixMask * (1 << this.maxPredicates) + fixValue
    let list = byFix.get(key)
    if (!list) {
      const set = new Set<number>()
      forEachMask(outcome, fixed, (d) => set.add(d))
      list = [...set]
      byFix.set(key, list)
    }
    return list
  }

  /**
   * The region holding a complete connection: its protocol, the auth type it uses (ignored where the
   * protocol takes no auth-type filter), middle-tier or not, and its address.
   */
  locate(c: {
    protocol: Protocol
    authenticationType?: AuthenticationType
    middleTier?: boolean
    address: { family: Family; value: bigint }
  }): Region | undefined {
    const index = indexOf(this.starts[c.address.family], c.address.value)
    const auth = authTypesOf(c.protocol).length ? c.authenticationType : null
    const baseIndex = this.bases.findIndex(
      (b) =>
        b.protocol === c.protocol &&
        (b.auth === 'any' || b.auth === auth) &&
        (b.middleTier === 'any' || b.middleTier === (c.middleTier ?? false))
    )
    if (baseIndex < 0) return undefined
    return this.line(baseIndex, c.address.family).find((r) => index >= r.first && index <= r.last)
  }

  /** The regions of one protocol. */
  regionsOf(protocol: Protocol): Region[] {
    const out: Region[] = []
    this.bases.forEach((base, b) => {
      if (base.protocol === protocol) out.push(...this.line(b, 4), ...this.line(b, 6))
    })
    return out
  }
}

/** The bits of an outcome's assignments that `fixed` pins (`fixMask`), and their values. */
function pinned(
  outcome: Outcome,
  fixed: ReadonlyMap<number, boolean>
): { fixMask: number; fixValue: number } {
  let fixMask = 0
  let fixValue = 0
  outcome.preds.forEach((id, bit) => {
    const v = fixed.get(id)
    if (v === undefined) return
    fixMask |= 1 << bit
    if (v) fixValue |= 1 << bit
  })
  return { fixMask, fixValue }
}

/** Calls `fn` with the decider of every assignment consistent with `fixed`. */
export function forEachMask(
  outcome: Outcome,
  fixed: ReadonlyMap<number, boolean>,
  fn: (decider: number, mask: number) => void
): void {
  const deciders = outcome.deciders
  if (!deciders) return
  const { fixMask, fixValue } = pinned(outcome, fixed)
  for (let mask = 0; mask < deciders.length; mask++) {
    if ((mask & fixMask) === fixValue) fn(deciders[mask]!, mask)
  }
}

/**
 * The elementary intervals (of the line that `starts` begins) where the rule's IP condition holds
 * and no IP exception does, as sorted, merged index ranges.
 */
export function rangesIn(rule: CompiledRule, starts: readonly bigint[], family: Family): Ranges {
  const toRanges = (list: CompiledRule['exceptIps']): Ranges => {
    const out: Ranges = []
    for (const i of list) {
      if (i.family === family) out.push([indexOf(starts, i.lo), indexOf(starts, i.hi)])
    }
    return normalise(out)
  }
  const all: Ranges = [[0, starts.length - 1]]
  const r = rule.ips ? toRanges(rule.ips) : all
  return rule.exceptIps.length ? subtract(r, toRanges(rule.exceptIps)) : r
}

/** The starts of the elementary intervals of one family's address line: every rule's boundaries. */
export function boundaries(rules: readonly CompiledRule[], family: Family): bigint[] {
  const set = new Set<bigint>([0n])
  for (const r of rules) {
    for (const i of [...(r.ips ?? []), ...r.exceptIps]) {
      if (i.family !== family) continue
      set.add(i.lo)
      if (i.hi < MAX_ADDRESS[family]) set.add(i.hi + 1n)
    }
  }
  return [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

/** The elementary interval holding an address. */
export function indexOf(starts: readonly bigint[], value: bigint): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= value) lo = mid
    else hi = mid - 1
  }
  return lo
}
