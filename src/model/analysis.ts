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

type Ranges = [number, number][]

/** Sorts and merges index ranges. */
function normalise(ranges: Ranges): Ranges {
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
function subtract(ranges: Ranges, cut: Ranges): Ranges {
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

/** A rule's opaque requirements: predicates that must hold and the one that must fail. */
function requirements(rule: CompiledRule): { hold: number[]; fail?: number; never: boolean } {
  const hold: number[] = []
  if (rule.users && rule.users !== 'always') hold.push(rule.users.id)
  if (rule.filter) hold.push(rule.filter.id)
  if (rule.exceptUsers === 'always') return { hold, never: true }
  const fail = rule.exceptUsers?.id
  return { hold, fail, never: fail !== undefined && hold.includes(fail) }
}

/** The symbolic analysis of a model; build once per file and ask it questions. */
export class Analysis {
  readonly regions: Region[] = []
  /** The slices of the non-address dimensions, in sweep order. */
  readonly bases: Base[] = []
  /** Regions per base and family, ordered along the address line. */
  private readonly lines = new Map<string, Region[]>()
  /** Starts of the elementary intervals of each family. */
  readonly starts: Record<Family, bigint[]>
  private readonly inRanges = new Map<string, Ranges>()
  private readonly outcomes = new Map<string, Outcome>()
  /** Regions whose outcome is unknown (too many predicates). */
  unknown = false

  constructor(
    readonly model: Model,
    private readonly maxPredicates = MAX_PREDICATES
  ) {
    const rules = model.rules
    this.starts = { 4: boundaries(rules, 4), 6: boundaries(rules, 6) }
    const usesAuth = rules.some((r) => r.auth || r.exceptAuth.size)
    const usesScope = rules.some((r) => r.scope === 'Users')
    for (const protocol of protocolsOf(model.target)) {
      const auths: Base['auth'][] = !usesAuth
        ? ['any']
        : authTypesOf(protocol).length
          ? [...authTypesOf(protocol)]
          : [null]
      for (const auth of auths) {
        for (const middleTier of usesScope ? [false, true] : (['any'] as const)) {
          this.bases.push({ protocol, auth, middleTier })
          this.sweep(this.bases.length - 1)
        }
      }
    }
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
    const key = `${rule.position}/${family}`
    let r = this.inRanges.get(key)
    if (r) return r
    const starts = this.starts[family]
    const toRanges = (list: CompiledRule['exceptIps']): Ranges =>
      normalise(
        list
          .filter((i) => i.family === family)
          .map((i) => [indexOf(starts, i.lo), indexOf(starts, i.hi)] as [number, number])
      )
    const all: Ranges = [[0, starts.length - 1]]
    r = subtract(rule.ips ? toRanges(rule.ips) : all, toRanges(rule.exceptIps))
    this.inRanges.set(key, r)
    return r
  }

  private sweep(baseIndex: number): void {
    const base = this.bases[baseIndex]!
    const candidates = this.model.rules.filter(
      (r) => Analysis.baseMatches(r, base) && !requirements(r).never
    )
    const unconditional = candidates.map((r) => {
      const req = requirements(r)
      return !req.hold.length && req.fail === undefined
    })
    for (const family of [4, 6] as const) {
      const n = this.starts[family].length
      // events: at elementary interval `at`, candidate `c` (index into candidates) turns on or off
      const events: [number, number, number][] = []
      candidates.forEach((r, c) => {
        for (const [a, b] of this.ranges(r, family)) {
          events.push([a, 1, c])
          if (b + 1 < n) events.push([b + 1, -1, c])
        }
      })
      events.sort((x, y) => x[0] - y[0])
      // active candidates as a bitset, scanned in order up to the first unconditional one
      const words = new Uint32Array((candidates.length + 31) >>> 5)
      const line: Region[] = []
      this.lines.set(`${baseIndex}/${family}`, line)
      let e = 0
      let previous: Region | undefined
      for (let at = 0; at < n;) {
        while (e < events.length && events[e]![0] === at) {
          const [, delta, c] = events[e]!
          if (delta > 0) words[c >>> 5]! |= 1 << (c & 31)
          else words[c >>> 5]! &= ~(1 << (c & 31))
          e++
        }
        const next = e < events.length ? events[e]![0] : n
        const list: CompiledRule[] = []
        scan: for (let w = 0; w < words.length; w++) {
          let bits = words[w]!
          while (bits) {
            const low = bits & -bits
            const c = (w << 5) + 31 - Math.clz32(low)
            bits ^= low
            list.push(candidates[c]!)
            if (unconditional[c]) break scan
          }
        }
        const outcome = this.outcome(list)
        if (previous && previous.outcome === outcome) previous.last = next - 1
        else {
          previous = { base, baseIndex, family, first: at, last: next - 1, outcome }
          this.regions.push(previous)
          line.push(previous)
        }
        at = next
      }
    }
  }

  private outcome(list: CompiledRule[]): Outcome {
    const key = list.map((r) => r.position).join(',')
    const cached = this.outcomes.get(key)
    if (cached) return cached
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
    this.outcomes.set(key, outcome)
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

  /** Calls `fn` for every region in which the rule is active. */
  private forEachActiveRegion(rule: CompiledRule, fn: (region: Region) => void): void {
    if (requirements(rule).never) return
    this.bases.forEach((base, baseIndex) => {
      if (!Analysis.baseMatches(rule, base)) return
      for (const family of [4, 6] as const) {
        const line = this.lines.get(`${baseIndex}/${family}`)!
        for (const [a, b] of this.ranges(rule, family)) {
          // the first region whose last interval reaches a
          let lo = 0
          let hi = line.length
          while (lo < hi) {
            const mid = (lo + hi) >> 1
            if (line[mid]!.last < a) lo = mid + 1
            else hi = mid
          }
          for (let i = lo; i < line.length && line[i]!.first <= b; i++) fn(line[i]!)
        }
      }
    })
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
  fate(rule: CompiledRule): { decides: boolean; deciders: Set<number>; unknown: boolean } {
    const deciders = new Set<number>()
    let decides = false
    let unknown = false
    const fixed = Analysis.needs(rule)
    const seen = new Set<Outcome>()
    this.forEachActiveRegion(rule, ({ outcome }) => {
      if (seen.has(outcome)) return
      seen.add(outcome)
      if (!outcome.deciders) {
        unknown = true
        return
      }
      forEachMask(outcome, fixed, (d) => {
        if (d === rule.position) decides = true
        else if (d >= 0) deciders.add(d)
      })
    })
    return { decides, deciders, unknown }
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
    const line = this.lines.get(`${baseIndex}/${c.address.family}`) ?? []
    return line.find((r) => index >= r.first && index <= r.last)
  }

  /** The regions of one protocol. */
  regionsOf(protocol: Protocol): Region[] {
    return this.regions.filter((r) => r.base.protocol === protocol)
  }
}

/** Calls `fn` with the decider of every assignment consistent with `fixed`. */
export function forEachMask(
  outcome: Outcome,
  fixed: ReadonlyMap<number, boolean>,
  fn: (decider: number, mask: number) => void
): void {
  const deciders = outcome.deciders
  if (!deciders) return
  let fixMask = 0
  let fixValue = 0
  outcome.preds.forEach((id, bit) => {
    const v = fixed.get(id)
    if (v === undefined) return
    fixMask |= 1 << bit
    if (v) fixValue |= 1 << bit
  })
  for (let mask = 0; mask < deciders.length; mask++) {
    if ((mask & fixMask) === fixValue) fn(deciders[mask]!, mask)
  }
}

/** The starts of the elementary intervals of one family's address line. */
function boundaries(rules: readonly CompiledRule[], family: Family): bigint[] {
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
