import fc from 'fast-check'
import { AUTHENTICATION_TYPES, type Protocol } from '../../src/model/constants.js'

/**
 * The values the rule-model property tests draw from (symbolic.property.test.ts and
 * diff.property.test.ts): protocols, IP entries and the addresses on their boundaries, username
 * pattern lists with the usernames that meet them, recipient filters with the users that meet them.
 */

export const PROTOCOLS: Protocol[] = [
  'ExchangeActiveSync',
  'ExchangeAdminCenter',
  'OutlookWebApp',
  'RemotePowerShell',
  'REST',
  'POP3'
]
export const IP_ENTRIES = [
  '10.0.0.0/8',
  '10.1.0.0/16',
  '10.1.2.3',
  '10.1.2.0-10.1.3.255',
  '192.0.2.0-192.0.2.127',
  '192.0.2.128/25',
  '203.0.113.7/24',
  '2001:db8::/32',
  '2001:db8:1::-2001:db8:1::ff',
  '::/0',
  '0.0.0.0/0'
]
export const ADDRESSES = [
  '10.0.0.0',
  '10.255.255.255',
  '10.1.2.3',
  '10.1.2.4',
  '10.1.3.255',
  '10.1.4.0',
  '11.0.0.0',
  '9.255.255.255',
  '192.0.2.127',
  '192.0.2.128',
  '192.0.2.255',
  '203.0.113.0',
  '203.0.113.255',
  '198.51.100.1',
  '0.0.0.0',
  '255.255.255.255',
  '2001:db8::1',
  '2001:db8:1::ff',
  '2001:db8:1::100',
  '2001:db9::',
  '::1',
  '::'
]
export const PATTERN_LISTS = [
  ['*admin*'],
  ['*ADMIN*'],
  ['*a*', '*b*'],
  ['*b*', '*A*'],
  ['*'],
  ['contoso\\*x*'],
  ['*\\jeff']
]
export const USERNAMES = [
  'contoso\\admin',
  'contoso\\bob',
  'contoso\\xavier',
  'fabrikam\\jeff',
  'x\\y'
]
export const FILTERS = [
  "Department -eq 'IT'",
  "Department -ne 'IT'",
  "City -like 'Red*' -or Department -eq 'HR'",
  "-not (CountryOrRegion -eq 'US')"
]
export const USERS = [
  {},
  { Department: 'IT' },
  { Department: 'HR', City: 'Redmond' },
  { CountryOrRegion: 'US', City: 'Paris' }
]

export const maybe = <T>(arb: fc.Arbitrary<T>, freq = 3) => fc.option(arb, { nil: undefined, freq })
export const subset = <T>(values: readonly T[]) =>
  fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: 3 })

/** The fields of a client access rule, each drawn from the values above (absent ones undefined). */
export const RULE_FIELDS = {
  action: fc.constantFrom('AllowAccess' as const, 'DenyAccess' as const),
  enabled: fc.constantFrom(true, true, true, false),
  priority: maybe(fc.integer({ min: 0, max: 5 }), 4),
  scope: maybe(fc.constantFrom('All' as const, 'Users' as const)),
  anyOfProtocols: maybe(subset(PROTOCOLS), 2),
  exceptAnyOfProtocols: maybe(subset(PROTOCOLS)),
  anyOfAuthenticationTypes: maybe(subset(AUTHENTICATION_TYPES)),
  exceptAnyOfAuthenticationTypes: maybe(subset(AUTHENTICATION_TYPES), 5),
  anyOfClientIPAddressesOrRanges: maybe(subset(IP_ENTRIES), 2),
  exceptAnyOfClientIPAddressesOrRanges: maybe(subset(IP_ENTRIES)),
  usernameMatchesAnyOfPatterns: maybe(fc.constantFrom(...PATTERN_LISTS)),
  exceptUsernameMatchesAnyOfPatterns: maybe(fc.constantFrom(...PATTERN_LISTS), 4),
  userRecipientFilter: maybe(fc.constantFrom(...FILTERS))
}
