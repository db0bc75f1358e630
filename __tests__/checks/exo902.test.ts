import { describe, expect, it } from 'vitest'
import { defaultConfig, loadConfig } from '../../src/engine/config.js'
import type { RunOutcome } from '../../src/engine/run.js'
import type { Finding } from '../../src/engine/types.js'
import { gateIn } from '../helpers.js'

const CONFIG = '.exo-access-gate.json'
const encoder = new TextEncoder()

/** A rule set with one EXO003 error (line 4, column 50) and one EXO006 warning (line 5, column 17). */
const FLAWED = `{
  "Target": "ExchangeServer",
  "ClientAccessRules": [{
    "Name": "Block EAC", "Action": "DenyAccess", "Colour": "red",
    "Priority": 1.0
  }]
}
`
/** A rule set without findings. */
const CLEAN = '{"ActiveSyncOrganizationSettings": {"DefaultAccessLevel": "Allow"}}\n'

/** Runs the gate on a temporary workspace; `config` undefined = no config file. */
const gate = (
  config: string | Uint8Array | undefined,
  files: Record<string, string> = { 'rules/a.exo.json': FLAWED }
) => gateIn(config, files)

function brief(f: Finding) {
  return {
    id: f.id,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    messageId: f.messageId,
    data: f.data
  }
}

/** The findings of one file of a run, reduced to what the tests assert. */
function findingsIn(outcome: RunOutcome, file: string) {
  return (outcome.result.files.find((f) => f.file === file)?.findings ?? []).map(brief)
}

/** The EXO902 findings of a config file read by `loadConfig`. */
function configFindings(text: string | Uint8Array) {
  const bytes = typeof text === 'string' ? encoder.encode(text) : text
  return loadConfig(CONFIG, bytes).findings.map(brief)
}

const exo902 = (
  line: number,
  column: number,
  messageId: string,
  data: Record<string, string | number>
) => ({ id: 'EXO902', severity: 'error', file: CONFIG, line, column, messageId, data })

/** FLAWED's findings under the built-in defaults. */
const DEFAULT_FINDINGS = [
  {
    id: 'EXO003',
    severity: 'error',
    file: 'rules/a.exo.json',
    line: 4,
    column: 50,
    messageId: 'unknownProperty',
    data: { property: 'Colour', where: 'client access rule "Block EAC"' }
  },
  {
    id: 'EXO006',
    severity: 'warning',
    file: 'rules/a.exo.json',
    line: 5,
    column: 17,
    messageId: 'notPlain',
    data: { raw: '1.0', plain: '1' }
  }
]

