// complex: CPython 3.11's Objects/complexobject.c. Two doubles (cval); a 32-byte object, not a
// GC type, no free list in 3.11. Start at PyComplex_FromDoubles, then installComplexType.
// The arithmetic follows complexobject.c's C helpers step by step (_Py_c_prod, _Py_c_quot with
// its scaling by the larger divisor part, c_powu's repeated squaring for small integer
// exponents, _Py_c_pow's polar form otherwise), so results round as CPython's do.
// Mixed operands are converted first (TO_COMPLEX): int and float become (x, 0).

import { PyObject, type PyTypeObject, Py_DECREF, Py_NewRef, PyType_IsSubtype, Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_LONG_SUBCLASS } from './object.js';
import type { Runtime } from './runtime.js';
import type { BuiltinTypes } from './typeobject.js';
import { PyErr } from './pyerr.js';
import { isStr } from './unicodeobject.js';
import type { PyLongObject } from './longobject.js';
import type { PyFloatObject } from './floatobject.js';
import { float_hash_exact } from './floatobject.js';
import { int_to_double } from './longobject.js';
import { parseArgs } from './bytesobject.js';
import { complexRepr, floatRepr } from '../util/pyrepr.js';
import { crPowPositive, crAtan2, crExp, crLog, crCos, crSin } from '../util/crmath.js';
import { formatFloat, formatStr } from './formatspec.js';

export class PyComplexObject extends PyObject {
  declare real: number;
  declare imag: number;

  constructor(type: PyTypeObject, addr: number, refcnt = 1) {
    super(type, addr, refcnt);
    this.real = 0;
    this.imag = 0;
  }
}

interface Cx { real: number; imag: number }

/** New reference to a complex (PyComplex_FromDoubles / complex_subtype_from_doubles). */
export function PyComplex_FromDoubles(rt: Runtime, real: number, imag: number, type: PyTypeObject = rt.types.complex): PyComplexObject {
  const o = new PyComplexObject(type, rt.allocObject(type, 0));
  o.real = real;
  o.imag = imag;
  if ((type.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0) type.ob_refcnt++;
  return o;
}

export function isComplex(o: PyObject): o is PyComplexObject {
  const T = o.ob_type.rt.types;
  return o.ob_type === T.complex || PyType_IsSubtype(o.ob_type, T.complex);
}

function complex_dealloc(o: PyObject): void {
  const type = o.ob_type;
  type.rt.PyObject_Free(o);
  // a heap subtype's class is released by subtype_dealloc, which called this
}

/** TO_COMPLEX: an int, float or complex operand as a complex value; null for anything else. */
function toComplex(rt: Runtime, o: PyObject): Cx | null {
  const T = rt.types;
  if (isComplex(o)) return { real: o.real, imag: o.imag };
  if ((o.ob_type.tp_flags & Py_TPFLAGS_LONG_SUBCLASS) !== 0) {
    const d = int_to_double((o as PyLongObject).ob_ival);
    if (!Number.isFinite(d)) throw PyErr.format(rt, T.OverflowError, 'int too large to convert to float');
    return { real: d, imag: 0 };
  }
  if (o.ob_type === T.float || PyType_IsSubtype(o.ob_type, T.float)) return { real: (o as PyFloatObject).ob_fval, imag: 0 };
  return null;
}

// ---- the C helpers (complexobject.c) -----------------------------------------------------------

export function _Py_c_sum(a: Cx, b: Cx): Cx {
  return { real: a.real + b.real, imag: a.imag + b.imag };
}

export function _Py_c_diff(a: Cx, b: Cx): Cx {
  return { real: a.real - b.real, imag: a.imag - b.imag };
}

export function _Py_c_prod(a: Cx, b: Cx): Cx {
  return { real: a.real * b.real - a.imag * b.imag, imag: a.real * b.imag + a.imag * b.real };
}

/** _Py_c_quot: Smith's method, dividing through by the larger part of b. null: b is zero (EDOM). */
export function _Py_c_quot(a: Cx, b: Cx): Cx | null {
  const abr = Math.abs(b.real);
  const abi = Math.abs(b.imag);
  if (abr >= abi) {
    if (abr === 0) return null;
    const ratio = b.imag / b.real;
    const denom = b.real + b.imag * ratio;
    return { real: (a.real + a.imag * ratio) / denom, imag: (a.imag - a.real * ratio) / denom };
  }
  if (abi >= abr) {
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    return { real: (a.real * ratio + a.imag) / denom, imag: (a.imag * ratio - a.real) / denom };
  }
  return { real: NaN, imag: NaN };
}

/**
 * _Py_c_pow: the polar form. null: errno EDOM (zero to a negative or complex power, an infinite phase). The libm calls
 * are correctly rounded here (util/crmath.ts), as glibc's nearly always are; V8's Math.* would
 * change the last digit of a few percent of results.
 */
export function _Py_c_pow(a: Cx, b: Cx): Cx | null {
  if (b.real === 0 && b.imag === 0) return { real: 1, imag: 0 };
  if (a.real === 0 && a.imag === 0) {
    if (b.imag !== 0 || b.real < 0) return null;
    return { real: 0, imag: 0 };
  }
  const vabs = hypot(a.real, a.imag);
  let len = crPowPositive(vabs, b.real);
  const at = crAtan2(a.imag, a.real);
  let phase = at * b.real;
  if (b.imag !== 0) {
    len /= crExp(at * b.imag);
    phase += b.imag * crLog(vabs);
  }
  // cos and sin of an infinite phase set errno to EDOM in the C library, which complex_pow
  // reports as a ZeroDivisionError (CPython does exactly that for (-3.5+0.25j) ** 1e308)
  if (Math.abs(phase) === Infinity) return null;
  return { real: len * crCos(phase), imag: len * crSin(phase) };
}

/** c_powu: x ** n for a positive integer n by repeated squaring. */
function c_powu(x: Cx, n: number): Cx {
  let r: Cx = { real: 1, imag: 0 };
  let p = x;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = _Py_c_prod(r, p);
    mask <<= 1;
    p = _Py_c_prod(p, p);
  }
  return r;
}

