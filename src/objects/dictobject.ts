// dict: CPython 3.11's Objects/dictobject.c, the storage side. Start at PyDict_SetItem.
//
// Like CPython a dict is a compact, insertion-ordered entry array plus a lookup structure.
// Entries live in ek / ev (key, value; null once deleted = DKIX_DUMMY), two arrays made at
// their full length (USABLE_FRACTION of the table) with the keys object; dk_nentries counts the
// entries used, so an insert is a store, never an array growing. The lookup structure
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
// DIVERGENCE: a lookup compares the keys of equal hash in insertion order, where CPython's order
// is that of its probe sequence: a script sees it only through side effects of __eq__ among
// several distinct keys with one hash.

import { PyObject, type PyTypeObject, Py_DECREF, Py_INCREF, _Py_Dealloc, type visitproc, Py_TPFLAGS_LONG_SUBCLASS, Py_TPFLAGS_UNICODE_SUBCLASS } from './object.js';
import { type Runtime, PyDict_MAXFREELIST } from './runtime.js';
import { _PyObject_GC_IS_TRACKED, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK } from '../gc/gclist.js';
import { _PyObject_GC_MAY_BE_TRACKED } from './tupleobject.js';
import { type PyUnicodeObject, unicode_hash, _Py_HashText, _PyUnicode_DeallocExact } from './unicodeobject.js';
import { type PyLongObject, _PyLong_DeallocExact } from './longobject.js';
import type { PyFloatObject } from './floatobject.js';

export const PyDict_LOG_MINSIZE = 3;

export type FastKey = string | number | bigint | PyObject;

// The two open-addressing tables below (IntIndex, StrIndex) share one layout: an Int32Array of
// (key or hash, slot state) pairs, where the state is
//     0        free (a fresh table is all free, no fill needed)
//     -1       deleted (probes go on past it; an add may reuse it)
//     ix + 1   live: entry ix of ek / ev
// Like CPython's dk_indices, a table has as many slots as its keys object (2 ** dk_log2size) and
// is rebuilt with it by dictresize: each entry of ek fills at most one slot and ek never holds
// more than USABLE_FRACTION(slots) entries, so at least a third of the slots stay free. Tables
// over 64 bytes live outside V8's heap and cost ~1 us to make: freed ones wait in a per-size
// pool (Runtime.dictIndexPool) for the next dict of that size.
//
// Probing. A StrIndex starts at the top bits of hash * 0x9e3779b1 and probes linearly: str
// hashes are well spread. An IntIndex starts at the key itself (its low bits, with bits 16+
// folded in), so that consecutive ints fill consecutive slots, the common case, and a walk over
// them is a walk through memory; but then a run of consecutive keys is one long cluster, and a
// linear probe that starts inside it (a missing key, a deleted one) would walk to its end: O(n)
// per lookup. So an IntIndex probes as CPython's lookdict does (intProbe): the next slot is
// 5 * slot + 1 + perturb, where perturb starts as the key and loses 5 bits at each step, so two
// keys that meet part ways at once, and once perturb is 0 the recurrence visits every slot.

/** Tables of up to 2 ** INDEX_POOL_MIN_LOG2 slots (64 bytes) are made fresh: V8 keeps them on its heap, cheaply. */
const INDEX_POOL_MIN_LOG2 = 3;
/** Larger tables than 2 ** INDEX_POOL_MAX_LOG2 slots (2 MiB) are never pooled. */
const INDEX_POOL_MAX_LOG2 = 18;
/** Pooled tables per size, up to 2 ** INDEX_POOL_DEEP_LOG2 slots (128 KiB). */
const INDEX_POOL_DEPTH = 8;
const INDEX_POOL_DEEP_LOG2 = 14;
/**
 * Pooled tables per larger size: one, so the pool holds at most 3.75 MiB of them. A big table
 * comes from calloc as untouched pages, each of which costs a page fault when first written
 * (a resize writes all of them); a pooled one is only zeroed.
 */
const INDEX_POOL_BIG_DEPTH = 1;

/** A table of 2 ** log2 free slots: a pooled one (cleared) or a new one. */
function newIndexTable(rt: Runtime, log2: number): Int32Array {
  if (log2 > INDEX_POOL_MIN_LOG2) {
    const pool = rt.dictIndexPool[log2];
    if (pool !== undefined && pool.length > 0) {
      const t = pool.pop() as Int32Array;
      t.fill(0);
      return t;
    }
  }
  return new Int32Array(2 << log2);
}

/** Hands a table no longer used (2 ** log2 slots) to the pool. */
function releaseIndexTable(rt: Runtime, t: Int32Array, log2: number): void {
  if (log2 <= INDEX_POOL_MIN_LOG2 || log2 > INDEX_POOL_MAX_LOG2) return;
  const pools = rt.dictIndexPool;
  while (pools.length <= log2) pools.push([]);
  const pool = pools[log2] as Int32Array[];
  if (pool.length < (log2 <= INDEX_POOL_DEEP_LOG2 ? INDEX_POOL_DEPTH : INDEX_POOL_BIG_DEPTH)) pool.push(t);
}

