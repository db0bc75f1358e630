#!/usr/bin/env node
// Extracts the REST operations the action uses from GitHub's OpenAPI description into a small,
// committed fixture (__tests__/fixtures/github/openapi-operations.json) that the e2e fake server
// validates every request and response against.
//
// The description is the npm package @octokit/openapi (GitHub's official description with Octokit's
// extensions): a 28 MB tarball that unpacks to ~385 MB, far too big for the project's `npm ci`. This
// script fetches that exact version with `npm pack` into a temporary directory, takes the
// dereferenced api.github.com description out of it, and keeps only the operations listed below with
// the schema keywords a validator needs (no descriptions, no examples).
//
// Each operation: operationId, method, path (template), documentationUrl (what GitHub puts in
// error bodies), parameters (path and query, with schemas), requestBody ({ required, schema } or
// null) and responses (status -> JSON schema, or null when the status has no JSON body).
//
// Usage: node scripts/extract-github-openapi.mjs
// To add an operation: append [METHOD, path template] to OPERATIONS and run the script again.

import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const PACKAGE = '@octokit/openapi'
const VERSION = '23.0.2'
const FILE_IN_PACKAGE = 'generated/api.github.com.deref.json'

/** [method, path template] exactly as they appear in the description. */
export const OPERATIONS = [
  ['GET', '/user'],
  ['GET', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files'],
  ['GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['DELETE', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['GET', '/repos/{owner}/{repo}/pulls/{pull_number}/comments'],
  ['POST', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews'],
  ['GET', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews'],
  ['GET', '/repos/{owner}/{repo}/contents/{path}']
]

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const OUT = join(ROOT, '__tests__', 'fixtures', 'github', 'openapi-operations.json')

// Schema keywords kept; everything else (description, example(s), title, x-*, deprecated,
// readOnly, externalDocs, discriminator...) is dropped. `properties` is a map of names, not a
// schema, so it is walked by name: a property called "description" is kept.
const KEEP = new Set([
  'type',
  'format',
  'nullable',
  'enum',
  'const',
  'default',
  'required',
  'items',
  'properties',
  'additionalProperties',
  'oneOf',
  'anyOf',
  'allOf',
  'not',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties'
])

function slimSchema(schema) {
  if (schema === true || schema === false) return schema
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
    throw new Error(`not a schema: ${JSON.stringify(schema)?.slice(0, 200)}`)
  }
  if ('$ref' in schema) throw new Error(`unresolved $ref ${schema.$ref}`)
  const out = {}
  for (const [key, value] of Object.entries(schema)) {
    if (!KEEP.has(key)) continue
    if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, slimSchema(sub)])
      )
    } else if (key === 'items' || key === 'not') {
      out[key] = slimSchema(value)
    } else if (key === 'additionalProperties') {
      out[key] = typeof value === 'boolean' ? value : slimSchema(value)
    } else if (key === 'oneOf' || key === 'anyOf' || key === 'allOf') {
      out[key] = value.map(slimSchema)
    } else {
      out[key] = value
    }
  }
  return out
}

function jsonSchemaOf(content) {
  if (!content) return null
  // Prefer plain JSON; some operations list vendor JSON media types first.
  const type =
    'application/json' in content
      ? 'application/json'
      : Object.keys(content).find((t) => /json/.test(t))
  if (!type || !content[type].schema) return null
  return slimSchema(content[type].schema)
}

function extractOperation(description, method, path) {
  const item = description.paths[path]
  const op = item?.[method.toLowerCase()]
  if (!op) throw new Error(`${method} ${path} is not in the description`)
  const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])]
    .filter((p) => p.in === 'path' || p.in === 'query')
    .map((p) => ({
      name: p.name,
      in: p.in,
      required: p.required === true,
      schema: slimSchema(p.schema ?? {})
    }))
  const requestBody = op.requestBody
    ? {
        required: op.requestBody.required === true,
        schema: jsonSchemaOf(op.requestBody.content)
      }
    : null
  const responses = {}
  for (const [status, response] of Object.entries(op.responses)) {
    responses[status] = jsonSchemaOf(response.content)
  }
  return {
    operationId: op.operationId,
    method,
    path,
    documentationUrl: op.externalDocs?.url ?? null,
    parameters,
    requestBody,
    responses
  }
}

function fetchDescription(dir) {
  const spec = `${PACKAGE}@${VERSION}`
  console.error(`npm pack ${spec} (about 28 MB)...`)
  execFileSync('npm', ['pack', spec, '--pack-destination', dir, '--silent'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit']
  })
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))
  if (!tarball) throw new Error('npm pack produced no tarball')
  // Only the one member: the whole package unpacks to ~385 MB.
  execFileSync('tar', ['-xzf', tarball, `package/${FILE_IN_PACKAGE}`], { cwd: dir })
  return JSON.parse(readFileSync(join(dir, 'package', FILE_IN_PACKAGE), 'utf8'))
}

function main() {
  const dir = mkdtempSync(join(tmpdir(), 'octokit-openapi-'))
  try {
    const description = fetchDescription(dir)
    const operations = OPERATIONS.map(([method, path]) =>
      extractOperation(description, method, path)
    )
    const fixture = {
      source: `${PACKAGE}@${VERSION} ${FILE_IN_PACKAGE}`,
      openapi: description.openapi,
      operations
    }
    // One operation per line: small, and a regenerated fixture still diffs per operation.
    const text =
      '{\n' +
      `"source": ${JSON.stringify(fixture.source)},\n` +
      `"openapi": ${JSON.stringify(fixture.openapi)},\n` +
      '"operations": [\n' +
      operations.map((op) => JSON.stringify(op)).join(',\n') +
      '\n]\n}\n'
    JSON.parse(text)
    mkdirSync(dirname(OUT), { recursive: true })
    writeFileSync(OUT, text)
    console.error(`wrote ${OUT}: ${operations.length} operations, ${text.length} bytes`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main()
