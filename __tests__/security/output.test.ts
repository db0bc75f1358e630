// security-and-robustness.md §7.4, rows O1–O14: hostile rule names and values, from a real
// rule-set file (__tests__/fixtures/security/output/), through the engine (`runGate`) and then
// through every pure reporter as the action and the CLI call them: the annotations (`annotations()`
// for `core.*`, `github()` for `--format github`), the log (`stylish()` neutralised, as the action
// writes it), the PR summary comment and the job summary (`markdown()` at their limits), SARIF and
// the inline review comments (`inlineBody()`). Each channel is read back the way its consumer reads
// it: the runner's workflow-command parser (pieces from ../reporters/support.ts), GitHub's
// Markdown (micromark + GFM, raw HTML let through) scanned for live mentions and references, and
// SARIF as JSON.
//
// O13 and O14 need the GitHub API: the action e2e tests cover them (__tests__/e2e/action.test.ts,
// "never touches another user's comment that carries the marker" and "two runs racing on the same
// pull request leave exactly one summary comment"); this file tests the pure part each relies on.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DOCS_BASE } from '../../src/engine/findings.js'
import { runGate, type RunOutcome } from '../../src/engine/run.js'
import type { Finding } from '../../src/engine/types.js'
import { annotations, github, type Annotation } from '../../src/reporters/annotations.js'
import { WORD_JOINER, fence, neutraliseWorkflowCommands } from '../../src/reporters/escape.js'
import {
  COMMENT_MAX_CHARS,
  JOB_SUMMARY_MAX_BYTES,
  markdown,
  utf8Length
} from '../../src/reporters/markdown.js'
import {
  INLINE_LIMIT,
  SUMMARY_MARKER,
  fingerprint,
  inlineBody,
  planReview,
  type ExistingComment
} from '../../src/reporters/review.js'
import { sarif } from '../../src/reporters/sarif.js'
import { stylish } from '../../src/reporters/stylish.js'
import {
  REGISTERED_COMMANDS,
  decodeEntities,
  liveIn,
  netTrimStart,
  renderMarkdown,
  unescapeData,
  unescapeProperty,
  type SarifLog
} from '../reporters/support.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/security/output/', import.meta.url))
const WJ = WORD_JOINER
const withoutJoiners = (s: string): string => s.split(WJ).join('')

// ---------------------------------------------------------------------------------------------
// The pipeline: engine, then every pure reporter

/** Where the comment and the job summary say the findings they leave out are. */
const COMMENT_MORE_IN = 'the log and the job summary of this run'
const SUMMARY_MORE_IN = 'the log of this step'
const ANNOTATIONS_MORE_IN = 'the log of this step (and the job summary, up to its 1 MiB)'

interface Channels {
  outcome: RunOutcome
  findings: Finding[]
  /** What the action passes to `core.error/warning/notice` (a slot kept for `setFailed`). */
  annotations: Annotation[]
  /** `--format github`: the same annotations as workflow-command lines. */
  github: string
  /** The log: the stylish report, neutralised, as the action writes it with `core.info`. */
  log: string
  /** The PR summary comment (65,536 characters, the hidden marker first). */
  comment: string
  /** The job summary (1 MiB of UTF-8). */
  jobSummary: string
  sarif: SarifLog
  sarifText: string
  /** One inline review comment body per active finding. */
  inline: string[]
}

function report(outcome: RunOutcome): Channels {
  const { result, verdict, failOn } = outcome
  const findings = result.files.flatMap((f) => f.findings)
  const reserved = verdict === 'fail' ? { error: 1 } : {}
  const sarifText = sarif(result, {
    toolVersion: '0.1.0',
    informationUri: 'https://github.com/exo-access-gate/exo-access-gate',
    docsBase: DOCS_BASE
  })
  return {
    outcome,
    findings,
    annotations: annotations(result, { moreIn: ANNOTATIONS_MORE_IN, reserved }),
    github: github(result, { moreIn: 'the output of exo-access-gate check' }),
    log: neutraliseWorkflowCommands(stylish(result)),
    comment: markdown(result, {
      docsBase: DOCS_BASE,
      maxChars: COMMENT_MAX_CHARS,
      marker: SUMMARY_MARKER,
      verdict,
      failOn,
      moreIn: COMMENT_MORE_IN
    }),
    jobSummary: markdown(result, {
      docsBase: DOCS_BASE,
      maxChars: Number.MAX_SAFE_INTEGER,
      maxBytes: JOB_SUMMARY_MAX_BYTES,
      verdict,
      failOn,
      moreIn: SUMMARY_MORE_IN
    }),
    sarif: JSON.parse(sarifText) as SarifLog,
    sarifText,
    // the action posts at most INLINE_LIMIT inline comments a run
    inline: findings
      .filter((f) => !f.suppressed)
      .slice(0, INLINE_LIMIT)
      .map((f) => inlineBody(f, fingerprint(f), DOCS_BASE))
  }
}

