// The interpreter state and the call machinery: CPython 3.11's Python/ceval.c
// (_PyEval_Vector, initialize_locals, the recursion check), Python/traceback.c (the traceback
// text) and Python/errors.c (PyErr_WriteUnraisable). Start at Interpreter.callFunction.
//
// Calls steal their arguments (tp_call's convention): a Python function moves them straight
// into its frame's slots, which is why sys.getrefcount(x) inside f(x) reads 3 as in 3.11.

import type { WarningsState } from '../modules/warnings.js';
import {
  type PyObject, type PyTypeObject, Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, PyType_IsSubtype, _Py_Dealloc,
} from '../objects/object.js';
import type { Runtime } from '../objects/runtime.js';
import { PyErr } from '../objects/pyerr.js';
import { type PyFunctionObject, type PyCellObject, PyCell_New } from '../objects/funcobject.js';
import { type PyTupleObject, PyTuple_New } from '../objects/tupleobject.js';
import { type PyDictObject, PyDict_New, PyDict_SetItemSteal, dict_each } from '../objects/dictobject.js';
import { type PyBaseExceptionObject, type SourcePos, type PyTraceBackObject, PyTraceBack_New } from '../objects/exceptions.js';
import { type PyFrameObject, getFrameObject, exitFrame } from './frameobject.js';
import { reprOf, strOf, hexAddr, PyObject_Call, PyObject_GetAttrOpt, iterateToArray } from '../objects/abstract.js';
import { isStr } from '../objects/unicodeobject.js';
import { type CodeInfo, Frame, RETURN, FRAME_POOL_MAX, acquireFrame, releaseFrame } from './frame.js';
import { offerSuggestion } from './suggestions.js';
import { print_exception_file_and_line } from './syntaxdisplay.js';
import { makeGenerator } from './genobject.js';
import type { PictureState } from '../viz/pictures.js';

export class Interpreter {
  readonly rt: Runtime;
  frame: Frame | null = null;
  /** sys.modules (a dict, owned) */
  modules: PyDictObject;
  builtins!: PyDictObject;
  /** source text of each file, for traceback lines */
  readonly sources = new Map<string, string[]>();
  /** directory of the main script, for imports of sibling .py files */
  scriptDir = '';
  /** reads a sibling module's source (installed by runMain); null when absent */
  readSource: (path: string) => string | null = () => null;
  /** glasspy.snapshot's pictures (src/viz/pictures.ts); made on first use */
  pictures: PictureState | null = null;
  /** run by runModuleAst just before and just after finalization (pictures at exit, --malloc-stats) */
  readonly exitHooks: { beforeFinalize: (() => void)[]; afterFinalize: (() => void)[] } = { beforeFinalize: [], afterFinalize: [] };
  /**
   * CPython's eval breaker for signals: nonzero when Ctrl-C was pressed. The CLI shares it with
   * the thread that receives SIGINT; loops and calls look at it (checkInterrupt). Set once,
   * before anything is compiled (the compiled loops keep the array).
   */
  interruptFlag: Int32Array = new Int32Array(1);
  /**
   * _PyRuntime.signals.unhandled_keyboard_interrupt: __main__ ended with an uncaught
   * KeyboardInterrupt, so the process should end as if killed by SIGINT (exit_sigint).
   */
  unhandledKeyboardInterrupt = false;
  /**
   * Reads one line for input() and the interactive prompt, without its newline; null at end of
   * input. May throw a KeyboardInterrupt PyErr. The CLI installs the real one.
   */
  readLine: (prompt: string) => string | null = (prompt) => {
    if (prompt !== '') this.writeTo(this.rt.None, prompt);
    return null;
  };

  constructor(rt: Runtime) {
    this.rt = rt;
    this.modules = PyDict_New(rt);
    rt.hooks.callFunction = this.callFunction;
    rt.hooks.callPrepend = this.callPrepend;
    // function objects' tp_call goes straight here (builtinslots.ts's goes through the hook)
    rt.types.function.tp_call = this.callFunction;
    rt.hooks.writeUnraisable = (e, o) => this.writeUnraisable(e, o);
  }

  /**
   * Calls a Python function: binds the (stolen) args into a new frame and runs it. An arrow
   * function, so that it is the function type's tp_call itself (no wrapper in between).
   */
  readonly callFunction = (callable: PyObject, args: PyObject[], kwnames: readonly string[] | null): PyObject => {
    const func = callable as PyFunctionObject;
    const info = (func.func_code as { co_impl: object | null }).co_impl as CodeInfo;
    if (kwnames === null && args.length === info.fastArgc) {
      const f = acquireFrame(info, func);
      const fast = f.fast;
      for (let i = 0; i < args.length; i++) fast[i] = args[i] as PyObject;
      return this.runPooled(f);
    }
    return this.callFunctionGeneral(func, info, args, kwnames);
  };

