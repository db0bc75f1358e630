import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Analysis } from '../../src/model/analysis.js'
import {
  authTypesOf,
  protocolsOf,
  type AuthenticationType,
  type Target
} from '../../src/model/constants.js'
import { parseAddress } from '../../src/model/ip.js'
import {
  buildModel,
  evaluate,
  missOf,
  predicateHolds,
  type Connection
} from '../../src/model/model.js'
import type { ClientAccessRule, RuleSet } from '../../src/model/ruleset.js'
import { ADDRESSES, PROTOCOLS, RULE_FIELDS, USERNAMES, USERS } from './arbitraries.js'

/**
 * The symbolic model must agree with the concrete evaluator: for random rule sets and random
 * complete connections, the region holding the connection, read under the values its predicates
 * take, names the rule the evaluator finds; a rule the model calls unable to match never matches,
 * and a rule it says decides nothing never decides.
 */

const SEED = 20261124
const RUNS = 400

const ruleArb = fc.record(RULE_FIELDS)

const ruleSetArb = fc
  .record({
    target: fc.constantFrom<Target>('ExchangeOnline', 'ExchangeOnline', 'ExchangeServer'),
    rules: fc.array(ruleArb, { minLength: 1, maxLength: 7 })
  })
  .map(({ target, rules }): RuleSet => {
    const clientAccessRules = rules.map((r, index) => {
      const rule: ClientAccessRule = {
        index,
        pointer: `/ClientAccessRules/${index}`,
        name: `r${index}`,
        action: r.action,
        enabled: r.enabled
      }
      for (const [k, v] of Object.entries(r)) {
        if (v !== undefined && k !== 'action' && k !== 'enabled')
          (rule as unknown as Record<string, unknown>)[k] = v
      }
      return rule
    })
    return {
      target,
      targetExplicit: true,
      hasClientAccessRules: true,
      clientAccessRules,
      deviceAccessRules: [],
      tests: []
    }
  })

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

/** A complete connection for a target: a protocol it has and an auth type that protocol filters on. */
const connectionArb = (target: Target) =>
  fc
    .record({
      protocol: fc.constantFrom(...protocolsOf(target).filter((p) => PROTOCOLS.includes(p))),
      authPick: fc.nat(),
      address: addressArb,
      username: fc.constantFrom(...USERNAMES),
      user: fc.constantFrom(...USERS),
      middleTier: fc.boolean()
    })
    .map(
      ({
        protocol,
        authPick,
        ...rest
      }): Connection & { address: NonNullable<Connection['address']> } => {
        const auths = authTypesOf(protocol)
        const authenticationType: AuthenticationType | undefined = auths.length
          ? auths[authPick % auths.length]
          : undefined
        return { protocol, authenticationType, ...rest }
      }
    )

const scenario = ruleSetArb.chain((ruleSet) =>
  fc.tuple(
    fc.constant(ruleSet),
    fc.array(connectionArb(ruleSet.target), { minLength: 1, maxLength: 8 })
  )
)

describe('the symbolic model agrees with the concrete evaluator', () => {
  it('names the deciding rule of every complete connection', () => {
    fc.assert(
      fc.property(scenario, ([ruleSet, connections]) => {
        const model = buildModel(ruleSet)
        const analysis = new Analysis(model)
        for (const c of connections) {
          const concrete = evaluate(model, c).rule?.position ?? -1
          const region = analysis.locate(c)
          expect(region, 'every complete connection lies in a region').toBeDefined()
          const { outcome } = region!
          if (!outcome.deciders) continue
          let mask = 0
          outcome.preds.forEach((id, bit) => {
            if (predicateHolds(model, id, c)) mask |= 1 << bit
          })
          expect(outcome.deciders[mask]).toBe(concrete)
          // a connection the model says reaches a deny is denied
          const action = concrete < 0 ? 'AllowAccess' : model.rules[concrete]!.action
          expect(evaluate(model, c).action).toBe(action)
        }
      }),
      { seed: SEED, numRuns: RUNS }
    )
  })

  it('never lets a rule it calls unable to match or deciding nothing decide', () => {
    fc.assert(
      fc.property(scenario, ([ruleSet, connections]) => {
        const model = buildModel(ruleSet)
        const analysis = new Analysis(model)
        for (const rule of model.rules) {
          const can = analysis.canMatch(rule)
          const fate = analysis.fate(rule)
          for (const c of connections) {
            if (!can) expect(missOf(rule, c), `${rule.name} matched`).toBeDefined()
            if (!fate.unknown && !fate.decides) expect(evaluate(model, c).rule).not.toBe(rule)
          }
        }
      }),
      { seed: SEED + 1, numRuns: RUNS }
    )
  })
})
