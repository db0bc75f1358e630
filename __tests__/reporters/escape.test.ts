import fc from 'fast-check'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { describe, expect, it } from 'vitest'
import { display } from '../../src/engine/display.js'
import {
  WORD_JOINER,
  codeSpan,
  fence,
  markdownText,
  neutraliseWorkflowCommands,
  visibleLines,
  workflowCommandProperty,
  workflowCommandValue
} from '../../src/reporters/escape.js'

const WJ = WORD_JOINER

// ---------------------------------------------------------------------------------------------
// Rendering: micromark with GFM, raw HTML let through (its default escapes it, which would hide
// any HTML the escaper failed to neutralise).
// ---------------------------------------------------------------------------------------------

/** The HTML of some Markdown, without the final line break that micromark carries over. */
const render = (md: string): string =>
  micromark(md, {
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
    allowDangerousHtml: true
  }).replace(/\n$/, '')

/** Text of rendered HTML that has no tags: micromark's four entities decoded. */
const decode = (html: string): string =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')

/**
 * What GitHub would link or notify in rendered text (stricter than GitHub: any `@` before an
 * alphanumeric, not only one after a non-word character).
 */
const LIVE: [string, RegExp][] = [
  ['mention', /@[A-Za-z0-9]/],
  ['reference', /#\d/],
  ['GH-1 style reference', /[A-Za-z0-9]-\d/],
  ['commit SHA', /[0-9a-f]{7}/i],
  ['URL', /:\/\//],
  ['www autolink', /www\./i]
]

function expectNothingLive(text: string): void {
  for (const [what, pattern] of LIVE) expect(text, what).not.toMatch(pattern)
}

/** The text made visible on one line, as the escapers show it. */
const shown = (s: string): string => display(s.replace(/\r\n|[\r\n]/g, ' '), Infinity)

/** Spaces at either end of a paragraph or cell are not shown. */
const trimSpaces = (s: string): string => s.replace(/^ +| +$/g, '')

// ---------------------------------------------------------------------------------------------
// The runner's side (actions/runner: src/Runner.Common/ActionCommand.cs TryParseV2 / TryParse,
// src/Runner.Worker/ActionCommandManager.cs: the `::` form first, then `##[` anywhere). Modelled
// twice: with ordinal matching, and with a culture-sensitive (ICU) match that skips ignorable
// characters such as U+2060, in both readings of where a match that begins with one starts.
// ---------------------------------------------------------------------------------------------

const REGISTERED = new Set(
  [
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
  ].map((c) => c.toLowerCase())
)

/** .NET `Char.IsWhiteSpace`, which `TrimStart()` uses. */
const NET_SPACE = /^[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/

/** Characters ICU gives no weight to (a generous set). */
const IGNORABLE =
  // eslint-disable-next-line no-misleading-character-class
  /[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]/

type Matching = 'ordinal' | 'icu' | 'icu-from-ignorable'

function startsWith(s: string, p: string, m: Matching): boolean {
  if (m === 'ordinal') return s.startsWith(p)
  let j = 0
  for (const c of p) {
    while (j < s.length && IGNORABLE.test(s[j]!)) j++
    if (s[j] !== c) return false
    j++
  }
  return true
}

function indexOf(s: string, p: string, from: number, m: Matching): number {
  if (m === 'ordinal') return s.indexOf(p, from)
  for (let i = from; i < s.length; i++) {
    if (m === 'icu' && IGNORABLE.test(s[i]!)) continue
    let j = i
    let k = 0
    while (k < p.length && j < s.length) {
      if (IGNORABLE.test(s[j]!)) j++
      else if (s[j] === p[k]) {
        j++
        k++
      } else break
    }
    if (k === p.length) return i
  }
  return -1
}

/** The command the runner would run for one line, if any. */
function commandIn(line: string, m: Matching): string | undefined {
  const message = line.replace(NET_SPACE, '')
  if (startsWith(message, '::', m)) {
    const end = indexOf(message, '::', 2, m)
    if (end >= 0) {
      const info = message.slice(2, end)
      const name = info.split(' ')[0]!
      if (REGISTERED.has(name.toLowerCase())) return name
    }
  }
  const prefix = indexOf(line, '##[', 0, m)
  if (prefix >= 0) {
    const rb = line.indexOf(']', prefix)
    if (rb >= 0) {
      const name = line.slice(prefix + 3, rb).split(' ')[0]!
      if (REGISTERED.has(name.toLowerCase())) return name
    }
  }
  return undefined
}

/** Every command the runner would run for this output (lines split on CR, LF, CRLF). */
const commandsIn = (out: string, m: Matching): string[] =>
  out
    .split(/\r\n|\r|\n/)
    .map((line) => commandIn(line, m))
    .filter((c): c is string => c !== undefined)

const MATCHINGS: Matching[] = ['ordinal', 'icu', 'icu-from-ignorable']

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

const CHARS = [
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

const FRAGMENTS = [
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
const hostile: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 40 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...FRAGMENTS),
        fc.constantFrom(...CHARS),
        fc.string({ maxLength: 3 })
      ),
      {
        maxLength: 16
      }
    )
    .map((parts) => parts.join(''))
)

const RUNS = { seed: 20260912, numRuns: 1500 }

// ---------------------------------------------------------------------------------------------

describe('markdownText', () => {
  it('leaves plain text as it is', () => {
    expect(markdownText('Block all OWA, except 10.0.0.0/8.')).toBe(
      'Block all OWA, except 10.0.0.0/8.'
    )
    expect(markdownText('')).toBe('')
  })

  it('breaks mentions with a word joiner after every @', () => {
    expect(markdownText('@octocat please approve')).toBe(`@${WJ}octocat please approve`)
    expect(markdownText('@org/everyone and a@b.co')).toBe(`@${WJ}org/everyone and a@${WJ}b.co`)
  })

  it('breaks issue, GH- and cross-repository references and commit SHAs', () => {
    expect(markdownText('#1 GH-1 owner/repo#12 #x')).toBe(
      `\\#${WJ}1 GH-${WJ}1 owner/repo\\#${WJ}12 \\#x`
    )
    expect(markdownText('0123456789abcdef0123456789abcdef01234567')).toBe(
      ['012345', '6789ab', 'cdef01', '234567', '89abcd', 'ef0123', '4567'].join(WJ)
    )
    // six hexadecimal digits never link, so they stay whole
    expect(markdownText('cafe12 1234567')).toBe(`cafe12 123456${WJ}7`)
  })

  it('breaks URLs and www. autolinks', () => {
    expect(markdownText('https://evil.example/x and WWW.evil.example')).toBe(
      `https:${WJ}//evil.example/x and WWW${WJ}.evil.example`
    )
  })

  it('shows HTML, comments and entities as text', () => {
    expect(markdownText('<img src=x> <!-- &#64; &amp;')).toBe(
      `&lt;img src=x&gt; &lt;\\!-- &amp;\\#${WJ}64; &amp;amp;`
    )
    expect(markdownText('$x$')).toBe('&dollar;x&dollar;')
  })

  it('escapes emphasis, code, link, image, table and escape syntax', () => {
    expect(markdownText('[Approve](https://evil) ![](x) *a* _b_ ~c~ `d` | \\')).toBe(
      `\\[Approve\\]\\(https:${WJ}//evil\\) \\!\\[\\]\\(x\\) \\*a\\* \\_b\\_ \\~c\\~ \\\`d\\\` \\| \\\\`
    )
  })

  it('cannot start a block: heading, quote, alert, list, setext line or indented code', () => {
    expect(markdownText('# PASSED')).toBe('\\# PASSED')
    expect(markdownText('> [!CAUTION]')).toBe('&gt; \\[\\!CAUTION\\]')
    expect(markdownText('- item')).toBe('\\- item')
    expect(markdownText('+ item')).toBe('\\+ item')
    expect(markdownText('===')).toBe('\\===')
    expect(markdownText('12. item')).toBe('12\\. item')
    expect(markdownText('1) item')).toBe('1\\) item')
    expect(markdownText('    code  ')).toBe(' code ')
    // only at the start: a dash or a numbered dot further on is left alone
    expect(markdownText('a - b 1. c')).toBe('a - b 1. c')
  })

  it('puts the text on one line and makes invisible characters visible', () => {
    expect(markdownText('a\r\nb\nc\rd')).toBe('a b c d')
    expect(markdownText('a\u202eb\u2060c\u0000')).toBe('a\\\\u202Eb\\\\u2060c\\\\u0000')
  })

  it('property: renders as exactly the text, in a paragraph, with nothing live', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const html = render(markdownText(s))
        const expected = trimSpaces(shown(s))
        if (expected === '') {
          expect(html).toBe('')
          return
        }
        const m = /^<p>([^]*)<\/p>$/.exec(html)
        expect(m, html).not.toBeNull()
        const inner = m![1]!
        expect(inner).not.toContain('<')
        const text = decode(inner)
        expect(text.split(WJ).join('')).toBe(expected)
        expectNothingLive(text)
      }),
      RUNS
    )
  })

  it('property: the same after a paragraph line (no setext heading, no lazy block)', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const html = render(`Rule:\n${markdownText(s)}\n`)
        const expected = trimSpaces(shown(s))
        const m = /^<p>Rule:([^]*)<\/p>$/.exec(html)
        expect(m, html).not.toBeNull()
        const inner = m![1]!
        expect(inner).not.toContain('<')
        expect(decode(inner).split(WJ).join('')).toBe(expected === '' ? '' : '\n' + expected)
        expectNothingLive(decode(inner))
      }),
      RUNS
    )
  })

  it('property: stays in its table cell and renders as exactly the text', () => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        const md = `| A | B |\n| --- | --- |\n| ${markdownText(a)} | ${markdownText(b)} |\n`
        const m =
          /^<table>\n<thead>\n<tr>\n<th>A<\/th>\n<th>B<\/th>\n<\/tr>\n<\/thead>\n<tbody>\n<tr>\n<td>([^]*)<\/td>\n<td>([^]*)<\/td>\n<\/tr>\n<\/tbody>\n<\/table>$/.exec(
            render(md)
          )
        expect(m, render(md)).not.toBeNull()
        for (const [cell, s] of [
          [m![1]!, a],
          [m![2]!, b]
        ] as const) {
          expect(cell).not.toContain('<')
          expect(decode(cell).split(WJ).join('')).toBe(trimSpaces(shown(s)))
          expectNothingLive(decode(cell))
        }
      }),
      RUNS
    )
  })
})

