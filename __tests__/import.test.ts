/**
 * `exo-access-gate import` end to end, in a temporary folder. The fixtures (and where each shape
 * comes from) are described in __tests__/model/import.test.ts. Exit codes: 0 imported, 1 an
 * export cannot be imported, 2 bad arguments or unreadable file.
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { IMPORT_HELP } from '../src/cli/import.js'
import { HELP } from '../src/cli/main.js'
import {
  CLIENT_ACCESS_RECIPE_51,
  DEVICE_ACCESS_RECIPE_51,
  exportRemedy
} from '../src/model/import.js'
import { blocks, commandArgs } from './docs-pages.js'
import { lint, runCli } from './helpers.js'

const FIXTURES = join(import.meta.dirname, 'fixtures', 'import')

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'exo-import-'))
  for (const f of [
    'ps7-enums-as-strings.json',
    'ps7-single.json',
    'ps51-numeric-enums.json',
    'ps51-value-count.json',
    'device-ps7.json',
    'device-ps51-numeric.json'
  ]) {
    copyFileSync(join(FIXTURES, f), join(dir, f))
  }
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const cli = (...args: string[]) => runCli(args, dir)
const write = (name: string, data: string | Uint8Array) => writeFileSync(join(dir, name), data)
const read = (name: string) => readFileSync(join(dir, name), 'utf8')

const SINGLE = `{
  "Target": "ExchangeServer",
  "ClientAccessRules": [
    {
      "Name": "Always Allow Remote PowerShell",
      "Action": "AllowAccess",
      "Priority": 1,
      "Enabled": true,
      "Scope": "All",
      "AnyOfProtocols": [
        "RemotePowerShell"
      ]
    }
  ]
}
`

const WRAPPED = `{
  "Target": "ExchangeServer",
  "ClientAccessRules": [
    {
      "Name": "Always Allow Remote PowerShell",
      "Action": "AllowAccess",
      "Priority": 0,
      "Enabled": true,
      "Scope": "All",
      "AnyOfProtocols": [
        "RemotePowerShell"
      ]
    },
    {
      "Name": "Don't allow EAC from outside HQ",
      "Action": "DenyAccess",
      "Priority": 1,
      "Enabled": true,
      "Scope": "Users",
      "AnyOfProtocols": [
        "ExchangeAdminCenter"
      ],
      "ExceptAnyOfClientIPAddressesOrRanges": [
        "10.20.0.0/16",
        "192.168.10.0/24"
      ],
      "AnyOfAuthenticationTypes": [
        "BasicAuthentication"
      ],
      "ExceptUsernameMatchesAnyOfPatterns": [
        "corp\\\\exadmin*"
      ]
    }
  ]
}
`

describe('exo-access-gate import: real exports', () => {
  it('PowerShell 7 exports of both kinds into a file that check accepts without EXO003', async () => {
    const r = await cli(
      'import',
      'ps7-enums-as-strings.json',
      '--activesync',
      'device-ps7.json',
      '--target',
      'ExchangeOnline',
      '--schema',
      'https://exo-access-gate.dev/schemas/ruleset.schema.json',
      '--output',
      'tenant.exo.json'
    )
    expect(r).toEqual({
      code: 0,
      stdout: '',
      stderr:
        'Imported 3 client access rules and 3 ActiveSync device access rules into "tenant.exo.json" (Target "ExchangeOnline").\n' +
        'check finds 0 errors, 2 warnings and 2 notices in it; run "exo-access-gate check tenant.exo.json" to see them.\n'
    })
    const text = read('tenant.exo.json')
    expect(
      text.startsWith(
        '{\n  "$schema": "https://exo-access-gate.dev/schemas/ruleset.schema.json",\n  "Target": "ExchangeOnline",\n  "ClientAccessRules": [\n'
      )
    ).toBe(true)
    expect(JSON.parse(text)).toMatchObject({
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
    expect(
      lint(text)
        .map((f) => f.id)
        .sort()
    ).toEqual(['EXO107', 'EXO305', 'EXO306', 'EXO501'])
    const checked = await cli('check', 'tenant.exo.json')
    expect(checked.code).toBe(0)
    expect(checked.stdout).not.toContain('EXO003')
  })

  it('a single object to standard output; no --target is a note', async () => {
    const r = await cli('import', 'ps7-single.json')
    expect(r).toEqual({
      code: 0,
      stdout: SINGLE.replace('ExchangeServer', 'ExchangeOnline'),
      stderr:
        'Note: no --target given, so "Target" is "ExchangeOnline"; for Exchange Server 2019 or Subscription Edition use --target ExchangeServer.\n' +
        'Imported 1 client access rule into standard output (Target "ExchangeOnline").\n' +
        'check finds 0 errors, 1 warning and 0 notices in it; run "exo-access-gate check <file>" to see them.\n'
    })
  })

  it('Windows PowerShell 5.1 {value, Count} wrappers, CRLF, \\u0027 escapes', async () => {
    const r = await cli('import', 'ps51-value-count.json', '--target', 'ExchangeServer')
    expect(r).toEqual({
      code: 0,
      stdout: WRAPPED,
      stderr:
        'Imported 2 client access rules into standard output (Target "ExchangeServer").\n' +
        'check finds 1 error, 0 warnings and 0 notices in it; run "exo-access-gate check <file>" to see them.\n'
    })
  })

  it('reads the encodings Windows PowerShell 5.1 writes: UTF-16LE with BOM (">"), UTF-8 with BOM', async () => {
    const text = read('ps51-value-count.json')
    write('utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
    write(
      'utf16be.json',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])
    )
    write('utf8bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))
    for (const f of ['utf16.json', 'utf16be.json', 'utf8bom.json']) {
      const r = await cli('import', f, '--target', 'ExchangeServer')
      expect([f, r.code, r.stdout]).toEqual([f, 0, WRAPPED])
    }
  })

  it('numeric enums: exit 1, each property named, both remedies once, nothing written', async () => {
    const r = await cli(
      'import',
      'ps51-numeric-enums.json',
      '--activesync',
      'device-ps51-numeric.json',
      '--output',
      'out.exo.json'
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(
      'exo-access-gate: cannot import: 9 problems; nothing was written.\n' +
        '  ps51-numeric-enums.json:6:20 /0/Action: "Action" is the number 0, not a name.\n' +
        '  ps51-numeric-enums.json:37:28 /0/AnyOfProtocols: "AnyOfProtocols" is the number 9, not a name.\n' +
        '  ps51-numeric-enums.json:44:23 /0/RuleScope: "RuleScope" is the number 0, not a name.\n' +
        '  ps51-numeric-enums.json:73:20 /1/Action: "Action" is the number 1, not a name.\n' +
        '  ps51-numeric-enums.json:98:38 /1/AnyOfAuthenticationTypes: "AnyOfAuthenticationTypes" is the number 0, not a name.\n' +
        '  ps51-numeric-enums.json:104:28 /1/AnyOfProtocols: "AnyOfProtocols" is the number 6, not a name.\n' +
        '  ps51-numeric-enums.json:111:23 /1/RuleScope: "RuleScope" is the number 1, not a name.\n' +
        '  device-ps51-numeric.json:3:24 /Characteristic: "Characteristic" is the number 1, not a name.\n' +
        '  device-ps51-numeric.json:4:21 /AccessLevel: "AccessLevel" is the number 1, not a name.\n' +
        '\n' +
        exportRemedy(new Set(['clientAccess', 'activeSync'])) +
        '\n'
    )
    expect(r.stderr).toContain('-EnumsAsStrings')
    expect(r.stderr).toContain('Select-Object')
    expect(existsSync(join(dir, 'out.exo.json'))).toBe(false)
  })
})

describe('exo-access-gate import: bad input', () => {
  const fails = async (file: string, data: string | Uint8Array, message: string) => {
    write(file, data)
    const r = await cli('import', file)
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: `exo-access-gate: cannot import: 1 problem; nothing was written.\n  ${message}\n`
    })
  }

  it('not JSON, with the line and column', async () => {
    await fails(
      'bad.json',
      '[\n  {"Name": "A", "Action": "DenyAccess",}\n]\n',
      'bad.json:2:39: not JSON: Trailing comma before "}": JSON does not allow one.'
    )
    await fails(
      'table.json',
      'Name     Priority Enabled\n----     -------- -------\n',
      'table.json:1:1: not JSON: Unexpected "Name": this is not valid JSON.'
    )
  })

  it('an empty export, and JSON that is not an object or an array', async () => {
    await fails(
      'empty.json',
      '',
      'empty.json:1:1: There is no rule to import: ConvertTo-Json writes nothing, or null, when the cmdlet returns no rule.'
    )
    await fails(
      'number.json',
      '42\n',
      'number.json:1:1: The export must be a JSON object (one rule) or an array of rules, as Get-ClientAccessRule | ConvertTo-Json writes it, not the number 42.'
    )
  })

  it('text that is neither UTF-8 nor UTF-16 with a BOM', async () => {
    await fails(
      'ansi.json',
      Buffer.from('{"Name": "Zugriff f\xfcr G\xe4ste", "Action": "DenyAccess"}', 'latin1'),
      'ansi.json: The file is not valid UTF-8: byte "0xFC" is not part of a UTF-8 character. Save the export as UTF-8 (Out-File -Encoding utf8) or UTF-16 with a byte-order mark.'
    )
    await fails(
      'nobom.json',
      Buffer.from('{"Name": "A"}', 'utf16le'),
      'nobom.json: The file is encoded as "UTF-16LE". Save the export as UTF-8 (Out-File -Encoding utf8) or UTF-16 with a byte-order mark.'
    )
  })

  it('missing Name and Action, pointed at the rule', async () => {
    write('missing.json', '[\n  {"Priority": 1},\n  {"Name": "Block OWA"}\n]\n')
    const r = await cli('import', 'missing.json')
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'exo-access-gate: cannot import: 3 problems; nothing was written.\n' +
        '  missing.json:2:3 /0: The rule has no "Name".\n' +
        '  missing.json:2:3 /0: The rule has no "Action".\n' +
        '  missing.json:3:3 /1: The rule has no "Action" (rule "Block OWA").\n'
    })
  })

  it('hostile text never reaches the terminal raw, and values are kept exactly', async () => {
    const esc = '\u001b[2J\u001b]0;pwned\u0007'
    write(
      'hostile.json',
      JSON.stringify([
        { Name: `Admins${esc}`, Action: 'AllowAccess', Priority: 0, [`X${esc}`]: ['set'] },
        { Name: 'B', Action: `Deny${esc}` }
      ])
    )
    const r = await cli('import', 'hostile.json')
    expect(r.code).toBe(1)
    expect(r.stderr).not.toContain('\u001b')
    expect(r.stderr).not.toContain('\u0007')
    expect(r.stderr).toContain(
      'hostile.json:1:147 /1/Action: Value "Deny\\u001B[2J\\u001B]0;pwned\\u0007" of "Action" is not one of AllowAccess, DenyAccess.'
    )

    write(
      'names.json',
      JSON.stringify({
        Name: `Admins${esc}'; Remove-Item C:\\ -Recurse #`,
        Action: 'AllowAccess',
        [`X${esc}`]: ['set']
      })
    )
    const ok = await cli(
      'import',
      'names.json',
      '--target',
      'ExchangeServer',
      '--output',
      'n.exo.json'
    )
    expect(ok.code).toBe(0)
    expect(ok.stderr).not.toContain('\u001b')
    expect(ok.stderr).toContain('Note: names.json:1:')
    expect(ok.stderr).toContain('Left out "X\\u001B[2J\\u001B]0;pwned\\u0007"')
    const out = read('n.exo.json')
    expect(out).not.toContain('\u001b')
    expect(
      (JSON.parse(out) as { ClientAccessRules: { Name: string }[] }).ClientAccessRules[0]!.Name
    ).toBe(`Admins${esc}'; Remove-Item C:\\ -Recurse #`)
    const ids = lint(out).map((f) => f.id)
    expect(ids).toContain('EXO005')
    expect(ids).not.toContain('EXO003')
  })
})

describe('exo-access-gate import: arguments', () => {
  const usage = async (args: string[], message: string) => {
    const r = await cli('import', ...args)
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `exo-access-gate: ${message}\nRun "exo-access-gate import --help" for the options.\n`
    })
  }

  it('--help prints the options; the main help lists import', async () => {
    expect(await cli('import', '--help')).toEqual({ code: 0, stdout: IMPORT_HELP, stderr: '' })
    expect(HELP).toContain('  import <export.json> [--activesync <export.json>]')
    expect(IMPORT_HELP).toContain('Exit codes: 0 imported')
  })

  it('needs exactly one export, or --activesync alone', async () => {
    await usage(
      [],
      'import needs an export: the JSON file Get-ClientAccessRule | ConvertTo-Json wrote (and/or --activesync <file>).'
    )
    await usage(
      ['ps7-single.json', 'device-ps7.json'],
      'import takes one Get-ClientAccessRule export; give the device access rules with --activesync <file>.'
    )
    const r = await cli('import', '--activesync', 'device-ps7.json', '--target', 'ExchangeServer')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ Target: 'ExchangeServer' })
  })

  it('refuses unknown flags and targets, with the valid names', async () => {
    await usage(
      ['ps7-single.json', '--target', 'exchangeserver'],
      'Unknown target "exchangeserver" (did you mean "ExchangeServer"?); use one of: ExchangeOnline, ExchangeServer.'
    )
    const r = await cli('import', 'ps7-single.json', '--force')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^exo-access-gate: Unknown option '--force'/)
  })

  it('unreadable exports and unwritable outputs are usage errors; nothing half-written', async () => {
    await usage(['nope.json'], 'Cannot read "nope.json": The file could not be read ("ENOENT").')
    mkdirSync(join(dir, 'folder'))
    await usage(
      ['folder'],
      'Cannot read "folder": The path is a directory, not a regular file; it was not read.'
    )
    await usage(
      ['ps7-single.json', '--target', 'ExchangeServer', '--output', 'missing/dir/out.json'],
      'Cannot write "missing/dir/out.json": ENOENT.'
    )
  })

  it('reads exports up to 16 MiB, and not one byte more', async () => {
    write('big.json', Buffer.alloc(16 * 1024 * 1024 + 1, 0x20))
    await usage(
      ['big.json'],
      'Cannot read "big.json": The file is 16,777,217 bytes, over the cap of 16,777,216 bytes (limits.maxFileBytes).'
    )
    write('deep.json', '['.repeat(65) + ']'.repeat(65))
    const r = await cli('import', 'deep.json')
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(
      'deep.json:1:65: not JSON: The document nests deeper than the cap of 64 levels'
    )
  })

  it('the written file is exactly what standard output would show', async () => {
    const a = await cli('import', 'ps7-single.json', '--target', 'ExchangeServer')
    const b = await cli(
      'import',
      'ps7-single.json',
      '--target',
      'ExchangeServer',
      '--output',
      'o.json'
    )
    expect(a.stdout).toBe(SINGLE)
    expect(read('o.json')).toBe(SINGLE)
    expect(b.stdout).toBe('')
  })
})

describe('docs/commands/import.md', () => {
  const page = readFileSync('docs/commands/import.md', 'utf8')

  it('shows the recipes exactly as the error message gives them', () => {
    expect(page).toContain(CLIENT_ACCESS_RECIPE_51)
    expect(page).toContain(DEVICE_ACCESS_RECIPE_51)
  })

  it('the worked example is real: each run prints what the page shows, in order', async () => {
    // The page runs from the project root, where the fixtures are; so does this folder.
    const root = mkdtempSync(join(tmpdir(), 'exo-import-doc-'))
    try {
      mkdirSync(join(root, '__tests__', 'fixtures'), { recursive: true })
      cpSync(FIXTURES, join(root, '__tests__', 'fixtures', 'import'), { recursive: true })
      let runs = 0
      for (const b of blocks(page)) {
        if (b.lang === 'console') {
          const [command, ...expected] = b.text.split('\n')
          const r = await runCli(commandArgs(command!), root)
          expect(r.stdout + r.stderr).toBe(expected.join('\n'))
          runs++
        } else if (b.lang === 'json') {
          expect(readFileSync(join(root, b.file), 'utf8')).toBe(b.text)
        }
      }
      expect(runs).toBe(4)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
