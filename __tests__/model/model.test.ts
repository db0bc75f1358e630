import { describe, expect, it } from 'vitest'
import { Analysis } from '../../src/model/analysis.js'
import {
  buildModel,
  connectionAddress,
  evaluate,
  evaluationOrder,
  type Connection
} from '../../src/model/model.js'
import { buildRuleSet } from '../../src/model/ruleset.js'

const model = (rules: unknown[], target = 'ExchangeOnline') =>
  buildModel(buildRuleSet({ Target: target, ClientAccessRules: rules }, []))

const rps = (extra: Partial<Connection> = {}): Connection => ({
  protocol: 'RemotePowerShell',
  authenticationType: 'BasicAuthentication',
  address: connectionAddress('203.0.113.7'),
  ...extra
})

describe('evaluation order (CHECKS.md "Order")', () => {
  it('sorts by Priority, keeps array order on ties, and puts rules without Priority last', () => {
    const rules = [
      { index: 0 },
      { index: 1, priority: 5 },
      { index: 2, priority: 1 },
      { index: 3 },
      { index: 4, priority: 1 }
    ]
    expect(evaluationOrder(rules).map((r) => r.index)).toEqual([2, 4, 1, 0, 3])
  })
})

describe('the concrete evaluator', () => {
  const m = model([
    { Name: 'Off', Action: 'DenyAccess', Enabled: false, Priority: 0 },
    {
      Name: 'EAC only',
      Action: 'DenyAccess',
      AnyOfProtocols: ['ExchangeAdminCenter'],
      Priority: 1
    },
    {
      Name: 'Admins',
      Action: 'AllowAccess',
      AnyOfProtocols: ['RemotePowerShell'],
      UsernameMatchesAnyOfPatterns: ['*admin*'],
      Priority: 2
    },
    {
      Name: 'Deny all',
      Action: 'DenyAccess',
      ExceptAnyOfClientIPAddressesOrRanges: ['198.51.100.0/24'],
      Priority: 3
    }
  ])

  it('returns the deciding rule and why each earlier rule did not match', () => {
    const d = evaluate(m, rps({ username: 'contoso\\bob' }))
    expect(d.action).toBe('DenyAccess')
    expect(d.rule?.name).toBe('Deny all')
    expect(d.misses.map((x) => [x.rule.name, x.reason, x.parameter])).toEqual([
      ['Off', 'disabled', undefined],
      ['EAC only', 'condition', 'AnyOfProtocols'],
      ['Admins', 'condition', 'UsernameMatchesAnyOfPatterns']
    ])
  })

  it('stops at the first matching rule', () => {
    expect(evaluate(m, rps({ username: 'contoso\\Admin1' })).rule?.name).toBe('Admins')
  })

  it('allows when no rule matches, naming the exception that held', () => {
    const d = evaluate(m, rps({ address: connectionAddress('198.51.100.9') }))
    expect(d.action).toBe('AllowAccess')
    expect(d.rule).toBeUndefined()
    expect(d.misses.at(-1)).toMatchObject({
      reason: 'exception',
      parameter: 'ExceptAnyOfClientIPAddressesOrRanges',
      value: '198.51.100.0/24'
    })
  })

  it('reads an absent address as satisfying no IP condition and no IP exception', () => {
    expect(evaluate(m, rps({ address: undefined })).rule?.name).toBe('Deny all')
  })

  it('ignores auth types for protocols that take no auth-type filter', () => {
    const n = model([
      {
        Name: 'Basic EWS',
        Action: 'DenyAccess',
        AnyOfProtocols: ['ExchangeWebServices'],
        AnyOfAuthenticationTypes: ['BasicAuthentication']
      }
    ])
    const d = evaluate(n, {
      protocol: 'ExchangeWebServices',
      authenticationType: 'BasicAuthentication'
    })
    expect(d.rule).toBeUndefined()
  })

  it('skips Scope Users rules for middle-tier connections', () => {
    const n = model([{ Name: 'Users', Action: 'DenyAccess', Scope: 'Users' }])
    expect(evaluate(n, rps({ middleTier: true })).misses[0]?.reason).toBe('scope')
    expect(evaluate(n, rps({ middleTier: false })).rule?.name).toBe('Users')
  })

  it('leaves rules with an invalid IP entry or filter out of the model', () => {
    const n = model([
      { Name: 'Bad IP', Action: 'DenyAccess', AnyOfClientIPAddressesOrRanges: ['10.0.0.300'] },
      { Name: 'Bad filter', Action: 'DenyAccess', UserRecipientFilter: "City -eq 'X" },
      { Name: 'Good', Action: 'DenyAccess' }
    ])
    expect(n.excluded.map((r) => r.name)).toEqual(['Bad IP', 'Bad filter'])
    expect(n.rules.map((r) => r.name)).toEqual(['Good'])
  })
})

describe('the symbolic analysis', () => {
  it('splits the address line only where rules put boundaries', () => {
    const m = model([
      {
        Name: 'A',
        Action: 'DenyAccess',
        AnyOfClientIPAddressesOrRanges: ['10.0.0.0/8', '2001:db8::/32']
      }
    ])
    const a = new Analysis(m)
    expect(a.starts[4]).toEqual([0n, 0x0a000000n, 0x0b000000n])
    expect(a.starts[6]).toEqual([0n, 0x20010db8n << 96n, 0x20010db9n << 96n])
  })

  it('treats the same pattern list in any order or case as one predicate', () => {
    const m = model([
      { Name: 'A', Action: 'AllowAccess', UsernameMatchesAnyOfPatterns: ['*a*', '*B*'] },
      { Name: 'B', Action: 'DenyAccess', UsernameMatchesAnyOfPatterns: ['*b*', '*A*'] }
    ])
    expect(m.predicates).toHaveLength(1)
    const fate = new Analysis(m).fate(m.rules[1]!)
    expect(fate).toEqual({ decides: false, deciders: new Set([0]), unknown: false })
  })

  it('never lets a different predicate hide a rule', () => {
    const m = model([
      { Name: 'A', Action: 'AllowAccess', UserRecipientFilter: "Department -eq 'IT'" },
      { Name: 'B', Action: 'DenyAccess', UserRecipientFilter: "Department -eq 'HR'" }
    ])
    expect(new Analysis(m).fate(m.rules[1]!).decides).toBe(true)
  })

  it('answers "unknown" instead of exponential work when too many predicates meet', () => {
    const rules = Array.from({ length: 14 }, (_, i) => ({
      Name: `R${i}`,
      Action: 'DenyAccess',
      UsernameMatchesAnyOfPatterns: [`*user${i}*`]
    }))
    const m = model([...rules, { Name: 'Last', Action: 'AllowAccess' }])
    const a = new Analysis(m)
    expect(a.unknown).toBe(true)
    expect(a.fate(m.rules[14]!).unknown).toBe(true)
    expect(new Analysis(m, 16).fate(m.rules[14]!)).toMatchObject({ decides: true, unknown: false })
  })
})
