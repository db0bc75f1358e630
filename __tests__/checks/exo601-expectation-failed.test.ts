import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/engine/config.js'
import { findingsOf, lint } from '../helpers.js'

type Obj = Record<string, unknown>
type MessageId =
  'decision' | 'rule' | 'noRule' | 'unknownRule' | 'badAddress' | 'excluded' | 'invalidRule'

/** One EXO601 finding, as `findingsOf` reports it. */
const exo601 = (
  line: number,
  column: number,
  messageId: MessageId,
  data: Record<string, string | number>
) => ({ id: 'EXO601', severity: 'error', line, column, messageId, data })

/**
 * A rule set laid out so that positions are easy to count by hand:
 *
 *     line 1          {
 *     line 2            "Target": …,
 *     line 3            "ClientAccessRules": [
 *     line 4 + i          <rule i, compact, on one line>
 *     line 4 + R        ],                               (R = number of rules)
 *     line 5 + R        "Tests": [
 *     line 6 + R + j      <test j, compact, on one line>
 *
 * A rule's `Name` is on its line. A test line starts with four spaces and `{"`, so the value of its
 * FIRST key starts at column 9 + the key's length: `Expect` 15, `ExpectRule` 19, `RemoteAddress` 22.
 * Every test below writes the key its finding points at first.
 */
function doc(rules: Obj[], tests: Obj[], target = 'ExchangeServer'): string {
  const lines = (items: Obj[]) =>
    items.map((x, i) => '    ' + JSON.stringify(x) + (i < items.length - 1 ? ',' : ''))
  return [
    '{',
    `  "Target": ${JSON.stringify(target)},`,
    '  "ClientAccessRules": [',
    ...lines(rules),
    '  ],',
    '  "Tests": [',
    ...lines(tests),
    '  ]',
    '}'
  ].join('\n')
}

/** The EXO601 messages of a document. */
const messages = (text: string) =>
  lint(text)
    .filter((f) => f.id === 'EXO601')
    .map((f) => f.message)

const EXPECT = 15
const EXPECT_RULE = 19
const REMOTE_ADDRESS = 22

const safeguard = {
  Name: 'Always Allow Remote PowerShell',
  Action: 'AllowAccess',
  AnyOfProtocols: ['RemotePowerShell'],
  Priority: 1
}
const restrictEac = {
  Name: 'Restrict EAC',
  Action: 'DenyAccess',
  AnyOfProtocols: ['ExchangeAdminCenter'],
  ExceptAnyOfClientIPAddressesOrRanges: ['203.0.113.0/24'],
  Priority: 2
}
/** [safeguard, restrictEac]: the safeguard's Name is on line 4, Restrict EAC's on line 5. */
const basic = [safeguard, restrictEac]

