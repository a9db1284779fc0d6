// The slots and core methods of str, tuple and list, and slice objects: CPython 3.11's
// Objects/unicodeobject.c (core only: the rest of str's methods belong to the str-methods
// module), tupleobject.c, listobject.c and sliceobject.c. Start at installSeqTypes.

import {
  PyObject, type PyTypeObject, Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, PyType_IsSubtype, Py_EQ, Py_NE, Py_LT,
  Py_TPFLAGS_LONG_SUBCLASS, type visitproc,
  type PyMethodDef,
} from './object.js';
import type { Runtime } from './runtime.js';
import type { BuiltinTypes } from './typeobject.js';
import { PyErr } from './pyerr.js';
import { strMethods } from './unicodemethods.js';
import { type PyUnicodeObject, isStr, unicode_dealloc, unicode_hash, allocUnicode, unicodeSize, PyUnicode_FromKnownKind, _PyUnicode_Copy, PyUnicode_Concat, PyUnicode_NewText } from './unicodeobject.js';
import { PyTupleObject, PyTuple_New, tuple_dealloc, tuple_traverse } from './tupleobject.js';
import {
  PyListObject, PyList_New, PyList_FromArray, list_resize, list_preallocate_exact, PyList_AppendSteal, list_dealloc,
  list_traverse, list_clear, list_sort_ints,
} from './listobject.js';
import type { PyLongObject } from './longobject.js';
import { checkArgs } from './descrobject.js';
import { formatStr, percentFormat, type PercentHelpers } from './formatspec.js';
import {
  PyObject_RichCompare, PyObject_RichCompareBool, PyObject_IsTrue, PyObject_GetIter, PyIter_Next, reprOf,
  PyNumber_AsIndexValue, PyNumber_AsSsize_t, _PyLong_AsSsize_tArg, PyObject_Hash, PyObject_Call, iterateToArray,
} from './abstract.js';
import { PyObject_HashNotImplemented } from './abstract.js';
import { _PyObject_GC_TRACK, _PyObject_GC_UNTRACK } from '../gc/gclist.js';
import { PyType_GenericAlloc } from './typeobject.js';
import { PyBytes_FromData, encodeText, decodeBytes, bytesLikeData, parseArgs, strArg as strArgOf } from './bytesobject.js';

export { PyListObject };

// ---- slices ----------------------------------------------------------------------------------

export class PySliceObject extends PyObject {
  declare start: PyObject | null;
  declare stop: PyObject | null;
  declare step: PyObject | null;

  constructor(type: PyTypeObject, addr: number, refcnt = 1) {
    super(type, addr, refcnt);
    this.start = null;
    this.stop = null;
    this.step = null;
  }
}

/**
 * PySlice_New: INCREFs its parts (None for null). The slice the cache holds (interp->slice_cache,
 * filled by slice_dealloc) is taken first: its block was never freed, and taking it moves no gc
 * count (_Py_NewReference, not PyObject_GC_New).
 */
export function PySlice_New(rt: Runtime, start: PyObject | null, stop: PyObject | null, step: PyObject | null): PySliceObject {
  let o = rt.sliceCache;
  if (o !== null) {
    rt.sliceCache = null;
    o.ob_refcnt = 1;
  } else {
    const t = rt.types.slice;
    o = new PySliceObject(t, rt.allocObject(t, 0));
  }
  o.start = Py_NewRef(start ?? rt.None);
  o.stop = Py_NewRef(stop ?? rt.None);
  o.step = Py_NewRef(step ?? rt.None);
  _PyObject_GC_TRACK(rt.gc, o);
  return o;
}

function sliceIndex(rt: Runtime, o: PyObject): number {
  const v = PyNumber_AsIndexValue(o);
  if (typeof v === 'number') return v;
  return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}

/** PySlice_GetIndicesEx: [start, stop, step, slicelength] for a sequence of length len. */
export function sliceIndices(rt: Runtime, s: PySliceObject, len: number): [number, number, number, number] {
  const None = rt.None;
  let step = 1;
  if (s.step !== null && s.step !== None) {
    if (s.step.ob_type.nb_index === null) throw PyErr.format(rt, rt.types.TypeError, 'slice indices must be integers or None or have an __index__ method');
    step = sliceIndex(rt, s.step);
    if (step === 0) throw PyErr.format(rt, rt.types.ValueError, 'slice step cannot be zero');
  }
  const conv = (o: PyObject | null, dflt: number, lo: number, hi: number): number => {
    if (o === null || o === None) return dflt;
    if (o.ob_type.nb_index === null) throw PyErr.format(rt, rt.types.TypeError, 'slice indices must be integers or None or have an __index__ method');
    let v = sliceIndex(rt, o);
    if (v < 0) {
      v += len;
      if (v < lo) v = lo;
    } else if (v > hi) v = hi;
    return v;
  };
  let start: number;
  let stop: number;
  if (step > 0) {
    start = conv(s.start, 0, 0, len);
    stop = conv(s.stop, len, 0, len);
  } else {
    start = conv(s.start, len - 1, -1, len - 1);
    stop = conv(s.stop, -1, -1, len - 1);
  }
  let n = 0;
  if (step > 0) {
    if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  } else if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  return [start, stop, step, n];
}

function sliceItems<T>(arr: T[], start: number, step: number, n: number): T[] {
  if (step === 1) return arr.slice(start, start + n);
  const out: T[] = [];
  for (let i = 0, j = start; i < n; i++, j += step) out.push(arr[j] as T);
  return out;
}

/**
 * list.index / tuple.index (value, start=0, stop=sys.maxsize): the arguments checked and start
 * and stop clamped (_PyEval_SliceIndexNotNone), then made non-negative.
 */
function indexRange(rt: Runtime, args: PyObject[], len: number): [number, number] {
  if (args.length < 1) throw PyErr.format(rt, rt.types.TypeError, 'index expected at least 1 argument, got 0');
  if (args.length > 3) throw PyErr.format(rt, rt.types.TypeError, `index expected at most 3 arguments, got ${args.length}`);
  const conv = (o: PyObject | undefined, dflt: number): number => {
    if (o === undefined) return dflt;
    if (o.ob_type.nb_index === null) throw PyErr.format(rt, rt.types.TypeError, 'slice indices must be integers or have an __index__ method');
    return PyNumber_AsSsize_t(o, null);
  };
  let start = conv(args[1], 0);
  let stop = conv(args[2], Number.MAX_SAFE_INTEGER);
  if (start < 0) start = Math.max(0, start + len);
  if (stop < 0) stop = Math.max(0, stop + len);
  return [start, stop];
}

/** An index operand as a position in [0, len): IndexError with `what` ('list index out of range'). */
function seqIndex(rt: Runtime, key: PyObject, len: number, what: string, typeName: string): number {
  if ((key.ob_type.tp_flags & Py_TPFLAGS_LONG_SUBCLASS) === 0 && key.ob_type.nb_index === null) {
    throw PyErr.format(rt, rt.types.TypeError, `${typeName} indices must be integers or slices, not ${key.ob_type.tp_name}`);
  }
  let i = PyNumber_AsSsize_t(key, rt.types.IndexError);
  if (i < 0) i += len;
  if (i < 0 || i >= len) throw PyErr.format(rt, rt.types.IndexError, what);
  return i;
}

// ---- str -------------------------------------------------------------------------------------

