// bytearray: CPython 3.11's Objects/bytearrayobject.c. Start at PyByteArray_Resize, the one
// place the buffer changes size; every mutating method goes through it as in CPython.
//
// Memory mirrors 3.11: the object is 56 bytes (not a GC type); the contents live in a separate
// PyObject_Malloc request of ob_alloc bytes (ob_bytes), like a list's item array.
// sys.getsizeof = 56 + ob_alloc. The buffer's logical start (ob_start) may run ahead of the
// allocation after `del b[:k]` (bytearray_setslice_linear advances it instead of moving bytes);
// PyByteArray_Resize counts that offset, as 3.11 does, so the sizes it picks are CPython's.
//
//   ob_data   the live contents, exactly ob_size bytes (a JS array; the block accounts for them)
//   ob_alloc  bytes of the side buffer (0 and no buffer for an empty, never-grown bytearray)
//   ob_start  logical offset of the contents within the buffer

import { PyObject, type PyTypeObject, Py_DECREF, Py_NewRef, PyType_IsSubtype, Py_TPFLAGS_HEAPTYPE } from './object.js';
import type { Runtime } from './runtime.js';
import type { BuiltinTypes } from './typeobject.js';
import { PyErr } from './pyerr.js';
import { isStr } from './unicodeobject.js';
import type { PyTupleObject } from './tupleobject.js';
import type { PyListObject } from './listobject.js';
import { PyNumber_AsIndexValue, PyNumber_AsSsize_t, _PyLong_AsSsize_tArg, PyObject_GetIter, PyIter_Next, PyObject_HashNotImplemented } from './abstract.js';
import { type PySliceObject, sliceIndices } from './seqtypes.js';
import {
  bytesLikeData, byteValue, compareData, cmpResult, sharedBytesMethods, bytesSubscript, bytesContains,
  newBytesIter, installBytesIterType, bytes_nb_add, bytes_nb_multiply, dataFromArgs, bytesPercentFormat, latin1, fromHex, strArg,
} from './bytesobject.js';
import { bytesRepr } from '../util/pyrepr.js';

export class PyByteArrayObject extends PyObject {
  declare ob_data: Uint8Array;
  declare ob_alloc: number;
  declare ob_start: number;
  /** address of the side buffer (0: none) */
  declare ob_bytes: number;

  constructor(type: PyTypeObject, addr: number, refcnt = 1) {
    super(type, addr, refcnt);
    this.ob_data = new Uint8Array(0);
    this.ob_alloc = 0;
    this.ob_start = 0;
    this.ob_bytes = 0;
  }
}

export function isByteArray(o: PyObject): o is PyByteArrayObject {
  const T = o.ob_type.rt.types;
  return o.ob_type === T.bytearray || PyType_IsSubtype(o.ob_type, T.bytearray);
}

