/**
 * The username pattern matcher (`UsernameMatchesAnyOfPatterns`): `*` matches any run of characters,
 * everything else (`\` included) is literal, comparison is case-insensitive. It never builds a
 * regular expression: the pattern is split at `*` and each literal piece is found with
 * Knuth–Morris–Pratt, leftmost first, which is both correct for `*`-only patterns and linear in
 * the lengths of the pattern and the name, whatever either holds.
 */

/** Counts the character comparisons of a match, so tests can prove linearity without timing. */
export interface StepCounter {
  steps: number
}

/** Case folding of the matcher: simple lower-casing of each UTF-16 unit's string. */
export function fold(text: string): string {
  return text.toLowerCase()
}

/** The KMP failure table of `needle`. */
function failure(needle: string, counter?: StepCounter): Int32Array {
  const table = new Int32Array(needle.length)
  let k = 0
  for (let i = 1; i < needle.length; i++) {
    while (k > 0 && needle.charCodeAt(i) !== needle.charCodeAt(k)) {
      k = table[k - 1]!
      if (counter) counter.steps++
    }
    if (counter) counter.steps++
    if (needle.charCodeAt(i) === needle.charCodeAt(k)) k++
    table[i] = k
  }
  return table
}

/** The index of the first occurrence of `needle` in `hay` at or after `from`, else -1. */
function indexOf(hay: string, needle: string, from: number, end: number, counter?: StepCounter) {
  if (needle.length === 0) return from
  const table = failure(needle, counter)
  let k = 0
  for (let i = from; i < end; i++) {
    while (k > 0 && hay.charCodeAt(i) !== needle.charCodeAt(k)) {
      k = table[k - 1]!
      if (counter) counter.steps++
    }
    if (counter) counter.steps++
    if (hay.charCodeAt(i) === needle.charCodeAt(k)) k++
    if (k === needle.length) return i - needle.length + 1
  }
  return -1
}

/** True when `name` matches the wildcard `pattern` (case-insensitive, `*` only). */
export function matchesPattern(pattern: string, name: string, counter?: StepCounter): boolean {
  const p = fold(pattern)
  const s = fold(name)
  const pieces = p.split('*')
  if (pieces.length === 1) {
    if (counter) counter.steps += Math.min(p.length, s.length)
    return p === s
  }
  const first = pieces[0]!
  const last = pieces[pieces.length - 1]!
  if (first.length + last.length > s.length) return false
  if (counter) counter.steps += first.length + last.length
  if (!s.startsWith(first) || !s.endsWith(last)) return false
  let at = first.length
  const end = s.length - last.length
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i]!
    const found = indexOf(s, piece, at, end, counter)
    if (found < 0) return false
    at = found + piece.length
  }
  return true
}

/** True when the pattern is only wildcards, so it matches every name. */
export function matchesEveryone(pattern: string): boolean {
  return pattern.length > 0 && /^\*+$/.test(pattern)
}

/** The number of `*` wildcards in a pattern. */
export function wildcardCount(pattern: string): number {
  let n = 0
  for (let i = 0; i < pattern.length; i++) if (pattern.charCodeAt(i) === 42) n++
  return n
}
