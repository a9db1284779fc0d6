// set and frozenset, the storage core: CPython 3.11's Objects/setobject.c. Start at
// PySet_AddSteal. The table is CPython's (linear probes of 9, then perturbation), so a set
// iterates in CPython's order for the same hashes; membership uses the dict's fast keys
// (dictobject.ts) to avoid probing with comparisons. The memory
// follows 3.11: the object is 16 GC + 200 bytes with an 8-slot table inline; when fill * 5 >=
// mask * 3 the table is rebuilt with the smallest power of two > used * 4 (used * 2 past 50000)
// slots, as a separate request of 16 bytes per slot. Sets are tracked at creation.
// The operators (| & - ^, their in-place forms, comparisons) and methods follow set_or,
// set_intersection, set_difference, set_symmetric_difference and set_update_internal/set_merge
// (which presizes the table before merging another set or a dict), so results have 3.11's
// table sizes and iteration order.

import { PyObject, type PyTypeObject, type PyMethodDef, Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, type visitproc, Py_EQ, Py_NE, PyType_IsSubtype } from './object.js';
import type { Runtime } from './runtime.js';
import type { BuiltinTypes } from './typeobject.js';
import { PyErr } from './pyerr.js';
import { fastKey, type FastKey } from './dictobject.js';
import { _PyObject_GC_IS_TRACKED, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK } from '../gc/gclist.js';
import { int_hash_exact, type PyLongObject } from './longobject.js';
import { float_hash_exact, type PyFloatObject } from './floatobject.js';
import { reprOf, PyObject_RichCompareBool, PyObject_GetIter, PyIter_Next } from './abstract.js';
import { PyObject_HashNotImplemented } from './abstract.js';
import { PyType_GenericAlloc } from './typeobject.js';
import { checkArgs } from './descrobject.js';

export const PySet_MINSIZE = 8;

export class PySetObject extends PyObject {
  /**
   * The hash table, as CPython's: keys[i] is the key in slot i (null when the slot is empty or
   * a dummy); hashes[i] is its hash, 0 for an empty slot and -1 for a dummy. Iteration,
   * deallocation and traversal walk the slots in index order, like CPython.
   */
  declare keys: (PyObject | null)[];
  declare hashes: (number | bigint)[];
  /** our lookup structure: fast key -> slot, and hash -> slots for the other keys */
  declare index: Map<FastKey, number>;
  declare slow: Map<number, number[]> | null;
  declare used: number;
  declare fill: number;
  declare mask: number;
  declare tableAddr: number;
  /** set_pop's search finger */
  declare finger: number;

  constructor(type: PyTypeObject, addr: number, refcnt = 1) {
    super(type, addr, refcnt);
    this.keys = new Array<PyObject | null>(PySet_MINSIZE).fill(null);
    this.hashes = new Array<number | bigint>(PySet_MINSIZE).fill(0);
    this.index = new Map();
    this.slow = null;
    this.used = 0;
    this.fill = 0;
    this.mask = PySet_MINSIZE - 1;
    this.tableAddr = 0;
    this.finger = 0;
  }
}

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;

/**
 * The slot set_add_entry would store a key (known to be absent) with this hash in: the first
 * dummy met before the first empty slot along the probe sequence, else that empty slot.
 */
function findFreeSlot(s: PySetObject, hash: number | bigint): number {
  const keys = s.keys;
  const hashes = s.hashes;
  const mask = s.mask;
  let freeslot = -1;
  if (typeof hash === 'number' && hash >= 0 && hash < 2 ** 31) {
    let perturb = hash;
    let i = hash & mask;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        if (keys[j] === null) {
          if (hashes[j] === 0) return freeslot >= 0 ? freeslot : j;
          if (freeslot < 0) freeslot = j;
        }
        j++;
      } while (probes-- > 0);
      perturb = Math.floor(perturb / 32);
      i = (i * 5 + 1 + perturb) % (mask + 1);
    }
  }
  // (size_t) arithmetic for negative or large hashes
  const M = BigInt(mask);
  let perturb = BigInt.asUintN(64, BigInt(hash));
  let i = perturb & M;
  for (;;) {
    let probes = Number(i) + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let j = Number(i);
    do {
      if (keys[j] === null) {
        if (hashes[j] === 0) return freeslot >= 0 ? freeslot : j;
        if (freeslot < 0) freeslot = j;
      }
      j++;
    } while (probes-- > 0);
    perturb >>= BigInt(PERTURB_SHIFT);
    i = BigInt.asUintN(64, i * 5n + 1n + perturb) & M;
  }
}