describe('EXO601 expectation-failed', () => {
  describe('expectations that hold', () => {
    it('accepts tests whose decision and deciding rule (named or null) are right', () => {
      const text = doc(basic, [
        {
          Expect: 'AllowAccess',
          Protocol: 'ExchangeAdminCenter',
          RemoteAddress: '203.0.113.25',
          ExpectRule: null
        },
        {
          Expect: 'DenyAccess',
          Protocol: 'ExchangeAdminCenter',
          RemoteAddress: '198.51.100.7',
          ExpectRule: 'Restrict EAC'
        },
        { Expect: 'AllowAccess', Protocol: 'RemotePowerShell', ExpectRule: safeguard.Name }
      ])
      expect(findingsOf('EXO601', text)).toEqual([])
      // the file is clean as a whole, so nothing else hides a problem here
      expect(lint(text)).toEqual([])
    })

    it('accepts a test without ExpectRule, whichever rule decides', () => {
      const text = doc(basic, [
        { Expect: 'DenyAccess', Protocol: 'ExchangeAdminCenter', RemoteAddress: '198.51.100.7' },
        { Expect: 'AllowAccess', Protocol: 'RemotePowerShell' },
        { Expect: 'AllowAccess', Protocol: 'ExchangeAdminCenter', RemoteAddress: '203.0.113.1' }
      ])
      expect(findingsOf('EXO601', text)).toEqual([])
    })

    it('compares ExpectRule with rule names case-insensitively', () => {
      const text = doc(basic, [
        { Expect: 'DenyAccess', Protocol: 'ExchangeAdminCenter', ExpectRule: 'RESTRICT eac' }
      ])
      expect(findingsOf('EXO601', text)).toEqual([])
    })

    it('says nothing about a file without Tests', () => {
      const text = JSON.stringify({ Target: 'ExchangeServer', ClientAccessRules: basic }, null, 2)
      expect(findingsOf('EXO601', text)).toEqual([])
    })
  })

  describe('Expect does not match the decision (decision)', () => {
    it('reports an allow expected where a rule denies, naming the rule and its line', () => {
      const text = doc(basic, [
        {
          Expect: 'AllowAccess',
          Name: 'EAC from the VPN',
          Protocol: 'ExchangeAdminCenter',
          RemoteAddress: '198.51.100.20'
        }
      ])
      expect(findingsOf('EXO601', text)).toEqual([
        exo601(8, EXPECT, 'decision', {
          test: 'EAC from the VPN',
          expected: 'AllowAccess',
          outcome: 'rule "Restrict EAC" (line 5) denies it'
        })
      ])
      expect(messages(text)).toEqual([
        'Test "EAC from the VPN": expected "AllowAccess" but rule "Restrict EAC" (line 5) denies it.'
      ])
    })

    it('reports a deny expected where an allow rule decides', () => {
      const text = doc(basic, [
        { Expect: 'DenyAccess', Name: 'no PowerShell', Protocol: 'RemotePowerShell' }
      ])
      expect(messages(text)).toEqual([
        'Test "no PowerShell": expected "DenyAccess" but rule "Always Allow Remote PowerShell" (line 4) allows it.'
      ])
      expect(findingsOf('EXO601', text)).toEqual([
        exo601(8, EXPECT, 'decision', {
          test: 'no PowerShell',
          expected: 'DenyAccess',
          outcome: 'rule "Always Allow Remote PowerShell" (line 4) allows it'
        })
      ])
    })

    it('reports a deny expected where no rule matches (the default allows)', () => {
      const text = doc(basic, [
        { Expect: 'DenyAccess', Name: 'EAC from the office', Protocol: 'ExchangeAdminCenter' },
        {
          Expect: 'DenyAccess',
          Name: 'EAC from the management network',
          Protocol: 'ExchangeAdminCenter',
          RemoteAddress: '203.0.113.9'
        }
      ])
      expect(findingsOf('EXO601', text)).toEqual([
        // the first is denied (an absent address never satisfies the IP exception)
        exo601(9, EXPECT, 'decision', {
          test: 'EAC from the management network',
          expected: 'DenyAccess',
          outcome: 'no rule matches, so it is allowed'
        })
      ])
      expect(messages(text)).toEqual([
        'Test "EAC from the management network": expected "DenyAccess" but no rule matches, so it is allowed.'
      ])
    })

    it('evaluates tests of a file without client access rules: nothing denies', () => {
      const text = [
        '{',
        '  "Target": "ExchangeOnline",',
        '  "ActiveSyncDeviceAccessRules": [{"Characteristic": "DeviceType", "QueryString": "Outlook", "AccessLevel": "Block"}],',
        '  "Tests": [{"Expect": "DenyAccess", "Protocol": "ExchangeActiveSync"}]',
        '}'
      ].join('\n')
      expect(findingsOf('EXO601', text)).toEqual([
        exo601(4, 24, 'decision', {
          test: 'Tests[0]',
          expected: 'DenyAccess',
          outcome: 'no rule matches, so it is allowed'
        })
      ])
    })

    it('labels a test without Name by its index', () => {
      const text = doc(basic, [
        { Expect: 'AllowAccess', Protocol: 'RemotePowerShell' },
        { Expect: 'DenyAccess', Protocol: 'RemotePowerShell' }
      ])
      expect(findingsOf('EXO601', text)).toEqual([
        exo601(9, EXPECT, 'decision', {
          test: 'Tests[1]',
          expected: 'DenyAccess',
          outcome: 'rule "Always Allow Remote PowerShell" (line 4) allows it'
        })
      ])
    })

    it('reports each failing test of a file, and only those', () => {
      const text = doc(basic, [
        { Expect: 'DenyAccess', Name: 'a', Protocol: 'RemotePowerShell' },
        { Expect: 'DenyAccess', Name: 'b', Protocol: 'ExchangeAdminCenter' },
        { Expect: 'AllowAccess', Name: 'c', Protocol: 'ExchangeAdminCenter' }
      ])
      expect(findingsOf('EXO601', text).map((f) => [f.line, f.data.test])).toEqual([
        [8, 'a'],
        [10, 'c']
      ])
    })

    it('gives one finding when both Expect and ExpectRule are wrong: the decision', () => {
      const text = doc(basic, [
        {
          Expect: 'AllowAccess',
          Name: 'both wrong',
          Protocol: 'ExchangeAdminCenter',
          ExpectRule: safeguard.Name
        }
      ])
      expect(findingsOf('EXO601', text)).toEqual([
        exo601(8, EXPECT, 'decision', {
          test: 'both wrong',
          expected: 'AllowAccess',
          outcome: 'rule "Restrict EAC" (line 5) denies it'
        })
      ])
    })

    it('shows untrusted names escaped', () => {
      const rules = [safeguard, { ...restrictEac, Name: 'Restrict\u202eEAC' }]
      const text = doc(rules, [
        { Expect: 'AllowAccess', Name: 'bad\u0007test', Protocol: 'ExchangeAdminCenter' }
      ])
      expect(findingsOf('EXO601', text)).toEqual([
        exo601(8, EXPECT, 'decision', {
          test: 'bad\\u0007test',
          expected: 'AllowAccess',
          outcome: 'rule "Restrict\\u202EEAC" (line 5) denies it'
        })
      ])
    })
  })

  describe('ExpectRule names another rule than the deciding one (rule)', () => {
    it('reports the deciding rule and the expected rule, with their lines', () => {
      const rules = [
        safeguard,
        {
          Name: 'Block EAC',
          Action: 'DenyAccess',
          AnyOfProtocols: ['ExchangeAdminCenter'],
          Priority: 2
        },
        {
          Name: 'Block OWA',
          Action: 'DenyAccess',
          AnyOfProtocols: ['ExchangeAdminCenter', 'OutlookWebApp'],
          Priority: 3
        }
      ]
      // rules on lines 4, 5, 6; tests from line 9
      const text = doc(
        rules,
        [
          {
            ExpectRule: 'Block OWA',
            Name: 'EAC is blocked by the OWA rule',
            Protocol: 'ExchangeAdminCenter',
            Expect: 'DenyAccess'
          },
          { ExpectRule: 'Block OWA', Protocol: 'OutlookWebApp', Expect: 'DenyAccess' }
        ],
        'ExchangeOnline'
      )
      expect(findingsOf('EXO601', text)).toEqual([
        exo601(9, EXPECT_RULE, 'rule', {
          test: 'EAC is blocked by the OWA rule',
          expected: 'Block OWA',
          line: 6,
          outcome: 'rule "Block EAC" (line 5) denies it'
        })
      ])
      expect(messages(text)).toEqual([
        'Test "EAC is blocked by the OWA rule": expected rule "Block OWA" (line 6) to decide it but rule "Block EAC" (line 5) denies it.'
      ])
    })

    it('reports an expected rule when no rule decides the connection', () => {
      const text = doc(basic, [
        {
          ExpectRule: 'always allow remote powershell',
          Name: 'EAC from the management network',
          Protocol: 'ExchangeAdminCenter',
          RemoteAddress: '203.0.113.9',
          Expect: 'AllowAccess'
        }
      ])
      expect(findingsOf('EXO601', text)).toEqual([
        exo601(8, EXPECT_RULE, 'rule', {
          test: 'EAC from the management network',
          expected: 'always allow remote powershell',
          line: 4,
          outcome: 'no rule matches, so it is allowed'
        })
      ])
      expect(messages(text)).toEqual([
        'Test "EAC from the management network": expected rule "always allow remote powershell" (line 4) to decide it but no rule matches, so it is allowed.'
      ])
    })
  })

  describe('ExpectRule null while a rule decides (noRule)', () => {
    it('reports the rule that allows the connection', () => {
      const text = doc(basic, [
        {
          ExpectRule: null,
          Name: 'PowerShell',
          Protocol: 'RemotePowerShell',
          Expect: 'AllowAccess'
        }
      ])
      expect(findingsOf('EXO601', text)).toEqual([
        exo601(8, EXPECT_RULE, 'noRule', {
          test: 'PowerShell',
          outcome: 'rule "Always Allow Remote PowerShell" (line 4) allows it'
        })
      ])
      expect(messages(text)).toEqual([
        'Test "PowerShell": expected no rule to decide it but rule "Always Allow Remote PowerShell" (line 4) allows it.'
      ])
    })

    it('reports DenyAccess with ExpectRule null, which can never hold', () => {
      const text = doc(basic, [
        { ExpectRule: null, Name: 'EAC', Protocol: 'ExchangeAdminCenter', Expect: 'DenyAccess' }
      ])
      expect(findingsOf('EXO601', text)).toEqual([
        exo601(8, EXPECT_RULE, 'noRule', {
          test: 'EAC',
          outcome: 'rule "Restrict EAC" (line 5) denies it'
        })
      ])
    })
  })

  describe('ExpectRule names no rule of the file (unknownRule)', () => {
    it('reports the name, at ExpectRule', () => {
      const text = doc(basic, [
        { ExpectRule: 'Block OWA', Name: 'OWA', Protocol: 'OutlookWebApp', Expect: 'AllowAccess' }
      ])
      expect(findingsOf('EXO601', text)).toEqual([
        exo601(8, EXPECT_RULE, 'unknownRule', { test: 'OWA', expected: 'Block OWA' })
      ])
      expect(messages(text)).toEqual([
        'Test "OWA": "ExpectRule" names "Block OWA", which is not a rule of this file.'
      ])
    })

    it('reports only the unknown name when the decision is wrong as well', () => {
      const text = doc(basic, [
        {
          ExpectRule: 'Restrict  EAC',
          Protocol: 'ExchangeAdminCenter',
          RemoteAddress: '198.51.100.7',
          Expect: 'AllowAccess'
        }
      ])
      expect(findingsOf('EXO601', text)).toEqual([
        exo601(8, EXPECT_RULE, 'unknownRule', { test: 'Tests[0]', expected: 'Restrict  EAC' })
      ])
    })
  })

  describe('RemoteAddress that is not an address (badAddress)', () => {
    it.each([
      ['a CIDR block', '203.0.113.0/24'],
      ['a range', '203.0.113.1-203.0.113.9'],
      ['an octet over 255', '198.51.100.300'],
      ['an IPv4 octet with a leading zero', '198.51.100.07'],
      ['three octets', '198.51.100'],
      ['an IPv6 zone ID', 'fe80::1%eth0'],
      ['two "::"', '2001:db8::1::2'],
      ['a host name', 'localhost'],
      ['a space', ' 198.51.100.7']
    ])('reports %s', (_, address) => {
      const text = doc(basic, [
        { RemoteAddress: address, Name: 'x', Protocol: 'ExchangeAdminCenter', Expect: 'DenyAccess' }
      ])
      expect(findingsOf('EXO601', text)).toEqual([
        exo601(8, REMOTE_ADDRESS, 'badAddress', { test: 'x', address })
      ])
    })

    it('says why in the message', () => {
      const text = doc(basic, [
        {
          RemoteAddress: '203.0.113.0/24',
          Name: 'x',
          Protocol: 'ExchangeAdminCenter',
          Expect: 'DenyAccess'
        }
      ])
      expect(messages(text)).toEqual([
        'Test "x": "RemoteAddress" "203.0.113.0/24" is not a single IPv4 or IPv6 address.'
      ])
    })
  })

  describe('rules that cannot be evaluated', () => {
    it('does not evaluate tests while a rule has an invalid IP entry (excluded)', () => {
      const rules = [
        safeguard,
        { ...restrictEac, ExceptAnyOfClientIPAddressesOrRanges: ['203.0.113.0/33'] }
      ]
      const text = doc(rules, [
        { Expect: 'DenyAccess', Name: 'EAC', Protocol: 'ExchangeAdminCenter' },
        { Expect: 'AllowAccess', Protocol: 'RemotePowerShell', ExpectRule: safeguard.Name }
      ])
      expect(findingsOf('EXO601', text)).toEqual([
        exo601(8, EXPECT, 'excluded', { test: 'EAC', rule: 'Restrict EAC', line: 5 }),
        exo601(9, EXPECT, 'excluded', { test: 'Tests[1]', rule: 'Restrict EAC', line: 5 })
      ])
      expect(messages(text)[0]).toBe(
        'Test "EAC" was not evaluated because rule "Restrict EAC" (line 5) has an invalid IP entry or filter; fix that first.'
      )
      expect(lint(text).map((f) => f.id)).toContain('EXO304')
    })

    it('does not evaluate tests while a rule has an invalid filter (excluded)', () => {
      const rules = [safeguard, { ...restrictEac, UserRecipientFilter: "Department -eq 'IT" }]
      const text = doc(rules, [{ Expect: 'DenyAccess', Protocol: 'ExchangeAdminCenter' }])
      expect(findingsOf('EXO601', text)).toEqual([
        exo601(8, EXPECT, 'excluded', { test: 'Tests[0]', rule: 'Restrict EAC', line: 5 })
      ])
    })

    it('still reports an unknown ExpectRule or a bad address before that', () => {
      const rules = [
        safeguard,
        { ...restrictEac, ExceptAnyOfClientIPAddressesOrRanges: ['203.0.113.0/33'] }
      ]
      const text = doc(rules, [
        { ExpectRule: 'Nope', Protocol: 'ExchangeAdminCenter', Expect: 'DenyAccess' },
        { RemoteAddress: 'x', Protocol: 'ExchangeAdminCenter', Expect: 'DenyAccess' },
        { Expect: 'DenyAccess', Protocol: 'ExchangeAdminCenter', ExpectRule: 'Restrict EAC' }
      ])
      expect(findingsOf('EXO601', text).map((f) => [f.line, f.column, f.messageId])).toEqual([
        [8, EXPECT_RULE, 'unknownRule'],
        [9, REMOTE_ADDRESS, 'badAddress'],
        [10, EXPECT, 'excluded']
      ])
    })

    it('does not evaluate tests while a rule fails the schema (invalidRule)', () => {
      // the misspelt Action drops "Restrict EAC" from the model; without it the first test would
      // wrongly say "no rule matches" and the second "not a rule of this file"
      const rules = [safeguard, { ...restrictEac, Action: 'Block' }]
      const text = doc(rules, [
        { Expect: 'DenyAccess', Name: 'EAC', Protocol: 'ExchangeAdminCenter' },
        { Expect: 'DenyAccess', Protocol: 'ExchangeAdminCenter', ExpectRule: 'Restrict EAC' }
      ])
      expect(findingsOf('EXO601', text)).toEqual([
        exo601(8, EXPECT, 'invalidRule', { test: 'EAC', line: 5 }),
        exo601(9, EXPECT, 'invalidRule', { test: 'Tests[1]', line: 5 })
      ])
      expect(messages(text)[0]).toBe(
        'Test "EAC" was not evaluated because the client access rule at line 5 is not valid; fix that first.'
      )
      expect(lint(text).map((f) => f.id)).toContain('EXO003')
    })

    it('points at the list when ClientAccessRules is not a list (invalidRule)', () => {
      const text = [
        '{',
        '  "Target": "ExchangeServer",',
        '  "ClientAccessRules": {"Name": "Block EAC", "Action": "DenyAccess"},',
        '  "Tests": [{"Expect": "DenyAccess", "Protocol": "ExchangeAdminCenter"}]',
        '}'
      ].join('\n')
      expect(findingsOf('EXO601', text)).toEqual([
        exo601(4, 24, 'invalidRule', { test: 'Tests[0]', line: 3 })
      ])
    })
    it('points at the list when the list as a whole is rejected (invalidRule)', () => {
      // two rules over a maxListItems of 1: the schema rejects ClientAccessRules (line 3) itself
      const text = doc(basic, [{ Expect: 'DenyAccess', Protocol: 'ExchangeAdminCenter' }])
      const limits = { ...defaultConfig().limits, maxListItems: 1 }
      expect(findingsOf('EXO601', text, { limits })).toEqual([
        exo601(8, EXPECT, 'invalidRule', { test: 'Tests[0]', line: 3 })
      ])
    })
  })

  describe('absent properties of a test (FORMAT.md "Tests: expectations")', () => {
    it('an absent AuthenticationType satisfies no auth-type condition', () => {
      const rules = [
        safeguard,
        {
          Name: 'Block basic EAC',
          Action: 'DenyAccess',
          AnyOfProtocols: ['ExchangeAdminCenter'],
          AnyOfAuthenticationTypes: ['BasicAuthentication'],
          Priority: 2
        }
      ]
      const text = doc(rules, [
        { Expect: 'AllowAccess', Protocol: 'ExchangeAdminCenter', ExpectRule: null },
        {
          Expect: 'DenyAccess',
          Protocol: 'ExchangeAdminCenter',
          AuthenticationType: 'BasicAuthentication'
        },
        {
          Expect: 'AllowAccess',
          Protocol: 'ExchangeAdminCenter',
          AuthenticationType: 'AdfsAuthentication'
        },
        // not read as "any type"
        { Expect: 'DenyAccess', Protocol: 'ExchangeAdminCenter' }
      ])
      expect(findingsOf('EXO601', text)).toEqual([
        exo601(11, EXPECT, 'decision', {
          test: 'Tests[3]',
          expected: 'DenyAccess',
          outcome: 'no rule matches, so it is allowed'
        })
      ])
    })

    it('an absent AuthenticationType makes no auth-type exception hold', () => {
      const rules = [
        safeguard,
        {
          Name: 'Block OWA except ADFS',
          Action: 'DenyAccess',
          AnyOfProtocols: ['OutlookWebApp'],
          ExceptAnyOfAuthenticationTypes: ['AdfsAuthentication'],
          Priority: 2
        }
      ]
      const text = doc(
        rules,
        [
          { Expect: 'DenyAccess', Protocol: 'OutlookWebApp' },
          {
            Expect: 'AllowAccess',
            Protocol: 'OutlookWebApp',
            AuthenticationType: 'AdfsAuthentication'
          },
          { Expect: 'AllowAccess', Protocol: 'OutlookWebApp' }
        ],
        'ExchangeOnline'
      )
      expect(findingsOf('EXO601', text)).toEqual([
        exo601(10, EXPECT, 'decision', {
          test: 'Tests[2]',
          expected: 'AllowAccess',
          outcome: 'rule "Block OWA except ADFS" (line 5) denies it'
        })
      ])
    })

    it('an auth type on a protocol that takes no auth-type filter counts as absent (§3.5)', () => {
      const rules = [
        {
          Name: 'Block basic auth',
          Action: 'DenyAccess',
          AnyOfAuthenticationTypes: ['BasicAuthentication'],
          Priority: 1
        }
      ]
      const text = doc(
        rules,
        [
          {
            Expect: 'DenyAccess',
            Protocol: 'OutlookWebApp',
            AuthenticationType: 'BasicAuthentication'
          },
          { Expect: 'AllowAccess', Protocol: 'REST', AuthenticationType: 'BasicAuthentication' },
          {
            Expect: 'DenyAccess',
            Protocol: 'ExchangeWebServices',
            AuthenticationType: 'BasicAuthentication'
          }
        ],
        'ExchangeOnline'
      )
      expect(findingsOf('EXO601', text)).toEqual([
        exo601(9, EXPECT, 'decision', {
          test: 'Tests[2]',
          expected: 'DenyAccess',
          outcome: 'no rule matches, so it is allowed'
        })
      ])
    })

    it('an absent RemoteAddress satisfies no IP condition and no IP exception', () => {
      const rules = [
        safeguard,
        {
          Name: 'Allow EAC from the office',
          Action: 'AllowAccess',
          AnyOfProtocols: ['ExchangeAdminCenter'],
          AnyOfClientIPAddressesOrRanges: ['198.51.100.0/24'],
          Priority: 2
        },
        { ...restrictEac, Priority: 3 }
      ]
      // rules on lines 4, 5, 6; tests from line 9
      const text = doc(rules, [
        { Expect: 'DenyAccess', Protocol: 'ExchangeAdminCenter', ExpectRule: 'Restrict EAC' },
        { Expect: 'AllowAccess', Protocol: 'ExchangeAdminCenter', RemoteAddress: '198.51.100.4' },
        { Expect: 'AllowAccess', Protocol: 'ExchangeAdminCenter' }
      ])
      expect(findingsOf('EXO601', text)).toEqual([
        exo601(11, EXPECT, 'decision', {
          test: 'Tests[2]',
          expected: 'AllowAccess',
          outcome: 'rule "Restrict EAC" (line 6) denies it'
        })
      ])
    })

    it('an absent Username satisfies no username condition and no username exception', () => {
      const rules = [
        safeguard,
        {
          Name: 'Block jeff',
          Action: 'DenyAccess',
          AnyOfProtocols: ['ExchangeAdminCenter'],
          UsernameMatchesAnyOfPatterns: ['*\\jeff'],
          Priority: 2
        },
        {
          Name: 'Block EAC except admins',
          Action: 'DenyAccess',
          AnyOfProtocols: ['ExchangeAdminCenter'],
          ExceptUsernameMatchesAnyOfPatterns: ['*\\admin'],
          Priority: 3
        }
      ]
      const text = doc(rules, [
        { Expect: 'AllowAccess', Protocol: 'ExchangeAdminCenter', Username: 'contoso.com\\admin' },
        {
          ExpectRule: 'Block jeff',
          Protocol: 'ExchangeAdminCenter',
          Username: 'contoso.com\\jeff',
          Expect: 'DenyAccess'
        },
        {
          ExpectRule: 'Block EAC except admins',
          Protocol: 'ExchangeAdminCenter',
          Expect: 'DenyAccess'
        },
        { ExpectRule: 'Block jeff', Protocol: 'ExchangeAdminCenter', Expect: 'DenyAccess' }
      ])
      expect(findingsOf('EXO601', text)).toEqual([
        exo601(12, EXPECT_RULE, 'rule', {
          test: 'Tests[3]',
          expected: 'Block jeff',
          line: 5,
          outcome: 'rule "Block EAC except admins" (line 6) denies it'
        })
      ])
    })

    it('an absent Username does not satisfy the pattern "*" either', () => {
      const rules = [
        safeguard,
        {
          Name: 'Block every user',
          Action: 'DenyAccess',
          AnyOfProtocols: ['ExchangeAdminCenter'],
          UsernameMatchesAnyOfPatterns: ['*'],
          Priority: 2
        },
        {
          Name: 'Block OWA except everyone',
          Action: 'DenyAccess',
          AnyOfProtocols: ['OutlookWebApp'],
          ExceptUsernameMatchesAnyOfPatterns: ['*'],
          Priority: 3
        }
      ]
      const text = doc(
        rules,
        [
          { Expect: 'AllowAccess', Protocol: 'ExchangeAdminCenter', ExpectRule: null },
          { Expect: 'DenyAccess', Protocol: 'ExchangeAdminCenter', Username: 'contoso.com\\x' },
          {
            Expect: 'DenyAccess',
            Protocol: 'OutlookWebApp',
            ExpectRule: 'Block OWA except everyone'
          },
          { Expect: 'AllowAccess', Protocol: 'OutlookWebApp', Username: 'contoso.com\\x' }
        ],
        'ExchangeOnline'
      )
      expect(findingsOf('EXO601', text)).toEqual([])
    })

    it('an absent User or recipient property is empty: -eq/-like false, -ne/-notlike true', () => {
      const rule = (n: number, filter: string) => ({
        Name: `Filter ${n}`,
        Action: 'DenyAccess',
        AnyOfProtocols: ['ExchangeAdminCenter'],
        UserRecipientFilter: filter,
        Priority: n
      })
      const run = (filter: string, user?: Obj) => {
        const test: Obj = { Expect: 'AllowAccess', Protocol: 'ExchangeAdminCenter' }
        if (user) test.User = user
        return findingsOf('EXO601', doc([safeguard, rule(2, filter)], [test])).map(
          (f) => f.data.outcome
        )
      }
      const denied = ['rule "Filter 2" (line 5) denies it']
      // no User at all
      expect(run("Department -eq 'Sales'")).toEqual([])
      expect(run("Department -like 'Sal*'")).toEqual([])
      expect(run("Department -ne 'IT'")).toEqual(denied)
      expect(run("Department -notlike 'IT*'")).toEqual(denied)
      // a User without that property
      expect(run("Department -eq 'Sales'", { City: 'Oslo' })).toEqual([])
      expect(run("Department -ne 'IT'", { City: 'Oslo' })).toEqual(denied)
      // the property given (values compare case-insensitively)
      expect(run("Department -eq 'Sales'", { Department: 'SALES' })).toEqual(denied)
      expect(run("Department -ne 'IT'", { Department: 'it' })).toEqual([])
      expect(run("Department -like 'Sal*'", { Department: 'Sales' })).toEqual(denied)
      expect(run("Department -notlike 'IT*'", { Department: 'IT Ops' })).toEqual([])
    })
  })

  describe('evaluation', () => {
    it('skips a Scope: Users rule for a middle-tier connection, not a Scope: All one', () => {
      const rules = [
        safeguard,
        {
          Name: 'Block REST for users',
          Action: 'DenyAccess',
          AnyOfProtocols: ['REST'],
          Scope: 'Users',
          Priority: 2
        },
        {
          Name: 'Block all EWS',
          Action: 'DenyAccess',
          AnyOfProtocols: ['ExchangeWebServices'],
          Scope: 'All',
          Priority: 3
        },
        { Name: 'Block POP', Action: 'DenyAccess', AnyOfProtocols: ['POP3'], Priority: 4 }
      ]
      // rules on lines 4–7; tests from line 10
      const text = doc(
        rules,
        [
          { Expect: 'AllowAccess', Protocol: 'REST', MiddleTier: true, ExpectRule: null },
          {
            Expect: 'DenyAccess',
            Protocol: 'REST',
            MiddleTier: false,
            ExpectRule: 'Block REST for users'
          },
          { Expect: 'DenyAccess', Protocol: 'REST', ExpectRule: 'Block REST for users' },
          { Expect: 'DenyAccess', Protocol: 'ExchangeWebServices', MiddleTier: true },
          // no Scope reads as All
          { Expect: 'DenyAccess', Protocol: 'POP3', MiddleTier: true },
          { Expect: 'DenyAccess', Name: 'middle-tier REST', Protocol: 'REST', MiddleTier: true }
        ],
        'ExchangeOnline'
      )
      expect(findingsOf('EXO601', text)).toEqual([
        exo601(15, EXPECT, 'decision', {
          test: 'middle-tier REST',
          expected: 'DenyAccess',
          outcome: 'no rule matches, so it is allowed'
        })
      ])
    })

    it('skips disabled rules', () => {
      const rules = [
        safeguard,
        {
          Name: 'Old EAC block',
          Action: 'DenyAccess',
          AnyOfProtocols: ['ExchangeAdminCenter'],
          Enabled: false,
          Priority: 2
        },
        { ...restrictEac, Priority: 3 }
      ]
      // rules on lines 4, 5, 6; tests from line 9
      const text = doc(rules, [
        { Expect: 'DenyAccess', Protocol: 'ExchangeAdminCenter', ExpectRule: 'Restrict EAC' },
        {
          Expect: 'AllowAccess',
          Protocol: 'ExchangeAdminCenter',
          RemoteAddress: '203.0.113.5',
          ExpectRule: null
        },
        { ExpectRule: 'Old EAC block', Protocol: 'ExchangeAdminCenter', Expect: 'DenyAccess' }
      ])
      expect(findingsOf('EXO601', text)).toEqual([
        exo601(11, EXPECT_RULE, 'rule', {
          test: 'Tests[2]',
          expected: 'Old EAC block',
          line: 5,
          outcome: 'rule "Restrict EAC" (line 6) denies it'
        })
      ])
    })

    it('evaluates by Priority, not by array order, and names the rule at its own line', () => {
      const rules = [
        { ...restrictEac, Priority: 5 },
        {
          Name: 'Allow EAC for the helpdesk',
          Action: 'AllowAccess',
          AnyOfProtocols: ['ExchangeAdminCenter'],
          AnyOfClientIPAddressesOrRanges: ['198.51.100.0/24'],
          Priority: 2
        },
        { ...safeguard, Priority: 1 }
      ]
      // Restrict EAC on line 4, helpdesk on line 5, safeguard on line 6; tests from line 9
      const text = doc(rules, [
        {
          Expect: 'AllowAccess',
          Protocol: 'ExchangeAdminCenter',
          RemoteAddress: '198.51.100.9',
          ExpectRule: 'Allow EAC for the helpdesk'
        },
        { Expect: 'DenyAccess', Protocol: 'ExchangeAdminCenter', RemoteAddress: '198.51.100.9' }
      ])
      expect(findingsOf('EXO601', text)).toEqual([
        exo601(10, EXPECT, 'decision', {
          test: 'Tests[1]',
          expected: 'DenyAccess',
          outcome: 'rule "Allow EAC for the helpdesk" (line 5) allows it'
        })
      ])
    })

    it('puts rules without Priority after those with one; equal priorities keep array order', () => {
      const block = {
        Name: 'Block EAC',
        Action: 'DenyAccess',
        AnyOfProtocols: ['ExchangeAdminCenter']
      }
      const allow = {
        Name: 'Allow EAC',
        Action: 'AllowAccess',
        AnyOfProtocols: ['ExchangeAdminCenter']
      }
      const test = {
        Expect: 'AllowAccess',
        Protocol: 'ExchangeAdminCenter',
        ExpectRule: 'Allow EAC'
      }
      // Block EAC has no Priority: it runs after Allow EAC although it comes first
      expect(findingsOf('EXO601', doc([block, { ...allow, Priority: 7 }], [test]))).toEqual([])
      // equal priorities: array order decides, so Block EAC (line 4) comes first
      expect(
        findingsOf(
          'EXO601',
          doc(
            [
              { ...block, Priority: 3 },
              { ...allow, Priority: 3 }
            ],
            [test]
          )
        )
      ).toEqual([
        exo601(8, EXPECT, 'decision', {
          test: 'Tests[0]',
          expected: 'AllowAccess',
          outcome: 'rule "Block EAC" (line 4) denies it'
        })
      ])
      // no Priority at all: array order
      expect(findingsOf('EXO601', doc([allow, block], [test]))).toEqual([])
    })

    it('matches IPv6 addresses in any text form, never across families', () => {
      const rules = [
        safeguard,
        {
          ...restrictEac,
          ExceptAnyOfClientIPAddressesOrRanges: ['2001:db8::/32', '2001:db9::1-2001:db9::ff']
        }
      ]
      const test = (address: string, e: string) => ({
        Expect: e,
        Protocol: 'ExchangeAdminCenter',
        RemoteAddress: address
      })
      const text = doc(rules, [
        test('2001:DB8:0:0::5', 'AllowAccess'),
        test('2001:0db8:0000:0000:0000:0000:0000:0001', 'AllowAccess'),
        test('2001:db8:ffff:ffff:ffff:ffff:ffff:ffff', 'AllowAccess'),
        test('2001:db9::80', 'AllowAccess'),
        test('2001:db9::100', 'DenyAccess'),
        test('2001:db7:ffff::1', 'DenyAccess'),
        test('::ffff:203.0.113.5', 'DenyAccess'),
        test('32.1.13.184', 'DenyAccess'),
        // wrong on purpose: outside the block
        test('2001:db9::', 'AllowAccess')
      ])
      expect(findingsOf('EXO601', text)).toEqual([
        exo601(16, EXPECT, 'decision', {
          test: 'Tests[8]',
          expected: 'AllowAccess',
          outcome: 'rule "Restrict EAC" (line 5) denies it'
        })
      ])
    })

    it('matches username patterns case-insensitively, with `\\` and `.` literal', () => {
      const rules = [
        safeguard,
        {
          Name: 'Block D users',
          Action: 'DenyAccess',
          AnyOfProtocols: ['ExchangeAdminCenter'],
          UsernameMatchesAnyOfPatterns: ['*\\d*', '*.com\\x*y'],
          Priority: 2
        }
      ]
      const test = (username: string, e: string) => ({
        Expect: e,
        Protocol: 'ExchangeAdminCenter',
        Username: username
      })
      const text = doc(rules, [
        test('contoso.com\\dave', 'DenyAccess'),
        test('CONTOSO.COM\\DAVE', 'DenyAccess'),
        test('contoso.com\\XaY', 'DenyAccess'),
        // a regular expression would read `\d` as a digit and `.` as any character
        test('contoso7', 'AllowAccess'),
        test('contosoXcom\\xy', 'AllowAccess'),
        test('contoso.com/dave', 'AllowAccess'),
        // wrong on purpose
        test('Contoso.com\\Dan', 'AllowAccess')
      ])
      expect(findingsOf('EXO601', text)).toEqual([
        exo601(14, EXPECT, 'decision', {
          test: 'Tests[6]',
          expected: 'AllowAccess',
          outcome: 'rule "Block D users" (line 5) denies it'
        })
      ])
    })
  })
})

describe('EXO601 on an Exchange Server target', () => {
  const text = JSON.stringify(
    {
      Target: 'ExchangeServer',
      ClientAccessRules: [
        {
          Name: 'Always Allow Remote PowerShell',
          Action: 'AllowAccess',
          AnyOfProtocols: ['RemotePowerShell'],
          Priority: 1
        },
        { Name: 'Block all', Action: 'DenyAccess', Priority: 2 }
      ],
      Tests: [
        {
          Name: 'OWA is not governed there',
          Protocol: 'OutlookWebApp',
          Expect: 'AllowAccess',
          ExpectRule: null
        },
        { Name: 'EAC is', Protocol: 'ExchangeAdminCenter', Expect: 'AllowAccess' }
      ]
    },
    null,
    2
  )

  it('decides only EAC and RemotePowerShell connections there; others are allowed by no rule', () => {
    expect(findingsOf('EXO601', text).map((f) => [f.line, f.messageId, f.data?.test])).toEqual([
      [28, 'decision', 'EAC is']
    ])
  })
})