/** A fixture of this directory through the engine (default config unless one is named). */
async function pipeline(file: string, config?: string, root = FIXTURES): Promise<Channels> {
  return report(await runGate({ root, paths: [file], ...(config ? { config } : {}) }))
}

/** The findings reduced to what a row asserts. */
const brief = (fs: Finding[]) =>
  fs.map((f) => `${f.id} ${f.severity} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`)

// ---------------------------------------------------------------------------------------------
// The runner's side: how it reads a step's output (actions/runner ActionCommandManager: the `::`
// form after TrimStart first, then the legacy `##[` form anywhere in the line; lines split on CR,
// LF and CRLF), built from the pieces in support.ts.

const REGISTERED = new Set(REGISTERED_COMMANDS)

interface Command {
  form: '::' | '##['
  command: string
  properties: Record<string, string>
  data: string
}

function runnerReads(stdout: string): Command[] {
  const out: Command[] = []
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const message = netTrimStart(line)
    if (message.startsWith('::')) {
      const end = message.indexOf('::', 2)
      const info = end < 0 ? '' : message.slice(2, end)
      const space = info.indexOf(' ')
      const command = space < 0 ? info : info.slice(0, space)
      if (end >= 0 && REGISTERED.has(command.toLowerCase())) {
        const properties: Record<string, string> = {}
        if (space > 0) {
          for (const p of info.slice(space + 1).split(',')) {
            const eq = p.indexOf('=')
            if (eq > 0) properties[p.slice(0, eq)] = unescapeProperty(p.slice(eq + 1))
          }
        }
        out.push({ form: '::', command, properties, data: unescapeData(message.slice(end + 2)) })
        continue
      }
    }
    const at = line.indexOf('##[')
    const rb = at < 0 ? -1 : line.indexOf(']', at)
    if (rb >= 0) {
      const command = line.slice(at + 3, rb).split(' ')[0]!
      if (REGISTERED.has(command.toLowerCase())) {
        out.push({ form: '##[', command, properties: {}, data: line.slice(rb + 1) })
      }
    }
  }
  return out
}

/** One annotation as the runner reads it back, as a comparable line. */
const annotationKey = (command: string, p: Record<string, string | undefined>, data: string) =>
  [command, p.file, p.line, p.endLine, p.col, p.endColumn, p.title, data].join('\t')

/**
 * The runner reads from `--format github` exactly one `::` command per active finding, at the
 * finding's file and place, whose message is the finding's own (escaped) text; and from the log,
 * no command at all.
 */
function expectOnlyOurCommands(ch: Channels): Command[] {
  const seen = runnerReads(ch.github)
  expect(seen.map((c) => annotationKey(c.command, c.properties, c.data)).sort()).toEqual(
    ch.findings
      .filter((f) => !f.suppressed)
      .map((f) =>
        annotationKey(
          f.severity,
          {
            file: f.file,
            line: String(f.line),
            endLine: String(f.endLine),
            col: f.line === f.endLine ? String(f.column) : undefined,
            endColumn: f.line === f.endLine ? String(f.endColumn) : undefined,
            title: `${f.id} ${f.slug}`
          },
          f.message
        )
      )
      .sort()
  )
  for (const c of seen) expect(c.form).toBe('::')
  expect(ch.github.split('\n').slice(0, -1)).toHaveLength(seen.length)
  expect(runnerReads(ch.log)).toEqual([])
  return seen
}

// ---------------------------------------------------------------------------------------------
// GitHub's side: Markdown rendered, then read as text

/** Text of the rendered HTML: tags and HTML comments out, entities decoded (word joiners kept). */
const proseOf = (html: string): string =>
  decodeEntities(html.replace(/<!--[^]*?-->/g, ' ').replace(/<[^>]*>/g, ' '))

