// int (and bool's storage): CPython 3.11's Objects/longobject.c.
//
// Start reading at PyLong_FromNumber. A value lives in ob_ival: a JS number when it is a safe
// integer (|v| < 2^53), else a bigint; every function keeps that normal form, so the common
// case never touches bigint. The heap request is 3.11's: 24 + 4 * max(1, ndigits) with 30-bit
// digits (0 counts as one digit, as in 3.11's sys.getsizeof).
// Small ints -5..256 are immortal (singletons.ts) and never allocated.

import { PyObject, ADDR_NO_CODE, type PyTypeObject, Py_TPFLAGS_LONG_SUBCLASS, Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE } from './object.js';
import type { Runtime } from './runtime.js';
import { PyErr } from './pyerr.js';

export type IntValue = number | bigint;

export class PyLongObject extends PyObject {
  declare ob_ival: IntValue;

  /**
   * type null: the runtime's exact-int class (makeExactIntClass), whose prototype holds ob_type;
   * code is then the address code, and the object has three fields of its own.
   */
  constructor(type: PyTypeObject | null, addr: number, refcnt = 1, code?: number) {
    super(type as PyTypeObject, addr, type === null ? 0 : refcnt, code);
    if (type === null) {
      this.ob_refcnt = refcnt;
      this.ob_addrcode = code as number;
    }
    this.ob_ival = 0;
  }
}

/** The constructor of a runtime's exact ints that have an address code. */
export type PyLongExactClass = new (code: number, refcnt: number) => PyLongObject;

/**
 * A runtime's class of exact ints with an address code: its prototype holds ob_type (int), so
 * each such int is a JS object of three fields, not four (ob_refcnt, ob_addrcode, ob_ival: 48
 * bytes where there were 56), as unicodeobject.ts makeExactStrClass does for strs. Every int
 * kept in a container is copied by V8's young-generation collections (twice: semi-space, then
 * promotion), and every walk over a container of ints reads them. Made once per runtime
 * (Runtime's constructor, right after the builtin types); nothing changes it afterwards.
 */
export function makeExactIntClass(intType: PyTypeObject): PyLongExactClass {
  class PyLongExactObject extends PyLongObject {
    constructor(code: number, refcnt: number) {
      super(null, 0, refcnt, code);
    }
  }
  Object.defineProperty(PyLongExactObject.prototype, 'ob_type', { value: intType, writable: true, enumerable: false, configurable: true });
  return PyLongExactObject;
}

export const SMALL_INT_MIN = -5;
export const SMALL_INT_MAX = 256;

/** Number of 30-bit digits of |v| (at least 1, as 3.11 counts zero). */
export function ndigits(v: IntValue): number {
  if (typeof v === 'number') {
    const a = Math.abs(v);
    if (a < 1073741824) return 1;
    if (a < 1152921504606846976) return 2;
    return 2 + ndigits(Math.floor(a / 1152921504606846976));
  }
  let a = v < 0n ? -v : v;
  let n = 0;
  do {
    n++;
    a >>= 30n;
  } while (a > 0n);
  return n;
}

function norm(v: bigint): IntValue {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

export function isInt(o: PyObject): o is PyLongObject {
  return (o.ob_type.tp_flags & Py_TPFLAGS_LONG_SUBCLASS) !== 0;
}

/** New reference to the int with value v (small ints are shared). */
export function PyLong_FromNumber(rt: Runtime, v: number): PyLongObject {
  if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX && Number.isInteger(v)) {
    const o = rt.smallInts[v + 5] as PyLongObject;
    o.ob_refcnt++;
    return o;
  }
  if (v > -1073741824 && v < 1073741824 && rt.gc.observer === null && Number.isInteger(v)) {
    // allocLong's one-digit exact int written out, straight to PyObject_MallocCode: two calls
    // fewer on the hottest allocation of all (each a real call until V8 has optimized the caller)
    let code: number;
    try {
      code = rt.heap.PyObject_MallocCode(28);
    } catch (e) {
      throw rt.mallocFailed(e);
    }
    return exactLongObject(rt, code, v);
  }
  if (!Number.isSafeInteger(v)) return PyLong_FromBigInt(rt, BigInt(v));
  return allocLong(rt, rt.types.int, v);
}

export function PyLong_FromIntValue(rt: Runtime, v: IntValue): PyLongObject {
  return typeof v === 'number' ? PyLong_FromNumber(rt, v) : PyLong_FromBigInt(rt, v);
}

export function PyLong_FromBigInt(rt: Runtime, b: bigint): PyLongObject {
  const v = norm(b);
  if (typeof v === 'number') return PyLong_FromNumber(rt, v);
  return allocLong(rt, rt.types.int, v);
}

