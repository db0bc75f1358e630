// Regenerates the worked example of docs/effect-of-a-change.md (the outputs of its commands) and
// its picture, docs/images/effect-section.png, from the code: scripts/render-effect-example.ts,
// bundled with ncc as scripts/build.mjs bundles the docs generator. Needs Chromium for the
// picture (Debian: apt-get install chromium; CHROMIUM=/path overrides). `--check` only compares
// the page's outputs with what the commands print now, and exits 1 when they differ.
import ncc from '@vercel/ncc'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = mkdtempSync(join(tmpdir(), 'render-effect-example-'))
try {
  const { code } = await ncc(join(root, 'scripts/render-effect-example.ts'), {
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2022'
  })
  writeFileSync(join(out, 'index.mjs'), code)
  process.chdir(root)
  const { render } = await import(pathToFileURL(join(out, 'index.mjs')).href)
  process.exitCode = await render(process.argv.slice(2))
} finally {
  rmSync(out, { recursive: true, force: true })
}
