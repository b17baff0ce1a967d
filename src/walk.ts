// Walking an mdast tree on the hot paths (links of a README, positions of a parsed stretch, a
// draft's prose). unist-util-visit names a closure for every node it visits (an
// `Object.defineProperty` and a string per node, for readable stack traces); on these paths that
// cost more than the walk itself. `walk` visits what `visit(tree, fn)` visits, in the same order:
// a node before its children, children in document order.
import type { Nodes } from 'mdast'

/** Calls `fn` on `tree` and every node under it; `fn` returning false skips that node's children. */
export function walk(tree: Nodes, fn: (node: Nodes) => boolean | void): void {
  const stack: Nodes[] = [tree]
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (fn(node) === false || !('children' in node)) continue
    const children = node.children as Nodes[]
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!)
  }
}
