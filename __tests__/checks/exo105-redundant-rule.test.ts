import { describe, expect, it } from 'vitest'
import { findingsOf, lint, ruleSet } from '../helpers.js'

/** One EXO105 finding, as `findingsOf` reports it. */
const exo105 = (
  line: number,
  column: number,
  data: { rule: string; action: string; earlier: string }
) => ({ id: 'EXO105', severity: 'warning', line, column, messageId: 'redundant', data })

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
const ADMINS = { UsernameMatchesAnyOfPatterns: ['contoso\\*-admin'] }
const OFFICE = { AnyOfClientIPAddressesOrRanges: ['203.0.113.0/24'] }
const SAFEGUARD = allow('Always Allow Remote PowerShell', RPS)

const of = (rows: Record<string, unknown>[], target?: string) =>
  findingsOf('EXO105', rules(rows, target))

describe('EXO105 redundant-rule', () => {
  describe('rules hidden behind rules with the same action', () => {
    it('reports an allow rule for PowerShell after the safeguard', () => {
      const text = rules([
        SAFEGUARD,
        deny('Block EAC', EAC),
        allow('Allow PowerShell for admins', { ...RPS, ...ADMINS })
      ])
      expect(findingsOf('EXO105', text)).toEqual([
        exo105(4, 11, {
          rule: 'Allow PowerShell for admins',
          action: 'AllowAccess',
          earlier: '"Always Allow Remote PowerShell" (line 2)'
        })
      ])
      const [finding] = lint(text).filter((f) => f.id === 'EXO105')
      expect(finding?.message).toBe(
        'Rule "Allow PowerShell for admins" never takes effect: every connection it matches is decided first by "Always Allow Remote PowerShell" (line 2) with the same action "AllowAccess"; remove it or narrow the earlier rule.'
      )
      expect(finding?.related?.map((r) => [r.line, r.column, r.message])).toEqual([
        [2, 11, 'An earlier rule that decides some of these connections with the same action.']
      ])
      // a redundant rule is never also reported as shadowed
      expect(findingsOf('EXO103', text)).toEqual([])
    })

    it('reports a deny rule after a wider deny rule', () => {
      expect(
        of([deny('Block EAC', EAC), deny('Block EAC for admins', { ...EAC, ...ADMINS })])
      ).toEqual([
        exo105(3, 11, {
          rule: 'Block EAC for admins',
          action: 'DenyAccess',
          earlier: '"Block EAC" (line 2)'
        })
      ])
    })

    it('reports an IP range inside an earlier rule with the same action', () => {
      const text = rules([
        deny('Block EAC outside the office', {
          ...EAC,
          ExceptAnyOfClientIPAddressesOrRanges: ['203.0.113.0/24']
        }),
        deny('Block EAC from the guest network', {
          ...EAC,
          AnyOfClientIPAddressesOrRanges: ['198.51.100.0/24']
        })
      ])
      expect(findingsOf('EXO105', text)).toEqual([
        exo105(3, 11, {
          rule: 'Block EAC from the guest network',
          action: 'DenyAccess',
          earlier: '"Block EAC outside the office" (line 2)'
        })
      ])
      expect(findingsOf('EXO104', text)).toEqual([])
    })

    it('points at the Name of the redundant rule in a pretty-printed file', () => {
      // ruleSet's layout: rule 0 spans lines 4-10, rule 1 starts on line 11, its Name on line 12
      const text = ruleSet([
        deny('Block EAC', EAC),
        deny('Block EAC for admins', { ...EAC, ...ADMINS })
      ])
      expect(findingsOf('EXO105', text)).toEqual([
        exo105(12, 15, {
          rule: 'Block EAC for admins',
          action: 'DenyAccess',
          earlier: '"Block EAC" (line 5)'
        })
      ])
    })

    it('reports a range split across two earlier rules with the same action', () => {
      expect(
        of([
          allow('Allow low half', {
            ...EAC,
            AnyOfClientIPAddressesOrRanges: ['203.0.113.0-203.0.113.127']
          }),
          allow('Allow high half', {
            ...EAC,
            AnyOfClientIPAddressesOrRanges: ['203.0.113.128/25']
          }),
          allow('Allow the office', { ...EAC, ...OFFICE }),
          deny('Block EAC', EAC)
        ])
      ).toEqual([
        exo105(4, 11, {
          rule: 'Allow the office',
          action: 'AllowAccess',
          earlier: '"Allow low half" (line 2) and "Allow high half" (line 3)'
        })
      ])
    })

    it('reports a rule decided by an earlier rule per authentication type', () => {
      expect(
        of([
          deny('Block basic', { ...RPS, AnyOfAuthenticationTypes: ['BasicAuthentication'] }),
          deny('Block non-basic', { ...RPS, AnyOfAuthenticationTypes: ['NonBasicAuthentication'] }),
          deny('Block PowerShell', RPS)
        ])
      ).toEqual([
        exo105(4, 11, {
          rule: 'Block PowerShell',
          action: 'DenyAccess',
          earlier: '"Block basic" (line 2) and "Block non-basic" (line 3)'
        })
      ])
    })

    it('follows Priority, not array order', () => {
      expect(
        of([
          deny('Block EAC for admins', { ...EAC, ...ADMINS, Priority: 2 }),
          deny('Block EAC', { ...EAC, Priority: 1 })
        ])
      ).toEqual([
        exo105(2, 11, {
          rule: 'Block EAC for admins',
          action: 'DenyAccess',
          earlier: '"Block EAC" (line 3)'
        })
      ])
    })

    it('evaluates rules without Priority after every rule that has one', () => {
      expect(
        of([
          deny('Block EAC for admins', { ...EAC, ...ADMINS }),
          deny('Block EAC', { ...EAC, Priority: 9 })
        ])
      ).toEqual([
        exo105(2, 11, {
          rule: 'Block EAC for admins',
          action: 'DenyAccess',
          earlier: '"Block EAC" (line 3)'
        })
      ])
    })

    it('treats the same patterns in another order and case as one predicate', () => {
      expect(
        of([
          deny('Block admins', {
            ...EAC,
            UsernameMatchesAnyOfPatterns: ['contoso\\*-admin', '*\\root']
          }),
          deny('Block admins again', {
            ...EAC,
            UsernameMatchesAnyOfPatterns: ['*\\ROOT', 'Contoso\\*-Admin']
          })
        ])
      ).toEqual([
        exo105(3, 11, {
          rule: 'Block admins again',
          action: 'DenyAccess',
          earlier: '"Block admins" (line 2)'
        })
      ])
    })

    it('counts only EAC and PowerShell connections on ExchangeServer', () => {
      const rows = [
        deny('Block EAC', EAC),
        deny('Block EAC and OWA', { AnyOfProtocols: ['ExchangeAdminCenter', 'OutlookWebApp'] })
      ]
      expect(of(rows)).toEqual([
        exo105(3, 11, {
          rule: 'Block EAC and OWA',
          action: 'DenyAccess',
          earlier: '"Block EAC" (line 2)'
        })
      ])
      expect(of(rows, 'ExchangeOnline')).toEqual([])
    })

    it('reports a Scope Users rule after the same rule for all connections', () => {
      expect(
        of([deny('Block EAC', EAC), deny('Block EAC for users', { ...EAC, Scope: 'Users' })])
      ).toEqual([
        exo105(3, 11, {
          rule: 'Block EAC for users',
          action: 'DenyAccess',
          earlier: '"Block EAC" (line 2)'
        })
      ])
    })
  })

  describe('rules that take effect', () => {
    it('never reports an allow rule that decides connections the default would allow anyway', () => {
      // a guard ahead of future denies is deliberate
      expect(of([SAFEGUARD])).toEqual([])
      expect(of([allow('Allow EAC from the office', { ...EAC, ...OFFICE }), SAFEGUARD])).toEqual([])
      expect(
        of([
          SAFEGUARD,
          allow('Allow EAC from the office', { ...EAC, ...OFFICE }),
          deny('Block EAC', EAC)
        ])
      ).toEqual([])
    })

    it('does not report a rule with the same action that still decides some connections', () => {
      expect(
        of([deny('Block EAC for admins', { ...EAC, ...ADMINS }), deny('Block EAC', EAC)])
      ).toEqual([])
      expect(
        of([deny('Block EAC from the office', { ...EAC, ...OFFICE }), deny('Block EAC', EAC)])
      ).toEqual([])
    })

    it('leaves a rule hidden by a rule with the other action to EXO103', () => {
      const text = rules([
        allow('Allow helpdesk', { ...EAC, UsernameMatchesAnyOfPatterns: ['*\\helpdesk'] }),
        deny('Block EAC', EAC),
        deny('Block helpdesk', { ...EAC, UsernameMatchesAnyOfPatterns: ['*\\helpdesk'] })
      ])
      expect(findingsOf('EXO105', text)).toEqual([])
      expect(findingsOf('EXO103', text).map((f) => [f.line, f.messageId])).toEqual([
        [4, 'shadowed']
      ])
    })

    it('ignores a disabled earlier rule', () => {
      expect(
        of([
          deny('Block EAC', { ...EAC, Enabled: false }),
          deny('Block EAC for admins', { ...EAC, ...ADMINS })
        ])
      ).toEqual([])
    })

    it('does not report a disabled later rule', () => {
      expect(
        of([
          deny('Block EAC', EAC),
          deny('Block EAC for admins', { ...EAC, ...ADMINS, Enabled: false })
        ])
      ).toEqual([])
    })

    it('never calls a rule redundant on an implication between different predicates', () => {
      expect(
        of([
          deny('Block a and b', { ...EAC, UsernameMatchesAnyOfPatterns: ['*\\a', '*\\b'] }),
          deny('Block a', { ...EAC, UsernameMatchesAnyOfPatterns: ['*\\a'] })
        ])
      ).toEqual([])
      expect(
        of([
          deny('Block IT', { ...EAC, UserRecipientFilter: "Department -eq 'IT'" }),
          deny('Block IT in Oslo', {
            ...EAC,
            UserRecipientFilter: "Department -eq 'IT' -and City -eq 'Oslo'"
          })
        ])
      ).toEqual([])
    })

    it('does not report a rule that decides what an exception of the earlier rule lets through', () => {
      expect(
        of([
          deny('Block EAC outside the office', {
            ...EAC,
            ExceptAnyOfClientIPAddressesOrRanges: ['203.0.113.0/24']
          }),
          deny('Block EAC for contractors', { ...EAC, UsernameMatchesAnyOfPatterns: ['*\\ext-*'] })
        ])
      ).toEqual([])
    })

    it('does not report a rule that still decides IPv6 or middle-tier connections', () => {
      expect(
        of([
          deny('Block IPv4', { ...EAC, AnyOfClientIPAddressesOrRanges: ['0.0.0.0/0'] }),
          deny('Block EAC', EAC)
        ])
      ).toEqual([])
      expect(
        of([deny('Block EAC for users', { ...EAC, Scope: 'Users' }), deny('Block EAC', EAC)])
      ).toEqual([])
    })
  })
})
