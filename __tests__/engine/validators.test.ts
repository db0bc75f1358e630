import type { ValidateFunction } from 'ajv'
import fc from 'fast-check'
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateConfig, validateRuleSet } from '../../src/engine/generated/validators.js'
import { join as joinPointer } from '../../src/engine/pointer.js'
import {
  compileValidator,
  FORBIDDEN_KEYS,
  validateRuleSet as issuesOf
} from '../../src/engine/schema.js'
import { DEFAULT_LIMITS } from '../../src/engine/types.js'

// The prebuilt validators (scripts/build-validators.mjs) must be indistinguishable from ajv
// compiling the schemas at run time with schema.ts's options: `translate` reads the error objects'
// keyword, instancePath, schemaPath, params, message, schema, parentSchema, data and propertyName.

const runtimeRuleSet = compileValidator('ruleset')
const runtimeConfig = compileValidator('config')

/** Both validators' verdicts and errors on a document. */
function both(prebuilt: ValidateFunction, runtime: ValidateFunction, doc: unknown) {
  const a = prebuilt(doc)
  const aErrors = prebuilt.errors
  const b = runtime(doc)
  return { prebuilt: { valid: a, errors: aErrors }, runtime: { valid: b, errors: runtime.errors } }
}

function expectSame(prebuilt: ValidateFunction, runtime: ValidateFunction, doc: unknown): void {
  const r = both(prebuilt, runtime, doc)
  expect(r.prebuilt).toEqual(r.runtime)
}

const rule = (extra: Record<string, unknown>) => ({
  Target: 'ExchangeServer',
  ClientAccessRules: [{ Name: 'r', Action: 'DenyAccess', ...extra }]
})

/** The invalid (and a few valid) documents of __tests__/checks/exo003.test.ts, as values. */
const EXO003_DOCUMENTS: unknown[] = [
  { ActiveSyncOrganizationSettings: { DefaultAccessLevel: 'Quarantine' } },
  {
    ActiveSyncDeviceAccessRules: [
      { Characteristic: 'UserAgent', QueryString: 'Outlook-iOS/2.0', AccessLevel: 'Allow' }
    ]
  },
  { ClientAccessRules: [{ Name: 'n'.repeat(64), Action: 'AllowAccess' }] },
  { ClientAccessRules: [{ Name: 'n'.repeat(65), Action: 'AllowAccess' }] },
  { ClientAccessRules: [{ Name: '😀'.repeat(64), Action: 'AllowAccess' }] },
  { ClientAccessRules: [{ Name: '😀'.repeat(65), Action: 'AllowAccess' }] },
  { Target: 'ExchangeServer', ClientAccessRules: [{ Name: 'Block OWA', Acton: 'DenyAccess' }] },
  rule({ AnyOfProtocol: ['OutlookWebApp'] }),
  rule({ Colour: 'blue' }),
  { ActiveSyncOrganizationSettings: { DefaultAccessLevel: 'Allow' }, Tagret: 'ExchangeServer' },
  rule({ Extra: { Priority: 1.0, Action: 'Allow', n: [1, -0] } }),
  { ClientAccessRules: [{ Name: 'r', Action: 'Allow' }] },
  { ClientAccessRules: [{ Name: 'r', Action: 'Block' }] },
  rule({ AnyOfProtocols: ['REST', 'OWA'] }),
  rule({ Scope: 'Everyone' }),
  rule({ Scope: 'users' }),
  rule({ Enabled: 'true' }),
  rule({ Priority: '1' }),
  rule({ Priority: 1.5 }),
  { ClientAccessRules: { Name: 'r', Action: 'DenyAccess' } },
  { ClientAccessRules: [{ Name: 'Block OWA', AnyOfProtocols: ['OutlookWebApp'] }] },
  { ClientAccessRules: [{ Action: 'DenyAccess' }] },
  { Target: 'ExchangeServer', ClientAccessRules: [] },
  rule({ ExceptAnyOfProtocols: [] }),
  rule({ Priority: -1 }),
  rule({ Priority: 2147483648 }),
  rule({ Priority: Infinity }),
  rule({ UserRecipientFilter: "Department -eq 'IT'" }),
  rule({ UserRecipientFilter: 'x'.repeat(4097) }),
  rule({ AnyOfProtocols: Array.from({ length: 1001 }, () => 'REST') }),
  rule({ AnyOfClientIPAddressesOrRanges: ['', 7, null] }),
  JSON.parse(
    '{"ActiveSyncOrganizationSettings": {"DefaultAccessLevel": "Allow"}, "__proto__": {"x": 1}}'
  ),
  JSON.parse('{"ClientAccessRules": [{"__proto__": {"Action": "DenyAccess"}, "Name": "r"}]}'),
  JSON.parse(
    '{"ActiveSyncOrganizationSettings": {"DefaultAccessLevel": "Allow"}, "Tests": [{"__proto__": {"polluted": true}}]}'
  ),
  {
    ActiveSyncOrganizationSettings: { DefaultAccessLevel: 'Allow' },
    Tests: [
      { Protocol: 'POP3', Expect: 'AllowAccess', ExpectRule: null },
      { Protocol: 'POP4', Expect: 'Allow', ExpectRule: 7, User: { Dept: 'IT', City: 1 } },
      { Name: '', MiddleTier: 'no' }
    ]
  },
  {
    ActiveSyncDeviceAccessRules: [
      { Characteristic: 'Model', QueryString: 'q'.repeat(257), AccessLevel: 'Deny' },
      {}
    ],
    ActiveSyncOrganizationSettings: {}
  },
  {},
  [],
  null,
  'a string',
  42,
  { $schema: 7, Target: null }
]

