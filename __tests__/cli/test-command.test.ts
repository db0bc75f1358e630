import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'exo-test-cmd-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Writes a rule set to the temporary folder and returns its name. */
function file(name: string, doc: unknown): string {
  writeFileSync(join(dir, name), JSON.stringify(doc, null, 2))
  return name
}

const rules = file('rules.exo.json', {
  Target: 'ExchangeOnline',
  ClientAccessRules: [
    { Name: 'Guard', Action: 'AllowAccess', AnyOfProtocols: ['RemotePowerShell'], Priority: 1 },
    { Name: 'Old', Action: 'DenyAccess', Enabled: false, Priority: 2 },
    {
      Name: 'Admins from the office',
      Action: 'AllowAccess',
      AnyOfClientIPAddressesOrRanges: ['203.0.113.0/24'],
      UsernameMatchesAnyOfPatterns: ['*admin*'],
      Priority: 3
    },
    {
      Name: 'Staff only',
      Action: 'DenyAccess',
      Scope: 'Users',
      UserRecipientFilter: "Department -ne 'IT'",
      Priority: 4
    },
    {
      Name: 'Block OWA',
      Action: 'DenyAccess',
      AnyOfProtocols: ['OutlookWebApp', 'ExchangeActiveSync'],
      AnyOfAuthenticationTypes: ['BasicAuthentication'],
      ExceptAnyOfClientIPAddressesOrRanges: ['198.51.100.0/24'],
      Priority: 5
    }
  ]
})

const run = (...args: string[]) => runCli(['test', ...args], dir)

