import { describe, expect, it } from 'vitest'
import { findingsOf, lint, ruleSet } from '../helpers.js'

/**
 * One EXO202 finding, as `findingsOf` reports it. The safeguard is always the first rule, so the
 * finding is at its `Name` value, line 5, column 15; `line` is the deny rule's `Name` line.
 */
const partial = (limits: string, line: number, deny = 'Deny all') => ({
  id: 'EXO202',
  severity: 'warning',
  line: 5,
  column: 15,
  messageId: 'partial',
  data: { rule: 'Always Allow Remote PowerShell', limits, deny, line }
})
const partialMay = (limits: string, line: number, deny: string) => ({
  ...partial(limits, line, deny),
  severity: 'notice',
  messageId: 'partialMay'
})

/**
 * Microsoft's safeguard: 8 lines in `ruleSet`'s layout (lines 4-11 as the first rule), so the
 * second rule's `Name` is on line 13 plus the lines the test adds to the safeguard (a one-entry list
 * adds 3, a string or scalar 1).
 */
const safeguard = {
  Name: 'Always Allow Remote PowerShell',
  Action: 'AllowAccess',
  AnyOfProtocols: ['RemotePowerShell'],
  Priority: 1
}
const denyAll = (Name = 'Deny all', Priority = 2) => ({ Name, Action: 'DenyAccess', Priority })

/** The safeguard with `extra` keys, followed by a deny-all rule. */
const limited = (extra: Record<string, unknown>) => ruleSet([{ ...safeguard, ...extra }, denyAll()])

