import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/** The committed bundles, run as the runner and a user run them: a separate Node process. */
const ROOT = resolve('.')

function runAction(workspace: string, inputs: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'exo-action-'))
  const output = join(dir, 'output')
  writeFileSync(output, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: output
  }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/index.js')], {
    env,
    encoding: 'utf8',
    cwd: workspace
  })
  const outputs = readFileSync(output, 'utf8')
  rmSync(dir, { recursive: true, force: true })
  return { ...r, outputs }
}

/** Reads GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!
  return out
}

describe('dist/cli/index.js', () => {
  it('npm start: checks examples/ and passes', () => {
    const r = spawnSync(process.execPath, ['dist/cli/index.js', 'check', 'examples'], {
      encoding: 'utf8'
    })
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/files? checked/)
    expect(r.stderr).toBe('')
  })

  it('exits 1 on a broken file and 2 on a bad flag', () => {
    const dir = mkdtempSync(join(tmpdir(), 'exo-bin-'))
    writeFileSync(join(dir, 'a.exo.json'), '{ "ClientAccessRules": [ }')
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli/index.js'), 'check'], {
      cwd: dir,
      encoding: 'utf8'
    })
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('a.exo.json\n  1:26  error  Expected a value, found "}".  EXO001')
    const bad = spawnSync(process.execPath, [join(ROOT, 'dist/cli/index.js'), 'check', '--nope'], {
      cwd: dir,
      encoding: 'utf8'
    })
    expect(bad.status).toBe(2)
    rmSync(dir, { recursive: true, force: true })
  })
})

describe('dist/index.js (the action)', () => {
  it('passes on examples/ and sets its outputs', () => {
    const r = runAction(ROOT, { paths: 'examples', 'fail-on': '' })
    expect(r.status).toBe(0)
    const outputs = parseOutputs(r.outputs)
    expect(outputs.result).toBe('pass')
    expect(Number(outputs.files)).toBeGreaterThanOrEqual(7)
    expect(outputs.errors).toBe('0')
  })

  it('fails the step on an error, and on a bad input with a clear message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'exo-ws-'))
    writeFileSync(
      join(dir, 'x.exo.json'),
      '{"Target":"ExchangeServer","ClientAccessRules":[{"Name":"A","Action":"Allow"}]}'
    )
    const r = runAction(dir, { paths: '**/*.exo.json' })
    expect(r.status).toBe(1)
    expect(parseOutputs(r.outputs)).toMatchObject({ result: 'fail', errors: '1', files: '1' })
    expect(r.stdout).toContain(
      '::error::exo-access-gate: 1 error, 0 warnings, 0 notices; the gate fails on error.'
    )
    const bad = runAction(dir, { 'fail-on': 'sometimes' })
    expect(bad.status).toBe(1)
    expect(bad.stdout).toContain(
      '::error::exo-access-gate: Input "fail-on" must be one of error, warning, notice, never, not "sometimes".'
    )
    const none = runAction(dir, { paths: 'rules/**/*.exo.json' })
    expect(none.status).toBe(1)
    expect(none.stdout).toContain('No rule-set file matched')
    rmSync(dir, { recursive: true, force: true })
  })
})
