import { display } from '../engine/display.js'
import {
  authTypesOf,
  SERVER_AUTH_TYPES,
  SERVER_PROTOCOLS,
  type AuthenticationType,
  type Protocol
} from '../model/constants.js'
import type { ClientAccessRule } from '../model/ruleset.js'
import { defineCheck } from './define.js'

/** The two authentication-type lists of a client access rule, with their keys. */
const LISTS = [
  ['anyOfAuthenticationTypes', 'AnyOfAuthenticationTypes'],
  ['exceptAnyOfAuthenticationTypes', 'ExceptAnyOfAuthenticationTypes']
] as const satisfies readonly (readonly [keyof ClientAccessRule, string])[]

/** What a protocol accepts, as the end of a message: its auth types, or none at all. */
function supportedText(protocol: Protocol): string {
  const types = authTypesOf(protocol)
  if (types.length === 0) return 'it takes no authentication-type filter'
  return 'it supports only ' + types.map((t) => `"${t}"`).join(' and ')
}

/**
 * Exchange filters on authentication types only for some protocols, and only when the rule names
 * its protocols: a rule with an authentication type and no `AnyOfProtocols`, with an
 * authentication type one of its protocols does not support, or with
 * `ExceptAnyOfAuthenticationTypes` but no `AnyOfAuthenticationTypes` is rejected with "Chosen
 * authentication type and protocol combination is invalid".
 * Source: https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/client-access-rules/client-access-rules
 * (authentication types and protocols table).
 */
export default defineCheck({
  id: 'EXO308',
  slug: 'auth-protocol-mismatch',
  title: 'Use authentication types only with protocols that support them',
  category: 'values',
  severity: 'error',
  scope: 'ruleset',
  messages: {
    noProtocols:
      'The rule has "{{key}}" but no "AnyOfProtocols"; Exchange rejects authentication types without a protocol condition.',
    exceptWithoutAnyOf:
      'The rule has "ExceptAnyOfAuthenticationTypes" but no "AnyOfAuthenticationTypes"; Exchange rejects an authentication-type exception without the condition.',
    unsupported:
      'The authentication type "{{authType}}" is not supported by the protocol "{{protocol}}" (line {{line}}); {{supported}}.'
  },
  run(ctx) {
    const server = ctx.ruleSet.target === 'ExchangeServer'
    for (const rule of ctx.ruleSet.clientAccessRules) {
      if (!rule.anyOfProtocols) {
        for (const [field, key] of LISTS) {
          if (rule[field] === undefined) continue
          ctx.report({
            at: `${rule.pointer}/${key}`,
            target: 'key',
            messageId: 'noProtocols',
            data: { key }
          })
        }
        continue
      }
      if (rule.exceptAnyOfAuthenticationTypes && !rule.anyOfAuthenticationTypes) {
        ctx.report({
          at: `${rule.pointer}/ExceptAnyOfAuthenticationTypes`,
          target: 'key',
          messageId: 'exceptWithoutAnyOf'
        })
      }
      // On Exchange Server, EXO310 reports protocols and auth types the target does not have.
      const protocols = rule.anyOfProtocols
        .map((protocol, index) => ({ protocol, index }))
        .filter(({ protocol }) => !server || SERVER_PROTOCOLS.includes(protocol))
      for (const [field, key] of LISTS) {
        rule[field]?.forEach((authType: AuthenticationType, i) => {
          if (server && !SERVER_AUTH_TYPES.includes(authType)) return
          const first = protocols.find(({ protocol }) => !authTypesOf(protocol).includes(authType))
          if (!first) return
          ctx.report({
            at: `${rule.pointer}/${key}/${i}`,
            messageId: 'unsupported',
            data: {
              authType: display(authType),
              protocol: display(first.protocol),
              line: ctx.line(`${rule.pointer}/AnyOfProtocols/${first.index}`),
              supported: supportedText(first.protocol)
            }
          })
        })
      }
    }
  }
})
