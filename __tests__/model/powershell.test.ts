import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/engine/config.js'
import { lintDocument } from '../../src/engine/lint.js'
import { PROTOCOLS } from '../../src/model/constants.js'
import { parseAddress } from '../../src/model/ip.js'
import { evaluationOrder, missOf, type Connection } from '../../src/model/model.js'
import {
  commentText,
  psString,
  remotePowerShellGuard,
  SINGLE_QUOTES,
  singleQuoted,
  toPowerShell
} from '../../src/model/powershell.js'
import type { ClientAccessRule, DeviceAccessRule, RuleSet } from '../../src/model/ruleset.js'

/**
 * `to-powershell` must never let a rule name, a value, a filter or the file name end a quoted
 * string or start a new statement. The tokenizer below reads the script the way PowerShell's
 * tokenizer does for everything that can end a string or a statement, and the property tests check
 * that hostile rule sets give exactly the expected statements, each value one string token that
 * decodes back to the original value.
 */

const SEED = 20261124

// ---------------------------------------------------------------------------------------------
// A small PowerShell tokenizer

type Token =
  | { kind: 'string'; value: string; spaced: boolean }
  | { kind: 'word'; text: string; spaced: boolean }
  | { kind: 'variable'; name: string; spaced: boolean }
  | { kind: 'op'; text: '(' | ')' | ','; spaced: boolean }
  | { kind: 'comment'; text: string; spaced: boolean; lineStart: boolean }
  | { kind: 'newline'; spaced: boolean }
  /** Anything that would start other syntax: `;` `|` `&` `$(` a backtick, a double quote, … */
  | { kind: 'danger'; text: string; spaced: boolean }

const SINGLE = new Set<string>(SINGLE_QUOTES)
/** Characters PowerShell reads as a double quote (an expandable string). */
const DOUBLE = new Set(['"', '\u201C', '\u201D', '\u201E'])
/** Line breaks: PowerShell ends a statement at CR and LF; the others are treated alike, to be safe. */
const NEWLINE = new Set(['\n', '\r', '\u2028', '\u2029', '\u0085'])
const SPACE = /^\s$/
/** Characters that end a bare word (each is its own token, or starts one). */
const SPECIAL = new Set([
  ...SINGLE,
  ...DOUBLE,
  ...NEWLINE,
  '$',
  '`',
  ';',
  '|',
  '&',
  '(',
  ')',
  '{',
  '}',
  ',',
  '@',
  '<',
  '>'
])

/** Tokenizes a script; throws on an unterminated string. */
function tokenize(script: string): Token[] {
  const out: Token[] = []
  let i = 0
  let spaced = true
  let lineStart = true
  const push = (t: Token) => {
    out.push(t)
    spaced = false
    lineStart = t.kind === 'newline'
  }
  while (i < script.length) {
    const ch = script[i]!
    if (NEWLINE.has(ch)) {
      push({ kind: 'newline', spaced })
      i++
      spaced = true
    } else if (SPACE.test(ch)) {
      i++
      spaced = true
    } else if (ch === '#') {
      let j = i
      while (j < script.length && !NEWLINE.has(script[j]!)) j++
      push({ kind: 'comment', text: script.slice(i, j), spaced, lineStart })
      i = j
    } else if (ch === '<' && script[i + 1] === '#') {
      const end = script.indexOf('#>', i + 2)
      const j = end < 0 ? script.length : end + 2
      push({ kind: 'comment', text: script.slice(i, j), spaced, lineStart })
      i = j
    } else if (SINGLE.has(ch)) {
      // PowerShell's ScanStringLiteral: a quote followed by a quote is the second quote; a quote
      // followed by anything else ends the string
      let value = ''
      let j = i + 1
      for (;;) {
        if (j >= script.length) throw new Error(`unterminated string at ${i}`)
        const c = script[j]!
        if (SINGLE.has(c)) {
          if (j + 1 < script.length && SINGLE.has(script[j + 1]!)) {
            value += script[j + 1]
            j += 2
            continue
          }
          j++
          break
        }
        value += c
        j++
      }
      push({ kind: 'string', value, spaced })
      i = j
    } else if (ch === '$') {
      const m = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(script.slice(i))
      if (m) {
        push({ kind: 'variable', name: m[1]!, spaced })
        i += m[0].length
      } else {
        push({ kind: 'danger', text: script.slice(i, i + 2), spaced })
        i += 1
      }
    } else if (ch === '(' || ch === ')' || ch === ',') {
      push({ kind: 'op', text: ch, spaced })
      i++
    } else if (SPECIAL.has(ch)) {
      push({ kind: 'danger', text: ch, spaced })
      i++
    } else {
      let j = i
      while (j < script.length && !SPECIAL.has(script[j]!) && !SPACE.test(script[j]!)) j++
      push({ kind: 'word', text: script.slice(i, j), spaced })
      i = j
    }
  }
  return out
}

