import { Analysis } from './analysis.js'
import { buildModel, evaluationOrder } from './model.js'
import type { ClientAccessRule, RuleSet } from './ruleset.js'

/**
 * The PowerShell that creates a rule set (`exo-access-gate to-powershell`). Pure: a rule set and
 * the name of the file it came from in, the script text out.
 *
 * Injection safety rests on three rules, proved by the tokenizer property test:
 * - every value is one single-quoted string, in which PowerShell gives meaning to nothing but the
 *   five characters it reads as a single quote (`'` U+2018 U+2019 U+201A U+201B); each of them is
 *   doubled, which PowerShell reads back as that one character;
 * - the script is printable ASCII and line feeds only. Windows PowerShell 5.1 (the Exchange Server
 *   shell) reads a script file without a byte-order mark in the ANSI code page, where the bytes of
 *   UTF-8 text can become quote characters (`đ` is C4 91, and 0x91 is `‘` in Windows-1252), so a
 *   value with any other character is written as `([regex]::Unescape('…'))` around one string whose
 *   other characters are `\uXXXX` escapes and whose backslashes are doubled;
 * - untrusted text in a comment (the file name, a rule name) goes through `commentText`: printable
 *   ASCII only (so no line break ends the comment) and no `<#` or `#>`.
 */

/** The characters PowerShell's tokenizer reads as a single quote. */
export const SINGLE_QUOTES = ['\u0027', '\u2018', '\u2019', '\u201A', '\u201B'] as const

const QUOTE = /[\u0027\u2018-\u201B]/g
const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/g
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

const unit = (ch: string): string =>
  '\\u' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')

/** A PowerShell single-quoted string holding exactly `text`: every single-quote character doubled. */
export function singleQuoted(text: string): string {
  return `'${text.replace(QUOTE, (q) => q + q)}'`
}

/**
 * A PowerShell expression for a string value: a single-quoted string when the value is printable
 * ASCII, else `([regex]::Unescape('…'))` so the script stays ASCII (see above).
 */
export function psString(value: string): string {
  if (PRINTABLE_ASCII.test(value)) return singleQuoted(value)
  const escaped = value.replace(/\\/g, '\\\\').replace(NOT_PRINTABLE_ASCII, unit)
  return `([regex]::Unescape(${singleQuoted(escaped)}))`
}

