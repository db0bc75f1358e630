import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../src/engine/config.js'
import { lintBytes } from '../src/engine/lint.js'
import { runCli } from './helpers.js'

/**
 * The golden test of `examples/`: every file's exact findings, as examples/README.md describes
 * them. Positions were counted by hand in each file; the order is the gate's (line, column, ID).
 */
type Row = [id: string, severity: string, line: number, column: number, messageId: string]

const EXPECTED: Record<string, Row[]> = {
  'admin-center-it-department.exo.json': [['EXO501', 'warning', 3, 13, 'retired']],
  'admin-center-management-ip.exo.json': [],
  'microsoft-example-1-allow-remote-ps.exo.json': [['EXO501', 'warning', 3, 13, 'retired']],
  'microsoft-example-2-block-activesync.exo.json': [
    ['EXO501', 'warning', 3, 13, 'retired'],
    // the first deny rule's Name
    ['EXO401', 'warning', 6, 15, 'open'],
    // both on the entry "192.168.10.1/24"
    ['EXO305', 'notice', 12, 9, 'hostBits'],
    ['EXO306', 'warning', 12, 9, 'nonPublic']
  ],
  'microsoft-example-3-restrict-eac-access.exo.json': [
    ['EXO501', 'warning', 3, 13, 'retired'],
    ['EXO305', 'notice', 12, 9, 'hostBits'],
    ['EXO306', 'warning', 12, 9, 'nonPublic']
  ],
  // no Target: the finding is on the ClientAccessRules key
  'microsoft-example-4-always-allow-remote-powershell.exo.json': [
    ['EXO501', 'warning', 3, 3, 'retiredAssumed']
  ],
  'outlook-mobile-only.exo.json': [],
  'voicemail-rest-only.exo.json': [['EXO501', 'warning', 3, 13, 'retired']]
}

const FILES = readdirSync('examples')
  .filter((f) => f.endsWith('.exo.json'))
  .sort()

const lintText = (name: string, text: string) =>
  lintBytes(`examples/${name}`, new TextEncoder().encode(text), defaultConfig())
const read = (name: string) => readFileSync(`examples/${name}`, 'utf8')
const rows = (name: string, text = read(name)): Row[] =>
  lintText(name, text).map((f) => [f.id, f.severity, f.line, f.column, f.messageId])

/** examples/README.md's table: file name → the "expected findings" cell. */
function readmeTable(): Map<string, string> {
  const table = new Map<string, string>()
  for (const line of readFileSync('examples/README.md', 'utf8').split('\n')) {
    const m = /^\| `([^`]+)` \| (.*) \|$/.exec(line)
    if (m) table.set(m[1]!, m[2]!)
  }
  return table
}

describe('examples/', () => {
  it('holds exactly the files the golden list and the README table describe', () => {
    expect(FILES).toEqual(Object.keys(EXPECTED).sort())
    expect([...readmeTable().keys()].sort()).toEqual(FILES)
    expect(readdirSync('examples').sort()).toEqual(['README.md', ...FILES].sort())
  })

  it.each(FILES)('%s gives exactly its expected findings', (name) => {
    expect(rows(name)).toEqual(EXPECTED[name])
  })

  it.each(FILES)('%s matches the README table (IDs and severities)', (name) => {
    const cell = readmeTable().get(name) ?? ''
    const listed = [...cell.matchAll(/(EXO\d{3}) \((error|warning|notice)/g)].map(
      (m) => `${m[1]} ${m[2]}`
    )
    if (listed.length === 0) expect(cell).toMatch(/^none\b/)
    const found = (EXPECTED[name] ?? []).map(([id, severity]) => `${id} ${severity}`)
    expect(found.sort()).toEqual(listed.sort())
  })

  describe('Tests blocks', () => {
    it.each(FILES)('%s: every expectation holds (no EXO601)', (name) => {
      expect(rows(name).filter(([id]) => id === 'EXO601')).toEqual([])
    })

    it.each(FILES)('%s: has a Tests block exactly when it has client access rules', (name) => {
      const doc = JSON.parse(read(name)) as Record<string, unknown>
      expect('Tests' in doc).toBe('ClientAccessRules' in doc)
    })

    // guards against "no EXO601" because nothing was evaluated: with every Expect flipped, every
    // test of the file must fail on its decision
    it.each(FILES.filter((f) => 'Tests' in (JSON.parse(read(f)) as object)))(
      '%s: every test is really evaluated',
      (name) => {
        const text = read(name)
        const flipped = text.replace(/"Expect": "(AllowAccess|DenyAccess)"/g, (_, e: string) =>
          e === 'AllowAccess' ? '"Expect": "DenyAccess"' : '"Expect": "AllowAccess"'
        )
        const tests = (JSON.parse(text) as { Tests: unknown[] }).Tests
        const failed = lintText(name, flipped).filter((f) => f.id === 'EXO601')
        expect(failed.map((f) => f.messageId)).toEqual(tests.map(() => 'decision'))
      }
    )
  })

  describe('exo-access-gate check examples', () => {
    it('exits 0 and reports the same findings as the golden list', async () => {
      const result = await runCli(['check', 'examples', '--format', 'json'], process.cwd())
      expect(result.stderr).toBe('')
      expect(result.code).toBe(0)
      const doc = JSON.parse(result.stdout) as {
        files: {
          file: string
          findings: { id: string; severity: string; line: number; column: number }[]
        }[]
      }
      const got = Object.fromEntries(
        doc.files.map((f) => [
          f.file,
          f.findings.map((x) => [x.id, x.severity, x.line, x.column] as const)
        ])
      )
      const want = Object.fromEntries(
        FILES.map((name) => [
          `examples/${name}`,
          EXPECTED[name]!.map(([id, severity, line, column]) => [id, severity, line, column])
        ])
      )
      expect(got).toEqual(want)
    })

    const PASS_ON_WARNING = ['admin-center-management-ip.exo.json', 'outlook-mobile-only.exo.json']
    it.each(FILES.map((f): [string, number] => [f, PASS_ON_WARNING.includes(f) ? 0 : 1]))(
      'with --fail-on warning, %s exits %i (README)',
      async (name, code) => {
        const result = await runCli(
          ['check', `examples/${name}`, '--fail-on', 'warning', '--format', 'json'],
          process.cwd()
        )
        expect(result.code).toBe(code)
      }
    )
  })
})
