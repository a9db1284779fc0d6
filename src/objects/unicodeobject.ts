// str: CPython 3.11's Objects/unicodeobject.c, the storage side (the methods live in
// unicode_methods.ts, written by the builtins engineer). Start at PyUnicode_FromString.
//
// The text is a JS string in ob_sval; the heap request follows 3.11's compact layouts:
//   ASCII            48-byte header + (n + 1) bytes
//   latin-1 / UCS-2 / UCS-4   72-byte header + (n + 1) * kind bytes
// n counts code points (a JS string counts UTF-16 units; ob_length is the code-point count).
// The empty string and the 256 one-character latin-1 strings are immortal singletons.

import { PyObject, type PyTypeObject, Py_TPFLAGS_UNICODE_SUBCLASS, ADDR_NO_CODE, addrCode } from './object.js';
import { addrCodeAdd } from '../obmalloc/addrcode.js';
import { fail } from '../util/assert.js';
import type { Runtime } from './runtime.js';

export class PyUnicodeObject extends PyObject {
  declare ob_sval: string;
  /**
   * CPython's hash and state in one 32-bit integer (a V8 small integer, stored in the object
   * itself): bits 0-1 the storage kind (0 ascii, 1 latin-1, 2 UCS-2, 3 UCS-4), bits 2-31 the
   * hash + 1 (0: not computed yet). One field where there were three: every live str is a JS
   * object that V8's scavenges copy. Read ob_kind, ob_length and ob_hash.
   */
  declare ob_state: number;

  /**
   * code: addr's address code. type null: the runtime's exact-str class (makeExactStrClass),
   * whose prototype holds ob_type; it sets its fields itself (one store site per field, one
   * object layout: str objects are the most numerous of all).
   */
  constructor(type: PyTypeObject | null, addr: number, code: number, refcnt: number, s: string, kindCode: number) {
    const exact = type === null;
    super(type as PyTypeObject, addr, exact ? 0 : refcnt, code);
    if (exact) {
      this.ob_refcnt = refcnt;
      this.ob_addrcode = code;
    }
    this.ob_sval = s;
    this.ob_state = kindCode;
  }

  /** 0 ascii, 1 latin-1, 2 UCS-2, 4 UCS-4 */
  get ob_kind(): number {
    const k = this.ob_state & 3;
    return k === 3 ? 4 : k;
  }

  /** Number of code points: the text's UTF-16 units unless it holds surrogate pairs (UCS-4). */
  get ob_length(): number {
    return (this.ob_state & 3) === 3 ? (this as unknown as PyUnicodeWideObject).ob_cplen : this.ob_sval.length;
  }

  /** The cached hash (unicode_hash), -1 when not computed yet. */
  get ob_hash(): number {
    return (this.ob_state >>> 2) - 1;
  }
}

/** A str holding astral characters (kind UCS-4): its code-point count is not its JS length. */
export class PyUnicodeWideObject extends PyUnicodeObject {
  declare ob_cplen: number;

  constructor(type: PyTypeObject, addr: number, code: number, refcnt: number, s: string, length: number) {
    super(type, addr, code, refcnt, s, 3);
    this.ob_cplen = length;
  }
}

/** The constructor of a runtime's exact strs of kind 0, 1 or 2 that have an address code. */
export type PyUnicodeExactClass = new (code: number, refcnt: number, s: string, kindCode: number) => PyUnicodeObject;

/**
 * A runtime's class of exact strs (kind 0, 1, 2, with an address code): its prototype holds
 * ob_type (str), so each such str is a JS object of four fields, not five (ob_refcnt,
 * ob_addrcode, ob_sval, ob_state: 56 bytes where there were 64). Every str kept in a container
 * is copied by V8's young-generation collections (twice: semi-space, then promotion), so a
 * field less is less to copy. Made once per runtime (Runtime's constructor, right after the
 * builtin types); nothing changes it afterwards.
 */
export function makeExactStrClass(strType: PyTypeObject): PyUnicodeExactClass {
  class PyUnicodeExactObject extends PyUnicodeObject {
    constructor(code: number, refcnt: number, s: string, kindCode: number) {
      super(null, 0, code, refcnt, s, kindCode);
    }
  }
  Object.defineProperty(PyUnicodeExactObject.prototype, 'ob_type', { value: strType, writable: true, enumerable: false, configurable: true });
  return PyUnicodeExactObject;
}

/** A new PyUnicodeObject (kind 0, 1, 2) or PyUnicodeWideObject (kind 4). */
function newUnicodeObject(type: PyTypeObject, addr: number, code: number, refcnt: number, s: string, length: number, kind: number): PyUnicodeObject {
  if (kind === 4) return new PyUnicodeWideObject(type, addr, code, refcnt, s, length);
  const rt = type.rt;
  if (type === rt.types.str && code !== ADDR_NO_CODE) return new rt.PyUnicodeExact(code, refcnt, s, kind);
  return new PyUnicodeObject(type, addr, code, refcnt, s, kind);
}

