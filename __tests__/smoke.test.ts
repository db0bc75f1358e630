import { describe, expect, it } from 'vitest'
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
