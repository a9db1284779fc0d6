// Generators: CPython 3.11's Objects/genobject.c. Start at makeGenerator.
// A generator owns its frame; its body is the code's generator-mode compilation (a JS generator
// function), so send/throw/close map onto next/throw/return of the JS generator. Like 3.11 the
// generator has a tp_finalize that closes an unfinished generator when it dies, and its frame
// (and so its locals) is cleared as soon as it finishes.

import { PyObject, type PyTypeObject, type PyMethodDef, type PyGetSetDef, Py_DECREF, Py_NewRef, Py_XDECREF, type visitproc } from '../objects/object.js';
import { PyErr } from '../objects/pyerr.js';
import type { PyFunctionObject } from '../objects/funcobject.js';
import { _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, _PyGC_FINALIZED } from '../gc/gclist.js';
import { exceptionArgs } from '../objects/exceptions.js';
import { PyObject_CallFinalizerFromDealloc, PyType_AddMethods } from '../objects/typeobject.js';
import { checkArgs } from '../objects/descrobject.js';
import type { Frame } from './frame.js';
import { type GOp, GenRun, stepGenProgram, releaseRun } from './genprogram.js';
import { exitFrame } from './frameobject.js';
import type { Interpreter } from './interpreter.js';

export class PyGenObject extends PyObject {
  declare gi_frame: Frame | null;
  /** the body's program state, once started */
  declare gi_run: GenRun | null;
  declare gi_running: boolean;
  declare gi_started: boolean;
  declare gi_name: string;
  declare gi_qualname: string;
  declare interp: Interpreter | null;
  /** gen_send_ex's return value when the generator returned (owned until the caller takes it) */
  declare gi_result: PyObject | null;

  constructor(type: PyTypeObject, addr: number, refcnt = 1) {
    super(type, addr, refcnt);
    this.gi_frame = null;
    this.gi_run = null;
    this.gi_running = false;
    this.gi_started = false;
    this.gi_name = '';
    this.gi_qualname = '';
    this.interp = null;
    this.gi_result = null;
  }
}

export function makeGenerator(I: Interpreter, f: Frame, func: PyFunctionObject): PyGenObject {
  const rt = I.rt;
  const t = rt.types.generator;
  const g = new PyGenObject(t, rt.allocObject(t, f.info.nslots + 1));
  g.gi_frame = f;
  g.interp = I;
  g.gi_name = func.func_name;
  g.gi_qualname = func.func_qualname;
  _PyObject_GC_TRACK(rt.gc, g);
  return g;
}

/**
 * gen_send_ex: runs the generator until it yields (returns the value), returns (returns
 * null and leaves the return value, a new reference or null for None, in g.gi_result for the
 * caller to take), or raises. arg and exc are stolen.
 */
export function gen_send_ex(g: PyGenObject, arg: PyObject | null, exc: PyErr | null): PyObject | null {
  const I = g.interp as Interpreter;
  const rt = I.rt;
  const f = g.gi_frame;
  if (g.gi_running) {
    if (arg !== null) Py_DECREF(arg);
    if (exc !== null) exc.release();
    throw PyErr.format(rt, rt.types.ValueError, 'generator already executing');
  }
  if (f === null) {
    if (arg !== null) Py_DECREF(arg);
    if (exc !== null) throw exc;
    g.gi_result = null;
    return null;
  }
  if (!g.gi_started && arg !== null && arg !== rt.None && exc === null) {
    Py_DECREF(arg);
    throw PyErr.format(rt, rt.types.TypeError, "can't send non-None value to a just-started generator");
  }
  let run = g.gi_run;
  if (run === null) {
    run = new GenRun();
    g.gi_run = run;
  }
  if (exc === null && g.gi_started) return gen_resume(I, g, f, run, arg);
  const ops = f.info.genBody as GOp[];
  if (++rt.recursionDepth > rt.recursionLimit) {
    rt.recursionDepth--;
    throw PyErr.format(rt, rt.types.RecursionError, 'maximum recursion depth exceeded');
  }
  f.back = I.frame;
  I.frame = f;
  g.gi_running = true;
  let v: PyObject | null;
  try {
    if (exc !== null) {
      if (!g.gi_started) {
        // throwing into a just-started generator raises at its first line without running it
        g.gi_started = true;
        throw exc;
      }
      v = stepGenProgram(I, ops, run, f, null, exc);
    } else {
      g.gi_started = true;
      if (arg !== null) Py_DECREF(arg);
      v = stepGenProgram(I, ops, run, f, null, null);
    }
    // the program ended: its loop iterators go while the frame is still running (resumeGenProgram)
    if (v === null) releaseRun(run);
  } catch (e) {
    throw gen_raised(I, g, f, run, e);
  }
  return gen_suspended(I, g, f, v);
}

/**
 * gen_send_ex's common case: a started generator that is not running, resumed with the value
 * sent (stolen; null: None). Returns as gen_send_ex does.
 */
