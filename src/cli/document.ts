import { basename, dirname, resolve } from 'node:path'
import { defaultConfig, type Config } from '../engine/config.js'
import { display } from '../engine/display.js'
import { UsageError } from '../engine/errors.js'
import { render } from '../engine/findings.js'
import { lintDocument, type Linted } from '../engine/lint.js'
import { readChecked } from '../engine/load.js'
import { checkById } from '../checks/index.js'
import { suggest } from '../engine/suggest.js'
import type { Io } from './io.js'

/**
 * Reads one file named on the command line, for the admin commands (`test`, `to-powershell`,
 * `import`): the same safe read as `check` (regular files only, size cap before reading), with the
 * file's own folder as the workspace since the admin named it. An unreadable file is a usage error.
 */
export function readArgumentFile(path: string, io: Io, config: Config = defaultConfig()) {
  const abs = resolve(io.cwd, path)
  const read = readChecked(dirname(abs), basename(abs), config.limits.maxFileBytes)
  if (!('bytes' in read)) {
    const reason = render(checkById('EXO001').messages[read.messageId] ?? read.messageId, read.data)
    throw new UsageError(`Cannot read ${JSON.stringify(display(path))}: ${reason}`)
  }
  return read.bytes
}

/** Reads and lints a rule-set file named on the command line. */
export function lintArgumentFile(
  path: string,
  io: Io,
  config: Config = defaultConfig()
): Linted & { file: string } {
  const bytes = readArgumentFile(path, io, config)
  return { file: path, ...lintDocument(path, bytes, config) }
}

/** `value` when it is one of `allowed`; otherwise a UsageError naming them and the likeliest one. */
export function oneOf<T extends string>(kind: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  const meant = suggest(value, allowed)
  const hint = meant ? ` (did you mean "${meant}"?)` : ''
  throw new UsageError(
    `Unknown ${kind} ${JSON.stringify(display(value))}${hint}; use one of: ${allowed.join(', ')}.`
  )
}
