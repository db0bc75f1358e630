// docs/security.md maps every row of the hostile-input checklist (§7.1–§7.4) to its tests: each row
// must be in the page, and the test file of its group must hold a test whose name starts with it.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const ROWS = [
  ...Array.from({ length: 10 }, (_, i) => `R${i + 1}`),
  ...Array.from({ length: 18 }, (_, i) => `J${i + 1}`),
  ...Array.from({ length: 20 }, (_, i) => `D${i + 1}`),
  ...Array.from({ length: 14 }, (_, i) => `O${i + 1}`)
]
const FILES: Record<string, string> = {
  R: '__tests__/security/reading.test.ts',
  J: '__tests__/security/json.test.ts',
  D: '__tests__/security/domain.test.ts',
  O: '__tests__/security/output.test.ts'
}
const page = readFileSync('docs/security.md', 'utf8')

describe('docs/security.md maps every checklist row to a test', () => {
  it.each(ROWS)('%s', (row) => {
    const line = page.split('\n').find((l) => l.startsWith(`| ${row} |`))
    expect(line, `docs/security.md has no row for ${row}`).toBeDefined()
    const file = FILES[row[0]!]!
    const source = readFileSync(file, 'utf8')
    // a test named "<row>: …" (single or double quoted, or a template string; it.each too)
    expect(source).toMatch(new RegExp(`\\bit(?:\\.each\\([\\s\\S]*?\\))?\\(\\s*['"\`]${row}:`))
  })
})
