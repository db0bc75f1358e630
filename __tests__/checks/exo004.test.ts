import { describe, expect, it } from 'vitest'
import { findingsOf, lint } from '../helpers.js'

/** One EXO004 finding, as `findingsOf` reports it. */
const exo004 = (
  line: number,
  column: number,
  messageId: 'ports' | 'groups' | 'datacenter' | 'domainController',
  data: Record<string, string | number>
) => ({ id: 'EXO004', severity: 'error', line, column, messageId, data })

/** The findings of every check, reduced to ID and position. */
const all = (text: string) => lint(text).map((f) => [f.id, f.line, f.column, f.messageId])

/** A rule set with one valid client access rule plus `member` on line 3 (at column 5); `null`: no Target. */
const rule = (member: string, target: string | null = 'ExchangeServer') =>
  `{${target === null ? '' : `"Target": "${target}", `}"ClientAccessRules": [{
    "Name": "Block EAC", "Action": "DenyAccess", "AnyOfProtocols": ["ExchangeAdminCenter"],
    ${member}
  }]}`

describe('EXO004 unsupported-parameter', () => {
  describe('valid documents', () => {
    it('accepts a rule that scopes users with the supported conditions', () => {
      const text = rule(
        `"UserRecipientFilter": "Department -eq 'IT'", "UsernameMatchesAnyOfPatterns": ["contoso\\\\*admin*"]`
      )
      expect(findingsOf('EXO004', text)).toEqual([])
    })

    it('accepts DomainController on an ExchangeServer target', () => {
      expect(findingsOf('EXO004', rule('"DomainController": "dc1.contoso.com"'))).toEqual([])
    })

    it('does not treat a misspelt internal parameter as one (that is EXO003)', () => {
      const text = rule('"AnyOfSourceTcpPortNumber": ["443"]')
      expect(findingsOf('EXO004', text)).toEqual([])
      expect(all(text)).toEqual([['EXO003', 3, 5, 'unknownProperty']])
    })

    it('does not report an internal parameter name outside a client access rule', () => {
      const text =
        '{"ActiveSyncOrganizationSettings": {"DefaultAccessLevel": "Allow"},\n "UserIsMemberOf": ["Admins"]}'
      expect(findingsOf('EXO004', text)).toEqual([])
      expect(all(text)).toEqual([['EXO003', 2, 2, 'unknownProperty']])
    })
  })

  describe('internal parameters', () => {
    it.each(['AnyOfSourceTcpPortNumbers', 'ExceptAnyOfSourceTcpPortNumbers'])(
      'reports %s at the key (ports)',
      (property) => {
        expect(findingsOf('EXO004', rule(`"${property}": ["443"]`))).toEqual([
          exo004(3, 5, 'ports', { property })
        ])
      }
    )

    it.each(['UserIsMemberOf', 'ExceptUserIsMemberOf'])(
      'reports %s at the key (groups)',
      (property) => {
        expect(findingsOf('EXO004', rule(`"${property}": ["Exchange admins"]`))).toEqual([
          exo004(3, 5, 'groups', { property })
        ])
      }
    )

    it('reports DatacenterAdminsOnly at the key (datacenter)', () => {
      expect(findingsOf('EXO004', rule('"DatacenterAdminsOnly": true'))).toEqual([
        exo004(3, 5, 'datacenter', { property: 'DatacenterAdminsOnly' })
      ])
    })

    it('reports one finding per parameter, and not also an unknown property', () => {
      const text = rule('"UserIsMemberOf": ["Admins"],\n    "DatacenterAdminsOnly": false')
      expect(all(text)).toEqual([
        ['EXO004', 3, 5, 'groups'],
        ['EXO004', 4, 5, 'datacenter']
      ])
    })

    it('reports the key whatever its value holds', () => {
      expect(all(rule('"AnyOfSourceTcpPortNumbers": [443, "x", {"a": 1.0}]'))).toEqual([
        ['EXO004', 3, 5, 'ports']
      ])
    })
  })

  describe('DomainController', () => {
    it('reports DomainController on an explicit ExchangeOnline target', () => {
      const text = rule('"DomainController": "dc1.contoso.com"', 'ExchangeOnline')
      expect(findingsOf('EXO004', text)).toEqual([
        exo004(3, 5, 'domainController', { assumed: '' })
      ])
    })

    it('reports DomainController when ExchangeOnline is assumed, saying so', () => {
      const text = rule('"DomainController": "dc1.contoso.com"', null)
      expect(findingsOf('EXO004', text)).toEqual([
        exo004(3, 5, 'domainController', { assumed: ' (assumed: no "Target" is set)' })
      ])
    })

    it('reports DomainController in every rule that has it', () => {
      const text = `{"Target": "ExchangeOnline", "ClientAccessRules": [
  {"Name": "a", "Action": "DenyAccess", "DomainController": "dc1"},
  {"Name": "b", "Action": "DenyAccess"},
  {"Name": "c", "Action": "DenyAccess", "DomainController": "dc2"}
]}`
      expect(findingsOf('EXO004', text)).toEqual([
        exo004(2, 41, 'domainController', { assumed: '' }),
        exo004(4, 41, 'domainController', { assumed: '' })
      ])
    })
  })
})
