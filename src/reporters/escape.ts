import { display } from '../engine/display.js'

/*
 * Escaping of untrusted text (rule names, values, file names, messages, reasons) for each output
 * channel. Why each rule exists: security-and-robustness.md §1.4 (workflow commands), §4.1–4.3
 * (Markdown) and the O rows of §7.4.
 *
 * The Markdown functions first make the text visible: line breaks become spaces (fences keep
 * them) and every other control, invisible or direction-changing character becomes a `\uXXXX`
 * escape (`display()`), so a reader sees what is really there and no U+2060 in the output can have
 * come from the input. The workflow-command functions change nothing but what they must (the
 * runner must give the text back exactly); make log text visible first with `visibleLines()`.
 *
 * Tested in __tests__/reporters/escape.test.ts against micromark + GFM (raw HTML allowed) and a
 * model of the runner's command parser, with exact cases and fast-check properties.
 */

/** U+2060 WORD JOINER: invisible, not whitespace, and it breaks GitHub's mention and reference patterns. */
export const WORD_JOINER = '\u2060'

/** The text on one line: CR, LF and CRLF become one space each, everything else is `display()`ed. */
function oneLine(s: string): string {
  return display(s.replace(/\r\n|[\r\n]/g, ' '), Infinity)
}

/**
 * The text made visible but for its line breaks: every control, invisible or direction-changing
 * character becomes a `\uXXXX` escape (`display()`, no length cut) except CR and LF, which the
 * caller's channel carries itself (the workflow-command encoding as `%0D` / `%0A`). Idempotent.
 */
export function visibleLines(s: string): string {
  return s.replace(/[^\r\n]+/g, (run) => display(run, Infinity))
}

/** The longest run of `ch` in `s`. */
function longestRun(s: string, ch: string): number {
  let longest = 0
  let run = 0
  for (const c of s) {
    run = c === ch ? run + 1 : 0
    if (run > longest) longest = run
  }
  return longest
}

// --------------------------------------------------------------------------------------------
// Markdown
// --------------------------------------------------------------------------------------------

/**
 * Characters replaced by an entity. `&` so that no entity of the input (`&#64;` is an `@` to the
 * mention filter, which reads the rendered text) survives; `<` and `>` so that no tag, comment or
 * `<autolink>` can start and no `>` quote or alert block can open; `$` because GitHub's math
 * renderer reads `$…$`, and an entity has no `$` for it to see.
 */
const ENTITY = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['$', '&dollar;']
])

/**
 * ASCII punctuation that can start Markdown structure anywhere in a line, backslash-escaped
 * (CommonMark §2.4): code spans, emphasis, strikethrough, links, images, footnotes, headings and
 * GFM table cells (`\|` keeps a pipe inside its cell; it works inside tables and out).
 */
const ALWAYS = new Set(['\\', '`', '*', '_', '[', ']', '(', ')', '!', '|', '~', '#'])

/** Characters that start a block only at the start of a line: list items, setext underlines. */
const AT_START = new Set(['-', '+', '='])

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'
const isAlnum = (c: string | undefined): boolean => c !== undefined && /^[A-Za-z0-9]$/.test(c)
const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9A-Fa-f]$/.test(c)

/**
 * Where a word joiner goes (after index i) so that GitHub links nothing and notifies no one:
 * - `@` (mentions `@user`, `@org/team`; e-mail autolinks; `owner/repo@sha`);
 * - `#` before a digit (`#1`, `owner/repo#1`);
 * - `-` between an alphanumeric and a digit (`GH-1` and custom autolink prefixes such as `JIRA-1`);
 * - `:` before `//` and `www` before `.` (GFM's extended autolinks, full issue URLs);
 * - inside every run of 7 or more hexadecimal digits, after each 6 (commit SHAs).
 */
function joinerAfter(t: string): boolean[] {
  const after: boolean[] = new Array<boolean>(t.length).fill(false)
  for (let i = 0; i < t.length; i++) {
    const c = t[i]
    if (c === '@') after[i] = true
    else if (c === '#' && isDigit(t[i + 1])) after[i] = true
    else if (c === '-' && isAlnum(t[i - 1]) && isDigit(t[i + 1])) after[i] = true
    else if (c === ':' && t.startsWith('//', i + 1)) after[i] = true
    else if (i >= 2 && t[i + 1] === '.' && /^www$/i.test(t.slice(i - 2, i + 1))) after[i] = true
  }
  for (let i = 0; i < t.length;) {
    if (!isHex(t[i])) {
      i++
      continue
    }
    let end = i
    while (isHex(t[end])) end++
    if (end - i >= 7) for (let k = i + 5; k < end - 1; k += 6) after[k] = true
    i = end
  }
  return after
}

