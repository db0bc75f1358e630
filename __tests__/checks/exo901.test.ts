import { describe, expect, it } from 'vitest'
import { loadConfig, unusedSuppressions } from '../../src/engine/config.js'
import type { RunOutcome } from '../../src/engine/run.js'
import type { Finding } from '../../src/engine/types.js'
import { gateIn, lint } from '../helpers.js'

const CONFIG = '.exo-access-gate.json'
const encoder = new TextEncoder()

/**
 * A valid rule set of `count` rules whose rule `bad` has `"Priority": <bad>.0` (EXO006), on line
 * `bad + 4`, column 57 for one-digit indexes. Rule `i` allows only the client address
 * `203.0.113.<i>`, so every rule decides connections of its own (none is redundant).
 */
function rules(count: number, bad: number): string {
  const lines = Array.from(
    { length: count },
    (_, i) =>
      `    {"Name": "r${i}", "Action": "AllowAccess", "Priority": ${i === bad ? `${i}.0` : i}, "AnyOfClientIPAddressesOrRanges": ["203.0.113.${i}"]}`
  )
  return `{\n  "Target": "ExchangeServer",\n  "ClientAccessRules": [\n${lines.join(',\n')}\n  ]\n}\n`
}

/** Runs the gate on a temporary workspace holding the config file and the given files. */
const gate = (config: string, files: Record<string, string>) => gateIn(config, files)

/** The findings of one file of a run, reduced to what the tests assert. */
function findingsIn(outcome: RunOutcome, file: string) {
  return (outcome.result.files.find((f) => f.file === file)?.findings ?? []).map(brief)
}

function brief(f: Finding) {
  return {
    id: f.id,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    messageId: f.messageId,
    data: f.data,
    suppressed: f.suppressed,
    ...(f.suppression ? { suppression: f.suppression } : {})
  }
}

/** The EXO901 finding for the suppression whose `{` is at `line`, column 5. */
const unused = (line: number, id: string, scope = '') => ({
  id: 'EXO901',
  severity: 'warning',
  file: CONFIG,
  line,
  column: 5,
  messageId: 'unused',
  data: { id, scope },
  suppressed: false
})

/** The EXO006 finding of `rules(…, 0)` in `file`. */
const exo006 = (file: string, suppression?: string) => ({
  id: 'EXO006',
  severity: 'warning',
  file,
  line: 4,
  column: 57,
  messageId: 'notPlain',
  data: { raw: '0.0', plain: '0' },
  suppressed: suppression !== undefined,
  ...(suppression !== undefined ? { suppression: { reason: suppression } } : {})
})

