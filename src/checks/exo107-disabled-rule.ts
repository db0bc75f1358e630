import { display } from '../engine/display.js'
import { defineCheck } from './define.js'

/**
 * `Set-ClientAccessRule -Enabled $false` is Microsoft's way to switch a rule off without deleting
 * it; a disabled rule matches nothing (CHECKS.md "Reach"). A change that disables a rule is easy to
 * miss in review, and so is a file that keeps disabled rules that look like they still protect
 * something, so each one is listed as a notice.
 * Source: https://learn.microsoft.com/powershell/module/exchangepowershell/set-clientaccessrule
 * (the Enabled parameter).
 */
export default defineCheck({
  id: 'EXO107',
  slug: 'disabled-rule',
  title: 'Review disabled client access rules',
  category: 'ordering',
  severity: 'notice',
  scope: 'ruleset',
  messages: {
    disabled:
      'Rule "{{rule}}" is disabled ("Enabled": false), so it matches no connection and has no effect.'
  },
  run(ctx) {
    for (const rule of ctx.ruleSet.clientAccessRules) {
      if (rule.enabled) continue
      ctx.report({
        at: rule.pointer + '/Enabled',
        messageId: 'disabled',
        data: { rule: display(rule.name) }
      })
    }
  }
})