/** c_powi: integer exponents (|n| <= 100). null: division by zero (EDOM). */
function c_powi(x: Cx, n: number): Cx | null {
  if (n > 0) return c_powu(x, n);
  return _Py_c_quot({ real: 1, imag: 0 }, c_powu(x, -n));
}

/** complex_pow's value: ZeroDivisionError / OverflowError with CPython's messages. */
export function complexPow(rt: Runtime, a: Cx, b: Cx): Cx {
  const p = b.imag === 0 && b.real === Math.floor(b.real) && Math.abs(b.real) <= 100 ? c_powi(a, b.real) : _Py_c_pow(a, b);
  if (p === null) throw PyErr.format(rt, rt.types.ZeroDivisionError, '0.0 to a negative or complex power');
  if (Math.abs(p.real) === Infinity || Math.abs(p.imag) === Infinity) throw PyErr.format(rt, rt.types.OverflowError, 'complex exponentiation');
  return p;
}

/** float ** float when the result is complex (float_pow hands a negative base to complex_pow). */
export function complexPowFromFloats(rt: Runtime, a: number, b: number): PyObject {
  const p = complexPow(rt, { real: a, imag: 0 }, { real: b, imag: 0 });
  return PyComplex_FromDoubles(rt, p.real, p.imag);
}

/** complex_hash: hash(real) + 1000003 * hash(imag), in 64-bit arithmetic (exact). */
export function complex_hash_exact(real: number, imag: number): number | bigint {
  const M = 1n << 64n;
  let h = (BigInt(float_hash_exact(real)) + 1000003n * BigInt(float_hash_exact(imag))) % M;
  if (h < 0n) h += M;
  if (h >= 1n << 63n) h -= M;
  if (h === -1n) h = -2n;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

/**
 * hypot(x, y) as the C library computes it for _Py_c_abs. V8's Math.hypot rounds differently
 * from glibc's in the last place, so this follows the corrected algorithm glibc 2.35+ uses
 * without FMA (C. F. Borges, "An Improved Algorithm for hypot(a, b)", 2019): a first estimate
 * sqrt(a*a + b*b), then one correction step computed from the estimate's exact error terms,
 * with the operands scaled by 2^600 when they could overflow or underflow.
 */
export function hypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Math.abs(x) === Infinity || Math.abs(y) === Infinity) return Infinity;
    return NaN;
  }
  const a = Math.max(Math.abs(x), Math.abs(y));
  const b = Math.min(Math.abs(x), Math.abs(y));
  const EPS = 2 ** -54;
  const SCALE = 2 ** -600;
  if (a > 2 ** 511) {
    if (b <= a * EPS) return a + b;
    return hypotCorrected(a * SCALE, b * SCALE) / SCALE;
  }
  if (b < 2 ** -511) {
    if (a >= b / EPS) return a + b;
    return hypotCorrected(a / SCALE, b / SCALE) * SCALE;
  }
  if (b <= a * EPS) return a + b;
  return hypotCorrected(a, b);
}

