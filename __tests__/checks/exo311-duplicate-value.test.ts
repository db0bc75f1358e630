import { describe, expect, it } from 'vitest'
import { findingsOf, ruleSet } from '../helpers.js'

type MessageId = 'repeated' | 'inside' | 'contains' | 'sameRange'

/** One EXO311 finding, as `findingsOf` reports it. */
const exo311 = (
  line: number,
  column: number,
  messageId: MessageId,
  data: Record<string, string | number>
) => ({ id: 'EXO311', severity: 'warning', line, column, messageId, data })

/**
 * A rule set (ExchangeOnline) whose one rule has the given lists after `Name` and `Action`: the
 * first list's key is at line 7 and its entry k at line 8 + k, column 9; a second list's key
 * follows the first list's closing bracket, so its entry k is at line 10 + n + k (n = length of
 * the first list).
 */
const rule = (lists: Record<string, string[]>, action = 'AllowAccess') =>
  ruleSet([{ Name: 'Office network', Action: action, ...lists }], { Target: 'ExchangeOnline' })

/** The EXO311 findings of a rule whose only list is the IP condition `entries` (entry k at 8 + k). */
const ips = (...entries: string[]) =>
  findingsOf('EXO311', rule({ AnyOfClientIPAddressesOrRanges: entries }))

const IP = 'AnyOfClientIPAddressesOrRanges'

