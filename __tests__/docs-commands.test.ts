import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { blocks, commandArgs } from './docs-pages.js'
import { runCli } from './helpers.js'

/**
 * Every worked example in docs/commands/ is real: each ```text block that starts with
 * `$ exo-access-gate …` is run from the project root and must print exactly what the page shows.
 */
const pages = existsSync('docs/commands')
  ? readdirSync('docs/commands').filter((f) => f.endsWith('.md'))
  : []
const examples = pages.flatMap((page) =>
  blocks(readFileSync(`docs/commands/${page}`, 'utf8'))
    .filter((b) => b.lang === 'text' && b.text.startsWith('$ exo-access-gate '))
    .map((b) => [page, b.text] as const)
)

describe('command pages', () => {
  it('every command page is linked from the README', () => {
    const readme = readFileSync('README.md', 'utf8')
    for (const page of pages) expect(readme).toContain(`docs/commands/${page}`)
  })

  it.each(examples)('%s: the worked example prints what the page shows', async (_page, text) => {
    const [command, ...expected] = text.split('\n')
    const result = await runCli(commandArgs(command!), process.cwd())
    expect(result.stdout).toBe(expected.join('\n'))
  })
})
