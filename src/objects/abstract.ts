// The object protocols: CPython 3.11's Objects/abstract.c (PyNumber_*, PyObject_GetItem,
// PyObject_GetIter ...) and the protocol half of Objects/object.c (PyObject_Repr,
// PyObject_RichCompare, PyObject_IsTrue, PyObject_GetAttr ...).
//
// Ownership: every function here returning a PyObject returns a NEW reference; arguments are
// BORROWED, except the args array of PyObject_Call, which is stolen (tp_call's convention).

import {
  type PyObject, type PyTypeObject, type NbBinarySlot, type BinaryFunc, Py_DECREF, Py_INCREF,
  PyType_IsSubtype, Py_EQ, Py_NE, Py_LT, Py_LE, Py_GT, Py_GE,
} from './object.js';
import type { Runtime } from './runtime.js';
import { PyErr } from './pyerr.js';
import { set_attribute_error_context } from './exceptions.js';
import type { PyUnicodeObject } from './unicodeobject.js';
import type { PyLongObject } from './longobject.js';

export function rtOf(o: PyObject): Runtime {
  return o.ob_type.rt;
}

export function typeName(o: PyObject): string {
  return o.ob_type.tp_name;
}

// ---- repr / str ------------------------------------------------------------------------------

/** PyObject_Repr: new reference to a str. */
/**
 * PyObject_ASCII (ascii(o), the !a conversion): repr(o) with every non-ASCII character escaped
 * (backslash-x, -u or -U escapes). New reference.
 */
export function PyObject_ASCII(o: PyObject): PyUnicodeObject {
  const rt = o.ob_type.rt;
  const r = PyObject_Repr(o);
  const s = r.ob_sval;
  Py_DECREF(r);
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    out += c < 128 ? ch : c < 256 ? '\\x' + c.toString(16).padStart(2, '0') : c < 0x10000 ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
  }
  return rt.newStr(out);
}

export function PyObject_Repr(o: PyObject): PyUnicodeObject {
  const rt = o.ob_type.rt;
  const f = o.ob_type.tp_repr;
  if (f === null) return rt.newStr(`<${o.ob_type.tp_name} object at ${hexAddr(o.ob_addr)}>`);
  if (++rt.recursionDepth > rt.recursionLimit) {
    rt.recursionDepth--;
    throw PyErr.format(rt, rt.types.RecursionError, 'maximum recursion depth exceeded while getting the repr of an object');
  }
  try {
    const r = f(o);
    if (r.ob_type !== rt.types.str && !PyType_IsSubtype(r.ob_type, rt.types.str)) {
      const tn = r.ob_type.tp_name;
      Py_DECREF(r);
      throw PyErr.format(rt, rt.types.TypeError, `__repr__ returned non-string (type ${tn})`);
    }
    return r as PyUnicodeObject;
  } finally {
    rt.recursionDepth--;
  }
}

/** PyObject_Str: new reference to a str. */
export function PyObject_Str(o: PyObject): PyUnicodeObject {
  const rt = o.ob_type.rt;
  if (o.ob_type === rt.types.str) {
    Py_INCREF(o);
    return o as PyUnicodeObject;
  }
  const f = o.ob_type.tp_str;
  if (f === null) return PyObject_Repr(o);
  const r = f(o);
  if (!PyType_IsSubtype(r.ob_type, rt.types.str)) {
    const tn = r.ob_type.tp_name;
    Py_DECREF(r);
    throw PyErr.format(rt, rt.types.TypeError, `__str__ returned non-string (type ${tn})`);
  }
  return r as PyUnicodeObject;
}

/** repr(o) as a JS string. */
export function reprOf(o: PyObject): string {
  const r = PyObject_Repr(o);
  const s = r.ob_sval;
  Py_DECREF(r);
  return s;
}

/** str(o) as a JS string. */
export function strOf(o: PyObject): string {
  const r = PyObject_Str(o);
  const s = r.ob_sval;
  Py_DECREF(r);
  return s;
}

export function hexAddr(a: number): string {
  return '0x' + a.toString(16).padStart(12, '0');
}

// ---- hash / compare / truth ------------------------------------------------------------------

export function PyObject_Hash(o: PyObject): number {
  const f = o.ob_type.tp_hash;
  if (f === null) {
    const rt = o.ob_type.rt;
    throw PyErr.format(rt, rt.types.TypeError, `unhashable type: '${o.ob_type.tp_name}'`);
  }
  return f(o);
}

