import { execFile } from 'node:child_process'
import {
  accessSync,
  chmodSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Duplex } from 'node:stream'
import { gzipSync } from 'node:zlib'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHECKS } from '../../src/checks/index.js'
import { defaultConfig, loadConfig, type LoadedConfig } from '../../src/engine/config.js'
import { display } from '../../src/engine/display.js'
import { DOCS_BASE, summarize } from '../../src/engine/findings.js'
import { assemble, lintBytes } from '../../src/engine/lint.js'
import type { FileResult, Finding, LintResult } from '../../src/engine/types.js'
import {
  FINGERPRINT_KEY,
  MAX_DESCRIPTION,
  SARIF_SCHEMA,
  capText,
  fileUri,
  fingerprintBase,
  pascalCase,
  sarif,
  sarifText,
  type SarifOptions
} from '../../src/reporters/sarif.js'
import { finding as baseFinding, resultOf, type SarifLog } from './support.js'

// ---------------------------------------------------------------------------------------------
// Fixtures: a realistic multi-file run (examples/ plus files with many finding kinds, hostile
// names and a config file with a used and an unused suppression).
// ---------------------------------------------------------------------------------------------

const enc = new TextEncoder()

/** Document-level and value-level problems; its rule name is hostile in every channel. */
const KITCHEN_SINK = `{
  "Target": "ExchangeOnline",
  "Target": "ExchangeOnline",
  "ClientAccessRules": [
    {
      "Name": "Block [everything](1) \\\\ @octocat #1 <img src=x> \\u202Eevil",
      "Action": "DenyAccess",
      "AnyOfProtocols": ["ExchangeAdminCenter", "ExchangeAdminCenter"],
      "Priority": 1.0
    },
    {
      "Name": "Allow EAC from the admin network",
      "Action": "AllowAccess",
      "AnyOfProtocols": ["ExchangeAdminCenter"],
      "AnyOfClientIPAddressesOrRanges": ["10.0.0.1/8", "300.1.1.1", "10.1.0.0/16"],
      "Priority": 2
    },
    {
      "Name": "Allow EAC from the admin network",
      "Action": "AllowAccess",
      "AnyOfProtocols": ["ExchangeAdminCenter"],
      "Priority": 2,
      "Enabled": false,
      "Colour": "blue"
    },
    {
      "Name": "Block everyone",
      "Action": "DenyAccess",
      "AnyOfProtocols": ["RemotePowerShell", "OutlookWebApp"],
      "UsernameMatchesAnyOfPatterns": ["*admin*"],
      "UserRecipientFilter": "Department -eq 'Sales' -and",
      "Priority": 4
    }
  ],
  "Tests": [
    { "Name": "EAC from admin", "Protocol": "ExchangeAdminCenter", "RemoteAddress": "10.0.0.5",
      "Expect": "AllowAccess", "ExpectRule": "Allow EAC from the admin network" }
  ]
}
`

/** Ordering and model problems: findings with related locations, a name with brackets. */
const ORDERING = `{
  "Target": "ExchangeServer",
  "ClientAccessRules": [
    {
      "Name": "Always Allow Remote PowerShell",
      "Action": "AllowAccess",
      "AnyOfProtocols": ["RemotePowerShell"],
      "Priority": 1
    },
    {
      "Name": "Block EAC [see](1) \\\\[x\\\\]",
      "Action": "DenyAccess",
      "AnyOfProtocols": ["ExchangeAdminCenter"],
      "Priority": 2
    },
    {
      "Name": "Block OWA",
      "Action": "DenyAccess",
      "AnyOfProtocols": ["OutlookWebApp"],
      "Priority": 3
    },
    {
      "Name": "Allow EAC from the admin network",
      "Action": "AllowAccess",
      "AnyOfProtocols": ["ExchangeAdminCenter", "OutlookWebApp"],
      "AnyOfClientIPAddressesOrRanges": ["203.0.113.0/24"],
      "Priority": 4
    },
    {
      "Name": "block owa",
      "Action": "DenyAccess",
      "AnyOfProtocols": ["OutlookWebApp"],
      "Priority": 4
    },
    {
      "Name": "Old rule",
      "Action": "DenyAccess",
      "AnyOfProtocols": ["IMAP4"],
      "Enabled": false,
      "Priority": 6
    }
  ],
  "ActiveSyncDeviceAccessRules": [
    { "Characteristic": "DeviceModel", "QueryString": "iPhone", "AccessLevel": "Allow" },
    { "Characteristic": "DeviceModel", "QueryString": "iPhone", "AccessLevel": "Block" }
  ]
}
`

/** Names a repository can really hold; each must become a valid, repo-relative URI. */
const HOSTILE_NAMES = {
  sink: 'rules/kitchen sink #1 [x](1) 100%?.exo.json',
  ordering: 'rules/ordering.exo.json',
  notJson: 'rules/ünïcødé/日本 <b>.exo.json',
  bom: 'rules/back\\slash:colon;semi@at.exo.json',
  config: '.exo-access-gate.json'
}

const CONFIG_TEXT = JSON.stringify({
  suppressions: [
    {
      id: 'EXO107',
      path: HOSTILE_NAMES.ordering,
      reason: 'Kept until the [migration](1) ends \\ @team #12 <b>\u202E'
    },
    { id: 'EXO403', reason: 'Matches nothing, so EXO901 reports it.' }
  ]
})

function exampleFiles(): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {}
  for (const f of readdirSync('examples')
    .filter((n) => n.endsWith('.exo.json'))
    .sort())
    out[`examples/${f}`] = readFileSync(join('examples', f))
  return out
}

