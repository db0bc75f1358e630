import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/engine/config.js'
import { diffFiles, type FileDiff } from '../../src/engine/diff.js'
import { diffRuleSets, type RuleSetDiff } from '../../src/model/diff.js'
import { buildRuleSet } from '../../src/model/ruleset.js'

/**
 * The semantic diff on hand-made pairs: each edit a review sees, with the exact statements, the
 * regions and the old and new deciding rules with their lines in their own files.
 */

type Doc = Record<string, unknown>

/** A rule-set file as people write it: one key a line. */
const text = (doc: Doc): string => JSON.stringify(doc, null, 2)
const online = (rules: unknown[], extra: Doc = {}): Doc => ({
  Target: 'ExchangeOnline',
  // an empty list is a schema error (EXO003): a file without rules leaves the key out
  ...(rules.length ? { ClientAccessRules: rules } : {}),
  ...extra
})
const bytes = (doc: Doc | string) =>
  new TextEncoder().encode(typeof doc === 'string' ? doc : text(doc))

/** The line (1-based) of the first line of `doc`'s text holding `needle`. */
function lineOf(doc: Doc, needle: string): number {
  const lines = text(doc).split('\n')
  const i = lines.findIndex((l) => l.includes(needle))
  if (i < 0) throw new Error(`no line holds ${needle}`)
  return i + 1
}
const nameLine = (doc: Doc, name: string) => lineOf(doc, `"Name": ${JSON.stringify(name)}`)

/** The diff of two documents through the whole pipeline (lint, model, lines). */
function diffOf(base: Doc | undefined, head: Doc | undefined): RuleSetDiff {
  const d = diffFiles('rules.exo.json', base && bytes(base), head && bytes(head), defaultConfig())
  if (!('diff' in d)) throw new Error(`not compared: ${d.unavailable}`)
  return d.diff
}
const statements = (d: RuleSetDiff) => [...d.changes, ...d.devices, ...d.unknown].map((c) => c.text)

const SAFEGUARD = {
  Name: 'Admins keep PowerShell',
  Action: 'AllowAccess',
  AnyOfProtocols: ['RemotePowerShell']
}
const BLOCK_OWA = {
  Name: 'Block OWA',
  Action: 'DenyAccess',
  AnyOfProtocols: ['OutlookWebApp'],
  AnyOfClientIPAddressesOrRanges: ['203.0.113.0/24']
}

