/**
 * `import` (src/model/import.ts): Exchange's exports turned into rule sets.
 *
 * Fixtures in __tests__/fixtures/import/, in the shapes Exchange's cmdlets and PowerShell's
 * ConvertTo-Json produce (exchange-client-access-rules.md §5 and §6). They are written by hand
 * from those documented shapes, not captured from a live organisation: the property names and
 * order of a Get-ClientAccessRule object (the rule parameters, DatacenterAdminsOnly and the
 * internal-only lists, then the metadata every Exchange configuration object carries, then what
 * PowerShell remoting adds), the layout each PowerShell writes, and made-up GUIDs and dates.
 * - ps7-enums-as-strings.json: PowerShell 7 with the ExchangeOnlineManagement module,
 *   `Get-ClientAccessRule | ConvertTo-Json -Depth 5 -EnumsAsStrings`. An array (several rules);
 *   enums as names, MultiValuedProperty as arrays, empty ones as `[]`, an unset filter as `null`,
 *   ISO dates, `Scope`.
 * - ps7-single.json: the same for one rule, `Get-ClientAccessRule "Always Allow Remote PowerShell"
 *   | ConvertTo-Json -Depth 5 -EnumsAsStrings`: ConvertTo-Json writes one object, not an array.
 *   Uses `RuleScope`, the name Microsoft365DSC reads (§5).
 * - ps51-numeric-enums.json: Windows PowerShell 5.1 in the Exchange Server 2019 Management Shell,
 *   `Get-ClientAccessRule | ConvertTo-Json`. 5.1's layout (4-space indent, two spaces after the
 *   colon, CRLF, `'` written as `\u0027`, dates as `\/Date(…)\/`) and, above all, every enum as a
 *   number (Action, RuleScope, AnyOfProtocols, AnyOfAuthenticationTypes, and the metadata's
 *   ObjectState). The numbers are placeholders: Exchange documents no mapping, and import refuses
 *   them whatever they are.
 * - ps51-value-count.json: Windows PowerShell 5.1 running the Select-Object recipe of
 *   docs/commands/import.md: enums cast to names, and each list a PSObject-wrapped array, which
 *   5.1's ConvertTo-Json writes as `{"value": [...], "Count": n}`; an unset filter as `""`.
 * - device-ps7.json: `Get-ActiveSyncDeviceAccessRule | ConvertTo-Json -Depth 5 -EnumsAsStrings`
 *   (PowerShell 7, Exchange Online): QueryString, Characteristic, AccessLevel, the generated Name
 *   `<QueryString> (<Characteristic>)` and the metadata.
 * - device-ps51-numeric.json: the same in Windows PowerShell 5.1 on Exchange Server, one rule
 *   (so one object), Characteristic and AccessLevel as numbers.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { valueAt } from '../../src/engine/pointer.js'
import {
  CLIENT_ACCESS_RECIPE_51,
  DEVICE_ACCESS_RECIPE_51,
  exportRemedy,
  importRuleSet,
  serializeRuleSet,
  type ImportInput
} from '../../src/model/import.js'
import { lint } from '../helpers.js'

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import')
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(FIXTURES, name), 'utf8').replace(/^\uFEFF/, ''))

/** Imports and expects success; returns the rule set. */
function ok(input: ImportInput) {
  const r = importRuleSet(input)
  if (!r.ok) throw new Error('import failed: ' + JSON.stringify(r.problems, null, 2))
  return r
}

/** The check IDs the gate reports for an imported rule set (with the default config). */
function idsOf(input: ImportInput): string[] {
  return lint(serializeRuleSet(ok(input).ruleSet)).map((f) => f.id)
}

function problemsOf(input: ImportInput) {
  const r = importRuleSet(input)
  if (r.ok) throw new Error('import succeeded: ' + serializeRuleSet(r.ruleSet))
  return r.problems
}

/** A minimal valid exported rule with the given properties. */
const rule = (extra: Record<string, unknown> = {}) => ({
  Name: 'R',
  Action: 'DenyAccess',
  ...extra
})