/**
 * The statements of a script: its tokens split at line breaks, comments dropped. Throws when a
 * comment does not start its line, a dangerous token appears, or a string or variable is glued to
 * a neighbour (PowerShell would read them as one argument).
 */
function statements(script: string): Token[][] {
  const tokens = tokenize(script)
  const out: Token[][] = [[]]
  tokens.forEach((t, k) => {
    if (t.kind === 'danger') throw new Error(`unexpected ${JSON.stringify(t.text)}`)
    if (t.kind === 'comment') {
      if (!t.lineStart) throw new Error(`a comment inside a statement: ${JSON.stringify(t.text)}`)
      return
    }
    if (t.kind === 'newline') {
      out.push([])
      return
    }
    const prev = tokens[k - 1]
    const atom = (x: Token | undefined) =>
      x?.kind === 'string' || x?.kind === 'word' || x?.kind === 'variable'
    // `-Confirm:$false` is the one atom glued to another on purpose
    const colon = prev?.kind === 'word' && prev.text.endsWith(':') && t.kind === 'variable'
    if (!t.spaced && atom(t) && atom(prev) && !colon) {
      throw new Error(`glued tokens at ${k}`)
    }
    out[out.length - 1]!.push(t)
  })
  return out.filter((s) => s.length)
}

/** .NET `Regex.Unescape` for the only escapes the generator writes: `\\` and `\uXXXX`. */
function unescape(text: string): string {
  return text.replace(/\\(\\|u[0-9A-F]{4}|[\s\S]?)/g, (_, e: string) => {
    if (e === '\\') return '\\'
    if (e.startsWith('u') && e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16))
    throw new Error(`unexpected escape \\${e}`)
  })
}

// ---------------------------------------------------------------------------------------------
// The statements a rule set must give

type Expected = { word: string } | { variable: string } | { op: string } | { value: string }

const w = (word: string): Expected => ({ word })
const v = (value: string): Expected => ({ value })
const values = (list: readonly string[]): Expected[] =>
  list.flatMap((x, k) => (k ? [{ op: ',' }, v(x)] : [v(x)]))
const confirm: Expected[] = [w('-Confirm:'), { variable: 'false' }]

