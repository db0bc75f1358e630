/*
 * What the reporter tests share: the finding and result fixtures, the Markdown renderer they read
 * output back with, the hostile-text generators, and the pieces of the runner's workflow-command
 * parser (actions/runner: src/Runner.Common/ActionCommand.cs, src/Runner.Worker/
 * ActionCommandManager.cs). No test runner import, so the e2e harness can use it too.
 */
import fc from 'fast-check'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { DOCS_BASE } from '../../src/engine/findings.js'
import type { Finding, LintResult } from '../../src/engine/types.js'

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

/** An EXO201 error on `rules/main.exo.json` 3:13–3:24; `docsUrl` follows the `id` unless given. */
export function finding(over: Partial<Finding> = {}): Finding {
  const id = over.id ?? 'EXO201'
  return {
    id,
    slug: 'missing-safeguard',
    severity: 'error',
    message: 'Rule "Block all" denies RemotePowerShell, and no earlier rule allows it.',
    file: 'rules/main.exo.json',
    pointer: '/ClientAccessRules/0/Name',
    line: 3,
    column: 13,
    endLine: 3,
    endColumn: 24,
    docsUrl: `${DOCS_BASE}${id}.md`,
    suppressed: false,
    messageId: 'missing',
    data: {},
    ...over
  }
}

/**
 * A result holding these findings, by file in order of first appearance (`files` adds clean ones
 * first), with the summary counted as the engine counts it (suppressed findings apart).
 */
export function resultOf(findings: Finding[], files: string[] = []): LintResult {
  const byFile = new Map<string, Finding[]>(files.map((f) => [f, []]))
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f])
  const active = findings.filter((f) => !f.suppressed)
  return {
    files: [...byFile].map(([file, fs]) => ({ file, findings: fs })),
    summary: {
      files: byFile.size,
      errors: active.filter((f) => f.severity === 'error').length,
      warnings: active.filter((f) => f.severity === 'warning').length,
      notices: active.filter((f) => f.severity === 'notice').length,
      suppressed: findings.length - active.length
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Reading Markdown back
// ---------------------------------------------------------------------------------------------

/**
 * The HTML of some Markdown as GitHub would build it: GFM, raw HTML let through (micromark's
 * default escapes it, which would hide any HTML an escaper failed to neutralise).
 */
export const renderMarkdown = (md: string): string =>
  micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true })

/** Text of rendered HTML: micromark's four entities decoded (`&amp;` last). */
export const decodeEntities = (html: string): string =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')

/**
 * What GitHub would link or notify in rendered text (stricter than GitHub: any `@` before an
 * alphanumeric, not only one after a non-word character; any 7 hexadecimal digits in a row).
 */
