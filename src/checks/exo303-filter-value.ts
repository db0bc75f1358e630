import { display } from '../engine/display.js'
import { ISO_3166_ALPHA2 } from '../model/countries.js'
import type { Comparison } from '../model/opath.js'
import { defineCheck } from './define.js'
import { forEachFilter } from './util/filters.js'

/** The value of a comparison as text, or undefined for `$null`. */
function valueOf(c: Comparison): string | undefined {
  const v = c.value
  if (v.kind === 'string' || v.kind === 'bare') return v.text
  if (v.kind === 'true') return '$true'
  if (v.kind === 'false') return '$false'
  return undefined
}

/**
 * Values Exchange accepts but that do not do what they say (§2.2): `-like` needs a `*` (the client
 * access rule docs say so), `-eq` compares `*` literally, Exchange Online supports only suffix
 * wildcards, `CountryOrRegion` holds ISO 3166-1 two-letter codes (the cmdlet page was corrected
 * in 2022 after customers used country names), `-lt`/`-gt` compare text in sort order, and quotes
 * or dashes pasted from a word processor are easy to miss.
 * Sources: https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/client-access-rules/client-access-rules
 * and https://learn.microsoft.com/powershell/exchange/recipient-filters#additional-opath-syntax-information
 */
export default defineCheck({
  id: 'EXO303',
  slug: 'filter-value',
  title: 'Compare filter properties with values that can match',
  category: 'values',
  severity: 'error',
  severities: ['error', 'warning'],
  scope: 'ruleset',
  messages: {
    likeNoWildcard:
      '"{{operator}}" needs a "*" in its value, but "{{value}}" has none; add one or use "{{exact}}".',
    countryFormat:
      'CountryOrRegion holds a two-letter ISO 3166-1 code such as "US", so compare it with a code, not with "{{value}}".',
    countryUnknown:
      '"{{value}}" is not an assigned ISO 3166-1 alpha-2 code, so no user has it as CountryOrRegion.',
    eqWildcard:
      '"{{operator}}" compares "{{value}}" literally, "*" included; use "{{wildcard}}" for a wildcard match.',
    innerWildcard:
      'Exchange Online supports "*" only at the end of a "{{operator}}" value, but "{{value}}" has one elsewhere.',
    ordering:
      '"{{operator}}" compares text in sort order, which is rarely what a rule means; use "-eq" or "-like".',
    typographicQuote:
      'The value "{{value}}" uses typographic quotes; write "{{ascii}}" with straight quotes.',
    typographicDash:
      'The operator "{{operator}}" starts with a typographic dash; write "{{ascii}}".',
    typographicSpace:
      'The filter has a {{space}} where a plain space belongs; PowerShell reads it as one, but it is easy to miss, so write a plain space.'
  },
  run(ctx) {
    const online = ctx.ruleSet.target === 'ExchangeOnline'
    forEachFilter(ctx, (parsed, at, rule) => {
      if (!parsed.ok) return
      const text = rule.userRecipientFilter!
      const raw = (s: { start: number; end: number }) => display(text.slice(s.start, s.end))
      const report = (
        span: { start: number; end: number },
        messageId: string,
        severity: 'error' | 'warning',
        data: Record<string, string>
      ) => ctx.report({ at, inString: span, messageId, severity, data })
      for (const c of parsed.comparisons) {
        const value = valueOf(c)
        const operator = raw(c.opSpan)
        const shown = value === undefined ? '' : display(value)
        if (c.opTypographic) {
          report(c.opSpan, 'typographicDash', 'warning', { operator, ascii: `-${c.op}` })
        }
        if (c.value.kind === 'string' && c.value.typographic) {
          report(c.valueSpan, 'typographicQuote', 'warning', {
            value: raw(c.valueSpan),
            // a quote mark inside the value, straight or typographic, becomes a doubled straight quote
            ascii: display(`'${c.value.text.replace(/['\u2018\u2019\u201a\u201b]/g, "''")}'`)
          })
        }
        if (value === undefined) continue
        const like = c.op === 'like' || c.op === 'notlike'
        if (c.canonical === 'CountryOrRegion' && value !== '') {
          if (!/^[A-Za-z]{2}$/.test(value)) {
            report(c.valueSpan, 'countryFormat', 'error', { value: shown })
            continue
          }
          if (!ISO_3166_ALPHA2.has(value.toUpperCase())) {
            report(c.valueSpan, 'countryUnknown', 'warning', { value: shown })
          }
        }
        if (like && !value.includes('*')) {
          report(c.valueSpan, 'likeNoWildcard', 'error', {
            operator,
            value: shown,
            exact: c.op === 'like' ? '-eq' : '-ne'
          })
        } else if (like && online && value.replace(/\*+$/, '').includes('*')) {
          report(c.valueSpan, 'innerWildcard', 'warning', { operator, value: shown })
        }
        if ((c.op === 'eq' || c.op === 'ne') && value.includes('*')) {
          report(c.valueSpan, 'eqWildcard', 'warning', {
            operator,
            value: shown,
            wildcard: c.op === 'eq' ? '-like' : '-notlike'
          })
        }
        if (c.op === 'lt' || c.op === 'gt') report(c.opSpan, 'ordering', 'warning', { operator })
      }
      for (const span of parsed.typographicSpaces) {
        const code = text.charCodeAt(span.start).toString(16).toUpperCase().padStart(4, '0')
        report(span, 'typographicSpace', 'warning', {
          space: code === '00A0' ? 'no-break space (\\u00A0)' : `Unicode space (\\u${code})`
        })
      }
      for (const span of parsed.typographicDashes) {
        const operator = raw(span)
        report(span, 'typographicDash', 'warning', {
          operator,
          ascii: '-' + text.slice(span.start + 1, span.end).toLowerCase()
        })
      }
    })
  }
})
