import { display } from '../engine/display.js'
import { defineCheck } from './define.js'
import { forEachFilter } from './util/filters.js'

/**
 * Exchange parses `UserRecipientFilter` as OPATH when the rule is created and rejects a filter that
 * does not parse: `Property -operator 'Value'`, joined with `-and`/`-or`, negated with `-not`,
 * grouped with parentheses; text in quotes (a doubled quote is a literal quote), `$null`, `$true`
 * and `$false` unquoted. The finding points at the column inside the string where parsing failed.
 * Source: https://learn.microsoft.com/powershell/exchange/recipient-filters#additional-opath-syntax-information
 */
export default defineCheck({
  id: 'EXO302',
  slug: 'filter-syntax',
  title: 'Write UserRecipientFilter as valid OPATH',
  category: 'values',
  severity: 'error',
  scope: 'ruleset',
  messages: {
    empty:
      'The filter is empty; write a condition such as "Department -eq \'IT\'" or remove "UserRecipientFilter".',
    unterminated:
      'The quote "{{quote}}" here is never closed; a quoted value needs a matching quote on each side.',
    unclosedParen: 'The filter opens a parenthesis "(" here that is never closed.',
    unexpectedParen: 'The filter closes a parenthesis ")" here that was never opened.',
    expectedProperty:
      'The filter expects a property name such as "Department" but finds {{found}}.',
    expectedComparison:
      'The filter expects a comparison operator ("-eq", "-ne", "-like", "-notlike", "-lt" or "-gt") after the property but finds {{found}}.',
    expectedLogical: 'The filter expects "-and", "-or" or the end but finds {{found}}.',
    unknownOperator:
      'The filter uses the operator "{{operator}}", which OPATH does not have here; use "-eq", "-ne", "-like", "-notlike", "-lt", "-gt", "-and", "-or" or "-not".',
    expectedValue: 'The operator "{{operator}}" has no value after it.',
    dangling: 'The operator "{{operator}}" is missing a condition on one side.',
    variable:
      'The filter uses the variable "{{variable}}"; only "$null", "$true" and "$false" can appear in a rule filter.',
    unexpected: 'The filter has the character "{{text}}" where OPATH does not allow it.',
    braces:
      'The filter has an unmatched brace "{{brace}}"; the braces form wraps the whole filter.',
    tooDeep:
      'The filter nests parentheses or "-not" deeper than {{max}} levels, the cap set by "maxDepth".'
  },
  run(ctx) {
    forEachFilter(ctx, (parsed, at) => {
      if (parsed.ok) return
      const data: Record<string, string | number> = {}
      for (const [k, v] of Object.entries(parsed.data)) {
        data[k] = typeof v === 'string' && k !== 'found' ? display(v) : v
      }
      if (typeof data.found === 'string') data.found = display(data.found)
      ctx.report({ at, inString: parsed.span, messageId: parsed.messageId, data })
    })
  }
})
