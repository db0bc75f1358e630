import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHECKS } from '../../src/checks/index.js'
import { CHECK_HELP, FORMATS, INFORMATION_URI } from '../../src/cli/check.js'
import { DOCS_BASE } from '../../src/engine/findings.js'
import { JOB_SUMMARY_MAX_BYTES, utf8Length } from '../../src/reporters/markdown.js'
import { FINGERPRINT_KEY, SRCROOT } from '../../src/reporters/sarif.js'
import pkg from '../../package.json' with { type: 'json' }
import { runCli } from '../helpers.js'
import type { SarifLog } from '../reporters/support.js'

/** `check` run from the project root, on the examples/ folder unless told otherwise. */
const check = (...args: string[]) => runCli(['check', ...args], process.cwd())

const EAC = 'examples/microsoft-example-3-restrict-eac-access.exo.json'

/** What `check examples` finds (the stylish report's own count, asserted below). */
const EXAMPLE_FINDINGS = 11

const RETIRED =
  'Client access rules were retired in target "ExchangeOnline" on 2025-09-01 and cannot be applied there; move to Conditional Access with Continuous Access Evaluation (device access rules are still supported).'
const PRIVATE =
  'IP entry "192.168.10.1/24" lies in the private range "192.168.0.0/16"; Exchange Online only sees public client addresses, so it never matches.'
const HOST_BITS =
  'CIDR block "192.168.10.1/24" has host bits set; it means "192.168.10.0/24", and writing that avoids doubt.'

