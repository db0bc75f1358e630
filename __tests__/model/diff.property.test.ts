import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  authTypesOf,
  protocolsOf,
  type AccessLevel,
  type AuthenticationType,
  type Characteristic,
  type Protocol,
  type Target
} from '../../src/model/constants.js'
import {
  cover,
  diffRuleSets,
  type AccessChange,
  type DiffPredicate,
  type DiffRegion
} from '../../src/model/diff.js'
import { parseAddress, type Family } from '../../src/model/ip.js'
import { buildModel, evaluate, type Connection } from '../../src/model/model.js'
import { evaluateFilter, parseFilter } from '../../src/model/opath.js'
import type { ClientAccessRule, DeviceAccessRule, RuleSet } from '../../src/model/ruleset.js'
import { matchesPattern } from '../../src/model/wildcard.js'
import {
  ADDRESSES,
  IP_ENTRIES,
  maybe,
  PROTOCOLS,
  RULE_FIELDS,
  subset,
  USERNAMES,
  USERS
} from './arbitraries.js'

/**
 * The diff must agree with the concrete evaluator: for random pairs of rule sets (unrelated, or
 * one derived from the other by the edits reviews see) and random complete connections, the
 * decision or the deciding rule (by name) of the two versions differ exactly when the connection
 * lies in a reported change, region and predicate condition together; that change then names the
 * two decisions and rules the evaluator finds, and no connection lies in two changes.
 * The values come from arbitraries.ts, shared with symbolic.property.test.ts.
 */

const SEED = 8
const RUNS = 700

const NAMES = ['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7']
type RuleFields = Omit<ClientAccessRule, 'index' | 'pointer'>

const ruleArb: fc.Arbitrary<RuleFields> = fc
  .record({
    name: fc.constantFrom(...NAMES),
    ...RULE_FIELDS
  })
  .map((r) => {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(r)) if (v !== undefined) out[k] = v
    return out as unknown as RuleFields
  })

const deviceArb = fc.record({
  characteristic: fc.constantFrom<Characteristic>('DeviceType', 'DeviceModel', 'UserAgent'),
  queryString: fc.constantFrom('Outlook', 'OUTLOOK', 'iPhone', 'Android'),
  accessLevel: fc.constantFrom<AccessLevel>('Allow', 'Block', 'Quarantine')
})

interface Version {
  target: Target
  rules: RuleFields[]
  devices: Omit<DeviceAccessRule, 'index' | 'pointer'>[]
  defaultAccessLevel?: AccessLevel
}

const versionArb: fc.Arbitrary<Version> = fc.record(
  {
    target: fc.constantFrom<Target>('ExchangeOnline', 'ExchangeOnline', 'ExchangeServer'),
    rules: fc.array(ruleArb, { minLength: 0, maxLength: 7 }),
    devices: fc.array(deviceArb, { maxLength: 4 }),
    defaultAccessLevel: fc.constantFrom<AccessLevel>('Allow', 'Block', 'Quarantine')
  },
  { requiredKeys: ['target', 'rules', 'devices'] }
)