function allocByteArray(rt: Runtime, type: PyTypeObject): PyByteArrayObject {
  const o = new PyByteArrayObject(type, rt.allocObject(type, 0));
  if ((type.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0) type.ob_refcnt++;
  return o;
}

/**
 * New reference to a bytearray holding `data` (PyByteArray_FromStringAndSize): the buffer is
 * exactly n + 1 bytes, none for an empty one. The array is taken over.
 */
export function PyByteArray_FromData(rt: Runtime, data: Uint8Array): PyByteArrayObject {
  const o = allocByteArray(rt, rt.types.bytearray);
  if (data.length > 0) {
    o.ob_alloc = data.length + 1;
    o.ob_bytes = rt.malloc(o.ob_alloc);
    o.ob_data = data;
  }
  return o;
}

/**
 * PyByteArray_Resize: sets the size to `size`, choosing the buffer's new allocation by 3.11's
 * rules (in our words):
 *   - the buffer still holds size + offset + 1 bytes: keep it, unless size dropped below half
 *     the allocation (integer halving), then shrink to exactly size + 1;
 *   - it must grow: by about an eighth (size + size/8 + 3, or + 6 from 9 bytes on) when size is
 *     at most 1.125 times the allocation, else to exactly size + 1.
 * A new allocation is a realloc of the buffer, or a fresh malloc + free when the logical start
 * had moved (the offset is then dropped). The contents keep their first min(old, new) bytes;
 * new bytes are zero.
 */
export function PyByteArray_Resize(rt: Runtime, o: PyByteArrayObject, size: number): void {
  const old = o.ob_data;
  if (size === old.length) return;
  let alloc = o.ob_alloc;
  const offset = o.ob_start;
  let realloc = true;
  if (size + offset + 1 <= alloc) {
    if (size < Math.floor(alloc / 2)) alloc = size + 1;
    else realloc = false;
  } else if (size <= alloc * 1.125) alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  else alloc = size + 1;
  if (size > 1 << 28) throw PyErr.fromType(rt, rt.types.MemoryError, null);
  if (realloc) {
    if (offset > 0 || o.ob_bytes === 0) {
      const nb = rt.malloc(alloc);
      if (o.ob_bytes !== 0) rt.free(o.ob_bytes);
      o.ob_bytes = nb;
    } else o.ob_bytes = rt.realloc(o.ob_bytes, alloc);
    o.ob_alloc = alloc;
    o.ob_start = 0;
  }
  o.ob_data = resizeView(old, size);
}

/**
 * The contents array at a new size. The JS array keeps spare room of its own (doubling, apart
 * from the simulated ob_alloc) so that append is amortised O(1): ob_data is a view on the
 * start of a possibly larger buffer. Bytes past the old size read as zero.
 */
function resizeView(old: Uint8Array, size: number): Uint8Array {
  if (size <= old.length) return old.subarray(0, size);
  if (old.byteOffset === 0 && size <= old.buffer.byteLength) {
    const d = new Uint8Array(old.buffer, 0, size);
    d.fill(0, old.length);
    return d;
  }
  const d = new Uint8Array(Math.max(size, 2 * old.length, 16));
  d.set(old);
  return d.subarray(0, size);
}

/**
 * bytearray_setslice_linear: replaces [lo, hi) by `repl`. Shrinking at the front advances the
 * logical start instead of moving the bytes (visible in the sizes PyByteArray_Resize picks).
 */
function setslice_linear(rt: Runtime, o: PyByteArrayObject, lo: number, hi: number, repl: Uint8Array): void {
  const cur = o.ob_data;
  const growth = repl.length - (hi - lo);
  if (lo === cur.length && hi === lo) {
    // appending (extend): grow in place
    PyByteArray_Resize(rt, o, cur.length + growth);
    o.ob_data.set(repl, lo);
    return;
  }
  const result = new Uint8Array(cur.length + growth);
  result.set(cur.subarray(0, lo));
  result.set(repl, lo);
  result.set(cur.subarray(hi), lo + repl.length);
  if (growth < 0 && lo === 0) o.ob_start -= growth;
  if (growth !== 0) PyByteArray_Resize(rt, o, cur.length + growth);
  o.ob_data = result;
}

export function bytearray_dealloc(op: PyObject): void {
  const o = op as PyByteArrayObject;
  const rt = o.ob_type.rt;
  const type = o.ob_type;
  if (o.ob_bytes !== 0) rt.free(o.ob_bytes);
  o.ob_bytes = 0;
  rt.PyObject_Free(o);
  // a heap subtype's class is released by subtype_dealloc, which called this
}

/**
 * bytearray.extend (bytearray_extend): a buffer is appended directly; any other iterable is
 * collected first into a temporary bytearray sized by its length hint (32 without one) that
 * grows by half as it fills, is cut to size, appended, and freed, as in 3.11 (so the heap sees
 * the same blocks come and go).
 */
function bytearray_extend(rt: Runtime, o: PyByteArrayObject, v: PyObject): void {
  const d = bytesLikeData(v);
  const n0 = o.ob_data.length;
  if (d !== null) {
    setslice_linear(rt, o, n0, n0, d.slice());
    return;
  }
  let it: PyObject;
  try {
    it = PyObject_GetIter(v);
  } catch (e) {
    if (e instanceof PyErr && e.matches(rt.types.TypeError)) {
      e.release();
      throw PyErr.format(rt, rt.types.TypeError, `can't extend bytearray with ${v.ob_type.tp_name}`);
    }
    throw e;
  }
  let tmp: PyByteArrayObject | null = null;
  let iter: PyObject | null = it;
  try {
    let bufSize = rt.lengthHint(v, 32);
    tmp = PyByteArray_FromData(rt, new Uint8Array(bufSize));
    let len = 0;
    for (;;) {
      const x = PyIter_Next(it);
      if (x === null) break;
      let b: number;
      try {
        b = byteValue(rt, x);
      } finally {
        Py_DECREF(x);
      }
      if (len >= tmp.ob_data.length) PyByteArray_Resize(rt, tmp, len + 1); // a zero length hint
      tmp.ob_data[len++] = b;
      if (len >= bufSize) {
        bufSize = len + (len >> 1) + 1;
        PyByteArray_Resize(rt, tmp, bufSize);
      }
    }
    iter = null;
    Py_DECREF(it);
    PyByteArray_Resize(rt, tmp, len);
    const n = o.ob_data.length;
    setslice_linear(rt, o, n, n, tmp.ob_data.slice());
  } finally {
    if (iter !== null) Py_DECREF(iter);
    if (tmp !== null) Py_DECREF(tmp);
  }
}

/** bytearray += other (bytearray_iconcat). */
export function bytearray_iconcat(rt: Runtime, o: PyByteArrayObject, other: PyObject): void {
  const d = bytesLikeData(other);
  if (d === null) throw PyErr.format(rt, rt.types.TypeError, `can't concat ${other.ob_type.tp_name} to ${o.ob_type.tp_name}`);
  const add = d.slice();
  const n = o.ob_data.length;
  PyByteArray_Resize(rt, o, n + add.length);
  o.ob_data.set(add, n);
}

/** bytearray *= n (bytearray_irepeat). */
export function bytearray_irepeat(rt: Runtime, o: PyByteArrayObject, count: number): void {
  const src = o.ob_data.slice();
  const n = count <= 0 ? 0 : src.length * count;
  PyByteArray_Resize(rt, o, n);
  for (let i = 0; i < n; i += src.length) o.ob_data.set(src, i);
}

function indexArg(rt: Runtime, o: PyObject): number {
  return PyNumber_AsSsize_t(o, rt.types.IndexError);
}

export function installByteArrayType(rt: Runtime, T: BuiltinTypes): void {
  const BA = T.bytearray;
  const dv = (o: PyObject): Uint8Array => (o as PyByteArrayObject).ob_data;
  const wrap = (d: Uint8Array): PyObject => PyByteArray_FromData(rt, d);
  BA.tp_alloc = (type) => allocByteArray(rt, type);
  BA.tp_dealloc = bytearray_dealloc;
  BA.tp_hash = PyObject_HashNotImplemented;
  BA.tp_repr = (o) => {
    const name = o.ob_type.tp_name;
    return rt.newStr(`${name}(${bytesRepr(dv(o))})`);
  };
  BA.tp_str = BA.tp_repr;
  BA.tp_richcompare = (a, b, op) => {
    const x = bytesLikeData(a);
    const y = bytesLikeData(b);
    if (x === null || y === null) return Py_NewRef(rt.NotImplemented);
    return rt.newBool(cmpResult(compareData(x, y), op));
  };
  BA.mp_length = (o) => dv(o).length;
  BA.mp_subscript = (o, key) => bytesSubscript(rt, dv(o), key, 'bytearray', wrap);
  BA.mp_ass_subscript = (op, key, v) => {
    const o = op as PyByteArrayObject;
    const n = o.ob_data.length;
    if (key.ob_type !== T.slice) {
      if (key.ob_type.nb_index === null) throw PyErr.format(rt, T.TypeError, `bytearray indices must be integers or slices, not ${key.ob_type.tp_name}`);
      let i = indexArg(rt, key);
      if (i < 0) i += n;
      if (i < 0 || i >= n) throw PyErr.format(rt, T.IndexError, 'bytearray index out of range');
      if (v === null) {
        setslice_linear(rt, o, i, i + 1, new Uint8Array(0));
        return;
      }
      o.ob_data[i] = byteValue(rt, v);
      return;
    }
    const [start, stop, step, len] = sliceIndices(rt, key as PySliceObject, n);
    if (v !== null && (v === o || !isByteArray(v))) {
      // anything but another bytearray is copied into a temporary bytearray first (3.11)
      if (isStr(v) || v.ob_type.nb_index !== null || v.ob_type.nb_float !== null) {
        throw PyErr.format(rt, T.TypeError, 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
      }
      const tmp = rt.callBorrowed(T.bytearray, [v]);
      try {
        (BA.mp_ass_subscript as (o: PyObject, k: PyObject, v: PyObject | null) => void)(o, key, tmp);
      } finally {
        Py_DECREF(tmp);
      }
      return;
    }
    const repl = v === null ? null : (v as PyByteArrayObject).ob_data.slice();
    if (step === 1) {
      setslice_linear(rt, o, start, Math.max(start, stop), repl ?? new Uint8Array(0));
      return;
    }
    if (repl === null) {
      // extended slice deletion: compact the kept bytes, then resize
      if (len === 0) return;
      const drop = new Set<number>();
      for (let i = 0, j = start; i < len; i++, j += step) drop.add(j);
      const kept = o.ob_data.filter((_, i) => !drop.has(i));
      PyByteArray_Resize(rt, o, n - len);
      o.ob_data = kept;
      return;
    }
    if (repl.length !== len) throw PyErr.format(rt, T.ValueError, `attempt to assign bytes of size ${repl.length} to extended slice of size ${len}`);
    for (let i = 0, j = start; i < len; i++, j += step) o.ob_data[j] = repl[i] as number;
  };
  BA.sq_contains = (o, v) => bytesContains(rt, dv(o), v);
  BA.nb_add = bytes_nb_add;
  BA.nb_multiply = bytes_nb_multiply;
  BA.nb_remainder = (a, b) => {
    if (!isByteArray(a)) return Py_NewRef(rt.NotImplemented);
    return PyByteArray_FromData(rt, bytesPercentFormat(rt, a.ob_data, b));
  };
  BA.tp_iter = (o) => newBytesIter(rt, T.bytearray_iterator, o);
  BA.tp_new = (type) => allocByteArray(rt, type);
  BA.tp_init = (self, args, kw) => {
    const o = self as PyByteArrayObject;
    if (o.ob_data.length !== 0) PyByteArray_Resize(rt, o, 0);
    const npos = args.length - (kw?.length ?? 0);
    const only = npos === 1 && (kw === null || kw.length === 0) ? (args[0] as PyObject) : null;
    if (only !== null && (only.ob_type === T.list || only.ob_type === T.tuple)) {
      // the exact-size fast path for lists and tuples of ints (3.11 bytearray_init)
      const items = (only as PyListObject | PyTupleObject).ob_item;
      if (items.every((x) => x.ob_type === T.int)) {
        const d = Uint8Array.from(items, (x) => byteValue(rt, x));
        PyByteArray_Resize(rt, o, d.length);
        o.ob_data = d;
        return;
      }
    }
    if (only !== null && bytesLikeData(only) === null && !isStr(only) && only.ob_type.nb_index === null) {
      // any other iterable: appended one byte at a time, growing as append does
      let it: PyObject;
      try {
        it = PyObject_GetIter(only);
      } catch (e) {
        if (e instanceof PyErr && e.matches(T.TypeError)) {
          e.release();
          throw PyErr.format(rt, T.TypeError, `cannot convert '${only.ob_type.tp_name}' object to bytearray`);
        }
        throw e;
      }
      try {
        for (;;) {
          const x = PyIter_Next(it);
          if (x === null) break;
          let b: number;
          try {
            b = byteValue(rt, x);
          } finally {
            Py_DECREF(x);
          }
          const n = o.ob_data.length;
          PyByteArray_Resize(rt, o, n + 1);
          o.ob_data[n] = b;
        }
      } finally {
        Py_DECREF(it);
      }
      return;
    }
    const d = dataFromArgs(rt, 'bytearray', args, kw);
    if (d === null || d.length === 0) return;
    PyByteArray_Resize(rt, o, d.length);
    o.ob_data = d;
  };
  const self_ = (o: PyObject): PyByteArrayObject => o as PyByteArrayObject;
  BA.tp_methods = [
    ...sharedBytesMethods(rt, T, dv, wrap),
    { name: 'append', fn: (self, args) => {
      if (args.length !== 1) throw PyErr.format(rt, T.TypeError, `bytearray.append() takes exactly one argument (${args.length} given)`);
      const o = self_(self);
      const b = byteValue(rt, args[0] as PyObject);
      const n = o.ob_data.length;
      PyByteArray_Resize(rt, o, n + 1);
      o.ob_data[n] = b;
      return Py_NewRef(rt.None);
    } },
    { name: 'extend', fn: (self, args) => {
      if (args.length !== 1) throw PyErr.format(rt, T.TypeError, `bytearray.extend() takes exactly one argument (${args.length} given)`);
      bytearray_extend(rt, self_(self), args[0] as PyObject);
      return Py_NewRef(rt.None);
    } },
    { name: 'insert', fn: (self, args) => {
      if (args.length !== 2) throw PyErr.format(rt, T.TypeError, `insert expected 2 arguments, got ${args.length}`);
      const o = self_(self);
      const n = o.ob_data.length;
      let i = indexArg(rt, args[0] as PyObject);
      const b = byteValue(rt, args[1] as PyObject);
      if (i < 0) {
        i += n;
        if (i < 0) i = 0;
      }
      if (i > n) i = n;
      const old = o.ob_data.slice();
      PyByteArray_Resize(rt, o, n + 1);
      o.ob_data.set(old.subarray(0, i));
      o.ob_data[i] = b;
      o.ob_data.set(old.subarray(i), i + 1);
      return Py_NewRef(rt.None);
    } },
    { name: 'pop', fn: (self, args) => {
      if (args.length > 1) throw PyErr.format(rt, T.TypeError, `pop expected at most 1 argument, got ${args.length}`);
      const o = self_(self);
      const n = o.ob_data.length;
      if (n === 0) throw PyErr.format(rt, T.IndexError, 'pop from empty bytearray');
      let i = args.length > 0 ? _PyLong_AsSsize_tArg(args[0] as PyObject) : -1;
      if (i < 0) i += n;
      if (i < 0 || i >= n) throw PyErr.format(rt, T.IndexError, 'pop index out of range');
      const old = o.ob_data.slice();
      const v = old[i] as number;
      PyByteArray_Resize(rt, o, n - 1);
      o.ob_data.set(old.subarray(0, i));
      o.ob_data.set(old.subarray(i + 1), i);
      return rt.newInt(v);
    } },
    { name: 'remove', fn: (self, args) => {
      if (args.length !== 1) throw PyErr.format(rt, T.TypeError, `bytearray.remove() takes exactly one argument (${args.length} given)`);
      const o = self_(self);
      const b = byteValue(rt, args[0] as PyObject);
      const i = o.ob_data.indexOf(b);
      if (i < 0) throw PyErr.format(rt, T.ValueError, 'value not found in bytearray');
      const old = o.ob_data.slice();
      PyByteArray_Resize(rt, o, old.length - 1);
      o.ob_data.set(old.subarray(0, i));
      o.ob_data.set(old.subarray(i + 1), i);
      return Py_NewRef(rt.None);
    } },
    { name: 'clear', fn: (self) => {
      PyByteArray_Resize(rt, self_(self), 0);
      return Py_NewRef(rt.None);
    } },
    { name: 'reverse', fn: (self) => {
      self_(self).ob_data.reverse();
      return Py_NewRef(rt.None);
    } },
    { name: 'copy', fn: (self) => PyByteArray_FromData(rt, dv(self).slice()) },
    { name: 'fromhex', flags: 'class', fn: (cls, args) => {
      if (args.length !== 1) throw PyErr.format(rt, T.TypeError, `fromhex() takes exactly one argument (${args.length} given)`);
      const d = fromHex(rt, strArg(rt, 'fromhex', 1, args[0] as PyObject));
      if (cls === T.bytearray) return PyByteArray_FromData(rt, d);
      const tmp = PyByteArray_FromData(rt, d);
      try {
        return rt.callBorrowed(cls, [tmp]);
      } finally {
        Py_DECREF(tmp);
      }
    } },
    { name: '__alloc__', fn: (self) => rt.newInt(self_(self).ob_alloc) },
    { name: '__sizeof__', fn: (self) => rt.newInt(self.ob_type.tp_basicsize + self_(self).ob_alloc) },
    { name: '__iadd__', fn: (self, args) => {
      bytearray_iconcat(rt, self_(self), args[0] as PyObject);
      return Py_NewRef(self);
    } },
    { name: '__imul__', fn: (self, args) => {
      bytearray_irepeat(rt, self_(self), indexArg(rt, args[0] as PyObject));
      return Py_NewRef(self);
    } },
    { name: '__reduce__', fn: (self) => rt.newTuple([Py_NewRef(self.ob_type), rt.newTuple([rt.newStr(latin1(dv(self))), rt.newStr('latin-1')]), Py_NewRef(rt.None)]) },
  ];
  installBytesIterType(rt, T.bytearray_iterator);
}
