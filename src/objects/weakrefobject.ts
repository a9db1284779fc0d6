// Weak references: CPython 3.11's Objects/weakrefobject.c — the ref type (weakref.ReferenceType,
// subclassable), the two proxy types (weakref.ProxyType, weakref.CallableProxyType), the
// per-object list of weak references and PyObject_ClearWeakRefs. Start at installWeakrefs.
//
// The referent's list head is its ob_weakreflist. get_basic_refs finds the shared callback-less
// ref (exact ref type) at the head and the shared callback-less proxy right after it; every
// other weakref (callbacks, subclasses) is inserted after those two, so callbacks run newest
// first.

import {
  type PyObject, type PyTypeObject, type NbBinarySlot, Py_NewRef, Py_DECREF, Py_XDECREF, Py_INCREF,
  GP_TPFLAGS_WEAKREFS, Py_EQ, Py_NE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_BASETYPE, PyType_IsSubtype,
  NB_BINARY_SLOTS, PyObject as PyObjectClass,
} from './object.js';
import type { Runtime } from './runtime.js';
import { PyErr } from './pyerr.js';
import {
  PyObject_Call, PyObject_Hash, PyObject_RichCompare, PyObject_GetAttrOpt, PyObject_GetAttr, PyObject_SetAttr,
  PyObject_Str, PyObject_IsTrue, PyObject_Length, PyObject_GetItem, PyObject_SetItem,
  PyObject_GetIter, PySequence_Contains, PyNumber_Binary, PyNumber_Unary, PyObject_CallBorrowed,
  PyCallable_Check, PyObject_HashNotImplemented, hexAddr, PyNumber_InPlace,
} from './abstract.js';
import { PyType_NewStatic } from './typeobject.js';
import { PyTuple_New, type PyTupleObject } from './tupleobject.js';
import { argCountError } from './descrobject.js';
import { isStr } from './unicodeobject.js';
import { _PyObject_GC_TRACK, _PyObject_GC_UNTRACK } from '../gc/gclist.js';

/** PyWeakReference: the layout of refs, their subclasses and proxies. */
export class PyWeakReference extends PyObjectClass {
  /** the referent (borrowed); null once cleared (CPython: Py_None) */
  declare wr_object: PyObject | null;
  declare wr_callback: PyObject | null;
  declare hash: number;
  declare wr_prev: PyWeakReference | null;
  declare wr_next: PyWeakReference | null;
  constructor(type: PyTypeObject, addr: number) {
    super(type, addr);
    this.wr_object = null;
    this.wr_callback = null;
    this.hash = -1;
    this.wr_prev = null;
    this.wr_next = null;
  }
}

/** sizeof(PyWeakReference) in 3.11: header, object, callback, hash, prev, next, vectorcall. */
const WEAKREF_BASICSIZE = 64;

function listHead(o: PyObject): PyWeakReference | null {
  return o.ob_weakreflist as PyWeakReference | null;
}

/** _PyType_SUPPORTS_WEAKREFS */
export function supportsWeakrefs(t: PyTypeObject): boolean {
  return (t.tp_flags & GP_TPFLAGS_WEAKREFS) !== 0;
}

/** _PyWeakref_ClearRef / clear_weakref's unlinking: the weakref no longer points anywhere. */
export function _PyWeakref_ClearRef(wr: PyWeakReference): void {
  const obj = wr.wr_object;
  if (obj === null) return;
  if (listHead(obj) === wr) obj.ob_weakreflist = wr.wr_next;
  if (wr.wr_prev !== null) wr.wr_prev.wr_next = wr.wr_next;
  if (wr.wr_next !== null) wr.wr_next.wr_prev = wr.wr_prev;
  wr.wr_prev = null;
  wr.wr_next = null;
  wr.wr_object = null;
}

/** clear_weakref: unlink and drop the callback. */
export function clear_weakref(wr: PyWeakReference): void {
  _PyWeakref_ClearRef(wr);
  const cb = wr.wr_callback;
  wr.wr_callback = null;
  Py_XDECREF(cb);
}

/** _PyWeakref_GetWeakrefCount */
export function _PyWeakref_GetWeakrefCount(head: PyWeakReference | null): number {
  let n = 0;
  for (let w = head; w !== null; w = w.wr_next) n++;
  return n;
}