const CONFIG_DOCUMENTS: unknown[] = [
  {},
  { paths: ['rules/**/*.exo.json'], failOn: 'warning' },
  { paths: [], failOn: 'sometimes', extra: true },
  { paths: ['', 7] },
  { severity: { EXO101: 'off', EXO1: 'warning', EXO102: 'fatal' } },
  {
    suppressions: [
      { id: 'EXO101', reason: ' ' },
      { id: 'x' },
      { id: 'EXO101', reason: 'ok', pointer: 'a' }
    ]
  },
  { limits: { maxDepth: 1, maxFileBytes: 1.5, maxListItems: '3', other: 1 } },
  { limits: { maxListItems: 2_000_000, maxStringLength: 0 } },
  JSON.parse('{"__proto__": {"x": 1}, "constructor": 1}'),
  [],
  null
]

/** Every fixture and example that is plain JSON (the others are rejected before the schema). */
function jsonFiles(dir: string): unknown[] {
  const out: unknown[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue
    if (entry.name.startsWith('j06-deep')) continue // 10,000 nested lists: the parser's cap
    try {
      out.push(JSON.parse(readFileSync(join(entry.parentPath, entry.name), 'utf8')))
    } catch {
      // not JSON: comments, NaN, invalid UTF-8, …
    }
  }
  return out
}

/** Values shaped like rule sets: the schema's keys, near misses, prototype keys, any JSON value. */
const KEYS = [
  'Target',
  'ClientAccessRules',
  'ActiveSyncDeviceAccessRules',
  'ActiveSyncOrganizationSettings',
  'DefaultAccessLevel',
  'Tests',
  'Name',
  'Action',
  'Priority',
  'Enabled',
  'Scope',
  'AnyOfProtocols',
  'AnyOfClientIPAddressesOrRanges',
  'UserRecipientFilter',
  'Characteristic',
  'QueryString',
  'AccessLevel',
  'Protocol',
  'Expect',
  'ExpectRule',
  'User',
  'City',
  'Acton',
  'paths',
  'severity',
  'suppressions',
  'limits',
  '__proto__',
  'constructor',
  'a/b~c'
]
const STRINGS = [
  'ExchangeServer',
  'AllowAccess',
  'DenyAccess',
  'REST',
  'OWA',
  'Allow',
  'Users',
  'EXO101',
  '',
  ' ',
  'x'.repeat(65),
  'y'.repeat(257)
]
const { json } = fc.letrec((tie) => ({
  json: fc.oneof(
    { maxDepth: 4, depthIdentifier: 'json' },
    fc.constantFrom(...STRINGS),
    fc.string({ maxLength: 8 }),
    fc.oneof(fc.integer({ min: -2, max: 2147483649 }), fc.double({ noNaN: true })),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('json'), { maxLength: 3 }),
    tie('object')
  ),
  object: fc
    .array(fc.tuple(fc.constantFrom(...KEYS), tie('json')), { maxLength: 5 })
    .map((entries) => {
      // own keys named __proto__ too, as the parser (and JSON.parse) makes them
      const o: Record<string, unknown> = {}
      for (const [k, v] of entries)
        Object.defineProperty(o, k, {
          value: v,
          enumerable: true,
          configurable: true,
          writable: true
        })
      return o
    })
}))

