import { describe, expect, it } from 'vitest'
import { findingsOf, lint, ruleSet } from '../helpers.js'

/** One EXO201 finding, as `findingsOf` reports it; every finding points at a rule's `Name` value. */
const missing = (line: number, rule: string) => ({
  id: 'EXO201',
  severity: 'error',
  line,
  column: 15,
  messageId: 'missing',
  data: { rule }
})
const missingMay = (line: number, rule: string) => ({
  id: 'EXO201',
  severity: 'warning',
  line,
  column: 15,
  messageId: 'missingMay',
  data: { rule }
})

/**
 * Microsoft's safeguard. In `ruleSet`'s layout it spans 8 lines (its protocol list takes three), so
 * as the first rule it covers lines 4-11 and the second rule's `Name` is on line 13.
 */
const safeguard = {
  Name: 'Always Allow Remote PowerShell',
  Action: 'AllowAccess',
  AnyOfProtocols: ['RemotePowerShell'],
  Priority: 1
}

/** The safeguard without `Priority`: 7 lines in `ruleSet`'s layout. */
const unnumbered = {
  Name: 'Always Allow Remote PowerShell',
  Action: 'AllowAccess',
  AnyOfProtocols: ['RemotePowerShell']
}

/** A rule that denies everything: 5 lines in `ruleSet`'s layout. */
const denyAll = (Name = 'Deny all', Priority = 2) => ({ Name, Action: 'DenyAccess', Priority })