export const LIVE: readonly (readonly [string, RegExp])[] = [
  ['mention', /@[A-Za-z0-9]/],
  ['reference', /#\d/],
  ['GH-1 style reference', /[A-Za-z0-9]-\d/],
  ['commit SHA', /[0-9a-f]{7}/i],
  ['URL', /:\/\//],
  ['www autolink', /www\./i]
]

/** The kinds of LIVE pattern found in `text`, with what matched (empty when nothing is live). */
export const liveIn = (text: string): string[] =>
  LIVE.flatMap(([what, pattern]) => {
    const m = pattern.exec(text)
    return m ? [`${what}: ${JSON.stringify(m[0])}`] : []
  })

// ---------------------------------------------------------------------------------------------
// Hostile text
// ---------------------------------------------------------------------------------------------

/** Single characters that make Markdown structure, line breaks, digits, hex and invisibles. */
export const MARKDOWN_CHARS: readonly string[] = [
  '@',
  '#',
  '`',
  '<',
  '>',
  '&',
  '[',
  ']',
  '(',
  ')',
  '!',
  '|',
  '*',
  '_',
  '~',
  ':',
  '/',
  '\\',
  '\n',
  '\r',
  ' ',
  '-',
  '+',
  '=',
  '.',
  '$',
  '"',
  ';',
  '^',
  '0',
  '1',
  '7',
  'a',
  'f',
  'G',
  'H',
  'w',
  'x',
  '\u2060',
  '\u202e'
]

/** Pieces of Markdown, HTML, autolinks, mentions, references and odd code units. */
export const MARKDOWN_FRAGMENTS: readonly string[] = [
  'www.',
  'http://',
  'https://',
  'HTTP://',
  'WWW.',
  '&#64;',
  '&#x40;',
  '&amp;',
  '&lt;',
  '&dollar;',
  '@octocat',
  '@org/everyone',
  'a@b.co',
  '#1',
  'GH-1',
  'gh-42',
  'owner/repo#1',
  'owner/repo@deadbee',
  'deadbeefcafebabe',
  '0123456789abcdef0123456789abcdef01234567',
  '<img src=x>',
  '<a href="https://evil">',
  '<details open>',
  '<!--',
  '-->',
  '<script>',
  '</p>',
  '<https://evil>',
  '[Approve](https://evil)',
  '![](https://tracker)',
  '[x]: https://evil',
  '[^1]',
  '```',
  '````suggestion',
  '~~~',
  '**',
  '__',
  '~~',
  '> [!CAUTION]',
  '# PASSED',
  '1. ',
  '1) ',
  '- ',
  '* ',
  '+ ',
  '===',
  '---',
  '|---|',
  '    ',
  '\t',
  '\\|',
  '\\\\|',
  '\\`',
  '$x$',
  '$`x`$',
  ':smile:',
  '\r\n',
  '\u0085',
  '\u2028',
  '\u200b',
  '\u2066',
  '\ud800',
  '\udc00',
  '😀',
  'é'
]

/** Arbitrary text, and text built from the characters and pieces that make Markdown structure. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...MARKDOWN_CHARS), maxLength: 40 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...MARKDOWN_FRAGMENTS),
        fc.constantFrom(...MARKDOWN_CHARS),
        fc.string({ maxLength: 3 })
      ),
      { maxLength: 16 }
    )
    .map((parts) => parts.join(''))
)

// ---------------------------------------------------------------------------------------------
// SARIF as the reporter writes it (what the tests read of it)
// ---------------------------------------------------------------------------------------------

export interface SarifLog {
  $schema: string
  version: string
  runs: {
    tool: { driver: Record<string, unknown> & { rules: Record<string, unknown>[] } }
    originalUriBaseIds: Record<string, unknown>
    columnKind: string
    results: SarifResult[]
  }[]
}

export interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: string
  message: { text: string }
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId?: string }
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number }
    }
  }[]
  relatedLocations?: {
    id: number
    physicalLocation: SarifResult['locations'][number]['physicalLocation']
    message: { text: string }
  }[]
  partialFingerprints: Record<string, string>
  suppressions?: { kind: string; justification: string }[]
  properties: { pointer: string }
}

// ---------------------------------------------------------------------------------------------
// The runner's workflow-command parser: the pieces every model of it needs
// ---------------------------------------------------------------------------------------------

/** Commands the runner registers (ActionCommandManager + its extensions); matched ignoring case. */
export const REGISTERED_COMMANDS: readonly string[] = [
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo'
]

/** .NET `Char.IsWhiteSpace`, which `TrimStart()`/`Trim()` use (wider than JS: U+0085 included). */
const NET_SPACE =
  '[\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]'
const NET_LEADING = new RegExp(`^${NET_SPACE}+`)
const NET_TRAILING = new RegExp(`${NET_SPACE}+$`)

/** .NET `s.TrimStart()`. */
export const netTrimStart = (s: string): string => s.replace(NET_LEADING, '')

/** .NET `s.Trim()`. */
export const netTrim = (s: string): string => netTrimStart(s).replace(NET_TRAILING, '')

const replaceAll = (s: string, pairs: [string, string][]): string =>
  pairs.reduce((acc, [from, to]) => acc.split(from).join(to), s)

/** The runner's UnescapeData: a command's message, `%25` last. */
export const unescapeData = (s: string): string =>
  replaceAll(s, [
    ['%0D', '\r'],
    ['%0A', '\n'],
    ['%25', '%']
  ])

/** The runner's UnescapeProperty: a property value, the mappings in the runner's order, `%25` last. */
export const unescapeProperty = (s: string): string =>
  replaceAll(s, [
    ['%0D', '\r'],
    ['%0A', '\n'],
    ['%3A', ':'],
    ['%2C', ','],
    ['%25', '%']
  ])
