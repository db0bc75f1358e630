// Regenerates the prebuilt schema validators (src/engine/generated/, scripts/build-validators.mjs),
// builds the two committed bundles with ncc: dist/index.js (the action) and dist/cli/index.js
// (the CLI), then regenerates the docs index and the README's check table.
import ncc from '@vercel/ncc'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { writeValidators } from './build-validators.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

async function bundle(entry, outDir) {
  const { code, assets } = await ncc(join(root, entry), {
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2022'
  })
  rmSync(join(root, outDir), { recursive: true, force: true })
  mkdirSync(join(root, outDir), { recursive: true })
  writeFileSync(join(root, outDir, 'index.js'), code)
  for (const [name, asset] of Object.entries(assets ?? {})) {
    const path = join(root, outDir, name)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, asset.source)
  }
}

const only = process.argv[2]
// first: both bundles and the docs generator import the validators
writeValidators()
if (!only || only === 'dist') {
  await bundle('src/index.ts', 'dist/action.tmp')
  await bundle('src/cli/index.ts', 'dist/cli')
  // the action bundle sits at dist/index.js, with the chunk ncc makes of what it loads on demand
  // (src/action/api.ts: <id>.index.js); the CLI in dist/cli/
  const { renameSync, readdirSync } = await import('node:fs')
  for (const f of readdirSync(join(root, 'dist')))
    if (/^\d+\.index\.js$/.test(f)) rmSync(join(root, 'dist', f)) // a previous build's chunks
  for (const f of readdirSync(join(root, 'dist/action.tmp')))
    renameSync(join(root, 'dist/action.tmp', f), join(root, 'dist', f))
  rmSync(join(root, 'dist/action.tmp'), { recursive: true, force: true })
}
if (!only || only === 'docs') {
  await bundle('scripts/generate-docs.ts', '.tmp/generate-docs')
  await import(pathToFileURL(join(root, '.tmp/generate-docs/index.js')).href)
  rmSync(join(root, '.tmp'), { recursive: true, force: true })
}