function expectedStatements(set: RuleSet): Expected[][] {
  const out: Expected[][] = [[{ variable: 'ErrorActionPreference' }, w('='), v('Stop')]]
  for (const r of evaluationOrder(set.clientAccessRules)) {
    const s = [w('New-ClientAccessRule'), w('-Name'), v(r.name), w('-Action'), v(r.action)]
    if (r.priority !== undefined) s.push(w('-Priority'), w(String(r.priority)))
    if (!r.enabled) s.push(w('-Enabled'), { variable: 'false' })
    if (r.scope !== undefined) s.push(w('-Scope'), v(r.scope))
    const lists: [string, readonly string[] | undefined][] = [
      ['AnyOfProtocols', r.anyOfProtocols],
      ['ExceptAnyOfProtocols', r.exceptAnyOfProtocols],
      ['AnyOfClientIPAddressesOrRanges', r.anyOfClientIPAddressesOrRanges],
      ['ExceptAnyOfClientIPAddressesOrRanges', r.exceptAnyOfClientIPAddressesOrRanges],
      ['AnyOfAuthenticationTypes', r.anyOfAuthenticationTypes],
      ['ExceptAnyOfAuthenticationTypes', r.exceptAnyOfAuthenticationTypes],
      ['UsernameMatchesAnyOfPatterns', r.usernameMatchesAnyOfPatterns],
      ['ExceptUsernameMatchesAnyOfPatterns', r.exceptUsernameMatchesAnyOfPatterns]
    ]
    for (const [name, list] of lists) if (list?.length) s.push(w(`-${name}`), ...values(list))
    if (r.userRecipientFilter !== undefined)
      s.push(w('-UserRecipientFilter'), v(r.userRecipientFilter))
    if (r.domainController !== undefined) s.push(w('-DomainController'), v(r.domainController))
    out.push([...s, ...confirm])
  }
  for (const d of set.deviceAccessRules) {
    out.push([
      w('New-ActiveSyncDeviceAccessRule'),
      w('-Characteristic'),
      v(d.characteristic),
      w('-QueryString'),
      v(d.queryString),
      w('-AccessLevel'),
      v(d.accessLevel)
    ])
  }
  if (set.defaultAccessLevel !== undefined) {
    out.push([
      w('Set-ActiveSyncOrganizationSettings'),
      w('-DefaultAccessLevel'),
      v(set.defaultAccessLevel),
      ...confirm
    ])
  }
  return out
}

/**
 * Matches one statement against its expectation. A value is one single-quoted string whose
 * content is the value, or `([regex]::Unescape('…'))` around one string that unescapes to it.
 */
function matches(actual: Token[], expected: Expected[]): string | undefined {
  let k = 0
  for (const e of expected) {
    const t = actual[k]
    if ('word' in e) {
      if (t?.kind !== 'word' || t.text !== e.word) return `token ${k}: expected ${e.word}`
      k++
    } else if ('variable' in e) {
      if (t?.kind !== 'variable' || t.name !== e.variable)
        return `token ${k}: expected $${e.variable}`
      k++
    } else if ('op' in e) {
      if (t?.kind !== 'op' || t.text !== e.op) return `token ${k}: expected ${e.op}`
      k++
    } else if (t?.kind === 'string') {
      if (t.value !== e.value) return `token ${k}: the string decodes to another value`
      k++
    } else {
      const [open, call, paren, s, close1, close2] = actual.slice(k, k + 6)
      const wrapped =
        open?.kind === 'op' &&
        open.text === '(' &&
        call?.kind === 'word' &&
        call.text === '[regex]::Unescape' &&
        !call.spaced &&
        paren?.kind === 'op' &&
        paren.text === '(' &&
        s?.kind === 'string' &&
        close1?.kind === 'op' &&
        close1.text === ')' &&
        close2?.kind === 'op' &&
        close2.text === ')'
      if (!wrapped) return `token ${k}: expected a value`
      if (unescape(s.value) !== e.value) return `token ${k}: the string unescapes to another value`
      k += 6
    }
  }
  return k === actual.length ? undefined : `${actual.length - k} extra tokens`
}

function checkScript(set: RuleSet, script: string): void {
  // printable ASCII and line feeds only: any ASCII-compatible code page reads the same text
  expect(script).toMatch(/^[\x20-\x7e\n]*$/)
  const actual = statements(script)
  const expected = expectedStatements(set)
  expect(actual.length).toBe(expected.length)
  actual.forEach((s, k) => expect(matches(s, expected[k]!), `statement ${k}`).toBeUndefined())
}

// ---------------------------------------------------------------------------------------------
// Hostile text

