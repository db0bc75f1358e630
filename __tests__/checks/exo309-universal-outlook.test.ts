import { describe, expect, it } from 'vitest'
import { findingsOf, ruleSet } from '../helpers.js'

/** One EXO309 finding, as `findingsOf` reports it. */
const exo309 = (line: number, column: number, rule: string, list: string) => ({
  id: 'EXO309',
  severity: 'warning',
  line,
  column,
  messageId: 'universalOutlook',
  data: { rule, list }
})

const online = { Target: 'ExchangeOnline' }

describe('EXO309 universal-outlook', () => {
  describe('valid documents', () => {
    it('accepts rules that do not name UniversalOutlook', () => {
      const text = ruleSet(
        [
          {
            Name: 'Block OWA',
            Action: 'DenyAccess',
            AnyOfProtocols: ['OutlookWebApp', 'OutlookAnywhere'],
            ExceptAnyOfProtocols: ['RemotePowerShell']
          }
        ],
        online
      )
      expect(findingsOf('EXO309', text)).toEqual([])
    })

    it('accepts a rule without protocol lists (it covers UniversalOutlook without naming it)', () => {
      const text = ruleSet([{ Name: 'Block all', Action: 'DenyAccess' }], online)
      expect(findingsOf('EXO309', text)).toEqual([])
    })

    it('leaves UniversalOutlook on an ExchangeServer target to EXO310', () => {
      const text = ruleSet([
        { Name: 'Block Mail', Action: 'DenyAccess', AnyOfProtocols: ['UniversalOutlook'] }
      ])
      expect(findingsOf('EXO309', text)).toEqual([])
      expect(findingsOf('EXO310', text).map((f) => [f.line, f.column, f.messageId])).toEqual([
        [8, 9, 'protocol']
      ])
    })

    it('says nothing about a rule that failed the schema (a misspelt protocol is EXO003)', () => {
      const text = ruleSet(
        [
          {
            Name: 'Block Mail',
            Action: 'DenyAccess',
            AnyOfProtocols: ['UniversalOutlook', 'UniversalOutlok']
          }
        ],
        online
      )
      expect(findingsOf('EXO309', text)).toEqual([])
      expect(findingsOf('EXO003', text).map((f) => [f.line, f.column])).toEqual([[9, 9]])
    })

    it('does not take UniversalOutlook outside a protocol list for one', () => {
      const text = ruleSet([{ Name: 'UniversalOutlook', Action: 'DenyAccess' }], online)
      expect(findingsOf('EXO309', text)).toEqual([])
    })
  })

  describe('rules naming UniversalOutlook', () => {
    it('reports the entry in AnyOfProtocols on an ExchangeOnline target', () => {
      const text = ruleSet(
        [
          {
            Name: 'Block Windows Mail',
            Action: 'DenyAccess',
            AnyOfProtocols: ['OutlookWebApp', 'UniversalOutlook']
          }
        ],
        online
      )
      expect(findingsOf('EXO309', text)).toEqual([
        exo309(9, 9, 'Block Windows Mail', 'AnyOfProtocols')
      ])
    })

    it('reports the entry in ExceptAnyOfProtocols when ExchangeOnline is assumed', () => {
      const text = JSON.stringify(
        {
          ClientAccessRules: [
            {
              Name: 'Block all but Windows Mail',
              Action: 'DenyAccess',
              ExceptAnyOfProtocols: ['UniversalOutlook']
            }
          ]
        },
        null,
        2
      )
      expect(findingsOf('EXO309', text)).toEqual([
        exo309(7, 9, 'Block all but Windows Mail', 'ExceptAnyOfProtocols')
      ])
    })

    it('reports every entry, in both lists and in every rule, disabled ones too', () => {
      const text = `{"Target": "ExchangeOnline", "ClientAccessRules": [
  {"Name": "a", "Action": "DenyAccess", "AnyOfProtocols": ["UniversalOutlook"],
   "ExceptAnyOfProtocols": ["POP3", "UniversalOutlook"]},
  {"Name": "b", "Action": "AllowAccess", "AnyOfProtocols": ["IMAP4"]},
  {"Name": "c", "Action": "DenyAccess", "Enabled": false, "AnyOfProtocols": ["UniversalOutlook"]}
]}`
      expect(findingsOf('EXO309', text)).toEqual([
        exo309(2, 60, 'a', 'AnyOfProtocols'),
        exo309(3, 37, 'a', 'ExceptAnyOfProtocols'),
        exo309(5, 78, 'c', 'AnyOfProtocols')
      ])
    })

    it('shows an untrusted rule name escaped', () => {
      const text = ruleSet(
        [{ Name: 'Mail\u202e', Action: 'DenyAccess', AnyOfProtocols: ['UniversalOutlook'] }],
        online
      )
      expect(findingsOf('EXO309', text)).toEqual([exo309(8, 9, 'Mail\\u202E', 'AnyOfProtocols')])
    })
  })
})
