import { describe, expect, it } from 'vitest'
import { MAX_PREDICATES } from '../../src/model/analysis.js'
import { findingsOf, lint, ruleSet } from '../helpers.js'

/** One EXO103 finding, as `findingsOf` reports it. */
const exo103 = (
  line: number,
  column: number,
  data: { rule: string; action: string; earlier: string; opposite: string }
) => ({ id: 'EXO103', severity: 'error', line, column, messageId: 'shadowed', data })

/**
 * A rule set with one client access rule per line. Line 1 opens the document, rule i (0-based) is
 * on line 2+i: `  {"Name":"…` puts its `Name` value at column 11.
 */
const rules = (rows: Record<string, unknown>[], target = 'ExchangeServer') =>
  `{"Target": "${target}", "ClientAccessRules": [\n` +
  rows.map((r) => `  ${JSON.stringify(r)}`).join(',\n') +
  '\n]}'

/** A client access rule whose `Name` comes first. */
const rule = (Name: string, Action: 'AllowAccess' | 'DenyAccess', fields = {}) => ({
  Name,
  Action,
  ...fields
})
const allow = (Name: string, fields = {}) => rule(Name, 'AllowAccess', fields)
const deny = (Name: string, fields = {}) => rule(Name, 'DenyAccess', fields)

const EAC = { AnyOfProtocols: ['ExchangeAdminCenter'] }
const RPS = { AnyOfProtocols: ['RemotePowerShell'] }
const OWA = { AnyOfProtocols: ['OutlookWebApp'] }
const ADMINS = { UsernameMatchesAnyOfPatterns: ['contoso\\*-admin'] }
const OFFICE = { AnyOfClientIPAddressesOrRanges: ['203.0.113.0/24'] }

const of = (rows: Record<string, unknown>[], target?: string) =>
  findingsOf('EXO103', rules(rows, target))