/**
 * The IntIndex slot after slot i, perturb being the key's remaining bits (already shifted right
 * by 5 for this step): lookdict's recurrence, (5 * i + 1 + perturb) mod the table size. The sum
 * stays a small integer for tables of up to 2 ** 28 slots (and is exact beyond).
 */
function intProbe(i: number, perturb: number, mask: number): number {
  return ((i << 2) + i + 1 + perturb) & mask;
}

/**
 * The lookup structure for keys whose fast key is an int32 number (small ints, and floats equal
 * to them): pairs (key, state). Only a faster replacement for a Map from those numbers to entry
 * indices; nothing a script sees depends on it.
 */
export class IntIndex {
  /** pairs: table[2 * slot] = key, table[2 * slot + 1] = state (0 free, -1 deleted, ix + 1) */
  table: Int32Array;
  mask: number;
  log2: number;

  constructor(rt: Runtime, log2: number) {
    this.mask = (1 << log2) - 1;
    this.log2 = log2;
    this.table = newIndexTable(rt, log2);
  }

  clone(rt: Runtime): IntIndex {
    const c = new IntIndex(rt, this.log2);
    c.table.set(this.table);
    return c;
  }

  /** Entry index of key k, or -1. */
  get(k: number): number {
    const t = this.table;
    const mask = this.mask;
    let i = (k ^ (k >>> 16)) & mask;
    let perturb = k >>> 0;
    for (;;) {
      const v = t[2 * i + 1] as number;
      if (v === 0) return -1;
      if (t[2 * i] === k && v > 0) return v - 1;
      perturb >>>= 5;
      i = intProbe(i, perturb, mask);
    }
  }

  /**
   * Entry index of key k when present; otherwise -1 - s, where s is the slot add(k, ...) would
   * fill (the first deleted or free slot of k's probe sequence): lookup and insert in one probe.
   */
  find(k: number): number {
    const t = this.table;
    const mask = this.mask;
    let i = (k ^ (k >>> 16)) & mask;
    let perturb = k >>> 0;
    let slot = -1;
    for (;;) {
      const v = t[2 * i + 1] as number;
      if (v === 0) return -1 - (slot < 0 ? i : slot);
      if (v > 0) {
        if (t[2 * i] === k) return v - 1;
      } else if (slot < 0) slot = i;
      perturb >>>= 5;
      i = intProbe(i, perturb, mask);
    }
  }

  /** Fills slot s (find's answer for k, with no change to the table since) with k -> entry ix. */
  addAt(s: number, k: number, ix: number): void {
    const t = this.table;
    t[2 * s] = k;
    t[2 * s + 1] = ix + 1;
  }

  /** k must be absent (and the table, sized with its keys object, has room). */
  add(k: number, ix: number): void {
    const t = this.table;
    const mask = this.mask;
    let i = (k ^ (k >>> 16)) & mask;
    let perturb = k >>> 0;
    while ((t[2 * i + 1] as number) > 0) {
      perturb >>>= 5;
      i = intProbe(i, perturb, mask);
    }
    t[2 * i] = k;
    t[2 * i + 1] = ix + 1;
  }

  delete(k: number): void {
    const t = this.table;
    const mask = this.mask;
    let i = (k ^ (k >>> 16)) & mask;
    let perturb = k >>> 0;
    for (;;) {
      const v = t[2 * i + 1] as number;
      if (v === 0) return;
      if (t[2 * i] === k && v > 0) {
        t[2 * i + 1] = -1;
        return;
      }
      perturb >>>= 5;
      i = intProbe(i, perturb, mask);
    }
  }

  /** The same live pairs in a new table of 2 ** log2 slots (dictresize without compaction); this one is released. */
  rebuilt(rt: Runtime, log2: number): IntIndex {
    const c = new IntIndex(rt, log2);
    const old = this.table;
    const t = c.table;
    const mask = c.mask;
    for (let j = 0; j < old.length; j += 2) {
      const v = old[j + 1] as number;
      if (v <= 0) continue;
      const k = old[j] as number;
      let i = (k ^ (k >>> 16)) & mask;
      let perturb = k >>> 0;
      while (t[2 * i + 1] !== 0) {
        perturb >>>= 5;
        i = intProbe(i, perturb, mask);
      }
      t[2 * i] = k;
      t[2 * i + 1] = v;
    }
    this.release(rt);
    return c;
  }

  /** Gives the table to the pool: the caller drops this index. */
  release(rt: Runtime): void {
    releaseIndexTable(rt, this.table, this.log2);
  }
}

/**
 * The lookup structure for str keys: pairs (hash, state), where the hash is the low 32 bits of
 * the str's hash (unicode_hash, cached in the str) and a candidate entry is confirmed by
 * comparing texts; the probe starts at the top bits of hash * 0x9e3779b1. Faster than a JS Map
 * keyed by text (no hashing of the JS string, no heap-allocated table); nothing a script sees
 * depends on it.
 */
export class StrIndex {
  /** pairs: table[2 * slot] = hash, table[2 * slot + 1] = state (0 free, -1 deleted, ix + 1) */
  table: Int32Array;
  mask: number;
  /** 32 - log2(slots) */
  shift: number;
  log2: number;

