import { display } from '../engine/display.js'
import { join } from '../engine/pointer.js'
import { suggest } from '../engine/suggest.js'
import { DEFAULT_LIMITS, type Limits } from '../engine/types.js'
import {
  ACCESS_LEVELS,
  ACTIONS,
  AUTHENTICATION_TYPES,
  CHARACTERISTICS,
  PROTOCOLS,
  type Target
} from './constants.js'

/**
 * `import`: Exchange's own export of its rules (`Get-ClientAccessRule | ConvertTo-Json`,
 * `Get-ActiveSyncDeviceAccessRule | ConvertTo-Json`) turned into a rule-set file. Pure: the input
 * is the parsed JSON of each export, the output the rule set or the problems, each with a JSON
 * Pointer into the export it is about. Reference: exchange-client-access-rules.md §5 (export
 * shape, enum serialisation) and §6 (device access rules).
 *
 * What an export holds and what becomes of it:
 * - one rule (a single object) or several (an array); Windows PowerShell 5.1 may also wrap an
 *   array as `{"value": […], "Count": n}`, at the top or for any multi-valued property;
 * - the cmdlet parameters, kept under their parameter names (`RuleScope` becomes `Scope`);
 * - Exchange's object metadata (`Identity`, `Guid`, `WhenChanged`, `PSComputerName`…), dropped;
 * - `null`, `[]` and, for optional strings, `""`: the parameter was not set, so it is dropped;
 * - parameters reserved for internal Microsoft use: dropped when empty, kept otherwise so that
 *   `check` explains them (EXO004);
 * - enums written as numbers (ConvertTo-Json's default): a problem. Exchange does not document
 *   what the numbers mean, so they are never guessed; the remedy is to export names.
 * Values are kept exactly as exported (control characters and all): JSON escaping carries them and
 * `check` flags what is unsafe. Anything the schema would reject is a problem here instead, so an
 * imported file never gets EXO003.
 */

/** Which export a problem or note is about. */
export type ExportKind = 'clientAccess' | 'activeSync'

export interface ImportProblem {
  source: ExportKind
  /** JSON Pointer into that export. */
  pointer: string
  message: string
  /** `numericEnum`: an enum exported as a number; the remedy (`exportRemedy`) is shown once. */
  kind: 'shape' | 'value' | 'numericEnum' | 'truncated'
}

/** Something the admin should know about an import that succeeded. */
export interface ImportNote {
  source: ExportKind
  pointer: string
  message: string
}

export interface ImportInput {
  /** Parsed `Get-ClientAccessRule | ConvertTo-Json`; `null` for an empty export; absent: not given. */
  clientAccess?: unknown
  /** Parsed `Get-ActiveSyncDeviceAccessRule | ConvertTo-Json`; same conventions. */
  activeSync?: unknown
  /** Default `ExchangeOnline`. */
  target?: Target
  /** Written as `"$schema"` when given. */
  schema?: string
  limits?: Pick<Limits, 'maxListItems' | 'maxStringLength'>
}

export type ImportedRule = Record<string, unknown>

export interface ImportedDeviceRule {
  Characteristic: string
  QueryString: string
  AccessLevel: string
}

/** A rule-set document, keys in FORMAT.md's order. */
export interface ImportedRuleSet {
  $schema?: string
  Target: Target
  ClientAccessRules?: ImportedRule[]
  ActiveSyncDeviceAccessRules?: ImportedDeviceRule[]
}

export type ImportResult =
  | { ok: true; ruleSet: ImportedRuleSet; notes: ImportNote[] }
  | { ok: false; problems: ImportProblem[]; notes: ImportNote[] }

export const SCOPES = ['All', 'Users'] as const

/** Exchange limits the schema also enforces (FORMAT.md). */
const MAX_NAME = 64
const MAX_QUERY_STRING = 256
const MAX_PRIORITY = 2147483647

type Kind =
  | { type: 'name' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'priority' }
  | { type: 'boolean' }
  | { type: 'text' }
  | { type: 'enumList'; values: readonly string[] }
  | { type: 'textList' }