/** PyObject_HashNotImplemented: the tp_hash of unhashable types (list, dict, set). */
export function PyObject_HashNotImplemented(o: PyObject): number {
  const rt = o.ob_type.rt;
  throw PyErr.format(rt, rt.types.TypeError, `unhashable type: '${o.ob_type.tp_name}'`);
}

const OPSTRINGS = ['<', '<=', '==', '!=', '>', '>='];
const SWAPPED = [Py_GT, Py_GE, Py_EQ, Py_NE, Py_LT, Py_LE];

/** do_richcompare: reflected first when w's type is a proper subclass overriding it. */
export function PyObject_RichCompare(v: PyObject, w: PyObject, op: number): PyObject {
  const rt = v.ob_type.rt;
  const vt = v.ob_type;
  const wt = w.ob_type;
  let checkedReverse = false;
  if (vt !== wt && wt.tp_richcompare !== null && PyType_IsSubtype(wt, vt)) {
    checkedReverse = true;
    const r = wt.tp_richcompare(w, v, SWAPPED[op] as number);
    if (r !== rt.NotImplemented) return r;
    Py_DECREF(r);
  }
  if (vt.tp_richcompare !== null) {
    const r = vt.tp_richcompare(v, w, op);
    if (r !== rt.NotImplemented) return r;
    Py_DECREF(r);
  }
  if (!checkedReverse && wt.tp_richcompare !== null) {
    const r = wt.tp_richcompare(w, v, SWAPPED[op] as number);
    if (r !== rt.NotImplemented) return r;
    Py_DECREF(r);
  }
  if (op === Py_EQ) return rt.newBool(v === w);
  if (op === Py_NE) return rt.newBool(v !== w);
  throw PyErr.format(rt, rt.types.TypeError, `'${OPSTRINGS[op] as string}' not supported between instances of '${vt.tp_name}' and '${wt.tp_name}'`);
}

/** PyObject_RichCompareBool: identity implies equality. */
export function PyObject_RichCompareBool(v: PyObject, w: PyObject, op: number): boolean {
  if (v === w) {
    if (op === Py_EQ) return true;
    if (op === Py_NE) return false;
  }
  const r = PyObject_RichCompare(v, w, op);
  const rt = v.ob_type.rt;
  if (r === rt.True) {
    Py_DECREF(r);
    return true;
  }
  if (r === rt.False) {
    Py_DECREF(r);
    return false;
  }
  try {
    return PyObject_IsTrue(r);
  } finally {
    Py_DECREF(r);
  }
}

export function PyObject_IsTrue(o: PyObject): boolean {
  const rt = o.ob_type.rt;
  if (o === rt.True) return true;
  if (o === rt.False || o === rt.None) return false;
  const t = o.ob_type;
  if (t.nb_bool !== null) return t.nb_bool(o);
  if (t.mp_length !== null) return t.mp_length(o) !== 0;
  return true;
}

// ---- attributes ------------------------------------------------------------------------------

export function PyObject_GetAttr(o: PyObject, name: string): PyObject {
  const f = o.ob_type.tp_getattro;
  if (f === null) {
    const rt = o.ob_type.rt;
    throw PyErr.format(rt, rt.types.AttributeError, `'${o.ob_type.tp_name}' object has no attribute '${name}'`);
  }
  try {
    return f(o, name);
  } catch (e) {
    if (e instanceof PyErr) set_attribute_error_context(e.exc, o, name);
    throw e;
  }
}

/** getattr(o, name, None)-like: null when AttributeError. */
export function PyObject_GetAttrOpt(o: PyObject, name: string): PyObject | null {
  const rt = o.ob_type.rt;
  try {
    return PyObject_GetAttr(o, name);
  } catch (e) {
    if (e instanceof PyErr && e.matches(rt.types.AttributeError)) {
      e.release();
      return null;
    }
    throw e;
  }
}

export function PyObject_SetAttr(o: PyObject, name: string, v: PyObject | null): void {
  const f = o.ob_type.tp_setattro;
  if (f === null) {
    const rt = o.ob_type.rt;
    throw PyErr.format(rt, rt.types.AttributeError, `'${o.ob_type.tp_name}' object has no attribute '${name}'`);
  }
  f(o, name, v);
}

// ---- items -----------------------------------------------------------------------------------

