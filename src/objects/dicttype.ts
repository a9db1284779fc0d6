// The slots and methods of dict and its views: CPython 3.11's Objects/dictobject.c (the
// Python-visible half; storage is in dictobject.ts). Start at installDictType.

import { PyObject, type PyTypeObject, Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, PyType_IsSubtype, Py_EQ, Py_NE } from './object.js';
import type { Runtime } from './runtime.js';
import type { BuiltinTypes } from './typeobject.js';
import { PyErr } from './pyerr.js';
import {
  PyDictObject, PyDict_New, PyDict_GetItem, PyDict_SetItem, PyDict_SetItemSteal, PyDict_DelItem, PyDict_Clear,
  dict_dealloc, dict_traverse, dict_tp_clear, dict_lookup, dict_del_entry, dict_sizeof, dict_each, dict_merge_entries,
  PyDict_SetDefault, PyDict_Copy,
} from './dictobject.js';
import { PyType_GenericAlloc } from './typeobject.js';
import { reprOf, iterateToArray, PyObject_RichCompareBool, PyObject_GetAttrOpt, PyObject_CallBorrowed } from './abstract.js';
import { PyObject_HashNotImplemented } from './abstract.js';
import { _PyObject_GC_IS_TRACKED, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK } from '../gc/gclist.js';
import { type PyTupleObject, PyTuple_New } from './tupleobject.js';
import { type PySetObject, PySet_AddSteal, make_new_set_basetype, filledOrReleased, set_update_internal, set_difference_update_internal, set_symmetric_difference_update } from './setobject.js';

/** A view (dict_keys / dict_values / dict_items) or an iterator over a dict. */
export class PyDictViewObject extends PyObject {
  declare dv_dict: PyDictObject | null;
  /** iterators: next entry index, size at creation, items returned */
  declare di_pos: number;
  declare di_used: number;
  declare di_len: number;
  /** item iterators: the (key, value) tuple reused while only the iterator holds it */
  declare di_result: PyTupleObject | null;

  constructor(type: PyTypeObject, addr: number, refcnt = 1) {
    super(type, addr, refcnt);
    this.dv_dict = null;
    this.di_pos = 0;
    this.di_used = 0;
    this.di_len = 0;
    this.di_result = null;
  }
}

export function newDictView(rt: Runtime, type: PyTypeObject, d: PyDictObject): PyDictViewObject {
  const o = new PyDictViewObject(type, rt.allocObject(type, 0));
  Py_INCREF(d);
  o.dv_dict = d;
  o.di_used = d.ma_used;
  o.di_len = d.ma_used;
  _PyObject_GC_TRACK(rt.gc, o);
  return o;
}

function view_dealloc(op: PyObject): void {
  const o = op as PyDictViewObject;
  _PyObject_GC_UNTRACK(o);
  const d = o.dv_dict;
  o.dv_dict = null;
  o.ob_type.rt.PyObject_Free(o);
  Py_XDECREF(d);
}

function view_traverse(op: PyObject, visit: (o: PyObject, a: unknown) => number, arg: unknown): number {
  const d = (op as PyDictViewObject).dv_dict;
  return d !== null ? visit(d, arg) : 0;
}

