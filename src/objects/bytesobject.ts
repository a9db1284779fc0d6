// bytes: CPython 3.11's Objects/bytesobject.c (storage, slots, constructor) with the methods
// it shares with bytearray (Objects/bytes_methods.c) and the codecs bytes and str need
// (utf-8, ascii, latin-1: Objects/unicodeobject.c's encoders and decoders). Start at
// PyBytes_FromData, then installBytesType.
//
// Memory mirrors 3.11: one PyObject_Malloc request of 33 + n bytes (PyBytesObject_SIZE, the
// header with ob_shash, plus the data and its trailing NUL); bytes is not a GC type. The empty
// bytes object and the 256 one-byte objects are immortal singletons in the static segment (3.11's
// _Py_SINGLETON(bytes_empty) / bytes_characters), made the first time they are needed.
// The data itself is a Uint8Array in ob_sval (the heap block only accounts for its bytes).

import { PyObject, type PyTypeObject, type PyMethodDef, Py_DECREF, Py_NewRef, PyType_IsSubtype, Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_LONG_SUBCLASS, type visitproc, IMMORTAL_REFCNT } from './object.js';
import type { Runtime } from './runtime.js';
import type { BuiltinTypes } from './typeobject.js';
import { PyErr } from './pyerr.js';
import { isStr, PyUnicode_FromString, _Py_HashFold } from './unicodeobject.js';
import { newUnicodeDecodeError, newUnicodeEncodeError } from './exceptions.js';
import type { PyLongObject } from './longobject.js';
import type { PyTupleObject } from './tupleobject.js';
import { PyIterObject } from './iterobjects.js';
import { PyNumber_AsIndexValue, PyNumber_AsSsize_t, PyObject_GetIter, PyIter_Next, reprOf, iterateToArray } from './abstract.js';
import { type PySliceObject, sliceIndices } from './seqtypes.js';
import { percentFormat } from './formatspec.js';
import { PyByteArray_FromData } from './bytearrayobject.js';
import { bytesRepr } from '../util/pyrepr.js';
import { _PyObject_GC_TRACK, _PyObject_GC_UNTRACK } from '../gc/gclist.js';

export class PyBytesObject extends PyObject {
  declare ob_sval: Uint8Array;
  /** cached hash, -1 until computed */
  declare ob_shash: number;

  constructor(type: PyTypeObject, addr: number, refcnt = 1) {
    super(type, addr, refcnt);
    this.ob_sval = EMPTY;
    this.ob_shash = -1;
  }
}

const EMPTY = new Uint8Array(0);

/** PyBytesObject_SIZE: the header (with ob_shash) and the trailing NUL. */
export const PyBytesObject_SIZE = 33;

export function isBytes(o: PyObject): o is PyBytesObject {
  const rt = o.ob_type.rt;
  return o.ob_type === rt.types.bytes || PyType_IsSubtype(o.ob_type, rt.types.bytes);
}

/** The immortal empty / one-byte singleton (index 256 is b''). Borrowed. */
function bytesSingleton(rt: Runtime, idx: number): PyBytesObject {
  const cache = rt.bytesSingletons;
  const have = cache[idx];
  if (have !== undefined) return have as PyBytesObject;
  const n = idx === 256 ? 0 : 1;
  const o = new PyBytesObject(rt.types.bytes, rt.allocStatic(PyBytesObject_SIZE + n), IMMORTAL_REFCNT);
  o.ob_sval = n === 0 ? EMPTY : Uint8Array.of(idx);
  cache[idx] = o;
  return o;
}

/**
 * How CPython made a result, which decides whether it may be a singleton:
 *   'copy'   PyBytes_FromStringAndSize(data, n): b'' and the one-byte singletons
 *   'filled' allocated first, then filled (_PyBytes_FromSize, PyBytes_FromStringAndSize(NULL, n)):
 *            b'' for length 0, otherwise a new object even for one byte (bytes(1), b'a'.upper())
 *   'raw'    PyObject_Malloc directly (bytes_repeat): always a new object, even when empty
 */
export type BytesOrigin = 'copy' | 'filled' | 'raw';

/**
 * New reference to a bytes object holding `data`. The array is taken over, not copied: callers
 * pass a fresh one.
 */
export function PyBytes_FromData(rt: Runtime, data: Uint8Array, origin: BytesOrigin = 'copy'): PyBytesObject {
  if (data.length === 0 && origin !== 'raw') return Py_NewRef(bytesSingleton(rt, 256));
  if (data.length === 1 && origin === 'copy') return Py_NewRef(bytesSingleton(rt, data[0] as number));
  const t = rt.types.bytes;
  const o = new PyBytesObject(t, rt.allocObject(t, data.length));
  o.ob_sval = data;
  return o;
}

/** A bytes subclass instance (bytes_subtype_new): never a singleton; n + 1 items (the NUL). */
function allocBytesSubtype(rt: Runtime, type: PyTypeObject, data: Uint8Array): PyBytesObject {
  const o = new PyBytesObject(type, rt.allocObject(type, data.length + 1));
  o.ob_sval = data;
  if ((type.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0) type.ob_refcnt++;
  return o;
}

export function bytes_dealloc(o: PyObject): void {
  const type = o.ob_type;
  type.rt.PyObject_Free(o);
  // a heap subtype's class is released by subtype_dealloc, which called this
}

/**
 * The hash of a byte string: the same function as str's (unicode_hash) over the byte values,
 * so, as in CPython (both use _Py_HashBytes), hash(b'abc') == hash('abc') for ASCII text.
 */
export function bytes_hash_data(s: Uint8Array): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x1234567;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as number;
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 2246822519);
  }
  return _Py_HashFold(h1, h2);
}

function bytes_hash(o: PyObject): number {
  const b = o as PyBytesObject;
  if (b.ob_shash === -1) b.ob_shash = bytes_hash_data(b.ob_sval);
  return b.ob_shash;
}

// ---- the buffer protocol, as far as glasspy needs it -------------------------------------------

/**
 * The bytes of a bytes-like object (bytes, bytearray and their subclasses), or null. The result
 * is the object's own storage: read it, do not keep it.
 */
export function bytesLikeData(o: PyObject): Uint8Array | null {
  const rt = o.ob_type.rt;
  const T = rt.types;
  if (o.ob_type === T.bytes || PyType_IsSubtype(o.ob_type, T.bytes)) return (o as PyBytesObject).ob_sval;
  if (o.ob_type === T.bytearray || PyType_IsSubtype(o.ob_type, T.bytearray)) return (o as unknown as { ob_data: Uint8Array }).ob_data;
  return null;
}