describe('import: the fixtures in the shapes Exchange exports', () => {
  it('PowerShell 7 -EnumsAsStrings array: parameters kept, metadata and empties dropped', () => {
    const r = ok({ clientAccess: fixture('ps7-enums-as-strings.json') })
    expect(r.notes).toEqual([])
    expect(r.ruleSet).toEqual({
      Target: 'ExchangeOnline',
      ClientAccessRules: [
        {
          Name: 'Always Allow Remote PowerShell',
          Action: 'AllowAccess',
          Priority: 1,
          Enabled: true,
          Scope: 'All',
          AnyOfProtocols: ['RemotePowerShell']
        },
        {
          Name: 'Restrict EAC Access',
          Action: 'DenyAccess',
          Priority: 2,
          Enabled: true,
          Scope: 'All',
          AnyOfProtocols: ['ExchangeAdminCenter'],
          ExceptAnyOfClientIPAddressesOrRanges: ['192.168.10.1/24'],
          ExceptUsernameMatchesAnyOfPatterns: ['*tanyas*']
        },
        {
          Name: 'Block OWA for Sales',
          Action: 'DenyAccess',
          Priority: 3,
          Enabled: false,
          Scope: 'Users',
          AnyOfProtocols: ['OutlookWebApp'],
          UserRecipientFilter: "Department -eq 'Sales'"
        }
      ]
    })
    // Exchange Online is retired (EXO501); the private EAC range has host bits set (EXO305) and
    // is never seen by Exchange Online (EXO306); the disabled rule is EXO107. No EXO003.
    expect(idsOf({ clientAccess: fixture('ps7-enums-as-strings.json') }).sort()).toEqual([
      'EXO107',
      'EXO305',
      'EXO306',
      'EXO501'
    ])
  })

  it('PowerShell 7 single object, RuleScope renamed to Scope, --target ExchangeServer', () => {
    const input: ImportInput = {
      clientAccess: fixture('ps7-single.json'),
      target: 'ExchangeServer'
    }
    expect(ok(input).ruleSet).toEqual({
      Target: 'ExchangeServer',
      ClientAccessRules: [
        {
          Name: 'Always Allow Remote PowerShell',
          Action: 'AllowAccess',
          Priority: 1,
          Enabled: true,
          Scope: 'All',
          AnyOfProtocols: ['RemotePowerShell']
        }
      ]
    })
    expect(idsOf(input)).toEqual([])
  })

  it('Windows PowerShell 5.1 numeric enums: one problem per enum property, nothing guessed', () => {
    expect(problemsOf({ clientAccess: fixture('ps51-numeric-enums.json') })).toEqual([
      {
        source: 'clientAccess',
        pointer: '/0/Action',
        message: '"Action" is the number 0, not a name.',
        kind: 'numericEnum'
      },
      {
        source: 'clientAccess',
        pointer: '/0/RuleScope',
        message: '"RuleScope" is the number 0, not a name.',
        kind: 'numericEnum'
      },
      {
        source: 'clientAccess',
        pointer: '/0/AnyOfProtocols',
        message: '"AnyOfProtocols" is the number 9, not a name.',
        kind: 'numericEnum'
      },
      {
        source: 'clientAccess',
        pointer: '/1/Action',
        message: '"Action" is the number 1, not a name.',
        kind: 'numericEnum'
      },
      {
        source: 'clientAccess',
        pointer: '/1/RuleScope',
        message: '"RuleScope" is the number 1, not a name.',
        kind: 'numericEnum'
      },
      {
        source: 'clientAccess',
        pointer: '/1/AnyOfProtocols',
        message: '"AnyOfProtocols" is the number 6, not a name.',
        kind: 'numericEnum'
      },
      {
        source: 'clientAccess',
        pointer: '/1/AnyOfAuthenticationTypes',
        message: '"AnyOfAuthenticationTypes" is the number 0, not a name.',
        kind: 'numericEnum'
      }
    ])
  })

  it('Windows PowerShell 5.1 {value, Count} wrappers are unwrapped; "" filters dropped', () => {
    const input: ImportInput = {
      clientAccess: fixture('ps51-value-count.json'),
      target: 'ExchangeServer'
    }
    expect(ok(input).ruleSet).toEqual({
      Target: 'ExchangeServer',
      ClientAccessRules: [
        {
          Name: 'Always Allow Remote PowerShell',
          Action: 'AllowAccess',
          Priority: 0,
          Enabled: true,
          Scope: 'All',
          AnyOfProtocols: ['RemotePowerShell']
        },
        {
          Name: "Don't allow EAC from outside HQ",
          Action: 'DenyAccess',
          Priority: 1,
          Enabled: true,
          Scope: 'Users',
          AnyOfProtocols: ['ExchangeAdminCenter'],
          ExceptAnyOfClientIPAddressesOrRanges: ['10.20.0.0/16', '192.168.10.0/24'],
          AnyOfAuthenticationTypes: ['BasicAuthentication'],
          ExceptUsernameMatchesAnyOfPatterns: ['corp\\exadmin*']
        }
      ]
    })
    // The exported pattern is one Exchange documents as invalid: check says so, schema is fine.
    expect(idsOf(input)).toEqual(['EXO307'])
  })

  it('device access rules (PowerShell 7): Name and metadata dropped, three keys kept', () => {
    const input: ImportInput = { activeSync: fixture('device-ps7.json') }
    const r = ok(input)
    expect(r.notes).toEqual([])
    expect(r.ruleSet).toEqual({
      Target: 'ExchangeOnline',
      ActiveSyncDeviceAccessRules: [
        {
          Characteristic: 'DeviceModel',
          QueryString: 'Outlook for iOS and Android',
          AccessLevel: 'Allow'
        },
        { Characteristic: 'DeviceType', QueryString: 'iPhone', AccessLevel: 'Block' },
        {
          Characteristic: 'UserAgent',
          QueryString: 'Outlook-Android/2.0',
          AccessLevel: 'Quarantine'
        }
      ]
    })
    expect(idsOf(input)).toEqual([])
  })

  it('device access rules (Windows PowerShell 5.1, one object): numeric enums refused', () => {
    expect(problemsOf({ activeSync: fixture('device-ps51-numeric.json') })).toEqual([
      {
        source: 'activeSync',
        pointer: '/Characteristic',
        message: '"Characteristic" is the number 1, not a name.',
        kind: 'numericEnum'
      },
      {
        source: 'activeSync',
        pointer: '/AccessLevel',
        message: '"AccessLevel" is the number 1, not a name.',
        kind: 'numericEnum'
      }
    ])
  })

  it('both exports: keys in FORMAT.md order, 2-space indent, final newline', () => {
    const r = ok({
      clientAccess: fixture('ps7-single.json'),
      activeSync: fixture('device-ps7.json'),
      schema: '../schemas/ruleset.schema.json'
    })
    expect(Object.keys(r.ruleSet)).toEqual([
      '$schema',
      'Target',
      'ClientAccessRules',
      'ActiveSyncDeviceAccessRules'
    ])
    const text = serializeRuleSet(r.ruleSet)
    expect(text.split('\n').slice(0, 8)).toEqual([
      '{',
      '  "$schema": "../schemas/ruleset.schema.json",',
      '  "Target": "ExchangeOnline",',
      '  "ClientAccessRules": [',
      '    {',
      '      "Name": "Always Allow Remote PowerShell",',
      '      "Action": "AllowAccess",',
      '      "Priority": 1,'
    ])
    expect(text.endsWith('}\n')).toBe(true)
    expect(lint(text).map((f) => f.id)).toEqual(['EXO501'])
  })
})

