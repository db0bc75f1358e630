import { display } from '../engine/display.js'
import { SERVER_AUTH_TYPES, SERVER_PROTOCOLS } from '../model/constants.js'
import { defineCheck } from './define.js'

/**
 * In Exchange Server 2019 and Subscription Edition, client access rules govern only the Exchange
 * admin center and remote PowerShell, and take only the authentication types Microsoft lists for
 * those two (EAC: AdfsAuthentication, BasicAuthentication; remote PowerShell: BasicAuthentication,
 * NonBasicAuthentication). Any other protocol or authentication type is an Exchange Online value
 * that the server does not support (§3.7). EXO308 leaves these entries to this check.
 * Source: https://learn.microsoft.com/exchange/clients/client-access-rules/client-access-rules
 * ("Client Access Rules in Exchange 2019").
 */
export default defineCheck({
  id: 'EXO310',
  slug: 'target-unsupported',
  title: 'Use only what Exchange Server supports on an ExchangeServer target',
  category: 'values',
  severity: 'error',
  scope: 'ruleset',
  messages: {
    protocol:
      'Rule "{{rule}}" names the protocol "{{value}}", which client access rules in Exchange Server do not support; they govern only "ExchangeAdminCenter" and "RemotePowerShell".',
    authType:
      'Rule "{{rule}}" names the authentication type "{{value}}", which client access rules in Exchange Server do not support; they take only "AdfsAuthentication" and "BasicAuthentication" (ExchangeAdminCenter) and "BasicAuthentication" and "NonBasicAuthentication" (RemotePowerShell).'
  },
  run(ctx) {
    if (ctx.ruleSet.target !== 'ExchangeServer') return
    for (const rule of ctx.ruleSet.clientAccessRules) {
      const name = display(rule.name)
      const protocols = [
        ['AnyOfProtocols', rule.anyOfProtocols],
        ['ExceptAnyOfProtocols', rule.exceptAnyOfProtocols]
      ] as const
      for (const [list, values] of protocols) {
        values?.forEach((value, i) => {
          if (SERVER_PROTOCOLS.includes(value)) return
          ctx.report({
            at: `${rule.pointer}/${list}/${i}`,
            messageId: 'protocol',
            data: { rule: name, value }
          })
        })
      }
      const authTypes = [
        ['AnyOfAuthenticationTypes', rule.anyOfAuthenticationTypes],
        ['ExceptAnyOfAuthenticationTypes', rule.exceptAnyOfAuthenticationTypes]
      ] as const
      for (const [list, values] of authTypes) {
        values?.forEach((value, i) => {
          if (SERVER_AUTH_TYPES.includes(value)) return
          ctx.report({
            at: `${rule.pointer}/${list}/${i}`,
            messageId: 'authType',
            data: { rule: name, value }
          })
        })
      }
    }
  }
})