interface Parameter {
  name: string
  /** Other names an export uses for it (`RuleScope`). */
  aliases?: string[]
  kind: Kind
  required?: boolean
}

/** New-ClientAccessRule's parameters, in the order the schema lists them. */
const CLIENT_ACCESS_PARAMETERS: readonly Parameter[] = [
  { name: 'Name', kind: { type: 'name' }, required: true },
  { name: 'Action', kind: { type: 'enum', values: ACTIONS }, required: true },
  { name: 'Priority', kind: { type: 'priority' } },
  { name: 'Enabled', kind: { type: 'boolean' } },
  { name: 'Scope', aliases: ['RuleScope'], kind: { type: 'enum', values: SCOPES } },
  { name: 'AnyOfProtocols', kind: { type: 'enumList', values: PROTOCOLS } },
  { name: 'ExceptAnyOfProtocols', kind: { type: 'enumList', values: PROTOCOLS } },
  { name: 'AnyOfClientIPAddressesOrRanges', kind: { type: 'textList' } },
  { name: 'ExceptAnyOfClientIPAddressesOrRanges', kind: { type: 'textList' } },
  { name: 'AnyOfAuthenticationTypes', kind: { type: 'enumList', values: AUTHENTICATION_TYPES } },
  {
    name: 'ExceptAnyOfAuthenticationTypes',
    kind: { type: 'enumList', values: AUTHENTICATION_TYPES }
  },
  { name: 'UsernameMatchesAnyOfPatterns', kind: { type: 'textList' } },
  { name: 'ExceptUsernameMatchesAnyOfPatterns', kind: { type: 'textList' } },
  { name: 'UserRecipientFilter', kind: { type: 'text' } }
]

/** Parameters reserved for internal Microsoft use that Get-ClientAccessRule still shows (§1.3, §5). */
const INTERNAL_PARAMETERS = [
  'AnyOfSourceTcpPortNumbers',
  'ExceptAnyOfSourceTcpPortNumbers',
  'UserIsMemberOf',
  'ExceptUserIsMemberOf',
  'DatacenterAdminsOnly'
]

const DEVICE_PARAMETERS: readonly Parameter[] = [
  { name: 'Characteristic', kind: { type: 'enum', values: CHARACTERISTICS }, required: true },
  { name: 'QueryString', kind: { type: 'text' }, required: true },
  { name: 'AccessLevel', kind: { type: 'enum', values: ACCESS_LEVELS }, required: true }
]

/**
 * Properties every Exchange configuration object carries, and those PowerShell remoting adds:
 * metadata, not rule parameters. Dropped without a note.
 */
const METADATA = [
  'AdminDisplayName',
  'DistinguishedName',
  'ExchangeObjectId',
  'ExchangeVersion',
  'Guid',
  'Id',
  'Identity',
  'IsValid',
  'ObjectCategory',
  'ObjectClass',
  'ObjectState',
  'OrganizationId',
  'OriginatingServer',
  'PSComputerName',
  'PSShowComputerName',
  'RunspaceId',
  'WhenChanged',
  'WhenChangedUTC',
  'WhenCreated',
  'WhenCreatedUTC'
]
/** A device access rule's generated name (`<QueryString> (<Characteristic>)`) is metadata too. */
const DEVICE_METADATA = [...METADATA, 'Name']

/** The keys PowerShell writes beside `value` when it wraps a collection (5.1's `{value, Count}`). */
const WRAPPER_KEYS = new Set([
  'count',
  'length',
  'isreadonly',
  'isfixedsize',
  'issynchronized',
  'ischangesonlycopy',
  'wascleared',
  'added',
  'removed'
])

const KNOWN_EXPORT = {
  clientAccess: 'Get-ClientAccessRule',
  activeSync: 'Get-ActiveSyncDeviceAccessRule'
} as const

