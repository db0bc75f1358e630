import { defineCheck } from './define.js'

/**
 * A suppression that matches nothing is either stale (the finding was fixed) or aimed at the wrong
 * file or pointer; either way it may silence a different finding later. Emitted by the engine
 * after every file is checked.
 */
export default defineCheck({
  id: 'EXO901',
  slug: 'unused-suppression',
  title: 'Remove suppressions that match no finding',
  category: 'configuration',
  severity: 'warning',
  scope: 'engine',
  messages: {
    unused: 'The suppression of "{{id}}"{{scope}} matched no finding; remove it.'
  }
})
