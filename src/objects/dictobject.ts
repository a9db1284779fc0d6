// dict: CPython 3.11's Objects/dictobject.c, the storage side. Start at PyDict_SetItem.
//
// Like CPython a dict is a compact, insertion-ordered entry array plus a lookup structure.
// Entries live in ek / ev (key, value; null once deleted = DKIX_DUMMY). The lookup structure
// is ours, chosen by the key's "fast key" (fastKey): str keys (their text) go to a StrIndex,
// an open-addressing table over (str hash, entry index) pairs compared by text; int32 numbers
// (ints, and floats equal to them) to an IntIndex, the same over (value, entry index); other
// primitive fast keys (larger ints, floats, identity-hashed objects) to a JS Map from the fast
// key to the entry index; every other key (tuples, user __hash__/__eq__) to a Map from its
// Python hash to entry indices, compared with ==.
//
// Memory mirrors 3.11: the dict object is 16 GC + 48 bytes; an empty dict shares the static
// empty keys (no allocation); the first insert makes an 8-slot keys object; when dk_usable runs
// out the table is rebuilt at the smallest power of two >= 3 * used. A keys object is one
// request of 32 + index bytes + usable * (16 for all-str keys, 24 otherwise). Free lists: 80
// dicts, 80 eight-slot str-keys objects. Dicts start untracked and are tracked when a value
// that may be tracked goes in (MAINTAIN_TRACKING).
//
// DIVERGENCE: a key whose class overrides __eq__/__hash__ so as to equal a str or an int is
// never found by that str or int (and the other way round).

import { PyObject, type PyTypeObject, Py_DECREF, Py_INCREF, type visitproc, Py_TPFLAGS_LONG_SUBCLASS, Py_TPFLAGS_UNICODE_SUBCLASS } from './object.js';
import { type Runtime, PyDict_MAXFREELIST } from './runtime.js';
import { _PyObject_GC_TRACK, _PyObject_GC_UNTRACK } from '../gc/gclist.js';
import { _PyObject_GC_MAY_BE_TRACKED } from './tupleobject.js';
import { type PyUnicodeObject, unicode_hash, _Py_HashText } from './unicodeobject.js';
import type { PyLongObject } from './longobject.js';
import type { PyFloatObject } from './floatobject.js';

export const PyDict_LOG_MINSIZE = 3;

export type FastKey = string | number | bigint | PyObject;

/**
 * The lookup structure for keys whose fast key is an int32 number (small ints, and floats equal
 * to them): open addressing with linear probing over one Int32Array of (key, entry index) pairs,
 * entry index -1 for a free slot and -2 for a deleted one. Only a faster replacement for a Map
 * from those numbers to entry indices; nothing a script sees depends on it.
 */
export class IntIndex {
  /** pairs: table[2 * slot] = key, table[2 * slot + 1] = entry index (-1 free, -2 deleted) */
  table: Int32Array;
  mask: number;
  /** slots holding a live key or a deletion mark */
  filled = 0;

  constructor(log2: number) {
    const n = 1 << log2;
    this.mask = n - 1;
    this.table = new Int32Array(2 * n).fill(-1);
  }

  get(k: number): number {
    const t = this.table;
    const mask = this.mask;
    let i = (k ^ (k >>> 16)) & mask;
    for (;;) {
      const v = t[2 * i + 1] as number;
      if (v === -1) return -1;
      if (t[2 * i] === k && v >= 0) return v;
      i = (i + 1) & mask;
    }
  }

  /** k must be absent. */
  add(k: number, ix: number): void {
    if ((this.filled + 1) * 2 > this.mask + 1) this.grow();
    const t = this.table;
    const mask = this.mask;
    let i = (k ^ (k >>> 16)) & mask;
    for (;;) {
      const v = t[2 * i + 1] as number;
      if (v === -1) {
        this.filled++;
        break;
      }
      if (v === -2) break;
      i = (i + 1) & mask;
    }
    t[2 * i] = k;
    t[2 * i + 1] = ix;
  }

