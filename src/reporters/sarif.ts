import { createHash } from 'node:crypto'
import type { Check } from '../checks/define.js'
import { CHECKS } from '../checks/index.js'
import { display, escapeUnit } from '../engine/display.js'
import type { Finding, LintResult, RelatedLocation, Severity } from '../engine/types.js'

/**
 * `--format sarif` and the action's `sarif-file`: SARIF 2.1.0 for `github/codeql-action/upload-sarif`
 * (reference/github-actions-platform.md §3.5). Pure: a result in, text out; every link comes from
 * the options, never a hard-coded host.
 */
export interface SarifOptions {
  /** The gate's version (package.json), as `tool.driver.version`; also `semanticVersion` when SemVer. */
  toolVersion: string
  /** An absolute URL about the tool (its repository or README), as `tool.driver.informationUri`. */
  informationUri: string
  /** An absolute URL ending in `/` under which `EXONNN.md` is each check's page (e.g. DOCS_BASE). */
  docsBase: string
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

/** The `partialFingerprints` key: bump the version when the fingerprint's recipe changes. */
export const FINGERPRINT_KEY = 'exoAccessGate/v1'

/** The `uriBaseId` of every result location: the repository root the file names are relative to. */
export const SRCROOT = '%SRCROOT%'

const TOOL_NAME = 'exo-access-gate'

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  notice: 'note'
}

/** SemVer 2.0.0 (semver.org's own expression); SARIF's `semanticVersion` must be one. */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/

/**
 * Plain-text SARIF messages may carry embedded links, `[text](target)` (SARIF §3.11.6), which
 * GitHub renders as links. Untrusted text (rule names, values) must never make one, so literal
 * brackets and backslashes are backslash-escaped, as CodeQL itself does; control and invisible
 * characters become `\uXXXX` escapes, as in every other channel.
 */
export function sarifText(text: string): string {
  return display(text, Number.MAX_SAFE_INTEGER).replace(/[\\[\]]/g, '\\$&')
}

/**
 * Characters JSON.stringify leaves raw that can hide or reorder text for a person reading the
 * log (DEL and C1 controls, line and paragraph separators, bidi and zero-width characters,
 * display()'s set): written as `\\uXXXX` JSON escapes, which decode to the same characters.
 * They can only occur inside strings (the JSON structure is ASCII), so this is lossless.
 */
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class
  /[\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\ufff0-\ufffb]/g

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** `C:\r\a.json`, `C:/r/a.json`: a Windows path with a drive letter, either separator. */
const DRIVE = /^[A-Za-z]:[\\/]/
/** `\\server\share\a.json`: a Windows UNC path (a host name of letters, digits, `.`, `-`, `_`). */
const UNC = /^\\\\[A-Za-z0-9._-]+[\\/]/

/**
 * A file name as a URI reference: each `/`-separated segment percent-encoded (spaces, `%`, `#`,
 * `?`, `:`, backslashes and non-ASCII included), `.` and empty segments dropped, `..` kept. The
 * engine gives repo-relative names with `/` on every platform, so in a relative name a backslash
 * is a character of a POSIX file name, not a separator. Such a name stays relative (with
 * `uriBaseId` %SRCROOT%). An absolute name (a file outside the workspace) becomes a `file:` URI:
 * `/home/u/a.json`, and Windows paths, whose backslashes are separators: `C:\r\a.json` →
 * `file:///C:/r/a.json`, `\\srv\share\a.json` → `file://srv/share/a.json`.
 */
export function fileUri(file: string): { uri: string; relative: boolean } {
  let name = file.replace(LONE_SURROGATE, '\ufffd')
  let prefix = ''
  if (UNC.test(name)) {
    const [host, ...rest] = name.slice(2).split(/[\\/]/)
    prefix = `file://${host!}/`
    name = rest.join('/')
  } else if (DRIVE.test(name)) {
    prefix = `file:///${name[0]!.toUpperCase()}:/`
    name = name.slice(3).replace(/\\/g, '/')
  } else if (name.startsWith('/')) {
    prefix = 'file:///'
  }
  const path = name
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .map(encodeURIComponent)
    .join('/')
  return prefix ? { uri: prefix + path, relative: false } : { uri: path, relative: true }
}

/** `shadowed-rule` → `ShadowedRule`: SARIF's friendly rule name is one Pascal-case identifier. */
export function pascalCase(slug: string): string {
  return slug
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('')
}

/** Line numbers inside message data: keys named `line`/`…Line`, and "line 12" inside texts. */
const LINE_KEY = /line$/i
const LINE_REF = /\bline \d+/g

/**
 * What identifies a finding across runs: check, file, JSON Pointer, message template and its
 * values, with every line number taken out, so inserting or removing lines elsewhere in the
 * file (or reformatting it) keeps every fingerprint. Severity and suppression are left out too:
 * changing either keeps the alert. Distinct findings that agree on all of this (three copies of
 * one duplicate key) get an occurrence number, `:1`, `:2`…, in file order, as GitHub's own
 * `primaryLocationLineHash` does.
 */