const PIECES = [
  ...SINGLE_QUOTES,
  ...DOUBLE,
  "''",
  '\u2019\u2019',
  "'\u2019",
  '$',
  '$(',
  '$(Remove-Item C:\\ -Recurse)',
  '${x}',
  '@(',
  '`',
  '`n',
  ';',
  '|',
  '&',
  '#',
  '<#',
  '#>',
  '{',
  '}',
  '(',
  ')',
  ',',
  '>',
  '<',
  '--%',
  '-',
  '\u2013',
  '\\',
  '\\u0027',
  '\\\\',
  '\n',
  '\r',
  '\r\n',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u0000',
  '\t',
  '\x1b',
  '\x7f',
  '\u00A0',
  '\uFEFF',
  '\u202E',
  '\u0111', // đ: UTF-8 C4 91, and 0x91 is a quote in Windows-1252
  '\u0102', // Ă: UTF-8 C4 82
  '\u00E9',
  '\uD83D\uDE00',
  '\uD800',
  '\uDC00',
  ' ',
  'a',
  'Z',
  '0',
  'New-ClientAccessRule',
  'Stop'
]
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n))
const hostile: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((a) => a.join(''))
  },
  { weight: 1, arbitrary: fc.string({ unit: anyUnit, maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) }
)
const orHostile = <T extends string>(...known: T[]) =>
  fc.oneof(fc.constantFrom(...known), hostile) as fc.Arbitrary<T>
const hostileList = fc.array(hostile, { maxLength: 4 })
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined })

const hostileRule = fc.record({
  name: hostile,
  action: orHostile('AllowAccess', 'DenyAccess'),
  priority: opt(fc.integer({ min: 0, max: 2 ** 31 - 1 })),
  enabled: fc.boolean(),
  scope: opt(orHostile('All', 'Users')),
  anyOfProtocols: opt(fc.array(orHostile(...PROTOCOLS), { maxLength: 3 })),
  exceptAnyOfProtocols: opt(fc.array(orHostile(...PROTOCOLS), { maxLength: 3 })),
  anyOfClientIPAddressesOrRanges: opt(fc.array(orHostile('203.0.113.0/24', '2001:db8::/32'))),
  exceptAnyOfClientIPAddressesOrRanges: opt(hostileList),
  anyOfAuthenticationTypes: opt(fc.array(orHostile('BasicAuthentication'), { maxLength: 2 })),
  exceptAnyOfAuthenticationTypes: opt(fc.array(orHostile('NonBasicAuthentication'))),
  usernameMatchesAnyOfPatterns: opt(hostileList),
  exceptUsernameMatchesAnyOfPatterns: opt(hostileList),
  userRecipientFilter: opt(hostile),
  domainController: opt(hostile)
})

const hostileDevice = fc.record({
  characteristic: orHostile('DeviceType', 'DeviceModel'),
  queryString: hostile,
  accessLevel: orHostile('Allow', 'Block', 'Quarantine')
})

const hostileSet: fc.Arbitrary<RuleSet> = fc
  .record({
    target: fc.constantFrom('ExchangeOnline' as const, 'ExchangeServer' as const),
    rules: fc.array(hostileRule, { maxLength: 5 }),
    devices: fc.array(hostileDevice, { maxLength: 3 }),
    defaultAccessLevel: opt(orHostile('Allow', 'Block', 'Quarantine'))
  })
  .map(({ target, rules, devices, defaultAccessLevel }) => {
    const set: RuleSet = {
      target,
      targetExplicit: true,
      hasClientAccessRules: rules.length > 0,
      clientAccessRules: rules.map(
        (r, index) =>
          Object.fromEntries(
            Object.entries({ ...r, index, pointer: `/ClientAccessRules/${index}` }).filter(
              ([, x]) => x !== undefined
            )
          ) as unknown as ClientAccessRule
      ),
      deviceAccessRules: devices.map(
        (d, index) =>
          ({ ...d, index, pointer: `/ActiveSyncDeviceAccessRules/${index}` }) as DeviceAccessRule
      ),
      tests: []
    }
    if (defaultAccessLevel !== undefined) set.defaultAccessLevel = defaultAccessLevel
    return set
  })

// ---------------------------------------------------------------------------------------------

