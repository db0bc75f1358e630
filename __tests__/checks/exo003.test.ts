import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../../src/engine/types.js'
import { findingsOf, lint, ruleSet } from '../helpers.js'

/** One EXO003 finding, as `findingsOf` reports it. */
const exo003 = (
  line: number,
  column: number,
  messageId: string,
  data: Record<string, string | number>
) => ({ id: 'EXO003', severity: 'error', line, column, messageId, data })

/** The findings of every check, reduced to ID and position. */
const all = (text: string, config = {}) =>
  lint(text, config).map((f) => [f.id, f.line, f.column, f.messageId])

/** A rule set with one client access rule whose last line is `member` (line 2). */
const rule = (member: string, target = '"Target": "ExchangeServer", ') =>
  `{${target}"ClientAccessRules": [{"Name": "r", "Action": "DenyAccess",\n  ${member}}]}`

/** A rule set with one client access rule named `name` (on line 2). */
const named = (name: string) =>
  `{"ClientAccessRules": [{"Action": "DenyAccess",\n  "Name": "${name}"}]}`

const PRIORITY_RANGE = { property: 'Priority', min: '0', max: '2147483647' }

describe('EXO003 schema', () => {
  describe('valid documents', () => {
    it('accepts a complete rule set', () => {
      const text = ruleSet(
        [
          {
            Name: 'Allow admin PowerShell',
            Action: 'AllowAccess',
            Priority: 0,
            Enabled: true,
            Scope: 'All',
            AnyOfProtocols: ['RemotePowerShell', 'ExchangeAdminCenter'],
            AnyOfClientIPAddressesOrRanges: ['203.0.113.0/24'],
            UsernameMatchesAnyOfPatterns: ['contoso\\*admin*'],
            AnyOfAuthenticationTypes: ['NonBasicAuthentication']
          },
          {
            Name: 'Block OWA',
            Action: 'DenyAccess',
            Priority: 2147483647,
            AnyOfProtocols: ['OutlookWebApp'],
            UserRecipientFilter: "Department -eq 'Sales'"
          }
        ],
        {
          $schema: '../schemas/ruleset.schema.json',
          ActiveSyncDeviceAccessRules: [
            { Characteristic: 'DeviceType', QueryString: 'Outlook', AccessLevel: 'Block' }
          ],
          ActiveSyncOrganizationSettings: { DefaultAccessLevel: 'Allow' },
          Tests: [
            {
              Name: 'admins keep PowerShell',
              Protocol: 'RemotePowerShell',
              RemoteAddress: '203.0.113.7',
              User: { Department: 'IT' },
              MiddleTier: false,
              Expect: 'AllowAccess',
              ExpectRule: 'Allow admin PowerShell'
            },
            { Protocol: 'POP3', Expect: 'AllowAccess', ExpectRule: null }
          ]
        }
      )
      expect(findingsOf('EXO003', text)).toEqual([])
    })

    it('accepts each of the three top-level lists or settings on its own', () => {
      expect(
        findingsOf(
          'EXO003',
          '{"ActiveSyncOrganizationSettings": {"DefaultAccessLevel": "Quarantine"}}'
        )
      ).toEqual([])
      expect(
        findingsOf(
          'EXO003',
          '{"ActiveSyncDeviceAccessRules": [{"Characteristic": "UserAgent", "QueryString": "Outlook-iOS/2.0", "AccessLevel": "Allow"}]}'
        )
      ).toEqual([])
      expect(
        findingsOf('EXO003', '{"ClientAccessRules": [{"Name": "r", "Action": "AllowAccess"}]}')
      ).toEqual([])
    })

    it('accepts a Name of exactly 64 characters and lists and strings at their caps', () => {
      const limits = { ...DEFAULT_LIMITS, maxListItems: 2, maxStringLength: 5 }
      expect(findingsOf('EXO003', named('n'.repeat(64)))).toEqual([])
      expect(
        findingsOf(
          'EXO003',
          rule('"AnyOfProtocols": ["REST", "POP3"], "UserRecipientFilter": "abcde"'),
          {
            limits
          }
        )
      ).toEqual([])
    })
  })

  describe('unknown properties', () => {
    it('reports a misspelt required property once, with the property meant', () => {
      const text =
        '{"Target": "ExchangeServer", "ClientAccessRules": [{"Name": "Block OWA",\n  "Acton": "DenyAccess"}]}'
      expect(findingsOf('EXO003', text)).toEqual([
        exo003(2, 3, 'unknownPropertySuggest', {
          property: 'Acton',
          where: 'client access rule "Block OWA"',
          suggestion: 'Action'
        })
      ])
      expect(all(text)).toEqual([['EXO003', 2, 3, 'unknownPropertySuggest']])
    })

    it('suggests AnyOfProtocols for AnyOfProtocol', () => {
      expect(findingsOf('EXO003', rule('"AnyOfProtocol": ["OutlookWebApp"]'))).toEqual([
        exo003(2, 3, 'unknownPropertySuggest', {
          property: 'AnyOfProtocol',
          where: 'client access rule "r"',
          suggestion: 'AnyOfProtocols'
        })
      ])
    })

    it('reports a property with nothing close without a suggestion', () => {
      expect(findingsOf('EXO003', rule('"Colour": "blue"'))).toEqual([
        exo003(2, 3, 'unknownProperty', { property: 'Colour', where: 'client access rule "r"' })
      ])
    })

    it('reports an unknown top-level property in "the document"', () => {
      const text =
        '{"ActiveSyncOrganizationSettings": {"DefaultAccessLevel": "Allow"},\n "Tagret": "ExchangeServer"}'
      expect(findingsOf('EXO003', text)).toEqual([
        exo003(2, 2, 'unknownPropertySuggest', {
          property: 'Tagret',
          where: 'the document',
          suggestion: 'Target'
        })
      ])
    })

    it('reports nothing inside an unknown property (no cascade)', () => {
      expect(all(rule('"Extra": {"Priority": 1.0, "Action": "Allow", "n": [1e0, -0]}'))).toEqual([
        ['EXO003', 2, 3, 'unknownProperty']
      ])
    })
  })

  describe('enum values', () => {
    it('suggests AllowAccess for Allow', () => {
      const text = '{"ClientAccessRules": [{"Name": "r",\n  "Action": "Allow"}]}'
      expect(findingsOf('EXO003', text)).toEqual([
        exo003(2, 13, 'enumSuggest', {
          value: 'Allow',
          property: 'Action',
          suggestion: 'AllowAccess'
        })
      ])
    })

    it('suggests DenyAccess for Block', () => {
      const text = '{"ClientAccessRules": [{"Name": "r",\n  "Action": "Block"}]}'
      expect(findingsOf('EXO003', text)).toEqual([
        exo003(2, 13, 'enumSuggest', {
          value: 'Block',
          property: 'Action',
          suggestion: 'DenyAccess'
        })
      ])
    })

    it('suggests OutlookWebApp for OWA at the list item', () => {
      expect(findingsOf('EXO003', rule('"AnyOfProtocols": ["REST", "OWA"]'))).toEqual([
        exo003(2, 30, 'enumSuggest', {
          value: 'OWA',
          property: 'AnyOfProtocols',
          suggestion: 'OutlookWebApp'
        })
      ])
    })

    it('lists the valid values when none is close', () => {
      expect(findingsOf('EXO003', rule('"Scope": "Everyone"'))).toEqual([
        exo003(2, 12, 'enum', { value: 'Everyone', property: 'Scope', allowed: '"All" or "Users"' })
      ])
    })

    it('compares enum values case-sensitively and suggests the exact spelling', () => {
      expect(findingsOf('EXO003', rule('"Scope": "users"'))).toEqual([
        exo003(2, 12, 'enumSuggest', { value: 'users', property: 'Scope', suggestion: 'Users' })
      ])
    })
  })

  describe('types, without coercion', () => {
    it('rejects "Enabled": "true"', () => {
      expect(findingsOf('EXO003', rule('"Enabled": "true"'))).toEqual([
        exo003(2, 14, 'type', {
          property: 'Enabled',
          expected: 'a boolean ("true" or "false")',
          actual: 'the string "true"'
        })
      ])
    })

    it('rejects "Priority": "1"', () => {
      expect(findingsOf('EXO003', rule('"Priority": "1"'))).toEqual([
        exo003(2, 15, 'type', {
          property: 'Priority',
          expected: 'an integer',
          actual: 'the string "1"'
        })
      ])
    })

    it('rejects a fractional Priority', () => {
      expect(findingsOf('EXO003', rule('"Priority": 1.5'))).toEqual([
        exo003(2, 15, 'type', {
          property: 'Priority',
          expected: 'an integer',
          actual: 'the number "1.5"'
        })
      ])
    })

    it('rejects an object where a list is expected', () => {
      expect(
        findingsOf('EXO003', '{"ClientAccessRules":\n  {"Name": "r", "Action": "DenyAccess"}}')
      ).toEqual([
        exo003(2, 3, 'type', {
          property: 'ClientAccessRules',
          expected: 'a list',
          actual: 'an object'
        })
      ])
    })
  })

  describe('missing properties', () => {
    it("reports a missing Action at the rule's opening brace", () => {
      const text =
        '{"ClientAccessRules": [\n    {"Name": "Block OWA", "AnyOfProtocols": ["OutlookWebApp"]}]}'
      expect(findingsOf('EXO003', text)).toEqual([
        exo003(2, 5, 'required', { where: 'client access rule "Block OWA"', property: 'Action' })
      ])
    })

    it("reports a missing Name at the rule's opening brace", () => {
      const text = '{"ClientAccessRules": [\n  {"Action": "DenyAccess"}]}'
      expect(findingsOf('EXO003', text)).toEqual([
        exo003(2, 3, 'required', { where: 'client access rule', property: 'Name' })
      ])
    })

    it('reports a document with none of the three top-level keys at its opening brace', () => {
      expect(findingsOf('EXO003', '\n  {"Target": "ExchangeServer"}')).toEqual([
        exo003(2, 3, 'noRules', {})
      ])
    })
  })

  describe('empty lists', () => {
    it('reports an empty ClientAccessRules', () => {
      expect(
        findingsOf('EXO003', '{"Target": "ExchangeServer",\n  "ClientAccessRules": []}')
      ).toEqual([exo003(2, 24, 'emptyList', { property: 'ClientAccessRules' })])
    })

    it('reports an empty condition list', () => {
      expect(findingsOf('EXO003', rule('"ExceptAnyOfProtocols": []'))).toEqual([
        exo003(2, 27, 'emptyList', { property: 'ExceptAnyOfProtocols' })
      ])
    })
  })

  describe('Priority range', () => {
    it('rejects -1', () => {
      expect(findingsOf('EXO003', rule('"Priority": -1'))).toEqual([
        exo003(2, 15, 'range', { ...PRIORITY_RANGE, value: '-1' })
      ])
    })

    it('rejects 2147483648', () => {
      expect(findingsOf('EXO003', rule('"Priority": 2147483648'))).toEqual([
        exo003(2, 15, 'range', { ...PRIORITY_RANGE, value: '2147483648' })
      ])
    })

    it('rejects 1e400 (read as Infinity) once, at the number', () => {
      // The message data names the parsed value ("Infinity"), not the token: see the report.
      const text = rule('"Priority": 1e400')
      expect(all(text).map(([id, line, column]) => [id, line, column])).toEqual([['EXO003', 2, 15]])
    })
  })

  describe('prototype keys', () => {
    it.each(['__proto__', 'prototype'])('rejects "%s" once, at the key', (key) => {
      const text = rule(`"${key}": {"Action": "AllowAccess"}`)
      expect(findingsOf('EXO003', text)).toEqual([exo003(2, 3, 'forbiddenKey', { property: key })])
      expect(({} as Record<string, unknown>).Action).toBeUndefined()
      expect(Object.prototype).not.toHaveProperty('Action')
    })

    it('rejects an escaped "\\u005f_proto__" at the key', () => {
      const text =
        '{"ActiveSyncOrganizationSettings": {"DefaultAccessLevel": "Allow"},\n "\\u005f_proto__": {"x": 1}}'
      expect(findingsOf('EXO003', text)).toEqual([
        exo003(2, 2, 'forbiddenKey', { property: '__proto__' })
      ])
    })

    it('does not let "__proto__" supply a required property by inheritance', () => {
      const text =
        '{"ClientAccessRules": [\n  {"__proto__": {"Action": "DenyAccess"}, "Name": "r"}]}'
      expect(findingsOf('EXO003', text)).toEqual([
        exo003(2, 3, 'required', { where: 'client access rule "r"', property: 'Action' }),
        exo003(2, 4, 'forbiddenKey', { property: '__proto__' })
      ])
      expect(({} as Record<string, unknown>).Action).toBeUndefined()
    })

    it('leaves Object.prototype untouched after a nested "__proto__"', () => {
      lint(
        '{"ActiveSyncOrganizationSettings": {"DefaultAccessLevel": "Allow"}, "Tests": [{"__proto__": {"polluted": true}}]}'
      )
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(Object.prototype).not.toHaveProperty('polluted')
    })
  })

  describe('caps', () => {
    it('reports a string over maxStringLength', () => {
      const limits = { ...DEFAULT_LIMITS, maxStringLength: 10 }
      expect(
        findingsOf('EXO003', rule('"UserRecipientFilter": "Department -eq \'IT\'"'), { limits })
      ).toEqual([
        exo003(2, 26, 'tooLong', { property: 'UserRecipientFilter', length: 19, cap: 10 })
      ])
    })

    it('reports a list over maxListItems', () => {
      const limits = { ...DEFAULT_LIMITS, maxListItems: 2 }
      expect(
        findingsOf('EXO003', rule('"AnyOfProtocols": ["REST", "POP3", "IMAP4"]'), { limits })
      ).toEqual([exo003(2, 21, 'tooManyItems', { property: 'AnyOfProtocols', count: 3, cap: 2 })])
    })

    it('reports a Name over 64 characters, shown shortened', () => {
      const name = 'n'.repeat(65)
      expect(findingsOf('EXO003', named(name))).toEqual([
        exo003(2, 11, 'nameTooLong', {
          value: `${'n'.repeat(40)}… (65 characters)`,
          length: 65,
          cap: 64
        })
      ])
    })
    it('counts a Name in UTF-16 code units, as Exchange (.NET) does: 32 emoji fit, 33 do not', () => {
      expect(findingsOf('EXO003', named('\u{1F512}'.repeat(32)))).toEqual([])
      const [finding] = findingsOf('EXO003', named('\u{1F512}'.repeat(33)))
      expect(finding).toMatchObject({ messageId: 'nameTooLong', data: { length: 66, cap: 64 } })
    })

    it('counts a configured string cap in UTF-16 code units too', () => {
      const limits = { ...DEFAULT_LIMITS, maxStringLength: 4 }
      const filter = '"UserRecipientFilter": "\u00e9\u00e9\u00e9"'
      expect(findingsOf('EXO003', rule(filter), { limits })).toEqual([])
      expect(
        findingsOf(
          'EXO003',
          rule('"UserRecipientFilter": "\ud83d\udd12\ud83d\udd12\ud83d\udd12"'),
          { limits }
        )
      ).toEqual([exo003(2, 26, 'tooLong', { property: 'UserRecipientFilter', length: 6, cap: 4 })])
    })
  })

  describe('the document itself', () => {
    it('rejects a top-level list at 1:1', () => {
      expect(findingsOf('EXO003', '[{"Name": "r", "Action": "DenyAccess"}]')).toEqual([
        exo003(1, 1, 'notObject', { actual: 'a list' })
      ])
    })

    it('rejects a top-level list once, whatever it holds', () => {
      expect(all('[1.0, -0, {"a": 1}]')).toEqual([['EXO003', 1, 1, 'notObject']])
    })

    it('rejects a top-level string', () => {
      expect(findingsOf('EXO003', '"ClientAccessRules"')).toEqual([
        exo003(1, 1, 'notObject', { actual: 'the string "ClientAccessRules"' })
      ])
    })
  })
})
