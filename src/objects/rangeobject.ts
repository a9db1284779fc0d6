// range, range_iterator and longrange_iterator: CPython 3.11's Objects/rangeobject.c.
//
// A range owns four ints, as CPython's rangeobject does: start, stop, step and length (the
// length is computed once, by compute_range_length, before the range itself is allocated).
// Ranges whose start, stop and step are JS safe integers (and whose span is one too) also keep
// JS-number copies of start, step and length for the hot paths; any other range works on the
// int objects' exact values.
//
// Iterators, as in CPython (range_iter, range_reverse):
// - range_iterator when start, stop and step fit a C long and the length does too. Its state is
//   JS numbers (r_start, r_step, r_len, it_index on PyIterObject) when they are safe integers;
//   otherwise (values between 2**53 and 2**63) the same type runs on bigints (PyWideRangeIter).
// - longrange_iterator otherwise: index, start, step and len are int objects, and each next()
//   computes start + index*step with int arithmetic (longrangeiter_next).
//
// Start reading at installRangeTypes.

import { DEAD_ITEMS, PyObject, type PyTypeObject, Py_DECREF, Py_NewRef, Py_XDECREF, Py_EQ, Py_NE } from './object.js';
import type { Runtime } from './runtime.js';
import type { BuiltinTypes } from './typeobject.js';
import { PyErr } from './pyerr.js';
import { PyNumber_Binary, PyNumber_Unary, PyObject_RichCompareBool, reprOf, PyObject_GetIter, PyIter_Next } from './abstract.js';
import { PyLong_FromBigInt, PyLong_FromIntValue, PyLong_FromNumber, type PyLongObject, type IntValue } from './longobject.js';
import type { PySliceObject } from './seqtypes.js';
import { type PyIterObject, newIter } from './iterobjects.js';
import { checkArgs } from './descrobject.js';

const LONG_MAX = 2n ** 63n - 1n;
const LONG_MIN = -(2n ** 63n);

export class PyRangeObject extends PyObject {
  declare r_start: PyObject | null;
  declare r_stop: PyObject | null;
  declare r_step: PyObject | null;
  declare r_length: PyObject | null;
  /** start, stop, step and stop - start are safe integers: the number fields below are exact */
  declare small: boolean;
  declare start: number;
  declare step: number;
  /** the length (rounded to a double when it exceeds 2**53) */
  declare len: number;

  /** code: the address code (Runtime.allocObjectCode), when given; addr is then unused */
  constructor(type: PyTypeObject, addr: number, refcnt = 1, code?: number) {
    super(type, addr, refcnt, code);
    this.r_start = null;
    this.r_stop = null;
    this.r_step = null;
    this.r_length = null;
    this.small = true;
    this.start = 0;
    this.step = 1;
    this.len = 0;
  }
}

/**
 * A range_iterator whose values lie beyond 2**53 (still within a C long). It carries
 * PyIterObject's fields (the type's shared slots read them) and extends PyObject, not
 * PyIterObject: this module is loaded while iterobjects.ts is still being evaluated.
 */
export class PyWideRangeIter extends PyObject {
  declare it_seq: PyObject | null;
  declare it_index: number;
  declare it_extra: PyObject[];
  declare r_start: number;
  declare r_step: number;
  declare r_len: number;
  declare it_result: PyObject | null;
  declare w_start: bigint;
  declare w_step: bigint;
  declare w_len: bigint;
  declare w_index: bigint;

  constructor(type: PyTypeObject, addr: number, start: bigint, step: bigint, len: bigint) {
    super(type, addr);
    this.it_seq = null;
    this.it_index = 0;
    this.it_extra = DEAD_ITEMS;
    this.it_result = null;
    // the number fields say "exhausted, and not a plain range iterator" (r_step is never 0)
    this.r_start = 0;
    this.r_len = 0;
    this.r_step = 0;
    this.w_start = start;
    this.w_step = step;
    this.w_len = len;
    this.w_index = 0n;
  }
}

/** longrangeiterobject: every field an owned int. */
export class PyLongRangeIterObject extends PyObject {
  declare index: PyObject | null;
  declare lstart: PyObject | null;
  declare lstep: PyObject | null;
  declare llen: PyObject | null;

  constructor(type: PyTypeObject, addr: number, refcnt = 1) {
    super(type, addr, refcnt);
    this.index = null;
    this.lstart = null;
    this.lstep = null;
    this.llen = null;
  }
}

