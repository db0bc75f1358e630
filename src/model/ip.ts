/** An address family: the model keeps one address line per family. */
export type Family = 4 | 6

/** The largest address of each family. */
export const MAX_ADDRESS: Readonly<Record<Family, bigint>> = Object.freeze({
  4: (1n << 32n) - 1n,
  6: (1n << 128n) - 1n
})

/** A valid entry of an IP list: one interval of one family's address line. */
export interface IpInterval {
  family: Family
  /** First and last address, inclusive. */
  lo: bigint
  hi: bigint
}

export interface IpEntry extends IpInterval {
  ok: true
  kind: 'address' | 'cidr' | 'range'
  /** CIDR only: the prefix length and, when host bits are set, the normalised block. */
  prefix?: number
  normalised?: string
}

export interface IpProblem {
  ok: false
  /** EXO304's message ID. */
  reason:
    | 'space'
    | 'zone'
    | 'leadingZero'
    | 'prefixLeadingZero'
    | 'prefix'
    | 'address'
    | 'reversed'
    | 'mixedFamily'
    | 'mappedCidr'
  data: Record<string, string | number>
}

interface Address {
  family: Family
  value: bigint
}

const OCTET = /^(0|[1-9]\d{0,2})$/
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/
const DECIMAL = /^\d+$/

/** Parses a dotted-quad IPv4 address strictly: four decimal octets 0–255, no leading zeros. */
function parse4(text: string): Address | 'leadingZero' | undefined {
  const parts = text.split('.')
  if (parts.length !== 4) return undefined
  let value = 0n
  for (const part of parts) {
    if (!DECIMAL.test(part)) return undefined
    if (!OCTET.test(part))
      return part.length > 1 && part.startsWith('0') ? 'leadingZero' : undefined
    const n = Number(part)
    if (n > 255) return undefined
    value = (value << 8n) | BigInt(n)
  }
  return { family: 4, value }
}

/**
 * Parses an IPv6 address in any RFC 4291 §2.2 text form: eight groups of 1–4 hex digits (leading
 * zeros allowed), one `::`, and a trailing dotted IPv4 part. Zone IDs are not addresses.
 */
function parse6(text: string): Address | 'leadingZero' | undefined {
  if (!text.includes(':')) return undefined
  const halves = text.split('::')
  if (halves.length > 2) return undefined
  const groupsOf = (half: string): bigint[] | 'leadingZero' | undefined => {
    if (half === '') return []
    const parts = half.split(':')
    const out: bigint[] = []
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!
      if (i === parts.length - 1 && part.includes('.')) {
        const v4 = parse4(part)
        if (v4 === undefined || v4 === 'leadingZero') return v4
        out.push(v4.value >> 16n, v4.value & 0xffffn)
      } else if (HEX_GROUP.test(part)) out.push(BigInt(parseInt(part, 16)))
      else return undefined
    }
    return out
  }
  const head = groupsOf(halves[0]!)
  const tail = halves.length === 2 ? groupsOf(halves[1]!) : []
  if (head === undefined || tail === undefined) return undefined
  if (head === 'leadingZero' || tail === 'leadingZero') return 'leadingZero'
  // a dotted part is only allowed at the very end
  if (halves.length === 2 && halves[0]!.includes('.')) return undefined
  const count = head.length + tail.length
  if (halves.length === 1 ? count !== 8 : count > 7) return undefined
  const groups = [...head, ...Array<bigint>(8 - count).fill(0n), ...tail]
  return { family: 6, value: groups.reduce((acc, g) => (acc << 16n) | g, 0n) }
}

/** Parses a single IPv4 or IPv6 address strictly; undefined when it is not one. */
export function parseAddress(text: string): Address | undefined {
  const a = text.includes(':') ? parse6(text) : parse4(text)
  return a === 'leadingZero' ? undefined : a
}

const MAPPED_LO = 0xffff00000000n
const MAPPED_HI = 0xffffffffffffn

function problem(reason: IpProblem['reason'], entry: string, extra = {}): IpProblem {
  return { ok: false, reason, data: { entry, ...extra } }
}

function single(
  text: string,
  entry: string
): { ok: true; address: Address } | { ok: false; problem: IpProblem } {
  const a = text.includes(':') ? parse6(text) : parse4(text)
  if (a === 'leadingZero') return { ok: false, problem: problem('leadingZero', entry) }
  if (a === undefined) return { ok: false, problem: problem('address', entry, { part: text }) }
  return { ok: true, address: a }
}

/**
 * `parseIpEntry`'s answers by entry text. The model and EXO304, EXO305, EXO306 and EXO311 each ask
 * about every entry of a file, and a repository repeats its office ranges across files. Answers are
 * frozen; past a few thousand entries the cache starts over, so no input can grow it without bound.
 */
const parsedEntries = new Map<string, IpEntry | IpProblem>()
const MAX_CACHED_ENTRIES = 4096

