import { display } from '../engine/display.js'
import type { ClientAccessRule } from '../model/ruleset.js'
import { matchesEveryone, wildcardCount } from '../model/wildcard.js'
import { defineCheck } from './define.js'

/** The two pattern lists of a client access rule, with their keys. */
const LISTS = [
  ['usernameMatchesAnyOfPatterns', 'UsernameMatchesAnyOfPatterns'],
  ['exceptUsernameMatchesAnyOfPatterns', 'ExceptUsernameMatchesAnyOfPatterns']
] as const satisfies readonly (readonly [keyof ClientAccessRule, string])[]

/** A pattern whose wildcards are all at its end, after some other text (`jeff*`, `a\b**`). */
const TRAILING_ONLY = /^[^*]+\*+$/

/**
 * `UsernameMatchesAnyOfPatterns` takes account names of the form `domain\user` with `*` as its only
 * wildcard. Microsoft documents `*jeff*` as valid and `jeff*` as invalid, and says username
 * patterns do not work together with the `UniversalOutlook` protocol; a pattern without a domain
 * and without a leading `*` matches no account name, and `*` alone matches every user. Patterns
 * with very many wildcards are refused so that matching them stays cheap.
 * Source: https://learn.microsoft.com/powershell/module/exchangepowershell/new-clientaccessrule
 * (parameter UsernameMatchesAnyOfPatterns).
 */
export default defineCheck({
  id: 'EXO307',
  slug: 'username-pattern',
  title: 'Write username patterns Exchange can match',
  category: 'values',
  severity: 'error',
  severities: ['error', 'warning'],
  scope: 'ruleset',
  messages: {
    tooManyWildcards:
      'The username pattern "{{pattern}}" has {{count}} "*" wildcards, more than the cap of {{max}}.',
    universalOutlook:
      'The username pattern "{{pattern}}" does not work in a rule whose protocols include "UniversalOutlook" (line {{line}}); move the pattern to a rule without it.',
    trailingOnly:
      'The username pattern "{{pattern}}" has wildcards only at its end, which Exchange documents as invalid; write "{{suggestion}}".',
    everyone:
      'The username pattern "{{pattern}}" matches every user; drop the condition or name the users.',
    noDomain:
      'The username pattern "{{pattern}}" has no "domain\\" part and no leading "*", but Exchange matches it against whole "domain\\user" account names; write "<domain>\\{{pattern}}" or "*{{pattern}}".'
  },
  run(ctx) {
    const max = ctx.limits.maxWildcards
    for (const rule of ctx.ruleSet.clientAccessRules) {
      const outlook = rule.anyOfProtocols?.indexOf('UniversalOutlook') ?? -1
      for (const [field, key] of LISTS) {
        rule[field]?.forEach((pattern, i) => {
          const at = `${rule.pointer}/${key}/${i}`
          const shown = display(pattern)
          const count = wildcardCount(pattern)
          if (count > max) {
            ctx.report({
              at,
              messageId: 'tooManyWildcards',
              severity: 'error',
              data: { pattern: shown, count, max }
            })
          } else if (outlook >= 0) {
            ctx.report({
              at,
              messageId: 'universalOutlook',
              severity: 'error',
              data: { pattern: shown, line: ctx.line(`${rule.pointer}/AnyOfProtocols/${outlook}`) }
            })
          } else if (TRAILING_ONLY.test(pattern)) {
            ctx.report({
              at,
              messageId: 'trailingOnly',
              severity: 'error',
              data: { pattern: shown, suggestion: display(`*${pattern.replace(/\*+$/, '')}*`) }
            })
          } else if (matchesEveryone(pattern)) {
            ctx.report({ at, messageId: 'everyone', severity: 'warning', data: { pattern: shown } })
          } else if (!pattern.includes('\\') && !pattern.startsWith('*')) {
            ctx.report({ at, messageId: 'noDomain', severity: 'warning', data: { pattern: shown } })
          }
        })
      }
    }
  }
})
