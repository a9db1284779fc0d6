// Future statements at compile time (Python/future.c future_parse, and compiler_from_import's
// placement rule): `from __future__ import X` must come first in a module (after its docstring
// and other future statements); X must be a feature Python knows ("braces" answers "not a
// chance"). The features whose effect Python 3.11 still has to switch on are not supported by
// glasspy yet and say so at their line; the others are the default already and change nothing.

import type * as A from '../parser/ast.js';
import { PyNotImplementedSyntax, SymtableError } from './errors.js';
import { forEachChild } from '../parser/walk.js';

const KNOWN = new Set(['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
  'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations']);
/** features that would change how the module compiles */
const UNSUPPORTED = new Set(['annotations', 'barry_as_FLUFL']);

export const MISPLACED_FUTURE = 'from __future__ imports must occur at the beginning of the file';

function isFuture(s: A.stmt): s is A.ImportFrom {
  return s.kind === 'ImportFrom' && s.module === '__future__' && s.level === 0;
}

/** Checks a module's future statements; throws SymtableError / PyNotImplementedSyntax. */
export function checkFutureStatements(body: A.stmt[]): void {
  let i = 0;
  const first = body[0];
  if (first !== undefined && first.kind === 'Expr' && first.value.kind === 'Constant' && typeof first.value.value === 'string') i = 1;
  for (; i < body.length && isFuture(body[i] as A.stmt); i++) {
    const s = body[i] as A.ImportFrom;
    for (const a of s.names) {
      if (a.name === 'braces') throw new SymtableError('not a chance', s);
      if (!KNOWN.has(a.name)) throw new SymtableError(`future feature ${a.name} is not defined`, s);
      if (UNSUPPORTED.has(a.name)) throw new PyNotImplementedSyntax(`from __future__ import ${a.name}`, s.lineno);
    }
  }
  // any later one, at any depth
  const visit = (x: object): void => {
    if ((x as { kind?: unknown }).kind === 'ImportFrom' && isFuture(x as A.stmt)) throw new SymtableError(MISPLACED_FUTURE, x as A.ImportFrom);
    forEachChild(x, visit);
  };
  for (let j = i; j < body.length; j++) visit(body[j] as A.stmt);
}
