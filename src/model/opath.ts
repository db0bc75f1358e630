import { FILTER_PROPERTIES } from './constants.js'
import { matchesPattern } from './wildcard.js'

/**
 * The OPATH parser for `UserRecipientFilter` (§2.2): a recursive-descent parser with a depth cap,
 * case-insensitive operators and property names, `-and -or -not -eq -ne -like -notlike -lt -gt`,
 * parentheses, single- and double-quoted values with doubled-quote escapes, `$null`, `$true`,
 * `$false`, bare words, and the older braces form `{…}`. Like PowerShell it reads typographic
 * quotes (‘ ’ ‚ ‛, “ ” „) and dashes (– — ―) as their ASCII counterparts; EXO303 warns about them.
 * Every token keeps its indexes in the decoded string, so findings point at the right file column.
 */

export type ComparisonOperator = 'eq' | 'ne' | 'like' | 'notlike' | 'lt' | 'gt'
const COMPARISONS: readonly string[] = ['eq', 'ne', 'like', 'notlike', 'lt', 'gt']
const LOGICAL: readonly string[] = ['and', 'or', 'not']

/** Indexes into the decoded filter string, end exclusive. */
export interface Span {
  start: number
  end: number
}

export type FilterValue =
  | { kind: 'string'; text: string; typographic: boolean }
  | { kind: 'null' | 'true' | 'false' }
  | { kind: 'bare'; text: string }

export interface Comparison {
  kind: 'cmp'
  /** The property as written, and its canonical name when it is one of the 23 (else undefined). */
  property: string
  canonical?: string
  propertySpan: Span
  op: ComparisonOperator
  opSpan: Span
  /** True when the operator's dash is typographic (`–eq`). */
  opTypographic: boolean
  value: FilterValue
  valueSpan: Span
}

export type FilterNode =
  | Comparison
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }

export interface ParsedFilter {
  ok: true
  root: FilterNode
  comparisons: Comparison[]
  /** Logical operators written with a typographic dash. */
  typographicDashes: Span[]
  /** Spaces between tokens that are not ASCII spaces or tabs (a no-break space, U+2003…). */
  typographicSpaces: Span[]
}

export interface FilterError {
  ok: false
  /** EXO302's message ID. */
  messageId:
    | 'empty'
    | 'unterminated'
    | 'unclosedParen'
    | 'unexpectedParen'
    | 'expectedProperty'
    | 'expectedComparison'
    | 'expectedLogical'
    | 'unknownOperator'
    | 'expectedValue'
    | 'dangling'
    | 'variable'
    | 'unexpected'
    | 'braces'
    | 'tooDeep'
  /** Where parsing failed (index into the decoded string) and how much to underline. */
  span: Span
  data: Record<string, string | number>
}

const SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b"
const DOUBLE_QUOTES = '"\u201c\u201d\u201e'
const DASHES = '-\u2013\u2014\u2015'
const WORD = /[A-Za-z0-9_.@:/\\+]/

type Token =
  | { type: 'paren'; text: '(' | ')'; span: Span }
  | { type: 'op'; name: string; raw: string; typographic: boolean; span: Span }
  | { type: 'string'; text: string; typographic: boolean; span: Span }
  | { type: 'variable'; name: string; span: Span }
  | { type: 'word'; text: string; span: Span }
  | { type: 'end'; span: Span }

type Lexed = { ok: true; tokens: Token[]; spaces: Span[] } | FilterError

const fail = (
  messageId: FilterError['messageId'],
  span: Span,
  data: Record<string, string | number> = {}
): FilterError => ({ ok: false, messageId, span, data })

function lex(text: string, from: number, to: number): Lexed {
  const tokens: Token[] = []
  const spaces: Span[] = []
  let i = from
  while (i < to) {
    const c = text[i]!
    if (/\s/u.test(c)) {
      // PowerShell reads a no-break space (and the other Unicode spaces) as a space too
      if (!' \t\r\n'.includes(c)) spaces.push({ start: i, end: i + 1 })
      i++
      continue
    }
    const start = i
    if (c === '(' || c === ')') {
      tokens.push({ type: 'paren', text: c, span: { start, end: i + 1 } })
      i++
    } else if (DASHES.includes(c)) {
      i++
      while (i < to && /[A-Za-z]/.test(text[i]!)) i++
      const name = text.slice(start + 1, i)
      tokens.push({
        type: 'op',
        name: name.toLowerCase(),
        raw: text.slice(start, i),
        typographic: c !== '-',
        span: { start, end: i }
      })
    } else if (SINGLE_QUOTES.includes(c) || DOUBLE_QUOTES.includes(c)) {
      const quotes = SINGLE_QUOTES.includes(c) ? SINGLE_QUOTES : DOUBLE_QUOTES
      let typographic = c !== "'" && c !== '"'
      let value = ''
      i++
      for (;;) {
        if (i >= to) return fail('unterminated', { start, end: start + 1 }, { quote: c })
        const d = text[i]!
        if (quotes.includes(d)) {
          if (d !== "'" && d !== '"') typographic = true
          // a doubled quote is one literal quote character
          if (i + 1 < to && quotes.includes(text[i + 1]!)) {
            value += d
            i += 2
            continue
          }
          i++
          break
        }
        value += d
        i++
      }
      tokens.push({ type: 'string', text: value, typographic, span: { start, end: i } })
    } else if (c === '$') {
      i++
      while (i < to && /[A-Za-z0-9_]/.test(text[i]!)) i++
      tokens.push({ type: 'variable', name: text.slice(start + 1, i), span: { start, end: i } })
    } else if (WORD.test(c)) {
      while (i < to && (WORD.test(text[i]!) || DASHES.includes(text[i]!))) i++
      tokens.push({ type: 'word', text: text.slice(start, i), span: { start, end: i } })
    } else {
      return fail('unexpected', { start, end: start + 1 }, { text: c })
    }
  }
  tokens.push({ type: 'end', span: { start: to, end: to } })
  return { ok: true, tokens, spaces }
}

