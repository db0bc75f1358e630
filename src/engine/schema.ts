import type { ErrorObject, Options, ValidateFunction } from 'ajv'
import rulesetSchema from '../../schemas/ruleset.schema.json' with { type: 'json' }
import configSchema from '../../schemas/config.schema.json' with { type: 'json' }
import ajvOptions from './ajv-options.json' with { type: 'json' }
import { UNSUPPORTED_PARAMETERS } from '../checks/exo004-unsupported-parameter.js'
import { display } from './display.js'
import {
  validateConfig as prebuiltConfig,
  validateRuleSet as prebuiltRuleSet
} from './generated/validators.js'
import loadAjv from './load-ajv.cjs'
import { join, split, valueAt } from './pointer.js'
import type { Target } from './positions.js'
import { suggest } from './suggest.js'
import type { Limits } from './types.js'

/** One schema problem, in the words of EXO003 (or EXO004 for a parameter customers cannot use). */
export interface SchemaIssue {
  checkId: 'EXO003' | 'EXO004'
  pointer: string
  target: Target
  messageId: string
  data: Record<string, string | number>
}

/** Keys JavaScript tools treat as an object's prototype; never data (security notes §2.2). */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

const DEFAULT_LIST_CAP = 1000
const DEFAULT_STRING_CAP = 4096

type Json = Record<string, unknown>

/** The schema with the configured list and string caps in place of the published defaults. */
function withLimits(
  schema: unknown,
  limits: Pick<Limits, 'maxListItems' | 'maxStringLength'>
): unknown {
  if (Array.isArray(schema)) return schema.map((s) => withLimits(s, limits))
  if (schema === null || typeof schema !== 'object') return schema
  const out: Json = {}
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'maxItems' && v === DEFAULT_LIST_CAP) out[k] = limits.maxListItems
    else if (k === 'maxLength' && v === DEFAULT_STRING_CAP) out[k] = limits.maxStringLength
    else out[k] = withLimits(v, limits)
  }
  return out
}

/**
 * ajv's options, in ajv-options.json so that scripts/build-validators.mjs compiles the prebuilt
 * validators with the very same: strict mode with every error, no coercion, no defaults, nothing
 * removed (the gate must not alter what the reviewer approved). Lengths count UTF-16 code units
 * (`unicode: false`), as .NET's String.Length does for Exchange's parameter limits and as EXO003's
 * messages count them: a 64-character cap holds 32 emoji, not 64. That option is deprecated in
 * ajv 8 but honoured; `logger: false` keeps its notice off the gate's stderr (strict mode throws on
 * schema problems instead of logging them).
 */
export const AJV_OPTIONS: Readonly<Options> = Object.freeze(ajvOptions as Options)

/** Compiles a schema with ajv now; the caps default to the published ones. */
export function compileValidator(
  name: 'ruleset' | 'config',
  limits?: Pick<Limits, 'maxListItems' | 'maxStringLength'>
): ValidateFunction {
  const { Ajv } = loadAjv() // ajv's compiler, loaded on first use only
  const schema =
    name === 'config' ? configSchema : limits ? withLimits(rulesetSchema, limits) : rulesetSchema
  return new Ajv({ ...AJV_OPTIONS }).compile(schema as object)
}

const compiled = new Map<string, ValidateFunction>()

/**
 * The validator of a schema: prebuilt (src/engine/generated/) for the published caps, else compiled
 * once per process and set of caps.
 */
function validator(name: 'ruleset' | 'config', limits?: Limits): ValidateFunction {
  if (name === 'config') return prebuiltConfig
  if (
    !limits ||
    (limits.maxListItems === DEFAULT_LIST_CAP && limits.maxStringLength === DEFAULT_STRING_CAP)
  )
    return prebuiltRuleSet
  const key = `ruleset:${limits.maxListItems}:${limits.maxStringLength}`
  let fn = compiled.get(key)
  if (!fn) {
    fn = compileValidator('ruleset', limits)
    compiled.set(key, fn)
  }
  return fn
}

/** Validates a rule-set document; one issue per mistake. */
export function validateRuleSet(value: unknown, limits: Limits): SchemaIssue[] {
  return translate(value, validator('ruleset', limits), 'ruleset')
}

/** Validates a config document; the caller reports the issues as EXO902. */
export function validateConfig(value: unknown): SchemaIssue[] {
  return translate(value, validator('config'), 'config')
}