function gen_resume(I: Interpreter, g: PyGenObject, f: Frame, run: GenRun, arg: PyObject | null): PyObject | null {
  const rt = I.rt;
  if (++rt.recursionDepth > rt.recursionLimit) {
    rt.recursionDepth--;
    throw PyErr.format(rt, rt.types.RecursionError, 'maximum recursion depth exceeded');
  }
  f.back = I.frame;
  I.frame = f;
  g.gi_running = true;
  let v: PyObject | null;
  try {
    v = stepGenProgram(I, f.info.genBody as GOp[], run, f, arg, null);
    // the program ended: its loop iterators go while the frame is still running (resumeGenProgram)
    if (v === null) releaseRun(run);
  } catch (e) {
    throw gen_raised(I, g, f, run, e);
  }
  return gen_suspended(I, g, f, v);
}

/** The generator's program yielded v or ended (null): the frame leaves the stack. */
function gen_suspended(I: Interpreter, g: PyGenObject, f: Frame, v: PyObject | null): PyObject | null {
  g.gi_running = false;
  I.frame = f.back;
  I.rt.recursionDepth--;
  if (v === null) {
    const rv = f.retval;
    f.retval = null;
    finish(g);
    g.gi_result = rv;
    return null;
  }
  return v;
}

/** An exception escaped the generator's program: the generator is finished; what to throw. */
function gen_raised(I: Interpreter, g: PyGenObject, f: Frame, run: GenRun, e: unknown): unknown {
  const rt = I.rt;
  releaseRun(run);
  g.gi_running = false;
  I.frame = f.back;
  rt.recursionDepth--;
  if (e instanceof PyErr) I.tracebackHere(e, f);
  finish(g);
  if (e instanceof PyErr) {
    if (e.matches(rt.types.StopIteration)) {
      const re = PyErr.format(rt, rt.types.RuntimeError, 'generator raised StopIteration');
      re.exc.cause = e.exc;
      re.exc.context = Py_NewRef(e.exc);
      re.exc.suppress_context = true;
      return re;
    }
  }
  return e;
}

/** The generator is exhausted: clear its frame (its locals die now). */
function finish(g: PyGenObject): void {
  const f = g.gi_frame;
  g.gi_frame = null;
  g.gi_run = null;
  if (f !== null) exitFrame(g.interp as Interpreter, f);
}

/** gen.send(v) / next(gen) as a Python-visible call: StopIteration(value) at the end. */
function gen_send(g: PyGenObject, arg: PyObject | null, exc: PyErr | null): PyObject {
  const rt = (g.interp as Interpreter).rt;
  const v = gen_send_ex(g, arg, exc);
  if (v !== null) return v;
  const rv = g.gi_result;
  g.gi_result = null;
  if (rv === null || rv === rt.None) {
    Py_XDECREF(rv);
    throw PyErr.fromType(rt, rt.types.StopIteration, null);
  }
  const e = rt.newExceptionArgs(rt.types.StopIteration, [rv]);
  Py_DECREF(rv);
  throw PyErr.steal(e);
}

/** next(gen) / gen.__next__(): the next value, or StopIteration carrying the return value. */
export function gen_next(o: PyObject): PyObject {
  return gen_send(o as PyGenObject, null, null);
}

/** tp_iternext: null when finished (no StopIteration object made for a None return). */
export function gen_iternext(o: PyObject): PyObject | null {
  const g = o as PyGenObject;
  const run = g.gi_run;
  // a started generator has its program state (and its frame) until it finishes
  const v = run !== null && !g.gi_running ? gen_resume(g.interp as Interpreter, g, g.gi_frame as Frame, run, null) : gen_send_ex(g, null, null);
  if (v !== null) return v;
  const rv = g.gi_result;
  if (rv !== null) {
    g.gi_result = null;
    Py_DECREF(rv);
  }
  return null;
}

/** The return value left by a gen_send_ex that returned null: a new reference (None when none). */
export function gen_take_result(g: PyGenObject): PyObject {
  const rv = g.gi_result;
  if (rv === null) return Py_NewRef((g.interp as Interpreter).rt.None);
  g.gi_result = null;
  return rv;
}

export function isGenerator(o: PyObject): o is PyGenObject {
  return o instanceof PyGenObject;
}

/** gen.throw(exc) */
export function gen_throw(g: PyGenObject, typ: PyObject, val: PyObject | null): PyObject {
  const rt = (g.interp as Interpreter).rt;
  let exc: PyObject;
  if (typ.ob_type === rt.types.type || (typ.ob_type.tp_flags & (1 << 31)) !== 0) {
    exc = val !== null && val !== rt.None ? rt.call(typ, [val]) : rt.call(typ, []);
  } else exc = Py_NewRef(typ);
  if ((exc.ob_type.tp_flags & (1 << 30)) === 0) {
    Py_DECREF(exc);
    throw PyErr.format(rt, rt.types.TypeError, 'exceptions must be classes or instances deriving from BaseException, not ' + typ.ob_type.tp_name);
  }
  return gen_send(g, null, PyErr.steal(exc));
}