describe('import: values wrapped by deserialisation', () => {
  it('unwraps a top-level {value, Count} (5.1 writing a wrapped array of rules)', () => {
    const r = ok({ clientAccess: { value: [rule({ Name: 'A' }), rule({ Name: 'B' })], Count: 2 } })
    expect(r.ruleSet.ClientAccessRules!.map((x) => x.Name)).toEqual(['A', 'B'])
  })

  it('takes {"value": "x", "Count": 1} as a one-item list, and a wrapped scalar', () => {
    const r = ok({
      clientAccess: rule({
        AnyOfProtocols: { value: 'RemotePowerShell', Count: 1 },
        Action: { value: 'AllowAccess' },
        AnyOfClientIPAddressesOrRanges: {
          value: ['203.0.113.0/24'],
          Count: 1,
          IsReadOnly: false,
          IsChangesOnlyCopy: false,
          Added: [],
          Removed: []
        }
      })
    })
    expect(r.ruleSet.ClientAccessRules).toEqual([
      {
        Name: 'R',
        Action: 'AllowAccess',
        AnyOfProtocols: ['RemotePowerShell'],
        AnyOfClientIPAddressesOrRanges: ['203.0.113.0/24']
      }
    ])
  })

  it('a list cut to one string by a small -Depth is refused, not split', () => {
    expect(
      problemsOf({
        clientAccess: [
          rule({ AnyOfProtocols: 'RemotePowerShell ExchangeAdminCenter' }),
          rule({ Name: 'S', UsernameMatchesAnyOfPatterns: { value: '*a* *b*', Count: 2 } }),
          rule({ Name: 'T', AnyOfProtocols: { value: ['REST'], Count: 3 } })
        ]
      })
    ).toEqual([
      {
        source: 'clientAccess',
        pointer: '/0/AnyOfProtocols',
        message:
          '"AnyOfProtocols" is the string "RemotePowerShell ExchangeAdminCenter", not a list: ConvertTo-Json writes a list that way when its -Depth is too small (the default is 2); export again with -Depth 5.',
        kind: 'truncated'
      },
      {
        source: 'clientAccess',
        pointer: '/1/UsernameMatchesAnyOfPatterns/value',
        message:
          '"UsernameMatchesAnyOfPatterns" is the string "*a* *b*", not a list: ConvertTo-Json writes a list that way when its -Depth is too small (the default is 2); export again with -Depth 5.',
        kind: 'truncated'
      },
      {
        source: 'clientAccess',
        pointer: '/2/AnyOfProtocols/value',
        message:
          '"AnyOfProtocols" has 1 items but its "Count" says 3: the export looks cut; export again with -Depth 5.',
        kind: 'truncated'
      }
    ])
  })

  it('numbers inside a wrapped list are one numeric-enum problem for the property', () => {
    expect(
      problemsOf({ clientAccess: rule({ AnyOfProtocols: { value: [9, 6], Count: 2 } }) })
    ).toEqual([
      {
        source: 'clientAccess',
        pointer: '/AnyOfProtocols/value',
        message: '"AnyOfProtocols" holds the numbers 9, 6, not names.',
        kind: 'numericEnum'
      }
    ])
  })

  it('an object that is not a wrapper, or an object inside a list, is an unknown shape', () => {
    expect(
      problemsOf({
        clientAccess: rule({
          AnyOfProtocols: { value: ['REST'], Extra: 1 },
          AnyOfClientIPAddressesOrRanges: [{ LowerBound: '10.0.0.0', UpperBound: '10.0.0.255' }]
        })
      })
    ).toEqual([
      {
        source: 'clientAccess',
        pointer: '/AnyOfProtocols',
        message:
          '"AnyOfProtocols" must be a list of strings, or {"value": [...], "Count": n} as Windows PowerShell 5.1 writes it, not an object.',
        kind: 'shape'
      },
      {
        source: 'clientAccess',
        pointer: '/AnyOfClientIPAddressesOrRanges/0',
        message:
          'An item of "AnyOfClientIPAddressesOrRanges" must be a string, not an object. Cast the items to strings as the Windows PowerShell 5.1 recipe in docs/commands/import.md does.',
        kind: 'shape'
      }
    ])
  })
})

