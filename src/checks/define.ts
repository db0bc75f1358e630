import type { Node } from 'jsonc-parser'
import type { Severity } from '../engine/types.js'
import type { Target } from '../engine/positions.js'
import type { Analysis } from '../model/analysis.js'
import type { Model } from '../model/model.js'
import type { RuleSet } from '../model/ruleset.js'

/** Where a check belongs in the catalog (CHECKS.md's blocks). */
export type Category =
  | 'document'
  | 'ordering'
  | 'safeguards'
  | 'values'
  | 'mobile'
  | 'target'
  | 'expectations'
  | 'configuration'

/** What a check passes to `report`. Checks name places by JSON Pointer and never compute positions. */
export interface Report {
  /** JSON Pointer of the node the finding points at. */
  at: string
  /** The key, the value (default) or an object's opening brace. */
  target?: Target
  /** Document checks only: the exact tree node (the second of two duplicate keys shares its pointer). */
  node?: Node
  /** The engine only: a problem found in the text itself (no tree), by offset and length. */
  span?: { offset: number; length: number }
  /** A range inside the string at `at` (decoded indexes, end exclusive), e.g. a filter's property. */
  inString?: { start: number; end: number }
  messageId: string
  data?: Record<string, string | number>
  /** For checks with two default severities, and for a "may" finding one level lower: its severity. */
  severity?: Severity
  related?: { at: string; target?: Target; message: string }[]
}

/** What every check's `run` gets. */
export interface CheckContext {
  /** The file's text (after the byte-order mark). */
  readonly text: string
  /** The position tree of the whole document. */
  readonly tree: Node
  /** The document's value (null-prototype objects), whatever its shape. */
  readonly value: unknown
  /** The typed rule set: only the parts that passed the schema. */
  readonly ruleSet: RuleSet
  /** The rule model of the client access rules, built on first use. */
  readonly model: Model
  /** The symbolic analysis of the model, built on first use. */
  readonly analysis: Analysis
  /** The caps in force. */
  readonly limits: import('../engine/types.js').Limits
  /** The line (1-based) a pointer is shown at, for messages that name another item's line. */
  line(pointer: string, target?: Target): number
  /** The line (1-based) of a tree node. */
  lineOf(node: Node): number
  /** True when the schema stage reported a finding exactly at this pointer. */
  schemaError(pointer: string): boolean
  report(report: Report): void
}

/** A check of the catalog: its metadata, its message templates and, unless the engine emits it, `run`. */
export interface Check {
  id: string
  slug: string
  /** Imperative, no period: "Rule priorities must be unique". */
  title: string
  category: Category
  /** The default severity; for checks with two, the higher one. */
  severity: Severity
  /** Both default severities, for checks that have two (CHECKS.md "error / warning"). */
  severities?: readonly [Severity, Severity]
  /** `{{name}}` templates: one sentence, capitalised, ending with a period. */
  messages: Record<string, string>
  /**
   * `document` checks run on every parsed file, whatever the schema says; `ruleset` checks run on
   * the typed model; `engine` checks are emitted by the pipeline itself (decode, parse, schema, config).
   */
  scope: 'document' | 'ruleset' | 'engine'
  run?: (ctx: CheckContext) => void
}

/** Declares a check; the identity function gives the object its type. */
export function defineCheck(check: Check): Check {
  return check
}
