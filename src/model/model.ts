import {
  authTypesOf,
  protocolsOf,
  type Action,
  type AuthenticationType,
  type Protocol,
  type Target
} from './constants.js'
import { parseAddress, parseIpEntry, type Family, type IpInterval } from './ip.js'
import { evaluateFilter, parseFilter, type FilterNode, type Recipient } from './opath.js'
import type { ClientAccessRule, RuleSet } from './ruleset.js'
import { matchesEveryone, matchesPattern } from './wildcard.js'

/**
 * The rule model (DESIGN.md "The rule model"): client access rules compiled once, in evaluation
 * order, with their IP entries as intervals, their filters parsed and their username pattern lists
 * and filter texts numbered as opaque predicates. `evaluate` is the concrete evaluator (the offline
 * Test-ClientAccessRule); `analysis.ts` answers the symbolic questions on the same compiled rules.
 */

/** An opaque predicate: a username pattern list or a filter text. */
export interface Predicate {
  id: number
  kind: 'username' | 'filter'
  /** The list's patterns or the filter's text, as the file writes them. */
  text: readonly string[]
}

/** A client access rule as the model evaluates it. */
export interface CompiledRule {
  rule: ClientAccessRule
  /** Index in evaluation order. */
  position: number
  name: string
  action: Action
  enabled: boolean
  scope: 'All' | 'Users'
  protocols?: ReadonlySet<Protocol>
  exceptProtocols: ReadonlySet<Protocol>
  auth?: ReadonlySet<AuthenticationType>
  exceptAuth: ReadonlySet<AuthenticationType>
  /** Condition entries (undefined = no IP condition) and exception entries, as intervals. */
  ips?: readonly (IpInterval & { entry: string })[]
  exceptIps: readonly (IpInterval & { entry: string })[]
  /** Username condition / exception predicates; `always` = a pattern list holding `*`. */
  users?: Predicate | 'always'
  exceptUsers?: Predicate | 'always'
  filter?: Predicate & { root: FilterNode }
}

/** The order rules are evaluated in (CHECKS.md "Order"): Priority ascending, then the rest. */
export function evaluationOrder<T extends { priority?: number; index: number }>(
  rules: readonly T[]
): T[] {
  const withPriority = rules.filter((r) => r.priority !== undefined)
  const without = rules.filter((r) => r.priority === undefined)
  withPriority.sort((a, b) => a.priority! - b.priority! || a.index - b.index)
  return [...withPriority, ...without.sort((a, b) => a.index - b.index)]
}

export interface Model {
  target: Target
  /** The rules of the model, in evaluation order. */
  rules: readonly CompiledRule[]
  /** Rules left out because an IP entry or the filter is invalid (EXO304, EXO302 report them). */
  excluded: readonly ClientAccessRule[]
  predicates: readonly Predicate[]
  byName(name: string): CompiledRule | undefined
}

/** Compiles a rule set's client access rules. Pure; never throws for a schema-valid rule set. */
export function buildModel(ruleSet: RuleSet, maxDepth = 32): Model {
  const predicates: Predicate[] = []
  const byKey = new Map<string, Predicate>()
  const predicate = (kind: Predicate['kind'], text: readonly string[], key: string): Predicate => {
    let p = byKey.get(key)
    if (!p) {
      p = { id: predicates.length, kind, text }
      predicates.push(p)
      byKey.set(key, p)
    }
    return p
  }
  const patterns = (list: readonly string[] | undefined): Predicate | 'always' | undefined => {
    if (!list) return undefined
    if (list.some(matchesEveryone)) return 'always'
    // the same set of patterns, in any order or case, is one predicate
    const key = 'u\0' + [...new Set(list.map((p) => p.toLowerCase()))].sort().join('\0')
    return predicate('username', list, key)
  }
  const rules: CompiledRule[] = []
  const excluded: ClientAccessRule[] = []
  for (const rule of evaluationOrder(ruleSet.clientAccessRules)) {
    const ips = intervals(rule.anyOfClientIPAddressesOrRanges)
    const exceptIps = intervals(rule.exceptAnyOfClientIPAddressesOrRanges)
    const parsed =
      rule.userRecipientFilter === undefined
        ? undefined
        : parseFilter(rule.userRecipientFilter, maxDepth)
    if (ips === null || exceptIps === null || (parsed && !parsed.ok)) {
      excluded.push(rule)
      continue
    }
    const compiled: CompiledRule = {
      rule,
      position: rules.length,
      name: rule.name,
      action: rule.action,
      enabled: rule.enabled,
      scope: rule.scope ?? 'All',
      exceptProtocols: new Set(rule.exceptAnyOfProtocols ?? []),
      exceptAuth: new Set(rule.exceptAnyOfAuthenticationTypes ?? []),
      exceptIps: exceptIps ?? []
    }
    if (rule.anyOfProtocols) compiled.protocols = new Set(rule.anyOfProtocols)
    if (rule.anyOfAuthenticationTypes) compiled.auth = new Set(rule.anyOfAuthenticationTypes)
    if (ips) compiled.ips = ips
    const users = patterns(rule.usernameMatchesAnyOfPatterns)
    if (users) compiled.users = users
    const exceptUsers = patterns(rule.exceptUsernameMatchesAnyOfPatterns)
    if (exceptUsers) compiled.exceptUsers = exceptUsers
    if (parsed?.ok) {
      const text = rule.userRecipientFilter!
      compiled.filter = { ...predicate('filter', [text], 'f\0' + text), root: parsed.root }
    }
    rules.push(compiled)
  }
  const names = new Map<string, CompiledRule>()
  for (const r of rules) if (!names.has(r.name)) names.set(r.name, r)
  return {
    target: ruleSet.target,
    rules,
    excluded,
    predicates,
    byName: (name) => names.get(name)
  }
}

