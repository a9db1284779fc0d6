// int arithmetic with a multi-digit operand, allocation by allocation, as CPython 3.11's
// Objects/longobject.c does it: _PyLong_Add and _PyLong_Subtract (x_add, x_sub),
// _PyLong_Multiply (k_mul, x_mul), l_divmod (long_divrem, divrem1, x_divrem) and long_invert.
//
// Why: those functions size each result before they know it (x_add asks for one digit more
// than its larger operand, x_mul for the digits of both operands, x_divrem for three scratch
// ints), normalize afterwards without giving the spare digits back, and drop intermediate
// objects whose blocks go back to their pools. Which block the next object of a size class gets
// depends on all of that, so id() reuse and the heap map follow CPython only if glasspy makes
// the same requests in the same order. Values come from longobject.ts; this file decides sizes,
// identities and the order of allocations and frees.
//
// When both operands are "medium" (|v| < 2**30, one digit or zero) CPython takes fast paths
// that allocate exactly the result (PyLong_FromNumber does the same); this file is for the rest.
// Start reading at long_add.

import { Py_DECREF } from './object.js';
import type { Runtime } from './runtime.js';
import {
  type IntValue, type PyLongObject, PyLong_FromIntValue, PyLong_FromNumber, allocExactLong, ndigits, big, int_lshift, int_rshift, int_bitop, int_pow,
  int_floordiv, int_mod,
} from './longobject.js';

/** PyLong_BASE: one 30-bit digit */
const BASE = 1073741824;
const TWO_60 = 1n << 60n;
const TWO_90 = 1n << 90n;

/** IS_MEDIUM_VALUE: Py_SIZE in {-1, 0, 1} */
export function isMedium(v: IntValue): boolean {
  return typeof v === 'number' && v > -BASE && v < BASE;
}

/** Py_ABS(Py_SIZE(v)): digits of |v|, 0 for zero */
function absSize(v: IntValue): number {
  if (typeof v === 'number') return v === 0 ? 0 : v > -BASE && v < BASE ? 1 : 2;
  // a bigint is beyond 2**53: two digits at least
  const a = v < 0n ? -v : v;
  if (a < TWO_60) return 2;
  if (a < TWO_90) return 3;
  return ndigits(a);
}

function isNeg(v: IntValue): boolean {
  return v < 0;
}

function negate(v: IntValue): IntValue {
  return typeof v === 'number' ? (v === 0 ? 0 : -v) : -v;
}

/** |v| as a bigint */
function bigAbs(v: IntValue): bigint {
  const b = big(v);
  return b < 0n ? -b : b;
}

/** Digit i (0 = least significant) of |v|. */
function digitOf(v: IntValue, i: number): number {
  if (typeof v === 'number') {
    const a = v < 0 ? -v : v;
    if (i === 0) return a % BASE;
    // a safe integer has at most two digits
    return i === 1 ? Math.floor(a / BASE) : 0;
  }
  const a = v < 0n ? -v : v;
  return Number(BigInt.asUintN(30, i === 0 ? a : a >> (i < DIGIT_SHIFTS.length ? (DIGIT_SHIFTS[i] as bigint) : BigInt(30 * i))));
}

/** 30 * i as bigints, for digitOf */
const DIGIT_SHIFTS = Array.from({ length: 16 }, (_, i) => BigInt(30 * i));

function bitLength(b: bigint): number {
  return b === 0n ? 0 : b.toString(2).length;
}