  constructor(rt: Runtime, log2: number) {
    this.mask = (1 << log2) - 1;
    this.shift = 32 - log2;
    this.log2 = log2;
    this.table = newIndexTable(rt, log2);
  }

  clone(rt: Runtime): StrIndex {
    const c = new StrIndex(rt, this.log2);
    c.table.set(this.table);
    return c;
  }

  /** Entry index of the str with text s and index hash h, or -1; ek: the entries' keys. */
  get(s: string, h: number, ek: (PyObject | null)[]): number {
    const t = this.table;
    const mask = this.mask;
    let i = Math.imul(h, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const v = t[2 * i + 1] as number;
      if (v === 0) return -1;
      if (t[2 * i] === h && v > 0 && (ek[v - 1] as PyUnicodeObject).ob_sval === s) return v - 1;
      i = (i + 1) & mask;
    }
  }

  /**
   * Entry index of the str with text s and index hash h when present; otherwise -1 - slot,
   * where slot is the one add(h, ...) would fill: lookup and insert in one probe.
   */
  find(s: string, h: number, ek: (PyObject | null)[]): number {
    const t = this.table;
    const mask = this.mask;
    let i = Math.imul(h, 0x9e3779b1) >>> this.shift;
    let slot = -1;
    for (;;) {
      const v = t[2 * i + 1] as number;
      if (v === 0) return -1 - (slot < 0 ? i : slot);
      if (v > 0) {
        if (t[2 * i] === h && (ek[v - 1] as PyUnicodeObject).ob_sval === s) return v - 1;
      } else if (slot < 0) slot = i;
      i = (i + 1) & mask;
    }
  }

  /** Fills slot s (find's answer, with no change to the table since) with hash h -> entry ix. */
  addAt(s: number, h: number, ix: number): void {
    const t = this.table;
    t[2 * s] = h;
    t[2 * s + 1] = ix + 1;
  }

  /** The key must be absent (and the table, sized with its keys object, has room). */
  add(h: number, ix: number): void {
    const t = this.table;
    const mask = this.mask;
    let i = Math.imul(h, 0x9e3779b1) >>> this.shift;
    while ((t[2 * i + 1] as number) > 0) i = (i + 1) & mask;
    t[2 * i] = h;
    t[2 * i + 1] = ix + 1;
  }

  /** Marks the slot of entry ix (index hash h) deleted. */
  delete(h: number, ix: number): void {
    const t = this.table;
    const mask = this.mask;
    let i = Math.imul(h, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const v = t[2 * i + 1] as number;
      if (v === 0) return;
      if (v === ix + 1) {
        t[2 * i + 1] = -1;
        return;
      }
      i = (i + 1) & mask;
    }
  }

  /** The same live pairs in a new table of 2 ** log2 slots (dictresize without compaction); this one is released. */
  rebuilt(rt: Runtime, log2: number): StrIndex {
    const c = new StrIndex(rt, log2);
    const old = this.table;
    const t = c.table;
    const mask = c.mask;
    const shift = c.shift;
    for (let j = 0; j < old.length; j += 2) {
      const v = old[j + 1] as number;
      if (v <= 0) continue;
      const h = old[j] as number;
      let i = Math.imul(h, 0x9e3779b1) >>> shift;
      while (t[2 * i + 1] !== 0) i = (i + 1) & mask;
      t[2 * i] = h;
      t[2 * i + 1] = v;
    }
    this.release(rt);
    return c;
  }

  /** Gives the table to the pool: the caller drops this index. */
  release(rt: Runtime): void {
    releaseIndexTable(rt, this.table, this.log2);
  }
}

/** The StrIndex hash of a str (or str subclass) key: the low 32 bits of its text's hash. */
function strIndexHash(u: PyUnicodeObject): number {
  // unicode_hash answers the cached hash when there is one
  return unicode_hash(u) | 0;
}

/** Whether a fast key goes to the IntIndex (int32 numbers; -0 counts as 0, as in a Map). */
function isInt32Key(fk: FastKey): fk is number {
  return typeof fk === 'number' && (fk | 0) === fk;
}

export class PyDictKeysObject {
  // `declare`d fields set in the constructor (V8 runs class-field initializers slowly)
  declare dk_log2size: number;
  declare dk_usable: number;
  /** all keys are exact str (DICT_KEYS_UNICODE) */
  declare dk_unicode: boolean;
  declare addr: number;
  /**
   * The entries (dk_entries): keys in ek, values in ev, both arrays made whole with the keys
   * object, USABLE_FRACTION(2 ** dk_log2size) long, so that an insert is a store and never grows
   * an array (a growing array is copied, and with it every slot the engine's collector must
   * record). Slots 0 .. dk_nentries - 1 are used (null: deleted), the rest are holes
   * (undefined). dk_nentries + dk_usable never exceeds the arrays' length.
   */
  declare ek: (PyObject | null)[];
  declare ev: (PyObject | null)[];
  /** entries used so far, deleted ones included (dk_nentries) */
  declare dk_nentries: number;
  /** fast keys other than texts and int32 numbers -> entry index, made on the first one */
  declare index: Map<FastKey, number> | null;
  /** str keys, made on the first one; 2 ** dk_log2size slots */
  declare strs: StrIndex | null;
  /** int32 fast keys, made on the first one; 2 ** dk_log2size slots */
  declare ints: IntIndex | null;
  /** keys without a fast key: hash -> entry indices */
  declare slow: Map<number, number[]> | null;
  /**
   * With the first key without a fast key: each entry's hash (0 for fast keys), so that a
   * resize or a deletion never calls __hash__ again (CPython keeps me_hash in the entry).
   * dk_nentries long.
   */
  declare eh: number[] | null;

