import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PARALLEL_MIN_FILES, threadsFor } from '../src/engine/parallel.js'

/**
 * Large runs are checked on worker threads by the bundled CLI and action (src/engine/parallel.ts).
 * Whatever the number of threads, the report must be byte for byte the same: every file, in order,
 * with suppressions applied and unused ones reported once.
 */
const ROOT = resolve('.')
const CLI = join(ROOT, 'dist/cli/index.js')
// below PARALLEL_MIN_FILES: the threads are asked for with EXO_ACCESS_GATE_THREADS
const FILES = 260

let dir: string

/** A rule set; every seventh file has a problem of a different kind. */
function ruleSet(i: number): string {
  if (i % 7 === 3) return '{ "ClientAccessRules": [ }'
  const rules = [
    {
      Name: `Allow admins ${i}`,
      Priority: 1,
      Action: 'AllowAccess',
      AnyOfProtocols: ['RemotePowerShell'],
      AnyOfClientIPAddressesOrRanges: [`10.${i % 256}.0.0/16`]
    },
    {
      Name: `Block legacy ${i}`,
      Priority: i % 7 === 5 ? 1 : 2,
      Action: 'DenyAccess',
      AnyOfProtocols: ['POP3', 'IMAP4']
    }
  ]
  return JSON.stringify({ Target: 'ExchangeOnline', ClientAccessRules: rules }, null, 2)
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'exo-parallel-'))
  for (let i = 0; i < FILES; i++) {
    const sub = join(dir, `d${String(i % 9)}`)
    mkdirSync(sub, { recursive: true })
    writeFileSync(join(sub, `f${String(i).padStart(4, '0')}.exo.json`), ruleSet(i))
  }
  // a symlink the loader refuses (EXO001 unreadable), checked by whichever thread gets it
  symlinkSync('/etc/hostname', join(dir, 'd0', 'link.exo.json'))
  writeFileSync(
    join(dir, '.exo-access-gate.json'),
    JSON.stringify({
      suppressions: [
        { id: 'EXO101', path: 'd5/**', reason: 'Tracked in change 42.' },
        { id: 'EXO101', path: 'nowhere/**', reason: 'Matches nothing.' }
      ]
    })
  )
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

function check(threads: string, format = 'json') {
  return spawnSync(process.execPath, [CLI, 'check', '--format', format], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      EXO_ACCESS_GATE_THREADS: threads,
      EXO_ACCESS_GATE_DEBUG: 'threads'
    }
  })
}

describe('checking on worker threads (dist/cli/index.js)', () => {
  it('gives the same report on 3 threads as on 1, and says how many it used', () => {
    const one = check('1')
    const three = check('3')
    expect(one.stderr).toBe(`exo-access-gate: ${FILES + 1} files checked on 1 thread\n`)
    expect(three.stderr).toBe(`exo-access-gate: ${FILES + 1} files checked on 3 threads\n`)
    expect(three.status).toBe(1)
    expect(three.status).toBe(one.status)
    expect(three.stdout).toBe(one.stdout)
    const report = JSON.parse(three.stdout) as {
      files: {
        file: string
        findings: {
          id: string
          suppressed: boolean
          message: string
          line: number
          column: number
        }[]
      }[]
    }
    // the rule sets in order, then the config file with its own finding
    const names = report.files.map((f) => f.file)
    expect(names.slice(0, -1)).toEqual([...names.slice(0, -1)].sort())
    expect(names.at(-1)).toBe('.exo-access-gate.json')
    expect(report.files).toHaveLength(FILES + 2) // every rule set, and the config file (EXO901)
    const ids = (pick: (f: string) => boolean) =>
      report.files.filter((f) => pick(f.file)).flatMap((f) => f.findings)
    // suppressions applied by the main thread to findings the workers found
    const duplicates = ids((f) => f.startsWith('d5/')).filter((x) => x.id === 'EXO101')
    expect(duplicates.length).toBeGreaterThan(0)
    expect(duplicates.every((x) => x.suppressed)).toBe(true)
    expect(ids((f) => f === '.exo-access-gate.json').map((x) => x.id)).toEqual(['EXO901'])
    expect(ids((f) => f === 'd0/link.exo.json').map((x) => x.id)).toEqual(['EXO001'])
    expect(
      ids((f) => f === 'd3/f0003.exo.json').map((x) => `${x.line}:${x.column} ${x.id} ${x.message}`)
    ).toEqual(['1:26 EXO001 Expected a value, found "}".'])
  })

  it('stylish output is the same too', () => {
    expect(check('2', 'stylish').stdout).toBe(check('1', 'stylish').stdout)
  })
})

describe('threadsFor', () => {
  it('uses one thread below the threshold and when no bundle registered itself', () => {
    // tests run from the TypeScript sources: no entry is registered, so always one thread
    expect(threadsFor(PARALLEL_MIN_FILES * 10, { EXO_ACCESS_GATE_THREADS: '4' })).toBe(1)
    expect(threadsFor(1, {})).toBe(1)
  })
})
