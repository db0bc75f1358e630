import { describe, expect, it } from 'vitest'
import { findingsOf, ruleSet } from '../helpers.js'

/** One EXO306 finding, as `findingsOf` reports it. */
const exo306 = (
  line: number,
  column: number,
  messageId: 'nonPublic' | 'everything',
  data: Record<string, string | number>
) => ({ id: 'EXO306', severity: 'warning', line, column, messageId, data })

/** The data of a `nonPublic` finding. */
const nonPublic = (entry: string, kind: string, range: string) => ({ entry, kind, range })

/**
 * A rule set whose one rule lists `entries` as its IP condition and `except` as its IP exception.
 * Entry k of the condition is at line 8 + k, column 9; entry k of the exception at line
 * 10 + entries.length + k, column 9.
 */
const ips = (entries: string[], except?: string[], target = 'ExchangeOnline') =>
  ruleSet(
    [
      {
        Name: 'Office network',
        Action: 'AllowAccess',
        AnyOfClientIPAddressesOrRanges: entries,
        ...(except ? { ExceptAnyOfClientIPAddressesOrRanges: except } : {})
      }
    ],
    { Target: target }
  )

/** The EXO306 findings of a one-entry condition (the entry at 8:9) on the given target. */
const of = (entry: string, target = 'ExchangeOnline') =>
  findingsOf('EXO306', ips([entry], undefined, target))

