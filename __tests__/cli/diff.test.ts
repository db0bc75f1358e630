import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DIFF_HELP } from '../../src/cli/diff.js'
import { HELP } from '../../src/cli/main.js'
import { runCli } from '../helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'exo-diff-cmd-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Writes a file to the temporary folder and returns its name. */
function file(name: string, doc: unknown): string {
  writeFileSync(join(dir, name), typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2))
  return name
}

const SAFEGUARD = {
  Name: 'Admins keep PowerShell',
  Action: 'AllowAccess',
  AnyOfProtocols: ['RemotePowerShell'],
  AnyOfClientIPAddressesOrRanges: ['203.0.113.0/24']
}
const base = file('base.exo.json', {
  Target: 'ExchangeOnline',
  ClientAccessRules: [
    SAFEGUARD,
    { Name: 'Block RPS', Action: 'DenyAccess', AnyOfProtocols: ['RemotePowerShell'] }
  ]
})
const head = file('head.exo.json', {
  Target: 'ExchangeOnline',
  ClientAccessRules: [
    SAFEGUARD,
    {
      Name: 'Block OWA',
      Action: 'DenyAccess',
      AnyOfProtocols: ['OutlookWebApp'],
      AnyOfClientIPAddressesOrRanges: ['198.51.100.0/24']
    }
  ]
})
const notJson = file('broken.exo.json', '{ "Target": "ExchangeOnline", ')
const badIp = file('bad-ip.exo.json', {
  ClientAccessRules: [
    { Name: 'Bad', Action: 'DenyAccess', AnyOfClientIPAddressesOrRanges: ['10.0.0.0/33'] }
  ]
})
const none = file('none', { Target: 'ExchangeOnline', ClientAccessRules: [SAFEGUARD] })

const run = (...args: string[]) => runCli(['diff', ...args], dir)

const OPENS =
  'RemotePowerShell from anywhere except 203.0.113.0/24: DenyAccess → AllowAccess (no longer decided by "Block RPS", line 15)'
const CLOSES =
  'OutlookWebApp from 198.51.100.0/24: AllowAccess → DenyAccess (now decided by "Block OWA", line 15)'

describe('exo-access-gate diff', () => {
  it('prints the effect, opens first, and exits 0', async () => {
    expect(await run(base, head)).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Warning: this change opens RemotePowerShell to connections denied before.',
        '',
        'head.exo.json (modified): 2 changes',
        `  opens: ${OPENS}`,
        `  closes: ${CLOSES}`,
        ''
      ].join('\n')
    })
  })

  it('exits 0 when nothing changed', async () => {
    expect(await run(base, base)).toEqual({
      code: 0,
      stderr: '',
      stdout: 'base.exo.json (modified): no change in who gets access\n'
    })
  })

  it('takes "none" for a version that does not exist, and ./none for a file of that name', async () => {
    const added = await run('none', head)
    expect(added.code).toBe(0)
    expect(added.stdout).toBe(
      [
        'head.exo.json (new file): 2 changes',
        `  closes: ${CLOSES}`,
        '  reassigns: RemotePowerShell from 203.0.113.0/24: still AllowAccess (now decided by "Admins keep PowerShell", line 5)',
        ''
      ].join('\n')
    )
    const deleted = await run(base, 'none')
    expect(deleted.code).toBe(0)
    expect(deleted.stdout.split('\n')[2]).toBe('base.exo.json (deleted): 2 changes')
    expect((await run(`./${none}`, base)).stdout).toBe(
      [
        'base.exo.json (modified): 1 change',
        '  closes: RemotePowerShell from anywhere except 203.0.113.0/24: AllowAccess → DenyAccess (now decided by "Block RPS", line 15)',
        ''
      ].join('\n')
    )
  })

  it('--format json: each change with its region, decisions and rules with their lines', async () => {
    const r = await run(base, head, '--format', 'json')
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.stdout)
    expect(doc.files).toHaveLength(1)
    expect(doc.files[0]).toMatchObject({ file: 'head.exo.json', status: 'modified' })
    expect(
      doc.files[0].changes.map((c: Record<string, Record<string, unknown>>) => [
        c.kind,
        c.region!.protocols,
        c.region!.addressText,
        c.old!.decision,
        c.old!.rule,
        c.new!.decision,
        c.new!.rule
      ])
    ).toEqual([
      [
        'opens',
        ['RemotePowerShell'],
        'anywhere except 203.0.113.0/24',
        'DenyAccess',
        { name: 'Block RPS', line: 15, priority: null },
        'AllowAccess',
        null
      ],
      [
        'closes',
        ['OutlookWebApp'],
        '198.51.100.0/24',
        'AllowAccess',
        null,
        'DenyAccess',
        { name: 'Block OWA', line: 15, priority: null }
      ]
    ])
  })

  it('--format markdown: the summary section', async () => {
    const r = await run(base, head, '--format', 'markdown')
    expect(r.code).toBe(0)
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      '### Effect of this change',
      '',
      '**⚠️ This change opens RemotePowerShell to connections that were denied before (listed first).**'
    ])
  })

  it('a version that is not JSON: exit 1 with its findings, no effect printed', async () => {
    const r = await run(base, notJson)
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^broken\.exo\.json\n {2}1:\d+ +error {2}.+ {2}EXO001\n/)
    expect(r.stderr).toContain(
      'exo-access-gate: the head version has errors that keep it from being compared (EXO001 at line 1: '
    )
  })

  it('a version with an invalid IP entry (EXO304): exit 1 with its findings, named by their file', async () => {
    const r = await run(badIp, head, '--format', 'json')
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(
      [
        'bad-ip.exo.json',
        '  7:9  error  IP entry "10.0.0.0/33" has the prefix length "33", but this address takes 0 to 32.  EXO304',
        '',
        '✖ 1 problem (1 error, 0 warnings, 0 notices) in 1 file checked.',
        'exo-access-gate: the base version has errors that keep it from being compared (EXO304 at line 7: IP entry "10.0.0.0/33" has the prefix length "33", but this address takes 0 to 32).',
        ''
      ].join('\n')
    )
  })

  it('bad arguments exit 2', async () => {
    for (const args of [
      [base],
      [base, head, head],
      ['none', 'none'],
      [base, head, '--format', 'sarif'],
      [base, head, '--protocol', 'POP3'],
      [base, 'missing.exo.json']
    ]) {
      const r = await run(...args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toMatch(
        /^exo-access-gate: .+\nRun "exo-access-gate diff --help" for the options\.\n$/
      )
    }
  })

  it('--help, and the command list names it', async () => {
    expect(await run('--help')).toEqual({ code: 0, stdout: DIFF_HELP, stderr: '' })
    expect(DIFF_HELP).toContain('none when the file is new')
    expect(HELP).toContain('  diff <base.exo.json> <head.exo.json> [--format text|json|markdown]\n')
  })
})
