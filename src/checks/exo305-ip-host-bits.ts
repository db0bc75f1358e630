import { display } from '../engine/display.js'
import { parseIpEntry } from '../model/ip.js'
import { defineCheck } from './define.js'
import { forEachIpEntry } from './util/lists.js'

/**
 * A CIDR block with host bits set (`192.168.3.1/24`) means its network (`192.168.3.0/24`).
 * Microsoft's own examples write blocks this way and the service accepts them, so this is only a
 * note, with the normalised block, in case a single address was meant.
 * Source: https://learn.microsoft.com/powershell/module/exchangepowershell/new-clientaccessrule#-anyofclientipaddressesorranges
 */
export default defineCheck({
  id: 'EXO305',
  slug: 'ip-host-bits',
  title: 'Write CIDR blocks by their network address',
  category: 'values',
  severity: 'notice',
  scope: 'ruleset',
  messages: {
    hostBits:
      'CIDR block "{{entry}}" has host bits set; it means "{{normalised}}", and writing that avoids doubt.'
  },
  run(ctx) {
    for (const rule of ctx.ruleSet.clientAccessRules) {
      forEachIpEntry(rule, (entry, at) => {
        const parsed = parseIpEntry(entry)
        if (!parsed.ok || !parsed.normalised) return
        ctx.report({
          at,
          messageId: 'hostBits',
          data: { entry: display(entry), normalised: parsed.normalised }
        })
      })
    }
  }
})