/** The intervals of an IP list; null when an entry is invalid. */
function intervals(list: readonly string[] | undefined) {
  if (!list) return undefined
  const out: (IpInterval & { entry: string })[] = []
  for (const entry of list) {
    const parsed = parseIpEntry(entry)
    if (!parsed.ok) return null
    out.push({ family: parsed.family, lo: parsed.lo, hi: parsed.hi, entry })
  }
  return out
}

/** A connection, as `Test-ClientAccessRule` and the `Tests` block describe one. */
export interface Connection {
  protocol: Protocol
  authenticationType?: AuthenticationType
  /** A parsed address; undefined = unknown (no IP condition matches, no IP exception holds). */
  address?: { family: Family; value: bigint }
  username?: string
  user?: Recipient
  middleTier?: boolean
}

/** Why an earlier rule did not decide a connection. */
export interface Miss {
  rule: CompiledRule
  reason: 'disabled' | 'condition' | 'exception' | 'scope'
  /** The parameter that failed (condition) or held (exception). */
  parameter?: string
  /** The exception's entry that held, as the file writes it. */
  value?: string
}

export interface Decision {
  action: Action
  /** True when client access rules govern no connection of this protocol on the target (§3.7). */
  ungoverned?: true
  /** The deciding rule; undefined = no rule matched (allowed). */
  rule?: CompiledRule
  /** For every rule before the deciding one (or every rule), why it did not match. */
  misses: Miss[]
}

/** Parses a test's `RemoteAddress`. */
export function connectionAddress(text: string | undefined) {
  return text === undefined ? undefined : parseAddress(text)
}

const inIntervals = (
  list: readonly (IpInterval & { entry: string })[],
  a: { family: Family; value: bigint }
) => list.find((i) => i.family === a.family && a.value >= i.lo && a.value <= i.hi)

/** Whether a username predicate holds for a connection (absent username: no pattern matches). */
function userHolds(p: Predicate | 'always', username: string | undefined): boolean {
  if (username === undefined) return false
  return p === 'always' || p.text.some((pattern) => matchesPattern(pattern, username))
}

/** Whether an opaque predicate holds for a connection. */
export function predicateHolds(model: Model, id: number, c: Connection): boolean {
  const p = model.predicates[id]!
  if (p.kind === 'username') return userHolds(p, c.username)
  const rule = model.rules.find((r) => r.filter?.id === id)!
  return evaluateFilter(rule.filter!.root, c.user ?? {})
}

/** Why `rule` does not match `c`, or undefined when it matches. */
export function missOf(rule: CompiledRule, c: Connection): Miss | undefined {
  if (!rule.enabled) return { rule, reason: 'disabled' }
  // an authentication type means nothing to a protocol that takes no auth-type filter (§3.5)
  const auth =
    c.authenticationType && authTypesOf(c.protocol).length ? c.authenticationType : undefined
  const condition = (parameter: string): Miss => ({ rule, reason: 'condition', parameter })
  if (rule.protocols && !rule.protocols.has(c.protocol)) return condition('AnyOfProtocols')
  if (rule.auth && !(auth && rule.auth.has(auth))) return condition('AnyOfAuthenticationTypes')
  if (rule.ips && !(c.address && inIntervals(rule.ips, c.address)))
    return condition('AnyOfClientIPAddressesOrRanges')
  if (rule.users && !userHolds(rule.users, c.username))
    return condition('UsernameMatchesAnyOfPatterns')
  if (rule.filter && !evaluateFilter(rule.filter.root, c.user ?? {}))
    return condition('UserRecipientFilter')
  if (rule.scope === 'Users' && c.middleTier) return { rule, reason: 'scope', parameter: 'Scope' }
  const exception = (parameter: string, value: string): Miss => ({
    rule,
    reason: 'exception',
    parameter,
    value
  })
  if (rule.exceptProtocols.has(c.protocol)) return exception('ExceptAnyOfProtocols', c.protocol)
  if (auth && rule.exceptAuth.has(auth)) return exception('ExceptAnyOfAuthenticationTypes', auth)
  const ip = c.address && inIntervals(rule.exceptIps, c.address)
  if (ip) return exception('ExceptAnyOfClientIPAddressesOrRanges', ip.entry)
  if (rule.exceptUsers && userHolds(rule.exceptUsers, c.username)) {
    const p = rule.exceptUsers
    const hit =
      p === 'always'
        ? (rule.rule.exceptUsernameMatchesAnyOfPatterns ?? []).find(matchesEveryone)
        : p.text.find((pattern) => c.username !== undefined && matchesPattern(pattern, c.username))
    return exception('ExceptUsernameMatchesAnyOfPatterns', hit ?? '*')
  }
  return undefined
}

/** The concrete evaluator: the first enabled rule that matches decides; none = AllowAccess. */
export function evaluate(model: Model, c: Connection): Decision {
  if (!protocolsOf(model.target).includes(c.protocol)) {
    return { action: 'AllowAccess', ungoverned: true, misses: [] }
  }
  const misses: Miss[] = []
  for (const rule of model.rules) {
    const miss = missOf(rule, c)
    if (!miss) return { action: rule.action, rule, misses }
    misses.push(miss)
  }
  return { action: 'AllowAccess', misses }
}