/** The files of the realistic run, by repo-relative name. */
function realisticFiles(): Record<string, Uint8Array> {
  return {
    ...exampleFiles(),
    [HOSTILE_NAMES.sink]: enc.encode(KITCHEN_SINK),
    [HOSTILE_NAMES.ordering]: enc.encode(ORDERING),
    [HOSTILE_NAMES.notJson]: enc.encode('{\n  "Target": "ExchangeServer",\n}\n'),
    [HOSTILE_NAMES.bom]: new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...enc.encode('{"ActiveSyncOrganizationSettings":{"DefaultAccessLevel":"Allow"}}\n')
    ])
  }
}

/** Lints files the way the gate does (lintBytes per file, then assemble with the config file). */
function run(files: Record<string, Uint8Array>, loaded?: LoadedConfig): LintResult {
  const cfg: LoadedConfig = loaded ?? { config: defaultConfig(), findings: [] }
  const results: FileResult[] = Object.entries(files).map(([file, bytes]) => ({
    file,
    findings: lintBytes(file, bytes, cfg.config)
  }))
  return assemble(results, cfg)
}

function realisticResult(): LintResult {
  return run(realisticFiles(), loadConfig(HOSTILE_NAMES.config, enc.encode(CONFIG_TEXT)))
}

const EMPTY: LintResult = {
  files: [],
  summary: { files: 0, errors: 0, warnings: 0, notices: 0, suppressed: 0 }
}

const OPTIONS: SarifOptions = {
  toolVersion: '0.1.0',
  informationUri: 'https://ghe.example.com/exo-access-gate/exo-access-gate',
  docsBase: DOCS_BASE
}

const parse = (text: string): SarifLog => JSON.parse(text) as SarifLog

/** The inverse of `sarifText`'s backslash escapes (SARIF §3.11.6): what a consumer shows. */
const unescapeSarif = (text: string): string => text.replace(/\\([\\[\]])/g, '$1')