function lookup(rt: Runtime, s: PySetObject, key: PyObject): number {
  const fk = fastKey(rt, key);
  if (fk !== undefined) {
    const ix = s.index.get(fk);
    return ix === undefined ? -1 : ix;
  }
  const h = rt.hashOf(key);
  const c = s.slow?.get(h);
  if (c === undefined) return -1;
  for (const ix of c) {
    const k = s.keys[ix];
    if (k !== null && k !== undefined && (k === key || PyObject_RichCompareBool(k, key, Py_EQ))) return ix;
  }
  return -1;
}

function indexAdd(rt: Runtime, s: PySetObject, key: PyObject, ix: number): void {
  const fk = fastKey(rt, key);
  if (fk !== undefined) {
    s.index.set(fk, ix);
    return;
  }
  const hash = rt.hashOf(key);
  if (s.slow === null) s.slow = new Map();
  const c = s.slow.get(hash);
  if (c === undefined) s.slow.set(hash, [ix]);
  else c.push(ix);
}

function indexRemove(rt: Runtime, s: PySetObject, key: PyObject, ix: number): void {
  const fk = fastKey(rt, key);
  if (fk !== undefined) s.index.delete(fk);
  else {
    const hash = rt.hashOf(key);
    const c = s.slow?.get(hash);
    if (c !== undefined) {
      const p = c.indexOf(ix);
      if (p >= 0) c.splice(p, 1);
      if (c.length === 0) s.slow?.delete(hash);
    }
  }
}

/** set_table_resize: the smallest power of two > minused slots, entries re-inserted in slot order. */
function set_table_resize(rt: Runtime, s: PySetObject, minused: number): void {
  let newsize = PySet_MINSIZE;
  while (newsize <= minused) newsize <<= 1;
  const oldAddr = s.tableAddr;
  s.tableAddr = newsize > PySet_MINSIZE ? rt.malloc(newsize * 16) : 0;
  if (oldAddr !== 0) rt.free(oldAddr);
  const oldKeys = s.keys;
  const oldHashes = s.hashes;
  s.mask = newsize - 1;
  s.keys = new Array<PyObject | null>(newsize).fill(null);
  s.hashes = new Array<number | bigint>(newsize).fill(0);
  s.index = new Map();
  s.slow = null;
  for (let i = 0; i < oldKeys.length; i++) {
    const k = oldKeys[i] ?? null;
    if (k === null) continue;
    const h = oldHashes[i] as number | bigint;
    const slot = findFreeSlot(s, h);
    s.keys[slot] = k;
    s.hashes[slot] = h;
    indexAdd(rt, s, k, slot);
  }
  s.fill = s.used;
}

/**
 * frozenset_hash: the xor of every live entry's hash shuffled (_shuffle_bits; the null and dummy
 * entries CPython folds in too cancel out), the length mixed in, then dispersed, all on 64-bit
 * unsigned arithmetic. The signed result: a number when within 2^53, else a bigint.
 */
export function frozenset_hash_exact(s: PySetObject): number | bigint {
  const M = (1n << 64n) - 1n;
  let h = 0n;
  for (let i = 0; i <= s.mask; i++) {
    if (s.keys[i] === null) continue;
    const eh = BigInt.asUintN(64, BigInt(s.hashes[i] as number | bigint));
    h ^= (((eh ^ 89869747n) ^ (eh << 16n)) * 3644798167n) & M;
  }
  h ^= ((BigInt(s.used) + 1n) * 1927868237n) & M;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & M;
  if (h === M) h = 590923713n;
  const r = BigInt.asIntN(64, h);
  return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
}