  delete(k: number): void {
    const t = this.table;
    const mask = this.mask;
    let i = (k ^ (k >>> 16)) & mask;
    for (;;) {
      const v = t[2 * i + 1] as number;
      if (v === -1) return;
      if (t[2 * i] === k && v >= 0) {
        t[2 * i + 1] = -2;
        return;
      }
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.table;
    let live = 0;
    for (let i = 1; i < old.length; i += 2) if ((old[i] as number) >= 0) live++;
    let log2 = 3;
    while ((1 << log2) < live * 4) log2++;
    const n = 1 << log2;
    this.mask = n - 1;
    this.table = new Int32Array(2 * n).fill(-1);
    this.filled = 0;
    for (let i = 0; i < old.length; i += 2) {
      const ix = old[i + 1] as number;
      if (ix >= 0) this.add(old[i] as number, ix);
    }
  }
}

/**
 * The lookup structure for str keys: open addressing with linear probing over one Int32Array of
 * (hash, entry index) pairs, entry index -1 for a free slot and -2 for a deleted one; the hash
 * is the low 32 bits of the str's hash (unicode_hash, cached in the str), a candidate entry is
 * confirmed by comparing texts. Faster than a JS Map keyed by text (no hashing of the JS string,
 * no heap-allocated table); nothing a script sees depends on it.
 */
export class StrIndex {
  /** pairs: table[2 * slot] = hash, table[2 * slot + 1] = entry index (-1 free, -2 deleted) */
  table: Int32Array;
  mask: number;
  /** 32 - log2(slots): the start slot is the top bits of hash * 0x9e3779b1 */
  shift: number;
  /** slots holding a live key or a deletion mark */
  filled = 0;

  constructor(log2: number) {
    const n = 1 << log2;
    this.mask = n - 1;
    this.shift = 32 - log2;
    this.table = new Int32Array(2 * n).fill(-1);
  }

  /** Entry index of the str with text s and index hash h, or -1; ek: the entries' keys. */
  get(s: string, h: number, ek: (PyObject | null)[]): number {
    const t = this.table;
    const mask = this.mask;
    let i = Math.imul(h, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const v = t[2 * i + 1] as number;
      if (v === -1) return -1;
      if (t[2 * i] === h && v >= 0 && (ek[v] as PyUnicodeObject).ob_sval === s) return v;
      i = (i + 1) & mask;
    }
  }

  /** The key must be absent. */
  add(h: number, ix: number): void {
    if ((this.filled + 1) * 2 > this.mask + 1) this.grow();
    const t = this.table;
    const mask = this.mask;
    let i = Math.imul(h, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const v = t[2 * i + 1] as number;
      if (v === -1) {
        this.filled++;
        break;
      }
      if (v === -2) break;
      i = (i + 1) & mask;
    }
    t[2 * i] = h;
    t[2 * i + 1] = ix;
  }

  /** Marks the slot of entry ix (index hash h) deleted. */
  delete(h: number, ix: number): void {
    const t = this.table;
    const mask = this.mask;
    let i = Math.imul(h, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const v = t[2 * i + 1] as number;
      if (v === -1) return;
      if (v === ix) {
        t[2 * i + 1] = -2;
        return;
      }
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.table;
    let live = 0;
    for (let i = 1; i < old.length; i += 2) if ((old[i] as number) >= 0) live++;
    let log2 = 3;
    while ((1 << log2) < live * 4) log2++;
    const n = 1 << log2;
    this.mask = n - 1;
    this.shift = 32 - log2;
    this.table = new Int32Array(2 * n).fill(-1);
    this.filled = 0;
    for (let i = 0; i < old.length; i += 2) {
      const ix = old[i + 1] as number;
      if (ix >= 0) this.add(old[i] as number, ix);
    }
  }
}

/** The StrIndex hash of a str (or str subclass) key: the low 32 bits of its text's hash. */
function strIndexHash(u: PyUnicodeObject): number {
  const h = u.ob_hash;
  return (h !== -1 ? h : unicode_hash(u)) | 0;
}

/** Whether a fast key goes to the IntIndex (int32 numbers; -0 counts as 0, as in a Map). */
function isInt32Key(fk: FastKey): fk is number {
  return typeof fk === 'number' && (fk | 0) === fk;
}

export class PyDictKeysObject {
  dk_log2size = PyDict_LOG_MINSIZE;
  dk_usable = 0;
  /** all keys are exact str (DICT_KEYS_UNICODE) */
  dk_unicode = true;
  addr = 0;
  ek: (PyObject | null)[] = [];
  ev: (PyObject | null)[] = [];
  /** fast keys other than texts and int32 numbers -> entry index */
  index = new Map<FastKey, number>();
  /** str keys, made on the first one */
  strs: StrIndex | null = null;
  /** int32 fast keys, made on the first one */
  ints: IntIndex | null = null;
  /** keys without a fast key: hash -> entry indices */
  slow: Map<number, number[]> | null = null;
}

export class PyDictObject extends PyObject {
  declare ma_used: number;
  /** null: the shared empty keys */
  declare ma_keys: PyDictKeysObject | null;

