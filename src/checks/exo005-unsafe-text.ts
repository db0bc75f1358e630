import { display, escapeUnit } from '../engine/display.js'
import { defineCheck } from './define.js'
import { forEachNode } from './util/tree.js'

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
/**
 * Control characters (Cc) and invisible format characters (Cf): zero-width and direction marks,
 * bidirectional overrides and isolates, U+FEFF, and also the tag characters U+E0000–U+E007F that
 * can spell hidden ASCII text.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu

/** Like `display`, but every invisible character, astral ones too, shown as `\uXXXX` escapes. */
function shown(text: string): string {
  return display(text).replace(INVISIBLE, (c) => c.split('').map(escapeUnit).join(''))
}
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/
const LATIN = /\p{Script=Latin}/u
const LOOKALIKE = /[\p{Script=Cyrillic}\p{Script=Greek}]/u
const WORD = /[\p{L}\p{M}]+/gu

/**
 * What a reviewer reads must be what Exchange gets. Lone surrogates cannot be stored in UTF-8
 * (I-JSON, RFC 7493 §2.1); bidirectional overrides and zero-width characters hide text
 * (CVE-2021-42574, "Trojan Source"); keys outside NFC and words mixing Latin with Cyrillic or Greek
 * letters look like other keys and names.
 * Sources: https://www.rfc-editor.org/rfc/rfc7493 and https://trojansource.codes/
 */
export default defineCheck({
  id: 'EXO005',
  slug: 'unsafe-text',
  title: 'Text must not hide what it says',
  category: 'document',
  severity: 'error',
  severities: ['error', 'warning'],
  scope: 'document',
  messages: {
    loneSurrogate:
      'The text "{{text}}" holds a lone UTF-16 surrogate "{{char}}", which cannot be stored as UTF-8.',
    invisible: 'The text "{{text}}" holds invisible or direction-changing characters ({{chars}}).',
    notNfc:
      'The key "{{text}}" is not in Unicode NFC form, so it differs from the key it looks like.',
    mixedScript:
      'The word "{{word}}" in "{{text}}" mixes Latin letters with {{script}} letters that look alike.'
  },
  run(ctx) {
    forEachNode(ctx.tree, (node, path, isKey) => {
      if (node.type !== 'string') return
      const s = node.value as string
      // printable ASCII holds no surrogate, no invisible character, is NFC and has one script
      if (PRINTABLE_ASCII.test(s)) return
      const target = isKey ? 'key' : 'value'
      const base = { at: path.pointer, node, target } as const
      const lone = LONE_SURROGATE.exec(s)
      if (lone) {
        ctx.report({
          ...base,
          messageId: 'loneSurrogate',
          severity: 'error',
          data: { text: shown(s), char: display(lone[0]) }
        })
        return
      }
      const hidden = s.match(INVISIBLE)
      if (hidden) {
        const chars = [...new Set(hidden)].map((c) => shown(c))
        ctx.report({
          ...base,
          messageId: 'invisible',
          severity: 'warning',
          data: { text: shown(s), chars: chars.map((c) => `"${c}"`).join(', ') }
        })
        return
      }
      if (isKey && s.normalize('NFC') !== s) {
        ctx.report({
          ...base,
          messageId: 'notNfc',
          severity: 'warning',
          data: { text: shown(s) }
        })
        return
      }
      for (const word of s.match(WORD) ?? []) {
        if (!LATIN.test(word)) continue
        const other = LOOKALIKE.exec(word)
        if (!other) continue
        ctx.report({
          ...base,
          messageId: 'mixedScript',
          severity: 'warning',
          data: {
            word: display(word),
            text: shown(s),
            script: /\p{Script=Greek}/u.test(other[0]) ? 'Greek' : 'Cyrillic'
          }
        })
        return
      }
    })
  }
})
