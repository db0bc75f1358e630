// The benchmark's corpus: generated (never committed), deterministic (a seeded generator), and
// reused across runs while its stamp matches. Shape: DESIGN.md "Measured, not guessed".
//
//   main/dNN/fNNNN.exo.json     5,000 files of 5–50 client access rules (~7 KB each, ~35 MB)
//   single/rules-N.exo.json     one file of N rules (10, 100, 1,000, 5,000), same shape
//   single/devices-1000.exo.json 1,000 ActiveSync device access rules
//   small/dNNN/fNNNNN.exo.json  50,000 small files (5 rules each), 500 per folder
//   startup/one.exo.json        one small file, for the CLI's start-up
//   action/one.exo.json         a tiny workspace, for the action bundle's start-up
//
// single/ and small/ hold an .exo-access-gate.json that raises the caps the large inputs need.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { Buffer } from 'node:buffer'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

/** Bump when the shape changes: a stale corpus is regenerated. */
const VERSION = 4
const SEED = 20250701

export const MAIN_FILES = 5000
export const MAIN_PER_DIR = 100
export const SMALL_FILES = 50_000
export const SMALL_PER_DIR = 500
export const RULE_SIZES = [10, 100, 1000, 5000]

/** mulberry32: small, fast, and the same numbers on every machine. */
function generator(seed) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1))
  const pick = (list) => list[Math.floor(next() * list.length)]
  const chance = (p) => next() < p
  const some = (list, lo, hi) => {
    const pool = [...list]
    const out = []
    const n = Math.min(int(lo, hi), pool.length)
    while (out.length < n) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0])
    return out
  }
  return { next, int, pick, chance, some }
}

const PROTOCOLS = [
  'ExchangeActiveSync',
  'ExchangeAdminCenter',
  'ExchangeWebServices',
  'IMAP4',
  'OfflineAddressBook',
  'OutlookAnywhere',
  'OutlookWebApp',
  'POP3',
  'PowerShellWebServices',
  'RemotePowerShell',
  'REST'
]
const AUTH_BY_PROTOCOL = {
  ExchangeActiveSync: [
    'BasicAuthentication',
    'CertificateBasedAuthentication',
    'OAuthAuthentication'
  ],
  ExchangeAdminCenter: ['AdfsAuthentication', 'BasicAuthentication'],
  IMAP4: ['BasicAuthentication', 'OAuthAuthentication'],
  OutlookWebApp: ['AdfsAuthentication', 'BasicAuthentication'],
  POP3: ['BasicAuthentication', 'OAuthAuthentication'],
  RemotePowerShell: ['BasicAuthentication', 'NonBasicAuthentication']
}
const WORDS = ['Block', 'Allow', 'Legacy', 'Mobile', 'Admins', 'Branch', 'Partner', 'Kiosk', 'Lab']
const DEPARTMENTS = ['Sales', 'Finance', 'Engineering', 'Support', 'Legal', 'Marketing', 'HR']
const CITIES = ['London', 'Paris', 'Berlin', 'Madrid', 'Oslo', 'Dublin', 'Vienna', 'Lisbon']
const COUNTRIES = ['GB', 'FR', 'DE', 'ES', 'NO', 'IE', 'AT', 'PT', 'US', 'CA']
const DOMAINS = ['contoso', 'fabrikam', 'northwind', 'tailspin']

// Public first octets only (no 10/8, 127/8, 169.254/16, 172.16/12, 192.168/16): EXO306 stays quiet.
const FIRST_OCTETS = [
  20, 23, 31, 40, 45, 51, 52, 62, 77, 81, 85, 91, 104, 131, 145, 151, 185, 193, 203, 212
]