/** gen.close() */
export function gen_close(g: PyGenObject): void {
  const rt = (g.interp as Interpreter).rt;
  if (g.gi_frame === null) return;
  if (!g.gi_started) {
    finish(g);
    return;
  }
  let v: PyObject | null;
  try {
    v = gen_send_ex(g, null, PyErr.fromType(rt, rt.types.GeneratorExit, null));
  } catch (e) {
    if (e instanceof PyErr && (e.matches(rt.types.GeneratorExit) || e.matches(rt.types.StopIteration))) {
      e.release();
      return;
    }
    throw e;
  }
  if (v !== null) {
    Py_DECREF(v);
    throw PyErr.format(rt, rt.types.RuntimeError, 'generator ignored GeneratorExit');
  }
  Py_XDECREF(g.gi_result);
  g.gi_result = null;
}

export function installGeneratorType(I: Interpreter): void {
  const rt = I.rt;
  const G = rt.types.generator as PyTypeObject;
  G.tp_iter = (o) => Py_NewRef(o);
  G.tp_iternext = gen_iternext;
  G.tp_repr = (o) => rt.newStr(`<generator object ${(o as PyGenObject).gi_qualname} at ${I.hexAddr(o.ob_addr)}>`);
  G.tp_finalize = (o) => {
    const g = o as PyGenObject;
    if (g.gi_frame === null || !g.gi_started) return;
    try {
      gen_close(g);
    } catch (e) {
      if (e instanceof PyErr) rt.hooks.writeUnraisable(e, o);
      else throw e;
    }
  };
  G.tp_dealloc = (o) => {
    const g = o as PyGenObject;
    _PyObject_GC_UNTRACK(g);
    if (g.gi_frame !== null && g.gi_started && !_PyGC_FINALIZED(g)) {
      _PyObject_GC_TRACK(rt.gc, g);
      if (PyObject_CallFinalizerFromDealloc(g)) return;
      _PyObject_GC_UNTRACK(g);
    }
    if (o.ob_weakreflist !== null) rt.clearWeakRefs(o);
    finish(g);
    rt.PyObject_Free(g);
  };
  G.tp_traverse = (o: PyObject, visit: visitproc, arg: unknown) => {
    // gen_traverse: the frame's locals, then its value stack: the values of an expression
    // suspended at a yield, the iterators of the running for loops and yield froms
    const g = o as PyGenObject;
    const f = g.gi_frame;
    if (f === null) return 0;
    for (const v of f.fast) {
      if (v !== null && v !== undefined) {
        const r = visit(v, arg);
        if (r !== 0) return r;
      }
    }
    if (f.temps !== null) {
      for (const v of f.temps) {
        if (v !== null && v !== undefined) {
          const r = visit(v, arg);
          if (r !== 0) return r;
        }
      }
    }
    const run = g.gi_run;
    if (run !== null) {
      for (const it of run.iters) {
        const r = visit(it, arg);
        if (r !== 0) return r;
      }
    }
    return 0;
  };
  const methods: PyMethodDef[] = [
    { name: '__next__', fn: (self) => gen_send(self as PyGenObject, null, null) },
    { name: 'send', fn: (self, args) => {
      checkArgs(rt, 'send', args, null, 1, 1);
      return gen_send(self as PyGenObject, Py_NewRef(args[0] as PyObject), null);
    } },
    { name: 'throw', fn: (self, args) => {
      checkArgs(rt, 'throw', args, null, 1, 3);
      return gen_throw(self as PyGenObject, args[0] as PyObject, args[1] ?? null);
    } },
    { name: '__sizeof__', fn: (self) => {
      // gen_sizeof: the object plus its frame's locals and value stack
      const f = (self as PyGenObject).gi_frame;
      return rt.newInt(152 + 8 * ((f?.info.nslots ?? 0) + 1));
    } },
    { name: 'close', fn: (self) => {
      gen_close(self as PyGenObject);
      return Py_NewRef(rt.None);
    } },
  ];
  const getsets: PyGetSetDef[] = [
    { name: '__name__', get: (o) => rt.newStr((o as PyGenObject).gi_name) },
    { name: '__qualname__', get: (o) => rt.newStr((o as PyGenObject).gi_qualname) },
    { name: 'gi_running', get: (o) => rt.newBool((o as PyGenObject).gi_running) },
  ];
  PyType_AddMethods(rt, G, methods, getsets);
}

/** The value carried by a StopIteration (for `yield from` and `return` in generators). */
export function stopIterationValue(rt: { None: PyObject }, e: PyErr): PyObject {
  const a = exceptionArgs(e.exc);
  return Py_NewRef(a.length > 0 ? (a[0] as PyObject) : rt.None);
}
