import { describe, expect, it } from 'vitest'
import { findingsOf, lint, ruleSet } from '../helpers.js'

type MessageId =
  | 'noTargetProtocol'
  | 'protocolsExcepted'
  | 'usersExcepted'
  | 'everyoneExcepted'
  | 'authExcepted'
  | 'authProtocols'
  | 'ipExcepted'

/** One EXO104 finding, as `findingsOf` reports it. */
const exo104 = (
  line: number,
  column: number,
  messageId: MessageId,
  rule: string,
  target = 'ExchangeServer'
) => ({ id: 'EXO104', severity: 'warning', line, column, messageId, data: { rule, target } })

/**
 * A rule set with one client access rule per line. Line 1 opens the document, rule i (0-based) is
 * on line 2+i: `  {"Name":"…` puts its `Name` value at column 11.
 */
const rules = (rows: Record<string, unknown>[], target = 'ExchangeServer') =>
  `{"Target": "${target}", "ClientAccessRules": [\n` +
  rows.map((r) => `  ${JSON.stringify(r)}`).join(',\n') +
  '\n]}'

/** A deny rule whose `Name` comes first. */
const deny = (Name: string, fields = {}) => ({ Name, Action: 'DenyAccess', ...fields })

const EAC = { AnyOfProtocols: ['ExchangeAdminCenter'] }
const RPS = { AnyOfProtocols: ['RemotePowerShell'] }

/** The EXO104 findings of one rule (on line 2). */
const of = (fields: Record<string, unknown>, target?: string) =>
  findingsOf('EXO104', rules([deny('R', fields)], target))