/** The data of a required bytes-like argument: TypeError "a bytes-like object is required". */
export function requireBytesLike(rt: Runtime, o: PyObject): Uint8Array {
  const d = bytesLikeData(o);
  if (d === null) throw PyErr.format(rt, rt.types.TypeError, `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  return d;
}

function isIntObj(o: PyObject): o is PyLongObject {
  return (o.ob_type.tp_flags & Py_TPFLAGS_LONG_SUBCLASS) !== 0;
}

/** A byte value from an int-like object: ValueError outside range(0, 256). */
export function byteValue(rt: Runtime, o: PyObject, msg = 'byte must be in range(0, 256)'): number {
  const v = PyNumber_AsIndexValue(o);
  if (typeof v !== 'number' || v < 0 || v > 255) throw PyErr.format(rt, rt.types.ValueError, msg);
  return v;
}

// ---- comparisons and searching (shared with bytearray) -----------------------------------------

export function compareData(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

export function cmpResult(c: number, op: number): boolean {
  switch (op) {
    case 0: return c < 0;
    case 1: return c <= 0;
    case 2: return c === 0;
    case 3: return c !== 0;
    case 4: return c > 0;
    default: return c >= 0;
  }
}

/** First index of sub in s within [start, end), or -1 (fastsearch, FAST_SEARCH). */
export function findData(s: Uint8Array, sub: Uint8Array, start: number, end: number): number {
  const m = sub.length;
  if (end - start < m) return -1;
  outer: for (let i = start; i <= end - m; i++) {
    for (let j = 0; j < m; j++) if (s[i + j] !== sub[j]) continue outer;
    return i;
  }
  return -1;
}

/** Last index of sub in s within [start, end), or -1 (FAST_RSEARCH). */
export function rfindData(s: Uint8Array, sub: Uint8Array, start: number, end: number): number {
  const m = sub.length;
  if (end - start < m) return -1;
  outer: for (let i = end - m; i >= start; i--) {
    for (let j = 0; j < m; j++) if (s[i + j] !== sub[j]) continue outer;
    return i;
  }
  return -1;
}

function countData(s: Uint8Array, sub: Uint8Array, start: number, end: number, max = Infinity): number {
  if (end - start < sub.length) return 0;
  if (sub.length === 0) return Math.min(end - start + 1, max);
  let n = 0;
  let i = start;
  while (n < max) {
    const k = findData(s, sub, i, end);
    if (k < 0) break;
    n++;
    i = k + sub.length;
  }
  return n;
}

function concatData(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let k = 0;
  for (const p of parts) {
    out.set(p, k);
    k += p.length;
  }
  return out;
}

export function latin1(d: Uint8Array): string {
  let s = '';
  for (let i = 0; i < d.length; i += 4096) s += String.fromCharCode(...d.subarray(i, i + 4096));
  return s;
}

function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

// ---- codecs ------------------------------------------------------------------------------------

/** The normalised name of a supported codec (encodings.normalize_encoding + aliases), or null. */
type Codec = 'utf-8' | 'utf-8-sig' | 'ascii' | 'latin-1' | 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be';

function codecName(enc: string): Codec | null {
  const e = enc.toLowerCase().replace(/[-_ ]/g, '');
  const wide = /^(?:utf|u)(16|32)(le|be)?$/.exec(e);
  if (wide !== null) return `utf-${wide[1] as '16' | '32'}${wide[2] === undefined ? '' : `-${wide[2]}`}` as Codec;
  if (e === 'utf8' || e === 'u8' || e === 'utf' || e === 'cp65001') return 'utf-8';
  if (e === 'utf8sig') return 'utf-8-sig';
  if (e === 'ascii' || e === 'usascii' || e === '646' || e === 'ansix3.41968') return 'ascii';
  if (e === 'latin1' || e === 'latin' || e === 'l1' || e === 'iso88591' || e === '8859' || e === 'cp819' || e === 'iso8859' || e === 'iso885911987') return 'latin-1';
  return null;
}

function lookupCodec(rt: Runtime, enc: string): Codec {
  const c = codecName(enc);
  if (c === null) {
    if (/^(utf[-_]?7|cp\d+|iso[-_]?8859[-_]?\d+|koi8[-_]?[ru]|mac[-_]?roman|big5|gbk|gb2312|shift[-_]?jis|euc[-_]?(jp|kr)|idna|punycode)$/i.test(enc)) {
      throw PyErr.format(rt, rt.types.NotImplementedError, `glasspy does not support the '${enc}' codec yet`);
    }
    throw PyErr.format(rt, rt.types.LookupError, `unknown encoding: ${enc}`);
  }
  return c;
}

function uplus(cp: number): string {
  return cp <= 0xff ? '\\x' + cp.toString(16).padStart(2, '0') : cp <= 0xffff ? '\\u' + cp.toString(16).padStart(4, '0') : '\\U' + cp.toString(16).padStart(8, '0');
}

/**
 * str.encode / bytes(str, encoding, errors) (PyUnicode_AsEncodedString). `obj` is the str object
 * when there is one: a UnicodeEncodeError's `object`.
 */
export function encodeText(rt: Runtime, s: string, encoding: string, errors: string, obj: PyObject | null = null): Uint8Array {
  const codec = lookupCodec(rt, encoding);
  if (codec === 'utf-8-sig') return concatData([Uint8Array.of(0xef, 0xbb, 0xbf), encodeText(rt, s, 'utf-8', errors, obj)]);
  const cps = Array.from(s).map((c) => c.codePointAt(0) as number);
  if (codec.startsWith('utf-16') || codec.startsWith('utf-32')) return encodeWide(rt, codec, s, cps, errors, obj);
  if (codec === 'utf-8') {
    const out: number[] = [];
    for (let i = 0; i < cps.length; i++) {
      const c = cps[i] as number;
      if (c >= 0xd800 && c < 0xe000) {
        let j = i;
        while (j < cps.length && (cps[j] as number) >= 0xd800 && (cps[j] as number) < 0xe000) j++;
        const rep = encodeError(rt, 'utf-8', s, obj, cps, i, j, 'surrogates not allowed', errors);
        for (const ch of rep) out.push(ch.charCodeAt(0));
        i = j - 1;
        continue;
      }
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return Uint8Array.from(out);
  }
  const limit = codec === 'ascii' ? 128 : 256;
  const out: number[] = [];
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i] as number;
    if (c < limit) {
      out.push(c);
      continue;
    }
    let j = i;
    while (j < cps.length && (cps[j] as number) >= limit) j++;
    const rep = encodeError(rt, codec, s, obj, cps, i, j, `ordinal not in range(${limit})`, errors);
    for (const ch of rep) out.push(ch.charCodeAt(0));
    i = j - 1;
  }
  return Uint8Array.from(out);
}

/** UTF-16 / UTF-32 (a BOM and little-endian units for the plain names, as CPython on x86). */
function encodeWide(rt: Runtime, codec: Codec, s: string, cps: number[], errors: string, obj: PyObject | null): Uint8Array {
  const out: number[] = [];
  const be = codec.endsWith('-be');
  const four = codec.startsWith('utf-32');
  const unit = (u: number): void => {
    if (four) {
      const b = [u & 255, (u >> 8) & 255, (u >> 16) & 255, (u >>> 24) & 255];
      out.push(...(be ? b.reverse() : b));
    } else {
      out.push(...(be ? [u >> 8, u & 255] : [u & 255, u >> 8]));
    }
  };
  const put = (c: number): void => {
    if (four || c < 0x10000) unit(c);
    else {
      unit(0xd800 + ((c - 0x10000) >> 10));
      unit(0xdc00 + ((c - 0x10000) & 0x3ff));
    }
  };
  if (codec === 'utf-16' || codec === 'utf-32') put(0xfeff);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i] as number;
    if (c >= 0xd800 && c < 0xe000) {
      let j = i;
      while (j < cps.length && (cps[j] as number) >= 0xd800 && (cps[j] as number) < 0xe000) j++;
      const rep = encodeError(rt, codec, s, obj, cps, i, j, 'surrogates not allowed', errors);
      for (const ch of rep) put(ch.charCodeAt(0));
      i = j - 1;
      continue;
    }
    put(c);
  }
  return Uint8Array.from(out);
}

/** UTF-16 / UTF-32 decoding with CPython's error reasons; the plain names read a BOM. */
function decodeWide(codec: Codec, d: Uint8Array, err: (codec: string, start: number, end: number, reason: string) => string): string {
  const four = codec.startsWith('utf-32');
  let be = codec.endsWith('-be');
  let i = 0;
  if (codec === 'utf-16' || codec === 'utf-32') {
    if (!four && d[0] === 0xff && d[1] === 0xfe) i = 2;
    else if (!four && d[0] === 0xfe && d[1] === 0xff) {
      i = 2;
      be = true;
    } else if (four && d[0] === 0xff && d[1] === 0xfe && d[2] === 0 && d[3] === 0) i = 4;
    else if (four && d[0] === 0 && d[1] === 0 && d[2] === 0xfe && d[3] === 0xff) {
      i = 4;
      be = true;
    }
  }
  const name = `utf-${four ? '32' : '16'}-${be ? 'be' : 'le'}`;
  const n = d.length;
  const size = four ? 4 : 2;
  const read = (k: number): number => {
    if (four) {
      const b = be ? [d[k + 3], d[k + 2], d[k + 1], d[k]] : [d[k], d[k + 1], d[k + 2], d[k + 3]];
      return ((b[3] as number) * 2 ** 24) + ((b[2] as number) << 16) + ((b[1] as number) << 8) + (b[0] as number);
    }
    return be ? ((d[k] as number) << 8) | (d[k + 1] as number) : ((d[k + 1] as number) << 8) | (d[k] as number);
  };
  let out = '';
  while (i < n) {
    if (n - i < size) {
      out += err(name, i, n, 'truncated data');
      break;
    }
    const u = read(i);
    if (four) {
      if (u > 0x10ffff) out += err(name, i, i + 4, 'code point not in range(0x110000)');
      else if (u >= 0xd800 && u < 0xe000) out += err(name, i, i + 4, 'code point in surrogate code point range(0xd800, 0xe000)');
      else out += String.fromCodePoint(u);
      i += 4;
      continue;
    }
    if (u < 0xd800 || u >= 0xe000) {
      out += String.fromCharCode(u);
      i += 2;
    } else if (u >= 0xdc00) {
      out += err(name, i, i + 2, 'illegal encoding');
      i += 2;
    } else if (n - i < 4) {
      out += err(name, i, n, 'unexpected end of data');
      i = n;
    } else {
      const v = read(i + 2);
      if (v >= 0xdc00 && v < 0xe000) {
        out += String.fromCodePoint(0x10000 + ((u - 0xd800) << 10) + (v - 0xdc00));
        i += 4;
      } else {
        out += err(name, i, i + 2, 'illegal UTF-16 surrogate');
        i += 2;
      }
    }
  }
  return out;
}

/** An encode error on code points [start, end): the handler's replacement (latin-1 text) or a raise. */
function encodeError(rt: Runtime, codec: string, s: string, strObj: PyObject | null, cps: number[], start: number, end: number, reason: string, errors: string): string {
  const bad = cps.slice(start, end);
  switch (errors) {
    case 'ignore': return '';
    case 'replace': return '?'.repeat(end - start);
    case 'backslashreplace': return bad.map(uplus).join('');
    case 'xmlcharrefreplace': return bad.map((c) => `&#${c};`).join('');
    case 'strict': break;
    default:
      if (errors !== 'surrogateescape' && errors !== 'surrogatepass' && errors !== 'namereplace') throw PyErr.format(rt, rt.types.LookupError, `unknown error handler name '${errors}'`);
      throw PyErr.format(rt, rt.types.NotImplementedError, `glasspy does not support the '${errors}' error handler yet`);
  }
  // PyUnicodeEncodeError_Create: e.object is the str being encoded
  const obj = strObj !== null ? Py_NewRef(strObj) : PyUnicode_FromString(rt, s);
  try {
    throw newUnicodeEncodeError(rt, codec, obj, start, end, reason);
  } finally {
    Py_DECREF(obj);
  }
}

