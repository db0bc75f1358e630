import { describe, expect, it } from 'vitest'
import { findingsOf, ruleSet } from '../helpers.js'

/** One EXO304 finding, as `findingsOf` reports it. */
const exo304 = (
  line: number,
  column: number,
  messageId: string,
  data: Record<string, string | number>
) => ({ id: 'EXO304', severity: 'error', line, column, messageId, data })

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

/** The EXO304 findings of a one-entry condition (the entry at 8:9). */
const of = (entry: string) => findingsOf('EXO304', ips([entry]))

describe('EXO304 invalid-ip', () => {
  describe('entries Exchange takes', () => {
    it.each([
      '192.0.2.1',
      '0.0.0.0',
      '255.255.255.255',
      '203.0.113.0/24',
      '192.168.3.1/24',
      '0.0.0.0/0',
      '192.0.2.1/32',
      '192.0.2.1-192.0.2.9',
      '192.0.2.1-192.0.2.1',
      '2001:db8::1',
      '2001:0db8::1',
      '2001:0db8:0000:0000:0000:0000:0000:0001',
      '2001:DB8::2AA:FF:C0A8:640A',
      '2001:DB8::2AA:FF:C0A8:640A/64',
      '2001:db8::/32',
      '::/0',
      '::',
      '::1',
      '1:2:3:4:5:6:7::',
      '2001:db8::1-2001:db8::ff',
      '::192.0.2.1',
      '::ffff:192.0.2.1',
      '::ffff:192.0.2.1-::ffff:192.0.2.9',
      '2001:db8::1/128'
    ])('accepts %s', (entry) => {
      expect(of(entry)).toEqual([])
    })

    it('accepts valid entries in both lists of several rules', () => {
      const text = ruleSet([
        {
          Name: 'Always Allow Remote PowerShell',
          Action: 'AllowAccess',
          AnyOfProtocols: ['RemotePowerShell'],
          AnyOfClientIPAddressesOrRanges: ['198.51.100.0/24', '2001:db8::/48']
        },
        {
          Name: 'Block EAC',
          Action: 'DenyAccess',
          AnyOfProtocols: ['ExchangeAdminCenter'],
          ExceptAnyOfClientIPAddressesOrRanges: ['192.0.2.10-192.0.2.20', '2001:db8::7']
        }
      ])
      expect(findingsOf('EXO304', text)).toEqual([])
    })

    it('says nothing about a rule that failed the schema', () => {
      const text = ruleSet([
        { Name: 'Office', Acton: 'AllowAccess', AnyOfClientIPAddressesOrRanges: ['192.0.2.300'] }
      ])
      expect(findingsOf('EXO304', text)).toEqual([])
      expect(findingsOf('EXO003', text).length).toBeGreaterThan(0)
    })

    it('does not read entries of other lists as IP entries', () => {
      const text = ruleSet([
        {
          Name: '192.0.2.300',
          Action: 'AllowAccess',
          AnyOfProtocols: ['ExchangeAdminCenter'],
          UsernameMatchesAnyOfPatterns: ['*\\192.0.2.300']
        }
      ])
      expect(findingsOf('EXO304', text)).toEqual([])
    })
  })

  describe('prefix lengths', () => {
    it('reports an IPv4 prefix above 32 (the catalog example)', () => {
      expect(of('203.0.113.0/33')).toEqual([
        exo304(8, 9, 'prefix', { entry: '203.0.113.0/33', prefix: '33', max: 32 })
      ])
    })

    it('reports an IPv6 prefix above 128 but accepts 128', () => {
      expect(of('2001:db8::/129')).toEqual([
        exo304(8, 9, 'prefix', { entry: '2001:db8::/129', prefix: '129', max: 128 })
      ])
      expect(of('2001:db8::/128')).toEqual([])
    })

    it.each([
      ['192.0.2.0/', ''],
      ['192.0.2.0/-1', '-1'],
      ['192.0.2.0/+8', '+8'],
      ['192.0.2.0/24a', '24a'],
      ['192.0.2.0/255.255.255.0', '255.255.255.0']
    ])('reports %s as a bad prefix length', (entry, prefix) => {
      expect(of(entry)).toEqual([exo304(8, 9, 'prefix', { entry, prefix, max: 32 })])
    })

    it.each(['10.0.0.0/08', '10.0.0.0/00', '2001:db8::/064'])(
      'reports the leading zero of the prefix length in %s',
      (entry) => {
        expect(of(entry)).toEqual([exo304(8, 9, 'prefixLeadingZero', { entry })])
      }
    )

    it('accepts the prefix length 0 (EXO306 judges it)', () => {
      expect(of('10.0.0.0/0')).toEqual([])
    })
  })

  describe('addresses', () => {
    it('reports an octet above 255 (the catalog example)', () => {
      expect(of('198.51.100.300')).toEqual([
        exo304(8, 9, 'address', { entry: '198.51.100.300', part: '198.51.100.300' })
      ])
    })

    it.each([
      '192.0.2',
      '192.0.2.1.5',
      '0x7f.0.0.1',
      '3221225985',
      '192.0.2.1,192.0.2.2',
      '1::2::3',
      '1:2:3:4:5:6:7:8:9',
      '2001:db8::12345',
      '2001:db8::g',
      '192.0.2.1::',
      'example.com',
      '\uff11\uff19\uff12.0.2.1'
    ])('reports %s as not an address', (entry) => {
      expect(of(entry)).toEqual([exo304(8, 9, 'address', { entry, part: entry })])
    })

    it('names the bad half of a range', () => {
      expect(of('192.0.2.1-192.0.2.256')).toEqual([
        exo304(8, 9, 'address', { entry: '192.0.2.1-192.0.2.256', part: '192.0.2.256' })
      ])
      expect(of('192.0.2.1-')).toEqual([exo304(8, 9, 'address', { entry: '192.0.2.1-', part: '' })])
    })

    it.each(['192.0.2.1-192.0.2.5-192.0.2.9', '192.0.2.0/24/8', '192.0.2.0-192.0.2.255/24'])(
      'reports %s, which is none of the three forms',
      (entry) => {
        expect(of(entry)).toEqual([exo304(8, 9, 'address', { entry, part: entry })])
      }
    )

    it.each(['010.0.0.1', '192.0.02.1', '10.0.0.00', '010.0.0.0/8', '::ffff:010.0.0.1'])(
      'reports the leading zero of an IPv4 octet in %s',
      (entry) => {
        expect(of(entry)).toEqual([exo304(8, 9, 'leadingZero', { entry })])
      }
    )

    it('reports a leading zero in either half of a range', () => {
      expect(of('192.0.2.1-192.0.2.09')).toEqual([
        exo304(8, 9, 'leadingZero', { entry: '192.0.2.1-192.0.2.09' })
      ])
    })

    it('accepts IPv6 groups with leading zeros, which are not octal', () => {
      expect(of('2001:0db8::1')).toEqual([])
      expect(of('2001:0db8:0000::0001/64')).toEqual([])
    })

    it.each(['fe80::1%eth0', 'fe80::1%25eth0', 'fe80::1%3', 'fe80::%eth0/64'])(
      'reports the zone ID of %s',
      (entry) => {
        expect(of(entry)).toEqual([exo304(8, 9, 'zone', { entry })])
      }
    )
  })

  describe('spaces', () => {
    it.each(['192.0.2.1 - 192.0.2.9', ' 192.0.2.1', '192.0.2.0 /24', '192.0.2.1,192.0.2.2 '])(
      'reports the space in "%s"',
      (entry) => {
        expect(of(entry)).toEqual([exo304(8, 9, 'space', { entry })])
      }
    )

    it('shows an invisible space escaped', () => {
      expect(of('192.0.2.1\t')).toEqual([exo304(8, 9, 'space', { entry: '192.0.2.1\\u0009' })])
      expect(of('192.0.2.1\u00a0')).toEqual([exo304(8, 9, 'space', { entry: '192.0.2.1\u00a0' })])
    })
  })

  describe('ranges', () => {
    it('reports a range that starts after it ends (the catalog example)', () => {
      expect(of('192.0.2.9-192.0.2.1')).toEqual([
        exo304(8, 9, 'reversed', { entry: '192.0.2.9-192.0.2.1' })
      ])
    })

    it('reports a reversed IPv6 range, comparing the values, not the text', () => {
      expect(of('2001:db8::10-2001:db8::9')).toEqual([
        exo304(8, 9, 'reversed', { entry: '2001:db8::10-2001:db8::9' })
      ])
      expect(of('2001:db8::9-2001:db8::10')).toEqual([])
    })

    it.each(['192.0.2.1-2001:db8::1', '2001:db8::1-192.0.2.1', '192.0.2.1-::ffff:192.0.2.9'])(
      'reports the mixed-family range %s',
      (entry) => {
        expect(of(entry)).toEqual([exo304(8, 9, 'mixedFamily', { entry })])
      }
    )
  })

  describe('IPv4-mapped IPv6 blocks', () => {
    it.each([
      '::ffff:192.0.2.0/120',
      '::FFFF:C000:200/120',
      '::ffff:192.0.2.1/128',
      '::ffff:0:0/96',
      '0:0:0:0:0:ffff:c000:0200/120'
    ])('reports %s', (entry) => {
      expect(of(entry)).toEqual([exo304(8, 9, 'mappedCidr', { entry })])
    })

    it('accepts a block next to the mapped range and a mapped single address', () => {
      expect(of('::fffe:0:0/96')).toEqual([])
      expect(of('::1:0:0:0/96')).toEqual([])
      expect(of('::ffff:192.0.2.1')).toEqual([])
    })
  })

  describe('where findings go', () => {
    it('reports each bad entry of both lists on its own line, skipping the good ones', () => {
      const text = ips(
        ['203.0.113.0/33', '203.0.113.0/24', '198.51.100.300'],
        ['192.0.2.9-192.0.2.1', '192.0.2.1', 'fe80::1%eth0']
      )
      expect(findingsOf('EXO304', text)).toEqual([
        exo304(8, 9, 'prefix', { entry: '203.0.113.0/33', prefix: '33', max: 32 }),
        exo304(10, 9, 'address', { entry: '198.51.100.300', part: '198.51.100.300' }),
        exo304(13, 9, 'reversed', { entry: '192.0.2.9-192.0.2.1' }),
        exo304(15, 9, 'zone', { entry: 'fe80::1%eth0' })
      ])
    })

    it('reports entries of disabled rules and of every rule', () => {
      const text = `{"Target": "ExchangeServer", "ClientAccessRules": [
  {"Name": "a", "Action": "AllowAccess", "AnyOfClientIPAddressesOrRanges": ["010.0.0.1"]},
  {"Name": "b", "Action": "AllowAccess", "Enabled": false,
   "ExceptAnyOfClientIPAddressesOrRanges": ["192.0.2.1", "10.0.0.0/08"]}
]}`
      expect(findingsOf('EXO304', text)).toEqual([
        exo304(2, 77, 'leadingZero', { entry: '010.0.0.1' }),
        exo304(4, 58, 'prefixLeadingZero', { entry: '10.0.0.0/08' })
      ])
    })

    it('reports the same bad entry once per place it is written', () => {
      const text = ips(['192.0.2.300', '192.0.2.300'])
      expect(findingsOf('EXO304', text)).toEqual([
        exo304(8, 9, 'address', { entry: '192.0.2.300', part: '192.0.2.300' }),
        exo304(9, 9, 'address', { entry: '192.0.2.300', part: '192.0.2.300' })
      ])
    })

    it('reports the same on an ExchangeOnline target', () => {
      expect(findingsOf('EXO304', ips(['203.0.113.0/33'], undefined, 'ExchangeOnline'))).toEqual([
        exo304(8, 9, 'prefix', { entry: '203.0.113.0/33', prefix: '33', max: 32 })
      ])
    })

    it('shows untrusted text escaped and a long entry cut', () => {
      expect(of('192.0.2.1\u202e')).toEqual([
        exo304(8, 9, 'address', { entry: '192.0.2.1\\u202E', part: '192.0.2.1\\u202E' })
      ])
      const long = '1'.repeat(200)
      const shown = `${'1'.repeat(120)}… (200 characters)`
      expect(of(long)).toEqual([exo304(8, 9, 'address', { entry: shown, part: shown })])
    })

    it('leaves bad entries to EXO304 alone: no EXO305, EXO306 or EXO311 for them', () => {
      const text = ips(['10.0.0.1/33', '10.0.0.1/33', '0.0.0.0/00'], undefined, 'ExchangeOnline')
      expect(findingsOf('EXO304', text)).toHaveLength(3)
      for (const id of ['EXO305', 'EXO306', 'EXO311']) expect(findingsOf(id, text)).toEqual([])
    })
  })
})