describe('EXO104 never-matches', () => {
  describe('protocols', () => {
    it('reports a rule naming only protocols the target has no connections for', () => {
      expect(of({ AnyOfProtocols: ['OutlookWebApp', 'POP3'] })).toEqual([
        exo104(2, 11, 'noTargetProtocol', 'R')
      ])
      const text = rules([deny('Block OWA', { AnyOfProtocols: ['OutlookWebApp'] })])
      expect(lint(text).find((f) => f.id === 'EXO104')?.message).toBe(
        'Rule "Block OWA" names no protocol that "ExchangeServer" has connections for, so it never matches.'
      )
    })

    it('accepts the same protocols on ExchangeOnline, and a list with one Exchange Server protocol', () => {
      expect(of({ AnyOfProtocols: ['OutlookWebApp', 'POP3'] }, 'ExchangeOnline')).toEqual([])
      expect(of({ AnyOfProtocols: ['OutlookWebApp', 'ExchangeAdminCenter'] })).toEqual([])
    })

    it('reports a rule that excepts every protocol it names', () => {
      expect(of({ ...EAC, ExceptAnyOfProtocols: ['ExchangeAdminCenter'] })).toEqual([
        exo104(2, 11, 'protocolsExcepted', 'R')
      ])
      // OWA does not exist on ExchangeServer, so excepting EAC leaves nothing
      expect(
        of({
          AnyOfProtocols: ['ExchangeAdminCenter', 'OutlookWebApp'],
          ExceptAnyOfProtocols: ['ExchangeAdminCenter']
        })
      ).toEqual([exo104(2, 11, 'protocolsExcepted', 'R')])
      const text = rules([
        deny('Block EAC', { ...EAC, ExceptAnyOfProtocols: ['ExchangeAdminCenter'] })
      ])
      expect(lint(text).find((f) => f.id === 'EXO104')?.message).toBe(
        'Rule "Block EAC" excepts every protocol it would match, so it never matches.'
      )
    })

    it('reports a rule without protocols that excepts every protocol of the target', () => {
      expect(of({ ExceptAnyOfProtocols: ['ExchangeAdminCenter', 'RemotePowerShell'] })).toEqual([
        exo104(2, 11, 'protocolsExcepted', 'R')
      ])
      // on ExchangeOnline ten more protocols are left
      expect(
        of({ ExceptAnyOfProtocols: ['ExchangeAdminCenter', 'RemotePowerShell'] }, 'ExchangeOnline')
      ).toEqual([])
    })

    it('accepts a rule that excepts some of its protocols', () => {
      expect(
        of({
          AnyOfProtocols: ['ExchangeAdminCenter', 'RemotePowerShell'],
          ExceptAnyOfProtocols: ['ExchangeAdminCenter']
        })
      ).toEqual([])
    })
  })

  describe('username patterns', () => {
    it('reports a rule that excepts the username patterns it requires, in any order and case', () => {
      expect(
        of({
          ...EAC,
          UsernameMatchesAnyOfPatterns: ['contoso\\*-admin', '*\\root'],
          ExceptUsernameMatchesAnyOfPatterns: ['*\\ROOT', 'Contoso\\*-Admin']
        })
      ).toEqual([exo104(2, 11, 'usersExcepted', 'R')])
      const text = rules([
        deny('Block admins', {
          ...EAC,
          UsernameMatchesAnyOfPatterns: ['*\\root'],
          ExceptUsernameMatchesAnyOfPatterns: ['*\\root']
        })
      ])
      expect(lint(text).find((f) => f.id === 'EXO104')?.message).toBe(
        'Rule "Block admins" excepts the same username patterns it requires, so it never matches.'
      )
    })

    it('reports a rule that excepts every username with "*"', () => {
      expect(of({ ...EAC, ExceptUsernameMatchesAnyOfPatterns: ['*'] })).toEqual([
        exo104(2, 11, 'everyoneExcepted', 'R')
      ])
      expect(of({ ...EAC, ExceptUsernameMatchesAnyOfPatterns: ['*\\root', '*'] })).toEqual([
        exo104(2, 11, 'everyoneExcepted', 'R')
      ])
      // "*" on both sides: excepting everyone is the clearer reason
      expect(
        of({
          ...EAC,
          UsernameMatchesAnyOfPatterns: ['*'],
          ExceptUsernameMatchesAnyOfPatterns: ['*']
        })
      ).toEqual([exo104(2, 11, 'everyoneExcepted', 'R')])
      const text = rules([deny('Block EAC', { ...EAC, ExceptUsernameMatchesAnyOfPatterns: ['*'] })])
      expect(lint(text).find((f) => f.id === 'EXO104')?.message).toBe(
        'Rule "Block EAC" excepts every username (a "*" pattern), so it never matches.'
      )
    })

    it('never reports different pattern lists or filters, whatever they imply', () => {
      // "*\root" implies "*\root" or "*\admin" in reality, but the lists are two opaque predicates
      expect(
        of({
          ...EAC,
          UsernameMatchesAnyOfPatterns: ['*\\root'],
          ExceptUsernameMatchesAnyOfPatterns: ['*\\root', '*\\admin']
        })
      ).toEqual([])
      // a filter is one opaque predicate, even when it contradicts itself
      expect(
        of({ ...EAC, UserRecipientFilter: "Department -eq 'IT' -and Department -ne 'IT'" })
      ).toEqual([])
    })

    it('accepts "*" as a condition', () => {
      expect(of({ ...EAC, UsernameMatchesAnyOfPatterns: ['*'] })).toEqual([])
    })
  })

  describe('authentication types', () => {
    it('reports a rule that excepts the authentication types it requires', () => {
      expect(
        of({
          ...EAC,
          AnyOfAuthenticationTypes: ['BasicAuthentication'],
          ExceptAnyOfAuthenticationTypes: ['BasicAuthentication']
        })
      ).toEqual([exo104(2, 11, 'authExcepted', 'R')])
      const text = rules([
        deny('Block basic EAC', {
          ...EAC,
          AnyOfAuthenticationTypes: ['BasicAuthentication'],
          ExceptAnyOfAuthenticationTypes: ['BasicAuthentication']
        })
      ])
      expect(lint(text).find((f) => f.id === 'EXO104')?.message).toBe(
        'Rule "Block basic EAC" excepts every authentication type it would match, so it never matches.'
      )
    })

    it('reports a rule without AnyOfAuthenticationTypes that excepts every type its protocols carry', () => {
      expect(
        of({
          ...EAC,
          ExceptAnyOfAuthenticationTypes: ['AdfsAuthentication', 'BasicAuthentication']
        })
      ).toEqual([exo104(2, 11, 'authExcepted', 'R')])
    })

    it('reports the types a protocol can carry all excepted, next to one it cannot carry', () => {
      // RemotePowerShell cannot carry Adfs, and NonBasic is excepted
      expect(
        of({
          ...RPS,
          AnyOfAuthenticationTypes: ['AdfsAuthentication', 'NonBasicAuthentication'],
          ExceptAnyOfAuthenticationTypes: ['NonBasicAuthentication']
        })
      ).toEqual([exo104(2, 11, 'authExcepted', 'R')])
    })

    it('reports a rule requiring authentication types its protocols cannot be filtered by', () => {
      expect(of({ ...EAC, AnyOfAuthenticationTypes: ['NonBasicAuthentication'] })).toEqual([
        exo104(2, 11, 'authProtocols', 'R')
      ])
      expect(
        of(
          {
            AnyOfProtocols: ['ExchangeWebServices'],
            AnyOfAuthenticationTypes: ['BasicAuthentication']
          },
          'ExchangeOnline'
        )
      ).toEqual([exo104(2, 11, 'authProtocols', 'R', 'ExchangeOnline')])
      const text = rules([
        deny('Block ADFS PowerShell', { ...RPS, AnyOfAuthenticationTypes: ['AdfsAuthentication'] })
      ])
      expect(lint(text).find((f) => f.id === 'EXO104')?.message).toBe(
        'Rule "Block ADFS PowerShell" requires authentication types that none of its protocols can be filtered by, so it never matches.'
      )
    })

    it('reports an auth type no protocol left after the protocol exceptions can carry', () => {
      // without AnyOfProtocols, only RemotePowerShell is left, and it never carries Adfs
      expect(
        of({
          ExceptAnyOfProtocols: ['ExchangeAdminCenter'],
          AnyOfAuthenticationTypes: ['AdfsAuthentication']
        })
      ).toEqual([exo104(2, 11, 'authProtocols', 'R')])
    })

    it('accepts auth types that some of its protocols carry, and partial auth exceptions', () => {
      expect(
        of({
          AnyOfProtocols: ['ExchangeAdminCenter', 'RemotePowerShell'],
          AnyOfAuthenticationTypes: ['NonBasicAuthentication']
        })
      ).toEqual([])
      expect(
        of({
          ...RPS,
          AnyOfAuthenticationTypes: ['BasicAuthentication', 'NonBasicAuthentication'],
          ExceptAnyOfAuthenticationTypes: ['NonBasicAuthentication']
        })
      ).toEqual([])
      // an auth-type exception means nothing to a protocol that takes no auth-type filter
      expect(
        of(
          {
            AnyOfProtocols: ['OutlookWebApp', 'ExchangeWebServices'],
            ExceptAnyOfAuthenticationTypes: ['AdfsAuthentication', 'BasicAuthentication']
          },
          'ExchangeOnline'
        )
      ).toEqual([])
    })
  })

  describe('addresses', () => {
    it('reports an IPv4 condition that lies inside the IP exceptions', () => {
      expect(
        of({
          ...EAC,
          AnyOfClientIPAddressesOrRanges: ['192.168.50.0/24'],
          ExceptAnyOfClientIPAddressesOrRanges: ['192.168.0.0/16']
        })
      ).toEqual([exo104(2, 11, 'ipExcepted', 'R')])
      const text = rules([
        deny('Block the guest network', {
          ...EAC,
          AnyOfClientIPAddressesOrRanges: ['192.168.50.0/24'],
          ExceptAnyOfClientIPAddressesOrRanges: ['192.168.0.0/16']
        })
      ])
      expect(lint(text).find((f) => f.id === 'EXO104')?.message).toBe(
        'Rule "Block the guest network" excepts every address it would match, so it never matches.'
      )
    })

    it('reports an IPv6 condition that lies inside the IP exceptions', () => {
      expect(
        of({
          ...EAC,
          AnyOfClientIPAddressesOrRanges: ['2001:db8:1::/48'],
          ExceptAnyOfClientIPAddressesOrRanges: ['2001:db8::/32']
        })
      ).toEqual([exo104(2, 11, 'ipExcepted', 'R')])
    })

    it('reports a condition covered only by several exceptions together, in both families', () => {
      expect(
        of({
          ...EAC,
          AnyOfClientIPAddressesOrRanges: ['203.0.113.0/24', '2001:db8::/32'],
          ExceptAnyOfClientIPAddressesOrRanges: [
            '203.0.113.0-203.0.113.127',
            '203.0.113.128/25',
            '2001:db8::/33',
            '2001:db8:8000::/33'
          ]
        })
      ).toEqual([exo104(2, 11, 'ipExcepted', 'R')])
    })

    it('reports a rule without IP condition that excepts every IPv4 and IPv6 address', () => {
      expect(of({ ...EAC, ExceptAnyOfClientIPAddressesOrRanges: ['0.0.0.0/0', '::/0'] })).toEqual([
        exo104(2, 11, 'ipExcepted', 'R')
      ])
    })

    it('accepts exceptions that leave some addresses', () => {
      expect(
        of({
          ...EAC,
          AnyOfClientIPAddressesOrRanges: ['203.0.113.0/24'],
          ExceptAnyOfClientIPAddressesOrRanges: ['203.0.113.7', '2001:db8::/32']
        })
      ).toEqual([])
      // IPv6 is left when only IPv4 is excepted
      expect(of({ ...EAC, ExceptAnyOfClientIPAddressesOrRanges: ['0.0.0.0/0'] })).toEqual([])
      // one family of the condition excepted, the other left
      expect(
        of({
          ...EAC,
          AnyOfClientIPAddressesOrRanges: ['203.0.113.0/24', '2001:db8::/32'],
          ExceptAnyOfClientIPAddressesOrRanges: ['203.0.113.0/24']
        })
      ).toEqual([])
    })
  })

  describe('what is not EXO104', () => {
    it('does not report a disabled rule (EXO107 lists it)', () => {
      const text = rules([
        deny('R', { ...EAC, ExceptAnyOfProtocols: ['ExchangeAdminCenter'], Enabled: false })
      ])
      expect(findingsOf('EXO104', text)).toEqual([])
      expect(lint(text).map((f) => f.id)).toEqual(['EXO107'])
    })

    it('does not report a rule that can match but is hidden by an earlier rule', () => {
      const text = rules([
        deny('Block EAC', { ...EAC, AnyOfClientIPAddressesOrRanges: ['203.0.0.0/16'] }),
        deny('Block the office', { ...EAC, AnyOfClientIPAddressesOrRanges: ['203.0.113.0/24'] })
      ])
      expect(findingsOf('EXO104', text)).toEqual([])
      expect(findingsOf('EXO105', text).map((f) => [f.line, f.messageId])).toEqual([
        [3, 'redundant']
      ])
    })

    it('accepts Scope Users (end-user connections are always left)', () => {
      expect(of({ ...EAC, Scope: 'Users' })).toEqual([])
    })

    it('reports each never-matching rule of a file at its own Name', () => {
      // ruleSet's layout: rule 0 spans lines 4-13 (Name on 5), rule 1 starts on line 14 (Name on 15)
      const never = { ...EAC, ExceptAnyOfProtocols: ['ExchangeAdminCenter'] }
      const text = ruleSet([deny('First', never), deny('Second', never)])
      expect(findingsOf('EXO104', text)).toEqual([
        exo104(5, 15, 'protocolsExcepted', 'First'),
        exo104(15, 15, 'protocolsExcepted', 'Second')
      ])
    })
  })
})