/** Allocates an int object of type (int or a subclass); not for small ints of exact int. */
export function allocLong(rt: Runtime, type: PyTypeObject, v: IntValue): PyLongObject {
  const nd = typeof v === 'number' && v > -1073741824 && v < 1073741824 ? 1 : ndigits(v);
  if (type !== rt.types.int) {
    const o = new PyLongObject(type, 0, 1, rt.allocObjectCode(type, nd));
    o.ob_ival = v;
    return o;
  }
  return allocExactLong(rt, v, nd);
}

/**
 * _PyLong_New(nd) for an exact int, given its value v at once: a block for nd digits (nd >= 1),
 * which may be more than v needs (CPython's arithmetic sizes its results before normalizing
 * them; see longarith.ts).
 */
export function allocExactLong(rt: Runtime, v: IntValue, nd: number): PyLongObject {
  // An exact int has no pre-header and is not a GC type: its block is a plain request of
  // 24 + 4 * ndigits bytes (what allocObjectCode would ask for, without its generic steps).
  const code = rt.gc.observer === null ? rt.mallocCode(24 + 4 * nd) : rt.allocObjectCode(rt.types.int, nd);
  return exactLongObject(rt, code, v);
}

/** The JS object of a new exact int of value v whose block has address code `code`. */
function exactLongObject(rt: Runtime, code: number, v: IntValue): PyLongObject {
  const pn = rt.longPoolN;
  if (pn > 0) {
    // DIVERGENCE (host-level only): the JS object of a freed int is reused; its heap block was
    // freed and this one comes fresh from PyObject_Malloc, so nothing Python sees changes.
    const o = rt.longPool[pn - 1] as PyLongObject;
    rt.longPoolN = pn - 1;
    o.ob_refcnt = 1;
    o.ob_addrcode = code;
    o.ob_ival = v;
    return o;
  }
  const o = code !== ADDR_NO_CODE ? new rt.PyLongExact(code, 1) : new PyLongObject(rt.types.int, 0, 1, code);
  o.ob_ival = v;
  return o;
}

/** JS objects of freed exact ints kept for reuse (no heap memory attached). */
export const LONG_POOL_MAX = 4096;

/** int's tp_dealloc (long_dealloc: PyObject_Free of the block). */
export function long_dealloc(o: PyObject): void {
  const rt = o.ob_type.rt;
  if (o.ob_type !== rt.types.int) {
    rt.PyObject_Free(o);
    return;
  }
  // _PyLong_DeallocExact, written out (the hottest tp_dealloc of all)
  const c = o.ob_addrcode;
  if (rt.gc.observer === null && c !== ADDR_NO_CODE) rt.heap.PyObject_FreeCode(c);
  else rt.PyObject_Free(o);
  const n = rt.longPoolN;
  if (n < LONG_POOL_MAX) {
    rt.longPool[n] = o as PyLongObject;
    rt.longPoolN = n + 1;
  }
}

/**
 * long_dealloc of an exact int: its block (no pre-header: the object's own code) goes straight
 * to PyObject_FreeCode, and its JS object to the pool allocLong reuses.
 */
export function _PyLong_DeallocExact(rt: Runtime, o: PyLongObject): void {
  const c = o.ob_addrcode;
  if (rt.gc.observer === null && c !== ADDR_NO_CODE) rt.heap.PyObject_FreeCode(c);
  else rt.PyObject_Free(o);
  const n = rt.longPoolN;
  if (n < LONG_POOL_MAX) {
    rt.longPool[n] = o;
    rt.longPoolN = n + 1;
  }
}

// ---- arithmetic on IntValue (pure; the callers box) -----------------------------------------

export function big(v: IntValue): bigint {
  return typeof v === 'number' ? BigInt(v) : v;
}

export function int_add(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) + big(b));
}

export function int_sub(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) - big(b));
}

export function int_mul(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return norm(big(a) * big(b));
}

/** Floor division; b must not be 0. */
export function int_floordiv(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = Math.floor(a / b);
    // a/b is exact enough when both are below 2^53 and the quotient is checked back
    if (Number.isSafeInteger(r) && Math.abs(a) < 4503599627370496) return r === 0 ? 0 : r;
  }
  const A = big(a);
  const B = big(b);
  let q = A / B;
  if ((A % B !== 0n) && ((A < 0n) !== (B < 0n))) q -= 1n;
  return norm(q);
}

/** Python modulo (sign of the divisor); b must not be 0. */
export function int_mod(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r === 0 ? 0 : r;
  }
  const A = big(a);
  const B = big(b);
  let r = A % B;
  if (r !== 0n && (r < 0n) !== (B < 0n)) r += B;
  return norm(r);
}

export function int_pow(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a ** b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) ** big(b));
}

