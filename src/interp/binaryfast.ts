// Fast paths of binary operators on exact ints and floats (and + on two exact strs): CPython 3.11's specialized forms of
// BINARY_OP (BINARY_OP_ADD_INT, BINARY_OP_ADD_FLOAT, BINARY_OP_ADD_UNICODE, BINARY_OP_MULTIPLY_FLOAT, ... in
// Python/specialize.c and ceval.c), extended to the other operators with exact operands.
//
// fastBinary(rt, slot) gives one function per operator, built when a BinOp or AugAssign node is
// compiled: (a, b) => result, or null when the operands are not ones it handles (the caller then
// takes PyNumber_Binary / PyNumber_InPlace). A function never changes a reference count of a or
// b, and returns exactly the object the generic path would (same value, same type; small ints
// from the cache, floats from the free list), so nothing a script sees changes. Every error case
// (division by zero, negative shift counts, results outside the safe integer range, big ints)
// returns null and is left to the generic path, except float ** and float // and % on two exact
// floats, which call float's own slot: binary_op1 would call that slot and nothing else.
//
// Each operator is its own function literal, so each has its own type feedback in the JS engine.

import { type PyObject, type NbBinarySlot, type BinaryFunc, Py_DECREF, Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT } from '../objects/object.js';
import type { Runtime } from '../objects/runtime.js';
import { type PyLongObject, PyLong_FromNumber, allocExactLong } from '../objects/longobject.js';
import { long_add, long_sub, long_mul } from '../objects/longarith.js';
import { type PyFloatObject, PyFloat_FromDouble } from '../objects/floatobject.js';
import { type PyUnicodeObject, PyUnicode_Concat } from '../objects/unicodeobject.js';

export type FastBinary = (a: PyObject, b: PyObject) => PyObject | null;

/**
 * 2**30, one digit: bitwise operators on JS numbers work on 32 bits (operands within it), and an
 * operand beyond it is a multi-digit int, whose arithmetic allocates as CPython's does (longarith.ts)
 */
const BIT_LIMIT = 1073741824;

