// The exception objects: CPython 3.11's Objects/exceptions.c. Start at newException.
// BaseException instances are 16 GC + 72 bytes: args, __traceback__, __context__, __cause__,
// __suppress_context__, __notes__ and a __dict__ pointer (so subclasses get no managed dict).
//
// SIMPLIFICATION: __traceback__ is kept as a list of (file, name, line) entries, not as
// traceback and frame objects; frames are not kept alive by a saved exception.

import { PyObject, type PyTypeObject, Py_XDECREF, type visitproc, Py_DECREF, Py_NewRef, PyType_IsSubtype, type PyGetSetDef } from './object.js';
import type { Runtime } from './runtime.js';
import type { BuiltinTypes } from './typeobject.js';
import { _PyObject_GC_TRACK, _PyObject_GC_UNTRACK } from '../gc/gclist.js';
import { PyTuple_New, type PyTupleObject } from './tupleobject.js';
import { PyUnicode_FromString, isStr } from './unicodeobject.js';
import type { PyLongObject } from './longobject.js';
import { PyErr } from './pyerr.js';
import { PyObject_Str, PyNumber_AsIndexValue } from './abstract.js';
import { PyBytes_FromData, bytesLikeData, type PyBytesObject } from './bytesobject.js';

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

/** PySyntaxErrorObject's fields in struct order, which is also the traverse and clear order. */
export const SYNTAX_ERROR_MEMBERS = ['msg', 'filename', 'lineno', 'offset', 'end_lineno', 'end_offset', 'text', 'print_file_and_line'] as const;
export type SyntaxErrorMember = (typeof SYNTAX_ERROR_MEMBERS)[number];

/** SyntaxError, IndentationError, TabError (PySyntaxErrorObject): 8 more pointers. */
export class PySyntaxErrorObject extends PyBaseExceptionObject {
  /** owned or null (a T_OBJECT member reads as None), indexed like SYNTAX_ERROR_MEMBERS */
  declare se: (PyObject | null)[];

  constructor(type: PyTypeObject, addr: number, refcnt = 1) {
    super(type, addr, refcnt);
    this.se = [null, null, null, null, null, null, null, null];
  }
}

/**
 * UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError (PyUnicodeErrorObject):
 * encoding, object and reason are owned or null; start and end are C Py_ssize_t fields.
 */
export class PyUnicodeErrorObject extends PyBaseExceptionObject {
  declare encoding: PyObject | null;
  declare object: PyObject | null;
  declare start: number;
  declare end: number;
  declare reason: PyObject | null;

  constructor(type: PyTypeObject, addr: number, refcnt = 1) {
    super(type, addr, refcnt);
    this.encoding = null;
    this.object = null;
    this.start = 0;
    this.end = 0;
    this.reason = null;
  }
}

export function syntaxErrorAlloc(type: PyTypeObject, nitems: number): PyObject {
  return new PySyntaxErrorObject(type, type.rt.allocObject(type, nitems));
}

export function unicodeErrorAlloc(type: PyTypeObject, nitems: number): PyObject {
  return new PyUnicodeErrorObject(type, type.rt.allocObject(type, nitems));
}

/**
 * The basic sizes of the exception structs that are bigger than PyBaseExceptionObject (72):
 * StopIteration and SystemExit add one pointer, NameError one, AttributeError two, ImportError
 * three, OSError five, SyntaxError eight, the three Unicode errors five.
 */
export const EXCEPTION_BASICSIZE: ReadonlyMap<string, number> = new Map([
  ['StopIteration', 80], ['SystemExit', 80], ['NameError', 80], ['AttributeError', 88],
  ['ImportError', 96], ['OSError', 112], ['SyntaxError', 136], ['UnicodeDecodeError', 112],
  ['UnicodeEncodeError', 112], ['UnicodeTranslateError', 112],
]);

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
  // PyErr_SetString calls the class, so SyntaxError_init sets msg (and the location)
  if (o instanceof PySyntaxErrorObject) syntaxError_setFields(o, (args as PyTupleObject).ob_item);
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
  ['UnicodeTranslateError', 'UnicodeError'],
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

// ---- SyntaxError and the Unicode errors: their members, __init__ and __str__ -----------------