/** The exact hash CPython would store (64-bit; bigint beyond 2^53) for int, float and frozenset keys. */
function exactHash(rt: Runtime, key: PyObject): number | bigint {
  const t = key.ob_type;
  if (t === rt.types.int || t === rt.types.bool) return int_hash_exact((key as PyLongObject).ob_ival);
  if (t === rt.types.float) return float_hash_exact((key as PyFloatObject).ob_fval);
  if (t === rt.types.frozenset) return frozenset_hash_exact(key as PySetObject);
  return rt.hashOf(key);
}

export function PySet_AddSteal(rt: Runtime, s: PySetObject, key: PyObject): void {
  const hash = exactHash(rt, key);
  if (lookup(rt, s, key) >= 0) {
    Py_DECREF(key);
    return;
  }
  const slot = findFreeSlot(s, hash);
  const wasDummy = s.hashes[slot] === -1;
  s.keys[slot] = key;
  s.hashes[slot] = hash;
  indexAdd(rt, s, key, slot);
  s.used++;
  if (wasDummy) return;
  s.fill++;
  if (s.fill * 5 >= s.mask * 3) set_table_resize(rt, s, s.used > 50000 ? s.used * 2 : s.used * 4);
}

export function PySet_Discard(rt: Runtime, s: PySetObject, key: PyObject): boolean {
  const ix = lookup(rt, s, key);
  if (ix < 0) return false;
  const k = s.keys[ix] as PyObject;
  s.keys[ix] = null;
  s.hashes[ix] = -1;
  indexRemove(rt, s, k, ix);
  s.used--;
  Py_DECREF(k);
  return true;
}

export function PySet_Contains(rt: Runtime, s: PySetObject, key: PyObject): boolean {
  return lookup(rt, s, key) >= 0;
}

/** A new set (or frozenset) owning `items` (stolen). Tracked. */
export function PySet_New(rt: Runtime, items: PyObject[], type: PyTypeObject = rt.types.set): PySetObject {
  const s = (type === rt.types.set || type === rt.types.frozenset ? new PySetObject(type, rt.allocObject(type, 0)) : PyType_GenericAlloc(type, 0)) as PySetObject;
  for (const x of items) PySet_AddSteal(rt, s, x);
  if (!_PyObject_GC_IS_TRACKED(s)) _PyObject_GC_TRACK(rt.gc, s);
  return s;
}

/** The compiler's frozenset constant (built, then rebuilt from its own order when merged). */
export function PyFrozenSet_Const(rt: Runtime, items: PyObject[]): PySetObject {
  const first = PySet_New(rt, items, rt.types.frozenset);
  const second = PySet_New(rt, first.keys.filter((k): k is PyObject => k !== null).map((k) => Py_NewRef(k)), rt.types.frozenset);
  Py_DECREF(first);
  return second;
}

/** set_merge into a new empty set: presized to (used + n) * 2 first (the `{1, 2, 3}` literal). */
export function PySet_NewMerged(rt: Runtime, items: PyObject[]): PySetObject {
  const s = new PySetObject(rt.types.set, rt.allocObject(rt.types.set, 0));
  // the compiler's frozenset constant, rebuilt once more from its own iteration order when
  // code constants are merged (merge_consts_recursive)
  const first = PySet_New(rt, items, rt.types.frozenset);
  const distinct = PySet_New(rt, first.keys.filter((k): k is PyObject => k !== null).map((k) => Py_NewRef(k)), rt.types.frozenset);
  Py_DECREF(first);
  if ((s.fill + distinct.used) * 5 >= s.mask * 3) set_table_resize(rt, s, (s.used + distinct.used) * 2);
  for (const k of distinct.keys) if (k !== null) PySet_AddSteal(rt, s, Py_NewRef(k));
  Py_DECREF(distinct);
  _PyObject_GC_TRACK(rt.gc, s);
  return s;
}

function set_dealloc(op: PyObject): void {
  const s = op as PySetObject;
  const rt = s.ob_type.rt;
  _PyObject_GC_UNTRACK(s);
  if (s.ob_weakreflist !== null) rt.clearWeakRefs(s);
  const keys = s.keys;
  s.keys = [];
  s.hashes = [];
  s.index = new Map();
  s.used = 0;
  if (s.tableAddr !== 0) rt.free(s.tableAddr);
  s.tableAddr = 0;
  const type = s.ob_type;
  rt.PyObject_Free(s);
  for (const k of keys) Py_XDECREF(k);
  // a heap subtype's class is released by subtype_dealloc, which called this
}