export function int_neg(a: IntValue): IntValue {
  return typeof a === 'number' ? (a === 0 ? 0 : -a) : norm(-a);
}

export function int_cmp(a: IntValue, b: IntValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  const A = big(a);
  const B = big(b);
  return A < B ? -1 : A > B ? 1 : 0;
}

export function int_bitop(a: IntValue, b: IntValue, op: 'and' | 'or' | 'xor'): IntValue {
  if (typeof a === 'number' && typeof b === 'number' && a >= -1073741824 && a < 1073741824 && b >= -1073741824 && b < 1073741824) {
    return op === 'and' ? a & b : op === 'or' ? a | b : a ^ b;
  }
  const A = big(a);
  const B = big(b);
  return norm(op === 'and' ? A & B : op === 'or' ? A | B : A ^ B);
}

export function int_lshift(a: IntValue, n: number): IntValue {
  if (typeof a === 'number' && n < 31 && a >= -1073741824 && a < 1073741824) {
    const r = a * 2 ** n;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) << BigInt(n));
}

export function int_rshift(a: IntValue, n: number): IntValue {
  if (typeof a === 'number') return n > 60 ? (a < 0 ? -1 : 0) : Math.floor(a / 2 ** n);
  return norm(a >> BigInt(n));
}

export function int_to_double(v: IntValue): number {
  return typeof v === 'number' ? v : Number(v);
}

/** Python's hash of an int: v mod (2^61 - 1), sign kept, -1 becomes -2 (long_hash). */
export const PyHASH_MODULUS = 2305843009213693951n;
export function int_hash(v: IntValue): number {
  if (typeof v === 'number') {
    if (v >= -1073741823 && v <= 2305843009213693950 && (v > -1e15 && v < 1e15)) {
      return v === -1 ? -2 : v;
    }
  }
  const B = big(v);
  const neg = B < 0n;
  let r = (neg ? -B : B) % PyHASH_MODULUS;
  if (neg) r = -r;
  const n = Number(r);
  return n === -1 ? -2 : n;
}

/** The exact 64-bit hash (a bigint when beyond 2^53), for hash() and set tables. */
export function int_hash_exact(v: IntValue): number | bigint {
  if (typeof v === 'number' && v > -1e15 && v < 1e15) return v === -1 ? -2 : v;
  const B = big(v);
  const neg = B < 0n;
  let r = (neg ? -B : B) % PyHASH_MODULUS;
  if (neg) r = -r;
  if (r === -1n) r = -2n;
  return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
}

export function int_richcompare_values(a: IntValue, b: IntValue, op: number): boolean {
  const c = int_cmp(a, b);
  switch (op) {
    case Py_LT: return c < 0;
    case Py_LE: return c <= 0;
    case Py_EQ: return c === 0;
    case Py_NE: return c !== 0;
    case Py_GT: return c > 0;
    case Py_GE: return c >= 0;
    default: return false;
  }
}

/** OverflowError helper for conversions to a JS index. */
export function int_as_index(rt: Runtime, v: IntValue, what = 'cannot fit \'int\' into an index-sized integer'): number {
  if (typeof v === 'number') return v;
  throw PyErr.format(rt, rt.types.OverflowError, what);
}

export function int_repr_value(v: IntValue): string {
  return typeof v === 'number' ? String(v) : v.toString();
}

/**
 * The decimal text of v, for repr/str/format/% (long_to_decimal_string): past
 * rt.intMaxStrDigits digits (sign not counted) 3.11 raises ValueError instead (CVE-2020-10735).
 */
export function int_to_decimal(rt: Runtime, v: IntValue): string {
  if (typeof v === 'number') return String(v);
  const max = rt.intMaxStrDigits;
  // fewer than 640 digits (_PY_LONG_MAX_STR_DIGITS_THRESHOLD) is never checked: 2,100 bits is below that
  const a = v < 0n ? -v : v;
  if (max > 0 && a >= INT_STR_CHECK) {
    // more than max digits certainly (a bit-length bound), or by the text itself
    const bits = a.toString(16).length * 4;
    if ((bits - 4) * Math.LOG10E * Math.LN2 > max + 1 || a.toString().length > max) throw intStrLimit(rt, max, null);
  }
  return v.toString();
}

const INT_STR_CHECK = 1n << 2100n;

/** The ValueError of 3.11's int max str digits limit; have: the digit count of a str being converted. */
export function intStrLimit(rt: Runtime, max: number, have: number | null): PyErr {
  const what = have === null ? '' : `: value has ${have} digits`;
  return PyErr.format(rt, rt.types.ValueError, `Exceeds the limit (${max} digits) for integer string conversion${what}; use sys.set_int_max_str_digits() to increase the limit`);
}
