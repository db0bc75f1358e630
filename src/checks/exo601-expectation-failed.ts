import { display } from '../engine/display.js'
import { connectionAddress, evaluate, type Decision } from '../model/model.js'
import type { ClientAccessRule, Expectation } from '../model/ruleset.js'
import type { CheckContext } from './define.js'
import { defineCheck } from './define.js'
import { ruleRef } from './util/rules.js'

const VERB = { AllowAccess: 'allows', DenyAccess: 'denies' } as const

/** `rule "X" (line N) denies it` or `no rule matches, so it is allowed`. */
function outcome(ctx: CheckContext, d: Decision): string {
  return d.rule
    ? `rule ${ruleRef(ctx, d.rule)} ${VERB[d.action]} it`
    : 'no rule matches, so it is allowed'
}

const label = (t: Expectation) => (t.name === undefined ? `Tests[${t.index}]` : display(t.name))

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * The pointer of the first client access rule the schema rejected (the list itself when it is not
 * a list or is rejected as a whole), else undefined. Such a rule is missing from the model, so
 * evaluating the tests without it would report mismatches that are not there.
 */
function firstInvalidRule(ctx: CheckContext): string | undefined {
  const doc = ctx.value
  if (!isObj(doc) || !Object.hasOwn(doc, 'ClientAccessRules')) return undefined
  const list = doc.ClientAccessRules
  if (!Array.isArray(list)) return '/ClientAccessRules'
  if (list.length === 0) return undefined
  if (ctx.schemaError('/ClientAccessRules')) return '/ClientAccessRules'
  const valid = new Set(ctx.ruleSet.clientAccessRules.map((r) => r.index))
  const index = list.findIndex((_, i) => !valid.has(i))
  return index < 0 ? undefined : `/ClientAccessRules/${index}`
}

/**
 * A rule set's `Tests` say which connections must be allowed or denied and, optionally, by which
 * rule; the gate evaluates each with the same evaluator as `exo-access-gate test` (the offline
 * Test-ClientAccessRule), so a change that breaks an expectation fails the pull request.
 * Source: https://learn.microsoft.com/powershell/module/exchangepowershell/test-clientaccessrule
 */
export default defineCheck({
  id: 'EXO601',
  slug: 'expectation-failed',
  title: 'Every expectation in Tests must hold',
  category: 'expectations',
  severity: 'error',
  scope: 'ruleset',
  messages: {
    decision: 'Test "{{test}}": expected "{{expected}}" but {{outcome}}.',
    rule: 'Test "{{test}}": expected rule "{{expected}}" (line {{line}}) to decide it but {{outcome}}.',
    noRule: 'Test "{{test}}": expected no rule to decide it but {{outcome}}.',
    unknownRule:
      'Test "{{test}}": "ExpectRule" names "{{expected}}", which is not a rule of this file.',
    badAddress:
      'Test "{{test}}": "RemoteAddress" "{{address}}" is not a single IPv4 or IPv6 address.',
    excluded:
      'Test "{{test}}" was not evaluated because rule "{{rule}}" (line {{line}}) has an invalid IP entry or filter; fix that first.',
    invalidRule:
      'Test "{{test}}" was not evaluated because the client access rule at line {{line}} is not valid; fix that first.'
  },
  run(ctx) {
    const { model, ruleSet } = ctx
    if (!ruleSet.tests.length) return
    const byName = new Map<string, ClientAccessRule>()
    for (const r of ruleSet.clientAccessRules) {
      if (!byName.has(r.name.toLowerCase())) byName.set(r.name.toLowerCase(), r)
    }
    const invalid = firstInvalidRule(ctx)
    for (const t of ruleSet.tests) {
      const test = label(t)
      const expectRule = typeof t.expectRule === 'string' ? t.expectRule : undefined
      const expected = expectRule === undefined ? undefined : byName.get(expectRule.toLowerCase())
      // with a rule missing from the model, "not a rule of this file" may be wrong: say invalidRule
      if (expectRule !== undefined && !expected && !invalid) {
        ctx.report({
          at: t.pointer + '/ExpectRule',
          messageId: 'unknownRule',
          data: { test, expected: display(expectRule) }
        })
        continue
      }
      const address = connectionAddress(t.remoteAddress)
      if (t.remoteAddress !== undefined && !address) {
        ctx.report({
          at: t.pointer + '/RemoteAddress',
          messageId: 'badAddress',
          data: { test, address: display(t.remoteAddress) }
        })
        continue
      }
      if (invalid) {
        ctx.report({
          at: t.pointer + '/Expect',
          messageId: 'invalidRule',
          data: { test, line: ctx.line(invalid) }
        })
        continue
      }
      const excluded = model.excluded[0]
      if (excluded) {
        ctx.report({
          at: t.pointer + '/Expect',
          messageId: 'excluded',
          data: { test, rule: display(excluded.name), line: ctx.line(excluded.pointer + '/Name') }
        })
        continue
      }
      const d = evaluate(model, {
        protocol: t.protocol,
        authenticationType: t.authenticationType,
        address,
        username: t.username,
        user: t.user,
        middleTier: t.middleTier
      })
      if (d.action !== t.expect) {
        ctx.report({
          at: t.pointer + '/Expect',
          messageId: 'decision',
          data: { test, expected: t.expect, outcome: outcome(ctx, d) }
        })
      } else if (t.expectRule === null && d.rule) {
        ctx.report({
          at: t.pointer + '/ExpectRule',
          messageId: 'noRule',
          data: { test, outcome: outcome(ctx, d) }
        })
      } else if (
        expectRule !== undefined &&
        expected &&
        // by name, not identity: with a duplicate name (EXO102) either rule is the one meant
        d.rule?.name.toLowerCase() !== expected.name.toLowerCase()
      ) {
        ctx.report({
          at: t.pointer + '/ExpectRule',
          messageId: 'rule',
          data: {
            test,
            expected: display(expectRule),
            line: ctx.line(expected.pointer + '/Name'),
            outcome: outcome(ctx, d)
          }
        })
      }
    }
  }
})
