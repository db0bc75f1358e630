import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/engine/config.js'
import { diffFiles, type FileDiff } from '../../src/engine/diff.js'
import { effectJson, effectMarkdown, effectText } from '../../src/reporters/effect.js'
import { liveIn, renderMarkdown } from './support.js'

/** The renderers of the effect: exact text and Markdown, the cut, escaping, and the JSON shape. */

type Doc = Record<string, unknown>
const bytes = (doc: Doc | string) =>
  new TextEncoder().encode(typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2))
const online = (rules: unknown[], extra: Doc = {}): Doc => ({
  Target: 'ExchangeOnline',
  ClientAccessRules: rules,
  ...extra
})
const diff = (file: string, base: Doc | string | undefined, head: Doc | string | undefined) =>
  diffFiles(
    file,
    base === undefined ? undefined : bytes(base),
    head === undefined ? undefined : bytes(head),
    defaultConfig()
  )

const SAFEGUARD = {
  Name: 'Admins keep PowerShell',
  Action: 'AllowAccess',
  AnyOfProtocols: ['RemotePowerShell'],
  AnyOfClientIPAddressesOrRanges: ['203.0.113.0/24']
}
const BLOCK_RPS = { Name: 'Block RPS', Action: 'DenyAccess', AnyOfProtocols: ['RemotePowerShell'] }
const BLOCK_OWA = {
  Name: 'Block OWA',
  Action: 'DenyAccess',
  AnyOfProtocols: ['OutlookWebApp'],
  AnyOfClientIPAddressesOrRanges: ['198.51.100.0/24']
}

/** base → head: RemotePowerShell opened everywhere, OWA closed for one range, a device blocked. */
const rules = diff(
  'rules.exo.json',
  online([SAFEGUARD, BLOCK_RPS]),
  online([SAFEGUARD, BLOCK_OWA], {
    ActiveSyncDeviceAccessRules: [
      { Characteristic: 'DeviceType', QueryString: 'Outlook', AccessLevel: 'Block' }
    ]
  })
)
const same = diff('same.exo.json', online([SAFEGUARD]), online([SAFEGUARD]))
const broken = diff('broken.exo.json', online([SAFEGUARD]), '{ "Target": ')
const added = diff('new.exo.json', undefined, online([BLOCK_OWA]))

describe('effectText', () => {
  it('lists each file with its changes, opens first, admin openings called out', () => {
    expect(effectText([rules])).toBe(
      [
        'Warning: this change opens RemotePowerShell to connections denied before.',
        '',
        'rules.exo.json (modified): 3 changes',
        '  opens: RemotePowerShell from anywhere except 203.0.113.0/24: DenyAccess → AllowAccess (no longer decided by "Block RPS", line 15)',
        '  closes: OutlookWebApp from 198.51.100.0/24: AllowAccess → DenyAccess (now decided by "Block OWA", line 15)',
        '  closes: ActiveSync devices whose DeviceType is "Outlook": Allow → Block (now the device rule at line 28; was DefaultAccessLevel, not set)',
        ''
      ].join('\n')
    )
  })

  it('says when nothing changed, when a file is new, and why a file was not compared', () => {
    expect(effectText([same, added, broken])).toBe(
      [
        'same.exo.json (modified): no change in who gets access',
        '',
        'new.exo.json (new file): 1 change',
        '  closes: OutlookWebApp from 198.51.100.0/24: AllowAccess → DenyAccess (now decided by "Block OWA", line 5)',
        '',
        'broken.exo.json: not compared: the head version has errors that keep it from being compared (EXO001 at line 1: The document ends before the JSON value is complete).',
        ''
      ].join('\n')
    )
    expect(effectText([])).toBe('No rule-set file changed.\n')
  })
})

