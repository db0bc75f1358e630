import { isIP } from 'node:net'
import fc from 'fast-check'
import IPCIDR from 'ip-cidr'
import { describe, expect, it } from 'vitest'
import {
  formatAddress,
  formatInterval,
  MAX_ADDRESS,
  parseAddress,
  parseIpEntry,
  within,
  type Family,
  type IpEntry
} from '../../src/model/ip.js'

/** The parsed entry, asserting that it is valid. */
const valid = (text: string): IpEntry => {
  const parsed = parseIpEntry(text)
  if (!parsed.ok) throw new Error(`${text}: ${parsed.reason}`)
  return parsed
}

const v4 = (a: number, b: number, c: number, d: number) =>
  (BigInt(a) << 24n) | (BigInt(b) << 16n) | (BigInt(c) << 8n) | BigInt(d)

/** Eight 16-bit groups as one 128-bit value. */
const v6 = (...groups: number[]) => groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n)

describe('parseAddress', () => {
  it.each([
    ['0.0.0.0', 4, 0n],
    ['192.0.2.1', 4, v4(192, 0, 2, 1)],
    ['255.255.255.255', 4, MAX_ADDRESS[4]],
    ['10.0.0.10', 4, v4(10, 0, 0, 10)],
    ['::', 6, 0n],
    ['::1', 6, 1n],
    ['1::', 6, v6(1, 0, 0, 0, 0, 0, 0, 0)],
    ['2001:db8::1', 6, v6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1)],
    ['2001:0db8::0001', 6, v6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1)],
    ['2001:DB8::2AA:FF:C0A8:640A', 6, v6(0x2001, 0xdb8, 0, 0, 0x2aa, 0xff, 0xc0a8, 0x640a)],
    ['1:2:3:4:5:6:7:8', 6, v6(1, 2, 3, 4, 5, 6, 7, 8)],
    ['1:2:3:4:5:6:7::', 6, v6(1, 2, 3, 4, 5, 6, 7, 0)],
    ['::2:3:4:5:6:7:8', 6, v6(0, 2, 3, 4, 5, 6, 7, 8)],
    ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 6, MAX_ADDRESS[6]],
    ['::ffff:192.0.2.1', 6, v6(0, 0, 0, 0, 0, 0xffff, 0xc000, 0x201)],
    ['64:ff9b::203.0.113.5', 6, v6(0x64, 0xff9b, 0, 0, 0, 0, 0xcb00, 0x7105)],
    ['1:2:3:4:5:6:1.2.3.4', 6, v6(1, 2, 3, 4, 5, 6, 0x102, 0x304)]
  ])('reads %s', (text, family, value) => {
    expect(parseAddress(text)).toEqual({ family, value })
  })

  it.each([
    '',
    '192.0.2',
    '192.0.2.1.1',
    '192.0.2.256',
    '010.0.0.1',
    '192.0.2.01',
    '0x7f.0.0.1',
    '3221225985',
    '+1.2.3.4',
    '1.2.3.4 ',
    '192.0.2.0/24',
    '192.0.2.1-192.0.2.2',
    ':',
    ':::',
    '1::2::3',
    '1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7:8::',
    '::1:2:3:4:5:6:7:8',
    ':1::',
    '1::2:',
    '12345::',
    '2001:db8::g',
    'fe80::1%eth0',
    '1.2.3.4::',
    '::1.2.3.4:5',
    '::ffff:010.0.0.1',
    '1:2:3:4:5:6:7:1.2.3.4',
    '\uff11.2.3.4'
  ])('rejects %j', (text) => {
    expect(parseAddress(text)).toBeUndefined()
  })

  it("agrees with Node's isIP on generated addresses and near-misses", () => {
    // mostly valid parts, sometimes a bad one: both answers are exercised often
    const octet = fc.oneof(
      { arbitrary: fc.integer({ min: 0, max: 255 }).map(String), weight: 12 },
      { arbitrary: fc.constantFrom('256', '300', '00', '01', '010', '', '1a', '-1'), weight: 1 }
    )
    const dotted = fc
      .oneof(
        { arbitrary: fc.array(octet, { minLength: 4, maxLength: 4 }), weight: 6 },
        { arbitrary: fc.array(octet, { minLength: 3, maxLength: 5 }), weight: 1 }
      )
      .map((parts) => parts.join('.'))
    const group = fc.oneof(
      { arbitrary: fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16)), weight: 20 },
      { arbitrary: fc.constantFrom('0', '00', '0000', 'FFFF', 'Ab', '0db8'), weight: 4 },
      { arbitrary: fc.constantFrom('12345', 'g', 'x1', ' 1'), weight: 1 }
    )
    const colon = fc
      .record({
        tail: fc.option(dotted, { nil: undefined, freq: 3 }),
        extra: fc.oneof(
          { arbitrary: fc.constant(0), weight: 6 },
          { arbitrary: fc.integer({ min: -2, max: 2 }), weight: 1 }
        ),
        compress: fc.boolean(),
        at: fc.nat(),
        drop: fc.nat(),
        groups: fc.array(group, { minLength: 9, maxLength: 9 })
      })
      .map(({ tail, extra, compress, at, drop, groups }) => {
        const count = Math.max(1, (tail === undefined ? 8 : 6) + extra)
        const parts = groups.slice(0, count)
        if (compress) {
          // "::" in place of a run of zero or more groups
          const from = at % (parts.length + 1)
          parts.splice(from, drop % (parts.length - from + 1), '')
          if (parts[0] === '') parts.unshift('')
          if (parts.at(-1) === '' && tail === undefined) parts.push('')
        }
        const text = parts.join(':')
        return tail === undefined ? text : `${text}:${tail}`
      })
    fc.assert(
      fc.property(fc.oneof(dotted, colon), (text) => {
        expect(parseAddress(text) !== undefined, text).toBe(isIP(text) !== 0)
      }),
      { seed: 304, numRuns: 3000 }
    )
  })
})