/** Py_ssize_t's range, for the `n` converter and T_PYSSIZET members. */
const SSIZE_MAX = 2n ** 63n - 1n;

/** PyLong_AsSsize_t of an int object (OverflowError beyond 64 bits). */
function asSsize(rt: Runtime, v: PyObject): number {
  const x = (v as PyLongObject).ob_ival;
  if (typeof x === 'number') return x;
  if (x > SSIZE_MAX || x < -SSIZE_MAX - 1n) throw PyErr.format(rt, rt.types.OverflowError, 'Python int too large to convert to C ssize_t');
  return Number(x);
}

/** The `n` format unit of PyArg_ParseTuple: PyNumber_Index, then a Py_ssize_t. */
function argSsize(rt: Runtime, v: PyObject): number {
  const x = PyNumber_AsIndexValue(v);
  if (typeof x === 'number') return x;
  if (x > SSIZE_MAX || x < -SSIZE_MAX - 1n) throw PyErr.format(rt, rt.types.OverflowError, 'Python int too large to convert to C ssize_t');
  return Number(x);
}

/** my_basename: the part of a path after its last '/'. */
function my_basename(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

/** PyObject_Str as a JS string; a NULL field prints as "<NULL>", as PyObject_Str(NULL) does. */
function strOrNull(rt: Runtime, o: PyObject | null): string {
  if (o === null) return '<NULL>';
  const s = PyObject_Str(o);
  const r = s.ob_sval;
  Py_DECREF(s);
  return r;
}

/** \xNN, \uNNNN or \UNNNNNNNN for a character the codec could not handle. */
function badCharEscape(c: number): string {
  if (c <= 0xff) return '\\x' + c.toString(16).padStart(2, '0');
  if (c <= 0xffff) return '\\u' + c.toString(16).padStart(4, '0');
  return '\\U' + c.toString(16).padStart(8, '0');
}

/** The positional arguments of an init call (kwnames' values come last in args). */
function positional(args: PyObject[], kw: readonly string[] | null): PyObject[] {
  return kw === null || kw.length === 0 ? args : args.slice(0, args.length - kw.length);
}

/** Replaces a field's owned reference; `v` is borrowed (null: delete). */
function swap(old: PyObject | null, v: PyObject | null): PyObject | null {
  if (v !== null) v.ob_refcnt++;
  Py_XDECREF(old);
  return v;
}

/** SyntaxError_clear / UnicodeError_clear: the members first, then BaseException_clear. */
function syntaxError_clear(op: PyObject): void {
  const o = op as PySyntaxErrorObject;
  const se = o.se;
  for (let i = 0; i < se.length; i++) {
    const v = se[i] ?? null;
    se[i] = null;
    Py_XDECREF(v);
  }
  exception_clear(o);
}

function unicodeError_clear(op: PyObject): void {
  const o = op as PyUnicodeErrorObject;
  const enc = o.encoding;
  const obj = o.object;
  const reason = o.reason;
  o.encoding = o.object = o.reason = null;
  Py_XDECREF(enc);
  Py_XDECREF(obj);
  Py_XDECREF(reason);
  exception_clear(o);
}

/** SyntaxError_dealloc / UnicodeError_dealloc: untrack, drop the members, then the base's fields. */
function syntaxError_dealloc(op: PyObject): void {
  const o = op as PySyntaxErrorObject;
  _PyObject_GC_UNTRACK(o);
  const members = o.se;
  o.se = [];
  for (const v of members) Py_XDECREF(v);
  exception_dealloc(o);
}

function unicodeError_dealloc(op: PyObject): void {
  const o = op as PyUnicodeErrorObject;
  _PyObject_GC_UNTRACK(o);
  const enc = o.encoding;
  const obj = o.object;
  const reason = o.reason;
  o.encoding = o.object = o.reason = null;
  Py_XDECREF(enc);
  Py_XDECREF(obj);
  Py_XDECREF(reason);
  exception_dealloc(o);
}

function syntaxError_traverse(op: PyObject, visit: visitproc, arg: unknown): number {
  for (const v of (op as PySyntaxErrorObject).se) {
    if (v !== null) {
      const r = visit(v, arg);
      if (r !== 0) return r;
    }
  }
  return exception_traverse(op, visit, arg);
}

function unicodeError_traverse(op: PyObject, visit: visitproc, arg: unknown): number {
  const o = op as PyUnicodeErrorObject;
  for (const v of [o.encoding, o.object, o.reason]) {
    if (v !== null) {
      const r = visit(v, arg);
      if (r !== 0) return r;
    }
  }
  return exception_traverse(op, visit, arg);
}

/**
 * SyntaxError_init's field setting: msg from args[0]; with exactly two arguments the second is
 * (filename, lineno, offset, text[, end_lineno, end_offset]). Also run for a SyntaxError made
 * by the runtime itself (PyErr_SetString calls the type, so its __init__ runs).
 */
export function syntaxError_setFields(o: PySyntaxErrorObject, pos: PyObject[]): void {
  const rt = o.ob_type.rt;
  if (pos.length >= 1) o.se[0] = swap(o.se[0] ?? null, pos[0] as PyObject);
  if (pos.length !== 2) return;
  const infoArg = pos[1] as PyObject;
  // PySequence_Tuple: a tuple is used as it is, any other iterable is copied into a new one
  const info = infoArg.ob_type === rt.types.tuple ? Py_NewRef(infoArg) : PyTuple_New(rt, rt.iterate(infoArg));
  try {
    const items = (info as PyTupleObject).ob_item;
    if (items.length < 4) throw PyErr.format(rt, rt.types.TypeError, `function takes at least 4 arguments (${items.length} given)`);
    if (items.length > 6) throw PyErr.format(rt, rt.types.TypeError, `function takes at most 6 arguments (${items.length} given)`);
    // filename, lineno, offset, text, end_lineno, end_offset into their struct slots
    const slots = [1, 2, 3, 6, 4, 5];
    for (let i = 0; i < 6; i++) {
      const k = slots[i] as number;
      o.se[k] = swap(o.se[k] ?? null, items[i] ?? null);
    }
    if (items.length === 5) throw PyErr.format(rt, rt.types.TypeError, 'end_offset must be provided when end_lineno is provided');
  } finally {
    Py_DECREF(info);
  }
}

/** SyntaxError_str: "msg (file.py, line N)", the parts present. */
function syntaxError_str(rt: Runtime, o: PySyntaxErrorObject): string {
  const [msg, filename, lineno] = o.se;
  const m = strOrNull(rt, msg ?? rt.None);
  const file = filename !== null && filename !== undefined && isStr(filename) ? my_basename(filename.ob_sval) : null;
  let line: string | null = null;
  if (lineno !== null && lineno !== undefined && lineno.ob_type === rt.types.int) {
    // PyLong_AsLongAndOverflow: -1 when it does not fit a C long
    const v = (lineno as PyLongObject).ob_ival;
    line = typeof v === 'number' ? String(v) : v > SSIZE_MAX || v < -SSIZE_MAX - 1n ? '-1' : String(v);
  }
  if (file !== null && line !== null) return `${m} (${file}, line ${line})`;
  if (file !== null) return `${m} (${file})`;
  if (line !== null) return `${m} (line ${line})`;
  return m;
}

/** The three Unicode errors' __str__ (UnicodeEncodeError_str and its two siblings). */
function unicodeError_str(rt: Runtime, o: PyUnicodeErrorObject, kind: 'encode' | 'decode' | 'translate'): string {
  const obj = o.object;
  if (obj === null) return '';
  const reason = strOrNull(rt, o.reason);
  const { start, end } = o;
  if (kind === 'decode') {
    const enc = strOrNull(rt, o.encoding);
    const data = obj.ob_type === rt.types.bytes || PyType_IsSubtype(obj.ob_type, rt.types.bytes) ? (obj as PyBytesObject).ob_sval : null;
    if (data !== null && start >= 0 && start < data.length && end === start + 1) {
      return `'${enc}' codec can't decode byte 0x${(data[start] as number).toString(16).padStart(2, '0')} in position ${start}: ${reason}`;
    }
    return `'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  }
  const cps = isStr(obj) ? Array.from(obj.ob_sval, (ch) => ch.codePointAt(0) as number) : null;
  const single = cps !== null && start >= 0 && start < cps.length && end === start + 1;
  if (kind === 'encode') {
    const enc = strOrNull(rt, o.encoding);
    if (single) return `'${enc}' codec can't encode character '${badCharEscape(cps[start] as number)}' in position ${start}: ${reason}`;
    return `'${enc}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
  }
  if (single) return `can't translate character '${badCharEscape(cps[start] as number)}' in position ${start}: ${reason}`;
  return `can't translate characters in position ${start}-${end - 1}: ${reason}`;
}

/**
 * UnicodeDecodeError_init & co: PyArg_ParseTuple with "UOnnU" (decode: the object becomes a
 * bytes copy unless it is bytes), "UUnnU" (encode) or "UnnU" (translate).
 */
function unicodeError_setFields(o: PyUnicodeErrorObject, pos: PyObject[], kind: 'encode' | 'decode' | 'translate'): void {
  const rt = o.ob_type.rt;
  const T = rt.types;
  const n = kind === 'translate' ? 4 : 5;
  if (pos.length !== n) throw PyErr.format(rt, T.TypeError, `function takes exactly ${n} arguments (${pos.length} given)`);
  const needStr = (i: number): PyObject => {
    const v = pos[i] as PyObject;
    if (!isStr(v)) throw PyErr.format(rt, T.TypeError, `argument ${i + 1} must be str, not ${v.ob_type === rt.None.ob_type ? 'None' : v.ob_type.tp_name}`);
    return v;
  };
  const old = [o.encoding, o.object, o.reason];
  o.encoding = o.object = o.reason = null;
  for (const v of old) Py_XDECREF(v);
  const first = kind === 'translate' ? 0 : 1;
  const encoding = kind === 'translate' ? null : needStr(0);
  const object = kind === 'encode' || kind === 'translate' ? needStr(first) : (pos[1] as PyObject);
  const start = argSsize(rt, pos[first + 1] as PyObject);
  const end = argSsize(rt, pos[first + 2] as PyObject);
  const reason = needStr(first + 3);
  let obj: PyObject;
  if (kind === 'decode' && object.ob_type !== T.bytes) {
    // a bytes-like object is copied into a new bytes object (PyObject_GetBuffer + PyBytes_FromStringAndSize)
    const d = bytesLikeData(object);
    if (d === null) throw PyErr.format(rt, T.TypeError, `a bytes-like object is required, not '${object.ob_type.tp_name}'`);
    obj = PyBytes_FromData(rt, d.slice());
  } else obj = Py_NewRef(object);
  o.encoding = encoding === null ? null : Py_NewRef(encoding);
  o.object = obj;
  o.start = start;
  o.end = end;
  o.reason = Py_NewRef(reason);
}

/** A new UnicodeDecodeError(encoding, object, start, end, reason) as a codec raises it (PyUnicodeDecodeError_Create); `data` is copied. */
export function newUnicodeDecodeError(rt: Runtime, encoding: string, data: Uint8Array, start: number, end: number, reason: string): PyErr {
  return newUnicodeError(rt, rt.types.UnicodeDecodeError, [PyUnicode_FromString(rt, encoding), PyBytes_FromData(rt, data.slice()), rt.newInt(start), rt.newInt(end), PyUnicode_FromString(rt, reason)], 'decode');
}

/** A new UnicodeEncodeError for `object` (a str, borrowed) as a codec raises it (PyUnicodeEncodeError_Create). */
export function newUnicodeEncodeError(rt: Runtime, encoding: string, object: PyObject, start: number, end: number, reason: string): PyErr {
  return newUnicodeError(rt, rt.types.UnicodeEncodeError, [PyUnicode_FromString(rt, encoding), Py_NewRef(object), rt.newInt(start), rt.newInt(end), PyUnicode_FromString(rt, reason)], 'encode');
}

/** Steals args: the exception's args tuple, and its fields set from them. */
function newUnicodeError(rt: Runtime, type: PyTypeObject, args: PyObject[], kind: 'encode' | 'decode'): PyErr {
  const e = newExceptionArgs(rt, type, PyTuple_New(rt, args)) as PyUnicodeErrorObject;
  unicodeError_setFields(e, args, kind);
  return new PyErr(e);
}

/** T_OBJECT member getset: None for a NULL field; deletable. */
function objectMember<O extends PyObject>(rt: Runtime, name: string, get: (o: O) => PyObject | null, set: (o: O, v: PyObject | null) => void): PyGetSetDef {
  return {
    name,
    get: (o) => Py_NewRef(get(o as O) ?? rt.None),
    set: (o, v) => set(o as O, swap(get(o as O), v)),
  };
}

/** T_PYSSIZET member getset: -1 is stored before a failed conversion, as PyMember_SetOne does. */
function ssizeMember(rt: Runtime, name: 'start' | 'end'): PyGetSetDef {
  return {
    name,
    get: (o) => rt.newInt((o as PyUnicodeErrorObject)[name]),
    set: (o, v) => {
      const e = o as PyUnicodeErrorObject;
      if (v === null) throw PyErr.format(rt, rt.types.TypeError, "can't delete numeric/char attribute");
      e[name] = -1;
      if (!PyType_IsSubtype(v.ob_type, rt.types.int)) throw PyErr.format(rt, rt.types.TypeError, 'an integer is required');
      e[name] = asSsize(rt, v);
    },
  };
}

/**
 * Installs SyntaxError's and the Unicode errors' layouts, members, __init__ and __str__
 * (Objects/exceptions.c: SyntaxError_init, SyntaxError_str, UnicodeDecodeError_init, ...).
 * Called once the BaseException slots are set; IndentationError and TabError inherit.
 */
export function installExceptionMembers(rt: Runtime, T: BuiltinTypes): void {
  const E = T.BaseException;
  const baseInit = E.tp_init as NonNullable<PyTypeObject['tp_init']>;
  const noKeywords = (self: PyObject, kw: readonly string[] | null, init: PyTypeObject['tp_init']): void => {
    if (kw !== null && kw.length > 0 && self.ob_type.tp_init === init) throw PyErr.format(rt, T.TypeError, `${self.ob_type.tp_name}() takes no keyword arguments`);
  };
  const SE = T.SyntaxError;
  for (const name of ['SyntaxError', 'IndentationError', 'TabError']) (T.byName.get(name) as PyTypeObject).tp_alloc = syntaxErrorAlloc;
  SE.tp_dealloc = syntaxError_dealloc;
  SE.tp_traverse = syntaxError_traverse;
  SE.tp_clear = syntaxError_clear;
  const seInit: PyTypeObject['tp_init'] = (self, args, kw) => {
    noKeywords(self, kw, seInit);
    baseInit(self, args, null);
    syntaxError_setFields(self as PySyntaxErrorObject, positional(args, kw));
  };
  SE.tp_init = seInit;
  SE.tp_str = (o) => PyUnicode_FromString(rt, syntaxError_str(rt, o as PySyntaxErrorObject));
  SE.tp_getset = SYNTAX_ERROR_MEMBERS.map((name, i) => objectMember<PySyntaxErrorObject>(rt, name, (o) => o.se[i] ?? null, (o, v) => { o.se[i] = v; }));

  const kinds = [[T.UnicodeEncodeError, 'encode'], [T.UnicodeDecodeError, 'decode'], [T.UnicodeTranslateError, 'translate']] as const;
  for (const [t, kind] of kinds) {
    t.tp_alloc = unicodeErrorAlloc;
    t.tp_dealloc = unicodeError_dealloc;
    t.tp_traverse = unicodeError_traverse;
    t.tp_clear = unicodeError_clear;
    const init: PyTypeObject['tp_init'] = (self, args, kw) => {
      noKeywords(self, kw, init);
      baseInit(self, args, null);
      unicodeError_setFields(self as PyUnicodeErrorObject, positional(args, kw), kind);
    };
    t.tp_init = init;
    t.tp_str = (o) => PyUnicode_FromString(rt, unicodeError_str(rt, o as PyUnicodeErrorObject, kind));
    t.tp_getset = [
      objectMember<PyUnicodeErrorObject>(rt, 'encoding', (o) => o.encoding, (o, v) => { o.encoding = v; }),
      objectMember<PyUnicodeErrorObject>(rt, 'object', (o) => o.object, (o, v) => { o.object = v; }),
      ssizeMember(rt, 'start'),
      ssizeMember(rt, 'end'),
      objectMember<PyUnicodeErrorObject>(rt, 'reason', (o) => o.reason, (o, v) => { o.reason = v; }),
    ];
  }
}