  /**
   * _PyObject_Call_Prepend of a Python function (slot_tp_init, slot_tp_new, slot_tp_call): self
   * and args are borrowed; the frame takes references of its own.
   */
  readonly callPrepend = (callable: PyObject, self: PyObject, args: PyObject[], kwnames: readonly string[] | null): PyObject => {
    const func = callable as PyFunctionObject;
    const info = (func.func_code as { co_impl: object | null }).co_impl as CodeInfo;
    if (kwnames === null && args.length + 1 === info.fastArgc) {
      // acquireFrame written out, as in call1
      let f = info.pool.pop();
      if (f === undefined) f = new Frame(info, func.func_globals as PyDictObject, func.func_builtins as PyDictObject, null, func);
      else {
        f.globals = func.func_globals as PyDictObject;
        f.builtins = func.func_builtins as PyDictObject;
        f.func = func;
        f.lineno = info.firstlineno;
        f.cleared = false;
      }
      const fast = f.fast;
      self.ob_refcnt++;
      fast[0] = self;
      for (let i = 0; i < args.length; i++) {
        const a = args[i] as PyObject;
        a.ob_refcnt++;
        fast[i + 1] = a;
      }
      return this.runPooled(f);
    }
    self.ob_refcnt++;
    const argv: PyObject[] = [self];
    for (let i = 0; i < args.length; i++) {
      const a = args[i] as PyObject;
      a.ob_refcnt++;
      argv.push(a);
    }
    return this.callFunctionGeneral(func, info, argv, kwnames);
  };

  /**
   * callFunction for calls whose positional arguments the caller holds in variables (no array):
   * call0..call3 move the (stolen) arguments straight into the new frame's first slots when the
   * code takes exactly that many (CodeInfo.fastArgc), otherwise bind them as callFunction does.
   */
  call0(func: PyFunctionObject): PyObject {
    const info = (func.func_code as { co_impl: object | null }).co_impl as CodeInfo;
    if (info.fastArgc === 0) return this.runPooled(acquireFrame(info, func));
    return this.callFunctionGeneral(func, info, [], null);
  }

  call1(func: PyFunctionObject, a0: PyObject): PyObject {
    const info = (func.func_code as { co_impl: object | null }).co_impl as CodeInfo;
    if (info.fastArgc === 1) {
      // acquireFrame written out (once per call; a real call until V8 optimizes this one)
      let f = info.pool.pop();
      if (f === undefined) f = new Frame(info, func.func_globals as PyDictObject, func.func_builtins as PyDictObject, null, func);
      else {
        f.globals = func.func_globals as PyDictObject;
        f.builtins = func.func_builtins as PyDictObject;
        f.func = func;
        f.lineno = info.firstlineno;
        f.cleared = false;
      }
      f.fast[0] = a0;
      return this.runPooled(f);
    }
    return this.callFunctionGeneral(func, info, [a0], null);
  }

  call2(func: PyFunctionObject, a0: PyObject, a1: PyObject): PyObject {
    const info = (func.func_code as { co_impl: object | null }).co_impl as CodeInfo;
    if (info.fastArgc === 2) {
      // acquireFrame written out, as in call1
      let f = info.pool.pop();
      if (f === undefined) f = new Frame(info, func.func_globals as PyDictObject, func.func_builtins as PyDictObject, null, func);
      else {
        f.globals = func.func_globals as PyDictObject;
        f.builtins = func.func_builtins as PyDictObject;
        f.func = func;
        f.lineno = info.firstlineno;
        f.cleared = false;
      }
      const fast = f.fast;
      fast[0] = a0;
      fast[1] = a1;
      return this.runPooled(f);
    }
    return this.callFunctionGeneral(func, info, [a0, a1], null);
  }

  call3(func: PyFunctionObject, a0: PyObject, a1: PyObject, a2: PyObject): PyObject {
    const info = (func.func_code as { co_impl: object | null }).co_impl as CodeInfo;
    if (info.fastArgc === 3) {
      const f = acquireFrame(info, func);
      const fast = f.fast;
      fast[0] = a0;
      fast[1] = a1;
      fast[2] = a2;
      return this.runPooled(f);
    }
    return this.callFunctionGeneral(func, info, [a0, a1, a2], null);
  }

