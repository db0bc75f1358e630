/** RFC 6901 JSON Pointer helpers: one place for `~0`/`~1` in both directions. */

/** Escapes one reference token. */
export function escapeToken(token: string | number): string {
  // nearly every token is an index or a plain key: no regular expression runs for those
  if (typeof token === 'number') return String(token)
  if (!token.includes('~') && !token.includes('/')) return token
  return token.replace(/~/g, '~0').replace(/\//g, '~1')
}

/** Unescapes one reference token. */
export function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~')
}

/** Appends tokens to a pointer: `join('/A', 'b/c', 0)` is `/A/b~1c/0`. */
export function join(pointer: string, ...tokens: (string | number)[]): string {
  let out = pointer
  for (const t of tokens) out += '/' + escapeToken(t)
  return out
}

/** Splits a pointer into its unescaped tokens; `''` is the root. */
export function split(pointer: string): string[] {
  if (pointer === '') return []
  if (!pointer.startsWith('/')) throw new Error(`not a JSON Pointer: ${pointer}`)
  return pointer.slice(1).split('/').map(unescapeToken)
}

/** True when `pointer` is `prefix` or lies below it (segment-wise: `/a/1` is not below `/a/10`). */
export function isWithin(pointer: string, prefix: string): boolean {
  return pointer === prefix || pointer.startsWith(prefix.endsWith('/') ? prefix : prefix + '/')
}

/** The value a pointer names inside a parsed document, or undefined. */
export function valueAt(value: unknown, pointer: string): unknown {
  let v = value
  for (const t of split(pointer)) {
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[t] : undefined
  }
  return v
}
