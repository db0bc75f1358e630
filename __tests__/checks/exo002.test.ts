import { describe, expect, it } from 'vitest'
import { findingsOf, lint } from '../helpers.js'

/** One EXO002 finding, as `findingsOf` reports it. */
const exo002 = (
  line: number,
  column: number,
  messageId: 'exact' | 'escaped' | 'caseVariant',
  data: Record<string, string | number>
) => ({ id: 'EXO002', severity: 'error', line, column, messageId, data })

/** The findings of every check, reduced to ID and position. */
const all = (text: string) => lint(text).map((f) => [f.id, f.line, f.column, f.messageId])

describe('EXO002 duplicate-key', () => {
  describe('valid documents', () => {
    it('accepts the same key in different objects', () => {
      const text = `{
  "Target": "ExchangeServer",
  "ClientAccessRules": [
    {"Name": "Allow admins", "Action": "AllowAccess", "AnyOfProtocols": ["RemotePowerShell"]},
    {"Name": "Block the rest", "Action": "DenyAccess", "AnyOfProtocols": ["ExchangeAdminCenter"]}
  ]
}`
      expect(findingsOf('EXO002', text)).toEqual([])
    })

    it('accepts a key and the same text as a value, and a key repeated at another level', () => {
      const text = `{
  "ClientAccessRules": [{"Name": "Name", "Action": "DenyAccess"}],
  "Tests": [{"Name": "Name", "Protocol": "REST", "Expect": "DenyAccess"}]
}`
      expect(findingsOf('EXO002', text)).toEqual([])
    })

    it('accepts keys that differ in more than case', () => {
      const text = '{"ClientAccessRules": [{"Name": "a", "Action": "DenyAccess"}], "Targets": 1}'
      expect(findingsOf('EXO002', text)).toEqual([])
    })
  })

  describe('duplicates', () => {
    it('reports an exact duplicate at the second key, naming the line of the first', () => {
      const text = `{
  "ActiveSyncOrganizationSettings": {"DefaultAccessLevel": "Allow"},
  "ActiveSyncOrganizationSettings": {"DefaultAccessLevel": "Block"}
}`
      expect(findingsOf('EXO002', text)).toEqual([
        exo002(3, 3, 'exact', {
          key: 'ActiveSyncOrganizationSettings',
          first: 'ActiveSyncOrganizationSettings',
          line: 2
        })
      ])
    })

    it('reports a duplicate that is the same once its escapes are decoded', () => {
      const text = `{
  "ClientAccessRules": [{
    "Name": "Allow admins",
    "N\\u0061me": "Block everyone",
    "Action": "DenyAccess"
  }]
}`
      expect(findingsOf('EXO002', text)).toEqual([
        exo002(4, 5, 'escaped', { key: 'N\\u0061me', first: 'Name', line: 3 })
      ])
    })

    it('reports keys that differ only in case (PowerShell reads them as one)', () => {
      const text = `{
  "ClientAccessRules": [{
    "Name": "Block OWA",
    "Action": "AllowAccess",
    "action": "DenyAccess"
  }]
}`
      expect(findingsOf('EXO002', text)).toEqual([
        exo002(5, 5, 'caseVariant', { key: 'action', first: 'Action', line: 4 })
      ])
    })

    it('reports each later duplicate of three at its own key, naming the first', () => {
      const text = `{
  "ClientAccessRules": [{
    "Name": "one", "Action": "DenyAccess",
    "Name": "two",
      "Name": "three"
  }]
}`
      expect(findingsOf('EXO002', text)).toEqual([
        exo002(4, 5, 'exact', { key: 'Name', first: 'Name', line: 3 }),
        exo002(5, 7, 'exact', { key: 'Name', first: 'Name', line: 3 })
      ])
    })

    it('reports duplicates in nested objects', () => {
      const text = `{
  "ActiveSyncOrganizationSettings": {
    "DefaultAccessLevel": "Allow", "DefaultAccessLevel": "Block"
  },
  "Tests": [{"Protocol": "REST", "Expect": "AllowAccess",
    "User": {"Department": "IT", "department": "HR"}}]
}`
      expect(findingsOf('EXO002', text)).toEqual([
        exo002(3, 36, 'exact', {
          key: 'DefaultAccessLevel',
          first: 'DefaultAccessLevel',
          line: 3
        }),
        exo002(6, 34, 'caseVariant', { key: 'department', first: 'Department', line: 6 })
      ])
    })

    it('reports a duplicate inside an unknown property too', () => {
      const text =
        '{"ActiveSyncOrganizationSettings": {"DefaultAccessLevel": "Allow"},\n "X": {"a": 1, "a": 2}}'
      expect(findingsOf('EXO002', text)).toEqual([
        exo002(2, 16, 'exact', { key: 'a', first: 'a', line: 2 })
      ])
    })
  })

  describe('one mistake, one finding', () => {
    it('does not also report a case-variant key as an unknown property', () => {
      const text = `{
  "Target": "ExchangeServer",
  "ClientAccessRules": [{
    "Name": "Block OWA",
    "Action": "DenyAccess",
    "action": "DenyAccess"
  }]
}`
      expect(all(text)).toEqual([['EXO002', 6, 5, 'caseVariant']])
    })

    it('gives nothing but EXO002 for a repeated valid member', () => {
      const text = `{
  "Target": "ExchangeServer",
  "ClientAccessRules": [{
    "Name": "Block EAC", "Action": "DenyAccess", "AnyOfProtocols": ["ExchangeAdminCenter"],
    "Action": "AllowAccess"
  }]
}`
      expect(all(text)).toEqual([['EXO002', 5, 5, 'exact']])
    })
  })
})