export function PyObject_GetItem(o: PyObject, key: PyObject): PyObject {
  const f = o.ob_type.mp_subscript;
  if (f === null) {
    const rt = o.ob_type.rt;
    if (o.ob_type === rt.types.type) {
      const cg = rt.lookupSpecial(o, '__class_getitem__');
      if (cg !== null) return rt.callBorrowed(cg, [key]);
      throw PyErr.format(rt, rt.types.TypeError, `type '${(o as PyTypeObject).tp_name}' is not subscriptable`);
    }
    throw PyErr.format(rt, rt.types.TypeError, `'${o.ob_type.tp_name}' object is not subscriptable`);
  }
  return f(o, key);
}

export function PyObject_SetItem(o: PyObject, key: PyObject, v: PyObject | null): void {
  const f = o.ob_type.mp_ass_subscript;
  if (f === null) {
    const rt = o.ob_type.rt;
    if (v === null) throw PyErr.format(rt, rt.types.TypeError, `'${o.ob_type.tp_name}' object doesn't support item deletion`);
    throw PyErr.format(rt, rt.types.TypeError, `'${o.ob_type.tp_name}' object does not support item assignment`);
  }
  f(o, key, v);
}

export function PyObject_Length(o: PyObject): number {
  const f = o.ob_type.mp_length;
  if (f === null) {
    const rt = o.ob_type.rt;
    throw PyErr.format(rt, rt.types.TypeError, `object of type '${o.ob_type.tp_name}' has no len()`);
  }
  return f(o);
}

// ---- iteration -------------------------------------------------------------------------------

export function PyObject_GetIter(o: PyObject): PyObject {
  const f = o.ob_type.tp_iter;
  if (f === null) {
    const rt = o.ob_type.rt;
    if (o.ob_type.mp_subscript !== null && rt.lookupSpecial(o, '__getitem__') !== null) return rt.newSeqIter(o);
    throw PyErr.format(rt, rt.types.TypeError, `'${o.ob_type.tp_name}' object is not iterable`);
  }
  const it = f(o);
  if (it.ob_type.tp_iternext === null) {
    const rt = o.ob_type.rt;
    const tn = it.ob_type.tp_name;
    Py_DECREF(it);
    throw PyErr.format(rt, rt.types.TypeError, `iter() returned non-iterator of type '${tn}'`);
  }
  return it;
}

/** PyIter_Next: new reference, or null when exhausted. */
export function PyIter_Next(it: PyObject): PyObject | null {
  const f = it.ob_type.tp_iternext;
  if (f === null) {
    const rt = it.ob_type.rt;
    throw PyErr.format(rt, rt.types.TypeError, `'${it.ob_type.tp_name}' object is not an iterator`);
  }
  return f(it);
}

/** Collects an iterable's items into a JS array of new references. */
export function iterateToArray(o: PyObject): PyObject[] {
  const rt = o.ob_type.rt;
  if (o.ob_type === rt.types.list || o.ob_type === rt.types.tuple) {
    const items = (o as unknown as { ob_item: PyObject[] }).ob_item.slice();
    for (const x of items) Py_INCREF(x);
    return items;
  }
  const it = PyObject_GetIter(o);
  const out: PyObject[] = [];
  try {
    for (;;) {
      const x = PyIter_Next(it);
      if (x === null) break;
      out.push(x);
    }
  } catch (e) {
    for (const x of out) Py_DECREF(x);
    throw e;
  } finally {
    Py_DECREF(it);
  }
  return out;
}

export function PySequence_Contains(container: PyObject, v: PyObject): boolean {
  const f = container.ob_type.sq_contains;
  if (f !== null) return f(container, v);
  const rt = container.ob_type.rt;
  let it: PyObject;
  try {
    it = PyObject_GetIter(container);
  } catch (e) {
    if (e instanceof PyErr && e.matches(rt.types.TypeError)) {
      e.release();
      throw PyErr.format(rt, rt.types.TypeError, `argument of type '${container.ob_type.tp_name}' is not iterable`);
    }
    throw e;
  }
  try {
    for (;;) {
      const x = PyIter_Next(it);
      if (x === null) return false;
      const eq = x === v || PyObject_RichCompareBool(x, v, Py_EQ);
      Py_DECREF(x);
      if (eq) return true;
    }
  } finally {
    Py_DECREF(it);
  }
}

// ---- numbers ---------------------------------------------------------------------------------

