import { display } from '../engine/display.js'
import { MAX_ADDRESS, parseIpEntry, within, type IpInterval } from '../model/ip.js'
import { defineCheck } from './define.js'
import { forEachIpEntry } from './util/lists.js'

/** Ranges Exchange Online never sees as a client address, with their RFC names. */
const NON_PUBLIC: readonly (IpInterval & { range: string; kind: string })[] = [
  { family: 4, lo: 0x0a000000n, hi: 0x0affffffn, range: '10.0.0.0/8', kind: 'private' },
  { family: 4, lo: 0xac100000n, hi: 0xac1fffffn, range: '172.16.0.0/12', kind: 'private' },
  { family: 4, lo: 0xc0a80000n, hi: 0xc0a8ffffn, range: '192.168.0.0/16', kind: 'private' },
  { family: 4, lo: 0x7f000000n, hi: 0x7fffffffn, range: '127.0.0.0/8', kind: 'loopback' },
  { family: 4, lo: 0xa9fe0000n, hi: 0xa9feffffn, range: '169.254.0.0/16', kind: 'link-local' },
  {
    family: 6,
    lo: 0xfcn << 120n,
    hi: (0xfen << 120n) - 1n,
    range: 'fc00::/7',
    kind: 'unique-local'
  },
  {
    family: 6,
    lo: 0xfe8n << 116n,
    hi: (0xfecn << 116n) - 1n,
    range: 'fe80::/10',
    kind: 'link-local'
  },
  { family: 6, lo: 1n, hi: 1n, range: '::1', kind: 'loopback' }
]

/**
 * Exchange Online sees the public address a connection comes from, never an address of the
 * customer's own network, so an entry inside a private, loopback, link-local or unique-local range
 * never matches there (the procedures page recommends the organisation's public egress ranges).
 * An entry covering a whole address family is no condition at all for that family, on any target.
 * Sources: https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/client-access-rules/client-access-rules
 * and RFC 1918, RFC 4193, RFC 4291.
 */
export default defineCheck({
  id: 'EXO306',
  slug: 'ip-never-seen',
  title: 'Use addresses the service can see',
  category: 'values',
  severity: 'warning',
  scope: 'ruleset',
  messages: {
    nonPublic:
      'IP entry "{{entry}}" lies in the {{kind}} range "{{range}}"; Exchange Online only sees public client addresses, so it never matches.',
    everything:
      'IP entry "{{entry}}" covers every IPv{{family}} address, so it does not narrow anything for IPv{{family}} connections.'
  },
  run(ctx) {
    const online = ctx.ruleSet.target === 'ExchangeOnline'
    for (const rule of ctx.ruleSet.clientAccessRules) {
      forEachIpEntry(rule, (entry, at) => {
        const parsed = parseIpEntry(entry)
        if (!parsed.ok) return
        if (parsed.lo === 0n && parsed.hi === MAX_ADDRESS[parsed.family]) {
          ctx.report({
            at,
            messageId: 'everything',
            data: { entry: display(entry), family: parsed.family }
          })
          return
        }
        const range = online ? NON_PUBLIC.find((r) => within(parsed, r)) : undefined
        if (range) {
          ctx.report({
            at,
            messageId: 'nonPublic',
            data: { entry: display(entry), kind: range.kind, range: range.range }
          })
        }
      })
    }
  }
})
