import { display } from '../engine/display.js'
import { authTypesOf } from '../model/constants.js'
import type { CompiledRule } from '../model/model.js'
import { defineCheck } from './define.js'
import { allowBefore, denialOf } from './util/deny.js'

/** How many entries of one list a message quotes before it says "and N more". */
const SHOWN = 5

const quoted = (list: readonly string[]) => {
  const shown = list.slice(0, SHOWN).map((v) => `"${display(v)}"`)
  const rest = list.length - shown.length
  return shown.join(', ') + (rest > 0 ? ` and ${rest} more` : '')
}

/**
 * What a safeguard is limited to, quoting its entries as the file writes them, e.g.
 * `addresses "203.0.113.0/24" and usernames not matching "*admin*"`.
 */
export function limitsOf(rule: CompiledRule): string {
  const r = rule.rule
  const parts: string[] = []
  if (r.anyOfClientIPAddressesOrRanges)
    parts.push(`addresses ${quoted(r.anyOfClientIPAddressesOrRanges)}`)
  if (r.usernameMatchesAnyOfPatterns)
    parts.push(`usernames matching ${quoted(r.usernameMatchesAnyOfPatterns)}`)
  if (r.userRecipientFilter !== undefined)
    parts.push(`users matching the filter ${quoted([r.userRecipientFilter])}`)
  // BasicAuthentication and NonBasicAuthentication together cover every RemotePowerShell connection
  const rps = authTypesOf('RemotePowerShell')
  if (r.anyOfAuthenticationTypes && !rps.every((a) => rule.auth?.has(a)))
    parts.push(`authentication types ${quoted(r.anyOfAuthenticationTypes)}`)
  if (rule.scope === 'Users') parts.push('end-user connections ("Scope": "Users")')
  if (r.exceptAnyOfClientIPAddressesOrRanges)
    parts.push(`addresses other than ${quoted(r.exceptAnyOfClientIPAddressesOrRanges)}`)
  if (r.exceptUsernameMatchesAnyOfPatterns)
    parts.push(`usernames not matching ${quoted(r.exceptUsernameMatchesAnyOfPatterns)}`)
  if (r.exceptAnyOfAuthenticationTypes)
    parts.push(`authentication types other than ${quoted(r.exceptAnyOfAuthenticationTypes)}`)
  return parts.join(' and ')
}

/**
 * A RemotePowerShell allow rule limited to some addresses, users, authentication types or scope
 * keeps only those admins in: every other RemotePowerShell connection still reaches the deny rule
 * (§3.2, §3.3). A safeguard limited to BasicAuthentication and NonBasicAuthentication covers every
 * RemotePowerShell connection (§3.5), so it is not partial.
 * Source: https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/client-access-rules/client-access-rules#client-access-rules-and-remote-powershell
 */
export default defineCheck({
  id: 'EXO202',
  slug: 'partial-safeguard',
  title: 'The remote PowerShell safeguard should cover every connection',
  category: 'safeguards',
  severity: 'warning',
  scope: 'ruleset',
  messages: {
    partial:
      'The safeguard "{{rule}}" allows RemotePowerShell only for {{limits}}, so other RemotePowerShell connections reach "{{deny}}" (line {{line}}) and are denied.',
    partialMay:
      'The safeguard "{{rule}}" allows RemotePowerShell only for {{limits}}, so other RemotePowerShell connections may reach "{{deny}}" (line {{line}}) and be denied.'
  },
  run(ctx) {
    const { analysis } = ctx
    const denial = denialOf(analysis, 'RemotePowerShell')
    if (!denial) return
    const d = denial.first
    const guard = allowBefore(analysis, d, 'RemotePowerShell')
    if (!guard) return
    // "may" (CHECKS.md): every denied connection needs two different predicates at once, whichever rule denies it
    const may = denial.pinned >= 2
    ctx.report({
      at: guard.rule.pointer + '/Name',
      messageId: may ? 'partialMay' : 'partial',
      severity: may ? 'notice' : 'warning',
      data: {
        rule: display(guard.name),
        limits: limitsOf(guard) || 'some connections',
        deny: display(d.name),
        line: ctx.line(d.rule.pointer + '/Name')
      }
    })
  }
})