describe('effectMarkdown', () => {
  it('heads the section, calls out admin openings in bold, lists opens first', () => {
    expect(effectMarkdown([rules])).toBe(
      [
        '### Effect of this change',
        '',
        '**⚠️ This change opens RemotePowerShell to connections that were denied before (listed first).**',
        '',
        '- 🔓 **Opens** RemotePowerShell from anywhere except 203.0.113.0/24: DenyAccess → AllowAccess \\(no longer decided by `Block RPS`, line 15\\)',
        '- 🔒 **Closes** OutlookWebApp from 198.51.100.0/24: AllowAccess → DenyAccess \\(now decided by `Block OWA`, line 15\\)',
        '- 🔒 **Closes** ActiveSync devices whose DeviceType is `Outlook`: Allow → Block \\(now the device rule at line 28; was DefaultAccessLevel, not set\\)',
        ''
      ].join('\n')
    )
  })

  it('names the file of each entry when there are several, notes about files last', () => {
    expect(effectMarkdown([rules, same, broken])).toBe(
      [
        '### Effect of this change',
        '',
        '**⚠️ This change opens RemotePowerShell to connections that were denied before (listed first).**',
        '',
        '- 🔓 **Opens** `rules.exo.json`: RemotePowerShell from anywhere except 203.0.113.0/24: DenyAccess → AllowAccess \\(no longer decided by `Block RPS`, line 15\\)',
        '- 🔒 **Closes** `rules.exo.json`: OutlookWebApp from 198.51.100.0/24: AllowAccess → DenyAccess \\(now decided by `Block OWA`, line 15\\)',
        '- 🔒 **Closes** `rules.exo.json`: ActiveSync devices whose DeviceType is `Outlook`: Allow → Block \\(now the device rule at line 28; was DefaultAccessLevel, not set\\)',
        '- `same.exo.json`: no change in who gets access.',
        '- `broken.exo.json`: not compared: the head version has errors that keep it from being compared \\(EXO001 at line 1: The document ends before the JSON value is complete\\).',
        ''
      ].join('\n')
    )
    expect(effectMarkdown([])).toBe('### Effect of this change\n\nNo rule-set file changed.\n')
  })

  it('cuts notes about files before any change, and counts what it cut of each', () => {
    const whole = effectMarkdown([rules, same, broken])
    const lines = whole.split('\n')
    // room for the head and the three changes, not for the two notes
    const maxChars = lines.slice(0, 7).join('\n').length + 1 + 60
    expect(effectMarkdown([rules, same, broken], { maxChars })).toBe(
      [...lines.slice(0, 7), '', '… and 2 more notes about files', ''].join('\n')
    )
    const tight = lines.slice(0, 5).join('\n').length + 1 + 50
    expect(effectMarkdown([rules, same, broken], { maxChars: tight })).toBe(
      [...lines.slice(0, 5), '', '… and 2 more changes and 2 notes about files', ''].join('\n')
    )
  })

  it('cuts at an entry boundary with "… and N more changes", never past maxChars', () => {
    const whole = effectMarkdown([rules])
    const lines = whole.split('\n')
    // room for the head and the first entry only
    const maxChars = lines.slice(0, 5).join('\n').length + 1 + 30
    const cut = effectMarkdown([rules], { maxChars })
    expect(cut).toBe([...lines.slice(0, 5), '', '… and 2 more changes', ''].join('\n'))
    expect(cut.length).toBeLessThanOrEqual(maxChars)
    for (let max = 150; max <= whole.length; max += 7) {
      const out = effectMarkdown([rules], { maxChars: max })
      expect(out.length).toBeLessThanOrEqual(Math.max(max, cut.length - lines[4]!.length - 1))
      // every entry kept is whole
      for (const line of out.split('\n').filter((l) => l.startsWith('- '))) {
        expect(whole.split('\n')).toContain(line)
      }
    }
    expect(effectMarkdown([rules], { maxChars: whole.length })).toBe(whole)
  })

  it('escapes hostile rule names and query strings: no live mention, link or HTML', () => {
    // at most 64 characters: a longer name is a schema error that stops the comparison
    const hostile = '@octocat <img src=x> [a](https://e) #1 GH-12 ``` *b* \u202e\n|'
    const d = diff(
      'hostile.exo.json',
      online([{ ...BLOCK_RPS, Name: hostile }]),
      online([{ ...BLOCK_OWA, Name: hostile }], {
        ActiveSyncDeviceAccessRules: [
          { Characteristic: 'DeviceModel', QueryString: hostile, AccessLevel: 'Block' }
        ]
      })
    )
    expect('unavailable' in d ? d.unavailable : 'compared').toBe('compared')
    const md = effectMarkdown([d])
    const html = renderMarkdown(md)
    // the only elements are the section's own
    expect([...new Set(html.match(/<\/?[a-z0-9]+/g))].sort()).toEqual(
      [
        '<code',
        '</code',
        '<h3',
        '</h3',
        '<li',
        '</li',
        '<p',
        '</p',
        '<strong',
        '</strong',
        '<ul',
        '</ul'
      ].sort()
    )
    // outside code, nothing GitHub would link or notify
    expect(liveIn(html.replace(/<code>[^]*?<\/code>/g, ''))).toEqual([])
    expect(md).not.toContain('\u202e')
    // the terminal gets the same names made visible
    const text = effectText([d])
    expect(text).toContain('\\u202E')
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/)
  })
})

