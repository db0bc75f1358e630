// Issue 7, item 2: the whole pipeline never throws. Any bytes, any JSON value and any document
// shaped like a rule set go through `lintBytes(file, bytes, defaultConfig())` and then through
// every reporter (annotations, `--format github`, the neutralised log, the PR comment and the job
// summary at their limits, SARIF, the inline review comments). The engine answers either with
// findings that a reporter can place (a registered check ID, line and column from 1, an end not
// before the start) or with a clean pass. fast-check with fixed seeds; a failure prints the seed
// and the path to replay it (add the counterexample as a fixture under
// __tests__/fixtures/security/).

import fc from 'fast-check'
import { describe, it } from 'vitest'
import { CHECKS } from '../../src/checks/index.js'
import { defaultConfig } from '../../src/engine/config.js'
import { DOCS_BASE, summarize } from '../../src/engine/findings.js'
import { lintBytes } from '../../src/engine/lint.js'
import type { Finding, LintResult } from '../../src/engine/types.js'
import { verdict } from '../../src/engine/verdict.js'
import {
  ACCESS_LEVELS,
  ACTIONS,
  AUTHENTICATION_TYPES,
  CHARACTERISTICS,
  FILTER_PROPERTIES,
  PROTOCOLS,
  TARGETS
} from '../../src/model/constants.js'
import { annotations, github } from '../../src/reporters/annotations.js'
import { neutraliseWorkflowCommands } from '../../src/reporters/escape.js'
import {
  COMMENT_MAX_CHARS,
  JOB_SUMMARY_MAX_BYTES,
  markdown,
  utf8Length
} from '../../src/reporters/markdown.js'
import {
  INLINE_LIMIT,
  SUMMARY_MARKER,
  fingerprint,
  inlineBody
} from '../../src/reporters/review.js'
import { sarif } from '../../src/reporters/sarif.js'
import { stylish } from '../../src/reporters/stylish.js'
import { MARKDOWN_FRAGMENTS } from '../reporters/support.js'

const FILE = 'rules/prop.exo.json'
const IDS = new Set(CHECKS.map((c) => c.id))
const SEVERITIES = new Set(['error', 'warning', 'notice'])
const encoder = new TextEncoder()

// ---------------------------------------------------------------------------------------------
// The pipeline and what it must always give

const isPosition = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 1

/** What is wrong with a finding, if anything. */
function problemsOf(f: Finding): string[] {
  const out: string[] = []
  if (!IDS.has(f.id)) out.push(`unregistered ID ${JSON.stringify(f.id)}`)
  if (!SEVERITIES.has(f.severity)) out.push(`severity ${JSON.stringify(f.severity)}`)
  if (typeof f.message !== 'string' || f.message === '') out.push('no message')
  if (f.file !== FILE) out.push(`file ${JSON.stringify(f.file)}`)
  for (const k of ['line', 'column', 'endLine', 'endColumn'] as const) {
    if (!isPosition(f[k])) out.push(`${k} ${f[k]}`)
  }
  if (f.endLine < f.line || (f.endLine === f.line && f.endColumn < f.column)) {
    out.push(`end ${f.endLine}:${f.endColumn} before start ${f.line}:${f.column}`)
  }
  return out
}

/**
 * Lints the bytes and runs every reporter on the result; throws (so fast-check shrinks and
 * reports) on a broken finding or a broken channel, and lets any exception of the code through.
 */