/** The edits a review sees: one version derived from the other. */
const editArb = (v: Version): fc.Arbitrary<Version> => {
  const n = v.rules.length
  const index = fc.nat({ max: Math.max(0, n - 1) })
  const edits: fc.Arbitrary<(v: Version) => Version>[] = [
    ruleArb.map((r) => (x: Version) => ({ ...x, rules: [...x.rules, r] })),
    fc.tuple(index, ruleArb).map(([i, r]) => (x: Version) => {
      const rules = [...x.rules]
      rules.splice(i, 0, r)
      return { ...x, rules }
    }),
    fc.constant((x: Version) => x)
  ]
  if (n > 0) {
    edits.push(
      index.map((i) => (x: Version) => ({ ...x, rules: x.rules.filter((_, k) => k !== i) })),
      fc.tuple(index, index).map(([i, j]) => (x: Version) => {
        const rules = [...x.rules]
        ;[rules[i], rules[j]] = [rules[j]!, rules[i]!]
        return { ...x, rules }
      }),
      fc.tuple(index, ruleArb).map(([i, r]) => (x: Version) => ({
        ...x,
        rules: x.rules.map((old, k) => (k === i ? { ...r, name: old.name } : old))
      })),
      index.map((i) => (x: Version) => ({
        ...x,
        rules: x.rules.map((r, k) =>
          k === i ? { ...r, action: r.action === 'AllowAccess' ? 'DenyAccess' : 'AllowAccess' } : r
        )
      })),
      index.map((i) => (x: Version) => ({
        ...x,
        rules: x.rules.map((r, k) => (k === i ? { ...r, enabled: !r.enabled } : r))
      })),
      fc.tuple(index, fc.integer({ min: 0, max: 5 })).map(([i, p]) => (x: Version) => ({
        ...x,
        rules: x.rules.map((r, k) => (k === i ? { ...r, priority: p } : r))
      })),
      fc.tuple(index, maybe(subset(IP_ENTRIES), 1)).map(([i, ips]) => (x: Version) => ({
        ...x,
        rules: x.rules.map((r, k) => {
          if (k !== i) return r
          const out = { ...r }
          if (ips) out.exceptAnyOfClientIPAddressesOrRanges = ips
          else delete out.exceptAnyOfClientIPAddressesOrRanges
          return out
        })
      }))
    )
  }
  const deviceEdits: fc.Arbitrary<(v: Version) => Version>[] = [
    deviceArb.map((d) => (x: Version) => ({ ...x, devices: [...x.devices, d] })),
    fc
      .constantFrom<AccessLevel | undefined>('Allow', 'Block', 'Quarantine', undefined)
      .map((l) => (x: Version) => ({ ...x, defaultAccessLevel: l })),
    fc.constant((x: Version) => ({ ...x, devices: x.devices.slice(1) }))
  ]
  return fc
    .tuple(fc.array(fc.oneof(...edits), { minLength: 1, maxLength: 3 }), fc.oneof(...deviceEdits))
    .map(([list, device]) => device(list.reduce((x, f) => f(x), v)))
}

/** A version as a rule set; undefined stands for a file that does not exist. */
function toRuleSet(v: Version | undefined): RuleSet | undefined {
  if (!v) return undefined
  const set: RuleSet = {
    target: v.target,
    targetExplicit: true,
    hasClientAccessRules: true,
    clientAccessRules: v.rules.map((r, index) => ({
      ...r,
      index,
      pointer: `/ClientAccessRules/${index}`
    })),
    deviceAccessRules: v.devices.map((d, index) => ({
      ...d,
      index,
      pointer: `/ActiveSyncDeviceAccessRules/${index}`
    })),
    tests: []
  }
  if (v.defaultAccessLevel) set.defaultAccessLevel = v.defaultAccessLevel
  return set
}

const pairArb: fc.Arbitrary<[Version | undefined, Version | undefined]> = fc.oneof(
  { weight: 3, arbitrary: versionArb.chain((v) => fc.tuple(fc.constant(v), editArb(v))) },
  { weight: 2, arbitrary: fc.tuple(versionArb, versionArb) },
  { weight: 1, arbitrary: versionArb.map((v) => [undefined, v] as [undefined, Version]) },
  { weight: 1, arbitrary: versionArb.map((v) => [v, undefined] as [Version, undefined]) }
)

const randomV4 = fc
  .bigInt({ min: 0n, max: (1n << 32n) - 1n })
  .map((value) => ({ family: 4 as const, value }))
const randomV6 = fc
  .bigInt({ min: 0n, max: (1n << 128n) - 1n })
  .map((value) => ({ family: 6 as const, value }))
const addressArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ADDRESSES).map((a) => parseAddress(a)!) },
  { weight: 1, arbitrary: randomV4 },
  { weight: 1, arbitrary: randomV6 }
)

type Complete = Connection & { address: { family: Family; value: bigint }; username: string }

/** A complete connection: a protocol of either target and an auth type that protocol filters on. */
const connectionArb = (protocols: readonly Protocol[]): fc.Arbitrary<Complete> =>
  fc
    .record({
      protocol: fc.constantFrom(...protocols),
      authPick: fc.nat(),
      address: addressArb,
      username: fc.constantFrom(...USERNAMES),
      user: fc.constantFrom(...USERS),
      middleTier: fc.boolean()
    })
    .map(({ protocol, authPick, ...rest }) => {
      const auths = authTypesOf(protocol)
      const authenticationType: AuthenticationType | undefined = auths.length
        ? auths[authPick % auths.length]
        : undefined
      return { protocol, authenticationType, ...rest }
    })

