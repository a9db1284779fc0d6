// The interactive prompt's engine, independent of any terminal: CPython 3.11's
// Python/pythonrun.c (PyRun_InteractiveLoopFlags, PyRun_InteractiveOneObjectEx, PyErr_PrintEx
// with set_sys_last_vars) together with the interactive tokenizer's rule for when an input is
// complete (Parser/tokenizer.c: a prompt inside brackets, a string or a block asks for more).
//
// Start at InteractiveConsole.push: the host feeds it one line at a time and shows the prompt
// it names. Each complete input is parsed in 'single' mode and compiled with PRINT_EXPR
// (Compiler.interactive) in the one persistent __main__ module, so names, refcounts and the
// heap carry over from input to input exactly as they do in `python3`.

import { type PyObject, Py_NewRef } from '../objects/object.js';
import { PyErr } from '../objects/pyerr.js';
import type { PyDictObject } from '../objects/dictobject.js';
import { PyModule_New } from '../objects/builtinslots.js';
import { strOf } from '../objects/abstract.js';
import type { PyBaseExceptionObject } from '../objects/exceptions.js';
import type * as A from '../parser/ast.js';
import { parse, checkModule, formatSyntaxError, PySyntaxError } from '../parser/index.js';
import { sourceLines } from '../parser/newlines.js';
import type { Interpreter } from './interpreter.js';
import { execModule, finalize, systemExitStatus } from './run.js';

/** What the host does next: show ps1, show ps2, or end the session with a status. */
export type PushResult = { kind: 'ps1' } | { kind: 'ps2' } | { kind: 'exit'; status: number };

const COMPOUND = new Set<A.stmt['kind']>([
  'If', 'For', 'AsyncFor', 'While', 'Try', 'TryStar', 'With', 'AsyncWith', 'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Match',
]);

// SIMPLIFICATION: CPython's prompt feeds the tokenizer line by line and the parser asks for
// more when it needs it; here each line re-parses the whole input, and needsMore() tells an
// early end from a real error. Same prompts and errors for blocks, brackets, strings,
// continuation lines and decorators.
// DIVERGENCE: a block that an empty line leaves unfinished (`try:` without `except`) is
// reported where the parser sees the error, not on the empty line as CPython does; and a
// SyntaxError at the prompt does not set sys.last_* (CPython's PyErr_Print does).

/** Tokenizer-level reasons an input cannot be complete yet: the user is still typing it. */
const UNFINISHED = /was never closed|unterminated triple-quoted string|unexpected EOF while parsing/;

export class InteractiveConsole {
  readonly I: Interpreter;
  /** the __main__ module (owned) */
  readonly main: PyObject;
  readonly filename: string;
  private buffer: string[] = [];
  /** the first line of the buffer opened a block (or a decorator): only an empty line ends it */
  private block = false;
  private closed = false;
  /**
   * The last input ended in KeyboardInterrupt (_Py_UnhandledKeyboardInterrupt): CPython then
   * exits at end of input as if killed by SIGINT, status 130.
   */
  private interrupted = false;

  /** Makes the __main__ module the session runs in and sets sys.ps1 / sys.ps2. */
  constructor(I: Interpreter, filename = '<stdin>') {
    this.I = I;
    this.filename = filename;
    const rt = I.rt;
    const main = PyModule_New(rt, '__main__', null);
    rt.dictSetStr(I.modules, '__main__', Py_NewRef(main));
    this.main = main;
    const g = main.ob_dict as PyDictObject;
    if (rt.dictGetStr(g, '__builtins__') === null) rt.dictSetStr(g, '__builtins__', Py_NewRef(rt.dictGetStr(I.modules, 'builtins') as PyObject));
    // The parser is built on first use (a moment's work): before the first prompt, not after
    // the first line typed.
    parse('pass\n', filename, 'single');
    // sys.ps1 / sys.ps2 exist only in interactive mode (set by PyRun_InteractiveLoopFlags).
    const sys = rt.dictGetStr(I.modules, 'sys');
    if (sys !== null && sys.ob_dict !== null) {
      const sd = sys.ob_dict as PyDictObject;
      if (rt.dictGetStr(sd, 'ps1') === null) rt.dictSetStr(sd, 'ps1', rt.newStr('>>> '));
      if (rt.dictGetStr(sd, 'ps2') === null) rt.dictSetStr(sd, 'ps2', rt.newStr('... '));
    }
  }

