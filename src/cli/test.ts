import { parseArgs } from 'node:util'
import { display } from '../engine/display.js'
import { UsageError } from '../engine/errors.js'
import { summarize } from '../engine/findings.js'
import type { Finding } from '../engine/types.js'
import {
  AUTHENTICATION_TYPES,
  FILTER_PROPERTIES,
  PROTOCOLS,
  SERVER_PROTOCOLS,
  type AuthenticationType,
  type Protocol
} from '../model/constants.js'
import { formatAddress, parseAddress } from '../model/ip.js'
import { evaluate, type CompiledRule, type Connection, type Miss } from '../model/model.js'
import { stylish } from '../reporters/stylish.js'
import { lintArgumentFile, oneOf } from './document.js'
import { EXIT, type Io } from './io.js'

export const TEST_FORMATS = ['text', 'json'] as const

export const TEST_HELP = `Usage: exo-access-gate test <file> --protocol <name> [options]

The offline Test-ClientAccessRule: which rule decides a connection, and why each earlier rule did not.

Options:
  --protocol <name>   the connection's protocol (required): ${PROTOCOLS.join(', ')}
  --auth <name>       its authentication type: ${AUTHENTICATION_TYPES.join(', ')}
  --ip <address>      its remote IPv4 or IPv6 address
  --user <name>       its username, as domain\\name
  --attr <Prop=Value> a recipient property for UserRecipientFilter (repeatable), e.g. Department=IT
  --middle-tier       the connection comes through a middle-tier app
  --format <name>     ${TEST_FORMATS.join(' | ')} (default: text)
  -h, --help          show this help

An option not given means the connection has no such value: no condition on it matches and no
exception on it holds (FORMAT.md, "Tests"). Exit codes: 0 it ran, 1 the file has errors that keep
it from being evaluated, 2 bad arguments, 3 internal error.
`

/** Findings that leave rules out of the model, so no answer about the file could be trusted. */
const BLOCKING = new Set(['EXO001', 'EXO002', 'EXO003', 'EXO004', 'EXO302', 'EXO304'])

const CANONICAL = new Map<string, string>(FILTER_PROPERTIES.map((p) => [p.toLowerCase(), p]))

/** Parses `test`'s arguments into a connection; every mistake is a UsageError. */
export function parseConnection(values: {
  protocol?: string
  auth?: string
  ip?: string
  user?: string
  attr?: string[]
  'middle-tier'?: boolean
}): Connection {
  if (values.protocol === undefined) {
    throw new UsageError(`--protocol is required; use one of: ${PROTOCOLS.join(', ')}.`)
  }
  const c: Connection = { protocol: oneOf<Protocol>('protocol', values.protocol, PROTOCOLS) }
  if (values.auth !== undefined) {
    c.authenticationType = oneOf<AuthenticationType>(
      'authentication type',
      values.auth,
      AUTHENTICATION_TYPES
    )
  }
  if (values.ip !== undefined) {
    const address = parseAddress(values.ip)
    if (!address) {
      throw new UsageError(
        `--ip ${JSON.stringify(display(values.ip))} is not a single IPv4 or IPv6 address.`
      )
    }
    c.address = address
  }
  if (values.user !== undefined) c.username = values.user
  const user: Record<string, string> = {}
  for (const attr of values.attr ?? []) {
    const eq = attr.indexOf('=')
    const name = eq < 0 ? undefined : CANONICAL.get(attr.slice(0, eq).toLowerCase())
    if (!name) {
      throw new UsageError(
        `--attr ${JSON.stringify(display(attr))} must be Property=Value with one of: ${FILTER_PROPERTIES.join(', ')}.`
      )
    }
    user[name] = attr.slice(eq + 1)
  }
  if (Object.keys(user).length) c.user = user
  if (values['middle-tier']) c.middleTier = true
  return c
}

/** Why an earlier rule did not decide the connection, in words. */
export function describeMiss(m: Miss, c: Connection): string {
  const r = m.rule.rule
  const q = (v: string) => `"${display(v)}"`
  switch (m.reason) {
    case 'disabled':
      return 'it is disabled ("Enabled": false)'
    case 'scope':
      return 'its Scope is "Users" and the connection comes through a middle-tier app'
    case 'exception':
      return `its exception ${m.parameter} holds (${q(m.value ?? '')})`
    case 'condition':
      break
  }
  switch (m.parameter) {
    case 'AnyOfProtocols':
      return `its AnyOfProtocols does not include ${q(c.protocol)}`
    case 'AnyOfAuthenticationTypes':
      return c.authenticationType === undefined
        ? 'it requires an authentication type and the connection has none'
        : `its AnyOfAuthenticationTypes does not include ${q(c.authenticationType)} for ${q(c.protocol)}`
    case 'AnyOfClientIPAddressesOrRanges':
      return c.address
        ? `no entry of its AnyOfClientIPAddressesOrRanges contains ${formatAddress(c.address.family, c.address.value)}`
        : 'it requires an IP address and the connection has none'
    case 'UsernameMatchesAnyOfPatterns':
      return c.username === undefined
        ? 'it requires a username and the connection has none'
        : `no pattern of its UsernameMatchesAnyOfPatterns matches ${q(c.username)}`
    default:
      return `its UserRecipientFilter ${q(r.userRecipientFilter ?? '')} does not hold for the user's properties`
  }
}

