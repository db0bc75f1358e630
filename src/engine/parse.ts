import { parseTree, type Node, type ParseError } from 'jsonc-parser'
import { display } from './display.js'

/** A parsed document: `JSON.parse` accepted it; the tree gives positions and decoded keys. */
export interface Parsed {
  ok: true
  value: unknown
  tree: Node
}

/** Why a document is not strict JSON: an EXO001 message and where. */
export interface ParseFailure {
  ok: false
  messageId: string
  data: Record<string, string | number>
  offset: number
  length: number
}

/**
 * Cheap iterative scan for the nesting depth, before any recursive step (jsonc-parser, ajv and
 * `JSON.stringify` overflow the stack at a few thousand levels; real rule sets are 3–5 deep).
 * Returns the offset of the first bracket past the cap, or -1.
 */
export function depthExceeded(text: string, maxDepth: number): number {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92) i++
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 || c === 91) {
      if (++depth > maxDepth) return i
    } else if (c === 125 || c === 93) depth--
  }
  return -1
}

/**
 * Strict RFC 8259 parse. `JSON.parse` is the acceptance gate and the only producer of values;
 * jsonc-parser's scan of the same text (comments and trailing commas are errors) supplies the
 * position of a rejection and, for accepted text, the tree used for positions and duplicate keys.
 */
export function parse(text: string, maxDepth: number): Parsed | ParseFailure {
  if (/^[ \t\n\r]*$/.test(text)) {
    return { ok: false, messageId: 'empty', data: {}, offset: 0, length: 0 }
  }
  const deep = depthExceeded(text, maxDepth)
  if (deep >= 0)
    return { ok: false, messageId: 'tooDeep', data: { cap: maxDepth }, offset: deep, length: 1 }
  const errors: ParseError[] = []
  const tree = parseTree(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false
  })
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    return describe(text, errors, e, tree)
  }
  if (!tree) return describe(text, errors, undefined, tree)
  return { ok: true, value: toNullPrototype(value), tree }
}

/** Copies own properties into null-prototype objects: no inherited key can satisfy a check. */
function toNullPrototype(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(toNullPrototype)
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = Object.create(null)
    for (const k of Object.keys(v)) out[k] = toNullPrototype((v as Record<string, unknown>)[k])
    return out
  }
  return v
}

const CLOSERS = new Set(['}', ']'])

/** jsonc-parser error codes about strings and comments: never about a number. */
const TEXT_ERRORS = new Set([10, 11, 12, 14, 15, 16])

/** Turns the first problem jsonc-parser saw into a readable EXO001 message. */
function describe(
  text: string,
  errors: ParseError[],
  thrown: unknown,
  tree: Node | undefined
): ParseFailure {
  const first = errors[0]
  if (!first) {
    // jsonc-parser saw nothing wrong but JSON.parse did: take V8's position when it gives one.
    const m = /position (\d+)/.exec(String((thrown as Error)?.message ?? ''))
    const offset = m ? Math.min(Number(m[1]), text.length) : text.length
    return fromToken(text, 'invalidSymbol', offset)
  }
  const { error, offset } = first
  // `01`, `+1`, `.5`, `0x1`, `NaN`, `-Infinity`: jsonc-parser stops inside or after the literal
  // (a leading zero reads as two numbers); report the whole literal from its first character.
  const number = TEXT_ERRORS.has(error) ? undefined : badNumber(text, offset)
  if (number) return number
  // anything after the complete value: `{…} x`
  if (error === 1 && tree && offset >= tree.offset + tree.length) {
    return fromToken(text, 'endExpected', offset)
  }
  const token = tokenAt(text, offset)
  switch (error) {
    case 1: // InvalidSymbol
      return fromToken(text, 'invalidSymbol', offset)
    case 2: // InvalidNumberFormat
    case 13: // UnexpectedEndOfNumber
      return fromToken(text, 'invalidNumber', numberStart(text, offset))
    case 3: // PropertyNameExpected
    case 4: {
      // ValueExpected
      if (CLOSERS.has(token)) {
        const comma = previousSignificant(text, offset)
        if (comma >= 0 && text[comma] === ',') {
          return {
            ok: false,
            messageId: 'trailingComma',
            data: { token },
            offset: comma,
            length: 1
          }
        }
      }
      if (offset >= text.length) return atEnd(text)
      return fromToken(text, error === 3 ? 'propertyNameExpected' : 'valueExpected', offset)
    }
    case 5: // ColonExpected
      return offset >= text.length ? atEnd(text) : fromToken(text, 'colonExpected', offset)
    case 6: // CommaExpected
    case 7: // CloseBraceExpected
    case 8: // CloseBracketExpected
      if (offset >= text.length) return atEnd(text)
      return fromToken(text, 'commaExpected', offset)
    case 9: // EndOfFileExpected
      return fromToken(text, 'endExpected', offset)
    case 10: // InvalidCommentToken
    case 11: // UnexpectedEndOfComment
      return fromToken(text, 'comment', offset)
    case 12: // UnexpectedEndOfString
      return { ok: false, messageId: 'unterminatedString', data: {}, offset, length: 1 }
    case 14: // InvalidUnicode
    case 15: // InvalidEscapeCharacter
      return escapeProblem(text, offset)
    case 16: {
      // InvalidCharacter: a raw control character inside a string. jsonc-parser reports the
      // whole string token; point at the character itself.
      let at = offset
      const end = Math.min(text.length, offset + Math.max(first.length, 1))
      for (let k = offset; k < end; k++) {
        if (text.charCodeAt(k) < 0x20) {
          at = k
          break
        }
      }
      const ch = text.charCodeAt(at)
      return {
        ok: false,
        messageId: 'controlCharacter',
        data: { char: 'U+' + ch.toString(16).toUpperCase().padStart(4, '0') },
        offset: at,
        length: 1
      }
    }
    default:
      return fromToken(text, 'invalidSymbol', offset)
  }
}

