// The builtins module: CPython 3.11's Python/bltinmodule.c. Start at makeBuiltins.
// Every function receives borrowed arguments and returns a new reference (PyCFunction).

import { complex_hash_exact, type PyComplexObject } from '../objects/complexobject.js';
import { PyObject as PyObjectClass, IMMORTAL_REFCNT, type PyObject, type PyTypeObject, type PyCFunction, type PyCFunction1, Py_DECREF, Py_INCREF, Py_NewRef, PyType_IsSubtype, Py_LT, Py_GT } from '../objects/object.js';
import type { Runtime } from '../objects/runtime.js';
import { PyErr } from '../objects/pyerr.js';
import { type PyDictObject, PyDict_New } from '../objects/dictobject.js';
import { PyCFunction_New, checkArgs } from '../objects/descrobject.js';
import { PyModule_New } from '../objects/builtinslots.js';
import { isStr, type PyUnicodeObject } from '../objects/unicodeobject.js';
import { type PyLongObject, int_hash_exact, PyLong_FromBigInt } from '../objects/longobject.js';
import { long_pow_mod } from '../objects/longarith.js';
import { frozenset_hash_exact, type PySetObject } from '../objects/setobject.js';
import { float_hash_exact, type PyFloatObject } from '../objects/floatobject.js';
import { type PyTupleObject } from '../objects/tupleobject.js';
import { PyList_FromArray, type PyListObject } from '../objects/listobject.js';
import {
  PyObject_Repr, PyObject_ASCII, PyObject_Str, PyObject_Hash, PyObject_GetAttr, PyObject_SetAttr, PyObject_GetIter, PyIter_Next,
  PyObject_RichCompareBool, PyNumber_Binary, PyNumber_Unary, PyObject_IsTrue, PyObject_Length,
  PyCallable_Check, PyObject_Call, PyNumber_AsIndexValue, _PyLong_AsIntArg, strOf,
  PyObject_GetAttrOpt,
} from '../objects/abstract.js';
import { _PyType_Lookup, call_method, materializeDict, PyType_NewStatic } from '../objects/typeobject.js';
import { floatRound } from '../objects/numbertypes.js';
import type { Interpreter } from './interpreter.js';
import { gen_next } from './genobject.js';
import { evalOrExec, builtinCompile } from './evalexec.js';

interface KwArgs {
  pos: PyObject[];
  kw: Map<string, PyObject>;
}

function splitArgs(args: PyObject[], kwnames: readonly string[] | null): KwArgs {
  const nkw = kwnames?.length ?? 0;
  const pos = args.slice(0, args.length - nkw);
  const kw = new Map<string, PyObject>();
  for (let i = 0; i < nkw; i++) kw.set((kwnames as readonly string[])[i] as string, args[pos.length + i] as PyObject);
  return { pos, kw };
}

function noKw(rt: Runtime, name: string, a: KwArgs, allowed: string[]): void {
  for (const k of a.kw.keys()) {
    if (!allowed.includes(k)) throw PyErr.format(rt, rt.types.TypeError, `${name}() got an unexpected keyword argument '${k}'`);
  }
}

