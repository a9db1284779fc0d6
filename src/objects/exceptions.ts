// The exception objects: CPython 3.11's Objects/exceptions.c. Start at newException.
// BaseException instances are 16 GC + 72 bytes: args, __traceback__, __context__, __cause__,
// __suppress_context__, __notes__ and a __dict__ pointer (so subclasses get no managed dict).
//
// SIMPLIFICATION: __traceback__ is kept as a list of (file, name, line) entries, not as
// traceback and frame objects; frames are not kept alive by a saved exception.

import { PyObject, type PyTypeObject, Py_XDECREF, type visitproc, Py_DECREF } from './object.js';
import type { Runtime } from './runtime.js';
import { _PyObject_GC_TRACK, _PyObject_GC_UNTRACK } from '../gc/gclist.js';
import { PyTuple_New, type PyTupleObject } from './tupleobject.js';
import { PyUnicode_FromString } from './unicodeobject.js';

/** Where in a line an instruction is (3.11 co_positions), for the traceback's ^^^ markers. */
export interface SourcePos {
  lineno: number;
  endLineno: number;
  /** UTF-8 byte offsets, as the AST gives them */
  col: number;
  endCol: number;
  /** BinOp / Subscript anchors relative to col (byte offsets): [left end, right start] */
  anchors: [number, number] | null;
}

/**
 * traceback: one frame an exception passed through (Python/traceback.c). The exception's
 * __traceback__ is the outermost one; tb_next goes inward. It owns tb_next and tb_frame (a
 * frame object, which keeps the frame's locals alive once the function has returned).
 */
export class PyTraceBackObject extends PyObject {
  declare tb_next: PyObject | null;
  declare tb_frame: PyObject | null;
  declare tb_lineno: number;
  /** the failing instruction's position (for the ^^^ markers) */
  declare pos: SourcePos | null;

  constructor(type: PyTypeObject, addr: number, refcnt = 1) {
    super(type, addr, refcnt);
    this.tb_next = null;
    this.tb_frame = null;
    this.tb_lineno = 0;
    this.pos = null;
  }
}

/** PyTraceBack_Here's object: steals next and frame. Tracked. */
export function PyTraceBack_New(rt: Runtime, next: PyObject | null, frame: PyObject, lineno: number, pos: SourcePos | null): PyTraceBackObject {
  const t = rt.types.traceback;
  const o = new PyTraceBackObject(t, rt.allocObject(t, 0));
  o.tb_next = next;
  o.tb_frame = frame;
  o.tb_lineno = lineno;
  o.pos = pos;
  _PyObject_GC_TRACK(rt.gc, o);
  return o;
}

/** tb_dealloc: next first, then the frame. */
export function traceback_dealloc(op: PyObject): void {
  const o = op as PyTraceBackObject;
  _PyObject_GC_UNTRACK(o);
  const next = o.tb_next;
  const frame = o.tb_frame;
  o.tb_next = o.tb_frame = null;
  o.ob_type.rt.PyObject_Free(o);
  Py_XDECREF(next);
  Py_XDECREF(frame);
}

export function traceback_traverse(op: PyObject, visit: visitproc, arg: unknown): number {
  const o = op as PyTraceBackObject;
  if (o.tb_next !== null) {
    const r = visit(o.tb_next, arg);
    if (r !== 0) return r;
  }
  return o.tb_frame !== null ? visit(o.tb_frame, arg) : 0;
}

export function traceback_clear(op: PyObject): void {
  const o = op as PyTraceBackObject;
  const next = o.tb_next;
  const frame = o.tb_frame;
  o.tb_next = o.tb_frame = null;
  Py_XDECREF(next);
  Py_XDECREF(frame);
}

export class PyBaseExceptionObject extends PyObject {
  /** tuple, owned */
  declare args: PyObject | null;
  /** __traceback__: the outermost traceback object, owned */
  declare traceback: PyObject | null;
  declare context: PyObject | null;
  declare cause: PyObject | null;
  declare suppress_context: boolean;
  /** the innermost instruction the exception passed through in frame posFrame (JS only) */
  declare posFrame: object | null;
  declare pos: SourcePos | null;
  /** AttributeError.name / NameError.name (set_attribute_error_context, format_exc_check_arg) */
  declare attr_name: string | null;
  /** AttributeError.obj: the object whose attribute was missing, owned */
  declare attr_obj: PyObject | null;

  constructor(type: PyTypeObject, addr: number, refcnt = 1) {
    super(type, addr, refcnt);
    this.args = null;
    this.traceback = null;
    this.context = null;
    this.cause = null;
    this.suppress_context = false;
    this.posFrame = null;
    this.pos = null;
    this.attr_name = null;
    this.attr_obj = null;
  }
}

