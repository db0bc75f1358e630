import { parseArgs } from 'node:util'
import { defaultConfig } from '../engine/config.js'
import { diffFiles } from '../engine/diff.js'
import { display } from '../engine/display.js'
import { UsageError } from '../engine/errors.js'
import { summarize } from '../engine/findings.js'
import type { FileResult, Finding } from '../engine/types.js'
import { effectJson, effectMarkdown, effectText } from '../reporters/effect.js'
import { stylish } from '../reporters/stylish.js'
import { oneOf, readArgumentFile } from './document.js'
import { EXIT, type Io } from './io.js'

export const DIFF_FORMATS = ['text', 'json', 'markdown'] as const

/** The word that stands for a version that does not exist. */
export const ABSENT = 'none'

export const DIFF_HELP = `Usage: exo-access-gate diff <base.exo.json> <head.exo.json> [--format <name>]

Who gains or loses access between two versions of a rule set: every set of connections (protocol,
authentication type, addresses, username and recipient-filter conditions) whose decision or
deciding rule changes, opening changes first, and the ActiveSync devices that become blocked,
quarantined or allowed.

Arguments:
  <base.exo.json>     the version before the change; ${ABSENT} when the file is new
  <head.exo.json>     the version after the change; ${ABSENT} when the file is deleted
                      (a file really named "${ABSENT}" is given as ./${ABSENT})

Options:
  --format <name>     ${DIFF_FORMATS.join(' | ')} (default: text)
  -h, --help          show this help

Exit codes: 0 it ran (whatever changed), 1 a version has errors that keep it from being compared
(its findings are printed), 2 bad arguments, 3 internal error.
`

/** Findings grouped by file, as `stylish` prints them. */
function resultOf(findings: readonly Finding[]) {
  const files: FileResult[] = []
  for (const f of findings) {
    let file = files.find((x) => x.file === f.file)
    if (!file) files.push((file = { file: f.file, findings: [] }))
    file.findings.push(f)
  }
  return { files, summary: summarize(files) }
}

/** `diff`: the effect of changing one rule-set file from `base` to `head`. */
export async function diff(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help) {
    io.stdout(DIFF_HELP)
    return EXIT.pass
  }
  const format = oneOf('format', values.format ?? 'text', DIFF_FORMATS)
  if (positionals.length !== 2) {
    throw new UsageError(
      `diff takes two rule-set files, the base and the head version (${ABSENT} for a version that does not exist).`
    )
  }
  const [basePath, headPath] = positionals as [string, string]
  if (basePath === ABSENT && headPath === ABSENT) {
    throw new UsageError(`At most one of the two versions can be ${ABSENT}.`)
  }
  const config = defaultConfig()
  const read = (path: string) => (path === ABSENT ? undefined : readArgumentFile(path, io, config))
  const base = read(basePath)
  const head = read(headPath)
  const file = headPath === ABSENT ? basePath : headPath
  const result = diffFiles(file, base, head, config, { base: basePath, head: headPath })
  if ('unavailable' in result) {
    if (result.findings.length) io.stderr(stylish(resultOf(result.findings)))
    io.stderr(`exo-access-gate: ${display(result.unavailable, 2000)}.\n`)
    return result.side ? EXIT.fail : EXIT.internal
  }
  if (format === 'json') io.stdout(JSON.stringify(effectJson([result]), null, 2) + '\n')
  else if (format === 'markdown') io.stdout(effectMarkdown([result]))
  else io.stdout(effectText([result]))
  return EXIT.pass
}
