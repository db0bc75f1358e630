import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { blocks, commandArgs, runExample, type Block } from './docs-pages.js'
import { runCli } from './helpers.js'

/**
 * Every worked example in docs/commands/ is real: each ```text block that starts with
 * `$ exo-access-gate …` is run and must print exactly what the page shows. A page whose ```json
 * blocks name their files (`file=base.exo.json`) runs in a fresh folder holding those files; the
 * others run from the project root.
 */
const pages = existsSync('docs/commands')
  ? readdirSync('docs/commands').filter((f) => f.endsWith('.md'))
  : []
const examples = pages.flatMap((page) => {
  const all = blocks(readFileSync(`docs/commands/${page}`, 'utf8'))
  const files: Block[] = all.filter((b) => b.lang === 'json' && b.file !== 'example.exo.json')
  return all
    .filter((b) => b.lang === 'text' && b.text.startsWith('$ exo-access-gate '))
    .map((b) => [page, b.text, files] as const)
})

describe('command pages', () => {
  it('every command page is linked from the README', () => {
    const readme = readFileSync('README.md', 'utf8')
    for (const page of pages) expect(readme).toContain(`docs/commands/${page}`)
  })

  it.each(examples)(
    '%s: the worked example prints what the page shows',
    async (_page, text, files) => {
      const [command, ...expected] = text.split('\n')
      const args = commandArgs(command!)
      const result = files.length
        ? await runExample(files, args)
        : await runCli(args, process.cwd())
      expect(result.stdout).toBe(expected.join('\n'))
    }
  )
})