describe('diffRuleSets: client access rules', () => {
  it('a rule added closes access where it denies, named with its line', () => {
    const base = online([SAFEGUARD])
    const head = online([SAFEGUARD, BLOCK_OWA])
    const d = diffOf(base, head)
    expect(statements(d)).toEqual([
      `OutlookWebApp from 203.0.113.0/24: AllowAccess → DenyAccess (now decided by "Block OWA", line ${nameLine(head, 'Block OWA')})`
    ])
    expect(d.changes[0]).toEqual({
      kind: 'closes',
      region: {
        protocols: ['OutlookWebApp'],
        authenticationTypes: 'any',
        middleTier: 'any',
        addresses: [
          { family: 4, first: '203.0.113.0', last: '203.0.113.255', text: '203.0.113.0/24' }
        ],
        addressText: '203.0.113.0/24',
        condition: { anyOf: [[]], text: '' }
      },
      old: { action: 'AllowAccess' },
      new: {
        action: 'DenyAccess',
        rule: {
          name: 'Block OWA',
          pointer: '/ClientAccessRules/1',
          line: nameLine(head, 'Block OWA')
        }
      },
      adminOpened: false,
      text: d.changes[0]!.text
    })
    expect(d.target).toEqual({ old: 'ExchangeOnline', new: 'ExchangeOnline' })
  })

  it('a rule removed opens access, and opening RemotePowerShell is flagged', () => {
    const block = { Name: 'Block RPS', Action: 'DenyAccess', AnyOfProtocols: ['RemotePowerShell'] }
    const base = online([BLOCK_OWA, block])
    const d = diffOf(base, online([BLOCK_OWA]))
    expect(statements(d)).toEqual([
      `RemotePowerShell from anywhere: DenyAccess → AllowAccess (no longer decided by "Block RPS", line ${nameLine(base, 'Block RPS')})`
    ])
    const [change] = d.changes
    expect(change!.kind).toBe('opens')
    expect(change!.adminOpened).toBe(true)
    expect(change!.old.rule).toEqual({
      name: 'Block RPS',
      pointer: '/ClientAccessRules/1',
      line: 15
    })
    expect(nameLine(base, 'Block RPS')).toBe(15)
    expect(change!.new).toEqual({ action: 'AllowAccess' })
  })

  it('re-prioritising two rules hands the overlap to the other one', () => {
    const admins = {
      Name: 'Admins',
      Action: 'AllowAccess',
      UsernameMatchesAnyOfPatterns: ['*admin*'],
      Priority: 1
    }
    const pop = { Name: 'Block POP3', Action: 'DenyAccess', AnyOfProtocols: ['POP3'], Priority: 2 }
    const base = online([admins, pop])
    const head = online([
      { ...admins, Priority: 2 },
      { ...pop, Priority: 1 }
    ])
    const d = diffOf(base, head)
    expect(statements(d)).toEqual([
      `POP3 from anywhere for users matching "*admin*": AllowAccess → DenyAccess (now decided by "Block POP3", line ${nameLine(head, 'Block POP3')}; was "Admins", line ${nameLine(base, 'Admins')})`
    ])
    expect(d.changes[0]!.region.condition).toEqual({
      anyOf: [[{ predicate: { id: 0, kind: 'username', text: ['*admin*'] }, holds: true }]],
      text: 'for users matching "*admin*"'
    })
  })

  it('a rule that only moves is the same decider: no change', () => {
    const other = { Name: 'Block IMAP', Action: 'DenyAccess', AnyOfProtocols: ['IMAP4'] }
    expect(
      statements(
        diffOf(online([SAFEGUARD, BLOCK_OWA, other]), online([other, BLOCK_OWA, SAFEGUARD]))
      )
    ).toEqual([])
  })

  it('an exception widened opens the new part only', () => {
    const deny = {
      Name: 'Block OWA outside',
      Action: 'DenyAccess',
      AnyOfProtocols: ['OutlookWebApp'],
      ExceptAnyOfClientIPAddressesOrRanges: ['203.0.113.0/25']
    }
    const base = online([deny])
    const d = diffOf(
      base,
      online([{ ...deny, ExceptAnyOfClientIPAddressesOrRanges: ['203.0.113.0/24'] }])
    )
    expect(statements(d)).toEqual([
      `OutlookWebApp from 203.0.113.128/25: DenyAccess → AllowAccess (no longer decided by "Block OWA outside", line 5)`
    ])
    expect(nameLine(base, 'Block OWA outside')).toBe(5)
  })

  it('a range split inside one rule changes nothing; split into two rules, it reassigns', () => {
    const office = {
      Name: 'Office',
      Action: 'AllowAccess',
      AnyOfClientIPAddressesOrRanges: ['10.0.0.0/8']
    }
    const deny = { Name: 'Deny the rest', Action: 'DenyAccess' }
    const base = online([office, deny])
    expect(
      statements(
        diffOf(
          base,
          online([
            {
              ...office,
              AnyOfClientIPAddressesOrRanges: ['10.0.0.0/9', '10.128.0.0-10.255.255.255']
            },
            deny
          ])
        )
      )
    ).toEqual([])
    const head = online([
      { ...office, Name: 'Office A', AnyOfClientIPAddressesOrRanges: ['10.0.0.0/9'] },
      { ...office, Name: 'Office B', AnyOfClientIPAddressesOrRanges: ['10.128.0.0/9'] },
      deny
    ])
    const d = diffOf(base, head)
    expect(statements(d)).toEqual([
      `every protocol from 10.0.0.0/9: still AllowAccess (now decided by "Office A", line ${nameLine(head, 'Office A')}; was "Office", line 5)`,
      `every protocol from 10.128.0.0/9: still AllowAccess (now decided by "Office B", line ${nameLine(head, 'Office B')}; was "Office", line 5)`
    ])
    expect(d.changes.map((c) => c.kind)).toEqual(['reassigns', 'reassigns'])
  })

  it('a rule disabled opens what it denied', () => {
    const base = online([SAFEGUARD, { ...BLOCK_OWA, AnyOfClientIPAddressesOrRanges: undefined }])
    const d = diffOf(
      base,
      online([
        SAFEGUARD,
        { ...BLOCK_OWA, AnyOfClientIPAddressesOrRanges: undefined, Enabled: false }
      ])
    )
    expect(statements(d)).toEqual([
      `OutlookWebApp from anywhere: DenyAccess → AllowAccess (no longer decided by "Block OWA", line ${nameLine(base, 'Block OWA')})`
    ])
  })

  it('a rule whose action flips is still the decider, with the other decision', () => {
    const base = online([BLOCK_OWA])
    const d = diffOf(base, online([{ ...BLOCK_OWA, Action: 'AllowAccess' }]))
    expect(statements(d)).toEqual([
      'OutlookWebApp from 203.0.113.0/24: DenyAccess → AllowAccess (still decided by "Block OWA", line 5)'
    ])
  })

  it('merges protocols, and says "every protocol (except …)" when shorter', () => {
    const all = { Name: 'Block all', Action: 'DenyAccess' }
    const d = diffOf(online([SAFEGUARD]), online([SAFEGUARD, all]))
    expect(statements(d)).toEqual([
      'every protocol except RemotePowerShell from anywhere: AllowAccess → DenyAccess (now decided by "Block all", line 12)'
    ])
    expect(d.changes[0]!.region.protocols).toHaveLength(11)
    const two = { Name: 'Mail', Action: 'DenyAccess', AnyOfProtocols: ['POP3', 'IMAP4'] }
    expect(statements(diffOf(online([SAFEGUARD]), online([SAFEGUARD, two])))).toEqual([
      'IMAP4 and POP3 from anywhere: AllowAccess → DenyAccess (now decided by "Mail", line 12)'
    ])
  })

  it('names auth types and middle-tier where they split a change', () => {
    const basic = {
      Name: 'No basic OWA',
      Action: 'DenyAccess',
      AnyOfProtocols: ['OutlookWebApp'],
      AnyOfAuthenticationTypes: ['BasicAuthentication'],
      Scope: 'Users'
    }
    const d = diffOf(online([SAFEGUARD]), online([SAFEGUARD, basic]))
    expect(statements(d)).toEqual([
      'OutlookWebApp with BasicAuthentication not via a middle-tier app from anywhere: AllowAccess → DenyAccess (now decided by "No basic OWA", line 12)'
    ])
    expect(d.changes[0]!.region).toMatchObject({
      authenticationTypes: ['BasicAuthentication'],
      middleTier: false
    })
  })

  it('describes filters and negations exactly, and several conditions by name', () => {
    const it1 = {
      Name: 'IT only',
      Action: 'AllowAccess',
      AnyOfProtocols: ['REST'],
      UserRecipientFilter: "Department -eq 'IT'"
    }
    const deny = { Name: 'Deny REST', Action: 'DenyAccess', AnyOfProtocols: ['REST'] }
    expect(statements(diffOf(online([deny]), online([it1, deny])))).toEqual([
      `REST from anywhere for users where "Department -eq 'IT'": DenyAccess → AllowAccess (now decided by "IT only", line 5; was "Deny REST", line 5)`
    ])
    const except = {
      Name: 'Deny REST but admins',
      Action: 'DenyAccess',
      AnyOfProtocols: ['REST'],
      ExceptUsernameMatchesAnyOfPatterns: ['*admin*', '*ops*']
    }
    expect(statements(diffOf(online([deny]), online([except])))).toEqual([
      'REST from anywhere for users matching "*admin*" or "*ops*": DenyAccess → AllowAccess (no longer decided by "Deny REST", line 5)',
      'REST from anywhere for users matching neither "*admin*" nor "*ops*": still DenyAccess (now decided by "Deny REST but admins", line 5; was "Deny REST", line 5)'
    ])
    // allowed before only where both a filter and a pattern hold: denied now unless both do
    const both = { ...it1, Name: 'IT admins', UsernameMatchesAnyOfPatterns: ['*admin*'] }
    const d = diffOf(online([both, deny]), online([deny]))
    expect(statements(d)).toEqual([
      `REST from anywhere for users matching "*admin*" and where "Department -eq 'IT'": AllowAccess → DenyAccess (now decided by "Deny REST", line 5; was "IT admins", line 5)`
    ])
    // three predicates: the statement names them, the cubes are exact
    const three = { ...both, Name: 'Three', ExceptUsernameMatchesAnyOfPatterns: ['*ops*'] }
    const d3 = diffOf(online([three, deny]), online([deny]))
    expect(statements(d3)).toEqual([
      `REST from anywhere for some users, depending on several username and filter conditions: usernames matching "*admin*", usernames matching "*ops*" and the filter "Department -eq 'IT'": AllowAccess → DenyAccess (now decided by "Deny REST", line 5; was "Three", line 5)`
    ])
    expect(
      d3.changes[0]!.region.condition.anyOf.map((c) => c.map((t) => [t.predicate.id, t.holds]))
    ).toEqual([
      [
        [0, true],
        [1, false],
        [2, true]
      ]
    ])
  })

  it('uses one predicate for the same pattern set in another order or case', () => {
    const a = { Name: 'A', Action: 'AllowAccess', UsernameMatchesAnyOfPatterns: ['*a*', '*B*'] }
    const d = diffOf(online([a]), online([{ ...a, UsernameMatchesAnyOfPatterns: ['*b*', '*A*'] }]))
    expect(statements(d)).toEqual([])
  })

  it('says so where too many predicates meet, instead of guessing', () => {
    const rules = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        name: `u${i}`,
        action: 'AllowAccess' as const,
        enabled: true,
        index: i,
        pointer: `/ClientAccessRules/${i}`,
        anyOfProtocols: ['POP3' as const],
        usernameMatchesAnyOfPatterns: [`*u${i}*`]
      }))
    const set = (n: number) => ({ ...buildRuleSet({}, []), clientAccessRules: rules(n) })
    const deny = {
      name: 'deny',
      action: 'DenyAccess' as const,
      enabled: true,
      index: 9,
      pointer: '/ClientAccessRules/9',
      anyOfProtocols: ['POP3' as const]
    }
    const d = diffRuleSets(
      set(3),
      { ...set(3), clientAccessRules: [...rules(3), deny] },
      { maxPredicates: 2 }
    )
    expect(d.changes).toEqual([])
    expect(statements(d)).toEqual([
      'POP3 from anywhere: not compared; more than 2 username and filter conditions meet here, so the effect is unknown'
    ])
  })

  it('a target change: the protocols Exchange Server does not govern are allowed by no rule', () => {
    const owa = { ...BLOCK_OWA, AnyOfClientIPAddressesOrRanges: undefined }
    const base = online([SAFEGUARD, owa])
    const d = diffOf(base, { ...base, Target: 'ExchangeServer' })
    expect(d.target).toEqual({ old: 'ExchangeOnline', new: 'ExchangeServer' })
    expect(statements(d)).toEqual([
      `OutlookWebApp from anywhere: DenyAccess → AllowAccess (no longer decided by "Block OWA", line ${nameLine(base, 'Block OWA')}; no longer governed by client access rules)`
    ])
    expect(d.changes[0]!.new).toEqual({ action: 'AllowAccess', ungoverned: true })
  })

  it('a file added or deleted is compared with no rules at all', () => {
    const doc = online([SAFEGUARD, BLOCK_OWA])
    const added = diffFiles('rules.exo.json', undefined, bytes(doc), defaultConfig())
    expect(added).toMatchObject({ status: 'added' })
    expect(statements((added as { diff: RuleSetDiff }).diff)).toEqual([
      'OutlookWebApp from 203.0.113.0/24: AllowAccess → DenyAccess (now decided by "Block OWA", line 12)',
      'RemotePowerShell from anywhere: still AllowAccess (now decided by "Admins keep PowerShell", line 5)'
    ])
    const deleted = diffFiles('rules.exo.json', bytes(doc), undefined, defaultConfig())
    expect(deleted).toMatchObject({ status: 'deleted' })
    expect(statements((deleted as { diff: RuleSetDiff }).diff)).toEqual([
      'OutlookWebApp from 203.0.113.0/24: DenyAccess → AllowAccess (no longer decided by "Block OWA", line 12)',
      'RemotePowerShell from anywhere: still AllowAccess (no longer decided by "Admins keep PowerShell", line 5)'
    ])
    expect((deleted as { diff: RuleSetDiff }).diff.target).toEqual({ old: 'ExchangeOnline' })
  })

  it('identical files, or the same rules written differently, change nothing', () => {
    const doc = online([SAFEGUARD, BLOCK_OWA], {
      ActiveSyncDeviceAccessRules: [
        { Characteristic: 'DeviceType', QueryString: 'Outlook', AccessLevel: 'Block' }
      ]
    })
    expect(statements(diffOf(doc, doc))).toEqual([])
    const compact = JSON.stringify(doc)
    const d = diffFiles('rules.exo.json', bytes(doc), bytes(compact), defaultConfig())
    expect(d).toMatchObject({ status: 'modified' })
    expect(statements((d as { diff: RuleSetDiff }).diff)).toEqual([])
  })

  it('orders opens first, then closes, then reassigns', () => {
    const base = online([
      { Name: 'Old deny', Action: 'DenyAccess', AnyOfProtocols: ['IMAP4'] },
      { Name: 'Old allow', Action: 'AllowAccess', AnyOfProtocols: ['POP3'] }
    ])
    const head = online([
      { Name: 'New deny', Action: 'DenyAccess', AnyOfProtocols: ['OutlookWebApp'] },
      { Name: 'New allow', Action: 'AllowAccess', AnyOfProtocols: ['POP3'] }
    ])
    expect(diffOf(base, head).changes.map((c) => [c.kind, c.region.protocols])).toEqual([
      ['opens', ['IMAP4']],
      ['closes', ['OutlookWebApp']],
      ['reassigns', ['POP3']]
    ])
  })
})