describe('check --format', () => {
  it('offers exactly the five formats, each described in the help', async () => {
    expect(FORMATS).toEqual(['stylish', 'json', 'sarif', 'markdown', 'github'])
    const r = await check('--help')
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(CHECK_HELP)
    expect(r.stdout).toContain(
      '  --format <name>    stylish | json | sarif | markdown | github (default: stylish)\n'
    )
    for (const f of FORMATS) expect(r.stdout).toMatch(new RegExp(`^ {23}${f} +\\S`, 'm'))
  })

  it('refuses an unknown format with the list of known ones (exit 2)', async () => {
    const r = await check('examples', '--format', 'junit')
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'exo-access-gate: Unknown format "junit"; use one of: stylish, json, sarif, markdown, github.\n' +
        'Run "exo-access-gate check --help" for the options.\n'
    })
  })

  it('stylish (the default) counts the findings of examples/', async () => {
    const r = await check('examples')
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    expect(
      r.stdout.endsWith(
        `✖ ${EXAMPLE_FINDINGS} problems (0 errors, 9 warnings, 2 notices) in 8 files checked.\n`
      )
    ).toBe(true)
    expect((await check('examples', '--format', 'stylish')).stdout).toBe(r.stdout)
  })

  it('json gives the same findings as data, with the verdict', async () => {
    const r = await check('examples', '--format', 'json')
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.stdout) as {
      files: { findings: unknown[] }[]
      summary: Record<string, unknown>
    }
    expect(doc.files.flatMap((f) => f.findings)).toHaveLength(EXAMPLE_FINDINGS)
    expect(doc.summary).toEqual({
      files: 8,
      errors: 0,
      warnings: 9,
      notices: 2,
      suppressed: 0,
      result: 'pass'
    })
  })

  describe('sarif', () => {
    let log: SarifLog
    let code = -1

    beforeAll(async () => {
      const r = await check('examples', '--format', 'sarif')
      code = r.code
      expect(r.stderr).toBe('')
      log = JSON.parse(r.stdout) as SarifLog
    })

    it('is one SARIF 2.1.0 run of this version, with every check as a rule', () => {
      expect(code).toBe(0)
      expect(log.version).toBe('2.1.0')
      expect(log.runs).toHaveLength(1)
      const { rules, ...driver } = log.runs[0]!.tool.driver
      expect(driver).toEqual({
        name: 'exo-access-gate',
        version: pkg.version,
        semanticVersion: pkg.version,
        informationUri: INFORMATION_URI
      })
      expect(INFORMATION_URI).toBe('https://github.com/exo-access-gate/exo-access-gate')
      expect(rules.map((r) => r.id)).toEqual(CHECKS.map((c) => c.id))
      expect(log.runs[0]!.columnKind).toBe('utf16CodeUnits')
    })

    it('has one result per finding, at the finding’s place, with the docs links of DOCS_BASE', () => {
      /** A SARIF physical location in EAC, on one line, columns end-exclusive. */
      const inEac = (line: number, startColumn: number, endColumn: number) => ({
        artifactLocation: { uri: EAC, uriBaseId: SRCROOT },
        region: { startLine: line, startColumn, endLine: line, endColumn }
      })
      const results = log.runs[0]!.results
      expect(results).toHaveLength(EXAMPLE_FINDINGS)
      expect(results.map((r) => r.ruleId).sort()).toEqual([
        'EXO305',
        'EXO305',
        'EXO306',
        'EXO306',
        'EXO401',
        'EXO501',
        'EXO501',
        'EXO501',
        'EXO501',
        'EXO501',
        'EXO501'
      ])
      const eac = results.filter(
        (r) => r.locations[0]!.physicalLocation.artifactLocation.uri === EAC
      )
      expect(
        eac.map((r) => ({
          ruleId: r.ruleId,
          level: r.level,
          text: r.message.text,
          location: r.locations[0]!.physicalLocation
        }))
      ).toEqual([
        { ruleId: 'EXO501', level: 'warning', text: RETIRED, location: inEac(3, 13, 29) },
        { ruleId: 'EXO305', level: 'note', text: HOST_BITS, location: inEac(12, 9, 26) },
        { ruleId: 'EXO306', level: 'warning', text: PRIVATE, location: inEac(12, 9, 26) }
      ])
      const prints = results.map((r) => r.partialFingerprints[FINGERPRINT_KEY])
      expect(new Set(prints).size).toBe(EXAMPLE_FINDINGS)
      for (const r of results) {
        expect(log.runs[0]!.tool.driver.rules[r.ruleIndex]!.helpUri).toBe(
          `${DOCS_BASE}${r.ruleId}.md`
        )
      }
    })

    it('goes to --output when asked, and fails (exit 1) at --fail-on', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'exo-formats-'))
      try {
        const out = join(dir, 'gate.sarif')
        const r = await check(
          'examples',
          '--format',
          'sarif',
          '--output',
          out,
          '--fail-on',
          'warning'
        )
        expect(r).toEqual({ code: 1, stdout: '', stderr: '' })
        expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(log)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })
  })

  describe('markdown', () => {
    it('has the verdict line, the counts and a table per file', async () => {
      const r = await check(EAC, '--format', 'markdown')
      expect(r.code).toBe(0)
      const lines = r.stdout.split('\n')
      expect(lines.slice(0, 6)).toEqual([
        '## exo-access-gate',
        '',
        '✅ **Passed**: no findings at or above the fail-on threshold, `error`.',
        '',
        '0 errors, 2 warnings and 1 notice in 1 file checked.',
        ''
      ])
      expect(lines.slice(6, 13)).toEqual([
        `### \`${EAC}\``,
        '',
        '| Severity | Line | Check | Message |',
        '| --- | --- | --- | --- |',
        // the date's hyphens carry a word joiner (U+2060) so GitHub cannot autolink it
        `| ⚠️ warning | 3:13 | [EXO501](${DOCS_BASE}EXO501.md) | ${RETIRED.replace(/2025-09-01/, '2025-\u206009-\u206001').replace(/[()]/g, '\\$&')} |`,
        `| ℹ️ notice | 12:9 | [EXO305](${DOCS_BASE}EXO305.md) | ${HOST_BITS} |`,
        `| ⚠️ warning | 12:9 | [EXO306](${DOCS_BASE}EXO306.md) | ${PRIVATE} |`
      ])
    })

    it('takes the verdict and the threshold from the run (exit 1 when it fails)', async () => {
      const r = await check(EAC, '--format', 'markdown', '--fail-on', 'warning')
      expect(r.code).toBe(1)
      expect(r.stdout.split('\n')[2]).toBe(
        '❌ **Failed**: 2 findings at or above the fail-on threshold, `warning`.'
      )
      const never = await check(EAC, '--format', 'markdown', '--fail-on', 'never')
      expect(never.code).toBe(0)
      expect(never.stdout.split('\n')[2]).toBe(
        '✅ **Passed**: the fail-on threshold is `never`, so no finding fails this check.'
      )
    })
  })

  describe('github', () => {
    it('prints one workflow command per finding, warnings before notices', async () => {
      const r = await check(EAC, '--format', 'github')
      expect(r).toEqual({
        code: 0,
        stderr: '',
        stdout:
          `::warning file=${EAC},line=3,endLine=3,col=13,endColumn=29,title=EXO501 exchange-online-retired::${RETIRED}\n` +
          `::warning file=${EAC},line=12,endLine=12,col=9,endColumn=26,title=EXO306 ip-never-seen::${PRIVATE}\n` +
          `::notice file=${EAC},line=12,endLine=12,col=9,endColumn=26,title=EXO305 ip-host-bits::${HOST_BITS}\n`
      })
    })

    it('covers examples/: 9 warnings and 2 notices, every one of them', async () => {
      const r = await check('examples', '--format', 'github')
      expect(r.code).toBe(0)
      const lines = r.stdout.split('\n').filter(Boolean)
      expect(lines).toHaveLength(EXAMPLE_FINDINGS)
      expect(lines.filter((l) => l.startsWith('::warning file=examples/'))).toHaveLength(9)
      expect(lines.filter((l) => l.startsWith('::notice file=examples/'))).toHaveLength(2)
    })
  })
})