/** Windows PowerShell 5.1: every parameter selected, enums and list items cast to strings. */
export const CLIENT_ACCESS_RECIPE_51 = [
  'Get-ClientAccessRule | Select-Object Name, Priority, Enabled,',
  "    @{n='Action'; e={[string]$_.Action}},",
  "    @{n='Scope'; e={if ($null -ne $_.RuleScope) {[string]$_.RuleScope} else {[string]$_.Scope}}},",
  ...CLIENT_ACCESS_PARAMETERS.filter((p) => p.kind.type.endsWith('List')).map(
    (p) => `    @{n='${p.name}'; e={,@(foreach ($v in $_.${p.name}) {[string]$v})}},`
  ),
  '    UserRecipientFilter |',
  '  ConvertTo-Json -Depth 5 | Out-File -Encoding utf8 client-access-rules.json'
].join('\n')

export const DEVICE_ACCESS_RECIPE_51 = [
  'Get-ActiveSyncDeviceAccessRule | Select-Object QueryString,',
  "    @{n='Characteristic'; e={[string]$_.Characteristic}},",
  "    @{n='AccessLevel'; e={[string]$_.AccessLevel}} |",
  '  ConvertTo-Json -Depth 5 | Out-File -Encoding utf8 device-access-rules.json'
].join('\n')

export const CLIENT_ACCESS_COMMAND_7 =
  'Get-ClientAccessRule | ConvertTo-Json -Depth 5 -EnumsAsStrings | Out-File client-access-rules.json'
export const DEVICE_ACCESS_COMMAND_7 =
  'Get-ActiveSyncDeviceAccessRule | ConvertTo-Json -Depth 5 -EnumsAsStrings | Out-File device-access-rules.json'

/** How to export names instead of numbers, for the exports that had numbers. */
export function exportRemedy(sources: ReadonlySet<ExportKind>): string {
  const indent = (text: string) =>
    text
      .split('\n')
      .map((l) => '    ' + l)
      .join('\n')
  const seven = [...sources].map((s) =>
    indent(s === 'clientAccess' ? CLIENT_ACCESS_COMMAND_7 : DEVICE_ACCESS_COMMAND_7)
  )
  const five = [...sources].map((s) =>
    indent(s === 'clientAccess' ? CLIENT_ACCESS_RECIPE_51 : DEVICE_ACCESS_RECIPE_51)
  )
  return [
    'ConvertTo-Json wrote enums as numbers. Exchange does not document which number stands for',
    'which name, so import does not guess: export the names, then import again.',
    '  In PowerShell 7, add -EnumsAsStrings:',
    ...seven,
    '  In Windows PowerShell 5.1 (the Exchange 2019/SE shell), which has no -EnumsAsStrings, cast',
    '  them to strings with Select-Object:',
    ...five
  ].join('\n')
}

type Json = Record<string, unknown>

function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

function typeName(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'a list'
  if (typeof v === 'object') return 'an object'
  if (typeof v === 'string') return `the string "${display(v, 60)}"`
  if (typeof v === 'number') return `the number ${v}`
  if (typeof v === 'boolean') return `the boolean ${v}`
  return typeof v
}

interface Located {
  value: unknown
  pointer: string
  /** The `Count` beside a `value` wrapper. */
  count?: number
}

/** Removes PowerShell's `{"value": …, "Count": n}` wrappers (nested ones too). */
function unwrap(value: unknown, pointer: string): Located {
  let v = value
  let p = pointer
  let count: number | undefined
  for (let depth = 0; depth < 4 && isObject(v) && Object.hasOwn(v, 'value'); depth++) {
    const keys = Object.keys(v).filter((k) => k !== 'value')
    if (!keys.every((k) => WRAPPER_KEYS.has(k.toLowerCase()))) break
    const countKey = keys.find((k) => k.toLowerCase() === 'count')
    const c = countKey === undefined ? undefined : v[countKey]
    count = typeof c === 'number' ? c : count
    p = join(p, 'value')
    v = v.value
  }
  return count === undefined ? { value: v, pointer: p } : { value: v, pointer: p, count }
}

