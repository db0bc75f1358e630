import { display } from '../engine/display.js'
import { suggest } from '../engine/suggest.js'
import { FILTER_PROPERTIES } from '../model/constants.js'
import { defineCheck } from './define.js'
import { forEachFilter } from './util/filters.js'

/**
 * `UserRecipientFilter` in a client access rule supports only 23 recipient properties, not the full
 * list of OPATH filterable properties: City, Company, CountryOrRegion, CustomAttribute1 to 15,
 * Department, Office, PostalCode, StateOrProvince and StreetAddress.
 * Source: https://learn.microsoft.com/powershell/module/exchangepowershell/new-clientaccessrule#-userrecipientfilter
 */
export default defineCheck({
  id: 'EXO301',
  slug: 'filter-property',
  title: 'Filter only on the properties client access rules support',
  category: 'values',
  severity: 'error',
  scope: 'ruleset',
  messages: {
    unsupported:
      'Client access rules cannot filter on "{{property}}"; they support City, Company, CountryOrRegion, CustomAttribute1 to CustomAttribute15, Department, Office, PostalCode, StateOrProvince and StreetAddress.',
    suggestion:
      'Client access rules cannot filter on "{{property}}"; the supported property closest to it is "{{suggestion}}".'
  },
  run(ctx) {
    forEachFilter(ctx, (parsed, at) => {
      if (!parsed.ok) return
      for (const c of parsed.comparisons) {
        if (c.canonical) continue
        const suggestion = suggest(c.property, FILTER_PROPERTIES)
        ctx.report({
          at,
          inString: c.propertySpan,
          messageId: suggestion ? 'suggestion' : 'unsupported',
          data: suggestion
            ? { property: display(c.property), suggestion }
            : { property: display(c.property) }
        })
      }
    })
  }
})