function pipeline(bytes: Uint8Array): void {
  const findings = lintBytes(FILE, bytes, defaultConfig())
  if (!Array.isArray(findings)) throw new Error('lintBytes returned no array')
  const bad = findings.flatMap((f) => problemsOf(f).map((p) => `${f.id} ${f.messageId}: ${p}`))
  if (bad.length) throw new Error(`broken findings:\n${bad.join('\n')}`)

  const files = [{ file: FILE, findings }]
  const result: LintResult = { files, summary: summarize(files) }
  const failOn = 'error'
  const v = verdict(result, failOn)
  const active = findings.filter((f) => !f.suppressed)

  const anns = annotations(result, { reserved: v === 'fail' ? { error: 1 } : {} })
  if (anns.length > 30) throw new Error(`${anns.length} annotations`)
  const lines = github(result).split('\n').slice(0, -1)
  if (lines.some((l) => !/^::(error|warning|notice) /.test(l))) throw new Error('a github line')
  neutraliseWorkflowCommands(stylish(result))

  const comment = markdown(result, {
    docsBase: DOCS_BASE,
    maxChars: COMMENT_MAX_CHARS,
    marker: SUMMARY_MARKER,
    verdict: v,
    failOn
  })
  if (comment.length > COMMENT_MAX_CHARS) throw new Error('comment too long')
  if (!comment.startsWith(`${SUMMARY_MARKER}\n`)) throw new Error('comment without the marker')
  if (active.length === 0 && !comment.includes('No problems in 1 file checked.')) {
    throw new Error('a clean pass that does not say so')
  }
  const summary = markdown(result, {
    docsBase: DOCS_BASE,
    maxChars: Number.MAX_SAFE_INTEGER,
    maxBytes: JOB_SUMMARY_MAX_BYTES,
    verdict: v,
    failOn
  })
  if (utf8Length(summary) > JOB_SUMMARY_MAX_BYTES) throw new Error('job summary too long')

  const log = JSON.parse(
    sarif(result, {
      toolVersion: '0.1.0',
      informationUri: 'https://github.com/exo-access-gate/exo-access-gate',
      docsBase: DOCS_BASE
    })
  ) as { runs: { results: unknown[] }[] }
  if (log.runs[0]!.results.length !== findings.length) throw new Error('SARIF lost a finding')

  for (const f of active.slice(0, INLINE_LIMIT)) inlineBody(f, fingerprint(f), DOCS_BASE)
}

const pipelineOfText = (text: string): void => pipeline(encoder.encode(text))

// ---------------------------------------------------------------------------------------------
// Inputs

/** Pieces of JSON and of rule sets, and byte-level oddities (BOM, invalid UTF-8, NUL). */
const JSON_FRAGMENTS: readonly string[] = [
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '"',
  '\\',
  ' ',
  '\n',
  '\r\n',
  '\t',
  'null',
  'true',
  'false',
  '0',
  '-0',
  '01',
  '1.5e308',
  '1e400',
  '-',
  '.5',
  '9007199254740993',
  '"x"',
  '""',
  '"\\u0000"',
  '"\\ud800"',
  '"\\udc00\\ud800"',
  '"\\u202e"',
  '"\\"',
  '"\\x"',
  '\ufeff',
  '\u2028',
  '/* c */',
  '// c\n',
  '{"ClientAccessRules":[',
  '{"Name":"a","Action":"DenyAccess","AnyOfProtocols":["REST"]}',
  '{"Name":"a","Action":"AllowAccess","Priority":1}',
  '"Name":',
  '"name":',
  '"Action":"AllowAccess"',
  '"Priority":',
  '"Enabled":false',
  '"AnyOfProtocols":["RemotePowerShell"]',
  '"AnyOfClientIPAddressesOrRanges":["10.0.0.1/8"]',
  '"UserRecipientFilter":"Department -eq \'x\'"',
  '"Target":"ExchangeServer"',
  '"Tests":[{"Protocol":"REST","Expect":"DenyAccess"}]',
  '"__proto__":',
  '"constructor":',
  '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[',
  ']]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]'
]

/** Bytes built from JSON fragments mixed with short runs of arbitrary bytes. */
const fragmentBytes: fc.Arbitrary<Uint8Array> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...JSON_FRAGMENTS).map((s) => encoder.encode(s)) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 3 }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          new Uint8Array([0xef, 0xbb, 0xbf]), // UTF-8 BOM
          new Uint8Array([0xff, 0xfe]), // UTF-16 BOM
          new Uint8Array([0xc0, 0xaf]), // overlong '/'
          new Uint8Array([0xed, 0xa0, 0x80]), // an encoded surrogate
          new Uint8Array([0xf4, 0x90, 0x80, 0x80]), // above U+10FFFF
          new Uint8Array([0x00])
        )
      }
    ),
    { maxLength: 120 }
  )
  .map((parts) => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
    let at = 0
    for (const p of parts) {
      out.set(p, at)
      at += p.length
    }
    return out
  })

/** Hostile text: arbitrary code units, or the pieces of Markdown that the escapers deal with. */
const text: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.array(fc.constantFrom(...MARKDOWN_FRAGMENTS), { maxLength: 5 }).map((a) => a.join(''))
)

/** Any value at all, kept small. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  text,
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, true, 0, -1, 1.5, 2 ** 53, [], {})
)

/** How a value is drawn: always a real one, or now and then any value instead. */
type Draw = <T>(real: fc.Arbitrary<T>) => fc.Arbitrary<unknown>

