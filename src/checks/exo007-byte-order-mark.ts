import { defineCheck } from './define.js'

/**
 * Windows PowerShell 5.1 writes UTF-8 with a byte-order mark; RFC 8259 §8.1 says senders must not
 * add one. The engine strips it once, before parsing, so every column stays right, and notes it.
 * Source: https://www.rfc-editor.org/rfc/rfc8259#section-8.1
 */
export default defineCheck({
  id: 'EXO007',
  slug: 'byte-order-mark',
  title: 'Save rule-set files without a byte-order mark',
  category: 'document',
  severity: 'notice',
  scope: 'engine',
  messages: {
    bom: 'The file starts with a UTF-8 byte-order mark "\\uFEFF"; it was ignored, but JSON files should be saved without one.'
  }
})
