// Iterators: CPython 3.11's Objects/iterobject.c (seqiter), listobject.c (list_iterator,
// list_reverseiterator), tupleobject.c (tuple_iterator), unicodeobject.c (str iterator),
// and Python/bltinmodule.c (enumerate, zip, map, filter,
// reversed). Start at installIterTypes. Each iterator owns a reference to what it walks and
// drops it when exhausted, as CPython does.

import { DEAD_ITEMS, PyObject, type PyTypeObject, Py_DECREF, Py_NewRef, Py_XDECREF, Py_INCREF, type visitproc } from './object.js';
import type { Runtime } from './runtime.js';
import type { BuiltinTypes } from './typeobject.js';
import { PyErr } from './pyerr.js';
import { _PyObject_GC_IS_TRACKED, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK } from '../gc/gclist.js';
import type { PyListObject } from './listobject.js';
import type { PyUnicodeObject } from './unicodeobject.js';
import { PyObject_GetIter, PyIter_Next, PyObject_Call, PyObject_IsTrue, PyObject_GetItem } from './abstract.js';
import type { PyLongObject } from './longobject.js';
import type { PySetObject } from './setobject.js';
import { PyTuple_New, type PyTupleObject } from './tupleobject.js';
import { PyType_GenericAlloc } from './typeobject.js';
import { checkArgs } from './descrobject.js';


/** One class for every simple iterator: it_seq is what is walked, it_index the position. */
export class PyIterObject extends PyObject {
  declare it_seq: PyObject | null;
  declare it_index: number;
  /** extra owned objects (zip's and map's iterators, map's function) */
  declare it_extra: PyObject[];
  /** range iterators: start, step, remaining length */
  declare r_start: number;
  declare r_step: number;
  declare r_len: number;
  /** enumerate / zip: the result tuple reused while nothing else holds it (en_result) */
  declare it_result: PyTupleObject | null;

  /** code: the address code (Runtime.allocObjectCode), when given; addr is then unused */
  constructor(type: PyTypeObject, addr: number, refcnt = 1, code?: number) {
    super(type, addr, refcnt, code);
    this.it_result = null;
    this.it_seq = null;
    this.it_index = 0;
    // no array of its own until zip/map/filter give it one (a JS allocation fewer per iterator)
    this.it_extra = DEAD_ITEMS;
    this.r_start = 0;
    this.r_step = 1;
    this.r_len = 0;
  }
}

export function newIter(rt: Runtime, type: PyTypeObject, seq: PyObject | null): PyIterObject {
  // the address as its code: a small integer (an address travels in a heap-number box)
  const o = new PyIterObject(type, 0, 1, rt.allocObjectCode(type, 0));
  if (seq !== null) Py_INCREF(seq);
  o.it_seq = seq;
  if (type.tp_flags & (1 << 14)) _PyObject_GC_TRACK(rt.gc, o);
  return o;
}

export function PySeqIter_New(rt: Runtime, seq: PyObject): PyObject {
  return newIter(rt, rt.types.iterator, seq);
}

function iter_dealloc(op: PyObject): void {
  const o = op as PyIterObject;
  if (_PyObject_GC_IS_TRACKED(o)) _PyObject_GC_UNTRACK(o);
  const seq = o.it_seq;
  const extra = o.it_extra;
  const res = o.it_result;
  o.it_seq = null;
  o.it_extra = DEAD_ITEMS;
  o.it_result = null;
  const type = o.ob_type;
  type.rt.PyObject_Free(o);
  Py_XDECREF(seq);
  Py_XDECREF(res);
  for (let i = 0; i < extra.length; i++) Py_DECREF(extra[i] as PyObject);
  // a heap subtype's class is released by subtype_dealloc, which called this
}

function iter_traverse(op: PyObject, visit: visitproc, arg: unknown): number {
  const o = op as PyIterObject;
  if (o.it_seq !== null) {
    const r = visit(o.it_seq, arg);
    if (r !== 0) return r;
  }
  for (const e of o.it_extra) {
    const r = visit(e, arg);
    if (r !== 0) return r;
  }
  if (o.it_result !== null) return visit(o.it_result, arg);
  return 0;
}