/** dict(...) / dict.update(...) argument merging. */
export function dict_update_from(rt: Runtime, d: PyDictObject, arg: PyObject | null, kwnames: readonly string[], kwvalues: PyObject[]): void {
  const T = rt.types;
  if (arg !== null) {
    if (PyType_IsSubtype(arg.ob_type, T.dict)) {
      dict_merge_entries(rt, d, arg as PyDictObject);
    } else {
      const keysf = PyObject_GetAttrOpt(arg, 'keys');
      if (keysf !== null) {
        const ks = PyObject_CallBorrowed(keysf, []);
        Py_DECREF(keysf);
        const keys = iterateToArray(ks);
        Py_DECREF(ks);
        for (const k of keys) {
          const v = rt.getItem(arg, k);
          PyDict_SetItemSteal(rt, d, k, v);
        }
      } else {
        const items = iterateToArray(arg);
        try {
          for (let i = 0; i < items.length; i++) {
            const it = items[i] as PyObject;
            const pair = iterateToArray(it);
            if (pair.length !== 2) {
              for (const p of pair) Py_DECREF(p);
              throw PyErr.format(rt, T.ValueError, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
            }
            PyDict_SetItemSteal(rt, d, pair[0] as PyObject, pair[1] as PyObject);
          }
        } finally {
          for (const x of items) Py_DECREF(x);
        }
      }
    }
  }
  for (let i = 0; i < kwnames.length; i++) PyDict_SetItemSteal(rt, d, rt.newStr(kwnames[i] as string), Py_NewRef(kwvalues[i] as PyObject));
}

/** dict___reversed__ and the views' __reversed__: an iterator walking the entries backwards. */
function newDictReverseIter(rt: Runtime, type: PyTypeObject, d: PyDictObject): PyDictViewObject {
  if (type === rt.types.dict_reverseitemiterator) return dictiter_new_items(rt, type, d, true);
  const it = newDictView(rt, type, d);
  it.di_pos = d.ma_keys === null ? -1 : d.ma_keys.dk_nentries - 1;
  return it;
}

/**
 * dictiter_new for the item iterators: the result tuple (None, None) is made after the
 * iterator and before it is tracked.
 */
function dictiter_new_items(rt: Runtime, type: PyTypeObject, d: PyDictObject, reverse: boolean): PyDictViewObject {
  const o = new PyDictViewObject(type, rt.allocObject(type, 0));
  Py_INCREF(d);
  o.dv_dict = d;
  o.di_used = d.ma_used;
  o.di_len = d.ma_used;
  if (reverse) o.di_pos = d.ma_keys === null ? -1 : d.ma_keys.dk_nentries - 1;
  rt.None.ob_refcnt += 2;
  o.di_result = PyTuple_New(rt, [rt.None, rt.None]);
  _PyObject_GC_TRACK(rt.gc, o);
  return o;
}

/** dictiter_dealloc: the dict, then the result tuple, then the iterator's block. */
function dictiter_items_dealloc(op: PyObject): void {
  const o = op as PyDictViewObject;
  _PyObject_GC_UNTRACK(o);
  const d = o.dv_dict;
  const res = o.di_result;
  o.dv_dict = null;
  o.di_result = null;
  Py_XDECREF(d);
  Py_XDECREF(res);
  o.ob_type.rt.PyObject_Free(o);
}

function dictiter_items_traverse(op: PyObject, visit: (o: PyObject, a: unknown) => number, arg: unknown): number {
  const o = op as PyDictViewObject;
  if (o.dv_dict !== null) {
    const r = visit(o.dv_dict, arg);
    if (r !== 0) return r;
  }
  return o.di_result !== null ? visit(o.di_result, arg) : 0;
}

/**
 * dictiter_iternextitem's result: the cached tuple refilled when only the iterator holds it
 * (new items stored, then the old key and value released), else a new tuple. k, v borrowed.
 */
function dictiter_item(rt: Runtime, it: PyDictViewObject, k: PyObject, v: PyObject): PyObject {
  const res = it.di_result;
  if (res !== null && res.ob_refcnt === 1) {
    const items = res.ob_item;
    const oldKey = items[0] as PyObject;
    const oldValue = items[1] as PyObject;
    k.ob_refcnt++;
    v.ob_refcnt++;
    items[0] = k;
    items[1] = v;
    res.ob_refcnt++;
    Py_DECREF(oldKey);
    Py_DECREF(oldValue);
    // bpo-42536: a collection may have untracked the cached tuple
    if (!_PyObject_GC_IS_TRACKED(res)) _PyObject_GC_TRACK(rt.gc, res);
    return res;
  }
  return rt.newTuple([Py_NewRef(k), Py_NewRef(v)]);
}

export function installDictType(rt: Runtime, T: BuiltinTypes): void {
  const D = T.dict;
  D.tp_alloc = (type, n) => new PyDictObject(type, rt.allocObject(type, n));
  D.tp_dealloc = dict_dealloc;
  D.tp_traverse = dict_traverse;
  D.tp_clear = dict_tp_clear;
  D.tp_hash = PyObject_HashNotImplemented;
  D.tp_repr = (o) => {
    const d = o as PyDictObject;
    if (d.ma_used === 0) return rt.newStr('{}');
    return rt.reprGuard(o, '{...}', () => {
      const parts: string[] = [];
      const pairs: [PyObject, PyObject][] = [];
      dict_each(d, (k, v) => {
        Py_INCREF(k);
        Py_INCREF(v);
        pairs.push([k, v]);
      });
      try {
        for (const [k, v] of pairs) parts.push(`${reprOf(k)}: ${reprOf(v)}`);
      } finally {
        for (const [k, v] of pairs) {
          Py_DECREF(k);
          Py_DECREF(v);
        }
      }
      return `{${parts.join(', ')}}`;
    });
  };
  D.mp_length = (o) => (o as PyDictObject).ma_used;
  D.mp_subscript = (o, key) => {
    const v = PyDict_GetItem(rt, o as PyDictObject, key);
    if (v !== null) return Py_NewRef(v);
    if (o.ob_type !== T.dict) {
      const missing = rt.lookupSpecial(o, '__missing__');
      if (missing !== null) return rt.callMethod(o, '__missing__', [key]);
    }
    throw PyErr.steal(rt.newExceptionArgs(T.KeyError, [key]));
  };
  D.mp_ass_subscript = (o, key, v) => {
    if (v === null) {
      if (!PyDict_DelItem(rt, o as PyDictObject, key)) {
        throw PyErr.steal(rt.newExceptionArgs(T.KeyError, [key]));
      }
      return;
    }
    PyDict_SetItem(rt, o as PyDictObject, key, v);
  };
  D.sq_contains = (o, k) => {
    return dict_lookup(rt, o as PyDictObject, k) >= 0;
  };
  D.tp_richcompare = (a, b, op) => {
    if (!PyType_IsSubtype(b.ob_type, T.dict) || (op !== Py_EQ && op !== Py_NE)) return Py_NewRef(rt.NotImplemented);
    const x = a as PyDictObject;
    const y = b as PyDictObject;
    let eq = x.ma_used === y.ma_used;
    if (eq) {
      const pairs: [PyObject, PyObject][] = [];
      dict_each(x, (k, v) => pairs.push([k, v]));
      for (const [k, v] of pairs) {
        const w = PyDict_GetItem(rt, y, k);
        if (w === null || !(w === v || PyObject_RichCompareBool(v, w, Py_EQ))) {
          eq = false;
          break;
        }
      }
    }
    return rt.newBool(op === Py_EQ ? eq : !eq);
  };
  D.tp_iter = (o) => newDictView(rt, T.dict_keyiterator, o as PyDictObject);
  D.tp_new = (type) => {
    if (type === T.dict) return PyDict_New(rt);
    return PyType_GenericAlloc(type, 0);
  };
  D.tp_init = (self, args, kw) => {
    const npos = args.length - (kw?.length ?? 0);
    if (npos > 1) throw PyErr.format(rt, T.TypeError, `dict expected at most 1 argument, got ${npos}`);
    dict_update_from(rt, self as PyDictObject, npos === 1 ? (args[0] as PyObject) : null, kw ?? [], args.slice(npos));
  };
  const dd = (o: PyObject): PyDictObject => o as PyDictObject;
  /** The argument checks of get / pop / setdefault (_PyArg_CheckPositional, no keywords). */
  const checkOneOrTwo = (name: string, args: PyObject[], kw: readonly string[] | null): void => {
    if (kw !== null && kw.length > 0) throw PyErr.format(rt, T.TypeError, `dict.${name}() takes no keyword arguments`);
    if (args.length < 1) throw PyErr.format(rt, T.TypeError, `${name} expected at least 1 argument, got ${args.length}`);
    if (args.length > 2) throw PyErr.format(rt, T.TypeError, `${name} expected at most 2 arguments, got ${args.length}`);
  };
  /** dict.get(key, dflt): new reference */
  const dict_get_impl = (self: PyObject, key: PyObject, dflt: PyObject): PyObject => {
    const v = PyDict_GetItem(rt, self as PyDictObject, key) ?? dflt;
    v.ob_refcnt++;
    return v;
  };
  /** dict.pop(key[, dflt]) (dflt null: absent); new reference */
  const dict_pop_impl = (self: PyObject, key: PyObject, dflt: PyObject | null): PyObject => {
    const ix = dict_lookup(rt, self as PyDictObject, key);
    if (ix < 0) {
      if (dflt !== null) return Py_NewRef(dflt);
      throw PyErr.steal(rt.newExceptionArgs(T.KeyError, [key]));
    }
    const [k, v] = dict_del_entry(rt, self as PyDictObject, ix);
    Py_DECREF(k);
    return v;
  };
  D.tp_methods = [
    { name: 'get', fn: (self, args, kw) => {
      checkOneOrTwo('get', args, kw);
      return dict_get_impl(self, args[0] as PyObject, args[1] ?? rt.None);
    }, fn1: (self, a) => dict_get_impl(self, a, rt.None), fn2: dict_get_impl },
    { name: 'setdefault', fn: (self, args, kw) => {
      checkOneOrTwo('setdefault', args, kw);
      return Py_NewRef(PyDict_SetDefault(rt, dd(self), args[0] as PyObject, args[1] ?? rt.None));
    }, fn1: (self, a) => Py_NewRef(PyDict_SetDefault(rt, dd(self), a, rt.None)),
    fn2: (self, a, b) => Py_NewRef(PyDict_SetDefault(rt, dd(self), a, b)) },
    { name: 'pop', fn: (self, args, kw) => {
      checkOneOrTwo('pop', args, kw);
      return dict_pop_impl(self, args[0] as PyObject, args.length === 2 ? (args[1] as PyObject) : null);
    }, fn1: (self, a) => dict_pop_impl(self, a, null), fn2: dict_pop_impl },
    { name: 'popitem', fn: (self) => {
      const d = dd(self);
      const keys = d.ma_keys;
      if (keys === null || d.ma_used === 0) throw PyErr.format(rt, T.KeyError, 'popitem(): dictionary is empty');
      let i = keys.dk_nentries - 1;
      while (keys.ek[i] === null) i--;
      const [k, v] = dict_del_entry(rt, d, i);
      return rt.newTuple([k, v]);
    } },
    { name: 'keys', fn: (self) => newDictView(rt, T.dict_keys, dd(self)) },
    { name: 'values', fn: (self) => newDictView(rt, T.dict_values, dd(self)) },
    { name: 'items', fn: (self) => newDictView(rt, T.dict_items, dd(self)) },
    { name: 'update', fn: (self, args, kw) => {
      const npos = args.length - (kw?.length ?? 0);
      dict_update_from(rt, dd(self), npos >= 1 ? (args[0] as PyObject) : null, kw ?? [], args.slice(npos));
      return Py_NewRef(rt.None);
    } },
    { name: 'clear', fn: (self) => {
      PyDict_Clear(rt, dd(self));
      return Py_NewRef(rt.None);
    } },
    { name: 'copy', fn: (self) => {
      if (self.ob_type === T.dict || self.ob_type.tp_iter === T.dict.tp_iter) return PyDict_Copy(rt, dd(self));
      const d = PyDict_New(rt);
      dict_update_from(rt, d, self, [], []);
      return d;
    } },
    { name: 'fromkeys', flags: 'class', fn: (cls, args) => {
      const d = rt.call(cls, []);
      const keys = iterateToArray(args[0] as PyObject);
      for (const k of keys) {
        rt.setItem(d, k, args[1] ?? rt.None);
        Py_DECREF(k);
      }
      return d;
    } },
    { name: '__sizeof__', fn: (self) => rt.newInt(dict_sizeof(dd(self))) },
    { name: '__reversed__', fn: (self) => newDictReverseIter(rt, T.dict_reversekeyiterator, dd(self)) },
    // dict_ior: any mapping or iterable of pairs, merged in place
    { name: '__ior__', fn: (self, args) => {
      dict_update_from(rt, dd(self), args[0] as PyObject, [], []);
      return Py_NewRef(self);
    } },
  ];
  // dict_or: a copy of the left dict updated with the right one (both must be dicts)
  D.nb_or = (a, b) => {
    if (!PyType_IsSubtype(a.ob_type, T.dict) || !PyType_IsSubtype(b.ob_type, T.dict)) return Py_NewRef(rt.NotImplemented);
    const d = a.ob_type.tp_iter === T.dict.tp_iter ? PyDict_Copy(rt, a as PyDictObject) : PyDict_New(rt);
    try {
      if (a.ob_type.tp_iter !== T.dict.tp_iter) dict_update_from(rt, d, a, [], []);
      dict_update_from(rt, d, b, [], []);
    } catch (e) {
      Py_DECREF(d);
      throw e;
    }
    return d;
  };
  // views
  for (const [t, what] of [[T.dict_keys, 'keys'], [T.dict_values, 'values'], [T.dict_items, 'items']] as const) {
    t.tp_dealloc = view_dealloc;
    t.tp_traverse = view_traverse;
    t.mp_length = (o) => ((o as PyDictViewObject).dv_dict as PyDictObject).ma_used;
    const itType = what === 'keys' ? T.dict_keyiterator : what === 'values' ? T.dict_valueiterator : T.dict_itemiterator;
    t.tp_iter = what === 'items'
      ? (o) => dictiter_new_items(rt, itType, (o as PyDictViewObject).dv_dict as PyDictObject, false)
      : (o) => newDictView(rt, itType, (o as PyDictViewObject).dv_dict as PyDictObject);
    t.tp_repr = (o) => {
      const items = iterateToArray(o);
      try {
        return rt.newStr(`${t.tp_name}([${items.map((x) => reprOf(x)).join(', ')}])`);
      } finally {
        for (const x of items) Py_DECREF(x);
      }
    };
    const revType = what === 'keys' ? T.dict_reversekeyiterator : what === 'values' ? T.dict_reversevalueiterator : T.dict_reverseitemiterator;
    t.tp_methods = [
      { name: '__reversed__', fn: (self) => newDictReverseIter(rt, revType, (self as PyDictViewObject).dv_dict as PyDictObject) },
    ];
    if (what !== 'values') {
      // dictviews_to_set: a keys view is made into a set from its dict (presized by its length)
      const toSet = (o: PyObject): PySetObject => make_new_set_basetype(rt, T.set, o.ob_type === T.dict_keys ? ((o as PyDictViewObject).dv_dict as PyDictObject) : o);
      const viewOp = (f: (res: PySetObject, other: PyObject) => void) => (a: PyObject, b: PyObject): PyObject => filledOrReleased(toSet(a), (res) => f(res, b));
      t.nb_or = viewOp((res, other) => set_update_internal(rt, res, other));
      t.nb_subtract = viewOp((res, other) => set_difference_update_internal(rt, res, other));
      t.nb_xor = viewOp((res, other) => set_symmetric_difference_update(rt, res, other));
      // _PyDictView_Intersect: iterate the smaller side, keep what the view contains
      t.nb_and = (a, b) => {
        let self = a;
        let other = b;
        const isView = (o: PyObject): boolean => o.ob_type === T.dict_keys || o.ob_type === T.dict_items;
        if (!isView(self)) [self, other] = [other, self];
        const lenSelf = (self.ob_type.mp_length as (o: PyObject) => number)(self);
        if (isView(other) && (other.ob_type.mp_length as (o: PyObject) => number)(other) > lenSelf) [self, other] = [other, self];
        const contains = self.ob_type.sq_contains as (o: PyObject, v: PyObject) => boolean;
        return filledOrReleased(make_new_set_basetype(rt, T.set, null), (res) => {
          const items = iterateToArray(other);
          try {
            for (const x of items) if (contains(self, x)) PySet_AddSteal(rt, res, Py_NewRef(x));
          } finally {
            for (const x of items) Py_DECREF(x);
          }
        });
      };
      t.tp_methods.push({ name: 'isdisjoint', fn: (self, args) => {
        const items = iterateToArray(args[0] as PyObject);
        try {
          const contains = self.ob_type.sq_contains as (o: PyObject, v: PyObject) => boolean;
          return rt.newBool(!items.some((x) => contains(self, x)));
        } finally {
          for (const x of items) Py_DECREF(x);
        }
      } });
      // dictviews_richcompare: set-like equality with other views and sets
      t.tp_richcompare = (a, b, op) => {
        const isSetLike = b.ob_type === T.dict_keys || b.ob_type === T.dict_items || PyType_IsSubtype(b.ob_type, T.set) || PyType_IsSubtype(b.ob_type, T.frozenset);
        if ((op !== Py_EQ && op !== Py_NE) || !isSetLike) return Py_NewRef(rt.NotImplemented);
        const la = a.ob_type.mp_length?.(a) ?? 0;
        const lb = b.ob_type.mp_length?.(b) ?? 0;
        let eq = la === lb;
        if (eq) {
          const items = iterateToArray(b);
          try {
            eq = items.every((x) => (a.ob_type.sq_contains as (o: PyObject, v: PyObject) => boolean)(a, x));
          } finally {
            for (const x of items) Py_DECREF(x);
          }
        }
        return rt.newBool(op === Py_EQ ? eq : !eq);
      };
      t.sq_contains = (o, v) => {
        const d = (o as PyDictViewObject).dv_dict as PyDictObject;
        if (what === 'keys') return dict_lookup(rt, d, v) >= 0;
        if (v.ob_type !== T.tuple || (v as PyTupleObject).ob_item.length !== 2) return false;
        const [k, val] = (v as PyTupleObject).ob_item as [PyObject, PyObject];
        const w = PyDict_GetItem(rt, d, k);
        return w !== null && (w === val || PyObject_RichCompareBool(w, val, Py_EQ));
      };
    }
  }
  // dictiter_iternext* walk the entries forwards, dictreviter_iternext backwards
  const iterators = [
    [T.dict_keyiterator, 'keys', false], [T.dict_valueiterator, 'values', false], [T.dict_itemiterator, 'items', false],
    [T.dict_reversekeyiterator, 'keys', true], [T.dict_reversevalueiterator, 'values', true], [T.dict_reverseitemiterator, 'items', true],
  ] as const;
  for (const [t, what, reverse] of iterators) {
    t.tp_dealloc = what === 'items' ? dictiter_items_dealloc : view_dealloc;
    t.tp_traverse = what === 'items' ? dictiter_items_traverse : view_traverse;
    t.tp_iter = (o) => Py_NewRef(o);
    t.tp_iternext = (o) => {
      const it = o as PyDictViewObject;
      const d = it.dv_dict;
      if (d === null) return null;
      if (d.ma_used !== it.di_used) {
        it.di_used = -1;
        throw PyErr.format(rt, T.RuntimeError, 'dictionary changed size during iteration');
      }
      const keys = d.ma_keys;
      while (keys !== null && (reverse ? it.di_pos >= 0 : it.di_pos < keys.dk_nentries)) {
        const i = reverse ? it.di_pos-- : it.di_pos++;
        const k = keys.ek[i];
        if (k === null || k === undefined) continue;
        it.di_len--;
        if (what === 'keys') return Py_NewRef(k);
        const v = keys.ev[i] as PyObject;
        if (what === 'values') return Py_NewRef(v);
        return dictiter_item(rt, it, k, v);
      }
      it.dv_dict = null;
      Py_DECREF(d);
      return null;
    };
    t.tp_methods = [{ name: '__length_hint__', fn: (self) => rt.newInt(Math.max(0, (self as PyDictViewObject).di_len)) }];
  }
}
