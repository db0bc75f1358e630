import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { display } from '../engine/display.js'
import { UsageError } from '../engine/errors.js'
import { summarize } from '../engine/findings.js'
import type { Finding } from '../engine/types.js'
import { toPowerShell } from '../model/powershell.js'
import { stylish } from '../reporters/stylish.js'
import { lintArgumentFile } from './document.js'
import { EXIT, type Io } from './io.js'

export const TO_POWERSHELL_HELP = `Usage: exo-access-gate to-powershell <file> [--output <file>]

Prints the PowerShell that creates a rule set: New-ClientAccessRule for each client access rule in
evaluation order (each with its Priority), New-ActiveSyncDeviceAccessRule for each device access
rule, then Set-ActiveSyncOrganizationSettings. Every value is a single-quoted string; the script is
plain ASCII.

Options:
  --output <file>  write the script to a file instead of standard output
  -h, --help       show this help

A file with an error is refused: its findings go to standard error and no script is written.
Warnings are shown on standard error. Exit codes: 0 script written, 1 the file has errors,
2 bad arguments or an unreadable file, 3 internal error.
`

const HINT = 'Run "exo-access-gate to-powershell --help" for the options.'

/** `to-powershell`: print the PowerShell that creates one rule-set file's rules. */
export async function toPowershell(args: string[], io: Io): Promise<number> {
  const usage = (message: string): number => {
    io.stderr(`exo-access-gate: ${display(message, 500)}\n${HINT}\n`)
    return EXIT.usage
  }
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (e) {
    return usage((e as Error).message)
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout(TO_POWERSHELL_HELP)
    return EXIT.pass
  }
  if (positionals.length !== 1) {
    return usage('to-powershell takes exactly one rule-set file.')
  }
  const linted = lintArgumentFile(positionals[0]!, io)
  const shown = linted.findings.filter((f) => !f.suppressed)
  if (shown.length) io.stderr(stylish(resultOf(linted.file, shown)))
  const errors = shown.filter((f) => f.severity === 'error').length
  if (errors || !linted.ruleSet) {
    io.stderr(
      `exo-access-gate: ${display(linted.file)} has ${errors === 1 ? 'an error' : 'errors'}; no PowerShell was written.\n`
    )
    return EXIT.fail
  }
  const script = toPowerShell(linted.ruleSet, linted.file)
  if (values.output === undefined) {
    io.stdout(script)
    return EXIT.pass
  }
  try {
    writeFileSync(resolve(io.cwd, values.output), script)
  } catch (e) {
    const code = (e as { code?: string }).code ?? (e as Error).message
    throw new UsageError(
      `Cannot write ${JSON.stringify(display(values.output))}: the file could not be written (${JSON.stringify(display(code))}).`
    )
  }
  return EXIT.pass
}

function resultOf(file: string, findings: Finding[]) {
  const files = [{ file, findings }]
  return { files, summary: summarize(files) }
}