/** Reuses the iterator's result tuple when only the iterator holds it (enum_next, zip_next). */
function reuseResult(rt: Runtime, it: PyIterObject, items: PyObject[]): PyObject {
  const res = it.it_result;
  if (res !== null && res.ob_refcnt === 1) {
    res.ob_refcnt++;
    const old = res.ob_item;
    res.ob_item = items;
    for (const x of old) Py_DECREF(x);
    if (!_PyObject_GC_IS_TRACKED(res)) _PyObject_GC_TRACK(rt.gc, res);
    return res;
  }
  return rt.newTuple(items);
}

/** Drops the walked object when exhausted (it_seq = NULL). */
function exhaust(o: PyIterObject): null {
  const s = o.it_seq;
  o.it_seq = null;
  Py_XDECREF(s);
  return null;
}

function intv(o: PyObject): number {
  return Number((o as PyLongObject).ob_ival);
}

export function installIterTypes(rt: Runtime, T: BuiltinTypes): void {
  const self = (o: PyObject): PyObject => Py_NewRef(o);
  const common = (t: PyTypeObject): void => {
    t.tp_alloc = (type, n) => new PyIterObject(type, rt.allocObject(type, n));
    t.tp_dealloc = iter_dealloc;
    t.tp_traverse = iter_traverse;
    t.tp_iter = self;
  };
  for (const t of [T.set_iterator, T.list_iterator, T.tuple_iterator, T.list_reverseiterator, T.str_iterator, T.iterator, T.range_iterator, T.enumerate, T.zip, T.map, T.filter, T.reversed]) common(t);
  const seqNext = (o: PyObject): PyObject | null => {
    const it = o as PyIterObject;
    const seq = it.it_seq;
    if (seq === null) return null;
    const items = (seq as PyListObject).ob_item;
    if (it.it_index < items.length) return Py_NewRef(items[it.it_index++] as PyObject);
    return exhaust(it);
  };
  T.list_iterator.tp_iternext = seqNext;
  T.set_iterator.tp_iternext = (o) => {
    const it = o as PyIterObject;
    const seq = it.it_seq as PySetObject | null;
    if (seq === null) return null;
    if (seq.used !== it.r_len) {
      it.r_len = -1;
      throw PyErr.format(rt, T.RuntimeError, 'Set changed size during iteration');
    }
    while (it.it_index < seq.keys.length) {
      const k = seq.keys[it.it_index++];
      if (k !== null && k !== undefined) return Py_NewRef(k);
    }
    return exhaust(it);
  };
  T.tuple_iterator.tp_iternext = seqNext;
  const lengthHint = (o: PyObject): PyObject => {
    const it = o as PyIterObject;
    const seq = it.it_seq;
    if (seq === null) return rt.newInt(0);
    return rt.newInt(Math.max(0, (seq as PyListObject).ob_item.length - it.it_index));
  };
  T.list_iterator.tp_methods = [{ name: '__length_hint__', fn: lengthHint }];
  T.tuple_iterator.tp_methods = [{ name: '__length_hint__', fn: lengthHint }];
  T.list_reverseiterator.tp_iternext = (o) => {
    const it = o as PyIterObject;
    const seq = it.it_seq;
    if (seq === null) return null;
    const items = (seq as PyListObject).ob_item;
    const i = items.length - 1 - it.it_index;
    if (i >= 0) {
      it.it_index++;
      return Py_NewRef(items[i] as PyObject);
    }
    return exhaust(it);
  };
  T.str_iterator.tp_iternext = (o) => {
    const it = o as PyIterObject;
    const seq = it.it_seq as PyUnicodeObject | null;
    if (seq === null) return null;
    const s = seq.ob_sval;
    if (it.it_index < s.length) {
      const cp = s.codePointAt(it.it_index) as number;
      const ch = String.fromCodePoint(cp);
      it.it_index += ch.length;
      return rt.newStr(ch);
    }
    return exhaust(it);
  };
  // the sequence iterator (__getitem__ protocol)
  T.iterator.tp_iternext = (o) => {
    const it = o as PyIterObject;
    const seq = it.it_seq;
    if (seq === null) return null;
    const idx = rt.newInt(it.it_index);
    try {
      const v = PyObject_GetItem(seq, idx);
      it.it_index++;
      return v;
    } catch (e) {
      if (e instanceof PyErr && (e.matches(T.IndexError) || e.matches(T.StopIteration))) {
        e.release();
        return exhaust(it);
      }
      throw e;
    } finally {
      Py_DECREF(idx);
    }
  };
  // enumerate(iterable, start=0)
  T.enumerate.tp_new = (type, args, kw) => {
    const npos = args.length - (kw?.length ?? 0);
    let start = 0;
    if (npos >= 2) start = intv(args[1] as PyObject);
    if (kw !== null && kw.length > 0) {
      if (kw[0] !== 'start') throw PyErr.format(rt, T.TypeError, `'${kw[0] as string}' is an invalid keyword argument for enumerate()`);
      start = intv(args[npos] as PyObject);
    }
    if (npos < 1) throw PyErr.format(rt, T.TypeError, "enumerate() missing required argument 'iterable' (pos 1)");
    const src = PyObject_GetIter(args[0] as PyObject);
    const o = PyType_GenericAlloc(type, 0) as PyIterObject;
    o.it_seq = src;
    o.it_index = start;
    o.it_result = PyTuple_New(rt, [Py_NewRef(rt.None), Py_NewRef(rt.None)]);
    return o;
  };
  T.enumerate.tp_iternext = (op) => {
    const it = op as PyIterObject;
    if (it.it_seq === null) return null;
    const v = PyIter_Next(it.it_seq);
    if (v === null) return null;
    return reuseResult(rt, it, [rt.newInt(it.it_index++), v]);
  };
  // zip(*iterables, strict=False)
  T.zip.tp_new = (type, args, kw) => {
    const npos = args.length - (kw?.length ?? 0);
    let strict = false;
    for (let i = 0; i < (kw?.length ?? 0); i++) {
      const name = (kw as readonly string[])[i] as string;
      if (name !== 'strict') throw PyErr.format(rt, T.TypeError, `zip() got an unexpected keyword argument '${name}'`);
      strict = PyObject_IsTrue(args[npos + i] as PyObject);
    }
    const its: PyObject[] = [];
    try {
      for (let i = 0; i < npos; i++) its.push(PyObject_GetIter(args[i] as PyObject));
    } catch (e) {
      for (const x of its) Py_DECREF(x);
      throw e;
    }
    const o = PyType_GenericAlloc(type, 0) as PyIterObject;
    o.it_extra = its;
    o.it_result = PyTuple_New(rt, its.map(() => Py_NewRef(rt.None)));
    o.r_step = strict ? 1 : 0;
    return o;
  };
  // zip_next: each iterator's item replaces the reused tuple's old item at once (the old one is
  // released before the next iterator runs); otherwise a new tuple is made before the first call
  T.zip.tp_iternext = (op) => {
    const it = op as PyIterObject;
    const its = it.it_extra;
    const n = its.length;
    if (n === 0) return null;
    const res = it.it_result;
    if (res !== null && res.ob_refcnt === 1) {
      res.ob_refcnt++;
      for (let i = 0; i < n; i++) {
        let v: PyObject | null;
        try {
          v = PyIter_Next(its[i] as PyObject);
        } catch (e) {
          Py_DECREF(res);
          throw e;
        }
        if (v === null) {
          Py_DECREF(res);
          return zipShort(it, i);
        }
        const old = res.ob_item[i] as PyObject;
        res.ob_item[i] = v;
        Py_DECREF(old);
      }
      // bpo-42536: a collection may have untracked the cached tuple
      if (!_PyObject_GC_IS_TRACKED(res)) _PyObject_GC_TRACK(rt.gc, res);
      return res;
    }
    const fresh = PyTuple_New(rt, its.map(() => Py_NewRef(rt.None)));
    for (let i = 0; i < n; i++) {
      let v: PyObject | null;
      try {
        v = PyIter_Next(its[i] as PyObject);
      } catch (e) {
        Py_DECREF(fresh);
        throw e;
      }
      if (v === null) {
        Py_DECREF(fresh);
        return zipShort(it, i);
      }
      const old = fresh.ob_item[i] as PyObject;
      fresh.ob_item[i] = v;
      Py_DECREF(old);
    }
    return fresh;
  };
  /** zip_next's end: iterator i ran out; zip(strict=True) checks the others ran out with it. */
  const zipShort = (it: PyIterObject, i: number): null => {
    if (it.r_step !== 1) return null;
    if (i > 0) throw PyErr.format(rt, T.ValueError, `zip() argument ${i + 1} is shorter than argument${i === 1 ? ' 1' : `s 1-${i}`}`);
    for (let j = 1; j < it.it_extra.length; j++) {
      const w = PyIter_Next(it.it_extra[j] as PyObject);
      if (w !== null) {
        Py_DECREF(w);
        throw PyErr.format(rt, T.ValueError, `zip() argument ${j + 1} is longer than argument${j === 1 ? ' 1' : `s 1-${j}`}`);
      }
    }
    return null;
  };
  // map(func, *iterables)
  T.map.tp_new = (type, args, kw) => {
    checkArgs(rt, 'map', args, kw, 2, 1 << 20);
    const its: PyObject[] = [Py_NewRef(args[0] as PyObject)];
    try {
      for (let i = 1; i < args.length; i++) its.push(PyObject_GetIter(args[i] as PyObject));
    } catch (e) {
      for (const x of its) Py_DECREF(x);
      throw e;
    }
    const o = PyType_GenericAlloc(type, 0) as PyIterObject;
    o.it_extra = its;
    return o;
  };
  T.map.tp_iternext = (op) => {
    // map_next: one item from each iterable, then func(*items)
    const ex = (op as PyIterObject).it_extra;
    const n = ex.length;
    const vals: PyObject[] = [];
    for (let i = 1; i < n; i++) {
      const v = PyIter_Next(ex[i] as PyObject);
      if (v === null) {
        for (const x of vals) Py_DECREF(x);
        return null;
      }
      vals.push(v);
    }
    return PyObject_Call(ex[0] as PyObject, vals, null);
  };
  // filter(func or None, iterable)
  T.filter.tp_new = (type, args, kw) => {
    checkArgs(rt, 'filter', args, kw, 2, 2);
    const src = PyObject_GetIter(args[1] as PyObject);
    const o = PyType_GenericAlloc(type, 0) as PyIterObject;
    o.it_extra = [Py_NewRef(args[0] as PyObject), src];
    return o;
  };
  T.filter.tp_iternext = (op) => {
    // filter_next: the next item func (or truth, for None and bool) accepts; an error drops the item
    const ex = (op as PyIterObject).it_extra;
    const f = ex[0] as PyObject;
    const src = ex[1] as PyObject;
    const plain = f === rt.None || f === T.bool;
    for (;;) {
      const v = PyIter_Next(src);
      if (v === null) return null;
      let ok: boolean;
      try {
        if (plain) ok = PyObject_IsTrue(v);
        else {
          Py_INCREF(v);
          const r = PyObject_Call(f, [v], null);
          try {
            ok = PyObject_IsTrue(r);
          } finally {
            Py_DECREF(r);
          }
        }
      } catch (e) {
        Py_DECREF(v);
        throw e;
      }
      if (ok) return v;
      Py_DECREF(v);
    }
  };
  // reversed(seq)
  T.reversed.tp_new = (type, args, kw) => {
    checkArgs(rt, 'reversed', args, kw, 1, 1);
    const seq = args[0] as PyObject;
    const rev = rt.lookupSpecial(seq, '__reversed__');
    if (rev !== null) return rt.callMethod(seq, '__reversed__', []);
    if (seq.ob_type.mp_length === null || seq.ob_type.mp_subscript === null || seq.ob_type === T.dict) {
      throw PyErr.format(rt, T.TypeError, `'${seq.ob_type.tp_name}' object is not reversible`);
    }
    const o = PyType_GenericAlloc(type, 0) as PyIterObject;
    Py_INCREF(seq);
    o.it_seq = seq;
    o.it_index = seq.ob_type.mp_length(seq) - 1;
    return o;
  };
  T.reversed.tp_iternext = (op) => {
    const it = op as PyIterObject;
    if (it.it_seq === null || it.it_index < 0) return it.it_seq === null ? null : exhaust(it);
    const idx = rt.newInt(it.it_index--);
    try {
      return PyObject_GetItem(it.it_seq, idx);
    } finally {
      Py_DECREF(idx);
    }
  };
}

/** list / tuple iterators. */
export function newListIter(rt: Runtime, seq: PyObject, type: PyTypeObject): PyObject {
  return newIter(rt, type, seq);
}

export function newStrIter(rt: Runtime, s: PyUnicodeObject): PyObject {
  return newIter(rt, rt.types.str_iterator, s);
}

export function newSetIter(rt: Runtime, s: PySetObject): PyObject {
  const it = newIter(rt, rt.types.set_iterator, s);
  it.r_len = s.used;
  return it;
}
