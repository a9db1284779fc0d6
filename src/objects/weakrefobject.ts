// Weak references: CPython 3.11's Objects/weakrefobject.c (the ref type, the per-object list
// of weak references, PyObject_ClearWeakRefs). Start at weakref___new__ and
// PyObject_ClearWeakRefs. The referent's list head is its ob_weakreflist; the callback-less
// shared ref sits at the head, and each new callback ref is inserted right after it, so
// callbacks run newest first.

import {
  type PyObject, type PyTypeObject, Py_NewRef, Py_DECREF, Py_XDECREF, Py_INCREF,
  GP_TPFLAGS_WEAKREFS, Py_EQ, Py_NE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_BASETYPE, PyType_IsSubtype,
  PyObject as PyObjectClass,
} from './object.js';
import type { Runtime } from './runtime.js';
import { PyErr } from './pyerr.js';
import { PyObject_Call, PyObject_Hash, PyObject_RichCompare } from './abstract.js';
import { PyType_NewStatic } from './typeobject.js';
import { _PyObject_GC_TRACK, _PyObject_GC_UNTRACK } from '../gc/gclist.js';

/** PyWeakReference */
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

function listHead(o: PyObject): PyWeakReference | null {
  return o.ob_weakreflist as PyWeakReference | null;
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

/** handle_callback: an exception in a weakref callback is unraisable. */
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

/** The per-runtime weakref machinery: the ReferenceType and the hooks. */
export interface WeakrefTypes {
  ref: PyTypeObject;
}

/** Builds the ref type and installs rt.weakrefHooks (PyObject_ClearWeakRefs). */
export function installWeakrefs(rt: Runtime): WeakrefTypes {
  let refType: PyTypeObject | null = null;

  /** get_basic_refs: the shared callback-less ref at the list head, if any. */
  const basicRef = (head: PyWeakReference | null): PyWeakReference | null =>
    head !== null && head.ob_type === refType && head.wr_callback === null ? head : null;

  /** PyObject_ClearWeakRefs: after __del__ on refcount death. */
  const clearWeakRefs = (obj: PyObject): void => {
    const basic = basicRef(listHead(obj));
    if (basic !== null) clear_weakref(basic);
    const head = listHead(obj);
    if (head === null) return;
    if (head.wr_next === null) {
      const cb = head.wr_callback;
      head.wr_callback = null;
      clear_weakref(head);
      if (cb !== null) {
        if (head.ob_refcnt > 0) handle_callback(rt, head, cb);
        Py_DECREF(cb);
      }
      return;
    }
    const pairs: [PyWeakReference, PyObject | null][] = [];
    while (listHead(obj) !== null) {
      const cur = listHead(obj) as PyWeakReference;
      const cb = cur.wr_callback;
      cur.wr_callback = null;
      clear_weakref(cur);
      if (cur.ob_refcnt > 0) {
        Py_INCREF(cur);
        pairs.push([cur, cb]);
      } else {
        Py_XDECREF(cb);
      }
    }
    for (const [wr, cb] of pairs) {
      if (cb !== null) {
        handle_callback(rt, wr, cb);
        Py_DECREF(cb);
      }
      Py_DECREF(wr);
    }
  };

  const weakref_dealloc = (o: PyObject): void => {
    const wr = o as PyWeakReference;
    _PyObject_GC_UNTRACK(wr);
    clear_weakref(wr);
    rt.PyObject_Free(wr);
  };

  /** weakref___new__ (with weakref___init__'s checks) */
  const weakref_new = (type: PyTypeObject, args: PyObject[], kwnames: readonly string[] | null): PyObject => {
    if (kwnames !== null && kwnames.length > 0) throw PyErr.format(rt, rt.types.TypeError, 'ref() takes no keyword arguments');
    if (args.length < 1 || args.length > 2) {
      throw PyErr.format(rt, rt.types.TypeError, `__new__ expected at most 2 arguments, got ${args.length}`);
    }
    const ob = args[0] as PyObject;
    let callback: PyObject | null = args[1] ?? null;
    if ((ob.ob_type.tp_flags & GP_TPFLAGS_WEAKREFS) === 0) {
      throw PyErr.format(rt, rt.types.TypeError, `cannot create weak reference to '${ob.ob_type.tp_name}' object`);
    }
    if (callback === rt.None) callback = null;
    const ref = basicRef(listHead(ob));
    if (type === refType && callback === null && ref !== null) return Py_NewRef(ref);
    const wr = new PyWeakReference(type, rt.allocObject(type, 0));
    wr.wr_object = ob;
    wr.wr_callback = callback === null ? null : Py_NewRef(callback);
    if (callback === null && type === refType) insert_head(wr, ob);
    else if (ref !== null) insert_after(wr, ref);
    else insert_head(wr, ob);
    _PyObject_GC_TRACK(rt.gc, wr);
    return wr;
  };

  refType = PyType_NewStatic(rt, 'weakref.ReferenceType', rt.types.object, 48, Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE, (t) => {
    t.tp_new = weakref_new;
    t.tp_dealloc = weakref_dealloc;
    t.tp_traverse = (o, visit, arg) => {
      const cb = (o as PyWeakReference).wr_callback;
      return cb !== null ? visit(cb, arg) : 0;
    };
    t.tp_clear = (o) => clear_weakref(o as PyWeakReference);
    t.tp_call = (self, args, kwnames) => {
      for (const a of args) Py_DECREF(a);
      if (args.length > 0 || (kwnames !== null && kwnames.length > 0)) {
        throw PyErr.format(rt, rt.types.TypeError, `weakref() takes no arguments`);
      }
      const o = (self as PyWeakReference).wr_object;
      return Py_NewRef(o ?? rt.None);
    };
    t.tp_repr = (self) => {
      const wr = self as PyWeakReference;
      const o = wr.wr_object;
      const at = `<weakref at 0x${wr.ob_addr.toString(16)}; `;
      if (o === null) return rt.newStr(`${at}dead>`);
      return rt.newStr(`${at}to '${o.ob_type.tp_name}' at 0x${o.ob_addr.toString(16)}>`);
    };
    // weakref_richcompare: live refs compare their referents, otherwise identity
    t.tp_richcompare = (a, b, op) => {
      if ((op !== Py_EQ && op !== Py_NE) || !(a instanceof PyWeakReference) || !(b instanceof PyWeakReference)) {
        return Py_NewRef(rt.NotImplemented);
      }
      if (a.wr_object === null || b.wr_object === null) {
        return rt.newBool((a === b) === (op === Py_EQ));
      }
      return PyObject_RichCompare(a.wr_object, b.wr_object, op);
    };
    t.tp_hash = (self) => {
      const wr = self as PyWeakReference;
      if (wr.hash !== -1) return wr.hash;
      if (wr.wr_object === null) throw PyErr.format(rt, rt.types.TypeError, 'weak object has gone away');
      wr.hash = PyObject_Hash(wr.wr_object);
      return wr.hash;
    };
  });
  rt.weakrefHooks = { clearWeakRefs };
  return { ref: refType };
}

export function isWeakref(o: PyObject): o is PyWeakReference {
  return o instanceof PyWeakReference;
}

export { PyType_IsSubtype };