function set_traverse(op: PyObject, visit: visitproc, arg: unknown): number {
  for (const k of (op as PySetObject).keys) {
    if (k !== null) {
      const r = visit(k, arg);
      if (r !== 0) return r;
    }
  }
  return 0;
}

/** set_clear_internal: back to the inline 8-slot table; keys released in slot order. */
function set_clear(op: PyObject): void {
  const s = op as PySetObject;
  const rt = s.ob_type.rt;
  const keys = s.keys;
  s.keys = new Array<PyObject | null>(PySet_MINSIZE).fill(null);
  s.hashes = new Array<number | bigint>(PySet_MINSIZE).fill(0);
  s.index = new Map();
  s.slow = null;
  s.used = 0;
  s.fill = 0;
  s.mask = PySet_MINSIZE - 1;
  if (s.tableAddr !== 0) rt.free(s.tableAddr);
  s.tableAddr = 0;
  for (const k of keys) Py_XDECREF(k);
}

export function set_sizeof(s: PySetObject): number {
  return 200 + (s.mask + 1 > PySet_MINSIZE ? (s.mask + 1) * 16 : 0);
}

function isAnySet(rt: Runtime, o: PyObject): o is PySetObject {
  return o.ob_type === rt.types.set || o.ob_type === rt.types.frozenset || PyType_IsSubtype(o.ob_type, rt.types.set) || PyType_IsSubtype(o.ob_type, rt.types.frozenset);
}

/** set_merge: `other`'s keys into `so`, presizing the table first (a slot-for-slot copy when possible). */
function set_merge(rt: Runtime, so: PySetObject, other: PySetObject): void {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) set_table_resize(rt, so, (so.used + other.used) * 2);
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i] ?? null;
      if (k === null) continue;
      so.keys[i] = Py_NewRef(k);
      so.hashes[i] = other.hashes[i] as number | bigint;
      indexAdd(rt, so, k, i);
    }
    so.fill = other.fill;
    so.used = other.used;
    return;
  }
  const keys = other.keys.slice();
  for (const k of keys) if (k !== null) PySet_AddSteal(rt, so, Py_NewRef(k));
}

/** set_update_internal: a set is merged, a dict's keys presize the table, anything else is iterated. */
export function set_update_internal(rt: Runtime, so: PySetObject, other: PyObject): void {
  if (isAnySet(rt, other)) {
    set_merge(rt, so, other);
    return;
  }
  if (other.ob_type === rt.types.dict) {
    const n = (other.ob_type.mp_length as (o: PyObject) => number)(other);
    if ((so.fill + n) * 5 >= so.mask * 3) set_table_resize(rt, so, (so.used + n) * 2);
  }
  const it = PyObject_GetIter(other);
  try {
    for (;;) {
      const k = PyIter_Next(it);
      if (k === null) break;
      PySet_AddSteal(rt, so, k);
    }
  } finally {
    Py_DECREF(it);
  }
}

/** make_new_set_basetype: a new set (or frozenset, for frozenset and its subclasses) filled from `iterable`. */
export function make_new_set_basetype(rt: Runtime, type: PyTypeObject, iterable: PyObject | null): PySetObject {
  const base = PyType_IsSubtype(type, rt.types.set) ? rt.types.set : rt.types.frozenset;
  const s = new PySetObject(base, rt.allocObject(base, 0));
  try {
    if (iterable !== null) set_update_internal(rt, s, iterable);
  } catch (e) {
    _PyObject_GC_TRACK(rt.gc, s);
    Py_DECREF(s);
    throw e;
  }
  _PyObject_GC_TRACK(rt.gc, s);
  return s;
}

function liveKeys(s: PySetObject): PyObject[] {
  return s.keys.filter((k): k is PyObject => k !== null);
}

