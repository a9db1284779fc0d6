// Running a program: interpreter start-up (builtins, sys), the __main__ module, the uncaught
// exception report (CPython's default excepthook text, SystemExit's exit status), and the
// end-of-script finalization (CPython 3.11's Py_FinalizeEx -> finalize_modules ->
// _PyModule_ClearDict). Start at runModuleAst. index.ts adds the parsing step.

import { emitSyntaxWarnings } from './syntaxwarnings.js';
import { syntaxError } from './evalexec.js';
import { type PyObject, Py_DECREF, Py_INCREF, Py_NewRef } from '../objects/object.js';
import { Runtime, type RuntimeOptions } from '../objects/runtime.js';
import { PyErr } from '../objects/pyerr.js';
import { type PyDictObject, dict_each } from '../objects/dictobject.js';
import { PyModule_New } from '../objects/builtinslots.js';
import { isStr } from '../objects/unicodeobject.js';
import type { PyLongObject } from '../objects/longobject.js';
import { exceptionArgs, type PyBaseExceptionObject } from '../objects/exceptions.js';
import { strOf } from '../objects/abstract.js';
import type * as A from '../parser/ast.js';
import { Interpreter } from './interpreter.js';
import { Compiler } from './compile.js';
import { Frame } from './frame.js';
import { makeBuiltins } from './builtins.js';
import { installGeneratorType } from './genobject.js';
import { installFrameType } from './frameobject.js';
import { installCodeAttributes } from './codeattrs.js';
import { makeSysModule } from '../modules/sys.js';
import { installCollector } from '../gc/gcmodule.js';
import { BUILTIN_MODULES } from '../modules/registry.js';
import { PyNotImplementedSyntax, SymtableError } from './errors.js';
import { PySyntaxError, formatSyntaxError } from '../parser/errors.js';
import { sourceLines } from '../parser/newlines.js';

export interface InterpreterOptions extends RuntimeOptions {
  argv: string[];
  gcThreshold?: number | null;
  /** collect on every GC allocation (GCState.stress) */
  gcStress?: boolean;
  gcEnabled?: boolean;
  scriptDir?: string;
  readSource?: (path: string) => string | null;
  /** parses a sibling module's source (index.ts installs the real parser) */
  parseModule?: (source: string, filename: string) => A.Module;
}

/** A fresh runtime and interpreter with builtins, sys, math and time. */
export function createInterpreter(opts: InterpreterOptions): Interpreter {
  const rt = new Runtime(opts);
  installCollector(rt, null); // automatic collection from the start; the gc module re-installs with gc.garbage/callbacks
  if (opts.gcThreshold !== undefined && opts.gcThreshold !== null) rt.gc.generations[0].threshold = opts.gcThreshold;
  if (opts.gcEnabled === false) rt.gc.enabled = false;
  if (opts.gcStress === true) rt.gc.stress = true;
  const I = new Interpreter(rt);
  I.scriptDir = opts.scriptDir ?? '';
  if (opts.readSource !== undefined) I.readSource = opts.readSource;
  installGeneratorType(I);
  installFrameType(I);
  installCodeAttributes(I);
  rt.interpHooks.dirOf = (o) => I.dirOf(o);
  rt.interpHooks.currentModuleName = () => I.currentModuleName();
  rt.interpHooks.superZeroArgs = () => I.superZeroArgs();
  rt.interpHooks.importModule = (name) => I.importModule(name, I.frame);
  const bmod = makeBuiltins(I);
  I.builtins = bmod.ob_dict as PyDictObject;
  rt.dictSetStr(I.modules, 'builtins', bmod);
  const sys = makeSysModule(I, opts.argv);
  rt.dictSetStr(I.modules, 'sys', sys);
  for (const [name, make] of Object.entries(BUILTIN_MODULES)) I.builtinModules.set(name, make);
  const parse = opts.parseModule;
  I.execModuleSource = (name, path, source) => {
    if (parse === undefined) throw PyErr.format(rt, rt.types.ImportError, `cannot import ${name}: no parser`);
    I.sources.set(path, sourceLines(source));
    let mod: A.Module;
    try {
      mod = parse(source, path);
    } catch (e) {
      if (e instanceof PySyntaxError) throw syntaxError(I, e);
      throw e;
    }
    const m = PyModule_New(rt, name, path);
    rt.dictSetStr(I.modules, name, Py_NewRef(m));
    try {
      try {
        execModule(I, m, mod, path, false, true);
      } catch (e) {
        if (e instanceof PySyntaxError) throw syntaxError(I, e);
        throw e;
      }
    } catch (e) {
      const d = I.modules;
      const ix = rt.dictGetStr(d, name);
      if (ix !== null) Py_DECREF(rt.callMethod(d, 'pop', [rt.newStr(name)]));
      Py_DECREF(m);
      throw e;
    }
    return m;
  };
  return I;
}

