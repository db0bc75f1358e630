import { display } from '../engine/display.js'
import { authTypesOf, protocolsOf } from '../model/constants.js'
import type { CompiledRule, Model } from '../model/model.js'
import type { Analysis } from '../model/analysis.js'
import { defineCheck } from './define.js'

/** The first reason, dimension by dimension, why a rule's own conditions and exceptions clash. */
function reasonOf(rule: CompiledRule, model: Model, analysis: Analysis): string {
  const target = protocolsOf(model.target)
  const named = rule.protocols ? target.filter((p) => rule.protocols!.has(p)) : target
  if (named.length === 0) return 'noTargetProtocol'
  const protocols = named.filter((p) => !rule.exceptProtocols.has(p))
  if (protocols.length === 0) return 'protocolsExcepted'
  if (rule.exceptUsers === 'always') return 'everyoneExcepted'
  if (rule.users === rule.exceptUsers && rule.users !== undefined) return 'usersExcepted'
  if (rule.auth || rule.exceptAuth.size) {
    const open = protocols.some(
      (p) =>
        authTypesOf(p).some((a) => (!rule.auth || rule.auth.has(a)) && !rule.exceptAuth.has(a)) ||
        (!rule.auth && authTypesOf(p).length === 0)
    )
    if (!open) {
      // none of the types it requires can be carried at all, or the ones that can are excepted
      const carried = protocols.some((p) =>
        authTypesOf(p).some((a) => !rule.auth || rule.auth.has(a))
      )
      return carried ? 'authExcepted' : 'authProtocols'
    }
  }
  const ipOpen = ([4, 6] as const).some((f) => analysis.ranges(rule, f).length > 0)
  if (!ipOpen) return 'ipExcepted'
  return 'combination'
}

/**
 * A rule whose own conditions and exceptions cannot all hold for any connection does nothing: every
 * protocol it names is excepted, its IP condition lies inside its IP exceptions, its protocols
 * cannot carry the authentication types it requires (§3.5), and the like. It is almost always a
 * condition written as an exception or the reverse.
 * Source: https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/client-access-rules/client-access-rules
 */
export default defineCheck({
  id: 'EXO104',
  slug: 'never-matches',
  title: 'A rule must be able to match some connection',
  category: 'ordering',
  severity: 'warning',
  scope: 'ruleset',
  messages: {
    noTargetProtocol:
      'Rule "{{rule}}" names no protocol that "{{target}}" has connections for, so it never matches.',
    protocolsExcepted:
      'Rule "{{rule}}" excepts every protocol it would match, so it never matches.',
    usersExcepted:
      'Rule "{{rule}}" excepts the same username patterns it requires, so it never matches.',
    everyoneExcepted:
      'Rule "{{rule}}" excepts every username (a "*" pattern), so it never matches.',
    authExcepted:
      'Rule "{{rule}}" excepts every authentication type it would match, so it never matches.',
    authProtocols:
      'Rule "{{rule}}" requires authentication types that none of its protocols can be filtered by, so it never matches.',
    ipExcepted: 'Rule "{{rule}}" excepts every address it would match, so it never matches.',
    combination:
      'Rule "{{rule}}" cannot match any connection: its conditions and exceptions together leave nothing.'
  },
  run(ctx) {
    const { model, analysis } = ctx
    for (const rule of model.rules) {
      if (!rule.enabled || analysis.canMatch(rule)) continue
      ctx.report({
        at: rule.rule.pointer + '/Name',
        messageId: reasonOf(rule, model, analysis),
        data: { rule: display(rule.name), target: model.target }
      })
    }
  }
})
