// The slots and methods of int, bool and float: CPython 3.11's Objects/longobject.c,
// boolobject.c and floatobject.c (the arithmetic; storage is in longobject.ts / floatobject.ts).
// Start at installNumberTypes. Binary slots return NotImplemented for operand types they do not
// know, so binary_op1 can try the other operand (int + float is float's nb_add).

import { type PyObject, type PyTypeObject, Py_NewRef, Py_DECREF, Py_INCREF, PyType_IsSubtype, Py_TPFLAGS_LONG_SUBCLASS, Py_TPFLAGS_HEAPTYPE } from './object.js';
import type { Runtime } from './runtime.js';
import type { BuiltinTypes } from './typeobject.js';
import { PyErr } from './pyerr.js';
import {
  type PyLongObject, type IntValue, PyLong_FromIntValue, allocLong, long_dealloc, int_add, int_sub, int_mul,
  int_floordiv, int_mod, int_pow, int_neg, int_cmp, int_bitop, int_lshift, int_rshift, int_hash, int_to_double,
  int_richcompare_values, int_repr_value, int_to_decimal, intStrLimit, big,
} from './longobject.js';
import { long_add, long_sub, long_mul, long_invert, l_divmod, l_mod, divmodFast, long_lshift, long_rshift, long_bitwise, long_pow } from './longarith.js';
import { type PyFloatObject, PyFloat_FromDouble, float_dealloc, float_repr_value, float_hash_value, allocFloatSubtype } from './floatobject.js';
import { isStr, PyUnicode_FromKnownKind, _PyUnicode_NewASCII, PyUnicode_InternFromString } from './unicodeobject.js';
import { checkArgs } from './descrobject.js';
import { crPow } from '../util/crmath.js';
import { reprOf } from './abstract.js';
import { formatInt, formatFloat, toFixedExact } from './formatspec.js';
import { PyBytes_FromData, bytesLikeData, dataFromObject, parseArgs, latin1 } from './bytesobject.js';
import { complexPowFromFloats } from './complexobject.js';
import { PyNumber_AsIndexValue, _PyLong_AsSsize_tArg, PyObject_Call } from './abstract.js';

/** The byteorder argument of to_bytes / from_bytes. */
function byteOrderArg(rt: Runtime, o: PyObject | undefined): 'big' | 'little' {
  if (o === undefined) return 'big';
  if (!isStr(o)) throw PyErr.format(rt, rt.types.TypeError, `to_bytes() argument 'byteorder' must be str, not ${o.ob_type.tp_name}`);
  if (o.ob_sval !== 'big' && o.ob_sval !== 'little') throw PyErr.format(rt, rt.types.ValueError, "byteorder must be either 'little' or 'big'");
  return o.ob_sval;
}

/** int.to_bytes (_PyLong_AsByteArray): two's complement when signed. */
function int_to_bytes(rt: Runtime, v: bigint, n: number, order: 'big' | 'little', signed: boolean): Uint8Array {
  if (!signed && v < 0n) throw PyErr.format(rt, rt.types.OverflowError, "can't convert negative int to unsigned");
  const bits = BigInt(8 * n);
  const fits = signed ? (n === 0 ? v === 0n : v >= -(1n << (bits - 1n)) && v < 1n << (bits - 1n)) : v < 1n << bits;
  if (!fits) throw PyErr.format(rt, rt.types.OverflowError, 'int too big to convert');
  let u = v < 0n ? (1n << bits) + v : v;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    out[order === 'big' ? n - 1 - i : i] = Number(u & 255n);
    u >>= 8n;
  }
  return out;
}

/** int.from_bytes (_PyLong_FromByteArray). */
function int_from_bytes(d: Uint8Array, order: 'big' | 'little', signed: boolean): bigint {
  let v = 0n;
  for (let i = 0; i < d.length; i++) v = (v << 8n) | BigInt(d[order === 'big' ? i : d.length - 1 - i] as number);
  if (signed && d.length > 0 && v >= 1n << BigInt(8 * d.length - 1)) v -= 1n << BigInt(8 * d.length);
  return v;
}

function isIntObj(o: PyObject): o is PyLongObject {
  return (o.ob_type.tp_flags & Py_TPFLAGS_LONG_SUBCLASS) !== 0;
}

/** int -> double with CPython's OverflowError. */
export function intToDouble(rt: Runtime, v: IntValue): number {
  const d = int_to_double(v);
  if (!Number.isFinite(d)) throw PyErr.format(rt, rt.types.OverflowError, 'int too large to convert to float');
  return d;
}