/** The value in longobject.ts's normal form (a number when it is a safe integer). */
function normal(b: bigint): IntValue {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

function sum(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normal(big(a) + big(b));
}

function difference(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normal(big(a) - big(b));
}

/** _PyLong_New(nd) holding v (already normalized): nd digits asked for, at least one. */
function newLong(rt: Runtime, v: IntValue, nd: number): PyLongObject {
  return allocExactLong(rt, v, nd === 0 ? 1 : nd);
}

/** maybe_small_long: a fresh int whose value is a small int is freed for the cached one. */
function maybeSmall(rt: Runtime, z: PyLongObject): PyLongObject {
  const v = z.ob_ival;
  if (typeof v === 'number' && v >= -5 && v <= 256) {
    Py_DECREF(z);
    return PyLong_FromNumber(rt, v);
  }
  return z;
}

/** x_add: |a| + |b| (with the sign given by the caller) in size_a + 1 digits, size_a the larger. */
function x_add(rt: Runtime, result: IntValue, a: IntValue, b: IntValue): PyLongObject {
  return newLong(rt, result, Math.max(absSize(a), absSize(b)) + 1);
}

/**
 * x_sub: |a| - |b| (result, signed as the caller needs) in as many digits as the larger operand,
 * or, for operands of one size, up to their highest differing digit; zero is the cached 0, and a
 * small result is freed for the cached one.
 */
function x_sub(rt: Runtime, result: IntValue, a: IntValue, b: IntValue): PyLongObject {
  const na = absSize(a);
  const nb = absSize(b);
  let size = Math.max(na, nb);
  if (na === nb) {
    if (result === 0 || result === 0n) return PyLong_FromNumber(rt, 0);
    let i = na - 1;
    if (typeof a === 'number' && typeof b === 'number') {
      while (i > 0 && digitOf(a, i) === digitOf(b, i)) i--;
    } else {
      i = Math.floor((bitLength(bigAbs(a) ^ bigAbs(b)) - 1) / 30);
    }
    size = i + 1;
  }
  return maybeSmall(rt, newLong(rt, result, size));
}

/** _PyLong_Add: a + b. */
export function long_add(rt: Runtime, a: IntValue, b: IntValue): PyLongObject {
  const r = sum(a, b);
  if (isMedium(a) && isMedium(b)) return PyLong_FromIntValue(rt, r);
  // x_add on operands of one sign (the result negated in place when both are negative),
  // x_sub(b, a) or x_sub(a, b) on operands of different signs
  return isNeg(a) === isNeg(b) ? x_add(rt, r, a, b) : x_sub(rt, r, a, b);
}

/** _PyLong_Subtract: a - b. */
export function long_sub(rt: Runtime, a: IntValue, b: IntValue): PyLongObject {
  const r = difference(a, b);
  if (isMedium(a) && isMedium(b)) return PyLong_FromIntValue(rt, r);
  // a < 0: x_sub(b, a) when b < 0, else -x_add(a, b); a >= 0: x_add(a, b) when b < 0, else x_sub(a, b)
  return isNeg(a) !== isNeg(b) ? x_add(rt, r, a, b) : x_sub(rt, r, a, b);
}

/** _PyLong_Multiply: a * b. */
export function long_mul(rt: Runtime, a: IntValue, b: IntValue): PyLongObject {
  if (typeof a === 'number' && typeof b === 'number' && isMedium(a) && isMedium(b)) {
    // _PyLong_FromSTwoDigits: exactly the digits of the product (which may pass 2**53)
    const p = a * b;
    return Number.isSafeInteger(p) ? PyLong_FromNumber(rt, p === 0 ? 0 : p) : PyLong_FromIntValue(rt, normal(BigInt(a) * BigInt(b)));
  }
  const na = absSize(a);
  const nb = absSize(b);
  if (na === 0 || nb === 0) return PyLong_FromNumber(rt, 0);
  const p = typeof a === 'number' && typeof b === 'number' ? a * b : 0;
  const r = p !== 0 && Number.isSafeInteger(p) ? p : normal(big(a) * big(b));
  // k_mul: x_mul below KARATSUBA_CUTOFF (70 digits), and Karatsuba above it, ask for the
  // same size_a + size_b digits for the product (negated in place for operands of two signs).
  // DIVERGENCE: above the cutoff (2,100 bits) CPython also allocates and frees the split halves
  // and partial products of Karatsuba's recursion; glasspy makes only the product.
  return newLong(rt, r, na + nb);
}

/** Whether l_divmod's fast path (fast_floor_div, fast_mod) applies: both operands one digit. */
export function divmodFast(a: IntValue, b: IntValue): boolean {
  return typeof a === 'number' && typeof b === 'number' && a !== 0 && b !== 0 && a > -BASE && a < BASE && b > -BASE && b < BASE;
}

/** long_long: an exact int is its own result; an int subclass's value as a new exact int. */
function long_long(rt: Runtime, o: PyLongObject): PyLongObject {
  if (o.ob_type === rt.types.int) {
    o.ob_refcnt++;
    return o;
  }
  return PyLong_FromIntValue(rt, o.ob_ival);
}

/**
 * x_divrem's normalization: shifted left until b's top digit has its top bit set, does a need a
 * digit more (a carry out of its top digit, or a top digit not below b's)? The quotient then has
 * size_a + 1 - size_b digits, else size_a - size_b.
 */
function divremGrows(a: IntValue, b: IntValue, na: number, nb: number): boolean {
  const d = Math.clz32(digitOf(b, nb - 1)) - 2;
  const m = 2 ** d;
  // the top digit of a shifted, with what the next digit carries into it (below 2**60: exact
  // unless it reaches 2**30, which alone decides), and b's (below 2**30)
  const vtop = digitOf(a, na - 1) * m + Math.floor((digitOf(a, na - 2) * m) / BASE);
  const wtop = digitOf(b, nb - 1) * m + Math.floor((digitOf(b, nb - 2) * m) / BASE);
  return vtop >= BASE || vtop >= wtop;
}

/** long_divrem's and long_rem's first test: |a| < |b| by the sizes and the top digits alone. */
function belowDivisor(a: IntValue, b: IntValue, na: number, nb: number): boolean {
  return na < nb || (na === nb && digitOf(a, na - 1) < digitOf(b, nb - 1));
}

/**
 * x_divrem for a divisor of two digits or more: v (a shifted left so that b's top digit gets its
 * top bit set) in size_a + 1 digits, w (b shifted, later the remainder r) in size_b, the quotient
 * q in k digits; v is dropped before returning. Returns [w, quotient], new references.
 */
function x_divrem(rt: Runtime, a: IntValue, b: IntValue, na: number, nb: number, q: IntValue, r: IntValue): [PyLongObject, PyLongObject] {
  const sizeV = divremGrows(a, b, na, nb) ? na + 1 : na;
  const v = newLong(rt, 0, na + 1);
  const w = newLong(rt, r, nb);
  const z = newLong(rt, q, sizeV - nb);
  Py_DECREF(v);
  return [w, z];
}

/** Truncated quotient and remainder of the magnitudes. */
function divideMagnitudes(a: IntValue, b: IntValue): [IntValue, IntValue] {
  if (typeof a === 'number' && typeof b === 'number') {
    const x = a < 0 ? -a : a;
    const y = b < 0 ? -b : b;
    const r = x % y;
    // x - r is a multiple of y: the division is exact
    return [(x - r) / y, r];
  }
  const x = bigAbs(a);
  const y = bigAbs(b);
  return [normal(x / y), normal(x % y)];
}

/** _PyLong_Negate on a result just made: in place when it is the only reference. */
function negateResult(rt: Runtime, o: PyLongObject): PyLongObject {
  if (o.ob_refcnt === 1) {
    o.ob_ival = negate(o.ob_ival);
    return o;
  }
  const r = PyLong_FromIntValue(rt, negate(o.ob_ival));
  Py_DECREF(o);
  return r;
}

/**
 * long_divrem: truncated quotient and remainder of a by b (b nonzero, not both one digit).
 * Returns [quotient, remainder], new references.
 */
function long_divrem(rt: Runtime, a: PyLongObject, b: PyLongObject): [PyLongObject, PyLongObject] {
  const av = a.ob_ival;
  const bv = b.ob_ival;
  const na = absSize(av);
  const nb = absSize(bv);
  // |a| < |b| by the top digits: the remainder is a itself
  if (belowDivisor(av, bv, na, nb)) return [PyLong_FromNumber(rt, 0), long_long(rt, a)];
  const [q, r] = divideMagnitudes(av, bv);
  let z: PyLongObject;
  let rem: PyLongObject;
  if (nb === 1) {
    // divrem1: the quotient in size_a digits; the remainder digit through PyLong_FromLong
    z = newLong(rt, q, na);
    rem = PyLong_FromIntValue(rt, r);
  } else {
    [rem, z] = x_divrem(rt, av, bv, na, nb, q, r);
    rem = maybeSmall(rt, rem);
  }
  // the quotient has the sign of a * b, the remainder the sign of a
  if (isNeg(av) !== isNeg(bv)) z = negateResult(rt, z);
  if (isNeg(av) && r !== 0 && r !== 0n) rem = negateResult(rt, rem);
  return [maybeSmall(rt, z), rem];
}

/**
 * l_divmod past its fast path (see divmodFast): floor quotient and modulo of a by b (b nonzero).
 * What the caller does not ask for is dropped at the end, as CPython does.
 */
export function l_divmod(rt: Runtime, a: PyLongObject, b: PyLongObject, wantDiv: boolean, wantMod: boolean): [PyLongObject | null, PyLongObject | null] {
  let [div, mod] = long_divrem(rt, a, b);
  const mv = mod.ob_ival;
  const bv = b.ob_ival;
  if ((mv < 0 && bv > 0) || (mv > 0 && bv < 0)) {
    let temp = long_add(rt, mv, bv);
    Py_DECREF(mod);
    mod = temp;
    temp = long_sub(rt, div.ob_ival, 1);
    Py_DECREF(div);
    div = temp;
  }
  if (!wantDiv) Py_DECREF(div);
  if (!wantMod) Py_DECREF(mod);
  return [wantDiv ? div : null, wantMod ? mod : null];
}

/**
 * long_rem: the remainder of a by b with the sign of a (b nonzero, not both one digit): a
 * itself when |a| < |b| by the top digits, rem1's digit through PyLong_FromLong for a one-digit
 * divisor, else x_divrem's w (v and the quotient dropped), a small one replaced by the cached int.
 */
function long_rem(rt: Runtime, a: PyLongObject, b: PyLongObject): PyLongObject {
  const av = a.ob_ival;
  const bv = b.ob_ival;
  const na = absSize(av);
  const nb = absSize(bv);
  if (belowDivisor(av, bv, na, nb)) return long_long(rt, a);
  const [q, r] = divideMagnitudes(av, bv);
  let rem: PyLongObject;
  if (nb === 1) {
    rem = PyLong_FromIntValue(rt, r);
  } else {
    let z: PyLongObject;
    [rem, z] = x_divrem(rt, av, bv, na, nb, q, r);
    Py_DECREF(z);
    rem = maybeSmall(rt, rem);
  }
  if (isNeg(av) && r !== 0 && r !== 0n) rem = negateResult(rt, rem);
  return rem;
}

/**
 * l_mod (3.11's %, and pow's reductions): fast_mod for two one-digit operands, else long_rem and,
 * when the remainder's sign is not the divisor's, _PyLong_Add of the two.
 */
export function l_mod(rt: Runtime, v: PyLongObject, w: PyLongObject): PyLongObject {
  const x = v.ob_ival;
  const y = w.ob_ival;
  if (divmodFast(x, y)) return PyLong_FromIntValue(rt, int_mod(x, y));
  let mod = long_rem(rt, v, w);
  const mv = mod.ob_ival;
  if ((mv < 0 && y > 0) || (mv > 0 && y < 0)) {
    const t = long_add(rt, mv, y);
    Py_DECREF(mod);
    mod = t;
  }
  return mod;
}

/** long_invert past its medium fast path: -(v + 1), the sum made by _PyLong_Add and negated in place. */
export function long_invert(rt: Runtime, v: IntValue): PyLongObject {
  if (isMedium(v)) return PyLong_FromIntValue(rt, negate(sum(v, 1)));
  return negateResult(rt, long_add(rt, v, 1));
}

/**
 * V8's bigints stop at 2**30 bits (a RangeError past it).
 * DIVERGENCE: an int result that would be wider raises MemoryError (CPython makes it while
 * memory lasts: 1 << 10**10 is 1.25 GB there).
 */
const MAX_BITS = 1073741823;

/** Bit length of |v|. */
function bitsOf(v: IntValue): number {
  if (typeof v === 'number') {
    const a = v < 0 ? -v : v;
    return a === 0 ? 0 : a < BASE ? 32 - Math.clz32(a) : Math.floor(Math.log2(a)) + 1;
  }
  return bitLength(bigAbs(v));
}

/** long_lshift past its checks (n >= 0): a << n. */
export function long_lshift(rt: Runtime, a: IntValue, n: number): PyLongObject {
  if (a === 0 || a === 0n) return PyLong_FromNumber(rt, 0);
  const wordshift = Math.floor(n / 30);
  const remshift = n % 30;
  if (wordshift === 0 && isMedium(a)) return PyLong_FromIntValue(rt, int_lshift(a, n));
  if (bitsOf(a) + n > MAX_BITS) throw rt.memoryError();
  // long_lshift1: size_a + wordshift digits, one more for a partial shift
  return newLong(rt, int_lshift(a, n), absSize(a) + wordshift + (remshift !== 0 ? 1 : 0));
}

/** long_rshift past its checks (n >= 0): a >> n, flooring. */
export function long_rshift(rt: Runtime, a: IntValue, n: number): PyLongObject {
  if (a === 0 || a === 0n) return PyLong_FromNumber(rt, 0);
  return long_rshift1(rt, a, Math.floor(n / 30), n % 30);
}

function long_rshift1(rt: Runtime, a: IntValue, wordshift: number, remshift: number): PyLongObject {
  if (isMedium(a)) return PyLong_FromIntValue(rt, int_rshift(a, wordshift === 0 ? remshift : 30));
  if (isNeg(a)) {
    // ~(~a >> n): both inversions through long_invert, the middle shift on a non-negative int
    const a1 = long_invert(rt, a);
    const a2 = long_rshift1(rt, a1.ob_ival, wordshift, remshift);
    Py_DECREF(a1);
    const z = long_invert(rt, a2.ob_ival);
    Py_DECREF(a2);
    return z;
  }
  const newsize = absSize(a) - wordshift;
  if (newsize <= 0) return PyLong_FromNumber(rt, 0);
  return maybeSmall(rt, newLong(rt, int_rshift(a, wordshift * 30 + remshift), newsize));
}

/**
 * long_bitwise (&, |, ^) with a multi-digit operand: a negative operand is first copied into
 * its two's complement (an int of its size, dropped at the end), and the result is sized by
 * the operator and the signs, with a digit more when it is negative.
 */
export function long_bitwise(rt: Runtime, a: IntValue, op: 'and' | 'or' | 'xor', b: IntValue): PyLongObject {
  const r = int_bitop(a, b, op);
  if (isMedium(a) && isMedium(b)) return PyLong_FromIntValue(rt, r);
  let sizeA = absSize(a);
  let sizeB = absSize(b);
  let negA = isNeg(a);
  let negB = isNeg(b);
  let tempA = negA ? newLong(rt, 0, sizeA) : null;
  let tempB = negB ? newLong(rt, 0, sizeB) : null;
  if (sizeA < sizeB) {
    [sizeA, sizeB] = [sizeB, sizeA];
    [negA, negB] = [negB, negA];
    [tempA, tempB] = [tempB, tempA];
  }
  const negZ = op === 'xor' ? negA !== negB : op === 'and' ? negA && negB : negA || negB;
  const sizeZ = op === 'xor' ? sizeA : op === 'and' ? (negB ? sizeA : sizeB) : negB ? sizeB : sizeA;
  const z = newLong(rt, r, sizeZ + (negZ ? 1 : 0));
  if (tempA !== null) Py_DECREF(tempA);
  if (tempB !== null) Py_DECREF(tempB);
  return maybeSmall(rt, z);
}

/** The highest power of two not above e (e >= 1, below 2**60): left-to-right exponentiation's first bit. */
function topBit(e: number): number {
  const bit = 2 ** Math.floor(Math.log2(e));
  // log2 of a double may round across a power of two
  return bit * 2 <= e ? bit * 2 : bit > e ? bit / 2 : bit;
}

/**
 * long_pow without a modulus, for an exponent b >= 0 below 2**60 (HUGE_EXP_CUTOFF): CPython's
 * left-to-right binary exponentiation, each product through _PyLong_Multiply and the previous
 * one dropped, as its MULT does. aObj is the base object (the first product's operand).
 */
export function long_pow(rt: Runtime, aObj: PyLongObject, b: IntValue): PyLongObject {
  const a = aObj.ob_ival;
  const e = typeof b === 'number' ? b : Number(b);
  if (e > 0 && a !== 0 && a !== 0n && a !== 1 && a !== -1 && bitsOf(a) * e > MAX_BITS) throw rt.memoryError();
  if (e <= 3) {
    // "aim for minimal overhead": a*a, then *a; a*1 for an exponent of one
    if (e === 0) return PyLong_FromNumber(rt, 1);
    if (e === 1) return long_mul(rt, a, 1);
    let z = long_mul(rt, a, a);
    if (e === 3) {
      const t = long_mul(rt, z.ob_ival, a);
      Py_DECREF(z);
      z = t;
    }
    return z;
  }
  if (typeof b !== 'number' || b >= 2 ** 60) {
    // DIVERGENCE: CPython's sliding-window form for exponents of 2**60 and more (only 0, 1
    // and -1 can get there without running out of memory) is not replayed; the result is made
    // directly.
    return PyLong_FromIntValue(rt, int_pow(a, b));
  }
  // z starts as the base itself; each bit below the top one squares, each set bit multiplies
  aObj.ob_refcnt++;
  let z: PyLongObject = aObj;
  for (let bit = topBit(e) / 2; bit >= 1; bit /= 2) {
    let t = long_mul(rt, z.ob_ival, z.ob_ival);
    Py_DECREF(z);
    z = t;
    if (Math.floor(e / bit) % 2 === 1) {
      t = long_mul(rt, z.ob_ival, a);
      Py_DECREF(z);
      z = t;
    }
  }
  return z;
}

/** l_divmod with its fast path (both operands one digit: fast_floor_div, then fast_mod). */
function divmodAny(rt: Runtime, a: PyLongObject, b: PyLongObject, wantDiv: boolean, wantMod: boolean): [PyLongObject | null, PyLongObject | null] {
  const x = a.ob_ival;
  const y = b.ob_ival;
  if (!divmodFast(x, y)) return l_divmod(rt, a, b, wantDiv, wantMod);
  return [wantDiv ? PyLong_FromIntValue(rt, int_floordiv(x, y)) : null, wantMod ? PyLong_FromIntValue(rt, int_mod(x, y)) : null];
}

/** long_invmod: the inverse of a modulo n (n > 0) by the extended Euclidean algorithm, or null. */
function long_invmod(rt: Runtime, a0: PyLongObject, n0: PyLongObject): PyLongObject | null {
  let b = PyLong_FromNumber(rt, 1);
  let c = PyLong_FromNumber(rt, 0);
  a0.ob_refcnt++;
  n0.ob_refcnt++;
  let a = a0;
  let n = n0;
  while (n.ob_ival !== 0 && n.ob_ival !== 0n) {
    const [q, r] = divmodAny(rt, a, n, true, true) as [PyLongObject, PyLongObject];
    Py_DECREF(a);
    a = n;
    n = r;
    const t = long_mul(rt, q.ob_ival, c.ob_ival);
    Py_DECREF(q);
    const s = long_sub(rt, b.ob_ival, t.ob_ival);
    Py_DECREF(t);
    Py_DECREF(b);
    b = c;
    c = s;
  }
  Py_DECREF(c);
  Py_DECREF(n);
  const one = a.ob_ival === 1;
  Py_DECREF(a);
  if (one) return b;
  Py_DECREF(b);
  return null;
}

/**
 * pow(a, b, c) on ints (long_pow with a modulus): c made positive (a negated copy), a negative
 * exponent through long_invmod, the base reduced when negative or longer than c, then the
 * products of left-to-right binary exponentiation, each reduced by l_mod (MULT and REDUCE).
 * Errors are PyErr ValueErrors raised by the caller's messages: 'zero' (c == 0) or 'invert'.
 */
export function long_pow_mod(rt: Runtime, aIn: PyLongObject, bIn: PyLongObject, cIn: PyLongObject): PyLongObject | 'zero' | 'invert' {
  if (cIn.ob_ival === 0 || cIn.ob_ival === 0n) return 'zero';
  aIn.ob_refcnt++;
  bIn.ob_refcnt++;
  cIn.ob_refcnt++;
  let a = aIn;
  let b = bIn;
  let c = cIn;
  let z: PyLongObject | null = null;
  const release = (): void => {
    Py_DECREF(a);
    Py_DECREF(b);
    Py_DECREF(c);
  };
  const negativeOutput = isNeg(c.ob_ival);
  if (negativeOutput) {
    const t = PyLong_FromIntValue(rt, c.ob_ival); // _PyLong_Copy
    Py_DECREF(c);
    c = negateResult(rt, t);
  }
  if (c.ob_ival === 1) {
    release();
    return PyLong_FromNumber(rt, 0);
  }
  if (isNeg(b.ob_ival)) {
    const t = PyLong_FromIntValue(rt, b.ob_ival);
    Py_DECREF(b);
    b = negateResult(rt, t);
    const inv = long_invmod(rt, a, c);
    if (inv === null) {
      release();
      return 'invert';
    }
    Py_DECREF(a);
    a = inv;
  }
  if (isNeg(a.ob_ival) || absSize(a.ob_ival) > absSize(c.ob_ival)) {
    const m = l_mod(rt, a, c);
    Py_DECREF(a);
    a = m;
  }
  z = PyLong_FromNumber(rt, 1);
  /** MULT(x, y, z) then REDUCE(z): the product replaces z, then its remainder does */
  const mult = (x: PyLongObject, y: PyLongObject): void => {
    const t = long_mul(rt, x.ob_ival, y.ob_ival);
    Py_DECREF(z as PyLongObject);
    const m = l_mod(rt, t, c);
    Py_DECREF(t);
    z = m;
  };
  const e = b.ob_ival;
  if (typeof e !== 'number' || e >= 2 ** 60) {
    // DIVERGENCE: the sliding-window form for exponents of 2**60 and more is not replayed;
    // the result is made directly
    const r = typeof e === 'number' ? BigInt(e) : e;
    let acc = 1n;
    let base = big(a.ob_ival);
    const mod = big(c.ob_ival);
    for (let k = r; k > 0n; k >>= 1n) {
      if (k & 1n) acc = (acc * base) % mod;
      base = (base * base) % mod;
    }
    Py_DECREF(z);
    z = PyLong_FromIntValue(rt, normal(acc));
  } else if (e <= 3) {
    if (e >= 2) {
      mult(a, a);
      if (e === 3) mult(z, a);
    } else if (e === 1) {
      mult(a, z);
    }
  } else {
    a.ob_refcnt++;
    Py_DECREF(z);
    z = a;
    for (let bit = topBit(e) / 2; bit >= 1; bit /= 2) {
      mult(z, z);
      if (Math.floor(e / bit) % 2 === 1) mult(z, a);
    }
  }
  let out = z as PyLongObject;
  if (negativeOutput && out.ob_ival !== 0 && out.ob_ival !== 0n) {
    const t = long_sub(rt, out.ob_ival, c.ob_ival);
    Py_DECREF(out);
    out = t;
  }
  release();
  return out;
}