function isEmpty(v: unknown): boolean {
  const u = unwrap(v, '').value
  return u === null || u === '' || (Array.isArray(u) && u.length === 0)
}

class Importer {
  readonly problems: ImportProblem[] = []
  readonly notes: ImportNote[] = []
  private readonly limits: Pick<Limits, 'maxListItems' | 'maxStringLength'>
  private source: ExportKind = 'clientAccess'
  /** Unknown keys with a value, by name: where they were left out. */
  private unknown = new Map<string, { source: ExportKind; pointers: string[] }>()

  constructor(limits?: Pick<Limits, 'maxListItems' | 'maxStringLength'>) {
    this.limits = limits ?? DEFAULT_LIMITS
  }

  problem(pointer: string, message: string, kind: ImportProblem['kind'] = 'value'): undefined {
    this.problems.push({ source: this.source, pointer, message, kind })
    return undefined
  }

  /** The rules of one export, each with its pointer; undefined when the document is unusable. */
  rulesOf(doc: unknown, source: ExportKind): Located[] | undefined {
    this.source = source
    const top = unwrap(doc, '')
    const v = top.value
    if (v === null || v === undefined) return []
    if (Array.isArray(v)) {
      if (v.length > this.limits.maxListItems) {
        return this.problem(
          top.pointer,
          `The export holds ${v.length} rules, over the cap of ${this.limits.maxListItems} (limits.maxListItems).`,
          'shape'
        )
      }
      return v.map((r, i) => ({ value: r, pointer: join(top.pointer, i) }))
    }
    if (!isObject(v)) {
      return this.problem(
        top.pointer,
        `The export must be a JSON object (one rule) or an array of rules, as ${KNOWN_EXPORT[source]} | ConvertTo-Json writes it, not ${typeName(v)}.`,
        'shape'
      )
    }
    const ruleSetKeys = ['ClientAccessRules', 'ActiveSyncDeviceAccessRules', 'Tests']
    if (ruleSetKeys.some((k) => Object.hasOwn(v, k))) {
      return this.problem(
        top.pointer,
        `This is a rule-set file already, not the output of ${KNOWN_EXPORT[source]} | ConvertTo-Json; check it with "exo-access-gate check".`,
        'shape'
      )
    }
    return [{ value: v, pointer: top.pointer }]
  }

  /** When every rule of an export looks like the other kind, say so once instead of per rule. */
  swapped(rules: Located[], source: ExportKind): boolean {
    if (!rules.length) return false
    const has = (r: unknown, k: string) =>
      isObject(r) && Object.keys(r).some((key) => key.toLowerCase() === k.toLowerCase())
    const device = (r: unknown) => has(r, 'Characteristic') && has(r, 'QueryString')
    const client = (r: unknown) => has(r, 'Action')
    this.source = source
    if (source === 'clientAccess' && rules.every((r) => device(r.value) && !client(r.value))) {
      this.problem(
        '',
        'These are ActiveSync device access rules (Get-ActiveSyncDeviceAccessRule output), not client access rules; give this file with --activesync.',
        'shape'
      )
      return true
    }
    if (source === 'activeSync' && rules.every((r) => client(r.value) && !device(r.value))) {
      this.problem(
        '',
        'These are client access rules (Get-ClientAccessRule output), not ActiveSync device access rules; give this file as the first argument, not with --activesync.',
        'shape'
      )
      return true
    }
    return false
  }