/** Runs fill on result (a new reference the caller hands over); if fill raises, result is released. */
export function filledOrReleased(result: PySetObject, fill: (s: PySetObject) => void): PySetObject {
  try {
    fill(result);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

/** set_contains_key for a key of any hashability: unhashable keys are simply absent (the set is being built). */
function set_intersection(rt: Runtime, so: PySetObject, other: PyObject): PySetObject {
  return filledOrReleased(make_new_set_basetype(rt, so.ob_type, null), (result) => {
    if (isAnySet(rt, other)) {
      let a = so;
      let b: PySetObject = other;
      if (b.used > a.used) [a, b] = [b, a];
      for (const k of liveKeys(b)) if (PySet_Contains(rt, a, k)) PySet_AddSteal(rt, result, Py_NewRef(k));
      return;
    }
    const it = PyObject_GetIter(other);
    try {
      for (;;) {
        const k = PyIter_Next(it);
        if (k === null) break;
        if (PySet_Contains(rt, so, k)) PySet_AddSteal(rt, result, k);
        else Py_DECREF(k);
      }
    } finally {
      Py_DECREF(it);
    }
  });
}

export function set_difference_update_internal(rt: Runtime, so: PySetObject, other: PyObject): void {
  if (other === so) {
    set_clear(so);
    return;
  }
  if (isAnySet(rt, other)) {
    for (const k of liveKeys(other)) PySet_Discard(rt, so, k);
    return;
  }
  const it = PyObject_GetIter(other);
  try {
    for (;;) {
      const k = PyIter_Next(it);
      if (k === null) break;
      try {
        PySet_Discard(rt, so, k);
      } finally {
        Py_DECREF(k);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}

function set_difference(rt: Runtime, so: PySetObject, other: PyObject): PySetObject {
  const otherLen = isAnySet(rt, other) ? other.used : other.ob_type === rt.types.dict ? (other.ob_type.mp_length as (o: PyObject) => number)(other) : -1;
  if (otherLen < 0 || (so.used >> 2) > otherLen) {
    return filledOrReleased(make_new_set_basetype(rt, so.ob_type, so), (result) => set_difference_update_internal(rt, result, other));
  }
  const inOther = (k: PyObject): boolean => (isAnySet(rt, other) ? PySet_Contains(rt, other, k) : (other.ob_type.sq_contains as (o: PyObject, v: PyObject) => boolean)(other, k));
  return filledOrReleased(make_new_set_basetype(rt, so.ob_type, null), (result) => {
    for (const k of liveKeys(so)) if (!inOther(k)) PySet_AddSteal(rt, result, Py_NewRef(k));
  });
}

export function set_symmetric_difference_update(rt: Runtime, so: PySetObject, other: PyObject): void {
  if (other === so) {
    set_clear(so);
    return;
  }
  let otherset: PySetObject;
  if (isAnySet(rt, other)) otherset = Py_NewRef(other);
  else otherset = make_new_set_basetype(rt, so.ob_type, other);
  try {
    for (const k of liveKeys(otherset)) {
      if (!PySet_Discard(rt, so, k)) PySet_AddSteal(rt, so, Py_NewRef(k));
    }
  } finally {
    Py_DECREF(otherset);
  }
}

function set_symmetric_difference(rt: Runtime, so: PySetObject, other: PyObject): PySetObject {
  return filledOrReleased(make_new_set_basetype(rt, so.ob_type, other), (otherset) => set_symmetric_difference_update(rt, otherset, so));
}

function set_issubset(rt: Runtime, so: PySetObject, other: PySetObject): boolean {
  if (so.used > other.used) return false;
  return liveKeys(so).every((k) => PySet_Contains(rt, other, k));
}

/** Runs fn on `other` as a set: itself when it is one, else a temporary set made from it. */
function withSet<R>(rt: Runtime, other: PyObject, fn: (s: PySetObject) => R): R {
  if (isAnySet(rt, other)) return fn(other);
  const tmp = make_new_set_basetype(rt, rt.types.set, other);
  try {
    return fn(tmp);
  } finally {
    Py_DECREF(tmp);
  }
}

/** set_swap_bodies, as intersection_update uses it: `so` takes `tmp`'s table. */
function set_take_table(rt: Runtime, so: PySetObject, tmp: PySetObject): void {
  const oldKeys = so.keys;
  const oldAddr = so.tableAddr;
  so.keys = tmp.keys;
  so.hashes = tmp.hashes;
  so.index = tmp.index;
  so.slow = tmp.slow;
  so.used = tmp.used;
  so.fill = tmp.fill;
  so.mask = tmp.mask;
  so.tableAddr = tmp.tableAddr;
  tmp.keys = oldKeys;
  tmp.tableAddr = oldAddr;
  tmp.hashes = new Array<number | bigint>(oldKeys.length).fill(0);
  tmp.index = new Map();
  tmp.slow = null;
  tmp.used = 0;
  tmp.fill = 0;
  tmp.mask = oldKeys.length - 1;
  void rt;
}

export function installSetTypes(rt: Runtime, T: BuiltinTypes): void {
  for (const t of [T.set, T.frozenset]) {
    t.tp_alloc = (type, n) => new PySetObject(type, rt.allocObject(type, n));
    t.tp_dealloc = set_dealloc;
    t.tp_traverse = set_traverse;
    t.tp_clear = set_clear;
    t.mp_length = (o) => (o as PySetObject).used;
    t.sq_contains = (o, v) => {
      try {
        return PySet_Contains(rt, o as PySetObject, v);
      } catch (e) {
        // set_contains: an unhashable set is looked up as the frozenset of its items
        if (e instanceof PyErr && e.matches(T.TypeError) && PyType_IsSubtype(v.ob_type, T.set)) {
          e.release();
          const tmp = make_new_set_basetype(rt, T.frozenset, v);
          try {
            return PySet_Contains(rt, o as PySetObject, tmp);
          } finally {
            Py_DECREF(tmp);
          }
        }
        throw e;
      }
    };
    t.tp_iter = (o) => rt.newSetIter(o as PySetObject);
    t.tp_repr = (o) => {
      const s = o as PySetObject;
      const name = o.ob_type.tp_name;
      if (s.used === 0) return rt.newStr(`${name}()`);
      return rt.reprGuard(o, `${name}(...)`, () => {
        const inner = s.keys.filter((k): k is PyObject => k !== null).map((k) => reprOf(k)).join(', ');
        return o.ob_type === T.set ? `{${inner}}` : `${name}({${inner}})`;
      });
    };
    t.tp_richcompare = (a, b, op) => {
      if (!isAnySet(rt, b)) return Py_NewRef(rt.NotImplemented);
      const x = a as PySetObject;
      const y = b;
      let r: boolean;
      switch (op) {
        case Py_EQ: r = x.used === y.used && set_issubset(rt, x, y); break;
        case Py_NE: r = !(x.used === y.used && set_issubset(rt, x, y)); break;
        case 1: r = set_issubset(rt, x, y); break;
        case 0: r = x.used < y.used && set_issubset(rt, x, y); break;
        case 5: r = set_issubset(rt, y, x); break;
        default: r = y.used < x.used && set_issubset(rt, y, x);
      }
      return rt.newBool(r);
    };
    t.tp_new = (type, args, kw) => {
      if (type === T.set || type === T.frozenset || (kw !== null && kw.length > 0)) checkArgs(rt, type.tp_name, args, kw, 0, 1);
      if (type === T.frozenset && args.length === 1 && (args[0] as PyObject).ob_type === T.frozenset) return Py_NewRef(args[0] as PyObject);
      const s = (type === T.set || type === T.frozenset ? new PySetObject(type, rt.allocObject(type, 0)) : PyType_GenericAlloc(type, 0)) as PySetObject;
      try {
        if (args.length > 0) set_update_internal(rt, s, args[0] as PyObject);
      } catch (e) {
        if (!_PyObject_GC_IS_TRACKED(s)) _PyObject_GC_TRACK(rt.gc, s);
        Py_DECREF(s);
        throw e;
      }
      if (!_PyObject_GC_IS_TRACKED(s)) _PyObject_GC_TRACK(rt.gc, s);
      return s;
    };
    const binop = (f: (a: PySetObject, b: PyObject) => PyObject) => (a: PyObject, b: PyObject): PyObject => {
      if (!isAnySet(rt, a) || !isAnySet(rt, b)) return Py_NewRef(rt.NotImplemented);
      return f(a, b);
    };
    t.nb_or = binop((a, b) => filledOrReleased(make_new_set_basetype(rt, a.ob_type, a), (r) => set_update_internal(rt, r, b)));
    t.nb_and = binop((a, b) => set_intersection(rt, a, b));
    t.nb_subtract = binop((a, b) => set_difference(rt, a, b));
    t.nb_xor = binop((a, b) => set_symmetric_difference(rt, a, b));
  }
  T.set.tp_hash = PyObject_HashNotImplemented;
  // frozenset_hash on 64 bits; as for tuples, tp_hash's JS number keeps its top 53 bits, and
  // hash() and set tables use the exact value
  T.frozenset.tp_hash = (o) => Number(frozenset_hash_exact(o as PySetObject));
  const ss = (o: PyObject): PySetObject => o as PySetObject;
  const none = (): PyObject => Py_NewRef(rt.None);
  const copy = (self: PyObject): PyObject => {
    if (self.ob_type === T.frozenset) return Py_NewRef(self);
    return make_new_set_basetype(rt, self.ob_type, self);
  };
  /** union / intersection / difference with any number of arguments, on a copy. */
  const multi = (name: string, step: (acc: PySetObject, other: PyObject) => PySetObject | null) => (self: PyObject, args: PyObject[], kw: readonly string[] | null): PyObject => {
    checkArgs(rt, name, args, kw, 0, 1 << 20);
    let acc = make_new_set_basetype(rt, self.ob_type, self);
    try {
      for (const other of args) {
        const next = step(acc, other);
        if (next !== null) {
          Py_DECREF(acc);
          acc = next;
        }
      }
    } catch (e) {
      Py_DECREF(acc);
      throw e;
    }
    return acc;
  };
  const union = multi('union', (acc, o) => {
    set_update_internal(rt, acc, o);
    return null;
  });
  const intersection = multi('intersection', (acc, o) => set_intersection(rt, acc, o));
  const difference = multi('difference', (acc, o) => set_difference(rt, acc, o));
  const symdiff = (self: PyObject, args: PyObject[]): PyObject => {
    checkArgs(rt, 'symmetric_difference', args, null, 1, 1);
    return set_symmetric_difference(rt, ss(self), args[0] as PyObject);
  };
  /** Whether test holds for some item of iterable (borrowed to test), stopping at the first. */
  const anyItem = (iterable: PyObject, test: (k: PyObject) => boolean): boolean => {
    const it = PyObject_GetIter(iterable);
    try {
      for (;;) {
        const k = PyIter_Next(it);
        if (k === null) return false;
        let hit: boolean;
        try {
          hit = test(k);
        } finally {
          Py_DECREF(k);
        }
        if (hit) return true;
      }
    } finally {
      Py_DECREF(it);
    }
  };
  const issubset = (self: PyObject, args: PyObject[]): PyObject => {
    checkArgs(rt, 'issubset', args, null, 1, 1);
    return rt.newBool(withSet(rt, args[0] as PyObject, (o) => set_issubset(rt, ss(self), o)));
  };
  const issuperset = (self: PyObject, args: PyObject[]): PyObject => {
    checkArgs(rt, 'issuperset', args, null, 1, 1);
    const other = args[0] as PyObject;
    if (isAnySet(rt, other)) return rt.newBool(set_issubset(rt, other, ss(self)));
    return rt.newBool(!anyItem(other, (k) => !PySet_Contains(rt, ss(self), k)));
  };
  const isdisjoint = (self: PyObject, args: PyObject[]): PyObject => {
    checkArgs(rt, 'isdisjoint', args, null, 1, 1);
    const other = args[0] as PyObject;
    if (isAnySet(rt, other)) {
      let a = ss(self);
      let b: PySetObject = other;
      if (a.used > b.used) [a, b] = [b, a];
      return rt.newBool(!liveKeys(a).some((k) => PySet_Contains(rt, b, k)));
    }
    return rt.newBool(!anyItem(other, (k) => PySet_Contains(rt, ss(self), k)));
  };
  const common: PyMethodDef[] = [
    { name: 'copy', fn: copy },
    { name: 'union', fn: union },
    { name: 'intersection', fn: intersection },
    { name: 'difference', fn: difference },
    { name: 'symmetric_difference', fn: symdiff },
    { name: 'issubset', fn: issubset },
    { name: 'issuperset', fn: issuperset },
    { name: 'isdisjoint', fn: isdisjoint },
  ];
  const inplace = (f: (so: PySetObject, other: PyObject) => void) => (self: PyObject, args: PyObject[]): PyObject => {
    const other = args[0] as PyObject;
    if (!isAnySet(rt, other)) return Py_NewRef(rt.NotImplemented);
    f(ss(self), other);
    return Py_NewRef(self);
  };
  const intersection_update = (so: PySetObject, other: PyObject): void => {
    const tmp = set_intersection(rt, so, other);
    set_take_table(rt, so, tmp);
    Py_DECREF(tmp);
  };
  T.set.tp_methods = [
    { name: 'add', fn: (self, args) => {
      checkArgs(rt, 'add', args, null, 1, 1);
      PySet_AddSteal(rt, ss(self), Py_NewRef(args[0] as PyObject));
      return none();
    } },
    { name: 'discard', fn: (self, args) => {
      checkArgs(rt, 'discard', args, null, 1, 1);
      PySet_Discard(rt, ss(self), args[0] as PyObject);
      return none();
    } },
    { name: 'remove', fn: (self, args) => {
      checkArgs(rt, 'remove', args, null, 1, 1);
      if (!PySet_Discard(rt, ss(self), args[0] as PyObject)) throw PyErr.steal(rt.newExceptionArgs(T.KeyError, [args[0] as PyObject]));
      return none();
    } },
    { name: 'pop', fn: (self, args) => {
      checkArgs(rt, 'pop', args, null, 0, 0);
      const s = ss(self);
      if (s.used === 0) throw PyErr.format(rt, T.KeyError, 'pop from an empty set');
      let i = s.finger & s.mask;
      while (s.keys[i] === null) i = i + 1 > s.mask ? 0 : i + 1;
      const k = s.keys[i] as PyObject;
      s.keys[i] = null;
      s.hashes[i] = -1;
      indexRemove(rt, s, k, i);
      s.used--;
      s.finger = i + 1;
      return k;
    } },
    { name: 'clear', fn: (self) => {
      set_clear(self);
      return none();
    } },
    { name: 'update', fn: (self, args, kw) => {
      checkArgs(rt, 'update', args, kw, 0, 1 << 20);
      for (const o of args) set_update_internal(rt, ss(self), o);
      return none();
    } },
    { name: 'intersection_update', fn: (self, args, kw) => {
      checkArgs(rt, 'intersection_update', args, kw, 0, 1 << 20);
      for (const o of args) intersection_update(ss(self), o);
      return none();
    } },
    { name: 'difference_update', fn: (self, args, kw) => {
      checkArgs(rt, 'difference_update', args, kw, 0, 1 << 20);
      for (const o of args) set_difference_update_internal(rt, ss(self), o);
      return none();
    } },
    { name: 'symmetric_difference_update', fn: (self, args) => {
      checkArgs(rt, 'symmetric_difference_update', args, null, 1, 1);
      set_symmetric_difference_update(rt, ss(self), args[0] as PyObject);
      return none();
    } },
    { name: '__ior__', fn: inplace((so, o) => set_update_internal(rt, so, o)) },
    { name: '__iand__', fn: inplace(intersection_update) },
    { name: '__isub__', fn: inplace((so, o) => set_difference_update_internal(rt, so, o)) },
    { name: '__ixor__', fn: inplace((so, o) => set_symmetric_difference_update(rt, so, o)) },
    ...common,
    { name: '__sizeof__', fn: (self) => rt.newInt(set_sizeof(ss(self))) },
  ];
  T.frozenset.tp_methods = [...common, { name: '__sizeof__', fn: (self) => rt.newInt(set_sizeof(ss(self))) }];
  void Py_INCREF;
}