describe('parseIpEntry', () => {
  it('reads a single address as a one-address interval', () => {
    expect(parseIpEntry('192.0.2.1')).toEqual({
      ok: true,
      kind: 'address',
      family: 4,
      lo: v4(192, 0, 2, 1),
      hi: v4(192, 0, 2, 1)
    })
    expect(parseIpEntry('2001:0db8::1')).toEqual({
      ok: true,
      kind: 'address',
      family: 6,
      lo: v6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1),
      hi: v6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1)
    })
  })

  it('reads an aligned CIDR block without a normalised form', () => {
    expect(parseIpEntry('192.0.2.0/24')).toEqual({
      ok: true,
      kind: 'cidr',
      family: 4,
      lo: v4(192, 0, 2, 0),
      hi: v4(192, 0, 2, 255),
      prefix: 24
    })
    expect(parseIpEntry('::/0')).toEqual({
      ok: true,
      kind: 'cidr',
      family: 6,
      lo: 0n,
      hi: MAX_ADDRESS[6],
      prefix: 0
    })
    expect(parseIpEntry('192.0.2.1/32')).toMatchObject({ lo: v4(192, 0, 2, 1), prefix: 32 })
    expect(parseIpEntry('192.0.2.1/32')).not.toHaveProperty('normalised')
  })

  it('reads a block with host bits set as its network, with the normalised block', () => {
    expect(parseIpEntry('192.168.3.1/24')).toEqual({
      ok: true,
      kind: 'cidr',
      family: 4,
      lo: v4(192, 168, 3, 0),
      hi: v4(192, 168, 3, 255),
      prefix: 24,
      normalised: '192.168.3.0/24'
    })
    expect(parseIpEntry('2001:DB8::2AA:FF:C0A8:640A/64')).toEqual({
      ok: true,
      kind: 'cidr',
      family: 6,
      lo: v6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 0),
      hi: v6(0x2001, 0xdb8, 0, 0, 0xffff, 0xffff, 0xffff, 0xffff),
      prefix: 64,
      normalised: '2001:db8::/64'
    })
    expect(valid('192.0.2.9/0')).toMatchObject({
      lo: 0n,
      hi: MAX_ADDRESS[4],
      normalised: '0.0.0.0/0'
    })
  })

  it('reads a range, including a one-address range', () => {
    expect(parseIpEntry('192.0.2.1-192.0.2.9')).toEqual({
      ok: true,
      kind: 'range',
      family: 4,
      lo: v4(192, 0, 2, 1),
      hi: v4(192, 0, 2, 9)
    })
    expect(valid('2001:db8::9-2001:db8::10')).toMatchObject({
      family: 6,
      lo: 0x20010db8000000000000000000000009n,
      hi: 0x20010db8000000000000000000000010n
    })
    expect(valid('192.0.2.5-192.0.2.5')).toMatchObject({
      kind: 'range',
      lo: v4(192, 0, 2, 5),
      hi: v4(192, 0, 2, 5)
    })
  })

  it.each([
    ['203.0.113.0/33', 'prefix', { prefix: '33', max: 32 }],
    ['2001:db8::/129', 'prefix', { prefix: '129', max: 128 }],
    ['192.0.2.0/', 'prefix', { prefix: '', max: 32 }],
    ['192.0.2.0/x', 'prefix', { prefix: 'x', max: 32 }],
    ['10.0.0.0/08', 'prefixLeadingZero', {}],
    ['198.51.100.300', 'address', { part: '198.51.100.300' }],
    ['192.0.2.1-192.0.2.300', 'address', { part: '192.0.2.300' }],
    ['-192.0.2.1', 'address', { part: '' }],
    ['192.0.2.1-192.0.2.2-192.0.2.3', 'address', { part: '192.0.2.1-192.0.2.2-192.0.2.3' }],
    ['192.0.2.0/24/24', 'address', { part: '192.0.2.0/24/24' }],
    ['192.0.2.0-192.0.2.9/24', 'address', { part: '192.0.2.0-192.0.2.9/24' }],
    ['192.0.2.9-192.0.2.1', 'reversed', {}],
    ['2001:db8::2-2001:db8::1', 'reversed', {}],
    ['fe80::1%eth0', 'zone', {}],
    ['010.0.0.1', 'leadingZero', {}],
    ['192.0.2.1-192.0.2.010', 'leadingZero', {}],
    ['010.0.0.0/8', 'leadingZero', {}],
    ['192.0.2.1 - 192.0.2.9', 'space', {}],
    ['192.0.2.1\n', 'space', {}],
    ['::ffff:192.0.2.0/120', 'mappedCidr', {}],
    ['192.0.2.1-2001:db8::1', 'mixedFamily', {}]
  ])('rejects %j as %s', (entry, reason, extra) => {
    expect(parseIpEntry(entry)).toEqual({ ok: false, reason, data: { entry, ...extra } })
  })

  it('checks spaces first, then zone IDs, then the form', () => {
    expect(parseIpEntry('fe80::1%eth 0')).toMatchObject({ reason: 'space' })
    expect(parseIpEntry('fe80::1%eth0/033')).toMatchObject({ reason: 'zone' })
    expect(parseIpEntry('010.0.0.0/033')).toMatchObject({ reason: 'leadingZero' })
    expect(parseIpEntry('10.0.0.0/033')).toMatchObject({ reason: 'prefixLeadingZero' })
    expect(parseIpEntry('010.0.0.1-2001:db8::1')).toMatchObject({ reason: 'leadingZero' })
    expect(parseIpEntry('192.0.2.9-::1')).toMatchObject({ reason: 'mixedFamily' })
  })

  it("agrees with ip-cidr's start and end on generated CIDR blocks", () => {
    const ipv4 = fc
      .tuple(fc.bigInt({ min: 0n, max: MAX_ADDRESS[4] }), fc.integer({ min: 0, max: 32 }))
      .map(([value, prefix]) => ({
        family: 4 as Family,
        value,
        prefix,
        text: formatAddress(4, value)
      }))
    // IPv6 groups are often zero, so that "::" compression is exercised; the text is written
    // compressed, in full with leading zeros, or upper case
    const group = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff }))
    const ipv6 = fc
      .tuple(
        fc.array(group, { minLength: 8, maxLength: 8 }),
        fc.integer({ min: 0, max: 128 }),
        fc.constantFrom('compressed', 'padded', 'upper')
      )
      .map(([groups, prefix, style]) => {
        const value = v6(...groups)
        const text =
          style === 'padded'
            ? groups.map((g) => g.toString(16).padStart(4, '0')).join(':')
            : style === 'upper'
              ? formatAddress(6, value).toUpperCase()
              : formatAddress(6, value)
        return { family: 6 as Family, value, prefix, text }
      })
      // IPv4-mapped blocks are EXO304's, not a block to compare
      .filter(({ value }) => value >> 32n !== 0xffffn)
    fc.assert(
      fc.property(fc.oneof(ipv4, ipv6), ({ family, value, prefix, text }) => {
        const entry = `${text}/${prefix}`
        const parsed = valid(entry)
        const cidr = new IPCIDR(entry)
        expect(parsed.family, entry).toBe(family)
        expect(parsed.prefix, entry).toBe(prefix)
        expect(parsed.lo, entry).toBe(cidr.start<bigint>({ type: 'bigInteger' }))
        expect(parsed.hi, entry).toBe(cidr.end<bigint>({ type: 'bigInteger' }))
        expect(parsed.hi - parsed.lo + 1n, entry).toBe(cidr.size)
        if (parsed.lo === value) {
          expect(parsed.normalised, entry).toBeUndefined()
        } else {
          expect(parsed.normalised, entry).toBe(formatInterval(parsed))
          expect(valid(parsed.normalised!), entry).toEqual({ ...parsed, normalised: undefined })
        }
      }),
      { seed: 305, numRuns: 400 }
    )
  })
})