describe('import: what is kept and what is dropped', () => {
  it('drops nulls, empty lists and empty optional strings; keeps false and 0', () => {
    const r = ok({
      clientAccess: rule({
        Priority: 0,
        Enabled: false,
        Scope: null,
        RuleScope: '',
        AnyOfProtocols: [],
        UserRecipientFilter: '',
        UsernameMatchesAnyOfPatterns: null,
        ExceptAnyOfProtocols: { value: [], Count: 0 }
      })
    })
    expect(r.ruleSet.ClientAccessRules).toEqual([
      { Name: 'R', Action: 'DenyAccess', Priority: 0, Enabled: false }
    ])
  })

  it('accepts Scope or RuleScope (the same value twice is fine; two values are not)', () => {
    expect(ok({ clientAccess: rule({ RuleScope: 'Users', Scope: 'Users' }) }).ruleSet).toEqual({
      Target: 'ExchangeOnline',
      ClientAccessRules: [{ Name: 'R', Action: 'DenyAccess', Scope: 'Users' }]
    })
    expect(problemsOf({ clientAccess: rule({ RuleScope: 'Users', Scope: 'All' }) })).toEqual([
      {
        source: 'clientAccess',
        pointer: '',
        message: 'The rule has both "RuleScope" and "Scope" with different values; keep one.',
        kind: 'shape'
      }
    ])
  })

  it('reads keys case-insensitively and writes the parameter names', () => {
    expect(
      ok({ clientAccess: { name: 'R', ACTION: 'AllowAccess', anyofprotocols: ['REST'] } }).ruleSet
        .ClientAccessRules
    ).toEqual([{ Name: 'R', Action: 'AllowAccess', AnyOfProtocols: ['REST'] }])
  })

  it('keeps internal-only parameters that are set, with a note, so check reports EXO004', () => {
    const input: ImportInput = {
      clientAccess: rule({
        Name: 'Internal',
        DatacenterAdminsOnly: true,
        UserIsMemberOf: { value: ['Sales'], Count: 1 },
        AnyOfSourceTcpPortNumbers: [],
        ExceptUserIsMemberOf: null
      }),
      target: 'ExchangeServer'
    }
    const r = ok(input)
    expect(r.ruleSet.ClientAccessRules).toEqual([
      {
        Name: 'Internal',
        Action: 'DenyAccess',
        UserIsMemberOf: ['Sales'],
        DatacenterAdminsOnly: true
      }
    ])
    expect(r.notes.map((n) => n.pointer)).toEqual([
      '/UserIsMemberOf/value',
      '/DatacenterAdminsOnly'
    ])
    const ids = idsOf(input)
    expect(ids.filter((id) => id === 'EXO004')).toHaveLength(2)
    expect(ids).not.toContain('EXO003')
  })

  it('drops metadata silently and notes unknown properties that hold a value', () => {
    const r = ok({
      clientAccess: [
        rule({ Name: 'A', Identity: 'A', Guid: 'g', PSComputerName: 'x', FutureCondition: ['x'] }),
        rule({ Name: 'B', FutureCondition: ['y'], EmptyThing: [] })
      ]
    })
    expect(r.ruleSet.ClientAccessRules).toEqual([
      { Name: 'A', Action: 'DenyAccess' },
      { Name: 'B', Action: 'DenyAccess' }
    ])
    expect(r.notes).toEqual([
      {
        source: 'clientAccess',
        pointer: '/0/FutureCondition',
        message:
          'Left out "FutureCondition" (/0/FutureCondition and 1 more): it is not a New-ClientAccessRule parameter the gate knows. If it is a condition, the imported rules are broader than the real ones.'
      }
    ])
  })

  it('keeps the export order of rules and values, duplicates included (EXO311 judges them)', () => {
    const r = ok({
      clientAccess: [
        rule({ Name: 'Second', Priority: 2 }),
        rule({ Name: 'First', Priority: 1, AnyOfProtocols: ['REST', 'IMAP4', 'REST'] })
      ]
    })
    expect(r.ruleSet.ClientAccessRules!.map((x) => x.Name)).toEqual(['Second', 'First'])
    expect(r.ruleSet.ClientAccessRules![1]!.AnyOfProtocols).toEqual(['REST', 'IMAP4', 'REST'])
  })

  it('an empty export beside a non-empty one is a note; both empty is a problem', () => {
    const r = ok({ clientAccess: null, activeSync: fixture('device-ps7.json') })
    expect(r.notes).toEqual([
      {
        source: 'clientAccess',
        pointer: '',
        message: 'The Get-ClientAccessRule export holds no rule.'
      }
    ])
    expect(problemsOf({ clientAccess: [] })).toEqual([
      {
        source: 'clientAccess',
        pointer: '',
        message:
          'There is no rule to import: ConvertTo-Json writes nothing, or null, when the cmdlet returns no rule.',
        kind: 'shape'
      }
    ])
  })
})

