// More of str's methods: CPython 3.11's Objects/unicodeobject.c (unicode_find, unicode_count,
// tailmatch, unicode_expandtabs, split/rsplit (Objects/stringlib/split.h), unicode_translate,
// unicode_maketrans, ...). installStr (seqtypes.ts) merges these into str's method table by
// name. Indices are code points: strings holding astral characters are searched as arrays of
// code points.

import { type PyObject, type PyMethodDef, type PyCFunction, Py_DECREF, Py_NewRef } from './object.js';
import type { Runtime } from './runtime.js';
import type { BuiltinTypes } from './typeobject.js';
import { PyErr } from './pyerr.js';
import { isStr, type PyUnicodeObject, PyUnicode_FromKnownKind, PyUnicode_NewText } from './unicodeobject.js';
import { PyNumber_AsIndexValue, _PyLong_AsSsize_tArg, _PyLong_AsIntArg, PyObject_GetItem } from './abstract.js';
import { checkArgs } from './descrobject.js';
import type { PyTupleObject } from './tupleobject.js';
import type { PyDictObject } from './dictobject.js';
import { dict_each } from './dictobject.js';

/**
 * UTF-8 decoding of bytes below 0x80 gives those characters: ASCII text built in a byte array
 * becomes one flat JS string (no chain of concatenations for V8's scavenges to copy). Holds no
 * state between decode calls without `stream`.
 */
const ASCII_DECODER = new TextDecoder('utf-8');

/** Shorter ASCII texts are replaced by string operations (the byte array costs more). */
const REPLACE_BYTES_MIN = 512;

/**
 * replace() of an ASCII text with an ASCII replacement (old, found at `first`, is then ASCII
 * too), at most `count` occurrences, left to right and non-overlapping (count > 0).
 */
function replaceAscii(s: string, old: string, nw: string, first: number, count: number): string {
  const ol = old.length;
  const nl = nw.length;
  let size = s.length;
  if (nl > ol) {
    let k = 0;
    for (let i = first; i >= 0 && k < count; i = s.indexOf(old, i + ol)) k++;
    size += k * (nl - ol);
  }
  const b = new Uint8Array(size);
  let o = 0;
  let pos = 0;
  const n1 = nl === 1 ? nw.charCodeAt(0) : -1;
  if (ol === 1) {
    // one pass over the text
    const oc = old.charCodeAt(0);
    let i = first;
    for (let k = 0; k < first; k++) b[o++] = s.charCodeAt(k);
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c !== oc) b[o++] = c;
      else {
        if (n1 >= 0) b[o++] = n1;
        else for (let q = 0; q < nl; q++) b[o++] = nw.charCodeAt(q);
        if (--count === 0) {
          i++;
          break;
        }
      }
    }
    pos = i;
  } else {
    for (let i = first; i >= 0; i = s.indexOf(old, pos)) {
      for (let k = pos; k < i; k++) b[o++] = s.charCodeAt(k);
      if (n1 >= 0) b[o++] = n1;
      else for (let q = 0; q < nl; q++) b[o++] = nw.charCodeAt(q);
      pos = i + ol;
      if (--count === 0) break;
    }
  }
  for (let k = pos; k < s.length; k++) b[o++] = s.charCodeAt(k);
  return ASCII_DECODER.decode(o === size ? b : b.subarray(0, o));
}

/** Python's whitespace (Py_UNICODE_ISSPACE), which differs from JS's \s. */
export const PY_WS = '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const WS_RUN = new RegExp(`[${PY_WS}]+`, 'u');
const WS_ALL = new RegExp(`^[${PY_WS}]+$`, 'u');
const WS_LEAD = new RegExp(`^[${PY_WS}]+`, 'u');
const WS_TRAIL = new RegExp(`[${PY_WS}]+$`, 'u');

export function isPySpace(s: string): boolean {
  return WS_ALL.test(s);
}