function atEnd(text: string): ParseFailure {
  return { ok: false, messageId: 'unexpectedEnd', data: {}, offset: text.length, length: 0 }
}

function fromToken(text: string, messageId: string, offset: number): ParseFailure {
  if (offset >= text.length) return atEnd(text)
  const token = tokenAt(text, offset)
  return { ok: false, messageId, data: { token: display(token, 40) }, offset, length: token.length }
}

/** The token starting at `offset`: a bracket or punctuation, or a run of word characters. */
function tokenAt(text: string, offset: number): string {
  const c = text[offset]
  if (c === undefined) return ''
  if ('{}[],:'.includes(c)) return c
  if (c === '"' || c === "'") {
    const end = text.indexOf(c, offset + 1)
    return text.slice(offset, end < 0 ? Math.min(text.length, offset + 40) : end + 1)
  }
  if (c === '/') return text.slice(offset, offset + 2)
  const m = /^[^\s{}[\],:"]+/.exec(text.slice(offset, offset + 64))
  if (m) return m[0]
  // a single UTF-16 character (keep surrogate pairs together)
  return String.fromCodePoint(text.codePointAt(offset) ?? 0)
}

const NUMBER_CHAR = /[-+.0-9A-Za-z]/
const JSON_NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$/

/**
 * The number-like literal around `offset` when it is not a JSON number (`01`, `+1`, `.5`, `1.`,
 * `0x1`, `NaN`, `-Infinity`), as an `invalidNumber` failure at its first character.
 */
function badNumber(text: string, offset: number): ParseFailure | undefined {
  if (!NUMBER_CHAR.test(text[offset] ?? '')) return undefined
  let start = offset
  while (start > 0 && NUMBER_CHAR.test(text[start - 1] as string)) start--
  let end = offset
  while (end < text.length && NUMBER_CHAR.test(text[end] as string)) end++
  const literal = text.slice(start, end)
  if (!/^[-+.0-9]/.test(literal) && !/^(NaN|Infinity)$/.test(literal)) return undefined
  if (JSON_NUMBER.test(literal)) return undefined
  return {
    ok: false,
    messageId: 'invalidNumber',
    data: { token: display(literal, 40) },
    offset: start,
    length: literal.length
  }
}

function numberStart(text: string, offset: number): number {
  let i = offset
  while (i > 0 && /[-+0-9.eE]/.test(text[i - 1] ?? '')) i--
  return i
}

function previousSignificant(text: string, offset: number): number {
  let i = offset - 1
  while (i >= 0 && ' \t\r\n'.includes(text[i] as string)) i--
  return i
}

function escapeProblem(text: string, offset: number): ParseFailure {
  // jsonc-parser reports the string's start or the escape's; find the backslash itself.
  let i = offset
  const close = text.indexOf('"', offset + 1)
  const stop = close < 0 ? text.length : close
  let at = -1
  for (let k = i; k < stop; k++) {
    if (text[k] === '\\') {
      const next = text[k + 1] ?? ''
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(k + 2, k + 6))) {
          at = k
          break
        }
        k += 5
      } else if ('"\\/bfnrt'.includes(next) && next !== '') k++
      else {
        at = k
        break
      }
    }
  }
  i = at < 0 ? offset : at
  const seq = text.slice(i, text[i + 1] === 'u' ? i + 6 : i + 2)
  return {
    ok: false,
    messageId: 'invalidEscape',
    data: { token: display(seq, 40) },
    offset: i,
    length: seq.length
  }
}
