import { describe, expect, it } from 'vitest'
import { findingsOf } from '../helpers.js'

/** A document with one device access rule; its `QueryString` value is on line 5, column 22. */
const device = (Characteristic: string, QueryString: string, AccessLevel = 'Block') =>
  JSON.stringify(
    { ActiveSyncDeviceAccessRules: [{ Characteristic, QueryString, AccessLevel }] },
    null,
    2
  )

/** One EXO404 finding at that `QueryString`, as `findingsOf` reports it. */
const exo404 = (messageId: 'deviceType' | 'deviceModel' | 'userAgent', query: string) => ({
  id: 'EXO404',
  severity: 'warning',
  line: 5,
  column: 22,
  messageId,
  data: { query }
})

describe('EXO404 outlook-identity-mismatch', () => {
  describe('valid documents', () => {
    it.each([
      ['DeviceType', 'Outlook'],
      ['DeviceModel', 'Outlook for iOS and Android'],
      ['UserAgent', 'Outlook-iOS/2.0'],
      ['UserAgent', 'Outlook-Android/2.0'],
      ['DeviceType', 'OutlookService'],
      ['DeviceOS', 'Outlook'],
      ['XMSWLHeader', 'Outlook for iOS and Android']
    ])('accepts %s "%s"', (characteristic, query) => {
      expect(findingsOf('EXO404', device(characteristic, query))).toEqual([])
    })

    it('compares the whole value, without trimming', () => {
      expect(findingsOf('EXO404', device('DeviceModel', 'Outlook '))).toEqual([])
      expect(findingsOf('EXO404', device('DeviceType', 'Outlook for iOS and Android.'))).toEqual([])
      expect(findingsOf('EXO404', device('UserAgent', 'Outlook-iOS'))).toEqual([])
    })
  })

  describe('Outlook values under the wrong characteristic', () => {
    it('reports DeviceType "Outlook for iOS and Android"', () => {
      expect(findingsOf('EXO404', device('DeviceType', 'Outlook for iOS and Android'))).toEqual([
        exo404('deviceType', 'Outlook for iOS and Android')
      ])
    })

    it('reports DeviceModel "Outlook"', () => {
      expect(findingsOf('EXO404', device('DeviceModel', 'Outlook'))).toEqual([
        exo404('deviceModel', 'Outlook')
      ])
    })

    it('reports UserAgent "Outlook", whatever the access level', () => {
      expect(findingsOf('EXO404', device('UserAgent', 'Outlook', 'Allow'))).toEqual([
        exo404('userAgent', 'Outlook')
      ])
    })

    it('compares case-insensitively and shows the value as written', () => {
      expect(findingsOf('EXO404', device('DeviceType', 'OUTLOOK FOR IOS AND ANDROID'))).toEqual([
        exo404('deviceType', 'OUTLOOK FOR IOS AND ANDROID')
      ])
      expect(findingsOf('EXO404', device('DeviceModel', 'outlook', 'Quarantine'))).toEqual([
        exo404('deviceModel', 'outlook')
      ])
    })

    it('reports every mismatched rule of a list', () => {
      const text = `{"ActiveSyncDeviceAccessRules": [
  {"Characteristic": "DeviceModel", "QueryString": "Outlook", "AccessLevel": "Block"},
  {"Characteristic": "DeviceType", "QueryString": "Outlook", "AccessLevel": "Block"},
  {"Characteristic": "UserAgent", "QueryString": "outlook", "AccessLevel": "Block"}
]}`
      expect(findingsOf('EXO404', text)).toEqual([
        { ...exo404('deviceModel', 'Outlook'), line: 2, column: 52 },
        { ...exo404('userAgent', 'outlook'), line: 4, column: 50 }
      ])
    })
  })
})
