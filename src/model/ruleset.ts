import { isWithin, join } from '../engine/pointer.js'
import type {
  AccessLevel,
  Action,
  AuthenticationType,
  Characteristic,
  Protocol,
  Target
} from './constants.js'

/** A client access rule as the model sees it; every field keeps its JSON Pointer via `pointer`. */
export interface ClientAccessRule {
  /** Index in `ClientAccessRules`. */
  index: number
  pointer: string
  name: string
  action: Action
  priority?: number
  enabled: boolean
  scope?: 'All' | 'Users'
  anyOfProtocols?: Protocol[]
  exceptAnyOfProtocols?: Protocol[]
  anyOfClientIPAddressesOrRanges?: string[]
  exceptAnyOfClientIPAddressesOrRanges?: string[]
  anyOfAuthenticationTypes?: AuthenticationType[]
  exceptAnyOfAuthenticationTypes?: AuthenticationType[]
  usernameMatchesAnyOfPatterns?: string[]
  exceptUsernameMatchesAnyOfPatterns?: string[]
  userRecipientFilter?: string
  domainController?: string
}

export interface DeviceAccessRule {
  index: number
  pointer: string
  characteristic: Characteristic
  queryString: string
  accessLevel: AccessLevel
}

export interface Expectation {
  index: number
  pointer: string
  name?: string
  protocol: Protocol
  authenticationType?: AuthenticationType
  remoteAddress?: string
  username?: string
  user?: Record<string, string>
  middleTier: boolean
  expect: Action
  /** `undefined` = not given; `null` = no rule may decide it. */
  expectRule?: string | null
}

/** The typed view of a rule-set file. Parts that failed the schema are left out. */
export interface RuleSet {
  target: Target
  /** False when `Target` is absent and `ExchangeOnline` was assumed. */
  targetExplicit: boolean
  /** True when the file has a `ClientAccessRules` key, valid or not. */
  hasClientAccessRules: boolean
  clientAccessRules: ClientAccessRule[]
  deviceAccessRules: DeviceAccessRule[]
  defaultAccessLevel?: AccessLevel
  tests: Expectation[]
}

const RULE_FIELDS: [keyof ClientAccessRule, string][] = [
  ['anyOfProtocols', 'AnyOfProtocols'],
  ['exceptAnyOfProtocols', 'ExceptAnyOfProtocols'],
  ['anyOfClientIPAddressesOrRanges', 'AnyOfClientIPAddressesOrRanges'],
  ['exceptAnyOfClientIPAddressesOrRanges', 'ExceptAnyOfClientIPAddressesOrRanges'],
  ['anyOfAuthenticationTypes', 'AnyOfAuthenticationTypes'],
  ['exceptAnyOfAuthenticationTypes', 'ExceptAnyOfAuthenticationTypes'],
  ['usernameMatchesAnyOfPatterns', 'UsernameMatchesAnyOfPatterns'],
  ['exceptUsernameMatchesAnyOfPatterns', 'ExceptUsernameMatchesAnyOfPatterns'],
  ['userRecipientFilter', 'UserRecipientFilter'],
  ['domainController', 'DomainController'],
  ['scope', 'Scope']
]

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Builds the typed rule set from a document value. `invalid` holds the pointers of every schema
 * finding: an item with a finding at or below its pointer is skipped, so semantic checks never
 * see a half-valid rule and one typo gives one finding.
 */
export function buildRuleSet(value: unknown, invalid: readonly string[]): RuleSet {
  const doc = isObj(value) ? value : {}
  const broken = (pointer: string): boolean => invalid.some((p) => isWithin(p, pointer))
  const target =
    doc.Target === 'ExchangeServer' && !broken('/Target') ? 'ExchangeServer' : 'ExchangeOnline'
  const set: RuleSet = {
    target,
    targetExplicit: typeof doc.Target === 'string' && !broken('/Target'),
    hasClientAccessRules: 'ClientAccessRules' in doc,
    clientAccessRules: [],
    deviceAccessRules: [],
    tests: []
  }
  const items = (key: string): [Obj, number, string][] => {
    const list = doc[key]
    if (!Array.isArray(list) || invalid.includes(`/${key}`)) return []
    const out: [Obj, number, string][] = []
    list.forEach((item, index) => {
      const pointer = join('', key, index)
      if (isObj(item) && !broken(pointer)) out.push([item, index, pointer])
    })
    return out
  }
  for (const [r, index, pointer] of items('ClientAccessRules')) {
    const rule: ClientAccessRule = {
      index,
      pointer,
      name: r.Name as string,
      action: r.Action as Action,
      enabled: r.Enabled !== false
    }
    if (typeof r.Priority === 'number') rule.priority = r.Priority
    for (const [field, key] of RULE_FIELDS) {
      if (r[key] !== undefined) (rule as unknown as Obj)[field] = r[key]
    }
    set.clientAccessRules.push(rule)
  }
  for (const [r, index, pointer] of items('ActiveSyncDeviceAccessRules')) {
    set.deviceAccessRules.push({
      index,
      pointer,
      characteristic: r.Characteristic as Characteristic,
      queryString: r.QueryString as string,
      accessLevel: r.AccessLevel as AccessLevel
    })
  }
  const org = doc.ActiveSyncOrganizationSettings
  if (isObj(org) && !broken('/ActiveSyncOrganizationSettings')) {
    set.defaultAccessLevel = org.DefaultAccessLevel as AccessLevel
  }
  for (const [t, index, pointer] of items('Tests')) {
    const test: Expectation = {
      index,
      pointer,
      protocol: t.Protocol as Protocol,
      middleTier: t.MiddleTier === true,
      expect: t.Expect as Action
    }
    if (typeof t.Name === 'string') test.name = t.Name
    if (typeof t.AuthenticationType === 'string')
      test.authenticationType = t.AuthenticationType as AuthenticationType
    if (typeof t.RemoteAddress === 'string') test.remoteAddress = t.RemoteAddress
    if (typeof t.Username === 'string') test.username = t.Username
    if (isObj(t.User)) test.user = { ...(t.User as Record<string, string>) }
    if (t.ExpectRule !== undefined) test.expectRule = t.ExpectRule as string | null
    set.tests.push(test)
  }
  return set
}