/** RFC 3986 `relative-ref` with a `path-noscheme` path: no scheme, no authority, no `..` tricks. */
const RELATIVE_REF =
  /^(?:[A-Za-z0-9\-._~!$&'()*+,;=@]|%[0-9A-F]{2})+(?:\/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-F]{2})*)*$/

// ---------------------------------------------------------------------------------------------
// Microsoft's validator (@microsoft/sarif-multitool), with its SARIF and GitHub rule kinds.
// ---------------------------------------------------------------------------------------------

/**
 * The Sarif.Multitool executable of the platform package (a self-contained .NET program). It is
 * run directly: the package's `bin.js` goes through a shell, which would split `Sarif;Ghas`.
 */
const MULTITOOL: string = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string

/** npm 11 may skip the platform package's `chmod u+x` postinstall: make it executable here. */
function ensureExecutable(file: string): void {
  try {
    accessSync(file, constants.X_OK)
  } catch {
    chmodSync(file, 0o755)
    accessSync(file, constants.X_OK)
  }
}

/**
 * The GitHub rules (kind `Ghas`; "GH" in their IDs) are all off by default in sarif-multitool
 * 5.7.0 (`EnabledByDefault => false`): `--rule-kind Ghas` alone runs none of them. This policy
 * file turns each one on (as `export-validation-config` names them); `Error` is the level every
 * one of them has anyway, since GitHub rejects or hides what they find.
 */
const GITHUB_RULES = [
  'GH1001.ProvideRequiredLocationProperties',
  'GH1002.InlineThreadFlowLocations',
  'GH1003.ProvideRequiredRegionProperties',
  'GH1004.ReviewArraysThatExceedConfigurableDefaults',
  'GH1005.LocationsMustBeRelativeUrisOrFilePaths',
  'GH1006.ProvideCheckoutPath',
  'GH1007.ProvideFullyFormattedMessageStrings',
  'GH1011.GhasReferenceFinalSchema',
  'GH1013.GhProvideRequiredSarifLogProperties',
  'GH1014.GhasProvideRequiredRunProperties',
  'GH1015.GhasProvideRequiredResultProperties',
  'GH1016.GhasProvideRequiredLocationProperties',
  'GH1017.GhasProvideRequiredPhysicalLocationProperties',
  'GH1018.GhasProvideToolDriver',
  'GH2012.GhasProvideRequiredReportingDescriptorProperties'
]

const POLICY = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
${GITHUB_RULES.map(
  (r) => `  <Properties Key="${r}.Options">
    <Property Key="RuleEnabled" Value="Error" Type="Driver.RuleEnabledState" />
  </Properties>
`
).join('')}</Properties>
`

function multitool(
  args: string[],
  env: Record<string, string>
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      MULTITOOL,
      args,
      {
        // a self-contained .NET program: it runs without ICU where a machine has none
        env: {
          ...process.env,
          DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1',
          DOTNET_CLI_TELEMETRY_OPTOUT: '1',
          ...env
        },
        maxBuffer: 256 * 1024 * 1024,
        timeout: 240_000
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
        resolve({ code, stdout, stderr })
      }
    )
  })
}

/**
 * Notes the validator gives about advice this reporter declines, each for a reason:
 * SARIF2002 message.id/arguments (GitHub needs message.text: GH1007), SARIF2003
 * versionControlProvenance (the reporter is pure: it knows no commit; upload-sarif sends the
 * commit itself), SARIF2010 snippets and SARIF2011 context regions (file content would leak
 * into the log and grow it). SARIF2006 is checked apart: only `$schema` may be unreachable.
 */
const ACCEPTED_NOTES = ['SARIF2002', 'SARIF2003', 'SARIF2006', 'SARIF2010', 'SARIF2011']

interface ValidationLog {
  runs: {
    tool: {
      driver: { rules?: { id: string; messageStrings?: Record<string, { text: string }> }[] }
    }
    invocations?: {
      executionSuccessful: boolean
      toolExecutionNotifications?: unknown[]
      toolConfigurationNotifications?: unknown[]
    }[]
    results?: {
      ruleId: string
      level?: string
      message: { text?: string; id?: string; arguments?: string[] }
      locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[]
    }[]
  }[]
}

interface Issue {
  ruleId: string
  level: string
  file: string
  text: string
}

/**
 * The validator writes its messages as `message.id` + `arguments` (SARIF §3.11.7): the text is
 * the rule's `messageStrings` template with `{0}`, `{1}`… filled in.
 */
function messageText(
  message: { text?: string; id?: string; arguments?: string[] },
  strings: Record<string, { text: string }> = {}
): string {
  if (message.text !== undefined) return message.text
  const template = strings[message.id ?? '']?.text ?? `<no message string ${message.id}>`
  return template.replace(/\{(\d+)\}/g, (_, i: string) => message.arguments?.[Number(i)] ?? '')
}

/** The realistic run's findings copied into files `bulk/NNNN.exo.json` until there are `n`. */
function bulkResult(n: number): LintResult {
  const template = realisticResult().files
  const files: FileResult[] = []
  let count = 0
  for (let i = 0; count < n; i++) {
    for (const f of template) {
      const take = f.findings.slice(0, n - count)
      if (!take.length) continue
      const file = `bulk/${String(i).padStart(4, '0')}/${f.file}`
      files.push({ file, findings: take.map((x) => ({ ...x, file })) })
      count += take.length
      if (count === n) break
    }
  }
  return { files, summary: summarize(files) }
}

describe('sarif: validated by @microsoft/sarif-multitool (rule kinds Sarif and Ghas)', () => {
  let dir = ''
  let server: Server | undefined
  /** Hosts the validator tried to reach through the proxy (anything not on this machine). */
  const tunnelled: string[] = []
  let issues: Issue[] = []
  let log: ValidationLog
  let outcome: { code: number; stdout: string; stderr: string }
  let bulk: SarifLog
  let bulkGzipBytes = 0

  beforeAll(async () => {
    // SARIF2006 GETs every URI in the log. The help and information URIs point at this loopback
    // server, which serves the real docs/checks/ pages, so the rule runs and proves that each
    // link resolves. The same server is the validator's HTTP(S) proxy and refuses every tunnel,
    // so no request leaves the machine (the `$schema` URI is the only one that would).
    server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      const page = /^\/docs\/checks\/(EXO\d{3})\.md$/.exec(path)
      const file = page ? join('docs', 'checks', `${page[1]}.md`) : path === '/' ? 'README.md' : ''
      if (!file || !existsSync(file)) {
        if (req.url && !req.url.startsWith('/')) tunnelled.push(new URL(req.url).host)
        res.writeHead(404).end()
        return
      }
      res.writeHead(200, { 'content-type': 'text/markdown; charset=utf-8' })
      res.end(req.method === 'HEAD' ? undefined : readFileSync(file))
    })
    server.on('connect', (req: IncomingMessage, socket: Duplex) => {
      tunnelled.push(req.url ?? '')
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n')
    })
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    if (address === null || typeof address === 'string') throw new Error('no port')
    const base = `http://127.0.0.1:${address.port}/`
    const options: SarifOptions = {
      toolVersion: '0.1.0',
      informationUri: base,
      docsBase: `${base}docs/checks/`
    }

    dir = mkdtempSync(join(tmpdir(), 'exo-sarif-'))
    mkdirSync(join(dir, 'in'))
    writeFileSync(join(dir, 'in', 'realistic.sarif'), sarif(realisticResult(), options))
    writeFileSync(join(dir, 'in', 'empty.sarif'), sarif(EMPTY, options))
    const bulkText = sarif(bulkResult(10_000), options)
    bulk = parse(bulkText)
    bulkGzipBytes = gzipSync(bulkText).length
    writeFileSync(join(dir, 'in', 'bulk.sarif'), bulkText)
    // A control that must fail GitHub's rules: an http location without a region, a message
    // without text, a result without locations.
    const control = parse(sarif(realisticResult(), options))
    const [r0, r1, r2] = control.runs[0]!.results as unknown as Record<string, unknown>[]
    ;(r0!.locations as Record<string, unknown>[])[0]!.physicalLocation = {
      artifactLocation: { uri: 'https://example.com/x.exo.json' }
    }
    r1!.message = { id: 'default', arguments: ['x'] }
    r2!.locations = []
    writeFileSync(join(dir, 'in', 'control.sarif'), JSON.stringify(control))
    writeFileSync(join(dir, 'policy.xml'), POLICY)

    ensureExecutable(MULTITOOL)
    const proxy = `http://127.0.0.1:${address.port}`
    outcome = await multitool(
      [
        'validate',
        join(dir, 'in', '*.sarif'),
        '--rule-kind',
        'Sarif;Ghas',
        '--config',
        join(dir, 'policy.xml'),
        '--level',
        'Error;Warning;Note',
        // the 10,000-result log is about 10 MB; the validator skips files over 10,000 KB
        '--max-file-size-in-kb',
        '65536',
        '--output',
        join(dir, 'validation.sarif'),
        '--log',
        'ForceOverwrite'
      ],
      {
        HTTP_PROXY: proxy,
        HTTPS_PROXY: proxy,
        http_proxy: proxy,
        https_proxy: proxy,
        ALL_PROXY: proxy,
        NO_PROXY: '127.0.0.1',
        no_proxy: '127.0.0.1'
      }
    )
    log = JSON.parse(readFileSync(join(dir, 'validation.sarif'), 'utf8')) as ValidationLog
    const rules = log.runs[0]!.tool.driver.rules ?? []
    issues = (log.runs[0]!.results ?? []).map((r) => {
      const uri = r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''
      const ruleId = r.ruleId.split('/')[0]!
      return {
        ruleId,
        level: r.level ?? 'warning',
        file: uri.slice(uri.lastIndexOf('/') + 1),
        text: messageText(r.message, rules.find((x) => x.id === ruleId)?.messageStrings)
      }
    })
  }, 300_000)

  afterAll(async () => {
    if (dir) rmSync(dir, { recursive: true, force: true })
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  })

  const of = (file: string, ...levels: string[]) =>
    issues.filter((i) => i.file === file && levels.includes(i.level))

  it('runs to completion over the four logs, with no tool or configuration problem', () => {
    expect(outcome.stderr).toBe('')
    expect(outcome.code).toBe(0)
    const invocation = log.runs[0]!.invocations![0]!
    expect(invocation.executionSuccessful).toBe(true)
    expect(invocation.toolExecutionNotifications ?? []).toEqual([])
    expect(invocation.toolConfigurationNotifications ?? []).toEqual([])
    expect([...new Set(issues.map((i) => i.file))].sort()).toEqual([
      'bulk.sarif',
      'control.sarif',
      'empty.sarif',
      'realistic.sarif'
    ])
  })

  it('applies the GitHub rules: the broken control fails them, and only them', () => {
    expect(
      of('control.sarif', 'error')
        .map((i) => `${i.ruleId} ${i.text.slice(0, i.text.indexOf(':'))}`)
        .sort()
    ).toEqual([
      'GH1001 runs[0].results[2].locations',
      'GH1003 runs[0].results[0].locations[0].physicalLocation',
      'GH1005 runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri',
      'GH1007 runs[0].results[1].message',
      'GH1015 runs[0].results[1].message',
      'GH1015 runs[0].results[2]',
      'GH1017 runs[0].results[1].message',
      'GH1017 runs[0].results[2]',
      'GH2012 runs[0].results[1].message',
      'GH2012 runs[0].results[2]',
      'SARIF1012 runs[0].results[1]'
    ])
  })

  it('finds no error and no warning in the realistic and the empty log', () => {
    expect(of('realistic.sarif', 'error', 'warning')).toEqual([])
    expect(of('empty.sarif', 'error', 'warning')).toEqual([])
  })

  it('finds in the 10,000-result log only the validator’s stale results-per-run limit', () => {
    // GH1004's table still says 1,000 results per run; GitHub's documented limit is 25,000 per
    // run, of which the top 5,000 are shown (reference/github-actions-platform.md, SARIF upload).
    expect(of('bulk.sarif', 'error', 'warning')).toEqual([
      {
        ruleId: 'GH1004',
        level: 'error',
        file: 'bulk.sarif',
        text: 'runs[0].results: This array contains 10000 element(s), which exceeds the default limit of 1000 imposed by GitHub Advanced Security code scanning. GitHub will only display information up to that limit. You can provide a configuration file at the root of your repository to specify a higher limit.'
      }
    ])
    const results = bulk.runs[0]!.results
    expect(results).toHaveLength(10_000)
    // distinct findings keep distinct fingerprints at scale, and every rule index resolves
    expect(new Set(results.map((r) => r.partialFingerprints[FINGERPRINT_KEY])).size).toBe(10_000)
    expect(results.every((r) => CHECKS[r.ruleIndex]!.id === r.ruleId)).toBe(true)
    // GitHub's upload limit is 10 MB of gzip per file (reference/github-actions-platform.md)
    expect(bulkGzipBytes).toBeLessThan(10 * 1024 * 1024)
  })

  it('gives only the notes for advice declined on purpose', () => {
    for (const file of ['realistic.sarif', 'bulk.sarif']) {
      const notes = of(file, 'note')
      expect([...new Set(notes.map((i) => i.ruleId))].sort()).toEqual(ACCEPTED_NOTES)
    }
    expect(
      of('empty.sarif', 'note')
        .map((i) => i.ruleId)
        .sort()
    ).toEqual(['SARIF2003', 'SARIF2006'])
  })

  it('reaches every help and information URI (SARIF2006 only for $schema, kept on this machine)', () => {
    for (const file of ['realistic.sarif', 'empty.sarif', 'bulk.sarif']) {
      const unreachable = issues.filter((i) => i.file === file && i.ruleId === 'SARIF2006')
      expect(unreachable.map((i) => i.text)).toEqual([
        "$schema: The URI 'https://json.schemastore.org/sarif-2.1.0.json' was not reachable via an HTTP GET request."
      ])
    }
    expect([...new Set(tunnelled)]).toEqual(['json.schemastore.org:443'])
  })
})