export function fingerprintBase(f: Finding): string {
  const data = Object.keys(f.data)
    .filter((k) => !LINE_KEY.test(k))
    .sort()
    .map((k) => {
      const v = f.data[k]!
      return [k, typeof v === 'string' ? v.replace(LINE_REF, 'line') : v]
    })
  const identity = JSON.stringify([f.id, fileUri(f.file).uri, f.pointer, f.messageId, data])
  return createHash('sha256').update(identity, 'utf8').digest('hex').slice(0, 32)
}

function absoluteUrl(value: string, what: string): string {
  try {
    return new URL(value).href
  } catch {
    throw new Error(`sarif: ${what} must be an absolute URL, got ${JSON.stringify(value)}`)
  }
}

/** GitHub's limit on a rule's `shortDescription.text` and `fullDescription.text`, in characters. */
export const MAX_DESCRIPTION = 1024

/** The text, cut with `…` to at most `max` UTF-16 units (never inside a surrogate pair). */
export function capText(text: string, max: number = MAX_DESCRIPTION): string {
  if (text.length <= max) return text
  let end = max - 1
  const c = text.charCodeAt(end - 1)
  if (c >= 0xd800 && c <= 0xdbff) end--
  return text.slice(0, end) + '…'
}

/** A URL inside a Markdown link destination: parentheses and spaces encoded. */
const markdownUrl = (url: string): string =>
  url.replace(/[() ]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())

function rule(check: Check, docsBase: string): Record<string, unknown> {
  const helpUri = absoluteUrl(docsBase + check.id + '.md', 'docsBase')
  const severities = check.severities ? check.severities.join(' or ') : check.severity
  const about = `Default severity: ${severities}. Category: ${check.category}.`
  const page = 'why it matters, a failing and a passing example, and when to suppress it'
  return {
    id: check.id,
    name: pascalCase(check.slug),
    shortDescription: { text: capText(`${check.title}.`) },
    fullDescription: { text: capText(`${check.id} ${check.slug}: ${check.title}. ${about}`) },
    helpUri,
    help: {
      text: `${check.title}. ${about} The check's page says ${page}: ${helpUri}`,
      markdown: `**${check.id} ${check.slug}**: ${check.title}.\n\n${about}\n\nThe check's page, [${check.id} ${check.slug}](${markdownUrl(helpUri)}), says ${page}.`
    },
    defaultConfiguration: { level: LEVEL[check.severity] },
    properties: { tags: [check.category] }
  }
}

interface Place {
  line: number
  column: number
  endLine: number
  endColumn: number
}

function physicalLocation(file: string, at: Place): Record<string, unknown> {
  const { uri, relative } = fileUri(file)
  return {
    artifactLocation: relative ? { uri, uriBaseId: SRCROOT } : { uri },
    region: {
      startLine: at.line,
      startColumn: at.column,
      endLine: at.endLine,
      endColumn: at.endColumn
    }
  }
}

function related(file: string, r: RelatedLocation, i: number): Record<string, unknown> {
  return {
    id: i + 1,
    physicalLocation: physicalLocation(file, r),
    message: { text: sarifText(r.message) }
  }
}

/**
 * The SARIF log of one run: one `run`, `tool.driver.rules` = every registered check (in registry
 * order, so `ruleIndex` is stable), one result per finding in the result's order; suppressed
 * findings are results with an `external` suppression carrying the config file's reason.
 * Regions are 1-based with an exclusive end column in UTF-16 code units, exactly the finding's.
 */
export function sarif(result: LintResult, options: SarifOptions): string {
  const informationUri = absoluteUrl(options.informationUri, 'informationUri')
  const rules = CHECKS.map((c) => rule(c, options.docsBase))
  const ruleIndex = new Map(CHECKS.map((c, i) => [c.id, i]))
  const seen = new Map<string, number>()
  const results: Record<string, unknown>[] = []
  for (const file of result.files) {
    for (const f of file.findings) {
      const base = fingerprintBase(f)
      const n = (seen.get(base) ?? 0) + 1
      seen.set(base, n)
      const index = ruleIndex.get(f.id)
      const r: Record<string, unknown> = {
        ruleId: f.id,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: LEVEL[f.severity],
        message: { text: sarifText(f.message) },
        locations: [{ physicalLocation: physicalLocation(f.file, f) }]
      }
      if (f.related?.length) r.relatedLocations = f.related.map((x, i) => related(f.file, x, i))
      r.partialFingerprints = { [FINGERPRINT_KEY]: `${base}:${n}` }
      if (f.suppressed) {
        r.suppressions = [
          { kind: 'external', justification: display(f.suppression?.reason ?? '', 1000) }
        ]
      }
      r.properties = { pointer: f.pointer }
      results.push(r)
    }
  }
  const driver: Record<string, unknown> = {
    name: TOOL_NAME,
    version: options.toolVersion,
    ...(SEMVER.test(options.toolVersion) ? { semanticVersion: options.toolVersion } : {}),
    informationUri,
    rules
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        originalUriBaseIds: {
          [SRCROOT]: {
            description: {
              text: 'The root of the repository (the workspace) that the gate checked; every file name is relative to it.'
            }
          }
        },
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
  return JSON.stringify(log, null, 2).replace(INVISIBLE, escapeUnit) + '\n'
}