/**
 * Compiles and runs a module's AST in the module object m; `interactive` compiles one input of
 * the prompt (expression statements echo through sys.displayhook).
 */
export function execModule(I: Interpreter, m: PyObject, mod: A.Module, filename: string, interactive = false, freeAstFirst = false): void {
  const rt = I.rt;
  const globals = m.ob_dict as PyDictObject;
  if (rt.dictGetStr(globals, '__builtins__') === null) rt.dictSetStr(globals, '__builtins__', Py_NewRef(rt.dictGetStr(I.modules, 'builtins') as PyObject));
  let info;
  // the parsed tree's references to its constants: an imported module's tree is freed once it
  // is compiled (importlib compiles, then executes); a script's, after it has run (pyrun_file)
  let astRefs: PyObject[] = [];
  try {
    emitSyntaxWarnings(I, mod.body, filename);
    const compiler = new Compiler(I, filename, interactive);
    info = compiler.compileModule(mod);
    astRefs = compiler.takeAstRefs();
  } catch (e) {
    if (e instanceof PyNotImplementedSyntax) throw PyErr.format(rt, rt.types.NotImplementedError, e.message);
    if (e instanceof SymtableError) {
      const n = e.node;
      const text = n === null ? null : (I.sources.get(filename)?.[n.lineno - 1] ?? null);
      const b2c = (b: number): number => (text === null ? b : new TextDecoder().decode(new TextEncoder().encode(text).slice(0, b)).length);
      throw new PySyntaxError('SyntaxError', e.message, filename, n?.lineno ?? 1, n === null ? 0 : b2c(n.col_offset) + 1, n?.end_lineno ?? 1, n === null ? 0 : b2c(n.end_col_offset) + 1, text === null ? null : text + '\n');
    }
    throw e;
  }
  // _PyArena_Free drops its object list: the newest reference first
  if (freeAstFirst) for (const o of astRefs.splice(0).reverse()) Py_DECREF(o);
  const f = new Frame(info, globals, I.builtins, globals, null);
  try {
    Py_DECREF(I.runFrame(f));
  } finally {
    Py_DECREF(info.code);
    for (const o of astRefs.reverse()) Py_DECREF(o);
  }
}

/** The exit status for an uncaught SystemExit, printing its message if it has one. */
export function systemExitStatus(I: Interpreter, exc: PyBaseExceptionObject): number {
  const rt = I.rt;
  const args = exceptionArgs(exc);
  const code = args.length === 0 ? rt.None : args.length === 1 ? (args[0] as PyObject) : exc.args;
  if (code === null || code === rt.None) return 0;
  if (code.ob_type === rt.types.int || code.ob_type === rt.types.bool) {
    const v = (code as PyLongObject).ob_ival;
    return Number(v) & 0xff;
  }
  rt.stderr(strOf(code) + '\n');
  return 1;
}

/**
 * Runs a parsed __main__ module and finalizes. Returns the exit status (0, 1 for an uncaught
 * exception, 130 for an uncaught KeyboardInterrupt, SystemExit's code).
 */
export function runModuleAst(I: Interpreter, mod: A.Module, filename: string, source: string): number {
  const rt = I.rt;
  // CPython shows no source lines for <string> (python -c) and other pseudo-files
  if (!filename.startsWith('<')) I.sources.set(filename, sourceLines(source));
  const main = PyModule_New(rt, '__main__', null);
  const g = main.ob_dict as PyDictObject;
  rt.dictSetStr(g, '__file__', rt.newStr(filename));
  rt.dictSetStr(I.modules, '__main__', Py_NewRef(main));
  let status = 0;
  try {
    execModule(I, main, mod, filename);
  } catch (e) {
    if (e instanceof PySyntaxError) {
      rt.stderr(formatSyntaxError(e));
      Py_DECREF(main);
      for (const h of I.exitHooks.afterFinalize) h();
      return 1;
    }
    if (!(e instanceof PyErr)) throw e;
    if (e.matches(rt.types.SystemExit)) status = systemExitStatus(I, e.exc);
    else {
      I.printUncaught(e.exc);
      // run_eval_code_obj remembers an uncaught KeyboardInterrupt; Py_RunMain then ends the
      // process by SIGINT (exit_sigint), which a shell reports as 128 + 2
      I.unhandledKeyboardInterrupt = e.matches(rt.types.KeyboardInterrupt);
      status = I.unhandledKeyboardInterrupt ? 130 : 1;
    }
    e.release();
  }
  for (const h of I.exitHooks.beforeFinalize) h();
  finalize(I, main);
  for (const h of I.exitHooks.afterFinalize) h();
  return status;
}