// ---------------------------------------------------------------------------------------------
// The log's shape, exactly.
// ---------------------------------------------------------------------------------------------

describe('sarif: the realistic run', () => {
  const result = realisticResult()
  const log = parse(sarif(result, OPTIONS))
  const runOf = log.runs[0]!
  const all = result.files.flatMap((f) => f.findings)

  it('covers many kinds of finding (the fixture is what it claims)', () => {
    expect([...new Set(all.map((f) => f.id))].sort()).toEqual([
      'EXO001',
      'EXO002',
      'EXO003',
      'EXO005',
      'EXO006',
      'EXO007',
      'EXO101',
      'EXO102',
      'EXO103',
      'EXO104',
      'EXO107',
      'EXO302',
      'EXO304',
      'EXO305',
      'EXO306',
      'EXO310',
      'EXO311',
      'EXO401',
      'EXO402',
      'EXO501',
      'EXO601',
      'EXO901'
    ])
    expect(all.filter((f) => f.suppressed).map((f) => f.id)).toEqual(['EXO107'])
    expect(all.filter((f) => f.related?.length).map((f) => f.id)).toEqual([
      'EXO103',
      'EXO102',
      'EXO101',
      'EXO402'
    ])
  })

  it('is one SARIF 2.1.0 run of exo-access-gate with every registered check as a rule', () => {
    expect(log.$schema).toBe(SARIF_SCHEMA)
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    const { rules, ...driver } = runOf.tool.driver
    expect(driver).toEqual({
      name: 'exo-access-gate',
      version: '0.1.0',
      semanticVersion: '0.1.0',
      informationUri: 'https://ghe.example.com/exo-access-gate/exo-access-gate'
    })
    expect(rules.map((r) => r.id)).toEqual(CHECKS.map((c) => c.id))
    expect(runOf.originalUriBaseIds).toEqual({
      '%SRCROOT%': {
        description: {
          text: 'The root of the repository (the workspace) that the gate checked; every file name is relative to it.'
        }
      }
    })
    expect(runOf.columnKind).toBe('utf16CodeUnits')
  })

  it('describes a check fully: name, descriptions, help with the page link, level, tags', () => {
    const page = `${DOCS_BASE}EXO103.md`
    expect(runOf.tool.driver.rules.find((r) => r.id === 'EXO103')).toEqual({
      id: 'EXO103',
      name: 'ShadowedRule',
      shortDescription: {
        text: 'A rule must not be hidden behind a rule with the opposite action.'
      },
      fullDescription: {
        text: 'EXO103 shadowed-rule: A rule must not be hidden behind a rule with the opposite action. Default severity: error. Category: ordering.'
      },
      helpUri: page,
      help: {
        text: `A rule must not be hidden behind a rule with the opposite action. Default severity: error. Category: ordering. The check's page says why it matters, a failing and a passing example, and when to suppress it: ${page}`,
        markdown: `**EXO103 shadowed-rule**: A rule must not be hidden behind a rule with the opposite action.\n\nDefault severity: error. Category: ordering.\n\nThe check's page, [EXO103 shadowed-rule](${page}), says why it matters, a failing and a passing example, and when to suppress it.`
      },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['ordering'] }
    })
  })

  it('describes a check with two default severities by the higher one', () => {
    const page = `${DOCS_BASE}EXO005.md`
    const check = CHECKS.find((c) => c.id === 'EXO005')!
    expect(check.severities).toEqual(['error', 'warning'])
    expect(runOf.tool.driver.rules[4]).toEqual({
      id: 'EXO005',
      name: 'UnsafeText',
      shortDescription: { text: `Text must not hide what it says.` },
      fullDescription: {
        text: `EXO005 unsafe-text: Text must not hide what it says. Default severity: error or warning. Category: document.`
      },
      helpUri: page,
      help: {
        text: `Text must not hide what it says. Default severity: error or warning. Category: document. The check's page says why it matters, a failing and a passing example, and when to suppress it: ${page}`,
        markdown: `**EXO005 unsafe-text**: Text must not hide what it says.\n\nDefault severity: error or warning. Category: document.\n\nThe check's page, [EXO005 unsafe-text](${page}), says why it matters, a failing and a passing example, and when to suppress it.`
      },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['document'] }
    })
  })

  it('maps default levels (the higher of two; notice → note) and names rules in PascalCase', () => {
    const rules = runOf.tool.driver.rules
    const level = (id: string) =>
      (rules.find((r) => r.id === id)!.defaultConfiguration as { level: string }).level
    expect(level('EXO005')).toBe('error') // error / warning
    expect(level('EXO501')).toBe('warning')
    expect(level('EXO305')).toBe('note')
    expect(level('EXO107')).toBe('note')
    for (const [i, c] of CHECKS.entries()) {
      expect(rules[i]!.name).toBe(pascalCase(c.slug))
      expect(rules[i]!.name).toMatch(/^[A-Z][A-Za-z0-9]*$/)
      expect((rules[i]!.properties as { tags: string[] }).tags).toEqual([c.category])
    }
  })

  it('gives one result per finding, in order, with its own level and exact region', () => {
    expect(runOf.results).toHaveLength(all.length)
    const lv = { error: 'error', warning: 'warning', notice: 'note' } as const
    runOf.results.forEach((r, i) => {
      const f = all[i]!
      expect(r.ruleId).toBe(f.id)
      expect(CHECKS[r.ruleIndex]!.id).toBe(f.id)
      expect(r.level).toBe(lv[f.severity])
      expect(unescapeSarif(r.message.text)).toBe(f.message)
      expect(r.locations).toHaveLength(1)
      expect(r.locations[0]!.physicalLocation.region).toEqual({
        startLine: f.line,
        startColumn: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn
      })
      expect(r.properties).toEqual({ pointer: f.pointer })
    })
  })

  it('writes a result exactly (EXO103 with its related location)', () => {
    const r = runOf.results.find((x) => x.ruleId === 'EXO103')!
    const f = all.find((x) => x.id === 'EXO103')!
    expect(r).toEqual({
      ruleId: 'EXO103',
      ruleIndex: 9,
      level: 'error',
      message: {
        text: 'Rule "Allow EAC from the admin network" (AllowAccess) never takes effect: every connection it matches is decided first by "Block EAC \\[see\\](1) \\\\\\[x\\\\\\]" (line 11); add it as an exception to "Block EAC \\[see\\](1) \\\\\\[x\\\\\\]" (line 11) instead.'
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'rules/ordering.exo.json', uriBaseId: '%SRCROOT%' },
            region: { startLine: 23, startColumn: 15, endLine: 23, endColumn: 49 }
          }
        }
      ],
      relatedLocations: [
        {
          id: 1,
          physicalLocation: {
            artifactLocation: { uri: 'rules/ordering.exo.json', uriBaseId: '%SRCROOT%' },
            region: { startLine: 11, startColumn: 15, endLine: 11, endColumn: 43 }
          },
          message: {
            text: 'An earlier rule that decides some of these connections with the other action.'
          }
        }
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: `${fingerprintBase(f)}:1` },
      properties: { pointer: '/ClientAccessRules/3/Name' }
    })
    expect(FINGERPRINT_KEY).toBe('exoAccessGate/v1')
    expect(r.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{32}:1$/)
  })

  it('marks a suppressed finding with an external suppression and its reason, display-escaped', () => {
    const suppressed = runOf.results.filter((r) => r.suppressions)
    expect(suppressed.map((r) => [r.ruleId, r.level, r.suppressions])).toEqual([
      [
        'EXO107',
        'note',
        [
          {
            kind: 'external',
            justification: 'Kept until the [migration](1) ends \\ @team #12 <b>\\u202E'
          }
        ]
      ]
    ])
  })

  it('gives repo-relative, percent-encoded URIs under %SRCROOT%', () => {
    const uris = [
      ...new Set(runOf.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri))
    ]
    expect(uris.filter((u) => u.startsWith('rules/') || u.startsWith('.'))).toEqual([
      'rules/back%5Cslash%3Acolon%3Bsemi%40at.exo.json',
      'rules/kitchen%20sink%20%231%20%5Bx%5D(1)%20100%25%3F.exo.json',
      'rules/ordering.exo.json',
      'rules/%C3%BCn%C3%AFc%C3%B8d%C3%A9/%E6%97%A5%E6%9C%AC%20%3Cb%3E.exo.json',
      '.exo-access-gate.json'
    ])
    for (const r of runOf.results) {
      const loc = r.locations[0]!.physicalLocation.artifactLocation
      expect(loc.uriBaseId).toBe('%SRCROOT%')
      expect(loc.uri).toMatch(RELATIVE_REF)
    }
  })

  it('gives every finding its own fingerprint', () => {
    const prints = runOf.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]!)
    expect(new Set(prints).size).toBe(prints.length)
  })

  it('is byte-for-byte the same for the same result', () => {
    expect(sarif(realisticResult(), OPTIONS)).toBe(sarif(result, OPTIONS))
  })
})