const real: Draw = (a) => a
/** A real value most of the time, any value sometimes. */
const mostly: Draw = (a) =>
  fc.oneof({ weight: 6, arbitrary: a }, { weight: 1, arbitrary: anyValue })

/** A non-empty list of values drawn so. */
const listOf =
  (draw: Draw) =>
  <T>(item: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
    draw(fc.array(draw(item), { minLength: 1, maxLength: 4 }))

const protocol = fc.constantFrom(...PROTOCOLS)
const authType = fc.constantFrom(...AUTHENTICATION_TYPES)
const ipEntry: fc.Arbitrary<string> = fc.oneof(
  fc.ipV4(),
  fc.ipV6(),
  fc.tuple(fc.ipV4(), fc.integer({ min: 0, max: 33 })).map(([a, n]) => `${a}/${n}`),
  fc.tuple(fc.ipV6(), fc.integer({ min: 0, max: 129 })).map(([a, n]) => `${a}/${n}`),
  fc.tuple(fc.ipV4(), fc.ipV4()).map(([a, b]) => `${a}-${b}`),
  fc.constantFrom(
    '0.0.0.0/0',
    '::/0',
    '10.0.0.1/8',
    '192.168.1.0/24',
    '203.0.113.7',
    '::ffff:1.2.3.4/96',
    'fe80::1%eth0'
  )
)
const usernamePattern = fc.oneof(
  fc.constantFrom('contoso\\*', '*', '*\\admin', 'admin', 'contoso\\a*', '*a*b*c*d*e*f*g*h*i*'),
  fc
    .array(fc.constantFrom('contoso', '\\', '*', 'a', '?', '.', '@'), { maxLength: 8 })
    .map((a) => a.join(''))
)
const filterProperty = fc.constantFrom(...FILTER_PROPERTIES, 'Name', 'MemberOfGroup')
const recipientFilter: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      filterProperty,
      fc.constantFrom('-eq', '-ne', '-like', '-notlike', '-lt', '-match'),
      fc.constantFrom("'Sales'", "'Lon*'", "''", '"x"', '$null', "'a''b'", "'*'")
    )
    .map((t) => t.join(' ')),
  fc
    .array(
      fc.constantFrom(
        'Department',
        'City',
        '-eq',
        '-and',
        '-or',
        '-not',
        '(',
        ')',
        "'x'",
        "'",
        '"',
        '`',
        '*',
        '$true'
      ),
      { maxLength: 10 }
    )
    .map((a) => a.join(' '))
)
/** A few names, so that duplicates (EXO102) and rules a test names (EXO601) occur. */
const ruleName = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('Allow admins', 'Block all', 'block ALL', 'Partners') },
  { weight: 1, arbitrary: text }
)

/** A client access rule: the real key names, each present or not, values drawn by `draw`. */
const clientAccessRuleWith = (draw: Draw, requiredKeys: ('Name' | 'Action')[]) => {
  const list = listOf(draw)
  return fc.record(
    {
      Name: draw(ruleName),
      Action: draw(fc.constantFrom(...ACTIONS)),
      Priority: draw(fc.integer({ min: -1, max: 6 })),
      Enabled: draw(fc.boolean()),
      Scope: draw(fc.constantFrom('All', 'Users')),
      AnyOfProtocols: list(protocol),
      ExceptAnyOfProtocols: list(protocol),
      AnyOfClientIPAddressesOrRanges: list(ipEntry),
      ExceptAnyOfClientIPAddressesOrRanges: list(ipEntry),
      AnyOfAuthenticationTypes: list(authType),
      ExceptAnyOfAuthenticationTypes: list(authType),
      UsernameMatchesAnyOfPatterns: list(usernamePattern),
      ExceptUsernameMatchesAnyOfPatterns: list(usernamePattern),
      UserRecipientFilter: draw(recipientFilter)
    },
    { requiredKeys }
  )
}

/** Valid in shape most of the time, so that the semantic checks run; anything goes otherwise. */
const clientAccessRule = fc.oneof(
  { weight: 3, arbitrary: clientAccessRuleWith(real, ['Name', 'Action']) },
  { weight: 1, arbitrary: clientAccessRuleWith(mostly, []) }
)

const deviceRule = fc.record(
  {
    Characteristic: mostly(fc.constantFrom(...CHARACTERISTICS)),
    QueryString: mostly(fc.constantFrom('Outlook', 'iPhone*', '*', 'Outlook-iOS/2.0')),
    AccessLevel: mostly(fc.constantFrom(...ACCESS_LEVELS))
  },
  { requiredKeys: ['Characteristic', 'QueryString', 'AccessLevel'] }
)

