import type { Node } from 'jsonc-parser'
import { defineCheck } from './define.js'
import { join } from '../engine/pointer.js'
import { forEachNode } from './util/tree.js'

/**
 * RFC 8259 leaves duplicate names undefined: JSON.parse keeps the last, PowerShell's
 * ConvertFrom-Json rejects keys that differ only in case (PowerShell issue 3705), and a reviewer
 * reads the first. Keys are compared after decoding escapes and case-insensitively.
 * Source: https://www.rfc-editor.org/rfc/rfc8259#section-4
 */
export default defineCheck({
  id: 'EXO002',
  slug: 'duplicate-key',
  title: 'Keys must be unique in each object',
  category: 'document',
  severity: 'error',
  scope: 'document',
  messages: {
    exact:
      'Key "{{key}}" is already defined on line {{line}}; JSON.parse keeps only the last value.',
    escaped:
      'Key "{{key}}" is the same as "{{first}}" on line {{line}} once its escapes are decoded.',
    caseVariant:
      'Key "{{key}}" differs only in case from "{{first}}" on line {{line}}; PowerShell reads them as one key.'
  },
  run(ctx) {
    forEachNode(ctx.tree, (node, path) => {
      if (node.type !== 'object') return
      const seen = new Map<string, Node>()
      for (const member of node.children ?? []) {
        const key = member.children?.[0]
        if (!key) continue
        const name = key.value as string
        const fold = name.toLowerCase()
        const first = seen.get(fold)
        if (!first) {
          seen.set(fold, key)
          continue
        }
        const raw = (k: Node): string => ctx.text.slice(k.offset + 1, k.offset + k.length - 1)
        const firstName = first.value as string
        const messageId =
          firstName !== name ? 'caseVariant' : raw(first) === raw(key) ? 'exact' : 'escaped'
        ctx.report({
          at: join(path.pointer, name),
          node: key,
          messageId,
          data: {
            key: messageId === 'escaped' ? raw(key) : name,
            first: messageId === 'escaped' ? raw(first) : firstName,
            line: ctx.lineOf(first)
          }
        })
      }
    })
  }
})