  constructor(type: PyTypeObject, addr: number, refcnt = 1) {
    super(type, addr, refcnt);
    this.ma_used = 0;
    this.ma_keys = null;
  }
}

/** USABLE_FRACTION */
export function USABLE_FRACTION(n: number): number {
  return ((n << 1) / 3) | 0;
}

/** Bytes of a keys object (sizeof(PyDictKeysObject) + indices + entries). */
export function keysObjectSize(log2size: number, unicode: boolean): number {
  const size = 1 << log2size;
  const ixbytes = log2size < 8 ? 1 : log2size < 16 ? 2 : log2size < 32 ? 4 : 8;
  return 32 + size * ixbytes + USABLE_FRACTION(size) * (unicode ? 16 : 24);
}

/** sys.getsizeof(d) - 16 (the GC pre-header): dict.__sizeof__ */
export function dict_sizeof(d: PyDictObject): number {
  return 48 + (d.ma_keys === null ? 0 : keysObjectSize(d.ma_keys.dk_log2size, d.ma_keys.dk_unicode));
}

export function PyDict_New(rt: Runtime): PyDictObject {
  const fl = rt.dictFreelist;
  if (fl.length > 0) {
    const o = fl.pop() as PyDictObject;
    o.ob_refcnt = 1;
    return o;
  }
  const addr = rt.allocObject(rt.types.dict, 0);
  return new PyDictObject(rt.types.dict, addr);
}

function new_keys_object(rt: Runtime, log2size: number, unicode: boolean): PyDictKeysObject {
  const k = new PyDictKeysObject();
  k.dk_log2size = log2size;
  k.dk_unicode = unicode;
  k.dk_usable = USABLE_FRACTION(1 << log2size);
  if (log2size === PyDict_LOG_MINSIZE && unicode && rt.dictKeysFreelist.length > 0) {
    k.addr = rt.dictKeysFreelist.pop() as number;
  } else {
    k.addr = rt.malloc(keysObjectSize(log2size, unicode));
  }
  return k;
}

function free_keys_memory(rt: Runtime, k: PyDictKeysObject): void {
  if (k.dk_log2size === PyDict_LOG_MINSIZE && k.dk_unicode && rt.dictKeysFreelist.length < PyDict_MAXFREELIST) {
    rt.dictKeysFreelist.push(k.addr);
  } else {
    rt.free(k.addr);
  }
}

/** The primitive lookup key of k, or undefined when k needs hash + == (the slow path). */
export function fastKey(rt: Runtime, k: PyObject): FastKey | undefined {
  const t = k.ob_type;
  if (t === rt.types.str) return (k as PyUnicodeObject).ob_sval;
  if ((t.tp_flags & Py_TPFLAGS_LONG_SUBCLASS) !== 0) return (k as PyLongObject).ob_ival;
  if (t === rt.types.float || (t === rt.types.complex && (k as unknown as { imag: number }).imag === 0)) {
    // a complex with a zero imaginary part is equal to (and hashes as) its real part
    const x = t === rt.types.float ? (k as PyFloatObject).ob_fval : (k as unknown as { real: number }).real;
    if (Number.isNaN(x)) return k;
    if (Number.isInteger(x) && !Number.isSafeInteger(x) && Number.isFinite(x)) return BigInt(x);
    return x;
  }
  if ((t.tp_flags & Py_TPFLAGS_UNICODE_SUBCLASS) !== 0) return (k as PyUnicodeObject).ob_sval;
  if (t.identityHash) return k;
  return undefined;
}

/** Entry index of key, whose fast key is fk, or -1. */
function lookupFast(keys: PyDictKeysObject, fk: FastKey, key: PyObject): number {
  if (typeof fk === 'string') return keys.strs === null ? -1 : keys.strs.get(fk, strIndexHash(key as PyUnicodeObject), keys.ek);
  if (isInt32Key(fk)) return keys.ints === null ? -1 : keys.ints.get(fk);
  const ix = keys.index.get(fk);
  return ix === undefined ? -1 : ix;
}

/** Entry index of the str key with text name, or -1 (no Python code runs). */
function lookupText(keys: PyDictKeysObject, name: string, h: number): number {
  return keys.strs === null ? -1 : keys.strs.get(name, h, keys.ek);
}

/** Entry index of key, or -1. May run Python code (__eq__ / __hash__) on the slow path. */
export function dict_lookup(rt: Runtime, d: PyDictObject, key: PyObject): number {
  const keys = d.ma_keys;
  if (keys === null) return -1;
  const fk = fastKey(rt, key);
  if (fk !== undefined) return lookupFast(keys, fk, key);
  if (keys.slow === null) {
    rt.hashOf(key); // a TypeError for unhashable keys even when the dict has no slow keys
    return -1;
  }
  const h = rt.hashOf(key);
  const cands = keys.slow.get(h);
  if (cands === undefined) return -1;
  for (const ix of cands) {
    const k = keys.ek[ix];
    if (k === null || k === undefined) continue;
    if (k === key || rt.richCompareBool(k, key, 2)) return ix;
  }
  return -1;
}

/** Lookup by JS string (globals, attribute dicts): borrowed value or null. */
export function PyDict_GetItemString(d: PyDictObject, name: string): PyObject | null {
  const keys = d.ma_keys;
  if (keys === null || keys.strs === null) return null;
  const ix = keys.strs.get(name, _Py_HashText(name) | 0, keys.ek);
  return ix < 0 ? null : (keys.ev[ix] as PyObject);
}

/** Entry index of the str key with text name, whose hash is h (_Py_HashText(name) | 0), or -1. */
export function dict_lookup_text_hashed(keys: PyDictKeysObject, name: string, h: number): number {
  return lookupText(keys, name, h);
}

/** PyDict_GetItem: borrowed value or null. */
export function PyDict_GetItem(rt: Runtime, d: PyDictObject, key: PyObject): PyObject | null {
  const ix = dict_lookup(rt, d, key);
  if (ix < 0) return null;
  return (d.ma_keys as PyDictKeysObject).ev[ix] as PyObject;
}

/** MAINTAIN_TRACKING */
function maintainTracking(rt: Runtime, d: PyDictObject, key: PyObject, value: PyObject): void {
  if (d.gc_next !== null) return;
  if (_PyObject_GC_MAY_BE_TRACKED(rt, value) || _PyObject_GC_MAY_BE_TRACKED(rt, key)) _PyObject_GC_TRACK(rt.gc, d);
}

/**
 * PyDict_SetItem, stealing both key and value (insertdict). If the key is already present the
 * new key is released and the old value is released after the store.
 */
export function PyDict_SetItemSteal(rt: Runtime, d: PyDictObject, key: PyObject, value: PyObject): void {
  maintainTracking(rt, d, key, value);
  const fk = fastKey(rt, key);
  const ix = fk === undefined ? dict_lookup(rt, d, key) : d.ma_keys === null ? -1 : lookupFast(d.ma_keys, fk, key);
  if (ix >= 0) {
    const keys = d.ma_keys as PyDictKeysObject;
    const old = keys.ev[ix] as PyObject;
    keys.ev[ix] = value;
    Py_DECREF(key);
    Py_DECREF(old);
    return;
  }
  insertNew(rt, d, key, value, fk);
}

/** PyDict_SetItem with borrowed key and value. */
export function PyDict_SetItem(rt: Runtime, d: PyDictObject, key: PyObject, value: PyObject): void {
  Py_INCREF(key);
  Py_INCREF(value);
  PyDict_SetItemSteal(rt, d, key, value);
}

function insertNew(rt: Runtime, d: PyDictObject, key: PyObject, value: PyObject, fk: FastKey | undefined): void {
  const isStrKey = key.ob_type === rt.types.str;
  let keys = d.ma_keys;
  if (keys === null) {
    keys = new_keys_object(rt, PyDict_LOG_MINSIZE, isStrKey);
    d.ma_keys = keys;
  } else if (keys.dk_usable <= 0 || (keys.dk_unicode && !isStrKey)) {
    dictresize(rt, d, calculate_log2_keysize(d.ma_used * 3), keys.dk_unicode && isStrKey);
    keys = d.ma_keys as PyDictKeysObject;
  }
  const ix = keys.ek.length;
  keys.ek.push(key);
  keys.ev.push(value);
  indexEntry(rt, keys, key, ix, fk);
  keys.dk_usable--;
  d.ma_used++;
}

function indexEntry(rt: Runtime, keys: PyDictKeysObject, key: PyObject, ix: number, fk: FastKey | undefined): void {
  if (fk !== undefined) {
    if (typeof fk === 'string') {
      if (keys.strs === null) keys.strs = new StrIndex(keys.dk_log2size);
      keys.strs.add(strIndexHash(key as PyUnicodeObject), ix);
    } else if (isInt32Key(fk)) {
      if (keys.ints === null) keys.ints = new IntIndex(keys.dk_log2size);
      keys.ints.add(fk, ix);
    } else {
      keys.index.set(fk, ix);
    }
    return;
  }
  if (keys.slow === null) keys.slow = new Map();
  const h = rt.hashOf(key);
  const c = keys.slow.get(h);
  if (c === undefined) keys.slow.set(h, [ix]);
  else c.push(ix);
}

/**
 * calculate_log2_keysize, 3.11's formula: bit_length(((minsize | 8) - 1) | 7). Note the quirk
 * that any minsize below 8 but not 0 gives 16 slots (the first non-str key into a str table).
 */
export function calculate_log2_keysize(minsize: number): number {
  let x = ((minsize | 8) - 1) | 7;
  let n = 0;
  while (x > 0) {
    n++;
    x = Math.floor(x / 2);
  }
  return n;
}

/** dictresize: a new keys object with the live entries, compacted in order. */
function dictresize(rt: Runtime, d: PyDictObject, log2size: number, unicode: boolean): void {
  const old = d.ma_keys as PyDictKeysObject;
  const k = new_keys_object(rt, log2size, unicode);
  if (old.ek.length === d.ma_used) {
    // No deleted entries: compaction would keep every entry at its index, so the new keys
    // object takes over the old one's entry arrays and lookup maps instead of rebuilding them.
    k.ek = old.ek;
    k.ev = old.ev;
    k.index = old.index;
    k.slow = old.slow;
    k.strs = old.strs;
    k.ints = old.ints;
    old.ek = [];
    old.ev = [];
    old.index = new Map();
    old.slow = null;
    old.strs = null;
    old.ints = null;
    k.dk_usable -= k.ek.length;
    free_keys_memory(rt, old);
    d.ma_keys = k;
    return;
  }
  for (let i = 0; i < old.ek.length; i++) {
    const key = old.ek[i];
    if (key === null || key === undefined) continue;
    const ix = k.ek.length;
    k.ek.push(key);
    k.ev.push(old.ev[i] as PyObject);
    indexEntry(rt, k, key, ix, fastKey(rt, key));
  }
  k.dk_usable -= k.ek.length;
  free_keys_memory(rt, old);
  d.ma_keys = k;
}

/** Removes entry ix, returning the (owned) key and value for the caller to release. */
export function dict_del_entry(rt: Runtime, d: PyDictObject, ix: number): [PyObject, PyObject] {
  const keys = d.ma_keys as PyDictKeysObject;
  const key = keys.ek[ix] as PyObject;
  const value = keys.ev[ix] as PyObject;
  keys.ek[ix] = null;
  keys.ev[ix] = null;
  const fk = fastKey(rt, key);
  if (fk !== undefined) {
    if (typeof fk === 'string') keys.strs?.delete(strIndexHash(key as PyUnicodeObject), ix);
    else if (isInt32Key(fk)) keys.ints?.delete(fk);
    else keys.index.delete(fk);
  }
  else if (keys.slow !== null) {
    const h = rt.hashOf(key);
    const c = keys.slow.get(h);
    if (c !== undefined) {
      const p = c.indexOf(ix);
      if (p >= 0) c.splice(p, 1);
      if (c.length === 0) keys.slow.delete(h);
    }
  }
  d.ma_used--;
  return [key, value];
}

/** PyDict_DelItem; returns false when the key is absent (caller raises KeyError). */
export function PyDict_DelItem(rt: Runtime, d: PyDictObject, key: PyObject): boolean {
  const ix = dict_lookup(rt, d, key);
  if (ix < 0) return false;
  const [k, v] = dict_del_entry(rt, d, ix);
  Py_DECREF(k);
  Py_DECREF(v);
  return true;
}

/** Iterates live entries in order: calls f(key, value) with borrowed references. */
export function dict_each(d: PyDictObject, f: (k: PyObject, v: PyObject) => void): void {
  const keys = d.ma_keys;
  if (keys === null) return;
  for (let i = 0; i < keys.ek.length; i++) {
    const k = keys.ek[i];
    if (k !== null && k !== undefined) f(k, keys.ev[i] as PyObject);
  }
}

/** PyDict_Clear: back to the shared empty keys; releases keys and values in entry order. */
export function PyDict_Clear(rt: Runtime, d: PyDictObject): void {
  const keys = d.ma_keys;
  if (keys === null) return;
  d.ma_keys = null;
  d.ma_used = 0;
  free_keys_memory(rt, keys);
  for (let i = 0; i < keys.ek.length; i++) {
    const k = keys.ek[i];
    if (k === null || k === undefined) continue;
    Py_DECREF(k);
    Py_DECREF(keys.ev[i] as PyObject);
  }
}

/** dict_dealloc */
export function dict_dealloc(op: PyObject): void {
  const d = op as PyDictObject;
  const rt = d.ob_type.rt;
  _PyObject_GC_UNTRACK(d);
  const keys = d.ma_keys;
  d.ma_keys = null;
  d.ma_used = 0;
  if (keys !== null) {
    for (let i = 0; i < keys.ek.length; i++) {
      const k = keys.ek[i];
      if (k === null || k === undefined) continue;
      Py_DECREF(k);
      Py_DECREF(keys.ev[i] as PyObject);
    }
    free_keys_memory(rt, keys);
  }
  if (d.ob_type === rt.types.dict && rt.dictFreelist.length < PyDict_MAXFREELIST) {
    rt.dictFreelist.push(d);
    return;
  }
  rt.PyObject_Free(d);
}

/** dict_traverse: values only for all-str tables, else key then value, in entry order. */
export function dict_traverse(op: PyObject, visit: visitproc, arg: unknown): number {
  const keys = (op as PyDictObject).ma_keys;
  if (keys === null) return 0;
  const unicode = keys.dk_unicode;
  for (let i = 0; i < keys.ek.length; i++) {
    const k = keys.ek[i];
    if (k === null || k === undefined) continue;
    // CPython 3.11's order: each entry's value, then (unless every key is a str) its key
    const r = visit(keys.ev[i] as PyObject, arg);
    if (r !== 0) return r;
    if (!unicode) {
      const rk = visit(k, arg);
      if (rk !== 0) return rk;
    }
  }
  return 0;
}

export function dict_tp_clear(op: PyObject): void {
  const d = op as PyDictObject;
  PyDict_Clear(d.ob_type.rt, d);
}

export function dict_clear_freelist(rt: Runtime): void {
  for (const d of rt.dictFreelist) rt.PyObject_Free(d);
  rt.dictFreelist.length = 0;
  for (const a of rt.dictKeysFreelist) rt.free(a);
  rt.dictKeysFreelist.length = 0;
}

/** _PyDict_MaybeUntrack (full collections only). */
export function _PyDict_MaybeUntrack(rt: Runtime, d: PyDictObject): void {
  if (d.ob_type !== rt.types.dict || d.gc_next === null) return;
  const keys = d.ma_keys;
  if (keys !== null) {
    for (let i = 0; i < keys.ek.length; i++) {
      const k = keys.ek[i];
      if (k === null || k === undefined) continue;
      if (_PyObject_GC_MAY_BE_TRACKED(rt, keys.ev[i] as PyObject)) return;
      if (!keys.dk_unicode && _PyObject_GC_MAY_BE_TRACKED(rt, k)) return;
    }
  }
  _PyObject_GC_UNTRACK(d);
}

/** Lookup by JS string; borrowed or null. Also for str-keyed fast sets: */
export function PyDict_SetItemString(rt: Runtime, d: PyDictObject, name: string, value: PyObject): void {
  // value borrowed; key made here
  Py_INCREF(value);
  PyDict_SetItemSteal(rt, d, rt.newStr(name), value);
}

/** Index of a str key by JS string (no Python code runs). */
export function dict_lookup_string(d: PyDictObject, name: string): number {
  const keys = d.ma_keys;
  if (keys === null) return -1;
  return lookupText(keys, name, _Py_HashText(name) | 0);
}