const PROPERTY = /^[A-Za-z][A-Za-z0-9]*$/
const CANONICAL = new Map<string, string>(FILTER_PROPERTIES.map((p) => [p.toLowerCase(), p]))

/** Parses a filter; never throws; nesting deeper than `maxDepth` is an error, not a stack overflow. */
export function parseFilter(text: string, maxDepth = 32): ParsedFilter | FilterError {
  let from = 0
  let to = text.length
  while (from < to && /\s/u.test(text[from]!)) from++
  while (to > from && /\s/u.test(text[to - 1]!)) to--
  if (from === to) return fail('empty', { start: 0, end: text.length })
  if (text[from] === '{' || text[to - 1] === '}') {
    if (text[from] !== '{') return fail('braces', { start: to - 1, end: to }, { brace: '}' })
    if (text[to - 1] !== '}' || to - from < 2)
      return fail('braces', { start: from, end: from + 1 }, { brace: '{' })
    from++
    to--
    if (!text.slice(from, to).trim()) return fail('empty', { start: from - 1, end: to + 1 })
  }
  const lexed = lex(text, from, to)
  if (!lexed.ok) return lexed
  const tokens = lexed.tokens
  const comparisons: Comparison[] = []
  const typographicDashes: Span[] = []
  let pos = 0
  const peek = (): Token => tokens[pos]!
  const raw = (t: Token): string => text.slice(t.span.start, t.span.end)
  const describe = (t: Token): string =>
    t.type === 'end' ? 'the end of the filter' : `"${text.slice(t.span.start, t.span.end)}"`

  class Failure {
    constructor(readonly error: FilterError) {}
  }
  const stop = (
    messageId: FilterError['messageId'],
    span: Span,
    data: Record<string, string | number> = {}
  ): never => {
    throw new Failure(fail(messageId, span, data))
  }

  const logical = (name: string): boolean => {
    const t = peek()
    if (t.type === 'op' && t.name === name) {
      if (t.typographic) typographicDashes.push(t.span)
      pos++
      return true
    }
    return false
  }

  const expression = (depth: number): FilterNode => {
    let left = conjunction(depth)
    for (;;) {
      const op = peek()
      if (!logical('or')) return left
      if (peek().type === 'end') stop('dangling', op.span, { operator: raw(op) })
      left = { kind: 'or', left, right: conjunction(depth) }
    }
  }
  const conjunction = (depth: number): FilterNode => {
    let left = unary(depth)
    for (;;) {
      const op = peek()
      if (!logical('and')) return left
      if (peek().type === 'end') stop('dangling', op.span, { operator: raw(op) })
      left = { kind: 'and', left, right: unary(depth) }
    }
  }
  const unary = (depth: number): FilterNode => {
    const t = peek()
    const opens = (t.type === 'op' && t.name === 'not') || (t.type === 'paren' && t.text === '(')
    if (opens && depth >= maxDepth) stop('tooDeep', t.span, { max: maxDepth })
    if (t.type === 'op' && t.name === 'not') {
      logical('not')
      if (peek().type === 'end') stop('dangling', t.span, { operator: raw(t) })
      return { kind: 'not', operand: unary(depth + 1) }
    }
    if (t.type === 'paren' && t.text === '(') {
      pos++
      if (peek().type === 'end') stop('unclosedParen', t.span)
      if (peek().type === 'paren' && (peek() as { text: string }).text === ')')
        stop('expectedProperty', peek().span, { found: '")"' })
      const inner = expression(depth + 1)
      const close = peek()
      if (close.type !== 'paren' || close.text !== ')') {
        if (close.type === 'end') stop('unclosedParen', t.span)
        stop('expectedLogical', close.span, { found: describe(close) })
      }
      pos++
      return inner
    }
    return comparison()
  }
  const comparison = (): Comparison => {
    const p = peek()
    if (p.type === 'paren' && p.text === ')') stop('unexpectedParen', p.span)
    if (p.type === 'op' && LOGICAL.includes(p.name))
      stop('dangling', p.span, { operator: text.slice(p.span.start, p.span.end) })
    if (p.type !== 'word' || !PROPERTY.test(p.text))
      stop('expectedProperty', p.span, { found: describe(p) })
    const prop = p as Extract<Token, { type: 'word' }>
    pos++
    const o = peek()
    if (o.type !== 'op') stop('expectedComparison', o.span, { found: describe(o) })
    const op = o as Extract<Token, { type: 'op' }>
    if (!COMPARISONS.includes(op.name)) {
      if (LOGICAL.includes(op.name)) stop('expectedComparison', op.span, { found: describe(op) })
      stop('unknownOperator', op.span, { operator: op.raw })
    }
    pos++
    const v = peek()
    let value: FilterValue
    if (v.type === 'string') value = { kind: 'string', text: v.text, typographic: v.typographic }
    else if (v.type === 'word') value = { kind: 'bare', text: v.text }
    else if (v.type === 'variable') {
      const name = v.name.toLowerCase()
      if (name !== 'null' && name !== 'true' && name !== 'false')
        stop('variable', v.span, { variable: text.slice(v.span.start, v.span.end) })
      value = { kind: name as 'null' | 'true' | 'false' }
    } else stop('expectedValue', v.type === 'end' ? op.span : v.span, { operator: op.raw })
    pos++
    const node: Comparison = {
      kind: 'cmp',
      property: prop.text,
      propertySpan: prop.span,
      op: op.name as ComparisonOperator,
      opSpan: op.span,
      opTypographic: op.typographic,
      value: value!,
      valueSpan: v.span
    }
    const canonical = CANONICAL.get(prop.text.toLowerCase())
    if (canonical) node.canonical = canonical
    comparisons.push(node)
    return node
  }

  try {
    const root = expression(0)
    const rest = peek()
    if (rest.type !== 'end') {
      if (rest.type === 'paren' && rest.text === ')') stop('unexpectedParen', rest.span)
      stop('expectedLogical', rest.span, { found: describe(rest) })
    }
    return { ok: true, root, comparisons, typographicDashes, typographicSpaces: lexed.spaces }
  } catch (e) {
    if (e instanceof Failure) return e.error
    throw e
  }
}

