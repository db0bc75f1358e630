import { Analysis, minPinned, type Pinned } from '../../model/analysis.js'
import type { Protocol } from '../../model/constants.js'
import type { CompiledRule } from '../../model/model.js'

/** Who denies connections of one protocol, as the symbolic model sees it. */
export interface Denial {
  /** The first DenyAccess rule (in evaluation order) that decides some of them. */
  first: CompiledRule
  /** True when every connection of the protocol is denied. */
  every: boolean
  /** How many predicates a denied connection needs pinned (2 = "may"). */
  pinned: Pinned
}

/**
 * The denial of a protocol's connections; undefined when none is denied or when some region of
 * the protocol is unknown to the model (the checks then stay silent).
 */
export function denialOf(analysis: Analysis, protocol: Protocol): Denial | undefined {
  const rules = analysis.model.rules
  const regions = analysis.regionsOf(protocol)
  if (regions.some((r) => !r.outcome.deciders)) return undefined
  const isDeny = (d: number) => d >= 0 && rules[d]!.action === 'DenyAccess'
  let first = -1
  let every = true
  for (const region of regions) {
    for (const d of region.outcome.deciders!) {
      if (isDeny(d)) first = first < 0 ? d : Math.min(first, d)
      else every = false
    }
  }
  if (first < 0) return undefined
  let pinned: Pinned = Infinity
  for (const region of regions) {
    pinned = Math.min(pinned, minPinned(region.outcome, isDeny)) as Pinned
  }
  return { first: rules[first]!, every, pinned }
}

/**
 * Where too many predicates meet for the regions to be built, the lockout question still has an
 * exact answer: a RemotePowerShell connection is denied with no allow rule before the deny exactly
 * when the first enabled rule that can match RemotePowerShell at all is a DenyAccess rule. Returns
 * that rule, and whether the lockout needs two or more of its predicates at once ("may").
 */
export function firstRuleFor(
  analysis: Analysis,
  protocol: Protocol
): { rule: CompiledRule; may: boolean } | undefined {
  const rule = analysis.model.rules.find((r) => analysis.canMatch(r, protocol))
  if (!rule) return undefined
  return { rule, may: Analysis.needs(rule).size >= 2 }
}

/** True when some region of the protocol is unknown to the model. */
export function unknownFor(analysis: Analysis, protocol: Protocol): boolean {
  return analysis.regionsOf(protocol).some((r) => !r.outcome.deciders)
}

/** The first enabled AllowAccess rule before `deny` that can match the protocol (a safeguard). */
export function allowBefore(
  analysis: Analysis,
  deny: CompiledRule,
  protocol: Protocol
): CompiledRule | undefined {
  return analysis.model.rules.find(
    (r) =>
      r.position < deny.position && r.action === 'AllowAccess' && analysis.canMatch(r, protocol)
  )
}