/** bytes.decode / str(bytes, encoding, errors) (PyUnicode_Decode). */
export function decodeBytes(rt: Runtime, d: Uint8Array, encoding: string, errors: string): string {
  const codec = lookupCodec(rt, encoding);
  if (codec === 'latin-1') return latin1(d);
  if (codec === 'utf-8-sig') return decodeBytes(rt, d[0] === 0xef && d[1] === 0xbb && d[2] === 0xbf ? d.subarray(3) : d, 'utf-8', errors);
  let out = '';
  const errIn = (name: string, start: number, end: number, reason: string): string => {
    switch (errors) {
      case 'ignore': return '';
      case 'replace': return '\ufffd';
      case 'backslashreplace': return Array.from(d.subarray(start, end), (b) => '\\x' + b.toString(16).padStart(2, '0')).join('');
      case 'surrogateescape': return Array.from(d.subarray(start, end), (b) => String.fromCharCode(0xdc00 + b)).join('');
      case 'strict': break;
      default:
        throw PyErr.format(rt, rt.types.LookupError, `unknown error handler name '${errors}'`);
    }
    throw newUnicodeDecodeError(rt, name, d, start, end, reason);
  };
  if (codec.startsWith('utf-16') || codec.startsWith('utf-32')) return decodeWide(codec, d, errIn);
  const err = (start: number, end: number, reason: string): string => errIn(codec, start, end, reason);
  if (codec === 'ascii') {
    let start = 0;
    for (let i = 0; i < d.length; i++) {
      if ((d[i] as number) >= 0x80) {
        out += latin1(d.subarray(start, i)) + err(i, i + 1, 'ordinal not in range(128)');
        start = i + 1;
      }
    }
    return out + latin1(d.subarray(start));
  }
  // utf-8: the decoder of unicodeobject.c with its three error reasons
  const n = d.length;
  let i = 0;
  let run = 0;
  const flush = (to: number): void => {
    if (to > run) out += latin1(d.subarray(run, to));
  };
  while (i < n) {
    const b = d[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    flush(i);
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else {
      out += err(i, i + 1, 'invalid start byte');
      i++;
      run = i;
      continue;
    }
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    let k = 1;
    let bad: string | null = null;
    for (; k <= need; k++) {
      if (i + k >= n) {
        bad = 'unexpected end of data';
        break;
      }
      const c = d[i + k] as number;
      const l = k === 1 ? lo : 0x80;
      const h = k === 1 ? hi : 0xbf;
      if (c < l || c > h) {
        bad = 'invalid continuation byte';
        break;
      }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (bad !== null) {
      out += err(i, i + k, bad);
      i += k;
    } else {
      out += String.fromCodePoint(cp);
      i += need + 1;
    }
    run = i;
  }
  flush(n);
  return out;
}

// ---- argument helpers --------------------------------------------------------------------------

/** Positional-or-keyword arguments by name (a small PyArg_ParseTupleAndKeywords). */
export function parseArgs(rt: Runtime, fname: string, args: PyObject[], kwnames: readonly string[] | null, names: readonly string[], maxPos = names.length): (PyObject | undefined)[] {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos > maxPos) {
    throw PyErr.format(rt, rt.types.TypeError, `${fname}() takes at most ${maxPos} argument${maxPos === 1 ? '' : 's'} (${npos} given)`);
  }
  const out: (PyObject | undefined)[] = names.map((_, i) => (i < npos ? args[i] : undefined));
  for (let i = 0; i < nkw; i++) {
    const k = (kwnames as readonly string[])[i] as string;
    const idx = names.indexOf(k);
    if (idx < 0) throw PyErr.format(rt, rt.types.TypeError, `'${k}' is an invalid keyword argument for ${fname}()`);
    if (out[idx] !== undefined) throw PyErr.format(rt, rt.types.TypeError, `argument for ${fname}() given by name ('${k}') and position (${idx + 1})`);
    out[idx] = args[npos + i];
  }
  return out;
}

/**
 * parseArgs for functions whose first `required` parameters must be given: missing ones raise
 * "f() missing required argument 'x' (pos N)"; parameters not given are null.
 */
export function parseArgsRequired(rt: Runtime, fname: string, args: PyObject[], kwnames: readonly string[] | null, names: readonly string[], required: number): (PyObject | null)[] {
  const out = parseArgs(rt, fname, args, kwnames, names);
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) throw PyErr.format(rt, rt.types.TypeError, `${fname}() missing required argument '${names[i] as string}' (pos ${i + 1})`);
  }
  return out.map((o) => o ?? null);
}

export function strArg(rt: Runtime, fname: string, argn: number, o: PyObject): string {
  if (!isStr(o)) throw PyErr.format(rt, rt.types.TypeError, `${fname}() argument ${argn} must be str, not ${o.ob_type.tp_name}`);
  return o.ob_sval;
}

/** start/end arguments of find & co (ADJUST_INDICES after _PyEval_SliceIndex). */
function adjustIndices(rt: Runtime, len: number, startO: PyObject | undefined, endO: PyObject | undefined): [number, number] {
  const idx = (o: PyObject | undefined, dflt: number): number => {
    if (o === undefined || o === rt.None) return dflt;
    if (o.ob_type.nb_index === null) throw PyErr.format(rt, rt.types.TypeError, 'slice indices must be integers or None or have an __index__ method');
    const v = PyNumber_AsIndexValue(o);
    return typeof v === 'number' ? v : v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  };
  let start = idx(startO, 0);
  let end = idx(endO, len);
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}

/** The needle of find/count/index: a bytes-like object or an int in range(256). */
function subArg(rt: Runtime, o: PyObject): Uint8Array {
  const d = bytesLikeData(o);
  if (d !== null) return d;
  if (o.ob_type.nb_index !== null) return Uint8Array.of(byteValue(rt, o));
  throw PyErr.format(rt, rt.types.TypeError, `argument should be integer or bytes-like object, not '${o.ob_type.tp_name}'`);
}

/** Any bytes-like argument of a method ("a bytes-like object is required, not 'str'"). */
function bytesArg(rt: Runtime, o: PyObject): Uint8Array {
  return requireBytesLike(rt, o);
}

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAlpha = (c: number): boolean => isLower(c) || isUpper(c);
const toUpper = (c: number): number => (isLower(c) ? c - 32 : c);
const toLower = (c: number): number => (isUpper(c) ? c + 32 : c);