const expectation = fc.record(
  {
    Name: mostly(text),
    Protocol: mostly(protocol),
    AuthenticationType: mostly(authType),
    RemoteAddress: mostly(fc.oneof(fc.ipV4(), fc.ipV6(), fc.constant('203.0.113.7'))),
    Username: mostly(fc.constantFrom('contoso\\admin', 'fabrikam\\a', 'admin')),
    User: mostly(fc.dictionary(filterProperty, fc.constantFrom('Sales', 'London', ''))),
    MiddleTier: mostly(fc.boolean()),
    Expect: mostly(fc.constantFrom(...ACTIONS)),
    ExpectRule: mostly(fc.oneof(ruleName, fc.constant(null)))
  },
  { requiredKeys: ['Protocol', 'Expect'] }
)

/** A document shaped like a rule set (FORMAT.md), the real keys with real or random values. */
const ruleSetShaped = fc.record(
  {
    $schema: mostly(fc.constant('../schemas/ruleset.schema.json')),
    Target: mostly(fc.constantFrom(...TARGETS)),
    ClientAccessRules: mostly(fc.array(clientAccessRule, { minLength: 1, maxLength: 6 })),
    ActiveSyncDeviceAccessRules: mostly(fc.array(mostly(deviceRule), { maxLength: 3 })),
    ActiveSyncOrganizationSettings: mostly(
      fc.record({ DefaultAccessLevel: mostly(fc.constantFrom(...ACCESS_LEVELS)) })
    ),
    Tests: mostly(fc.array(mostly(expectation), { maxLength: 3 }))
  },
  { requiredKeys: ['ClientAccessRules'] }
)

/** JSON text of a value: compact, or pretty-printed so that findings land on many lines. */
const jsonText = (value: fc.Arbitrary<unknown>): fc.Arbitrary<string> =>
  fc
    .tuple(value, fc.constantFrom(undefined, 2, '\t'))
    .map(([v, indent]) => JSON.stringify(v, null, indent) ?? 'null')

// ---------------------------------------------------------------------------------------------

describe('property: the pipeline (lintBytes, then every reporter) never throws', () => {
  it('on arbitrary bytes up to 4 KB', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), pipeline), {
      seed: 7,
      numRuns: 100
    })
  })

  it('on bytes built from JSON fragments, BOMs and invalid UTF-8', () => {
    fc.assert(fc.property(fragmentBytes, pipeline), { seed: 71, numRuns: 250 })
  })

  it('on arbitrary JSON values (fc.jsonValue)', () => {
    fc.assert(fc.property(jsonText(fc.jsonValue({ maxDepth: 4 })), pipelineOfText), {
      seed: 72,
      numRuns: 120
    })
  })

  it('on rule-set-shaped documents: ClientAccessRules of random objects with the real key names', () => {
    fc.assert(fc.property(jsonText(ruleSetShaped), pipelineOfText), { seed: 73, numRuns: 100 })
  })

  it('on rule-set-shaped documents with a key added or nested deep, or a number written oddly', () => {
    const mutated = fc
      .tuple(
        ruleSetShaped,
        fc.constantFrom(
          'ClientAccessRules',
          'Name',
          'Priority',
          '__proto__',
          'name',
          'Action ',
          'UserIsMemberOf',
          'DomainController'
        ),
        anyValue,
        fc.integer({ min: 0, max: 40 })
      )
      .map(([doc, key, value, depth]) => {
        let nested: unknown = value
        for (let i = 0; i < depth; i++) nested = [nested]
        const rules = (doc as { ClientAccessRules: unknown }).ClientAccessRules
        if (Array.isArray(rules) && rules.length > 0 && typeof rules[0] === 'object') {
          rules[0] = { ...(rules[0] as object), [key]: nested }
        }
        return { ...doc, [key]: nested }
      })
    // JSON.stringify writes every number plainly: rewrite the first priority as the input may
    const number = fc.constantFrom('$1.0', '$1e0', '-0', '9007199254740993', '1e-400', '0x1')
    const text = fc
      .tuple(jsonText(mutated), number)
      .map(([t, n]) => t.replace(/(?<="Priority":\s*)(-?\d+)/, n))
    fc.assert(fc.property(text, pipelineOfText), { seed: 74, numRuns: 100 })
  })
})