export const BINOP_SYMBOL: Record<NbBinarySlot, string> = {
  nb_add: '+', nb_subtract: '-', nb_multiply: '*', nb_remainder: '%', nb_divmod: 'divmod()',
  nb_power: '** or pow()', nb_lshift: '<<', nb_rshift: '>>', nb_and: '&', nb_xor: '^', nb_or: '|',
  nb_floor_divide: '//', nb_true_divide: '/', nb_matrix_multiply: '@',
};

/** binary_op1: the left operand's slot, the right's, subclass first. NotImplemented if neither. */
export function binary_op1(v: PyObject, w: PyObject, slot: NbBinarySlot): PyObject {
  const rt = v.ob_type.rt;
  const slotv: BinaryFunc | null = v.ob_type[slot];
  let slotw: BinaryFunc | null = null;
  if (w.ob_type !== v.ob_type) {
    slotw = w.ob_type[slot];
    if (slotw === slotv) slotw = null;
  }
  if (slotv !== null) {
    if (slotw !== null && PyType_IsSubtype(w.ob_type, v.ob_type)) {
      const x = slotw(v, w);
      if (x !== rt.NotImplemented) return x;
      Py_DECREF(x);
      slotw = null;
    }
    const x = slotv(v, w);
    if (x !== rt.NotImplemented) return x;
    Py_DECREF(x);
  }
  if (slotw !== null) {
    const x = slotw(v, w);
    if (x !== rt.NotImplemented) return x;
    Py_DECREF(x);
  }
  Py_INCREF(rt.NotImplemented);
  return rt.NotImplemented;
}

/** PyNumber_Add & co: a new reference, or TypeError "unsupported operand type(s)". */
export function PyNumber_Binary(v: PyObject, w: PyObject, slot: NbBinarySlot): PyObject {
  const rt = v.ob_type.rt;
  const r = binary_op1(v, w, slot);
  if (r !== rt.NotImplemented) return r;
  Py_DECREF(r);
  if (slot === 'nb_add' || slot === 'nb_multiply') {
    const s = rt.sequenceOp(v, w, slot);
    if (s !== null) return s;
  }
  if (slot === 'nb_power') {
    throw PyErr.format(rt, rt.types.TypeError, `unsupported operand type(s) for ** or pow(): '${v.ob_type.tp_name}' and '${w.ob_type.tp_name}'`);
  }
  if (slot === 'nb_rshift' && v.ob_type.tp_name === 'builtin_function_or_method') {
    throw PyErr.format(rt, rt.types.TypeError, `unsupported operand type(s) for >>: '${v.ob_type.tp_name}' and '${w.ob_type.tp_name}'. Did you mean "print(<message>, file=<output_stream>)"?`);
  }
  throw PyErr.format(rt, rt.types.TypeError, `unsupported operand type(s) for ${BINOP_SYMBOL[slot]}: '${v.ob_type.tp_name}' and '${w.ob_type.tp_name}'`);
}

export const INPLACE_DUNDER: Record<NbBinarySlot, string> = {
  nb_add: '__iadd__', nb_subtract: '__isub__', nb_multiply: '__imul__', nb_remainder: '__imod__',
  nb_divmod: '', nb_power: '__ipow__', nb_lshift: '__ilshift__', nb_rshift: '__irshift__',
  nb_and: '__iand__', nb_xor: '__ixor__', nb_or: '__ior__', nb_floor_divide: '__ifloordiv__',
  nb_true_divide: '__itruediv__', nb_matrix_multiply: '__imatmul__',
};

const INPLACE_SYMBOL: Record<NbBinarySlot, string> = {
  nb_add: '+=', nb_subtract: '-=', nb_multiply: '*=', nb_remainder: '%=', nb_divmod: '',
  nb_power: '**=', nb_lshift: '<<=', nb_rshift: '>>=', nb_and: '&=', nb_xor: '^=', nb_or: '|=',
  nb_floor_divide: '//=', nb_true_divide: '/=', nb_matrix_multiply: '@=',
};

/** PyNumber_InPlaceAdd & co: the __i*__ method when the type has one, else the binary op. */
export function PyNumber_InPlace(v: PyObject, w: PyObject, slot: NbBinarySlot): PyObject {
  const rt = v.ob_type.rt;
  const ip = rt.inplaceOp(v, w, slot);
  if (ip !== null) {
    if (ip !== rt.NotImplemented) return ip;
    Py_DECREF(ip);
  }
  const r = binary_op1(v, w, slot);
  if (r !== rt.NotImplemented) return r;
  Py_DECREF(r);
  if (slot === 'nb_add' || slot === 'nb_multiply') {
    const s = rt.sequenceOp(v, w, slot);
    if (s !== null) return s;
  }
  throw PyErr.format(rt, rt.types.TypeError, `unsupported operand type(s) for ${INPLACE_SYMBOL[slot]}: '${v.ob_type.tp_name}' and '${w.ob_type.tp_name}'`);
}

