import { display } from '../engine/display.js'
import type { AccessLevel, Characteristic } from '../model/constants.js'
import type { DeviceAccessRule } from '../model/ruleset.js'
import { defineCheck } from './define.js'
import { denialOf } from './util/deny.js'

type Platform = 'iOS' | 'Android'
const PLATFORMS: readonly Platform[] = ['iOS', 'Android']

/** How Outlook for iOS and Android identifies itself to ActiveSync device rules (§6.3). */
const IDENTITIES: readonly [Characteristic, string, readonly Platform[]][] = [
  ['DeviceType', 'outlook', ['iOS', 'Android']],
  ['DeviceModel', 'outlook for ios and android', ['iOS', 'Android']],
  ['UserAgent', 'outlook-ios/2.0', ['iOS']],
  ['UserAgent', 'outlook-android/2.0', ['Android']]
]

const platformsOf = (rule: DeviceAccessRule): readonly Platform[] =>
  IDENTITIES.find(
    ([c, q]) => c === rule.characteristic && q === rule.queryString.toLowerCase()
  )?.[2] ?? []

const blocks = (level: AccessLevel | undefined) => level === 'Block' || level === 'Quarantine'

/**
 * Outlook for iOS and Android is a Microsoft middle-tier app: it bypasses client access rules and
 * is always allowed (§3.4). A rule set that denies ActiveSync to keep mobile mail out therefore
 * leaves Outlook mobile in, unless an ActiveSync device access rule blocks it (`DeviceType`
 * `Outlook` or `DeviceModel` `Outlook for iOS and Android`, or both user agents), or the default
 * access level blocks and no device rule allows it (§6.3). Which rule wins when device rules both
 * block and allow Outlook is unconfirmed (§6.4).
 * Sources: https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/client-access-rules/client-access-rules
 * and https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/outlook-for-ios-and-android/secure-outlook-for-ios-and-android
 */
export default defineCheck({
  id: 'EXO401',
  slug: 'outlook-mobile-not-blocked',
  title: 'Block Outlook mobile with a device rule when ActiveSync is denied',
  category: 'mobile',
  severity: 'error',
  severities: ['error', 'warning'],
  scope: 'ruleset',
  messages: {
    open: 'Rule "{{rule}}" denies {{which}}, but Outlook for iOS and Android bypasses client access rules and {{devices}}; add the device rule Characteristic: DeviceType, QueryString: Outlook, AccessLevel: Block.',
    openMay:
      'Rule "{{rule}}" may deny some ExchangeActiveSync connections (those of users who meet different username and recipient-filter conditions at once, if any do), but Outlook for iOS and Android bypasses client access rules and {{devices}}; add the device rule Characteristic: DeviceType, QueryString: Outlook, AccessLevel: Block.',
    unconfirmed:
      'Rule "{{rule}}" denies {{which}}, and the device rules both block and allow Outlook for iOS and Android ({{conflict}}); which one Exchange applies is unconfirmed, so keep only the blocking rule.',
    unconfirmedMay:
      'Rule "{{rule}}" may deny some ExchangeActiveSync connections (those of users who meet different username and recipient-filter conditions at once, if any do), and the device rules both block and allow Outlook for iOS and Android ({{conflict}}); which one Exchange applies is unconfirmed, so keep only the blocking rule.'
  },
  run(ctx) {
    const { ruleSet, analysis } = ctx
    if (ruleSet.target !== 'ExchangeOnline') return
    const denial = denialOf(analysis, 'ExchangeActiveSync')
    if (!denial) return
    const blocked = new Set<Platform>()
    const allowed = new Set<Platform>()
    const involved: DeviceAccessRule[] = []
    for (const rule of ruleSet.deviceAccessRules) {
      const platforms = platformsOf(rule)
      if (!platforms.length) continue
      involved.push(rule)
      for (const p of platforms) (blocks(rule.accessLevel) ? blocked : allowed).add(p)
    }
    const defaultBlocks = blocks(ruleSet.defaultAccessLevel)
    const statusOf = (p: Platform) =>
      blocked.has(p) && allowed.has(p)
        ? 'unconfirmed'
        : blocked.has(p) || (!allowed.has(p) && defaultBlocks)
          ? 'blocked'
          : 'open'
    const open = PLATFORMS.filter((p) => statusOf(p) === 'open')
    // a "may" finding is one level lower (CHECKS.md "May"); it is never about every connection
    const may = denial.pinned >= 2
    const first = denial.first
    const alone =
      denial.every &&
      analysis
        .regionsOf('ExchangeActiveSync')
        .every((r) => r.outcome.deciders!.every((d) => d === first.position))
    const which = !denial.every
      ? 'some ExchangeActiveSync connections'
      : alone
        ? 'every ExchangeActiveSync connection'
        : 'every ExchangeActiveSync connection (together with later DenyAccess rules)'
    const at = first.rule.pointer + '/Name'
    const rule = display(first.name)
    const line = (r: DeviceAccessRule) => ctx.line(r.pointer)
    if (open.length) {
      const allowing = involved.find(
        (r) => !blocks(r.accessLevel) && platformsOf(r).some((p) => open.includes(p))
      )
      const blocking = involved.find((r) => blocks(r.accessLevel))
      const devices = allowing
        ? `the device rule ${describe(allowing)} (line ${line(allowing)}) allows it`
        : blocking
          ? `the device rules block it only on ${PLATFORMS.filter((p) => !open.includes(p)).join(' and ')} (${describe(blocking)}, line ${line(blocking)})`
          : 'no device access rule blocks it'
      ctx.report({
        at,
        messageId: may ? 'openMay' : 'open',
        severity: may ? 'notice' : denial.every ? 'error' : 'warning',
        data: may ? { rule, devices } : { rule, which, devices }
      })
    } else if (PLATFORMS.some((p) => statusOf(p) === 'unconfirmed')) {
      const conflict = involved
        .slice(0, 4)
        .map((r) => `${describe(r)} ${r.accessLevel} (line ${line(r)})`)
        .join(', ')
      ctx.report({
        at,
        messageId: may ? 'unconfirmedMay' : 'unconfirmed',
        severity: may ? 'notice' : 'warning',
        data: may ? { rule, conflict } : { rule, which, conflict }
      })
    }
  }
})

function describe(rule: DeviceAccessRule): string {
  return `${rule.characteristic} "${display(rule.queryString)}"`
}