describe('diffRuleSets: ActiveSync device rules', () => {
  const devices = (rules: unknown[], level?: string): Doc =>
    online([SAFEGUARD], {
      ...(rules.length ? { ActiveSyncDeviceAccessRules: rules } : {}),
      ...(level ? { ActiveSyncOrganizationSettings: { DefaultAccessLevel: level } } : {})
    })
  const outlook = (level: string) => ({
    Characteristic: 'DeviceType',
    QueryString: 'Outlook',
    AccessLevel: level
  })

  it('a device rule flipped', () => {
    const head = devices([outlook('Block')])
    const d = diffOf(devices([outlook('Allow')]), head)
    expect(statements(d)).toEqual([
      `ActiveSync devices whose DeviceType is "Outlook": Allow → Block (the device rule at line ${lineOf(head, '"QueryString"')})`
    ])
    expect(d.devices[0]).toMatchObject({
      kind: 'closes',
      devices: { characteristic: 'DeviceType', queryString: 'Outlook' },
      unconfirmed: false,
      old: { levels: ['Allow'], by: 'rule' },
      new: { levels: ['Block'], by: 'rule' }
    })
  })

  it('DefaultAccessLevel changed, set and unset', () => {
    const head = devices([], 'Quarantine')
    expect(statements(diffOf(devices([]), head))).toEqual([
      `ActiveSync devices that no device rule matches: Allow → Quarantine (DefaultAccessLevel, line ${lineOf(head, '"DefaultAccessLevel"')})`
    ])
    expect(statements(diffOf(head, devices([])))).toEqual([
      'ActiveSync devices that no device rule matches: Quarantine → Allow (DefaultAccessLevel, not set)'
    ])
    // setting Exchange's own default changes nothing
    expect(statements(diffOf(devices([]), devices([], 'Allow')))).toEqual([])
  })

  it('a device rule removed hands its devices to the default level', () => {
    const base = devices([outlook('Allow')], 'Block')
    const head = devices([], 'Block')
    const d = diffOf(base, head)
    expect(statements(d)).toEqual([
      `ActiveSync devices whose DeviceType is "Outlook": Allow → Block (now DefaultAccessLevel, line ${lineOf(head, 'DefaultAccessLevel')}; was the device rule at line ${lineOf(base, '"QueryString"')})`
    ])
    expect([lineOf(head, 'DefaultAccessLevel'), lineOf(base, '"QueryString"')]).toEqual([13, 15])
  })

  it('says where device-rule precedence is unconfirmed instead of guessing', () => {
    const model = {
      Characteristic: 'DeviceModel',
      QueryString: 'Outlook for iOS and Android',
      AccessLevel: 'Allow'
    }
    const d = diffOf(devices([model]), devices([model, outlook('Block')]))
    expect(statements(d)).toEqual([
      'ActiveSync devices whose DeviceType is "Outlook": Allow → Block (now the device rule at line 20; was DefaultAccessLevel, not set); which level a device also matched by DeviceModel "Outlook for iOS and Android" (Allow) gets is unconfirmed'
    ])
    expect(d.devices[0]!.unconfirmed).toBe(true)
    const conflict = diffOf(
      devices([]),
      devices([outlook('Block'), { ...outlook('Allow'), QueryString: 'OUTLOOK' }])
    )
    expect(statements(conflict)).toEqual([
      'ActiveSync devices whose DeviceType is "Outlook": Allow → Allow or Block (now the conflicting device rules at lines 15 and 20, and which one Exchange applies is unconfirmed; was DefaultAccessLevel, not set)'
    ])
    expect(conflict.devices[0]).toMatchObject({ kind: 'closes', unconfirmed: true })
  })
})

