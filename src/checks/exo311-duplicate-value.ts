import { display } from '../engine/display.js'
import { formatInterval, parseIpEntry, within, type IpEntry } from '../model/ip.js'
import type { ClientAccessRule } from '../model/ruleset.js'
import { defineCheck } from './define.js'
import { IP_LISTS } from './util/lists.js'

/** Lists whose values repeat exactly (enumerations) or case-insensitively (patterns). */
const VALUE_LISTS: readonly [string, keyof ClientAccessRule, boolean][] = [
  ['AnyOfProtocols', 'anyOfProtocols', false],
  ['ExceptAnyOfProtocols', 'exceptAnyOfProtocols', false],
  ['AnyOfAuthenticationTypes', 'anyOfAuthenticationTypes', false],
  ['ExceptAnyOfAuthenticationTypes', 'exceptAnyOfAuthenticationTypes', false],
  ['UsernameMatchesAnyOfPatterns', 'usernameMatchesAnyOfPatterns', true],
  ['ExceptUsernameMatchesAnyOfPatterns', 'exceptUsernameMatchesAnyOfPatterns', true]
]

/**
 * Values inside one condition are ORed (§3.2), so a repeated value, or an IP entry inside another
 * entry of the same list, adds nothing; usually it is a copy-paste slip hiding the value that was
 * meant. Source: https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/client-access-rules/client-access-rules
 */
export default defineCheck({
  id: 'EXO311',
  slug: 'duplicate-value',
  title: 'List each value once',
  category: 'values',
  severity: 'warning',
  scope: 'ruleset',
  messages: {
    repeated: '"{{value}}" is already listed in "{{list}}" at line {{line}}.',
    inside:
      'IP entry "{{entry}}" lies inside "{{other}}" (line {{line}}) of the same list, so it adds nothing.',
    contains:
      'IP entry "{{entry}}" contains "{{other}}" (line {{line}}) of the same list, so that entry adds nothing.',
    sameRange:
      'IP entry "{{entry}}" covers the same addresses ({{range}}) as "{{other}}" at line {{line}}.'
  },
  run(ctx) {
    for (const rule of ctx.ruleSet.clientAccessRules) {
      for (const [key, field, fold] of VALUE_LISTS) {
        const list = rule[field] as string[] | undefined
        if (!list) continue
        const seen = new Map<string, number>()
        list.forEach((value, i) => {
          const k = fold ? value.toLowerCase() : value
          const first = seen.get(k)
          if (first === undefined) {
            seen.set(k, i)
            return
          }
          ctx.report({
            at: `${rule.pointer}/${key}/${i}`,
            messageId: 'repeated',
            data: {
              value: display(value),
              list: key,
              line: ctx.line(`${rule.pointer}/${key}/${first}`)
            }
          })
        })
      }
      for (const [key, field] of IP_LISTS) {
        const list = rule[field]
        if (!list) continue
        const entries = list.map((e) => parseIpEntry(e))
        const at = (i: number) => `${rule.pointer}/${key}/${i}`
        const holds = (outer: number, inner: number, equal: boolean) => {
          const o = entries[outer]!
          const n = entries[inner]!
          return o.ok && n.ok && within(n, o) && within(o, n) === equal
        }
        // Every entry that adds nothing gives one finding, at the later of it and the entry that
        // holds it: an earlier equal entry first, then an earlier wider one, then a later wider
        // one (a later equal entry is itself the duplicate).
        list.forEach((text, x) => {
          let c = entries.findIndex((_, i) => i < x && holds(i, x, true))
          if (c < 0) c = entries.findIndex((_, i) => i < x && holds(i, x, false))
          if (c < 0) c = entries.findIndex((_, i) => i > x && holds(i, x, false))
          if (c < 0) return
          const other = list[c]!
          if (c > x) {
            ctx.report({
              at: at(c),
              messageId: 'contains',
              data: { entry: display(other), other: display(text), line: ctx.line(at(x)) }
            })
          } else if (!holds(x, c, true)) {
            ctx.report({
              at: at(x),
              messageId: 'inside',
              data: { entry: display(text), other: display(other), line: ctx.line(at(c)) }
            })
          } else if (text === other) {
            ctx.report({
              at: at(x),
              messageId: 'repeated',
              data: { value: display(text), list: key, line: ctx.line(at(c)) }
            })
          } else {
            ctx.report({
              at: at(x),
              messageId: 'sameRange',
              data: {
                entry: display(text),
                range: formatInterval(entries[x] as IpEntry),
                other: display(other),
                line: ctx.line(at(c))
              }
            })
          }
        })
      }
    }
  }
})
