import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CHECKS, isCheckId } from '../checks/index.js'
import { UsageError } from '../engine/errors.js'
import { EXIT, type Io } from './io.js'

/** Where the check pages are: `docs/checks/` beside `dist/` (bundle) or `src/` (sources). */
const DOCS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'checks')

/** `explain [EXONNN]`: a check's page, or the list of every check. */
export function explain(args: string[], io: Io): number {
  if (args.length > 1) throw new UsageError('explain takes one check ID, e.g. "explain EXO201".')
  const [raw] = args
  if (raw === undefined) {
    for (const c of CHECKS)
      io.stdout(
        `${c.id}  ${c.slug.padEnd(28)} ${c.severities ? c.severities.join('/') : c.severity}\t${c.title}\n`
      )
    return EXIT.pass
  }
  const id = raw.toUpperCase()
  if (!/^EXO\d{3}$/.test(id) || !isCheckId(id)) {
    throw new UsageError(
      `Unknown check ID ${JSON.stringify(raw)}; run "exo-access-gate explain" for the list.`
    )
  }
  io.stdout(readFileSync(join(DOCS, `${id}.md`), 'utf8'))
  return EXIT.pass
}
