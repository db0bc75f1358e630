import { defineCheck } from './define.js'

/** Real parameters of New-ClientAccessRule that customers cannot use, and why (§1.3). */
export const UNSUPPORTED_PARAMETERS: Readonly<Record<string, string>> = Object.freeze({
  AnyOfSourceTcpPortNumbers: 'ports',
  ExceptAnyOfSourceTcpPortNumbers: 'ports',
  UserIsMemberOf: 'groups',
  ExceptUserIsMemberOf: 'groups',
  DatacenterAdminsOnly: 'datacenter'
})

/**
 * Exchange's cmdlets carry parameters "reserved for internal Microsoft use" (source ports, group
 * membership, DatacenterAdminsOnly) and DomainController, which only on-premises Exchange has.
 * A rule set that names them cannot be applied; the finding says what to use instead.
 * Sources: https://learn.microsoft.com/powershell/module/exchangepowershell/new-clientaccessrule
 * and office-docs-powershell issue 1706 (no group conditions for customers).
 */
export default defineCheck({
  id: 'EXO004',
  slug: 'unsupported-parameter',
  title: 'Use only the parameters customers can set',
  category: 'document',
  severity: 'error',
  scope: 'ruleset',
  messages: {
    ports:
      '"{{property}}" is reserved for internal Microsoft use (Exchange 2013 only); client access rules cannot filter on source ports.',
    groups:
      '"{{property}}" is reserved for internal Microsoft use; scope users with "UserRecipientFilter" or "UsernameMatchesAnyOfPatterns" instead.',
    datacenter:
      '"{{property}}" is reserved for internal Microsoft use and cannot be set; remove it.',
    domainController:
      '"DomainController" exists only in on-premises Exchange, but the target is "ExchangeOnline"{{assumed}}; remove it or set "Target" to "ExchangeServer".'
  },
  run(ctx) {
    if (ctx.ruleSet.target !== 'ExchangeOnline') return
    for (const rule of ctx.ruleSet.clientAccessRules) {
      if (rule.domainController === undefined) continue
      ctx.report({
        at: rule.pointer + '/DomainController',
        target: 'key',
        messageId: 'domainController',
        data: { assumed: ctx.ruleSet.targetExplicit ? '' : ' (assumed: no "Target" is set)' }
      })
    }
  }
})