export function PyNumber_Unary(o: PyObject, slot: 'nb_negative' | 'nb_positive' | 'nb_invert' | 'nb_absolute'): PyObject {
  const f = o.ob_type[slot];
  if (f === null) {
    const rt = o.ob_type.rt;
    const sym = slot === 'nb_negative' ? 'unary -' : slot === 'nb_positive' ? 'unary +' : slot === 'nb_invert' ? 'unary ~' : 'abs()';
    throw PyErr.format(rt, rt.types.TypeError, `bad operand type for ${sym}: '${o.ob_type.tp_name}'`);
  }
  return f(o);
}

const PY_SSIZE_T_MAX = 2n ** 63n - 1n;

/**
 * PyNumber_AsSsize_t: o's __index__ value as a Py_ssize_t (a JS number; exact up to 2**53, which
 * no sequence length reaches). Beyond 64 bits: raises `exc` with "cannot fit 'T' into an
 * index-sized integer" (T: o's type), or with exc null clamps to the Py_ssize_t range.
 */
export function PyNumber_AsSsize_t(o: PyObject, exc: PyTypeObject | null): number {
  const v = PyNumber_AsIndexValue(o);
  if (typeof v === 'number') return v;
  if (v <= PY_SSIZE_T_MAX && v >= -PY_SSIZE_T_MAX - 1n) return Number(v);
  if (exc === null) return v < 0n ? -Number(PY_SSIZE_T_MAX) - 1 : Number(PY_SSIZE_T_MAX);
  throw PyErr.format(o.ob_type.rt, exc, `cannot fit '${o.ob_type.tp_name}' into an index-sized integer`);
}

/**
 * Argument Clinic's Py_ssize_t converter (`n`): __index__, then PyLong_AsSsize_t, whose
 * OverflowError is "Python int too large to convert to C ssize_t".
 */
export function _PyLong_AsSsize_tArg(o: PyObject): number {
  const v = PyNumber_AsIndexValue(o);
  if (typeof v === 'number') return v;
  if (v <= PY_SSIZE_T_MAX && v >= -PY_SSIZE_T_MAX - 1n) return Number(v);
  const rt = o.ob_type.rt;
  throw PyErr.format(rt, rt.types.OverflowError, 'Python int too large to convert to C ssize_t');
}

/** Argument Clinic's C int converter (`i`): OverflowError beyond 32 bits. */
export function _PyLong_AsIntArg(o: PyObject): number {
  const v = PyNumber_AsIndexValue(o);
  if (typeof v === 'number' && v <= 2147483647 && v >= -2147483648) return v;
  const rt = o.ob_type.rt;
  throw PyErr.format(rt, rt.types.OverflowError, 'Python int too large to convert to C int');
}

/** PyNumber_Index as a JS number (or bigint for huge ints). */
export function PyNumber_AsIndexValue(o: PyObject): number | bigint {
  const rt = o.ob_type.rt;
  if ((o.ob_type.tp_flags & (1 << 24)) !== 0) return (o as PyLongObject).ob_ival;
  const f = o.ob_type.nb_index;
  if (f === null) throw PyErr.format(rt, rt.types.TypeError, `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  const r = f(o) as PyLongObject;
  const v = r.ob_ival;
  Py_DECREF(r);
  return v;
}

// ---- calls -----------------------------------------------------------------------------------

/** PyObject_Vectorcall: STEALS every element of args. New reference. */
export function PyObject_Call(callable: PyObject, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const f = callable.ob_type.tp_call;
  if (f === null) {
    for (const a of args) Py_DECREF(a);
    const rt = callable.ob_type.rt;
    throw PyErr.format(rt, rt.types.TypeError, `'${callable.ob_type.tp_name}' object is not callable`);
  }
  return f(callable, args, kwnames);
}

/** Calls with borrowed args (INCREFs them first). */
export function PyObject_CallBorrowed(callable: PyObject, args: PyObject[], kwnames: readonly string[] | null = null): PyObject {
  for (const a of args) Py_INCREF(a);
  return PyObject_Call(callable, args, kwnames);
}

export function PyCallable_Check(o: PyObject): boolean {
  return o.ob_type.tp_call !== null;
}
