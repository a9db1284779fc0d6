// tuple: CPython 3.11's Objects/tupleobject.c. Items inline (16 GC + 24 + 8n bytes), tracked at
// creation, released last to first, and 3.11's free lists: up to 2000 tuples per length; popped
// for lengths 1..19, pushed for lengths 1..20 (a 20-tuple is pushed but never reused: CPython's
// quirk). The empty tuple is an immortal singleton. Start at PyTuple_New.

import { DEAD_ITEMS, PyObject, type PyTypeObject, Py_TPFLAGS_HAVE_GC, type visitproc, _Py_Dealloc } from './object.js';
import { type Runtime, PyTuple_MAXFREELIST, PyTuple_MAXSAVESIZE } from './runtime.js';
import { _PyObject_GC_IS_TRACKED, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK } from '../gc/gclist.js';

export class PyTupleObject extends PyObject {
  declare ob_item: PyObject[];

  constructor(type: PyTypeObject, addr: number, refcnt = 1, items: PyObject[] = []) {
    super(type, addr, refcnt);
    this.ob_item = items;
  }
}

/** New tuple owning `items` (the references are stolen). Tracked, like PyTuple_New + fill. */
export function PyTuple_New(rt: Runtime, items: PyObject[]): PyTupleObject {
  const n = items.length;
  if (n === 0) {
    rt.emptyTuple.ob_refcnt++;
    return rt.emptyTuple;
  }
  let o: PyTupleObject;
  const fl = n < PyTuple_MAXSAVESIZE ? rt.tupleFreelist[n] : undefined;
  if (fl !== undefined && fl.length > 0) {
    o = fl.pop() as PyTupleObject;
    o.ob_refcnt = 1;
    o.ob_item = items;
  } else {
    o = new PyTupleObject(rt.types.tuple, rt.allocObject(rt.types.tuple, n), 1, items);
  }
  _PyObject_GC_TRACK(rt.gc, o);
  return o;
}

/**
 * PyTuple_Pack(2, a0, a1) with the references stolen: PyTuple_New's steps, where a tuple from
 * the free list that kept its own two-item array (tuple_dealloc_keep) gets its items stored
 * into that array rather than a new one.
 */
export function PyTuple_Pack2(rt: Runtime, a0: PyObject, a1: PyObject): PyTupleObject {
  const fl = rt.tupleFreelist[2] as PyTupleObject[];
  let o: PyTupleObject;
  if (fl.length > 0) {
    o = fl.pop() as PyTupleObject;
    o.ob_refcnt = 1;
    const items = o.ob_item;
    if (items.length === 2) {
      items[0] = a0;
      items[1] = a1;
    } else {
      o.ob_item = [a0, a1];
    }
  } else {
    o = new PyTupleObject(rt.types.tuple, rt.allocObject(rt.types.tuple, 2), 1, [a0, a1]);
  }
  _PyObject_GC_TRACK(rt.gc, o);
  return o;
}

/**
 * tuple_dealloc of an exact tuple whose item array nothing else refers to (PyTuple_Pack2's, once
 * its user is done with it): the same steps, but a tuple going onto the free list keeps the
 * array for PyTuple_Pack2 (DIVERGENCE, host-level only: CPython's free-listed tuple keeps its
 * item slots too; nothing reads a dead tuple's items, and PyTuple_New replaces them).
 */
export function tuple_dealloc_keep(o: PyTupleObject): void {
  const rt = o.ob_type.rt;
  if (rt.gc.observer !== null) {
    tuple_dealloc(o);
    return;
  }
  _PyObject_GC_UNTRACK(o);
  const items = o.ob_item;
  for (let i = items.length - 1; i >= 0; i--) {
    const v = items[i] as PyObject;
    if (--v.ob_refcnt === 0) _Py_Dealloc(v);
  }
  const n = items.length;
  if (n > 0 && n <= PyTuple_MAXSAVESIZE) {
    const fl = rt.tupleFreelist[n] as PyTupleObject[];
    if (fl.length < PyTuple_MAXFREELIST) {
      fl.push(o);
      return;
    }
  }
  o.ob_item = DEAD_ITEMS;
  rt.PyObject_Free(o);
}

/** tupledealloc */
export function tuple_dealloc(op: PyObject): void {
  const o = op as PyTupleObject;
  const rt = o.ob_type.rt;
  _PyObject_GC_UNTRACK(o);
  const items = o.ob_item;
  for (let i = items.length - 1; i >= 0; i--) {
    const v = items[i] as PyObject;
    if (--v.ob_refcnt === 0) _Py_Dealloc(v);
  }
  const n = items.length;
  o.ob_item = DEAD_ITEMS;
  if (o.ob_type === rt.types.tuple && n > 0 && n <= PyTuple_MAXSAVESIZE) {
    const fl = rt.tupleFreelist[n] as PyTupleObject[];
    if (fl.length < PyTuple_MAXFREELIST) {
      fl.push(o);
      return;
    }
  }
  rt.PyObject_Free(o);
}

export function tuple_traverse(op: PyObject, visit: visitproc, arg: unknown): number {
  const items = (op as PyTupleObject).ob_item;
  for (let i = items.length - 1; i >= 0; i--) {
    const r = visit(items[i] as PyObject, arg);
    if (r !== 0) return r;
  }
  return 0;
}

/** Empties the tuple free lists (end of a full collection). */
export function tuple_clear_freelist(rt: Runtime): void {
  for (const fl of rt.tupleFreelist) {
    for (const o of fl) rt.PyObject_Free(o);
    fl.length = 0;
  }
}

/** _PyTuple_MaybeUntrack: untrack an exact tuple none of whose items may be tracked. */
export function _PyTuple_MaybeUntrack(rt: Runtime, o: PyTupleObject): void {
  if (o.ob_type !== rt.types.tuple || !_PyObject_GC_IS_TRACKED(o)) return;
  for (const it of o.ob_item) {
    if (_PyObject_GC_MAY_BE_TRACKED(rt, it)) return;
  }
  _PyObject_GC_UNTRACK(o);
}

/** _PyObject_GC_MAY_BE_TRACKED: a GC object that is not an untracked exact tuple. */
export function _PyObject_GC_MAY_BE_TRACKED(rt: Runtime, o: PyObject): boolean {
  if ((o.ob_type.tp_flags & Py_TPFLAGS_HAVE_GC) === 0) return false;
  if (o.ob_type === rt.types.tuple) return _PyObject_GC_IS_TRACKED(o);
  return true;
}