  /** One rule: its parameters in schema order; unknown keys noted, metadata dropped. */
  rule(
    at: Located,
    parameters: readonly Parameter[],
    metadata: readonly string[],
    internal: readonly string[]
  ): ImportedRule | undefined {
    const v = at.value
    if (!isObject(v)) {
      return this.problem(at.pointer, `A rule must be a JSON object, not ${typeName(v)}.`, 'shape')
    }
    const keys = Object.keys(v)
    const used = new Set<string>()
    const out: ImportedRule = {}
    let complete = true
    for (const p of parameters) {
      const names = [p.name, ...(p.aliases ?? [])].map((n) => n.toLowerCase())
      const present = keys.filter((k) => names.includes(k.toLowerCase()))
      present.forEach((k) => used.add(k))
      const given = present.filter((k) => !isEmpty(v[k]))
      if (given.length > 1) {
        const values = given.map((k) => JSON.stringify(unwrap(v[k], '').value))
        if (new Set(values).size > 1) {
          complete = false
          this.problem(
            at.pointer,
            `The rule has both ${given.map((k) => `"${display(k)}"`).join(' and ')} with different values; keep one.`,
            'shape'
          )
          continue
        }
      }
      const key = given[0]
      if (key === undefined) {
        if (p.required) {
          complete = false
          this.problem(at.pointer, `The rule has no "${p.name}"${this.ruleLabel(v)}.`, 'shape')
        }
        continue
      }
      const value = this.convert(p, unwrap(v[key], join(at.pointer, key)), display(key, 60))
      if (value === undefined) {
        if (p.required) complete = false
        continue
      }
      out[p.name] = value
    }
    for (const name of internal) {
      const key = keys.find((k) => k.toLowerCase() === name.toLowerCase())
      if (key === undefined) continue
      used.add(key)
      const u = unwrap(v[key], join(at.pointer, key))
      if (isEmpty(u.value) || u.value === false) continue
      out[name] = u.value
      this.notes.push({
        source: this.source,
        pointer: u.pointer,
        message: `Kept "${name}": it is reserved for internal Microsoft use, so "check" reports it (EXO004): New-ClientAccessRule does not accept it from customers.`
      })
    }
    const meta = new Set(metadata.map((m) => m.toLowerCase()))
    for (const k of keys) {
      if (used.has(k) || meta.has(k.toLowerCase()) || isEmpty(v[k])) continue
      const entry = this.unknown.get(k) ?? { source: this.source, pointers: [] }
      entry.pointers.push(join(at.pointer, k))
      this.unknown.set(k, entry)
    }
    return complete ? out : undefined
  }

  /** ` ("Block OWA")` when the rule's Name is a usable string, for messages about the rule. */
  private ruleLabel(v: Json): string {
    const key = Object.keys(v).find((k) => k.toLowerCase() === 'name')
    const name = key === undefined ? undefined : unwrap(v[key], '').value
    return typeof name === 'string' && name !== '' ? ` (rule "${display(name, 60)}")` : ''
  }

  /** Notes for unknown keys, one per key name. */
  flushUnknown(parameterOf: Record<ExportKind, string>): void {
    for (const [key, { source, pointers }] of this.unknown) {
      const first = display(pointers[0]!, 80)
      const where = pointers.length === 1 ? first : `${first} and ${pointers.length - 1} more`
      this.notes.push({
        source,
        pointer: pointers[0]!,
        message: `Left out "${display(key, 60)}" (${where}): it is not a ${parameterOf[source]} parameter the gate knows. If it is a condition, the imported rules are broader than the real ones.`
      })
    }
    this.unknown.clear()
  }

