// Compile-time failures of the interpreter: a construct glasspy does not support yet
// (reported as NotImplementedError naming the construct and line), and scope errors that
// CPython reports as SyntaxError (symtable.c's messages).

import type { Pos } from '../parser/ast.js';

export class PyNotImplementedSyntax extends Error {
  readonly lineno: number;
  constructor(what: string, lineno: number) {
    super(`glasspy does not support ${what} yet (line ${lineno})`);
    this.lineno = lineno;
  }
}

/** A scope error found by symtable.ts; `node` is where CPython puts the carets. */
export class SymtableError extends Error {
  readonly node: Pos | null;
  constructor(msg: string, node: Pos | null) {
    super(msg);
    this.node = node;
  }
}
