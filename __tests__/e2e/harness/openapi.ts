// The REST operations extracted from @octokit/openapi (scripts/extract-github-openapi.mjs) and
// validators for their parameters, request bodies and responses (ajv, OpenAPI 3.0 `nullable`).

import { readFileSync } from 'node:fs'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'

export const FIXTURE_PATH = new URL(
  '../../fixtures/github/openapi-operations.json',
  import.meta.url
)

type Schema = Record<string, unknown>

export interface Parameter {
  name: string
  in: 'path' | 'query'
  required: boolean
  schema: Schema
}

export interface Operation {
  operationId: string
  method: string
  path: string
  /** The operation's page in GitHub's docs (what its error bodies name). */
  documentationUrl: string | null
  parameters: Parameter[]
  requestBody: { required: boolean; schema: Schema | null } | null
  responses: Record<string, Schema | null>
}

export interface OperationsFixture {
  source: string
  openapi: string
  operations: Operation[]
}

/**
 * Where GitHub's description is stricter or looser than GitHub itself, with the source.
 * Each entry patches the fixture's schema in memory; the fixture stays as extracted.
 */
const SUPPLEMENTS: {
  operationId: string
  where: 'request' | `response ${string}`
  why: string
  apply: (schema: Schema) => void
}[] = [
  {
    // The description gives `side`/`start_side` of a review's draft comments no enum, while the
    // same fields of pulls/create-review-comment and of every review comment it returns are
    // enum ["LEFT", "RIGHT"]; GitHub rejects anything else.
    operationId: 'pulls/create-review',
    where: 'request',
    why: 'side/start_side are LEFT or RIGHT (enum of pulls/create-review-comment in the same description)',
    apply: (schema) => {
      const item = (schema.properties as Record<string, Schema>).comments!.items as Schema
      const props = item.properties as Record<string, Schema>
      props.side = { ...props.side, enum: ['LEFT', 'RIGHT'] }
      props.start_side = { ...props.start_side, enum: ['LEFT', 'RIGHT'] }
    }
  },
  {
    // github/rest-api-description#1901 and #5568: `position` is null for comments that no
    // longer anchor to the diff (outdated); `line` likewise (observed, e.g. vitali87/croft#454).
    operationId: 'pulls/list-review-comments',
    where: 'response 200',
    why: 'position and line are null on outdated review comments (github/rest-api-description#1901)',
    apply: (schema) => {
      const props = (schema.items as Schema).properties as Record<string, Schema>
      props.position = { ...props.position, nullable: true }
      props.line = { ...props.line, nullable: true }
    }
  }
]

let cached: OperationsFixture | undefined

export function loadOperations(): OperationsFixture {
  if (!cached) {
    const fixture = JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')) as OperationsFixture
    for (const s of SUPPLEMENTS) {
      const op = fixture.operations.find((o) => o.operationId === s.operationId)
      if (!op) continue
      const schema = s.where === 'request' ? op.requestBody?.schema : op.responses[s.where.slice(9)]
      if (schema) s.apply(schema)
    }
    cached = fixture
  }
  return cached
}

export const SCHEMA_SUPPLEMENTS = SUPPLEMENTS.map(({ operationId, where, why }) => ({
  operationId,
  where,
  why
}))

// ---------------------------------------------------------------------------------------------

/**
 * OpenAPI 3.0 to what ajv understands: `nullable` with `enum` (JSON Schema's enum must list null
 * itself) and `nullable` without `type` (ajv needs a type). Walks schema keywords only.
 */
function normalise(schema: unknown): unknown {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema
  const out: Record<string, unknown> = { ...(schema as Record<string, unknown>) }
  if (out.properties) {
    out.properties = Object.fromEntries(
      Object.entries(out.properties as Record<string, unknown>).map(([k, v]) => [k, normalise(v)])
    )
  }
  for (const k of ['items', 'not', 'additionalProperties']) {
    if (out[k] !== undefined) out[k] = normalise(out[k])
  }
  for (const k of ['oneOf', 'anyOf', 'allOf']) {
    if (Array.isArray(out[k])) out[k] = (out[k] as unknown[]).map(normalise)
  }
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) {
    out.enum = [...out.enum, null]
  }
  if (out.nullable === true && out.type === undefined) {
    delete out.nullable
    return { anyOf: [{ type: 'null' }, out] }
  }
  return out
}

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true })
ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) })
ajv.addFormat('int32', {
  type: 'number',
  validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31
})
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/)
ajv.addFormat('uri', (s: string) => URL.canParse(s))
ajv.addFormat('email', /^[^\s@]+@[^\s@]+$/)