function translate(
  value: unknown,
  validate: ValidateFunction,
  kind: 'ruleset' | 'config'
): SchemaIssue[] {
  const issues: SchemaIssue[] = forbiddenKeys(value)
  const forbidden = new Set(issues.map((i) => i.pointer))
  if (validate(value)) return issues
  const errors = validate.errors ?? []
  // Errors inside a failed anyOf are explained by the anyOf's own message.
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.schemaPath + '/')
  const kept = errors.filter((e) => !anyOfPaths.some((p) => e.schemaPath.startsWith(p)))
  // A misspelt required property ("Acton") is one mistake: report the unknown key, not the missing one.
  const suggested = new Set<string>()
  const out: SchemaIssue[] = []
  for (const e of kept) {
    if (e.keyword !== 'additionalProperties') continue
    const issue = unknownProperty(e, value, kind)
    if (forbidden.has(issue.pointer)) continue
    if (issue.data.suggestion) suggested.add(`${e.instancePath}\u0000${issue.data.suggestion}`)
    out.push(issue)
  }
  for (const e of kept) {
    if (e.keyword === 'additionalProperties') continue
    if (e.keyword === 'required') {
      const missing = (e.params as { missingProperty: string }).missingProperty
      if (suggested.has(`${e.instancePath}\u0000${missing}`)) continue
    }
    const issue = describe(e, value, kind)
    if (issue) out.push(issue)
  }
  const seen = new Set<string>()
  return [...issues, ...out].filter((i) => {
    const k = `${i.pointer}\u0000${i.target}\u0000${i.messageId}\u0000${JSON.stringify(i.data)}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/**
 * Every key named like a prototype, in document order; nothing below such a key. Walks the whole
 * document, so it allocates nothing until it finds one: the path is kept as a stack of tokens and
 * joined into a pointer only for a finding.
 */
function forbiddenKeys(value: unknown): SchemaIssue[] {
  const out: SchemaIssue[] = []
  const path: (string | number)[] = []
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i)
        walk(node[i])
        path.pop()
      }
      return
    }
    const obj = node as Json
    for (const k in obj) {
      if (!Object.hasOwn(obj, k)) continue
      if (FORBIDDEN_KEYS.has(k)) {
        out.push({
          checkId: 'EXO003',
          pointer: join('', ...path, k),
          target: 'key',
          messageId: 'forbiddenKey',
          data: { property: k }
        })
      } else {
        path.push(k)
        walk(obj[k])
        path.pop()
      }
    }
  }
  walk(value)
  return out
}

/** What the object at a pointer is, in a reader's words: `client access rule "Block OWA"`. */
function where(value: unknown, pointer: string, kind: 'ruleset' | 'config'): string {
  const tokens = split(pointer)
  if (tokens.length === 0) return kind === 'config' ? 'the config file' : 'the document'
  const obj = valueAt(value, pointer) as Json | undefined
  const name = obj && typeof obj.Name === 'string' ? ` "${display(obj.Name, 64)}"` : ''
  const [list, , sub] = tokens
  if (tokens.length === 2 && list === 'ClientAccessRules') return `client access rule${name}`
  if (tokens.length === 2 && list === 'ActiveSyncDeviceAccessRules') return 'device access rule'
  if (tokens.length === 2 && list === 'Tests') return `test${name}`
  if (tokens.length === 2 && list === 'suppressions') return 'suppression'
  if (tokens.length === 3 && list === 'Tests' && sub === 'User') return '"User"'
  return `"${display(tokens[tokens.length - 1] as string, 64)}"`
}

/** The property a value belongs to: its key, or the list's key for a list item. */
function propertyOf(pointer: string): string {
  const tokens = split(pointer)
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (!/^(0|[1-9][0-9]*)$/.test(tokens[i] as string)) return display(tokens[i] as string, 64)
  }
  return 'document'
}

function describeValue(v: unknown): string {
  if (v === null) return 'null'
  if (typeof v === 'string') return `the string "${display(v, 60)}"`
  if (typeof v === 'number') return `the number "${v}"`
  if (typeof v === 'boolean') return `the boolean "${v}"`
  if (Array.isArray(v)) return 'a list'
  return 'an object'
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  boolean: 'a boolean ("true" or "false")',
  integer: 'an integer',
  number: 'a number',
  string: 'a string',
  array: 'a list',
  object: 'an object',
  null: 'null'
}

function unknownProperty(e: ErrorObject, value: unknown, kind: 'ruleset' | 'config'): SchemaIssue {
  const property = (e.params as { additionalProperty: string }).additionalProperty
  const pointer = join(e.instancePath, property)
  const inRule = kind === 'ruleset' && /^\/ClientAccessRules\/\d+$/.test(e.instancePath)
  const reason = inRule ? UNSUPPORTED_PARAMETERS[property] : undefined
  if (reason)
    return { checkId: 'EXO004', pointer, target: 'key', messageId: reason, data: { property } }
  const known = Object.keys(
    ((e.parentSchema as Json | undefined)?.properties as Json | undefined) ?? {}
  )
  const suggestion = suggest(property, known)
  const data: Record<string, string> = {
    property: display(property, 64),
    where: where(value, e.instancePath, kind)
  }
  if (suggestion) data.suggestion = suggestion
  return {
    checkId: 'EXO003',
    pointer,
    target: 'key',
    messageId: suggestion ? 'unknownPropertySuggest' : 'unknownProperty',
    data
  }
}

function describe(
  e: ErrorObject,
  value: unknown,
  kind: 'ruleset' | 'config'
): SchemaIssue | undefined {
  const pointer = e.instancePath
  const property = propertyOf(pointer)
  const issue = (
    messageId: string,
    data: Record<string, string | number>,
    target: Target = 'value'
  ): SchemaIssue => ({
    checkId: 'EXO003',
    pointer,
    target,
    messageId,
    data
  })
  const params = e.params as Json
  const parent = (e.parentSchema ?? {}) as Json
  switch (e.keyword) {
    case 'type': {
      if (pointer === '') return issue('notObject', { actual: describeValue(e.data) })
      const expected = String(params.type)
      return issue('type', {
        property,
        expected: TYPE_NAMES[expected] ?? expected,
        actual: describeValue(e.data)
      })
    }
    case 'enum': {
      const allowed = (e.schema as unknown[]).map(String)
      const suggestion = typeof e.data === 'string' ? suggest(e.data, allowed) : undefined
      const shown =
        typeof e.data === 'string' ? display(e.data, 60) : (JSON.stringify(e.data) ?? '')
      if (suggestion) return issue('enumSuggest', { value: shown, property, suggestion })
      const list = allowed.map((a) => `"${a}"`)
      return issue('enum', {
        value: display(shown, 60),
        property,
        allowed: list.slice(0, -1).join(', ') + ' or ' + list[list.length - 1]
      })
    }
    case 'required':
      return issue(
        'required',
        { where: where(value, pointer, kind), property: String(params.missingProperty) },
        'open'
      )
    case 'minItems':
      return issue('emptyList', { property })
    case 'maxItems':
      return issue('tooManyItems', {
        property,
        count: (e.data as unknown[]).length,
        cap: Number(params.limit)
      })
    case 'minLength':
      return issue('emptyString', { property })
    case 'maxLength': {
      const length = (e.data as string).length
      const cap = Number(params.limit)
      if (property === 'Name' || property === 'QueryString') {
        return issue(property === 'Name' ? 'nameTooLong' : 'queryTooLong', {
          value: display(e.data as string, 40),
          length,
          cap
        })
      }
      return issue('tooLong', { property, length, cap })
    }
    case 'minimum':
    case 'maximum':
      return issue('range', {
        property,
        min: String(parent.minimum ?? '-∞'),
        max: String(parent.maximum ?? '∞'),
        value: String(e.data)
      })
    case 'anyOf':
      if (pointer === '') return issue('noRules', {}, 'open')
      return issue('ruleNameOrNull', { property, actual: describeValue(e.data) })
    case 'propertyNames':
      return undefined // its nested error names the key
    case 'pattern': {
      // ajv puts the offending key of a `propertyNames` failure on the error itself
      const name = (e as ErrorObject & { propertyName?: string }).propertyName
      if (name !== undefined) {
        return {
          checkId: 'EXO003',
          pointer: join(pointer, name),
          target: 'key',
          messageId: 'badId',
          data: { value: display(name, 40) }
        }
      }
      if (/\/reason$/.test(pointer)) return issue('blankReason', {})
      if (/\/id$/.test(pointer)) return issue('badId', { value: display(String(e.data), 40) })
      return issue('pattern', { property, value: display(String(e.data), 60) })
    }
    default:
      return issue('generic', { property, detail: e.message ?? e.keyword })
  }
}