describe('effectJson', () => {
  it('gives each change its region, old and new decision and rules with their lines', () => {
    const doc = effectJson([rules, broken])
    expect(doc.files[1]).toEqual({
      file: 'broken.exo.json',
      status: 'modified',
      unavailable:
        'the head version has errors that keep it from being compared (EXO001 at line 1: The document ends before the JSON value is complete)'
    })
    const file = doc.files[0] as Extract<(typeof doc.files)[number], { changes: unknown }>
    expect(file.target).toEqual({ old: 'ExchangeOnline', new: 'ExchangeOnline' })
    expect(file.changes[0]).toEqual({
      kind: 'opens',
      statement:
        'RemotePowerShell from anywhere except 203.0.113.0/24: DenyAccess → AllowAccess (no longer decided by "Block RPS", line 15)',
      region: {
        protocols: ['RemotePowerShell'],
        authenticationTypes: 'any',
        middleTier: 'any',
        addresses: [
          { family: 4, first: '0.0.0.0', last: '203.0.112.255', text: '0.0.0.0-203.0.112.255' },
          {
            family: 4,
            first: '203.0.114.0',
            last: '255.255.255.255',
            text: '203.0.114.0-255.255.255.255'
          },
          {
            family: 6,
            first: '::',
            last: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
            text: '::/0'
          }
        ],
        except: [
          { family: 4, first: '203.0.113.0', last: '203.0.113.255', text: '203.0.113.0/24' }
        ],
        addressText: 'anywhere except 203.0.113.0/24',
        condition: { text: '', anyOf: [[]] }
      },
      old: {
        decision: 'DenyAccess',
        rule: { name: 'Block RPS', line: 15, priority: null },
        ungoverned: false
      },
      new: { decision: 'AllowAccess', rule: null, ungoverned: false },
      adminOpened: true
    })
    expect(file.devices[0]).toEqual({
      kind: 'closes',
      statement:
        'ActiveSync devices whose DeviceType is "Outlook": Allow → Block (now the device rule at line 28; was DefaultAccessLevel, not set)',
      devices: { characteristic: 'DeviceType', queryString: 'Outlook' },
      old: {
        levels: ['Allow'],
        by: 'default',
        rules: [],
        defaultAccessLevel: null,
        line: null
      },
      new: {
        levels: ['Block'],
        by: 'rule',
        rules: [
          {
            characteristic: 'DeviceType',
            queryString: 'Outlook',
            accessLevel: 'Block',
            line: 28,
            version: 'new'
          }
        ]
      },
      unconfirmed: false,
      alsoMatched: []
    })
  })

  it('gives a condition its predicates with their values', () => {
    const admins = {
      Name: 'Admins',
      Action: 'AllowAccess',
      AnyOfProtocols: ['POP3'],
      UsernameMatchesAnyOfPatterns: ['*admin*']
    }
    const d = diff('pop.exo.json', online([admins]), online([BLOCK_OWA]))
    const file = effectJson([d]).files[0] as { changes: { region: { condition: unknown } }[] }
    expect(file.changes.map((c) => c.region.condition)).toEqual([
      { text: '', anyOf: [[]] },
      {
        text: 'for users matching "*admin*"',
        anyOf: [[{ kind: 'username', text: ['*admin*'], holds: true }]]
      }
    ])
    const json = JSON.stringify(effectJson([d] as FileDiff[]))
    expect(JSON.parse(json)).toEqual(effectJson([d]))
  })
})