/** repr(str): Python's quoting and escapes. */
export function unicode_repr_value(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0) || c === 0xad) out += '\\x' + c.toString(16).padStart(2, '0');
    else if ((c >= 0xd800 && c < 0xe000) || c === 0x2028 || c === 0x2029 || (c >= 0xfff0 && c <= 0xffff && c !== 0xfffd) || c === 0x200b || c === 0xfeff || c === 0x2060 || (c >= 0xe0000 && c < 0xe1000) || (c >= 0x200c && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2061 && c <= 0x206f)) {
      out += c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

function cps(u: PyUnicodeObject): string[] | null {
  return u.ob_length === u.ob_sval.length ? null : Array.from(u.ob_sval);
}

export function str_repeat(rt: Runtime, s: PyUnicodeObject, n: number): PyObject {
  if (n <= 0) return rt.newStr('');
  if (n === 1 && s.ob_type === rt.types.str) return Py_NewRef(s);
  if (s.ob_sval.length * n > 1 << 28) throw PyErr.fromType(rt, rt.types.MemoryError, null);
  return rt.newStr(s.ob_sval.repeat(n));
}

function installStr(rt: Runtime, T: BuiltinTypes): void {
  const S = T.str;
  S.tp_dealloc = unicode_dealloc;
  S.tp_hash = unicode_hash;
  S.tp_repr = (o) => rt.newStr(unicode_repr_value((o as PyUnicodeObject).ob_sval));
  S.tp_str = (o) => (o.ob_type === T.str ? Py_NewRef(o) : rt.newStr((o as PyUnicodeObject).ob_sval));
  S.tp_richcompare = (a, b, op) => {
    if (!isStr(b) || !isStr(a)) return Py_NewRef(rt.NotImplemented);
    const x = a.ob_sval;
    const y = b.ob_sval;
    let r: boolean;
    switch (op) {
      case 0: r = cmpCodepoints(x, y) < 0; break;
      case 1: r = cmpCodepoints(x, y) <= 0; break;
      case 2: r = x === y; break;
      case 3: r = x !== y; break;
      case 4: r = cmpCodepoints(x, y) > 0; break;
      default: r = cmpCodepoints(x, y) >= 0;
    }
    return rt.newBool(r);
  };
  S.mp_length = (o) => (o as PyUnicodeObject).ob_length;
  S.mp_subscript = (o, key) => {
    const u = o as PyUnicodeObject;
    const points = cps(u);
    if (key.ob_type === T.slice) {
      const [start, , step, n] = sliceIndices(rt, key as PySliceObject, u.ob_length);
      if (points === null) {
        if (step === 1) {
          if (n === u.ob_length && u.ob_type === T.str) return Py_NewRef(u);
          const r = u.ob_sval.slice(start, start + n);
          return u.ob_kind === 0 ? PyUnicode_FromKnownKind(rt, r, 0) : rt.newStr(r);
        }
        // a slice with a step is a new str (PyUnicode_New), one character too
        return PyUnicode_NewText(rt, sliceItems(u.ob_sval.split(''), start, step, n).join(''));
      }
      if (step !== 1) return PyUnicode_NewText(rt, sliceItems(points, start, step, n).join(''));
      return rt.newStr(sliceItems(points, start, step, n).join(''));
    }
    // unicode_subscript's own wording for a key that is not an index
    if ((key.ob_type.tp_flags & Py_TPFLAGS_LONG_SUBCLASS) === 0 && key.ob_type.nb_index === null) throw PyErr.format(rt, T.TypeError, `string indices must be integers, not '${key.ob_type.tp_name}'`);
    const i = seqIndex(rt, key, u.ob_length, 'string index out of range', 'string');
    return rt.newStr(points === null ? (u.ob_sval[i] as string) : (points[i] as string));
  };
  S.sq_contains = (o, v) => {
    if (!isStr(v)) throw PyErr.format(rt, T.TypeError, `'in <string>' requires string as left operand, not ${v.ob_type.tp_name}`);
    return (o as PyUnicodeObject).ob_sval.includes(v.ob_sval);
  };
  S.nb_add = (a, b) => {
    if (!isStr(a) || !isStr(b)) return Py_NewRef(rt.NotImplemented);
    return PyUnicode_Concat(rt, a, b);
  };
  // str % args (PyUnicode_Format): the helpers made once, not at every use
  const percentHelpers: PercentHelpers = {
    str: (o) => strOfObj(o),
    repr: (o) => reprOf(o),
    ascii: (o) => reprOf(o).replace(/[^\x00-\x7f]/gu, (c) => {
      const cp = c.codePointAt(0) as number;
      return cp < 256 ? '\\x' + cp.toString(16).padStart(2, '0') : cp < 0x10000 ? '\\u' + cp.toString(16).padStart(4, '0') : '\\U' + cp.toString(16).padStart(8, '0');
    }),
    intValue: (o, conv) => {
      if ((o.ob_type.tp_flags & Py_TPFLAGS_LONG_SUBCLASS) !== 0) return (o as PyLongObject).ob_ival;
      if (o.ob_type === T.float) {
        if ('xXoc'.includes(conv)) throw PyErr.format(rt, T.TypeError, `%${conv} format: an integer is required, not float`);
        const x = (o as unknown as { ob_fval: number }).ob_fval;
        if (!Number.isFinite(x)) throw PyErr.format(rt, T.OverflowError, 'cannot convert float infinity to integer');
        const t = Math.trunc(x);
        return Number.isSafeInteger(t) ? t : BigInt(t);
      }
      if (o.ob_type.nb_index !== null || o.ob_type.nb_int !== null) {
        const v = PyNumber_AsIndexValue(o);
        return v;
      }
      throw PyErr.format(rt, T.TypeError, `%${conv === 'u' ? 'u' : conv === 'i' ? 'i' : conv} format: a real number is required, not ${o.ob_type.tp_name}`.replace('a real number', 'xXoc'.includes(conv) ? 'an integer' : 'a real number'));
    },
    floatValue: (o) => {
      if (o.ob_type === T.float) return (o as unknown as { ob_fval: number }).ob_fval;
      if ((o.ob_type.tp_flags & Py_TPFLAGS_LONG_SUBCLASS) !== 0) return Number((o as PyLongObject).ob_ival);
      if (o.ob_type.nb_float !== null) {
        const r = o.ob_type.nb_float(o);
        const x = (r as unknown as { ob_fval: number }).ob_fval;
        Py_DECREF(r);
        return x;
      }
      throw PyErr.format(rt, T.TypeError, `must be real number, not ${o.ob_type.tp_name}`);
    },
    getItem: (m, key) => {
      const k = rt.newStr(key);
      try {
        return rt.getItem(m, k);
      } finally {
        Py_DECREF(k);
      }
    },
    release: (o) => Py_DECREF(o),
    tupleItems: (o) => (o.ob_type === T.tuple || PyType_IsSubtype(o.ob_type, T.tuple) ? (o as PyTupleObject).ob_item : null),
    isMapping: (o) => o.ob_type.mp_subscript !== null && !isStr(o) && o.ob_type !== T.tuple && !PyType_IsSubtype(o.ob_type, T.tuple),
  };
  S.nb_remainder = (a, b) => {
    if (!isStr(a)) return Py_NewRef(rt.NotImplemented);
    return rt.newStr(percentFormat(rt, a.ob_sval, b, percentHelpers));
  };
  S.tp_iter = (o) => rt.newStrIter(o as PyUnicodeObject);
  S.tp_new = (type, args, kw) => {
    let v: PyUnicodeObject;
    const npos = args.length - (kw?.length ?? 0);
    if (npos === 0 && (kw === null || kw.length === 0)) v = rt.newStr('');
    else if (npos === 1 && (kw === null || kw.length === 0)) v = rt.str(args[0] as PyObject);
    else v = strFromEncoded(rt, args, kw);
    if (type === T.str) return v;
    const o = allocUnicode(rt, type, v.ob_sval);
    Py_DECREF(v);
    if (type.tp_flags & (1 << 9)) Py_INCREF(type);
    return o;
  };
  const sv = (o: PyObject): string => (o as PyUnicodeObject).ob_sval;
  // case mappings (case_operation, ascii_upper_or_lower) make a new str, one character too; an
  // ASCII string's stays ASCII
  const caseMapped = (self: PyUnicodeObject, r: string): PyObject => PyUnicode_NewText(rt, r, self.ob_kind === 0 ? 0 : -1);
  S.tp_methods = [
    { name: 'encode', fn: (self, args, kw) => {
      // Argument Clinic's wording for a keyword it does not know
      const bad = kw?.find((k) => k !== 'encoding' && k !== 'errors');
      if (bad !== undefined) throw PyErr.format(rt, T.TypeError, `'${bad}' is an invalid keyword argument for encode()`);
      const [encO, errO] = parseArgs(rt, 'encode', args, kw, ['encoding', 'errors']);
      const enc = encO === undefined ? 'utf-8' : strArgOf(rt, 'encode', 1, encO);
      const errs = errO === undefined ? 'strict' : strArgOf(rt, 'encode', 2, errO);
      return PyBytes_FromData(rt, encodeText(rt, sv(self), enc, errs, self));
    } },
    { name: 'join', fn: (self, args) => {
      checkArgs(rt, 'join', args, null, 1, 1);
      return PyUnicode_Join(rt, self as PyUnicodeObject, args[0] as PyObject);
    }, fn1: (self, a) => PyUnicode_Join(rt, self as PyUnicodeObject, a) },
    { name: 'upper', fn: (self) => caseMapped(self as PyUnicodeObject, sv(self).toUpperCase()) },
    { name: 'lower', fn: (self) => caseMapped(self as PyUnicodeObject, sv(self).toLowerCase()) },
    { name: 'format', fn: (self, args, kw) => rt.newStr(strFormatMethod(rt, sv(self), args, kw)) },
    { name: '__format__', fn: (self, args) => {
      checkArgs(rt, '__format__', args, null, 1, 1);
      const sp = args[0] as PyObject;
      if (!isStr(sp)) throw PyErr.format(rt, T.TypeError, `__format__() argument must be str, not ${sp.ob_type.tp_name}`);
      if (sp.ob_sval === '') return rt.str(self);
      return rt.newStr(formatStr(rt, sv(self), sp.ob_sval));
    } },
    { name: 'isalnum', fn: (self) => rt.newBool(/^[\p{L}\p{N}]+$/u.test(sv(self))) },
    { name: 'isdecimal', fn: (self) => rt.newBool(/^\p{Nd}+$/u.test(sv(self))) },
    { name: 'isnumeric', fn: (self) => rt.newBool(/^\p{N}+$/u.test(sv(self))) },
    { name: 'isidentifier', fn: (self) => rt.newBool(/^[\p{L}_][\p{L}\p{N}_]*$/u.test(sv(self))) },
    { name: 'istitle', fn: (self) => {
      const t = sv(self);
      return rt.newBool(/\p{L}/u.test(t) && t === titleCase(t));
    } },
    ...(['l', 'r', 'c'] as const).map((how): PyMethodDef => ({
      name: how === 'l' ? 'ljust' : how === 'r' ? 'rjust' : 'center',
      fn: (self, args, kw) => {
        checkArgs(rt, how === 'l' ? 'ljust' : how === 'r' ? 'rjust' : 'center', args, kw, 1, 2);
        return justify(rt, self as PyUnicodeObject, args[0] as PyObject, args[1], how);
      },
      fn1: (self, w) => justify(rt, self as PyUnicodeObject, w, undefined, how),
      fn2: (self, w, fill) => justify(rt, self as PyUnicodeObject, w, fill, how),
    })),
    { name: 'zfill', fn: (self, args) => {
      checkArgs(rt, 'zfill', args, null, 1, 1);
      const w = _PyLong_AsSsize_tArg(args[0] as PyObject);
      const t = sv(self);
      const n = Array.from(t).length;
      if (n >= w) return rt.newStr(t);
      if (w > 1 << 28) throw PyErr.fromType(rt, T.MemoryError, null);
      const sign = t[0] === '+' || t[0] === '-' ? (t[0] as string) : '';
      return rt.newStr(sign + '0'.repeat(w - n) + t.slice(sign.length));
    } },
    { name: 'title', fn: (self) => PyUnicode_NewText(rt, titleCase(sv(self))) },
    { name: 'capitalize', fn: (self) => {
      const t = Array.from(sv(self));
      return PyUnicode_NewText(rt, t.length === 0 ? '' : (t[0] as string).toUpperCase() + t.slice(1).join('').toLowerCase());
    } },
    { name: 'swapcase', fn: (self) => PyUnicode_NewText(rt, Array.from(sv(self)).map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('')) },
    { name: 'isalpha', fn: (self) => rt.newBool(/^\p{L}+$/u.test(sv(self))) },
    { name: 'isupper', fn: (self) => rt.newBool(/\p{Lu}/u.test(sv(self)) && !/\p{Ll}/u.test(sv(self))) },
    { name: 'islower', fn: (self) => rt.newBool(/\p{Ll}/u.test(sv(self)) && !/\p{Lu}/u.test(sv(self))) },
    { name: '__sizeof__', fn: (self) => rt.newInt(unicodeSize((self as PyUnicodeObject).ob_length, (self as PyUnicodeObject).ob_kind)) },
    { name: 'format_map', fn: (self, args) => {
      checkArgs(rt, 'format_map', args, null, 1, 1);
      return rt.newStr(strFormatMethod(rt, sv(self), [], null, args[0] as PyObject));
    } },
  ];
  // the rest of str's methods (searching, splitting, stripping, predicates) are unicodemethods.ts's;
  // none is defined twice (a name in both tables would take unicodemethods.ts's)
  const more = strMethods(rt, T);
  const names = new Set(more.map((m) => m.name));
  more.push({ name: '__getnewargs__', fn: (self) => rt.newTuple([_PyUnicode_Copy(rt, self as PyUnicodeObject)]) });
  S.tp_methods = [...S.tp_methods.filter((m) => !names.has(m.name)), ...more].map((m) => clinicChecked(rt, m));
}

/** str's methods with Argument Clinic signatures that take no arguments / exactly one (METH_NOARGS / METH_O). */
const STR_NOARGS = new Set(['capitalize', 'casefold', 'isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper', 'lower', 'swapcase', 'title', 'upper', '__sizeof__', '__getnewargs__']);
const STR_ONEARG = new Set(['join', 'partition', 'rpartition', 'format_map', 'translate', 'removeprefix', 'removesuffix', 'zfill', '__format__']);
/** ... and those with positional-only arguments of their own counts (the method checks them). */
const STR_POSONLY = new Set(['center', 'ljust', 'rjust', 'strip', 'lstrip', 'rstrip', 'replace', 'maketrans']);

/**
 * A str method with its Argument Clinic checks first: "str.NAME() takes no keyword arguments",
 * "str.NAME() takes no arguments (N given)", "str.NAME() takes exactly one argument (N given)".
 * fn1 / fn2 entries are kept (a call with keywords or another count never reaches them).
 */
function clinicChecked(rt: Runtime, m: PyMethodDef): PyMethodDef {
  const name = m.name;
  const arity = STR_NOARGS.has(name) ? 0 : STR_ONEARG.has(name) ? 1 : STR_POSONLY.has(name) ? -1 : -2;
  if (arity === -2) return m;
  const fn = m.fn;
  return { ...m, fn: (self, args, kw) => {
    const T = rt.types;
    if (kw !== null && kw.length > 0) throw PyErr.format(rt, T.TypeError, `str.${name}() takes no keyword arguments`);
    if (arity === 0 && args.length !== 0) throw PyErr.format(rt, T.TypeError, `str.${name}() takes no arguments (${args.length} given)`);
    if (arity === 1 && args.length !== 1) throw PyErr.format(rt, T.TypeError, `str.${name}() takes exactly one argument (${args.length} given)`);
    return fn(self, args, kw);
  } };
}

/**
 * sep.join(iterable): PyUnicode_Join. A list or tuple is read in place (PySequence_Fast returns
 * it as it is, and nothing here runs Python code that could change it); any other iterable is
 * first collected into an array, whose TypeError "not iterable" becomes PySequence_Fast's
 * "can only join an iterable".
 */
function PyUnicode_Join(rt: Runtime, sep: PyUnicodeObject, seq: PyObject): PyObject {
  const T = rt.types;
  if (seq.ob_type === T.list || seq.ob_type === T.tuple) return _PyUnicode_JoinArray(rt, sep, (seq as PyListObject | PyTupleObject).ob_item);
  let items: PyObject[];
  try {
    items = iterateToArray(seq);
  } catch (e) {
    if (e instanceof PyErr && e.matches(T.TypeError)) {
      e.release();
      throw PyErr.format(rt, T.TypeError, 'can only join an iterable');
    }
    throw e;
  }
  try {
    return _PyUnicode_JoinArray(rt, sep, items);
  } finally {
    for (let i = 0; i < items.length; i++) Py_DECREF(items[i] as PyObject);
  }
}

/** _PyUnicode_JoinArray over borrowed items: the result's kind is the widest input's (no rescan). */
function _PyUnicode_JoinArray(rt: Runtime, sep: PyUnicodeObject, items: readonly PyObject[]): PyObject {
  const n = items.length;
  if (n === 0) return rt.newStr('');
  const first = items[0] as PyObject;
  if (n === 1 && first.ob_type === rt.types.str) return Py_NewRef(first);
  const sv = sep.ob_sval;
  // kind codes (ob_state's low bits: 0 ascii, 1 latin-1, 2 UCS-2, 3 UCS-4) grow with the kind
  let kcode = sep.ob_state & 3;
  let text: string;
  if (n <= JOIN_CONCAT_MAX) {
    // a few pieces: concatenated (a native join's call costs more than these few appends)
    text = '';
    for (let i = 0; i < n; i++) {
      const it = items[i] as PyObject;
      if (!isStr(it)) throw joinItemError(rt, i, it);
      if (i > 0) text += sv;
      text += it.ob_sval;
      const k = it.ob_state & 3;
      if (k > kcode) kcode = k;
    }
  } else if (n <= JOIN_CHUNK) {
    const parts: string[] = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const it = items[i] as PyObject;
      if (!isStr(it)) throw joinItemError(rt, i, it);
      parts[i] = it.ob_sval;
      const k = it.ob_state & 3;
      if (k > kcode) kcode = k;
    }
    text = parts.join(sv);
  } else {
    // V8's join of a long array grows its buffer of pieces in large-object space (an mmap per
    // growth): a few times slower than joining chunks of JOIN_CHUNK pieces, then the chunks
    const chunks: string[] = new Array<string>(Math.ceil(n / JOIN_CHUNK));
    const parts: string[] = new Array<string>(JOIN_CHUNK);
    let c = 0;
    for (let i0 = 0; i0 < n; i0 += JOIN_CHUNK) {
      const m = n - i0 < JOIN_CHUNK ? n - i0 : JOIN_CHUNK;
      if (m < JOIN_CHUNK) parts.length = m;
      for (let j = 0; j < m; j++) {
        const i = i0 + j;
        const it = items[i] as PyObject;
        if (!isStr(it)) throw joinItemError(rt, i, it);
        parts[j] = it.ob_sval;
        const k = it.ob_state & 3;
        if (k > kcode) kcode = k;
      }
      chunks[c++] = parts.join(sv);
    }
    text = chunks.join(sv);
  }
  // a new str (PyUnicode_New), one character too
  return PyUnicode_NewText(rt, text, kcode <= 1 ? kcode : -1);
}