describe('sarif: options and edge cases', () => {
  const empty: LintResult = {
    files: [],
    summary: { files: 0, errors: 0, warnings: 0, notices: 0, suppressed: 0 }
  }

  it('leaves out semanticVersion when the version is not SemVer', () => {
    const driver = parse(sarif(empty, { ...OPTIONS, toolVersion: '0.1.0-dev+g1a2b3c' })).runs[0]!
      .tool.driver
    expect(driver.semanticVersion).toBe('0.1.0-dev+g1a2b3c')
    const loose = parse(sarif(empty, { ...OPTIONS, toolVersion: '0.1' })).runs[0]!.tool.driver
    expect(loose.version).toBe('0.1')
    expect('semanticVersion' in loose).toBe(false)
  })

  it('takes every link from the options (GitHub Enterprise Server)', () => {
    const text = sarif(empty, {
      ...OPTIONS,
      docsBase: 'https://ghe.example.com/o/r/blob/v1.2.3/docs/checks/'
    })
    expect(text).not.toContain('github.com')
    expect(parse(text).runs[0]!.tool.driver.rules[0]!.helpUri).toBe(
      'https://ghe.example.com/o/r/blob/v1.2.3/docs/checks/EXO001.md'
    )
    expect(parse(text).runs[0]!.results).toEqual([])
  })

  it('refuses relative links, which SARIF forbids for help and information URIs', () => {
    expect(() => sarif(empty, { ...OPTIONS, docsBase: 'docs/checks/' })).toThrow(
      'sarif: docsBase must be an absolute URL, got "docs/checks/EXO001.md"'
    )
    expect(() => sarif(empty, { ...OPTIONS, informationUri: '' })).toThrow(
      'sarif: informationUri must be an absolute URL, got ""'
    )
  })

  it('encodes file names segment by segment', () => {
    expect(fileUri('a/b.exo.json')).toEqual({ uri: 'a/b.exo.json', relative: true })
    expect(fileUri('./a//b/./c d.json')).toEqual({ uri: 'a/b/c%20d.json', relative: true })
    expect(fileUri('x:y/%41#?.json')).toEqual({ uri: 'x%3Ay/%2541%23%3F.json', relative: true })
    expect(fileUri('a\\b.json')).toEqual({ uri: 'a%5Cb.json', relative: true })
    expect(fileUri('bad\ud800.json')).toEqual({ uri: 'bad%EF%BF%BD.json', relative: true })
    expect(fileUri('/home/u/r/a b.json')).toEqual({
      uri: 'file:///home/u/r/a%20b.json',
      relative: false
    })
    expect(fileUri('C:/r/a.json')).toEqual({ uri: 'file:///C:/r/a.json', relative: false })
    // Windows paths: backslashes separate, the drive letter is upper-cased
    expect(fileUri('d:\\rules\\a b#1.json')).toEqual({
      uri: 'file:///D:/rules/a%20b%231.json',
      relative: false
    })
    expect(fileUri('\\\\fileserver\\share\\r\\a.json')).toEqual({
      uri: 'file://fileserver/share/r/a.json',
      relative: false
    })
    // not a host name: a relative name whose backslashes are characters
    expect(fileUri('\\\\a b\\c.json')).toEqual({ uri: '%5C%5Ca%20b%5Cc.json', relative: true })
    // a file outside the workspace, as path.relative names it, stays relative
    expect(fileUri('../other/a.json')).toEqual({ uri: '../other/a.json', relative: true })
    expect(fileUri('C:file.json')).toEqual({ uri: 'C%3Afile.json', relative: true })
  })

  it('keeps every rule description within GitHub’s 1,024 characters', () => {
    const rules = parse(sarif(empty, OPTIONS)).runs[0]!.tool.driver.rules
    for (const r of rules) {
      for (const key of ['shortDescription', 'fullDescription'] as const) {
        const text = (r[key] as { text: string }).text
        expect(text.length).toBeLessThanOrEqual(MAX_DESCRIPTION)
        expect(text).toMatch(/\.$/)
      }
    }
    expect(MAX_DESCRIPTION).toBe(1024)
    expect(capText('abc', 3)).toBe('abc')
    expect(capText('abcd', 3)).toBe('ab…')
    expect(capText('x'.repeat(2000))).toBe('x'.repeat(1023) + '…')
    // a surrogate pair is never cut in half
    expect(capText('ab\u{1F600}cd', 4)).toBe('ab…')
    expect(capText('a\u{1F600}cd', 4)).toBe('a\u{1F600}…')
  })

  it('escapes embedded-link syntax and shows hidden characters in message text', () => {
    expect(sarifText('Rule "[x](1)" \\ ok.')).toBe('Rule "\\[x\\](1)" \\\\ ok.')
    expect(sarifText('a\u202Eb\nc')).toBe('a\\\\u202Eb\\\\u000Ac')
    expect(unescapeSarif(sarifText('a\u202Eb'))).toBe(display('a\u202Eb'))
  })

  it('gives an absolute file name a file: URI without a uriBaseId', () => {
    const f = finding({ file: '/abs/a.exo.json' })
    const r = parse(sarif(resultOf([f]), OPTIONS)).runs[0]!.results[0]!
    expect(r.locations[0]!.physicalLocation.artifactLocation).toEqual({
      uri: 'file:///abs/a.exo.json'
    })
  })
})

