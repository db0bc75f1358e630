import { describe, expect, it } from 'vitest'
import { findingsOf, lint } from '../helpers.js'

/** One EXO005 finding, as `findingsOf` reports it. */
const exo005 = (
  severity: 'error' | 'warning' | 'notice',
  line: number,
  column: number,
  messageId: 'loneSurrogate' | 'invisible' | 'notNfc' | 'mixedScript',
  data: Record<string, string | number>
) => ({ id: 'EXO005', severity, line, column, messageId, data })

/** The findings of every check, reduced to ID and position. */
const all = (text: string) => lint(text).map((f) => [f.id, f.line, f.column, f.messageId])

/**
 * A rule set whose second line is `  "Name": <name>` (the name's quote at column 11) and whose third
 * line is `  "UserRecipientFilter": <filter>` (the filter's quote at column 26). `name` and `filter`
 * are JSON source text, so escapes are written as they appear in the file.
 */
const doc = (name: string, filter = "Department -eq 'IT'") =>
  `{"ClientAccessRules": [{"Action": "DenyAccess",\n  "Name": "${name}",\n  "UserRecipientFilter": "${filter}"}]}`

describe('EXO005 unsafe-text', () => {
  describe('valid documents', () => {
    it('accepts plain ASCII names and values', () => {
      expect(findingsOf('EXO005', doc('Block OWA for contoso'))).toEqual([])
    })

    it('accepts accented Latin, a proper surrogate pair and escaped ASCII', () => {
      expect(findingsOf('EXO005', doc('Zürich caf\\u00e9 \\ud83d\\ude00 \\u0041'))).toEqual([])
    })

    it('accepts an all-Greek word beside Latin words', () => {
      expect(findingsOf('EXO005', doc('Block \u03b1\u03b8\u03ae\u03bd\u03b1 office'))).toEqual([])
    })

    it('accepts an all-Cyrillic word beside Latin words', () => {
      expect(
        findingsOf('EXO005', doc('Block \u043c\u043e\u0441\u043a\u0432\u0430 office'))
      ).toEqual([])
    })

    it('accepts a value in NFD form (only keys must be NFC)', () => {
      expect(findingsOf('EXO005', doc('cafe\\u0301'))).toEqual([])
    })
  })

  describe('lone surrogates (error)', () => {
    it('reports a lone high surrogate in a value', () => {
      expect(findingsOf('EXO005', doc('Block', "Department -eq '\\ud800'"))).toEqual([
        exo005('error', 3, 26, 'loneSurrogate', {
          text: "Department -eq '\\uD800'",
          char: '\\uD800'
        })
      ])
    })

    it('reports a lone low surrogate in a name', () => {
      expect(findingsOf('EXO005', doc('Block \\udc00 OWA'))).toEqual([
        exo005('error', 2, 11, 'loneSurrogate', { text: 'Block \\uDC00 OWA', char: '\\uDC00' })
      ])
    })

    it('reports surrogates in the wrong order', () => {
      expect(findingsOf('EXO005', doc('x\\ude00\\ud83d'))).toEqual([
        exo005('error', 2, 11, 'loneSurrogate', { text: 'x\\uDE00\\uD83D', char: '\\uDE00' })
      ])
    })

    it('reports a lone surrogate in a key, at the key', () => {
      const text =
        '{"ActiveSyncOrganizationSettings": {"DefaultAccessLevel": "Allow"},\n "\\ud800x": 1}'
      expect(findingsOf('EXO005', text)).toEqual([
        exo005('error', 2, 2, 'loneSurrogate', { text: '\\uD800x', char: '\\uD800' })
      ])
    })

    it('gives one finding for a string that also holds invisible characters', () => {
      expect(findingsOf('EXO005', doc('\\u202e\\ud800')).map((f) => f.messageId)).toEqual([
        'loneSurrogate'
      ])
    })
  })

  describe('invisible and direction-changing characters (warning)', () => {
    it('reports a right-to-left override, shown escaped', () => {
      expect(findingsOf('EXO005', doc('Allow EAC from \\u202ekrowten nimda'))).toEqual([
        exo005('warning', 2, 11, 'invisible', {
          text: 'Allow EAC from \\u202Ekrowten nimda',
          chars: '"\\u202E"'
        })
      ])
    })

    it('reports a raw zero-width space, shown escaped', () => {
      expect(findingsOf('EXO005', doc('Block\u200bOWA'))).toEqual([
        exo005('warning', 2, 11, 'invisible', { text: 'Block\\u200BOWA', chars: '"\\u200B"' })
      ])
    })

    it('lists each hidden character once, in order of appearance', () => {
      expect(findingsOf('EXO005', doc('a\\u2066b\\u200fc\\u2066'))).toEqual([
        exo005('warning', 2, 11, 'invisible', {
          text: 'a\\u2066b\\u200Fc\\u2066',
          chars: '"\\u2066", "\\u200F"'
        })
      ])
    })

    it('reports U+FEFF inside text and escaped control characters', () => {
      expect(findingsOf('EXO005', doc('Block\\ufeffOWA', "Department -eq 'I\\tT'"))).toEqual([
        exo005('warning', 2, 11, 'invisible', { text: 'Block\\uFEFFOWA', chars: '"\\uFEFF"' }),
        exo005('warning', 3, 26, 'invisible', {
          text: "Department -eq 'I\\u0009T'",
          chars: '"\\u0009"'
        })
      ])
    })

    it('reports invisible tag characters (U+E0000 block), shown as escapes', () => {
      // U+E0041 TAG LATIN CAPITAL LETTER A: renders as nothing, can spell hidden ASCII
      expect(findingsOf('EXO005', doc('Block\\udb40\\udc41OWA'))).toEqual([
        exo005('warning', 2, 11, 'invisible', {
          text: 'Block\\uDB40\\uDC41OWA',
          chars: '"\\uDB40\\uDC41"'
        })
      ])
    })
  })

  describe('keys not in NFC (warning)', () => {
    it('reports a decomposed key at the key', () => {
      const text =
        '{"ActiveSyncOrganizationSettings": {"DefaultAccessLevel": "Allow"},\n "cafe\\u0301": 1}'
      expect(findingsOf('EXO005', text)).toEqual([
        exo005('warning', 2, 2, 'notNfc', { text: 'cafe\u0301' })
      ])
    })

    it('accepts a key already in NFC', () => {
      const text =
        '{"ActiveSyncOrganizationSettings": {"DefaultAccessLevel": "Allow"},\n "caf\\u00e9": 1}'
      expect(findingsOf('EXO005', text)).toEqual([])
    })
  })

  describe('mixed scripts (warning)', () => {
    it('reports a Latin word with a Cyrillic letter', () => {
      // "cоntoso" with U+043E CYRILLIC SMALL LETTER O
      expect(findingsOf('EXO005', doc('Allow c\u043entoso admins'))).toEqual([
        exo005('warning', 2, 11, 'mixedScript', {
          word: 'c\u043entoso',
          text: 'Allow c\u043entoso admins',
          script: 'Cyrillic'
        })
      ])
    })

    it('reports a Latin word with a Greek letter, written as an escape', () => {
      // "Micrοsoft" with U+03BF GREEK SMALL LETTER OMICRON
      expect(findingsOf('EXO005', doc('Micr\\u03bfsoft'))).toEqual([
        exo005('warning', 2, 11, 'mixedScript', {
          word: 'Micr\u03bfsoft',
          text: 'Micr\u03bfsoft',
          script: 'Greek'
        })
      ])
    })

    it('reports a mixed word in a list item at the item', () => {
      const text =
        '{"ClientAccessRules": [{"Name": "r", "Action": "DenyAccess",\n  "UsernameMatchesAnyOfPatterns": ["c\u043entoso\\\\*"]}]}'
      expect(findingsOf('EXO005', text)).toEqual([
        exo005('warning', 2, 36, 'mixedScript', {
          word: 'c\u043entoso',
          text: 'c\u043entoso\\*',
          script: 'Cyrillic'
        })
      ])
    })
  })

  describe('severity', () => {
    it('an override sets both default severities', () => {
      const text = doc('Block\\u200b', "Department -eq '\\ud800'")
      expect(
        findingsOf('EXO005', text, { severity: { EXO005: 'notice' } }).map((f) => f.severity)
      ).toEqual(['notice', 'notice'])
    })

    it('is the only finding for a valid document', () => {
      // doc()'s layout (name at 2:11), on ExchangeServer, behind a RemotePowerShell safeguard
      const text = `{"Target": "ExchangeServer", "ClientAccessRules": [{"Name": "Allow PowerShell", "Action": "AllowAccess", "AnyOfProtocols": ["RemotePowerShell"]}, {"Action": "DenyAccess",
  "Name": "Block\\u202eEAC",
  "UserRecipientFilter": "Department -eq 'IT'"}]}`
      expect(all(text)).toEqual([['EXO005', 2, 11, 'invisible']])
    })
  })
})