function ipv4(r) {
  return `${r.pick(FIRST_OCTETS)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
}

function ipEntry(r) {
  const roll = r.next()
  if (roll < 0.4) return ipv4(r)
  if (roll < 0.75) {
    // A CIDR block with its host bits clear.
    const prefix = r.int(16, 30)
    const parts = ipv4(r).split('.').map(Number)
    const value = ((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) >>> 0
    const masked = (value & (~0 << (32 - prefix))) >>> 0
    const text = [24, 16, 8, 0].map((s) => (masked >>> s) & 255).join('.')
    return `${text}/${prefix}`
  }
  if (roll < 0.9) {
    const base = `${r.pick(FIRST_OCTETS)}.${r.int(0, 255)}.${r.int(0, 255)}`
    const lo = r.int(1, 120)
    return `${base}.${lo}-${base}.${r.int(lo, 254)}`
  }
  const hex = () => r.int(0x1000, 0xffff).toString(16)
  return r.chance(0.5) ? `2a01:${hex()}:${hex()}::/48` : `2a02:${hex()}:${hex()}::${hex()}`
}

function filter(r) {
  const one = () => {
    switch (r.int(0, 4)) {
      case 0:
        return `Department -eq '${r.pick(DEPARTMENTS)}'`
      case 1:
        return `City -like '${r.pick(CITIES).slice(0, 3)}*'`
      case 2:
        return `CountryOrRegion -eq '${r.pick(COUNTRIES)}'`
      case 3:
        return `CustomAttribute${r.int(1, 15)} -ne 'Contractor'`
      default:
        return `Office -notlike '${r.pick(CITIES).slice(0, 2)}*'`
    }
  }
  if (r.chance(0.6)) return one()
  return `(${one()}) -${r.pick(['and', 'or'])} (${one()})`
}

function usernamePattern(r) {
  const domain = r.pick(DOMAINS)
  return r.pick([
    `${domain}\\*admin*`,
    `${domain}\\svc-*-prod`,
    `*\\${r.pick(WORDS).toLowerCase()}-*`,
    `${domain}\\*.${r.pick(DEPARTMENTS).toLowerCase()}`
  ])
}

/**
 * One client access rule; `i` keeps names and priorities unique within a file. Most rules are
 * narrow (a protocol and an IP, user or filter condition), as real rule sets are; some are broad.
 */
function clientRule(r, i) {
  const deny = r.chance(0.5)
  const rule = {
    Name: `${r.pick(WORDS)}${r.pick(WORDS)}-${String(i).padStart(4, '0')}`,
    Action: deny ? 'DenyAccess' : 'AllowAccess',
    Priority: i + 1
  }
  if (r.chance(0.03)) rule.Enabled = false
  if (r.chance(0.1)) rule.Scope = 'Users'
  let protocols
  if (r.chance(0.92)) protocols = rule.AnyOfProtocols = r.some(PROTOCOLS, 1, 2)
  else if (r.chance(0.6)) rule.ExceptAnyOfProtocols = r.some(PROTOCOLS, 1, 2)
  if (r.chance(0.55))
    rule.AnyOfClientIPAddressesOrRanges = Array.from({ length: r.int(1, 2) }, () => ipEntry(r))
  if (r.chance(deny ? 0.4 : 0.1))
    rule.ExceptAnyOfClientIPAddressesOrRanges = Array.from({ length: r.int(1, 2) }, () =>
      ipEntry(r)
    )
  if (protocols && r.chance(0.1)) {
    const shared = protocols
      .map((p) => AUTH_BY_PROTOCOL[p] ?? [])
      .reduce((a, b) => a.filter((t) => b.includes(t)))
    if (shared.length) rule.AnyOfAuthenticationTypes = r.some(shared, 1, 2)
  }
  if (r.chance(0.12)) rule.UsernameMatchesAnyOfPatterns = [usernamePattern(r)]
  if (r.chance(0.05)) rule.ExceptUsernameMatchesAnyOfPatterns = [usernamePattern(r)]
  if (r.chance(0.15)) rule.UserRecipientFilter = filter(r)
  // A broad rule (no IP, user or filter condition) is rare: it decides everything after it.
  const narrowed =
    rule.AnyOfClientIPAddressesOrRanges ||
    rule.UsernameMatchesAnyOfPatterns ||
    rule.UserRecipientFilter
  if (!narrowed && r.chance(0.9))
    rule.AnyOfClientIPAddressesOrRanges = Array.from({ length: r.int(1, 2) }, () => ipEntry(r))
  return rule
}

/** The first rule of most real files: admins keep remote PowerShell (EXO201's safeguard). */
function safeguard(r) {
  const rule = {
    Name: 'AllowAdminPowerShell',
    Action: 'AllowAccess',
    Priority: 0,
    AnyOfProtocols: ['RemotePowerShell']
  }
  if (r.chance(0.3)) rule.AnyOfClientIPAddressesOrRanges = [ipEntry(r), ipEntry(r)]
  return rule
}

/**
 * A rule set of `n` client access rules and one device rule, printed as people keep them; `up` is
 * the file's depth below the repository root, for a `$schema` editors can follow.
 */
export function ruleSet(r, n, up = 4) {
  const rules = [safeguard(r)]
  for (let i = 1; i < n; i++) rules.push(clientRule(r, i))
  const doc = {
    $schema: `${'../'.repeat(up)}schemas/ruleset.schema.json`,
    Target: 'ExchangeOnline',
    ClientAccessRules: rules,
    ActiveSyncDeviceAccessRules: [
      { Characteristic: 'DeviceType', QueryString: 'Outlook', AccessLevel: 'Block' }
    ]
  }
  return pretty(doc) + '\n'
}

/** `n` device access rules, each (Characteristic, QueryString) pair distinct. */
export function deviceSet(r, n) {
  const characteristics = ['DeviceModel', 'DeviceType', 'DeviceOS', 'UserAgent', 'XMSWLHeader']
  const rules = [{ Characteristic: 'DeviceType', QueryString: 'Outlook', AccessLevel: 'Block' }]
  for (let i = 1; i < n; i++) {
    const c = characteristics[i % characteristics.length]
    rules.push({
      Characteristic: c,
      QueryString: `${c === 'DeviceOS' ? 'iOS' : r.pick(WORDS)} ${r.int(1, 99)}.${i}`,
      AccessLevel: r.pick(['Allow', 'Block', 'Quarantine'])
    })
  }
  const doc = {
    Target: 'ExchangeOnline',
    ActiveSyncDeviceAccessRules: rules,
    ActiveSyncOrganizationSettings: { DefaultAccessLevel: 'Quarantine' }
  }
  return pretty(doc) + '\n'
}

const CAPS = {
  limits: {
    maxFileBytes: 64 * 1024 * 1024,
    maxListItems: 100_000,
    maxFiles: 1_000_000
  }
}

/**
 * JSON as Prettier prints it at width 100: objects one key a line, short lists of strings on one
 * line (`"AnyOfProtocols": ["IMAP4", "POP3"]`).
 */
export function pretty(value, indent = '') {
  if (Array.isArray(value)) {
    const inline = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`
    if (value.every((v) => typeof v === 'string') && indent.length + inline.length < 80)
      return inline
    const inner = indent + '  '
    return `[\n${value.map((v) => inner + pretty(v, inner)).join(',\n')}\n${indent}]`
  }
  if (value !== null && typeof value === 'object') {
    const inner = indent + '  '
    const lines = Object.entries(value).map(
      ([k, v]) => `${inner}${JSON.stringify(k)}: ${pretty(v, inner)}`
    )
    return `{\n${lines.join(',\n')}\n${indent}}`
  }
  return JSON.stringify(value)
}

