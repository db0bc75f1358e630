import type { Check } from './define.js'
import exo001 from './exo001-invalid-json.js'
import exo002 from './exo002-duplicate-key.js'
import exo003 from './exo003-schema.js'
import exo004 from './exo004-unsupported-parameter.js'
import exo005 from './exo005-unsafe-text.js'
import exo006 from './exo006-number-literal.js'
import exo007 from './exo007-byte-order-mark.js'
import exo101 from './exo101-duplicate-priority.js'
import exo102 from './exo102-duplicate-name.js'
import exo103 from './exo103-shadowed-rule.js'
import exo104 from './exo104-never-matches.js'
import exo105 from './exo105-redundant-rule.js'
import exo106 from './exo106-ambiguous-order.js'
import exo107 from './exo107-disabled-rule.js'
import exo201 from './exo201-missing-safeguard.js'
import exo202 from './exo202-partial-safeguard.js'
import exo301 from './exo301-filter-property.js'
import exo302 from './exo302-filter-syntax.js'
import exo303 from './exo303-filter-value.js'
import exo304 from './exo304-invalid-ip.js'
import exo305 from './exo305-ip-host-bits.js'
import exo306 from './exo306-ip-never-seen.js'
import exo307 from './exo307-username-pattern.js'
import exo308 from './exo308-auth-protocol-mismatch.js'
import exo309 from './exo309-universal-outlook.js'
import exo310 from './exo310-target-unsupported.js'
import exo311 from './exo311-duplicate-value.js'
import exo401 from './exo401-outlook-mobile-not-blocked.js'
import exo402 from './exo402-device-rule-conflict.js'
import exo403 from './exo403-device-query-wildcard.js'
import exo404 from './exo404-outlook-identity-mismatch.js'
import exo501 from './exo501-exchange-online-retired.js'
import exo601 from './exo601-expectation-failed.js'
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
  exo101,
  exo102,
  exo103,
  exo104,
  exo105,
  exo106,
  exo107,
  exo201,
  exo202,
  exo301,
  exo302,
  exo303,
  exo304,
  exo305,
  exo306,
  exo307,
  exo308,
  exo309,
  exo310,
  exo311,
  exo401,
  exo402,
  exo403,
  exo404,
  exo501,
  exo601,
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
