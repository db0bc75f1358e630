import { describe, expect, it } from 'vitest'
import { findingsOf, ruleSet } from '../helpers.js'

/** One EXO308 finding, as `findingsOf` reports it. */
const exo308 = (
  line: number,
  column: number,
  messageId: 'noProtocols' | 'exceptWithoutAnyOf' | 'unsupported',
  data: Record<string, string | number> = {}
) => ({ id: 'EXO308', severity: 'error', line, column, messageId, data })

const ONLINE = { Target: 'ExchangeOnline' }

/** The EXO308 findings of a rule set holding one rule with these fields after Name and Action. */
const of = (fields: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  findingsOf('EXO308', ruleSet([{ Name: 'R', Action: 'DenyAccess', ...fields }], extra))

/** The `supported` text of the protocols of the §3.5 table. */
const EAC = 'it supports only "AdfsAuthentication" and "BasicAuthentication"'
const RPS = 'it supports only "BasicAuthentication" and "NonBasicAuthentication"'
const NONE = 'it takes no authentication-type filter'

describe('EXO308 auth-protocol-mismatch', () => {
  describe('combinations Exchange accepts', () => {
    it('accepts the authentication types of Exchange Server protocols', () => {
      expect(
        of({
          AnyOfProtocols: ['ExchangeAdminCenter'],
          AnyOfAuthenticationTypes: ['AdfsAuthentication', 'BasicAuthentication']
        })
      ).toEqual([])
      expect(
        of({
          AnyOfProtocols: ['RemotePowerShell'],
          AnyOfAuthenticationTypes: ['BasicAuthentication', 'NonBasicAuthentication'],
          ExceptAnyOfAuthenticationTypes: ['NonBasicAuthentication']
        })
      ).toEqual([])
    })

    it('accepts an auth type every listed protocol supports (Exchange Online)', () => {
      expect(
        of(
          {
            AnyOfProtocols: ['ExchangeActiveSync', 'IMAP4', 'POP3'],
            AnyOfAuthenticationTypes: ['OAuthAuthentication', 'BasicAuthentication']
          },
          ONLINE
        )
      ).toEqual([])
      expect(
        of(
          {
            AnyOfProtocols: ['ExchangeActiveSync'],
            AnyOfAuthenticationTypes: ['CertificateBasedAuthentication']
          },
          ONLINE
        )
      ).toEqual([])
    })

    it('accepts rules without authentication types, whatever their protocols', () => {
      expect(of({ AnyOfProtocols: ['ExchangeWebServices'] }, ONLINE)).toEqual([])
      expect(of({ ExceptAnyOfProtocols: ['RemotePowerShell'] })).toEqual([])
    })
  })

  describe('authentication types without a protocol condition', () => {
    it('reports AnyOfAuthenticationTypes without AnyOfProtocols, at the key', () => {
      expect(of({ AnyOfAuthenticationTypes: ['BasicAuthentication'] })).toEqual([
        exo308(7, 7, 'noProtocols', { key: 'AnyOfAuthenticationTypes' })
      ])
    })

    it('is not satisfied by ExceptAnyOfProtocols', () => {
      // "ExceptAnyOfProtocols": lines 7-9; "AnyOfAuthenticationTypes" at line 10.
      expect(
        of({
          ExceptAnyOfProtocols: ['ExchangeAdminCenter'],
          AnyOfAuthenticationTypes: ['BasicAuthentication']
        })
      ).toEqual([exo308(10, 7, 'noProtocols', { key: 'AnyOfAuthenticationTypes' })])
    })

    it('reports both auth keys when neither has a protocol condition', () => {
      expect(
        of({
          AnyOfAuthenticationTypes: ['BasicAuthentication'],
          ExceptAnyOfAuthenticationTypes: ['NonBasicAuthentication']
        })
      ).toEqual([
        exo308(7, 7, 'noProtocols', { key: 'AnyOfAuthenticationTypes' }),
        exo308(10, 7, 'noProtocols', { key: 'ExceptAnyOfAuthenticationTypes' })
      ])
    })

    it('reports only the missing protocols for a lone exception without protocols', () => {
      expect(of({ ExceptAnyOfAuthenticationTypes: ['BasicAuthentication'] })).toEqual([
        exo308(7, 7, 'noProtocols', { key: 'ExceptAnyOfAuthenticationTypes' })
      ])
    })
  })

  describe('an exception without the condition', () => {
    it('reports ExceptAnyOfAuthenticationTypes without AnyOfAuthenticationTypes, at the key', () => {
      expect(
        of({
          AnyOfProtocols: ['ExchangeAdminCenter'],
          ExceptAnyOfAuthenticationTypes: ['BasicAuthentication']
        })
      ).toEqual([exo308(10, 7, 'exceptWithoutAnyOf')])
    })

    it('also reports an unsupported entry of that exception', () => {
      expect(
        of({
          AnyOfProtocols: ['ExchangeAdminCenter'],
          ExceptAnyOfAuthenticationTypes: ['NonBasicAuthentication']
        })
      ).toEqual([
        exo308(10, 7, 'exceptWithoutAnyOf'),
        exo308(11, 9, 'unsupported', {
          authType: 'NonBasicAuthentication',
          protocol: 'ExchangeAdminCenter',
          line: 8,
          supported: EAC
        })
      ])
    })
  })

  describe('auth types a protocol does not support', () => {
    it('reports Adfs with RemotePowerShell on Exchange Server, naming the protocol line', () => {
      // "AnyOfProtocols": EAC at 8, RPS at 9; the auth type at 12.
      expect(
        of({
          AnyOfProtocols: ['ExchangeAdminCenter', 'RemotePowerShell'],
          AnyOfAuthenticationTypes: ['AdfsAuthentication']
        })
      ).toEqual([
        exo308(12, 9, 'unsupported', {
          authType: 'AdfsAuthentication',
          protocol: 'RemotePowerShell',
          line: 9,
          supported: RPS
        })
      ])
    })

    it('reports BasicAuthentication with ExchangeWebServices, which takes no auth-type filter', () => {
      expect(
        of(
          {
            AnyOfProtocols: ['ExchangeWebServices'],
            AnyOfAuthenticationTypes: ['BasicAuthentication']
          },
          ONLINE
        )
      ).toEqual([
        exo308(11, 9, 'unsupported', {
          authType: 'BasicAuthentication',
          protocol: 'ExchangeWebServices',
          line: 8,
          supported: NONE
        })
      ])
    })

    it('names the first protocol in list order that does not support the auth type', () => {
      const protocols = ['OutlookWebApp', 'ExchangeWebServices', 'RemotePowerShell']
      // "AnyOfProtocols": lines 8-10; the auth type at 13.
      expect(
        of({ AnyOfProtocols: protocols, AnyOfAuthenticationTypes: ['AdfsAuthentication'] }, ONLINE)
      ).toEqual([
        exo308(13, 9, 'unsupported', {
          authType: 'AdfsAuthentication',
          protocol: 'ExchangeWebServices',
          line: 9,
          supported: NONE
        })
      ])
      expect(
        of(
          {
            AnyOfProtocols: [...protocols].reverse(),
            AnyOfAuthenticationTypes: ['AdfsAuthentication']
          },
          ONLINE
        )
      ).toEqual([
        exo308(13, 9, 'unsupported', {
          authType: 'AdfsAuthentication',
          protocol: 'RemotePowerShell',
          line: 8,
          supported: RPS
        })
      ])
    })

    it('reports each unsupported entry of both lists, and only those', () => {
      // "AnyOfProtocols": 8; "AnyOfAuthenticationTypes": 11-12; "ExceptAnyOf…": 15-16.
      expect(
        of({
          AnyOfProtocols: ['RemotePowerShell'],
          AnyOfAuthenticationTypes: ['BasicAuthentication', 'AdfsAuthentication'],
          ExceptAnyOfAuthenticationTypes: ['AdfsAuthentication', 'NonBasicAuthentication']
        })
      ).toEqual([
        exo308(12, 9, 'unsupported', {
          authType: 'AdfsAuthentication',
          protocol: 'RemotePowerShell',
          line: 8,
          supported: RPS
        }),
        exo308(15, 9, 'unsupported', {
          authType: 'AdfsAuthentication',
          protocol: 'RemotePowerShell',
          line: 8,
          supported: RPS
        })
      ])
    })

    it('reports auth types with UniversalOutlook and the other protocols without a filter', () => {
      expect(
        of(
          {
            AnyOfProtocols: ['UniversalOutlook'],
            AnyOfAuthenticationTypes: ['OAuthAuthentication']
          },
          ONLINE
        )
      ).toEqual([
        exo308(11, 9, 'unsupported', {
          authType: 'OAuthAuthentication',
          protocol: 'UniversalOutlook',
          line: 8,
          supported: NONE
        })
      ])
    })

    it('checks disabled rules and every rule of the file', () => {
      const text = ruleSet([
        {
          Name: 'Off',
          Action: 'DenyAccess',
          Enabled: false,
          AnyOfAuthenticationTypes: ['BasicAuthentication']
        },
        {
          Name: 'On',
          Action: 'DenyAccess',
          AnyOfProtocols: ['ExchangeAdminCenter'],
          AnyOfAuthenticationTypes: ['NonBasicAuthentication']
        }
      ])
      // Rule 0: lines 4-11 ("AnyOfAuthenticationTypes" at 8); rule 1: protocol at 16, auth at 19.
      expect(findingsOf('EXO308', text)).toEqual([
        exo308(8, 7, 'noProtocols', { key: 'AnyOfAuthenticationTypes' }),
        exo308(19, 9, 'unsupported', {
          authType: 'NonBasicAuthentication',
          protocol: 'ExchangeAdminCenter',
          line: 16,
          supported: EAC
        })
      ])
    })
  })

  describe('Exchange Server targets (EXO310 reports what the target lacks)', () => {
    it('ignores protocols the server does not have', () => {
      const fields = {
        AnyOfProtocols: ['OutlookWebApp', 'ExchangeAdminCenter', 'POP3'],
        AnyOfAuthenticationTypes: ['AdfsAuthentication']
      }
      expect(of(fields)).toEqual([])
      // The same rule on Exchange Online: POP3 (line 10) takes no Adfs.
      expect(of(fields, ONLINE)).toEqual([
        exo308(13, 9, 'unsupported', {
          authType: 'AdfsAuthentication',
          protocol: 'POP3',
          line: 10,
          supported: 'it supports only "BasicAuthentication" and "OAuthAuthentication"'
        })
      ])
    })

    it('checks nothing when no listed protocol exists on the server', () => {
      const fields = {
        AnyOfProtocols: ['OutlookWebApp'],
        AnyOfAuthenticationTypes: ['NonBasicAuthentication']
      }
      expect(of(fields)).toEqual([])
      expect(of(fields, ONLINE)).toEqual([
        exo308(11, 9, 'unsupported', {
          authType: 'NonBasicAuthentication',
          protocol: 'OutlookWebApp',
          line: 8,
          supported: EAC
        })
      ])
    })

    it('skips auth types the server does not have', () => {
      const fields = {
        AnyOfProtocols: ['RemotePowerShell'],
        AnyOfAuthenticationTypes: ['CertificateBasedAuthentication', 'OAuthAuthentication']
      }
      expect(of(fields)).toEqual([])
      expect(of(fields, ONLINE).map((f) => [f.line, f.data?.authType])).toEqual([
        [11, 'CertificateBasedAuthentication'],
        [12, 'OAuthAuthentication']
      ])
    })

    it('still requires a protocol condition for auth types the server does not have', () => {
      expect(of({ AnyOfAuthenticationTypes: ['OAuthAuthentication'] })).toEqual([
        exo308(7, 7, 'noProtocols', { key: 'AnyOfAuthenticationTypes' })
      ])
    })
  })
})
