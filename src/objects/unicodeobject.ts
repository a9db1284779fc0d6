// str: CPython 3.11's Objects/unicodeobject.c, the storage side (the methods live in
// unicode_methods.ts, written by the builtins engineer). Start at PyUnicode_FromString.
//
// The text is a JS string in ob_sval; the heap request follows 3.11's compact layouts:
//   ASCII            48-byte header + (n + 1) bytes
//   latin-1 / UCS-2 / UCS-4   72-byte header + (n + 1) * kind bytes
// n counts code points (a JS string counts UTF-16 units; ob_length is the code-point count).
// The empty string and the 256 one-character latin-1 strings are immortal singletons.

import { PyObject, type PyTypeObject, Py_TPFLAGS_UNICODE_SUBCLASS } from './object.js';
import type { Runtime } from './runtime.js';

export class PyUnicodeObject extends PyObject {
  declare ob_sval: string;
  /** number of code points */
  declare ob_length: number;
  /** 0 ascii, 1 latin-1, 2 UCS-2, 4 UCS-4 */
  declare ob_kind: number;
  declare ob_hash: number;

  constructor(type: PyTypeObject, addr: number, refcnt: number, s: string, length: number, kind: number) {
    super(type, addr, refcnt);
    this.ob_sval = s;
    this.ob_length = length;
    this.ob_kind = kind;
    this.ob_hash = -1;
  }
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

function allocUnicodeKnown(rt: Runtime, type: PyTypeObject, s: string, length: number, kind: number): PyUnicodeObject {
  const size = unicodeSize(length, kind) + (type === rt.types.str ? 0 : 8);
  const addr = rt.malloc(size) + type.presize;
  return new PyUnicodeObject(type, addr, 1, s, length, kind);
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

/** An immortal str outside the heap (interned identifiers, the one-character strings). */
export function makeStaticUnicode(rt: Runtime, s: string, refcnt: number): PyUnicodeObject {
  const { length, kind } = unicodeKind(s);
  return new PyUnicodeObject(rt.types.str, rt.allocStatic(unicodeSize(length, kind)), refcnt, s, length, kind);
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

export function unicode_dealloc(o: PyObject): void {
  const rt = o.ob_type.rt;
  rt.free(o.ob_addr - o.ob_type.presize);
}

/**
 * str's hash (unicode_hash): any fixed function works, CPython randomises its own per process.
 * Two FNV-1a lanes over the UTF-16 units, folded by _Py_HashFold.
 */
export function unicode_hash(o: PyObject): number {
  const u = o as PyUnicodeObject;
  if (u.ob_hash !== -1) return u.ob_hash;
  const h = _Py_HashText(u.ob_sval);
  u.ob_hash = h;
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
 * The hash of str and bytes from their two 32-bit lanes: 30 bits, never negative.
 * DIVERGENCE: CPython's str hashes span 64 bits, half of them negative. Kept inside V8's small
 * integers, a hash is stored in the object itself (a wider number would be boxed in a heap
 * number, and every str's ob_hash with it), and non-negative hashes take the integer probe
 * paths of the dict and set tables. Never -1 (the "not computed yet" mark).
 */
export function _Py_HashFold(h1: number, h2: number): number {
  return (h1 ^ (h2 >>> 11)) >>> 2;
}

/** Iterates the code points of s as strings. */
export function codePoints(s: string): string[] {
  return Array.from(s);
}