/**
 * Py_FinalizeEx's teardown (3.11): the atexit callbacks (_PyAtExit_Call), a collection (if the
 * collector is installed), then finalize_modules: finalize_remove_modules drops every module
 * from sys.modules in order, so a module no longer referenced is freed with its dict (values
 * released in insertion order); a collection then reclaims the module dicts that only cycles
 * kept alive (dict -> function -> dict): their __del__ methods run before anything is cleared,
 * and weakrefs that are garbage themselves never call back; finalize_modules_clear_weaklist
 * clears the dicts of the modules still alive after that (newest first, _PyModule_ClearDict:
 * names with one leading underscore, then the rest). builtins and sys go last.
 */
export function finalize(I: Interpreter, main: PyObject): void {
  const rt = I.rt;
  try {
    // _PyAtExit_Call: the atexit callbacks (weakref.finalize's among them) run first
    if (rt.atexitRun !== null) rt.atexitRun();
    // PyGC_Collect: skipped when gc is disabled; gc.callbacks run
    if (rt.finalCollect !== null) rt.finalCollect();
    // finalize_remove_modules; CPython keeps a weakref to each module to see which survive
    const mods: PyObject[] = [];
    const names: string[] = [];
    dict_each(I.modules, (k, m) => {
      if (m.ob_type !== rt.types.module || m.ob_dict === null || !isStr(k)) return;
      if (k.ob_sval === 'builtins' || k.ob_sval === 'sys') return;
      mods.push(m);
      names.push(k.ob_sval);
    });
    // CPython's sys.modules lists io long before __main__, so from here on it can no longer
    // import io to read source lines: tracebacks printed during the teardown show none
    I.sources.clear();
    Py_DECREF(main);
    const alive: boolean[] = mods.map(() => true);
    for (let i = 0; i < names.length; i++) {
      const m = mods[i] as PyObject;
      const last = m.ob_refcnt === 1;
      rt.dictSetStr(I.modules, names[i] as string, Py_NewRef(rt.None));
      if (last) alive[i] = false;
    }
    // _PyGC_CollectNoFail, then _PyGC_DumpShutdownStats
    if (rt.gc.collectNoFail !== null) rt.gc.collectNoFail();
    if (rt.gc.dumpShutdownStats !== null) rt.gc.dumpShutdownStats();
    // finalize_modules_clear_weaklist: newest first, the modules something still holds
    for (let i = mods.length - 1; i >= 0; i--) {
      const m = mods[i] as PyObject;
      if (!alive[i] || m.ob_refcnt <= 0 || m.ob_dict === null) continue;
      Py_INCREF(m);
      try {
        _PyModule_ClearDict(I, m.ob_dict as PyDictObject);
      } finally {
        Py_DECREF(m);
      }
    }
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    I.writeUnraisable(e, null);
  }
}

/** _PyModule_ClearDict: names with one leading underscore become None first, then the rest. */
function _PyModule_ClearDict(I: Interpreter, d: PyDictObject): void {
  const rt = I.rt;
  const pass = (underscoreOnly: boolean): void => {
    const keys: string[] = [];
    dict_each(d, (k, v) => {
      if (v === rt.None || !isStr(k)) return;
      const n = k.ob_sval;
      if (underscoreOnly ? n[0] === '_' && n[1] !== '_' : n !== '__builtins__') keys.push(n);
    });
    for (const n of keys) {
      try {
        rt.dictSetStr(d, n, Py_NewRef(rt.None));
      } catch (e) {
        if (!(e instanceof PyErr)) throw e;
        I.writeUnraisable(e, null);
      }
    }
  };
  pass(true);
  pass(false);
}
