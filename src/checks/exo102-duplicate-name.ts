import { display } from '../engine/display.js'
import type { ClientAccessRule } from '../model/ruleset.js'
import { defineCheck } from './define.js'

/**
 * A client access rule's `Name` must be unique (§1.3): it is the rule's identity, by which `Set-`,
 * `Get-`, `Remove-ClientAccessRule` find it. Names compare case-insensitively, as Exchange's
 * identities (and PowerShell) do, so "Block OWA" and "block owa" are one rule to Exchange: the
 * file describes two rules where Exchange can hold one, and a later edit could mean either.
 * Source: https://learn.microsoft.com/powershell/module/exchangepowershell/new-clientaccessrule
 * (the Name parameter).
 */
export default defineCheck({
  id: 'EXO102',
  slug: 'duplicate-name',
  title: 'Give each client access rule its own name',
  category: 'ordering',
  severity: 'error',
  scope: 'ruleset',
  messages: {
    duplicateName:
      'Rule name "{{name}}" is already used by the earlier rule "{{other}}" (line {{otherLine}}); Exchange identifies rules by name, case-insensitively, so rename one of them.'
  },
  run(ctx) {
    const first = new Map<string, ClientAccessRule>()
    for (const rule of ctx.ruleSet.clientAccessRules) {
      const key = rule.name.toLowerCase()
      const other = first.get(key)
      if (!other) {
        first.set(key, rule)
        continue
      }
      ctx.report({
        at: rule.pointer + '/Name',
        messageId: 'duplicateName',
        data: {
          name: display(rule.name),
          other: display(other.name),
          otherLine: ctx.line(other.pointer + '/Name')
        },
        related: [{ at: other.pointer + '/Name', message: 'The earlier rule with the same name.' }]
      })
    }
  }
})
