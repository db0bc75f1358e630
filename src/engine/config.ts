import picomatch from 'picomatch'
import { checkById, isCheckId } from '../checks/index.js'
import { decode } from './decode.js'
import { makeFinding, Positions, render } from './findings.js'
import { parse } from './parse.js'
import { isWithin, join, valueAt } from './pointer.js'
import { validateConfig } from './schema.js'
import {
  DEFAULT_LIMITS,
  type FailOn,
  type Finding,
  type Limits,
  type SeverityOrOff
} from './types.js'

/** One suppression of the config file, ready to match findings. */
export interface Suppression {
  id: string
  path?: string
  pointer?: string
  reason: string
  /** Where it is in the config file, for EXO901. */
  at: string
  matches: (file: string) => boolean
  used: boolean
}

/** The configuration in force. */
export interface Config {
  paths?: string[]
  failOn?: FailOn
  severity: Record<string, SeverityOrOff>
  suppressions: Suppression[]
  limits: Limits
}

/** A config file as read: the config to use, the file's own findings (EXO902) and its positions. */
export interface LoadedConfig {
  file?: string
  config: Config
  /** EXO902 findings; when any, `config` is the built-in default. */
  findings: Finding[]
  positions?: Positions
}

/** The built-in defaults. */
export function defaultConfig(): Config {
  return { severity: {}, suppressions: [], limits: { ...DEFAULT_LIMITS } }
}

/**
 * Reads the gate's config file with the same strict pipeline as rule sets. Any problem is EXO902
 * and the whole file is ignored: the run uses the built-in defaults and fails.
 */
export function loadConfig(file: string, bytes: Uint8Array): LoadedConfig {
  const check = checkById('EXO902')
  // A file that is not strict JSON: EXO902 with EXO001's words, at the problem's position.
  const notJson = (text: string, failure: TextFailure): LoadedConfig => {
    const detail = render(checkById('EXO001').messages[failure.messageId]!, failure.data)
    return textFailure(file, text, 'json', detail, { offset: failure.offset, length: 1 })
  }
  const decoded = decode(bytes, DEFAULT_LIMITS.maxFileBytes)
  if (!decoded.ok) return notJson(decoded.text, decoded)
  const parsed = parse(decoded.text, DEFAULT_LIMITS.maxDepth)
  if (!parsed.ok) return notJson(decoded.text, parsed)
  const positions = new Positions(decoded.text, parsed.tree)
  const findings: Finding[] = []
  const add = (
    messageId: string,
    data: Record<string, string | number>,
    at: string,
    target?: 'key' | 'value' | 'open'
  ): void => {
    findings.push(makeFinding(check, { at, target, messageId, data }, file, positions, {})!)
  }
  const exo003 = checkById('EXO003')
  for (const issue of validateConfig(parsed.value)) {
    const blank = issue.messageId === 'blankReason'
    if (blank || (issue.messageId === 'required' && issue.data.property === 'reason')) {
      const at = blank ? issue.pointer.replace(/\/reason$/, '') : issue.pointer
      const id = (valueAt(parsed.value, at) as { id?: unknown })?.id
      add('missingReason', { id: typeof id === 'string' ? id : '?' }, issue.pointer, 'open')
    } else {
      add(
        'schema',
        { detail: render(exo003.messages[issue.messageId]!, issue.data) },
        issue.pointer,
        issue.target
      )
    }
  }
  const raw = parsed.value as {
    paths?: string[]
    failOn?: FailOn
    severity?: Record<string, SeverityOrOff>
    suppressions?: { id: string; path?: string; pointer?: string; reason: string }[]
    limits?: Partial<Limits>
  }
  if (findings.length === 0) {
    for (const id of Object.keys(raw.severity ?? {})) {
      if (!isCheckId(id)) add('unknownCheck', { id }, join('/severity', id), 'key')
    }
    raw.suppressions?.forEach((s, i) => {
      if (!isCheckId(s.id)) add('unknownCheck', { id: s.id }, join('/suppressions', i, 'id'))
      if (s.path !== undefined) {
        try {
          picomatch(s.path)
        } catch {
          add('badGlob', { glob: s.path }, join('/suppressions', i, 'path'))
        }
      }
    })
  }
  if (findings.length) return { file, config: defaultConfig(), findings, positions }
  const config: Config = {
    severity: { ...(raw.severity ?? {}) },
    suppressions: (raw.suppressions ?? []).map((s, i) => {
      const glob = s.path === undefined ? undefined : picomatch(s.path, { dot: true })
      return {
        id: s.id,
        ...(s.path !== undefined ? { path: s.path } : {}),
        ...(s.pointer !== undefined ? { pointer: s.pointer } : {}),
        reason: s.reason,
        at: join('/suppressions', i),
        matches: (f: string) => (glob ? glob(f) : true),
        used: false
      }
    }),
    limits: { ...DEFAULT_LIMITS, ...(raw.limits ?? {}) }
  }
  if (raw.paths) config.paths = [...raw.paths]
  if (raw.failOn) config.failOn = raw.failOn
  return { file, config, findings, positions }
}

interface TextFailure {
  messageId: string
  data: Record<string, string | number>
  offset: number
}

function textFailure(
  file: string,
  text: string,
  messageId: string,
  detail: string,
  span: { offset: number; length: number }
): LoadedConfig {
  const positions = new Positions(text, undefined)
  const report = { at: '', span, messageId, data: { detail } }
  const f = makeFinding(checkById('EXO902'), report, file, positions, {})!
  return { file, config: defaultConfig(), findings: [f], positions }
}

/** A config file the loader refused (a symlink, outside the workspace…): EXO902, defaults in force. */
export function unusableConfig(
  file: string,
  messageId: string,
  data: Record<string, string | number>
): LoadedConfig {
  const detail = render(checkById('EXO001').messages[messageId]!, data)
  return textFailure(file, '', 'unreadable', detail, { offset: 0, length: 0 })
}

/** Marks the findings a suppression covers; suppressed findings stay, counted apart. */
export function applySuppressions(findings: Finding[], suppressions: Suppression[]): void {
  if (suppressions.length === 0) return
  for (const f of findings) {
    for (const s of suppressions) {
      if (s.id !== f.id || !s.matches(f.file)) continue
      if (s.pointer !== undefined && !isWithin(f.pointer, s.pointer)) continue
      // the first matching suppression gives the reason; every matching one counts as used
      if (!f.suppressed) {
        f.suppressed = true
        f.suppression = { reason: s.reason }
      }
      s.used = true
    }
  }
}

/** EXO901 for every suppression that matched nothing, placed in the config file. */
export function unusedSuppressions(loaded: LoadedConfig): Finding[] {
  if (!loaded.file || !loaded.positions) return []
  const check = checkById('EXO901')
  const out: Finding[] = []
  for (const s of loaded.config.suppressions) {
    if (s.used) continue
    const scope = [
      s.path !== undefined ? ` in "${s.path}"` : '',
      s.pointer !== undefined ? ` at "${s.pointer}"` : ''
    ].join('')
    const f = makeFinding(
      check,
      { at: s.at, target: 'open', messageId: 'unused', data: { id: s.id, scope } },
      loaded.file,
      loaded.positions,
      loaded.config.severity
    )
    if (f) out.push(f)
  }
  return out
}