describe('EXO901 unused-suppression', () => {
  describe('suppressions that match', () => {
    it('marks the finding suppressed with its reason, and is not EXO901', async () => {
      const config = `{
  "suppressions": [
    { "id": "EXO006", "pointer": "/ClientAccessRules/0/Priority", "reason": "exported by a script" }
  ]
}`
      const outcome = await gate(config, { 'rules/a.exo.json': rules(2, 0) })
      expect(findingsIn(outcome, 'rules/a.exo.json')).toEqual([
        exo006('rules/a.exo.json', 'exported by a script')
      ])
      expect(findingsIn(outcome, CONFIG)).toEqual([])
      expect(outcome.result.summary).toEqual({
        files: 1,
        errors: 0,
        warnings: 0,
        notices: 0,
        suppressed: 1
      })
      expect(outcome.verdict).toBe('pass')
    })

    it.each([
      ['by ID alone', ''],
      ['by a pointer prefix', ', "pointer": "/ClientAccessRules"'],
      ['by the exact pointer', ', "pointer": "/ClientAccessRules/0/Priority"'],
      ['by the root pointer', ', "pointer": ""'],
      ['by a path glob', ', "path": "rules/**/*.exo.json"'],
      ['by the file name', ', "path": "rules/deep/a.exo.json"']
    ])('matches %s', async (_how, narrowing) => {
      const config = `{
  "failOn": "warning",
  "suppressions": [
    { "id": "EXO006"${narrowing}, "reason": "accepted" }
  ]
}`
      const outcome = await gate(config, { 'rules/deep/a.exo.json': rules(1, 0) })
      expect(findingsIn(outcome, 'rules/deep/a.exo.json')).toEqual([
        exo006('rules/deep/a.exo.json', 'accepted')
      ])
      expect(findingsIn(outcome, CONFIG)).toEqual([])
      expect(outcome.verdict).toBe('pass')
    })
  })

  describe('suppressions that match nothing', () => {
    it('reports a suppression of a check with no finding, at the suppression in the config file', async () => {
      const config = `{
  "suppressions": [
    { "id": "EXO006", "reason": "used" },
    {
      "id": "EXO005",
      "reason": "stale"
    }
  ]
}`
      const outcome = await gate(config, { 'rules/a.exo.json': rules(1, 0) })
      expect(findingsIn(outcome, CONFIG)).toEqual([unused(4, 'EXO005')])
      expect(findingsIn(outcome, 'rules/a.exo.json')).toEqual([exo006('rules/a.exo.json', 'used')])
      expect(outcome.verdict).toBe('pass')
    })

    it('matches pointers segment-wise: /ClientAccessRules/1 does not cover /ClientAccessRules/10', async () => {
      const config = `{
  "suppressions": [
    { "id": "EXO006", "pointer": "/ClientAccessRules/1", "reason": "rule 1 only" }
  ]
}`
      const outcome = await gate(config, { 'a.exo.json': rules(11, 10) })
      expect(findingsIn(outcome, 'a.exo.json')).toEqual([
        {
          ...exo006('a.exo.json'),
          line: 14,
          column: 58,
          data: { raw: '10.0', plain: '10' }
        }
      ])
      expect(findingsIn(outcome, CONFIG)).toEqual([
        unused(3, 'EXO006', ' at "/ClientAccessRules/1"')
      ])
    })

    it('matches a pointer prefix as a whole segment, not as text', async () => {
      const config = `{
  "suppressions": [
    { "id": "EXO006", "pointer": "/ClientAccessRules/0/Prio", "reason": "half a key" }
  ]
}`
      const outcome = await gate(config, { 'a.exo.json': rules(1, 0) })
      expect(findingsIn(outcome, 'a.exo.json')).toEqual([exo006('a.exo.json')])
      expect(findingsIn(outcome, CONFIG)).toEqual([
        unused(3, 'EXO006', ' at "/ClientAccessRules/0/Prio"')
      ])
    })

    it('narrows by path glob: a finding in another file is neither suppressed nor a match', async () => {
      const config = `{
  "suppressions": [
    { "id": "EXO006", "path": "tenants/lab/*.exo.json", "reason": "lab tenant" }
  ]
}`
      const outcome = await gate(config, {
        'tenants/prod/a.exo.json': rules(1, 0),
        'tenants/lab/deep/b.exo.json': rules(1, 0)
      })
      expect(findingsIn(outcome, 'tenants/prod/a.exo.json')).toEqual([
        exo006('tenants/prod/a.exo.json')
      ])
      expect(findingsIn(outcome, 'tenants/lab/deep/b.exo.json')).toEqual([
        exo006('tenants/lab/deep/b.exo.json')
      ])
      expect(findingsIn(outcome, CONFIG)).toEqual([
        unused(3, 'EXO006', ' in "tenants/lab/*.exo.json"')
      ])
    })

    it('narrows by path glob: the matching file is suppressed, the other is not', async () => {
      const config = `{
  "suppressions": [
    { "id": "EXO006", "path": "tenants/lab/*.exo.json", "reason": "lab tenant" }
  ]
}`
      const outcome = await gate(config, {
        'tenants/prod/a.exo.json': rules(1, 0),
        'tenants/lab/b.exo.json': rules(1, 0)
      })
      expect(findingsIn(outcome, 'tenants/lab/b.exo.json')).toEqual([
        exo006('tenants/lab/b.exo.json', 'lab tenant')
      ])
      expect(findingsIn(outcome, 'tenants/prod/a.exo.json')).toEqual([
        exo006('tenants/prod/a.exo.json')
      ])
      expect(findingsIn(outcome, CONFIG)).toEqual([])
    })

    it('fails the gate when EXO901 is raised to an error, and drops it when "off"', async () => {
      const config = (level: string) => `{
  "severity": { "EXO901": "${level}" },
  "suppressions": [
    { "id": "EXO005", "reason": "stale" }
  ]
}`
      const raised = await gate(config('error'), { 'a.exo.json': rules(1, -1) })
      expect(findingsIn(raised, CONFIG)).toEqual([{ ...unused(4, 'EXO005'), severity: 'error' }])
      expect(raised.verdict).toBe('fail')
      const off = await gate(config('off'), { 'a.exo.json': rules(1, -1) })
      expect(findingsIn(off, CONFIG)).toEqual([])
      expect(off.verdict).toBe('pass')
    })
  })

  describe('the engine functions', () => {
    it('unusedSuppressions reports exactly the suppressions lint did not use', () => {
      const text = `{
  "suppressions": [
    { "id": "EXO006", "reason": "used" },
    { "id": "EXO002", "reason": "unused" }
  ]
}`
      const loaded = loadConfig('cfg/gate.json', encoder.encode(text))
      expect(loaded.findings).toEqual([])
      const findings = lint(rules(1, 0), loaded.config)
      expect(findings.map((f) => [f.id, f.suppressed, f.suppression])).toEqual([
        ['EXO006', true, { reason: 'used' }]
      ])
      expect(unusedSuppressions(loaded).map(brief)).toEqual([
        { ...unused(4, 'EXO002'), file: 'cfg/gate.json' }
      ])
    })

    it('reports nothing before any suppression is declared', () => {
      const loaded = loadConfig(CONFIG, encoder.encode('{ "failOn": "warning" }'))
      lint(rules(1, 0), loaded.config)
      expect(unusedSuppressions(loaded)).toEqual([])
    })
  })
})