/** Borges' corrected estimate for a >= b > 0 in the safe range. */
function hypotCorrected(a: number, b: number): number {
  let h = Math.sqrt(a * a + b * b);
  let t1: number;
  let t2: number;
  if (h <= 2 * b) {
    const d = h - b;
    t1 = a * (2 * d - a);
    t2 = (d - 2 * (a - b)) * d;
  } else {
    const d = h - a;
    t1 = 2 * d * (a - 2 * b);
    t2 = (4 * d - b) * b + d * d;
  }
  h -= (t1 + t2) / (2 * h);
  return h;
}

// ---- complex(string) ----------------------------------------------------------------------------

const NUM = String.raw`(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:e[+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)`;
const RE_REAL = new RegExp(`^[+-]?${NUM}$`, 'i');
const RE_IMAG = new RegExp(`^([+-]?(?:${NUM})?)j$`, 'i');
const RE_BOTH = new RegExp(`^([+-]?${NUM})([+-](?:${NUM})?)j$`, 'i');

function parseNum(s: string): number {
  const t = s.replace(/_/g, '').toLowerCase();
  if (t === '' || t === '+') return 1;
  if (t === '-') return -1;
  const sign = t.startsWith('-') ? -1 : 1;
  const body = t.replace(/^[+-]/, '');
  if (body.startsWith('inf')) return sign * Infinity;
  if (body === 'nan') return NaN;
  return sign * Number(body);
}

/** complex_subtype_from_string: null when malformed. */
export function parseComplexText(text: string): Cx | null {
  let s = text.trim();
  if (s.startsWith('(') && s.endsWith(')')) s = s.slice(1, -1).trim();
  let m = RE_BOTH.exec(s);
  if (m !== null) return { real: parseNum(m[1] as string), imag: parseNum(m[2] as string) };
  m = RE_IMAG.exec(s);
  if (m !== null) return { real: 0, imag: parseNum(m[1] as string) };
  if (RE_REAL.test(s)) return { real: parseNum(s), imag: 0 };
  return null;
}

// ---- the type ----------------------------------------------------------------------------------

