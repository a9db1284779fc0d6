// A node's children, for the passes that walk a whole tree without caring about most node
// kinds (ast.iter_child_nodes): every field that holds a node, and every node of a list field,
// in field order. Bytes constants, strings, numbers and empty (null) slots are not nodes.

function isNode(x: unknown): x is object {
  return x !== null && typeof x === 'object' && !(x instanceof Uint8Array);
}

/** Calls f on each child node of `node`. */
export function forEachChild(node: object, f: (child: object) => void): void {
  for (const [k, v] of Object.entries(node)) {
    if (k === 'kind' || !isNode(v)) continue;
    if (Array.isArray(v)) {
      for (const x of v) if (isNode(x)) f(x);
    } else f(v);
  }
}
