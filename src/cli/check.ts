import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { UsageError } from '../engine/errors.js'
import { DOCS_BASE } from '../engine/findings.js'
import { runGate, type RunOutcome } from '../engine/run.js'
import type { FailOn } from '../engine/types.js'
import { FAIL_ON_VALUES } from '../engine/verdict.js'
import { github } from '../reporters/annotations.js'
import { json } from '../reporters/json.js'
import { JOB_SUMMARY_MAX_BYTES, markdown } from '../reporters/markdown.js'
import { sarif } from '../reporters/sarif.js'
import { stylish } from '../reporters/stylish.js'
import { EXIT, type Io } from './io.js'
import pkg from '../../package.json' with { type: 'json' }

export const FORMATS = ['stylish', 'json', 'sarif', 'markdown', 'github'] as const

export type Format = (typeof FORMATS)[number]

/** The gate's home page: SARIF's `tool.driver.informationUri` (the action's default too). */
export const INFORMATION_URI = 'https://github.com/exo-access-gate/exo-access-gate'

export const CHECK_HELP = `Usage: exo-access-gate check [paths…] [options]

Checks rule-set files. A path may be a file, a directory (every *.exo.json below it) or a glob.
With no path: the config file's "paths", else **/*.exo.json.

Options:
  --format <name>    ${FORMATS.join(' | ')} (default: stylish)
                       stylish   findings per file, for a terminal
                       json      every finding and the summary, as data
                       sarif     SARIF 2.1.0 for github/codeql-action/upload-sarif
                       markdown  a job summary (at most 1 MiB, as GitHub requires)
                       github    workflow commands: annotations in a GitHub Actions log
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
  // EXO_ACCESS_GATE_DEBUG=threads: how the work was split (the benchmark prints it)
  if (/\bthreads\b/.test(io.env.EXO_ACCESS_GATE_DEBUG ?? '')) {
    io.stderr(
      `exo-access-gate: ${outcome.result.summary.files} files checked on ${outcome.threads} ${outcome.threads === 1 ? 'thread' : 'threads'}\n`
    )
  }
  const text = report(format as Format, outcome)
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

/** The report of a run in one format. Every reporter is pure; this only picks one and its options. */
export function report(format: Format, outcome: RunOutcome): string {
  const { result } = outcome
  switch (format) {
    case 'stylish':
      return stylish(result)
    case 'json':
      return json(result, outcome.verdict)
    case 'sarif':
      return sarif(result, {
        toolVersion: pkg.version,
        informationUri: INFORMATION_URI,
        docsBase: DOCS_BASE
      })
    case 'markdown':
      // Meant for $GITHUB_STEP_SUMMARY, where a step's summary over 1 MiB is dropped whole: the
      // report is cut at a whole row to fit, and says how many findings are left out and where.
      return markdown(result, {
        docsBase: DOCS_BASE,
        maxChars: Number.MAX_SAFE_INTEGER,
        maxBytes: JOB_SUMMARY_MAX_BYTES,
        verdict: outcome.verdict,
        failOn: outcome.failOn
      })
    case 'github':
      return github(result, { moreIn: 'the output of exo-access-gate check' })
  }
}