describe('quoting', () => {
  it('doubles every character PowerShell reads as a single quote', () => {
    expect(singleQuoted("it's")).toBe("'it''s'")
    expect(singleQuoted('\u2018a\u2019b\u201Ac\u201Bd')).toBe(
      "'\u2018\u2018a\u2019\u2019b\u201A\u201Ac\u201B\u201Bd'"
    )
    expect(singleQuoted('$(x); `n | #')).toBe("'$(x); `n | #'")
  })

  it('writes a value with other than printable ASCII through [regex]::Unescape', () => {
    expect(psString('Z\u00FCrich')).toBe("([regex]::Unescape('Z\\u00FCrich'))")
    expect(psString("a\nb'\\c")).toBe("([regex]::Unescape('a\\u000Ab''\\\\c'))")
    expect(psString('\u2019')).toBe("([regex]::Unescape('\\u2019'))")
    expect(psString('contoso\\jeff')).toBe("'contoso\\jeff'")
  })

  it('keeps comment text on one line, in ASCII, without <# or #>', () => {
    expect(commentText('a\nb\r#>c<#d\u2028\u00E9')).toBe(
      'a\\u000Ab\\u000D#\\u003Ec\\u003C#d\\u2028\\u00E9'
    )
  })

  it('a single-quoted string is one token that decodes to the text, for any text', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const tokens = tokenize(singleQuoted(text))
        expect(tokens).toEqual([{ kind: 'string', value: text, spaced: true }])
      }),
      { seed: SEED, numRuns: 10_000 }
    )
  })

  it('a value is one string token, alone or in [regex]::Unescape, that gives the value back', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const script = `New-Thing -Value ${psString(text)} -Confirm:$false\n`
        expect(script).toMatch(/^[\x20-\x7e\n]*$/)
        const [s, ...rest] = statements(script)
        expect(rest).toEqual([])
        const expected = [w('New-Thing'), w('-Value'), v(text), ...confirm]
        expect(matches(s!, expected)).toBeUndefined()
      }),
      { seed: SEED, numRuns: 10_000 }
    )
  })

  it('the tokenizer sees an injection when quotes are not doubled', () => {
    const naive = (t: string) => `New-Thing -Value '${t}'`
    expect(() => statements(naive("x'; Remove-Item C:\\ -Recurse; '"))).toThrow(/unexpected ";"/)
    const curly = statements(naive('x\u2019 -Action DenyAccess \u2018'))
    expect(curly[0]!.map((t) => (t.kind === 'word' ? t.text : t.kind))).toEqual([
      'New-Thing',
      '-Value',
      'string',
      '-Action',
      'DenyAccess',
      'string'
    ])
  })
})

describe('toPowerShell on hostile rule sets', () => {
  it('gives exactly the expected statements, every value one string token', () => {
    fc.assert(
      fc.property(hostileSet, hostile, (set, file) => {
        checkScript(set, toPowerShell(set, file))
      }),
      { seed: SEED, numRuns: 3_000 }
    )
  })

  it('keeps a hostile file name and rule name inside the header comment', () => {
    const set: RuleSet = {
      target: 'ExchangeServer',
      targetExplicit: true,
      hasClientAccessRules: true,
      clientAccessRules: [
        {
          index: 0,
          pointer: '/ClientAccessRules/0',
          name: "x\n#> Remove-Item C:\\ ;'",
          action: 'DenyAccess',
          enabled: true
        }
      ],
      deviceAccessRules: [],
      tests: []
    }
    const script = toPowerShell(set, 'evil\r\nRemove-Item C:\\ -Recurse #>\u2028<#.exo.json')
    checkScript(set, script)
    expect(script.split('\n')[0]).toBe(
      '# Creates the rule set in evil\\u000D\\u000ARemove-Item C:\\ -Recurse #\\u003E\\u2028\\u003C#.exo.json.'
    )
    expect(script).toContain(
      '# CAUTION: the DenyAccess rule "x\\u000A#\\u003E Remove-Item C:\\ ;\'" can match RemotePowerShell'
    )
  })
})