describe('EXO311 duplicate-value', () => {
  describe('lists without repeats', () => {
    it('accepts distinct values in every list', () => {
      const text = rule({
        AnyOfProtocols: ['OutlookWebApp', 'ExchangeActiveSync', 'RemotePowerShell'],
        ExceptAnyOfProtocols: ['POP3'],
        AnyOfAuthenticationTypes: ['BasicAuthentication', 'NonBasicAuthentication'],
        UsernameMatchesAnyOfPatterns: ['*\\admin', '*\\admin*', 'contoso\\*admin'],
        ExceptUsernameMatchesAnyOfPatterns: ['*\\break-glass'],
        AnyOfClientIPAddressesOrRanges: ['192.0.2.0/25', '192.0.2.128/25', '2001:db8::/32'],
        ExceptAnyOfClientIPAddressesOrRanges: ['192.0.2.7', '192.0.2.8']
      })
      expect(findingsOf('EXO311', text)).toEqual([])
    })

    it('does not compare a condition with its exception (EXO104 judges that)', () => {
      const text = rule({
        AnyOfProtocols: ['OutlookWebApp', 'POP3'],
        ExceptAnyOfProtocols: ['OutlookWebApp'],
        UsernameMatchesAnyOfPatterns: ['*\\admin'],
        ExceptUsernameMatchesAnyOfPatterns: ['*\\ADMIN'],
        AnyOfClientIPAddressesOrRanges: ['192.0.2.0/24', '198.51.100.7'],
        ExceptAnyOfClientIPAddressesOrRanges: ['192.0.2.0/24', '198.51.100.0/24']
      })
      expect(findingsOf('EXO311', text)).toEqual([])
    })

    it('does not compare lists of different rules', () => {
      const text = ruleSet(
        [
          { Name: 'a', Action: 'AllowAccess', AnyOfProtocols: ['POP3'] },
          { Name: 'b', Action: 'DenyAccess', AnyOfProtocols: ['POP3'] },
          { Name: 'c', Action: 'AllowAccess', AnyOfClientIPAddressesOrRanges: ['192.0.2.1'] },
          { Name: 'd', Action: 'AllowAccess', AnyOfClientIPAddressesOrRanges: ['192.0.2.0/24'] }
        ],
        { Target: 'ExchangeOnline' }
      )
      expect(findingsOf('EXO311', text)).toEqual([])
    })

    it.each([
      ['overlapping ranges', ['192.0.2.0-192.0.2.200', '192.0.2.100-192.0.2.255']],
      ['adjacent blocks', ['192.0.2.0/25', '192.0.2.128/25']],
      ['blocks of different families', ['::ffff:192.0.2.1', '192.0.2.0/24']],
      ['an IPv4-compatible and an IPv4 address', ['::192.0.2.1', '192.0.2.1']],
      ['a block and a wider block of the other family', ['192.0.2.1', '::/0']]
    ])('accepts %s', (_name, entries) => {
      expect(ips(...entries)).toEqual([])
    })

    it('leaves invalid IP entries to EXO304', () => {
      expect(ips('192.0.2.0/24', '192.0.2.5/33', '192.0.2.5/33', '192.0.2.9-192.0.2.1')).toEqual([])
    })

    it('says nothing about a list that failed the schema (EXO003 reports the bad protocol)', () => {
      const text = rule({ AnyOfProtocols: ['POP3', 'POP3', 'Pop4'] })
      expect(findingsOf('EXO311', text)).toEqual([])
      expect(findingsOf('EXO003', text)).toHaveLength(1)
    })
  })

  describe('repeated values', () => {
    it('warns about a repeated protocol at the later entry, naming the first one', () => {
      const text = rule({ AnyOfProtocols: ['OutlookWebApp', 'POP3', 'OutlookWebApp'] })
      expect(findingsOf('EXO311', text)).toEqual([
        exo311(10, 9, 'repeated', { value: 'OutlookWebApp', list: 'AnyOfProtocols', line: 8 })
      ])
    })

    it('warns about every later copy, each naming the first', () => {
      const text = rule({ ExceptAnyOfProtocols: ['POP3', 'POP3', 'IMAP4', 'POP3'] })
      expect(findingsOf('EXO311', text)).toEqual([
        exo311(9, 9, 'repeated', { value: 'POP3', list: 'ExceptAnyOfProtocols', line: 8 }),
        exo311(11, 9, 'repeated', { value: 'POP3', list: 'ExceptAnyOfProtocols', line: 8 })
      ])
    })

    it('warns about repeated authentication types in both lists', () => {
      const text = rule({
        AnyOfAuthenticationTypes: ['BasicAuthentication', 'BasicAuthentication'],
        ExceptAnyOfAuthenticationTypes: ['AdfsAuthentication', 'AdfsAuthentication']
      })
      expect(findingsOf('EXO311', text)).toEqual([
        exo311(9, 9, 'repeated', {
          value: 'BasicAuthentication',
          list: 'AnyOfAuthenticationTypes',
          line: 8
        }),
        exo311(13, 9, 'repeated', {
          value: 'AdfsAuthentication',
          list: 'ExceptAnyOfAuthenticationTypes',
          line: 12
        })
      ])
    })

    it('warns about a username pattern repeated in another case, showing it as written', () => {
      const text = rule({
        UsernameMatchesAnyOfPatterns: ['contoso\\*admin', '*\\jeff', 'CONTOSO\\*Admin'],
        ExceptUsernameMatchesAnyOfPatterns: ['*\\Break-Glass', '*\\break-glass']
      })
      expect(findingsOf('EXO311', text)).toEqual([
        exo311(10, 9, 'repeated', {
          value: 'CONTOSO\\*Admin',
          list: 'UsernameMatchesAnyOfPatterns',
          line: 8
        }),
        exo311(14, 9, 'repeated', {
          value: '*\\break-glass',
          list: 'ExceptUsernameMatchesAnyOfPatterns',
          line: 13
        })
      ])
    })

    it('shows an untrusted pattern escaped', () => {
      const text = rule({ UsernameMatchesAnyOfPatterns: ['*\\a\u202eb', '*\\A\u202eB'] })
      expect(findingsOf('EXO311', text)).toEqual([
        exo311(9, 9, 'repeated', {
          value: '*\\A\\u202EB',
          list: 'UsernameMatchesAnyOfPatterns',
          line: 8
        })
      ])
    })

    it('warns about repeats in disabled rules and in every rule', () => {
      const text = `{"Target": "ExchangeOnline", "ClientAccessRules": [
  {"Name": "a", "Action": "DenyAccess", "AnyOfProtocols": ["POP3", "IMAP4", "POP3"]},
  {"Name": "b", "Action": "DenyAccess", "Enabled": false,
   "AnyOfProtocols": ["IMAP4",
     "IMAP4"]}
]}`
      expect(findingsOf('EXO311', text)).toEqual([
        exo311(2, 77, 'repeated', { value: 'POP3', list: 'AnyOfProtocols', line: 2 }),
        exo311(5, 6, 'repeated', { value: 'IMAP4', list: 'AnyOfProtocols', line: 4 })
      ])
    })

    it('warns about an IP entry written twice as a plain repeat', () => {
      expect(ips('192.0.2.0/24', '198.51.100.7', '192.0.2.0/24')).toEqual([
        exo311(10, 9, 'repeated', { value: '192.0.2.0/24', list: IP, line: 8 })
      ])
    })

    it('warns about IP repeats in the exception list too', () => {
      const text = rule({
        AnyOfProtocols: ['OutlookWebApp'],
        ExceptAnyOfClientIPAddressesOrRanges: ['2001:db8::1', '2001:db8::1']
      })
      expect(findingsOf('EXO311', text)).toEqual([
        exo311(12, 9, 'repeated', {
          value: '2001:db8::1',
          list: 'ExceptAnyOfClientIPAddressesOrRanges',
          line: 11
        })
      ])
    })
  })

  describe('IP entries inside another entry of the same list', () => {
    it('warns at the later entry when it lies inside an earlier one', () => {
      expect(ips('192.0.2.0/24', '198.51.100.1', '192.0.2.5')).toEqual([
        exo311(10, 9, 'inside', { entry: '192.0.2.5', other: '192.0.2.0/24', line: 8 })
      ])
    })

    it('warns at the later entry when it contains an earlier one', () => {
      expect(ips('192.0.2.5', '198.51.100.1', '192.0.2.0/24')).toEqual([
        exo311(10, 9, 'contains', { entry: '192.0.2.0/24', other: '192.0.2.5', line: 8 })
      ])
    })

    it.each([
      ['a range inside a block', '192.0.2.0/24', '192.0.2.10-192.0.2.20'],
      ['a block inside a range', '192.0.2.0-192.0.3.255', '192.0.3.0/25'],
      ['a block inside a wider block', '10.0.0.0/8', '10.20.0.0/16'],
      ['an IPv6 address inside a block', '2001:db8::/32', '2001:DB8:0:1::AB'],
      ['a block inside the whole family', '::/0', '2001:db8::/32'],
      ['a range sharing its first address', '192.0.2.0-192.0.2.99', '192.0.2.0-192.0.2.9'],
      ['a range sharing its last address', '192.0.2.0-192.0.2.99', '192.0.2.90-192.0.2.99']
    ])('warns about %s, in either order', (_name, wide, narrow) => {
      expect(ips(wide, narrow)).toEqual([
        exo311(9, 9, 'inside', { entry: narrow, other: wide, line: 8 })
      ])
      expect(ips(narrow, wide)).toEqual([
        exo311(9, 9, 'contains', { entry: wide, other: narrow, line: 8 })
      ])
    })

    it('gives one finding per entry that adds nothing, along a chain', () => {
      expect(ips('192.0.2.5', '192.0.2.0/25', '192.0.2.0/24')).toEqual([
        exo311(9, 9, 'contains', { entry: '192.0.2.0/25', other: '192.0.2.5', line: 8 }),
        exo311(10, 9, 'contains', { entry: '192.0.2.0/24', other: '192.0.2.0/25', line: 9 })
      ])
      expect(ips('192.0.2.0/24', '192.0.2.0/25', '192.0.2.5')).toEqual([
        exo311(9, 9, 'inside', { entry: '192.0.2.0/25', other: '192.0.2.0/24', line: 8 }),
        exo311(10, 9, 'inside', { entry: '192.0.2.5', other: '192.0.2.0/24', line: 8 })
      ])
    })

    it('names each earlier entry a later wide one contains', () => {
      expect(ips('192.0.2.1', '192.0.2.2', '198.51.100.1', '192.0.2.0/24')).toEqual([
        exo311(11, 9, 'contains', { entry: '192.0.2.0/24', other: '192.0.2.1', line: 8 }),
        exo311(11, 9, 'contains', { entry: '192.0.2.0/24', other: '192.0.2.2', line: 9 })
      ])
    })

    it('prefers an earlier copy to an earlier wider entry', () => {
      expect(ips('192.0.2.0/24', '192.0.2.5', '192.0.2.5')).toEqual([
        exo311(9, 9, 'inside', { entry: '192.0.2.5', other: '192.0.2.0/24', line: 8 }),
        exo311(10, 9, 'repeated', { value: '192.0.2.5', list: IP, line: 9 })
      ])
    })

    it('reports an earlier entry once, at its earlier container, not again at a later one', () => {
      expect(ips('10.0.0.0/8', '10.1.2.3', '10.1.0.0/16')).toEqual([
        exo311(9, 9, 'inside', { entry: '10.1.2.3', other: '10.0.0.0/8', line: 8 }),
        exo311(10, 9, 'inside', { entry: '10.1.0.0/16', other: '10.0.0.0/8', line: 8 })
      ])
    })

    it('finds containment in the exception list of a deny rule', () => {
      const text = rule(
        {
          AnyOfProtocols: ['OutlookWebApp'],
          ExceptAnyOfClientIPAddressesOrRanges: ['198.51.100.0/24', '198.51.100.10']
        },
        'DenyAccess'
      )
      expect(findingsOf('EXO311', text)).toEqual([
        exo311(12, 9, 'inside', { entry: '198.51.100.10', other: '198.51.100.0/24', line: 11 })
      ])
    })
  })

  describe('IP entries covering the same addresses, written differently', () => {
    it('warns about a block and the equal range (the catalog example), in either order', () => {
      expect(ips('192.0.2.0/24', '192.0.2.0-192.0.2.255')).toEqual([
        exo311(9, 9, 'sameRange', {
          entry: '192.0.2.0-192.0.2.255',
          range: '192.0.2.0/24',
          other: '192.0.2.0/24',
          line: 8
        })
      ])
      expect(ips('192.0.2.0-192.0.2.255', '192.0.2.0/24')).toEqual([
        exo311(9, 9, 'sameRange', {
          entry: '192.0.2.0/24',
          range: '192.0.2.0/24',
          other: '192.0.2.0-192.0.2.255',
          line: 8
        })
      ])
    })

    it.each([
      [
        'a block with host bits and its network',
        '192.168.3.1/24',
        '192.168.3.0/24',
        '192.168.3.0/24'
      ],
      ['an address and its /32', '192.0.2.7', '192.0.2.7/32', '192.0.2.7'],
      ['an address and a one-address range', '192.0.2.7-192.0.2.7', '192.0.2.7', '192.0.2.7'],
      ['IPv6 in other cases and zeros', '2001:DB8::1', '2001:0db8:0:0:0:0:0:1', '2001:db8::1'],
      [
        "Microsoft's IPv6 example and its network",
        '2001:DB8::2AA:FF:C0A8:640A/64',
        '2001:db8::/64',
        '2001:db8::/64'
      ]
    ])('warns about %s', (_name, first, second, range) => {
      expect(ips(first, second)).toEqual([
        exo311(9, 9, 'sameRange', { entry: second, range, other: first, line: 8 })
      ])
    })

    it('names the range as a range when it is not a block', () => {
      expect(ips('2001:db8::1-2001:db8::9', '2001:db8:0::1-2001:db8::0:9')).toEqual([
        exo311(9, 9, 'sameRange', {
          entry: '2001:db8:0::1-2001:db8::0:9',
          range: '2001:db8::1-2001:db8::9',
          other: '2001:db8::1-2001:db8::9',
          line: 8
        })
      ])
    })
  })
})
