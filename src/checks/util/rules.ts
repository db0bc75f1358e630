import { display } from '../../engine/display.js'
import type { CompiledRule } from '../../model/model.js'
import type { CheckContext } from '../define.js'

/** `"Name" (line N)` for a rule of the model. */
export function ruleRef(ctx: CheckContext, rule: CompiledRule): string {
  return `"${display(rule.name)}" (line ${ctx.line(rule.rule.pointer + '/Name')})`
}

/** How many rules a message names before it says "and N more". */
export const RULES_NAMED = 5

/** A readable list of rule references: at most five, then "and N more". */
export function ruleList(ctx: CheckContext, rules: readonly CompiledRule[]): string {
  const shown = rules.slice(0, RULES_NAMED).map((r) => ruleRef(ctx, r))
  const rest = rules.length - shown.length
  const head = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : shown[0]
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : (head ?? '')
}
