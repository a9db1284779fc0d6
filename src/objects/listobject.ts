// list: CPython 3.11's Objects/listobject.c, the storage side. Start at PyList_New and
// list_resize. The object is 16 GC + 40 bytes; its item array is a separate request of
// 8 * allocated bytes, grown by list_resize's formula (REFERENCE §4) or sized exactly by
// list_preallocate_exact. 80-list free list (the item array is freed first). Items are
// released last to first.

import { DEAD_ITEMS, PyObject, type PyTypeObject, Py_DECREF, _Py_Dealloc, type visitproc, ADDR_NO_CODE, addrCode, addrOfCode } from './object.js';
import { type Runtime, PyList_MAXFREELIST } from './runtime.js';
import { _PyObject_GC_TRACK, _PyObject_GC_UNTRACK } from '../gc/gclist.js';
import { type PyLongObject, _PyLong_DeallocExact } from './longobject.js';
import { type PyUnicodeObject, _PyUnicode_DeallocExact } from './unicodeobject.js';

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

/**
 * list.sort's fast path for keys that are all exact ints held as JS numbers: the items in their
 * new order, or null (nothing changed) when the keys do not qualify. Over a dense range, a
 * stable counting sort; otherwise, when (key - min) * n + index is an exact double, one numeric
 * typed-array sort of packed (key, index) pairs is a stable sort by key (reverse: by max - key,
 * still stable, as CPython's). Either gives perm (sorted position -> old index).
 *
 * intsSorted (the keys are the items: no key function): the ints that nothing but this list
 * references (refcount 1, so each is in the list once) trade JS objects. The j-th of them in the
 * new order moves into the JS object that the j-th of them had in the old order, and that JS
 * object takes its place. Each Python object keeps its address (id), value and refcount, so
 * nothing a program sees changes; what changes is that these JS objects stay in list order,
 * usually the order they were made in and so the order V8 keeps them in memory: a loop over the
 * sorted list, the collector's walks and the list's dealloc then read memory in sequence, where
 * the sorted order would jump all over the JS heap. Every pass here reads the JS objects in the
 * old order.
 * DIVERGENCE (host-level only): after a sort, such a JS object may stand for another Python
 * object. Nothing holds a JS reference to an object it does not own, except the teaching
 * observer's maps: with an observer, the objects do not move.
 */
/**
 * The shortest list whose sort reseats its ints (list_sort_ints): the JS objects of a shorter one
 * (about 56 bytes each) stay in the processor's caches whatever their order.
 */
const RESEAT_MIN_ITEMS = 16384;

export function list_sort_ints(rt: Runtime, ks: PyObject[], items: PyObject[], reverse: boolean, intsSorted: boolean): PyObject[] | null {
  const n = ks.length;
  if (n < 2) return null;
  const intType = rt.types.int;
  const move = intsSorted && n >= RESEAT_MIN_ITEMS && rt.gc.observer === null;
  // each key's value; with move, each item's address code (ADDR_NO_CODE: it stays put) and the
  // old indices of the movable ones, in order
  const vals = new Float64Array(n);
  const codes = move ? new Int32Array(n) : null;
  const movIdx = move ? new Int32Array(n) : null;
  let lo = Infinity;
  let hi = -Infinity;
  let movable = 0;
  for (let i = 0; i < n; i++) {
    const k = ks[i] as PyLongObject;
    if (k.ob_type !== intType) return null;
    const v = k.ob_ival;
    if (typeof v !== 'number') return null;
    vals[i] = v;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
    if (codes !== null) {
      const c = k.ob_addrcode;
      if (k.ob_refcnt === 1 && c !== ADDR_NO_CODE) {
        codes[i] = c;
        (movIdx as Int32Array)[movable++] = i;
      } else {
        codes[i] = ADDR_NO_CODE;
      }
    }
  }
  const range = hi - lo + 1;
  const out = items.slice();
  const perm = new Int32Array(n);
  if (range <= 2 * n + 1024) {
    // a dense range: a stable counting sort, linear in n + range
    const start = new Int32Array(range + 1);
    for (let i = 0; i < n; i++) {
      const j = (reverse ? hi - (vals[i] as number) : (vals[i] as number) - lo) + 1;
      start[j] = (start[j] as number) + 1;
    }
    for (let j = 1; j <= range; j++) start[j] = (start[j] as number) + (start[j - 1] as number);
    if (codes === null || movable < 2) {
      for (let i = 0; i < n; i++) {
        const j = reverse ? hi - (vals[i] as number) : (vals[i] as number) - lo;
        const at = start[j] as number;
        start[j] = at + 1;
        out[at] = items[i] as PyObject;
      }
      return out;
    }
    for (let i = 0; i < n; i++) {
      const j = reverse ? hi - (vals[i] as number) : (vals[i] as number) - lo;
      const at = start[j] as number;
      start[j] = at + 1;
      perm[at] = i;
    }
  } else {
    if (range * n > Number.MAX_SAFE_INTEGER) return null;
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = (reverse ? hi - (vals[i] as number) : (vals[i] as number) - lo) * n + i;
    packed.sort();
    for (let k = 0; k < n; k++) perm[k] = (packed[k] as number) % n;
    if (codes === null || movable < 2) {
      for (let k = 0; k < n; k++) out[k] = items[perm[k] as number] as PyObject;
      return out;
    }
  }
  // in the new order, the j-th movable int goes into the JS object that the j-th had in the old
  // order (whose own code and value are in codes and vals already): the JS objects are written
  // in their old order, the new order's codes and values read from the typed arrays
  const mov = movIdx as Int32Array;
  let j = 0;
  for (let k = 0; k < n; k++) {
    const i = perm[k] as number;
    const c = codes[i] as number;
    out[k] = c === ADDR_NO_CODE ? (items[i] as PyObject) : reseat(items[mov[j++] as number] as PyLongObject, c, vals[i] as number);
  }
  return out;
}

/** Makes the JS object s stand for the exact int of address code c and value v (list_sort_ints). */
function reseat(s: PyLongObject, c: number, v: number): PyLongObject {
  s.ob_addrcode = c;
  // an int32 goes back as one (a small-integer field, not a heap-number box)
  s.ob_ival = (v | 0) === v ? v | 0 : v;
  return s;
}

/** list_dealloc */
export function list_dealloc(op: PyObject): void {
  const o = op as PyListObject;
  const rt = o.ob_type.rt;
  _PyObject_GC_UNTRACK(o);
  const items = o.ob_item;
  const intType = rt.types.int;
  const strType = rt.types.str;
  for (let i = items.length - 1; i >= 0; i--) {
    const x = items[i] as PyObject;
    if (--x.ob_refcnt !== 0) continue;
    // an exact int's or str's tp_dealloc, called directly (the common items of a big list)
    const t = x.ob_type;
    if (t === intType) _PyLong_DeallocExact(rt, x as PyLongObject);
    else if (t === strType) _PyUnicode_DeallocExact(rt, x as PyUnicodeObject);
    else _Py_Dealloc(x);
  }
  freeItems(rt, o);
  o.allocated = 0;
  if (o.ob_type === rt.types.list && rt.listFreelist.length < PyList_MAXFREELIST) {
    // PyList_New hands this list out again with this (empty, its own) array
    o.ob_item = [];
    rt.listFreelist.push(o);
    return;
  }
  // freed for good: its JS object is never used again, so no new array for it (a cycle of a
  // million lists would otherwise make a million, each an old object's pointer for V8's
  // young-generation collections to visit)
  o.ob_item = DEAD_ITEMS;
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