// ---------------------------------------------------------------------------------------------
// Properties (fast-check, fixed seed: a failure prints the seed and the shrunk counterexample).
// ---------------------------------------------------------------------------------------------

const SEED = 20_261_124

function finding(over: Partial<Finding> = {}): Finding {
  return baseFinding({
    id: 'EXO103',
    slug: 'shadowed-rule',
    message: 'm.',
    file: 'a.exo.json',
    column: 5,
    endColumn: 9,
    docsUrl: DOCS_BASE + 'EXO103.md',
    messageId: 'shadowed',
    ...over
  })
}

/** Offsets outside strings just before a structural character: whitespace may go there. */
function gaps(text: string): number[] {
  const out: number[] = []
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') {
      out.push(i)
      inString = true
    } else if ('{}[],:'.includes(c)) out.push(i)
  }
  return out
}

/** `file → fingerprint list` of a text, keyed by what a fingerprint must not depend on. */
function prints(file: string, text: string) {
  const result = run({ [file]: enc.encode(text) })
  const log = parse(sarif(result, OPTIONS))
  return {
    lines: result.files[0]!.findings.map((f) => f.line),
    prints: log.runs[0]!.results.map((r) => `${r.ruleId} ${r.partialFingerprints[FINGERPRINT_KEY]}`)
  }
}