export function installComplexType(rt: Runtime, T: BuiltinTypes): void {
  const C = T.complex;
  const NI = (): PyObject => Py_NewRef(rt.NotImplemented);
  const box = (c: Cx): PyObject => PyComplex_FromDoubles(rt, c.real, c.imag);
  const cv = (o: PyObject): Cx => ({ real: (o as PyComplexObject).real, imag: (o as PyComplexObject).imag });
  const binop = (f: (a: Cx, b: Cx) => PyObject) => (v: PyObject, w: PyObject): PyObject => {
    const a = toComplex(rt, v);
    if (a === null) return NI();
    const b = toComplex(rt, w);
    if (b === null) return NI();
    return f(a, b);
  };
  C.tp_alloc = (type) => new PyComplexObject(type, rt.allocObject(type, 0));
  C.tp_dealloc = complex_dealloc;
  C.tp_repr = (o) => rt.newStr(complexRepr((o as PyComplexObject).real, (o as PyComplexObject).imag));
  C.tp_hash = (o) => Number(complex_hash_exact((o as PyComplexObject).real, (o as PyComplexObject).imag));
  C.tp_richcompare = (v, w, op) => {
    if (op !== 2 && op !== 3) return NI();
    const a = cv(v);
    let eq: boolean;
    if ((w.ob_type.tp_flags & Py_TPFLAGS_LONG_SUBCLASS) !== 0) {
      if (a.imag !== 0) eq = false;
      else {
        const f = rt.newFloat(a.real);
        try {
          eq = rt.richCompareBool(f, w, 2);
        } finally {
          Py_DECREF(f);
        }
      }
    } else if (w.ob_type === T.float || PyType_IsSubtype(w.ob_type, T.float)) eq = a.real === (w as PyFloatObject).ob_fval && a.imag === 0;
    else if (isComplex(w)) eq = a.real === w.real && a.imag === w.imag;
    else return NI();
    return rt.newBool(op === 2 ? eq : !eq);
  };
  C.nb_add = binop((a, b) => box(_Py_c_sum(a, b)));
  C.nb_subtract = binop((a, b) => box(_Py_c_diff(a, b)));
  C.nb_multiply = binop((a, b) => box(_Py_c_prod(a, b)));
  C.nb_true_divide = binop((a, b) => {
    const q = _Py_c_quot(a, b);
    if (q === null) throw PyErr.format(rt, T.ZeroDivisionError, 'complex division by zero');
    return box(q);
  });
  C.nb_power = binop((a, b) => box(complexPow(rt, a, b)));
  C.nb_negative = (o) => box({ real: -cv(o).real, imag: -cv(o).imag });
  C.nb_positive = (o) => box(cv(o));
  C.nb_absolute = (o) => {
    const { real, imag } = cv(o);
    const r = hypot(real, imag);
    if (r === Infinity && Number.isFinite(real) && Number.isFinite(imag)) throw PyErr.format(rt, T.OverflowError, 'absolute value too large');
    return rt.newFloat(r);
  };
  C.nb_bool = (o) => cv(o).real !== 0 || cv(o).imag !== 0;
  C.tp_new = (type, args, kw) => {
    const [r, i] = parseArgs(rt, 'complex', args, kw, ['real', 'imag']);
    if (r !== undefined && i === undefined && r.ob_type === T.complex && type === T.complex) return Py_NewRef(r);
    let re: Cx = { real: 0, imag: 0 };
    let reIsComplex = false;
    if (r !== undefined) {
      if (isStr(r)) {
        if (i !== undefined) throw PyErr.format(rt, T.TypeError, "complex() can't take second arg if first is a string");
        const c = parseComplexText(r.ob_sval);
        if (c === null) throw PyErr.format(rt, T.ValueError, 'complex() arg is a malformed string');
        return PyComplex_FromDoubles(rt, c.real, c.imag, type);
      }
      const own = complexOf(rt, r, 'first argument must be a string or a number');
      re = own.value;
      reIsComplex = own.isComplex;
    }
    let im: Cx = { real: 0, imag: 0 };
    let imIsComplex = false;
    if (i === undefined) im.real = reIsComplex ? re.imag : 0;
    else {
      if (isStr(i)) throw PyErr.format(rt, T.TypeError, "complex() second arg can't be a string");
      const own = complexOf(rt, i, 'second argument must be a number');
      im = own.value;
      imIsComplex = own.isComplex;
    }
    let real = re.real;
    let imag = im.real;
    if (imIsComplex) real -= im.imag;
    if (reIsComplex && i !== undefined) imag += re.imag;
    return PyComplex_FromDoubles(rt, real, imag, type);
  };
  C.tp_getset = [
    { name: 'real', get: (o) => rt.newFloat(cv(o).real) },
    { name: 'imag', get: (o) => rt.newFloat(cv(o).imag) },
  ];
  C.tp_methods = [
    { name: 'conjugate', fn: (self) => box({ real: cv(self).real, imag: -cv(self).imag }) },
    { name: '__complex__', fn: (self) => (self.ob_type === T.complex ? Py_NewRef(self) : box(cv(self))) },
    { name: '__getnewargs__', fn: (self) => rt.newTuple([rt.newFloat(cv(self).real), rt.newFloat(cv(self).imag)]) },
    { name: '__format__', fn: (self, args) => {
      const sp = args[0];
      if (sp === undefined || !isStr(sp)) throw PyErr.format(rt, T.TypeError, `__format__() argument must be str, not ${sp === undefined ? 'nothing' : sp.ob_type.tp_name}`);
      return rt.newStr(formatComplex(rt, cv(self), sp.ob_sval));
    } },
  ];
}

