import { display } from '../engine/display.js'
import type { ClientAccessRule } from '../model/ruleset.js'
import { defineCheck } from './define.js'

/**
 * No two client access rules may share a `Priority`: setting a rule to a value another rule holds
 * inserts it there and silently pushes that rule and every later one down by one (§1.4), so a file
 * with a repeated priority does not say which of the two runs first once it is applied. The gate
 * evaluates ties in file order, but Exchange's result depends on the order the rules are written.
 * Source: https://learn.microsoft.com/powershell/module/exchangepowershell/new-clientaccessrule
 * (the Priority parameter).
 */
export default defineCheck({
  id: 'EXO101',
  slug: 'duplicate-priority',
  title: 'Give each client access rule its own priority',
  category: 'ordering',
  severity: 'error',
  scope: 'ruleset',
  messages: {
    duplicatePriority:
      'Rule "{{rule}}" has priority "{{priority}}", the same as the earlier rule "{{other}}" (line {{otherLine}}); Exchange would silently renumber one of them, so give each rule its own priority.'
  },
  run(ctx) {
    const first = new Map<number, ClientAccessRule>()
    for (const rule of ctx.ruleSet.clientAccessRules) {
      if (rule.priority === undefined) continue
      const other = first.get(rule.priority)
      if (!other) {
        first.set(rule.priority, rule)
        continue
      }
      ctx.report({
        at: rule.pointer + '/Priority',
        messageId: 'duplicatePriority',
        data: {
          rule: display(rule.name),
          priority: rule.priority,
          other: display(other.name),
          otherLine: ctx.line(other.pointer + '/Priority')
        },
        related: [
          { at: other.pointer + '/Priority', message: 'The earlier rule with the same priority.' }
        ]
      })
    }
  }
})