describe('sarif: fingerprints (properties)', () => {
  const whitespace = fc.constantFrom(' ', '\t', '\n', '\r\n', '\n\n\n')

  for (const [name, text] of [
    ['kitchen sink', KITCHEN_SINK],
    ['ordering', ORDERING]
  ] as const) {
    it(`stay the same when lines shift (${name})`, () => {
      const before = prints('f.exo.json', text)
      expect(before.prints.length).toBeGreaterThan(8)
      const at = gaps(text)
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.constantFrom(...at), whitespace), { minLength: 1, maxLength: 12 }),
          (inserts) => {
            // insert from the end so earlier offsets stay valid
            let shifted = text
            for (const [offset, ws] of [...inserts].sort((a, b) => b[0] - a[0]))
              shifted = shifted.slice(0, offset) + ws + shifted.slice(offset)
            const after = prints('f.exo.json', shifted)
            expect(after.prints).toEqual(before.prints)
          }
        ),
        { seed: SEED, numRuns: 60 }
      )
    })
  }

  it('actually see moved lines in that test (a newline at the top moves every finding)', () => {
    const before = prints('f.exo.json', ORDERING)
    const after = prints('f.exo.json', ORDERING.replace('{', '{\n\n'))
    expect(after.lines).toEqual(before.lines.map((l) => l + 2))
    expect(after.prints).toEqual(before.prints)
  })

  it('differ for the findings of one line, and follow that line when it moves', () => {
    const text = `{
  "Target": "ExchangeServer",
  "ClientAccessRules": [
    { "Name": "A", "Action": "DenyAccess", "AnyOfProtocols": ["IMAP4", "IMAP4", "POP3", "POP3"], "Priority": 1 }
  ]
}
`
    const before = prints('one-line.exo.json', text)
    expect(before.lines).toEqual([4, 4, 4, 4, 4, 4, 4])
    expect(before.prints.map((p) => p.split(' ')[0])).toEqual([
      'EXO104',
      'EXO310',
      'EXO310',
      'EXO311',
      'EXO310',
      'EXO310',
      'EXO311'
    ])
    expect(new Set(before.prints).size).toBe(7)
    const moved = text.replace('"ClientAccessRules": [\n', '"ClientAccessRules": [\n\n\n\n')
    const after = prints('one-line.exo.json', moved)
    expect(after.lines).toEqual([7, 7, 7, 7, 7, 7, 7])
    expect(after.prints).toEqual(before.prints)
  })

  it('change when the finding changes: another file, pointer, check, template or value', () => {
    const f = finding({ data: { rule: 'A', line: 4, earlier: '"B" (line 2)' } })
    const base = fingerprintBase(f)
    expect(fingerprintBase({ ...f, line: 90, endLine: 90, column: 1 })).toBe(base)
    expect(fingerprintBase({ ...f, data: { ...f.data, line: 7, earlier: '"B" (line 9)' } })).toBe(
      base
    )
    expect(fingerprintBase({ ...f, severity: 'notice', suppressed: true })).toBe(base)
    expect(fingerprintBase({ ...f, message: 'other words.' })).toBe(base)
    const changed = [
      { ...f, file: 'b.exo.json' },
      { ...f, pointer: '/ClientAccessRules/1/Name' },
      { ...f, id: 'EXO105' },
      { ...f, messageId: 'other' },
      { ...f, data: { ...f.data, rule: 'C' } },
      { ...f, data: { ...f.data, earlier: '"D" (line 2)' } }
    ].map(fingerprintBase)
    expect(new Set([base, ...changed]).size).toBe(7)
  })

  it('are distinct for distinct findings, even ones that agree on everything but position', () => {
    const arb = fc.record({
      id: fc.constantFrom(...CHECKS.map((c) => c.id)),
      file: fc.constantFrom('a.exo.json', 'b/c.exo.json'),
      pointer: fc.constantFrom('', '/Target', '/ClientAccessRules/0', '/ClientAccessRules/0/Name'),
      messageId: fc.constantFrom('m1', 'm2'),
      data: fc.dictionary(fc.constantFrom('rule', 'line', 'value'), fc.constantFrom('x', 'y', 3)),
      line: fc.integer({ min: 1, max: 50 })
    })
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 40 }), (rows) => {
        const findings = rows.map((r) => finding({ ...r, endLine: r.line }))
        const results = parse(sarif(resultOf(findings), OPTIONS)).runs[0]!.results
        const all = results.map((r) => r.partialFingerprints[FINGERPRINT_KEY])
        expect(results).toHaveLength(findings.length)
        expect(new Set(all).size).toBe(all.length)
      }),
      { seed: SEED, numRuns: 200 }
    )
  })
})

