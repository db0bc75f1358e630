// Unified diffs as GitHub's `GET /pulls/{n}/files` returns them in `patch` (the hunks only, no
// file header), and the facts the fake needs from them: which lines a review comment may anchor
// to (RIGHT: added and context lines by new line number; LEFT: deleted and context lines by old
// line number), diff positions, and the `diff_hunk` of a comment.

export interface PatchLine {
  kind: ' ' | '+' | '-' | '\\'
  text: string
  /** Line number in the old file (context and deleted lines). */
  oldLine: number | null
  /** Line number in the new file (context and added lines). */
  newLine: number | null
  /** Position in the diff as the REST API counts it: 1 is the line below the first `@@`. */
  position: number
}

export interface Hunk {
  header: string
  oldStart: number
  oldLines: number
  newStart: number
  newLines: number
  /** Position of the `@@` line itself (0 for the first hunk). */
  headerPosition: number
  lines: PatchLine[]
}

const HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/

export function parsePatch(patch: string): Hunk[] {
  const hunks: Hunk[] = []
  const rows = patch.split('\n')
  if (rows.at(-1) === '') rows.pop()
  let position = -1
  let oldLine = 0
  let newLine = 0
  let current: Hunk | undefined
  for (const row of rows) {
    position++
    const m = HEADER.exec(row)
    if (m) {
      current = {
        header: row,
        oldStart: Number(m[1]),
        oldLines: m[2] === undefined ? 1 : Number(m[2]),
        newStart: Number(m[3]),
        newLines: m[4] === undefined ? 1 : Number(m[4]),
        headerPosition: position,
        lines: []
      }
      oldLine = current.oldStart
      newLine = current.newStart
      hunks.push(current)
      continue
    }
    if (!current) throw new Error(`patch does not start with a hunk header: ${row}`)
    const kind = row[0]
    if (kind === '+') {
      current.lines.push({ kind, text: row.slice(1), oldLine: null, newLine: newLine++, position })
    } else if (kind === '-') {
      current.lines.push({ kind, text: row.slice(1), oldLine: oldLine++, newLine: null, position })
    } else if (kind === '\\') {
      current.lines.push({ kind, text: row.slice(1), oldLine: null, newLine: null, position })
    } else if (kind === ' ' || row === '') {
      current.lines.push({
        kind: ' ',
        text: row.slice(1),
        oldLine: oldLine++,
        newLine: newLine++,
        position
      })
    } else {
      throw new Error(`bad patch line: ${row}`)
    }
  }
  return hunks
}

export type Side = 'LEFT' | 'RIGHT'

/** `diff_hunk` of a review comment: the hunk header and every line of the hunk up to the line. */
export function diffHunkUpTo(hunk: Hunk, index: number): string {
  const rows = [hunk.header]
  for (const l of hunk.lines.slice(0, index + 1)) rows.push(l.kind + l.text)
  return rows.join('\n')
}

export function countChanges(patch: string | undefined): { additions: number; deletions: number } {
  let additions = 0
  let deletions = 0
  if (patch) {
    for (const h of parsePatch(patch)) {
      for (const l of h.lines) {
        if (l.kind === '+') additions++
        else if (l.kind === '-') deletions++
      }
    }
  }
  return { additions, deletions }
}

// ---------------------------------------------------------------------------------------------
// Making patches (git's unified format with 3 lines of context, Myers' algorithm).

interface Lines {
  lines: string[]
  /** The last line has no final newline. */
  noFinalNewline: boolean
}

function splitLines(text: string | null): Lines {
  if (text === null || text === '') return { lines: [], noFinalNewline: false }
  const lines = text.split('\n')
  if (lines.at(-1) === '') {
    lines.pop()
    return { lines, noFinalNewline: false }
  }
  return { lines, noFinalNewline: true }
}

type Op = { op: 'equal' | 'delete' | 'insert'; a: number; b: number }

/** Shortest edit script between a and b (Myers 1986), as equal/delete/insert steps. */
function myers(a: string[], b: string[]): Op[] {
  const n = a.length
  const m = b.length
  // Common prefix and suffix first: edits in rule files are local.
  let pre = 0
  while (pre < n && pre < m && a[pre] === b[pre]) pre++
  let suf = 0
  while (suf < n - pre && suf < m - pre && a[n - 1 - suf] === b[m - 1 - suf]) suf++
  const A = a.slice(pre, n - suf)
  const B = b.slice(pre, m - suf)
  const N = A.length
  const M = B.length
  const max = N + M
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  const trace: Int32Array[] = []
  let found = N === 0 && M === 0
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice())
    for (let k = -d; k <= d; k += 2) {
      let x: number
      if (k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)) x = v[offset + k + 1]!
      else x = v[offset + k - 1]! + 1
      let y = x - k
      while (x < N && y < M && A[x] === B[y]) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= N && y >= M) {
        found = true
        break
      }
    }
  }
  // Backtrack.
  const ops: Op[] = []
  let x = N
  let y = M
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d]!
    const k = x - y
    let prevK: number
    if (k === -d || (k !== d && vd[offset + k - 1]! < vd[offset + k + 1]!)) prevK = k + 1
    else prevK = k - 1
    const prevX = d === 0 ? 0 : vd[offset + prevK]!
    const prevY = d === 0 ? 0 : prevX - prevK
    while (x > prevX && y > prevY) {
      x--
      y--
      ops.push({ op: 'equal', a: x, b: y })
    }
    if (d > 0) {
      if (x === prevX) ops.push({ op: 'insert', a: x, b: prevY })
      else ops.push({ op: 'delete', a: prevX, b: y })
    }
    x = prevX
    y = prevY
  }
  ops.reverse()
  const out: Op[] = []
  for (let i = 0; i < pre; i++) out.push({ op: 'equal', a: i, b: i })
  for (const o of ops) out.push({ op: o.op, a: o.a + pre, b: o.b + pre })
  for (let i = 0; i < suf; i++) out.push({ op: 'equal', a: n - suf + i, b: m - suf + i })
  return out
}