describe('import: bad input gets a clear problem with a pointer', () => {
  it('refuses a document that is neither an object nor an array', () => {
    for (const doc of [42, 'rules', true]) {
      expect(problemsOf({ clientAccess: doc })).toEqual([
        {
          source: 'clientAccess',
          pointer: '',
          message: expect.stringMatching(
            /^The export must be a JSON object \(one rule\) or an array of rules, as Get-ClientAccessRule \| ConvertTo-Json writes it, not the (number 42|string "rules"|boolean true)\.$/
          ) as unknown as string,
          kind: 'shape'
        }
      ])
    }
  })

  it('refuses rules that are not objects, and names missing Name and Action', () => {
    expect(
      problemsOf({
        clientAccess: [1, null, { Action: 'DenyAccess' }, { Name: 'Block OWA' }, { Name: null }]
      }).map((p) => [p.pointer, p.message])
    ).toEqual([
      ['/0', 'A rule must be a JSON object, not the number 1.'],
      ['/1', 'A rule must be a JSON object, not null.'],
      ['/2', 'The rule has no "Name".'],
      ['/3', 'The rule has no "Action" (rule "Block OWA").'],
      ['/4', 'The rule has no "Name".'],
      ['/4', 'The rule has no "Action".']
    ])
  })

  it('names values that are not Exchange names, with the closest one', () => {
    expect(
      problemsOf({
        clientAccess: rule({
          Action: 'Allow',
          Scope: 'Everyone',
          AnyOfProtocols: ['OutlookWebApp', 'remotepowershell'],
          AnyOfAuthenticationTypes: [true]
        })
      }).map((p) => [p.pointer, p.message])
    ).toEqual([
      [
        '/Action',
        'Value "Allow" of "Action" is not one of AllowAccess, DenyAccess (did you mean "AllowAccess"?).'
      ],
      ['/Scope', 'Value "Everyone" of "Scope" is not one of All, Users.'],
      [
        '/AnyOfProtocols/1',
        'Value "remotepowershell" of "AnyOfProtocols" is not one of ExchangeActiveSync, ExchangeAdminCenter, ExchangeWebServices, IMAP4, OfflineAddressBook, OutlookAnywhere, OutlookWebApp, POP3, PowerShellWebServices, RemotePowerShell, REST, UniversalOutlook (did you mean "RemotePowerShell"?).'
      ],
      [
        '/AnyOfAuthenticationTypes/0',
        'An item of "AnyOfAuthenticationTypes" must be a string, not the boolean true.'
      ]
    ])
  })

  it('enforces what the schema enforces: lengths, caps, integer priority, booleans', () => {
    expect(
      problemsOf({
        clientAccess: [
          rule({ Name: 'n'.repeat(65) }),
          rule({ Priority: -1, Enabled: 'True' }),
          rule({ Priority: 1.5 }),
          rule({ AnyOfClientIPAddressesOrRanges: Array.from({ length: 1001 }, () => '10.0.0.1') }),
          rule({ UsernameMatchesAnyOfPatterns: ['', 'x'.repeat(4097)] }),
          rule({ UserRecipientFilter: 7 })
        ]
      }).map((p) => [p.pointer, p.message])
    ).toEqual([
      [
        '/0/Name',
        `"Name" "${'n'.repeat(60)}… (65 characters)" is 65 characters long, over 64: Exchange allows no more.`
      ],
      ['/1/Priority', '"Priority" must be an integer from 0 to 2147483647, not the number -1.'],
      ['/1/Enabled', '"Enabled" must be true or false, not the string "True".'],
      ['/2/Priority', '"Priority" must be an integer from 0 to 2147483647, not the number 1.5.'],
      [
        '/3/AnyOfClientIPAddressesOrRanges',
        '"AnyOfClientIPAddressesOrRanges" has 1001 items, over the cap of 1000 (limits.maxListItems).'
      ],
      [
        '/4/UsernameMatchesAnyOfPatterns/0',
        'An item of "UsernameMatchesAnyOfPatterns" is an empty string.'
      ],
      [
        '/4/UsernameMatchesAnyOfPatterns/1',
        'An item of "UsernameMatchesAnyOfPatterns" is 4097 characters long, over 4096 (limits.maxStringLength).'
      ],
      ['/5/UserRecipientFilter', '"UserRecipientFilter" must be a string, not the number 7.']
    ])
    expect(
      problemsOf({
        activeSync: {
          Characteristic: 'DeviceType',
          QueryString: 'q'.repeat(257),
          AccessLevel: 'Block'
        }
      }).map((p) => p.pointer)
    ).toEqual(['/QueryString'])
  })

  it('counts characters as the schema and Exchange do (UTF-16 units): 32 emoji make a valid Name', () => {
    const name = '\u{1F600}'.repeat(32)
    const input: ImportInput = { clientAccess: rule({ Name: name }), target: 'ExchangeServer' }
    expect(ok(input).ruleSet.ClientAccessRules![0]!.Name).toBe(name)
    expect(idsOf(input)).not.toContain('EXO003')
    expect(problemsOf({ clientAccess: rule({ Name: name + 'x' }) }).map((p) => p.pointer)).toEqual([
      '/Name'
    ])
  })

  it('says when an export is of the other kind, or is a rule set already', () => {
    expect(problemsOf({ clientAccess: fixture('device-ps7.json') })).toEqual([
      {
        source: 'clientAccess',
        pointer: '',
        message:
          'These are ActiveSync device access rules (Get-ActiveSyncDeviceAccessRule output), not client access rules; give this file with --activesync.',
        kind: 'shape'
      }
    ])
    expect(problemsOf({ activeSync: fixture('ps7-single.json') })).toEqual([
      {
        source: 'activeSync',
        pointer: '',
        message:
          'These are client access rules (Get-ClientAccessRule output), not ActiveSync device access rules; give this file as the first argument, not with --activesync.',
        kind: 'shape'
      }
    ])
    expect(
      problemsOf({ clientAccess: { Target: 'ExchangeServer', ClientAccessRules: [rule()] } })
    ).toEqual([
      {
        source: 'clientAccess',
        pointer: '',
        message:
          'This is a rule-set file already, not the output of Get-ClientAccessRule | ConvertTo-Json; check it with "exo-access-gate check".',
        kind: 'shape'
      }
    ])
  })
})

