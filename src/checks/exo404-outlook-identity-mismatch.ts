import { display } from '../engine/display.js'
import type { Characteristic } from '../model/constants.js'
import { defineCheck } from './define.js'

/** The Outlook mobile values written under the wrong characteristic (query strings lower-cased). */
const MISMATCHES: readonly { characteristic: Characteristic; query: string; messageId: string }[] =
  [
    { characteristic: 'DeviceType', query: 'outlook for ios and android', messageId: 'deviceType' },
    { characteristic: 'DeviceModel', query: 'outlook', messageId: 'deviceModel' },
    { characteristic: 'UserAgent', query: 'outlook', messageId: 'userAgent' }
  ]

/**
 * Outlook for iOS and Android reports DeviceType "Outlook", DeviceModel "Outlook for iOS and
 * Android" and the user agents "Outlook-iOS/2.0" and "Outlook-Android/2.0" (§6.3). A rule that
 * pairs one characteristic with another's value ("DeviceType" with "Outlook for iOS and Android")
 * never matches Outlook, so Outlook is not blocked (or allowed) as the rule intends.
 * Source: https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/outlook-for-ios-and-android/secure-outlook-for-ios-and-android
 */
export default defineCheck({
  id: 'EXO404',
  slug: 'outlook-identity-mismatch',
  title: 'Pair each Outlook mobile value with its own characteristic',
  category: 'mobile',
  severity: 'warning',
  scope: 'ruleset',
  messages: {
    deviceType:
      'The DeviceType "{{query}}" never matches Outlook for iOS and Android, whose DeviceType is "Outlook"; use Characteristic "DeviceModel" for this value, or the DeviceType "Outlook".',
    deviceModel:
      'The DeviceModel "{{query}}" never matches Outlook for iOS and Android, whose DeviceModel is "Outlook for iOS and Android"; use Characteristic "DeviceType" for this value, or the DeviceModel "Outlook for iOS and Android".',
    userAgent:
      'The UserAgent "{{query}}" never matches Outlook for iOS and Android, whose user agents are "Outlook-iOS/2.0" and "Outlook-Android/2.0"; use those, or the DeviceType "Outlook".'
  },
  run(ctx) {
    for (const rule of ctx.ruleSet.deviceAccessRules) {
      const query = rule.queryString.toLowerCase()
      const mismatch = MISMATCHES.find(
        (m) => m.characteristic === rule.characteristic && m.query === query
      )
      if (!mismatch) continue
      ctx.report({
        at: rule.pointer + '/QueryString',
        messageId: mismatch.messageId,
        data: { query: display(rule.queryString) }
      })
    }
  }
})
