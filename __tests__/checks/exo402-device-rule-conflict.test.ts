import { describe, expect, it } from 'vitest'
import { findingsOf, lint } from '../helpers.js'

type Rule = [characteristic: string, query: string, level: string]

/**
 * A document with only device access rules, pretty-printed: rule i's `QueryString` value is on
 * line 5 + 5i, column 22.
 */
const devices = (rules: Rule[], extra: Record<string, unknown> = {}) =>
  JSON.stringify(
    {
      ActiveSyncDeviceAccessRules: rules.map(([Characteristic, QueryString, AccessLevel]) => ({
        Characteristic,
        QueryString,
        AccessLevel
      })),
      ...extra
    },
    null,
    2
  )

/** The line of rule i's `QueryString` in `devices(...)`. */
const lineOf = (i: number) => 5 + 5 * i

/** One EXO402 finding for rule `i` of `devices(...)`, as `findingsOf` reports it. */
const conflict = (i: number, data: Record<string, string | number>) => ({
  id: 'EXO402',
  severity: 'error',
  line: lineOf(i),
  column: 22,
  messageId: 'conflict',
  data
})
const duplicate = (i: number, data: Record<string, string | number>) => ({
  id: 'EXO402',
  severity: 'warning',
  line: lineOf(i),
  column: 22,
  messageId: 'duplicate',
  data
})

describe('EXO402 device-rule-conflict', () => {
  describe('valid documents', () => {
    it('accepts rules that differ in query string or characteristic', () => {
      const text = devices([
        ['DeviceType', 'Outlook', 'Block'],
        ['DeviceModel', 'Outlook', 'Allow'],
        ['DeviceType', 'OutlookService', 'Allow'],
        ['UserAgent', 'Outlook-iOS/2.0', 'Block'],
        ['UserAgent', 'Outlook-Android/2.0', 'Allow']
      ])
      expect(findingsOf('EXO402', text)).toEqual([])
    })

    it('does not take query strings that differ only in spaces as the same', () => {
      const text = devices([
        ['DeviceType', 'iPhone', 'Block'],
        ['DeviceType', 'iPhone ', 'Allow']
      ])
      expect(findingsOf('EXO402', text)).toEqual([])
    })

    it('accepts a single rule and a rule that agrees with the default level', () => {
      const text = devices([['DeviceType', 'Outlook', 'Allow']], {
        ActiveSyncOrganizationSettings: { DefaultAccessLevel: 'Allow' }
      })
      expect(findingsOf('EXO402', text)).toEqual([])
    })

    it('ignores a rule that failed the schema', () => {
      const text = devices([
        ['DeviceType', 'Outlook', 'Block'],
        ['DeviceType', 'Outlook', 'Deny']
      ])
      expect(findingsOf('EXO402', text)).toEqual([])
      expect(findingsOf('EXO003', text).map((f) => [f.line, f.column])).toEqual([[11, 22]])
    })
  })

  describe('two rules for the same characteristic and query string', () => {
    it('reports different levels as an error at the later QueryString', () => {
      const text = devices([
        ['DeviceModel', 'Outlook for iOS and Android', 'Block'],
        ['DeviceModel', 'Outlook for iOS and Android', 'Allow']
      ])
      expect(findingsOf('EXO402', text)).toEqual([
        conflict(1, {
          query: 'Outlook for iOS and Android',
          characteristic: 'DeviceModel',
          level: 'Allow',
          otherIndex: 0,
          otherQuery: 'Outlook for iOS and Android',
          otherLine: 5,
          otherLevel: 'Block'
        })
      ])
    })

    it('compares query strings case-insensitively and shows both as written', () => {
      const text = devices([
        ['DeviceType', 'iPhone', 'Quarantine'],
        ['DeviceOS', 'iOS 17', 'Block'],
        ['DeviceType', 'IPHONE', 'Allow']
      ])
      expect(findingsOf('EXO402', text)).toEqual([
        conflict(2, {
          query: 'IPHONE',
          characteristic: 'DeviceType',
          level: 'Allow',
          otherIndex: 0,
          otherQuery: 'iPhone',
          otherLine: 5,
          otherLevel: 'Quarantine'
        })
      ])
    })

    it('reports the same level as a warning (a duplicate)', () => {
      const text = devices([
        ['DeviceOS', 'Android 9', 'Allow'],
        ['UserAgent', 'Outlook-Android/2.0', 'Block'],
        ['UserAgent', 'outlook-android/2.0', 'Block']
      ])
      expect(findingsOf('EXO402', text)).toEqual([
        duplicate(2, {
          query: 'outlook-android/2.0',
          characteristic: 'UserAgent',
          level: 'Block',
          otherIndex: 1,
          otherQuery: 'Outlook-Android/2.0',
          otherLine: 10
        })
      ])
    })

    it('compares each later rule with the first one of the pair', () => {
      const text = devices([
        ['DeviceType', 'Outlook', 'Block'],
        ['DeviceType', 'Outlook', 'Allow'],
        ['DeviceType', 'outlook', 'Block']
      ])
      const first = { characteristic: 'DeviceType', otherIndex: 0, otherQuery: 'Outlook' }
      expect(findingsOf('EXO402', text)).toEqual([
        conflict(1, {
          ...first,
          query: 'Outlook',
          level: 'Allow',
          otherLine: 5,
          otherLevel: 'Block'
        }),
        duplicate(2, { ...first, query: 'outlook', level: 'Block', otherLine: 5 })
      ])
    })

    it('names the other rule by the line of its QueryString in a compact file', () => {
      const text = `{"ActiveSyncDeviceAccessRules": [
  {"AccessLevel": "Block",
   "Characteristic": "XMSWLHeader", "QueryString": "x\\u202Ey"},
  {"Characteristic": "XMSWLHeader", "QueryString": "X\\u202EY", "AccessLevel": "Quarantine"}
]}`
      expect(findingsOf('EXO402', text)).toEqual([
        {
          id: 'EXO402',
          severity: 'error',
          line: 4,
          column: 52,
          messageId: 'conflict',
          data: {
            query: 'X\\u202EY',
            characteristic: 'XMSWLHeader',
            level: 'Quarantine',
            otherIndex: 0,
            otherQuery: 'x\\u202Ey',
            otherLine: 3,
            otherLevel: 'Block'
          }
        }
      ])
    })

    it('points a related location at the earlier rule', () => {
      const text = devices([
        ['DeviceType', 'Outlook', 'Block'],
        ['DeviceType', 'Outlook', 'Allow']
      ])
      const [finding] = lint(text).filter((f) => f.id === 'EXO402')
      expect(finding?.related?.map((r) => [r.pointer, r.line, r.column])).toEqual([
        ['/ActiveSyncDeviceAccessRules/0/QueryString', 5, 22]
      ])
    })
  })
})