/** The double value of an int or float operand, or null for anything else. */
function asDouble(rt: Runtime, o: PyObject): number | null {
  if (o.ob_type === rt.types.float || PyType_IsSubtype(o.ob_type, rt.types.float)) return (o as PyFloatObject).ob_fval;
  if (isIntObj(o)) return intToDouble(rt, o.ob_ival);
  return null;
}

/** Python's float modulo. */
export function float_mod(x: number, y: number): number {
  let mod = x % y;
  if (mod !== 0) {
    if ((y < 0) !== (mod < 0)) mod += y;
  } else mod = y < 0 ? -0 : 0;
  return mod;
}

/** Python's float floor division. */
export function float_floordiv(x: number, y: number): number {
  const mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0 && (y < 0) !== (mod < 0)) div -= 1;
  if (div !== 0) {
    let fl = Math.floor(div);
    if (div - fl > 0.5) fl += 1;
    return fl;
  }
  return (x / y < 0 || Object.is(x / y, -0)) ? -0 : 0;
}

/** Parses Python int literal text (int(str, base)). null when invalid. */
export function parseIntText(s: string, base: number): IntValue | null {
  let t = s.trim();
  let neg = false;
  if (t.startsWith('-') || t.startsWith('+')) {
    neg = t[0] === '-';
    t = t.slice(1);
  }
  const lower = t.toLowerCase();
  if (base === 0) {
    if (lower.startsWith('0x')) base = 16;
    else if (lower.startsWith('0o')) base = 8;
    else if (lower.startsWith('0b')) base = 2;
    else {
      base = 10;
      if (/^0+[1-9]/.test(t.replace(/_/g, ''))) return null;
    }
    if (base !== 10) t = t.slice(2);
  } else if ((base === 16 && lower.startsWith('0x')) || (base === 8 && lower.startsWith('0o')) || (base === 2 && lower.startsWith('0b'))) {
    t = t.slice(2);
  }
  if (t === '' || t.startsWith('_') || t.endsWith('_') || t.includes('__')) return null;
  t = t.replace(/_/g, '');
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, base);
  let r = 0n;
  const B = BigInt(base);
  for (const ch of t.toLowerCase()) {
    const d = digits.indexOf(ch);
    if (d < 0) return null;
    r = r * B + BigInt(d);
  }
  if (neg) r = -r;
  return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
}

/**
 * PyLong_FromString's limit (3.11, CVE-2020-10735): a valid text in a base that is not a power of
 * two with more digits than sys.get_int_max_str_digits() raises ValueError.
 */
function checkStrDigits(rt: Runtime, text: string, base: number): void {
  const max = rt.intMaxStrDigits;
  // below 640 characters (_PY_LONG_MAX_STR_DIGITS_THRESHOLD) there is nothing to check
  if (max === 0 || text.length <= max) return;
  let t = text.trim().toLowerCase();
  if (t.startsWith('-') || t.startsWith('+')) t = t.slice(1);
  let b = base;
  if (b === 0) b = t.startsWith('0x') ? 16 : t.startsWith('0o') ? 8 : t.startsWith('0b') ? 2 : 10;
  if ((b & (b - 1)) === 0) return;
  let digits = 0;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) !== 0x5f) digits++;
  if (digits > max) throw intStrLimit(rt, max, digits);
}

/** Parses float text as float() does; null when invalid. */
export function parseFloatText(s: string): number | null {
  const t = s.trim().toLowerCase().replace(/(?<=\d)_(?=\d)/g, '');
  if (/^[+-]?(inf|infinity)$/.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/.test(t)) return NaN;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) return null;
  return Number(t);
}