/**
 * set_attribute_error_context: an AttributeError raised by an attribute lookup remembers the
 * object and the name (once), so the traceback can suggest a close name.
 */
export function set_attribute_error_context(exc: PyBaseExceptionObject, o: PyObject, name: string): void {
  const rt = o.ob_type.rt;
  if (exc.attr_name !== null || exc.attr_obj !== null) return;
  const t = exc.ob_type;
  if (t !== rt.types.AttributeError && !t.mro.includes(rt.types.AttributeError)) return;
  exc.attr_name = name;
  o.ob_refcnt++;
  exc.attr_obj = o;
}

export function exceptionAlloc(type: PyTypeObject, nitems: number): PyObject {
  return new PyBaseExceptionObject(type, type.rt.allocObject(type, nitems));
}

/** A new exception of type with args (msg,) (or () for null); tracked. New reference. */
export function newException(rt: Runtime, type: PyTypeObject, msg: string | null): PyBaseExceptionObject {
  const args = msg === null ? PyTuple_New(rt, []) : PyTuple_New(rt, [PyUnicode_FromString(rt, msg)]);
  return newExceptionArgs(rt, type, args);
}

/** Steals args (a tuple). */
export function newExceptionArgs(rt: Runtime, type: PyTypeObject, args: PyObject): PyBaseExceptionObject {
  const o = type.tp_alloc(type, 0) as PyBaseExceptionObject;
  if ((type.tp_flags & (1 << 9)) !== 0) type.ob_refcnt++;
  o.args = args;
  _PyObject_GC_TRACK(rt.gc, o);
  return o;
}

export function exceptionArgs(o: PyObject): PyObject[] {
  const a = (o as PyBaseExceptionObject).args;
  return a === null ? [] : (a as PyTupleObject).ob_item;
}

/** BaseException_clear's order: dict, args, notes, traceback, cause, context. */
export function exception_clear(op: PyObject): void {
  const o = op as PyBaseExceptionObject;
  const ao = o.attr_obj;
  o.attr_obj = null;
  Py_XDECREF(ao);
  const d = o.ob_dict;
  const a = o.args;
  const c = o.cause;
  const x = o.context;
  const tb = o.traceback;
  o.ob_dict = o.args = o.cause = o.context = o.traceback = null;
  Py_XDECREF(d);
  Py_XDECREF(a);
  Py_XDECREF(tb);
  Py_XDECREF(c);
  Py_XDECREF(x);
}

export function exception_dealloc(op: PyObject): void {
  const o = op as PyBaseExceptionObject;
  _PyObject_GC_UNTRACK(o);
  const ao = o.attr_obj;
  o.attr_obj = null;
  const d = o.ob_dict;
  const a = o.args;
  const c = o.cause;
  const x = o.context;
  const tb = o.traceback;
  o.ob_dict = o.args = o.cause = o.context = o.traceback = null;
  const type = o.ob_type;
  type.rt.PyObject_Free(o);
  Py_XDECREF(ao);
  Py_XDECREF(d);
  Py_XDECREF(a);
  Py_XDECREF(tb);
  Py_XDECREF(c);
  Py_XDECREF(x);
  // a heap subtype's class is released by subtype_dealloc, which called this
}

export function exception_traverse(op: PyObject, visit: visitproc, arg: unknown): number {
  const o = op as PyBaseExceptionObject;
  for (const r of [o.attr_obj, o.ob_dict, o.args, o.traceback, o.cause, o.context]) {
    if (r !== null) {
      const v = visit(r, arg);
      if (v !== 0) return v;
    }
  }
  return 0;
}

/** The builtin exception hierarchy, parents before children: [name, base]. */
export const EXCEPTION_HIERARCHY: readonly (readonly [string, string | null])[] = [
  ['BaseException', null],
  ['SystemExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  ['Exception', 'BaseException'],
  ['StopIteration', 'Exception'],
  ['StopAsyncIteration', 'Exception'],
  ['ArithmeticError', 'Exception'],
  ['FloatingPointError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'],
  ['EOFError', 'Exception'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'],
  ['FileNotFoundError', 'OSError'],
  ['FileExistsError', 'OSError'],
  ['PermissionError', 'OSError'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'],
  ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['UnicodeDecodeError', 'UnicodeError'],
  ['UnicodeEncodeError', 'UnicodeError'],
  ['Warning', 'Exception'],
  ['UserWarning', 'Warning'],
  ['DeprecationWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
  ['FutureWarning', 'Warning'],
  ['ImportWarning', 'Warning'],
  ['UnicodeWarning', 'Warning'],
  ['BytesWarning', 'Warning'],
  ['ResourceWarning', 'Warning'],
];