describe('formatInterval', () => {
  it.each([
    [4, 0n, 0n, '0.0.0.0'],
    [4, v4(192, 0, 2, 1), v4(192, 0, 2, 1), '192.0.2.1'],
    [4, v4(192, 0, 2, 0), v4(192, 0, 2, 255), '192.0.2.0/24'],
    [4, v4(192, 0, 2, 0), v4(192, 0, 2, 1), '192.0.2.0/31'],
    [4, 0n, MAX_ADDRESS[4], '0.0.0.0/0'],
    [4, v4(128, 0, 0, 0), MAX_ADDRESS[4], '128.0.0.0/1'],
    // a power-of-two size that is not aligned stays a range
    [4, v4(192, 0, 2, 1), v4(192, 0, 2, 2), '192.0.2.1-192.0.2.2'],
    [4, v4(192, 0, 2, 128), v4(192, 0, 3, 127), '192.0.2.128-192.0.3.127'],
    // an aligned size that is not a power of two stays a range
    [4, v4(192, 0, 2, 0), v4(192, 0, 2, 2), '192.0.2.0-192.0.2.2'],
    [6, 0n, 0n, '::'],
    [6, 1n, 1n, '::1'],
    [6, v6(1, 0, 0, 0, 0, 0, 0, 0), v6(1, 0, 0, 0, 0, 0, 0, 0), '1::'],
    [6, 0n, MAX_ADDRESS[6], '::/0'],
    [
      6,
      v6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 0),
      v6(0x2001, 0xdb8, 0, 0, 0xffff, 0xffff, 0xffff, 0xffff),
      '2001:db8::/64'
    ],
    // RFC 5952: the longest run of zeros, the first of equal runs, never a single zero group
    [
      6,
      v6(0x2001, 0xdb8, 0, 0, 1, 0, 0, 1),
      v6(0x2001, 0xdb8, 0, 0, 1, 0, 0, 1),
      '2001:db8::1:0:0:1'
    ],
    [6, v6(0x2001, 0, 0, 1, 0, 0, 0, 1), v6(0x2001, 0, 0, 1, 0, 0, 0, 1), '2001:0:0:1::1'],
    [
      6,
      v6(0x2001, 0xdb8, 0, 1, 1, 1, 1, 1),
      v6(0x2001, 0xdb8, 0, 1, 1, 1, 1, 1),
      '2001:db8:0:1:1:1:1:1'
    ],
    [
      6,
      v6(0xabcd, 0xef, 0, 0, 0, 0, 0, 0xffff),
      v6(0xabcd, 0xef, 0, 0, 0, 0, 0, 0xffff),
      'abcd:ef::ffff'
    ],
    [
      6,
      v6(0, 0, 0, 0, 0, 0xffff, 0xc000, 0x201),
      v6(0, 0, 0, 0, 0, 0xffff, 0xc000, 0x201),
      '::ffff:c000:201'
    ],
    [
      6,
      v6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1),
      v6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 9),
      '2001:db8::1-2001:db8::9'
    ]
  ] as const)('formats IPv%i %s-%s as %s', (family, lo, hi, text) => {
    expect(formatInterval({ family, lo, hi })).toBe(text)
  })

  it('gives text that parses back to the same interval', () => {
    const interval = fc
      .tuple(
        fc.constantFrom<Family>(4, 6),
        fc.bigInt({ min: 0n, max: MAX_ADDRESS[6] }),
        fc.bigInt({ min: 0n, max: MAX_ADDRESS[6] })
      )
      .map(([family, a, b]) => {
        const max = MAX_ADDRESS[family]
        const [x, y] = [a & max, b & max]
        return { family, lo: x < y ? x : y, hi: x < y ? y : x }
      })
      // IPv4-mapped blocks are written as blocks but are EXO304's
      .filter((i) => i.family === 4 || !(i.lo >> 32n === 0xffffn && i.hi >> 32n === 0xffffn))
    fc.assert(
      fc.property(interval, (i) => {
        const text = formatInterval(i)
        const back = valid(text)
        expect({ family: back.family, lo: back.lo, hi: back.hi }, text).toEqual(i)
        expect(back.normalised, text).toBeUndefined()
      }),
      { seed: 311, numRuns: 500 }
    )
  })
})

describe('within', () => {
  it('holds for equal and nested intervals of one family only', () => {
    const block = valid('192.0.2.0/24')
    expect(within(valid('192.0.2.0-192.0.2.255'), block)).toBe(true)
    expect(within(valid('192.0.2.7'), block)).toBe(true)
    expect(within(valid('192.0.2.0'), block)).toBe(true)
    expect(within(valid('192.0.2.255'), block)).toBe(true)
    expect(within(block, valid('192.0.2.7'))).toBe(false)
    expect(within(valid('192.0.2.0/23'), block)).toBe(false)
    expect(within(valid('192.0.1.255-192.0.2.5'), block)).toBe(false)
    expect(within(valid('::c000:207'), block)).toBe(false)
    expect(within(valid('::ffff:192.0.2.7'), block)).toBe(false)
    expect(within(valid('::ffff:192.0.2.7'), valid('::/0'))).toBe(true)
  })
})
