import { defineCheck } from './define.js'
import type { CompiledRule } from '../model/model.js'
import { RULES_NAMED, ruleList } from './util/rules.js'
import { forEachHiddenRule } from './util/shadow.js'

/**
 * The first matching rule wins and evaluation stops (§3.2). Microsoft's own example: "Block OWA"
 * followed by "Allow OWA from an IP range" still blocks everyone, because the block decides those
 * connections first; the fix is an exception on the first rule. A rule that can match connections
 * but decides none of them, while an earlier rule with the other action decides some, is shadowed.
 * Source: https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/client-access-rules/client-access-rules#how-client-access-rules-are-evaluated
 */
export default defineCheck({
  id: 'EXO103',
  slug: 'shadowed-rule',
  title: 'A rule must not be hidden behind a rule with the opposite action',
  category: 'ordering',
  severity: 'error',
  scope: 'ruleset',
  messages: {
    shadowed:
      'Rule "{{rule}}" ({{action}}) never takes effect: every connection it matches is decided first by {{earlier}}; add it as an exception to {{opposite}} instead.'
  },
  run(ctx) {
    forEachHiddenRule(ctx, (rule, earlier, data) => {
      // the exception belongs on every earlier rule that decides these connections the other way
      const opposite = earlier.filter((r) => r.action !== rule.action)
      if (!opposite.length) return
      ctx.report({
        at: rule.rule.pointer + '/Name',
        messageId: 'shadowed',
        data: { ...data, earlier: ruleList(ctx, earlier), opposite: ruleList(ctx, opposite) },
        // the rules the message names (a file of thousands of rules must not relate them all)
        related: named(earlier, opposite).map((r) => ({
          at: r.rule.pointer + '/Name',
          message:
            r.action === rule.action
              ? 'An earlier rule that decides some of these connections with the same action.'
              : 'An earlier rule that decides some of these connections with the other action.'
        }))
      })
    })
  }
})

/** The rules the message names, in evaluation order: the first few of each list. */
function named(earlier: CompiledRule[], opposite: CompiledRule[]): CompiledRule[] {
  const shown = new Set([...earlier.slice(0, RULES_NAMED), ...opposite.slice(0, RULES_NAMED)])
  return earlier.filter((r) => shown.has(r))
}
