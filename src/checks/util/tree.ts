import type { Node } from 'jsonc-parser'
import { escapeToken } from '../../engine/pointer.js'

/**
 * Where the walk is: the reference tokens from the root to the node being visited. The JSON
 * Pointer is built only when a check asks for it (most nodes are never reported, and building a
 * pointer for each was a large share of a file's time).
 */
export class NodePath {
  private readonly tokens: (string | number)[] = []

  /** The JSON Pointer of the node being visited. */
  get pointer(): string {
    let p = ''
    for (const t of this.tokens) p += '/' + escapeToken(t)
    return p
  }

  /** @internal */
  push(token: string | number): void {
    this.tokens.push(token)
  }

  /** @internal */
  pop(): void {
    this.tokens.pop()
  }
}

/**
 * Visits every value node of a position tree with its path (keys are visited as the string node
 * that is a property's first child, with the path of their member). The path object is shared
 * and changes as the walk goes on: read `path.pointer` during the visit, never later. Depth is
 * capped before this runs, so the recursion is bounded.
 */
export function forEachNode(
  node: Node,
  visit: (node: Node, path: NodePath, isKey: boolean) => void,
  path = new NodePath()
): void {
  visit(node, path, false)
  const children = node.children
  if (!children) return
  if (node.type === 'object') {
    for (const member of children) {
      const key = member.children?.[0]
      if (!key) continue
      const value = member.children![1]
      path.push(key.value as string)
      visit(key, path, true)
      if (value) forEachNode(value, visit, path)
      path.pop()
    }
  } else if (node.type === 'array') {
    for (let i = 0; i < children.length; i++) {
      path.push(i)
      forEachNode(children[i]!, visit, path)
      path.pop()
    }
  }
}