export function isStr(o: PyObject): o is PyUnicodeObject {
  return (o.ob_type.tp_flags & Py_TPFLAGS_UNICODE_SUBCLASS) !== 0;
}

/** Code-point count and storage kind of s. */
export function unicodeKind(s: string): { length: number; kind: number } {
  let max = 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        i++;
        max = 0x10000;
      }
    }
    if (c > max) max = c;
    n++;
  }
  const kind = max < 128 ? 0 : max < 256 ? 1 : max < 0x10000 ? 2 : 4;
  return { length: n, kind };
}

/** Bytes 3.11 asks of the allocator for a str (also sys.getsizeof: str is not a GC type). */
export function unicodeSize(length: number, kind: number): number {
  return kind === 0 ? 48 + length + 1 : 72 + (length + 1) * kind;
}

/** New reference to a str with text s. */
export function PyUnicode_FromString(rt: Runtime, s: string): PyUnicodeObject {
  if (s.length <= 1) {
    if (s.length === 0) {
      rt.emptyStr.ob_refcnt++;
      return rt.emptyStr;
    }
    const c = s.charCodeAt(0);
    if (c < 256) {
      const o = rt.latin1Chars[c] as PyUnicodeObject;
      o.ob_refcnt++;
      return o;
    }
  }
  return allocUnicode(rt, rt.types.str, s);
}

/**
 * New reference to a str whose storage kind the caller already knows to be 0 (ASCII) or 1
 * (latin-1) — e.g. a concatenation or slice of such strings — so the text is not rescanned.
 * Mirrors _PyUnicode_FromASCII / _PyUnicode_FromUCS1. Same singletons as PyUnicode_FromString.
 */
export function PyUnicode_FromKnownKind(rt: Runtime, s: string, kind: number): PyUnicodeObject {
  if (s.length <= 1) return PyUnicode_FromString(rt, s);
  return allocUnicodeKnown(rt, rt.types.str, s, s.length, kind);
}

/**
 * A new ASCII str holding s (non-empty): PyUnicode_New(len, 127) filled in, as
 * long_to_decimal_string makes the text of an int. Always a new object, even for one character:
 * `str(5) is str(5)` is False in 3.11.
 */
export function _PyUnicode_NewASCII(rt: Runtime, s: string): PyUnicodeObject {
  return allocUnicodeKnown(rt, rt.types.str, s, s.length, 0);
}

/**
 * PyUnicode_New(len, maxchar) filled with s: a new object even for one character (only
 * get_latin1_char's callers, PyUnicode_FromString among them, share the one-character strs);
 * the empty text is the empty singleton (unicode_new_empty). kind: s's, when the caller knows it.
 */
export function PyUnicode_NewText(rt: Runtime, s: string, kind = -1): PyUnicodeObject {
  if (s.length === 0) return PyUnicode_FromString(rt, s);
  if (kind === 0 || kind === 1) return allocUnicodeKnown(rt, rt.types.str, s, s.length, kind);
  return allocUnicode(rt, rt.types.str, s);
}

/** _PyUnicode_Copy: a new exact str with u's text (the empty str is the singleton). */
export function _PyUnicode_Copy(rt: Runtime, u: PyUnicodeObject): PyUnicodeObject {
  if (u.ob_sval.length === 0) return PyUnicode_FromString(rt, '');
  return allocUnicodeKnown(rt, rt.types.str, u.ob_sval, u.ob_length, u.ob_kind);
}

function allocUnicodeKnown(rt: Runtime, type: PyTypeObject, s: string, length: number, kind: number): PyUnicodeObject {
  const exact = type === rt.types.str;
  const size = unicodeSize(length, kind) + (exact ? 0 : 8);
  // the block as an address code (no heap-number box for the address on the way); every block
  // the allocator hands out has one (arenas and raw malloc's region)
  const c = rt.mallocCode(size);
  if (c === ADDR_NO_CODE) fail('allocUnicode: block outside the coded address ranges');
  if (exact && kind !== 4) {
    const pool = rt.strPool;
    if (pool.length > 0) {
      // DIVERGENCE (host-level only): the JS object of a freed exact str is reused (as a freed
      // int's: longobject.ts allocLong); its block was freed and this one comes fresh from
      // PyObject_Malloc, so nothing Python sees changes.
      const o = pool.pop() as PyUnicodeObject;
      o.ob_refcnt = 1;
      o.ob_addrcode = c;
      o.ob_sval = s;
      o.ob_state = kind;
      return o;
    }
  }
  return newUnicodeObject(type, 0, exact ? c : addrCodeAdd(c, type.presize), 1, s, length, kind);
}

export function allocUnicode(rt: Runtime, type: PyTypeObject, s: string): PyUnicodeObject {
  let length: number;
  let kind: number;
  // fast path: pure ASCII check
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 128) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    length = s.length;
    kind = 0;
  } else {
    ({ length, kind } = unicodeKind(s));
  }
  return allocUnicodeKnown(rt, type, s, length, kind);
}