  /** `label`: the key as the export spells it (`RuleScope`, `action`), for messages. */
  private convert(p: Parameter, at: Located, label: string): unknown {
    const { value: v, pointer } = at
    const k = p.kind
    switch (k.type) {
      case 'name':
      case 'text':
        return this.text(p, at, label)
      case 'enum':
        return this.enumValue(label, k.values, at, p.name === 'Scope')
      case 'priority':
        if (v === null) return undefined
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > MAX_PRIORITY) {
          return this.problem(
            pointer,
            `"${label}" must be an integer from 0 to ${MAX_PRIORITY}, not ${typeName(v)}.`
          )
        }
        return v
      case 'boolean':
        if (v === null) return undefined
        if (typeof v !== 'boolean') {
          return this.problem(pointer, `"${label}" must be true or false, not ${typeName(v)}.`)
        }
        return v
      case 'enumList':
      case 'textList':
        return this.list(label, k.type === 'enumList' ? k.values : undefined, at)
    }
  }

  private text(p: Parameter, at: Located, label: string): string | undefined {
    const { value: v, pointer } = at
    const optional = !p.required
    if (v === null || (optional && v === '')) return undefined
    if (typeof v !== 'string') {
      return this.problem(pointer, `"${label}" must be a string, not ${typeName(v)}.`, 'shape')
    }
    if (v === '') return this.problem(pointer, `"${label}" is an empty string.`)
    const cap =
      p.name === 'Name'
        ? MAX_NAME
        : p.name === 'QueryString'
          ? MAX_QUERY_STRING
          : this.limits.maxStringLength
    // UTF-16 code units, as the schema counts them and Exchange (.NET's String.Length) does
    const n = v.length
    if (n > cap) {
      const why =
        cap === this.limits.maxStringLength
          ? ' (limits.maxStringLength)'
          : ': Exchange allows no more'
      return this.problem(
        pointer,
        `"${label}" "${display(v, 60)}" is ${n} characters long, over ${cap}${why}.`
      )
    }
    return v
  }

  private numeric(property: string, pointer: string, numbers: string[]): undefined {
    const what =
      numbers.length === 1
        ? `is the number ${numbers[0]}, not a name`
        : `holds the numbers ${numbers.join(', ')}, not names`
    return this.problem(pointer, `"${property}" ${what}.`, 'numericEnum')
  }

  private enumValue(
    property: string,
    values: readonly string[],
    at: Located,
    emptyIsAbsent: boolean
  ): string | undefined {
    const { value: v, pointer } = at
    if (v === null || (emptyIsAbsent && v === '')) return undefined
    if (typeof v === 'number' || (typeof v === 'string' && /^[0-9]+$/.test(v))) {
      return this.numeric(property, pointer, [String(v)])
    }
    if (typeof v !== 'string') {
      return this.problem(pointer, `"${property}" must be a name, not ${typeName(v)}.`, 'shape')
    }
    if (!values.includes(v)) return this.badName(property, v, values, pointer)
    return v
  }

  private badName(property: string, v: string, values: readonly string[], pointer: string) {
    const close = suggest(v, values)
    const hint = close ? ` (did you mean "${close}"?)` : ''
    return this.problem(
      pointer,
      `Value "${display(v, 60)}" of "${property}" is not one of ${values.join(', ')}${hint}.`
    )
  }

  private list(
    property: string,
    values: readonly string[] | undefined,
    at: Located
  ): string[] | undefined {
    const { pointer, count } = at
    let v = at.value
    if (v === null) return undefined
    // `{"value": "x", "Count": 1}`: a one-item list whose item PowerShell wrote bare.
    if ((typeof v === 'string' || typeof v === 'number') && count === 1) v = [v]
    else if (typeof v === 'string') {
      return this.problem(
        pointer,
        `"${property}" is ${typeName(v)}, not a list: ConvertTo-Json writes a list that way when its -Depth is too small (the default is 2); export again with -Depth 5.`,
        'truncated'
      )
    } else if (typeof v === 'number' && values) {
      return this.numeric(property, pointer, [String(v)])
    }
    if (!Array.isArray(v)) {
      return this.problem(
        pointer,
        `"${property}" must be a list of strings, or {"value": [...], "Count": n} as Windows PowerShell 5.1 writes it, not ${typeName(v)}.`,
        'shape'
      )
    }
    if (count !== undefined && count !== v.length) {
      return this.problem(
        pointer,
        `"${property}" has ${v.length} items but its "Count" says ${count}: the export looks cut; export again with -Depth 5.`,
        'truncated'
      )
    }
    if (v.length === 0) return undefined
    if (v.length > this.limits.maxListItems) {
      return this.problem(
        pointer,
        `"${property}" has ${v.length} items, over the cap of ${this.limits.maxListItems} (limits.maxListItems).`
      )
    }
    const out: string[] = []
    const numbers: string[] = []
    let ok = true
    v.forEach((raw, i) => {
      const item = unwrap(raw, join(pointer, i))
      const x = item.value
      if (values && (typeof x === 'number' || (typeof x === 'string' && /^[0-9]+$/.test(x)))) {
        numbers.push(String(x))
        return
      }
      if (typeof x !== 'string') {
        ok = false
        const cast = isObject(x)
          ? ' Cast the items to strings as the Windows PowerShell 5.1 recipe in docs/commands/import.md does.'
          : ''
        this.problem(
          item.pointer,
          `An item of "${property}" must be a string, not ${typeName(x)}.${cast}`,
          'shape'
        )
        return
      }
      if (x === '') {
        ok = false
        this.problem(item.pointer, `An item of "${property}" is an empty string.`)
        return
      }
      if (values && !values.includes(x)) {
        ok = false
        this.badName(property, x, values, item.pointer)
        return
      }
      const n = x.length
      if (n > this.limits.maxStringLength) {
        ok = false
        this.problem(
          item.pointer,
          `An item of "${property}" is ${n} characters long, over ${this.limits.maxStringLength} (limits.maxStringLength).`
        )
        return
      }
      out.push(x)
    })
    if (numbers.length) return this.numeric(property, pointer, numbers)
    return ok ? out : undefined
  }
}