describe('EXO103 shadowed-rule', () => {
  describe("Microsoft's example", () => {
    it('reports "Allow OWA from an IP range" placed after "Block OWA"', () => {
      const text = rules(
        [
          deny('Block OWA', { ...OWA, Priority: 1 }),
          allow('Allow OWA from the office', { ...OWA, ...OFFICE, Priority: 2 })
        ],
        'ExchangeOnline'
      )
      expect(findingsOf('EXO103', text)).toEqual([
        exo103(3, 11, {
          rule: 'Allow OWA from the office',
          action: 'AllowAccess',
          earlier: '"Block OWA" (line 2)',
          opposite: '"Block OWA" (line 2)'
        })
      ])
      expect(findingsOf('EXO104', text)).toEqual([])
    })

    it('reports an IP range that lies inside an earlier rule with the other action', () => {
      const text = rules([
        deny('Block EAC outside the lab', {
          ...EAC,
          AnyOfClientIPAddressesOrRanges: ['198.51.100.0/24', '203.0.0.0/16']
        }),
        allow('Allow EAC from the office', { ...EAC, ...OFFICE })
      ])
      expect(findingsOf('EXO103', text)).toEqual([
        exo103(3, 11, {
          rule: 'Allow EAC from the office',
          action: 'AllowAccess',
          earlier: '"Block EAC outside the lab" (line 2)',
          opposite: '"Block EAC outside the lab" (line 2)'
        })
      ])
      expect(findingsOf('EXO104', text)).toEqual([])
    })

    it('reports the same mistake on Exchange Server with a username condition', () => {
      const text = rules([
        allow('Always Allow Remote PowerShell', { ...RPS, Priority: 1 }),
        deny('Block EAC', { ...EAC, Priority: 2 }),
        allow('Allow EAC for admins', { ...EAC, ...ADMINS, Priority: 3 })
      ])
      expect(findingsOf('EXO103', text)).toEqual([
        exo103(4, 11, {
          rule: 'Allow EAC for admins',
          action: 'AllowAccess',
          earlier: '"Block EAC" (line 3)',
          opposite: '"Block EAC" (line 3)'
        })
      ])
      const [finding] = lint(text).filter((f) => f.id === 'EXO103')
      expect(finding?.message).toBe(
        'Rule "Allow EAC for admins" (AllowAccess) never takes effect: every connection it matches is decided first by "Block EAC" (line 3); add it as an exception to "Block EAC" (line 3) instead.'
      )
      expect(finding?.related?.map((r) => [r.line, r.column, r.message])).toEqual([
        [3, 11, 'An earlier rule that decides some of these connections with the other action.']
      ])
    })

    it('accepts the fix Microsoft gives: an exception on the first rule', () => {
      expect(
        of(
          [
            deny('Block OWA', {
              ...OWA,
              ExceptAnyOfClientIPAddressesOrRanges: ['203.0.113.0/24'],
              Priority: 1
            }),
            allow('Allow OWA from the office', { ...OWA, ...OFFICE, Priority: 2 })
          ],
          'ExchangeOnline'
        )
      ).toEqual([])
      expect(
        of([
          deny('Block EAC', { ...EAC, ExceptUsernameMatchesAnyOfPatterns: ['contoso\\*-admin'] }),
          allow('Allow EAC for admins', { ...EAC, ...ADMINS })
        ])
      ).toEqual([])
    })

    it('points at the Name of the shadowed rule in a pretty-printed file', () => {
      // ruleSet's layout: rule 0 spans lines 4-10, rule 1 starts on line 11, its Name on line 12
      const text = ruleSet([
        deny('Block EAC', EAC),
        allow('Allow EAC for admins', { ...EAC, ...ADMINS })
      ])
      expect(findingsOf('EXO103', text)).toEqual([
        exo103(12, 15, {
          rule: 'Allow EAC for admins',
          action: 'AllowAccess',
          earlier: '"Block EAC" (line 5)',
          opposite: '"Block EAC" (line 5)'
        })
      ])
    })
  })

  describe('several earlier rules', () => {
    it('reports a range split across two earlier rules that together cover it', () => {
      expect(
        of([
          deny('Block low half', {
            ...EAC,
            AnyOfClientIPAddressesOrRanges: ['203.0.113.0-203.0.113.127']
          }),
          deny('Block high half', { ...EAC, AnyOfClientIPAddressesOrRanges: ['203.0.113.128/25'] }),
          allow('Allow the office', { ...EAC, ...OFFICE })
        ])
      ).toEqual([
        exo103(4, 11, {
          rule: 'Allow the office',
          action: 'AllowAccess',
          earlier: '"Block low half" (line 2) and "Block high half" (line 3)',
          opposite: '"Block low half" (line 2) and "Block high half" (line 3)'
        })
      ])
    })

    it('does not report a range that the earlier rules cover only in part', () => {
      expect(
        of([
          deny('Block low half', {
            ...EAC,
            AnyOfClientIPAddressesOrRanges: ['203.0.113.0-203.0.113.127']
          }),
          deny('Block part of the high half', {
            ...EAC,
            AnyOfClientIPAddressesOrRanges: ['203.0.113.128/26']
          }),
          allow('Allow the office', { ...EAC, ...OFFICE })
        ])
      ).toEqual([])
    })

    it('reports a rule without protocols hidden by one rule per protocol', () => {
      expect(
        of([deny('Block EAC', EAC), deny('Block PowerShell', RPS), allow('Allow admins', ADMINS)])
      ).toEqual([
        exo103(4, 11, {
          rule: 'Allow admins',
          action: 'AllowAccess',
          earlier: '"Block EAC" (line 2) and "Block PowerShell" (line 3)',
          opposite: '"Block EAC" (line 2) and "Block PowerShell" (line 3)'
        })
      ])
    })

    it('names every earlier decider but suggests the exception only on those with the other action', () => {
      const text = rules([
        allow('Allow helpdesk', { ...EAC, UsernameMatchesAnyOfPatterns: ['*\\helpdesk'] }),
        deny('Block EAC', EAC),
        deny('Block helpdesk', { ...EAC, UsernameMatchesAnyOfPatterns: ['*\\helpdesk'] }),
        allow('Allow admins', { ...EAC, ...ADMINS })
      ])
      expect(findingsOf('EXO103', text)).toEqual([
        exo103(4, 11, {
          rule: 'Block helpdesk',
          action: 'DenyAccess',
          earlier: '"Allow helpdesk" (line 2)',
          opposite: '"Allow helpdesk" (line 2)'
        }),
        exo103(5, 11, {
          rule: 'Allow admins',
          action: 'AllowAccess',
          earlier: '"Allow helpdesk" (line 2) and "Block EAC" (line 3)',
          opposite: '"Block EAC" (line 3)'
        })
      ])
      // a shadowed rule is never also reported as redundant
      expect(findingsOf('EXO105', text)).toEqual([])
      const admins = lint(text).filter((f) => f.id === 'EXO103')[1]
      expect(admins?.related?.map((r) => [r.line, r.column, r.message])).toEqual([
        [2, 11, 'An earlier rule that decides some of these connections with the same action.'],
        [3, 11, 'An earlier rule that decides some of these connections with the other action.']
      ])
    })

    it('lists at most five earlier rules, then how many more', () => {
      const users = ['a', 'b', 'c', 'd', 'e'].map((u, i) =>
        deny(`Block ${i + 1}`, { ...EAC, UsernameMatchesAnyOfPatterns: [`*\\${u}`] })
      )
      expect(
        of([...users, deny('Block EAC', EAC), allow('Allow admins', { ...EAC, ...ADMINS })])
      ).toEqual([
        exo103(8, 11, {
          rule: 'Allow admins',
          action: 'AllowAccess',
          earlier:
            '"Block 1" (line 2), "Block 2" (line 3), "Block 3" (line 4), "Block 4" (line 5), "Block 5" (line 6) and 1 more',
          opposite:
            '"Block 1" (line 2), "Block 2" (line 3), "Block 3" (line 4), "Block 4" (line 5), "Block 5" (line 6) and 1 more'
        })
      ])
    })
  })

  it('relates only the rules its message names: the first five earlier ones', () => {
    const users = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((u, i) =>
      deny(`Block ${i + 1}`, { ...EAC, UsernameMatchesAnyOfPatterns: [`*\\${u}`] })
    )
    const text = rules([
      ...users,
      deny('Block EAC', EAC),
      allow('Allow admins', { ...EAC, ...ADMINS })
    ])
    const found = lint(text).filter((f) => f.id === 'EXO103')
    expect(found.map((f) => [f.line, f.data.earlier])).toEqual([
      [
        10,
        '"Block 1" (line 2), "Block 2" (line 3), "Block 3" (line 4), "Block 4" (line 5), "Block 5" (line 6) and 3 more'
      ]
    ])
    expect(found[0]?.related?.map((r) => r.line)).toEqual([2, 3, 4, 5, 6])
  })

  describe('evaluation order', () => {
    it('follows Priority, not array order', () => {
      expect(
        of([
          allow('Allow EAC for admins', { ...EAC, ...ADMINS, Priority: 2 }),
          deny('Block EAC', { ...EAC, Priority: 1 })
        ])
      ).toEqual([
        exo103(2, 11, {
          rule: 'Allow EAC for admins',
          action: 'AllowAccess',
          earlier: '"Block EAC" (line 3)',
          opposite: '"Block EAC" (line 3)'
        })
      ])
    })

    it('accepts the same rules when Priority puts the narrow rule first', () => {
      expect(
        of([
          deny('Block EAC', { ...EAC, Priority: 2 }),
          allow('Allow EAC for admins', { ...EAC, ...ADMINS, Priority: 1 })
        ])
      ).toEqual([])
    })

    it('evaluates rules without Priority after every rule that has one', () => {
      // array order would put "Allow EAC for admins" first; Priority puts "Block EAC" first
      expect(
        of([
          allow('Allow EAC for admins', { ...EAC, ...ADMINS }),
          deny('Block EAC', { ...EAC, Priority: 5 })
        ])
      ).toEqual([
        exo103(2, 11, {
          rule: 'Allow EAC for admins',
          action: 'AllowAccess',
          earlier: '"Block EAC" (line 3)',
          opposite: '"Block EAC" (line 3)'
        })
      ])
      // and the reverse: the rule with Priority runs first and decides the admins
      expect(
        of([
          deny('Block EAC', EAC),
          allow('Allow EAC for admins', { ...EAC, ...ADMINS, Priority: 5 })
        ])
      ).toEqual([])
    })

    it('keeps array order among rules without Priority', () => {
      expect(
        of([allow('Allow EAC for admins', { ...EAC, ...ADMINS }), deny('Block EAC', EAC)])
      ).toEqual([])
    })
  })

  describe('rules that do not shadow', () => {
    it('ignores a disabled earlier rule', () => {
      expect(
        of([
          deny('Block EAC', { ...EAC, Enabled: false }),
          allow('Allow EAC for admins', { ...EAC, ...ADMINS })
        ])
      ).toEqual([])
    })

    it('does not report a disabled later rule (EXO107 lists it)', () => {
      const text = rules([
        deny('Block EAC', EAC),
        allow('Allow EAC for admins', { ...EAC, ...ADMINS, Enabled: false })
      ])
      expect(findingsOf('EXO103', text)).toEqual([])
      expect(lint(text).map((f) => f.id)).toEqual(['EXO107'])
    })

    it('leaves a rule that cannot match at all to EXO104', () => {
      const text = rules([
        deny('Block EAC', EAC),
        allow('Allow nothing', { ...EAC, ExceptAnyOfProtocols: ['ExchangeAdminCenter'] })
      ])
      expect(findingsOf('EXO103', text)).toEqual([])
      expect(findingsOf('EXO104', text).map((f) => f.messageId)).toEqual(['protocolsExcepted'])
    })

    it('does not report a rule hidden only in part', () => {
      expect(
        of([
          deny('Block EAC from the guest network', { ...EAC, ...OFFICE }),
          allow('Allow EAC', EAC)
        ])
      ).toEqual([])
    })

    it('leaves to the later rule the connections an exception of the earlier rule lets through', () => {
      expect(
        of([
          deny('Block EAC', { ...EAC, ExceptUsernameMatchesAnyOfPatterns: ['*\\admin'] }),
          allow('Allow other admins', { ...EAC, UsernameMatchesAnyOfPatterns: ['*\\root'] })
        ])
      ).toEqual([])
      expect(
        of([
          deny('Block EAC', {
            ...EAC,
            ExceptAnyOfAuthenticationTypes: ['AdfsAuthentication'],
            AnyOfAuthenticationTypes: ['AdfsAuthentication', 'BasicAuthentication']
          }),
          allow('Allow EAC', EAC)
        ])
      ).toEqual([])
    })
  })

  describe('username patterns and filters', () => {
    it('never shadows on an implication between different pattern lists', () => {
      // "*\a" implies "*\a" or "*\b" in reality, but the lists are two opaque predicates
      expect(
        of([
          deny('Block a and b', { ...EAC, UsernameMatchesAnyOfPatterns: ['*\\a', '*\\b'] }),
          allow('Allow a', { ...EAC, UsernameMatchesAnyOfPatterns: ['*\\a'] })
        ])
      ).toEqual([])
      expect(
        of([
          deny('Block a', { ...EAC, UsernameMatchesAnyOfPatterns: ['*\\a'] }),
          allow('Allow a and b', { ...EAC, UsernameMatchesAnyOfPatterns: ['*\\a', '*\\b'] })
        ])
      ).toEqual([])
    })

    it('treats the same patterns in another order and case as one predicate', () => {
      expect(
        of([
          deny('Block admins', {
            ...EAC,
            UsernameMatchesAnyOfPatterns: ['contoso\\*-admin', '*\\helpdesk']
          }),
          allow('Allow admins', {
            ...EAC,
            UsernameMatchesAnyOfPatterns: ['*\\HelpDesk', 'CONTOSO\\*-ADMIN']
          })
        ])
      ).toEqual([
        exo103(3, 11, {
          rule: 'Allow admins',
          action: 'AllowAccess',
          earlier: '"Block admins" (line 2)',
          opposite: '"Block admins" (line 2)'
        })
      ])
    })

    it('treats a pattern list holding "*" as matching everyone', () => {
      expect(
        of([
          deny('Block everyone', { ...EAC, UsernameMatchesAnyOfPatterns: ['*'] }),
          allow('Allow admins', { ...EAC, ...ADMINS })
        ])
      ).toEqual([
        exo103(3, 11, {
          rule: 'Allow admins',
          action: 'AllowAccess',
          earlier: '"Block everyone" (line 2)',
          opposite: '"Block everyone" (line 2)'
        })
      ])
    })

    it('never shadows on an implication between different filters', () => {
      expect(
        of([
          deny('Block IT', { ...EAC, UserRecipientFilter: "Department -eq 'IT'" }),
          allow('Allow IT in Oslo', {
            ...EAC,
            UserRecipientFilter: "Department -eq 'IT' -and City -eq 'Oslo'"
          })
        ])
      ).toEqual([])
    })

    it('reports a rule whose filter text is the same as the earlier rule', () => {
      expect(
        of([
          deny('Block IT', { ...EAC, UserRecipientFilter: "Department -eq 'IT'" }),
          allow('Allow IT admins', {
            ...EAC,
            ...ADMINS,
            UserRecipientFilter: "Department -eq 'IT'"
          })
        ])
      ).toEqual([
        exo103(3, 11, {
          rule: 'Allow IT admins',
          action: 'AllowAccess',
          earlier: '"Block IT" (line 2)',
          opposite: '"Block IT" (line 2)'
        })
      ])
    })

    it('stays silent where too many predicates meet for the model to decide', () => {
      // one pattern list more than MAX_PREDICATES in one region: the model says "unknown"
      const users = Array.from({ length: MAX_PREDICATES + 1 }, (_, i) => `*\\user${i}`)
      const text = rules([
        ...users.map((u, i) => deny(`Block ${i}`, { ...EAC, UsernameMatchesAnyOfPatterns: [u] })),
        deny('Block EAC', EAC),
        allow('Allow user 0', { ...EAC, UsernameMatchesAnyOfPatterns: [users[0]] })
      ])
      expect(findingsOf('EXO103', text)).toEqual([])
      expect(findingsOf('EXO105', text)).toEqual([])
      // with MAX_PREDICATES lists the model decides, and the same mistake is reported
      const fewer = rules([
        ...users
          .slice(2)
          .map((u, i) => deny(`Block ${i}`, { ...EAC, UsernameMatchesAnyOfPatterns: [u] })),
        deny('Block user 0', { ...EAC, UsernameMatchesAnyOfPatterns: [users[0]] }),
        allow('Allow user 0', { ...EAC, UsernameMatchesAnyOfPatterns: [users[0]] })
      ])
      expect(findingsOf('EXO103', fewer).map((f) => [f.line, f.messageId])).toEqual([
        [MAX_PREDICATES + 2, 'shadowed']
      ])
    })
  })

  describe('addresses, scope and authentication types', () => {
    it('reports a rule hidden behind a rule that covers every IPv4 and IPv6 address', () => {
      expect(
        of([
          deny('Block everywhere', {
            ...EAC,
            AnyOfClientIPAddressesOrRanges: ['0.0.0.0/0', '::/0']
          }),
          allow('Allow EAC', EAC)
        ])
      ).toEqual([
        exo103(3, 11, {
          rule: 'Allow EAC',
          action: 'AllowAccess',
          earlier: '"Block everywhere" (line 2)',
          opposite: '"Block everywhere" (line 2)'
        })
      ])
    })

    it('does not report a rule that still decides IPv6 connections', () => {
      expect(
        of([
          deny('Block IPv4', { ...EAC, AnyOfClientIPAddressesOrRanges: ['0.0.0.0/0'] }),
          allow('Allow EAC', EAC)
        ])
      ).toEqual([])
      expect(
        of([
          deny('Block IPv6', { ...EAC, AnyOfClientIPAddressesOrRanges: ['::/0'] }),
          allow('Allow EAC', EAC)
        ])
      ).toEqual([])
    })

    it("reports an IPv6 start-end range equal to the earlier rule's CIDR block", () => {
      expect(
        of([
          deny('Block the lab', { ...EAC, AnyOfClientIPAddressesOrRanges: ['2001:db8::/32'] }),
          allow('Allow the lab', {
            ...EAC,
            AnyOfClientIPAddressesOrRanges: ['2001:db8::-2001:db8:ffff:ffff:ffff:ffff:ffff:ffff']
          })
        ])
      ).toEqual([
        exo103(3, 11, {
          rule: 'Allow the lab',
          action: 'AllowAccess',
          earlier: '"Block the lab" (line 2)',
          opposite: '"Block the lab" (line 2)'
        })
      ])
    })

    it('reports a Scope Users rule after a rule for all connections', () => {
      for (const scope of [{}, { Scope: 'All' }]) {
        expect(
          of([
            deny('Block EAC', { ...EAC, ...scope }),
            allow('Allow EAC', { ...EAC, Scope: 'Users' })
          ])
        ).toEqual([
          exo103(3, 11, {
            rule: 'Allow EAC',
            action: 'AllowAccess',
            earlier: '"Block EAC" (line 2)',
            opposite: '"Block EAC" (line 2)'
          })
        ])
      }
    })

    it('does not report a rule that decides the middle-tier connections a Scope Users rule skips', () => {
      expect(
        of([
          deny('Block EAC users', { ...EAC, Scope: 'Users' }),
          allow('Allow EAC for admins', { ...EAC, ...ADMINS })
        ])
      ).toEqual([])
    })

    it('reports a rule hidden behind a rule for every authentication type of its protocol', () => {
      expect(
        of([
          deny('Block EAC', {
            ...EAC,
            AnyOfAuthenticationTypes: ['AdfsAuthentication', 'BasicAuthentication']
          }),
          allow('Allow EAC', EAC)
        ])
      ).toEqual([
        exo103(3, 11, {
          rule: 'Allow EAC',
          action: 'AllowAccess',
          earlier: '"Block EAC" (line 2)',
          opposite: '"Block EAC" (line 2)'
        })
      ])
      expect(
        of([
          deny('Block basic', { ...RPS, AnyOfAuthenticationTypes: ['BasicAuthentication'] }),
          deny('Block non-basic', { ...RPS, AnyOfAuthenticationTypes: ['NonBasicAuthentication'] }),
          allow('Allow PowerShell', RPS)
        ])
      ).toEqual([
        exo103(4, 11, {
          rule: 'Allow PowerShell',
          action: 'AllowAccess',
          earlier: '"Block basic" (line 2) and "Block non-basic" (line 3)',
          opposite: '"Block basic" (line 2) and "Block non-basic" (line 3)'
        })
      ])
    })

    it('does not report a rule that decides another authentication type', () => {
      expect(
        of([
          deny('Block basic', { ...EAC, AnyOfAuthenticationTypes: ['BasicAuthentication'] }),
          allow('Allow EAC', EAC)
        ])
      ).toEqual([])
    })
  })

  describe('targets', () => {
    it('counts only EAC and PowerShell connections on ExchangeServer', () => {
      const rows = [
        deny('Block EAC', EAC),
        allow('Allow EAC and OWA', { AnyOfProtocols: ['ExchangeAdminCenter', 'OutlookWebApp'] })
      ]
      expect(of(rows)).toEqual([
        exo103(3, 11, {
          rule: 'Allow EAC and OWA',
          action: 'AllowAccess',
          earlier: '"Block EAC" (line 2)',
          opposite: '"Block EAC" (line 2)'
        })
      ])
      // on ExchangeOnline the rule still decides OWA connections
      expect(of(rows, 'ExchangeOnline')).toEqual([])
    })

    it('reports a rule without protocols after a rule naming both ExchangeServer protocols', () => {
      expect(
        of([
          deny('Block all', { AnyOfProtocols: ['ExchangeAdminCenter', 'RemotePowerShell'] }),
          allow('Allow admins', ADMINS)
        ])
      ).toEqual([
        exo103(3, 11, {
          rule: 'Allow admins',
          action: 'AllowAccess',
          earlier: '"Block all" (line 2)',
          opposite: '"Block all" (line 2)'
        })
      ])
      expect(
        of(
          [
            deny('Block all', { AnyOfProtocols: ['ExchangeAdminCenter', 'RemotePowerShell'] }),
            allow('Allow admins', ADMINS)
          ],
          'ExchangeOnline'
        )
      ).toEqual([])
    })
  })
})