function write(path, text) {
  writeFileSync(path, text)
  return Buffer.byteLength(text)
}

/**
 * Makes the corpus under `dir` unless a corpus of this version is already there (`reused`).
 * Returns its sizes and how long it took to make; `log` reports progress.
 */
export function ensureCorpus(dir, log = () => {}) {
  const stampFile = join(dir, 'stamp.json')
  const stamp = { version: VERSION, seed: SEED }
  if (existsSync(stampFile)) {
    const old = JSON.parse(readFileSync(stampFile, 'utf8'))
    if (old.version === VERSION && old.seed === SEED) return { ...old, reused: true }
  }
  rmSync(dir, { recursive: true, force: true })
  const started = performance.now()
  const r = generator(SEED)

  log(`generating ${MAIN_FILES} corpus files…`)
  let mainBytes = 0
  let mainRules = 0
  for (let d = 0; d < MAIN_FILES / MAIN_PER_DIR; d++) {
    const sub = join(dir, 'main', `d${String(d).padStart(2, '0')}`)
    mkdirSync(sub, { recursive: true })
    for (let f = 0; f < MAIN_PER_DIR; f++) {
      const n = r.int(5, 50)
      mainRules += n
      const name = `f${String(d * MAIN_PER_DIR + f).padStart(4, '0')}.exo.json`
      mainBytes += write(join(sub, name), ruleSet(r, n))
    }
  }

  log('generating the single large files…')
  const single = join(dir, 'single')
  mkdirSync(single, { recursive: true })
  write(join(single, '.exo-access-gate.json'), JSON.stringify(CAPS, null, 2) + '\n')
  const singleBytes = {}
  for (const n of RULE_SIZES) {
    singleBytes[`rules-${n}`] = write(join(single, `rules-${n}.exo.json`), ruleSet(r, n, 3))
  }
  singleBytes['devices-1000'] = write(join(single, 'devices-1000.exo.json'), deviceSet(r, 1000))

  log(`generating ${SMALL_FILES} small files…`)
  const small = join(dir, 'small')
  mkdirSync(small, { recursive: true })
  write(join(small, '.exo-access-gate.json'), JSON.stringify(CAPS, null, 2) + '\n')
  let smallBytes = 0
  for (let d = 0; d < SMALL_FILES / SMALL_PER_DIR; d++) {
    const sub = join(small, `d${String(d).padStart(3, '0')}`)
    mkdirSync(sub, { recursive: true })
    for (let f = 0; f < SMALL_PER_DIR; f++) {
      const name = `f${String(d * SMALL_PER_DIR + f).padStart(5, '0')}.exo.json`
      smallBytes += write(join(sub, name), ruleSet(r, 5))
    }
  }

  for (const name of ['startup', 'action']) {
    mkdirSync(join(dir, name), { recursive: true })
    write(join(dir, name, 'one.exo.json'), ruleSet(generator(SEED + 1), 5, 3))
  }

  Object.assign(stamp, {
    mainBytes,
    mainRules,
    singleBytes,
    smallBytes,
    seconds: Math.round((performance.now() - started) / 100) / 10
  })
  writeFileSync(stampFile, JSON.stringify(stamp, null, 2) + '\n')
  return { ...stamp, reused: false }
}
