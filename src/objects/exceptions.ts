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

export interface TracebackEntry {
  /** the position of the failing instruction, when known */
  pos: SourcePos | null;
  filename: string;
  name: string;
  lineno: number;
  /** identity of the frame, so an entry is added once per frame */
  frame: object;
  /**
   * Drops what the entry keeps alive: the frame of a function that exited by this exception
   * keeps its locals until the exception (its traceback) goes, as a 3.11 frame object does.
   */
  release: (() => void) | null;
}

/** Releases the frames a traceback keeps alive, innermost first (tb_dealloc's order). */
export function releaseTraceback(tb: TracebackEntry[]): void {
  for (const e of tb) {
    const r = e.release;
    e.release = null;
    if (r !== null) r();
  }
}

export class PyBaseExceptionObject extends PyObject {
  /** tuple, owned */
  declare args: PyObject | null;
  declare tb: TracebackEntry[];
  declare context: PyObject | null;
  declare cause: PyObject | null;
  declare suppress_context: boolean;
  /** the innermost instruction the exception passed through in frame posFrame (JS only) */
  declare posFrame: object | null;
  declare pos: SourcePos | null;

  constructor(type: PyTypeObject, addr: number, refcnt = 1) {
    super(type, addr, refcnt);
    this.args = null;
    this.tb = [];
    this.context = null;
    this.cause = null;
    this.suppress_context = false;
    this.posFrame = null;
    this.pos = null;
  }
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
  const d = o.ob_dict;
  const a = o.args;
  const c = o.cause;
  const x = o.context;
  const tb = o.tb;
  o.ob_dict = o.args = o.cause = o.context = null;
  o.tb = [];
  Py_XDECREF(d);
  Py_XDECREF(a);
  releaseTraceback(tb);
  Py_XDECREF(c);
  Py_XDECREF(x);
}

export function exception_dealloc(op: PyObject): void {
  const o = op as PyBaseExceptionObject;
  _PyObject_GC_UNTRACK(o);
  const d = o.ob_dict;
  const a = o.args;
  const c = o.cause;
  const x = o.context;
  const tb = o.tb;
  o.ob_dict = o.args = o.cause = o.context = null;
  o.tb = [];
  const type = o.ob_type;
  type.rt.PyObject_Free(o);
  Py_XDECREF(d);
  Py_XDECREF(a);
  releaseTraceback(tb);
  Py_XDECREF(c);
  Py_XDECREF(x);
  if ((type.tp_flags & (1 << 9)) !== 0) Py_DECREF(type);
}

export function exception_traverse(op: PyObject, visit: visitproc, arg: unknown): number {
  const o = op as PyBaseExceptionObject;
  for (const r of [o.ob_dict, o.args, o.cause, o.context]) {
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