/** Up to this many pieces, _PyUnicode_JoinArray appends them (3 pieces: 4x faster than a join). */
const JOIN_CONCAT_MAX = 4;

/** Pieces per native join in _PyUnicode_JoinArray (measured: 256 beats 64, 1024 and one join). */
const JOIN_CHUNK = 256;

function joinItemError(rt: Runtime, i: number, it: PyObject): PyErr {
  return PyErr.format(rt, rt.types.TypeError, `sequence item ${i}: expected str instance, ${it.ob_type.tp_name} found`);
}

/**
 * str(object, encoding, errors) with keywords or more than one argument (unicode_new_impl): with
 * neither encoding nor errors, PyObject_Str of the object (str(object=x)); else a bytes-like
 * object decoded (PyUnicode_FromEncodedObject). A new reference.
 */
function strFromEncoded(rt: Runtime, args: PyObject[], kw: readonly string[] | null): PyUnicodeObject {
  const T = rt.types;
  const [o, encO, errO] = parseArgs(rt, 'str', args, kw, ['object', 'encoding', 'errors']);
  const enc = encO === undefined ? 'utf-8' : strArgOf(rt, 'str', 2, encO);
  const errs = errO === undefined ? 'strict' : strArgOf(rt, 'str', 3, errO);
  if (o === undefined) return rt.newStr('');
  if (encO === undefined && errO === undefined) return rt.str(o);
  if (isStr(o)) throw PyErr.format(rt, T.TypeError, 'decoding str is not supported');
  const d = bytesLikeData(o);
  if (d === null) throw PyErr.format(rt, T.TypeError, `decoding to str: need a bytes-like object, ${o.ob_type.tp_name} found`);
  return rt.newStr(decodeBytes(rt, d, enc, errs));
}