interface RuleRef {
  name: string
  priority: number | null
  line: number
}

/** `test`: evaluate one connection against one rule-set file. */
export async function test(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      protocol: { type: 'string' },
      auth: { type: 'string' },
      ip: { type: 'string' },
      user: { type: 'string' },
      attr: { type: 'string', multiple: true },
      'middle-tier': { type: 'boolean' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help) {
    io.stdout(TEST_HELP)
    return EXIT.pass
  }
  const format = oneOf('format', values.format ?? 'text', TEST_FORMATS)
  if (positionals.length !== 1) {
    throw new UsageError('test takes exactly one rule-set file.')
  }
  const connection = parseConnection(values)
  const linted = lintArgumentFile(positionals[0]!, io)
  const blocking = linted.findings.filter((f) => f.severity === 'error' && BLOCKING.has(f.id))
  if (!linted.model || !linted.line || blocking.length) {
    io.stderr(stylish(resultOf(linted.file, blocking.length ? blocking : linted.findings)))
    io.stderr('exo-access-gate: the file has errors that keep it from being evaluated.\n')
    return EXIT.fail
  }
  const line = linted.line
  const decision = evaluate(linted.model, connection)
  const ref = (r: CompiledRule): RuleRef => ({
    name: r.name,
    priority: r.rule.priority ?? null,
    line: line(r.rule.pointer + '/Name')
  })
  if (format === 'json') {
    const doc = {
      connection: {
        protocol: connection.protocol,
        authenticationType: connection.authenticationType ?? null,
        remoteAddress: connection.address
          ? formatAddress(connection.address.family, connection.address.value)
          : null,
        username: connection.username ?? null,
        user: connection.user ?? {},
        middleTier: connection.middleTier ?? false
      },
      decision: decision.action,
      rule: decision.rule ? ref(decision.rule) : null,
      governed: !decision.ungoverned,
      earlier: decision.misses.map((m) => ({
        ...ref(m.rule),
        reason: m.reason,
        parameter: m.parameter ?? null,
        value: m.value ?? null,
        explanation: describeMiss(m, connection)
      }))
    }
    io.stdout(JSON.stringify(doc, null, 2) + '\n')
    return EXIT.pass
  }
  const shownRef = (r: CompiledRule) => {
    const x = ref(r)
    const priority = x.priority === null ? 'no priority' : `priority ${x.priority}`
    return `"${display(x.name)}" (${priority}, line ${x.line})`
  }
  const c = connection
  const out: string[] = [
    `Connection: ${c.protocol}` +
      `, authentication ${c.authenticationType ?? '(none)'}` +
      `, address ${c.address ? formatAddress(c.address.family, c.address.value) : '(none)'}` +
      `, user ${c.username === undefined ? '(none)' : `"${display(c.username)}"`}` +
      (c.user
        ? `, properties ${Object.entries(c.user)
            .map(([k, v]) => `${k}="${display(v ?? '')}"`)
            .join(' ')}`
        : '') +
      (c.middleTier ? ', middle-tier' : '')
  ]
  if (decision.ungoverned) {
    out.push(
      `Decision: AllowAccess; client access rules govern only ${SERVER_PROTOCOLS.join(' and ')} connections on Exchange Server.`
    )
  } else if (decision.rule) {
    out.push(`Decision: ${decision.action} by rule ${shownRef(decision.rule)}.`)
  } else {
    out.push('Decision: AllowAccess; no rule matches.')
  }
  if (decision.misses.length) {
    out.push('', decision.rule ? 'Earlier rules:' : 'Rules:')
    for (const m of decision.misses) out.push(`  ${shownRef(m.rule)}: ${describeMiss(m, c)}.`)
  }
  io.stdout(out.join('\n') + '\n')
  const others = linted.findings.filter((f) => f.severity === 'error').length
  if (others) {
    io.stderr(
      `Note: the file has ${others} error${others === 1 ? '' : 's'}; run "exo-access-gate check ${display(linted.file)}".\n`
    )
  }
  return EXIT.pass
}

function resultOf(file: string, findings: Finding[]) {
  const files = [{ file, findings }]
  return { files, summary: summarize(files) }
}