describe('EXO202 partial-safeguard', () => {
  describe('valid documents', () => {
    it('accepts an unconditional safeguard', () => {
      expect(findingsOf('EXO202', ruleSet([safeguard, denyAll()]))).toEqual([])
    })

    it('accepts a safeguard limited to BasicAuthentication and NonBasicAuthentication (covers all)', () => {
      const text = limited({
        AnyOfAuthenticationTypes: ['BasicAuthentication', 'NonBasicAuthentication']
      })
      expect(findingsOf('EXO202', text)).toEqual([])
      expect(findingsOf('EXO201', text)).toEqual([])
    })

    it('accepts a limited safeguard when no rule denies RemotePowerShell', () => {
      const text = ruleSet([
        { ...safeguard, AnyOfClientIPAddressesOrRanges: ['203.0.113.0/24'] },
        { Name: 'Block EAC', Action: 'DenyAccess', AnyOfProtocols: ['ExchangeAdminCenter'] }
      ])
      expect(findingsOf('EXO202', text)).toEqual([])
    })

    it('accepts a limited safeguard when the deny rule excepts RemotePowerShell', () => {
      const text = ruleSet([
        { ...safeguard, AnyOfClientIPAddressesOrRanges: ['203.0.113.0/24'] },
        { ...denyAll(), ExceptAnyOfProtocols: ['RemotePowerShell'] }
      ])
      expect(findingsOf('EXO202', text)).toEqual([])
    })

    it("accepts a safeguard whose limit is exactly the deny rule's condition", () => {
      const text = ruleSet([
        { ...safeguard, AnyOfClientIPAddressesOrRanges: ['203.0.113.0/24'] },
        { ...denyAll(), AnyOfClientIPAddressesOrRanges: ['203.0.113.0/24'] }
      ])
      expect(findingsOf('EXO202', text)).toEqual([])
    })

    it('takes the same username patterns in another order and case as one predicate', () => {
      const text = ruleSet([
        { ...safeguard, UsernameMatchesAnyOfPatterns: ['*\\admin-*', '*\\ops-*'] },
        { ...denyAll(), UsernameMatchesAnyOfPatterns: ['*\\OPS-*', '*\\Admin-*'] }
      ])
      expect(findingsOf('EXO202', text)).toEqual([])
    })

    it('leaves a limited safeguard placed after the deny rule to EXO201', () => {
      const text = ruleSet([
        { ...safeguard, AnyOfClientIPAddressesOrRanges: ['203.0.113.0/24'], Priority: 3 },
        denyAll()
      ])
      expect(findingsOf('EXO202', text)).toEqual([])
      expect(findingsOf('EXO201', text).map((f) => [f.line, f.messageId])).toEqual([
        [16, 'missing']
      ])
    })

    it('leaves a disabled limited safeguard to EXO201', () => {
      const text = limited({ AnyOfClientIPAddressesOrRanges: ['203.0.113.0/24'], Enabled: false })
      expect(findingsOf('EXO202', text)).toEqual([])
      expect(findingsOf('EXO201', text).map((f) => f.messageId)).toEqual(['missing'])
    })
  })

  describe('safeguards that cover only some RemotePowerShell connections', () => {
    it('reports a safeguard limited to an IP range, with the whole message', () => {
      const text = limited({ AnyOfClientIPAddressesOrRanges: ['203.0.113.0/24'] })
      expect(findingsOf('EXO202', text)).toEqual([partial('addresses "203.0.113.0/24"', 16)])
      expect(lint(text).find((f) => f.id === 'EXO202')?.message).toBe(
        'The safeguard "Always Allow Remote PowerShell" allows RemotePowerShell only for addresses "203.0.113.0/24", so other RemotePowerShell connections reach "Deny all" (line 16) and are denied.'
      )
      expect(findingsOf('EXO201', text)).toEqual([])
    })

    it('reports a safeguard limited to usernames', () => {
      const text = limited({ UsernameMatchesAnyOfPatterns: ['*\\admin-*'] })
      expect(findingsOf('EXO202', text)).toEqual([partial('usernames matching "*\\admin-*"', 16)])
    })

    it('reports a safeguard limited by a recipient filter', () => {
      const text = limited({ UserRecipientFilter: "Department -eq 'IT'" })
      expect(findingsOf('EXO202', text)).toEqual([
        partial('users matching the filter "Department -eq \'IT\'"', 14)
      ])
    })

    it('reports a safeguard limited to one authentication type', () => {
      const text = limited({ AnyOfAuthenticationTypes: ['NonBasicAuthentication'] })
      expect(findingsOf('EXO202', text)).toEqual([
        partial('authentication types "NonBasicAuthentication"', 16)
      ])
    })

    it('reports a safeguard of Scope Users (middle-tier connections reach the deny rule)', () => {
      const text = limited({ Scope: 'Users' })
      expect(findingsOf('EXO202', text)).toEqual([
        partial('end-user connections ("Scope": "Users")', 14)
      ])
    })

    it('reports a safeguard with an IP exception', () => {
      const text = limited({ ExceptAnyOfClientIPAddressesOrRanges: ['198.51.100.7'] })
      expect(findingsOf('EXO202', text)).toEqual([
        partial('addresses other than "198.51.100.7"', 16)
      ])
    })

    it('reports a safeguard with a username exception', () => {
      const text = limited({ ExceptUsernameMatchesAnyOfPatterns: ['*\\ext-*'] })
      expect(findingsOf('EXO202', text)).toEqual([partial('usernames not matching "*\\ext-*"', 16)])
    })

    it('reports a safeguard with an authentication-type exception, not its all-covering condition', () => {
      // the condition list adds 4 lines and the exception list 3: the deny rule's Name is on line 20
      const text = limited({
        AnyOfAuthenticationTypes: ['BasicAuthentication', 'NonBasicAuthentication'],
        ExceptAnyOfAuthenticationTypes: ['BasicAuthentication']
      })
      expect(findingsOf('EXO202', text)).toEqual([
        partial('authentication types other than "BasicAuthentication"', 20)
      ])
    })

    it('names every limit of a safeguard limited in two ways', () => {
      const text = limited({
        AnyOfClientIPAddressesOrRanges: ['203.0.113.0/24'],
        UsernameMatchesAnyOfPatterns: ['*\\admin-*']
      })
      expect(findingsOf('EXO202', text)).toEqual([
        partial('addresses "203.0.113.0/24" and usernames matching "*\\admin-*"', 19)
      ])
    })

    it('quotes the first five entries of a long list and counts the rest', () => {
      const ips = ['192.0.2.1', '192.0.2.2', '192.0.2.3', '192.0.2.4', '192.0.2.5', '192.0.2.6']
      const text = limited({ AnyOfClientIPAddressesOrRanges: [...ips, '192.0.2.7'] })
      expect(findingsOf('EXO202', text)).toEqual([
        partial(
          'addresses "192.0.2.1", "192.0.2.2", "192.0.2.3", "192.0.2.4", "192.0.2.5" and 2 more',
          22
        )
      ])
    })

    it('shows an untrusted entry escaped', () => {
      const text = limited({ UsernameMatchesAnyOfPatterns: ['*\\adm\u200bin*'] })
      expect(findingsOf('EXO202', text)).toEqual([
        partial('usernames matching "*\\adm\\u200Bin*"', 16)
      ])
    })

    it('reports a partial safeguard before a deny rule that is itself limited', () => {
      const text = ruleSet([
        { ...safeguard, AnyOfClientIPAddressesOrRanges: ['203.0.113.0/24'] },
        {
          Name: 'Deny outside the office',
          Action: 'DenyAccess',
          ExceptAnyOfClientIPAddressesOrRanges: ['198.51.100.0/24'],
          Priority: 2
        }
      ])
      expect(findingsOf('EXO202', text)).toEqual([
        partial('addresses "203.0.113.0/24"', 16, 'Deny outside the office')
      ])
    })

    it('reports once per file, naming the first deny rule in evaluation order', () => {
      // array order: safeguard (lines 4-14), "Deny later" (lines 15-19), "Deny first" (Name on line 21)
      const text = ruleSet([
        { ...safeguard, AnyOfClientIPAddressesOrRanges: ['203.0.113.0/24'] },
        denyAll('Deny later', 3),
        denyAll('Deny first', 2)
      ])
      expect(findingsOf('EXO202', text)).toEqual([
        partial('addresses "203.0.113.0/24"', 21, 'Deny first')
      ])
    })

    it('names the first of two partial safeguards', () => {
      // the second safeguard spans lines 15-25; the deny rule's Name is on line 27
      const text = ruleSet([
        { ...safeguard, AnyOfClientIPAddressesOrRanges: ['203.0.113.0/24'] },
        {
          ...safeguard,
          Name: 'Allow admins PowerShell',
          UsernameMatchesAnyOfPatterns: ['*\\admin-*'],
          Priority: 2
        },
        denyAll('Deny all', 3)
      ])
      expect(findingsOf('EXO202', text)).toEqual([partial('addresses "203.0.113.0/24"', 27)])
    })

    it('reports on an ExchangeOnline target too', () => {
      const text = ruleSet(
        [{ ...safeguard, AnyOfClientIPAddressesOrRanges: ['203.0.113.0/24'] }, denyAll()],
        { Target: 'ExchangeOnline' }
      )
      expect(findingsOf('EXO202', text)).toEqual([partial('addresses "203.0.113.0/24"', 16)])
    })
  })

  describe('"may": the denial needs two different opaque predicates at once', () => {
    it('reports a username-limited safeguard before a filter deny rule as a notice', () => {
      // the safeguard spans lines 4-14; the deny rule's Name is on line 16
      const text = ruleSet([
        { ...safeguard, UsernameMatchesAnyOfPatterns: ['*\\admin-*'] },
        {
          Name: 'Deny IT',
          Action: 'DenyAccess',
          UserRecipientFilter: "Department -eq 'IT'",
          Priority: 2
        }
      ])
      expect(findingsOf('EXO202', text)).toEqual([
        partialMay('usernames matching "*\\admin-*"', 16, 'Deny IT')
      ])
      expect(lint(text).find((f) => f.id === 'EXO202')?.message).toBe(
        'The safeguard "Always Allow Remote PowerShell" allows RemotePowerShell only for usernames matching "*\\admin-*", so other RemotePowerShell connections may reach "Deny IT" (line 16) and be denied.'
      )
    })

    it('reports a warning when a later deny-all rule denies them whatever the filter', () => {
      const text = ruleSet([
        { ...safeguard, UsernameMatchesAnyOfPatterns: ['*\\admin-*'] },
        {
          Name: 'Deny IT',
          Action: 'DenyAccess',
          UserRecipientFilter: "Department -eq 'IT'",
          Priority: 2
        },
        denyAll('Deny all', 3)
      ])
      expect(findingsOf('EXO202', text)).toEqual([
        partial('usernames matching "*\\admin-*"', 16, 'Deny IT')
      ])
    })

    it('reports a filter-limited safeguard before a username deny rule as a notice', () => {
      const text = ruleSet([
        { ...safeguard, UserRecipientFilter: "Department -eq 'IT'" },
        {
          Name: 'Deny contractors',
          Action: 'DenyAccess',
          UsernameMatchesAnyOfPatterns: ['*\\ext-*'],
          Priority: 2
        }
      ])
      expect(findingsOf('EXO202', text)).toEqual([
        partialMay('users matching the filter "Department -eq \'IT\'"', 14, 'Deny contractors')
      ])
    })

    it("reports a warning when the deny rule excepts the safeguard's own username list", () => {
      // one predicate: every user outside the list is denied
      const text = ruleSet([
        { ...safeguard, UsernameMatchesAnyOfPatterns: ['*\\admin-*'] },
        {
          Name: 'Deny all but admins',
          Action: 'DenyAccess',
          ExceptUsernameMatchesAnyOfPatterns: ['*\\admin-*'],
          Priority: 2
        }
      ])
      expect(findingsOf('EXO202', text)).toEqual([
        partial('usernames matching "*\\admin-*"', 16, 'Deny all but admins')
      ])
    })
  })
})
