import { display } from '../engine/display.js'
import { evaluationOrder } from '../model/model.js'
import { defineCheck } from './define.js'

/** How many rule names the message lists before it says how many more there are. */
const SHOWN_NAMES = 10

/**
 * A rule created without `-Priority` is appended after the existing rules (its default is the
 * number of rules, §1.4), so where it ends up depends on when it is created, not on where it
 * stands in the file. When only some rules of a file have a priority, the file does not fix the
 * order: the gate assumes the one of CHECKS.md ("Order": the rules with `Priority` ascending, ties
 * in file order, then the rest in file order) and says so, so that a reviewer can check it.
 * Source: https://learn.microsoft.com/powershell/module/exchangepowershell/new-clientaccessrule
 * (the Priority parameter).
 */
export default defineCheck({
  id: 'EXO106',
  slug: 'ambiguous-order',
  title: 'Set Priority on every client access rule or on none',
  category: 'ordering',
  severity: 'warning',
  scope: 'ruleset',
  messages: {
    ambiguousOrder:
      'Rule "{{rule}}" has no "Priority" while other rules have one, so the gate assumed the order {{order}} (rules with "Priority" ascending, then the others in file order); set "Priority" on every rule or on none.'
  },
  run(ctx) {
    const rules = ctx.ruleSet.clientAccessRules
    const without = rules.find((r) => r.priority === undefined)
    if (!without || rules.every((r) => r.priority === undefined)) return
    const names = evaluationOrder(rules).map((r) => `"${display(r.name)}"`)
    const more = names.length - SHOWN_NAMES
    const order =
      more > 0 ? `${names.slice(0, SHOWN_NAMES).join(', ')}, … and ${more} more` : names.join(', ')
    ctx.report({
      at: without.pointer + '/Name',
      messageId: 'ambiguousOrder',
      data: { rule: display(without.name), order }
    })
  }
})
