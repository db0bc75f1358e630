import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CHECKS } from '../src/checks/index.js'
import { docsIndex, readmeWithTable } from '../src/docs/catalog.js'
import { CATALOG } from './catalog.js'
import { blocks, commandArgs, runExample, sections } from './docs-pages.js'

const checkFiles = readdirSync('src/checks')
const testFiles = existsSync('__tests__/checks') ? readdirSync('__tests__/checks') : []

describe('check registry', () => {
  it('has unique IDs of the form EXONNN, in ID order', () => {
    const ids = CHECKS.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^EXO\d{3}$/)
    expect([...ids].sort()).toEqual(ids)
  })

  it.each(CHECKS.map((c) => [c.id, c] as const))('%s matches the catalog', (id, check) => {
    const entry = CATALOG.find((e) => e.id === id)
    expect(entry, `${id} is not in the catalog`).toBeDefined()
    expect(check.slug).toBe(entry!.slug)
    expect(check.severity).toBe(entry!.severities[0])
    if (entry!.severities.length > 1) expect(check.severities).toEqual(entry!.severities)
    else expect(check.severities).toBeUndefined()
  })

  it.each(CHECKS.map((c) => [c.id, c] as const))(
    '%s has its source file, test file and docs page',
    (id, check) => {
      const n = id.slice(3)
      expect(checkFiles).toContain(`exo${n}-${check.slug}.ts`)
      expect(testFiles.some((f) => f.startsWith(`exo${n}`) && f.endsWith('.test.ts'))).toBe(true)
      expect(existsSync(`docs/checks/${id}.md`)).toBe(true)
    }
  )

  it.each(CHECKS.map((c) => [c.id, c] as const))(
    '%s message templates follow the house style',
    (_id, check) => {
      expect(check.title).not.toMatch(/\.$/)
      for (const [key, template] of Object.entries(check.messages)) {
        expect(template, key).toMatch(/^[A-Z"]/)
        expect(template, key).toMatch(/[.]$|\{\{\w+\}\}$/)
        expect(template, key).not.toContain('\n')
      }
    }
  )

  it('the generated docs index and README table are up to date (run npm run build)', () => {
    expect(readFileSync('docs/checks/index.md', 'utf8')).toBe(docsIndex())
    const readme = readFileSync('README.md', 'utf8')
    expect(readme).toBe(readmeWithTable(readme))
  })
})

describe.each(CHECKS.map((c) => [c.id, c] as const))('docs page of %s', (id, check) => {
  const page = existsSync(`docs/checks/${id}.md`)
    ? readFileSync(`docs/checks/${id}.md`, 'utf8')
    : ''
  const parts = sections(page)

  it('has the required sections', () => {
    expect(page.split('\n')[0]).toBe(`# ${id} ${check.slug}`)
    for (const s of ['Why', 'Failing example', 'Output', 'Passing example', 'When to suppress']) {
      expect(parts.has(s), s).toBe(true)
    }
    expect(parts.get('Why')).toMatch(/https:\/\//)
  })

  it('its failing example gives exactly the output shown', async () => {
    const [output] = blocks(parts.get('Output') ?? '')
    expect(output).toBeDefined()
    const [command, ...expected] = output!.text.split('\n')
    const result = await runExample(
      blocks(parts.get('Failing example') ?? ''),
      commandArgs(command!)
    )
    expect(result.stdout).toBe(expected.join('\n'))
    expect(result.stdout).toContain(id)
  })

  it('its passing example gives no finding of this check', async () => {
    const files = blocks(parts.get('Passing example') ?? '')
    expect(files.length).toBeGreaterThan(0)
    const names = files.filter((f) => f.file.endsWith('.exo.json')).map((f) => f.file)
    const result = await runExample(files, ['check', ...names, '--format', 'json'])
    const doc = JSON.parse(result.stdout) as { files: { findings: { id: string }[] }[] }
    expect(doc.files.flatMap((f) => f.findings.map((x) => x.id))).not.toContain(id)
  })
})