const compiled = new WeakMap<object, ValidateFunction>()

export function validator(schema: Schema): ValidateFunction {
  let v = compiled.get(schema)
  if (!v) {
    v = ajv.compile(normalise(schema) as Schema)
    compiled.set(schema, v)
  }
  return v
}

export function formatErrors(errors: ErrorObject[] | null | undefined, max = 8): string {
  if (!errors?.length) return ''
  const lines = errors
    .slice(0, max)
    .map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}${paramsText(e)}`)
  if (errors.length > max) lines.push(`... ${errors.length - max} more`)
  return lines.join('; ')
}

function paramsText(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>
  if ('allowedValues' in p) return ` ${JSON.stringify(p.allowedValues)}`
  return ''
}

// ---------------------------------------------------------------------------------------------

export interface Match {
  operation: Operation
  params: Record<string, string>
}

/**
 * The operation a request path (below the API prefix, decoded by segment) matches. A `{path}`
 * parameter as the last segment takes the rest of the path, slashes included, as GitHub does.
 */
export function matchOperation(method: string, path: string): Match | undefined {
  const segments = path.split('/').slice(1)
  for (const operation of loadOperations().operations) {
    if (operation.method !== method) continue
    const template = operation.path.split('/').slice(1)
    const params: Record<string, string> = {}
    let ok = true
    for (let i = 0; i < template.length && ok; i++) {
      const t = template[i]!
      const seg = segments[i]
      if (seg === undefined) {
        ok = false
        break
      }
      const m = /^\{(.+)\}$/.exec(t)
      if (m && m[1] === 'path' && i === template.length - 1) {
        params.path = segments.slice(i).map(decodeURIComponent).join('/')
        if (params.path === '') ok = false
        return ok ? { operation, params } : undefined
      }
      if (m) {
        params[m[1]!] = decodeURIComponent(seg)
        if (params[m[1]!] === '') ok = false
      } else if (t !== seg) ok = false
    }
    if (ok && segments.length === template.length) return { operation, params }
  }
  return undefined
}

/** Converts a path or query string to the parameter's type, or undefined when it cannot be. */
function coerce(value: string, schema: Schema): unknown {
  switch (schema.type) {
    case 'integer':
      return /^-?\d+$/.test(value) ? Number(value) : value
    case 'number':
      return value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : value
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : value
    default:
      return value
  }
}

export interface ParameterCheck {
  /** Coerced values by name. */
  values: Record<string, unknown>
  /** Schema violations: the request is rejected. */
  errors: string[]
  /** Query parameters the operation does not define: GitHub ignores them. */
  unknown: string[]
}

export function checkParameters(
  operation: Operation,
  pathParams: Record<string, string>,
  query: URLSearchParams
): ParameterCheck {
  const values: Record<string, unknown> = {}
  const errors: string[] = []
  for (const p of operation.parameters) {
    const raw = p.in === 'path' ? pathParams[p.name] : (query.getAll(p.name).at(-1) ?? undefined)
    if (raw === undefined) {
      if (p.required) errors.push(`${p.in} parameter ${p.name} is required`)
      continue
    }
    const value = coerce(raw, p.schema)
    const v = validator(p.schema)
    if (!v(value)) errors.push(`${p.in} parameter ${p.name}=${raw}: ${formatErrors(v.errors)}`)
    values[p.name] = value
  }
  const known = new Set(operation.parameters.filter((p) => p.in === 'query').map((p) => p.name))
  const unknown = [...new Set(query.keys())].filter((k) => !known.has(k))
  return { values, errors, unknown }
}

/**
 * Paths of body properties the schema does not define. GitHub ignores them, so a misspelt
 * field (`start_lines`) would pass silently: the fake reports them.
 */
export function unknownProperties(schema: Schema, value: unknown, path = ''): string[] {
  if (value === null || typeof value !== 'object') return []
  if (Array.isArray(value)) {
    const items = schema.items as Schema | undefined
    return items ? value.flatMap((v, i) => unknownProperties(items, v, `${path}/${i}`)) : []
  }
  const props = schema.properties as Record<string, Schema> | undefined
  if (!props || schema.additionalProperties !== undefined) return []
  const out: string[] = []
  for (const [k, v] of Object.entries(value)) {
    const sub = props[k]
    if (!sub) out.push(`${path}/${k}`)
    else out.push(...unknownProperties(sub, v, `${path}/${k}`))
  }
  return out
}