const hrefsOf = (html: string): string[] =>
  [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map((m) => decodeEntities(m[1]!))

/** Elements the action's own documents are made of; anything else came from the input. */
const STRUCTURE = new Set([
  'h2',
  'h3',
  'p',
  'strong',
  'code',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'a',
  'details',
  'summary'
])

/**
 * The Markdown documents of a run: the comment, each inline comment. Uncut, the job summary is
 * the comment without its marker line (checked here), so rendering the comment covers both.
 */
function documents(ch: Channels): [string, string][] {
  expect(`${SUMMARY_MARKER}\n${ch.jobSummary}`).toBe(ch.comment)
  return [
    ['comment and job summary', ch.comment],
    ...ch.inline.map((b, i): [string, string] => [`inline comment ${i}`, b])
  ]
}

/**
 * A document rendered: only our elements (`<details>` only where we put it), only our hidden
 * markers as HTML comments, links only to check pages, no live mention, reference or autolink in
 * its text. Returns the rendered text without word joiners.
 */
function expectInert(what: string, md: string, details = false): string {
  const html = renderMarkdown(md)
  for (const m of html.matchAll(/<\/?([A-Za-z][A-Za-z0-9-]*)/g)) {
    const name = m[1]!.toLowerCase()
    expect(STRUCTURE.has(name), `${what}: element <${m[1]}>`).toBe(true)
    if (name === 'details' || name === 'summary') expect(details, `${what}: <${name}>`).toBe(true)
  }
  const comments = html.match(/<!--[^]*?-->/g) ?? []
  for (const c of comments) {
    expect(c, `${what}: HTML comment`).toMatch(
      /^<!-- exo-access-gate:(summary|finding [0-9a-f]{16}) -->$/
    )
  }
  expect(html.split('<!--').length - 1, `${what}: unclosed HTML comment`).toBe(comments.length)
  for (const href of hrefsOf(html)) {
    const page = href.startsWith(DOCS_BASE) ? href.slice(DOCS_BASE.length) : href
    expect(page, `${what}: link ${href}`).toMatch(/^EXO\d{3}\.md$/)
  }
  const prose = proseOf(html)
  expect(liveIn(prose), `${what}: live text`).toEqual([])
  return withoutJoiners(prose)
}

/** Rendered text of the comment (= job summary) and each inline comment, checked inert. */
function expectAllInert(ch: Channels, details = false): string[] {
  return documents(ch).map(([what, md]) => expectInert(what, md, details))
}

/** SARIF message text as a viewer shows it: SARIF's `\[`, `\]` and `\\` escapes undone. */
const sarifShown = (text: string): string => text.replace(/\\([\\[\]])/g, '$1')

/** Every result's message shows exactly the finding's message, and none makes a link. */
function expectSarifExact(ch: Channels): void {
  const results = ch.sarif.runs[0]!.results
  expect(results.map((r) => sarifShown(r.message.text))).toEqual(ch.findings.map((f) => f.message))
  for (const r of results) {
    expect(r.message.text, 'SARIF embedded link').not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/)
  }
}

/** The closing note: the last thing of every summary, so a document that shows it shows it all. */
const CLOSING = 'so a merged change does not take effect at once.'

// ---------------------------------------------------------------------------------------------

