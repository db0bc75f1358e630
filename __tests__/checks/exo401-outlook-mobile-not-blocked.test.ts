import { describe, expect, it } from 'vitest'
import { findingsOf, lint, ruleSet } from '../helpers.js'

const EVERY = 'every ExchangeActiveSync connection'
const SOME = 'some ExchangeActiveSync connections'
const NO_RULE = 'no device access rule blocks it'

type Data = Record<string, string | number>

/** One EXO401 finding at the `Name` of the rule at index 1 (line 13, column 15), as `findingsOf` reports it. */
const finding = (severity: string, messageId: string, data: Data, line = 13) => ({
  id: 'EXO401',
  severity,
  line,
  column: 15,
  messageId,
  data
})
const open = (rule: string, which: string, devices: string, line?: number) =>
  finding(which.startsWith(EVERY) ? 'error' : 'warning', 'open', { rule, which, devices }, line)

const safeguard = {
  Name: 'Always Allow Remote PowerShell',
  Action: 'AllowAccess',
  AnyOfProtocols: ['RemotePowerShell'],
  Priority: 1
}
/** The deny rule: 8 lines in `ruleSet`'s layout, so as the second rule it spans lines 12-19. */
const blockEas = {
  Name: 'Block ActiveSync',
  Action: 'DenyAccess',
  AnyOfProtocols: ['ExchangeActiveSync'],
  Priority: 2
}

const device = (Characteristic: string, QueryString: string, AccessLevel: string) => ({
  Characteristic,
  QueryString,
  AccessLevel
})
const outlookType = (level: string) => device('DeviceType', 'Outlook', level)
const outlookModel = (level: string) => device('DeviceModel', 'Outlook for iOS and Android', level)
const iosAgent = (level: string) => device('UserAgent', 'Outlook-iOS/2.0', level)
const androidAgent = (level: string) => device('UserAgent', 'Outlook-Android/2.0', level)

/**
 * An ExchangeOnline rule set: the safeguard, then `deny` (the rule at index 1), then the device
 * rules and organisation settings. With `blockEas`, device rule i opens on line 22 + 5i.
 */
const online = (
  deny: Record<string, unknown> = blockEas,
  devices?: unknown[],
  defaultAccessLevel?: string,
  more: unknown[] = []
) =>
  ruleSet([safeguard, deny, ...more], {
    Target: 'ExchangeOnline',
    ...(devices ? { ActiveSyncDeviceAccessRules: devices } : {}),
    ...(defaultAccessLevel
      ? { ActiveSyncOrganizationSettings: { DefaultAccessLevel: defaultAccessLevel } }
      : {})
  })

/** The line device rule i opens on, after `blockEas`. */
const deviceLine = (i: number) => 22 + 5 * i