// ---------------------------------------------------------------------------------------------
// The RemotePowerShell safeguard comes first

const lintText = (text: string) =>
  lintDocument('test.exo.json', new TextEncoder().encode(text), defaultConfig())

/** Creation order of the client access rules: the `-Name` of each New-ClientAccessRule. */
function createdNames(script: string): string[] {
  return statements(script)
    .filter((s) => s[0]?.kind === 'word' && s[0].text === 'New-ClientAccessRule')
    .map((s) => (s[2]?.kind === 'string' ? s[2].value : '?'))
}

const ADDRESSES = [
  '10.0.0.1',
  '10.1.0.1',
  '10.2.0.1',
  '203.0.113.5',
  '198.51.100.1',
  '2001:db8::1',
  '2001:db9::1'
]
/** Every RemotePowerShell connection the vocabulary below can tell apart. */
const RPS_CONNECTIONS: Connection[] = ADDRESSES.flatMap((ip) =>
  (['BasicAuthentication', 'NonBasicAuthentication'] as const).flatMap((auth) =>
    [undefined, 'contoso\\admin', 'contoso\\bob'].flatMap((username) =>
      [{}, { Department: 'IT' }].flatMap((user) =>
        [false, true].map((middleTier) => {
          const c: Connection = {
            protocol: 'RemotePowerShell',
            authenticationType: auth,
            address: parseAddress(ip)!,
            user,
            middleTier
          }
          if (username) c.username = username
          return c
        })
      )
    )
  )
)

const cleanRule = (predicates: boolean) =>
  fc
    .record(
      {
        Action: fc.constantFrom('AllowAccess', 'DenyAccess'),
        Priority: fc.integer({ min: 0, max: 30 }),
        Enabled: fc.boolean(),
        Scope: fc.constantFrom('All', 'Users'),
        AnyOfProtocols: fc.subarray(['RemotePowerShell', 'ExchangeAdminCenter'], { minLength: 1 }),
        ExceptAnyOfProtocols: fc.subarray(['RemotePowerShell', 'ExchangeAdminCenter'], {
          minLength: 1
        }),
        AnyOfClientIPAddressesOrRanges: fc.subarray(
          ['10.0.0.0/8', '10.1.0.0/16', '203.0.113.0/24', '2001:db8::/32'],
          { minLength: 1 }
        ),
        ExceptAnyOfClientIPAddressesOrRanges: fc.subarray(['10.1.0.0/16', '203.0.113.0/24'], {
          minLength: 1
        }),
        AnyOfAuthenticationTypes: fc.constant(['BasicAuthentication']),
        UsernameMatchesAnyOfPatterns: fc.constant(['*admin*']),
        ExceptUsernameMatchesAnyOfPatterns: fc.constant(['*admin*']),
        UserRecipientFilter: fc.constant("Department -eq 'IT'")
      },
      { requiredKeys: ['Action'] }
    )
    .map((r) => {
      if (!predicates) {
        delete r.UsernameMatchesAnyOfPatterns
        delete r.ExceptUsernameMatchesAnyOfPatterns
        delete r.UserRecipientFilter
      }
      if (!r.AnyOfProtocols) delete r.AnyOfAuthenticationTypes
      return r
    })

/** A safeguard is put first in half the rule sets, so guarded denials are common. */
const SAFEGUARD = { Name: 'Safeguard', Action: 'AllowAccess', AnyOfProtocols: ['RemotePowerShell'] }

const cleanSet = fc
  .record({
    predicates: fc.boolean(),
    safeguard: fc.boolean()
  })
  .chain(({ predicates, safeguard }) =>
    fc.array(cleanRule(predicates), { minLength: 1, maxLength: 5 }).map((rules) => ({
      predicates,
      text: JSON.stringify(
        {
          Target: 'ExchangeServer',
          ClientAccessRules: [
            ...(safeguard ? [{ ...SAFEGUARD, Priority: 0 }] : []),
            ...rules.map((r, k) => ({
              Name: `R${k}`,
              ...r,
              ...(r.Priority === undefined ? {} : { Priority: r.Priority + 1 })
            }))
          ]
        },
        null,
        2
      )
    }))
  )

