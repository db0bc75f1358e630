import { display } from '../engine/display.js'
import { defineCheck } from './define.js'
import type { CompiledRule } from '../model/model.js'
import { allowBefore, denialOf, firstRuleFor, unknownFor } from './util/deny.js'

/**
 * A rule that blocks remote PowerShell removes the only way to fix the rules; in Exchange Online
 * the way back is a call to Microsoft support (§3.3). Microsoft's advice is a rule "Always Allow
 * Remote PowerShell" with `-AnyOfProtocols RemotePowerShell` at the highest priority. A safeguard
 * that is disabled, missing or placed after the deny rule does not count.
 * Source: https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/client-access-rules/client-access-rules#client-access-rules-and-remote-powershell
 */
export default defineCheck({
  id: 'EXO201',
  slug: 'missing-safeguard',
  title: 'Keep remote PowerShell open before any rule that denies it',
  category: 'safeguards',
  severity: 'error',
  scope: 'ruleset',
  messages: {
    missing:
      'Rule "{{rule}}" denies RemotePowerShell connections and no earlier AllowAccess rule can match RemotePowerShell, so admins lose the only way to repair the rules; add an AllowAccess rule with "AnyOfProtocols": ["RemotePowerShell"] at the highest priority.',
    missingMay:
      'Rule "{{rule}}" may deny RemotePowerShell connections (those of users who meet all its username and recipient-filter conditions and exceptions at once, if any do) and no earlier AllowAccess rule can match RemotePowerShell; add an AllowAccess rule with "AnyOfProtocols": ["RemotePowerShell"] at the highest priority.'
  },
  run(ctx) {
    const { analysis } = ctx
    const report = (d: CompiledRule, may: boolean) =>
      ctx.report({
        at: d.rule.pointer + '/Name',
        messageId: may ? 'missingMay' : 'missing',
        severity: may ? 'warning' : 'error',
        data: { rule: display(d.name) }
      })
    if (unknownFor(analysis, 'RemotePowerShell')) {
      const first = firstRuleFor(analysis, 'RemotePowerShell')
      if (first?.rule.action === 'DenyAccess') report(first.rule, first.may)
      return
    }
    const denial = denialOf(analysis, 'RemotePowerShell')
    if (!denial) return
    const d = denial.first
    const guarded = allowBefore(analysis, d, 'RemotePowerShell')
    if (guarded) return
    // "may" (CHECKS.md): every denied connection needs two different predicates at once, whichever rule denies it
    report(d, denial.pinned >= 2)
  }
})
