// set and frozenset, the storage core: CPython 3.11's Objects/setobject.c. Start at
// PySet_AddSteal. The table is CPython's (linear probes of 9, then perturbation), so a set
// iterates in CPython's order for the same hashes; membership uses the dict's fast keys
// (dictobject.ts) to avoid probing with comparisons. The memory
// follows 3.11: the object is 16 GC + 200 bytes with an 8-slot table inline; when fill * 5 >=
// mask * 3 the table is rebuilt with the smallest power of two > used * 4 (used * 2 past 50000)
// slots, as a separate request of 16 bytes per slot. Sets are tracked at creation.
// SIMPLIFICATION: this is the minimal core the interpreter needs (displays, comprehensions,
// set(), add, discard, in, len, iteration, repr, ==); the rest of set's methods belong to the
// builtin-types engineer.

import { PyObject, type PyTypeObject, Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, type visitproc, Py_EQ, Py_NE, PyType_IsSubtype } from './object.js';
import type { Runtime } from './runtime.js';
import type { BuiltinTypes } from './typeobject.js';
import { PyErr } from './pyerr.js';
import { fastKey, type FastKey } from './dictobject.js';
import { _PyObject_GC_TRACK, _PyObject_GC_UNTRACK } from '../gc/gclist.js';
import { int_hash_exact, type PyLongObject } from './longobject.js';
import { float_hash_exact, type PyFloatObject } from './floatobject.js';
import { iterateToArray, reprOf, PyObject_RichCompareBool } from './abstract.js';
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

/** set_add_entry: steals key. */
/** The exact hash CPython would store (64-bit; bigint beyond 2^53) for int and float keys. */
function exactHash(rt: Runtime, key: PyObject): number | bigint {
  const t = key.ob_type;
  if (t === rt.types.int || t === rt.types.bool) return int_hash_exact((key as PyLongObject).ob_ival);
  if (t === rt.types.float) return float_hash_exact((key as PyFloatObject).ob_fval);
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
  if (s.gc_next === null) _PyObject_GC_TRACK(rt.gc, s);
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
  if (type.tp_flags & (1 << 9)) Py_DECREF(type);
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

export function installSetTypes(rt: Runtime, T: BuiltinTypes): void {
  for (const t of [T.set, T.frozenset]) {
    t.tp_alloc = (type, n) => new PySetObject(type, rt.allocObject(type, n));
    t.tp_dealloc = set_dealloc;
    t.tp_traverse = set_traverse;
    t.tp_clear = set_clear;
    t.mp_length = (o) => (o as PySetObject).used;
    t.sq_contains = (o, v) => PySet_Contains(rt, o as PySetObject, v);
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
      if (!PyType_IsSubtype(b.ob_type, T.set) && !PyType_IsSubtype(b.ob_type, T.frozenset)) return Py_NewRef(rt.NotImplemented);
      const x = a as PySetObject;
      const y = b as PySetObject;
      const sub = (p: PySetObject, q: PySetObject): boolean => p.keys.every((k) => k === null || PySet_Contains(rt, q, k));
      let r: boolean;
      switch (op) {
        case Py_EQ: r = x.used === y.used && sub(x, y); break;
        case Py_NE: r = !(x.used === y.used && sub(x, y)); break;
        case 1: r = sub(x, y); break;
        case 0: r = x.used < y.used && sub(x, y); break;
        case 5: r = sub(y, x); break;
        default: r = y.used < x.used && sub(y, x);
      }
      return rt.newBool(r);
    };
    t.tp_new = (type, args, kw) => {
      checkArgs(rt, type.tp_name, args, kw, 0, 1);
      const items = args.length === 0 ? [] : iterateToArray(args[0] as PyObject);
      return PySet_New(rt, items, type);
    };
  }
  T.set.tp_hash = PyObject_HashNotImplemented;
  T.frozenset.tp_hash = (o) => {
    let h = 0;
    for (const k of (o as PySetObject).keys) if (k !== null) h ^= rt.hashOf(k) | 0;
    return h === -1 ? -2 : h;
  };
  const ss = (o: PyObject): PySetObject => o as PySetObject;
  T.set.tp_methods = [
    { name: 'add', fn: (self, args) => {
      checkArgs(rt, 'add', args, null, 1, 1);
      PySet_AddSteal(rt, ss(self), Py_NewRef(args[0] as PyObject));
      return Py_NewRef(rt.None);
    } },
    { name: 'discard', fn: (self, args) => {
      PySet_Discard(rt, ss(self), args[0] as PyObject);
      return Py_NewRef(rt.None);
    } },
    { name: 'remove', fn: (self, args) => {
      if (!PySet_Discard(rt, ss(self), args[0] as PyObject)) throw PyErr.steal(rt.newExceptionArgs(T.KeyError, [args[0] as PyObject]));
      return Py_NewRef(rt.None);
    } },
    { name: 'clear', fn: (self) => {
      set_clear(self);
      return Py_NewRef(rt.None);
    } },
    { name: '__sizeof__', fn: (self) => rt.newInt(set_sizeof(ss(self))) },
  ];
  T.frozenset.tp_methods = [{ name: '__sizeof__', fn: (self) => rt.newInt(set_sizeof(ss(self))) }];
  void Py_INCREF;
}