describe('security §7.4: hostile text from a rule-set file through every output channel', () => {
  it('O1: a rule name "x\\n::error file=a.json,line=1::forged" forges no annotation; every channel shows the literal text', async () => {
    const ch = await pipeline('o01-forged-annotation.exo.json')
    const shown = 'x\\u000A::error file=a.json,line=1::forged'
    expect(brief(ch.findings)).toEqual([
      'EXO005 warning 5:15-5:54',
      'EXO107 notice 8:18-8:23',
      'EXO310 error 9:26-9:32'
    ])
    expect(ch.findings.find((f) => f.id === 'EXO107')?.data).toEqual({ rule: shown })
    expect(ch.outcome.verdict).toBe('fail')

    const seen = expectOnlyOurCommands(ch)
    expect(seen.map((c) => c.command)).toEqual(['error', 'warning', 'notice'])
    for (const c of seen) {
      expect(c.properties.file).toBe('o01-forged-annotation.exo.json')
      expect(c.data).toContain(shown)
    }
    expect(ch.annotations.map((a) => a.properties.file)).toEqual(
      Array(3).fill('o01-forged-annotation.exo.json')
    )
    expect(withoutJoiners(ch.log)).toContain(`Rule "${shown}" is disabled`)
    for (const text of expectAllInert(ch)) expect(text).toContain(shown)
    expectSarifExact(ch)
  })

  it('O2: "  ::add-mask::Name", "\\u0085::warning::x", "abc ##[error]x", "::stop-commands::tok", "::add-matcher::rules/m.json" run no command; every annotation still arrives', async () => {
    const ch = await pipeline('o02-workflow-commands.exo.json')
    expect(ch.outcome.result.summary).toMatchObject({ errors: 5, warnings: 1, notices: 5 })
    expect(brief(ch.findings.filter((f) => f.id === 'EXO005'))).toEqual([
      'EXO005 warning 5:15-5:35'
    ])

    // one `::` command per annotation, in order, the last one after every hostile name
    const seen = expectOnlyOurCommands(ch)
    expect(seen).toHaveLength(11)
    expect(seen.map((c) => c.command)).toEqual([
      ...Array(5).fill('error'),
      'warning',
      ...Array(5).fill('notice')
    ])
    expect(seen.at(-1)?.data).toBe(
      'Rule "::add-matcher::rules/m.json" is disabled ("Enabled": false), so it matches no connection and has no effect.'
    )
    // what `core.*` gets: 10 error slots less the one for setFailed, so all 11 are annotated
    expect(ch.annotations).toHaveLength(11)
    // the log: nothing for the runner, not even the `##[` it reads anywhere in a line
    const log = withoutJoiners(ch.log)
    for (const name of [
      '  ::add-mask::Name',
      '\\u0085::warning::x',
      'abc ##[error]x',
      '::stop-commands::tok',
      '::add-matcher::rules/m.json'
    ]) {
      expect(log).toContain(`Rule "${name}" is disabled`)
    }
    expect(ch.log).toContain(`abc ##${WJ}[error]x`)
    // no raw NEL (which .NET's TrimStart would skip) reaches any channel
    for (const out of [ch.github, ch.log, ch.comment, ch.jobSummary, ch.sarifText, ...ch.inline]) {
      expect(out).not.toMatch(/[\u0085\u2028\u2029]/)
    }
    expectAllInert(ch)
    expectSarifExact(ch)
  })

  it('O3: a name with "%0A::error::" is sent as %250A and decoded by the runner to the literal text, never a new command', async () => {
    const ch = await pipeline('o03-percent-encoding.exo.json')
    expect(brief(ch.findings)).toEqual([
      'EXO107 notice 4:93-4:98',
      'EXO310 error 4:119-4:125',
      'EXO107 notice 5:111-5:116',
      'EXO310 error 5:137-5:143'
    ])
    expect(ch.github).toContain('Rule "Name %250A::error::forged" names the protocol')
    expect(ch.github).toContain('Rule "100%2525 %250D%250A::warning file=x%252Cline=1::y"')
    expect(ch.github).not.toMatch(/%(?!25)[0-9A-F]{2}/) // every % of the input is sent as %25
    const seen = expectOnlyOurCommands(ch)
    expect(seen).toHaveLength(4)
    expect(seen.map((c) => c.data)).toEqual([
      'Rule "Name %0A::error::forged" names the protocol "REST", which client access rules in Exchange Server do not support; they govern only "ExchangeAdminCenter" and "RemotePowerShell".',
      'Rule "100%25 %0D%0A::warning file=x%2Cline=1::y" names the protocol "REST", which client access rules in Exchange Server do not support; they govern only "ExchangeAdminCenter" and "RemotePowerShell".',
      'Rule "Name %0A::error::forged" is disabled ("Enabled": false), so it matches no connection and has no effect.',
      'Rule "100%25 %0D%0A::warning file=x%2Cline=1::y" is disabled ("Enabled": false), so it matches no connection and has no effect.'
    ])
    for (const c of seen) expect(c.properties.file).toBe('o03-percent-encoding.exo.json')
    expect(withoutJoiners(ch.log)).toContain('Rule "Name %0A::error::forged" is disabled')
    expectAllInert(ch)
    expectSarifExact(ch)
  })

  it('O4: "@octocat please approve", "@org/everyone" render with no live mention in comment, job summary, inline comments and an edited comment', async () => {
    const ch = await pipeline('o04-mentions.exo.json')
    expect(ch.findings).toHaveLength(6)
    const [comment, ...inline] = expectAllInert(ch)
    expect(comment).toContain('Rule "@octocat please approve" is disabled')
    expect(comment).toContain('Rule "@org/everyone" is disabled')
    expect(comment).toContain('Rule "cc a@b.co and &#64;octocat" is disabled')
    expect(inline.map((text, i) => text.includes(ch.findings[i]!.message))).toEqual(
      Array(6).fill(true)
    )
    // the sticky comment's edit: the same result written again after the review, with a note and
    // inline links (review.ts), and after a config change that lets it pass
    const { result } = ch.outcome
    const edits = [
      markdown(result, {
        docsBase: DOCS_BASE,
        maxChars: COMMENT_MAX_CHARS,
        marker: SUMMARY_MARKER,
        verdict: 'fail',
        failOn: 'error',
        notes: ['The inline comments could not be posted.'],
        moreIn: COMMENT_MORE_IN,
        inlineUrl: () => 'https://github.com/o/r/pull/1/files'
      }),
      markdown(result, {
        docsBase: DOCS_BASE,
        maxChars: COMMENT_MAX_CHARS,
        marker: SUMMARY_MARKER,
        verdict: 'pass',
        failOn: 'never'
      })
    ]
    for (const md of edits) {
      const html = renderMarkdown(md)
      expect(liveIn(proseOf(html))).toEqual([])
      expect(withoutJoiners(proseOf(html))).toContain('"@octocat please approve"')
    }
    expect(ch.comment).toContain(`@${WJ}octocat`)
    expect(ch.comment).toContain(`@${WJ}org/everyone`)
  })

  it('O5: "#1", "GH-1", "owner/repo#1", a 40-hex SHA and an issue URL make no cross-reference or autolink', async () => {
    const ch = await pipeline('o05-references.exo.json')
    expect(ch.findings).toHaveLength(10)
    const [comment, ...inline] = expectAllInert(ch)
    for (const name of [
      'fixes #1',
      'see GH-1',
      'owner/repo#1',
      '0123456789abcdef0123456789abcdef01234567',
      'https://github.com/owner/repo/issues/1'
    ]) {
      expect(comment).toContain(`Rule "${name}" is disabled`)
    }
    expect(inline.map((text, i) => text.includes(ch.findings[i]!.message))).toEqual(
      Array(10).fill(true)
    )
    // the only links are the check pages
    const html = renderMarkdown(ch.comment)
    expect(hrefsOf(html)).toHaveLength(10)
    expect(html).not.toMatch(/href="[^"]*(owner|issues|0123456)/)
  })

  it('O6: <img>, <details open>, <!-- and <a href> show as literal text, and the rest of the comment stays visible', async () => {
    const ch = await pipeline('o06-html.exo.json')
    expect(ch.findings).toHaveLength(8)
    for (const [what, md] of documents(ch)) {
      const html = renderMarkdown(md)
      expect(html, what).not.toMatch(/<(img|details|a href="https:\/\/evil)/i)
      const text = expectInert(what, md)
      for (const name of [
        '<img src=https://x/y>',
        '<details open>',
        '<!--',
        '<a href="https://evil">click</a>'
      ]) {
        if (what.startsWith('inline')) continue
        expect(text, what).toContain(`Rule "${name}" is disabled`)
      }
    }
    // every finding's row and the closing note after them are rendered
    for (const md of [ch.comment]) {
      const html = renderMarkdown(md)
      expect(html.split('<tr>').length - 1).toBe(1 + 8)
      expect(proseOf(html)).toContain(CLOSING)
      expect(md.endsWith(`${CLOSING}\n`)).toBe(true)
    }
    for (const [i, body] of ch.inline.entries()) {
      expect(withoutJoiners(proseOf(renderMarkdown(body)))).toContain(ch.findings[i]!.message)
    }
  })

  it('O7: values with ```, ```suggestion and ~~~ never make a code block or a suggestion; code spans and fences outrun them', async () => {
    const ch = await pipeline('o07-fences.exo.json')
    expect(brief(ch.findings)).toEqual([
      'EXO304 error 9:42-9:47',
      'EXO005 warning 9:49-9:85',
      'EXO304 error 9:49-9:85',
      'EXO304 error 9:87-9:92',
      'EXO304 error 9:94-9:105',
      'EXO003 error 16:7-16:23'
    ])
    for (const [what, md] of documents(ch)) {
      expect(md, `${what}: fence line`).not.toMatch(/^ {0,3}(`{3,}|~{3,})/m)
      expect(renderMarkdown(md), `${what}: code block`).not.toMatch(/<pre/)
      const text = expectInert(what, md)
      if (!what.startsWith('inline')) {
        expect(text).toContain('IP entry "```" is not an IPv4')
        expect(text).toContain('IP entry "~~~" is not an IPv4')
        expect(text).toContain('IP entry "```suggestion\\u000AAllow everyone\\u000A```"')
        expect(text).toContain(
          'Unknown property "````suggestion" in client access rule "~~~ fence"'
        )
      }
    }
    // the inline comment on the unknown key: its pointer in a code span of 5 backticks, shown whole
    const key = ch.findings.findIndex((f) => f.id === 'EXO003')
    const body = ch.inline[key]!
    expect(body).toContain('At `````/ClientAccessRules/1/````suggestion`````.')
    expect(renderMarkdown(body)).toContain('<code>/ClientAccessRules/1/````suggestion</code>')
    // were a value ever fenced: a fence longer than any run in it, and never a suggestion block
    const values = (
      JSON.parse(readFileSync(join(FIXTURES, 'o07-fences.exo.json'), 'utf8')) as {
        ClientAccessRules: { AnyOfClientIPAddressesOrRanges?: string[] }[]
      }
    ).ClientAccessRules[0]!.AnyOfClientIPAddressesOrRanges!
    for (const v of values) {
      const block = fence(v)
      const ticks = /^`+/.exec(block)![0].length
      const longest = Math.max(0, ...(v.match(/`+/g) ?? []).map((r) => r.length))
      expect(ticks).toBe(Math.max(3, longest + 1))
      expect(block.endsWith('\n' + '`'.repeat(ticks))).toBe(true)
      expect(renderMarkdown(block).match(/<pre>/g)).toHaveLength(1)
      expect(() => fence(v, 'suggestion')).toThrow(RangeError)
    }
  })

  it('O8: [Approve](https://evil) and ![](https://tracker) make no link or image in Markdown or SARIF', async () => {
    const ch = await pipeline('o08-links.exo.json')
    expect(ch.findings).toHaveLength(6)
    for (const [what, md] of documents(ch)) {
      const html = renderMarkdown(md)
      expect(html, what).not.toMatch(/<img|href="https:\/\/(evil|tracker)/)
      const text = expectInert(what, md)
      if (!what.startsWith('inline')) {
        expect(text).toContain('Rule "[Approve](https://evil)" is disabled')
        expect(text).toContain('Rule "![](https://tracker)" is disabled')
        expect(text).toContain('Rule "[x]: https://evil" is disabled')
      }
    }
    expect(ch.comment).toContain('\\[Approve\\]\\(https:')
    expectSarifExact(ch)
    expect(ch.sarif.runs[0]!.results[0]!.message.text).toBe(
      'Rule "\\[Approve\\](https://evil)" is disabled ("Enabled": false), so it matches no connection and has no effect.'
    )
  })

  it('O9: "|" and line breaks in names, values and a suppression reason keep every table row in its cells', async () => {
    const ch = await pipeline('o09-table.exo.json', 'o09-table.config.json')
    expect(ch.outcome.result.summary).toMatchObject({
      errors: 3,
      warnings: 2,
      notices: 1,
      suppressed: 1
    })
    {
      const [[, md]] = documents(ch) as [[string, string]]
      const lines = md.split('\n').filter((l) => l.startsWith('|'))
      // 4 cells in the findings table, 5 in the suppressed one: 5 or 6 unescaped pipes a line
      const pipes = lines.map((l) => (l.match(/(?<!\\)(?:\\\\)*\|/g) ?? []).length)
      expect(pipes).toEqual([...Array(2 + 6).fill(5), ...Array(2 + 1).fill(6)])
      const html = renderMarkdown(md)
      const rows = html.match(/<tr>[^]*?<\/tr>/g) ?? []
      expect(rows.map((r) => (r.match(/<t[dh]>/g) ?? []).length)).toEqual([
        ...Array(1 + 6).fill(4),
        ...Array(1 + 1).fill(5)
      ])
      // each message is exactly one cell's text
      const cells = [...html.matchAll(/<td>([^]*?)<\/td>/g)].map((m) =>
        withoutJoiners(decodeEntities(m[1]!.replace(/<[^>]*>/g, '')))
      )
      for (const f of ch.findings) expect(cells).toContain(f.message)
      expect(cells).toContain('kept | for now\\u000A| and | more |')
      expectInert('summary', md, true)
    }
    for (const body of ch.inline) expect(renderMarkdown(body)).not.toMatch(/<table/)
    expectSarifExact(ch)
  })

  it('O10: bidi overrides U+202E / U+2066 in a rule name are shown as \\u202E escapes in every channel, with an EXO005 warning', async () => {
    const ch = await pipeline('o10-bidi.exo.json')
    const warnings = ch.findings.filter((f) => f.id === 'EXO005')
    expect(brief(warnings)).toEqual(['EXO005 warning 4:15-4:34', 'EXO005 warning 5:15-5:32'])
    expect(warnings.map((f) => f.data)).toEqual([
      { text: 'admins\\u202Enimda', chars: '"\\u202E"' },
      { text: 'x\\u2066y\\u2069z', chars: '"\\u2066", "\\u2069"' }
    ])
    const outputs = [ch.github, ch.log, ch.comment, ch.jobSummary, ch.sarifText, ...ch.inline]
    for (const out of outputs) expect(out).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
    const [comment, ...inline] = expectAllInert(ch)
    for (const out of [ch.github, ch.log, comment!]) {
      expect(withoutJoiners(out)).toContain('Rule "admins\\u202Enimda" is disabled')
      expect(withoutJoiners(out)).toContain('Rule "x\\u2066y\\u2069z" is disabled')
    }
    expect(comment).toContain('The text "admins\\u202Enimda" holds invisible or direction-changing')
    for (const [i, text] of inline.entries()) expect(text).toContain(ch.findings[i]!.message)
    const seen = expectOnlyOurCommands(ch)
    expect(seen.filter((c) => c.command === 'warning')).toHaveLength(2)
    expectSarifExact(ch)
  })

  it('O11: "> [!CAUTION]", "# PASSED" and "✅ **Passed**" as rule names neither restyle the comment nor fake the verdict', async () => {
    const ch = await pipeline('o11-verdict.exo.json')
    expect(ch.outcome.verdict).toBe('fail')
    for (const [what, md] of documents(ch)) {
      const html = renderMarkdown(md)
      expect(html, what).not.toMatch(/<(blockquote|h1|h4|h5|h6|ul|ol|li|em|hr)\b/)
      expect(html, what).not.toMatch(/<strong>Passed<\/strong>/)
      expectInert(what, md)
    }
    {
      const html = renderMarkdown(ch.comment)
      expect(html.match(/<h2>/g)).toHaveLength(1)
      expect(html.match(/<h3>/g)).toHaveLength(1)
      expect(html.match(/<strong>/g)).toHaveLength(1)
      expect(html).toContain(
        '<p>❌ <strong>Failed</strong>: 3 findings at or above the fail-on threshold, <code>error</code>.</p>'
      )
      const text = withoutJoiners(proseOf(html))
      expect(text).toContain('Rule "> [!CAUTION]" is disabled')
      expect(text).toContain('Rule "# PASSED" is disabled')
      expect(text).toContain('Rule "✅ **Passed**: no findings" is disabled')
    }
    expect(ch.comment.split('\n')[0]).toBe(SUMMARY_MARKER)
  })

  describe('O12: 10,000 findings', () => {
    let dir = ''
    let ch: Channels
    const NAME = 'bulk.exo.json'
    beforeAll(async () => {
      // 10 rules of 1,000 hostile IP entries each: 10,000 EXO304 errors, every one quoting its entry
      const rules = Array.from({ length: 10 }, (_, r) => ({
        Name: `Bulk @team ${r}`,
        Action: 'AllowAccess',
        Priority: r + 1,
        AnyOfProtocols: ['ExchangeAdminCenter'],
        AnyOfClientIPAddressesOrRanges: Array.from(
          { length: 1000 },
          (_, i) => `\`\`\` #${r * 1000 + i} | <b> @x`
        )
      }))
      dir = mkdtempSync(join(tmpdir(), 'exo-o12-'))
      writeFileSync(
        join(dir, NAME),
        JSON.stringify({ Target: 'ExchangeServer', ClientAccessRules: rules }, null, 1)
      )
      ch = await pipeline(NAME, undefined, dir)
    })
    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true })
    })

    it('O12: the comment stays within 65,536 characters, cut after a whole row, tables closed, pointing to the rest', () => {
      expect(ch.findings).toHaveLength(10_000)
      expect(ch.outcome.result.summary.errors).toBe(10_000)
      const md = ch.comment
      expect(md.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS)
      expect(md.startsWith(`${SUMMARY_MARKER}\n`)).toBe(true)
      const lines = md.split('\n')
      lines.forEach((line, i) => {
        if (!line.startsWith('|')) return
        expect(line.endsWith(' |')).toBe(true)
        expect(lines[i + 1] === '' || lines[i + 1]!.startsWith('|')).toBe(true)
      })
      const rows = lines.filter((l) => /^\| ❌ error \| \d+:\d+ \| \[EXO304\]/.test(l)).length
      expect(rows).toBeGreaterThan(100)
      expect(md).toContain(
        `**${(10_000 - rows).toLocaleString('en-US')} more findings are not shown here**: this summary is cut to fit GitHub's size limit. Every finding is in ${COMMENT_MORE_IN}.`
      )
      expect(md.endsWith(`${CLOSING}\n`)).toBe(true)
      // rendering 65,536 characters of table is slow: the structure is read from the source
      expect(md).not.toMatch(/^ {0,3}(`{3,}|~{3,})/m)
      for (const line of lines.filter((l) => l.startsWith('|'))) {
        expect((line.match(/(?<!\\)(?:\\\\)*\|/g) ?? []).length).toBe(5)
      }
      expect(md.split('<details>')).toHaveLength(md.split('</details>').length)
    })

    it('O12: the job summary stays within 1 MiB of UTF-8, cut after a whole row', () => {
      const md = ch.jobSummary
      expect(utf8Length(md)).toBeLessThanOrEqual(JOB_SUMMARY_MAX_BYTES)
      expect(Buffer.byteLength(md, 'utf8')).toBe(utf8Length(md))
      const rows = md.split('\n').filter((l) => /^\| ❌ error \| \d+:\d+ \| \[EXO304\]/.test(l))
      const commentRows = ch.comment.split('\n').filter((l) => l.startsWith('| ❌ error |'))
      expect(rows.length).toBeGreaterThan(commentRows.length)
      expect(rows.length).toBeLessThan(10_000)
      for (const row of rows) expect((row.match(/(?<!\\)(?:\\\\)*\|/g) ?? []).length).toBe(5)
      const lines = md.split('\n')
      lines.forEach((line, i) => {
        if (line.startsWith('|'))
          expect(lines[i + 1] === '' || lines[i + 1]!.startsWith('|')).toBe(true)
      })
      expect(md).toContain(
        `**${(10_000 - rows.length).toLocaleString('en-US')} more findings are not shown here**: this summary is cut to fit GitHub's size limit. Every finding is in ${SUMMARY_MORE_IN}.`
      )
      expect(md.endsWith(`${CLOSING}\n`)).toBe(true)
    })

    it('O12: annotations roll up: 9 errors (one slot left for setFailed) and one notice counting the other 9,991', () => {
      expect(ch.annotations).toHaveLength(10)
      expect(ch.annotations.filter((a) => a.type === 'error')).toHaveLength(9)
      expect(ch.annotations.at(-1)).toEqual({
        type: 'notice',
        message: `9,991 more findings (9,991 errors) are in ${ANNOTATIONS_MORE_IN}; GitHub shows at most 10 annotations of each type per step.`,
        properties: { title: 'exo-access-gate' }
      })
      const seen = runnerReads(ch.github)
      expect(seen.map((c) => c.command)).toEqual([...Array(10).fill('error'), 'notice'])
      expect(seen.at(-1)?.data).toMatch(/^9,990 more findings \(9,990 errors\) are in /)
      // the log and SARIF keep every finding
      expect(ch.sarif.runs[0]!.results).toHaveLength(10_000)
      expect(ch.log.split('\n').filter((l) => / error {2}IP entry /.test(l))).toHaveLength(10_000)
    })
  })

  it('O13: an inline comment by another user that carries our finding marker is neither counted as posted nor planned for resolving (API part: e2e)', async () => {
    // The summary comment with the marker: __tests__/e2e/action.test.ts › "never touches another
    // user's comment that carries the marker" (needs the API).
    const ch = await pipeline('o04-mentions.exo.json')
    const f = ch.findings.find((x) => x.id === 'EXO310')!
    const forged: ExistingComment = {
      id: 7,
      nodeId: 'PRRC_7',
      path: f.file,
      line: f.line,
      author: 'mallory',
      body: inlineBody(f, fingerprint(f), DOCS_BASE)
    }
    const lines = new Map(Array.from({ length: 20 }, (_, i): [number, number] => [i + 1, 0]))
    const plan = planReview({
      findings: ch.findings,
      files: new Map([[f.file, lines]]),
      existing: [forged],
      isOurs: (c) => c.author === 'github-actions[bot]',
      docsBase: DOCS_BASE
    })
    expect(plan.alreadyPosted).toEqual([])
    expect(plan.stale).toEqual([])
    expect(plan.post.map((p) => p.finding)).toContain(f)
    expect(plan.post).toHaveLength(6)
  })

  it('O14: the summary comment is the same bytes on every run and starts with the marker a racing run dedupes by (API part: e2e)', async () => {
    // Two runs in parallel: __tests__/e2e/action.test.ts › "two runs racing on the same pull
    // request leave exactly one summary comment" (needs the API).
    const [a, b] = await Promise.all([
      pipeline('o11-verdict.exo.json'),
      pipeline('o11-verdict.exo.json')
    ])
    expect(a.comment).toBe(b.comment)
    expect(a.comment.split('\n')[0]).toBe(SUMMARY_MARKER)
    expect(a.comment.split(SUMMARY_MARKER)).toHaveLength(2)
    expect(a.inline).toEqual(b.inline)
  })
})