describe('diffFiles', () => {
  const good = bytes(online([SAFEGUARD]))
  const only = (d: FileDiff) => ('unavailable' in d ? d : undefined)

  it('refuses a version that is not JSON, naming it and its first blocking finding', () => {
    const d = only(diffFiles('rules.exo.json', good, bytes('{ "Target": '), defaultConfig()))
    expect(d).toMatchObject({ file: 'rules.exo.json', status: 'modified', side: 'head' })
    expect(d!.unavailable).toMatch(
      /^the head version has errors that keep it from being compared \(EXO001 at line 1: /
    )
    expect(d!.findings.map((f) => f.id)).toEqual(['EXO001'])
  })

  it('refuses a version with an invalid IP entry (EXO304), and names both when both are broken', () => {
    const bad = bytes(online([{ ...BLOCK_OWA, AnyOfClientIPAddressesOrRanges: ['10.0.0.0/33'] }]))
    const d = only(diffFiles('rules.exo.json', bad, good, defaultConfig()))
    expect(d).toMatchObject({ side: 'base' })
    expect(d!.unavailable).toBe(
      'the base version has errors that keep it from being compared (EXO304 at line 11: IP entry "10.0.0.0/33" has the prefix length "33", but this address takes 0 to 32)'
    )
    const both = only(
      diffFiles('rules.exo.json', bad, bytes('[]'), defaultConfig(), {
        base: 'a.json',
        head: 'b.json'
      })
    )
    expect(both).toMatchObject({ side: 'both' })
    expect(both!.findings.map((f) => [f.file, f.id])).toEqual([
      ['a.json', 'EXO304'],
      ['b.json', 'EXO003']
    ])
  })

  it('refuses rules left out of the model even when their check is turned off', () => {
    const bad = bytes(online([{ ...BLOCK_OWA, AnyOfClientIPAddressesOrRanges: ['10.0.0.0/33'] }]))
    const config = { ...defaultConfig(), severity: { EXO304: 'off' as const } }
    const d = only(diffFiles('rules.exo.json', good, bad, config))
    expect(d!.unavailable).toBe(
      'the head version has errors that keep it from being compared (rule "Block OWA" has an invalid IP entry or filter)'
    )
  })

  it('neither version: not compared; suppressions of the caller are never marked used', () => {
    expect(diffFiles('x.exo.json', undefined, undefined, defaultConfig())).toEqual({
      file: 'x.exo.json',
      unavailable: 'neither version of the file exists',
      findings: []
    })
    const config = defaultConfig()
    const suppression = {
      id: 'EXO201',
      reason: 'ours',
      at: '/suppressions/0',
      matches: () => true,
      used: false
    }
    config.suppressions.push(suppression)
    diffFiles('x.exo.json', good, bytes(online([{ Name: 'Deny', Action: 'DenyAccess' }])), config)
    expect(suppression.used).toBe(false)
  })

  it('diffs a 1,000-rule pair quickly', () => {
    const rule = (i: number) => ({
      Name: `Rule ${i}`,
      Action: i % 3 ? 'AllowAccess' : 'DenyAccess',
      Priority: i,
      AnyOfProtocols: [['OutlookWebApp', 'POP3', 'IMAP4', 'RemotePowerShell'][i % 4]],
      AnyOfClientIPAddressesOrRanges: [`${20 + (i % 200)}.${i % 256}.${(i * 7) % 256}.0/24`],
      ...(i % 10 === 0 ? { UsernameMatchesAnyOfPatterns: [`*user${i % 30}*`] } : {})
    })
    const base = Array.from({ length: 1000 }, (_, i) => rule(i))
    const head = base
      .filter((_, i) => i % 97 !== 5)
      .map((r, i) => (i === 500 ? { ...r, Action: 'DenyAccess' } : r))
    const config = defaultConfig()
    const d = diffFiles('big.exo.json', bytes(online(base)), bytes(online(head)), config)
    // its speed belongs to npm run bench; here, that a large pair is compared at all
    expect('diff' in d && d.diff.changes.length).toBeGreaterThan(0)
  })
})
