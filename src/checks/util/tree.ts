import type { Node } from 'jsonc-parser'
import { join } from '../../engine/pointer.js'

/**
 * Visits every value node of a position tree with its JSON Pointer (keys are visited as the
 * string node that is a property's first child, with the pointer of their member). Depth is
 * capped before this runs, so the recursion is bounded.
 */
export function forEachNode(
  node: Node,
  visit: (node: Node, pointer: string, isKey: boolean) => void,
  pointer = ''
): void {
  visit(node, pointer, false)
  if (node.type === 'object') {
    for (const member of node.children ?? []) {
      const [key, value] = member.children ?? []
      if (!key) continue
      const p = join(pointer, key.value as string)
      visit(key, p, true)
      if (value) forEachNode(value, visit, p)
    }
  } else if (node.type === 'array') {
    node.children?.forEach((child, i) => forEachNode(child, visit, join(pointer, i)))
  }
}