/** str.format (the common subset of PEP 3101): {} {0} {name} {0.attr} {0[key]} {!r} {:spec}. */
function strFormatMethod(rt: Runtime, fmt: string, args: PyObject[], kwnames: readonly string[] | null, mapping: PyObject | null = null): string {
  const T = rt.types;
  const nkw = kwnames?.length ?? 0;
  const pos = args.slice(0, args.length - nkw);
  const kw = new Map<string, PyObject>();
  for (let i = 0; i < nkw; i++) kw.set((kwnames as readonly string[])[i] as string, args[pos.length + i] as PyObject);
  let auto = 0;
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    const ch = fmt[i] as string;
    if (ch === '{' && fmt[i + 1] === '{') {
      out += '{';
      i += 2;
      continue;
    }
    if (ch === '}' && fmt[i + 1] === '}') {
      out += '}';
      i += 2;
      continue;
    }
    if (ch === '}') throw PyErr.format(rt, T.ValueError, "Single '}' encountered in format string");
    if (ch !== '{') {
      out += ch;
      i++;
      continue;
    }
    let depth = 1;
    let j = i + 1;
    while (j < fmt.length && depth > 0) {
      if (fmt[j] === '{') depth++;
      else if (fmt[j] === '}') depth--;
      if (depth > 0) j++;
    }
    if (depth > 0) throw PyErr.format(rt, T.ValueError, "expected '}' before end of string");
    const field = fmt.slice(i + 1, j);
    i = j + 1;
    const m = /^([^.[!:]*)((?:\.[^.[!:]+|\[[^\]]*\])*)(?:!([rsa]))?(?::(.*))?$/s.exec(field);
    if (m === null) throw PyErr.format(rt, T.ValueError, `invalid format field '${field}'`);
    const [, name = '', rest = '', conv, specRaw] = m;
    let obj: PyObject;
    if (name === '') {
      if (auto < 0) throw PyErr.format(rt, T.ValueError, 'cannot switch from manual field specification to automatic field numbering');
      const k = auto++;
      if (k >= pos.length) throw PyErr.format(rt, T.IndexError, `Replacement index ${k} out of range for positional args tuple`);
      obj = Py_NewRef(pos[k] as PyObject);
    } else if (/^\d+$/.test(name)) {
      if (auto > 0) throw PyErr.format(rt, T.ValueError, 'cannot switch from automatic field numbering to manual field specification');
      auto = -1;
      const k = Number(name);
      if (k >= pos.length) throw PyErr.format(rt, T.IndexError, `Replacement index ${k} out of range for positional args tuple`);
      obj = Py_NewRef(pos[k] as PyObject);
    } else if (mapping !== null) {
      // str.format_map: the field looked up in the mapping (its __missing__ applies)
      const k = rt.newStr(name);
      try {
        obj = rt.getItem(mapping, k);
      } finally {
        Py_DECREF(k);
      }
    } else {
      const v = kw.get(name);
      if (v === undefined) throw PyErr.steal(rt.newExceptionArgs(T.KeyError, [rt.newStr(name)]));
      obj = Py_NewRef(v);
    }
    try {
      for (const part of rest.match(/\.[^.[]+|\[[^\]]*\]/g) ?? []) {
        let next: PyObject;
        if (part.startsWith('.')) next = rt.getAttr(obj, part.slice(1));
        else {
          const key = part.slice(1, -1);
          const k = /^\d+$/.test(key) ? rt.newInt(Number(key)) : rt.newStr(key);
          try {
            next = rt.getItem(obj, k);
          } finally {
            Py_DECREF(k);
          }
        }
        Py_DECREF(obj);
        obj = next;
      }
      if (conv !== undefined) {
        const c = conv === 's' ? rt.str(obj) : rt.newStr(reprOf(obj));
        Py_DECREF(obj);
        obj = c;
      }
      const spec = specRaw === undefined ? '' : specRaw.includes('{') ? strFormatMethod(rt, specRaw, args, kwnames, mapping) : specRaw;
      const sp = rt.newStr(spec);
      try {
        const r = rt.format(obj, sp);
        out += r.ob_sval;
        Py_DECREF(r);
      } finally {
        Py_DECREF(sp);
      }
    } finally {
      Py_DECREF(obj);
    }
  }
  return out;
}

