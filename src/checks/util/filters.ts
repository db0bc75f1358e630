import type { ClientAccessRule } from '../../model/ruleset.js'
import { parseFilter, type FilterError, type ParsedFilter } from '../../model/opath.js'
import type { CheckContext } from '../define.js'

/** Calls `fn` for every rule's `UserRecipientFilter` with its pointer and parse result. */
export function forEachFilter(
  ctx: CheckContext,
  fn: (parsed: ParsedFilter | FilterError, at: string, rule: ClientAccessRule) => void
): void {
  for (const rule of ctx.ruleSet.clientAccessRules) {
    if (rule.userRecipientFilter === undefined) continue
    fn(
      parseFilter(rule.userRecipientFilter, ctx.limits.maxDepth),
      `${rule.pointer}/UserRecipientFilter`,
      rule
    )
  }
}