  /** The text of the prompt to show: str(sys.ps1) or str(sys.ps2), as the loop reads them. */
  prompt(which: 'ps1' | 'ps2'): string {
    const rt = this.I.rt;
    const sys = rt.dictGetStr(this.I.modules, 'sys');
    const p = sys === null || sys.ob_dict === null ? null : rt.dictGetStr(sys.ob_dict as PyDictObject, which);
    if (p === null) return '';
    try {
      return strOf(p);
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      e.release();
      return '';
    }
  }

  /** True while an input is being continued (the host shows ps2). */
  get continuing(): boolean {
    return this.buffer.length > 0;
  }

  /** Adds one line (without its newline) and runs the input once it is complete. */
  push(line: string): PushResult {
    this.buffer.push(line);
    const lines = this.buffer;
    const first = lines[0] as string;
    if (lines.length === 1) {
      // An empty or comment-only line at the primary prompt is no statement at all.
      if (/^\s*(#.*)?$/.test(first)) return this.reset();
      this.block = /^\s*@/.test(first);
    }
    const source = lines.join('\n') + '\n';
    let tree: A.mod;
    try {
      tree = parse(source, this.filename, 'single');
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      if (UNFINISHED.test(e.msg)) return { kind: 'ps2' };
      const blank = /^\s*$/.test(line);
      if (!blank && lines.length > 0 && this.needsMore(source, e)) return { kind: 'ps2' };
      return this.syntaxError(e);
    }
    const body = (tree as A.Interactive).body;
    const head = body[0];
    if (head !== undefined && COMPOUND.has(head.kind)) this.block = true;
    if (this.block && body.length > 1) {
      // A statement after a block without the empty line that ends it: the tokenizer of the
      // interactive prompt sees it as part of the same input.
      const s = body[1] as A.stmt;
      const text = lines[s.lineno - 1] ?? '';
      const start = text.length - text.trimStart().length;
      const word = /^[A-Za-z_][A-Za-z_0-9]*/.exec(text.slice(start));
      return this.syntaxError(new PySyntaxError('SyntaxError', 'invalid syntax', this.filename, s.lineno, start + 1, s.lineno,
        start + 1 + (word === null ? 1 : word[0].length), text + '\n'));
    }
    if (this.block && !/^\s*$/.test(line)) return { kind: 'ps2' };
    this.reset();
    return this.runTree(body, source);
  }

  /**
   * Whether a parse error only means the input stops early: the parser wanted more tokens at
   * the end of it (after `if x:`, `@dec`, `try:` ...). Found the way a person would: with one
   * more line the error moves onto that line, or goes away.
   */
  private needsMore(source: string, err: PySyntaxError): boolean {
    const n = this.buffer.length;
    if (err.msg.startsWith('expected an indented block') && err.lineno >= n) return true;
    try {
      parse(source + 'pass\n', this.filename, 'single');
      return true;
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      return e.lineno > n;
    }
  }

  private reset(): PushResult {
    this.buffer = [];
    this.block = false;
    return { kind: 'ps1' };
  }

  private syntaxError(e: PySyntaxError): PushResult {
    this.reset();
    this.I.rt.stderr(formatSyntaxError(e));
    return { kind: 'ps1' };
  }

  /** Compiles and runs one complete input in __main__; prints its error, if any. */
  private runTree(body: A.stmt[], source: string): PushResult {
    const I = this.I;
    const rt = I.rt;
    const mod: A.Module = { kind: 'Module', body, type_ignores: [] };
    this.interrupted = false;
    try {
      try {
        checkModule(mod, this.filename, source);
      } catch (e) {
        // The compiler's errors carry no source line at the prompt (nothing to read it from).
        if (e instanceof PySyntaxError) e.text = null;
        throw e;
      }
      execModule(I, this.main, mod, this.filename, true);
    } catch (e) {
      if (e instanceof PySyntaxError) {
        rt.stderr(formatSyntaxError(e));
        return { kind: 'ps1' };
      }
      if (!(e instanceof PyErr)) throw e;
      this.interrupted = e.matches(rt.types.KeyboardInterrupt);
      return this.printError(e);
    }
    return { kind: 'ps1' };
  }

  /**
   * PyErr_PrintEx(1): SystemExit ends the session; any other exception is kept in
   * sys.last_type / last_value / last_traceback (so its frames stay alive, as in CPython)
   * and printed as the default excepthook does.
   */
  printError(e: PyErr): PushResult {
    const I = this.I;
    const rt = I.rt;
    if (e.matches(rt.types.SystemExit)) {
      const status = systemExitStatus(I, e.exc);
      e.release();
      return { kind: 'exit', status: this.close(status) };
    }
    this.report(e);
    return { kind: 'ps1' };
  }

  /**
   * `python3 -i FILE`: runs the script in __main__ first. Any exception it raises, SystemExit
   * included, is printed and the prompt follows (the caller decides about SyntaxErrors).
   */
  runScript(mod: A.Module, filename: string, source: string): void {
    const I = this.I;
    const rt = I.rt;
    if (!filename.startsWith('<')) I.sources.set(filename, sourceLines(source));
    rt.dictSetStr(this.main.ob_dict as PyDictObject, '__file__', rt.newStr(filename));
    try {
      execModule(I, this.main, mod, filename);
    } catch (e) {
      if (e instanceof PySyntaxError) {
        rt.stderr(formatSyntaxError(e));
        return;
      }
      if (!(e instanceof PyErr)) throw e;
      this.report(e);
    }
  }

  /** PyErr_PrintEx(1) without the SystemExit check: sys.last_* are set, the text printed. */
  private report(e: PyErr): void {
    const I = this.I;
    const rt = I.rt;
    const exc: PyBaseExceptionObject = e.exc;
    const sys = rt.dictGetStr(I.modules, 'sys');
    if (sys !== null && sys.ob_dict !== null) {
      const sd = sys.ob_dict as PyDictObject;
      rt.dictSetStr(sd, 'last_type', Py_NewRef(exc.ob_type));
      rt.dictSetStr(sd, 'last_value', Py_NewRef(exc));
      rt.dictSetStr(sd, 'last_traceback', Py_NewRef(exc.traceback ?? rt.None));
    }
    I.printUncaught(exc);
    e.release();
  }

  /** Ctrl-C at a prompt: the input typed so far is dropped. */
  interrupt(): void {
    this.reset();
    this.I.rt.stderr('KeyboardInterrupt\n');
  }

  /**
   * End of input (Ctrl-D): an unfinished block is run as the tokenizer would at EOF, then the
   * interpreter is finalized. Returns the exit status.
   */
  eof(): number {
    if (this.buffer.length > 0) {
      const r = this.push('');
      if (r.kind === 'exit') return r.status;
      this.reset();
    }
    return this.close(this.interrupted ? 130 : 0);
  }

  /** Py_FinalizeEx for the session (once): module teardown, __del__s, the last collection. */
  close(status: number): number {
    if (this.closed) return status;
    this.closed = true;
    for (const h of this.I.exitHooks.beforeFinalize) h();
    finalize(this.I, this.main);
    for (const h of this.I.exitHooks.afterFinalize) h();
    return status;
  }
}