/** A string as something indexable by code point. */
interface Cp { s: string; a: string[] | null; n: number }
function cp(s: string): Cp {
  // any surrogate code unit means astral characters: index by code points
  if (/[\ud800-\udfff]/.test(s)) {
    const a = Array.from(s);
    return { s, a, n: a.length };
  }
  return { s, a: null, n: s.length };
}
/** cp() of a str object: no surrogate pair (code points === code units) needs no rescan. */
function cpOf(o: PyObject): Cp {
  const u = o as PyUnicodeObject;
  return u.ob_length === u.ob_sval.length ? { s: u.ob_sval, a: null, n: u.ob_length } : cp(u.ob_sval);
}
function sub(c: Cp, i: number, j: number): string {
  return c.a === null ? c.s.slice(i, j) : c.a.slice(i, j).join('');
}
function cpIndexOf(c: Cp, needle: string, from: number): number {
  if (c.a === null) return c.s.indexOf(needle, from);
  const tail = c.a.slice(from).join('');
  const k = tail.indexOf(needle);
  return k < 0 ? -1 : from + Array.from(tail.slice(0, k)).length;
}

/** ADJUST_INDICES for start/end arguments (ints, objects with __index__, or None). */
function bounds(rt: Runtime, len: number, startO: PyObject | undefined, endO: PyObject | undefined): [number, number] {
  const idx = (o: PyObject | undefined, dflt: number): number => {
    if (o === undefined || o === rt.None) return dflt;
    if (o.ob_type.nb_index === null) throw PyErr.format(rt, rt.types.TypeError, 'slice indices must be integers or None or have an __index__ method');
    const v = PyNumber_AsIndexValue(o);
    return typeof v === 'number' ? v : v < 0n ? -Infinity : Infinity;
  };
  let start = idx(startO, 0);
  let end = idx(endO, len);
  if (end > len) end = len;
  else if (end < 0) end = Math.max(0, end + len);
  if (start < 0) start = Math.max(0, start + len);
  return [start, end];
}

function mustStr(rt: Runtime, o: PyObject | undefined, prefix = ''): string {
  if (o === undefined || !isStr(o)) throw PyErr.format(rt, rt.types.TypeError, `${prefix}must be str, not ${o?.ob_type.tp_name ?? 'NoneType'}`);
  return o.ob_sval;
}

/** Keyword-or-positional arguments for the few str methods that take keywords. */
function parse(rt: Runtime, fname: string, args: PyObject[], kw: readonly string[] | null, names: string[]): (PyObject | undefined)[] {
  const nkw = kw?.length ?? 0;
  const npos = args.length - nkw;
  if (npos > names.length) throw PyErr.format(rt, rt.types.TypeError, `${fname}() takes at most ${names.length} argument${names.length === 1 ? '' : 's'} (${npos} given)`);
  const out: (PyObject | undefined)[] = args.slice(0, npos);
  for (let i = 0; i < nkw; i++) {
    const name = (kw as readonly string[])[i] as string;
    const ix = names.indexOf(name);
    if (ix < 0) throw PyErr.format(rt, rt.types.TypeError, `'${name}' is an invalid keyword argument for ${fname}()`);
    if (ix < npos) throw PyErr.format(rt, rt.types.TypeError, `argument for ${fname}() given by name ('${name}') and position (${ix + 1})`);
    out[ix] = args[npos + i];
  }
  return out;
}