/** Untrusted text made safe inside a `#` comment: printable ASCII, no `<#` or `#>`. */
export function commentText(text: string): string {
  return text
    .replace(NOT_PRINTABLE_ASCII, unit)
    .replace(/<#/g, '\\u003C#')
    .replace(/#>/g, '#\\u003E')
}

const list = (values: readonly string[]): string => values.map(psString).join(', ')

/** A parameter with a non-negative integer value (`-Priority`). */
function integer(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`Priority ${n} is not an integer ≥ 0`)
  return String(n)
}

/** The list parameters of New-ClientAccessRule, in the order the script writes them. */
const LISTS = [
  ['anyOfProtocols', 'AnyOfProtocols'],
  ['exceptAnyOfProtocols', 'ExceptAnyOfProtocols'],
  ['anyOfClientIPAddressesOrRanges', 'AnyOfClientIPAddressesOrRanges'],
  ['exceptAnyOfClientIPAddressesOrRanges', 'ExceptAnyOfClientIPAddressesOrRanges'],
  ['anyOfAuthenticationTypes', 'AnyOfAuthenticationTypes'],
  ['exceptAnyOfAuthenticationTypes', 'ExceptAnyOfAuthenticationTypes'],
  ['usernameMatchesAnyOfPatterns', 'UsernameMatchesAnyOfPatterns'],
  ['exceptUsernameMatchesAnyOfPatterns', 'ExceptUsernameMatchesAnyOfPatterns']
] as const satisfies readonly (readonly [keyof ClientAccessRule, string])[]

/** One `New-ClientAccessRule` command. */
export function newClientAccessRule(rule: ClientAccessRule): string {
  const parts = [
    'New-ClientAccessRule',
    '-Name',
    psString(rule.name),
    '-Action',
    psString(rule.action)
  ]
  if (rule.priority !== undefined) parts.push('-Priority', integer(rule.priority))
  if (!rule.enabled) parts.push('-Enabled', '$false')
  if (rule.scope !== undefined) parts.push('-Scope', psString(rule.scope))
  for (const [field, parameter] of LISTS) {
    const values = rule[field]
    if (values?.length) parts.push(`-${parameter}`, list(values))
  }
  if (rule.userRecipientFilter !== undefined)
    parts.push('-UserRecipientFilter', psString(rule.userRecipientFilter))
  if (rule.domainController !== undefined)
    parts.push('-DomainController', psString(rule.domainController))
  parts.push('-Confirm:$false')
  return parts.join(' ')
}

/**
 * Where the script puts remote PowerShell: `open` when no DenyAccess rule can match it, `guarded`
 * when the first rule that can match it is an AllowAccess rule (so every DenyAccess rule that can
 * match it is created after one), `exposed` (with that DenyAccess rule) otherwise. The gate refuses
 * `exposed` as EXO201 unless the lockout needs two different username or filter predicates at once
 * (then EXO201 is only a warning), so the header states which case the script is in.
 */
export function remotePowerShellGuard(
  ruleSet: RuleSet
): { kind: 'open' } | { kind: 'guarded' } | { kind: 'exposed'; rule: ClientAccessRule } {
  const model = buildModel(ruleSet)
  const analysis = new Analysis(model)
  const matching = model.rules.filter((r) => analysis.canMatch(r, 'RemotePowerShell'))
  if (!matching.some((r) => r.action === 'DenyAccess')) return { kind: 'open' }
  const first = matching[0]!
  return first.action === 'AllowAccess'
    ? { kind: 'guarded' }
    : { kind: 'exposed', rule: first.rule }
}

/** The script that creates the rule set read from `sourceFile`. */
export function toPowerShell(ruleSet: RuleSet, sourceFile: string): string {
  const header = [
    `# Creates the rule set in ${commentText(sourceFile)}.`,
    '# Generated by exo-access-gate to-powershell. Review it, then run it as a script in an Exchange',
    '# PowerShell session, in an organisation that has none of these rules yet. It stops at the',
    '# first error.'
  ]
  const rules = evaluationOrder(ruleSet.clientAccessRules)
  if (rules.length) {
    header.push(
      '#',
      '# Client access rules are created in evaluation order (Priority ascending, then the rules',
      "# without one in file order), each with the file's Priority where it gives one, so a script",
      '# stopped halfway never denies a connection the complete rule set allows.'
    )
    const guard = remotePowerShellGuard(ruleSet)
    if (guard.kind === 'open') {
      header.push('# No DenyAccess rule can match RemotePowerShell.')
    } else if (guard.kind === 'guarded') {
      header.push(
        '# The AllowAccess rules for RemotePowerShell are created before any DenyAccess rule that',
        '# can match RemotePowerShell.'
      )
    } else {
      header.push(
        `# CAUTION: the DenyAccess rule "${commentText(guard.rule.name)}" can match RemotePowerShell and`,
        '# is created before any AllowAccess rule that can match RemotePowerShell (EXO201): admins it',
        '# matches lose remote PowerShell, the only way to repair the rules.'
      )
    }
    header.push(
      '# The first client access rule in an organisation can take up to 24 hours to apply; later',
      '# changes take up to 1 hour.'
    )
  }
  if (ruleSet.defaultAccessLevel !== undefined && ruleSet.deviceAccessRules.length) {
    header.push(
      '#',
      '# DefaultAccessLevel is set after the device access rules are created: a change to Block or',
      '# Quarantine applies at once to every connected device no rule covers.'
    )
  }
  const sections: string[][] = [header, ["$ErrorActionPreference = 'Stop'"]]
  if (rules.length) sections.push(rules.map(newClientAccessRule))
  if (ruleSet.deviceAccessRules.length) {
    sections.push(
      ruleSet.deviceAccessRules.map(
        (d) =>
          `New-ActiveSyncDeviceAccessRule -Characteristic ${psString(d.characteristic)}` +
          ` -QueryString ${psString(d.queryString)} -AccessLevel ${psString(d.accessLevel)}`
      )
    )
  }
  if (ruleSet.defaultAccessLevel !== undefined) {
    sections.push([
      `Set-ActiveSyncOrganizationSettings -DefaultAccessLevel ${psString(ruleSet.defaultAccessLevel)} -Confirm:$false`
    ])
  }
  return sections.map((lines) => lines.join('\n')).join('\n\n') + '\n'
}