function splitWhitespace(s: Uint8Array, max: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isSpace(s[i] as number)) i++;
    if (i >= n) break;
    if (max >= 0 && out.length === max) {
      out.push(i === 0 ? s : s.slice(i)); // the rest, trailing whitespace included
      break;
    }
    const st = i;
    while (i < n && !isSpace(s[i] as number)) i++;
    out.push(st === 0 && i === n ? s : s.slice(st, i));
  }
  return out;
}

function rsplitWhitespace(s: Uint8Array, max: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isSpace(s[i - 1] as number)) i--;
    if (i <= 0) break;
    if (max >= 0 && out.length === max) {
      out.push(i === s.length ? s : s.slice(0, i)); // the rest, leading whitespace included
      break;
    }
    const en = i;
    while (i > 0 && !isSpace(s[i - 1] as number)) i--;
    out.push(i === 0 && en === s.length ? s : s.slice(i, en));
  }
  return out.reverse();
}

function stripData(s: Uint8Array, chars: Uint8Array | null, left: boolean, right: boolean): Uint8Array {
  const strip = (c: number): boolean => (chars === null ? isSpace(c) : chars.includes(c));
  let i = 0;
  let j = s.length;
  if (left) while (i < j && strip(s[i] as number)) i++;
  if (right) while (j > i && strip(s[j - 1] as number)) j--;
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

/** bytes.replace's result; s itself when nothing is replaced. */
function replaceData(s: Uint8Array, old: Uint8Array, nw: Uint8Array, count: number): Uint8Array {
  const parts: Uint8Array[] = [];
  if (count < 0) count = Infinity;
  if (count === 0 || (old.length === 0 && nw.length === 0)) return s;
  if (old.length > 0 && findData(s, old, 0, s.length) < 0) return s;
  if (old.length === 0) {
    let k = 0;
    for (let i = 0; i <= s.length; i++) {
      if (k < count) {
        parts.push(nw);
        k++;
      }
      if (i < s.length) parts.push(s.subarray(i, i + 1));
    }
    return concatData(parts);
  }
  let i = 0;
  let k = 0;
  while (k < count) {
    const j = findData(s, old, i, s.length);
    if (j < 0) break;
    parts.push(s.subarray(i, j), nw);
    i = j + old.length;
    k++;
  }
  parts.push(s.subarray(i));
  return concatData(parts);
}

function titleData(s: Uint8Array): Uint8Array {
  const out = new Uint8Array(s.length);
  let prevCased = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as number;
    out[i] = prevCased ? toLower(c) : toUpper(c);
    prevCased = isAlpha(c);
  }
  return out;
}

/** bytes.hex / bytearray.hex with an optional separator every bytes_per_sep bytes (_Py_strhex_impl). */
function hexData(rt: Runtime, d: Uint8Array, sepO: PyObject | undefined, perO: PyObject | undefined): string {
  const hx = Array.from(d, (b) => b.toString(16).padStart(2, '0'));
  if (sepO === undefined) return hx.join('');
  let sep: string;
  if (isStr(sepO)) sep = sepO.ob_sval;
  else {
    const sd = bytesLikeData(sepO);
    if (sd === null) throw PyErr.format(rt, rt.types.TypeError, 'sep must be str or bytes.');
    sep = latin1(sd);
  }
  if (Array.from(sep).length !== 1) throw PyErr.format(rt, rt.types.ValueError, 'sep must be length 1.');
  if ((sep.codePointAt(0) as number) > 127) throw PyErr.format(rt, rt.types.ValueError, 'sep must be ASCII.');
  let per = perO === undefined ? 1 : Number(PyNumber_AsIndexValue(perO));
  if (per === 0 || hx.length === 0) return hx.join('');
  const fromRight = per > 0;
  per = Math.abs(per);
  const groups: string[] = [];
  if (fromRight) {
    for (let end = hx.length; end > 0; end -= per) groups.unshift(hx.slice(Math.max(0, end - per), end).join(''));
  } else {
    for (let st = 0; st < hx.length; st += per) groups.push(hx.slice(st, st + per).join(''));
  }
  return groups.join(sep);
}