describe('codeSpan', () => {
  it('uses a backtick run longer than any inside, padded where a backtick touches an end', () => {
    expect(codeSpan('abc')).toBe('`abc`')
    expect(codeSpan('a`b')).toBe('``a`b``')
    expect(codeSpan('a```b``c')).toBe('````a```b``c````')
    expect(codeSpan('`a')).toBe('`` `a ``')
    expect(codeSpan('a`')).toBe('`` a` ``')
    expect(codeSpan(' a ')).toBe('`  a  `')
    expect(codeSpan('')).toBe('` `')
  })

  it('puts the text on one line and makes invisible characters visible', () => {
    expect(codeSpan('a\nb\u202e')).toBe('`a b\\u202E`')
  })

  it('keeps a pipe in its table cell with an odd number of backslashes before it', () => {
    expect(codeSpan('a|b')).toBe('`a|b`')
    expect(codeSpan('a|b', true)).toBe('`a\\|b`')
    expect(codeSpan('a\\|b', true)).toBe('`a\\\\\\|b`')
    expect(codeSpan('a\\\\|b', true)).toBe('`a\\\\\\|b`')
  })

  /** What a code span shows: CommonMark keeps a lone space (the padding of an empty span). */
  const codeShown = (s: string): string => (shown(s) === '' ? ' ' : shown(s))

  it('property: one code span holding exactly the text, closed before what follows', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const html = render(`x ${codeSpan(s)} <y`)
        const m = /^<p>x <code>([^]*)<\/code> &lt;y<\/p>$/.exec(html)
        expect(m, html).not.toBeNull()
        expect(m![1]!).not.toContain('<')
        expect(decode(m![1]!)).toBe(codeShown(s))
      }),
      RUNS
    )
  })

  it('property: in a table cell, one code span per cell; a pipe after an odd run of backslashes shows one more', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const md = `| A | B |\n| --- | --- |\n| ${codeSpan(s, true)} | z |\n`
        const m =
          /<tbody>\n<tr>\n<td><code>([^]*)<\/code><\/td>\n<td>z<\/td>\n<\/tr>\n<\/tbody>/.exec(
            render(md)
          )
        expect(m, render(md)).not.toBeNull()
        expect(m![1]!).not.toContain('<')
        const expected = codeShown(s).replace(/(\\*)\|/g, (_, slashes: string) =>
          slashes.length % 2 ? `${slashes}\\|` : `${slashes}|`
        )
        expect(decode(m![1]!)).toBe(expected)
      }),
      RUNS
    )
  })
})