describe('EXO306 ip-never-seen', () => {
  describe('addresses Exchange Online can see', () => {
    it.each([
      '203.0.113.10',
      '198.51.100.0/24',
      '2001:db8::1',
      '2001:db8::/32',
      '8.8.8.8-8.8.8.9',
      // right next to the non-public ranges
      '9.255.255.255',
      '11.0.0.0/8',
      '172.15.255.255',
      '172.32.0.0/16',
      '192.167.255.255',
      '192.169.0.0',
      '126.255.255.255',
      '128.0.0.0/8',
      '169.253.255.255',
      '169.255.0.0',
      'fbff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
      'fe00::1',
      'fe7f:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
      'fec0::1',
      '::2',
      '::',
      // a public address written as IPv4-mapped IPv6
      '::ffff:203.0.113.10',
      '0.0.0.0/1',
      '128.0.0.0/1',
      '::/1'
    ])('accepts %s', (entry) => {
      expect(of(entry)).toEqual([])
    })

    it.each([
      '10.0.0.0/7',
      '9.255.255.255-10.0.0.1',
      '172.16.0.0/11',
      '192.168.255.0-192.169.0.255',
      '127.255.255.255-128.0.0.0',
      '169.254.0.0/15',
      'fc00::/6',
      'fe80::/9',
      '::/127',
      '::1-::2',
      '0.0.0.0/4'
    ])('accepts %s, which is only partly non-public', (entry) => {
      expect(of(entry)).toEqual([])
    })

    it('leaves invalid entries to EXO304', () => {
      expect(of('10.0.0.1/33')).toEqual([])
      expect(of('010.0.0.1')).toEqual([])
      expect(of('0.0.0.0/00')).toEqual([])
    })
  })

  describe('non-public entries on an ExchangeOnline target', () => {
    it.each([
      ['10.1.2.3', 'private', '10.0.0.0/8'],
      ['10.0.0.0/8', 'private', '10.0.0.0/8'],
      ['10.255.255.255', 'private', '10.0.0.0/8'],
      ['172.16.0.0/12', 'private', '172.16.0.0/12'],
      ['172.31.255.255', 'private', '172.16.0.0/12'],
      ['192.168.1.0-192.168.1.255', 'private', '192.168.0.0/16'],
      ['192.168.3.1/24', 'private', '192.168.0.0/16'],
      ['127.0.0.1', 'loopback', '127.0.0.0/8'],
      ['127.0.0.0/8', 'loopback', '127.0.0.0/8'],
      ['169.254.10.0/24', 'link-local', '169.254.0.0/16'],
      ['fc00::/7', 'unique-local', 'fc00::/7'],
      ['fd12:3456:789a::1', 'unique-local', 'fc00::/7'],
      ['FDFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF', 'unique-local', 'fc00::/7'],
      ['fe80::/10', 'link-local', 'fe80::/10'],
      ['fe80::1/64', 'link-local', 'fe80::/10'],
      ['febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'link-local', 'fe80::/10'],
      ['::1', 'loopback', '::1'],
      ['0:0:0:0:0:0:0:1/128', 'loopback', '::1'],
      ['::1-::1', 'loopback', '::1']
    ])('warns about %s (%s, %s)', (entry, kind, range) => {
      expect(of(entry)).toEqual([exo306(8, 9, 'nonPublic', nonPublic(entry, kind, range))])
    })

    it('warns about entries of both lists and of disabled rules, each on its own line', () => {
      const text = ips(['203.0.113.0/24', '10.0.0.0/8'], ['192.168.0.1', '198.51.100.1', '::1'])
      expect(findingsOf('EXO306', text)).toEqual([
        exo306(9, 9, 'nonPublic', nonPublic('10.0.0.0/8', 'private', '10.0.0.0/8')),
        exo306(12, 9, 'nonPublic', nonPublic('192.168.0.1', 'private', '192.168.0.0/16')),
        exo306(14, 9, 'nonPublic', nonPublic('::1', 'loopback', '::1'))
      ])
      const disabled = `{"Target": "ExchangeOnline", "ClientAccessRules": [
  {"Name": "a", "Action": "AllowAccess", "Enabled": false,
   "ExceptAnyOfClientIPAddressesOrRanges": ["172.20.0.0/16"]}
]}`
      expect(findingsOf('EXO306', disabled)).toEqual([
        exo306(3, 45, 'nonPublic', nonPublic('172.20.0.0/16', 'private', '172.16.0.0/12'))
      ])
    })

    it('warns when ExchangeOnline is assumed because Target is absent', () => {
      const text = ruleSet(
        [{ Name: 'Office', Action: 'AllowAccess', AnyOfClientIPAddressesOrRanges: ['10.0.0.1'] }],
        { Target: undefined }
      )
      expect(findingsOf('EXO306', text)).toEqual([
        exo306(7, 9, 'nonPublic', nonPublic('10.0.0.1', 'private', '10.0.0.0/8'))
      ])
    })
  })

  describe('non-public entries on an ExchangeServer target', () => {
    it.each([
      '10.1.2.3',
      '172.16.0.0/12',
      '192.168.0.0/16',
      '127.0.0.1',
      '169.254.1.1',
      'fd00::/8'
    ])('accepts %s: an on-premises server sees the internal network', (entry) => {
      expect(of(entry, 'ExchangeServer')).toEqual([])
    })

    it('accepts link-local and loopback IPv6 too', () => {
      const text = ips(['fe80::1', '::1'], ['10.0.0.0/8'], 'ExchangeServer')
      expect(findingsOf('EXO306', text)).toEqual([])
    })
  })

  describe('entries covering a whole family', () => {
    it.each(['ExchangeOnline', 'ExchangeServer'])('warns about 0.0.0.0/0 and ::/0 on %s', (t) => {
      const text = ips(['0.0.0.0/0'], ['::/0'], t)
      expect(findingsOf('EXO306', text)).toEqual([
        exo306(8, 9, 'everything', { entry: '0.0.0.0/0', family: 4 }),
        exo306(11, 9, 'everything', { entry: '::/0', family: 6 })
      ])
    })

    it.each([
      ['0.0.0.0-255.255.255.255', 4],
      ['203.0.113.9/0', 4],
      ['::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 6],
      ['2001:db8::1/0', 6],
      ['0:0:0:0:0:0:0:0/0', 6]
    ])('warns about %s, which covers every IPv%i address', (entry, family) => {
      expect(of(entry, 'ExchangeServer')).toEqual([exo306(8, 9, 'everything', { entry, family })])
    })

    it('gives the whole-family warning, not a non-public one', () => {
      expect(of('0.0.0.0/0')).toEqual([
        exo306(8, 9, 'everything', { entry: '0.0.0.0/0', family: 4 })
      ])
    })
  })
})