const scenario = pairArb.chain(([a, b]) => {
  const protocols = PROTOCOLS.filter(
    (p) => (a && protocolsOf(a.target).includes(p)) || (b && protocolsOf(b.target).includes(p))
  )
  return fc.tuple(
    fc.constant([a, b] as const),
    fc.array(connectionArb(protocols), { minLength: 1, maxLength: 8 })
  )
})

/** Whether a predicate of the diff holds for a complete connection. */
function holds(p: DiffPredicate, c: Complete): boolean {
  if (p.kind === 'username') return p.text.some((pattern) => matchesPattern(pattern, c.username))
  const parsed = parseFilter(p.text[0]!)
  if (!parsed.ok) throw new Error('the generators only write valid filters')
  return evaluateFilter(parsed.root, c.user ?? {})
}

const inRange = (r: { family: Family; first: string; last: string }, c: Complete) =>
  r.family === c.address.family &&
  parseAddress(r.first)!.value <= c.address.value &&
  c.address.value <= parseAddress(r.last)!.value

/** Whether a complete connection lies in a region, condition included. */
export function inRegion(region: DiffRegion, c: Complete): boolean {
  if (!region.protocols.includes(c.protocol)) return false
  if (
    region.authenticationTypes !== 'any' &&
    !(c.authenticationType && region.authenticationTypes.includes(c.authenticationType))
  )
    return false
  if (region.middleTier !== 'any' && region.middleTier !== c.middleTier) return false
  const inAddresses = region.addresses === 'anywhere' || region.addresses.some((r) => inRange(r, c))
  // the complement form says the same, in fewer ranges
  if (region.except && inAddresses === region.except.some((r) => inRange(r, c)))
    expect.fail(`"${region.addressText}" disagrees with its ranges`)
  if (!inAddresses) return false
  return region.condition.anyOf.some((cube) => cube.every((t) => holds(t.predicate, c) === t.holds))
}