describe('import: hostile values are kept exactly and never break the file', () => {
  const hostile = [
    "'; Remove-Item -Recurse C:\\ #",
    'line\nbreak\ttab\u0000nul',
    'bidi \u202Eevil\u202C',
    '"quoted" \\ back',
    'lone \uD800 surrogate',
    '$(Invoke-Expression x)'
  ]

  it('keeps names, patterns and query strings byte for byte; check flags, schema passes', () => {
    const input: ImportInput = {
      // JSON.parse makes "__proto__" an own key, as it is in a parsed export
      clientAccess: hostile.map(
        (name, i) =>
          JSON.parse(
            JSON.stringify({
              Name: name,
              Action: 'DenyAccess',
              Priority: i,
              UsernameMatchesAnyOfPatterns: [`*${name}*`],
              constructor: 'x'
            }).replace(/^\{/, '{"__proto__": ["not", "a", "prototype"],')
          ) as unknown
      ),
      activeSync: [{ Characteristic: 'DeviceType', QueryString: hostile[1], AccessLevel: 'Block' }],
      target: 'ExchangeServer'
    }
    const r = ok(input)
    const text = serializeRuleSet(r.ruleSet)
    const back = JSON.parse(text) as { ClientAccessRules: { Name: string }[] }
    expect(back.ClientAccessRules.map((x) => x.Name)).toEqual(hostile)
    expect(back).toEqual(r.ruleSet)
    // control characters are escaped: the only raw one is the line break between lines
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
    const ids = lint(text).map((f) => f.id)
    expect(ids).not.toContain('EXO003')
    expect(ids).toContain('EXO005')
  })
})

describe('import: property tests (fixed seed)', () => {
  const SEED = 20240611
  const text = fc.string({ unit: 'grapheme-composite', minLength: 1, maxLength: 20 })
  const anyText = fc.oneof(text, fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }))
  const wrapList = (xs: string[]) => fc.constantFrom<unknown>(xs, { value: xs, Count: xs.length })
  const list = (item: fc.Arbitrary<string>) =>
    fc.array(item, { minLength: 0, maxLength: 4 }).chain(wrapList)
  const empty = fc.constantFrom<unknown>(null, [], { value: [], Count: 0 })
  const exportedRule = fc.record(
    {
      Name: fc.string({ unit: 'binary', minLength: 1, maxLength: 64 }),
      Action: fc.constantFrom('AllowAccess', 'DenyAccess'),
      Priority: fc.integer({ min: 0, max: 2147483647 }),
      Enabled: fc.boolean(),
      RuleScope: fc.constantFrom<unknown>('All', 'Users', null),
      AnyOfProtocols: list(fc.constantFrom('REST', 'IMAP4', 'RemotePowerShell')),
      ExceptAnyOfAuthenticationTypes: list(fc.constantFrom('BasicAuthentication')),
      AnyOfClientIPAddressesOrRanges: list(anyText),
      UsernameMatchesAnyOfPatterns: list(anyText),
      UserRecipientFilter: fc.oneof(anyText, fc.constant(null), fc.constant('')),
      UserIsMemberOf: empty,
      DatacenterAdminsOnly: fc.constant(false),
      Identity: anyText,
      WhenChanged: fc.constant('/Date(1718871164000)/'),
      ObjectState: fc.constantFrom<unknown>(0, 'Unchanged')
    },
    { requiredKeys: ['Name', 'Action'] }
  )

  it('any export of valid rules imports, and check never reports EXO003 on the result', () => {
    fc.assert(
      fc.property(fc.array(exportedRule, { minLength: 1, maxLength: 5 }), (rules) => {
        const r = importRuleSet({ clientAccess: rules, target: 'ExchangeServer' })
        expect(r.ok).toBe(true)
        if (!r.ok) return
        expect(r.ruleSet.ClientAccessRules).toHaveLength(rules.length)
        const ids = lint(serializeRuleSet(r.ruleSet)).map((f) => f.id)
        expect(ids.filter((id) => ['EXO001', 'EXO002', 'EXO003', 'EXO004'].includes(id))).toEqual(
          []
        )
      }),
      { seed: SEED, numRuns: 200 }
    )
  })

  it('any JSON never throws; problems point into the export; successes pass the schema', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 }), (a, b) => {
        const r = importRuleSet({ clientAccess: a, activeSync: b })
        if (r.ok) {
          const ids = lint(serializeRuleSet(r.ruleSet)).map((f) => f.id)
          expect(ids).not.toContain('EXO003')
          return
        }
        for (const p of r.problems) {
          const doc = p.source === 'clientAccess' ? a : b
          // the pointer names the value, or (for a missing property) the rule that lacks it
          const parent = p.pointer.replace(/\/[^/]*$/, '')
          expect(valueAt(doc, p.pointer) !== undefined || valueAt(doc, parent) !== undefined).toBe(
            true
          )
        }
      }),
      { seed: SEED + 1, numRuns: 300 }
    )
  })
})