/**
 * Untrusted text for Markdown prose, headings and table cells: it renders as exactly the text
 * (made visible, on one line), never as markup. No HTML, entity, link, image, autolink, emphasis,
 * code, math, heading, list, quote or alert can come out of it, no `|` can split a table cell, and
 * GitHub sees no live `@mention` or `#123` / `GH-123` / `owner/repo#1` / SHA / URL reference: a
 * U+2060 WORD JOINER (invisible) follows each `@` and sits inside each such pattern. Runs of
 * spaces at either end become one space, so the text cannot start an indented code block.
 */
export function markdownText(s: string): string {
  const t = oneLine(s).replace(/^ {2,}| {2,}$/g, ' ')
  const after = joinerAfter(t)
  // the first character that is not a space: where a block could start
  const lead = t.length - t.trimStart().length
  // an ordered list marker `1.` at the start of a line
  let listDot = -1
  if (isDigit(t[lead])) {
    let k = lead
    while (isDigit(t[k])) k++
    if (t[k] === '.' && k - lead <= 9) listDot = k
  }
  let out = ''
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!
    const entity = ENTITY.get(c)
    if (entity) out += entity
    else if (ALWAYS.has(c) || (i === lead && AT_START.has(c)) || i === listDot) out += '\\' + c
    else out += c
    if (after[i]) out += WORD_JOINER
  }
  return out
}

/**
 * Untrusted text as an inline code span: backticks one longer than the longest run inside, and a
 * space of padding where CommonMark would otherwise read a backtick of the content as part of the
 * delimiter (it strips one space from each end again). Mentions, references and HTML are inert in
 * code. `inTable`: the span sits in a GFM table cell, where a `|` ends the cell even inside code,
 * so each `|` is escaped (cmark-gfm removes the backslash again) with an odd number of
 * backslashes before it, which keeps it in its cell in every GFM renderer. On GitHub a run of an
 * odd number of backslashes right before a `|` then shows one backslash more than there is.
 */
export function codeSpan(s: string, inTable = false): string {
  let t = oneLine(s)
  if (inTable) {
    t = t.replace(/(\\*)\|/g, (_, slashes: string) =>
      slashes.length % 2 === 0 ? `${slashes}\\|` : `${slashes}\\\\|`
    )
  }
  // an empty span would be no span at all: one space, which CommonMark keeps
  if (t === '') return '` `'
  const ticks = '`'.repeat(longestRun(t, '`') + 1)
  const pad =
    t.startsWith('`') ||
    t.endsWith('`') ||
    (t.startsWith(' ') && t.endsWith(' ') && t.trim() !== '')
      ? ' '
      : ''
  return ticks + pad + t + pad + ticks
}

/**
 * Untrusted text as a fenced code block: a backtick fence longer than any backtick run inside
 * (at least three), so the content can never close it early. `lang` is the caller's own info
 * string, one word; a `suggestion` block (GitHub's one-click "Commit suggestion") is refused,
 * because a suggestion built from file content is code a maintainer can commit with one click.
 * Lines keep their tabs; every other control or invisible character becomes a `\uXXXX` escape.
 */