/**
 * The value of one complex() argument: a complex (or an object with __complex__), else a real
 * number through __float__ / __index__. `what` completes the TypeError's text.
 */
function complexOf(rt: Runtime, o: PyObject, what: string): { value: Cx; isComplex: boolean } {
  const T = rt.types;
  if (isComplex(o)) return { value: { real: o.real, imag: o.imag }, isComplex: true };
  if (rt.lookupSpecial(o, '__complex__') !== null) {
    const r = rt.callMethod(o, '__complex__', []);
    try {
      if (!isComplex(r)) throw PyErr.format(rt, T.TypeError, `__complex__ returned non-complex (type ${r.ob_type.tp_name})`);
      return { value: { real: r.real, imag: r.imag }, isComplex: true };
    } finally {
      Py_DECREF(r);
    }
  }
  const c = toComplex(rt, o);
  if (c !== null) return { value: c, isComplex: false };
  const f = o.ob_type.nb_float ?? null;
  if (f !== null) {
    const r = f(o);
    try {
      return { value: { real: (r as PyFloatObject).ob_fval, imag: 0 }, isComplex: false };
    } finally {
      Py_DECREF(r);
    }
  }
  if (o.ob_type.nb_index !== null) {
    const r = o.ob_type.nb_index(o);
    try {
      return { value: toComplex(rt, r) ?? { real: 0, imag: 0 }, isComplex: false };
    } finally {
      Py_DECREF(r);
    }
  }
  throw PyErr.format(rt, T.TypeError, `complex() ${what}, not '${o.ob_type.tp_name}'`);
}

/**
 * format(complex, spec) (format_complex_internal): the fill, alignment and width apply to the
 * whole text; the sign flag to the real part (the imaginary part always shows its sign). With
 * no presentation type the parts are written as repr() writes them ('g' when a precision is
 * given), inside parentheses unless the real part is +0 and left out.
 */
function formatComplex(rt: Runtime, c: Cx, spec: string): string {
  const T = rt.types;
  if (spec === '') return complexRepr(c.real, c.imag);
  const m = /^(?:(.)?([<>=^]))?([-+ ]?)(#?)(0?)(\d*)([,_]?)(?:\.(\d+))?(.?)$/su.exec(spec);
  if (m === null) throw PyErr.format(rt, T.ValueError, 'Invalid format specifier');
  const [, fill = ' ', alignIn = '', sign, alt, zero, width, group, prec, typeIn] = m as unknown as string[];
  let type = typeIn as string;
  if (alignIn === '=') throw PyErr.format(rt, T.ValueError, "'=' alignment flag is not allowed in complex format specifier");
  if (zero === '0' || fill === '0') throw PyErr.format(rt, T.ValueError, 'Zero padding is not allowed in complex format specifier');
  if (type !== '' && !'eEfFgGn'.includes(type)) throw PyErr.format(rt, T.ValueError, `Unknown format code '${type}' for object of type 'complex'`);
  const bare = type === '';
  if (type === 'n') type = 'g';
  const skipRe = bare && c.real === 0 && !Object.is(c.real, -0);
  const part = (x: number, signFlag: string): string => {
    if (bare && prec === undefined) {
      let r = floatRepr(x).replace(/\.0$/, '');
      if (signFlag !== '-' && signFlag !== '' && !r.startsWith('-')) r = signFlag + r;
      return r;
    }
    return formatFloat(rt, x, `${signFlag}${alt}${group}${prec === undefined ? '' : `.${prec}`}${bare ? 'g' : type}`);
  };
  const im = part(c.imag, skipRe ? (sign as string) : '+') + 'j';
  const body = skipRe ? im : `${bare ? '(' : ''}${part(c.real, sign as string)}${im}${bare ? ')' : ''}`;
  return formatStr(rt, body, `${fill}${alignIn === '' ? '>' : alignIn}${width}`);
}