/**
 * PyUnicode_Concat of two strs (new reference): an empty side gives the other when that one
 * is an exact str; the result's kind is the wider of the two (no rescan).
 */
export function PyUnicode_Concat(rt: Runtime, a: PyUnicodeObject, b: PyUnicodeObject): PyUnicodeObject {
  const sa = a.ob_sval;
  const sb = b.ob_sval;
  const str = rt.types.str;
  if (sb.length === 0 && a.ob_type === str) {
    a.ob_refcnt++;
    return a;
  }
  if (sa.length === 0 && b.ob_type === str) {
    b.ob_refcnt++;
    return b;
  }
  const ka = a.ob_state & 3;
  const kb = b.ob_state & 3;
  const k = ka >= kb ? ka : kb;
  if (k <= 1) return PyUnicode_FromKnownKind(rt, sa + sb, k);
  return PyUnicode_FromString(rt, sa + sb);
}

/** An immortal str outside the heap (interned identifiers, the one-character strings). */
export function makeStaticUnicode(rt: Runtime, s: string, refcnt: number): PyUnicodeObject {
  const { length, kind } = unicodeKind(s);
  const addr = rt.allocStatic(unicodeSize(length, kind));
  return newUnicodeObject(rt.types.str, addr, addrCode(addr), refcnt, s, length, kind);
}

/** sys.intern / identifiers: one shared immortal object per text. New reference. */
export function PyUnicode_InternFromString(rt: Runtime, s: string): PyUnicodeObject {
  if (s.length === 1 && s.charCodeAt(0) < 256) return PyUnicode_FromString(rt, s);
  if (s.length === 0) return PyUnicode_FromString(rt, s);
  let o = rt.interned.get(s);
  if (o === undefined) {
    o = makeStaticUnicode(rt, s, 999_999_999);
    rt.interned.set(s, o);
  }
  o.ob_refcnt++;
  return o;
}

/** JS objects of freed exact strs (kind 0, 1, 2, with an address code) kept for reuse. */
export const STR_POOL_MAX = 4096;

export function unicode_dealloc(o: PyObject): void {
  const type = o.ob_type;
  const rt = type.rt;
  const c = o.ob_addrcode;
  // freed by the block's address code (no heap-number box for the address)
  if (c === ADDR_NO_CODE) {
    rt.free(o.ob_addr - type.presize);
    return;
  }
  if (type !== rt.types.str) {
    rt.freeCode(addrCodeAdd(c, -type.presize));
    return;
  }
  _PyUnicode_DeallocExact(rt, o as PyUnicodeObject);
}

/**
 * unicode_dealloc of an exact str with an address code (list_dealloc calls it directly for its
 * items, as it does _PyLong_DeallocExact).
 */
export function _PyUnicode_DeallocExact(rt: Runtime, u: PyUnicodeObject): void {
  const c = u.ob_addrcode;
  if (rt.gc.observer !== null || c === ADDR_NO_CODE) {
    if (c === ADDR_NO_CODE) rt.free(u.ob_addr);
    else rt.freeCode(c);
    return;
  }
  rt.heap.PyObject_FreeCode(c);
  // the JS object to the pool allocUnicodeKnown reuses (not a UCS-4 str: another class)
  const pool = rt.strPool;
  if ((u.ob_state & 3) !== 3 && pool.length < STR_POOL_MAX) {
    u.ob_sval = '';
    pool.push(u);
  }
}

/**
 * str's hash (unicode_hash): any fixed function works, CPython randomises its own per process.
 * Two FNV-1a lanes over the UTF-16 units, folded by _Py_HashFold.
 */
export function unicode_hash(o: PyObject): number {
  const u = o as PyUnicodeObject;
  const st = u.ob_state;
  if (st >>> 2 !== 0) return (st >>> 2) - 1;
  const h = _Py_HashText(u.ob_sval);
  u.ob_state = ((h + 1) << 2) | st;
  return h;
}

/** unicode_hash of a str with text s (dicts look JS names up by it). */
export function _Py_HashText(s: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x1234567;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 2246822519);
  }
  return _Py_HashFold(h1, h2);
}

/**
 * The hash of str and bytes from their two 32-bit lanes: 30 bits, never negative, never
 * 2^30 - 1 (which becomes 2^30 - 2, as CPython's -1 becomes -2).
 * DIVERGENCE: CPython's str hashes span 64 bits, half of them negative. Kept inside V8's small
 * integers, a hash is stored in the object itself (a wider number would be boxed in a heap
 * number; a str keeps it with its kind in one 32-bit field, PyUnicodeObject.ob_state), and
 * non-negative hashes take the integer probe paths of the dict and set tables. Never -1 (the
 * "not computed yet" mark).
 */
export function _Py_HashFold(h1: number, h2: number): number {
  const h = (h1 ^ (h2 >>> 11)) >>> 2;
  return h === 0x3fffffff ? 0x3ffffffe : h;
}

/** Iterates the code points of s as strings. */
export function codePoints(s: string): string[] {
  return Array.from(s);
}
