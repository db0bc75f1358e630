import { defineCheck } from './define.js'

/**
 * A gate whose own configuration is broken must not pass quietly with half of it applied: the run
 * uses the built-in defaults, reports every rule-set finding, and fails (exit 2 in the CLI).
 * Emitted by the engine's config stage.
 */
export default defineCheck({
  id: 'EXO902',
  slug: 'invalid-config',
  title: 'The gate configuration must be valid',
  category: 'configuration',
  severity: 'error',
  scope: 'engine',
  messages: {
    unreadable: 'The config file was not read: {{detail}}',
    json: 'The config file is not valid JSON: {{detail}}',
    schema: 'The config file is not valid: {{detail}}',
    unknownCheck: 'Unknown check ID "{{id}}"; check IDs are listed by "exo-access-gate explain".',
    missingReason:
      'The suppression of "{{id}}" has no "reason"; say why the finding is acceptable.',
    badGlob: 'The path glob "{{glob}}" is not valid.'
  }
})