describe('EXO902 invalid-config', () => {
  describe('valid config files', () => {
    it('accepts a complete config file and applies it', async () => {
      const config = `{
  "$schema": "./node_modules/exo-access-gate/schemas/config.schema.json",
  "paths": ["rules/**/*.exo.json"],
  "failOn": "error",
  "severity": { "EXO003": "warning", "EXO006": "off" },
  "suppressions": [],
  "limits": { "maxFileBytes": 65536, "maxDepth": 16 }
}`
      expect(configFindings(config)).toEqual([])
      const outcome = await gate(config)
      expect(outcome.configInvalid).toBe(false)
      expect(outcome.configFile).toBe(CONFIG)
      // "off" drops EXO006; "warning" lowers EXO003, so the gate passes at failOn "error"
      expect(findingsIn(outcome, 'rules/a.exo.json')).toEqual([
        { ...DEFAULT_FINDINGS[0], severity: 'warning' }
      ])
      expect(findingsIn(outcome, CONFIG)).toEqual([])
      expect(outcome.verdict).toBe('pass')
    })

    it('raises a level with a severity override', async () => {
      const outcome = await gate('{ "severity": { "EXO006": "error" } }', {
        'a.exo.json':
          '{"Target": "ExchangeServer", "ClientAccessRules": [{"Name": "r", "Action": "AllowAccess", "Priority": -0}]}'
      })
      expect(findingsIn(outcome, 'a.exo.json').map((f) => [f.id, f.severity])).toEqual([
        ['EXO006', 'error']
      ])
      expect(outcome.verdict).toBe('fail')
      expect(outcome.configInvalid).toBe(false)
    })

    it('uses the defaults when there is no config file', async () => {
      const outcome = await gate(undefined)
      expect(outcome.configInvalid).toBe(false)
      expect(outcome.configFile).toBeUndefined()
      expect(findingsIn(outcome, 'rules/a.exo.json')).toEqual(DEFAULT_FINDINGS)
    })

    it('accepts an empty object', () => {
      expect(configFindings('{}')).toEqual([])
      expect(loadConfig(CONFIG, encoder.encode('{}')).config).toMatchObject({
        severity: {},
        suppressions: [],
        limits: defaultConfig().limits
      })
    })
  })

  describe('invalid config files', () => {
    it('reports bad JSON at its position', () => {
      expect(configFindings('{\n  "failOn": "error",\n}')).toEqual([
        exo902(2, 20, 'json', { detail: 'Trailing comma before "}": JSON does not allow one.' })
      ])
    })

    it('reports a comment at its position', () => {
      expect(configFindings('{\n  // gate settings\n  "failOn": "error"\n}')).toEqual([
        exo902(2, 3, 'json', { detail: 'Comments such as "//" are not allowed in JSON.' })
      ])
    })

    it('reports an empty config file', () => {
      expect(configFindings('')).toEqual([
        exo902(1, 1, 'json', { detail: 'The file is empty; a rule set is one JSON object.' })
      ])
    })

    it('reports a config file saved as UTF-16', () => {
      const bytes = Uint8Array.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])
      expect(configFindings(bytes)).toEqual([
        exo902(1, 1, 'json', {
          detail: 'The file is encoded as "UTF-16LE"; save it as UTF-8.'
        })
      ])
    })

    it('reports an unknown key at the key', () => {
      expect(configFindings('{\n  "failOn": "error",\n  "failon": "warning"\n}')).toEqual([
        exo902(3, 3, 'schema', {
          detail: 'Unknown property "failon" in the config file; the closest valid one is "failOn".'
        })
      ])
    })

    it('reports an unknown key inside limits', () => {
      expect(configFindings('{ "limits": {\n  "maxBytes": 10 } }')).toEqual([
        exo902(2, 3, 'schema', {
          detail: 'Unknown property "maxBytes" in "limits".'
        })
      ])
    })

    it('reports an unknown check ID in severity at the key', () => {
      expect(configFindings('{\n  "severity": {\n    "EXO999": "off"\n  }\n}')).toEqual([
        exo902(3, 5, 'unknownCheck', { id: 'EXO999' })
      ])
    })

    it('reports a malformed check ID in severity at the key', () => {
      expect(configFindings('{\n  "severity": { "exo006": "off" }\n}')).toEqual([
        exo902(2, 17, 'schema', {
          detail: 'Value "exo006" is not a check ID of the form "EXONNN".'
        })
      ])
    })

    it('reports a severity value that is not a level', () => {
      expect(configFindings('{\n  "severity": { "EXO006": "loud" }\n}')).toEqual([
        exo902(2, 27, 'schema', {
          detail: 'Value "loud" of "EXO006" is not one of "error", "warning", "notice" or "off".'
        })
      ])
    })

    it('reports an unknown check ID in a suppression at the ID', () => {
      const text = '{\n  "suppressions": [\n    { "id": "EXO999", "reason": "legacy" }\n  ]\n}'
      expect(configFindings(text)).toEqual([exo902(3, 13, 'unknownCheck', { id: 'EXO999' })])
    })

    it('reports a suppression without a reason at the suppression', () => {
      const text =
        '{\n  "suppressions": [\n    { "id": "EXO006", "pointer": "/ClientAccessRules/0" }\n  ]\n}'
      expect(configFindings(text)).toEqual([exo902(3, 5, 'missingReason', { id: 'EXO006' })])
    })

    it('reports a suppression with a blank reason at the reason', () => {
      const text = '{\n  "suppressions": [\n    { "id": "EXO006", "reason": "  " }\n  ]\n}'
      expect(configFindings(text)).toEqual([exo902(3, 33, 'missingReason', { id: 'EXO006' })])
    })

    it('reports each mistake once', () => {
      const text = `{
  "failOn": "errors",
  "suppressions": [
    { "id": "EXO006" },
    { "id": "EXO003", "reason": "ok", "pointr": "/x" }
  ]
}`
      const found = configFindings(text).map((f) => [f.line, f.column, f.messageId])
      expect(found.sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
        [2, 13, 'schema'],
        [4, 5, 'missingReason'],
        [5, 39, 'schema']
      ])
    })
  })

  describe('an invalid config file fails the run and is not used', () => {
    it('still reports every rule-set finding with the built-in defaults', async () => {
      // every part of this config would change the result if it were used
      const config = `{
  "failOn": "never",
  "severity": { "EXO003": "off", "EXO006": "error" },
  "suppressions": [{ "id": "EXO006", "reason": "accepted" }],
  "limits": { "maxDepth": 2 },
  "unknown": true
}`
      const outcome = await gate(config)
      expect(outcome.configInvalid).toBe(true)
      expect(outcome.verdict).toBe('fail')
      expect(outcome.configFile).toBe(CONFIG)
      expect(findingsIn(outcome, 'rules/a.exo.json')).toEqual(DEFAULT_FINDINGS)
      expect(findingsIn(outcome, CONFIG)).toEqual([
        exo902(6, 3, 'schema', { detail: 'Unknown property "unknown" in the config file.' })
      ])
      expect(outcome.result.summary).toEqual({
        files: 1,
        errors: 2,
        warnings: 1,
        notices: 0,
        suppressed: 0
      })
    })

    it('fails even when every rule set is clean', async () => {
      const outcome = await gate('{ "severity": { "EXO999": "off" } }', { 'a.exo.json': CLEAN })
      expect(findingsIn(outcome, 'a.exo.json')).toEqual([])
      expect(findingsIn(outcome, CONFIG)).toEqual([exo902(1, 17, 'unknownCheck', { id: 'EXO999' })])
      expect(outcome.configInvalid).toBe(true)
      expect(outcome.verdict).toBe('fail')
    })

    it('fails on a config file that is not JSON', async () => {
      const outcome = await gate('failOn: never\n', { 'a.exo.json': CLEAN })
      expect(findingsIn(outcome, CONFIG).map((f) => [f.id, f.line, f.column, f.messageId])).toEqual(
        [['EXO902', 1, 1, 'json']]
      )
      expect(outcome.configInvalid).toBe(true)
      expect(outcome.verdict).toBe('fail')
    })

    it('does not report its suppressions as unused (EXO901)', async () => {
      const config = '{ "suppressions": [{ "id": "EXO005", "reason": "x" }], "bogus": 1 }'
      const outcome = await gate(config, { 'a.exo.json': CLEAN })
      expect(findingsIn(outcome, CONFIG).map((f) => f.id)).toEqual(['EXO902'])
    })
  })
})