function titleCase(t: string): string {
  let out = '';
  let prevCased = false;
  for (const c of t) {
    const cased = c.toLowerCase() !== c.toUpperCase();
    out += cased ? (prevCased ? c.toLowerCase() : c.toUpperCase()) : c;
    prevCased = cased;
  }
  return out;
}

/** str.ljust / rjust / center (center puts the extra space as CPython's pad does); arguments counted by the caller. */
function justify(rt: Runtime, self: PyUnicodeObject, wO: PyObject, fillO: PyObject | undefined, how: 'l' | 'r' | 'c'): PyObject {
  const t = self.ob_sval;
  const w = _PyLong_AsSsize_tArg(wO);
  // glasspy's strs stop at 2**28 characters
  if (w > 1 << 28 && w > Array.from(t).length) throw PyErr.fromType(rt, rt.types.MemoryError, null);
  let fill = ' ';
  // kind codes (ob_state's low bits: 0 ascii, 1 latin-1, 2 UCS-2, 3 UCS-4) grow with the kind
  let fillKind = 0;
  if (fillO !== undefined) {
    if (!isStr(fillO)) throw PyErr.format(rt, rt.types.TypeError, `The fill character must be a unicode character, not ${fillO.ob_type.tp_name}`);
    fill = fillO.ob_sval;
    fillKind = fillO.ob_state & 3;
    if (fillKind === 3 ? fillO.ob_length !== 1 : fill.length !== 1) throw PyErr.format(rt, rt.types.TypeError, 'The fill character must be exactly one character long');
  }
  const selfKind = self.ob_state & 3;
  const n = selfKind === 3 ? self.ob_length : t.length;
  // unchanged: the str itself when exact (unicode_result_unchanged), else a new exact str
  if (n >= w) return self.ob_type === rt.types.str ? Py_NewRef(self) : rt.newStr(t);
  const pad = w - n;
  let text: string;
  // padEnd / padStart count UTF-16 units: exact when neither side holds a surrogate pair
  if (how !== 'c' && fill.length === 1 && n === t.length) text = how === 'l' ? t.padEnd(w, fill) : t.padStart(w, fill);
  else if (how === 'l') text = t + fill.repeat(pad);
  else if (how === 'r') text = fill.repeat(pad) + t;
  else {
    const left = Math.floor(pad / 2) + (pad & w & 1);
    text = fill.repeat(left) + t + fill.repeat(pad - left);
  }
  const kind = selfKind >= fillKind ? selfKind : fillKind;
  return kind <= 1 ? PyUnicode_FromKnownKind(rt, text, kind) : rt.newStr(text);
}

function strOfObj(o: PyObject): string {
  const r = o.ob_type.rt.str(o);
  const s = r.ob_sval;
  Py_DECREF(r);
  return s;
}

function cmpCodepoints(a: string, b: string): number {
  // JS compares UTF-16 units; Python compares code points. They agree except around surrogates.
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i) as number;
    const y = b.codePointAt(i) as number;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

// ---- tuple -----------------------------------------------------------------------------------

export function tuple_repeat(rt: Runtime, t: PyTupleObject, n: number): PyObject {
  if (n <= 0 || t.ob_item.length === 0) return PyTuple_New(rt, []);
  if (n === 1 && t.ob_type === rt.types.tuple) return Py_NewRef(t);
  if (t.ob_item.length * n > 1 << 28) throw PyErr.fromType(rt, rt.types.MemoryError, null);
  const out: PyObject[] = [];
  for (let k = 0; k < n; k++) for (const x of t.ob_item) out.push(Py_NewRef(x));
  return PyTuple_New(rt, out);
}

/** Lexicographic comparison of two item arrays (list_richcompare / tuplerichcompare). */
function seqRichCompare(rt: Runtime, a: PyObject[], b: PyObject[], op: number): PyObject {
  if ((op === Py_EQ || op === Py_NE) && a.length !== b.length) return rt.newBool(op === Py_NE);
  let i = 0;
  for (; i < a.length && i < b.length; i++) {
    const x = a[i] as PyObject;
    const y = b[i] as PyObject;
    if (!(x === y || PyObject_RichCompareBool(x, y, Py_EQ))) break;
  }
  if (i >= a.length || i >= b.length) {
    const la = a.length;
    const lb = b.length;
    let r: boolean;
    switch (op) {
      case 0: r = la < lb; break;
      case 1: r = la <= lb; break;
      case 2: r = la === lb; break;
      case 3: r = la !== lb; break;
      case 4: r = la > lb; break;
      default: r = la >= lb;
    }
    return rt.newBool(r);
  }
  if (op === Py_EQ) return rt.newBool(false);
  if (op === Py_NE) return rt.newBool(true);
  return PyObject_RichCompare(a[i] as PyObject, b[i] as PyObject, op);
}

/** tuplehash (xxHash-based, 3.8+), on 64-bit unsigned arithmetic. */
function tuple_hash(o: PyObject): number {
  const M = (1n << 64n) - 1n;
  const P1 = 11400714785074694791n;
  const P2 = 14029467366897019727n;
  const P5 = 2870177450012600261n;
  let acc = P5;
  const items = (o as PyTupleObject).ob_item;
  for (const it of items) {
    let lane = BigInt(PyObject_Hash(it));
    if (lane < 0n) lane += 1n << 64n;
    acc = (acc + lane * P2) & M;
    acc = ((acc << 31n) | (acc >> 33n)) & M;
    acc = (acc * P1) & M;
  }
  acc = (acc + (BigInt(items.length) ^ (P5 ^ 3527539n))) & M;
  if (acc === M) return 1546275796;
  let signed = acc >= 1n << 63n ? acc - (1n << 64n) : acc;
  if (signed === -1n) signed = -2n;
  return Number(signed);
}

