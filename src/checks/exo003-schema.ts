import { defineCheck } from './define.js'

/**
 * The document must match schemas/ruleset.schema.json: the cmdlet parameters of
 * New-ClientAccessRule and New-ActiveSyncDeviceAccessRule with their exact enum values, no
 * coercion. Emitted by the engine's schema stage, one finding per mistake, with the closest valid
 * name or value. Source: https://learn.microsoft.com/powershell/module/exchangepowershell/new-clientaccessrule
 */
export default defineCheck({
  id: 'EXO003',
  slug: 'schema',
  title: 'Rule sets must match the rule-set schema',
  category: 'document',
  severity: 'error',
  scope: 'engine',
  messages: {
    unknownProperty: 'Unknown property "{{property}}" in {{where}}.',
    unknownPropertySuggest:
      'Unknown property "{{property}}" in {{where}}; the closest valid one is "{{suggestion}}".',
    forbiddenKey:
      'Key "{{property}}" is not allowed: JavaScript tools read it as a prototype, not as data.',
    type: '"{{property}}" must be {{expected}}, not {{actual}}.',
    enum: 'Value "{{value}}" of "{{property}}" is not one of {{allowed}}.',
    enumSuggest:
      'Value "{{value}}" of "{{property}}" is not valid; the closest valid value is "{{suggestion}}".',
    required: 'The {{where}} is missing the required property "{{property}}".',
    emptyList: '"{{property}}" is an empty list; leave the property out instead.',
    tooManyItems:
      '"{{property}}" has {{count}} items, over the cap of {{cap}} (limits.maxListItems).',
    emptyString: '"{{property}}" is an empty string.',
    tooLong:
      '"{{property}}" is {{length}} characters long, over the cap of {{cap}} (limits.maxStringLength).',
    nameTooLong: 'Name "{{value}}" is {{length}} characters long; Exchange allows at most {{cap}}.',
    queryTooLong:
      'QueryString "{{value}}" is {{length}} characters long; Exchange allows at most {{cap}}.',
    range: '"{{property}}" must be an integer from {{min}} to {{max}}, not "{{value}}".',
    noRules:
      'The document has none of "ClientAccessRules", "ActiveSyncDeviceAccessRules" and "ActiveSyncOrganizationSettings", so it governs nothing.',
    notObject: 'The document must be a JSON object, not {{actual}}.',
    badId: 'Value "{{value}}" is not a check ID of the form "EXONNN".',
    blankReason: 'The "reason" is blank.',
    pattern: 'Value "{{value}}" of "{{property}}" has the wrong form.',
    generic: '"{{property}}" is not valid: {{detail}}.',
    ruleNameOrNull: '"{{property}}" must be a rule name or null, not {{actual}}.'
  }
})
