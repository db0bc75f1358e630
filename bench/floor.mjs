// The floor: the least a schema validator must do for the same files. It only reads each
// *.exo.json below the given paths, JSON.parses it and validates it with ajv against
// schemas/ruleset.schema.json (the published schema, its list cap raised by --max-items as the
// bench's config file raises the gate's). Prints the files, the bytes and how many are invalid.
//
//   node bench/floor.mjs [--max-items N] <file or directory>…
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { Ajv } from 'ajv'

const schemaUrl = new URL('../schemas/ruleset.schema.json', import.meta.url)
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'max-items': { type: 'string' } }
})

let schema = JSON.parse(readFileSync(schemaUrl, 'utf8'))
if (values['max-items']) {
  const cap = Number(values['max-items'])
  const raise = (node) => {
    if (Array.isArray(node)) return node.map(raise)
    if (node === null || typeof node !== 'object') return node
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => [k, k === 'maxItems' && v === 1000 ? cap : raise(v)])
    )
  }
  schema = raise(schema)
}
// The gate's own ajv options, less what only shapes error messages.
const validate = new Ajv({ strict: true, strictRequired: false, allErrors: true }).compile(schema)

const files = []
for (const path of positionals.length ? positionals : ['.']) {
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.exo.json'))
        files.push(join(entry.parentPath ?? entry.path, entry.name))
    }
  } else files.push(path)
}

let bytes = 0
let invalid = 0
for (const file of files) {
  const text = readFileSync(file, 'utf8')
  bytes += text.length
  let ok
  try {
    ok = validate(JSON.parse(text))
  } catch {
    ok = false
  }
  if (!ok) invalid++
}
process.stdout.write(`${files.length} files, ${bytes} bytes, ${invalid} invalid\n`)
