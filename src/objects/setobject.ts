// set and frozenset, the storage core: CPython 3.11's Objects/setobject.c. Start at
// PySet_New. The lookup structure reuses the dict's fast keys (dictobject.ts); the memory
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
import { iterateToArray, reprOf, PyObject_RichCompareBool } from './abstract.js';
import { PyObject_HashNotImplemented } from './abstract.js';
import { PyType_GenericAlloc } from './typeobject.js';
import { checkArgs } from './descrobject.js';

export const PySet_MINSIZE = 8;

export class PySetObject extends PyObject {
  /**
   * live keys in insertion order. DIVERGENCE: CPython iterates a set in hash-table order;
   * we iterate in insertion order (equal for small ints added in increasing order).
   */
  declare keys: (PyObject | null)[];
  declare index: Map<FastKey, number>;
  declare slow: Map<number, number[]> | null;
  declare used: number;
  declare fill: number;
  declare mask: number;
  declare tableAddr: number;

  constructor(type: PyTypeObject, addr: number, refcnt = 1) {
    super(type, addr, refcnt);
    this.keys = [];
    this.index = new Map();
    this.slow = null;
    this.used = 0;
    this.fill = 0;
    this.mask = PySet_MINSIZE - 1;
    this.tableAddr = 0;
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

function index(rt: Runtime, s: PySetObject, key: PyObject, ix: number): void {
  const fk = fastKey(rt, key);
  if (fk !== undefined) {
    s.index.set(fk, ix);
    return;
  }
  if (s.slow === null) s.slow = new Map();
  const h = rt.hashOf(key);
  const c = s.slow.get(h);
  if (c === undefined) s.slow.set(h, [ix]);
  else c.push(ix);
}

function set_table_resize(rt: Runtime, s: PySetObject, minused: number): void {
  let newsize = PySet_MINSIZE;
  while (newsize <= minused) newsize <<= 1;
  const oldAddr = s.tableAddr;
  s.tableAddr = newsize > PySet_MINSIZE ? rt.malloc(newsize * 16) : 0;
  if (oldAddr !== 0) rt.free(oldAddr);
  s.mask = newsize - 1;
  const live = s.keys.filter((k): k is PyObject => k !== null);
  s.keys = [];
  s.index = new Map();
  s.slow = null;
  for (const k of live) {
    index(rt, s, k, s.keys.length);
    s.keys.push(k);
  }
  s.fill = s.used;
}

/** set_add_entry: steals key. */
export function PySet_AddSteal(rt: Runtime, s: PySetObject, key: PyObject): void {
  if (lookup(rt, s, key) >= 0) {
    Py_DECREF(key);
    return;
  }
  index(rt, s, key, s.keys.length);
  s.keys.push(key);
  s.used++;
  s.fill++;
  if (s.fill * 5 >= s.mask * 3) set_table_resize(rt, s, s.used > 50000 ? s.used * 2 : s.used * 4);
}

export function PySet_Discard(rt: Runtime, s: PySetObject, key: PyObject): boolean {
  const ix = lookup(rt, s, key);
  if (ix < 0) return false;
  const k = s.keys[ix] as PyObject;
  s.keys[ix] = null;
  const fk = fastKey(rt, k);
  if (fk !== undefined) s.index.delete(fk);
  else {
    const c = s.slow?.get(rt.hashOf(k));
    if (c !== undefined) c.splice(c.indexOf(ix), 1);
  }
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

/** set_merge into a new empty set: presized to (used + n) * 2 first (the `{1, 2, 3}` literal). */
export function PySet_NewMerged(rt: Runtime, items: PyObject[]): PySetObject {
  const s = new PySetObject(rt.types.set, rt.allocObject(rt.types.set, 0));
  const distinct = PySet_New(rt, items.map((x) => Py_NewRef(x)), rt.types.frozenset);
  if ((s.fill + distinct.used) * 5 >= s.mask * 3) set_table_resize(rt, s, (s.used + distinct.used) * 2);
  Py_DECREF(distinct);
  for (const x of items) PySet_AddSteal(rt, s, x);
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

function set_clear(op: PyObject): void {
  const s = op as PySetObject;
  const keys = s.keys;
  s.keys = [];
  s.index = new Map();
  s.slow = null;
  s.used = 0;
  s.fill = 0;
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
    t.tp_init = () => undefined;
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
