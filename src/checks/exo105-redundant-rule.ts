import { defineCheck } from './define.js'
import { RULES_NAMED, ruleList } from './util/rules.js'
import { forEachHiddenRule } from './util/shadow.js'

/**
 * A rule whose connections are all decided first by earlier rules with the same action never takes
 * effect (§3.2): removing it changes nothing today, and it misleads whoever edits the earlier rules
 * later. A rule that decides connections of its own is never redundant, even where the default
 * would allow them anyway (an allow rule placed as a guard is deliberate).
 * Source: https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/client-access-rules/client-access-rules#how-client-access-rules-are-evaluated
 */
export default defineCheck({
  id: 'EXO105',
  slug: 'redundant-rule',
  title: 'Every rule should take effect',
  category: 'ordering',
  severity: 'warning',
  scope: 'ruleset',
  messages: {
    redundant:
      'Rule "{{rule}}" never takes effect: every connection it matches is decided first by {{earlier}} with the same action "{{action}}"; remove it or narrow the earlier rule.'
  },
  run(ctx) {
    forEachHiddenRule(ctx, (rule, earlier, data) => {
      if (earlier.some((r) => r.action !== rule.action)) return
      ctx.report({
        at: rule.rule.pointer + '/Name',
        messageId: 'redundant',
        data: { ...data, earlier: ruleList(ctx, earlier) },
        related: earlier.slice(0, RULES_NAMED).map((r) => ({
          at: r.rule.pointer + '/Name',
          message: 'An earlier rule that decides some of these connections with the same action.'
        }))
      })
    })
  }
})