export function fence(s: string, lang = ''): string {
  if (!/^[A-Za-z0-9_+.#-]*$/.test(lang)) {
    throw new RangeError(`A fence's language must be one word of letters, digits or _+.#-.`)
  }
  if (/^suggestion/i.test(lang)) {
    throw new RangeError('A suggestion block is never built from file content.')
  }
  const body = s
    .replace(/\r\n|\r/g, '\n')
    .replace(/\n$/, '')
    .split('\n')
    .map((line) =>
      line
        .split('\t')
        .map((part) => display(part, Infinity))
        .join('\t')
    )
    .join('\n')
  const ticks = '`'.repeat(Math.max(3, longestRun(body, '`') + 1))
  return `${ticks}${lang}\n${body}\n${ticks}`
}

// --------------------------------------------------------------------------------------------
// Workflow commands
// --------------------------------------------------------------------------------------------

/*
 * How the runner reads a line of a step's output (actions/runner: src/Runner.Common/ActionCommand.cs
 * and src/Runner.Worker/ActionCommandManager.cs): first `TryParseV2`, which `TrimStart()`s the
 * line (.NET white space, which includes U+0085, U+00A0, U+2028, U+2029) and wants it to start
 * with `::`, then the name up to the next `::`; failing that, the legacy `TryParse`, which looks
 * for `##[` ANYWHERE in the line, then the name up to `]`. Either way the name starts at a fixed
 * offset from the match (2 after the start, 3 after `##[`).
 *
 * So a word joiner goes between the two colons of a `::` that starts a line (after any run of
 * white space or invisible characters) and between `##` and `[` everywhere. With ordinal matching
 * the runner finds no command at all. Even if a culture-sensitive match skipped the joiner (ICU
 * ignores U+2060), the name would be read from the fixed offset, which now falls on the second
 * `:` or on the `[`, and no command is called `:…` or `[…`. The same holds for any invisible
 * character the input itself carries: the name can only start at a letter when the input has a
 * literal `::` at a line start or a literal `##[`, and those are exactly what is broken here.
 */

/** Characters .NET's `TrimStart()` removes, plus invisible ones (a superset does no harm). */
const LEADING =
  // eslint-disable-next-line no-misleading-character-class
  /[\s\u0085\u00a0\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufe00-\ufe0f\ufeff]/

/** Where a new line starts for the runner (CR, LF) or for anything that splits more widely. */
const LINE_BREAK = /[\r\n\u0085\u2028\u2029]/

/**
 * Text that the runner can never read as a workflow command, wherever it is written, even
 * unescaped (`core.info()` writes its text raw): `::error::`, `::add-mask::`,
 * `::stop-commands::` and every other `::` command at a line start, and `##[cmd]` anywhere.
 * Only U+2060 WORD JOINERs are added (invisible), so the text reads the same; it can also be
 * passed to `core.error()` / `core.warning()` / `core.notice()`, which do the `%` escaping
 * themselves. For log text from untrusted input use `neutraliseWorkflowCommands(visibleLines(s))`,
 * which also shows escape sequences and direction overrides instead of sending them to the log.
 */
export function neutraliseWorkflowCommands(s: string): string {
  let out = ''
  // one pass, so that a long run of white space costs linear time
  let lineStart = true
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!
    out += c
    if (LINE_BREAK.test(c)) lineStart = true
    else if (LEADING.test(c)) continue
    else {
      if (lineStart && c === ':' && s[i + 1] === ':') out += WORD_JOINER
      lineStart = false
    }
  }
  return breakLegacy(out)
}

/** `##[` anywhere becomes `##\u2060[`. */
const breakLegacy = (s: string): string => s.replace(/##\[/g, `##${WORD_JOINER}[`)

/*
 * The encoding of `@actions/core` (`packages/core/src/command.ts`, escapeData / escapeProperty),
 * which the runner undoes (`ActionCommand.cs`, UnescapeData / UnescapeProperty). These two are
 * for building command lines without `@actions/core` (`--format github`); never pass their result
 * to `core.*`, which encodes again.
 *
 * They add no word joiner: a line built as `::error PROPERTIES::MESSAGE\n` from them is parsed by
 * the runner's `::` parser as that one command (it is tried first, and the legacy `##[` parser only
 * when it fails), and the encoded values hold no CR or LF, so nothing in them starts a line. The
 * runner therefore gives back exactly the text that went in.
 */

/**
 * A workflow command's message (`::error file=…::MESSAGE`), encoded exactly as `@actions/core`'s
 * `escapeData`: `%` → `%25` first (so a `%0A` of the text stays text), CR → `%0D`, LF → `%0A`.
 */
export function workflowCommandValue(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/**
 * A workflow command's property value (`file=`, `title=`), encoded exactly as `@actions/core`'s
 * `escapeProperty`: as the message, plus `:` → `%3A` and `,` → `%2C`, so a value can end neither
 * the properties (`::`) nor one property (`,`). (A value cannot start with `=`: the runner drops
 * leading `=`, and the format has no escape for it.)
 */
export function workflowCommandProperty(s: string): string {
  return workflowCommandValue(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
