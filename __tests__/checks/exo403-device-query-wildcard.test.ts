import { describe, expect, it } from 'vitest'
import { findingsOf } from '../helpers.js'

/** A document with one device access rule; its `QueryString` value is on line 5, column 22. */
const device = (Characteristic: string, QueryString: string, AccessLevel = 'Block') =>
  JSON.stringify(
    { ActiveSyncDeviceAccessRules: [{ Characteristic, QueryString, AccessLevel }] },
    null,
    2
  )

/** One EXO403 finding at that `QueryString`, as `findingsOf` reports it. */
const exo403 = (characteristic: string, query: string, wildcards: string) => ({
  id: 'EXO403',
  severity: 'warning',
  line: 5,
  column: 22,
  messageId: 'wildcard',
  data: { characteristic, query, wildcards }
})

describe('EXO403 device-query-wildcard', () => {
  describe('valid documents', () => {
    it.each([
      ['DeviceModel', 'Outlook for iOS and Android'],
      ['UserAgent', 'Outlook-iOS/2.0'],
      ['DeviceOS', 'iOS 6.1 10B145'],
      ['UserAgent', 'NokiaE521/2.00()MailforExchange'],
      ['DeviceType', 'Android+Phone [beta] {x}']
    ])('accepts the exact %s value "%s"', (characteristic, query) => {
      expect(findingsOf('EXO403', device(characteristic, query))).toEqual([])
    })

    it('says nothing about a rule that failed the schema', () => {
      const text = device('Model', 'iPhone*')
      expect(findingsOf('EXO403', text)).toEqual([])
      expect(findingsOf('EXO003', text).map((f) => [f.line, f.column])).toEqual([[4, 25]])
    })
  })

  describe('query strings with wildcards', () => {
    it('reports a trailing "*"', () => {
      expect(findingsOf('EXO403', device('DeviceModel', 'iPhone*'))).toEqual([
        exo403('DeviceModel', 'iPhone*', '"*"')
      ])
    })

    it('reports "*" alone and "?" inside a value', () => {
      expect(findingsOf('EXO403', device('DeviceType', '*', 'Allow'))).toEqual([
        exo403('DeviceType', '*', '"*"')
      ])
      expect(findingsOf('EXO403', device('DeviceOS', 'iOS 1?.0'))).toEqual([
        exo403('DeviceOS', 'iOS 1?.0', '"?"')
      ])
    })

    it('names both wildcards once each, in a fixed order', () => {
      expect(findingsOf('EXO403', device('UserAgent', 'Outlook-?*/2.0?*'))).toEqual([
        exo403('UserAgent', 'Outlook-?*/2.0?*', '"*" and "?"')
      ])
    })

    it('reports every rule with a wildcard and escapes what it shows', () => {
      const text = `{"ActiveSyncDeviceAccessRules": [
  {"Characteristic": "DeviceType", "QueryString": "Outlook*", "AccessLevel": "Block"},
  {"Characteristic": "DeviceType", "QueryString": "Outlook", "AccessLevel": "Block"},
  {"Characteristic": "XMSWLHeader", "QueryString": "a\\u0000?", "AccessLevel": "Allow"}
]}`
      expect(findingsOf('EXO403', text)).toEqual([
        { ...exo403('DeviceType', 'Outlook*', '"*"'), line: 2, column: 51 },
        { ...exo403('XMSWLHeader', 'a\\u0000?', '"?"'), line: 4, column: 52 }
      ])
    })
  })
})