function insert_head(wr: PyWeakReference, obj: PyObject): void {
  const next = listHead(obj);
  wr.wr_prev = null;
  wr.wr_next = next;
  if (next !== null) next.wr_prev = wr;
  obj.ob_weakreflist = wr;
}

function insert_after(wr: PyWeakReference, prev: PyWeakReference): void {
  wr.wr_prev = prev;
  wr.wr_next = prev.wr_next;
  if (prev.wr_next !== null) prev.wr_next.wr_prev = wr;
  prev.wr_next = wr;
}

/** handle_callback: an exception in a weakref callback is unraisable (reported, then ignored). */
function handle_callback(rt: Runtime, wr: PyWeakReference, callback: PyObject): void {
  try {
    Py_INCREF(callback);
    const r = PyObject_Call(callback, [Py_NewRef(wr)], null);
    Py_DECREF(r);
  } catch (e) {
    if (e instanceof PyErr) rt.hooks.writeUnraisable(e, callback);
    else throw e;
  } finally {
    Py_DECREF(callback);
  }
}

/** The per-runtime weakref types. */
export interface WeakrefTypes {
  ref: PyTypeObject;
  proxy: PyTypeObject;
  callableProxy: PyTypeObject;
  /** PyWeakref_NewRef (callback may be null or None) */
  newRef: (ob: PyObject, callback: PyObject | null) => PyObject;
  /** PyWeakref_NewProxy */
  newProxy: (ob: PyObject, callback: PyObject | null) => PyObject;
  /** proxy_iadd & co: the in-place operation on the unwrapped operands */
  proxyInplace: (v: PyObject, w: PyObject, slot: NbBinarySlot) => PyObject;
}

