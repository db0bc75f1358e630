import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from './helpers.js'

let dir: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'exo-cli-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const cli = (...args: string[]) => runCli(args, dir)

const write = (name: string, text: string | Uint8Array) => {
  mkdirSync(join(dir, name, '..'), { recursive: true })
  writeFileSync(join(dir, name), text)
}

const GOOD = JSON.stringify(
  {
    ActiveSyncDeviceAccessRules: [
      { Characteristic: 'DeviceType', QueryString: 'Outlook', AccessLevel: 'Block' }
    ]
  },
  null,
  2
)
const BAD =
  '{\n  "Target": "ExchangeServer",\n  "ClientAccessRules": [\n    { "Name": "Admins", "Acton": "AllowAccess" }\n  ]\n}\n'
const WARN =
  '{\n  "ClientAccessRules": [\n    { "Name": "A", "Action": "AllowAccess", "Priority": 1.0 }\n  ],\n  "Target": "ExchangeServer"\n}\n'

describe('exo-access-gate check', () => {
  it('passes a clean tree with exit 0', async () => {
    write('rules/a.exo.json', GOOD)
    const r = await cli('check')
    expect(r).toEqual({ code: 0, stdout: '✔ 1 file checked, no problems.\n', stderr: '' })
  })

  it('prints stylish findings and exits 1 on an error', async () => {
    write('rules/bad.exo.json', BAD)
    write('rules/good.exo.json', GOOD)
    const r = await cli('check', 'rules')
    expect(r.code).toBe(1)
    expect(r.stdout).toBe(
      'rules/bad.exo.json\n' +
        '  4:25  error  Unknown property "Acton" in client access rule "Admins"; the closest valid one is "Action".  EXO003\n' +
        '\n' +
        '✖ 1 problem (1 error, 0 warnings, 0 notices) in 2 files checked.\n'
    )
  })

  it('prints JSON exactly as the Finding contract says', async () => {
    write('bad.exo.json', BAD)
    const r = await cli('check', 'bad.exo.json', '--format', 'json')
    expect(r.code).toBe(1)
    const doc = JSON.parse(r.stdout)
    expect(doc.summary).toEqual({
      files: 1,
      errors: 1,
      warnings: 0,
      notices: 0,
      suppressed: 0,
      result: 'fail'
    })
    expect(doc.files[0].findings).toEqual([
      {
        id: 'EXO003',
        slug: 'schema',
        severity: 'error',
        message:
          'Unknown property "Acton" in client access rule "Admins"; the closest valid one is "Action".',
        file: 'bad.exo.json',
        pointer: '/ClientAccessRules/0/Acton',
        line: 4,
        column: 25,
        endLine: 4,
        endColumn: 32,
        docsUrl: expect.stringMatching(/\/docs\/checks\/EXO003\.md$/),
        suppressed: false
      }
    ])
  })

  it('fails on warnings only with --fail-on warning', async () => {
    write('w.exo.json', WARN)
    expect((await cli('check', 'w.exo.json')).code).toBe(0)
    expect((await cli('check', 'w.exo.json', '--fail-on', 'warning')).code).toBe(1)
    expect((await cli('check', 'w.exo.json', '--fail-on', 'never')).code).toBe(0)
  })

  it('takes failOn and severity from the config file, and --fail-on overrides it', async () => {
    write('w.exo.json', WARN)
    write('.exo-access-gate.json', JSON.stringify({ failOn: 'warning' }))
    expect((await cli('check', 'w.exo.json')).code).toBe(1)
    expect((await cli('check', 'w.exo.json', '--fail-on', 'error')).code).toBe(0)
    write(
      '.exo-access-gate.json',
      JSON.stringify({ failOn: 'warning', severity: { EXO006: 'off' } })
    )
    const r = await cli('check', 'w.exo.json')
    expect(r).toMatchObject({ code: 0, stdout: '✔ 1 file checked, no problems.\n' })
  })

  it('writes the report to --output', async () => {
    write('bad.exo.json', BAD)
    const r = await cli('check', 'bad.exo.json', '--output', 'report.json', '--format', 'json')
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).summary.errors).toBe(1)
  })

  it('exits 2 with every finding still reported when the config file is invalid', async () => {
    write('w.exo.json', WARN)
    write('.exo-access-gate.json', '{ "failOn": "warnings" }')
    const r = await cli('check', 'w.exo.json')
    expect(r.code).toBe(2)
    expect(r.stdout).toContain(
      '.exo-access-gate.json\n  1:13  error  The config file is not valid: Value "warnings" of "failOn" is not valid; the closest valid value is "warning".  EXO902'
    )
    expect(r.stdout).toContain('EXO006')
    expect(r.stderr).toContain('EXO902')
  })

  it.each([
    [
      ['check', '--format', 'xml'],
      'Unknown format "xml"; use one of: stylish, json, sarif, markdown, github.'
    ],
    [
      ['check', '--fail-on', 'high'],
      'Unknown --fail-on level "high"; use one of: error, warning, notice, never.'
    ],
    [['check', '--bogus'], "Unknown option '--bogus'"],
    [['check', 'missing.exo.json'], 'No such file or directory: "missing.exo.json".'],
    [['check', 'nothing/**/*.exo.json'], 'No rule-set file matched "nothing/**/*.exo.json".'],
    [['check', '--config', 'nope.json'], 'Config file not found: "nope.json".'],
    [['frobnicate'], 'Unknown command "frobnicate"'],
    [['explain', 'EXO999'], 'Unknown check ID "EXO999"']
  ])('%j is a usage error (exit 2)', async (args, message) => {
    write('a.exo.json', GOOD)
    const r = await cli(...args)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(message)
    expect(r.stderr).not.toMatch(/\n\s+at /) // no stack trace
  })

  it('refuses more files than limits.maxFiles before reading any', async () => {
    write('.exo-access-gate.json', JSON.stringify({ limits: { maxFiles: 2 } }))
    for (const n of [1, 2, 3]) write(`r${n}.exo.json`, GOOD)
    const r = await cli('check')
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(
      '3 files match, over the cap of 2 (limits.maxFiles); nothing was checked.'
    )
  })

  it('reports a symlink as not a regular file without reading it', async () => {
    write('secret.txt', 'TOKEN=abc123')
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'link.exo.json'))
    const r = await cli('check')
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      'link.exo.json\n  1:1  error  The path is a symbolic link, not a regular file; it was not read.  EXO001'
    )
    expect(r.stdout).not.toContain('abc123')
  })

  it('prints help and the version', async () => {
    expect((await cli('--help')).stdout).toContain('Usage: exo-access-gate <command>')
    expect((await cli('check', '--help')).stdout).toContain('--fail-on <level>')
    expect((await cli('--version')).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })

  it('explain prints a check page and lists every check', async () => {
    const page = await cli('explain', 'exo002')
    expect(page.code).toBe(0)
    expect(page.stdout.split('\n')[0]).toBe('# EXO002 duplicate-key')
    const list = await cli('explain')
    expect(list.stdout).toMatch(/^EXO001 {2}invalid-json/m)
    expect(list.stdout).toMatch(/^EXO902 {2}invalid-config/m)
  })
})
