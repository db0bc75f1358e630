import { defineCheck } from './define.js'

/**
 * Microsoft retired client access rules for every Exchange Online organisation on 2025-09-01
 * (§7): they can no longer be created or applied there, and Microsoft's replacement is
 * Conditional Access with Continuous Access Evaluation. A file whose client access rules target
 * Exchange Online therefore describes protection that does not exist. Exchange Server 2019 and
 * Subscription Edition keep client access rules, and ActiveSync device access rules are still
 * supported in Exchange Online, so neither triggers this check.
 * Source: https://techcommunity.microsoft.com/blog/exchange/update-on-client-access-rules-deprecation-in-exchange-online/4354809
 */
export default defineCheck({
  id: 'EXO501',
  slug: 'exchange-online-retired',
  title: 'Do not rely on client access rules in Exchange Online',
  category: 'target',
  severity: 'warning',
  scope: 'ruleset',
  messages: {
    retired:
      'Client access rules were retired in target "ExchangeOnline" on 2025-09-01 and cannot be applied there; move to Conditional Access with Continuous Access Evaluation (device access rules are still supported).',
    retiredAssumed:
      'No "Target" is set, so the gate assumed "ExchangeOnline", where client access rules were retired on 2025-09-01 and cannot be applied; set "Target" to "ExchangeServer" for Exchange Server, or move to Conditional Access with Continuous Access Evaluation (device access rules are still supported).'
  },
  run(ctx) {
    const { ruleSet } = ctx
    if (!ruleSet.hasClientAccessRules || ruleSet.target !== 'ExchangeOnline') return
    if (ruleSet.targetExplicit) {
      ctx.report({ at: '/Target', messageId: 'retired' })
      return
    }
    // A `Target` that failed the schema (a misspelt "ExchangeServer") is EXO003's finding alone:
    // the file names a target, the gate just cannot read it, so nothing was assumed.
    const doc = ctx.value
    if (typeof doc === 'object' && doc !== null && 'Target' in doc) return
    ctx.report({ at: '/ClientAccessRules', target: 'key', messageId: 'retiredAssumed' })
  }
})