function installTuple(rt: Runtime, T: BuiltinTypes): void {
  const Tu = T.tuple;
  Tu.tp_alloc = (type, n) => new PyTupleObject(type, rt.allocObject(type, n));
  Tu.tp_dealloc = tuple_dealloc;
  Tu.tp_traverse = tuple_traverse;
  Tu.tp_hash = tuple_hash;
  Tu.tp_repr = (o) => {
    const items = (o as PyTupleObject).ob_item;
    if (items.length === 0) return rt.newStr('()');
    return rt.reprGuard(o, '(...)', () => {
      const parts = items.map((x) => reprOf(x));
      return items.length === 1 ? `(${parts[0] as string},)` : `(${parts.join(', ')})`;
    });
  };
  Tu.tp_richcompare = (a, b, op) => {
    if (!PyType_IsSubtype(b.ob_type, T.tuple)) return Py_NewRef(rt.NotImplemented);
    return seqRichCompare(rt, (a as PyTupleObject).ob_item, (b as PyTupleObject).ob_item, op);
  };
  Tu.mp_length = (o) => (o as PyTupleObject).ob_item.length;
  Tu.mp_subscript = (o, key) => {
    const items = (o as PyTupleObject).ob_item;
    if (key.ob_type === T.slice) {
      const [start, , step, n] = sliceIndices(rt, key as PySliceObject, items.length);
      if (n === items.length && step === 1 && o.ob_type === T.tuple) return Py_NewRef(o);
      return PyTuple_New(rt, sliceItems(items, start, step, n).map((x) => Py_NewRef(x)));
    }
    return Py_NewRef(items[seqIndex(rt, key, items.length, 'tuple index out of range', 'tuple')] as PyObject);
  };
  Tu.sq_contains = (o, v) => {
    for (const x of (o as PyTupleObject).ob_item) if (x === v || PyObject_RichCompareBool(x, v, Py_EQ)) return true;
    return false;
  };
  Tu.nb_add = (a, b) => {
    if (!PyType_IsSubtype(a.ob_type, T.tuple) || !PyType_IsSubtype(b.ob_type, T.tuple)) return Py_NewRef(rt.NotImplemented);
    const x = (a as PyTupleObject).ob_item;
    const y = (b as PyTupleObject).ob_item;
    if (y.length === 0 && a.ob_type === T.tuple) return Py_NewRef(a);
    if (x.length === 0 && b.ob_type === T.tuple) return Py_NewRef(b);
    return PyTuple_New(rt, [...x, ...y].map((z) => Py_NewRef(z)));
  };
  Tu.tp_iter = (o) => rt.newListIter(o, T.tuple_iterator);
  Tu.tp_new = (type, args, kw) => {
    checkArgs(rt, 'tuple', args, kw, 0, 1);
    if (args.length === 1 && (args[0] as PyObject).ob_type === T.tuple && type === T.tuple) return Py_NewRef(args[0] as PyObject);
    const items = args.length === 0 ? [] : iterateToArray(args[0] as PyObject);
    if (type === T.tuple) return PyTuple_New(rt, items);
    const o = PyType_GenericAlloc(type, items.length) as PyTupleObject;
    o.ob_item = items;
    return o;
  };
  Tu.tp_methods = [
    { name: 'count', fn: (self, args) => {
      checkArgs(rt, 'count', args, null, 1, 1);
      let n = 0;
      for (const x of (self as PyTupleObject).ob_item) if (x === args[0] || PyObject_RichCompareBool(x, args[0] as PyObject, Py_EQ)) n++;
      return rt.newInt(n);
    } },
    { name: 'index', fn: (self, args) => {
      const items = (self as PyTupleObject).ob_item;
      const [start, stop] = indexRange(rt, args, items.length);
      for (let i = start; i < stop && i < items.length; i++) if (items[i] === args[0] || PyObject_RichCompareBool(items[i] as PyObject, args[0] as PyObject, Py_EQ)) return rt.newInt(i);
      throw PyErr.format(rt, T.ValueError, 'tuple.index(x): x not in tuple');
    } },
    { name: '__getnewargs__', fn: (self) => rt.newTuple([PyTuple_New(rt, (self as PyTupleObject).ob_item.map((x) => Py_NewRef(x)))]) },
    { name: '__sizeof__', fn: (self) => rt.newInt(24 + 8 * (self as PyTupleObject).ob_item.length) },
  ];
}

// ---- list ------------------------------------------------------------------------------------

export function list_repeat(rt: Runtime, l: PyListObject, n: number): PyObject {
  const items = l.ob_item;
  if (n <= 0 || items.length === 0) return PyList_New(rt);
  // the item array would not fit: PyErr_NoMemory before anything is built
  if (items.length * n > 1 << 28) throw PyErr.fromType(rt, rt.types.MemoryError, null);
  const out: PyObject[] = [];
  for (let k = 0; k < n; k++) for (const x of items) out.push(Py_NewRef(x));
  return PyList_FromArray(rt, out);
}

/**
 * list.extend / list += iterable (3.11 list_extend): a list or tuple is copied in one step
 * (list_preallocate_exact when the list never had an item array); any other iterable makes
 * room for its length hint (default 8) first and gives back the excess at the end.
 */
export function list_extend_iterable(rt: Runtime, l: PyListObject, iterable: PyObject): void {
  const T = rt.types;
  if (iterable.ob_type === T.list || iterable.ob_type === T.tuple || iterable === l) {
    const items = (iterable as PyListObject).ob_item.slice();
    const n = items.length;
    if (n === 0) return;
    for (const x of items) Py_INCREF(x);
    const m = l.ob_item.length;
    if (l.allocated === 0 && m === 0) list_preallocate_exact(rt, l, n);
    else list_resize(rt, l, m + n);
    for (const x of items) l.ob_item.push(x);
    return;
  }
  const it = PyObject_GetIter(iterable);
  try {
    const n = rt.lengthHint(iterable, 8);
    const m = l.ob_item.length;
    list_resize(rt, l, m + n);
    for (;;) {
      const x = PyIter_Next(it);
      if (x === null) break;
      PyList_AppendSteal(rt, l, x);
    }
    if (l.ob_item.length < l.allocated) list_resize(rt, l, l.ob_item.length);
  } finally {
    Py_DECREF(it);
  }
}

/** Replaces items [lo, hi) with `repl` (stolen), as list_ass_slice. */
function list_ass_slice(rt: Runtime, l: PyListObject, lo: number, hi: number, repl: PyObject[]): void {
  const old = l.ob_item.slice(lo, hi);
  const newLen = l.ob_item.length - old.length + repl.length;
  if (repl.length > old.length) list_resize(rt, l, newLen);
  l.ob_item.splice(lo, hi - lo, ...repl);
  if (repl.length < old.length) list_resize(rt, l, newLen);
  for (let i = old.length - 1; i >= 0; i--) Py_DECREF(old[i] as PyObject);
}

