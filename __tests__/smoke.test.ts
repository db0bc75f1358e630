import { describe, expect, it } from 'vitest'
import { loadConfig } from '../src/engine/config.js'
import { findingsOf, lint } from './helpers.js'

describe('engine smoke', () => {
  it('accepts a minimal valid document', () => {
    expect(lint('{"ActiveSyncOrganizationSettings":{"DefaultAccessLevel":"Allow"}}')).toEqual([])
  })
  it('reports a syntax error at its position', () => {
    expect(findingsOf('EXO001', '{\n  "A": 1,\n}')).toEqual([
      {
        id: 'EXO001',
        severity: 'error',
        line: 2,
        column: 9,
        messageId: 'trailingComma',
        data: { token: '}' }
      }
    ])
  })
})

describe('one mistake, one finding', () => {
  it('a case-variant repeated key is EXO002 only, not also an unknown property', () => {
    const text =
      '{"Target":"ExchangeServer","ClientAccessRules":[{"Name":"x","Action":"DenyAccess","action":"AllowAccess"}]}'
    expect(lint(text).map((f) => [f.id, f.messageId, f.column])).toEqual([
      ['EXO002', 'caseVariant', 83]
    ])
  })
})

describe('config file mistakes', () => {
  const enc = new TextEncoder()
  it('names a malformed check ID under "severity" at the key', () => {
    const loaded = loadConfig(
      '.exo-access-gate.json',
      enc.encode('{\n  "severity": { "exo006": "off" }\n}')
    )
    expect(loaded.findings.map((f) => [f.id, f.line, f.column, f.message])).toEqual([
      [
        'EXO902',
        2,
        17,
        'The config file is not valid: Value "exo006" is not a check ID of the form "EXONNN".'
      ]
    ])
  })
  it('treats a blank reason as a missing one', () => {
    const loaded = loadConfig(
      '.exo-access-gate.json',
      enc.encode('{"suppressions":[{"id":"EXO006","reason":"   "}]}')
    )
    expect(loaded.findings.map((f) => [f.messageId, f.column, f.data])).toEqual([
      ['missingReason', 42, { id: 'EXO006' }]
    ])
  })
})

describe('prototype names', () => {
  it('"constructor" as a key or value is a finding, never a crash', () => {
    const text =
      '{"ActiveSyncOrganizationSettings":{"DefaultAccessLevel":"constructor"},"constructor":{}}'
    expect(lint(text).map((f) => [f.id, f.messageId])).toEqual([
      ['EXO003', 'enum'],
      ['EXO003', 'forbiddenKey']
    ])
  })
  it('reports every missing required property of one object', () => {
    expect(findingsOf('EXO003', '{"ClientAccessRules":[{}]}').map((f) => f.data.property)).toEqual([
      'Action',
      'Name'
    ])
  })
})
