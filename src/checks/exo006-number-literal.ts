import { display } from '../engine/display.js'
import { defineCheck } from './define.js'
import { forEachNode } from './util/tree.js'

/**
 * Where schemas/ruleset.schema.json expects an integer: a client access rule's `Priority`. Every
 * other number in a rule set is a schema error (EXO003), and one mistake gives one finding.
 */
const INTEGER_POINTER = /^\/ClientAccessRules\/(0|[1-9][0-9]*)\/Priority$/

/**
 * JSON.parse turns `1.0`, `1e0` and `-0` into integers and `9007199254740993` into its neighbour
 * without a word; PowerShell and other readers may not. Judged on the raw token (I-JSON, RFC 7493
 * §2.2), so what the reviewer reads is what every reader gets.
 * Source: https://www.rfc-editor.org/rfc/rfc7493#section-2.2
 */
export default defineCheck({
  id: 'EXO006',
  slug: 'number-literal',
  title: 'Write integers as plain integer literals',
  category: 'document',
  severity: 'warning',
  scope: 'document',
  messages: {
    notPlain: 'Number "{{raw}}" is not a plain integer literal; write "{{plain}}".',
    negativeZero: 'Number "{{raw}}" is negative zero; write "0".',
    unsafe:
      'Number "{{raw}}" is beyond 2^53 and cannot be represented exactly; it reads as "{{plain}}".',
    underflow: 'Number "{{raw}}" is too small to represent and reads as "0".'
  },
  run(ctx) {
    forEachNode(ctx.tree, (node, path) => {
      if (node.type !== 'number') return
      const pointer = path.pointer
      if (!INTEGER_POINTER.test(pointer) || ctx.schemaError(pointer)) return
      // number → property → rule object → the list: not when "ClientAccessRules" is an object
      if (node.parent?.parent?.parent?.type !== 'array') return
      const raw = ctx.text.slice(node.offset, node.offset + node.length)
      const value = node.value as number
      const data = { raw: display(raw, 40), plain: String(value) }
      const report = (messageId: string): void => ctx.report({ at: pointer, node, messageId, data })
      if (!Number.isFinite(value)) return // an out-of-range number is EXO003's
      if (value === 0) {
        const mantissa = raw.replace(/[eE].*$/, '')
        if (/[1-9]/.test(mantissa)) report('underflow')
        else if (raw.startsWith('-')) report('negativeZero')
        else if (raw !== '0') report('notPlain')
        return
      }
      if (!Number.isInteger(value)) return
      if (!Number.isSafeInteger(value)) report('unsafe')
      else if (!/^-?[1-9][0-9]*$/.test(raw)) report('notPlain')
    })
  }
})