  constructor(log2size: number, unicode: boolean, ek: (PyObject | null)[], ev: (PyObject | null)[], nentries: number) {
    this.dk_log2size = log2size;
    this.dk_usable = USABLE_FRACTION(1 << log2size);
    this.dk_unicode = unicode;
    this.addr = 0;
    this.ek = ek;
    this.ev = ev;
    this.dk_nentries = nentries;
    this.index = null;
    this.strs = null;
    this.ints = null;
    this.slow = null;
    this.eh = null;
  }
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

/** An entry array for a keys object of 2 ** log2size slots: USABLE_FRACTION of them, all holes. */
function newEntryArray(log2size: number): (PyObject | null)[] {
  return new Array<PyObject | null>(USABLE_FRACTION(1 << log2size));
}

/** The entry array a set to length n, which is above its entries used (new slots are holes). */
function setEntryArrayLength(a: (PyObject | null)[], n: number): (PyObject | null)[] {
  a.length = n;
  return a;
}

/** A keys object of 2 ** log2size slots; its entry arrays are ek / ev when given (of the right length), else new. */
function new_keys_object(rt: Runtime, log2size: number, unicode: boolean, ek?: (PyObject | null)[], ev?: (PyObject | null)[]): PyDictKeysObject {
  const k = new PyDictKeysObject(log2size, unicode, ek ?? newEntryArray(log2size), ev ?? newEntryArray(log2size), 0);
  if (log2size === PyDict_LOG_MINSIZE && unicode && rt.dictKeysFreelist.length > 0) {
    k.addr = rt.dictKeysFreelist.pop() as number;
  } else {
    k.addr = rt.malloc(keysObjectSize(log2size, unicode));
  }
  return k;
}

/** Frees a keys object's block and gives its index tables to the pool (the entries are the caller's). */
function free_keys_memory(rt: Runtime, k: PyDictKeysObject): void {
  if (k.strs !== null) {
    k.strs.release(rt);
    k.strs = null;
  }
  if (k.ints !== null) {
    k.ints.release(rt);
    k.ints = null;
  }
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
  if (keys.index === null) return -1;
  const ix = keys.index.get(fk);
  return ix === undefined ? -1 : ix;
}

/** Entry index of the str key with text name, or -1 (no Python code runs). */
function lookupText(keys: PyDictKeysObject, name: string, h: number): number {
  return keys.strs === null ? -1 : keys.strs.get(name, h, keys.ek);
}

/**
 * Entry index of key, or -1. A key without a fast key is hashed (once, even when the dict is
 * empty: an unhashable key raises TypeError) and compared with ==, which may run Python code.
 */
export function dict_lookup(rt: Runtime, d: PyDictObject, key: PyObject): number {
  // the common keys first (as dict_subscript_hit): exact ints of 32 bits, exact strs
  const t = key.ob_type;
  if (t === rt.types.int) {
    const v = (key as PyLongObject).ob_ival;
    if (typeof v === 'number' && (v | 0) === v) {
      const keys = d.ma_keys;
      return keys === null || keys.ints === null ? -1 : keys.ints.get(v);
    }
  } else if (t === rt.types.str) {
    const keys = d.ma_keys;
    if (keys === null || keys.strs === null) return -1;
    return keys.strs.get((key as PyUnicodeObject).ob_sval, strIndexHash(key as PyUnicodeObject), keys.ek);
  }
  const fk = fastKey(rt, key);
  if (fk !== undefined) {
    const keys = d.ma_keys;
    return keys === null ? -1 : lookupFast(keys, fk, key);
  }
  return lookupSlow(rt, d, key, rt.hashOf(key));
}

/**
 * Entry index of key (no fast key; hash h), or -1: the entries of that hash compared with ==
 * (lookdict). The key found is held while its __eq__ runs; when the comparison changed the
 * dict's keys object or that entry, the lookup starts over, as in CPython.
 */
function lookupSlow(rt: Runtime, d: PyDictObject, key: PyObject, h: number): number {
  for (;;) {
    const keys = d.ma_keys;
    if (keys === null || keys.slow === null) return -1;
    const cands = keys.slow.get(h);
    if (cands === undefined) return -1;
    let restart = false;
    for (let i = 0; i < cands.length; i++) {
      const ix = cands[i] as number;
      const k = keys.ek[ix];
      if (k === null || k === undefined) continue;
      if (k === key) return ix;
      k.ob_refcnt++;
      let eq: boolean;
      try {
        eq = rt.richCompareBool(k, key, 2);
      } finally {
        Py_DECREF(k);
      }
      if (d.ma_keys !== keys || keys.ek[ix] !== k) {
        restart = true;
        break;
      }
      if (eq) return ix;
    }
    if (!restart) return -1;
  }
}

/**
 * BINARY_SUBSCR_DICT's hit: the value of key in the exact dict d (borrowed) when key has a
 * fast key and is present; null otherwise (absent, or a key whose lookup would run __hash__ /
 * __eq__: the caller then takes the full mp_subscript). No Python code runs.
 */
export function dict_subscript_hit(rt: Runtime, d: PyDictObject, key: PyObject): PyObject | null {
  const keys = d.ma_keys;
  if (keys === null) return null;
  // the common keys first, without fastKey's union-typed answer: exact ints of 32 bits, exact strs
  const t = key.ob_type;
  if (t === rt.types.int) {
    const v = (key as PyLongObject).ob_ival;
    if (typeof v === 'number' && (v | 0) === v) {
      const ints = keys.ints;
      const ix = ints === null ? -1 : ints.get(v);
      return ix < 0 ? null : (keys.ev[ix] as PyObject);
    }
  } else if (t === rt.types.str) {
    const strs = keys.strs;
    if (strs === null) return null;
    const ix = strs.get((key as PyUnicodeObject).ob_sval, strIndexHash(key as PyUnicodeObject), keys.ek);
    return ix < 0 ? null : (keys.ev[ix] as PyObject);
  }
  const fk = fastKey(rt, key);
  if (fk === undefined) return null;
  const ix = lookupFast(keys, fk, key);
  return ix < 0 ? null : (keys.ev[ix] as PyObject);
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
  if (_PyObject_GC_IS_TRACKED(d)) return;
  if (_PyObject_GC_MAY_BE_TRACKED(rt, value) || _PyObject_GC_MAY_BE_TRACKED(rt, key)) _PyObject_GC_TRACK(rt.gc, d);
}

/**
 * PyDict_SetItem, stealing both key and value (_PyDict_SetItem_Take2 / insertdict). If the key
 * is already present the old value is released after the store, then the new key. When the
 * key's __hash__ or __eq__ raises, key and value are released (in CPython's orders) and the
 * exception propagates.
 */
export function PyDict_SetItemSteal(rt: Runtime, d: PyDictObject, key: PyObject, value: PyObject): void {
  const kt = key.ob_type;
  const keys0 = d.ma_keys;
  if (kt === rt.types.int && keys0 !== null && keys0.ints !== null) {
    // an exact int of 32 bits into a table that has int keys already: no fastKey, and an int
    // key never makes a dict tracked (MAINTAIN_TRACKING looks at the value only)
    const v = (key as PyLongObject).ob_ival;
    if (typeof v === 'number' && (v | 0) === v) {
      if (!_PyObject_GC_IS_TRACKED(d) && _PyObject_GC_MAY_BE_TRACKED(rt, value)) _PyObject_GC_TRACK(rt.gc, d);
      const ints = keys0.ints;
      const ix = ints.find(v);
      if (ix >= 0) replaceValue(keys0, ix, key, value);
      else if (keys0.dk_usable > 0 && !keys0.dk_unicode) {
        // insertNew's common case: room in a table that is not all-str; the slot find saw
        const nix = keys0.dk_nentries;
        keys0.ek[nix] = key;
        keys0.ev[nix] = value;
        keys0.dk_nentries = nix + 1;
        ints.addAt(-1 - ix, v, nix);
        if (keys0.eh !== null) keys0.eh.push(0);
        keys0.dk_usable--;
        d.ma_used++;
      } else insertNew(rt, d, key, value, v, 0);
      return;
    }
  } else if (kt === rt.types.str && keys0 !== null && keys0.strs !== null) {
    // an exact str into a table that has str keys already (a str key never makes a dict tracked)
    if (!_PyObject_GC_IS_TRACKED(d) && _PyObject_GC_MAY_BE_TRACKED(rt, value)) _PyObject_GC_TRACK(rt.gc, d);
    const h = strIndexHash(key as PyUnicodeObject);
    const strs = keys0.strs;
    const ix = strs.find((key as PyUnicodeObject).ob_sval, h, keys0.ek);
    if (ix >= 0) replaceValue(keys0, ix, key, value);
    else if (keys0.dk_usable > 0) {
      const nix = keys0.dk_nentries;
      keys0.ek[nix] = key;
      keys0.ev[nix] = value;
      keys0.dk_nentries = nix + 1;
      strs.addAt(-1 - ix, h, nix);
      if (keys0.eh !== null) keys0.eh.push(0);
      keys0.dk_usable--;
      d.ma_used++;
    } else insertNew(rt, d, key, value, (key as PyUnicodeObject).ob_sval, 0);
    return;
  }
  const fk = fastKey(rt, key);
  if (fk !== undefined) {
    maintainTracking(rt, d, key, value);
    const keys = d.ma_keys;
    const ix = keys === null ? -1 : lookupFast(keys, fk, key);
    if (ix >= 0) replaceValue(keys as PyDictKeysObject, ix, key, value);
    else insertNew(rt, d, key, value, fk, 0);
    return;
  }
  let h: number;
  try {
    h = rt.hashOf(key);
  } catch (err) {
    Py_DECREF(key);
    Py_DECREF(value);
    throw err;
  }
  setItemSlowSteal(rt, d, key, value, h);
}

/** insertdict for a key without a fast key whose hash h is known; steals key and value. */
function setItemSlowSteal(rt: Runtime, d: PyDictObject, key: PyObject, value: PyObject, h: number): void {
  maintainTracking(rt, d, key, value);
  let ix: number;
  try {
    ix = lookupSlow(rt, d, key, h);
  } catch (err) {
    Py_DECREF(value);
    Py_DECREF(key);
    throw err;
  }
  if (ix >= 0) replaceValue(d.ma_keys as PyDictKeysObject, ix, key, value);
  else insertNew(rt, d, key, value, undefined, h);
}

/** insertdict's replace: the new value in entry ix, then the old value and the new key released. */
function replaceValue(keys: PyDictKeysObject, ix: number, key: PyObject, value: PyObject): void {
  const old = keys.ev[ix] as PyObject;
  keys.ev[ix] = value;
  // Py_DECREF written out (the shared one's ob_refcnt load is megamorphic)
  if (--old.ob_refcnt === 0) _Py_Dealloc(old);
  if (--key.ob_refcnt === 0) _Py_Dealloc(key);
}

/** estimate_log2_keysize: the table size for n entries, with room to grow. */
export function estimate_log2_keysize(n: number): number {
  return calculate_log2_keysize(Math.floor((n * 3 + 1) / 2));
}

/**
 * clone_combined_dict_keys: a copy of src's keys object (same size, same entries, deleted ones
 * included) in a new block from PyObject_Malloc (never the keys free list); the keys and values
 * gain a reference each.
 */
function clone_combined_dict_keys(rt: Runtime, src: PyDictKeysObject): PyDictKeysObject {
  const k = new PyDictKeysObject(src.dk_log2size, src.dk_unicode, src.ek.slice(), src.ev.slice(), src.dk_nentries);
  k.dk_usable = src.dk_usable;
  k.addr = rt.malloc(keysObjectSize(src.dk_log2size, src.dk_unicode));
  for (let i = 0; i < k.dk_nentries; i++) {
    const key = k.ek[i];
    if (key === null || key === undefined) continue;
    key.ob_refcnt++;
    (k.ev[i] as PyObject).ob_refcnt++;
  }
  if (src.index !== null) k.index = new Map(src.index);
  if (src.strs !== null) k.strs = src.strs.clone(rt);
  if (src.ints !== null) k.ints = src.ints.clone(rt);
  if (src.slow !== null) {
    const slow = new Map<number, number[]>();
    for (const [h, ixs] of src.slow) slow.set(h, ixs.slice());
    k.slow = slow;
  }
  if (src.eh !== null) k.eh = src.eh.slice();
  return k;
}

/**
 * PyDict_Copy for an exact dict (dict.copy, the left side of |): an empty dict for an empty
 * one; when at most a third of the entries are deleted, a clone of the keys object made before the new dict; else a new dict
 * and dict_merge. New reference.
 */
export function PyDict_Copy(rt: Runtime, src: PyDictObject): PyDictObject {
  const keys = src.ma_keys;
  if (keys === null || src.ma_used === 0) return PyDict_New(rt);
  if (src.ma_used >= Math.floor((keys.dk_nentries * 2) / 3)) {
    const k = clone_combined_dict_keys(rt, keys);
    const d = PyDict_New(rt);
    d.ma_keys = k;
    d.ma_used = src.ma_used;
    if (_PyObject_GC_IS_TRACKED(src)) _PyObject_GC_TRACK(rt.gc, d);
    return d;
  }
  const d = PyDict_New(rt);
  if (src.ma_used > 0) dict_merge_entries(rt, d, src);
  return d;
}

/**
 * dict_merge's dict branch: the entries of src go into d. Into an empty d, a src without
 * deleted entries that is small or at least half full is cloned; otherwise d is first resized
 * once for both (estimate_log2_keysize), then the entries are inserted in order, keys without
 * a fast key with their stored hashes, so their __hash__ is not called again (__eq__ may be, on
 * a hash collision in d). The keys and values are taken (borrowed) before the first store.
 */
export function dict_merge_entries(rt: Runtime, d: PyDictObject, src: PyDictObject): void {
  const keys = src.ma_keys;
  if (src === d || keys === null || src.ma_used === 0) return;
  if (d.ma_used === 0 && keys.dk_nentries === src.ma_used &&
      (keys.dk_log2size === PyDict_LOG_MINSIZE || USABLE_FRACTION((1 << keys.dk_log2size) >> 1) < src.ma_used)) {
    const old = d.ma_keys;
    d.ma_keys = clone_combined_dict_keys(rt, keys);
    d.ma_used = src.ma_used;
    if (old !== null) free_keys_memory(rt, old);
    if (!_PyObject_GC_IS_TRACKED(d) && _PyObject_GC_IS_TRACKED(src)) _PyObject_GC_TRACK(rt.gc, d);
    return;
  }
  const dk = d.ma_keys;
  if ((dk === null ? 0 : USABLE_FRACTION(1 << dk.dk_log2size)) < src.ma_used) {
    dictresize(rt, d, estimate_log2_keysize(d.ma_used + src.ma_used), keys.dk_unicode);
  }
  const ek = keys.ek;
  const ev = keys.ev;
  const eh = keys.eh;
  const items: PyObject[] = [];
  const hashes: number[] = [];
  for (let i = 0; i < keys.dk_nentries; i++) {
    const k = ek[i];
    if (k === null || k === undefined) continue;
    const v = ev[i] as PyObject;
    k.ob_refcnt++;
    v.ob_refcnt++;
    items.push(k, v);
    hashes.push(eh === null ? 0 : (eh[i] as number));
  }
  for (let j = 0; j < hashes.length; j++) {
    const k = items[2 * j] as PyObject;
    const v = items[2 * j + 1] as PyObject;
    try {
      const fk = fastKey(rt, k);
      if (fk !== undefined) {
        maintainTracking(rt, d, k, v);
        const dk2 = d.ma_keys;
        const ix = dk2 === null ? -1 : lookupFast(dk2, fk, k);
        if (ix >= 0) replaceValue(dk2 as PyDictKeysObject, ix, k, v);
        else insertNew(rt, d, k, v, fk, 0);
      } else {
        setItemSlowSteal(rt, d, k, v, hashes[j] as number);
      }
    } catch (err) {
      for (let r = 2 * j + 2; r < items.length; r++) Py_DECREF(items[r] as PyObject);
      throw err;
    }
  }
}

/**
 * dict.setdefault (PyDict_SetDefault): the value of key, or dflt stored under it; borrowed. The
 * key is hashed once.
 */
export function PyDict_SetDefault(rt: Runtime, d: PyDictObject, key: PyObject, dflt: PyObject): PyObject {
  const fk = fastKey(rt, key);
  if (fk !== undefined) {
    const keys = d.ma_keys;
    const ix = keys === null ? -1 : lookupFast(keys, fk, key);
    if (ix >= 0) return (keys as PyDictKeysObject).ev[ix] as PyObject;
    maintainTracking(rt, d, key, dflt);
    key.ob_refcnt++;
    dflt.ob_refcnt++;
    insertNew(rt, d, key, dflt, fk, 0);
    return dflt;
  }
  const h = rt.hashOf(key);
  const ix = lookupSlow(rt, d, key, h);
  if (ix >= 0) return (d.ma_keys as PyDictKeysObject).ev[ix] as PyObject;
  maintainTracking(rt, d, key, dflt);
  key.ob_refcnt++;
  dflt.ob_refcnt++;
  insertNew(rt, d, key, dflt, undefined, h);
  return dflt;
}

/** PyDict_SetItem with borrowed key and value. */
export function PyDict_SetItem(rt: Runtime, d: PyDictObject, key: PyObject, value: PyObject): void {
  Py_INCREF(key);
  Py_INCREF(value);
  PyDict_SetItemSteal(rt, d, key, value);
}

/** A new entry (h: the key's hash when it has no fast key). */
function insertNew(rt: Runtime, d: PyDictObject, key: PyObject, value: PyObject, fk: FastKey | undefined, h: number): void {
  const isStrKey = key.ob_type === rt.types.str;
  let keys = d.ma_keys;
  if (keys === null) {
    keys = new_keys_object(rt, PyDict_LOG_MINSIZE, isStrKey);
    d.ma_keys = keys;
  } else if (keys.dk_usable <= 0 || (keys.dk_unicode && !isStrKey)) {
    dictresize(rt, d, calculate_log2_keysize(d.ma_used * 3), keys.dk_unicode && isStrKey);
    keys = d.ma_keys as PyDictKeysObject;
  }
  const ix = keys.dk_nentries;
  keys.ek[ix] = key;
  keys.ev[ix] = value;
  keys.dk_nentries = ix + 1;
  if (fk !== undefined) indexFast(rt, keys, key, ix, fk);
  else indexSlow(keys, ix, h);
  keys.dk_usable--;
  d.ma_used++;
}

/** Indexes entry ix (just appended), whose key has fast key fk. */
function indexFast(rt: Runtime, keys: PyDictKeysObject, key: PyObject, ix: number, fk: FastKey): void {
  if (typeof fk === 'string') {
    if (keys.strs === null) keys.strs = new StrIndex(rt, keys.dk_log2size);
    keys.strs.add(strIndexHash(key as PyUnicodeObject), ix);
  } else if (isInt32Key(fk)) {
    if (keys.ints === null) keys.ints = new IntIndex(rt, keys.dk_log2size);
    keys.ints.add(fk, ix);
  } else {
    if (keys.index === null) keys.index = new Map();
    keys.index.set(fk, ix);
  }
  if (keys.eh !== null) keys.eh.push(0);
}

/** Indexes entry ix (just appended), whose key has no fast key and hash h. */
function indexSlow(keys: PyDictKeysObject, ix: number, h: number): void {
  if (keys.slow === null) keys.slow = new Map();
  const c = keys.slow.get(h);
  if (c === undefined) keys.slow.set(h, [ix]);
  else c.push(ix);
  if (keys.eh === null) keys.eh = new Array<number>(ix).fill(0);
  keys.eh.push(h);
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
  const old = d.ma_keys;
  if (old === null) {
    // the shared empty keys (which count as all-str)
    d.ma_keys = new_keys_object(rt, log2size, unicode);
    return;
  }
  if (!old.dk_unicode) unicode = false;
  const n = old.dk_nentries;
  if (n === d.ma_used) {
    // No deleted entries: compaction would keep every entry at its index, so the new keys
    // object takes over the old one's entries and maps, and its index tables are the old ones'
    // live pairs at the new size (build_indices without hashing again). The entry arrays are
    // the old ones set to the new length (at least n + 1): the engine copies them into a store
    // of that length in one native step, where a loop here would have to be compiled first (a
    // resize runs a few times per dict, each time over every entry).
    const usable = USABLE_FRACTION(1 << log2size);
    const k = new_keys_object(rt, log2size, unicode, setEntryArrayLength(old.ek, usable), setEntryArrayLength(old.ev, usable));
    k.dk_nentries = n;
    k.index = old.index;
    k.slow = old.slow;
    k.eh = old.eh;
    if (old.strs !== null) k.strs = old.strs.rebuilt(rt, log2size);
    if (old.ints !== null) k.ints = old.ints.rebuilt(rt, log2size);
    old.ek = [];
    old.ev = [];
    old.dk_nentries = 0;
    old.index = null;
    old.slow = null;
    old.strs = null;
    old.ints = null;
    old.eh = null;
    k.dk_usable -= n;
    free_keys_memory(rt, old);
    d.ma_keys = k;
    return;
  }
  const k = new_keys_object(rt, log2size, unicode);
  for (let i = 0; i < n; i++) {
    const key = old.ek[i];
    if (key === null || key === undefined) continue;
    const ix = k.dk_nentries;
    k.ek[ix] = key;
    k.ev[ix] = old.ev[i] as PyObject;
    k.dk_nentries = ix + 1;
    const fk = fastKey(rt, key);
    if (fk !== undefined) indexFast(rt, k, key, ix, fk);
    else indexSlow(k, ix, (old.eh as number[])[i] as number);
  }
  k.dk_usable -= k.dk_nentries;
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
    else keys.index?.delete(fk);
  }
  else if (keys.slow !== null) {
    const h = (keys.eh as number[])[ix] as number;
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
  for (let i = 0; i < keys.dk_nentries; i++) {
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
  for (let i = 0; i < keys.dk_nentries; i++) {
    const k = keys.ek[i];
    if (k === null || k === undefined) continue;
    Py_DECREF(k);
    Py_DECREF(keys.ev[i] as PyObject);
  }
}

// free_keys_object's entry loop, in two copies: one for all-str tables, whose keys are exact
// strs, one for the others, so that the engine's feedback for each stays narrow (a program's
// big dicts are mostly one or the other). Py_DECREF is written out; exact ints' and strs'
// deallocators are called directly (big dicts hold many; neither releases anything, so the
// refcount ledger's wrapper around their tp_dealloc has nothing to attribute).

/** Releases the entries of an all-str keys object (keys exact strs). */
function dealloc_str_entries(rt: Runtime, keys: PyDictKeysObject): void {
  const ek = keys.ek;
  const ev = keys.ev;
  const intType = rt.types.int;
  const strType = rt.types.str;
  const n = keys.dk_nentries;
  for (let i = 0; i < n; i++) {
    const k = ek[i];
    if (k === null || k === undefined) continue;
    const v = ev[i] as PyObject;
    if (--k.ob_refcnt === 0) _PyUnicode_DeallocExact(rt, k as PyUnicodeObject);
    if (--v.ob_refcnt === 0) {
      const t = v.ob_type;
      if (t === intType) _PyLong_DeallocExact(rt, v as PyLongObject);
      else if (t === strType) _PyUnicode_DeallocExact(rt, v as PyUnicodeObject);
      else _Py_Dealloc(v);
    }
  }
}

/** Releases the entries of a keys object with any keys. */
function dealloc_entries(rt: Runtime, keys: PyDictKeysObject): void {
  const ek = keys.ek;
  const ev = keys.ev;
  const intType = rt.types.int;
  const strType = rt.types.str;
  const n = keys.dk_nentries;
  for (let i = 0; i < n; i++) {
    const k = ek[i];
    if (k === null || k === undefined) continue;
    const v = ev[i] as PyObject;
    if (--k.ob_refcnt === 0) {
      const t = k.ob_type;
      if (t === intType) _PyLong_DeallocExact(rt, k as PyLongObject);
      else if (t === strType) _PyUnicode_DeallocExact(rt, k as PyUnicodeObject);
      else _Py_Dealloc(k);
    }
    if (--v.ob_refcnt === 0) {
      const t = v.ob_type;
      if (t === intType) _PyLong_DeallocExact(rt, v as PyLongObject);
      else if (t === strType) _PyUnicode_DeallocExact(rt, v as PyUnicodeObject);
      else _Py_Dealloc(v);
    }
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
    // free_keys_object: each entry's key, then its value, in entry order; then the keys block
    if (keys.dk_unicode) dealloc_str_entries(rt, keys);
    else dealloc_entries(rt, keys);
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
  for (let i = 0; i < keys.dk_nentries; i++) {
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
  if (d.ob_type !== rt.types.dict || !_PyObject_GC_IS_TRACKED(d)) return;
  const keys = d.ma_keys;
  if (keys !== null) {
    for (let i = 0; i < keys.dk_nentries; i++) {
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