function list_sort(rt: Runtime, l: PyListObject, key: PyObject | null, reverse: boolean): void {
  const items = l.ob_item;
  // CPython empties the list while sorting
  l.ob_item = [];
  let keys: PyObject[] | null = null;
  try {
    if (key !== null) {
      keys = [];
      for (const x of items) {
        Py_INCREF(x);
        keys.push(PyObject_Call(key, [x], null));
      }
    }
    const ks = keys ?? items;
    const T = rt.types;
    const sortedInts = list_sort_ints(rt, ks, items, reverse, keys === null);
    if (sortedInts !== null) {
      l.ob_item = sortedInts;
      return;
    }
    // Fast paths: exact ints, floats without NaN, or strs without astral characters compare
    // in JS exactly as in Python, and V8's sort is a stable TimSort too.
    if (ks.length > 1 && (ks.every((k) => k.ob_type === T.int) || ks.every((k) => k.ob_type === T.float && !Number.isNaN((k as unknown as { ob_fval: number }).ob_fval)) || ks.every((k) => k.ob_type === T.str && (k as PyUnicodeObject).ob_kind < 4))) {
      const idx0 = items.map((_, i) => i);
      const isStrs = ks[0]?.ob_type === T.str;
      const kv = ks.map((k) => (isStrs ? (k as PyUnicodeObject).ob_sval : (k as unknown as { ob_ival?: number | bigint; ob_fval?: number }).ob_ival ?? (k as unknown as { ob_fval: number }).ob_fval));
      idx0.sort((a, b) => {
        const x = kv[a] as string | number | bigint;
        const y = kv[b] as string | number | bigint;
        const c = x < y ? -1 : x > y ? 1 : 0;
        return reverse ? -c : c;
      });
      l.ob_item = idx0.map((i) => items[i] as PyObject);
      return;
    }
    const idx = items.map((_, i) => i);
    const lt = (a: number, b: number): boolean => PyObject_RichCompareBool(ks[a] as PyObject, ks[b] as PyObject, Py_LT);
    if (reverse) idx.reverse();
    const sorted = mergeSort(idx, lt);
    if (reverse) sorted.reverse();
    const out = sorted.map((i) => items[i] as PyObject);
    if (l.ob_item.length !== 0) throw PyErr.format(rt, rt.types.ValueError, 'list modified during sort');
    l.ob_item = out;
  } catch (e) {
    if (l.ob_item.length === 0) l.ob_item = items;
    throw e;
  } finally {
    if (keys !== null) for (const k of keys) Py_DECREF(k);
  }
}

/** A stable merge sort calling lt(a, b) like CPython's (b < a checks). */
function mergeSort(a: number[], lt: (x: number, y: number) => boolean): number[] {
  if (a.length <= 1) return a;
  // insertion sort for small runs keeps comparisons close to timsort's for short lists
  if (a.length <= 8) {
    const r = a.slice();
    for (let i = 1; i < r.length; i++) {
      const x = r[i] as number;
      let j = i - 1;
      while (j >= 0 && lt(x, r[j] as number)) {
        r[j + 1] = r[j] as number;
        j--;
      }
      r[j + 1] = x;
    }
    return r;
  }
  const mid = a.length >> 1;
  const left = mergeSort(a.slice(0, mid), lt);
  const right = mergeSort(a.slice(mid), lt);
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (lt(right[j] as number, left[i] as number)) out.push(right[j++] as number);
    else out.push(left[i++] as number);
  }
  while (i < left.length) out.push(left[i++] as number);
  while (j < right.length) out.push(right[j++] as number);
  return out;
}

function installList(rt: Runtime, T: BuiltinTypes): void {
  const L = T.list;
  L.tp_alloc = (type, n) => new PyListObject(type, rt.allocObject(type, n));
  L.tp_dealloc = list_dealloc;
  L.tp_traverse = list_traverse;
  L.tp_clear = list_clear;
  L.tp_hash = PyObject_HashNotImplemented;
  L.tp_repr = (o) => {
    const items = (o as PyListObject).ob_item;
    if (items.length === 0) return rt.newStr('[]');
    return rt.reprGuard(o, '[...]', () => {
      const parts: string[] = [];
      for (let i = 0; i < items.length; i++) parts.push(reprOf(items[i] as PyObject));
      return `[${parts.join(', ')}]`;
    });
  };
  L.tp_richcompare = (a, b, op) => {
    if (!PyType_IsSubtype(b.ob_type, T.list)) return Py_NewRef(rt.NotImplemented);
    return seqRichCompare(rt, (a as PyListObject).ob_item, (b as PyListObject).ob_item, op);
  };
  L.mp_length = (o) => (o as PyListObject).ob_item.length;
  L.mp_subscript = (o, key) => {
    const l = o as PyListObject;
    const items = l.ob_item;
    if (key.ob_type === T.slice) {
      const [start, , step, n] = sliceIndices(rt, key as PySliceObject, items.length);
      return PyList_FromArray(rt, sliceItems(items, start, step, n).map((x) => Py_NewRef(x)));
    }
    return Py_NewRef(items[seqIndex(rt, key, items.length, 'list index out of range', 'list')] as PyObject);
  };
  L.mp_ass_subscript = (o, key, v) => {
    const l = o as PyListObject;
    if (key.ob_type === T.slice) {
      const [start, stop, step, n] = sliceIndices(rt, key as PySliceObject, l.ob_item.length);
      if (v === null) {
        if (step === 1) {
          list_ass_slice(rt, l, start, Math.max(start, stop), []);
          return;
        }
        const idx: number[] = [];
        for (let i = 0, j = start; i < n; i++, j += step) idx.push(j);
        idx.sort((x, y) => y - x);
        const removed: PyObject[] = [];
        for (const j of idx) removed.push(...l.ob_item.splice(j, 1));
        list_resize(rt, l, l.ob_item.length);
        for (const x of removed) Py_DECREF(x);
        return;
      }
      const repl = v === o ? l.ob_item.map((x) => Py_NewRef(x)) : iterateToArray(v);
      if (step === 1) {
        list_ass_slice(rt, l, start, Math.max(start, stop), repl);
        return;
      }
      if (repl.length !== n) {
        for (const x of repl) Py_DECREF(x);
        throw PyErr.format(rt, T.ValueError, `attempt to assign sequence of size ${repl.length} to extended slice of size ${n}`);
      }
      const olds: PyObject[] = [];
      for (let i = 0, j = start; i < n; i++, j += step) {
        olds.push(l.ob_item[j] as PyObject);
        l.ob_item[j] = repl[i] as PyObject;
      }
      for (const x of olds) Py_DECREF(x);
      return;
    }
    const i = seqIndex(rt, key, l.ob_item.length, v === null ? 'list assignment index out of range' : 'list assignment index out of range', 'list');
    if (v === null) {
      list_ass_slice(rt, l, i, i + 1, []);
      return;
    }
    const old = l.ob_item[i] as PyObject;
    Py_INCREF(v);
    l.ob_item[i] = v;
    Py_DECREF(old);
  };
  L.sq_contains = (o, v) => {
    const items = (o as PyListObject).ob_item;
    for (let i = 0; i < items.length; i++) {
      const x = items[i] as PyObject;
      if (x === v || PyObject_RichCompareBool(x, v, Py_EQ)) return true;
    }
    return false;
  };
  L.nb_add = (a, b) => {
    if (!PyType_IsSubtype(a.ob_type, T.list) || !PyType_IsSubtype(b.ob_type, T.list)) return Py_NewRef(rt.NotImplemented);
    return PyList_FromArray(rt, [...(a as PyListObject).ob_item, ...(b as PyListObject).ob_item].map((z) => Py_NewRef(z)));
  };
  L.tp_iter = (o) => rt.newListIter(o, T.list_iterator);
  L.tp_new = (type) => {
    if (type === T.list) return PyList_New(rt);
    return PyType_GenericAlloc(type, 0);
  };
  L.tp_init = (self, args, kw) => {
    checkArgs(rt, 'list', args, kw, 0, 1);
    const l = self as PyListObject;
    if (l.ob_item.length > 0) list_clear(l);
    if (args.length === 1) {
      const src = args[0] as PyObject;
      // list___init__: presize exactly from len() when the iterable has one
      if (src.ob_type.mp_length !== null && l.allocated === 0) {
        const n = src.ob_type.mp_length(src);
        if (n > 0) list_preallocate_exact(rt, l, n);
      }
      list_extend_iterable(rt, l, src);
    }
  };
  const self_l = (o: PyObject): PyListObject => o as PyListObject;
  L.tp_methods = [
    { name: 'append', fn: (self, args, kw) => {
      checkArgs(rt, 'list.append', args, kw, 1, 1);
      PyList_AppendSteal(rt, self_l(self), Py_NewRef(args[0] as PyObject));
      return Py_NewRef(rt.None);
    } },
    { name: 'extend', fn: (self, args) => {
      checkArgs(rt, 'list.extend', args, null, 1, 1);
      list_extend_iterable(rt, self_l(self), args[0] as PyObject);
      return Py_NewRef(rt.None);
    } },
    { name: 'pop', fn: (self, args) => {
      checkArgs(rt, 'pop', args, null, 0, 1);
      const l = self_l(self);
      const n = l.ob_item.length;
      // the argument is converted before the list is looked at
      let i = args.length === 1 ? _PyLong_AsSsize_tArg(args[0] as PyObject) : -1;
      if (n === 0) throw PyErr.format(rt, T.IndexError, 'pop from empty list');
      if (i < 0) i += n;
      if (i < 0 || i >= n) throw PyErr.format(rt, T.IndexError, 'pop index out of range');
      const v = l.ob_item[i] as PyObject;
      if (i === n - 1) {
        l.ob_item.pop();
        list_resize(rt, l, n - 1);
        // list_resize ran before the pop in CPython; the order is not observable
      } else {
        l.ob_item.splice(i, 1);
        list_resize(rt, l, n - 1);
      }
      return v;
    } },
    { name: 'insert', fn: (self, args) => {
      checkArgs(rt, 'insert', args, null, 2, 2);
      const l = self_l(self);
      const n = l.ob_item.length;
      let i = _PyLong_AsSsize_tArg(args[0] as PyObject);
      if (i < 0) i = Math.max(0, i + n);
      if (i > n) i = n;
      list_resize(rt, l, n + 1);
      l.ob_item.splice(i, 0, Py_NewRef(args[1] as PyObject));
      return Py_NewRef(rt.None);
    } },
    { name: 'remove', fn: (self, args) => {
      checkArgs(rt, 'remove', args, null, 1, 1);
      const l = self_l(self);
      for (let i = 0; i < l.ob_item.length; i++) {
        const x = l.ob_item[i] as PyObject;
        if (x === args[0] || PyObject_RichCompareBool(x, args[0] as PyObject, Py_EQ)) {
          list_ass_slice(rt, l, i, i + 1, []);
          return Py_NewRef(rt.None);
        }
      }
      throw PyErr.format(rt, T.ValueError, 'list.remove(x): x not in list');
    } },
    { name: 'index', fn: (self, args) => {
      const l = self_l(self);
      const [start, stop] = indexRange(rt, args, l.ob_item.length);
      for (let i = start; i < stop && i < l.ob_item.length; i++) {
        const x = l.ob_item[i] as PyObject;
        if (x === args[0] || PyObject_RichCompareBool(x, args[0] as PyObject, Py_EQ)) return rt.newInt(i);
      }
      throw PyErr.format(rt, T.ValueError, `${reprOf(args[0] as PyObject)} is not in list`);
    } },
    { name: 'count', fn: (self, args) => {
      let n = 0;
      for (const x of self_l(self).ob_item) if (x === args[0] || PyObject_RichCompareBool(x, args[0] as PyObject, Py_EQ)) n++;
      return rt.newInt(n);
    } },
    { name: 'clear', fn: (self) => {
      list_clear(self);
      return Py_NewRef(rt.None);
    } },
    { name: 'copy', fn: (self) => PyList_FromArray(rt, self_l(self).ob_item.map((x) => Py_NewRef(x))) },
    { name: 'reverse', fn: (self) => {
      self_l(self).ob_item.reverse();
      return Py_NewRef(rt.None);
    } },
    { name: 'sort', fn: (self, args, kw) => {
      const npos = args.length - (kw?.length ?? 0);
      if (npos > 0) throw PyErr.format(rt, T.TypeError, 'sort() takes no positional arguments');
      let key: PyObject | null = null;
      let reverse = false;
      for (let i = 0; i < (kw?.length ?? 0); i++) {
        const name = (kw as readonly string[])[i];
        const v = args[i] as PyObject;
        if (name === 'key') key = v === rt.None ? null : v;
        else if (name === 'reverse') reverse = PyObject_IsTrue(v);
        else throw PyErr.format(rt, T.TypeError, `'${name as string}' is an invalid keyword argument for sort()`);
      }
      list_sort(rt, self_l(self), key, reverse);
      return Py_NewRef(rt.None);
    } },
    { name: '__reversed__', fn: (self) => rt.newListIter(self, T.list_reverseiterator) },
    { name: '__sizeof__', fn: (self) => rt.newInt(40 + 8 * self_l(self).allocated) },
  ];
}

