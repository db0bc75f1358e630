import {
  closeSync,
  existsSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync
} from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { fdir } from 'fdir'
import picomatch from 'picomatch'
import { UsageError } from './errors.js'
import type { Unreadable } from './lint.js'

/** The default rule-set glob. */
export const DEFAULT_PATTERN = '**/*.exo.json'

/** Folders never searched: dependencies and version-control internals. */
const SKIPPED_DIRS = new Set(['node_modules', '.git'])

/**
 * Lists the files below `root` that match the globs. Symbolic links are listed as entries but
 * never followed (a link to `/` must not make the gate walk the machine), so the reader can refuse
 * them by name instead of skipping them silently.
 */
function globFiles(globs: string[], root: string): string[] {
  const out: string[] = []
  for (const pattern of globs) {
    const { base } = picomatch.scan(pattern)
    const isMatch = picomatch(pattern, { dot: false })
    const start = resolve(root, base)
    if (!existsSync(start)) continue
    const crawled = new fdir()
      .withRelativePaths()
      .exclude((name) => SKIPPED_DIRS.has(name) || name.startsWith('.'))
      .crawl(start)
      .sync()
    for (const rel of crawled) {
      const name = relativeName(root, join(start, rel))
      if (isMatch(name)) out.push(name)
    }
  }
  return out
}

/** Repo-relative path with forward slashes. */
export function relativeName(root: string, file: string): string {
  return relative(root, file).split(sep).join('/')
}

/**
 * Expands paths, directories and globs into the files to check, relative to `root`, sorted.
 * A directory means every `*.exo.json` below it. A named path that does not exist is a usage
 * error; so is a list longer than `maxFiles` (a gate never passes on a partial scan), and so is
 * an empty result (a typo in `paths` must not pass silently).
 */
export function expand(patterns: readonly string[], root: string, maxFiles: number): string[] {
  const globs: string[] = []
  const named: string[] = []
  for (const p of patterns) {
    if (p.trim() === '') continue
    const abs = resolve(root, p)
    let st
    try {
      st = lstatSync(abs)
    } catch {
      st = undefined
    }
    if (st?.isDirectory()) {
      const rel = relativeName(root, abs)
      globs.push(rel === '' ? DEFAULT_PATTERN : `${escapeGlob(rel)}/${DEFAULT_PATTERN}`)
    } else if (st) named.push(relativeName(root, abs))
    else if (picomatch.scan(p).isGlob) globs.push(isAbsolute(p) ? relativeName(root, p) : p)
    else throw new UsageError(`No such file or directory: ${JSON.stringify(p)}.`)
  }
  const files = [...new Set([...named, ...globFiles(globs, root)])].sort()
  if (files.length > maxFiles) {
    throw new UsageError(
      `${files.length} files match, over the cap of ${maxFiles} (limits.maxFiles); nothing was checked.`
    )
  }
  if (files.length === 0) {
    throw new UsageError(
      `No rule-set file matched ${patterns.map((p) => JSON.stringify(p)).join(', ') || JSON.stringify(DEFAULT_PATTERN)}.`
    )
  }
  return files
}

function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}()!@+]/g, '\\$&')
}

/**
 * Reads one file for checking. Only regular files inside the workspace are read: a symlink, a
 * device, a FIFO or a path that resolves outside `root` is refused before it is opened, and the
 * size cap applies before reading (the content of a refused file never reaches any output).
 */
export function readChecked(
  root: string,
  file: string,
  maxFileBytes: number
): { bytes: Uint8Array } | Unreadable {
  const abs = resolve(root, file)
  const refuse = (messageId: string, data: Record<string, string | number>): Unreadable => ({
    file,
    messageId,
    data
  })
  let st
  try {
    st = lstatSync(abs)
  } catch (e) {
    return refuse('unreadable', { code: (e as NodeJS.ErrnoException).code ?? 'error' })
  }
  if (st.isSymbolicLink()) return refuse('notRegular', { kind: 'symbolic link' })
  if (!st.isFile()) return refuse('notRegular', { kind: kindOf(st) })
  let real: string
  try {
    real = realpathSync.native(abs)
  } catch (e) {
    return refuse('unreadable', { code: (e as NodeJS.ErrnoException).code ?? 'error' })
  }
  const realRoot = realpathSync.native(root)
  if (real !== realRoot && !real.startsWith(realRoot + sep))
    return refuse('outsideWorkspace', { root: '.' })
  let fd: number
  try {
    fd = openSync(
      abs,
      constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)
    )
  } catch (e) {
    return refuse('unreadable', { code: (e as NodeJS.ErrnoException).code ?? 'error' })
  }
  try {
    const fst = fstatSync(fd)
    if (!fst.isFile()) return refuse('notRegular', { kind: kindOf(fst) })
    // Read at most one byte past the cap: enough to know it is too large, never the whole file.
    const want = Math.min(fst.size, maxFileBytes + 1)
    const buf = Buffer.allocUnsafe(want)
    let got = 0
    while (got < want) {
      const n = readSync(fd, buf, got, want - got, got)
      if (n === 0) break
      got += n
    }
    if (got > maxFileBytes)
      return refuse('tooLarge', { size: Math.max(fst.size, got), cap: maxFileBytes })
    return { bytes: buf.subarray(0, got) }
  } catch (e) {
    return refuse('unreadable', { code: (e as NodeJS.ErrnoException).code ?? 'error' })
  } finally {
    closeSync(fd)
  }
}

function kindOf(st: {
  isDirectory(): boolean
  isFIFO(): boolean
  isSocket(): boolean
  isCharacterDevice(): boolean
  isBlockDevice(): boolean
}): string {
  if (st.isDirectory()) return 'directory'
  if (st.isFIFO()) return 'named pipe'
  if (st.isSocket()) return 'socket'
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device'
  return 'special file'
}
