// list: CPython 3.11's Objects/listobject.c, the storage side. Start at PyList_New and
// list_resize. The object is 16 GC + 40 bytes; its item array is a separate request of
// 8 * allocated bytes, grown by list_resize's formula (REFERENCE §4) or sized exactly by
// list_preallocate_exact. 80-list free list (the item array is freed first). Items are
// released last to first.

import { PyObject, type PyTypeObject, Py_DECREF, _Py_Dealloc, type visitproc, ADDR_NO_CODE, addrCode, addrOfCode } from './object.js';
import { type Runtime, PyList_MAXFREELIST } from './runtime.js';
import { _PyObject_GC_TRACK, _PyObject_GC_UNTRACK } from '../gc/gclist.js';
import { type PyLongObject, _PyLong_DeallocExact } from './longobject.js';

export class PyListObject extends PyObject {
  /** the items; ob_item.length is Py_SIZE */
  declare ob_item: PyObject[];
  declare allocated: number;
  /**
   * The item array block's address (itemsAddr) as a small integer, as PyObject.ob_addrcode:
   * 0 when there is none, else its address code; ADDR_NO_CODE sends readers to itemsRaw.
   */
  declare itemsCode: number;
  declare itemsRaw: number;

  constructor(type: PyTypeObject, addr: number, refcnt = 1, code?: number) {
    super(type, addr, refcnt, code);
    this.ob_item = [];
    this.allocated = 0;
    this.itemsCode = 0;
  }

  /** address of the item array block, 0 when allocated == 0 */
  get itemsAddr(): number {
    const c = this.itemsCode;
    if (c === 0) return 0;
    return c !== ADDR_NO_CODE ? addrOfCode(c) : this.itemsRaw;
  }

  set itemsAddr(a: number) {
    const c = a === 0 ? 0 : addrCode(a);
    if (c === ADDR_NO_CODE || (c === 0 && a !== 0)) {
      this.itemsCode = ADDR_NO_CODE;
      this.itemsRaw = a;
    } else {
      this.itemsCode = c;
    }
  }
}

/** New empty list with capacity n (PyList_New(0) when n is 0); tracked. */
export function PyList_New(rt: Runtime, capacity = 0): PyListObject {
  let o: PyListObject;
  const fl = rt.listFreelist;
  if (fl.length > 0) {
    o = fl.pop() as PyListObject;
    o.ob_refcnt = 1;
  } else {
    o = new PyListObject(rt.types.list, 0, 1, rt.allocObjectCode(rt.types.list, 0));
  }
  if (capacity > 0) {
    o.itemsCode = rt.mallocCode(capacity * 8);
    o.allocated = capacity;
  }
  _PyObject_GC_TRACK(rt.gc, o);
  return o;
}

/** A list owning exactly `items` (BUILD_LIST n: capacity n). Steals the references. */
export function PyList_FromArray(rt: Runtime, items: PyObject[]): PyListObject {
  const o = PyList_New(rt, items.length);
  o.ob_item = items;
  return o;
}

/** list_resize: make room for newsize items with CPython 3.11's over-allocation. */
export function list_resize(rt: Runtime, o: PyListObject, newsize: number): void {
  const allocated = o.allocated;
  if (allocated >= newsize && newsize >= allocated >> 1) return;
  let newAllocated = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - o.ob_item.length > newAllocated - newsize) newAllocated = (newsize + 3) & ~3;
  if (newsize === 0) newAllocated = 0;
  setCapacity(rt, o, newAllocated);
}

/** list_preallocate_exact: capacity n rounded up to even, for extending an empty list. */
export function list_preallocate_exact(rt: Runtime, o: PyListObject, n: number): void {
  setCapacity(rt, o, (n + 1) & ~1);
}

function setCapacity(rt: Runtime, o: PyListObject, cap: number): void {
  if (cap === 0) {
    freeItems(rt, o);
  } else if (o.itemsCode === 0) {
    o.itemsCode = rt.mallocCode(cap * 8);
  } else {
    o.itemsAddr = rt.realloc(o.itemsAddr, cap * 8);
  }
  o.allocated = cap;
}

/** Frees the item array, if any (itemsAddr becomes 0). */
function freeItems(rt: Runtime, o: PyListObject): void {
  const c = o.itemsCode;
  if (c === 0) return;
  if (c === ADDR_NO_CODE) rt.free(o.itemsRaw);
  else rt.freeCode(c);
  o.itemsCode = 0;
}

/** list.append (_PyList_AppendTakeRef): steals v. */
export function PyList_AppendSteal(rt: Runtime, o: PyListObject, v: PyObject): void {
  const n = o.ob_item.length;
  if (o.allocated > n) {
    o.ob_item.push(v);
    return;
  }
  list_resize(rt, o, n + 1);
  o.ob_item.push(v);
}

/** _PyList_AppendTakeRef: steals v, also when growing the list fails (v is then released). */
export function _PyList_AppendTakeRef(rt: Runtime, o: PyListObject, v: PyObject): void {
  const n = o.ob_item.length;
  if (o.allocated <= n) {
    try {
      list_resize(rt, o, n + 1);
    } catch (e) {
      Py_DECREF(v);
      throw e;
    }
  }
  o.ob_item.push(v);
}

/** Sets the list's contents to `items` (stolen), resizing as list_ass_slice would. */
export function list_set_items(rt: Runtime, o: PyListObject, items: PyObject[]): void {
  list_resize(rt, o, items.length);
  o.ob_item = items;
}

/** list_dealloc */
export function list_dealloc(op: PyObject): void {
  const o = op as PyListObject;
  const rt = o.ob_type.rt;
  _PyObject_GC_UNTRACK(o);
  const items = o.ob_item;
  const intType = rt.types.int;
  for (let i = items.length - 1; i >= 0; i--) {
    const x = items[i] as PyObject;
    if (--x.ob_refcnt !== 0) continue;
    // an exact int's tp_dealloc, called directly (the common item of a big list)
    if (x.ob_type === intType) _PyLong_DeallocExact(rt, x as PyLongObject);
    else _Py_Dealloc(x);
  }
  o.ob_item = [];
  freeItems(rt, o);
  o.allocated = 0;
  if (o.ob_type === rt.types.list && rt.listFreelist.length < PyList_MAXFREELIST) {
    rt.listFreelist.push(o);
    return;
  }
  rt.PyObject_Free(o);
}

export function list_traverse(op: PyObject, visit: visitproc, arg: unknown): number {
  const items = (op as PyListObject).ob_item;
  for (let i = items.length - 1; i >= 0; i--) {
    const r = visit(items[i] as PyObject, arg);
    if (r !== 0) return r;
  }
  return 0;
}

/** _list_clear / list.clear(): drops every item (last to first), frees the array. */
export function list_clear(op: PyObject): void {
  const o = op as PyListObject;
  const rt = o.ob_type.rt;
  const items = o.ob_item;
  o.ob_item = [];
  freeItems(rt, o);
  o.allocated = 0;
  for (let i = items.length - 1; i >= 0; i--) Py_DECREF(items[i] as PyObject);
}

export function list_clear_freelist(rt: Runtime): void {
  for (const o of rt.listFreelist) rt.PyObject_Free(o);
  rt.listFreelist.length = 0;
}