describe('fence', () => {
  it('uses a fence longer than any backtick run, at least three', () => {
    expect(fence('{"Name": "x"}', 'json')).toBe('```json\n{"Name": "x"}\n```')
    expect(fence('a\n```\nb')).toBe('````\na\n```\nb\n````')
    expect(fence('`````')).toBe('``````\n`````\n``````')
    expect(fence('')).toBe('```\n\n```')
  })

  it('keeps tabs and line breaks (one final one dropped) and shows every other control', () => {
    expect(fence('a\tb\r\nc\rd\u202e\n')).toBe('```\na\tb\nc\nd\\u202E\n```')
  })

  it('never makes a suggestion block, and takes a one-word language only', () => {
    expect(() => fence('rm -rf /', 'suggestion')).toThrow(RangeError)
    expect(() => fence('x', 'SUGGESTION')).toThrow(RangeError)
    expect(() => fence('x', 'suggestion-x')).toThrow(RangeError)
    expect(() => fence('x', 'json suggestion')).toThrow(RangeError)
    expect(() => fence('x', 'a`b')).toThrow(RangeError)
    expect(() => fence('x', 'a\nb')).toThrow(RangeError)
  })

  /** The code block's text: lines as fence() shows them, with the last line's break. */
  const body = (s: string): string =>
    s
      .replace(/\r\n|\r/g, '\n')
      .replace(/\n$/, '')
      .split('\n')
      .map((line) =>
        line
          .split('\t')
          .map((p) => display(p, Infinity))
          .join('\t')
      )
      .join('\n') + '\n'

  it('property: one code block holding exactly the text, closed before what follows', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const html = render(`${fence(s, 'json')}\n\n<b>after`)
        const m = /^<pre><code class="language-json">([^]*)<\/code><\/pre>\n<p><b>after<\/p>$/.exec(
          html
        )
        expect(m, html).not.toBeNull()
        expect(m![1]!).not.toContain('<')
        expect(decode(m![1]!)).toBe(body(s))
      }),
      RUNS
    )
  })
})