/** bytes.fromhex / bytearray.fromhex (_PyBytes_FromHex). */
export function fromHex(rt: Runtime, s: string): Uint8Array {
  const out: number[] = [];
  let i = 0;
  const hv = (c: string | undefined): number => (c !== undefined && /^[0-9a-fA-F]$/.test(c) ? parseInt(c, 16) : -1);
  while (i < s.length) {
    if (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r' || s[i] === '\v' || s[i] === '\f') {
      i++;
      continue;
    }
    const hi = hv(s[i]);
    if (hi < 0) throw PyErr.format(rt, rt.types.ValueError, `non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = hv(s[i + 1]);
    if (lo < 0) throw PyErr.format(rt, rt.types.ValueError, `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

// ---- construction ----------------------------------------------------------------------------

/**
 * The bytes of bytes(x) / bytearray(x) for one non-str argument (PyBytes_FromObject and
 * _PyBytes_FromIterator, bytearray_init): a bytes-like object, an int count, or an iterable
 * of ints. `who` names the type in errors.
 */
export function dataFromObject(rt: Runtime, x: PyObject, who: 'bytes' | 'bytearray'): Uint8Array {
  const T = rt.types;
  const d = bytesLikeData(x);
  if (d !== null) return d.slice();
  if (x.ob_type.nb_index !== null) {
    const n = PyNumber_AsSsize_t(x, T.OverflowError);
    if (n < 0) throw PyErr.format(rt, T.ValueError, 'negative count');
    if (n > 1 << 28) throw PyErr.fromType(rt, T.MemoryError, null);
    return new Uint8Array(n);
  }
  if (isStr(x)) throw PyErr.format(rt, T.TypeError, who === 'bytes' ? 'string argument without an encoding' : 'string argument without an encoding');
  let it: PyObject;
  try {
    it = PyObject_GetIter(x);
  } catch (e) {
    if (e instanceof PyErr && e.matches(T.TypeError)) {
      e.release();
      throw PyErr.format(rt, T.TypeError, who === 'bytes' ? `cannot convert '${x.ob_type.tp_name}' object to bytes` : `cannot convert '${x.ob_type.tp_name}' object to bytearray`);
    }
    throw e;
  }
  const out: number[] = [];
  try {
    for (;;) {
      const v = PyIter_Next(it);
      if (v === null) break;
      try {
        out.push(byteValue(rt, v, who === 'bytes' ? 'bytes must be in range(0, 256)' : 'byte must be in range(0, 256)'));
      } finally {
        Py_DECREF(v);
      }
    }
  } finally {
    Py_DECREF(it);
  }
  return Uint8Array.from(out);
}

/** bytes(source, encoding, errors) and bytearray's equivalent: the data. */
export function dataFromArgs(rt: Runtime, who: 'bytes' | 'bytearray', args: PyObject[], kwnames: readonly string[] | null): Uint8Array | null {
  const T = rt.types;
  const [src, encO, errO] = parseArgs(rt, who, args, kwnames, ['source', 'encoding', 'errors']);
  if (src === undefined) {
    if (encO !== undefined || errO !== undefined) throw PyErr.format(rt, T.TypeError, encO !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    return null;
  }
  if (encO !== undefined || errO !== undefined) {
    if (!isStr(src)) throw PyErr.format(rt, T.TypeError, encO !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    const enc = encO === undefined ? 'utf-8' : strArg(rt, who, 2, encO);
    const errs = errO === undefined ? 'strict' : strArg(rt, who, 3, errO);
    return encodeText(rt, src.ob_sval, enc, errs, src);
  }
  return dataFromObject(rt, src, who);
}

// ---- printf-style formatting (bytes % args) -------------------------------------------------

/** The %b / %s operand: a bytes-like object or one with __bytes__ (as latin-1 text). */
function percentBytes(rt: Runtime, o: PyObject): string {
  const d = bytesLikeData(o);
  if (d !== null) return latin1(d);
  if (rt.lookupSpecial(o, '__bytes__') !== null) {
    const r = rt.callMethod(o, '__bytes__', []);
    try {
      return latin1(requireBytesLike(rt, r));
    } finally {
      Py_DECREF(r);
    }
  }
  throw PyErr.format(rt, rt.types.TypeError, `%b requires a bytes-like object, or an object that implements __bytes__, not '${o.ob_type.tp_name}'`);
}

function asciiRepr(o: PyObject): string {
  return reprOf(o).replace(/[^\x00-\x7f]/gu, (c) => uplus(c.codePointAt(0) as number));
}

/** _PyBytes_FormatEx: bytes % args, through the str formatter on latin-1 text. */
export function bytesPercentFormat(rt: Runtime, fmt: Uint8Array, args: PyObject): Uint8Array {
  const T = rt.types;
  // %b is %s here; %r is %a (bytes have no repr conversion of their own), which frees the
  // formatter's 'r' conversion to carry %c, whose bytes rules differ from str's
  let f = '';
  const src = latin1(fmt);
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] as string;
    f += ch;
    if (ch !== '%') continue;
    let j = i + 1;
    if (src[j] === '%') {
      f += '%';
      i = j;
      continue;
    }
    if (src[j] === '(') {
      const e = src.indexOf(')', j);
      if (e < 0) continue;
      j = e + 1;
    }
    while (j < src.length && /[-+ #0-9.*hlL]/.test(src[j] as string)) j++;
    f += src.slice(i + 1, j);
    const c = src[j];
    if (c === 'b') f += 's';
    else if (c === 'r') f += 'a';
    else if (c === 'c') f += 'r';
    else if (c !== undefined) f += c;
    i = j;
  }
  const text = percentFormat(rt, f, args, {
    str: (o) => percentBytes(rt, o),
    repr: (o) => {
      // %c: an int in range(256) or a bytes-like object of length 1
      const d = bytesLikeData(o);
      if (d !== null && d.length === 1) return String.fromCharCode(d[0] as number);
      if (d === null && !isStr(o) && o.ob_type.nb_index !== null) {
        const v = PyNumber_AsIndexValue(o);
        if (typeof v !== 'number' || v < 0 || v > 255) throw PyErr.format(rt, T.OverflowError, '%c arg not in range(256)');
        return String.fromCharCode(v);
      }
      throw PyErr.format(rt, T.TypeError, '%c requires an integer in range(256) or a single byte');
    },
    ascii: (o) => asciiRepr(o),
    intValue: (o, conv) => {
      if (isIntObj(o)) return o.ob_ival;
      if (o.ob_type === T.float && !'xXoc'.includes(conv)) {
        const x = (o as unknown as { ob_fval: number }).ob_fval;
        const t = Math.trunc(x);
        return Number.isSafeInteger(t) ? t : BigInt(t);
      }
      if (conv === 'c') {
        const d = bytesLikeData(o);
        if (d !== null && d.length === 1) return d[0] as number;
        throw PyErr.format(rt, T.TypeError, '%c requires an integer in range(256) or a single byte');
      }
      if (o.ob_type.nb_index !== null) return PyNumber_AsIndexValue(o);
      throw PyErr.format(rt, T.TypeError, `%${conv} format: ${'xXo'.includes(conv) ? 'an integer' : 'a real number'} is required, not ${o.ob_type.tp_name}`);
    },
    floatValue: (o) => {
      if (o.ob_type === T.float) return (o as unknown as { ob_fval: number }).ob_fval;
      if (isIntObj(o)) return Number(o.ob_ival);
      throw PyErr.format(rt, T.TypeError, `float argument required, not ${o.ob_type.tp_name}`);
    },
    getItem: (m, key) => {
      const k = PyBytes_FromData(rt, fromLatin1(key));
      try {
        return rt.getItem(m, k);
      } finally {
        Py_DECREF(k);
      }
    },
    release: (o) => Py_DECREF(o),
    tupleItems: (o) => (PyType_IsSubtype(o.ob_type, T.tuple) ? (o as PyTupleObject).ob_item : null),
    isMapping: (o) => o.ob_type.mp_subscript !== null && !PyType_IsSubtype(o.ob_type, T.tuple) && bytesLikeData(o) === null && !isStr(o),
  });
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 255) throw PyErr.format(rt, T.ValueError, '%c arg not in range(256)');
  }
  return fromLatin1(text);
}

// ---- the methods bytes and bytearray share (bytes_methods.c) ---------------------------------

/**
 * The read-only methods of bytes and bytearray. `data(self)` reads the receiver, `wrap(d)`
 * makes a new object of the receiver's kind (bytes or bytearray) from a fresh array.
 */
export function sharedBytesMethods(rt: Runtime, T: BuiltinTypes, data: (o: PyObject) => Uint8Array, wrap: (d: Uint8Array, origin?: BytesOrigin) => PyObject): PyMethodDef[] {
  // return_self: an unchanged result is the receiver itself for exact bytes; helpers signal
  // "unchanged" by returning the receiver's own array
  const keep = (self: PyObject, d: Uint8Array, origin: BytesOrigin = 'copy'): PyObject => {
    if (d !== data(self)) return wrap(d, origin);
    if (self.ob_type === T.bytes) return Py_NewRef(self);
    return wrap(d.slice(), 'copy');
  };
  const mutable = (self: PyObject): boolean => !PyType_IsSubtype(self.ob_type, T.bytes);
  const find = (name: string, reverse: boolean, raise: boolean) => (self: PyObject, args: PyObject[], kw: readonly string[] | null): PyObject => {
    if (kw !== null && kw.length > 0) throw PyErr.format(rt, T.TypeError, `${name}() takes no keyword arguments`);
    if (args.length < 1 || args.length > 3) throw PyErr.format(rt, T.TypeError, args.length < 1 ? `${name}() takes at least 1 argument (0 given)` : `${name}() takes at most 3 arguments (${args.length} given)`);
    const s = data(self);
    const sub = subArg(rt, args[0] as PyObject);
    const [st, en] = adjustIndices(rt, s.length, args[1], args[2]);
    const r = st > s.length ? -1 : reverse ? rfindData(s, sub, st, en) : findData(s, sub, st, en);
    if (r < 0 && raise) throw PyErr.format(rt, T.ValueError, 'subsection not found');
    return rt.newInt(r);
  };
  const affix = (name: string, suffix: boolean) => (self: PyObject, args: PyObject[]): PyObject => {
    if (args.length < 1 || args.length > 3) throw PyErr.format(rt, T.TypeError, args.length < 1 ? `${name}() takes at least 1 argument (0 given)` : `${name}() takes at most 3 arguments (${args.length} given)`);
    const s = data(self);
    const [st, en] = adjustIndices(rt, s.length, args[1], args[2]);
    const test = (p: Uint8Array): boolean => {
      if (en - st < p.length || st > s.length) return false;
      const at = suffix ? en - p.length : st;
      for (let i = 0; i < p.length; i++) if (s[at + i] !== p[i]) return false;
      return true;
    };
    const a = args[0] as PyObject;
    const one = (o: PyObject): Uint8Array => {
      const d = bytesLikeData(o);
      if (d === null) throw PyErr.format(rt, T.TypeError, `${name} first arg must be bytes or a tuple of bytes, not ${o.ob_type.tp_name}`);
      return d;
    };
    if (PyType_IsSubtype(a.ob_type, T.tuple)) {
      for (const x of (a as PyTupleObject).ob_item) {
        const d = bytesLikeData(x);
        if (d === null) throw PyErr.format(rt, T.TypeError, `a bytes-like object is required, not '${x.ob_type.tp_name}'`);
        if (test(d)) return Py_NewRef(rt.True);
      }
      return Py_NewRef(rt.False);
    }
    return rt.newBool(test(one(a)));
  };
  const pred = (f: (s: Uint8Array) => boolean) => (self: PyObject): PyObject => rt.newBool(f(data(self)));
  const all = (s: Uint8Array, f: (c: number) => boolean): boolean => s.length > 0 && s.every(f);
  const map = (f: (c: number) => number) => (self: PyObject): PyObject => wrap(data(self).map(f), 'filled');
  const strip = (name: string, left: boolean, right: boolean) => (self: PyObject, args: PyObject[]): PyObject => {
    if (args.length > 1) throw PyErr.format(rt, T.TypeError, `${name} expected at most 1 argument, got ${args.length}`);
    const c = args[0];
    return keep(self, stripData(data(self), c === undefined || c === rt.None ? null : bytesArg(rt, c), left, right));
  };
  const splitArgs = (name: string, args: PyObject[], kw: readonly string[] | null): [Uint8Array | null, number] => {
    const [sepO, maxO] = parseArgs(rt, name, args, kw, ['sep', 'maxsplit']);
    const sep = sepO === undefined || sepO === rt.None ? null : bytesArg(rt, sepO);
    if (sep !== null && sep.length === 0) throw PyErr.format(rt, T.ValueError, 'empty separator');
    const max = maxO === undefined ? -1 : Number(PyNumber_AsIndexValue(maxO));
    return [sep, max];
  };
  const list = (self: PyObject, parts: Uint8Array[]): PyObject => rt.newList(parts.map((p) => keep(self, p)));
  const justify = (name: string, how: 'l' | 'r' | 'c') => (self: PyObject, args: PyObject[]): PyObject => {
    if (args.length < 1 || args.length > 2) throw PyErr.format(rt, T.TypeError, args.length < 1 ? `${name} expected at least 1 argument, got 0` : `${name} expected at most 2 arguments, got ${args.length}`);
    const s = data(self);
    const w = Number(PyNumber_AsIndexValue(args[0] as PyObject));
    let fill = 32;
    if (args.length > 1) {
      const f = bytesLikeData(args[1] as PyObject);
      if (f === null || f.length !== 1) throw PyErr.format(rt, T.TypeError, `${name}() argument 2 must be a byte string of length 1, not ${(args[1] as PyObject).ob_type.tp_name}`);
      fill = f[0] as number;
    }
    if (s.length >= w) return keep(self, s);
    const pad = w - s.length;
    let left = how === 'l' ? 0 : how === 'r' ? pad : (pad >> 1) + (pad & w & 1);
    const out = new Uint8Array(w).fill(fill);
    if (left > pad) left = pad;
    out.set(s, left);
    return wrap(out, 'filled');
  };
  return [
    { name: 'maketrans', flags: 'static', fn: (_self, args) => {
      if (args.length !== 2) throw PyErr.format(rt, T.TypeError, `maketrans expected 2 arguments, got ${args.length}`);
      const from = bytesArg(rt, args[0] as PyObject);
      const to = bytesArg(rt, args[1] as PyObject);
      if (from.length !== to.length) throw PyErr.format(rt, T.ValueError, 'maketrans arguments must have same length');
      const table = Uint8Array.from({ length: 256 }, (_, i) => i);
      for (let i = 0; i < from.length; i++) table[from[i] as number] = to[i] as number;
      return PyBytes_FromData(rt, table);
    } },
    { name: 'translate', fn: (self, args, kw) => {
      const [tableO, delO] = parseArgs(rt, 'translate', args, kw, ['table', 'delete']);
      if (tableO === undefined) throw PyErr.format(rt, T.TypeError, 'translate() takes at least 1 argument (0 given)');
      const table = tableO === rt.None ? null : bytesArg(rt, tableO);
      if (table !== null && table.length !== 256) throw PyErr.format(rt, T.ValueError, 'translation table must be 256 characters long');
      const del = delO === undefined ? null : bytesArg(rt, delO);
      const out: number[] = [];
      const s = data(self);
      let changed = false;
      for (const c of s) {
        if (del !== null && del.includes(c)) {
          changed = true;
          continue;
        }
        const t = table === null ? c : (table[c] as number);
        if (t !== c) changed = true;
        out.push(t);
      }
      return changed ? wrap(Uint8Array.from(out), 'filled') : keep(self, s);
    } },
    { name: 'decode', fn: (self, args, kw) => {
      const [encO, errO] = parseArgs(rt, 'decode', args, kw, ['encoding', 'errors']);
      const enc = encO === undefined ? 'utf-8' : strArg(rt, 'decode', 1, encO);
      const errs = errO === undefined ? 'strict' : strArg(rt, 'decode', 2, errO);
      return rt.newStr(decodeBytes(rt, data(self), enc, errs));
    } },
    { name: 'hex', fn: (self, args, kw) => {
      const [sep, per] = parseArgs(rt, 'hex', args, kw, ['sep', 'bytes_per_sep']);
      return rt.newStr(hexData(rt, data(self), sep, per));
    } },
    { name: 'find', fn: find('find', false, false) },
    { name: 'rfind', fn: find('rfind', true, false) },
    { name: 'index', fn: find('index', false, true) },
    { name: 'rindex', fn: find('rindex', true, true) },
    { name: 'count', fn: (self, args) => {
      if (args.length < 1 || args.length > 3) throw PyErr.format(rt, T.TypeError, args.length < 1 ? 'count() takes at least 1 argument (0 given)' : `count() takes at most 3 arguments (${args.length} given)`);
      const s = data(self);
      const sub = subArg(rt, args[0] as PyObject);
      const [st, en] = adjustIndices(rt, s.length, args[1], args[2]);
      return rt.newInt(st > s.length ? 0 : countData(s, sub, st, en));
    } },
    { name: 'startswith', fn: affix('startswith', false) },
    { name: 'endswith', fn: affix('endswith', true) },
    { name: 'split', fn: (self, args, kw) => {
      const [sep, max] = splitArgs('split', args, kw);
      const s = data(self);
      if (sep === null) return list(self, splitWhitespace(s, max));
      const parts: Uint8Array[] = [];
      let i = 0;
      while (max < 0 || parts.length < max) {
        const j = findData(s, sep, i, s.length);
        if (j < 0) break;
        parts.push(s.slice(i, j));
        i = j + sep.length;
      }
      parts.push(i === 0 ? s : s.slice(i));
      return list(self, parts);
    } },
    { name: 'rsplit', fn: (self, args, kw) => {
      const [sep, max] = splitArgs('rsplit', args, kw);
      const s = data(self);
      if (sep === null) return list(self, rsplitWhitespace(s, max));
      const parts: Uint8Array[] = [];
      let j = s.length;
      while (max < 0 || parts.length < max) {
        const i = rfindData(s, sep, 0, j);
        if (i < 0) break;
        parts.push(s.slice(i + sep.length, j));
        j = i;
      }
      parts.push(j === s.length ? s : s.slice(0, j));
      return list(self, parts.reverse());
    } },
    { name: 'partition', fn: (self, args) => {
      if (args.length !== 1) throw PyErr.format(rt, T.TypeError, `partition() takes exactly one argument (${args.length} given)`);
      const s = data(self);
      const sep = bytesArg(rt, args[0] as PyObject);
      if (sep.length === 0) throw PyErr.format(rt, T.ValueError, 'empty separator');
      const i = findData(s, sep, 0, s.length);
      if (i < 0) return rt.newTuple([mutable(self) ? wrap(s.slice()) : Py_NewRef(self), wrap(EMPTY), wrap(EMPTY)]);
      // bytes hands back the separator object itself; bytearray makes new ones
      return rt.newTuple([wrap(s.slice(0, i)), mutable(self) ? wrap(sep.slice()) : Py_NewRef(args[0] as PyObject), wrap(s.slice(i + sep.length))]);
    } },
    { name: 'rpartition', fn: (self, args) => {
      if (args.length !== 1) throw PyErr.format(rt, T.TypeError, `rpartition() takes exactly one argument (${args.length} given)`);
      const s = data(self);
      const sep = bytesArg(rt, args[0] as PyObject);
      if (sep.length === 0) throw PyErr.format(rt, T.ValueError, 'empty separator');
      const i = rfindData(s, sep, 0, s.length);
      if (i < 0) return rt.newTuple([wrap(EMPTY), wrap(EMPTY), mutable(self) ? wrap(s.slice()) : Py_NewRef(self)]);
      return rt.newTuple([wrap(s.slice(0, i)), mutable(self) ? wrap(sep.slice()) : Py_NewRef(args[0] as PyObject), wrap(s.slice(i + sep.length))]);
    } },
    { name: 'join', fn: (self, args) => {
      if (args.length !== 1) throw PyErr.format(rt, T.TypeError, `join() takes exactly one argument (${args.length} given)`);
      const items = iterateToArray(args[0] as PyObject);
      try {
        if (items.length === 1 && (items[0] as PyObject).ob_type === T.bytes && !mutable(self)) return Py_NewRef(items[0] as PyObject);
        const sep = data(self);
        const parts: Uint8Array[] = [];
        for (let i = 0; i < items.length; i++) {
          const it = items[i] as PyObject;
          const d = bytesLikeData(it);
          if (d === null) throw PyErr.format(rt, T.TypeError, `sequence item ${i}: expected a bytes-like object, ${it.ob_type.tp_name} found`);
          if (i > 0) parts.push(sep);
          parts.push(d);
        }
        return wrap(concatData(parts), 'filled');
      } finally {
        for (const it of items) Py_DECREF(it);
      }
    } },
    { name: 'strip', fn: strip('strip', true, true) },
    { name: 'lstrip', fn: strip('lstrip', true, false) },
    { name: 'rstrip', fn: strip('rstrip', false, true) },
    { name: 'replace', fn: (self, args) => {
      if (args.length < 2 || args.length > 3) throw PyErr.format(rt, T.TypeError, args.length < 2 ? `replace expected at least 2 arguments, got ${args.length}` : `replace expected at most 3 arguments, got ${args.length}`);
      const count = args.length > 2 ? Number(PyNumber_AsIndexValue(args[2] as PyObject)) : -1;
      return keep(self, replaceData(data(self), bytesArg(rt, args[0] as PyObject), bytesArg(rt, args[1] as PyObject), count), 'filled');
    } },
    { name: 'removeprefix', fn: (self, args) => {
      const s = data(self);
      const p = bytesArg(rt, args[0] as PyObject);
      const has = p.length <= s.length && p.every((c, i) => s[i] === c);
      return keep(self, has ? s.slice(p.length) : s);
    } },
    { name: 'removesuffix', fn: (self, args) => {
      const s = data(self);
      const p = bytesArg(rt, args[0] as PyObject);
      const off = s.length - p.length;
      const has = p.length > 0 && off >= 0 && p.every((c, i) => s[off + i] === c);
      return keep(self, has ? s.slice(0, off) : s);
    } },
    { name: 'upper', fn: map(toUpper) },
    { name: 'lower', fn: map(toLower) },
    { name: 'swapcase', fn: map((c) => (isLower(c) ? c - 32 : isUpper(c) ? c + 32 : c)) },
    { name: 'capitalize', fn: (self) => wrap(data(self).map((c, i) => (i === 0 ? toUpper(c) : toLower(c))), 'filled') },
    { name: 'title', fn: (self) => wrap(titleData(data(self)), 'filled') },
    { name: 'isdigit', fn: pred((s) => all(s, isDigit)) },
    { name: 'isalpha', fn: pred((s) => all(s, isAlpha)) },
    { name: 'isalnum', fn: pred((s) => all(s, (c) => isAlpha(c) || isDigit(c))) },
    { name: 'isspace', fn: pred((s) => all(s, isSpace)) },
    { name: 'isascii', fn: pred((s) => s.every((c) => c < 128)) },
    { name: 'islower', fn: pred((s) => s.some(isLower) && !s.some(isUpper)) },
    { name: 'isupper', fn: pred((s) => s.some(isUpper) && !s.some(isLower)) },
    { name: 'istitle', fn: pred((s) => {
      let prevCased = false;
      let cased = false;
      for (const c of s) {
        if (isUpper(c)) {
          if (prevCased) return false;
          prevCased = true;
          cased = true;
        } else if (isLower(c)) {
          if (!prevCased) return false;
          prevCased = true;
          cased = true;
        } else prevCased = false;
      }
      return cased;
    }) },
    { name: 'ljust', fn: justify('ljust', 'l') },
    { name: 'rjust', fn: justify('rjust', 'r') },
    { name: 'center', fn: justify('center', 'c') },
    { name: 'zfill', fn: (self, args) => {
      if (args.length !== 1) throw PyErr.format(rt, T.TypeError, `zfill() takes exactly one argument (${args.length} given)`);
      const s = data(self);
      const w = Number(PyNumber_AsIndexValue(args[0] as PyObject));
      if (s.length >= w) return keep(self, s);
      const out = new Uint8Array(w).fill(48);
      out.set(s, w - s.length);
      if (s.length > 0 && (s[0] === 43 || s[0] === 45)) {
        out[0] = s[0] as number;
        out[w - s.length] = 48;
      }
      return wrap(out, 'filled');
    } },
    { name: 'expandtabs', fn: (self, args, kw) => {
      const [tsO] = parseArgs(rt, 'expandtabs', args, kw, ['tabsize']);
      const ts = tsO === undefined ? 8 : Number(PyNumber_AsIndexValue(tsO));
      const out: number[] = [];
      let col = 0;
      for (const c of data(self)) {
        if (c === 9) {
          if (ts > 0) {
            const n = ts - (col % ts);
            for (let k = 0; k < n; k++) out.push(32);
            col += n;
          }
        } else {
          out.push(c);
          col = c === 10 || c === 13 ? 0 : col + 1;
        }
      }
      return wrap(Uint8Array.from(out), 'filled');
    } },
    { name: 'splitlines', fn: (self, args, kw) => {
      const [keepO] = parseArgs(rt, 'splitlines', args, kw, ['keepends']);
      const keepEnds = keepO !== undefined && rt.isTrue(keepO);
      const s = data(self);
      const parts: Uint8Array[] = [];
      let i = 0;
      while (i < s.length) {
        let j = i;
        while (j < s.length && s[j] !== 10 && s[j] !== 13) j++;
        let eol = j;
        if (j < s.length) {
          eol = s[j] === 13 && s[j + 1] === 10 ? j + 2 : j + 1;
        }
        const end = keepEnds ? eol : j;
        parts.push(i === 0 && end === s.length ? s : s.slice(i, end));
        i = eol;
      }
      return list(self, parts);
    } },
  ];
}

// ---- the type ----------------------------------------------------------------------------------

/** Concatenation (bytes_concat): the result has the left operand's kind; null: not bytes-like. */
export function bytes_concat(rt: Runtime, a: PyObject, b: PyObject): PyObject {
  const T = rt.types;
  const x = bytesLikeData(a) as Uint8Array;
  const y = bytesLikeData(b);
  if (y === null) throw PyErr.format(rt, T.TypeError, `can't concat ${b.ob_type.tp_name} to ${PyType_IsSubtype(a.ob_type, T.bytearray) ? 'bytearray' : 'bytes'}`);
  if (isBytes(a)) {
    if (y.length === 0 && a.ob_type === T.bytes) return Py_NewRef(a);
    if (x.length === 0 && b.ob_type === T.bytes) return Py_NewRef(b);
    return PyBytes_FromData(rt, concatData([x, y]), 'filled');
  }
  return PyByteArray_FromData(rt, concatData([x, y]));
}

/** Repetition (bytes_repeat / bytearray_repeat). */
export function bytes_repeat(rt: Runtime, a: PyObject, n: number): PyObject {
  const x = bytesLikeData(a) as Uint8Array;
  if (n < 0) n = 0;
  if (isBytes(a) && (n === 1 || x.length === 0) && a.ob_type === rt.types.bytes) return Py_NewRef(a);
  if (x.length * n > 1 << 28) throw PyErr.fromType(rt, rt.types.MemoryError, null);
  const out = new Uint8Array(x.length * n);
  for (let i = 0; i < n; i++) out.set(x, i * x.length);
  return isBytes(a) ? PyBytes_FromData(rt, out, 'raw') : PyByteArray_FromData(rt, out);
}

/**
 * The nb_add / nb_multiply of bytes and bytearray (their sq_concat / sq_repeat exposed as
 * __add__ / __mul__ / __rmul__): NotImplemented unless the operands fit, so the other operand's
 * reflected method runs first and sequence_op words the TypeError.
 */
export function bytes_nb_add(a: PyObject, b: PyObject): PyObject {
  const rt = a.ob_type.rt;
  if (bytesLikeData(a) === null || bytesLikeData(b) === null) return Py_NewRef(rt.NotImplemented);
  return bytes_concat(rt, a, b);
}

export function bytes_nb_multiply(a: PyObject, b: PyObject): PyObject {
  const rt = a.ob_type.rt;
  const [seq, n] = bytesLikeData(a) !== null ? [a, b] : [b, a];
  if (bytesLikeData(seq) === null || n.ob_type.nb_index === null || bytesLikeData(n) !== null) return Py_NewRef(rt.NotImplemented);
  return bytes_repeat(rt, seq, PyNumber_AsSsize_t(n, rt.types.OverflowError));
}

/** Item or slice of a bytes-like sequence (bytes_subscript / bytearray_subscript). */
export function bytesSubscript(rt: Runtime, d: Uint8Array, key: PyObject, kind: 'bytes' | 'bytearray', wrap: (d: Uint8Array, origin?: BytesOrigin) => PyObject): PyObject {
  const T = rt.types;
  if (key.ob_type === T.slice) {
    const [start, , step, n] = sliceIndices(rt, key as PySliceObject, d.length);
    if (step === 1) return wrap(d.slice(start, start + n));
    const out = new Uint8Array(n);
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = d[j] as number;
    return wrap(out, 'filled');
  }
  if (key.ob_type.nb_index === null) throw PyErr.format(rt, T.TypeError, `${kind === 'bytes' ? 'byte' : 'bytearray'} indices must be integers or slices, not ${key.ob_type.tp_name}`);
  let i = PyNumber_AsSsize_t(key, T.IndexError);
  if (i < 0) i += d.length;
  if (i < 0 || i >= d.length) throw PyErr.format(rt, T.IndexError, kind === 'bytes' ? 'index out of range' : 'bytearray index out of range');
  return rt.newInt(d[i] as number);
}

/** `x in b` for bytes-like containers (bytes_contains / _Py_bytes_contains). */
export function bytesContains(rt: Runtime, d: Uint8Array, v: PyObject): boolean {
  const sub = bytesLikeData(v);
  if (sub !== null) return findData(d, sub, 0, d.length) >= 0;
  if (v.ob_type.nb_index === null) throw PyErr.format(rt, rt.types.TypeError, `a bytes-like object is required, not '${v.ob_type.tp_name}'`);
  return d.includes(byteValue(rt, v));
}

/** The iterator of bytes and bytearray (striterobject / bytearrayiterobject): ints, by index. */
export function newBytesIter(rt: Runtime, type: PyTypeObject, seq: PyObject): PyObject {
  const it = new PyIterObject(type, rt.allocObject(type, 0));
  it.it_seq = Py_NewRef(seq);
  _PyObject_GC_TRACK(rt.gc, it);
  return it;
}

export function installBytesIterType(rt: Runtime, t: PyTypeObject): void {
  t.tp_alloc = (type, n) => new PyIterObject(type, rt.allocObject(type, n));
  t.tp_dealloc = (op) => {
    const o = op as PyIterObject;
    _PyObject_GC_UNTRACK(o);
    const seq = o.it_seq;
    o.it_seq = null;
    rt.PyObject_Free(o);
    if (seq !== null) Py_DECREF(seq);
  };
  t.tp_traverse = (op: PyObject, visit: visitproc, arg: unknown) => {
    const s = (op as PyIterObject).it_seq;
    return s === null ? 0 : visit(s, arg);
  };
  t.tp_iter = (o) => Py_NewRef(o);
  t.tp_iternext = (op) => {
    const o = op as PyIterObject;
    const seq = o.it_seq;
    if (seq === null) return null;
    const d = bytesLikeData(seq) as Uint8Array;
    if (o.it_index < d.length) return rt.newInt(d[o.it_index++] as number);
    o.it_seq = null;
    Py_DECREF(seq);
    return null;
  };
  t.tp_methods = [
    { name: '__length_hint__', fn: (op) => {
      const o = op as PyIterObject;
      const d = o.it_seq === null ? EMPTY : (bytesLikeData(o.it_seq) as Uint8Array);
      return rt.newInt(Math.max(0, d.length - o.it_index));
    } },
  ];
}

export function installBytesType(rt: Runtime, T: BuiltinTypes): void {
  const B = T.bytes;
  const sv = (o: PyObject): Uint8Array => (o as PyBytesObject).ob_sval;
  const wrap = (d: Uint8Array, origin: BytesOrigin = 'copy'): PyObject => PyBytes_FromData(rt, d, origin);
  B.tp_alloc = (type, n) => new PyBytesObject(type, rt.allocObject(type, n));
  B.tp_dealloc = bytes_dealloc;
  B.tp_hash = bytes_hash;
  B.tp_repr = (o) => rt.newStr(bytesRepr(sv(o)));
  B.tp_str = B.tp_repr;
  B.tp_richcompare = (a, b, op) => {
    // bytes compare only with bytes (bytearray's richcompare answers the mixed cases)
    if (!isBytes(a) || !isBytes(b)) return Py_NewRef(rt.NotImplemented);
    if (a === b && (op === 2 || op === 3)) return rt.newBool(op === 2);
    return rt.newBool(cmpResult(compareData(a.ob_sval, b.ob_sval), op));
  };
  B.mp_length = (o) => sv(o).length;
  B.mp_subscript = (o, key) => {
    const d = sv(o);
    if (key.ob_type === T.slice && o.ob_type === T.bytes) {
      const [start, , step, n] = sliceIndices(rt, key as PySliceObject, d.length);
      if (step === 1 && start === 0 && n === d.length) return Py_NewRef(o);
    }
    return bytesSubscript(rt, d, key, 'bytes', wrap);
  };
  B.sq_contains = (o, v) => bytesContains(rt, sv(o), v);
  B.nb_add = bytes_nb_add;
  B.nb_multiply = bytes_nb_multiply;
  B.nb_remainder = (a, b) => {
    if (!isBytes(a)) return Py_NewRef(rt.NotImplemented);
    return PyBytes_FromData(rt, bytesPercentFormat(rt, a.ob_sval, b));
  };
  B.tp_iter = (o) => newBytesIter(rt, T.bytes_iterator, o);
  B.tp_new = (type, args, kw) => {
    let data: Uint8Array;
    const npos = args.length - (kw?.length ?? 0);
    const only = npos === 1 && (kw === null || kw.length === 0) ? (args[0] as PyObject) : null;
    if (only !== null && only.ob_type === T.bytes && type === T.bytes) return Py_NewRef(only);
    if (only !== null && !isStr(only) && bytesLikeData(only) === null && rt.lookupSpecial(only, '__bytes__') !== null) {
      const r = rt.callMethod(only, '__bytes__', []);
      if (!isBytes(r)) {
        const tn = r.ob_type.tp_name;
        Py_DECREF(r);
        throw PyErr.format(rt, T.TypeError, `__bytes__ returned non-bytes (type ${tn})`);
      }
      if (type === T.bytes) return r;
      data = r.ob_sval.slice();
      Py_DECREF(r);
    } else data = dataFromArgs(rt, 'bytes', args, kw) ?? EMPTY;
    // bytes(n), bytes(buffer) and bytes(tuple) allocate, then fill (_PyBytes_FromSize);
    // lists, iterables and encoded text go through a writer that ends in a copy
    const filled = only !== null && !isStr(only) && (only.ob_type.nb_index !== null || bytesLikeData(only) !== null || only.ob_type === T.tuple);
    if (type === T.bytes) return PyBytes_FromData(rt, data, filled ? 'filled' : 'copy');
    return allocBytesSubtype(rt, type, data);
  };
  B.tp_methods = [
    ...sharedBytesMethods(rt, T, sv, wrap),
    { name: 'fromhex', flags: 'class', fn: (cls, args) => {
      if (args.length !== 1) throw PyErr.format(rt, T.TypeError, `fromhex() takes exactly one argument (${args.length} given)`);
      const s = strArg(rt, 'fromhex', 1, args[0] as PyObject);
      const d = fromHex(rt, s);
      if (cls === T.bytes) return PyBytes_FromData(rt, d);
      const tmp = PyBytes_FromData(rt, d);
      try {
        return rt.callBorrowed(cls, [tmp]);
      } finally {
        Py_DECREF(tmp);
      }
    } },
    { name: '__getnewargs__', fn: (self) => rt.newTuple([PyBytes_FromData(rt, sv(self).slice())]) },
    { name: '__bytes__', fn: (self) => (self.ob_type === T.bytes ? Py_NewRef(self) : PyBytes_FromData(rt, sv(self).slice())) },
    { name: '__sizeof__', fn: (self) => rt.newInt(self.ob_type.tp_basicsize + sv(self).length) },
    { name: '__format__', fn: (self, args) => {
      const sp = args[0];
      if (sp === undefined || !isStr(sp)) throw PyErr.format(rt, T.TypeError, `__format__() argument must be str, not ${sp === undefined ? 'nothing' : sp.ob_type.tp_name}`);
      if (sp.ob_sval !== '') throw PyErr.format(rt, T.TypeError, 'unsupported format string passed to bytes.__format__');
      return rt.str(self);
    } },
  ];
  installBytesIterType(rt, T.bytes_iterator);
}