export function installNumberTypes(rt: Runtime, T: BuiltinTypes): void {
  const I = T.int;
  const box = (v: IntValue): PyObject => PyLong_FromIntValue(rt, v);
  /** long_long: an exact int itself (one more reference); an instance of a subclass as a new exact int */
  const long_long = (o: PyObject): PyObject => {
    if (o.ob_type === I) {
      o.ob_refcnt++;
      return o;
    }
    return box((o as PyLongObject).ob_ival);
  };
  const NI = (): PyObject => Py_NewRef(rt.NotImplemented);
  const zeroDiv = (msg: string): PyErr => PyErr.format(rt, T.ZeroDivisionError, msg);
  const intOp = (f: (a: IntValue, b: IntValue) => PyObject) => (a: PyObject, b: PyObject): PyObject => {
    if (!isIntObj(a) || !isIntObj(b)) return NI();
    return f(a.ob_ival, b.ob_ival);
  };
  I.tp_alloc = (type, n) => allocLong(rt, type, 0);
  I.tp_dealloc = long_dealloc;
  // long_to_decimal_string: digits and a sign are ASCII, in a new str (one digit too)
  I.tp_repr = (o) => _PyUnicode_NewASCII(rt, int_to_decimal(rt, (o as PyLongObject).ob_ival));
  I.tp_hash = (o) => int_hash((o as PyLongObject).ob_ival);
  I.tp_richcompare = (a, b, op) => {
    if (!isIntObj(a)) return NI();
    if (isIntObj(b)) return rt.newBool(int_richcompare_values(a.ob_ival, b.ob_ival, op));
    return NI();
  };
  // with a multi-digit operand, CPython's own sizes, scratch objects and identities (longarith.ts)
  I.nb_add = intOp((a, b) => long_add(rt, a, b));
  I.nb_subtract = intOp((a, b) => long_sub(rt, a, b));
  I.nb_multiply = intOp((a, b) => long_mul(rt, a, b));
  I.nb_floor_divide = (a, b) => {
    if (!isIntObj(a) || !isIntObj(b)) return NI();
    const x = a.ob_ival;
    const y = b.ob_ival;
    if (y === 0) throw zeroDiv('integer division or modulo by zero');
    if (!divmodFast(x, y)) return l_divmod(rt, a, b, true, false)[0] as PyObject;
    return box(int_floordiv(x, y));
  };
  I.nb_remainder = (a, b) => {
    if (!isIntObj(a) || !isIntObj(b)) return NI();
    const x = a.ob_ival;
    const y = b.ob_ival;
    if (y === 0) throw zeroDiv('integer modulo by zero');
    if (!divmodFast(x, y)) return l_mod(rt, a, b);
    return box(int_mod(x, y));
  };
  I.nb_divmod = (a, b) => {
    if (!isIntObj(a) || !isIntObj(b)) return NI();
    const x = a.ob_ival;
    const y = b.ob_ival;
    if (y === 0) throw zeroDiv('integer division or modulo by zero');
    if (!divmodFast(x, y)) return rt.newTuple(l_divmod(rt, a, b, true, true) as PyObject[]);
    return rt.newTuple([box(int_floordiv(x, y)), box(int_mod(x, y))]);
  };
  I.nb_true_divide = intOp((a, b) => {
    if (b === 0) throw zeroDiv('division by zero');
    if (typeof a === 'number' && typeof b === 'number') return PyFloat_FromDouble(rt, a / b);
    return PyFloat_FromDouble(rt, trueDivBig(rt, big(a), big(b)));
  });
  I.nb_power = (A, B) => {
    if (!isIntObj(A) || !isIntObj(B)) return NI();
    const a = A.ob_ival;
    const b = B.ob_ival;
    if (int_cmp(b, 0) < 0) {
      const x = intToDouble(rt, a);
      if (x === 0) throw zeroDiv('0.0 cannot be raised to a negative power');
      return PyFloat_FromDouble(rt, x ** intToDouble(rt, b));
    }
    return long_pow(rt, A, b);
  };
  I.nb_lshift = intOp((a, b) => {
    if (int_cmp(b, 0) < 0) throw PyErr.format(rt, T.ValueError, 'negative shift count');
    if (typeof b !== 'number') throw PyErr.format(rt, T.OverflowError, 'too many digits in integer');
    return long_lshift(rt, a, b);
  });
  I.nb_rshift = intOp((a, b) => {
    if (int_cmp(b, 0) < 0) throw PyErr.format(rt, T.ValueError, 'negative shift count');
    return long_rshift(rt, a, typeof b === 'number' ? b : 1e9);
  });
  I.nb_and = intOp((a, b) => long_bitwise(rt, a, 'and', b));
  I.nb_or = intOp((a, b) => long_bitwise(rt, a, 'or', b));
  I.nb_xor = intOp((a, b) => long_bitwise(rt, a, 'xor', b));
  I.nb_negative = (o) => box(int_neg((o as PyLongObject).ob_ival));
  I.nb_positive = long_long;
  // long_abs: long_neg of a negative value, else long_long
  I.nb_absolute = (o) => {
    const v = (o as PyLongObject).ob_ival;
    return v < 0 ? box(int_neg(v)) : long_long(o);
  };
  I.nb_invert = (o) => long_invert(rt, (o as PyLongObject).ob_ival);
  I.nb_bool = (o) => (o as PyLongObject).ob_ival !== 0 && (o as PyLongObject).ob_ival !== 0n;
  I.nb_int = long_long;
  I.nb_index = long_long;
  I.nb_float = (o) => PyFloat_FromDouble(rt, intToDouble(rt, (o as PyLongObject).ob_ival));
  I.tp_new = (type, args, kw) => {
    // PyNumber_Long: int(x) of an exact int is x itself
    if (type === I && args.length === 1 && (kw === null || kw.length === 0) && (args[0] as PyObject).ob_type === I) {
      const x = args[0] as PyObject;
      x.ob_refcnt++;
      return x;
    }
    const v = intFromArgs(rt, args, kw);
    if (type === T.int) return box(v);
    // long_subtype_new allocates through PyType_GenericAlloc: the instance owns its heap type
    const o = allocLong(rt, type, v);
    if ((type.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0) Py_INCREF(type);
    return o;
  };
  const ival = (o: PyObject): IntValue => (o as PyLongObject).ob_ival;
  I.tp_methods = [
    { name: 'bit_length', fn: (self) => {
      const v = ival(self);
      const a = big(v) < 0n ? -big(v) : big(v);
      return box(a === 0n ? 0 : a.toString(2).length);
    } },
    { name: 'bit_count', fn: (self) => {
      const v = big(ival(self));
      return box((v < 0n ? -v : v).toString(2).split('').filter((c) => c === '1').length);
    } },
    { name: 'conjugate', fn: (self) => long_long(self) },
    { name: '__trunc__', fn: (self) => long_long(self) },
    { name: '__floor__', fn: (self) => long_long(self) },
    { name: '__ceil__', fn: (self) => long_long(self) },
    { name: '__round__', fn: (self, args) => {
      if (args.length === 0 || args[0] === rt.None) return long_long(self);
      const nd = ival(args[0] as PyObject);
      if (int_cmp(nd, 0) >= 0) return long_long(self);
      const p = int_pow(10, int_neg(nd));
      const v = ival(self);
      const q = int_floordiv(v, p);
      const r = int_sub(v, int_mul(q, p));
      const twice = int_mul(r, 2);
      let qq = q;
      const c = int_cmp(twice, p);
      if (c > 0 || (c === 0 && int_mod(q, 2) !== 0)) qq = int_add(q, 1);
      return box(int_mul(qq, p));
    } },
    { name: 'as_integer_ratio', fn: (self) => rt.newTuple([box(ival(self)), box(1)]) },
    { name: '__format__', fn: (self, args) => {
      checkArgs(rt, '__format__', args, null, 1, 1);
      const sp = args[0] as PyObject;
      if (!isStr(sp)) throw PyErr.format(rt, T.TypeError, `__format__() argument must be str, not ${sp.ob_type.tp_name}`);
      if (sp.ob_sval === '') return rt.str(self);
      return rt.newStr(formatInt(rt, ival(self), sp.ob_sval));
    } },
    { name: '__getnewargs__', fn: (self) => rt.newTuple([box(ival(self))]) },
    { name: 'to_bytes', fn: (self, args, kw) => {
      const [lenO, orderO, signedO] = parseArgs(rt, 'to_bytes', args, kw, ['length', 'byteorder', 'signed'], 2);
      const n = lenO === undefined ? 1 : _PyLong_AsSsize_tArg(lenO);
      if (n < 0) throw PyErr.format(rt, T.ValueError, 'length argument must be non-negative');
      // _PyBytes_FromSize fails first for what glasspy cannot hold
      if (n > 1 << 28) throw PyErr.fromType(rt, T.MemoryError, null);
      return PyBytes_FromData(rt, int_to_bytes(rt, big(ival(self)), n, byteOrderArg(rt, orderO), signedO !== undefined && rt.isTrue(signedO)), 'filled');
    } },
    { name: 'from_bytes', flags: 'class', fn: (cls, args, kw) => {
      const [bytesO, orderO, signedO] = parseArgs(rt, 'from_bytes', args, kw, ['bytes', 'byteorder', 'signed'], 2);
      if (bytesO === undefined) throw PyErr.format(rt, T.TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
      const d = bytesLikeData(bytesO) ?? dataFromObject(rt, bytesO, 'bytes');
      const v = int_from_bytes(d, byteOrderArg(rt, orderO), signedO !== undefined && rt.isTrue(signedO));
      const r = box(v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v);
      if (cls === T.int) return r;
      try {
        return rt.callBorrowed(cls, [r]);
      } finally {
        Py_DECREF(r);
      }
    } },
    { name: '__sizeof__', fn: (self) => box(24 + 4 * Math.max(1, ndigitsOf(ival(self)))) },
  ];
  I.tp_getset = [
    { name: 'real', get: long_long },
    { name: 'imag', get: () => box(0) },
    { name: 'numerator', get: long_long },
    { name: 'denominator', get: () => box(1) },
  ];
  // bool
  const Bo = T.bool;
  // bool_repr: the interned identifiers 'True' and 'False' (str(True) is str(True))
  Bo.tp_repr = (o) => PyUnicode_InternFromString(rt, o === rt.True ? 'True' : 'False');
  Bo.tp_new = (type, args, kw) => {
    checkArgs(rt, 'bool', args, kw, 0, 1);
    return rt.newBool(args.length === 0 ? false : rt.isTrue(args[0] as PyObject));
  };
  const boolOp = (op: 'and' | 'or' | 'xor', intSlot: (a: PyObject, b: PyObject) => PyObject) => (a: PyObject, b: PyObject): PyObject => {
    if (a.ob_type === T.bool && b.ob_type === T.bool) {
      const x = a === rt.True;
      const y = b === rt.True;
      return rt.newBool(op === 'and' ? x && y : op === 'or' ? x || y : x !== y);
    }
    return intSlot(a, b);
  };
  Bo.nb_and = boolOp('and', I.nb_and);
  Bo.nb_or = boolOp('or', I.nb_or);
  Bo.nb_xor = boolOp('xor', I.nb_xor);
  Bo.tp_dealloc = () => undefined;
  // float
  const Fl = T.float;
  const fbox = (v: number): PyObject => PyFloat_FromDouble(rt, v);
  /** float_float: an exact float itself (one more reference); an instance of a subclass as a new exact float */
  const float_float = (o: PyObject): PyObject => {
    if (o.ob_type === Fl) {
      o.ob_refcnt++;
      return o;
    }
    return fbox((o as PyFloatObject).ob_fval);
  };
  const floatOp = (f: (a: number, b: number) => PyObject) => (a: PyObject, b: PyObject): PyObject => {
    const x = asDouble(rt, a);
    if (x === null) return NI();
    const y = asDouble(rt, b);
    if (y === null) return NI();
    return f(x, y);
  };
  Fl.tp_alloc = (type) => allocFloatSubtype(rt, type, 0);
  Fl.tp_dealloc = float_dealloc;
  Fl.tp_repr = (o) => rt.newStr(float_repr_value((o as PyFloatObject).ob_fval));
  Fl.tp_hash = (o) => float_hash_value((o as PyFloatObject).ob_fval);
  Fl.tp_richcompare = (a, b, op) => {
    const x = (a as PyFloatObject).ob_fval;
    let r: boolean;
    if (isIntObj(b)) {
      const bv = b.ob_ival;
      if (typeof bv === 'number' || !Number.isFinite(x)) r = cmpNum(x, int_to_double(bv), op);
      else if (Number.isNaN(x)) r = op === 3;
      else {
        // exact comparison of a double with a big int
        const xi = BigInt(Math.trunc(x));
        const c = xi < bv ? -1 : xi > bv ? 1 : x - Math.trunc(x) > 0 ? 1 : x - Math.trunc(x) < 0 ? -1 : 0;
        r = cmpSign(c, op);
      }
    } else if (PyType_IsSubtype(b.ob_type, T.float)) r = cmpNum(x, (b as PyFloatObject).ob_fval, op);
    else return NI();
    return rt.newBool(r);
  };
  // int.__richcompare__ with a float operand is answered by float's reflected compare
  Fl.nb_add = floatOp((a, b) => fbox(a + b));
  Fl.nb_subtract = floatOp((a, b) => fbox(a - b));
  Fl.nb_multiply = floatOp((a, b) => fbox(a * b));
  Fl.nb_true_divide = floatOp((a, b) => {
    if (b === 0) throw zeroDiv('float division by zero');
    return fbox(a / b);
  });
  Fl.nb_floor_divide = floatOp((a, b) => {
    if (b === 0) throw zeroDiv('float floor division by zero');
    return fbox(float_floordiv(a, b));
  });
  Fl.nb_remainder = floatOp((a, b) => {
    if (b === 0) throw zeroDiv('float modulo');
    return fbox(float_mod(a, b));
  });
  Fl.nb_divmod = floatOp((a, b) => {
    if (b === 0) throw zeroDiv('float divmod()');
    return rt.newTuple([fbox(float_floordiv(a, b)), fbox(float_mod(a, b))]);
  });
  Fl.nb_power = floatOp((a, b) => {
    if (a === 0 && b < 0 && b !== -Infinity) throw zeroDiv('0.0 cannot be raised to a negative power');
    // float_pow: a negative base to a fractional power is complex_pow's business
    if (a < 0 && !Number.isInteger(b) && Number.isFinite(b)) return complexPowFromFloats(rt, a, b);
    const r = crPow(a, b);
    if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) throw PyErr.format(rt, T.OverflowError, '(34, \'Numerical result out of range\')');
    return fbox(r);
  });
  Fl.nb_negative = (o) => fbox(-(o as PyFloatObject).ob_fval);
  Fl.nb_positive = float_float;
  Fl.nb_absolute = (o) => fbox(Math.abs((o as PyFloatObject).ob_fval));
  Fl.nb_bool = (o) => (o as PyFloatObject).ob_fval !== 0;
  Fl.nb_float = float_float;
  Fl.nb_int = (o) => floatToInt(rt, (o as PyFloatObject).ob_fval);
  Fl.tp_new = (type, args, kw) => {
    checkArgs(rt, 'float', args, kw, 0, 1);
    let v = 0;
    if (args.length === 1) v = floatFromObject(rt, args[0] as PyObject);
    if (type === T.float) {
      // PyNumber_Float: float(x) of an exact float is x itself
      if (args.length === 1 && (args[0] as PyObject).ob_type === Fl) {
        const x = args[0] as PyObject;
        x.ob_refcnt++;
        return x;
      }
      return fbox(v);
    }
    const o = allocFloatSubtype(rt, type, v);
    if ((type.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0) Py_INCREF(type);
    return o;
  };
  const fval = (o: PyObject): number => (o as PyFloatObject).ob_fval;
  Fl.tp_methods = [
    { name: 'is_integer', fn: (self) => rt.newBool(Number.isInteger(fval(self))) },
    { name: 'hex', fn: (self) => rt.newStr(float_hex(fval(self))) },
    { name: 'fromhex', flags: 'class', fn: (cls, args) => {
      checkArgs(rt, 'fromhex', args, null, 1, 1);
      const a = args[0] as PyObject;
      if (!isStr(a)) throw PyErr.format(rt, T.TypeError, `must be str, not ${a.ob_type.tp_name}`);
      const x = float_fromhex(a.ob_sval);
      if (x === null) throw PyErr.format(rt, T.ValueError, 'invalid hexadecimal floating-point string');
      if (x === 'overflow') throw PyErr.format(rt, T.OverflowError, 'hexadecimal value too large to represent as a float');
      const f = fbox(x);
      if (cls === Fl) return f;
      return PyObject_Call(cls, [f], null);
    } },
    { name: '__format__', fn: (self, args) => {
      checkArgs(rt, '__format__', args, null, 1, 1);
      const sp = args[0] as PyObject;
      if (!isStr(sp)) throw PyErr.format(rt, T.TypeError, `__format__() argument must be str, not ${sp.ob_type.tp_name}`);
      if (sp.ob_sval === '') return rt.str(self);
      return rt.newStr(formatFloat(rt, fval(self), sp.ob_sval));
    } },
    { name: 'conjugate', fn: (self) => float_float(self) },
    { name: '__trunc__', fn: (self) => floatToInt(rt, fval(self)) },
    { name: '__floor__', fn: (self) => floatToInt(rt, Math.floor(fval(self))) },
    { name: '__ceil__', fn: (self) => floatToInt(rt, Math.ceil(fval(self))) },
    { name: '__round__', fn: (self, args) => floatRound(rt, fval(self), args[0] ?? null) },
    { name: 'as_integer_ratio', fn: (self) => {
      let x = fval(self);
      if (!Number.isFinite(x)) throw PyErr.format(rt, Number.isNaN(x) ? T.ValueError : T.OverflowError, Number.isNaN(x) ? 'cannot convert NaN to integer ratio' : 'cannot convert Infinity to integer ratio');
      let d = 1n;
      while (!Number.isInteger(x)) {
        x *= 2;
        d *= 2n;
      }
      let n = BigInt(x);
      while (d > 1n && n % 2n === 0n) {
        n /= 2n;
        d /= 2n;
      }
      return rt.newTuple([rt.newInt(norm(n)), rt.newInt(norm(d))]);
    } },
  ];
  Fl.tp_getset = [
    { name: 'real', get: float_float },
    { name: 'imag', get: () => fbox(0) },
  ];
}

function norm(b: bigint): IntValue {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

function ndigitsOf(v: IntValue): number {
  let a = big(v);
  if (a < 0n) a = -a;
  let n = 0;
  while (a > 0n) {
    n++;
    a >>= 30n;
  }
  return n;
}

function cmpNum(x: number, y: number, op: number): boolean {
  switch (op) {
    case 0: return x < y;
    case 1: return x <= y;
    case 2: return x === y;
    case 3: return x !== y;
    case 4: return x > y;
    default: return x >= y;
  }
}

function cmpSign(c: number, op: number): boolean {
  return cmpNum(c, 0, op);
}

/** Correctly rounded enough division of big ints. */
function trueDivBig(rt: Runtime, a: bigint, b: bigint): number {
  const x = Number(a);
  const y = Number(b);
  if (Number.isFinite(x) && Number.isFinite(y)) return x / y;
  // scale both down
  const shift = BigInt(Math.max(a.toString(2).length, b.toString(2).length) - 1000);
  const r = Number(a >> shift) / Number(b >> shift);
  if (!Number.isFinite(r)) throw PyErr.format(rt, rt.types.OverflowError, 'integer division result too large for a float');
  return r;
}

export function floatToInt(rt: Runtime, x: number): PyObject {
  if (Number.isNaN(x)) throw PyErr.format(rt, rt.types.ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw PyErr.format(rt, rt.types.OverflowError, 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return rt.newInt(Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : BigInt(t));
}

/** round(x, ndigits) for floats: half-to-even on the exact binary value (float.__round__). */
export function floatRound(rt: Runtime, x: number, nd: PyObject | null): PyObject {
  if (nd === null || nd === rt.None) {
    if (!Number.isFinite(x)) return floatToInt(rt, x);
    let r = Math.round(x);
    if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2);
    return floatToInt(rt, r);
  }
  const n = Number((nd as PyLongObject).ob_ival);
  if (!Number.isFinite(x) || x === 0 || n > 323) return PyFloat_FromDouble(rt, x);
  const neg = x < 0;
  const a = Math.abs(x);
  let r: number;
  if (n >= 0) r = Number(toFixedExact(a, n));
  else {
    // round to a multiple of 10^-n: exact on the binary value
    let m = a;
    let e = 0;
    while (!Number.isInteger(m)) {
      m *= 2;
      e--;
    }
    const den = (e < 0 ? 1n << BigInt(-e) : 1n) * 10n ** BigInt(-n);
    const num = BigInt(m);
    let q = num / den;
    const rem = num - q * den;
    if (2n * rem > den || (2n * rem === den && q % 2n === 1n)) q += 1n;
    r = Number(q * 10n ** BigInt(-n));
  }
  return PyFloat_FromDouble(rt, neg ? -r : r);
}

/** int(x[, base]) argument handling. */
function intFromArgs(rt: Runtime, args: PyObject[], kw: readonly string[] | null): IntValue {
  const T = rt.types;
  let x: PyObject | null = null;
  let baseObj: PyObject | null = null;
  const npos = args.length - (kw?.length ?? 0);
  if (npos > 2) throw PyErr.format(rt, T.TypeError, `int() takes at most 2 arguments (${npos} given)`);
  if (npos >= 1) x = args[0] as PyObject;
  if (npos >= 2) baseObj = args[1] as PyObject;
  for (let i = 0; i < (kw?.length ?? 0); i++) {
    const name = (kw as readonly string[])[i];
    if (name === 'base') baseObj = args[npos + i] as PyObject;
    else throw PyErr.format(rt, T.TypeError, `'${name as string}' is an invalid keyword argument for int()`);
  }
  if (x === null) {
    if (baseObj !== null) throw PyErr.format(rt, T.TypeError, 'int() missing string argument');
    return 0;
  }
  if (baseObj !== null) {
    const base = Number((baseObj as PyLongObject).ob_ival);
    const xd = bytesLikeData(x);
    if (!isStr(x) && xd === null) throw PyErr.format(rt, T.TypeError, "int() can't convert non-string with explicit base");
    if (base !== 0 && (base < 2 || base > 36)) throw PyErr.format(rt, T.ValueError, 'int() base must be >= 2 and <= 36, or 0');
    const text = isStr(x) ? x.ob_sval : latin1(xd as Uint8Array);
    const v = parseIntText(text, base);
    if (v === null) throw PyErr.format(rt, T.ValueError, `invalid literal for int() with base ${base}: ${reprOf(x)}`);
    checkStrDigits(rt, text, base);
    return v;
  }
  if (isIntObj(x)) return x.ob_ival;
  if (PyType_IsSubtype(x.ob_type, T.float)) {
    const r = floatToInt(rt, (x as PyFloatObject).ob_fval) as PyLongObject;
    const v = r.ob_ival;
    Py_DECREF(r);
    return v;
  }
  if (isStr(x)) {
    const v = parseIntText(x.ob_sval, 10);
    if (v === null) throw PyErr.format(rt, T.ValueError, `invalid literal for int() with base 10: ${reprOf(x)}`);
    checkStrDigits(rt, x.ob_sval, 10);
    return v;
  }
  const xd = bytesLikeData(x);
  if (xd !== null) {
    const v = parseIntText(latin1(xd), 10);
    if (v === null) throw PyErr.format(rt, T.ValueError, `invalid literal for int() with base 10: ${reprOf(x)}`);
    checkStrDigits(rt, latin1(xd), 10);
    return v;
  }
  for (const slot of ['nb_int', 'nb_index'] as const) {
    const f = x.ob_type[slot];
    if (f !== null) {
      const r = f(x);
      if (!isIntObj(r)) {
        const tn = r.ob_type.tp_name;
        Py_DECREF(r);
        throw PyErr.format(rt, T.TypeError, `__${slot === 'nb_int' ? 'int' : 'index'}__ returned non-int (type ${tn})`);
      }
      const v = r.ob_ival;
      Py_DECREF(r);
      return v;
    }
  }
  const trunc = rt.lookupSpecial(x, '__trunc__');
  if (trunc !== null) {
    const r = rt.callMethod(x, '__trunc__', []);
    const v = isIntObj(r) ? r.ob_ival : 0;
    Py_DECREF(r);
    return v;
  }
  throw PyErr.format(rt, T.TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${x.ob_type.tp_name}'`);
}

export function floatFromObject(rt: Runtime, x: PyObject): number {
  const T = rt.types;
  if (PyType_IsSubtype(x.ob_type, T.float)) return (x as PyFloatObject).ob_fval;
  if (isIntObj(x)) return intToDouble(rt, x.ob_ival);
  if (isStr(x)) {
    const v = parseFloatText(x.ob_sval);
    if (v === null) throw PyErr.format(rt, T.ValueError, `could not convert string to float: ${reprOf(x)}`);
    return v;
  }
  const xd = bytesLikeData(x);
  if (xd !== null) {
    const v = parseFloatText(latin1(xd));
    if (v === null) throw PyErr.format(rt, T.ValueError, `could not convert string to float: ${reprOf(x)}`);
    return v;
  }
  const f = x.ob_type.nb_float;
  if (f !== null) {
    const r = f(x);
    if (!PyType_IsSubtype(r.ob_type, T.float)) {
      const tn = r.ob_type.tp_name;
      Py_DECREF(r);
      throw PyErr.format(rt, T.TypeError, `${x.ob_type.tp_name}.__float__ returned non-float (type ${tn})`);
    }
    const v = (r as PyFloatObject).ob_fval;
    Py_DECREF(r);
    return v;
  }
  if (x.ob_type.nb_index !== null) {
    const r = x.ob_type.nb_index(x) as PyLongObject;
    const v = intToDouble(rt, r.ob_ival);
    Py_DECREF(r);
    return v;
  }
  throw PyErr.format(rt, T.TypeError, `float() argument must be a string or a real number, not '${x.ob_type.tp_name}'`);
}

export type { PyTypeObject };

/** float.hex (float_hex): 0x1.<13 hex digits>p<exp>, subnormals as 0x0.<digits>p-1022. */
export function float_hex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0x0.0p+0`;
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  const bits = dv.getBigUint64(0);
  const bexp = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  const digits = frac.toString(16).padStart(13, '0');
  if (bexp === 0) return `${sign}0x0.${digits}p-1022`;
  const e = bexp - 1023;
  return `${sign}0x1.${digits}p${e >= 0 ? '+' : ''}${e}`;
}

/** float.fromhex (float_fromhex): the value, null for a malformed string, 'overflow' when too large. */
export function float_fromhex(text: string): number | null | 'overflow' {
  const s = text.trim();
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (special !== null) {
    const neg = special[1] === '-';
    if ((special[2] as string).toLowerCase() === 'nan') return NaN;
    return neg ? -Infinity : Infinity;
  }
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/i.exec(s);
  if (m === null) return null;
  const ip = m[2] ?? '';
  const fp = m[3] ?? '';
  if (ip === '' && fp === '') return null;
  const mant = BigInt('0x' + (ip + fp || '0'));
  let exp = BigInt(m[4] ?? '0') - BigInt(4 * fp.length);
  const neg = m[1] === '-';
  if (mant === 0n) return neg ? -0 : 0;
  // scale to an integer with at most 1100 bits of headroom, then round once
  let num = mant;
  let den = 1n;
  if (exp > 0n) {
    if (exp > 2000n) return 'overflow';
    num <<= exp;
  } else {
    if (exp < -3000n) return neg ? -0 : 0;
    den <<= -exp;
  }
  // the quotient rounded half-to-even to 53 significant bits (subnormals: to 2^-1074)
  let e2 = num.toString(2).length - den.toString(2).length;
  if ((den << BigInt(Math.max(0, e2))) > (num << BigInt(Math.max(0, -e2)))) e2--;
  let shift = 52 - e2;
  if (e2 < -1022) shift = 1074;
  const scaledNum = shift >= 0 ? num << BigInt(shift) : num;
  const scaledDen = shift >= 0 ? den : den << BigInt(-shift);
  let q = scaledNum / scaledDen;
  const r2 = 2n * (scaledNum - q * scaledDen);
  if (r2 > scaledDen || (r2 === scaledDen && (q & 1n) === 1n)) q += 1n;
  const v = Number(q) * 2 ** -shift;
  void exp;
  exp = 0n;
  if (!Number.isFinite(v) || Math.abs(v) > Number.MAX_VALUE) return 'overflow';
  return neg ? -v : v;
}
