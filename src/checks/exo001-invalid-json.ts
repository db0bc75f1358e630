import { defineCheck } from './define.js'

/**
 * The file must be strict RFC 8259 JSON in UTF-8, within the size and nesting caps: it is what
 * the reviewer approves and what PowerShell's ConvertFrom-Json reads. Emitted by the engine's
 * load, decode and parse stages; a file with EXO001 gets no other finding.
 * Source: https://www.rfc-editor.org/rfc/rfc8259
 */
export default defineCheck({
  id: 'EXO001',
  slug: 'invalid-json',
  title: 'Rule-set files must be strict JSON in UTF-8',
  category: 'document',
  severity: 'error',
  scope: 'engine',
  messages: {
    empty: 'The file is empty; a rule set is one JSON object.',
    tooLarge: 'The file is {{size}} bytes, over the cap of {{cap}} bytes (limits.maxFileBytes).',
    wrongEncoding: 'The file is encoded as "{{encoding}}"; save it as UTF-8.',
    invalidUtf8:
      'The file is not valid UTF-8: byte "{{byte}}" is not part of a UTF-8 character; save it as UTF-8.',
    tooDeep: 'The document nests deeper than the cap of {{cap}} levels (limits.maxDepth).',
    invalidSymbol: 'Unexpected "{{token}}": this is not valid JSON.',
    invalidNumber:
      'Invalid number "{{token}}": JSON numbers have no leading zeros, "+" sign, hex, NaN or Infinity.',
    trailingComma: 'Trailing comma before "{{token}}": JSON does not allow one.',
    propertyNameExpected: 'Expected a property name in double quotes, found "{{token}}".',
    valueExpected: 'Expected a value, found "{{token}}".',
    colonExpected: 'Expected a colon after the property name, found "{{token}}".',
    commaExpected: 'Expected a comma or a closing bracket, found "{{token}}".',
    endExpected: 'Unexpected "{{token}}" after the end of the JSON value.',
    comment: 'Comments such as "{{token}}" are not allowed in JSON.',
    unterminatedString: 'The string is not closed: a double quote is missing.',
    invalidEscape: 'Invalid escape sequence "{{token}}" in a string.',
    controlCharacter:
      'Raw control character "{{char}}" inside a string; write it as an escape such as "\\n".',
    unexpectedEnd: 'The document ends before the JSON value is complete.',
    notRegular: 'The path is a {{kind}}, not a regular file; it was not read.',
    outsideWorkspace: 'The path resolves outside the workspace "{{root}}"; it was not read.',
    unreadable: 'The file could not be read ("{{code}}").'
  }
})