/**
 * Walks the script's New-ClientAccessRule commands in creation order: the first DenyAccess rule
 * that can match a RemotePowerShell connection before any AllowAccess rule that can (`exposed`),
 * and whether any DenyAccess rule can match one.
 */
function rpsOrder(linted: ReturnType<typeof lintText>, script: string) {
  const model = linted.model!
  const canMatchRps = (name: string) =>
    RPS_CONNECTIONS.some((c) => missOf(model.byName(name)!, c) === undefined)
  let allowSeen = false
  let anyDeny = false
  let exposed: string | undefined
  for (const name of createdNames(script)) {
    if (!canMatchRps(name)) continue
    if (model.byName(name)!.action === 'AllowAccess') allowSeen = true
    else {
      anyDeny = true
      if (!allowSeen) exposed ??= name
    }
  }
  return { exposed, anyDeny }
}

describe('RemotePowerShell safeguard', () => {
  it('in a file the gate accepts, AllowAccess rules for RemotePowerShell are created before any DenyAccess rule that can match it', () => {
    const seen = { clean: 0, guarded: 0, open: 0, exposed: 0 }
    fc.assert(
      fc.property(cleanSet, ({ predicates, text }) => {
        const linted = lintText(text)
        if (linted.findings.some((f) => f.severity === 'error')) return
        seen.clean++
        const script = toPowerShell(linted.ruleSet!, 'test.exo.json')
        const { exposed, anyDeny } = rpsOrder(linted, script)
        if (exposed !== undefined) {
          // only possible as EXO201's "may" warning: it needs two different predicates at once
          seen.exposed++
          expect(predicates).toBe(true)
          expect(linted.findings.map((f) => `${f.id} ${f.severity}`)).toContain('EXO201 warning')
          expect(script).toContain(`# CAUTION: the DenyAccess rule "${exposed}" can match`)
          expect(script).not.toContain('# The AllowAccess')
        } else if (anyDeny) {
          seen.guarded++
          expect(script).toContain(
            '# The AllowAccess rules for RemotePowerShell are created before any DenyAccess rule'
          )
          expect(script).not.toContain('CAUTION')
        } else {
          seen.open++
          expect(script).toContain('# No DenyAccess rule can match RemotePowerShell.')
          expect(script).not.toContain('CAUTION')
        }
      }),
      { seed: SEED, numRuns: 2_000 }
    )
    // the property was exercised on every branch
    expect(seen.clean).toBeGreaterThan(200)
    expect(seen.guarded).toBeGreaterThan(20)
    expect(seen.open).toBeGreaterThan(20)
    expect(seen.exposed).toBeGreaterThan(0)
  })

  it.each(readdirSync('examples').filter((f) => f.endsWith('.exo.json')))(
    'holds for examples/%s',
    (file) => {
      const linted = lintText(readFileSync(join('examples', file), 'utf8'))
      expect(linted.findings.filter((f) => f.severity === 'error')).toEqual([])
      const script = toPowerShell(linted.ruleSet!, file)
      checkScript(linted.ruleSet!, script)
      expect(rpsOrder(linted, script).exposed).toBeUndefined()
    }
  )

  it('a DenyAccess rule created before the only safeguard is EXO201, an error', () => {
    const linted = lintText(
      JSON.stringify({
        Target: 'ExchangeServer',
        ClientAccessRules: [
          {
            Name: 'Admins',
            Action: 'AllowAccess',
            AnyOfProtocols: ['RemotePowerShell'],
            Priority: 2
          },
          { Name: 'Block', Action: 'DenyAccess', Priority: 1 }
        ]
      })
    )
    expect(linted.findings.map((f) => `${f.id} ${f.severity}`)).toContain('EXO201 error')
    expect(remotePowerShellGuard(linted.ruleSet!)).toMatchObject({
      kind: 'exposed',
      rule: { name: 'Block' }
    })
  })
})