  /** callFunction's general case: initialize_locals, cells, the closure, generators. */
  private callFunctionGeneral(func: PyFunctionObject, info: CodeInfo, args: PyObject[], kwnames: readonly string[] | null): PyObject {
    const rt = this.rt;
    // a generator keeps its frame: only other frames come from (and go back to) the pool
    const f = info.isGenerator ? new Frame(info, func.func_globals as PyDictObject, func.func_builtins as PyDictObject, null, func) : acquireFrame(info, func);
    const fast = f.fast;
    const npos = args.length;
    const argc = info.argcount;
    const defaults = func.func_defaults === null ? null : (func.func_defaults as PyTupleObject).ob_item;
    if (kwnames === null && info.varargsSlot < 0 && info.kwonlycount === 0 && info.varkwSlot < 0
      && (npos === argc || (npos < argc && defaults !== null && npos >= argc - defaults.length))) {
      // positional arguments only, the missing ones all have defaults: initialize_locals' result
      // without its bookkeeping
      for (let i = 0; i < npos; i++) fast[i] = args[i] as PyObject;
      if (npos < argc) {
        const firstDefault = argc - (defaults as PyObject[]).length;
        for (let i = npos; i < argc; i++) fast[i] = Py_NewRef((defaults as PyObject[])[i - firstDefault] as PyObject);
      }
    } else {
      this.bindArgs(func, info, fast, args, kwnames);
    }
    const cells = info.scope.cellInit;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i] as { slot: number; fromParam: boolean };
      fast[c.slot] = PyCell_New(rt, c.fromParam ? fast[c.slot] ?? null : null);
    }
    const freeSlots = info.scope.freeSlots;
    if (freeSlots.length > 0) {
      const closure = (func.func_closure as PyTupleObject).ob_item;
      for (let i = 0; i < freeSlots.length; i++) fast[freeSlots[i] as number] = Py_NewRef(closure[i] as PyObject);
    }
    if (info.isGenerator) return makeGenerator(this, f, func);
    return this.runPooled(f);
  }

  /** _PyErr_CheckSignals for SIGINT: raises KeyboardInterrupt once per Ctrl-C. */
  checkInterrupt(): void {
    if (this.interruptFlag[0] === 0) return;
    this.interruptFlag[0] = 0;
    throw PyErr.fromType(this.rt, this.rt.types.KeyboardInterrupt, null);
  }

  /**
   * time.sleep: waits `ms` milliseconds; Ctrl-C ends the wait with KeyboardInterrupt, as
   * CPython's pysleep does. Blocks on the interrupt flag when the host shares it (a worker
   * thread); otherwise busy-waits (SIMPLIFICATION: no blocking primitive in every host).
   */
  sleep(ms: number): void {
    const flag = this.interruptFlag;
    const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
    const end = now() + ms;
    const canBlock = typeof SharedArrayBuffer !== 'undefined' && flag.buffer instanceof SharedArrayBuffer;
    for (;;) {
      this.checkInterrupt();
      const left = end - now();
      if (left <= 0) return;
      if (canBlock) Atomics.wait(flag, 0, 0, left);
    }
  }

  /**
   * PRINT_EXPR of the interactive prompt: calls sys.displayhook with the value (stolen: the
   * call releases it afterwards, as the opcode pops it).
   */
  printExpr(v: PyObject): void {
    const rt = this.rt;
    const hook = rt.dictGetStr(this.sysDict(), 'displayhook');
    if (hook === null) {
      Py_DECREF(v);
      throw PyErr.format(rt, rt.types.RuntimeError, 'lost sys.displayhook');
    }
    Py_DECREF(PyObject_Call(hook, [v], null));
  }

  /**
   * runFrame for a frame from acquireFrame, its common case inline (no pending Ctrl-C, below the
   * recursion limit, the body returns): the same steps in the same order, then the frame goes
   * back to its code's pool. An exception leaves through unwindFrame (runFrame's handler).
   */
  private runPooled(f: Frame): PyObject {
    const rt = this.rt;
    if (this.interruptFlag[0] !== 0 || rt.recursionDepth >= rt.recursionLimit) {
      const r0 = this.runFrame(f);
      releaseFrame(f);
      return r0;
    }
    rt.recursionDepth++;
    f.back = this.frame;
    this.frame = f;
    let code: number;
    try {
      code = (f.info.body as (f: Frame) => number)(f);
    } catch (e) {
      throw this.unwindFrame(e, f);
    }
    let r = f.retval;
    if (code === RETURN && r !== null) {
      f.retval = null;
    } else {
      r = rt.None;
      r.ob_refcnt++;
    }
    this.frame = f.back;
    rt.recursionDepth--;
    if (f.frameObj !== null) {
      exitFrame(this, f);
      releaseFrame(f);
      return r;
    }
    // clearFrame and releaseFrame written out: both run once per call, and before V8 has
    // optimized the caller each is a real call
    f.cleared = true;
    const fast = f.fast;
    for (let i = 0; i < fast.length; i++) {
      const v = fast[i] ?? null;
      if (v !== null) {
        fast[i] = null;
        if (--v.ob_refcnt === 0) _Py_Dealloc(v);
      }
    }
    const rv = f.retval;
    if (rv !== null) {
      f.retval = null;
      if (--rv.ob_refcnt === 0) _Py_Dealloc(rv);
    }
    if (!f.escaped && f.handlingList === null && f.temps === null) {
      const pool = f.info.pool;
      if (pool.length < FRAME_POOL_MAX) {
        f.func = null;
        f.back = null;
        pool.push(f);
      }
    }
    return r;
  }

  /**
   * runFrame's exception handler and exit for an exception e leaving frame f's body: the
   * traceback entry, then the frame left and cleared. Returns what to throw.
   */
  private unwindFrame(e: unknown, f: Frame): unknown {
    const rt = this.rt;
    try {
      if (e instanceof PyErr) {
        this.tracebackHere(e, f);
      } else if (e instanceof RangeError && /call stack/i.test(e.message)) {
        // DIVERGENCE: as in runFrame
        const re = PyErr.format(rt, rt.types.RecursionError, 'maximum recursion depth exceeded');
        this.tracebackHere(re, f);
        return re;
      }
      return e;
    } finally {
      this.frame = f.back;
      rt.recursionDepth--;
      exitFrame(this, f);
    }
  }

  /** Runs a frame to completion and clears it. New reference to the return value. */
  runFrame(f: Frame): PyObject {
    const rt = this.rt;
    if (this.interruptFlag[0] !== 0) {
      this.clearFrame(f);
      this.checkInterrupt();
    }
    if (++rt.recursionDepth > rt.recursionLimit) {
      rt.recursionDepth--;
      this.clearFrame(f);
      throw PyErr.format(rt, rt.types.RecursionError, 'maximum recursion depth exceeded');
    }
    f.back = this.frame;
    this.frame = f;
    try {
      const code = (f.info.body as (f: Frame) => number)(f);
      if (code === RETURN && f.retval !== null) {
        const r = f.retval;
        f.retval = null;
        return r;
      }
      return Py_NewRef(rt.None);
    } catch (e) {
      if (e instanceof PyErr) {
        this.tracebackHere(e, f);
      } else if (e instanceof RangeError && /call stack/i.test(e.message)) {
        // DIVERGENCE: only when the host's stack is smaller than Python's recursion limit needs
        // (the CLI runs with 512 MB, where Python's own RecursionError always comes first).
        const re = PyErr.format(rt, rt.types.RecursionError, 'maximum recursion depth exceeded');
        this.tracebackHere(re, f);
        throw re;
      }
      throw e;
    } finally {
      this.frame = f.back;
      rt.recursionDepth--;
      exitFrame(this, f);
    }
  }

  /**
   * Runs a class body frame; before the frame is cleared, hands its __class__ cell (or null) to
   * onCell, as CPython's class body stores __classcell__ in the namespace.
   */
  runFrameKeep(f: Frame, cellSlot: number, onCell: (cell: PyObject | null) => void): PyObject {
    const rt = this.rt;
    if (++rt.recursionDepth > rt.recursionLimit) {
      rt.recursionDepth--;
      this.clearFrame(f);
      throw PyErr.format(rt, rt.types.RecursionError, 'maximum recursion depth exceeded');
    }
    f.back = this.frame;
    this.frame = f;
    try {
      (f.info.body as (f: Frame) => number)(f);
      onCell(cellSlot >= 0 ? (f.fast[cellSlot] ?? null) : null);
      return Py_NewRef(rt.None);
    } catch (e) {
      if (e instanceof PyErr) this.tracebackHere(e, f);
      throw e;
    } finally {
      this.frame = f.back;
      rt.recursionDepth--;
      exitFrame(this, f);
    }
  }

  /** sys.stdout / sys.stderr objects (writes to them go to the runtime's output functions) */
  stdoutObj: PyObject | null = null;
  stderrObj: PyObject | null = null;

  /** the _warnings module's filter state, made at the first warning (src/modules/warnings.ts) */
  warningsState: WarningsState | null = null;

  /** Pushes the host's buffered stdout out (sys.stdout.flush(); the CLI installs the real one). */
  flushOutput: () => void = () => undefined;

  /** print(..., flush=True): flushes `file` (None: sys.stdout), the host's buffer for ours. */
  flushFile(file: PyObject): void {
    const rt = this.rt;
    const target = file === rt.None && this.stdoutObj !== null ? rt.dictGetStr(this.sysDict(), 'stdout') ?? rt.None : file;
    if (target === rt.None) return;
    if (target === this.stdoutObj || target === this.stderrObj) this.flushOutput();
    else Py_DECREF(rt.callMethod(target, 'flush', []));
  }

  /** print(..., file=f) / f.write(text): the runtime's streams, or f.write for other objects. */
  writeTo(file: PyObject, text: string): void {
    const rt = this.rt;
    if (file === rt.None || file === this.stdoutObj) {
      const cur = this.stdoutObj === null ? null : rt.dictGetStr(this.sysDict(), 'stdout');
      if (file === rt.None && cur !== null && cur !== this.stdoutObj) {
        this.writeTo(cur, text);
        return;
      }
      rt.stdout(text);
      return;
    }
    if (file === this.stderrObj) {
      rt.stderr(text);
      return;
    }
    const s = rt.newStr(text);
    try {
      Py_DECREF(rt.callMethod(file, 'write', [s]));
    } finally {
      Py_DECREF(s);
    }
  }

  private sysDict(): PyDictObject {
    const sys = this.rt.dictGetStr(this.modules, 'sys');
    return (sys?.ob_dict ?? this.modules) as PyDictObject;
  }

  /** Builtin modules by name: made on first import (sys is made at start-up). */
  builtinModules = new Map<string, (I: Interpreter) => PyObject>();
  /** compiles and runs a .py module; installed by index.ts */
  execModuleSource: (name: string, path: string, source: string) => PyObject = () => {
    throw new Error('no module loader');
  };

  /** import name: sys.modules, then a builtin module, then NAME.py next to the script. New reference. */
  importModule(name: string, _f: Frame | null): PyObject {
    const rt = this.rt;
    const have = rt.dictGetStr(this.modules, name);
    if (have !== null) return Py_NewRef(have);
    const mk = this.builtinModules.get(name);
    if (mk !== undefined) {
      const m = mk(this);
      rt.dictSetStr(this.modules, name, Py_NewRef(m));
      return m;
    }
    if (!name.includes('.')) {
      const path = this.scriptDir === '' ? `${name}.py` : `${this.scriptDir}/${name}.py`;
      const src = this.readSource(path);
      if (src !== null) return this.execModuleSource(name, path, src);
    }
    const e = PyErr.format(rt, rt.types.ModuleNotFoundError, `No module named '${name}'`);
    throw e;
  }

  /** _PyFrame_Clear: releases every slot in index order. */
  clearFrame(f: Frame): void {
    f.cleared = true;
    const fast = f.fast;
    for (let i = 0; i < fast.length; i++) {
      const v = fast[i] ?? null;
      if (v !== null) {
        fast[i] = null;
        if (--v.ob_refcnt === 0) _Py_Dealloc(v);
      }
    }
    if (f.retval !== null) {
      const r = f.retval;
      f.retval = null;
      if (--r.ob_refcnt === 0) _Py_Dealloc(r);
    }
  }

  /** PyTraceBack_Here: records that the exception passed through frame f (once per frame). */
  tracebackHere(e: PyErr, f: Frame): void {
    const x = e.exc;
    const head = x.traceback as PyTraceBackObject | null;
    if (head !== null && (head.tb_frame as PyFrameObject | null)?.f_frame === f) return;
    const pos = x.posFrame === f ? x.pos : null;
    x.posFrame = null;
    x.pos = null;
    const fo = Py_NewRef(getFrameObject(this, f));
    x.traceback = PyTraceBack_New(this.rt, head, fo, pos !== null ? pos.lineno : f.lineno, pos);
  }

  /** initialize_locals: binds args (stolen) to parameters with CPython's error messages. */
  bindArgs(func: PyFunctionObject, info: CodeInfo, fast: (PyObject | null)[], args: PyObject[], kwnames: readonly string[] | null): void {
    const rt = this.rt;
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw;
    const argc = info.argcount;
    const qn = func.func_qualname;
    const owned: PyObject[] = [];
    try {
      for (let i = 0; i < npos && i < argc; i++) fast[i] = args[i] as PyObject;
      // initialize_locals: keywords are bound before too many positionals are reported
      const tooMany = npos > argc && info.varargsSlot < 0;
      if (tooMany) for (let i = argc; i < npos; i++) owned.push(args[i] as PyObject);
      if (npos > argc && !tooMany) {
        const extra = args.slice(argc, npos);
        fast[info.varargsSlot] = PyTuple_New(rt, extra);
      } else if (info.varargsSlot >= 0) {
        fast[info.varargsSlot] = Py_NewRef(rt.emptyTuple);
      }
      let kwdict: PyDictObject | null = null;
      if (info.varkwSlot >= 0) {
        kwdict = PyDict_New(rt);
        fast[info.varkwSlot] = kwdict;
      }
      const names = info.paramNames;
      const nparams = argc + info.kwonlycount;
      for (let k = 0; k < nkw; k++) {
        const name = (kwnames as readonly string[])[k] as string;
        const v = args[npos + k] as PyObject;
        let idx = -1;
        for (let j = info.posonlycount; j < nparams; j++) {
          if (names[j] === name) {
            idx = j;
            break;
          }
        }
        if (idx < 0) {
          if (kwdict !== null) {
            PyDict_SetItemSteal(rt, kwdict, rt.newStr(name), v);
            continue;
          }
          owned.push(v);
          for (let j = k + 1; j < nkw; j++) owned.push(args[npos + j] as PyObject);
          const posonly = names.slice(0, info.posonlycount).includes(name);
          if (posonly) throw PyErr.format(rt, rt.types.TypeError, `${qn}() got some positional-only arguments passed as keyword arguments: '${name}'`);
          throw PyErr.format(rt, rt.types.TypeError, `${qn}() got an unexpected keyword argument '${name}'`);
        }
        if (fast[idx] !== null) {
          owned.push(v);
          for (let j = k + 1; j < nkw; j++) owned.push(args[npos + j] as PyObject);
          throw PyErr.format(rt, rt.types.TypeError, `${qn}() got multiple values for argument '${name}'`);
        }
        fast[idx] = v;
      }
      if (tooMany) {
        // too_many_positional
        let kwonlyGiven = 0;
        for (let i = argc; i < nparams; i++) if (fast[i] !== null) kwonlyGiven++;
        const ndef = func.func_defaults === null ? 0 : (func.func_defaults as PyTupleObject).ob_item.length;
        const kwGiven = kwonlyGiven > 0 ? ` positional argument${npos === 1 ? '' : 's'} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? '' : 's'})` : '';
        const takes = ndef > 0 ? `from ${argc - ndef} to ${argc}` : `${argc}`;
        throw PyErr.format(rt, rt.types.TypeError, `${qn}() takes ${takes} positional argument${argc === 1 && ndef === 0 ? '' : 's'} but ${npos}${kwGiven} ${npos === 1 && kwonlyGiven === 0 ? 'was' : 'were'} given`);
      }
      // defaults
      const defaults = func.func_defaults === null ? [] : (func.func_defaults as PyTupleObject).ob_item;
      const firstDefault = argc - defaults.length;
      const missing: string[] = [];
      for (let i = Math.min(npos, argc); i < argc; i++) {
        if (fast[i] !== null) continue;
        if (i >= firstDefault) fast[i] = Py_NewRef(defaults[i - firstDefault] as PyObject);
        else missing.push(names[i] as string);
      }
      if (missing.length > 0) throw PyErr.format(rt, rt.types.TypeError, `${qn}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${fmtNames(missing)}`);
      const kwmissing: string[] = [];
      for (let i = argc; i < nparams; i++) {
        if (fast[i] !== null) continue;
        const kd = func.func_kwdefaults as PyDictObject | null;
        const dv = kd === null ? null : rt.dictGetStr(kd, names[i] as string);
        if (dv !== null) fast[i] = Py_NewRef(dv);
        else kwmissing.push(names[i] as string);
      }
      if (kwmissing.length > 0) throw PyErr.format(rt, rt.types.TypeError, `${qn}() missing ${kwmissing.length} required keyword-only argument${kwmissing.length === 1 ? '' : 's'}: ${fmtNames(kwmissing)}`);
    } catch (e) {
      for (const o of owned) Py_DECREF(o);
      for (let i = 0; i < fast.length; i++) {
        const v = fast[i] ?? null;
        fast[i] = null;
        Py_XDECREF(v);
      }
      throw e;
    }
  }

  // ---- tracebacks ------------------------------------------------------------------------------

  sourceLine(filename: string, lineno: number): string | null {
    const lines = this.sources.get(filename);
    if (lines === undefined) return null;
    const l = lines[lineno - 1];
    return l === undefined ? null : l.trim();
  }

  /**
   * The text CPython's default excepthook prints, chained exceptions included (unless chain is
   * false: the default unraisable hook prints the exception alone).
   */
  /**
   * An uncaught exception's report (PyErr_PrintEx -> _PyErr_PrintEx's hook call): through
   * sys.excepthook when a script has replaced it, else printed here. A hook that fails is
   * reported with the original exception after it; a missing hook is said so.
   */
  printUncaught(exc: PyBaseExceptionObject): void {
    const rt = this.rt;
    const sd = this.sysDict();
    const hook = rt.dictGetStr(sd, 'excepthook');
    if (hook === null) {
      rt.stderr('sys.excepthook is missing\n' + this.formatException(exc));
      return;
    }
    if (hook === rt.dictGetStr(sd, '__excepthook__')) {
      rt.stderr(this.formatException(exc));
      return;
    }
    try {
      const args = [Py_NewRef(exc.ob_type), Py_NewRef(exc), Py_NewRef(exc.traceback ?? rt.None)];
      Py_INCREF(hook);
      try {
        Py_DECREF(PyObject_Call(hook, args, null));
      } finally {
        Py_DECREF(hook);
      }
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      rt.stderr(`Error in sys.excepthook:\n${this.formatException(e.exc)}\nOriginal exception was:\n${this.formatException(exc)}`);
      e.release();
    }
  }

  formatException(exc: PyBaseExceptionObject, seen: Set<PyObject> = new Set(), chain = true): string {
    seen.add(exc);
    let out = '';
    const cause = exc.cause as PyBaseExceptionObject | null;
    const context = exc.context as PyBaseExceptionObject | null;
    if (!chain) {
      // write_unraisable_exc_file: no __cause__ / __context__
    } else if (cause !== null && !seen.has(cause)) {
      out += this.formatException(cause, seen) + '\nThe above exception was the direct cause of the following exception:\n\n';
    } else if (context !== null && !exc.suppress_context && !seen.has(context)) {
      out += this.formatException(context, seen) + '\nDuring handling of the above exception, another exception occurred:\n\n';
    }
    const entries: PyTraceBackObject[] = [];
    for (let t = exc.traceback as PyTraceBackObject | null; t !== null; t = t.tb_next as PyTraceBackObject | null) entries.push(t);
    if (entries.length > 0) {
      out += 'Traceback (most recent call last):\n';
      let prev: { filename: string; lineno: number; name: string } | null = null;
      let repeat = 0;
      const flushRepeat = (): void => {
        if (repeat > 3) out += `  [Previous line repeated ${repeat - 3} more time${repeat - 3 === 1 ? '' : 's'}]\n`;
      };
      for (const t of entries) {
        const info = (t.tb_frame as PyFrameObject | null)?.f_frame?.info;
        const e = { filename: info?.filename ?? '?', name: info?.name ?? '?', lineno: t.tb_lineno };
        if (prev !== null && prev.filename === e.filename && prev.lineno === e.lineno && prev.name === e.name) {
          repeat++;
          if (repeat > 3) continue;
        } else {
          flushRepeat();
          repeat = 1;
        }
        prev = e;
        out += `  File "${e.filename}", line ${e.lineno}, in ${e.name}\n`;
        const src = this.sourceLine(e.filename, e.lineno);
        if (src !== null && src !== '') {
          out += `    ${src}\n`;
          if (t.pos !== null) out += this.caretLine(e.filename, t.pos);
        }
      }
      flushRepeat();
    }
    // a SyntaxError shows its location, then "SyntaxError: msg"
    const located = print_exception_file_and_line(exc);
    if (located === null) out += this.formatExceptionOnly(exc);
    else {
      out += located.text + this.formatExceptionOnly(exc, located.message);
      Py_DECREF(located.message);
    }
    return out + this.formatNotes(exc);
  }

  /**
   * print_exception_notes (PEP 678): each note of __notes__ as str() gives it, on its own
   * line(s); a __notes__ that is not a sequence is shown by its repr.
   */
  formatNotes(exc: PyBaseExceptionObject): string {
    const rt = this.rt;
    let notes: PyObject | null;
    try {
      notes = PyObject_GetAttrOpt(exc, '__notes__');
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      e.release();
      return '';
    }
    if (notes === null) return '';
    const text = (o: PyObject, repr: boolean): string => {
      try {
        return repr ? reprOf(o) : strOf(o);
      } catch (e) {
        if (!(e instanceof PyErr)) throw e;
        e.release();
        return repr ? '<__notes__ repr() failed>' : '<note str() failed>';
      }
    };
    try {
      const T = rt.types;
      // SIMPLIFICATION: list, tuple and str are the sequences asked for their items
      if (PyType_IsSubtype(notes.ob_type, T.list) || PyType_IsSubtype(notes.ob_type, T.tuple)) {
        let out = '';
        const items = iterateToArray(notes);
        try {
          for (const n of items) out += text(n, false) + '\n';
        } finally {
          for (const n of items) Py_DECREF(n);
        }
        return out;
      }
      if (isStr(notes)) return [...notes.ob_sval].map((c) => c + '\n').join('');
      // 3.11 writes no newline after it
      return text(notes, true);
    } finally {
      Py_DECREF(notes);
    }
  }

  /** 3.11's position markers under a traceback line ('' when the span is the whole line). */
  caretLine(filename: string, pos: SourcePos): string {
    const lines = this.sources.get(filename);
    const line = lines?.[pos.lineno - 1];
    if (line === undefined) return '';
    const stripped = line.trim();
    const strippedChars = line.length - line.trimStart().length;
    const b2c = (s: string, b: number): number => {
      const bytes = new TextEncoder().encode(s);
      return new TextDecoder().decode(bytes.slice(0, b)).length;
    };
    const start = b2c(line, pos.col);
    let end = b2c(line, pos.endCol);
    let anchors: [number, number] | null = null;
    if (pos.lineno === pos.endLineno) {
      const seg = line.slice(start, end);
      if (pos.anchors !== null) anchors = [b2c(seg, pos.anchors[0]), b2c(seg, pos.anchors[1])];
    } else end = line.trimEnd().length;
    if (!(end - start < stripped.length || (anchors !== null && anchors[1] - anchors[0] > 0))) return '';
    let out = '    ' + ' '.repeat(start - strippedChars);
    if (anchors !== null) {
      out += '~'.repeat(anchors[0]) + '^'.repeat(anchors[1] - anchors[0]) + '~'.repeat(end - start - anchors[1]);
    } else out += '^'.repeat(end - start);
    return out + '\n';
  }

  /** The last line: "Type: str(value)"; value is the exception itself unless a SyntaxError's msg. */
  formatExceptionOnly(exc: PyObject, value: PyObject = exc): string {
    const t = exc.ob_type;
    const name = (t.tp_flags & (1 << 9)) !== 0 && t.moduleName !== 'builtins' && t.moduleName !== '__main__' ? `${t.moduleName}.${t.ht_qualname}` : (t.tp_flags & (1 << 9)) !== 0 ? t.ht_qualname : t.tp_name;
    let msg: string;
    try {
      msg = strOf(value);
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      e.release();
      msg = `<exception str() failed>`;
    }
    // print_exception_suggestions
    const suggestion = offerSuggestion(this, exc as PyBaseExceptionObject);
    if (suggestion !== null) msg += `. Did you mean: '${suggestion}'?`;
    return msg === '' ? `${name}\n` : `${name}: ${msg}\n`;
  }

  /** PyErr_WriteUnraisable: "Exception ignored in: <obj>" plus the traceback, on stderr. */
  writeUnraisable(err: PyErr, obj: PyObject | null): void {
    const rt = this.rt;
    let head = 'Exception ignored in: ';
    if (obj !== null) {
      try {
        head += reprOf(obj);
      } catch (e) {
        if (!(e instanceof PyErr)) throw e;
        e.release();
        head += `<object repr() failed>`;
      }
    }
    // _PyErr_WriteUnraisableMsg: an exception raised outside Python code (a builtin callback)
    // gets a traceback made from the current frame
    if (err.exc.traceback === null && this.frame !== null) this.tracebackHere(err, this.frame);
    let text = this.formatException(err.exc, new Set(), false);
    // write_unraisable_exc_file writes "Type: " and the str even when that is empty
    const only = this.formatExceptionOnly(err.exc);
    if (!only.includes(': ') && text.endsWith(only)) text = `${text.slice(0, -1)}: \n`;
    rt.stderr(`${head}\n${text}`);
    err.release();
  }

  currentModuleName(): string {
    const f = this.frame;
    if (f === null) return '__main__';
    const n = this.rt.dictGetStr(f.globals, '__name__');
    return n !== null && n.ob_type === this.rt.types.str ? (n as unknown as { ob_sval: string }).ob_sval : '__main__';
  }

  /** super() with no arguments: the __class__ cell and the first argument of the frame. */
  superZeroArgs(): [PyObject, PyObject] {
    const rt = this.rt;
    const f = this.frame;
    if (f === null) throw PyErr.format(rt, rt.types.RuntimeError, 'super(): no current frame');
    const info = f.info;
    if (info.argcount + info.kwonlycount === 0 && info.varargsSlot < 0) throw PyErr.format(rt, rt.types.RuntimeError, 'super(): no arguments');
    let first = f.fast[0] ?? null;
    if (first !== null && info.scope.cells.has(info.paramNames[0] as string)) first = (first as PyCellObject).ob_ref;
    if (first === null) throw PyErr.format(rt, rt.types.RuntimeError, 'super(): arg[0] deleted');
    const slot = info.scope.slots.get('__class__');
    if (slot === undefined) throw PyErr.format(rt, rt.types.RuntimeError, 'super(): __class__ cell not found');
    const cell = f.fast[slot] as PyCellObject | null;
    const cls = cell?.ob_ref ?? null;
    if (cls === null) throw PyErr.format(rt, rt.types.RuntimeError, 'super(): empty __class__ cell');
    if (!PyType_IsSubtype(cls.ob_type, rt.types.type)) throw PyErr.format(rt, rt.types.RuntimeError, 'super(): __class__ is not a type');
    return [cls, first];
  }

  /** dir(o): attribute names from the instance dict and the type's MRO, sorted. */
  dirOf(o: PyObject): PyObject {
    const rt = this.rt;
    // object.__dir__ reads __dict__ and __class__ through getattr, which a weakref proxy
    // forwards: dir(proxy) lists the referent's attributes
    const wt = rt.weakrefHooks.types;
    if (wt !== null && (o.ob_type === wt.proxy || o.ob_type === wt.callableProxy)) {
      const referent = (o as unknown as { wr_object: PyObject | null }).wr_object;
      if (referent === null) throw PyErr.format(rt, rt.types.ReferenceError, 'weakly-referenced object no longer exists');
      return this.dirOf(referent);
    }
    const names = new Set<string>();
    const addDict = (d: PyObject | null): void => {
      if (d === null || d.ob_type !== rt.types.dict) return;
      dict_each(d as PyDictObject, (k) => {
        if (k.ob_type === rt.types.str) names.add((k as unknown as { ob_sval: string }).ob_sval);
      });
    };
    const isType = PyType_IsSubtype(o.ob_type, rt.types.type);
    if (o.ob_type === rt.types.module) addDict(o.ob_dict);
    else {
      if (!isType) {
        if (o.ob_values !== null) {
          const keys = o.ob_type.ht_cached_keys ?? [];
          o.ob_values.forEach((v, i) => {
            if (v !== null && v !== undefined) names.add(keys[i] as string);
          });
        } else addDict(o.ob_dict);
      }
      const t = isType ? (o as PyTypeObject) : o.ob_type;
      for (const m of t.mro) addDict(m.tp_dict);
    }
    const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return rt.newList(sorted.map((n) => rt.newStr(n)));
  }

  hexAddr(a: number): string {
    return hexAddr(a);
  }
}

function fmtNames(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0] as string;
  if (q.length === 2) return `${q[0] as string} and ${q[1] as string}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1] as string}`;
}

export { Py_INCREF };
