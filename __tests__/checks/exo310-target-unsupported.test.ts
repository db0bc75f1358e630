import { describe, expect, it } from 'vitest'
import { findingsOf, ruleSet } from '../helpers.js'

/** One EXO310 finding, as `findingsOf` reports it. */
const exo310 = (
  line: number,
  column: number,
  messageId: 'protocol' | 'authType',
  rule: string,
  value: string
) => ({ id: 'EXO310', severity: 'error', line, column, messageId, data: { rule, value } })

describe('EXO310 target-unsupported', () => {
  describe('valid documents', () => {
    it('accepts every protocol and authentication type Exchange Server lists', () => {
      const text = ruleSet([
        {
          Name: 'Allow EAC',
          Action: 'AllowAccess',
          AnyOfProtocols: ['ExchangeAdminCenter'],
          AnyOfAuthenticationTypes: ['AdfsAuthentication', 'BasicAuthentication']
        },
        {
          Name: 'Allow RPS',
          Action: 'AllowAccess',
          AnyOfProtocols: ['RemotePowerShell'],
          AnyOfAuthenticationTypes: ['BasicAuthentication', 'NonBasicAuthentication'],
          ExceptAnyOfAuthenticationTypes: ['BasicAuthentication']
        },
        {
          Name: 'Block EAC',
          Action: 'DenyAccess',
          ExceptAnyOfProtocols: ['RemotePowerShell', 'ExchangeAdminCenter']
        }
      ])
      expect(findingsOf('EXO310', text)).toEqual([])
    })

    it('says nothing on an ExchangeOnline target, explicit or assumed', () => {
      const rule = {
        Name: 'Block OWA',
        Action: 'DenyAccess',
        AnyOfProtocols: ['OutlookWebApp', 'ExchangeActiveSync'],
        AnyOfAuthenticationTypes: ['BasicAuthentication']
      }
      expect(findingsOf('EXO310', ruleSet([rule], { Target: 'ExchangeOnline' }))).toEqual([])
      expect(findingsOf('EXO310', JSON.stringify({ ClientAccessRules: [rule] }))).toEqual([])
    })

    it('leaves an Exchange Server auth type on the wrong protocol to EXO308', () => {
      const text = ruleSet([
        {
          Name: 'Allow RPS',
          Action: 'AllowAccess',
          AnyOfProtocols: ['RemotePowerShell'],
          AnyOfAuthenticationTypes: ['AdfsAuthentication']
        }
      ])
      expect(findingsOf('EXO310', text)).toEqual([])
    })

    it('says nothing about a rule that failed the schema', () => {
      const text = ruleSet([
        { Name: 'Block OWA', Action: 'Block', AnyOfProtocols: ['OutlookWebApp'] }
      ])
      expect(findingsOf('EXO310', text)).toEqual([])
      expect(findingsOf('EXO003', text).map((f) => [f.line, f.column])).toEqual([[6, 17]])
    })
  })

  describe('protocols', () => {
    it('reports an Exchange Online protocol in AnyOfProtocols, next to a supported one', () => {
      const text = ruleSet([
        {
          Name: 'Block OWA and EAC',
          Action: 'DenyAccess',
          AnyOfProtocols: ['ExchangeAdminCenter', 'OutlookWebApp']
        }
      ])
      expect(findingsOf('EXO310', text)).toEqual([
        exo310(9, 9, 'protocol', 'Block OWA and EAC', 'OutlookWebApp')
      ])
    })

    it('reports protocols in ExceptAnyOfProtocols, each entry, UniversalOutlook included', () => {
      const text = ruleSet([
        {
          Name: 'Block all',
          Action: 'DenyAccess',
          ExceptAnyOfProtocols: ['RemotePowerShell', 'UniversalOutlook', 'POP3', 'POP3']
        }
      ])
      expect(findingsOf('EXO310', text)).toEqual([
        exo310(9, 9, 'protocol', 'Block all', 'UniversalOutlook'),
        exo310(10, 9, 'protocol', 'Block all', 'POP3'),
        exo310(11, 9, 'protocol', 'Block all', 'POP3')
      ])
    })

    it('reports in every rule, disabled ones too, and escapes the rule name', () => {
      const text = `{"Target": "ExchangeServer", "ClientAccessRules": [
  {"Name": "a\\u0007", "Action": "DenyAccess", "AnyOfProtocols": ["REST"]},
  {"Name": "b", "Action": "DenyAccess", "Enabled": false, "AnyOfProtocols": ["IMAP4"]}
]}`
      expect(findingsOf('EXO310', text)).toEqual([
        exo310(2, 66, 'protocol', 'a\\u0007', 'REST'),
        exo310(3, 78, 'protocol', 'b', 'IMAP4')
      ])
    })
  })

  describe('authentication types', () => {
    it('reports an Exchange Online auth type in AnyOfAuthenticationTypes', () => {
      const text = ruleSet([
        {
          Name: 'Allow EAC',
          Action: 'AllowAccess',
          AnyOfProtocols: ['ExchangeAdminCenter'],
          AnyOfAuthenticationTypes: ['BasicAuthentication', 'OAuthAuthentication']
        }
      ])
      expect(findingsOf('EXO310', text)).toEqual([
        exo310(12, 9, 'authType', 'Allow EAC', 'OAuthAuthentication')
      ])
    })

    it('reports one in ExceptAnyOfAuthenticationTypes, with the protocol in the same rule', () => {
      const text = ruleSet([
        {
          Name: 'Block EAS',
          Action: 'DenyAccess',
          AnyOfProtocols: ['ExchangeActiveSync'],
          AnyOfAuthenticationTypes: ['BasicAuthentication'],
          ExceptAnyOfAuthenticationTypes: ['CertificateBasedAuthentication']
        }
      ])
      expect(findingsOf('EXO310', text)).toEqual([
        exo310(8, 9, 'protocol', 'Block EAS', 'ExchangeActiveSync'),
        exo310(14, 9, 'authType', 'Block EAS', 'CertificateBasedAuthentication')
      ])
    })
  })
})