describe('import: the remedy for numeric enums', () => {
  it('names -EnumsAsStrings and the Select-Object recipe with every enum property', () => {
    const text = exportRemedy(new Set(['clientAccess', 'activeSync']))
    expect(text).toContain(
      'Get-ClientAccessRule | ConvertTo-Json -Depth 5 -EnumsAsStrings | Out-File client-access-rules.json'
    )
    expect(text).toContain(CLIENT_ACCESS_RECIPE_51.split('\n')[0])
    expect(text).toContain(DEVICE_ACCESS_RECIPE_51.split('\n')[0])
    for (const p of [
      "@{n='Action'; e={[string]$_.Action}}",
      '[string]$_.RuleScope} else {[string]$_.Scope}',
      "@{n='AnyOfProtocols'; e={,@(foreach ($v in $_.AnyOfProtocols) {[string]$v})}}",
      "@{n='ExceptAnyOfProtocols'; e={,@(foreach ($v in $_.ExceptAnyOfProtocols) {[string]$v})}}",
      "@{n='AnyOfAuthenticationTypes'; e={,@(foreach ($v in $_.AnyOfAuthenticationTypes) {[string]$v})}}",
      "@{n='ExceptAnyOfAuthenticationTypes'; e={,@(foreach ($v in $_.ExceptAnyOfAuthenticationTypes) {[string]$v})}}",
      "@{n='Characteristic'; e={[string]$_.Characteristic}}",
      "@{n='AccessLevel'; e={[string]$_.AccessLevel}}"
    ]) {
      expect(text).toContain(p)
    }
    // only the recipe of the export that had numbers
    expect(exportRemedy(new Set(['activeSync']))).not.toContain('Get-ClientAccessRule')
  })

  it('the 5.1 recipe selects every parameter import reads, so no condition is lost', () => {
    for (const p of [
      'Name',
      'Priority',
      'Enabled',
      'Action',
      'Scope',
      'AnyOfProtocols',
      'ExceptAnyOfProtocols',
      'AnyOfClientIPAddressesOrRanges',
      'ExceptAnyOfClientIPAddressesOrRanges',
      'AnyOfAuthenticationTypes',
      'ExceptAnyOfAuthenticationTypes',
      'UsernameMatchesAnyOfPatterns',
      'ExceptUsernameMatchesAnyOfPatterns',
      'UserRecipientFilter'
    ]) {
      expect(CLIENT_ACCESS_RECIPE_51).toMatch(new RegExp(`(n='${p}'|[ ,]${p}[, ]|${p} \\|)`))
    }
  })
})