function installSlice(rt: Runtime, T: BuiltinTypes): void {
  const Sl = T.slice;
  Sl.tp_alloc = (type, n) => new PySliceObject(type, rt.allocObject(type, n));
  // slice_dealloc: step, start and stop released (in that order), then the slice kept in the
  // cache when it is empty, else freed
  Sl.tp_dealloc = (o) => {
    const s = o as PySliceObject;
    _PyObject_GC_UNTRACK(s);
    const start = s.start;
    const stop = s.stop;
    const step = s.step;
    s.start = s.stop = s.step = null;
    Py_XDECREF(step);
    Py_XDECREF(start);
    Py_XDECREF(stop);
    if (rt.sliceCache === null && s.ob_type === T.slice) rt.sliceCache = s;
    else rt.PyObject_Free(s);
  };
  Sl.tp_traverse = (o: PyObject, visit: visitproc, arg: unknown) => {
    const s = o as PySliceObject;
    for (const r of [s.start, s.stop, s.step]) {
      if (r !== null) {
        const v = visit(r, arg);
        if (v !== 0) return v;
      }
    }
    return 0;
  };
  Sl.tp_repr = (o) => {
    const s = o as PySliceObject;
    return rt.newStr(`slice(${reprOf(s.start as PyObject)}, ${reprOf(s.stop as PyObject)}, ${reprOf(s.step as PyObject)})`);
  };
  Sl.tp_hash = PyObject_HashNotImplemented;
  Sl.tp_new = (type, args, kw) => {
    checkArgs(rt, 'slice', args, kw, 1, 3);
    if (args.length === 1) return PySlice_New(rt, null, args[0] as PyObject, null);
    return PySlice_New(rt, args[0] as PyObject, args[1] as PyObject, args[2] ?? null);
  };
  Sl.tp_getset = [
    { name: 'start', get: (o) => Py_NewRef((o as PySliceObject).start as PyObject) },
    { name: 'stop', get: (o) => Py_NewRef((o as PySliceObject).stop as PyObject) },
    { name: 'step', get: (o) => Py_NewRef((o as PySliceObject).step as PyObject) },
  ];
  Sl.tp_methods = [
    { name: 'indices', fn: (self, args) => {
      const n = Number((args[0] as PyLongObject).ob_ival);
      const [a, b, c] = sliceIndices(rt, self as PySliceObject, n);
      return rt.newTuple([rt.newInt(a), rt.newInt(b), rt.newInt(c)]);
    } },
  ];
}

/**
 * CPython's start-up slices text (importlib's bootstrap, site, encodings), so a program starts
 * with a slice in the cache: the first slice it builds takes no new block. A runtime starts the
 * same way (called once, at the end of the Runtime's construction).
 */
export function _PySlice_FillCache(rt: Runtime): void {
  Py_DECREF(PySlice_New(rt, null, null, null));
}

export function installSeqTypes(rt: Runtime, T: BuiltinTypes): void {
  installStr(rt, T);
  installTuple(rt, T);
  installList(rt, T);
  installSlice(rt, T);
}

export type { PyTypeObject };
