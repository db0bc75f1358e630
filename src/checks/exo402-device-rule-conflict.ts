import { display } from '../engine/display.js'
import type { DeviceAccessRule } from '../model/ruleset.js'
import { defineCheck } from './define.js'

/**
 * A device access rule has no name of its own: Exchange derives its identity from the query string
 * and the characteristic ("Outlook (DeviceType)"), so two rules with the same pair cannot both be
 * created, and only `AccessLevel` can change afterwards. A file holding both describes a state
 * Exchange cannot reach; with different levels, whichever one is applied, the other intent is lost
 * (§6.1, §6.4, §9.18). Query strings compare case-insensitively, as Exchange identities do.
 * Source: https://learn.microsoft.com/powershell/module/exchangepowershell/new-activesyncdeviceaccessrule
 */
export default defineCheck({
  id: 'EXO402',
  slug: 'device-rule-conflict',
  title: 'Give each device characteristic and query string one rule',
  category: 'mobile',
  severity: 'error',
  severities: ['error', 'warning'],
  scope: 'ruleset',
  messages: {
    conflict:
      'Device access rule "{{query}} ({{characteristic}})" sets "{{level}}", but the earlier rule "{{otherQuery}} ({{characteristic}})" (index {{otherIndex}}, line {{otherLine}}) sets "{{otherLevel}}" for the same characteristic and query string; Exchange cannot keep both, so decide on one level.',
    duplicate:
      'Device access rule "{{query}} ({{characteristic}})" repeats the earlier rule "{{otherQuery}} ({{characteristic}})" (index {{otherIndex}}, line {{otherLine}}) with the same level "{{level}}"; Exchange cannot create both, so remove one.'
  },
  run(ctx) {
    const first = new Map<string, DeviceAccessRule>()
    for (const rule of ctx.ruleSet.deviceAccessRules) {
      const key = `${rule.characteristic}\u0000${rule.queryString.toLowerCase()}`
      const other = first.get(key)
      if (!other) {
        first.set(key, rule)
        continue
      }
      const same = other.accessLevel === rule.accessLevel
      const data: Record<string, string | number> = {
        query: display(rule.queryString),
        characteristic: rule.characteristic,
        level: rule.accessLevel,
        otherIndex: other.index,
        otherQuery: display(other.queryString),
        otherLine: ctx.line(other.pointer + '/QueryString')
      }
      if (!same) data.otherLevel = other.accessLevel
      ctx.report({
        at: rule.pointer + '/QueryString',
        messageId: same ? 'duplicate' : 'conflict',
        severity: same ? 'warning' : 'error',
        data,
        related: [
          {
            at: other.pointer + '/QueryString',
            message: 'The earlier device access rule with the same characteristic and query string.'
          }
        ]
      })
    }
  }
})
