import { display } from '../engine/display.js'
import { defineCheck } from './define.js'

/**
 * `UniversalOutlook` (the Windows Mail and Calendar apps) is a valid protocol value of the cmdlets,
 * but Microsoft removed it from the conceptual page after a support case said it cannot be blocked,
 * and a later Microsoft change says client access rules can block Windows Mail with it.
 * `Test-ClientAccessRule -Protocol` does not take it, and `UsernameMatchesAnyOfPatterns` does not
 * work with it, so a rule naming it cannot be tested and may not do what it says (§9.6).
 * On an ExchangeServer target EXO310 reports it instead: Exchange Server has no such protocol.
 * Sources: https://learn.microsoft.com/powershell/module/exchangepowershell/new-clientaccessrule
 * and https://learn.microsoft.com/powershell/module/exchangepowershell/test-clientaccessrule
 */
export default defineCheck({
  id: 'EXO309',
  slug: 'universal-outlook',
  title: 'Do not rely on rules for the UniversalOutlook protocol',
  category: 'values',
  severity: 'warning',
  scope: 'ruleset',
  messages: {
    universalOutlook:
      'Rule "{{rule}}" names "UniversalOutlook" in "{{list}}": Microsoft\'s documents disagree on whether client access rules can block it, Test-ClientAccessRule does not accept it, and username patterns do not work with it.'
  },
  run(ctx) {
    if (ctx.ruleSet.target === 'ExchangeServer') return
    for (const rule of ctx.ruleSet.clientAccessRules) {
      const lists = [
        ['AnyOfProtocols', rule.anyOfProtocols],
        ['ExceptAnyOfProtocols', rule.exceptAnyOfProtocols]
      ] as const
      for (const [list, protocols] of lists) {
        protocols?.forEach((protocol, i) => {
          if (protocol !== 'UniversalOutlook') return
          ctx.report({
            at: `${rule.pointer}/${list}/${i}`,
            messageId: 'universalOutlook',
            data: { rule: display(rule.name), list }
          })
        })
      }
    }
  }
})