/** Builds the ref and proxy types once per runtime and installs rt.weakrefHooks. */
export function installWeakrefs(rt: Runtime): WeakrefTypes {
  const have = rt.weakrefHooks.types;
  if (have !== null) return have;
  let refType: PyTypeObject | null = null;
  let proxyType: PyTypeObject | null = null;
  let callableProxyType: PyTypeObject | null = null;

  const isProxy = (o: PyObject): o is PyWeakReference => o.ob_type === proxyType || o.ob_type === callableProxyType;

  /** get_basic_refs: the shared callback-less ref (exact type) and proxy at the list head. */
  const getBasicRefs = (head: PyWeakReference | null): [PyWeakReference | null, PyWeakReference | null] => {
    let ref: PyWeakReference | null = null;
    let proxy: PyWeakReference | null = null;
    let h = head;
    if (h !== null && h.wr_callback === null) {
      if (h.ob_type === refType) {
        ref = h;
        h = h.wr_next;
      }
      if (h !== null && h.wr_callback === null && isProxy(h)) proxy = h;
    }
    return [ref, proxy];
  };

  const cannotWeak = (ob: PyObject): PyErr =>
    PyErr.format(rt, rt.types.TypeError, `cannot create weak reference to '${ob.ob_type.tp_name}' object`);

  /** init_weakref + allocation (tracking is left to the caller, once linked). */
  const allocRef = (type: PyTypeObject, ob: PyObject, callback: PyObject | null): PyWeakReference => {
    const wr = new PyWeakReference(type, rt.allocObject(type, 0));
    // PyType_GenericAlloc: an instance of a heap type (a ref subclass) owns its type
    if ((type.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0) Py_INCREF(type);
    wr.wr_object = ob;
    wr.wr_callback = callback === null ? null : Py_NewRef(callback);
    return wr;
  };

  /** Links a new weakref where weakref___new__ / PyWeakref_NewProxy put it. */
  const linkNew = (wr: PyWeakReference, ob: PyObject, basicSlot: 'ref' | 'proxy' | null): void => {
    const [ref, proxy] = getBasicRefs(listHead(ob));
    if (basicSlot === 'ref') insert_head(wr, ob);
    else {
      const prev = basicSlot === 'proxy' ? ref : (proxy ?? ref);
      if (prev === null) insert_head(wr, ob);
      else insert_after(wr, prev);
    }
  };

  /** PyObject_ClearWeakRefs: after __del__ on refcount death. */
  const clearWeakRefs = (obj: PyObject): void => {
    // the callback-less basic ref and proxy go first, without any call
    let head = listHead(obj);
    if (head !== null && head.wr_callback === null) {
      clear_weakref(head);
      head = listHead(obj);
      if (head !== null && head.wr_callback === null) clear_weakref(head);
    }
    head = listHead(obj);
    if (head === null) return;
    const count = _PyWeakref_GetWeakrefCount(head);
    if (count === 1) {
      const cb = head.wr_callback;
      head.wr_callback = null;
      clear_weakref(head);
      if (cb !== null) {
        if (head.ob_refcnt > 0) handle_callback(rt, head, cb);
        Py_DECREF(cb);
      }
      return;
    }
    // CPython snapshots (weakref, callback) pairs into a tuple of 2 * count items
    const items: PyObject[] = [];
    let cur: PyWeakReference | null = head;
    for (let i = 0; i < count && cur !== null; i++) {
      const next: PyWeakReference | null = cur.wr_next;
      const cb = cur.wr_callback;
      cur.wr_callback = null;
      if (cur.ob_refcnt > 0) {
        items.push(Py_NewRef(cur), cb ?? Py_NewRef(rt.None));
      } else {
        Py_XDECREF(cb);
        items.push(Py_NewRef(rt.None), Py_NewRef(rt.None));
      }
      clear_weakref(cur);
      cur = next;
    }
    const tuple = PyTuple_New(rt, items) as PyTupleObject;
    try {
      for (let i = 0; i < count; i++) {
        const wr = tuple.ob_item[i * 2] as PyObject;
        const cb = tuple.ob_item[i * 2 + 1] as PyObject;
        if (cb !== rt.None && wr !== rt.None) handle_callback(rt, wr as PyWeakReference, cb);
      }
    } finally {
      Py_DECREF(tuple);
    }
  };

  const weakref_dealloc = (o: PyObject): void => {
    const wr = o as PyWeakReference;
    _PyObject_GC_UNTRACK(wr);
    clear_weakref(wr);
    rt.PyObject_Free(wr);
  };

  const weakref_traverse = (o: PyObject, visit: (o: PyObject, arg: unknown) => number, arg: unknown): number => {
    const cb = (o as PyWeakReference).wr_callback;
    return cb !== null ? visit(cb, arg) : 0;
  };

  /** parse_weakref_init_args: 1 or 2 positional arguments. */
  const parseArgs = (fname: string, args: PyObject[]): [PyObject, PyObject | null] => {
    if (args.length < 1 || args.length > 2) throw argCountError(rt, fname, 1, 2, args.length);
    const cb = args[1] ?? null;
    return [args[0] as PyObject, cb === rt.None ? null : cb];
  };

  /** weakref___new__ */
  const weakref_new = (type: PyTypeObject, args: PyObject[], kwnames: readonly string[] | null): PyObject => {
    if (kwnames !== null && kwnames.length > 0) throw PyErr.format(rt, rt.types.TypeError, 'ref() takes no keyword arguments');
    const [ob, callback] = parseArgs('__new__', args);
    if (!supportsWeakrefs(ob.ob_type)) throw cannotWeak(ob);
    const basic = type === refType && callback === null;
    if (basic) {
      const [ref] = getBasicRefs(listHead(ob));
      if (ref !== null) return Py_NewRef(ref);
    }
    const wr = allocRef(type, ob, callback);
    linkNew(wr, ob, basic ? 'ref' : null);
    _PyObject_GC_TRACK(rt.gc, wr);
    return wr;
  };

  /** PyWeakref_NewProxy */
  const newProxy = (ob: PyObject, cb: PyObject | null): PyObject => {
    if (!supportsWeakrefs(ob.ob_type)) throw cannotWeak(ob);
    const callback = cb === rt.None ? null : cb;
    const [, proxy] = getBasicRefs(listHead(ob));
    if (callback === null && proxy !== null) return Py_NewRef(proxy);
    const type = PyCallable_Check(ob) ? (callableProxyType as PyTypeObject) : (proxyType as PyTypeObject);
    const wr = allocRef(type, ob, callback);
    linkNew(wr, ob, callback === null ? 'proxy' : null);
    _PyObject_GC_TRACK(rt.gc, wr);
    return wr;
  };

  refType = PyType_NewStatic(rt, 'weakref.ReferenceType', rt.types.object, WEAKREF_BASICSIZE, Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE, (t) => {
    t.moduleName = 'weakref';
    t.tp_new = weakref_new;
    // weakref___init__: only checks the arguments
    t.tp_init = (_self, args) => {
      parseArgs('__init__', args);
    };
    t.tp_dealloc = weakref_dealloc;
    t.tp_traverse = weakref_traverse;
    t.tp_clear = (o) => clear_weakref(o as PyWeakReference);
    // weakref_vectorcall
    t.tp_call = (self, args, kwnames) => {
      for (const a of args) Py_DECREF(a);
      if (kwnames !== null && kwnames.length > 0) throw PyErr.format(rt, rt.types.TypeError, 'weakref() takes no keyword arguments');
      if (args.length > 0) throw PyErr.format(rt, rt.types.TypeError, `weakref expected 0 arguments, got ${args.length}`);
      const o = (self as PyWeakReference).wr_object;
      return Py_NewRef(o ?? rt.None);
    };
    // weakref_repr: the referent's __name__ is shown when it has a str one
    t.tp_repr = (self) => {
      const wr = self as PyWeakReference;
      const o = wr.wr_object;
      const at = `<weakref at ${hexAddr(wr.ob_addr)}; `;
      if (o === null) return rt.newStr(`${at}dead>`);
      Py_INCREF(o);
      try {
        const name = PyObject_GetAttrOpt(o, '__name__');
        let suffix = '';
        if (name !== null) {
          if (isStr(name)) suffix = ` (${name.ob_sval})`;
          Py_DECREF(name);
        }
        return rt.newStr(`${at}to '${o.ob_type.tp_name}' at ${hexAddr(o.ob_addr)}${suffix}>`);
      } finally {
        Py_DECREF(o);
      }
    };
    // weakref_richcompare: live refs compare their referents, otherwise identity
    t.tp_richcompare = (a, b, op) => {
      if ((op !== Py_EQ && op !== Py_NE) || !(a instanceof PyWeakReference) || !(b instanceof PyWeakReference)) {
        return Py_NewRef(rt.NotImplemented);
      }
      if (a.wr_object === null || b.wr_object === null) {
        return rt.newBool((a === b) === (op === Py_EQ));
      }
      const x = a.wr_object;
      const y = b.wr_object;
      Py_INCREF(x);
      Py_INCREF(y);
      try {
        return PyObject_RichCompare(x, y, op);
      } finally {
        Py_DECREF(x);
        Py_DECREF(y);
      }
    };
    t.tp_hash = (self) => {
      const wr = self as PyWeakReference;
      if (wr.hash !== -1) return wr.hash;
      if (wr.wr_object === null) throw PyErr.format(rt, rt.types.TypeError, 'weak object has gone away');
      wr.hash = PyObject_Hash(wr.wr_object);
      return wr.hash;
    };
    // DIVERGENCE: __callback__ is a getset descriptor here (a member descriptor in CPython)
    t.tp_getset = [{ name: '__callback__', get: (o) => Py_NewRef((o as PyWeakReference).wr_callback ?? rt.None) }];
  });

  /** proxy_checkref + UNWRAP: the live referent (new reference) or ReferenceError. */
  const unwrap = (o: PyObject): PyObject => {
    if (!isProxy(o)) return Py_NewRef(o);
    const r = o.wr_object;
    if (r === null) throw PyErr.format(rt, rt.types.ReferenceError, 'weakly-referenced object no longer exists');
    return Py_NewRef(r);
  };
  const with1 = <T>(p: PyObject, f: (o: PyObject) => T): T => {
    const o = unwrap(p);
    try {
      return f(o);
    } finally {
      Py_DECREF(o);
    }
  };
  const with2 = <T>(a: PyObject, b: PyObject, f: (x: PyObject, y: PyObject) => T): T =>
    with1(a, (x) => with1(b, (y) => f(x, y)));

  const setupProxy = (t: PyTypeObject, callable: boolean): void => {
    t.moduleName = 'weakref';
    t.tp_dealloc = weakref_dealloc;
    t.tp_traverse = weakref_traverse;
    t.tp_clear = (o) => clear_weakref(o as PyWeakReference);
    // proxy_repr (3.11's text: no quotes around the type name)
    t.tp_repr = (self) => {
      const wr = self as PyWeakReference;
      const o = wr.wr_object ?? rt.None;
      return rt.newStr(`<weakproxy at ${hexAddr(wr.ob_addr)} to ${o.ob_type.tp_name} at ${hexAddr(o.ob_addr)}>`);
    };
    t.tp_str = (self) => with1(self, (o) => PyObject_Str(o));
    t.tp_hash = PyObject_HashNotImplemented;
    t.tp_getattro = (self, name) => with1(self, (o) => PyObject_GetAttr(o, name));
    t.tp_setattro = (self, name, v) => with1(self, (o) => PyObject_SetAttr(o, name, v));
    t.tp_richcompare = (a, b, op) => with2(a, b, (x, y) => PyObject_RichCompare(x, y, op));
    for (const slot of NB_BINARY_SLOTS) {
      const s: NbBinarySlot = slot;
      t[s] = (a, b) => with2(a, b, (x, y) => PyNumber_Binary(x, y, s));
    }
    for (const slot of ['nb_negative', 'nb_positive', 'nb_absolute', 'nb_invert'] as const) {
      t[slot] = (a) => with1(a, (x) => PyNumber_Unary(x, slot));
    }
    t.nb_bool = (a) => with1(a, (x) => PyObject_IsTrue(x));
    t.nb_int = (a) => with1(a, (x) => PyObject_CallBorrowed(rt.types.int, [x]));
    t.nb_float = (a) => with1(a, (x) => PyObject_CallBorrowed(rt.types.float, [x]));
    t.nb_index = (a) => with1(a, (x) => {
      const f = x.ob_type.nb_index;
      if (f === null) throw PyErr.format(rt, rt.types.TypeError, `'${x.ob_type.tp_name}' object cannot be interpreted as an integer`);
      return f(x);
    });
    t.mp_length = (a) => with1(a, (x) => PyObject_Length(x));
    t.sq_contains = (a, v) => with1(a, (x) => PySequence_Contains(x, v));
    t.mp_subscript = (a, k) => with1(a, (x) => PyObject_GetItem(x, k));
    t.mp_ass_subscript = (a, k, v) => with1(a, (x) => PyObject_SetItem(x, k, v));
    t.tp_iter = (a) => with1(a, (x) => PyObject_GetIter(x));
    // proxy_iternext
    t.tp_iternext = (a) => with1(a, (x) => {
      const next = x.ob_type.tp_iternext;
      if (next === null) {
        throw PyErr.format(rt, rt.types.TypeError, `Weakref proxy referenced a non-iterator '${x.ob_type.tp_name}' object`);
      }
      return next(x);
    });
    if (callable) {
      t.tp_call = (self, args, kwnames) => {
        let o: PyObject;
        try {
          o = unwrap(self);
        } catch (e) {
          for (const a of args) Py_DECREF(a);
          throw e;
        }
        try {
          return PyObject_Call(o, args, kwnames);
        } finally {
          Py_DECREF(o);
        }
      };
    }
    // proxy_reversed / proxy_bytes
    t.tp_methods = [
      { name: '__reversed__', fn: (self) => with1(self, (o) => PyObject_CallBorrowed(rt.types.reversed, [o])) },
      { name: '__bytes__', fn: (self) => with1(self, (o) => PyObject_CallBorrowed(rt.types.bytes, [o])) },
    ];
  };
  proxyType = PyType_NewStatic(rt, 'weakref.ProxyType', rt.types.object, WEAKREF_BASICSIZE, Py_TPFLAGS_HAVE_GC, (t) => setupProxy(t, false));
  callableProxyType = PyType_NewStatic(rt, 'weakref.CallableProxyType', rt.types.object, WEAKREF_BASICSIZE, Py_TPFLAGS_HAVE_GC, (t) => setupProxy(t, true));

  const newRef = (ob: PyObject, callback: PyObject | null): PyObject =>
    weakref_new(refType as PyTypeObject, callback === null ? [ob] : [ob, callback], null);

  const proxyInplace = (v: PyObject, w: PyObject, slot: NbBinarySlot): PyObject =>
    with2(v, w, (x, y) => PyNumber_InPlace(x, y, slot));
  const types: WeakrefTypes = { ref: refType, proxy: proxyType, callableProxy: callableProxyType, newRef, newProxy, proxyInplace };
  rt.weakrefHooks = { clearWeakRefs, types };
  return types;
}

export function isWeakref(o: PyObject): o is PyWeakReference {
  return o instanceof PyWeakReference;
}

export { PyType_IsSubtype };
