// A per-site cache of where one str key sits in a dict: CPython 3.11's inline caches of
// LOAD_GLOBAL / LOAD_NAME (Python/specialize.c), which remember the entry index together with
// the dict keys version. Here the "version" is the keys object itself plus the key object found
// in the entry: entries are append-only within one keys object (a deletion empties its entry,
// a resize or clear makes a new keys object), so when the entry at the remembered index still
// holds the remembered key object, it is the key's entry. A miss is remembered the same way:
// while the dict has the same keys object with the same number of entries, no entry was added,
// so the key is still absent (a LOAD_NAME of a builtin misses the module's dict on every
// execution). Only speeds up lookups; nothing a script sees changes.

import { type PyObject, _Py_Dealloc } from './object.js';
import { type PyDictObject, type PyDictKeysObject, dict_lookup_text_hashed } from './dictobject.js';
import { _Py_HashText } from './unicodeobject.js';
import { _PyObject_GC_IS_TRACKED } from '../gc/gclist.js';

export class DictEntryCache {
  readonly name: string;
  /** the name's index hash (_Py_HashText(name) | 0) */
  private readonly hash: number;
  private keys: PyDictKeysObject | null = null;
  private ix = -1;
  private key: PyObject | null = null;
  /** the keys object of the last miss, and its entry count then */
  private missKeys: PyDictKeysObject | null = null;
  private missLen = -1;

  constructor(name: string) {
    this.name = name;
    this.hash = _Py_HashText(name) | 0;
  }

  /** PyDict_GetItemString(d, name): borrowed value or null. */
  get(d: PyDictObject): PyObject | null {
    const keys = d.ma_keys;
    if (keys !== null && keys === this.keys) {
      const ix = this.ix;
      if (keys.ek[ix] === this.key) return keys.ev[ix] ?? null;
    } else if (keys === this.missKeys && keys !== null && keys.dk_nentries === this.missLen) return null;
    return this.lookup(d);
  }

  private lookup(d: PyDictObject): PyObject | null {
    const keys = d.ma_keys;
    if (keys === null) return null;
    const ix = dict_lookup_text_hashed(keys, this.name, this.hash);
    if (ix < 0) {
      this.missKeys = keys;
      this.missLen = keys.dk_nentries;
      return null;
    }
    this.keys = keys;
    this.ix = ix;
    this.key = keys.ek[ix] ?? null;
    return keys.ev[ix] ?? null;
  }

  /**
   * Replaces the value of an existing entry of a tracked dict (insertdict's replace path, stealing
   * value, releasing the old one). False when the cache cannot: the caller takes the full path.
   */
  replace(d: PyDictObject, value: PyObject): boolean {
    const keys = d.ma_keys;
    if (keys === null || keys !== this.keys || !_PyObject_GC_IS_TRACKED(d)) return false;
    const ix = this.ix;
    if (keys.ek[ix] !== this.key) return false;
    const old = keys.ev[ix] as PyObject;
    keys.ev[ix] = value;
    // Py_DECREF written out: the load of ob_refcnt keeps this site's type feedback (compile.ts)
    if (--old.ob_refcnt === 0) _Py_Dealloc(old);
    return true;
  }
}