/** Converts the parsed exports into a rule set, or lists every problem. */
export function importRuleSet(input: ImportInput): ImportResult {
  const im = new Importer(input.limits)
  const clientRules: ImportedRule[] = []
  const deviceRules: ImportedDeviceRule[] = []
  let given = 0
  const each = (doc: unknown, source: ExportKind, take: (r: Located) => void) => {
    const rules = im.rulesOf(doc, source)
    if (!rules) return
    given += rules.length
    if (!rules.length) {
      im.notes.push({
        source,
        pointer: '',
        message: `The ${KNOWN_EXPORT[source]} export holds no rule.`
      })
    }
    if (!im.swapped(rules, source)) rules.forEach(take)
  }
  if (input.clientAccess !== undefined) {
    each(input.clientAccess, 'clientAccess', (r) => {
      const rule = im.rule(r, CLIENT_ACCESS_PARAMETERS, METADATA, INTERNAL_PARAMETERS)
      if (rule) clientRules.push(rule)
    })
  }
  if (input.activeSync !== undefined) {
    each(input.activeSync, 'activeSync', (r) => {
      const rule = im.rule(r, DEVICE_PARAMETERS, DEVICE_METADATA, [])
      if (rule) deviceRules.push(rule as unknown as ImportedDeviceRule)
    })
  }
  im.flushUnknown({
    clientAccess: 'New-ClientAccessRule',
    activeSync: 'New-ActiveSyncDeviceAccessRule'
  })
  if (!im.problems.length && given === 0) {
    return {
      ok: false,
      problems: [
        {
          source: input.clientAccess !== undefined ? 'clientAccess' : 'activeSync',
          pointer: '',
          message:
            'There is no rule to import: ConvertTo-Json writes nothing, or null, when the cmdlet returns no rule.',
          kind: 'shape'
        }
      ],
      notes: []
    }
  }
  if (im.problems.length) return { ok: false, problems: im.problems, notes: im.notes }
  const ruleSet: ImportedRuleSet = {
    ...(input.schema !== undefined ? { $schema: input.schema } : {}),
    Target: input.target ?? 'ExchangeOnline'
  }
  if (clientRules.length) ruleSet.ClientAccessRules = clientRules
  if (deviceRules.length) ruleSet.ActiveSyncDeviceAccessRules = deviceRules
  return { ok: true, ruleSet, notes: im.notes }
}

/** The file's text: pretty-printed, 2-space indent, a final newline. */
export function serializeRuleSet(ruleSet: ImportedRuleSet): string {
  return JSON.stringify(ruleSet, null, 2) + '\n'
}