describe('workflow commands', () => {
  it('encodes a message as @actions/core does: % first, then CR and LF', () => {
    expect(workflowCommandValue('50%\r\n::error::x %0A')).toBe('50%25%0D%0A::error::x %250A')
    expect(workflowCommandValue('a: b, c')).toBe('a: b, c')
  })

  it('encodes a property as @actions/core does: also : and ,', () => {
    expect(workflowCommandProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A')
    expect(workflowCommandProperty('##[error]x')).toBe('##[error]x')
  })

  it('visibleLines shows every control and invisible character but CR and LF', () => {
    expect(visibleLines('a\r\nb\u202e\u0085\t\u2060')).toBe('a\r\nb\\u202E\\u0085\\u0009\\u2060')
    expect(visibleLines(visibleLines('x\u202e\n'))).toBe('x\\u202E\n')
  })

  it('neutralises forged commands in log text (security-and-robustness.md §7.4 O1, O2)', () => {
    const cases: [string, string][] = [
      ['x\n::error file=a.json,line=1::forged', `x\n:${WJ}:error file=a.json,line=1::forged`],
      ['  ::add-mask::Name', `  :${WJ}:add-mask::Name`],
      ['\u0085::warning::x', `\u0085:${WJ}:warning::x`],
      ['abc ##[error]x ##[group]y', `abc ##${WJ}[error]x ##${WJ}[group]y`],
      ['::stop-commands::tok', `:${WJ}:stop-commands::tok`],
      ['::add-matcher::rules/m.json', `:${WJ}:add-matcher::rules/m.json`],
      ['a\r\u2060\t::notice::x', `a\r\u2060\t:${WJ}:notice::x`],
      ['\u2028::debug::x', `\u2028:${WJ}:debug::x`],
      // not at a line start: left alone (the runner only reads `::` there)
      ['a ::error::x', 'a ::error::x'],
      ['plain', 'plain']
    ]
    for (const [input, output] of cases) {
      expect(neutraliseWorkflowCommands(input)).toBe(output)
      for (const m of MATCHINGS) expect(commandsIn(output, m), `${m}: ${input}`).toEqual([])
    }
  })

  it('the runner model finds the commands before they are neutralised', () => {
    for (const m of MATCHINGS) {
      expect(commandsIn('x\n  ::add-mask::Name\r\u0085::ERROR::y\nabc ##[group]x', m), m).toEqual([
        'add-mask',
        'ERROR',
        'group'
      ])
    }
    // the ICU model matches across a word joiner, and reads the name from a fixed offset
    expect(startsWith(`:${WJ}:error::x`, '::', 'icu')).toBe(true)
    expect(indexOf(`a${WJ}#${WJ}#[x`, '##[', 0, 'icu')).toBe(2)
    expect(indexOf(`a${WJ}#${WJ}#[x`, '##[', 0, 'icu-from-ignorable')).toBe(1)
    expect(commandIn(`:${WJ}:error::x`, 'icu')).toBeUndefined()
  })

  const logText = fc.oneof(
    hostile,
    fc
      .array(
        fc.constantFrom(
          '::',
          ':',
          '##[',
          '##',
          '#',
          '[',
          ']',
          'error',
          'add-mask',
          'stop-commands',
          ' ',
          '\t',
          '\n',
          '\r',
          '\r\n',
          '\u0085',
          '\u00a0',
          '\u2028',
          '\u2060',
          '\u200b',
          '\u034f',
          '\ufeff',
          'x'
        ),
        { maxLength: 20 }
      )
      .map((parts) => parts.join(''))
  )

  it('property: no command survives neutralising, and only word joiners are added', () => {
    fc.assert(
      fc.property(logText, (s) => {
        const out = neutraliseWorkflowCommands(s)
        expect(out.split(WJ).join('')).toBe(s.split(WJ).join(''))
        for (const m of MATCHINGS) expect(commandsIn(out, m), m).toEqual([])
      }),
      { ...RUNS, numRuns: 3000 }
    )
  })

  /** The runner's UnescapeData / UnescapeProperty (`%25` last). */
  const unescape = (s: string, property: boolean): string =>
    (property
      ? [
          ['%0D', '\r'],
          ['%0A', '\n'],
          ['%3A', ':'],
          ['%2C', ','],
          ['%25', '%']
        ]
      : [
          ['%0D', '\r'],
          ['%0A', '\n'],
          ['%25', '%']
        ]
    ).reduce((acc, [from, to]) => acc.split(from!).join(to!), s)

  it('property: the runner decodes exactly the text, from one line that ends no property', () => {
    fc.assert(
      fc.property(logText, (s) => {
        const value = workflowCommandValue(s)
        expect(value).not.toMatch(/[\r\n]/)
        expect(unescape(value, false)).toBe(s)
        const property = workflowCommandProperty(s)
        expect(property).not.toMatch(/[\r\n:,]/)
        expect(unescape(property, true)).toBe(s)
      }),
      RUNS
    )
  })
})
