import { groupDigits } from '../engine/digits.js'
import { display } from '../engine/display.js'
import type { Finding, LintResult, Severity } from '../engine/types.js'
import { codeSpan, markdownText } from './escape.js'

/** GitHub refuses a longer issue comment or review body ("Body is too long (maximum is 65536 characters)"). */
export const COMMENT_MAX_CHARS = 65_536

/** A step's job summary above 1 MiB is not uploaded at all (workflow-commands.md, "Step isolation and limits"). */
export const JOB_SUMMARY_MAX_BYTES = 1_048_576

export interface MarkdownOptions {
  /** Where the check pages live: a finding's ID links to `docsBase + id + '.md'`. */
  docsBase: string
  /** At most this many UTF-16 code units (never fewer than GitHub's characters): 65,536 for a comment. */
  maxChars: number
  /** At most this many bytes of UTF-8: 1,048,576 for the job summary. Default: no byte limit. */
  maxBytes?: number
  /** The heading; default `exo-access-gate`. */
  title?: string
  verdict: 'pass' | 'fail'
  /** The threshold in force: `error`, `warning`, `notice` or `never`. */
  failOn: string
  /**
   * A hidden marker, the very first line of the output, by which a later run finds its own
   * summary comment: either the marker's words (written as `<!-- words -->`) or a whole
   * `<!-- … -->` comment (written as it is). Trusted; it may hold no `--`, `<`, `>` or control
   * character inside the comment (a RangeError says so), so it can neither end early nor show.
   */
  marker?: string
  /**
   * Trusted Markdown, one paragraph each, placed right after the verdict: what the run could not
   * do ("The token cannot write to this pull request; …"). Always shown, never cut.
   */
  notes?: string[]
  /** The pull request changes the gate's config file: called out after the verdict and notes. */
  configChanged?: boolean
  /** That file's path, named in the callout. */
  configFile?: string
  /**
   * Sections placed after the verdict (and the callout), before the counts: "Effect of this
   * change". Trusted Markdown, escaped by whoever built it; each is kept whole or left out whole.
   */
  extraSections?: string[]
  /**
   * The URL of the inline review comment that carries this finding, when it was posted as one:
   * its row then ends with ` ([inline](URL))`. Only an `http:` or `https:` URL is linked (any
   * other answer is ignored); spaces, parentheses and angle brackets in it are percent-encoded.
   */
  inlineUrl?: (f: Finding) => string | undefined
  /** Where every finding can be read when some are cut off; trusted Markdown. */
  moreIn?: string
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 }

const SEVERITY: Record<Severity, string> = {
  error: '❌ error',
  warning: '⚠️ warning',
  notice: 'ℹ️ notice'
}

const DEFAULT_MORE_IN = 'the output of `exo-access-gate check --format json`'

/** The closing note: Exchange caches client access rules (exchange-client-access-rules.md §3.3). */
const CLOSING_NOTE =
  'Exchange can take up to 24 hours to apply the first client access rule of an organisation, ' +
  'and up to an hour to apply later changes, so a merged change does not take effect at once.'

const count = (n: number): string => groupDigits(n)
const plural = (n: number, word: string): string => `${count(n)} ${word}${n === 1 ? '' : 's'}`