/** PyArg_ParseTuple's "O|OO:name" count check. */
function tupleArgs(rt: Runtime, name: string, args: PyObject[], kw: readonly string[] | null, min: number, max: number): void {
  if (kw !== null && kw.length > 0) throw PyErr.format(rt, rt.types.TypeError, `${name}() takes no keyword arguments`);
  const n = args.length;
  if (n < min) throw PyErr.format(rt, rt.types.TypeError, `${name}() takes at least ${min} argument${min === 1 ? '' : 's'} (${n} given)`);
  if (n > max) throw PyErr.format(rt, rt.types.TypeError, `${name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
}

/** A Py_ssize_t argument (Argument Clinic's `n`); dflt when absent. */
function intArg(o: PyObject | undefined, dflt: number): number {
  if (o === undefined) return dflt;
  return _PyLong_AsSsize_tArg(o);
}

/** Code-point search of `needle` in s[start:end]: its index, or -1 (last occurrence when `last`). */
function findIn(c: Cp, needle: string, start: number, end: number, last: boolean): number {
  const nl = Array.from(needle).length;
  if (end - start < nl) return -1;
  if (c.a === null) {
    if (last) {
      const k = c.s.lastIndexOf(needle, end - nl);
      return k >= start ? k : -1;
    }
    const k = c.s.indexOf(needle, start);
    return k >= 0 && k + nl <= end ? k : -1;
  }
  const hay = c.a.slice(start, end).join('');
  const k = last ? hay.lastIndexOf(needle) : hay.indexOf(needle);
  return k < 0 ? -1 : start + Array.from(hay.slice(0, k)).length;
}

/**
 * Texts up to this long are split by indexOf and slice: V8's split goes to its runtime at every
 * call (about twice as slow for a few pieces); longer ones by split (one native pass).
 */
const SPLIT_NATIVE_MIN = 256;

/** s.split(sep) for a non-empty sep, by indexOf and slice (short texts). */
function splitShort(s: string, sep: string): string[] {
  const out: string[] = [];
  const sl = sep.length;
  let pos = 0;
  for (let i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, pos)) {
    out.push(s.slice(pos, i));
    pos = i + sl;
  }
  out.push(pos === 0 ? s : s.slice(pos));
  return out;
}

/** Non-overlapping occurrences of a non-empty needle in all of s (no surrogate pairs on either side). */
function countWhole(s: string, needle: string): number {
  const nl = needle.length;
  let n = 0;
  for (let k = s.indexOf(needle); k >= 0; k = s.indexOf(needle, k + nl)) n++;
  return n;
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const parts: string[] = [];
  let rest = s.replace(WS_LEAD, '');
  while (rest !== '') {
    if (maxsplit >= 0 && parts.length === maxsplit) {
      parts.push(rest);
      break;
    }
    const m = WS_RUN.exec(rest);
    if (m === null) {
      parts.push(rest);
      break;
    }
    parts.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length).replace(WS_LEAD, '');
  }
  return parts;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const parts: string[] = [];
  let rest = s.replace(WS_TRAIL, '');
  const lastRun = new RegExp(`[${PY_WS}]+(?=[^${PY_WS}]*$)`, 'u');
  while (rest !== '') {
    if (maxsplit >= 0 && parts.length === maxsplit) {
      parts.push(rest);
      break;
    }
    const m = lastRun.exec(rest);
    if (m === null) {
      parts.push(rest);
      break;
    }
    parts.push(rest.slice(m.index + m[0].length));
    rest = rest.slice(0, m.index).replace(WS_TRAIL, '');
  }
  return parts.reverse();
}

/** The full Unicode case folding of the few characters whose folding is not their lowercase. */
const FOLD: Record<string, string> = { 'ß': 'ss', 'ẞ': 'ss', 'ς': 'σ', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬀ': 'ff', 'ſ': 's', 'µ': 'μ' };

export function strMethods(rt: Runtime, T: BuiltinTypes): PyMethodDef[] {
  const sv = (o: PyObject): string => (o as PyUnicodeObject).ob_sval;
  const same = (self: PyObject, r: string): PyObject => (r === sv(self) && self.ob_type === T.str ? Py_NewRef(self) : rt.newStr(r));
  const finder = (name: string, last: boolean, raise: boolean): PyMethodDef => {
    const fn = (self: PyObject, args: PyObject[], kw: readonly string[] | null): PyObject => {
      tupleArgs(rt, name, args, kw, 1, 3);
      const needle = mustStr(rt, args[0]);
      const c = cpOf(self);
      const [start, end] = bounds(rt, c.n, args[1], args[2]);
      const r = start > c.n ? -1 : findIn(c, needle, start, end, last);
      if (r < 0 && raise) throw PyErr.format(rt, T.ValueError, 'substring not found');
      return rt.newInt(r);
    };
    return { name, fn, fn1: (self, a) => {
      const u = self as PyUnicodeObject;
      // kind code 3 (UCS-4) is the one kind whose code points are not its code units
      if (!isStr(a) || (u.ob_state & 3) === 3 || (a.ob_state & 3) === 3) return fn(self, [a], null);
      // whole string, code units are code points on both sides
      const r = last ? u.ob_sval.lastIndexOf(a.ob_sval) : u.ob_sval.indexOf(a.ob_sval);
      if (r < 0 && raise) throw PyErr.format(rt, T.ValueError, 'substring not found');
      return rt.newInt(r);
    } };
  };
  const tail = (name: string, atEnd: boolean): PyMethodDef => {
    const fn = tailGeneric(name, atEnd);
    return { name, fn, fn1: (self, p) => {
      const u = self as PyUnicodeObject;
      // code units are code points when neither side holds a pair (kind code 3, UCS-4)
      if (isStr(p) && (u.ob_state & 3) !== 3 && (p.ob_state & 3) !== 3) {
        const r = (atEnd ? u.ob_sval.endsWith(p.ob_sval) : u.ob_sval.startsWith(p.ob_sval)) ? rt.True : rt.False;
        r.ob_refcnt++;
        return r;
      }
      return fn(self, [p], null);
    } };
  };
  const tailGeneric = (name: string, atEnd: boolean): PyCFunction => ((self, args, kw) => {
    tupleArgs(rt, name, args, kw, 1, 3);
    const p0 = args[0] as PyObject;
    if (args.length === 1 && isStr(p0)) {
      // common case, no bounds: code units are code points when neither side holds a pair
      const u = self as PyUnicodeObject;
      if (u.ob_length === u.ob_sval.length && p0.ob_length === p0.ob_sval.length) {
        return rt.newBool(atEnd ? u.ob_sval.endsWith(p0.ob_sval) : u.ob_sval.startsWith(p0.ob_sval));
      }
    }
    const c = cpOf(self);
    const [start, end] = bounds(rt, c.n, args[1], args[2]);
    const match = (po: PyUnicodeObject): boolean => {
      const p = po.ob_sval;
      const pl = po.ob_length;
      if (end - start < pl || start > c.n) return false;
      if (c.a === null) return atEnd ? c.s.startsWith(p, end - pl) : c.s.startsWith(p, start);
      return atEnd ? sub(c, end - pl, end) === p : sub(c, start, start + pl) === p;
    };
    const p = args[0] as PyObject;
    if (isStr(p)) return rt.newBool(match(p));
    if (p.ob_type === T.tuple) {
      for (const x of (p as PyTupleObject).ob_item) {
        if (!isStr(x)) throw PyErr.format(rt, T.TypeError, `tuple for ${name} must only contain str, not ${x.ob_type.tp_name}`);
        if (match(x)) return Py_NewRef(rt.True);
      }
      return Py_NewRef(rt.False);
    }
    throw PyErr.format(rt, T.TypeError, `${name} first arg must be str or a tuple of str, not ${p.ob_type.tp_name}`);
  });
  const splitter = (name: string, right: boolean): PyMethodDef => {
    const impl = splitImpl(name, right);
    return {
      name,
      fn: (self, args, kw) => {
        const [sepO, maxO] = parse(rt, name, args, kw, ['sep', 'maxsplit']);
        return impl(self, sepO, maxO);
      },
      fn1: (self, sepO) => impl(self, sepO, undefined),
      fn2: (self, sepO, maxO) => impl(self, sepO, maxO),
    };
  };
  const splitImpl = (name: string, right: boolean) => (self: PyObject, sepO: PyObject | undefined, maxO: PyObject | undefined): PyObject => {
    let sep: string | null = null;
    if (sepO !== undefined && sepO !== rt.None) {
      if (!isStr(sepO)) throw PyErr.format(rt, T.TypeError, `must be str or None, not ${sepO.ob_type.tp_name}`);
      sep = sepO.ob_sval;
    }
    const maxsplit = intArg(maxO, -1);
    const s = sv(self);
    let parts: string[];
    if (sep === null) parts = right ? rsplitWhitespace(s, maxsplit) : splitWhitespace(s, maxsplit);
    else {
      if (sep === '') throw PyErr.format(rt, T.ValueError, 'empty separator');
      parts = s.length <= SPLIT_NATIVE_MIN ? splitShort(s, sep) : s.split(sep);
      if (maxsplit >= 0 && parts.length > maxsplit + 1) {
        parts = right ? [parts.slice(0, parts.length - maxsplit).join(sep), ...parts.slice(parts.length - maxsplit)] : [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(sep)];
      }
    }
    if (parts.length === 1 && parts[0] === s && self.ob_type === T.str) return rt.newList([Py_NewRef(self)]);
    // the pieces become the list's items in place; pieces of an ASCII string are ASCII (no rescan)
    const items = parts as unknown as PyObject[];
    if ((self as PyUnicodeObject).ob_kind === 0) {
      for (let i = 0; i < parts.length; i++) items[i] = PyUnicode_FromKnownKind(rt, parts[i] as string, 0);
    } else {
      for (let i = 0; i < parts.length; i++) items[i] = rt.newStr(parts[i] as string);
    }
    return rt.newList(items);
  };
  const stripper = (name: string, left: boolean, right: boolean): PyMethodDef => ({ name, fn: (self, args) => {
    checkArgs(rt, name, args, null, 0, 1);
    const s = sv(self);
    const ch = args[0];
    let r: string;
    if (ch === undefined || ch === rt.None) {
      r = s;
      if (left) r = r.replace(WS_LEAD, '');
      if (right) r = r.replace(WS_TRAIL, '');
    } else {
      if (!isStr(ch)) throw PyErr.format(rt, T.TypeError, `${name} arg must be None or str`);
      const chars = new Set(Array.from(ch.ob_sval));
      const a = Array.from(s);
      let i = 0;
      let j = a.length;
      if (left) while (i < j && chars.has(a[i] as string)) i++;
      if (right) while (j > i && chars.has(a[j - 1] as string)) j--;
      r = a.slice(i, j).join('');
    }
    return same(self, r);
  } });
  /** str.replace(old, new[, count]): replace(), its arguments checked by the caller's count. */
  const strReplace = (self: PyObject, oldO: PyObject, newO: PyObject, countO: PyObject | undefined): PyObject => {
    const old = mustStr(rt, oldO, 'replace() argument 1 ');
    const nw = mustStr(rt, newO, 'replace() argument 2 ');
    let count = intArg(countO, -1);
    const s = sv(self);
    if (count < 0) count = Infinity;
    // the same object for old and new: nothing to do (unicode_result_unchanged)
    if (oldO === newO && old !== '') return same(self, s);
    let out = '';
    if (old === '') {
      const a = Array.from(s);
      let k = 0;
      for (; k <= a.length; k++) {
        if (k < count) out += nw;
        else {
          out += a.slice(k).join('');
          break;
        }
        if (k < a.length) out += a[k] as string;
      }
      return same(self, out);
    }
    let pos = 0;
    const first = s.indexOf(old);
    if (first < 0 || count === 0) return same(self, s);
    const ascii = (self as PyUnicodeObject).ob_kind === 0 && (newO as PyUnicodeObject).ob_kind === 0;
    if (ascii && s.length >= REPLACE_BYTES_MIN) return PyUnicode_NewText(rt, replaceAscii(s, old, nw, first, count), 0);
    if (count === Infinity) {
      // every occurrence: split and join (native passes, no chain of concatenations; and no
      // pattern characters, as replaceAll's '$&')
      out = s.split(old).join(nw);
      pos = s.length;
    }
    for (let i = s.indexOf(old, pos); count > 0 && i >= 0; i = s.indexOf(old, pos)) {
      out += s.slice(pos, i) + nw;
      pos = i + old.length;
      count--;
    }
    if (pos === 0) return same(self, s);
    out += s.slice(pos);
    // a new str, one character too (ASCII in, ASCII out: no rescan)
    return PyUnicode_NewText(rt, out, (self as PyUnicodeObject).ob_kind === 0 && (newO as PyUnicodeObject).ob_kind === 0 ? 0 : -1);
  };
  /** str.count's generic entry (set below; its fn1 falls back to it) */
  let strCount: PyCFunction;
  return [
    finder('find', false, false),
    finder('rfind', true, false),
    finder('index', false, true),
    finder('rindex', true, true),
    tail('startswith', false),
    tail('endswith', true),
    splitter('split', false),
    splitter('rsplit', true),
    stripper('strip', true, true),
    stripper('lstrip', true, false),
    stripper('rstrip', false, true),
    { name: 'count', fn: strCount = (self, args, kw) => {
      tupleArgs(rt, 'count', args, kw, 1, 3);
      const needle = mustStr(rt, args[0]);
      const u = self as PyUnicodeObject;
      if (args.length === 1 && needle !== '' && u.ob_length === u.ob_sval.length) return rt.newInt(countWhole(u.ob_sval, needle));
      const c = cpOf(self);
      const [start, end] = bounds(rt, c.n, args[1], args[2]);
      if (start > c.n) return rt.newInt(0);
      if (needle === '') return rt.newInt(Math.max(0, end - start) + 1);
      if (end - start < (args[0] as PyUnicodeObject).ob_length) return rt.newInt(0);
      if (c.a === null) {
        // non-overlapping occurrences inside [start, end), counted in place
        let n = 0;
        const nl = needle.length;
        for (let k = c.s.indexOf(needle, start); k >= 0 && k + nl <= end; k = c.s.indexOf(needle, k + nl)) n++;
        return rt.newInt(n);
      }
      return rt.newInt(sub(c, start, end).split(needle).length - 1);
    }, fn1: (self, a) => {
      const u = self as PyUnicodeObject;
      if (isStr(a) && a.ob_sval !== '' && (u.ob_state & 3) !== 3) return rt.newInt(countWhole(u.ob_sval, a.ob_sval));
      return strCount(self, [a], null);
    } },
    { name: 'expandtabs', fn: (self, args, kw) => {
      const [tsO] = parse(rt, 'expandtabs', args, kw, ['tabsize']);
      const ts = tsO === undefined ? 8 : _PyLong_AsIntArg(tsO);
      let out = '';
      let col = 0;
      for (const ch of sv(self)) {
        if (ch === '\t') {
          if (ts > 0) {
            const n = ts - (col % ts);
            out += ' '.repeat(n);
            col += n;
          }
        } else {
          out += ch;
          col = ch === '\n' || ch === '\r' ? 0 : col + 1;
        }
      }
      return same(self, out);
    } },
    { name: 'splitlines', fn: (self, args, kw) => {
      const [keepO] = parse(rt, 'splitlines', args, kw, ['keepends']);
      const keep = keepO !== undefined && rt.isTrue(keepO);
      const t = sv(self);
      const out: string[] = [];
      const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
      let last = 0;
      for (let m = re.exec(t); m !== null; m = re.exec(t)) {
        out.push(t.slice(last, keep ? m.index + m[0].length : m.index));
        last = m.index + m[0].length;
      }
      if (last < t.length) out.push(t.slice(last));
      return rt.newList(out.map((x) => rt.newStr(x)));
    } },
    { name: 'replace', fn: (self, args) => {
      checkArgs(rt, 'replace', args, null, 2, 3);
      return strReplace(self, args[0] as PyObject, args[1] as PyObject, args[2]);
    }, fn2: (self, a, b) => strReplace(self, a, b, undefined) },
    { name: 'partition', fn: (self, args) => {
      checkArgs(rt, 'partition', args, null, 1, 1);
      const sep = mustStr(rt, args[0]);
      if (sep === '') throw PyErr.format(rt, T.ValueError, 'empty separator');
      const t = sv(self);
      const i = t.indexOf(sep);
      if (i < 0) return rt.newTuple([Py_NewRef(self), rt.newStr(''), rt.newStr('')]);
      return rt.newTuple([rt.newStr(t.slice(0, i)), Py_NewRef(args[0] as PyObject), rt.newStr(t.slice(i + sep.length))]);
    } },
    { name: 'rpartition', fn: (self, args) => {
      checkArgs(rt, 'rpartition', args, null, 1, 1);
      const sep = mustStr(rt, args[0]);
      if (sep === '') throw PyErr.format(rt, T.ValueError, 'empty separator');
      const t = sv(self);
      const i = t.lastIndexOf(sep);
      if (i < 0) return rt.newTuple([rt.newStr(''), rt.newStr(''), Py_NewRef(self)]);
      return rt.newTuple([rt.newStr(t.slice(0, i)), Py_NewRef(args[0] as PyObject), rt.newStr(t.slice(i + sep.length))]);
    } },
    { name: 'removeprefix', fn: (self, args) => {
      checkArgs(rt, 'removeprefix', args, null, 1, 1);
      const p = mustStr(rt, args[0], 'removeprefix() argument ');
      const s = sv(self);
      return same(self, p !== '' && s.startsWith(p) ? s.slice(p.length) : s);
    } },
    { name: 'removesuffix', fn: (self, args) => {
      checkArgs(rt, 'removesuffix', args, null, 1, 1);
      const p = mustStr(rt, args[0], 'removesuffix() argument ');
      const s = sv(self);
      return same(self, p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
    } },
    { name: 'isascii', fn: (self) => rt.newBool(/^[\x00-\x7f]*$/.test(sv(self))) },
    { name: 'isspace', fn: (self) => rt.newBool(WS_ALL.test(sv(self))) },
    { name: 'isdigit', fn: (self) => rt.newBool(/^[\p{Nd}\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490]+$/u.test(sv(self))) },
    { name: 'isprintable', fn: (self) => rt.newBool(!/[\p{C}\p{Z}]/u.test(sv(self).replace(/ /g, ''))) },
    { name: 'casefold', fn: (self) => PyUnicode_NewText(rt, Array.from(sv(self)).map((c) => FOLD[c] ?? c.toLowerCase()).join('')) },
    { name: 'translate', fn: (self, args) => {
      checkArgs(rt, 'translate', args, null, 1, 1);
      const table = args[0] as PyObject;
      let out = '';
      for (const ch of sv(self)) {
        const key = rt.newInt(ch.codePointAt(0) as number);
        let v: PyObject;
        try {
          v = PyObject_GetItem(table, key);
        } catch (e) {
          if (e instanceof PyErr && e.matches(T.LookupError)) {
            e.release();
            out += ch;
            continue;
          }
          throw e;
        } finally {
          Py_DECREF(key);
        }
        try {
          if (v === rt.None) continue;
          if (isStr(v)) out += v.ob_sval;
          else if (v.ob_type === T.int) {
            const n = Number(PyNumber_AsIndexValue(v));
            if (n < 0 || n > 0x10ffff) throw PyErr.format(rt, T.ValueError, 'character mapping must be in range(0x110000)');
            out += String.fromCodePoint(n);
          } else throw PyErr.format(rt, T.TypeError, 'character mapping must return integer, None or str');
        } finally {
          Py_DECREF(v);
        }
      }
      return same(self, out);
    } },
    { name: 'maketrans', flags: 'static', fn: (_self, args) => {
      checkArgs(rt, 'maketrans', args, null, 1, 3);
      const d = rt.newDict();
      const set = (k: number, v: PyObject): void => {
        const ko = rt.newInt(k);
        rt.setItem(d, ko, v);
        Py_DECREF(ko);
      };
      try {
        if (args.length === 1) {
          const m = args[0] as PyObject;
          if (!(m.ob_type === T.dict || (m.ob_type.tp_flags & (1 << 29)) !== 0)) throw PyErr.format(rt, T.TypeError, 'if you give only one argument to maketrans it must be a dict');
          const pairs: [PyObject, PyObject][] = [];
          dict_each(m as PyDictObject, (k, v) => pairs.push([k, v]));
          for (const [k, v] of pairs) {
            if (isStr(k)) {
              if (k.ob_length !== 1) throw PyErr.format(rt, T.ValueError, 'string keys in translate table must be of length 1');
              set(k.ob_sval.codePointAt(0) as number, v);
            } else if (k.ob_type === T.int) rt.setItem(d, k, v);
            else throw PyErr.format(rt, T.TypeError, 'keys in translate table must be strings or integers');
          }
          return d;
        }
        const x = args[0] as PyObject;
        const y = args[1] as PyObject;
        if (!isStr(x)) throw PyErr.format(rt, T.TypeError, `maketrans() argument 1 must be str, not ${x.ob_type.tp_name}`);
        if (!isStr(y)) throw PyErr.format(rt, T.TypeError, `maketrans() argument 2 must be str, not ${y.ob_type.tp_name}`);
        const xa = Array.from(x.ob_sval);
        const ya = Array.from(y.ob_sval);
        if (xa.length !== ya.length) throw PyErr.format(rt, T.ValueError, 'the first two maketrans arguments must have equal length');
        for (let i = 0; i < xa.length; i++) {
          const v = rt.newInt((ya[i] as string).codePointAt(0) as number);
          set((xa[i] as string).codePointAt(0) as number, v);
          Py_DECREF(v);
        }
        if (args.length === 3) {
          const z = args[2] as PyObject;
          if (!isStr(z)) throw PyErr.format(rt, T.TypeError, `maketrans() argument 3 must be str, not ${z.ob_type.tp_name}`);
          for (const ch of z.ob_sval) set(ch.codePointAt(0) as number, rt.None);
        }
        return d;
      } catch (e) {
        Py_DECREF(d);
        throw e;
      }
    } },
  ];
}