/** Recipient properties of a user, by canonical property name; a property not given is empty. */
export type Recipient = Readonly<Record<string, string | undefined>>

function valueText(v: FilterValue): string | undefined {
  switch (v.kind) {
    case 'string':
    case 'bare':
      return v.text
    case 'true':
      return 'True'
    case 'false':
      return 'False'
    default:
      return undefined
  }
}

function compare(c: Comparison, user: Recipient): boolean {
  const actual = c.canonical ? (user[c.canonical] ?? '') : ''
  const expected = valueText(c.value)
  const empty = actual === ''
  if (expected === undefined) {
    // $null: "is blank"
    if (c.op === 'eq' || c.op === 'like') return empty
    if (c.op === 'ne' || c.op === 'notlike') return !empty
    return false
  }
  const a = actual.toLowerCase()
  const b = expected.toLowerCase()
  switch (c.op) {
    case 'eq':
      return !empty && a === b
    case 'ne':
      return empty || a !== b
    case 'like':
      return !empty && matchesPattern(b, a)
    case 'notlike':
      return empty || !matchesPattern(b, a)
    case 'lt':
      return !empty && a < b
    case 'gt':
      return !empty && a > b
  }
}

/** Evaluates a parsed filter against a recipient; iterative, so no input can exhaust the stack. */
export function evaluateFilter(root: FilterNode, user: Recipient): boolean {
  // explicit stack of frames: [node, phase, left result]
  const results: boolean[] = []
  const stack: { node: FilterNode; phase: number }[] = [{ node: root, phase: 0 }]
  while (stack.length) {
    const frame = stack[stack.length - 1]!
    const n = frame.node
    if (n.kind === 'cmp') {
      results.push(compare(n, user))
      stack.pop()
    } else if (n.kind === 'not') {
      if (frame.phase === 0) {
        frame.phase = 1
        stack.push({ node: n.operand, phase: 0 })
      } else {
        results.push(!results.pop()!)
        stack.pop()
      }
    } else if (frame.phase === 0) {
      frame.phase = 1
      stack.push({ node: n.left, phase: 0 })
    } else if (frame.phase === 1) {
      const left = results[results.length - 1]!
      // short-circuit: -and stops on false, -or on true
      if ((n.kind === 'and' && !left) || (n.kind === 'or' && left)) stack.pop()
      else {
        results.pop()
        frame.phase = 2
        stack.push({ node: n.right, phase: 0 })
      }
    } else stack.pop()
  }
  return results.pop()!
}