describe('the diff agrees with the concrete evaluator', () => {
  it('reports a change exactly where the decision or the deciding rule differs', () => {
    let changed = 0
    fc.assert(
      fc.property(scenario, ([[a, b], connections]) => {
        const base = toRuleSet(a)
        const head = toRuleSet(b)
        const diff = diffRuleSets(base, head)
        expect(diff.unknown).toEqual([])
        const oldModel = buildModel(base ?? { ...head!, clientAccessRules: [] })
        const newModel = buildModel(head ?? { ...base!, clientAccessRules: [] })
        // besides the random connections, some inside each reported change: its first address,
        // each protocol, and every username and recipient the generators use
        const witnesses = diff.changes.flatMap((ch) => {
          const r = ch.region
          const first = r.addresses === 'anywhere' ? undefined : r.addresses[0]
          const address = first ? parseAddress(first.first)! : parseAddress('198.51.100.1')!
          const protocol = r.protocols[r.protocols.length - 1]!
          const auth = authTypesOf(protocol).find(
            (t) => r.authenticationTypes === 'any' || r.authenticationTypes.includes(t)
          )
          return USERNAMES.flatMap((username) =>
            USERS.map((user): Complete => ({
              protocol,
              authenticationType: auth,
              address,
              username,
              user,
              middleTier: r.middleTier === true
            }))
          )
            .filter((c) => inRegion(r, c))
            .slice(0, 2)
        })
        for (const c of [...connections, ...witnesses]) {
          const before = evaluate(oldModel, c)
          const after = evaluate(newModel, c)
          const differs = before.action !== after.action || before.rule?.name !== after.rule?.name
          const hits: AccessChange[] = diff.changes.filter((ch) => inRegion(ch.region, c))
          if (hits.length > 1 || (hits.length === 1) !== differs) {
            expect.fail(
              `${differs ? 'a' : 'no'} change expected, ${hits.length} found: ` +
                hits.map((h) => h.text).join('; ')
            )
          }
          const hit = hits[0]
          if (!hit) continue
          changed++
          const kind =
            before.action === after.action
              ? 'reassigns'
              : after.action === 'AllowAccess'
                ? 'opens'
                : 'closes'
          const seen = [
            hit.kind,
            hit.old.action,
            hit.new.action,
            hit.old.rule?.name,
            hit.new.rule?.name
          ]
          const want = [kind, before.action, after.action, before.rule?.name, after.rule?.name]
          if (seen.join() !== want.join()) expect(seen).toEqual(want)
        }
      }),
      { seed: SEED, numRuns: RUNS }
    )
    // the generators must reach the interesting case often
    expect(changed).toBeGreaterThan(RUNS / 10)
  })

  it('orders opens, then closes, then reassigns, and flags admin openings', () => {
    fc.assert(
      fc.property(pairArb, ([a, b]) => {
        const diff = diffRuleSets(toRuleSet(a), toRuleSet(b))
        const rank = { opens: 0, closes: 1, reassigns: 2 }
        const ranks = diff.changes.map((c) => rank[c.kind])
        expect(ranks).toEqual([...ranks].sort((x, y) => x - y))
        for (const c of diff.changes) {
          expect(c.adminOpened).toBe(
            c.kind === 'opens' &&
              c.region.protocols.some(
                (p) => p === 'RemotePowerShell' || p === 'ExchangeAdminCenter'
              )
          )
        }
        // the same version on both sides changes nothing
        expect(diffRuleSets(toRuleSet(a ?? b), toRuleSet(a ?? b)).changes).toEqual([])
      }),
      { seed: SEED + 1, numRuns: RUNS }
    )
  })

  it('reports a device change exactly where the level a device gets changes', () => {
    // a device matched by at most one key on each side: its level is the key's (or the default)
    const queries = ['outlook', 'iphone', 'android']
    const characteristics: Characteristic[] = ['DeviceType', 'DeviceModel', 'UserAgent']
    fc.assert(
      fc.property(pairArb, ([a, b]) => {
        const diff = diffRuleSets(toRuleSet(a), toRuleSet(b))
        const levelsOf = (v: Version | undefined, c: Characteristic, q: string | undefined) => {
          const rules = (v?.devices ?? []).filter(
            (d) => q !== undefined && d.characteristic === c && d.queryString.toLowerCase() === q
          )
          if (rules.length) return [...new Set(rules.map((r) => r.accessLevel))].sort().join()
          return `default:${v?.defaultAccessLevel ?? 'Allow'}`
        }
        for (const c of characteristics) {
          for (const q of [...queries, undefined]) {
            const before = levelsOf(a, c, q)
            const after = levelsOf(b, c, q)
            // a key no rule of either version names: those devices are the unmatched ones
            if (q !== undefined && before.startsWith('default:') && after.startsWith('default:'))
              continue
            const reported = diff.devices.filter((d) =>
              q === undefined
                ? d.devices === 'unmatched'
                : d.devices !== 'unmatched' &&
                  d.devices.characteristic === c &&
                  d.devices.queryString.toLowerCase() === q
            )
            // with no key, the unmatched devices: a change of the default level
            expect(reported.length, `${c} ${q}`).toBe(before === after ? 0 : 1)
          }
        }
      }),
      { seed: SEED + 2, numRuns: RUNS }
    )
  })

  it('covers a set of assignments exactly, with disjoint cubes, one term when one pin suffices', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 6 })
          .chain((bits) =>
            fc.tuple(fc.constant(bits), fc.uniqueArray(fc.nat({ max: (1 << bits) - 1 })))
          ),
        ([bits, members]) => {
          const cubes = cover(members, bits)
          const inCube = (m: number, cube: [number, boolean][]) =>
            cube.every(([b, v]) => (((m >> b) & 1) === 1) === v)
          for (let m = 0; m < 1 << bits; m++) {
            const hits = cubes.filter((c) => inCube(m, c)).length
            expect(hits).toBe(members.includes(m) ? 1 : 0)
          }
          const half = (b: number, v: boolean) =>
            members.length === 1 << (bits - 1) && members.every((m) => inCube(m, [[b, v]]))
          for (let b = 0; b < bits; b++) {
            for (const v of [true, false]) if (half(b, v)) expect(cubes).toEqual([[[b, v]]])
          }
        }
      ),
      { seed: SEED + 3, numRuns: RUNS }
    )
  })
})
