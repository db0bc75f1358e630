import { describe, expect, it } from 'vitest'
import { findingsOf, lint, ruleSet } from '../helpers.js'

/** One EXO501 finding, as `findingsOf` reports it. */
const exo501 = (line: number, column: number, messageId: 'retired' | 'retiredAssumed') => ({
  id: 'EXO501',
  severity: 'warning',
  line,
  column,
  messageId,
  data: {}
})

const safeguard = {
  Name: 'Always Allow Remote PowerShell',
  Action: 'AllowAccess',
  AnyOfProtocols: ['RemotePowerShell'],
  Priority: 1
}
const deviceRule = { Characteristic: 'DeviceType', QueryString: 'Outlook', AccessLevel: 'Block' }

/** A document without `Target`, pretty-printed: its first key is on line 2, at column 3. */
const noTarget = (doc: Record<string, unknown>) => JSON.stringify(doc, null, 2)

describe('EXO501 exchange-online-retired', () => {
  describe('valid documents', () => {
    it('accepts client access rules on an ExchangeServer target', () => {
      expect(findingsOf('EXO501', ruleSet([safeguard]))).toEqual([])
    })

    it('accepts a device-rule-only file on an explicit ExchangeOnline target', () => {
      const text = JSON.stringify(
        { Target: 'ExchangeOnline', ActiveSyncDeviceAccessRules: [deviceRule] },
        null,
        2
      )
      expect(findingsOf('EXO501', text)).toEqual([])
    })

    it('accepts device rules and organisation settings without Target (ExchangeOnline assumed)', () => {
      const text = noTarget({
        ActiveSyncDeviceAccessRules: [deviceRule],
        ActiveSyncOrganizationSettings: { DefaultAccessLevel: 'Allow' }
      })
      expect(findingsOf('EXO501', text)).toEqual([])
    })

    it('leaves a misspelt Target to EXO003 rather than assume ExchangeOnline', () => {
      const text = ruleSet([safeguard], { Target: 'ExchangeServr' })
      expect(findingsOf('EXO501', text)).toEqual([])
      expect(lint(text).map((f) => [f.id, f.line, f.column, f.messageId])).toEqual([
        ['EXO003', 2, 13, 'enumSuggest']
      ])
    })

    it('leaves a Target of the wrong type to EXO003', () => {
      const text = ruleSet([safeguard], { Target: null })
      expect(findingsOf('EXO501', text)).toEqual([])
      expect(findingsOf('EXO003', text).map((f) => [f.line, f.column])).toEqual([[2, 13]])
    })
  })

  describe('client access rules on Exchange Online', () => {
    it('reports an explicit ExchangeOnline target at its value', () => {
      const text = ruleSet([safeguard], { Target: 'ExchangeOnline' })
      expect(findingsOf('EXO501', text)).toEqual([exo501(2, 13, 'retired')])
      expect(lint(text).find((f) => f.id === 'EXO501')?.message).toBe(
        'Client access rules were retired in target "ExchangeOnline" on 2025-09-01 and cannot be applied there; move to Conditional Access with Continuous Access Evaluation (device access rules are still supported).'
      )
    })

    it('reports an assumed ExchangeOnline target at the ClientAccessRules key, saying so', () => {
      const text = noTarget({ ClientAccessRules: [safeguard] })
      expect(findingsOf('EXO501', text)).toEqual([exo501(2, 3, 'retiredAssumed')])
      expect(lint(text).find((f) => f.id === 'EXO501')?.message).toBe(
        'No "Target" is set, so the gate assumed "ExchangeOnline", where client access rules were retired on 2025-09-01 and cannot be applied; set "Target" to "ExchangeServer" for Exchange Server, or move to Conditional Access with Continuous Access Evaluation (device access rules are still supported).'
      )
    })

    it('reports once per file, however many rules and device rules it holds', () => {
      const text = ruleSet(
        [safeguard, { Name: 'Block OWA', Action: 'DenyAccess', AnyOfProtocols: ['OutlookWebApp'] }],
        { Target: 'ExchangeOnline', ActiveSyncDeviceAccessRules: [deviceRule] }
      )
      expect(findingsOf('EXO501', text)).toEqual([exo501(2, 13, 'retired')])
    })

    it('finds ClientAccessRules after other keys when Target is absent', () => {
      const text = noTarget({
        ActiveSyncDeviceAccessRules: [deviceRule],
        ClientAccessRules: [safeguard]
      })
      // the device rule list spans lines 2–8
      expect(findingsOf('EXO501', text)).toEqual([exo501(9, 3, 'retiredAssumed')])
    })

    it('reports client access rules that failed the schema: the list is there all the same', () => {
      const text = ruleSet([{ Name: 'Block OWA', Action: 'Block' }], { Target: 'ExchangeOnline' })
      expect(findingsOf('EXO501', text)).toEqual([exo501(2, 13, 'retired')])
      expect(findingsOf('EXO003', text).map((f) => [f.line, f.messageId])).toEqual([
        [6, 'enumSuggest']
      ])
    })
  })
})
