import { display } from '../engine/display.js'
import { defineCheck } from './define.js'

/**
 * A device access rule's query string is compared with the device's value as a whole: Microsoft
 * documents no wildcards and no partial matches, so `iPhone*` matches only a device that reports
 * the literal text `iPhone*`, that is none (§6.1, §9.18).
 * Sources: https://learn.microsoft.com/powershell/module/exchangepowershell/new-activesyncdeviceaccessrule
 * and https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/outlook-for-ios-and-android/secure-outlook-for-ios-and-android
 */
export default defineCheck({
  id: 'EXO403',
  slug: 'device-query-wildcard',
  title: 'Write device query strings without wildcards',
  category: 'mobile',
  severity: 'warning',
  scope: 'ruleset',
  messages: {
    wildcard:
      'The {{characteristic}} query string "{{query}}" contains {{wildcards}}, but device access rules match the exact value, never a pattern; write the value devices report (Get-MobileDevice shows it).'
  },
  run(ctx) {
    for (const rule of ctx.ruleSet.deviceAccessRules) {
      const found = ['*', '?'].filter((c) => rule.queryString.includes(c))
      if (found.length === 0) continue
      ctx.report({
        at: rule.pointer + '/QueryString',
        messageId: 'wildcard',
        data: {
          characteristic: rule.characteristic,
          query: display(rule.queryString),
          wildcards: found.map((c) => `"${c}"`).join(' and ')
        }
      })
    }
  }
})
