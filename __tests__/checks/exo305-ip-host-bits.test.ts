import { describe, expect, it } from 'vitest'
import { findingsOf, ruleSet } from '../helpers.js'

/** One EXO305 finding, as `findingsOf` reports it. */
const exo305 = (line: number, column: number, entry: string, normalised: string) => ({
  id: 'EXO305',
  severity: 'notice',
  line,
  column,
  messageId: 'hostBits',
  data: { entry, normalised }
})

/**
 * A rule set whose one rule lists `entries` as its IP condition and `except` as its IP exception.
 * Entry k of the condition is at line 8 + k, column 9; entry k of the exception at line
 * 10 + entries.length + k, column 9.
 */
const ips = (entries: string[], except?: string[], target = 'ExchangeServer') =>
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

/** The EXO305 findings of a one-entry condition (the entry at 8:9). */
const of = (entry: string) => findingsOf('EXO305', ips([entry]))

describe('EXO305 ip-host-bits', () => {
  describe('entries without host bits', () => {
    it.each([
      '192.168.3.0/24',
      '192.0.2.1/32',
      '0.0.0.0/0',
      '10.0.0.0/8',
      '2001:db8::/64',
      '2001:0db8:0000:0000::/64',
      '2001:db8::1/128',
      '2001:db8:1:2:3:4:5:6/127',
      '::/0',
      '192.0.2.1',
      '2001:DB8::2AA:FF:C0A8:640A',
      '192.0.2.1-192.0.2.9',
      '2001:db8::1-2001:db8::9'
    ])('accepts %s', (entry) => {
      expect(of(entry)).toEqual([])
    })

    it('leaves invalid blocks to EXO304', () => {
      expect(of('192.168.3.1/33')).toEqual([])
      expect(of('192.168.3.1/024')).toEqual([])
      expect(of('::ffff:192.0.2.1/120')).toEqual([])
      expect(findingsOf('EXO304', ips(['192.168.3.1/33']))).toHaveLength(1)
    })
  })

  describe('blocks with host bits set', () => {
    it("notes Microsoft's IPv4 example with its network block", () => {
      expect(of('192.168.3.1/24')).toEqual([exo305(8, 9, '192.168.3.1/24', '192.168.3.0/24')])
    })

    it("notes Microsoft's IPv6 example, normalised to lower case and compressed", () => {
      expect(of('2001:DB8::2AA:FF:C0A8:640A/64')).toEqual([
        exo305(8, 9, '2001:DB8::2AA:FF:C0A8:640A/64', '2001:db8::/64')
      ])
    })

    it.each([
      ['172.17.17.27/16', '172.17.0.0/16'],
      ['192.168.10.1/24', '192.168.10.0/24'],
      ['192.0.2.1/31', '192.0.2.0/31'],
      ['203.0.113.200/25', '203.0.113.128/25'],
      ['192.0.2.77/0', '0.0.0.0/0'],
      ['2001:db8:0:0:1:0:0:1/32', '2001:db8::/32'],
      ['2001:db8:1:2:3:4:5:7/127', '2001:db8:1:2:3:4:5:6/127'],
      ['2001:0db8:abcd:0012::1/48', '2001:db8:abcd::/48'],
      ['fe80::1/10', 'fe80::/10']
    ])('notes %s as %s', (entry, normalised) => {
      expect(of(entry)).toEqual([exo305(8, 9, entry, normalised)])
    })

    it('notes entries of both lists, each on its own line', () => {
      const text = ips(['192.0.2.0/24', '198.51.100.9/24'], ['192.0.2.5', '192.0.2.130/25'])
      expect(findingsOf('EXO305', text)).toEqual([
        exo305(9, 9, '198.51.100.9/24', '198.51.100.0/24'),
        exo305(13, 9, '192.0.2.130/25', '192.0.2.128/25')
      ])
    })

    it('notes entries of disabled rules and on an ExchangeOnline target too', () => {
      const text = `{"Target": "ExchangeOnline", "ClientAccessRules": [
  {"Name": "a", "Action": "AllowAccess", "Enabled": false,
   "AnyOfClientIPAddressesOrRanges": ["203.0.113.9/24"]}
]}`
      expect(findingsOf('EXO305', text)).toEqual([
        exo305(3, 39, '203.0.113.9/24', '203.0.113.0/24')
      ])
    })

    it('is a notice, apart from EXO306 on the same entry', () => {
      const text = ips(['192.168.3.1/24'], undefined, 'ExchangeOnline')
      expect(findingsOf('EXO305', text)).toEqual([exo305(8, 9, '192.168.3.1/24', '192.168.3.0/24')])
      expect(findingsOf('EXO306', text).map((f) => [f.line, f.messageId])).toEqual([
        [8, 'nonPublic']
      ])
    })
  })

  describe('IPv6 blocks written with an IPv4 tail', () => {
    it('accepts one without host bits', () => {
      expect(of('64:ff9b::/96')).toEqual([])
      expect(of('::192.0.2.1/128')).toEqual([])
    })

    // ip-cidr 4.0.2 reads these as IPv4 ("64:ff9b::192.0.2.1/96" → "192.0.2.1/96") or throws, so
    // the gate computes network blocks itself and keeps ip-cidr as the test oracle for plain forms.
    it('notes one with host bits, with the IPv6 network block', () => {
      expect(of('64:ff9b::192.0.2.1/96')).toEqual([
        exo305(8, 9, '64:ff9b::192.0.2.1/96', '64:ff9b::/96')
      ])
      expect(of('64:ff9b::1.2.3.4/96')).toEqual([
        exo305(8, 9, '64:ff9b::1.2.3.4/96', '64:ff9b::/96')
      ])
      expect(of('::fffe:1.2.3.4/120')).toEqual([
        exo305(8, 9, '::fffe:1.2.3.4/120', '::fffe:102:300/120')
      ])
    })
  })

  it('shows the entry as written (case and zero groups kept) and the block in canonical form', () => {
    expect(of('2001:DB8:0:0:0:0:0:1/64')).toEqual([
      exo305(8, 9, '2001:DB8:0:0:0:0:0:1/64', '2001:db8::/64')
    ])
  })
})