describe('exo-access-gate test', () => {
  it('names the deciding rule and why each earlier rule did not match', async () => {
    const r = await run(
      rules,
      '--protocol',
      'OutlookWebApp',
      '--auth',
      'BasicAuthentication',
      '--ip',
      '192.0.2.1',
      '--user',
      'contoso\\bob',
      '--attr',
      'department=IT',
      '--middle-tier'
    )
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe(
      [
        'Connection: OutlookWebApp, authentication BasicAuthentication, address 192.0.2.1, user "contoso\\bob", properties Department="IT", middle-tier',
        'Decision: DenyAccess by rule "Block OWA" (priority 5, line 37).',
        '',
        'Earlier rules:',
        '  "Guard" (priority 1, line 5): its AnyOfProtocols does not include "OutlookWebApp".',
        '  "Old" (priority 2, line 13): it is disabled ("Enabled": false).',
        '  "Admins from the office" (priority 3, line 19): no entry of its AnyOfClientIPAddressesOrRanges contains 192.0.2.1.',
        '  "Staff only" (priority 4, line 30): its UserRecipientFilter "Department -ne \'IT\'" does not hold for the user\'s properties.',
        ''
      ].join('\n')
    )
  })

  it('reports an exception that held and "no rule matches"', async () => {
    const r = await run(
      rules,
      '--protocol',
      'OutlookWebApp',
      '--auth',
      'BasicAuthentication',
      '--ip',
      '198.51.100.20',
      '--attr',
      'Department=IT'
    )
    expect(r.code).toBe(0)
    expect(r.stdout.split('\n').slice(1)).toEqual([
      'Decision: AllowAccess; no rule matches.',
      '',
      'Rules:',
      '  "Guard" (priority 1, line 5): its AnyOfProtocols does not include "OutlookWebApp".',
      '  "Old" (priority 2, line 13): it is disabled ("Enabled": false).',
      '  "Admins from the office" (priority 3, line 19): no entry of its AnyOfClientIPAddressesOrRanges contains 198.51.100.20.',
      '  "Staff only" (priority 4, line 30): its UserRecipientFilter "Department -ne \'IT\'" does not hold for the user\'s properties.',
      '  "Block OWA" (priority 5, line 37): its exception ExceptAnyOfClientIPAddressesOrRanges holds ("198.51.100.0/24").',
      ''
    ])
  })

  it('explains absent values and the middle-tier scope', async () => {
    const r = await run(
      rules,
      '--protocol',
      'ExchangeActiveSync',
      '--format',
      'json',
      '--middle-tier'
    )
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.stdout)
    expect(doc.decision).toBe('AllowAccess')
    expect(doc.rule).toBeNull()
    expect(doc.connection).toEqual({
      protocol: 'ExchangeActiveSync',
      authenticationType: null,
      remoteAddress: null,
      username: null,
      user: {},
      middleTier: true
    })
    expect(
      doc.earlier.map(
        (e: { name: string; reason: string; parameter: string | null; explanation: string }) => [
          e.name,
          e.reason,
          e.parameter,
          e.explanation
        ]
      )
    ).toEqual([
      [
        'Guard',
        'condition',
        'AnyOfProtocols',
        'its AnyOfProtocols does not include "ExchangeActiveSync"'
      ],
      ['Old', 'disabled', null, 'it is disabled ("Enabled": false)'],
      [
        'Admins from the office',
        'condition',
        'AnyOfClientIPAddressesOrRanges',
        'it requires an IP address and the connection has none'
      ],
      [
        'Staff only',
        'scope',
        'Scope',
        'its Scope is "Users" and the connection comes through a middle-tier app'
      ],
      [
        'Block OWA',
        'condition',
        'AnyOfAuthenticationTypes',
        'it requires an authentication type and the connection has none'
      ]
    ])
  })

  it('gives the deciding rule with its priority and line in JSON', async () => {
    const r = await run(
      rules,
      '--protocol',
      'RemotePowerShell',
      '--ip',
      '2001:db8::1',
      '--format',
      'json'
    )
    const doc = JSON.parse(r.stdout)
    expect(doc).toMatchObject({
      decision: 'AllowAccess',
      rule: { name: 'Guard', priority: 1, line: 5 },
      governed: true,
      earlier: []
    })
    expect(doc.connection.remoteAddress).toBe('2001:db8::1')
  })

  it('says that Exchange Server governs only EAC and remote PowerShell', async () => {
    const server = file('server.exo.json', {
      Target: 'ExchangeServer',
      ClientAccessRules: [
        { Name: 'Guard', Action: 'AllowAccess', AnyOfProtocols: ['RemotePowerShell'], Priority: 1 },
        { Name: 'Deny', Action: 'DenyAccess', Priority: 2 }
      ]
    })
    const r = await run(server, '--protocol', 'OutlookWebApp')
    expect(r.stdout.split('\n')[1]).toBe(
      'Decision: AllowAccess; client access rules govern only ExchangeAdminCenter and RemotePowerShell connections on Exchange Server.'
    )
    expect((await run(server, '--protocol', 'ExchangeAdminCenter')).stdout.split('\n')[1]).toBe(
      'Decision: DenyAccess by rule "Deny" (priority 2, line 13).'
    )
  })

  it.each([
    [
      ['--protocol', 'OWA'],
      'Unknown protocol "OWA" (did you mean "OutlookWebApp"?); use one of: ExchangeActiveSync, ExchangeAdminCenter, ExchangeWebServices, IMAP4, OfflineAddressBook, OutlookAnywhere, OutlookWebApp, POP3, PowerShellWebServices, RemotePowerShell, REST, UniversalOutlook.'
    ],
    [
      [],
      '--protocol is required; use one of: ExchangeActiveSync, ExchangeAdminCenter, ExchangeWebServices, IMAP4, OfflineAddressBook, OutlookAnywhere, OutlookWebApp, POP3, PowerShellWebServices, RemotePowerShell, REST, UniversalOutlook.'
    ],
    [
      ['--protocol', 'POP3', '--auth', 'basic'],
      'Unknown authentication type "basic" (did you mean "BasicAuthentication"?); use one of: AdfsAuthentication, BasicAuthentication, CertificateBasedAuthentication, NonBasicAuthentication, OAuthAuthentication.'
    ],
    [
      ['--protocol', 'POP3', '--ip', '10.0.0.0/8'],
      '--ip "10.0.0.0/8" is not a single IPv4 or IPv6 address.'
    ],
    [
      ['--protocol', 'POP3', '--attr', 'Title=CEO'],
      '--attr "Title=CEO" must be Property=Value with one of: City, Company, CountryOrRegion, CustomAttribute1, CustomAttribute2, CustomAttribute3, CustomAttribute4, CustomAttribute5, CustomAttribute6, CustomAttribute7, CustomAttribute8, CustomAttribute9, CustomAttribute10, CustomAttribute11, CustomAttribute12, CustomAttribute13, CustomAttribute14, CustomAttribute15, Department, Office, PostalCode, StateOrProvince, StreetAddress.'
    ],
    [['--protocol', 'POP3', '--format', 'yaml'], 'Unknown format "yaml"; use one of: text, json.']
  ])('exits 2 on bad arguments: %j', async (args, message) => {
    const r = await run(rules, ...args)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(
      `exo-access-gate: ${message}\nRun "exo-access-gate test --help" for the options.\n`
    )
  })

  it('exits 2 on an unknown option', async () => {
    const r = await run(rules, '--protocol', 'POP3', '--bogus')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^exo-access-gate: Unknown option '--bogus'/)
  })

  it('exits 2 for a missing file and for more than one file', async () => {
    const missing = await run('nope.exo.json', '--protocol', 'POP3')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain(
      'Cannot read "nope.exo.json": The file could not be read ("ENOENT").'
    )
    expect((await run(rules, rules, '--protocol', 'POP3')).code).toBe(2)
  })

  it('exits 1 with the findings when errors keep the file from being evaluated', async () => {
    const broken = file('broken.exo.json', {
      Target: 'ExchangeServer',
      ClientAccessRules: [{ Name: 'Bad', Action: 'Block' }]
    })
    const r = await run(broken, '--protocol', 'RemotePowerShell')
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('EXO003')
    expect(r.stderr).toContain('the file has errors that keep it from being evaluated')
  })

  it('shows hostile names escaped, never raw control characters', async () => {
    const hostile = file('hostile.exo.json', {
      Target: 'ExchangeServer',
      ClientAccessRules: [
        {
          Name: 'Deny\u001b[31m\n::error::x',
          Action: 'DenyAccess',
          AnyOfProtocols: ['ExchangeAdminCenter']
        }
      ]
    })
    const r = await run(hostile, '--protocol', 'ExchangeAdminCenter', '--user', 'a\u0007b')
    expect(r.code).toBe(0)
    // no raw control character other than the line feeds between lines
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
    expect(r.stdout).toContain('rule "Deny\\u001B[31m\\u000A::error::x" (no priority, line 5)')
    expect(r.stdout).toContain('user "a\\u0007b"')
  })
})

describe('the Tests block and `test` are one implementation', () => {
  const examples = readdirSync('examples').filter((f) => f.endsWith('.exo.json'))
  const cases = examples.flatMap((f) => {
    const doc = JSON.parse(readFileSync(join('examples', f), 'utf8')) as {
      Tests?: Record<string, unknown>[]
    }
    return (doc.Tests ?? []).map((t) => [f, t] as const)
  })

  it.each(cases)('%s: %j', async (f, t) => {
    const args = ['test', join('examples', f), '--protocol', String(t.Protocol), '--format', 'json']
    if (t.AuthenticationType) args.push('--auth', String(t.AuthenticationType))
    if (t.RemoteAddress) args.push('--ip', String(t.RemoteAddress))
    if (t.Username) args.push('--user', String(t.Username))
    for (const [k, v] of Object.entries((t.User as Record<string, string>) ?? {}))
      args.push('--attr', `${k}=${v}`)
    if (t.MiddleTier) args.push('--middle-tier')
    const r = await runCli(args, process.cwd())
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.stdout)
    expect(doc.decision).toBe(t.Expect)
    if (t.ExpectRule !== undefined) expect(doc.rule?.name ?? null).toBe(t.ExpectRule)
  })
})
