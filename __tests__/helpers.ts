import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { main } from '../src/cli/main.js'
import { defaultConfig, type Config } from '../src/engine/config.js'
import { lintBytes } from '../src/engine/lint.js'
import { runGate, type RunOutcome } from '../src/engine/run.js'
import type { Finding } from '../src/engine/types.js'

const encoder = new TextEncoder()

/** Lints a document given as text (UTF-8) or bytes, as file `test.exo.json`, with the defaults. */
export function lint(input: string | Uint8Array, config: Partial<Config> = {}): Finding[] {
  const bytes = typeof input === 'string' ? encoder.encode(input) : input
  return lintBytes('test.exo.json', bytes, { ...defaultConfig(), ...config })
}

/** A finding reduced to what tests assert: ID, severity, position, message ID and data. */
export const brief = (f: Finding) => ({
  id: f.id,
  severity: f.severity,
  line: f.line,
  column: f.column,
  messageId: f.messageId,
  data: f.data
})

/** The findings of one check, reduced to what tests assert. */
export function findingsOf(id: string, input: string | Uint8Array, config: Partial<Config> = {}) {
  return lint(input, config)
    .filter((f) => f.id === id)
    .map(brief)
}

/** A rule set with the given client access rules, pretty-printed (one key per line). */
export function ruleSet(rules: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ Target: 'ExchangeServer', ClientAccessRules: rules, ...extra }, null, 2)
}

/** Runs the CLI in-process in `cwd`, capturing its output and exit code. */
export async function runCli(args: string[], cwd: string) {
  let stdout = ''
  let stderr = ''
  const code = await main(args, {
    cwd,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTty: false,
    env: {}
  })
  return { code, stdout, stderr }
}

/**
 * Runs the whole gate on a temporary workspace holding `.exo-access-gate.json` (unless `config`
 * is undefined) and the given files, then removes the workspace.
 */
export async function gateIn(
  config: string | Uint8Array | undefined,
  files: Record<string, string>
): Promise<RunOutcome> {
  const root = mkdtempSync(join(tmpdir(), 'exo-gate-'))
  try {
    if (config !== undefined) writeFileSync(join(root, '.exo-access-gate.json'), config)
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, name)), { recursive: true })
      writeFileSync(join(root, name), text)
    }
    return await runGate({ root })
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