/** Length in bytes of the UTF-8 encoding (a lone surrogate is encoded as U+FFFD, 3 bytes). */
export function utf8Length(s: string): number {
  let bytes = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4
        i++
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

/**
 * A link destination that nothing in it can end early: spaces, controls, parentheses, angle
 * brackets, backslashes, backticks and pipes (which would end a table cell) are percent-encoded
 * (`encodeURIComponent` leaves parentheses alone, so each is encoded by hand).
 */
function href(url: string): string {
  return url.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0020\u007f()<>\\`|]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
  )
}

/** The check's ID, linked to its page; an ID of another shape is shown as text. */
function checkLink(id: string, docsBase: string): string {
  return /^[A-Z]{2,10}\d{1,6}$/.test(id)
    ? `[${id}](${href(`${docsBase}${id}.md`)})`
    : markdownText(id)
}

/** A finding's place, `line:column` as editors show it; a dash for a finding about the whole file. */
const place = (f: Finding): string =>
  Number.isSafeInteger(f.line) && f.line >= 1
    ? `${f.line}:${Number.isSafeInteger(f.column) && f.column >= 1 ? f.column : 1}`
    : '—'

/** The first line: a hidden HTML comment. */
function markerLine(marker: string): string {
  const whole = /^<!--([^]*)-->$/.exec(marker)
  const words = whole ? whole[1]! : marker
  // eslint-disable-next-line no-control-regex
  if (/--|[<>\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(words) || words.trim() === '') {
    throw new RangeError(
      `The marker ${JSON.stringify(marker)} must be words without "--", "<", ">" or control characters.`
    )
  }
  return whole ? `${marker}\n` : `<!-- ${words} -->\n`
}

/** ` ([inline](URL))` for a finding posted as an inline review comment. */
function inlineLink(f: Finding, inlineUrl: MarkdownOptions['inlineUrl']): string {
  const url = inlineUrl?.(f)
  return typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url)
    ? ` ([inline](${href(url)}))`
    : ''
}

/** A part of the document that is shown whole or not at all, and the rows it opens. */
interface Section {
  open: string
  rows: string[]
  /** Each row's severity rank (3 error … 1 notice; 0 for suppressed): a cut keeps the highest. */
  ranks: number[]
  close: string
  suppressed: boolean
}

function verdictLine(result: LintResult, options: MarkdownOptions): string {
  const threshold = Object.hasOwn(RANK, options.failOn) ? RANK[options.failOn as Severity] : 0
  const at = threshold
    ? result.files
        .flatMap((f) => f.findings)
        .filter((f) => !f.suppressed && RANK[f.severity] >= threshold).length
    : 0
  const failOn = codeSpan(options.failOn)
  if (options.verdict === 'fail') {
    return at > 0
      ? `❌ **Failed**: ${plural(at, 'finding')} at or above the fail-on threshold, ${failOn}.`
      : '❌ **Failed**.'
  }
  return threshold
    ? `✅ **Passed**: no findings at or above the fail-on threshold, ${failOn}.`
    : `✅ **Passed**: the fail-on threshold is ${failOn}, so no finding fails this check.`
}

function countsLine(result: LintResult): string {
  const s = result.summary
  const checked = `${plural(s.files, 'file')} checked`
  const suppressed = s.suppressed
    ? ` ${plural(s.suppressed, 'suppressed finding')} ${s.suppressed === 1 ? 'is' : 'are'} not counted.`
    : ''
  if (s.errors + s.warnings + s.notices === 0) return `No problems in ${checked}.${suppressed}`
  const counts = `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')} and ${plural(s.notices, 'notice')}`
  return `${counts} in ${checked}.${suppressed}`
}

function omissionLine(left: number, suppressed: number, moreIn: string): string {
  const of = suppressed ? ` (${count(suppressed)} of them suppressed)` : ''
  return (
    `**${plural(left, 'more finding')} ${left === 1 ? 'is' : 'are'} not shown here**${of}: ` +
    `this summary is cut to fit GitHub's size limit. Every finding is in ${moreIn}.`
  )
}

/** The sections holding the findings: one table per file, then the suppressed ones, collapsed. */
function findingSections(result: LintResult, options: MarkdownOptions): Section[] {
  const { docsBase, inlineUrl } = options
  const message = (f: Finding): string => markdownText(f.message) + inlineLink(f, inlineUrl)
  const sections: Section[] = []
  const suppressed: Finding[] = []
  for (const file of result.files) {
    const active = file.findings.filter((f) => !f.suppressed)
    suppressed.push(...file.findings.filter((f) => f.suppressed))
    if (active.length === 0) continue
    sections.push({
      open:
        `### ${codeSpan(display(file.file, 400))}\n\n` +
        '| Severity | Line | Check | Message |\n| --- | --- | --- | --- |\n',
      rows: active.map(
        (f) =>
          `| ${SEVERITY[f.severity]} | ${place(f)} | ${checkLink(f.id, docsBase)} | ${message(f)} |\n`
      ),
      ranks: active.map((f) => RANK[f.severity]),
      close: '\n',
      suppressed: false
    })
  }
  if (suppressed.length > 0) {
    sections.push({
      open:
        `<details>\n<summary>${plural(suppressed.length, 'suppressed finding')}</summary>\n\n` +
        '| File | Line | Check | Message | Reason |\n| --- | --- | --- | --- | --- |\n',
      rows: suppressed.map(
        (f) =>
          `| ${codeSpan(display(f.file, 400), true)} | ${place(f)} | ${checkLink(f.id, docsBase)} | ` +
          `${message(f)} | ${markdownText(display(f.suppression?.reason ?? '', 400))} |\n`
      ),
      ranks: suppressed.map(() => 0),
      close: '\n</details>\n\n',
      suppressed: true
    })
  }
  return sections
}

/**
 * The job summary and the PR summary comment, in this order: the hidden `marker`; the title; the
 * verdict; the `notes`; a callout when the pull request changes the gate's config file; the
 * `extraSections` ("Effect of this change"); the counts per severity; one table per file
 * (severity, line:column, the check's ID linked to `docsBase + ID + '.md'`, the message, and
 * `([inline](URL))` when `inlineUrl` gives one); the suppressed findings apart, in a collapsed
 * `<details>` table with their reasons; a closing note on how long Exchange takes to apply rules.
 *
 * Pure. Every untrusted string (file names, messages, reasons) is escaped for Markdown here
 * (`escape.ts`); `notes`, `extraSections`, `moreIn` and `marker` are the caller's own Markdown.
 *
 * Size: the output has at most `maxChars` UTF-16 code units and `maxBytes` bytes of UTF-8. When
 * the whole does not fit, it is cut after a whole table row (a table or `<details>` left open is
 * closed), an extra section that does not fit is replaced by one line saying so, and a line
 * before the closing note says how many findings are left out (and how many of them are
 * suppressed) and that all of them are in `moreIn`. The marker, title, verdict, notes, callout,
 * counts and closing note are always there: a RangeError when the limits leave no room for them.
 */
export function markdown(result: LintResult, options: MarkdownOptions): string {
  const maxChars = options.maxChars
  const maxBytes = options.maxBytes ?? Infinity
  for (const [name, v] of [
    ['maxChars', maxChars],
    ['maxBytes', maxBytes]
  ] as const) {
    if (!(v > 0)) throw new RangeError(`${name} must be a positive number, not ${v}.`)
  }
  const moreIn = options.moreIn ?? DEFAULT_MORE_IN

  const paragraphs = (parts: readonly string[] | undefined): string[] =>
    (parts ?? [])
      .map((p) => p.replace(/\s+$/, ''))
      .filter((p) => p !== '')
      .map((p) => `${p}\n\n`)

  const head = [
    options.marker === undefined ? '' : markerLine(options.marker),
    `## ${markdownText(options.title ?? 'exo-access-gate')}\n\n`,
    `${verdictLine(result, options)}\n\n`,
    ...paragraphs(options.notes)
  ]
  if (options.configChanged) {
    const file = options.configFile ? codeSpan(options.configFile) : 'the config file'
    head.push(
      `> [!WARNING]\n> This pull request changes the gate's own configuration, ${file}: its severities, ` +
        `suppressions and fail-on threshold decide what this check lets through. Review it as a change to the gate.\n\n`
    )
  }
  const extras = paragraphs(options.extraSections)
  const counts = `${countsLine(result)}\n\n`
  const note = `${CLOSING_NOTE}\n`
  const sections = findingSections(result, options)

  const whole = [
    ...head,
    ...extras,
    counts,
    ...sections.flatMap((s) => [s.open, ...s.rows, s.close]),
    note
  ].join('')
  if (whole.length <= maxChars && utf8Length(whole) <= maxBytes) return whole

  // Cut: keep whole rows while there is room for what must follow them.
  const total = sections.reduce((n, s) => n + s.rows.length, 0)
  const suppressedTotal = sections.reduce((n, s) => n + (s.suppressed ? s.rows.length : 0), 0)
  // the longest the omission line can be: never more findings left out than there are
  const reserve = `${omissionLine(Math.max(total, 2), suppressedTotal, moreIn)}\n\n`
  let out = ''
  let chars = 0
  let bytes = 0
  const fits = (...parts: string[]): boolean => {
    let c = chars
    let b = bytes
    for (const p of parts) {
      c += p.length
      b += utf8Length(p)
    }
    return c <= maxChars && b <= maxBytes
  }
  const add = (p: string): void => {
    out += p
    chars += p.length
    bytes += utf8Length(p)
  }

  for (const p of head) add(p)
  if (!fits(counts, note, reserve)) {
    throw new RangeError(
      `maxChars ${maxChars} / maxBytes ${maxBytes} leave no room for the verdict, the notes and the counts.`
    )
  }
  const tooLong = `_This section is too long to show here._\n\n`
  for (const extra of extras) {
    if (fits(extra, counts, note, reserve)) add(extra)
    else if (fits(tooLong, counts, note, reserve)) add(tooLong)
  }
  add(counts)

  // Which rows to keep: the most severe first (then in file and line order), while they and the
  // headers and closings of their sections still fit; then written in the report's own order.
  const order = sections
    .flatMap((section, i) => section.rows.map((_, k) => ({ i, k, rank: section.ranks[k] ?? 0 })))
    .sort((a, b) => b.rank - a.rank || a.i - b.i || a.k - b.k)
  const kept = sections.map(() => new Set<number>())
  let used = 0
  let usedBytes = 0
  const budget = (extra: number, extraBytes: number): boolean =>
    chars + used + extra + note.length + reserve.length <= maxChars &&
    bytes + usedBytes + extraBytes + utf8Length(note) + utf8Length(reserve) <= maxBytes
  for (const { i, k } of order) {
    const section = sections[i]!
    const row = section.rows[k]!
    const opening = kept[i]!.size === 0 ? section.open + section.close : ''
    const c = row.length + opening.length
    const b = utf8Length(row) + utf8Length(opening)
    if (!budget(c, b)) break
    kept[i]!.add(k)
    used += c
    usedBytes += b
  }
  let shown = 0
  let shownSuppressed = 0
  for (const [i, section] of sections.entries()) {
    const rows = section.rows.filter((_, k) => kept[i]!.has(k))
    if (rows.length === 0) continue
    add(section.open + rows.join('') + section.close)
    shown += rows.length
    if (section.suppressed) shownSuppressed += rows.length
  }
  const left = total - shown
  if (left > 0) add(`${omissionLine(left, suppressedTotal - shownSuppressed, moreIn)}\n\n`)
  add(note)
  return out
}