/**
 * The `patch` GitHub shows for a file changed from `before` to `after` (null: absent), or
 * undefined when nothing changed. Same format as `git diff -U3` without the file header.
 */
export function makePatch(
  before: string | null,
  after: string | null,
  context = 3
): string | undefined {
  const a = splitLines(before)
  const b = splitLines(after)
  // A last line without a final newline differs from the same text with one.
  const NO_NL = '\u0000no-newline'
  const ka = a.lines.map((l, i) => (i === a.lines.length - 1 && a.noFinalNewline ? l + NO_NL : l))
  const kb = b.lines.map((l, i) => (i === b.lines.length - 1 && b.noFinalNewline ? l + NO_NL : l))
  const ops = myers(ka, kb)
  if (ops.every((o) => o.op === 'equal')) return undefined
  // Each change takes `context` lines around it; overlapping or touching ranges share a hunk
  // (git merges hunks whose changes are at most 2 * context lines apart).
  const hunks: [number, number][] = []
  ops.forEach((o, i) => {
    if (o.op === 'equal') return
    const start = Math.max(0, i - context)
    const end = Math.min(ops.length, i + context + 1)
    const last = hunks.at(-1)
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else hunks.push([start, end])
  })
  const rows: string[] = []
  for (const [start, end] of hunks) {
    const slice = ops.slice(start, end)
    const oldCount = slice.filter((o) => o.op !== 'insert').length
    const newCount = slice.filter((o) => o.op !== 'delete').length
    const first = slice[0]!
    const oldStart = oldCount === 0 ? first.a : first.a + 1
    const newStart = newCount === 0 ? first.b : first.b + 1
    const range = (s: number, c: number) => (c === 1 ? `${s}` : `${s},${c}`)
    // git's default "function name" after the header: the nearest line above the hunk (old
    // file) that starts with a letter, `_` or `$`, at most 80 characters.
    let funcname = ''
    for (let j = first.a - 1; j >= 0; j--) {
      if (/^[A-Za-z_$]/.test(a.lines[j]!)) {
        funcname = ' ' + a.lines[j]!.slice(0, 80).trimEnd()
        break
      }
    }
    rows.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@${funcname}`)
    for (const o of slice) {
      const text = o.op === 'insert' ? b.lines[o.b]! : a.lines[o.a]!
      rows.push((o.op === 'equal' ? ' ' : o.op === 'insert' ? '+' : '-') + text)
      const lastOld = o.op !== 'insert' && o.a === a.lines.length - 1 && a.noFinalNewline
      const lastNew = o.op !== 'delete' && o.b === b.lines.length - 1 && b.noFinalNewline
      if (lastOld || lastNew) rows.push('\\ No newline at end of file')
    }
  }
  return rows.join('\n')
}

export interface LineLocation {
  hunk: Hunk
  index: number
  line: PatchLine
}

export interface PatchIndex {
  hunks: Hunk[]
  find(line: number, side: Side): LineLocation | undefined
  atPosition(position: number): LineLocation | undefined
}

const indexes = new Map<string, PatchIndex>()

/** parsePatch with lookups by line and by position (cached per patch text). */
export function indexPatch(patch: string | undefined): PatchIndex {
  const key = patch ?? ''
  let index = indexes.get(key)
  if (!index) {
    const hunks = patch ? parsePatch(patch) : []
    const right = new Map<number, LineLocation>()
    const left = new Map<number, LineLocation>()
    const positions = new Map<number, LineLocation>()
    for (const hunk of hunks) {
      hunk.lines.forEach((line, i) => {
        const loc = { hunk, index: i, line }
        if (line.newLine !== null && !right.has(line.newLine)) right.set(line.newLine, loc)
        if (line.oldLine !== null && !left.has(line.oldLine)) left.set(line.oldLine, loc)
        if (line.kind !== '\\') positions.set(line.position, loc)
      })
    }
    index = {
      hunks,
      find: (line, side) => (side === 'RIGHT' ? right : left).get(line),
      atPosition: (position) => positions.get(position)
    }
    if (indexes.size > 200) indexes.clear()
    indexes.set(key, index)
  }
  return index
}
