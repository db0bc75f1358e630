import type { Node } from 'jsonc-parser'
import { split } from './pointer.js'

/** A span of the text, in UTF-16 offsets. */
export interface Span {
  offset: number
  length: number
}

/** 1-based line/column range; `endColumn` exclusive. */
export interface Range {
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** Which part of a member a pointer should be shown at. */
export type Target = 'value' | 'key' | 'open'

/**
 * Maps offsets to lines and columns. JSON knows three line breaks: LF, CRLF and a lone CR; a line
 * break inside a string is not legal JSON, so only whitespace breaks lines in a valid document.
 */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 10) this.starts.push(i + 1)
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++
        this.starts.push(i + 1)
      }
    }
  }

  /** 1-based line and column of an offset (clamped to the text). */
  position(offset: number): { line: number; column: number } {
    const at = Math.max(0, Math.min(offset, this.text.length))
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((this.starts[mid] as number) <= at) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: at - (this.starts[lo] as number) + 1 }
  }

  /** The range of a span; an empty span covers one character so that editors can show it. */
  range(span: Span): Range {
    const start = this.position(span.offset)
    const end = this.position(span.offset + Math.max(span.length, 1))
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column }
  }
}

/**
 * Finds the node a pointer names in a jsonc-parser tree. Where the pointer names nothing (a
 * missing property), the closest existing ancestor is returned with `exact: false`.
 * Duplicate keys: the last member wins, as it does in `JSON.parse`.
 */
export function locate(root: Node, pointer: string): { node: Node; exact: boolean } {
  let node = root
  for (const token of split(pointer)) {
    let next: Node | undefined
    if (node.type === 'object') {
      for (const member of node.children ?? []) {
        if (member.children?.[0]?.value === token) next = member.children[1]
      }
    } else if (node.type === 'array' && /^(0|[1-9][0-9]*)$/.test(token)) {
      next = node.children?.[Number(token)]
    }
    if (!next) return { node, exact: false }
    node = next
  }
  return { node, exact: true }
}

/** The span to show for a node: its key, its value, or an object's or array's opening bracket. */
export function spanOf(node: Node, target: Target): Span {
  if (target === 'key' && node.parent?.type === 'property') {
    const key = node.parent.children?.[0]
    if (key) return { offset: key.offset, length: key.length }
  }
  if (target === 'open' && (node.type === 'object' || node.type === 'array')) {
    return { offset: node.offset, length: 1 }
  }
  return { offset: node.offset, length: node.length }
}

/**
 * Maps a range of a decoded string (indexes into the value) to the span of the raw string token
 * in the file, so that a finding inside a filter points at the right file column even when the
 * string holds escapes such as `\"` or `\u00e9`.
 */
export function spanInString(text: string, token: Span, start: number, end: number): Span {
  // offsets[i] = raw offset of decoded index i; one extra entry for the end.
  let raw = token.offset + 1
  const last = token.offset + token.length - 1
  let decoded = 0
  let rawStart = -1
  let rawEnd = -1
  while (raw <= last) {
    if (decoded === start && rawStart < 0) rawStart = raw
    if (decoded === end) {
      rawEnd = raw
      break
    }
    if (raw === last) break
    const c = text.charCodeAt(raw)
    if (c === 92 /* \ */) raw += text.charCodeAt(raw + 1) === 117 /* u */ ? 6 : 2
    else raw += 1
    decoded += 1
  }
  if (rawStart < 0) rawStart = last
  if (rawEnd < 0) rawEnd = last
  return { offset: rawStart, length: Math.max(rawEnd - rawStart, 0) }
}