/** isinstance's check for one class or a tuple of classes (recursively). */
export function isInstance(rt: Runtime, o: PyObject, cls: PyObject): boolean {
  if (cls.ob_type === rt.types.tuple) return (cls as PyTupleObject).ob_item.some((c) => isInstance(rt, o, c));
  if (!PyType_IsSubtype(cls.ob_type, rt.types.type)) {
    throw PyErr.format(rt, rt.types.TypeError, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  }
  if (cls.ob_type !== rt.types.type) {
    const chk = _PyType_Lookup(cls.ob_type, '__instancecheck__');
    if (chk !== null && (cls.ob_type.tp_flags & (1 << 9)) !== 0) {
      const r = call_method(cls, '__instancecheck__', [o]);
      try {
        return PyObject_IsTrue(r);
      } finally {
        Py_DECREF(r);
      }
    }
  }
  if (PyType_IsSubtype(o.ob_type, cls as PyTypeObject)) return true;
  // object_isinstance: an object whose __class__ differs from its type (a weakref proxy) is
  // checked through __class__ too
  const icls = PyObject_GetAttrOpt(o, '__class__');
  if (icls === null) return false;
  try {
    return icls !== o.ob_type && PyType_IsSubtype(icls.ob_type, rt.types.type) && PyType_IsSubtype(icls as PyTypeObject, cls as PyTypeObject);
  } finally {
    Py_DECREF(icls);
  }
}

/** issubclass(c, cls): cls may be a tuple of classes. */
export function isSubclass(rt: Runtime, c: PyObject, cls: PyObject): boolean {
  if (cls.ob_type === rt.types.tuple) return (cls as PyTupleObject).ob_item.some((x) => isSubclass(rt, c, x));
  if (!PyType_IsSubtype(c.ob_type, rt.types.type)) throw PyErr.format(rt, rt.types.TypeError, 'issubclass() arg 1 must be a class');
  if (!PyType_IsSubtype(cls.ob_type, rt.types.type)) throw PyErr.format(rt, rt.types.TypeError, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return PyType_IsSubtype(c as PyTypeObject, cls as PyTypeObject);
}

/** min() / max() */
function minmax(rt: Runtime, name: string, args: PyObject[], kwnames: readonly string[] | null, op: number): PyObject {
  if (kwnames === null && args.length === 1) return min_max(rt, name, Py_NewRef(args[0] as PyObject), null, null, op);
  const a = splitArgs(args, kwnames);
  if (a.kw.size > 2) throw PyErr.format(rt, rt.types.TypeError, `${name}() takes at most 2 keyword arguments (${a.kw.size} given)`);
  noKw(rt, name, a, ['key', 'default']);
  const key = a.kw.get('key') ?? null;
  const dflt = a.kw.get('default') ?? null;
  if (a.pos.length === 0) throw PyErr.format(rt, rt.types.TypeError, `${name} expected at least 1 argument, got 0`);
  const positional = a.pos.length > 1;
  if (positional && dflt !== null) throw PyErr.format(rt, rt.types.TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
  return min_max(rt, name, positional ? rt.newTuple(a.pos.map((x) => Py_NewRef(x))) : Py_NewRef(a.pos[0] as PyObject), key === rt.None ? null : key, dflt, op);
}

/**
 * min_max's loop: the best item so far and its key are all it keeps (each other item and key
 * goes as soon as it lost), as in 3.11. src is stolen.
 */
function min_max(rt: Runtime, name: string, src: PyObject, key: PyObject | null, dflt: PyObject | null, op: number): PyObject {
  let it: PyObject;
  try {
    it = PyObject_GetIter(src);
  } finally {
    Py_DECREF(src);
  }
  let maxitem: PyObject | null = null;
  let maxval: PyObject | null = null;
  try {
    for (;;) {
      const item = PyIter_Next(it);
      if (item === null) break;
      let val: PyObject;
      if (key !== null) {
        try {
          val = rt.call(key, [item]);
        } catch (e) {
          Py_DECREF(item);
          throw e;
        }
      } else val = Py_NewRef(item);
      if (maxval === null) {
        maxitem = item;
        maxval = val;
        continue;
      }
      let cmp: boolean;
      try {
        cmp = PyObject_RichCompareBool(val, maxval, op);
      } catch (e) {
        Py_DECREF(val);
        Py_DECREF(item);
        throw e;
      }
      if (cmp) {
        Py_DECREF(maxval);
        Py_DECREF(maxitem as PyObject);
        maxval = val;
        maxitem = item;
      } else {
        Py_DECREF(item);
        Py_DECREF(val);
      }
    }
  } catch (e) {
    if (maxval !== null) Py_DECREF(maxval);
    if (maxitem !== null) Py_DECREF(maxitem);
    Py_DECREF(it);
    throw e;
  }
  if (maxval === null) {
    if (dflt === null) {
      const err = PyErr.format(rt, rt.types.ValueError, `${name}() arg is an empty sequence`);
      Py_DECREF(it);
      throw err;
    }
    maxitem = Py_NewRef(dflt);
  } else Py_DECREF(maxval);
  Py_DECREF(it);
  return maxitem as PyObject;
}

/** A C long's bounds (LONG_MIN, LONG_MAX on a 64-bit build): sum()'s int accumulator. */
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
/** |hi| at most this: hi + any safe integer still fits a C long. */
const LONG_ROOM = 2n ** 63n - 2n ** 54n;

/**
 * builtin_sum_impl: start + the items, left to right. As in 3.11, an exact int start is summed
 * in a C long while exact ints and bools come (no int object per step), then an exact float
 * start or running total in a C double while floats and ints that fit a C long come; whatever
 * else comes (or an overflow) turns the running total back into an object and continues with
 * PyNumber_Add. The C long is kept as hi (bigint) + lo (a safe integer) so that the common
 * step is one JS addition. start is borrowed.
 */
function builtin_sum(rt: Runtime, iterable: PyObject, start: PyObject): PyObject {
  const T = rt.types;
  const it = PyObject_GetIter(iterable);
  let result: PyObject | null = Py_NewRef(start);
  /** PyIter_Next; on an error the running total (if an object) and the iterator go, in that order */
  const next = (): PyObject | null => {
    try {
      return PyIter_Next(it);
    } catch (e) {
      if (result !== null) Py_DECREF(result);
      Py_DECREF(it);
      throw e;
    }
  };
  /** PyNumber_Add(acc, item), then acc and item are released (stolen); the iterator goes on an error */
  const add = (acc: PyObject, item: PyObject): PyObject => {
    let temp: PyObject;
    try {
      temp = PyNumber_Binary(acc, item, 'nb_add');
    } catch (e) {
      Py_DECREF(acc);
      Py_DECREF(item);
      Py_DECREF(it);
      throw e;
    }
    Py_DECREF(acc);
    Py_DECREF(item);
    return temp;
  };
  if (result.ob_type === T.int) {
    const sv = (result as PyLongObject).ob_ival;
    if (typeof sv === 'number' || (sv >= LONG_MIN && sv <= LONG_MAX)) {
      let hi = 0n;
      let lo = 0;
      if (typeof sv === 'number') lo = sv;
      else hi = sv;
      let hiRoom = hi <= LONG_ROOM && hi >= -LONG_ROOM;
      Py_DECREF(result);
      result = null;
      while (result === null) {
        const item = next();
        if (item === null) {
          Py_DECREF(it);
          return hi === 0n ? rt.newInt(lo) : PyLong_FromBigInt(rt, hi + BigInt(lo));
        }
        if (item.ob_type === T.int || item.ob_type === T.bool) {
          const b = (item as PyLongObject).ob_ival;
          if (typeof b === 'number') {
            const s = lo + b;
            if (hiRoom && Number.isSafeInteger(s)) {
              lo = s;
              Py_DECREF(item);
              continue;
            }
          }
          const total = hi + BigInt(lo) + BigInt(b);
          if (total >= LONG_MIN && total <= LONG_MAX) {
            hi = total;
            lo = 0;
            hiRoom = hi <= LONG_ROOM && hi >= -LONG_ROOM;
            Py_DECREF(item);
            continue;
          }
        }
        // not an int, or an overflow: the total becomes an object again
        result = add(hi === 0n ? rt.newInt(lo) : PyLong_FromBigInt(rt, hi + BigInt(lo)), item);
      }
    }
  }
  if (result.ob_type === T.float) {
    let fr = (result as PyFloatObject).ob_fval;
    Py_DECREF(result);
    result = null;
    while (result === null) {
      const item = next();
      if (item === null) {
        Py_DECREF(it);
        return rt.newFloat(fr);
      }
      if (item.ob_type === T.float) {
        fr += (item as PyFloatObject).ob_fval;
        Py_DECREF(item);
        continue;
      }
      if (PyType_IsSubtype(item.ob_type, T.int)) {
        const v = (item as PyLongObject).ob_ival;
        if (typeof v === 'number' || (v >= LONG_MIN && v <= LONG_MAX)) {
          fr += Number(v);
          Py_DECREF(item);
          continue;
        }
      }
      result = add(rt.newFloat(fr), item);
    }
  }
  for (;;) {
    const item: PyObject | null = next();
    if (item === null) break;
    const acc: PyObject = result;
    result = null;
    result = add(acc, item);
  }
  Py_DECREF(it);
  return result;
}

export function makeBuiltins(I: Interpreter): PyObject {
  const rt = I.rt;
  const T = rt.types;
  const mod = PyModule_New(rt, 'builtins', null);
  const d = mod.ob_dict as PyDictObject;
  const def = (name: string, fn: PyCFunction, fn1: PyCFunction1 | null = null): void => {
    rt.dictSetStr(d, name, PyCFunction_New(rt, name, fn, mod, null, fn1));
  };
  const None = (): PyObject => Py_NewRef(rt.None);
  for (const t of T.all) {
    if (/^[a-z]/.test(t.tp_name) && !['object', 'type', 'int', 'bool', 'float', 'str', 'tuple', 'list', 'dict', 'set', 'frozenset', 'range', 'slice', 'property', 'staticmethod', 'classmethod', 'super', 'enumerate', 'zip', 'map', 'filter', 'reversed', 'complex', 'bytes', 'bytearray'].includes(t.tp_name)) continue;
    rt.dictSetStr(d, t.tp_name, Py_NewRef(t));
  }
  rt.dictSetStr(d, 'None', None());
  rt.dictSetStr(d, 'Ellipsis', Py_NewRef(rt.Ellipsis));
  rt.dictSetStr(d, 'NotImplemented', Py_NewRef(rt.NotImplemented));
  rt.dictSetStr(d, 'True', Py_NewRef(rt.True));
  rt.dictSetStr(d, 'False', Py_NewRef(rt.False));
  rt.dictSetStr(d, 'EnvironmentError', Py_NewRef(T.OSError));
  rt.dictSetStr(d, 'IOError', Py_NewRef(T.OSError));

  def('print', (_s, args, kwnames) => {
    const a = splitArgs(args, kwnames);
    noKw(rt, 'print', a, ['sep', 'end', 'file', 'flush']);
    const sepO = a.kw.get('sep');
    const endO = a.kw.get('end');
    const file = a.kw.get('file') ?? rt.None;
    const strArg = (o: PyObject | undefined, dflt: string, what: string): string => {
      if (o === undefined || o === rt.None) return dflt;
      if (!isStr(o)) throw PyErr.format(rt, T.TypeError, `${what} must be None or a string, not ${o.ob_type.tp_name}`);
      return o.ob_sval;
    };
    const sep = strArg(sepO, ' ', 'sep');
    const end = strArg(endO, '\n', 'end');
    const parts: string[] = [];
    for (const x of a.pos) parts.push(strOf(x));
    const text = parts.join(sep) + end;
    I.writeTo(file, text);
    const flush = a.kw.get('flush');
    if (flush !== undefined && PyObject_IsTrue(flush)) I.flushFile(file);
    return None();
  });
  def('len', (_s, args, kw) => {
    checkArgs(rt, 'len', args, kw, 1, 1);
    return rt.newInt(PyObject_Length(args[0] as PyObject));
  }, (_s, a) => rt.newInt(PyObject_Length(a)));
  def('repr', (_s, args, kw) => {
    checkArgs(rt, 'repr', args, kw, 1, 1);
    return PyObject_Repr(args[0] as PyObject);
  });
  def('ascii', (_s, args, kw) => {
    checkArgs(rt, 'ascii', args, kw, 1, 1);
    return PyObject_ASCII(args[0] as PyObject);
  });
  def('id', (_s, args, kw) => {
    checkArgs(rt, 'id', args, kw, 1, 1);
    return rt.newInt((args[0] as PyObject).ob_addr);
  });
  def('hash', (_s, args, kw) => {
    checkArgs(rt, 'hash', args, kw, 1, 1);
    const o = args[0] as PyObject;
    // exact 64-bit values for ints and floats (JS numbers lose bits beyond 2^53)
    if (o.ob_type === T.int || o.ob_type === T.bool) return rt.newInt(int_hash_exact((o as PyLongObject).ob_ival));
    if (o.ob_type === T.float) return rt.newInt(float_hash_exact((o as unknown as { ob_fval: number }).ob_fval));
    if (o.ob_type === T.complex) return rt.newInt(complex_hash_exact((o as PyComplexObject).real, (o as PyComplexObject).imag));
    if (o.ob_type === T.frozenset) return rt.newInt(frozenset_hash_exact(o as PySetObject));
    return rt.newInt(PyObject_Hash(o));
  });
  def('abs', (_s, args, kw) => {
    checkArgs(rt, 'abs', args, kw, 1, 1);
    return PyNumber_Unary(args[0] as PyObject, 'nb_absolute');
  }, (_s, a) => {
    // PyNumber_Absolute
    const f = a.ob_type.nb_absolute;
    return f !== null ? f(a) : PyNumber_Unary(a, 'nb_absolute');
  });
  def('isinstance', (_s, args, kw) => {
    checkArgs(rt, 'isinstance', args, kw, 2, 2);
    return rt.newBool(isInstance(rt, args[0] as PyObject, args[1] as PyObject));
  });
  def('issubclass', (_s, args, kw) => {
    checkArgs(rt, 'issubclass', args, kw, 2, 2);
    return rt.newBool(isSubclass(rt, args[0] as PyObject, args[1] as PyObject));
  });
  def('callable', (_s, args, kw) => {
    checkArgs(rt, 'callable', args, kw, 1, 1);
    return rt.newBool(PyCallable_Check(args[0] as PyObject));
  });
  const attrName = (o: PyObject, fn: string): string => {
    if (!isStr(o)) throw PyErr.format(rt, T.TypeError, `${fn}(): attribute name must be string, not '${o.ob_type.tp_name}'`);
    return o.ob_sval;
  };
  def('getattr', (_s, args, kw) => {
    checkArgs(rt, 'getattr', args, kw, 2, 3);
    const name = attrName(args[1] as PyObject, 'getattr');
    try {
      return PyObject_GetAttr(args[0] as PyObject, name);
    } catch (e) {
      if (args.length === 3 && e instanceof PyErr && e.matches(T.AttributeError)) {
        e.release();
        return Py_NewRef(args[2] as PyObject);
      }
      throw e;
    }
  });
  def('setattr', (_s, args, kw) => {
    checkArgs(rt, 'setattr', args, kw, 3, 3);
    PyObject_SetAttr(args[0] as PyObject, attrName(args[1] as PyObject, 'setattr'), args[2] as PyObject);
    return None();
  });
  def('delattr', (_s, args, kw) => {
    checkArgs(rt, 'delattr', args, kw, 2, 2);
    PyObject_SetAttr(args[0] as PyObject, attrName(args[1] as PyObject, 'delattr'), null);
    return None();
  });
  def('hasattr', (_s, args, kw) => {
    checkArgs(rt, 'hasattr', args, kw, 2, 2);
    try {
      Py_DECREF(PyObject_GetAttr(args[0] as PyObject, attrName(args[1] as PyObject, 'hasattr')));
      return Py_NewRef(rt.True);
    } catch (e) {
      if (e instanceof PyErr && e.matches(T.AttributeError)) {
        e.release();
        return Py_NewRef(rt.False);
      }
      throw e;
    }
  });
  def('iter', (_s, args, kw) => {
    checkArgs(rt, 'iter', args, kw, 1, 2);
    if (args.length === 2) throw PyErr.format(rt, T.NotImplementedError, 'glasspy does not support iter(callable, sentinel) yet');
    return PyObject_GetIter(args[0] as PyObject);
  });
  def('next', (_s, args, kw) => {
    checkArgs(rt, 'next', args, kw, 1, 2);
    const it = args[0] as PyObject;
    if (it.ob_type.tp_iternext === null) throw PyErr.format(rt, T.TypeError, `'${it.ob_type.tp_name}' object is not an iterator`);
    if (it.ob_type === T.generator) {
      // gen_iternext: a generator's return value travels in StopIteration.value
      try {
        return gen_next(it);
      } catch (e) {
        if (args.length === 2 && e instanceof PyErr && e.matches(T.StopIteration)) {
          e.release();
          return Py_NewRef(args[1] as PyObject);
        }
        throw e;
      }
    }
    const v = PyIter_Next(it);
    if (v !== null) return v;
    if (args.length === 2) return Py_NewRef(args[1] as PyObject);
    throw PyErr.fromType(rt, T.StopIteration, null);
  });
  def('ord', (_s, args, kw) => {
    checkArgs(rt, 'ord', args, kw, 1, 1);
    const o = args[0] as PyObject;
    if (!isStr(o)) throw PyErr.format(rt, T.TypeError, `ord() expected string of length 1, but ${o.ob_type.tp_name} found`);
    if (o.ob_length !== 1) throw PyErr.format(rt, T.TypeError, `ord() expected a character, but string of length ${o.ob_length} found`);
    return rt.newInt(o.ob_sval.codePointAt(0) as number);
  });
  def('chr', (_s, args, kw) => {
    checkArgs(rt, 'chr', args, kw, 1, 1);
    // the `i` converter first: OverflowError beyond a C int
    const v = _PyLong_AsIntArg(args[0] as PyObject);
    if (v < 0 || v > 0x10ffff) throw PyErr.format(rt, T.ValueError, 'chr() arg not in range(0x110000)');
    return rt.newStr(String.fromCodePoint(v));
  });
  const radix = (name: string, base: number, prefix: string): void => {
    def(name, (_s, args, kw) => {
      checkArgs(rt, name, args, kw, 1, 1);
      const v = PyNumber_AsIndexValue(args[0] as PyObject);
      const neg = typeof v === 'number' ? v < 0 : v < 0n;
      const a = typeof v === 'number' ? Math.abs(v) : neg ? -v : v;
      return rt.newStr(`${neg ? '-' : ''}${prefix}${a.toString(base)}`);
    });
  };
  radix('hex', 16, '0x');
  radix('oct', 8, '0o');
  radix('bin', 2, '0b');
  def('divmod', (_s, args, kw) => {
    checkArgs(rt, 'divmod', args, kw, 2, 2);
    return PyNumber_Binary(args[0] as PyObject, args[1] as PyObject, 'nb_divmod');
  });
  def('pow', (_s, args, kw) => {
    checkArgs(rt, 'pow', args, kw, 2, 3);
    if (args.length === 3 && args[2] !== rt.None) {
      if (args.slice(0, 2).some((a) => PyType_IsSubtype((a as PyObject).ob_type, T.complex))) throw PyErr.format(rt, T.ValueError, 'complex modulo');
      // long_pow with a modulus: a negative exponent inverts the base first
      const isInt = (o: PyObject): boolean => PyType_IsSubtype(o.ob_type, T.int);
      if (!isInt(args[0] as PyObject) || !isInt(args[1] as PyObject) || !isInt(args[2] as PyObject)) {
        const names = args.map((a) => `'${a.ob_type.tp_name}'`).join(', ');
        if ([args[0], args[1], args[2]].every((a) => isInt(a as PyObject) || a?.ob_type === T.float)) throw PyErr.format(rt, T.TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
        throw PyErr.format(rt, T.TypeError, `unsupported operand type(s) for ** or pow(): ${names}`);
      }
      // long_pow with a modulus, product by product as CPython makes them (longarith.ts)
      const r = long_pow_mod(rt, args[0] as PyLongObject, args[1] as PyLongObject, args[2] as PyLongObject);
      if (r === 'zero') throw PyErr.format(rt, T.ValueError, 'pow() 3rd argument cannot be 0');
      if (r === 'invert') throw PyErr.format(rt, T.ValueError, 'base is not invertible for the given modulus');
      return r;
    }
    return PyNumber_Binary(args[0] as PyObject, args[1] as PyObject, 'nb_power');
  });
  def('round', (_s, args, kwnames) => {
    const a = splitArgs(args, kwnames);
    noKw(rt, 'round', a, ['number', 'ndigits']);
    const x = a.pos[0] ?? a.kw.get('number');
    const nd = a.pos[1] ?? a.kw.get('ndigits') ?? null;
    if (x === undefined) throw PyErr.format(rt, T.TypeError, "round() missing required argument 'number' (pos 1)");
    if (x.ob_type === T.float) return floatRound(rt, (x as unknown as { ob_fval: number }).ob_fval, nd);
    const m = _PyType_Lookup(x.ob_type, '__round__');
    if (m === null) throw PyErr.format(rt, T.TypeError, `type ${x.ob_type.tp_name} doesn't define __round__ method`);
    return call_method(x, '__round__', nd === null || nd === rt.None ? [] : [nd]);
  });
  def('sum', (_s, args, kwnames) => {
    let start: PyObject;
    if (kwnames === null && args.length === 1) start = rt.smallInts[5] as PyObject;
    else {
      const a = splitArgs(args, kwnames);
      if (args.length > 2) throw PyErr.format(rt, T.TypeError, `sum() takes at most 2 arguments (${args.length} given)`);
      for (const k of a.kw.keys()) {
        // Argument Clinic's wording
        if (k !== 'start') throw PyErr.format(rt, T.TypeError, `'${k}' is an invalid keyword argument for sum()`);
      }
      if (a.pos.length < 1) throw PyErr.format(rt, T.TypeError, `sum() takes at least 1 positional argument (${a.pos.length} given)`);
      start = a.pos[1] ?? a.kw.get('start') ?? rt.smallInts[5] as PyObject;
    }
    if (isStr(start)) throw PyErr.format(rt, T.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    return builtin_sum(rt, args[0] as PyObject, start);
  });
  def('min', (_s, args, kw) => minmax(rt, 'min', args, kw, Py_LT));
  def('max', (_s, args, kw) => minmax(rt, 'max', args, kw, Py_GT));
  const anyAll = (name: string, want: boolean): void => {
    def(name, (_s, args, kw) => {
      checkArgs(rt, name, args, kw, 1, 1);
      const it = PyObject_GetIter(args[0] as PyObject);
      try {
        for (;;) {
          const x = PyIter_Next(it);
          if (x === null) return rt.newBool(!want);
          let t: boolean;
          try {
            t = PyObject_IsTrue(x);
          } finally {
            Py_DECREF(x);
          }
          if (t === want) return rt.newBool(want);
        }
      } finally {
        Py_DECREF(it);
      }
    });
  };
  anyAll('any', true);
  anyAll('all', false);
  def('sorted', (_s, args, kwnames) => {
    const a = splitArgs(args, kwnames);
    noKw(rt, 'sorted', a, ['key', 'reverse']);
    if (a.pos.length !== 1) throw PyErr.format(rt, T.TypeError, `sorted expected 1 argument, got ${a.pos.length}`);
    const l = PyList_FromArray(rt, []);
    try {
      Py_DECREF(call_method(l, 'extend', [a.pos[0] as PyObject]));
      const sortf = _PyType_Lookup(T.list, 'sort') as PyObject;
      const kwn = [...a.kw.keys()];
      const vals = [...a.kw.values()];
      Py_INCREF(l);
      for (const v of vals) Py_INCREF(v);
      Py_DECREF(PyObject_Call(sortf, [l, ...vals], kwn.length > 0 ? kwn : null));
    } catch (e) {
      Py_DECREF(l);
      throw e;
    }
    return l;
  });
  def('format', (_s, args, kw) => {
    checkArgs(rt, 'format', args, kw, 1, 2);
    return rt.format(args[0] as PyObject, args[1] ?? null);
  });
  def('eval', (_s, args, kw) => evalOrExec(I, 'eval', args, kw));
  def('exec', (_s, args, kw) => evalOrExec(I, 'exec', args, kw));
  def('compile', (_s, args, kw) => builtinCompile(I, args, kw));
  def('globals', () => Py_NewRef((I.frame as { globals: PyObject }).globals));
  /** builtin_locals: the caller's namespace, or a snapshot of a function's bound variables. */
  const localsDict = (): PyObject => {
    const f = I.frame;
    if (f === null) return PyDict_New(rt);
    if (f.locals !== null) return Py_NewRef(f.locals);
    const dd = PyDict_New(rt);
    f.info.scope.slots.forEach((slot, name) => {
      let v = f.fast[slot] ?? null;
      if (v !== null && (f.info.scope.cells.has(name) || f.info.scope.frees.has(name))) v = (v as unknown as { ob_ref: PyObject | null }).ob_ref;
      if (v !== null) rt.dictSetStr(dd, name, Py_NewRef(v));
    });
    return dd;
  };
  def('locals', (_s, args, kw) => {
    checkArgs(rt, 'locals', args, kw, 0, 0);
    return localsDict();
  });
  def('vars', (_s, args, kw) => {
    checkArgs(rt, 'vars', args, kw, 0, 1);
    if (args.length === 0) return localsDict();
    const o = args[0] as PyObject;
    try {
      return PyObject_GetAttr(o, '__dict__');
    } catch (e) {
      if (e instanceof PyErr && e.matches(T.AttributeError)) {
        e.release();
        throw PyErr.format(rt, T.TypeError, 'vars() argument must have __dict__ attribute');
      }
      throw e;
    }
  });
  def('dir', (_s, args, kw) => {
    checkArgs(rt, 'dir', args, kw, 0, 1);
    if (args.length === 0) {
      // the names of the caller's local scope (a function's variables that are bound)
      const src = localsDict();
      const names: string[] = [];
      try {
        if (PyType_IsSubtype(src.ob_type, T.dict)) rt.dictEach(src as PyDictObject, (k) => {
          if (isStr(k)) names.push(k.ob_sval);
        });
      } finally {
        Py_DECREF(src);
      }
      names.sort();
      return rt.newList(names.map((n) => rt.newStr(n)));
    }
    return I.dirOf(args[0] as PyObject);
  });
  // builtin_input: the line comes from the host (I.readLine shows the prompt: on a terminal
  // the CLI's line editor draws it, as PyOS_Readline does).
  def('input', (_s, args, kw) => {
    checkArgs(rt, 'input', args, kw, 0, 1);
    const line = I.readLine(args.length > 0 ? strOf(args[0] as PyObject) : '');
    if (line === null) throw PyErr.format(rt, T.EOFError, 'EOF when reading a line');
    return rt.newStr(line);
  });
  def('__import__', (_s, args) => {
    const n = args[0] as PyObject;
    if (!isStr(n)) throw PyErr.format(rt, T.TypeError, '__import__() argument 1 must be str');
    return I.importModule(n.ob_sval, I.frame);
  });
  // exit and quit are site's _sitebuiltins.Quitter objects: typed alone at the prompt they say
  // how to leave, called they raise SystemExit(code). CPython makes them at start-up, before any
  // object of a script; here they are immortal and outside the heap, which is what start-up
  // objects are to a script.
  const quitters: PyObject[] = [];
  const quitter = PyType_NewStatic(rt, '_sitebuiltins.Quitter', T.object, 16, 0, (t) => {
    t.tp_repr = (o) => rt.newStr(`Use ${o === quitters[1] ? 'quit' : 'exit'}() or Ctrl-D (i.e. EOF) to exit`);
    t.tp_call = (_o, args, kwnames) => {
      const nkw = kwnames?.length ?? 0;
      const npos = args.length - nkw;
      try {
        if (nkw > 1 || (nkw === 1 && kwnames?.[0] !== 'code')) {
          const bad = kwnames?.find((k) => k !== 'code') ?? 'code';
          throw PyErr.format(rt, T.TypeError, `Quitter.__call__() got ${bad === 'code' ? "multiple values for argument 'code'" : `an unexpected keyword argument '${bad}'`}`);
        }
        if (npos > 1) throw PyErr.format(rt, T.TypeError, `Quitter.__call__() takes from 1 to 2 positional arguments but ${npos + 1} were given`);
        if (npos === 1 && nkw === 1) throw PyErr.format(rt, T.TypeError, "Quitter.__call__() got multiple values for argument 'code'");
        throw PyErr.steal(rt.newExceptionArgs(T.SystemExit, [args[0] ?? rt.None]));
      } finally {
        for (const a of args) Py_DECREF(a);
      }
    };
  });
  for (const name of ['exit', 'quit']) {
    const q = new PyObjectClass(quitter, rt.allocStatic(16), IMMORTAL_REFCNT);
    quitters.push(q);
    rt.dictSetStr(d, name, q);
  }
  void materializeDict;
  void PyObject_Str;
  void ([] as PyListObject[]);
  void ({} as PyUnicodeObject | PyLongObject);
  return mod;
}
