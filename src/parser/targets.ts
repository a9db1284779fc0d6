// Assignment/deletion targets: converting a parsed expression to Store or Del context, with
// CPython's "cannot assign to ..." messages (Parser/pegen.c: _PyPegen_set_expr_context,
// _PyPegen_get_expr_name, and the invalid_* rules of Grammar/python.gram that report them).

import type * as A from './ast.js';

/** _PyPegen_get_expr_name: how an error message names an expression that is not a target. */
export function exprName(e: A.expr): string {
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === true) return 'True';
      if (v === false) return 'False';
      if (typeof v === 'object' && !(v instanceof Uint8Array) && v.kind === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
    default: return 'expression';
  }
}

/** The first sub-expression that cannot be a target (searching tuples, lists, starred). */
export function invalidTarget(e: A.expr, del: boolean): A.expr | null {
  switch (e.kind) {
    case 'Name': case 'Attribute': case 'Subscript': return null;
    case 'Starred': return del ? e : invalidTarget(e.value, del);
    case 'List': case 'Tuple':
      for (const x of e.elts) {
        const bad = invalidTarget(x, del);
        if (bad !== null) return bad;
      }
      return null;
    default: return e;
  }
}

/** Rewrites ctx in place to Store or Del (the tree was built with Load). */
export function setContext(e: A.expr, ctx: A.expr_context): void {
  switch (e.kind) {
    case 'Name': case 'Attribute': case 'Subscript': e.ctx = ctx; return;
    case 'Starred': e.ctx = ctx; setContext(e.value, ctx); return;
    case 'List': case 'Tuple':
      e.ctx = ctx;
      for (const x of e.elts) setContext(x, ctx);
      return;
    default: return;
  }
}
