import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { UsageError } from '../engine/errors.js'
import { runGate } from '../engine/run.js'
import type { FailOn } from '../engine/types.js'
import { FAIL_ON_VALUES } from '../engine/verdict.js'
import { json } from '../reporters/json.js'
import { stylish } from '../reporters/stylish.js'
import { EXIT, type Io } from './io.js'

export const FORMATS = ['stylish', 'json'] as const

export const CHECK_HELP = `Usage: exo-access-gate check [paths…] [options]

Checks rule-set files. A path may be a file, a directory (every *.exo.json below it) or a glob.
With no path: the config file's "paths", else **/*.exo.json.

Options:
  --format <name>    ${FORMATS.join(' | ')} (default: stylish)
  --fail-on <level>  ${FAIL_ON_VALUES.join(' | ')} (default: the config file's failOn, else error)
  --config <file>    the config file (default: .exo-access-gate.json when it exists)
  --output <file>    write the report to a file instead of standard output
  -h, --help         show this help

Exit codes: 0 pass, 1 findings at or above --fail-on, 2 usage or config error, 3 internal error.
`

/** `check`: run the gate and print the report. */
export async function check(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      config: { type: 'string' },
      output: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help) {
    io.stdout(CHECK_HELP)
    return EXIT.pass
  }
  const format = values.format ?? 'stylish'
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(
      `Unknown format ${JSON.stringify(format)}; use one of: ${FORMATS.join(', ')}.`
    )
  }
  const failOn = values['fail-on']
  if (failOn !== undefined && !(FAIL_ON_VALUES as readonly string[]).includes(failOn)) {
    throw new UsageError(
      `Unknown --fail-on level ${JSON.stringify(failOn)}; use one of: ${FAIL_ON_VALUES.join(', ')}.`
    )
  }
  let shown = false
  const outcome = await runGate({
    root: io.cwd,
    paths: positionals,
    ...(values.config !== undefined ? { config: values.config } : {}),
    ...(failOn !== undefined ? { failOn: failOn as FailOn } : {}),
    progress: (done, total) => {
      if (!io.isTty || total < 300) return
      if (done % 100 === 0 || done === total) {
        io.stderr(`\rChecked ${done}/${total} files`)
        shown = true
      }
    }
  })
  if (shown) io.stderr('\n')
  const text = format === 'json' ? json(outcome.result, outcome.verdict) : stylish(outcome.result)
  if (values.output !== undefined) writeFileSync(resolve(io.cwd, values.output), text)
  else io.stdout(text)
  if (outcome.configInvalid) {
    io.stderr(
      `exo-access-gate: the config file ${JSON.stringify(outcome.configFile)} is not valid (EXO902); the built-in defaults were used.\n`
    )
    return EXIT.usage
  }
  return outcome.verdict === 'fail' ? EXIT.fail : EXIT.pass
}