export function fastBinary(rt: Runtime, slot: NbBinarySlot): FastBinary {
  const intT = rt.types.int;
  const floatT = rt.types.float;
  const strT = rt.types.str;
  /** the value of an exact int or float operand as a JS number (null: neither, or a big int) */
  const num = (o: PyObject): number | null => {
    if (o.ob_type === floatT) return (o as PyFloatObject).ob_fval;
    if (o.ob_type === intT) {
      const v = (o as PyLongObject).ob_ival;
      return typeof v === 'number' ? v : null;
    }
    return null;
  };
  /** float's own slot on two exact floats (binary_op1 with equal types calls only it) */
  const floatSlot = (fn: BinaryFunc | null): FastBinary => (a, b) => {
    if (a.ob_type !== floatT || b.ob_type !== floatT || fn === null) return null;
    const r = fn(a, b);
    if (r !== rt.NotImplemented) return r;
    Py_DECREF(r);
    return null;
  };
  switch (slot) {
    case 'nb_add': return (a, b) => {
      const ta = a.ob_type;
      const tb = b.ob_type;
      if (ta === intT && tb === intT) {
        const x = (a as PyLongObject).ob_ival;
        const y = (b as PyLongObject).ob_ival;
        if (typeof x !== 'number' || typeof y !== 'number') return null;
        // a multi-digit operand: x_add / x_sub's sizes (longarith.ts)
        if (x <= -BIT_LIMIT || x >= BIT_LIMIT || y <= -BIT_LIMIT || y >= BIT_LIMIT) return long_add(rt, x, y);
        return PyLong_FromNumber(rt, x + y);
      }
      if (ta === floatT && tb === floatT) return PyFloat_FromDouble(rt, (a as PyFloatObject).ob_fval + (b as PyFloatObject).ob_fval);
      // BINARY_OP_ADD_UNICODE: two exact strs (str's own nb_add would do the same)
      if (ta === strT && tb === strT) return PyUnicode_Concat(rt, a as PyUnicodeObject, b as PyUnicodeObject);
      if (ta !== floatT && tb !== floatT) return null;
      const x = num(a);
      const y = num(b);
      return x === null || y === null ? null : PyFloat_FromDouble(rt, x + y);
    };
    case 'nb_subtract': return (a, b) => {
      const ta = a.ob_type;
      const tb = b.ob_type;
      if (ta === intT && tb === intT) {
        const x = (a as PyLongObject).ob_ival;
        const y = (b as PyLongObject).ob_ival;
        if (typeof x !== 'number' || typeof y !== 'number') return null;
        if (x <= -BIT_LIMIT || x >= BIT_LIMIT || y <= -BIT_LIMIT || y >= BIT_LIMIT) return long_sub(rt, x, y);
        return PyLong_FromNumber(rt, x - y);
      }
      if (ta === floatT && tb === floatT) return PyFloat_FromDouble(rt, (a as PyFloatObject).ob_fval - (b as PyFloatObject).ob_fval);
      if (ta !== floatT && tb !== floatT) return null;
      const x = num(a);
      const y = num(b);
      return x === null || y === null ? null : PyFloat_FromDouble(rt, x - y);
    };
    case 'nb_multiply': return (a, b) => {
      const ta = a.ob_type;
      const tb = b.ob_type;
      if (ta === intT && tb === intT) {
        const x = (a as PyLongObject).ob_ival;
        const y = (b as PyLongObject).ob_ival;
        if (typeof x !== 'number' || typeof y !== 'number') return null;
        if (x <= -BIT_LIMIT || x >= BIT_LIMIT || y <= -BIT_LIMIT || y >= BIT_LIMIT) return long_mul(rt, x, y);
        const r = x * y;
        // one-digit operands: the product may still pass 2**53
        return Number.isSafeInteger(r) ? PyLong_FromNumber(rt, r === 0 ? 0 : r) : long_mul(rt, x, y);
      }
      if (ta === floatT && tb === floatT) return PyFloat_FromDouble(rt, (a as PyFloatObject).ob_fval * (b as PyFloatObject).ob_fval);
      if (ta !== floatT && tb !== floatT) return null;
      const x = num(a);
      const y = num(b);
      return x === null || y === null ? null : PyFloat_FromDouble(rt, x * y);
    };
    case 'nb_true_divide': return (a, b) => {
      // int / int: long_true_divide divides directly when both fit in a double's mantissa
      const x = num(a);
      if (x === null) return null;
      const y = num(b);
      if (y === null || y === 0) return null;
      return PyFloat_FromDouble(rt, x / y);
    };
    case 'nb_floor_divide': {
      const viaFloat = floatSlot(floatT.nb_floor_divide);
      return (a, b) => {
        if (a.ob_type !== intT || b.ob_type !== intT) return viaFloat(a, b);
        const x = (a as PyLongObject).ob_ival;
        const y = (b as PyLongObject).ob_ival;
        if (typeof x !== 'number' || typeof y !== 'number' || y === 0 || y <= -BIT_LIMIT || y >= BIT_LIMIT) return null;
        if (x <= -BIT_LIMIT || x >= BIT_LIMIT) {
          // l_divmod through divrem1 for a positive two-digit x and a positive one-digit y: the
          // quotient in two digits, the remainder made and dropped; other multi-digit cases
          // (and any run the tools observe) take the generic path (longarith.ts)
          if (x < 0 || y < 0 || rt.gc.observer !== null) return null;
          const q = Math.floor(x / y);
          const r = x - q * y;
          const z = allocExactLong(rt, q, 2);
          const rc = r > 256 ? rt.mallocCode(28) : -1;
          let out: PyObject = z;
          if (q <= 256) {
            // maybe_small_long
            Py_DECREF(z);
            out = PyLong_FromNumber(rt, q);
          }
          if (rc !== -1) rt.freeCode(rc);
          return out;
        }
        const r = Math.floor(x / y);
        return PyLong_FromNumber(rt, r === 0 ? 0 : r);
      };
    }
    case 'nb_remainder': {
      const viaFloat = floatSlot(floatT.nb_remainder);
      return (a, b) => {
        if (a.ob_type !== intT || b.ob_type !== intT) return viaFloat(a, b);
        const x = (a as PyLongObject).ob_ival;
        const y = (b as PyLongObject).ob_ival;
        if (typeof x !== 'number' || typeof y !== 'number' || y === 0 || y <= -BIT_LIMIT || y >= BIT_LIMIT) return null;
        if (x <= -BIT_LIMIT || x >= BIT_LIMIT) {
          // l_mod through rem1 for a non-negative two-digit x and a positive one-digit y: the
          // remainder alone; other multi-digit cases take the generic path (longarith.ts)
          if (x < 0 || y < 0) return null;
          const r = x % y;
          return PyLong_FromNumber(rt, r === 0 ? 0 : r);
        }
        // one-digit operands: the engine's 32-bit integer remainder (a double's % is a library call)
        let r = (x | 0) % (y | 0);
        if (r !== 0 && (r < 0) !== (y < 0)) r += y;
        return PyLong_FromNumber(rt, r === 0 ? 0 : r);
      };
    }
    case 'nb_power': return floatSlot(floatT.nb_power);
    case 'nb_and': return (a, b) => {
      if (a.ob_type !== intT || b.ob_type !== intT) return null;
      const x = (a as PyLongObject).ob_ival;
      const y = (b as PyLongObject).ob_ival;
      if (typeof x !== 'number' || typeof y !== 'number' || x < -BIT_LIMIT || x >= BIT_LIMIT || y < -BIT_LIMIT || y >= BIT_LIMIT) return null;
      return PyLong_FromNumber(rt, x & y);
    };
    case 'nb_or': return (a, b) => {
      if (a.ob_type !== intT || b.ob_type !== intT) return null;
      const x = (a as PyLongObject).ob_ival;
      const y = (b as PyLongObject).ob_ival;
      if (typeof x !== 'number' || typeof y !== 'number' || x < -BIT_LIMIT || x >= BIT_LIMIT || y < -BIT_LIMIT || y >= BIT_LIMIT) return null;
      return PyLong_FromNumber(rt, x | y);
    };
    case 'nb_xor': return (a, b) => {
      if (a.ob_type !== intT || b.ob_type !== intT) return null;
      const x = (a as PyLongObject).ob_ival;
      const y = (b as PyLongObject).ob_ival;
      if (typeof x !== 'number' || typeof y !== 'number' || x < -BIT_LIMIT || x >= BIT_LIMIT || y < -BIT_LIMIT || y >= BIT_LIMIT) return null;
      return PyLong_FromNumber(rt, x ^ y);
    };
    case 'nb_rshift': return (a, b) => {
      // x >> y is floor(x / 2**y): exact in doubles for a safe x and a shift below 64
      if (a.ob_type !== intT || b.ob_type !== intT) return null;
      const x = (a as PyLongObject).ob_ival;
      const y = (b as PyLongObject).ob_ival;
      // a one-digit x (a multi-digit one goes to the generic path: longarith.ts's sizes)
      if (typeof x !== 'number' || typeof y !== 'number' || y < 0 || x <= -BIT_LIMIT || x >= BIT_LIMIT) return null;
      // it shifts as a 32-bit integer (the arithmetic shift floors too)
      const r = y < 32 ? x >> y : x < 0 ? -1 : 0;
      return PyLong_FromNumber(rt, r === 0 ? 0 : r);
    };
    case 'nb_lshift': return (a, b) => {
      if (a.ob_type !== intT || b.ob_type !== intT) return null;
      const x = (a as PyLongObject).ob_ival;
      const y = (b as PyLongObject).ob_ival;
      // long_lshift1's fast path: a one-digit x shifted by less than a digit (else the generic
      // path sizes the result as CPython, longarith.ts)
      if (typeof x !== 'number' || typeof y !== 'number' || y < 0 || y >= 30 || x <= -BIT_LIMIT || x >= BIT_LIMIT) return null;
      const r = x * 2 ** y;
      return PyLong_FromNumber(rt, r === 0 ? 0 : r);
    };
    default: return () => null;
  }
}

