// Compile-time failures of the interpreter: a construct glasspy does not support yet
// (reported as NotImplementedError naming the construct and line), and scope errors that
// CPython reports as SyntaxError (symtable.c's messages).

export class PyNotImplementedSyntax extends Error {
  readonly lineno: number;
  constructor(what: string, lineno: number) {
    super(`glasspy does not support ${what} yet (line ${lineno})`);
    this.lineno = lineno;
  }
}

export class SymtableError extends Error {
  readonly lineno: number;
  constructor(msg: string, lineno: number) {
    super(msg);
    this.lineno = lineno;
  }
}