describe('EXO201 missing-safeguard', () => {
  describe('valid documents', () => {
    it('accepts a deny-all rule after the safeguard', () => {
      const text = ruleSet([safeguard, denyAll()])
      expect(findingsOf('EXO201', text)).toEqual([])
      expect(findingsOf('EXO202', text)).toEqual([])
    })

    it('accepts a deny rule that excepts RemotePowerShell', () => {
      const text = ruleSet([
        {
          Name: 'Deny all but PowerShell',
          Action: 'DenyAccess',
          ExceptAnyOfProtocols: ['RemotePowerShell'],
          Priority: 1
        }
      ])
      expect(findingsOf('EXO201', text)).toEqual([])
    })

    it('accepts a deny rule for other protocols only', () => {
      const text = ruleSet([
        { Name: 'Block EAC', Action: 'DenyAccess', AnyOfProtocols: ['ExchangeAdminCenter'] }
      ])
      expect(findingsOf('EXO201', text)).toEqual([])
    })

    it('accepts a disabled deny rule', () => {
      const text = ruleSet([{ ...denyAll(), Enabled: false }])
      expect(findingsOf('EXO201', text)).toEqual([])
    })

    it('accepts a deny rule that an earlier unconditional allow rule hides from RemotePowerShell', () => {
      const text = ruleSet([{ Name: 'Allow all', Action: 'AllowAccess', Priority: 1 }, denyAll()])
      expect(findingsOf('EXO201', text)).toEqual([])
    })

    it('accepts a safeguard placed later in the array but earlier by Priority', () => {
      const text = ruleSet([denyAll('Deny all', 5), { ...safeguard, Priority: 4 }])
      expect(findingsOf('EXO201', text)).toEqual([])
    })

    it('accepts a safeguard first in the array when no rule has Priority (array order)', () => {
      const deny = { Name: 'Deny all', Action: 'DenyAccess' }
      expect(findingsOf('EXO201', ruleSet([unnumbered, deny]))).toEqual([])
    })

    it('leaves a limited safeguard to EXO202: it can match RemotePowerShell', () => {
      const text = ruleSet([
        { ...safeguard, AnyOfClientIPAddressesOrRanges: ['203.0.113.0/24'] },
        denyAll()
      ])
      expect(findingsOf('EXO201', text)).toEqual([])
      expect(findingsOf('EXO202', text).map((f) => f.messageId)).toEqual(['partial'])
    })

    it('accepts a deny-all rule after the safeguard on an ExchangeOnline target', () => {
      const text = ruleSet([safeguard, denyAll()], { Target: 'ExchangeOnline' })
      expect(findingsOf('EXO201', text)).toEqual([])
    })

    it('does not run on a file whose only deny rule has an invalid IP entry (EXO304 reports it)', () => {
      const text = ruleSet([{ ...denyAll(), AnyOfClientIPAddressesOrRanges: ['203.0.113.0/33'] }])
      expect(findingsOf('EXO201', text)).toEqual([])
      expect(findingsOf('EXO304', text)).toHaveLength(1)
    })
  })

  describe('remote PowerShell denied without a safeguard', () => {
    it('reports a deny-all rule at its Name, with the message naming it', () => {
      const text = ruleSet([denyAll('Deny all', 1)])
      expect(findingsOf('EXO201', text)).toEqual([missing(5, 'Deny all')])
      expect(lint(text).find((f) => f.id === 'EXO201')?.message).toBe(
        'Rule "Deny all" denies RemotePowerShell connections and no earlier AllowAccess rule can match RemotePowerShell, so admins lose the only way to repair the rules; add an AllowAccess rule with "AnyOfProtocols": ["RemotePowerShell"] at the highest priority.'
      )
    })

    it('reports a rule that denies RemotePowerShell by name', () => {
      const text = ruleSet([
        { Name: 'Block PowerShell', Action: 'DenyAccess', AnyOfProtocols: ['RemotePowerShell'] }
      ])
      expect(findingsOf('EXO201', text)).toEqual([missing(5, 'Block PowerShell')])
    })

    it('reports a deny rule that excepts only ExchangeAdminCenter', () => {
      const text = ruleSet([
        {
          Name: 'Deny all but EAC',
          Action: 'DenyAccess',
          ExceptAnyOfProtocols: ['ExchangeAdminCenter'],
          Priority: 1
        }
      ])
      expect(findingsOf('EXO201', text)).toEqual([missing(5, 'Deny all but EAC')])
    })

    it('does not count a disabled safeguard', () => {
      // the safeguard gains an "Enabled" line: lines 4-12, the deny rule's Name on line 14
      const text = ruleSet([{ ...safeguard, Enabled: false }, denyAll()])
      expect(findingsOf('EXO201', text)).toEqual([missing(14, 'Deny all')])
    })

    it('does not count a safeguard placed after the deny rule by Priority', () => {
      const text = ruleSet([{ ...safeguard, Priority: 3 }, denyAll()])
      expect(findingsOf('EXO201', text)).toEqual([missing(13, 'Deny all')])
    })

    it('does not count a safeguard without Priority when the deny rule has one (it comes last)', () => {
      // the safeguard has no Priority line: lines 4-10, the deny rule's Name on line 12
      const text = ruleSet([unnumbered, denyAll()])
      expect(findingsOf('EXO201', text)).toEqual([missing(12, 'Deny all')])
    })

    it('does not count an allow rule for other protocols', () => {
      const text = ruleSet([
        {
          Name: 'Allow EAC',
          Action: 'AllowAccess',
          AnyOfProtocols: ['ExchangeAdminCenter'],
          Priority: 1
        },
        denyAll()
      ])
      expect(findingsOf('EXO201', text)).toEqual([missing(13, 'Deny all')])
    })

    it('does not count an allow rule that excepts RemotePowerShell', () => {
      const text = ruleSet([
        {
          Name: 'Allow all but PowerShell',
          Action: 'AllowAccess',
          ExceptAnyOfProtocols: ['RemotePowerShell'],
          Priority: 1
        },
        denyAll()
      ])
      expect(findingsOf('EXO201', text)).toEqual([missing(13, 'Deny all')])
    })

    it('does not count a safeguard whose only authentication type is also excepted', () => {
      // the safeguard spans lines 4-17 (two more one-entry lists), the deny rule's Name on line 19
      const text = ruleSet([
        {
          ...safeguard,
          AnyOfAuthenticationTypes: ['BasicAuthentication'],
          ExceptAnyOfAuthenticationTypes: ['BasicAuthentication']
        },
        denyAll()
      ])
      expect(findingsOf('EXO201', text)).toEqual([missing(19, 'Deny all')])
    })

    it('does not count a safeguard whose username exception is "*"', () => {
      const text = ruleSet([{ ...safeguard, ExceptUsernameMatchesAnyOfPatterns: ['*'] }, denyAll()])
      expect(findingsOf('EXO201', text)).toEqual([missing(16, 'Deny all')])
    })

    it('reports a deny rule limited by its own IP exception: nothing earlier allows PowerShell', () => {
      const text = ruleSet([
        {
          Name: 'Deny outside the office',
          Action: 'DenyAccess',
          ExceptAnyOfClientIPAddressesOrRanges: ['203.0.113.0/24'],
          Priority: 1
        }
      ])
      expect(findingsOf('EXO201', text)).toEqual([missing(5, 'Deny outside the office')])
    })

    it('reports a deny rule with one username pattern list as an error (one predicate)', () => {
      const text = ruleSet([
        {
          Name: 'Deny contractors',
          Action: 'DenyAccess',
          UsernameMatchesAnyOfPatterns: ['*\\ext-*'],
          Priority: 1
        }
      ])
      expect(findingsOf('EXO201', text)).toEqual([missing(5, 'Deny contractors')])
    })

    it('reports a deny rule of Scope Users: end-user PowerShell connections are still denied', () => {
      const text = ruleSet([{ ...denyAll('Deny users', 1), Scope: 'Users' }])
      expect(findingsOf('EXO201', text)).toEqual([missing(5, 'Deny users')])
    })

    it('reports once per file, at the first deny rule in evaluation order', () => {
      // array order: "Deny second" (lines 4-8), "Deny first" (Name on line 10)
      const text = ruleSet([denyAll('Deny second', 2), denyAll('Deny first', 1)])
      expect(findingsOf('EXO201', text)).toEqual([missing(10, 'Deny first')])
    })

    it('reports the first rule that decides PowerShell connections, not an earlier one that never does', () => {
      // "Block EAC" (lines 4-11) denies nothing of PowerShell; "Deny all" has its Name on line 13
      const text = ruleSet([
        {
          Name: 'Block EAC',
          Action: 'DenyAccess',
          AnyOfProtocols: ['ExchangeAdminCenter'],
          Priority: 1
        },
        denyAll()
      ])
      expect(findingsOf('EXO201', text)).toEqual([missing(13, 'Deny all')])
    })

    it('reports on an ExchangeOnline target too', () => {
      const text = ruleSet([denyAll('Deny all', 1)], { Target: 'ExchangeOnline' })
      expect(findingsOf('EXO201', text)).toEqual([missing(5, 'Deny all')])
    })

    it('shows an untrusted rule name escaped', () => {
      const text = ruleSet([denyAll('Deny\u202eall', 1)])
      expect(findingsOf('EXO201', text)).toEqual([missing(5, 'Deny\\u202Eall')])
    })
  })

  describe('"may": the denial needs two different opaque predicates at once', () => {
    it('reports a deny rule with username and filter conditions as a warning', () => {
      const text = ruleSet([
        {
          Name: 'Deny IT contractors',
          Action: 'DenyAccess',
          UsernameMatchesAnyOfPatterns: ['*\\ext-*'],
          UserRecipientFilter: "Department -eq 'IT'",
          Priority: 1
        }
      ])
      expect(findingsOf('EXO201', text)).toEqual([missingMay(5, 'Deny IT contractors')])
      expect(lint(text).find((f) => f.id === 'EXO201')?.message).toBe(
        'Rule "Deny IT contractors" may deny RemotePowerShell connections (those of users who meet all its username and recipient-filter conditions and exceptions at once, if any do) and no earlier AllowAccess rule can match RemotePowerShell; add an AllowAccess rule with "AnyOfProtocols": ["RemotePowerShell"] at the highest priority.'
      )
    })

    it('reports a deny rule with a username condition and a different username exception as a warning', () => {
      const text = ruleSet([
        {
          Name: 'Deny contractors but leads',
          Action: 'DenyAccess',
          UsernameMatchesAnyOfPatterns: ['*\\ext-*'],
          ExceptUsernameMatchesAnyOfPatterns: ['*\\ext-lead*'],
          Priority: 1
        }
      ])
      expect(findingsOf('EXO201', text)).toEqual([missingMay(5, 'Deny contractors but leads')])
    })

    it('reports an error when a "*" pattern makes one of the two always hold', () => {
      const text = ruleSet([
        {
          Name: 'Deny IT',
          Action: 'DenyAccess',
          UsernameMatchesAnyOfPatterns: ['*'],
          UserRecipientFilter: "Department -eq 'IT'",
          Priority: 1
        }
      ])
      expect(findingsOf('EXO201', text)).toEqual([missing(5, 'Deny IT')])
    })

    it('reports an error, at the first deny rule, when a later deny-all rule makes the denial certain', () => {
      // the first deny rule spans lines 4-14; "Deny all" has its Name on line 16
      const text = ruleSet([
        {
          Name: 'Deny IT contractors',
          Action: 'DenyAccess',
          UsernameMatchesAnyOfPatterns: ['*\\ext-*'],
          UserRecipientFilter: "Department -eq 'IT'",
          Priority: 1
        },
        denyAll()
      ])
      // D is the first deny rule; the lockout itself needs no predicate, so it is no "may"
      expect(findingsOf('EXO201', text)).toEqual([missing(5, 'Deny IT contractors')])
    })
  })
})

describe('EXO201 where too many predicates meet for the regions to be built', () => {
  const denies = Array.from({ length: 13 }, (_, i) => ({
    Name: `R${i}`,
    Action: 'DenyAccess',
    UsernameMatchesAnyOfPatterns: [`*user${i}*`]
  }))

  it('still reports the lockout: the first rule that can match RemotePowerShell denies it', () => {
    expect(findingsOf('EXO201', ruleSet(denies))).toEqual([
      {
        id: 'EXO201',
        severity: 'error',
        line: 5,
        column: 15,
        messageId: 'missing',
        data: { rule: 'R0' }
      }
    ])
  })

  it('stays quiet when an allow rule for RemotePowerShell comes first', () => {
    const guard = { Name: 'Guard', Action: 'AllowAccess', AnyOfProtocols: ['RemotePowerShell'] }
    expect(findingsOf('EXO201', ruleSet([guard, ...denies]))).toEqual([])
  })
})