const ival = (o: PyObject): IntValue => (o as PyLongObject).ob_ival;
const big = (v: IntValue): bigint => (typeof v === 'number' ? BigInt(v) : v);
const fitsLong = (v: bigint): boolean => v >= LONG_MIN && v <= LONG_MAX;
const isSafe = (v: bigint): boolean => v >= -9007199254740991n && v <= 9007199254740991n;

/** get_len_of_range, on exact integers. */
function lenOfRange(lo: bigint, hi: bigint, step: bigint): bigint {
  if (step > 0n && lo < hi) return 1n + (hi - 1n - lo) / step;
  if (step < 0n && lo > hi) return 1n + (lo - 1n - hi) / -step;
  return 0n;
}

export function installRangeTypes(rt: Runtime, T: BuiltinTypes): void {
  const R = T.range;
  const add = (a: PyObject, b: PyObject): PyObject => PyNumber_Binary(a, b, 'nb_add');
  const sub = (a: PyObject, b: PyObject): PyObject => PyNumber_Binary(a, b, 'nb_subtract');
  const mul = (a: PyObject, b: PyObject): PyObject => PyNumber_Binary(a, b, 'nb_multiply');
  const isIntOrBool = (o: PyObject): boolean => o.ob_type === T.int || o.ob_type === T.bool;

  /** PyNumber_Index: a new reference to an exact int. */
  const numberIndex = (o: PyObject): PyObject => {
    if (o.ob_type === T.int) return Py_NewRef(o);
    if ((o.ob_type.tp_flags & (1 << 24)) !== 0) return PyLong_FromIntValue(rt, ival(o));
    const f = o.ob_type.nb_index;
    if (f === null) throw PyErr.format(rt, T.TypeError, `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
    const r = f(o);
    if (r.ob_type === T.int) return r;
    const v = PyLong_FromIntValue(rt, ival(r));
    Py_DECREF(r);
    return v;
  };

  /**
   * compute_range_length: when start, stop and step fit a C long, one int from the length
   * (compute_range_length_long); otherwise int arithmetic with its temporaries, in CPython's order.
   */
  const computeRangeLength = (start: PyObject, stop: PyObject, step: PyObject): PyObject => {
    const na = ival(start);
    const nb = ival(stop);
    const ns = ival(step);
    if (typeof na === 'number' && typeof nb === 'number' && typeof ns === 'number' && Number.isSafeInteger(nb - na)) {
      // the common case in JS numbers: get_len_of_range, exact while the span is a safe integer
      let n = 0;
      if (ns > 0 && na < nb) n = Math.floor((nb - 1 - na) / ns) + 1;
      else if (ns < 0 && na > nb) n = Math.floor((na - 1 - nb) / -ns) + 1;
      return PyLong_FromNumber(rt, n);
    }
    const a = big(ival(start));
    const b = big(ival(stop));
    const s = big(ival(step));
    if (fitsLong(a) && fitsLong(b) && fitsLong(s)) {
      const n = lenOfRange(a, b, s);
      if (n <= LONG_MAX) return PyLong_FromBigInt(rt, n);
    }
    let lo: PyObject;
    let hi: PyObject;
    let st: PyObject;
    if (s > 0n) {
      lo = start;
      hi = stop;
      st = Py_NewRef(step);
    } else {
      lo = stop;
      hi = start;
      st = PyNumber_Unary(step, 'nb_negative');
    }
    try {
      if (big(ival(lo)) >= big(ival(hi))) return PyLong_FromBigInt(rt, 0n);
      const tmp1 = sub(hi, lo);
      const diff = sub(tmp1, rt.smallInts[6] as PyObject);
      const tmp2 = PyNumber_Binary(diff, st, 'nb_floor_divide');
      const result = add(tmp2, rt.smallInts[6] as PyObject);
      Py_DECREF(tmp2);
      Py_DECREF(diff);
      Py_DECREF(tmp1);
      return result;
    } finally {
      Py_DECREF(st);
    }
  };

  /** make_range_object: STEALS start, stop and step. */
  const makeRange = (type: PyTypeObject, start: PyObject, stop: PyObject, step: PyObject): PyRangeObject => {
    let length: PyObject;
    try {
      length = computeRangeLength(start, stop, step);
    } catch (e) {
      Py_DECREF(start);
      Py_DECREF(stop);
      Py_DECREF(step);
      throw e;
    }
    const o = new PyRangeObject(type, 0, 1, rt.allocObjectCode(type, 0));
    o.r_start = start;
    o.r_stop = stop;
    o.r_step = step;
    o.r_length = length;
    const a = ival(start);
    const b = ival(stop);
    const s = ival(step);
    const n = ival(length);
    o.small = typeof a === 'number' && typeof b === 'number' && typeof s === 'number' && Number.isSafeInteger(b - a);
    o.start = Number(a);
    o.step = Number(s);
    o.len = Number(n);
    return o;
  };

  R.tp_alloc = (type, n) => new PyRangeObject(type, rt.allocObject(type, n));
  // range_new / range_vectorcall
  R.tp_new = (type, args, kw) => {
    if (kw !== null && kw.length > 0) throw PyErr.format(rt, T.TypeError, 'range() takes no keyword arguments');
    const n = args.length;
    if (n === 0) throw PyErr.format(rt, T.TypeError, 'range expected at least 1 argument, got 0');
    if (n > 3) throw PyErr.format(rt, T.TypeError, `range expected at most 3 arguments, got ${n}`);
    if (n === 1) {
      const stop = numberIndex(args[0] as PyObject);
      return makeRange(type, Py_NewRef(rt.smallInts[5] as PyObject), stop, Py_NewRef(rt.smallInts[6] as PyObject));
    }
    const start = numberIndex(args[0] as PyObject);
    let stop: PyObject;
    try {
      stop = numberIndex(args[1] as PyObject);
    } catch (e) {
      Py_DECREF(start);
      throw e;
    }
    let step: PyObject;
    try {
      // validate_step
      step = n === 3 ? numberIndex(args[2] as PyObject) : Py_NewRef(rt.smallInts[6] as PyObject);
      if (ival(step) === 0) {
        Py_DECREF(step);
        throw PyErr.format(rt, T.ValueError, 'range() arg 3 must not be zero');
      }
    } catch (e) {
      Py_DECREF(start);
      Py_DECREF(stop);
      throw e;
    }
    return makeRange(type, start, stop, step);
  };
  // range_dealloc: the four ints released in order, then the block freed
  R.tp_dealloc = (op) => {
    const o = op as PyRangeObject;
    const start = o.r_start;
    const stop = o.r_stop;
    const step = o.r_step;
    const length = o.r_length;
    o.r_start = o.r_stop = o.r_step = o.r_length = null;
    Py_XDECREF(start);
    Py_XDECREF(stop);
    Py_XDECREF(step);
    Py_XDECREF(length);
    rt.PyObject_Free(o);
  };
  R.tp_repr = (op) => {
    const o = op as PyRangeObject;
    const st = ival(o.r_step as PyObject);
    const head = `range(${reprOf(o.r_start as PyObject)}, ${reprOf(o.r_stop as PyObject)}`;
    return rt.newStr(st === 1 ? `${head})` : `${head}, ${reprOf(o.r_step as PyObject)})`);
  };
  // range_length: PyLong_AsSsize_t of the length
  // SIMPLIFICATION: a length between 2**53 and 2**63 is rounded to a double (lengths are JS numbers).
  R.mp_length = (op) => {
    const o = op as PyRangeObject;
    if (o.small) return o.len;
    const n = ival(o.r_length as PyObject);
    if (typeof n !== 'number' && n > LONG_MAX) throw PyErr.format(rt, T.OverflowError, 'Python int too large to convert to C ssize_t');
    return Number(n);
  };
  R.nb_bool = (op) => ival((op as PyRangeObject).r_length as PyObject) !== 0;

  /** compute_item: start + i*step, through int arithmetic (its temporary included). */
  const computeItem = (o: PyRangeObject, i: PyObject): PyObject => {
    const incr = mul(i, o.r_step as PyObject);
    try {
      return add(o.r_start as PyObject, incr);
    } finally {
      Py_DECREF(incr);
    }
  };
  /** compute_range_item: a negative index counts from the end; IndexError outside. */
  const computeRangeItem = (o: PyRangeObject, arg: PyObject): PyObject => {
    const i = big(ival(arg)) < 0n ? add(o.r_length as PyObject, arg) : Py_NewRef(arg);
    try {
      const v = big(ival(i));
      if (v < 0n || v >= big(ival(o.r_length as PyObject))) throw PyErr.format(rt, T.IndexError, 'range object index out of range');
      return computeItem(o, i);
    } finally {
      Py_DECREF(i);
    }
  };
  /**
   * compute_slice: the slice's indices (_PySlice_GetLongIndices: step, start, stop) mapped
   * through the range; each index is released once its item is computed, as in CPython.
   */
  const computeSlice = (o: PyRangeObject, slice: PySliceObject): PyObject => {
    const [startV, stopV, stepV] = sliceLongIndices(rt, slice, big(ival(o.r_length as PyObject)));
    const step = PyLong_FromBigInt(rt, stepV);
    const start = PyLong_FromBigInt(rt, startV);
    const stop = PyLong_FromBigInt(rt, stopV);
    let substep: PyObject | null = null;
    let substart: PyObject | null = null;
    try {
      substep = mul(o.r_step as PyObject, step);
      substart = computeItem(o, start);
      const substop = computeItem(o, stop);
      const r = makeRange(o.ob_type, substart, substop, substep);
      substart = substep = null;
      return r;
    } finally {
      Py_DECREF(step);
      Py_DECREF(start);
      Py_DECREF(stop);
      Py_XDECREF(substep);
      Py_XDECREF(substart);
    }
  };
  R.mp_subscript = (op, key) => {
    const o = op as PyRangeObject;
    if (key.ob_type.nb_index !== null) {
      const i = numberIndex(key);
      try {
        return computeRangeItem(o, i);
      } finally {
        Py_DECREF(i);
      }
    }
    if (key.ob_type === T.slice) return computeSlice(o, key as PySliceObject);
    throw PyErr.format(rt, T.TypeError, `range indices must be integers or slices, not ${key.ob_type.tp_name}`);
  };

  /** range_contains_long: the value lies between the ends and on the stride. */
  const containsLong = (o: PyRangeObject, v: PyObject): boolean => {
    const x = big(ival(v));
    const start = big(ival(o.r_start as PyObject));
    const stop = big(ival(o.r_stop as PyObject));
    const step = big(ival(o.r_step as PyObject));
    if (step > 0n ? !(start <= x && x < stop) : !(x <= start && stop < x)) return false;
    return (x - start) % step === 0n;
  };
  R.sq_contains = (op, v) => {
    if (isIntOrBool(v)) return containsLong(op as PyRangeObject, v);
    return rt.containsByIteration(op, v);
  };

  // range_equals: the same sequence of values
  R.tp_richcompare = (a, b, op) => {
    if (b.ob_type !== T.range || (op !== Py_EQ && op !== Py_NE)) return Py_NewRef(rt.NotImplemented);
    const x = a as PyRangeObject;
    const y = b as PyRangeObject;
    let eq: boolean;
    if (x === y) eq = true;
    else {
      const n = ival(x.r_length as PyObject);
      eq = n === ival(y.r_length as PyObject) && (n === 0 || (ival(x.r_start as PyObject) === ival(y.r_start as PyObject) && (n === 1 || ival(x.r_step as PyObject) === ival(y.r_step as PyObject))));
    }
    return rt.newBool(op === Py_EQ ? eq : !eq);
  };
  // range_hash: hash((len, start, step)), with None for what does not matter
  R.tp_hash = (op) => {
    const o = op as PyRangeObject;
    const n = ival(o.r_length as PyObject);
    const t = rt.newTuple([
      Py_NewRef(o.r_length as PyObject),
      Py_NewRef(n === 0 ? rt.None : (o.r_start as PyObject)),
      Py_NewRef(n === 0 || n === 1 ? rt.None : (o.r_step as PyObject)),
    ]);
    try {
      return (T.tuple.tp_hash as (o: PyObject) => number)(t);
    } finally {
      Py_DECREF(t);
    }
  };
  R.tp_getset = [
    { name: 'start', get: (o) => Py_NewRef((o as PyRangeObject).r_start as PyObject) },
    { name: 'stop', get: (o) => Py_NewRef((o as PyRangeObject).r_stop as PyObject) },
    { name: 'step', get: (o) => Py_NewRef((o as PyRangeObject).r_step as PyObject) },
  ];

  // ---- iterators -------------------------------------------------------------------------------

  /**
   * fast_range_iter: a range_iterator over start, start+step, ... (len values), or null when the
   * length does not fit a C long (the caller falls back to a longrange_iterator).
   */
  const fastRangeIter = (start: bigint, stop: bigint, step: bigint): PyObject | null => {
    const len = lenOfRange(start, stop, step);
    if (len > LONG_MAX) return null;
    const type = T.range_iterator;
    if (isSafe(start) && isSafe(stop) && isSafe(step) && isSafe(stop - start) && isSafe(len)) {
      const it = newIter(rt, type, null);
      it.r_start = Number(start);
      it.r_step = Number(step);
      it.r_len = Number(len);
      return it;
    }
    return new PyWideRangeIter(type, rt.allocObject(type, 0), start, step, len);
  };
  const newLongRangeIter = (): PyLongRangeIterObject => {
    const type = T.longrange_iterator;
    return new PyLongRangeIterObject(type, rt.allocObject(type, 0));
  };

  // range_iter
  R.tp_iter = (op) => {
    const o = op as PyRangeObject;
    if (o.small) {
      const it = newIter(rt, T.range_iterator, null);
      it.r_start = o.start;
      it.r_step = o.step;
      it.r_len = o.len;
      return it;
    }
    const start = big(ival(o.r_start as PyObject));
    const stop = big(ival(o.r_stop as PyObject));
    const step = big(ival(o.r_step as PyObject));
    if (fitsLong(start) && fitsLong(stop) && fitsLong(step)) {
      const it = fastRangeIter(start, stop, step);
      if (it !== null) return it;
    }
    const it = newLongRangeIter();
    it.lstart = Py_NewRef(o.r_start as PyObject);
    it.lstep = Py_NewRef(o.r_step as PyObject);
    it.llen = Py_NewRef(o.r_length as PyObject);
    it.index = Py_NewRef(rt.smallInts[5] as PyObject);
    return it;
  };
  // range_reverse: range(start + (n-1)*step, start - step, -step)
  const rangeReverse = (op: PyObject): PyObject => {
    const o = op as PyRangeObject;
    const start = big(ival(o.r_start as PyObject));
    const stop = big(ival(o.r_stop as PyObject));
    const step = big(ival(o.r_step as PyObject));
    if (fitsLong(start) && fitsLong(stop) && fitsLong(step) && step !== LONG_MIN && fitsLong(start - step)) {
      const ulen = lenOfRange(start, stop, step);
      if (ulen <= LONG_MAX) {
        const newStop = start - step;
        // C's unsigned arithmetic wraps into a long; the values themselves always fit
        const newStart = BigInt.asIntN(64, newStop + ulen * step);
        const it = fastRangeIter(newStart, newStop, -step);
        if (it !== null) return it;
      }
    }
    const it = newLongRangeIter();
    try {
      it.llen = Py_NewRef(o.r_length as PyObject);
      const diff = sub(it.llen, rt.smallInts[6] as PyObject);
      let product: PyObject;
      try {
        product = mul(diff, o.r_step as PyObject);
      } finally {
        Py_DECREF(diff);
      }
      try {
        it.lstart = add(o.r_start as PyObject, product);
      } finally {
        Py_DECREF(product);
      }
      it.lstep = PyNumber_Unary(o.r_step as PyObject, 'nb_negative');
      it.index = Py_NewRef(rt.smallInts[5] as PyObject);
      return it;
    } catch (e) {
      Py_DECREF(it);
      throw e;
    }
  };
  /**
   * _PySequence_IterSearch: with `index`, the position of the first item equal to v (-1 when
   * none); else how many items equal v.
   */
  const iterSearch = (seq: PyObject, v: PyObject, index: boolean): number => {
    const it = PyObject_GetIter(seq);
    let n = 0;
    let i = 0;
    try {
      for (;;) {
        const x = PyIter_Next(it);
        if (x === null) return index ? -1 : n;
        let eq: boolean;
        try {
          eq = PyObject_RichCompareBool(x, v, Py_EQ);
        } finally {
          Py_DECREF(x);
        }
        if (eq) {
          if (index) return i;
          n++;
        }
        i++;
      }
    } finally {
      Py_DECREF(it);
    }
  };
  R.tp_methods = [
    { name: '__reversed__', fn: (op) => rangeReverse(op) },
    { name: '__reduce__', fn: (op) => {
      const o = op as PyRangeObject;
      const args = rt.newTuple([Py_NewRef(o.r_start as PyObject), Py_NewRef(o.r_stop as PyObject), Py_NewRef(o.r_step as PyObject)]);
      return rt.newTuple([Py_NewRef(o.ob_type), args]);
    } },
    // range_count
    { name: 'count', fn: (op, args) => {
      checkArgs(rt, 'count', args, null, 1, 1);
      const v = args[0] as PyObject;
      if (isIntOrBool(v)) return rt.newInt(containsLong(op as PyRangeObject, v) ? 1 : 0);
      return rt.newInt(iterSearch(op, v, false));
    } },
    // range_index
    { name: 'index', fn: (op, args) => {
      checkArgs(rt, 'index', args, null, 1, 1);
      const o = op as PyRangeObject;
      const v = args[0] as PyObject;
      if (!isIntOrBool(v)) {
        const i = iterSearch(op, v, true);
        if (i < 0) throw PyErr.format(rt, T.ValueError, 'sequence.index(x): x not in sequence');
        return rt.newInt(i);
      }
      if (!containsLong(o, v)) throw PyErr.format(rt, T.ValueError, `${reprOf(v)} is not in range`);
      const tmp = sub(v, o.r_start as PyObject);
      try {
        return PyNumber_Binary(tmp, o.r_step as PyObject, 'nb_floor_divide');
      } finally {
        Py_DECREF(tmp);
      }
    } },
  ];

  // rangeiter_next, and the wide form of the same type
  const RI = T.range_iterator;
  RI.tp_iternext = (op) => {
    const it = op as PyIterObject;
    const i = it.it_index;
    if (i < it.r_len) {
      it.it_index = i + 1;
      return rt.newInt(it.r_start + i * it.r_step);
    }
    if (it.r_step !== 0) return null;
    const w = it as unknown as PyWideRangeIter;
    if (w.w_index >= w.w_len) return null;
    const v = w.w_start + w.w_index * w.w_step;
    w.w_index++;
    return PyLong_FromBigInt(rt, v);
  };
  RI.tp_methods = [{ name: '__length_hint__', fn: (op) => {
    const it = op as PyIterObject;
    if (it.r_step !== 0) return rt.newInt(it.r_len - it.it_index);
    const w = it as unknown as PyWideRangeIter;
    return PyLong_FromBigInt(rt, w.w_len - w.w_index);
  } }];

  const LRI = T.longrange_iterator;
  LRI.tp_iter = (o) => Py_NewRef(o);
  LRI.tp_dealloc = (op) => {
    const o = op as PyLongRangeIterObject;
    const refs = [o.index, o.lstart, o.lstep, o.llen];
    o.index = o.lstart = o.lstep = o.llen = null;
    for (const r of refs) Py_XDECREF(r);
    rt.PyObject_Free(o);
  };
  // longrangeiter_next: the new index first, then start + index*step
  LRI.tp_iternext = (op) => {
    const it = op as PyLongRangeIterObject;
    if (!(big(ival(it.index as PyObject)) < big(ival(it.llen as PyObject)))) return null;
    const newIndex = add(it.index as PyObject, rt.smallInts[6] as PyObject);
    let result: PyObject;
    try {
      const product = mul(it.index as PyObject, it.lstep as PyObject);
      try {
        result = add(it.lstart as PyObject, product);
      } finally {
        Py_DECREF(product);
      }
    } catch (e) {
      Py_DECREF(newIndex);
      throw e;
    }
    const old = it.index as PyObject;
    it.index = newIndex;
    Py_DECREF(old);
    return result;
  };
  LRI.tp_methods = [{ name: '__length_hint__', fn: (op) => {
    const it = op as PyLongRangeIterObject;
    return sub(it.llen as PyObject, it.index as PyObject);
  } }];
}

/**
 * _PySlice_GetLongIndices: a slice's start, stop and step for a sequence of `length` items,
 * clamped as slice.indices() does, on exact integers.
 */
function sliceLongIndices(rt: Runtime, s: PySliceObject, length: bigint): [bigint, bigint, bigint] {
  const T = rt.types;
  const None = rt.None;
  const asIndex = (o: PyObject): bigint => {
    if (o.ob_type.nb_index === null) throw PyErr.format(rt, T.TypeError, 'slice indices must be integers or None or have an __index__ method');
    if ((o.ob_type.tp_flags & (1 << 24)) !== 0) return big(ival(o));
    const r = (o.ob_type.nb_index as (o: PyObject) => PyObject)(o);
    const v = big(ival(r));
    Py_DECREF(r);
    return v;
  };
  let step = 1n;
  if (s.step !== null && s.step !== None) {
    step = asIndex(s.step);
    if (step === 0n) throw PyErr.format(rt, T.ValueError, 'slice step cannot be zero');
  }
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? length - 1n : length;
  const conv = (o: PyObject | null, dflt: bigint): bigint => {
    if (o === null || o === None) return dflt;
    let v = asIndex(o);
    if (v < 0n) {
      v += length;
      if (v < lower) v = lower;
    } else if (v > upper) v = upper;
    return v;
  };
  const start = conv(s.start, neg ? upper : lower);
  const stop = conv(s.stop, neg ? lower : upper);
  return [start, stop, step];
}