describe('EXO401 outlook-mobile-not-blocked', () => {
  describe('valid documents', () => {
    it('accepts a DeviceType "Outlook" Block rule', () => {
      expect(findingsOf('EXO401', online(blockEas, [outlookType('Block')]))).toEqual([])
    })

    it('accepts a DeviceModel "Outlook for iOS and Android" Quarantine rule', () => {
      expect(findingsOf('EXO401', online(blockEas, [outlookModel('Quarantine')]))).toEqual([])
    })

    it('accepts Block rules for both Outlook user agents', () => {
      const text = online(blockEas, [iosAgent('Block'), androidAgent('Quarantine')])
      expect(findingsOf('EXO401', text)).toEqual([])
    })

    it('compares the query string case-insensitively', () => {
      const text = online(blockEas, [device('DeviceType', 'OUTLOOK', 'Block')])
      expect(findingsOf('EXO401', text)).toEqual([])
    })

    it('accepts DefaultAccessLevel Block with no device rule allowing Outlook', () => {
      expect(findingsOf('EXO401', online(blockEas, undefined, 'Block'))).toEqual([])
      expect(findingsOf('EXO401', online(blockEas, undefined, 'Quarantine'))).toEqual([])
    })

    it('accepts DefaultAccessLevel Block with an allow rule for another device only', () => {
      const text = online(blockEas, [device('DeviceType', 'iPhone', 'Allow')], 'Block')
      expect(findingsOf('EXO401', text)).toEqual([])
    })

    it('accepts a block rule for Outlook next to an allow rule for another identity', () => {
      const text = online(blockEas, [
        outlookType('Block'),
        device('DeviceType', 'Outlook2', 'Allow')
      ])
      expect(findingsOf('EXO401', text)).toEqual([])
    })

    it('never reports on an ExchangeServer target', () => {
      const text = ruleSet([safeguard, { Name: 'Deny all', Action: 'DenyAccess', Priority: 2 }], {
        Target: 'ExchangeServer',
        ActiveSyncOrganizationSettings: { DefaultAccessLevel: 'Allow' }
      })
      expect(findingsOf('EXO401', text)).toEqual([])
    })

    it('accepts a file where no rule denies ActiveSync', () => {
      const owa = { ...blockEas, Name: 'Block OWA', AnyOfProtocols: ['OutlookWebApp'] }
      expect(findingsOf('EXO401', online(owa))).toEqual([])
      expect(findingsOf('EXO401', online({ ...blockEas, Enabled: false }))).toEqual([])
    })

    it('accepts a file with device rules only', () => {
      const text = JSON.stringify({ ActiveSyncDeviceAccessRules: [outlookType('Allow')] }, null, 2)
      expect(findingsOf('EXO401', text)).toEqual([])
    })

    it('accepts a deny rule hidden from ActiveSync by an earlier allow-all rule', () => {
      const text = ruleSet([{ Name: 'Allow all', Action: 'AllowAccess', Priority: 1 }, blockEas], {
        Target: 'ExchangeOnline'
      })
      expect(findingsOf('EXO401', text)).toEqual([])
    })
  })

  describe('ActiveSync denied while Outlook mobile is open', () => {
    it('reports an error when every ActiveSync connection is denied, with the whole message', () => {
      const text = online()
      expect(findingsOf('EXO401', text)).toEqual([open('Block ActiveSync', EVERY, NO_RULE)])
      expect(lint(text).find((f) => f.id === 'EXO401')?.message).toBe(
        'Rule "Block ActiveSync" denies every ExchangeActiveSync connection, but Outlook for iOS and Android bypasses client access rules and no device access rule blocks it; add the device rule Characteristic: DeviceType, QueryString: Outlook, AccessLevel: Block.'
      )
    })

    it('reports an error for a deny-all rule without protocols', () => {
      // the deny rule spans lines 12-16
      const denyAll = { Name: 'Deny all', Action: 'DenyAccess', Priority: 2 }
      expect(findingsOf('EXO401', online(denyAll))).toEqual([open('Deny all', EVERY, NO_RULE)])
    })

    it('reports a warning when only some ActiveSync connections are denied (IP exception)', () => {
      const text = online({ ...blockEas, ExceptAnyOfClientIPAddressesOrRanges: ['203.0.113.0/24'] })
      expect(findingsOf('EXO401', text)).toEqual([open('Block ActiveSync', SOME, NO_RULE)])
    })

    it('reports a warning when only basic authentication is denied', () => {
      const text = online({ ...blockEas, AnyOfAuthenticationTypes: ['BasicAuthentication'] })
      expect(findingsOf('EXO401', text)).toEqual([open('Block ActiveSync', SOME, NO_RULE)])
    })

    it('reports a warning for a username condition (one predicate)', () => {
      const text = online({ ...blockEas, UsernameMatchesAnyOfPatterns: ['*\\ext-*'] })
      expect(findingsOf('EXO401', text)).toEqual([open('Block ActiveSync', SOME, NO_RULE)])
    })

    it('reports a warning for Scope Users (middle-tier connections are not denied)', () => {
      const text = online({ ...blockEas, Scope: 'Users' })
      expect(findingsOf('EXO401', text)).toEqual([open('Block ActiveSync', SOME, NO_RULE)])
    })

    it('reports an error at the first deny rule when several deny every connection together', () => {
      // "Deny basic" spans lines 12-22; "Block ActiveSync" comes after it
      const basic = {
        ...blockEas,
        Name: 'Deny basic',
        AnyOfAuthenticationTypes: ['BasicAuthentication']
      }
      const text = online(basic, undefined, undefined, [{ ...blockEas, Priority: 3 }])
      expect(findingsOf('EXO401', text)).toEqual([
        open('Deny basic', `${EVERY} (together with later DenyAccess rules)`, NO_RULE)
      ])
    })

    it('reports once per file, at the first deny rule in evaluation order', () => {
      // array order: safeguard, "Block ActiveSync" (Priority 3), "Deny all" (Priority 2, Name on line 21)
      const denyAll = { Name: 'Deny all', Action: 'DenyAccess', Priority: 2 }
      const text = online({ ...blockEas, Priority: 3 }, undefined, undefined, [denyAll])
      expect(findingsOf('EXO401', text)).toEqual([open('Deny all', EVERY, NO_RULE, 21)])
    })

    it('reports when the target is ExchangeOnline by default', () => {
      const text = JSON.stringify({ ClientAccessRules: [safeguard, blockEas] }, null, 2)
      // without the Target line everything moves up one line
      expect(findingsOf('EXO401', text)).toEqual([open('Block ActiveSync', EVERY, NO_RULE, 12)])
    })

    it('reports a block rule for one platform only (the other is still open)', () => {
      expect(findingsOf('EXO401', online(blockEas, [iosAgent('Block')]))).toEqual([
        open(
          'Block ActiveSync',
          EVERY,
          'the device rules block it only on iOS (UserAgent "Outlook-iOS/2.0", line 22)'
        )
      ])
      expect(findingsOf('EXO401', online(blockEas, [androidAgent('Quarantine')]))).toEqual([
        open(
          'Block ActiveSync',
          EVERY,
          'the device rules block it only on Android (UserAgent "Outlook-Android/2.0", line 22)'
        )
      ])
    })

    it("reports Microsoft's one-platform setup (block Android, allow iOS), naming the allow rule", () => {
      const text = online(blockEas, [androidAgent('Block'), iosAgent('Allow')])
      expect(findingsOf('EXO401', text)).toEqual([
        open(
          'Block ActiveSync',
          EVERY,
          `the device rule UserAgent "Outlook-iOS/2.0" (line ${deviceLine(1)}) allows it`
        )
      ])
    })

    it('reports user-agent rules that do not match Outlook', () => {
      // "Outlook-iOS/2.1" is not how Outlook identifies itself (§6.3): nothing is blocked
      const text = online(blockEas, [device('UserAgent', 'Outlook-iOS/2.1', 'Block')])
      expect(findingsOf('EXO401', text)).toEqual([open('Block ActiveSync', EVERY, NO_RULE)])
    })

    it("reports DefaultAccessLevel Block with an Outlook allow rule (Microsoft's allow-only-Outlook setup)", () => {
      const text = online(blockEas, [outlookModel('Allow')], 'Block')
      expect(findingsOf('EXO401', text)).toEqual([
        open(
          'Block ActiveSync',
          EVERY,
          `the device rule DeviceModel "Outlook for iOS and Android" (line ${deviceLine(0)}) allows it`
        )
      ])
    })

    it('reports DefaultAccessLevel Allow with no device rules', () => {
      expect(findingsOf('EXO401', online(blockEas, undefined, 'Allow'))).toEqual([
        open('Block ActiveSync', EVERY, NO_RULE)
      ])
    })

    it('names the allow rule of the open platform, not one in conflict', () => {
      // iOS: blocked and allowed (unconfirmed); Android: allowed, so open
      const text = online(blockEas, [iosAgent('Block'), iosAgent('Allow'), outlookModel('Allow')])
      expect(findingsOf('EXO401', text)).toEqual([
        open(
          'Block ActiveSync',
          EVERY,
          `the device rule DeviceModel "Outlook for iOS and Android" (line ${deviceLine(2)}) allows it`
        )
      ])
    })

    it('shows an untrusted deny rule name escaped', () => {
      const text = online({ ...blockEas, Name: 'Block\u200bActiveSync' })
      expect(findingsOf('EXO401', text)).toEqual([open('Block\\u200BActiveSync', EVERY, NO_RULE)])
    })
  })

  describe('device rules that both block and allow Outlook (unconfirmed, §6.4)', () => {
    it('reports a warning naming the rules in conflict, with the whole message', () => {
      const text = online(blockEas, [outlookType('Block'), outlookModel('Allow')])
      const conflict = `DeviceType "Outlook" Block (line 22), DeviceModel "Outlook for iOS and Android" Allow (line 27)`
      expect(findingsOf('EXO401', text)).toEqual([
        finding('warning', 'unconfirmed', { rule: 'Block ActiveSync', which: EVERY, conflict })
      ])
      expect(lint(text).find((f) => f.id === 'EXO401')?.message).toBe(
        `Rule "Block ActiveSync" denies every ExchangeActiveSync connection, and the device rules both block and allow Outlook for iOS and Android (${conflict}); which one Exchange applies is unconfirmed, so keep only the blocking rule.`
      )
    })

    it('reports a conflict on one platform when the other is blocked', () => {
      const text = online(blockEas, [outlookType('Block'), iosAgent('Allow')])
      expect(findingsOf('EXO401', text)).toEqual([
        finding('warning', 'unconfirmed', {
          rule: 'Block ActiveSync',
          which: EVERY,
          conflict:
            'DeviceType "Outlook" Block (line 22), UserAgent "Outlook-iOS/2.0" Allow (line 27)'
        })
      ])
    })

    it('does not count the default level as a device rule', () => {
      // DefaultAccessLevel Block with an allow rule is no conflict: Outlook is open
      const text = online(blockEas, [iosAgent('Allow'), androidAgent('Allow')], 'Quarantine')
      expect(findingsOf('EXO401', text).map((f) => f.messageId)).toEqual(['open'])
    })

    it('reports a conflict for partly denied ActiveSync as a warning too', () => {
      const text = online(
        { ...blockEas, ExceptAnyOfClientIPAddressesOrRanges: ['203.0.113.0/24'] },
        [outlookType('Quarantine'), outlookModel('Allow')]
      )
      expect(findingsOf('EXO401', text)).toEqual([
        finding('warning', 'unconfirmed', {
          rule: 'Block ActiveSync',
          which: SOME,
          conflict:
            'DeviceType "Outlook" Quarantine (line 25), DeviceModel "Outlook for iOS and Android" Allow (line 30)'
        })
      ])
    })
  })

  describe('"may": the denial needs two different opaque predicates at once', () => {
    const mayDeny = {
      ...blockEas,
      UsernameMatchesAnyOfPatterns: ['*\\ext-*'],
      UserRecipientFilter: "Department -eq 'IT'"
    }

    it('reports an open Outlook as a notice, with the whole message', () => {
      const text = online(mayDeny)
      expect(findingsOf('EXO401', text)).toEqual([
        finding('notice', 'openMay', { rule: 'Block ActiveSync', devices: NO_RULE })
      ])
      expect(lint(text).find((f) => f.id === 'EXO401')?.message).toBe(
        'Rule "Block ActiveSync" may deny some ExchangeActiveSync connections (those of users who meet different username and recipient-filter conditions at once, if any do), but Outlook for iOS and Android bypasses client access rules and no device access rule blocks it; add the device rule Characteristic: DeviceType, QueryString: Outlook, AccessLevel: Block.'
      )
    })

    it('reports a conflict as a notice', () => {
      // the deny rule spans lines 12-23 here: device rule 0 opens on line 26, rule 1 on line 31
      const text = online(mayDeny, [outlookType('Block'), outlookModel('Allow')])
      expect(findingsOf('EXO401', text)).toEqual([
        finding('notice', 'unconfirmedMay', {
          rule: 'Block ActiveSync',
          conflict:
            'DeviceType "Outlook" Block (line 26), DeviceModel "Outlook for iOS and Android" Allow (line 31)'
        })
      ])
    })

    it('reports nothing when Outlook is blocked', () => {
      expect(findingsOf('EXO401', online(mayDeny, [outlookType('Block')]))).toEqual([])
    })
  })
})