describe('check --format, on a run too big for one channel', () => {
  // Two files of 1,000 rules, each rule with an error, a warning and a notice: 6,000 findings.
  const dir = mkdtempSync(join(tmpdir(), 'exo-formats-big-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  beforeAll(() => {
    for (const f of ['a', 'b']) {
      const rules = Array.from({ length: 1000 }, (_, i) => ({
        Name: `Rule ${i}`,
        Action: 'DenyAccess',
        AnyOfProtocols: ['IMAP4'],
        AnyOfClientIPAddressesOrRanges: [`198.51.100.${(i % 250) + 1}/24`],
        Priority: i + 1
      }))
      writeFileSync(
        join(dir, `${f}.exo.json`),
        JSON.stringify({ Target: 'ExchangeServer', ClientAccessRules: rules }, null, 2)
      )
    }
  })
  const big = (...args: string[]) => runCli(['check', ...args], dir)

  it('markdown stays within the 1 MiB job summary and says what it leaves out', async () => {
    const json = JSON.parse((await big('--format', 'json')).stdout) as {
      summary: Record<string, number>
    }
    expect(json.summary).toMatchObject({ errors: 2000, warnings: 2000, notices: 2000 })
    const r = await big('--format', 'markdown')
    expect(r.code).toBe(1)
    expect(utf8Length(r.stdout)).toBeLessThanOrEqual(JOB_SUMMARY_MAX_BYTES)
    expect(utf8Length(r.stdout)).toBeGreaterThan(JOB_SUMMARY_MAX_BYTES - 4096)
    expect(r.stdout.split('\n')[2]).toBe(
      '❌ **Failed**: 2,000 findings at or above the fail-on threshold, `error`.'
    )
    const shown = r.stdout.split('\n').filter((l) => /^\| (❌|⚠️|ℹ️) /.test(l)).length
    expect(r.stdout).toContain(
      `**${(6000 - shown).toLocaleString('en-US')} more findings are not shown here**: this summary is cut to fit GitHub's size limit. Every finding is in the output of \`exo-access-gate check --format json\`.`
    )
  })

  it('sarif keeps every finding; github annotates 10 of each type and says where the rest are', async () => {
    const sarif = JSON.parse((await big('--format', 'sarif')).stdout) as SarifLog
    expect(sarif.runs[0]!.results).toHaveLength(6000)
    const r = await big('--format', 'github')
    expect(r.code).toBe(1)
    const lines = r.stdout.split('\n').filter(Boolean)
    expect(lines.map((l) => l.slice(0, l.indexOf(' ')))).toEqual([
      ...Array<string>(10).fill('::error'),
      ...Array<string>(10).fill('::warning'),
      ...Array<string>(10).fill('::notice')
    ])
    expect(lines.at(-1)).toBe(
      '::notice title=exo-access-gate::5,971 more findings (1,990 errors, 1,990 warnings, 1,991 notices) are in the output of exo-access-gate check; GitHub shows at most 10 annotations of each type per step.'
    )
  })
})
