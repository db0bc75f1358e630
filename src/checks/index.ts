import type { Check } from './define.js'
import exo001 from './exo001-invalid-json.js'
import exo002 from './exo002-duplicate-key.js'
import exo003 from './exo003-schema.js'
import exo004 from './exo004-unsupported-parameter.js'
import exo005 from './exo005-unsafe-text.js'
import exo006 from './exo006-number-literal.js'
import exo007 from './exo007-byte-order-mark.js'
import exo901 from './exo901-unused-suppression.js'
import exo902 from './exo902-invalid-config.js'

/**
 * The registry: every check of the catalog, in ID order. IDs are never reused; a retired check
 * stays here as a tombstone. The registry test keeps this list, the check files, their tests and
 * their docs pages in step.
 */
export const CHECKS: readonly Check[] = Object.freeze([
  exo001,
  exo002,
  exo003,
  exo004,
  exo005,
  exo006,
  exo007,
  exo901,
  exo902
])

const BY_ID = new Map(CHECKS.map((c) => [c.id, c]))

/** The check with this ID; throws for an unknown ID (a programming error). */
export function checkById(id: string): Check {
  const c = BY_ID.get(id)
  if (!c) throw new Error(`unknown check ${id}`)
  return c
}

/** True when the ID names a registered check. */
export function isCheckId(id: string): boolean {
  return BY_ID.has(id)
}