/**
 * Parses one entry of `AnyOfClientIPAddressesOrRanges` or its exception: a single address, a CIDR
 * block or a `start-end` range of one family (§1.3). Everything else is a problem EXO304 names:
 * spaces, zone IDs, leading zeros in IPv4 octets or prefix lengths, prefixes out of range, reversed
 * or mixed-family ranges, IPv4-mapped IPv6 in CIDR form.
 */
export function parseIpEntry(entry: string): IpEntry | IpProblem {
  let parsed = parsedEntries.get(entry)
  if (parsed === undefined) {
    if (parsedEntries.size >= MAX_CACHED_ENTRIES) parsedEntries.clear()
    parsed = Object.freeze(parseEntry(entry)) as IpEntry | IpProblem
    parsedEntries.set(entry, parsed)
  }
  return parsed
}

function parseEntry(entry: string): IpEntry | IpProblem {
  if (/\s/u.test(entry)) return problem('space', entry)
  if (entry.includes('%')) return problem('zone', entry)
  if (entry.includes('/')) {
    const [addr, len, ...rest] = entry.split('/')
    if (rest.length || addr === undefined || len === undefined || addr.includes('-'))
      return problem('address', entry, { part: entry })
    const parsed = single(addr, entry)
    if (!parsed.ok) return parsed.problem
    const { family, value } = parsed.address
    const bits = family === 4 ? 32 : 128
    if (!DECIMAL.test(len)) return problem('prefix', entry, { prefix: len, max: bits })
    if (len.length > 1 && len.startsWith('0')) return problem('prefixLeadingZero', entry)
    const prefix = Number(len)
    if (prefix > bits) return problem('prefix', entry, { prefix: len, max: bits })
    if (family === 6 && value >= MAPPED_LO && value <= MAPPED_HI)
      return problem('mappedCidr', entry)
    const hostBits = BigInt(bits - prefix)
    const lo = (value >> hostBits) << hostBits
    const hi = lo | ((1n << hostBits) - 1n)
    const result: IpEntry = { ok: true, kind: 'cidr', family, lo, hi, prefix }
    if (lo !== value) result.normalised = `${formatAddress(family, lo)}/${prefix}`
    return result
  }
  const dash = entry.split('-')
  if (dash.length === 2) {
    const a = single(dash[0]!, entry)
    if (!a.ok) return a.problem
    const b = single(dash[1]!, entry)
    if (!b.ok) return b.problem
    if (a.address.family !== b.address.family) return problem('mixedFamily', entry)
    if (a.address.value > b.address.value) return problem('reversed', entry)
    return {
      ok: true,
      kind: 'range',
      family: a.address.family,
      lo: a.address.value,
      hi: b.address.value
    }
  }
  if (dash.length > 2) return problem('address', entry, { part: entry })
  const s = single(entry, entry)
  if (!s.ok) return s.problem
  const { family, value } = s.address
  return { ok: true, kind: 'address', family, lo: value, hi: value }
}

/** True when interval `inner` lies wholly inside `outer`. */
export function within(inner: IpInterval, outer: IpInterval): boolean {
  return inner.family === outer.family && inner.lo >= outer.lo && inner.hi <= outer.hi
}

/** The text form of an address of the model (IPv4 dotted quad, IPv6 compressed). */
export function formatAddress(family: Family, value: bigint): string {
  if (family === 4) {
    return [24n, 16n, 8n, 0n].map((s) => String((value >> s) & 255n)).join('.')
  }
  const groups = [112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n].map((s) => (value >> s) & 0xffffn)
  // the longest run of two or more zero groups becomes "::" (RFC 5952 §4.2)
  let best = -1
  let bestLen = 1
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0n) {
      i++
      continue
    }
    let j = i
    while (j < 8 && groups[j] === 0n) j++
    if (j - i > bestLen) {
      best = i
      bestLen = j - i
    }
    i = j
  }
  const hex = groups.map((g) => g.toString(16))
  if (best < 0) return hex.join(':')
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`
}

/** The shortest readable text for an interval: an address, a CIDR block or a range. */
export function formatInterval(i: IpInterval): string {
  if (i.lo === i.hi) return formatAddress(i.family, i.lo)
  const size = i.hi - i.lo + 1n
  const bits = i.family === 4 ? 32 : 128
  // inside ::ffff:0:0/96 a CIDR is refused (EXO304 mappedCidr), so such a block is shown as a range
  const mapped = i.family === 6 && i.lo >= MAPPED_LO && i.hi <= MAPPED_HI
  if (!mapped && (size & (size - 1n)) === 0n && i.lo % size === 0n) {
    const host = size.toString(2).length - 1
    return `${formatAddress(i.family, i.lo)}/${bits - host}`
  }
  return `${formatAddress(i.family, i.lo)}-${formatAddress(i.family, i.hi)}`
}