describe('the prebuilt schema validators', () => {
  it('give the errors of the rule-set schema compiled at run time: exo003 test documents', () => {
    for (const doc of EXO003_DOCUMENTS) expectSame(validateRuleSet, runtimeRuleSet, doc)
    // the documents do fail, with errors of many keywords
    const keywords = new Set(
      EXO003_DOCUMENTS.flatMap((d) => (validateRuleSet(d) ? [] : validateRuleSet.errors!)).map(
        (e) => e.keyword
      )
    )
    expect([...keywords].sort()).toEqual([
      'additionalProperties',
      'anyOf',
      'enum',
      'maxItems',
      'maxLength',
      'maximum',
      'minItems',
      'minLength',
      'minimum',
      'required',
      'type'
    ])
  })

  it('give the errors of the rule-set schema compiled at run time: fixtures and examples', () => {
    const docs = [...jsonFiles('__tests__/fixtures'), ...jsonFiles('examples')]
    expect(docs.length).toBeGreaterThan(40)
    for (const doc of docs) expectSame(validateRuleSet, runtimeRuleSet, doc)
  })

  it('give the errors of the config schema compiled at run time', () => {
    for (const doc of CONFIG_DOCUMENTS) expectSame(validateConfig, runtimeConfig, doc)
    const keywords = new Set(
      CONFIG_DOCUMENTS.flatMap((d) => (validateConfig(d) ? [] : validateConfig.errors!)).map(
        (e) => e.keyword
      )
    )
    expect(keywords).toContain('propertyNames')
    expect(keywords).toContain('pattern')
    // ajv names the offending key of a propertyNames failure on the nested error (translate reads it)
    expect(validateConfig({ severity: { EXO1: 'warning' } })).toBe(false)
    expect(
      validateConfig.errors!.map((e) => [e.keyword, e.propertyName, e.params.propertyName])
    ).toEqual([
      ['pattern', 'EXO1', undefined],
      ['propertyNames', undefined, 'EXO1']
    ])
  })

  it('give the errors of the schemas compiled at run time on generated documents', () => {
    fc.assert(
      fc.property(json, (doc) => {
        expectSame(validateRuleSet, runtimeRuleSet, doc)
        expectSame(validateConfig, runtimeConfig, doc)
      }),
      { seed: 7, numRuns: 400 }
    )
  })

  it('are what scripts/build-validators.mjs generates from the schemas now', () => {
    const r = spawnSync(process.execPath, ['scripts/build-validators.mjs', '--check'], {
      encoding: 'utf8'
    })
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' })
  })
})

/** schema.ts's forbiddenKeys before it stopped building a pointer for every node: the reference. */
function forbiddenKeysBefore(
  value: unknown,
  pointer = ''
): { pointer: string; property: string }[] {
  if (value === null || typeof value !== 'object') return []
  const out: { pointer: string; property: string }[] = []
  const entries = Array.isArray(value)
    ? value.map((v, i) => [String(i), v] as const)
    : Object.entries(value)
  for (const [k, v] of entries) {
    const p = joinPointer(pointer, k)
    if (!Array.isArray(value) && FORBIDDEN_KEYS.has(k)) out.push({ pointer: p, property: k })
    else out.push(...forbiddenKeysBefore(v, p))
  }
  return out
}

describe('prototype keys (forbiddenKey)', () => {
  const forbidden = (doc: unknown) =>
    issuesOf(doc, DEFAULT_LIMITS)
      .filter((i) => i.messageId === 'forbiddenKey')
      .map((i) => ({ pointer: i.pointer, property: i.data.property }))

  it('are found where and in the order they were before', () => {
    for (const doc of [...EXO003_DOCUMENTS, ...CONFIG_DOCUMENTS])
      expect(forbidden(doc)).toEqual(forbiddenKeysBefore(doc))
    fc.assert(
      fc.property(json, (doc) => {
        expect(forbidden(doc)).toEqual(forbiddenKeysBefore(doc))
      }),
      { seed: 7, numRuns: 400 }
    )
    expect(
      forbidden(JSON.parse('{"a/b": [{"x": {"__proto__": 1}}, {"constructor": {"prototype": 2}}]}'))
    ).toEqual([
      { pointer: '/a~1b/0/x/__proto__', property: '__proto__' },
      { pointer: '/a~1b/1/constructor', property: 'constructor' }
    ])
  })
})
