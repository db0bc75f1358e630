import { display } from '../engine/display.js'
import { parseIpEntry } from '../model/ip.js'
import { defineCheck } from './define.js'
import { forEachIpEntry } from './util/lists.js'

/**
 * `AnyOfClientIPAddressesOrRanges` and its exception take a single IPv4 or IPv6 address, a CIDR
 * block or a `start-end` range. Exchange rejects anything else when the rule is created, so the
 * gate rejects it first, entry by entry; it also refuses forms that parsers read differently
 * (leading zeros read as octal, zone IDs, IPv4-mapped IPv6 blocks).
 * Source: https://learn.microsoft.com/powershell/module/exchangepowershell/new-clientaccessrule#-anyofclientipaddressesorranges
 */
export default defineCheck({
  id: 'EXO304',
  slug: 'invalid-ip',
  title: 'Write each IP entry as an address, a CIDR block or a range',
  category: 'values',
  severity: 'error',
  scope: 'ruleset',
  messages: {
    space:
      'IP entry "{{entry}}" contains a space; write one address, CIDR block or range per entry, without spaces.',
    zone: 'IP entry "{{entry}}" has a zone ID ("%…"); Exchange takes addresses without one.',
    leadingZero:
      'IP entry "{{entry}}" has an IPv4 octet with a leading zero, which some parsers read as octal; write the octet without it.',
    prefixLeadingZero:
      'IP entry "{{entry}}" has a prefix length with a leading zero; write it without the zero.',
    prefix:
      'IP entry "{{entry}}" has the prefix length "{{prefix}}", but this address takes 0 to {{max}}.',
    address:
      'IP entry "{{entry}}" is not an IPv4 or IPv6 address, a CIDR block or a start-end range.',
    reversed: 'IP range "{{entry}}" starts after it ends; write the lower address first.',
    mixedFamily: 'IP range "{{entry}}" mixes IPv4 and IPv6; a range stays within one family.',
    mappedCidr:
      'IP entry "{{entry}}" is an IPv4-mapped IPv6 address in CIDR form, which parsers read differently; write the IPv4 block instead.'
  },
  run(ctx) {
    for (const rule of ctx.ruleSet.clientAccessRules) {
      forEachIpEntry(rule, (entry, at) => {
        const parsed = parseIpEntry(entry)
        if (parsed.ok) return
        const data: Record<string, string | number> = {}
        for (const [k, v] of Object.entries(parsed.data)) {
          data[k] = typeof v === 'string' ? display(v) : v
        }
        ctx.report({ at, messageId: parsed.reason, data })
      })
    }
  }
})