/** x op y for a rich comparison op (Py_LT .. Py_GE) on JS numbers: IEEE semantics, as float_richcompare. */
function compareNumbers(op: number, x: number, y: number): boolean {
  switch (op) {
    case Py_LT: return x < y;
    case Py_LE: return x <= y;
    case Py_EQ: return x === y;
    case Py_NE: return x !== y;
    case Py_GT: return x > y;
    default: return x >= y;
  }
}

/**
 * COMPARE_OP_INT_JUMP / COMPARE_OP_FLOAT_JUMP (3.11): a rich comparison of exact ints and
 * floats with JS-number values (a float and a safe int compare exactly as doubles, as
 * float_richcompare does), or null for any other operands.
 */
export function fastCompare(rt: Runtime, op: number): (a: PyObject, b: PyObject) => boolean | null {
  const intT = rt.types.int;
  const floatT = rt.types.float;
  return (a, b) => {
    const ta = a.ob_type;
    const tb = b.ob_type;
    let x: number | bigint;
    let y: number | bigint;
    if (ta === intT) x = (a as PyLongObject).ob_ival;
    else if (ta === floatT) x = (a as PyFloatObject).ob_fval;
    else return null;
    if (tb === intT) y = (b as PyLongObject).ob_ival;
    else if (tb === floatT) y = (b as PyFloatObject).ob_fval;
    else return null;
    if (typeof x !== 'number' || typeof y !== 'number') return null;
    return compareNumbers(op, x, y);
  };
}
