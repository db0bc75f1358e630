import fc from 'fast-check'
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
import {
  REGISTERED_COMMANDS,
  decodeEntities,
  hostileText,
  liveIn,
  netTrimStart,
  renderMarkdown,
  unescapeData,
  unescapeProperty
} from './support.js'

const WJ = WORD_JOINER

// ---------------------------------------------------------------------------------------------
// Rendering: micromark with GFM, raw HTML let through (support.ts).
// ---------------------------------------------------------------------------------------------

/** The HTML of some Markdown, without the final line break that micromark carries over. */
const render = (md: string): string => renderMarkdown(md).replace(/\n$/, '')

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

const REGISTERED = new Set(REGISTERED_COMMANDS)

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
  const message = netTrimStart(line)
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
      fc.property(hostileText, (s) => {
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
        const text = decodeEntities(inner)
        expect(text.split(WJ).join('')).toBe(expected)
        expect(liveIn(text)).toEqual([])
      }),
      RUNS
    )
  })

  it('property: the same after a paragraph line (no setext heading, no lazy block)', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const html = render(`Rule:\n${markdownText(s)}\n`)
        const expected = trimSpaces(shown(s))
        const m = /^<p>Rule:([^]*)<\/p>$/.exec(html)
        expect(m, html).not.toBeNull()
        const inner = m![1]!
        expect(inner).not.toContain('<')
        expect(decodeEntities(inner).split(WJ).join('')).toBe(
          expected === '' ? '' : '\n' + expected
        )
        expect(liveIn(decodeEntities(inner))).toEqual([])
      }),
      RUNS
    )
  })

  it('property: stays in its table cell and renders as exactly the text', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (a, b) => {
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
          expect(decodeEntities(cell).split(WJ).join('')).toBe(trimSpaces(shown(s)))
          expect(liveIn(decodeEntities(cell))).toEqual([])
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
      fc.property(hostileText, (s) => {
        const html = render(`x ${codeSpan(s)} <y`)
        const m = /^<p>x <code>([^]*)<\/code> &lt;y<\/p>$/.exec(html)
        expect(m, html).not.toBeNull()
        expect(m![1]!).not.toContain('<')
        expect(decodeEntities(m![1]!)).toBe(codeShown(s))
      }),
      RUNS
    )
  })

  it('property: in a table cell, one code span per cell; a pipe after an odd run of backslashes shows one more', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
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
        expect(decodeEntities(m![1]!)).toBe(expected)
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

  /** The text of the one code block that `md` renders to, closed before the HTML after it. */
  function codeBlockText(md: string): string {
    const html = render(`${md}\n\n<b>after`)
    const m = /^<pre><code class="language-json">([^]*)<\/code><\/pre>\n<p><b>after<\/p>$/.exec(
      html
    )
    expect(m, html).not.toBeNull()
    expect(m![1]!).not.toContain('<')
    return decodeEntities(m![1]!)
  }

  it.each<[string, number, string]>([
    ['{"Name": "x"}', 3, '{"Name": "x"}'],
    ['a\tb\r\nc\rd\u202e\n', 3, 'a\tb\nc\nd\\u202E'],
    ['\t\u0000\t\u0085\u2028x\u2060', 3, '\t\\u0000\t\\u0085\\u2028x\\u2060'],
    ['\ud800\t\udc00 😀 \ud83d\ude00', 3, '\\uD800\t\\uDC00 😀 😀'],
    ['a\\u0009b\t', 3, 'a\\u0009b\t'],
    ['x\n\n', 3, 'x\n'],
    ['\r\n\r\n\r', 3, '\n\n'],
    ['', 3, ''],
    ['```suggestion\nrm -rf /\n```', 4, '```suggestion\nrm -rf /\n```'],
    ['``` `````` `', 7, '``` `````` `'],
    ['~~~\n    indented\n', 3, '~~~\n    indented'],
    ['<b>&amp;</b> @octocat #1 https://x', 3, '<b>&amp;</b> @octocat #1 https://x']
  ])('renders %j in a fence of %i backticks, as exactly its lines', (s, n, lines) => {
    const ticks = '`'.repeat(n)
    expect(fence(s, 'json')).toBe(`${ticks}json\n${lines}\n${ticks}`)
    expect(codeBlockText(fence(s, 'json'))).toBe(`${lines}\n`)
  })

  /** How display() shows a tab, which a fence keeps as it is. */
  const TAB_SHOWN = display('\t', Infinity)

  it('property: one code block, fenced longer than any backtick run, showing the lines of the text', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const out = fence(s, 'json')
        const m = /^(`{3,})json\n([^]*)\n\1$/.exec(out)
        expect(m, out).not.toBeNull()
        const ticks = m![1]!
        const content = m![2]!
        // no backtick run in the content is as long as the fence, so nothing can close it early
        expect(content).not.toContain(ticks)
        // one block, holding exactly the content and closed before what follows
        const text = codeBlockText(out)
        expect(text).toBe(`${content}\n`)
        // as many lines as the text (CR, LF and CRLF each end one; a final one ends the last)
        const expected = s.split(/\r\n|\r|\n/)
        if (expected.length > 1 && expected.at(-1) === '') expected.pop()
        const shownLines = content.split('\n')
        expect(shownLines).toHaveLength(expected.length)
        // each line is display()ed, but its tabs are kept as tabs
        expect(shownLines.map((l) => l.split('\t').join(TAB_SHOWN))).toEqual(
          expected.map((l) => display(l, Infinity))
        )
        expect(content.split('\t').length).toBe(s.split('\t').length)
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
    hostileText,
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

  it('property: the runner decodes exactly the text, from one line that ends no property', () => {
    fc.assert(
      fc.property(logText, (s) => {
        const value = workflowCommandValue(s)
        expect(value).not.toMatch(/[\r\n]/)
        expect(unescapeData(value)).toBe(s)
        const property = workflowCommandProperty(s)
        expect(property).not.toMatch(/[\r\n:,]/)
        expect(unescapeProperty(property)).toBe(s)
      }),
      RUNS
    )
  })
})