describe('sarif: hostile file names and messages (properties)', () => {
  /** Characters no channel may carry raw: controls, line/paragraph separators, bidi controls. */
  const RAW_UNSAFE =
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/

  const hostile = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({
      unit: fc.constantFrom(
        '[',
        ']',
        '(',
        ')',
        '\\',
        '/',
        '%',
        '#',
        '?',
        ':',
        ' ',
        '\u202E',
        '\n',
        '\ud800',
        '@',
        '<',
        '`',
        'a',
        'C',
        '.'
      ),
      maxLength: 30
    })
  )

  it('round-trip as valid JSON with valid URIs and escaped texts', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            file: hostile,
            pointer: hostile,
            message: hostile,
            related: hostile,
            reason: fc.option(hostile, { nil: undefined })
          }),
          { minLength: 1, maxLength: 5 }
        ),
        (rows) => {
          const findings = rows.map((r) =>
            finding({
              file: r.file,
              pointer: r.pointer,
              message: r.message,
              related: [
                { pointer: '', line: 1, column: 1, endLine: 1, endColumn: 2, message: r.related }
              ],
              ...(r.reason === undefined
                ? {}
                : { suppressed: true, suppression: { reason: r.reason } })
            })
          )
          const text = sarif(resultOf(findings), OPTIONS)
          expect(text).not.toMatch(RAW_UNSAFE)
          const results = parse(text).runs[0]!.results
          const expected = resultOf(findings).files.flatMap((f) => f.findings)
          expect(results).toHaveLength(expected.length)
          results.forEach((r, i) => {
            const f = expected[i]!
            expect(unescapeSarif(r.message.text)).toBe(display(f.message, Number.MAX_SAFE_INTEGER))
            // machine data (the pointer) comes back exactly, whatever it holds
            expect(r.properties).toEqual({ pointer: f.pointer })
            expect(unescapeSarif(r.relatedLocations![0]!.message.text)).toBe(
              display(f.related![0]!.message, Number.MAX_SAFE_INTEGER)
            )
            // no unescaped bracket or lone backslash is left to start an embedded link
            expect(r.message.text.replace(/\\[\\[\]]/g, '')).not.toMatch(/[[\]\\]/)
            if (f.suppressed) {
              expect(r.suppressions).toEqual([
                { kind: 'external', justification: display(f.suppression!.reason, 1000) }
              ])
            } else expect(r.suppressions).toBeUndefined()
            const { uri, uriBaseId } = r.locations[0]!.physicalLocation.artifactLocation
            if (/^(?:\/|[A-Za-z]:[\\/]|\\\\[A-Za-z0-9._-]+[\\/])/.test(f.file)) {
              // POSIX, drive-letter and UNC paths: an absolute file: URI, no base
              expect(uri).toMatch(/^file:\/\/[^/]*\//)
              expect(new URL(uri).protocol).toBe('file:')
              expect(uriBaseId).toBeUndefined()
            } else {
              expect(uriBaseId).toBe('%SRCROOT%')
              if (uri !== '') expect(uri).toMatch(RELATIVE_REF)
              // decoding gives the name back (lone surrogates as U+FFFD; "." and "" dropped)
              const wanted = f.file
                .replace(
                  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
                  '\ufffd'
                )
                .split('/')
                .filter((s) => s !== '' && s !== '.')
              expect(uri === '' ? [] : uri.split('/').map(decodeURIComponent)).toEqual(wanted)
            }
          })
        }
      ),
      { seed: SEED, numRuns: 300 }
    )
  })
})
