import { display } from '../../engine/display.js'
import type { CompiledRule } from '../../model/model.js'
import type { CheckContext } from '../define.js'

/**
 * Calls `fn` for every enabled rule that can match connections but decides none of them, with the
 * earlier rules that decide them (EXO103 and EXO105 split these by action).
 */
export function forEachHiddenRule(
  ctx: CheckContext,
  fn: (rule: CompiledRule, earlier: CompiledRule[], data: Record<string, string>) => void
): void {
  const { model, analysis } = ctx
  for (const rule of model.rules) {
    if (!rule.enabled || !analysis.canMatch(rule)) continue
    const fate = analysis.fate(rule)
    if (fate.unknown || fate.decides || fate.deciders.size === 0) continue
    const earlier = [...fate.deciders].sort((a, b) => a - b).map((p) => model.rules[p]!)
    fn(rule, earlier, { rule: display(rule.name), action: rule.action })
  }
}
