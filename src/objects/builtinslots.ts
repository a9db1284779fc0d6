// The slots and methods of the core builtin types: object, type, None, NotImplemented,
// Ellipsis, functions, methods, cells, code, modules, the descriptor types, super and the
// exceptions (CPython 3.11's typeobject.c, object.c, funcobject.c, classobject.c,
// descrobject.c, moduleobject.c, exceptions.c). The value types install themselves from
// numbertypes.ts, seqtypes.ts and dicttype.ts; iterators from iterobjects.ts.
// Start at installBuiltinSlots.

import {
  type PyObject, type PyTypeObject, Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, PyType_IsSubtype,
  Py_TPFLAGS_HEAPTYPE, Py_EQ, Py_NE, type NbBinarySlot, Py_TPFLAGS_LIST_SUBCLASS,
} from './object.js';
import type { Runtime } from './runtime.js';
import type { BuiltinTypes } from './typeobject.js';
import {
  object_repr, object_str, object_hash, object_richcompare, PyObject_GenericGetAttr, PyObject_GenericSetAttr,
  object_new, object_init, type_getattro, type_setattro, type_call, type_repr, type_dealloc, type_traverse, type_clear,
  method_descr_get, method_descr_call, wrapper_descr_get, wrapper_descr_call, getset_get, getset_set, member_get,
  member_set, func_descr_get, method_call, staticmethod_get, classmethod_get, property_get, property_set, type_new,
  _PyType_Lookup, newStaticMethod, PyType_GenericAlloc, call_method_maybe,
} from './typeobject.js';
import { PyErr } from './pyerr.js';
import {
  cfunction_call, cfunction_dealloc, cfunction_traverse, descr_dealloc, descr_traverse, PyCFunctionObject,
  PyMethodDescrObject, PyWrapperDescrObject, PyGetSetDescrObject, PyMemberDescrObject, PyStaticMethodObject,
  PyPropertyObject, property_dealloc, property_traverse, staticmethod_dealloc, staticmethod_traverse, checkArgs,
} from './descrobject.js';
import {
  PyFunctionObject, PyMethod_New, func_dealloc, func_traverse, func_clear, PyMethodObject, method_dealloc, method_traverse,
  PyCellObject, cell_dealloc, cell_traverse, cell_clear, code_dealloc, type PyCodeObject,
} from './funcobject.js';
import {
  exception_dealloc, exception_traverse, exception_clear, PyBaseExceptionObject, installExceptionMembers, exceptionArgs, PyTraceBackObject,
  traceback_dealloc, traceback_traverse, traceback_clear,
} from './exceptions.js';
import { PyTuple_New, type PyTupleObject } from './tupleobject.js';
import { type PyDictObject, PyDict_New, PyDict_GetItemString, PyDict_SetItem, dict_each } from './dictobject.js';
import { isStr, type PyUnicodeObject } from './unicodeobject.js';
import { INPLACE_DUNDER as INPLACE_NAMES, _PyLong_AsIntArg, PyObject_GetAttrOpt, PyObject_GetAttr, PyObject_SetAttr, PyObject_CallBorrowed } from './abstract.js';
import {
  PyObject_Call, PyObject_Repr, reprOf, strOf, hexAddr, PyObject_GetIter, PyIter_Next, PyObject_RichCompareBool,
  PyObject_GetItem, PyNumber_AsIndexValue, PyNumber_AsSsize_t, PyObject_Hash,
} from './abstract.js';
import { _PyObject_GC_TRACK, _PyObject_GC_UNTRACK } from '../gc/gclist.js';
import { installNumberTypes } from './numbertypes.js';
import { installSeqTypes, list_extend_iterable, tuple_repeat, list_repeat, str_repeat, type PyListObject } from './seqtypes.js';
import { PyList_AppendSteal } from './listobject.js';
import { installDictType } from './dicttype.js';
import { installSetTypes } from './setobject.js';
import { installRangeTypes } from './rangeobject.js';
import { installIterTypes, PySeqIter_New as seqiterNew } from './iterobjects.js';
import type { PyLongObject } from './longobject.js';
import { installBytesType, bytes_concat, bytes_repeat } from './bytesobject.js';
import { installByteArrayType, bytearray_iconcat, bytearray_irepeat, type PyByteArrayObject } from './bytearrayobject.js';
import { installComplexType } from './complexobject.js';

export const PySeqIter_New = seqiterNew;

function noneRepr(rt: Runtime, s: string): (o: PyObject) => PyObject {
  return () => rt.newStr(s);
}

/** A module object: a __dict__ and a name. */
export function PyModule_New(rt: Runtime, name: string, file: string | null): PyObject {
  const t = rt.types.module;
  const m = PyType_GenericAlloc(t, 0);
  const d = PyDict_New(rt);
  m.ob_dict = d;
  setStr(rt, d, '__name__', rt.newStr(name));
  setStr(rt, d, '__doc__', Py_NewRef(rt.None));
  setStr(rt, d, '__package__', Py_NewRef(rt.None));
  setStr(rt, d, '__loader__', Py_NewRef(rt.None));
  setStr(rt, d, '__spec__', Py_NewRef(rt.None));
  if (file !== null) setStr(rt, d, '__file__', rt.newStr(file));
  return m;
}

function setStr(rt: Runtime, d: PyDictObject, k: string, v: PyObject): void {
  rt.dictSetStr(d, k, v);
}

function moduleName(m: PyObject): string {
  const d = m.ob_dict as PyDictObject | null;
  const n = d === null ? null : PyDict_GetItemString(d, '__name__');
  return n !== null && isStr(n) ? n.ob_sval : '?';
}

export function installBuiltinSlots(rt: Runtime, T: BuiltinTypes): void {
  // object
  const O = T.object;
  O.tp_repr = object_repr;
  O.tp_str = object_str;
  O.tp_hash = object_hash;
  O.tp_richcompare = object_richcompare;
  O.tp_getattro = PyObject_GenericGetAttr;
  O.tp_setattro = PyObject_GenericSetAttr;
  O.tp_new = object_new;
  O.tp_init = object_init;
  O.tp_getset = [
    { name: '__class__', get: (o) => Py_NewRef(o.ob_type) },
  ];
  O.tp_methods = [
    { name: '__format__', fn: (self, args) => {
      checkArgs(rt, '__format__', args, null, 1, 1);
      const spec = args[0] as PyObject;
      if (isStr(spec) && spec.ob_sval !== '') throw PyErr.format(rt, T.TypeError, `unsupported format string passed to ${self.ob_type.tp_name}.__format__`);
      return rt.str(self);
    } },
    { name: '__init_subclass__', flags: 'class', fn: () => Py_NewRef(rt.None) },
    { name: '__sizeof__', fn: (self) => rt.newInt(self.ob_type.tp_basicsize) },
    { name: '__dir__', fn: (self) => rt.dirOf(self) },
    // object___reduce_ex___impl: a class's own __reduce__ wins; else _common_reduce
    { name: '__reduce_ex__', fn: (self, args) => {
      checkArgs(rt, '__reduce_ex__', args, null, 1, 1);
      const proto = _PyLong_AsIntArg(args[0] as PyObject);
      const reduce = PyObject_GetAttrOpt(self, '__reduce__');
      if (reduce !== null) {
        let override: boolean;
        const clsreduce = PyObject_GetAttr(self.ob_type, '__reduce__');
        try {
          override = clsreduce !== rt.dictGetStr(O.tp_dict as PyDictObject, '__reduce__');
        } finally {
          Py_DECREF(clsreduce);
        }
        try {
          if (override) return PyObject_CallBorrowed(reduce, []);
        } finally {
          Py_DECREF(reduce);
        }
      }
      return commonReduce(self, proto);
    } },
    { name: '__reduce__', fn: (self) => commonReduce(self, 0) },
    // object___getstate___impl: object_getstate_default(self, required=0)
    { name: '__getstate__', fn: (self) => copyregCall('_getstate', [self, rt.False]) },
  ];
  /** A function of the copyreg module (Lib/copyreg.py, frozen in src/modules/copy-py.ts). */
  const copyregCall = (name: string, args: PyObject[]): PyObject => {
    const m = rt.interpHooks.importModule('copyreg');
    try {
      const f = PyObject_GetAttr(m, name);
      try {
        return PyObject_CallBorrowed(f, args);
      } finally {
        Py_DECREF(f);
      }
    } finally {
      Py_DECREF(m);
    }
  };
  /** _common_reduce: reduce_newobj for protocol 2 and later, copyreg._reduce_ex before. */
  const commonReduce = (self: PyObject, proto: number): PyObject => {
    if (proto >= 2) return copyregCall('_reduce_newobj', [self]);
    const p = rt.newInt(proto);
    try {
      return copyregCall('_reduce_ex', [self, p]);
    } finally {
      Py_DECREF(p);
    }
  };
  // type
  const Ty = T.type;
  Ty.tp_getattro = type_getattro;
  Ty.tp_setattro = type_setattro;
  Ty.tp_call = type_call;
  Ty.tp_repr = type_repr;
  Ty.tp_dealloc = type_dealloc;
  Ty.tp_traverse = type_traverse;
  Ty.tp_clear = type_clear;
  // type_init: type(name, bases, ns, **kw) accepts the class statement's keywords
  Ty.tp_init = (_self, args, kw) => {
    const nkw = kw?.length ?? 0;
    const npos = args.length - nkw;
    if (npos === 1 && nkw > 0) throw PyErr.format(rt, T.TypeError, 'type.__init__() takes no keyword arguments');
    if (npos !== 1 && npos !== 3) throw PyErr.format(rt, T.TypeError, 'type.__init__() takes 1 or 3 arguments');
  };
  Ty.tp_new = (type, args, kw) => {
    const nkw = kw?.length ?? 0;
    if (args.length - nkw !== 3) throw PyErr.format(rt, T.TypeError, 'type() takes 1 or 3 arguments');
    const [name, bases, ns] = args as [PyObject, PyObject, PyObject];
    const initKw = nkw > 0 ? { names: (kw as readonly string[]).slice(), values: args.slice(3) } : null;
    if (!isStr(name)) throw PyErr.format(rt, T.TypeError, `type.__new__() argument 1 must be str, not ${name.ob_type.tp_name}`);
    if (bases.ob_type !== T.tuple) throw PyErr.format(rt, T.TypeError, `type.__new__() argument 2 must be tuple, not ${bases.ob_type.tp_name}`);
    if (ns.ob_type !== T.dict) throw PyErr.format(rt, T.TypeError, `type.__new__() argument 3 must be dict, not ${ns.ob_type.tp_name}`);
    const mod = PyDict_GetItemString(ns as PyDictObject, '__module__');
    const qn = PyDict_GetItemString(ns as PyDictObject, '__qualname__');
    return type_new(rt, name.ob_sval, (bases as PyTupleObject).ob_item, ns as PyDictObject, qn !== null && isStr(qn) ? qn.ob_sval : name.ob_sval, mod !== null && isStr(mod) ? mod.ob_sval : rt.currentModuleName(), type, initKw);
  };
  Ty.tp_getset = [
    { name: '__name__', get: (o) => rt.newStr((o as PyTypeObject).tp_flags & Py_TPFLAGS_HEAPTYPE ? (o as PyTypeObject).tp_name : shortName(o as PyTypeObject)) },
    { name: '__qualname__', get: (o) => rt.newStr((o as PyTypeObject).ht_qualname || shortName(o as PyTypeObject)) },
    { name: '__mro__', get: (o) => Py_NewRef((o as PyTypeObject).tp_mro ?? rt.None) },
    { name: '__bases__', get: (o) => Py_NewRef((o as PyTypeObject).tp_bases ?? rt.None) },
    { name: '__base__', get: (o) => Py_NewRef((o as PyTypeObject).tp_base ?? rt.None) },
    { name: '__dict__', get: (o) => Py_NewRef((o as PyTypeObject).tp_dict ?? rt.None) },
    { name: '__module__', get: (o) => {
      const t = o as PyTypeObject;
      const m = t.tp_dict === null ? null : PyDict_GetItemString(t.tp_dict as PyDictObject, '__module__');
      if (m !== null && t.tp_flags & Py_TPFLAGS_HEAPTYPE) return Py_NewRef(m);
      // type_module: a static type's module is the dotted prefix of its tp_name
      const dot = t.tp_name.lastIndexOf('.');
      return rt.newStr(dot >= 0 ? t.tp_name.slice(0, dot) : 'builtins');
    } },
    { name: '__doc__', get: (o) => {
      const t = o as PyTypeObject;
      const d = t.tp_dict === null ? null : PyDict_GetItemString(t.tp_dict as PyDictObject, '__doc__');
      return Py_NewRef(d ?? rt.None);
    } },
  ];
  Ty.tp_methods = [
    { name: 'mro', fn: (self) => rt.newList((self as PyTypeObject).mro.map((t) => Py_NewRef(t))) },
    { name: '__subclasses__', fn: (self) => rt.newList((self as PyTypeObject).tp_subclasses.map((t) => Py_NewRef(t))) },
    { name: '__instancecheck__', fn: (self, args) => rt.newBool(PyType_IsSubtype((args[0] as PyObject).ob_type, self as PyTypeObject)) },
    { name: '__subclasscheck__', fn: (self, args) => rt.newBool(PyType_IsSubtype(args[0] as PyTypeObject, self as PyTypeObject)) },
  ];
  // None & co
  T.NoneType.tp_repr = noneRepr(rt, 'None');
  T.NoneType.nb_bool = () => false;
  T.NotImplementedType.tp_repr = noneRepr(rt, 'NotImplemented');
  T.ellipsis.tp_repr = noneRepr(rt, 'Ellipsis');
  // functions
  const F = T.function;
  F.tp_alloc = (type, n) => new PyFunctionObject(type, rt.allocObject(type, n));
  F.tp_call = (c, a, k) => rt.hooks.callFunction(c, a, k);
  F.tp_descr_get = func_descr_get;
  F.tp_repr = (o) => rt.newStr(`<function ${(o as PyFunctionObject).func_qualname} at ${hexAddr(o.ob_addr)}>`);
  F.tp_dealloc = func_dealloc;
  F.tp_traverse = func_traverse;
  F.tp_clear = func_clear;
  F.dictSlot = true;
  F.tp_getset = [
    { name: '__name__', get: (o) => rt.newStr((o as PyFunctionObject).func_name), set: (o, v) => {
      if (v === null || !isStr(v)) throw PyErr.format(rt, T.TypeError, '__name__ must be set to a string object');
      (o as PyFunctionObject).func_name = v.ob_sval;
    } },
    { name: '__qualname__', get: (o) => rt.newStr((o as PyFunctionObject).func_qualname), set: (o, v) => {
      if (v === null || !isStr(v)) throw PyErr.format(rt, T.TypeError, '__qualname__ must be set to a string object');
      (o as PyFunctionObject).func_qualname = v.ob_sval;
    } },
    { name: '__defaults__', get: (o) => Py_NewRef((o as PyFunctionObject).func_defaults ?? rt.None), set: (o, v) => {
      const f = o as PyFunctionObject;
      const old = f.func_defaults;
      f.func_defaults = v === null || v === rt.None ? null : Py_NewRef(v);
      Py_XDECREF(old);
    } },
    { name: '__kwdefaults__', get: (o) => Py_NewRef((o as PyFunctionObject).func_kwdefaults ?? rt.None) },
    { name: '__closure__', get: (o) => Py_NewRef((o as PyFunctionObject).func_closure ?? rt.None) },
    { name: '__code__', get: (o) => Py_NewRef((o as PyFunctionObject).func_code ?? rt.None) },
    { name: '__globals__', get: (o) => Py_NewRef((o as PyFunctionObject).func_globals ?? rt.None) },
    { name: '__builtins__', get: (o) => Py_NewRef((o as PyFunctionObject).func_builtins ?? rt.None) },
    { name: '__doc__', get: (o) => Py_NewRef((o as PyFunctionObject).func_doc ?? rt.None), set: (o, v) => {
      const f = o as PyFunctionObject;
      const old = f.func_doc;
      f.func_doc = v === null ? null : Py_NewRef(v);
      Py_XDECREF(old);
    } },
    { name: '__module__', get: (o) => Py_NewRef((o as PyFunctionObject).func_module ?? rt.None), set: (o, v) => {
      const f = o as PyFunctionObject;
      const old = f.func_module;
      f.func_module = v === null ? null : Py_NewRef(v);
      Py_XDECREF(old);
    } },
    { name: '__dict__', get: (o) => {
      if (o.ob_dict === null) o.ob_dict = PyDict_New(rt);
      return Py_NewRef(o.ob_dict);
    } },
    // func_get_annotations: made a dict on first read (from MAKE_FUNCTION's name/value tuple,
    // or empty) and kept; func_set_annotations takes a dict or None
    { name: '__annotations__', get: (o) => {
      const f = o as PyFunctionObject;
      const a = f.func_annotations;
      if (a === null || PyType_IsSubtype(a.ob_type, T.tuple)) {
        const d = PyDict_New(rt);
        if (a !== null) {
          const items = (a as PyTupleObject).ob_item;
          for (let i = 0; i + 1 < items.length; i += 2) PyDict_SetItem(rt, d, items[i] as PyObject, items[i + 1] as PyObject);
          f.func_annotations = null;
          Py_DECREF(a);
        }
        f.func_annotations = d;
      }
      return Py_NewRef(f.func_annotations as PyObject);
    }, set: (o, v) => {
      const f = o as PyFunctionObject;
      if (v === rt.None) v = null;
      if (v !== null && !PyType_IsSubtype(v.ob_type, T.dict)) throw PyErr.format(rt, T.TypeError, '__annotations__ must be set to a dict object');
      const old = f.func_annotations;
      f.func_annotations = v === null ? null : Py_NewRef(v);
      Py_XDECREF(old);
    } },
  ];
  // bound methods
  const M = T.method;
  M.tp_alloc = (type, n) => new PyMethodObject(type, rt.allocObject(type, n));
  M.tp_call = method_call;
  // method_new: types.MethodType(function, instance)
  M.tp_new = (_type, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) throw PyErr.format(rt, T.TypeError, 'method() takes no keyword arguments');
    if (args.length !== 2) throw PyErr.format(rt, T.TypeError, `method expected 2 arguments, got ${args.length}`);
    const [func, self] = args as [PyObject, PyObject];
    if (func.ob_type.tp_call === null) throw PyErr.format(rt, T.TypeError, 'first argument must be callable');
    if (self === rt.None) throw PyErr.format(rt, T.TypeError, 'instance must not be None');
    return PyMethod_New(rt, func, self);
  };
  M.tp_dealloc = method_dealloc;
  M.tp_traverse = method_traverse;
  M.tp_descr_get = (d) => Py_NewRef(d);
  M.tp_repr = (o) => {
    const m = o as PyMethodObject;
    const f = m.im_func as PyObject;
    const name = f.ob_type === T.function ? (f as PyFunctionObject).func_qualname : '?';
    return rt.newStr(`<bound method ${name} of ${reprOf(m.im_self as PyObject)}>`);
  };
  M.tp_richcompare = (a, b, op) => {
    if ((op !== Py_EQ && op !== Py_NE) || b.ob_type !== T.method) return Py_NewRef(rt.NotImplemented);
    const x = a as PyMethodObject;
    const y = b as PyMethodObject;
    const eq = x.im_func === y.im_func && x.im_self === y.im_self;
    return rt.newBool(op === Py_EQ ? eq : !eq);
  };
  M.tp_hash = (o) => object_hash((o as PyMethodObject).im_self as PyObject) ^ PyObject_Hash((o as PyMethodObject).im_func as PyObject);
  M.tp_getattro = (o, name) => {
    const m = o as PyMethodObject;
    if (name === '__self__') return Py_NewRef(m.im_self as PyObject);
    if (name === '__func__') return Py_NewRef(m.im_func as PyObject);
    const d = _PyType_Lookup(T.method, name);
    if (d !== null) return PyObject_GenericGetAttr(o, name);
    return rt.getAttr(m.im_func as PyObject, name);
  };
  // cells
  const C = T.cell;
  C.tp_alloc = (type, n) => new PyCellObject(type, rt.allocObject(type, n));
  C.tp_dealloc = cell_dealloc;
  C.tp_traverse = cell_traverse;
  C.tp_clear = cell_clear;
  C.tp_repr = (o) => {
    const v = (o as PyCellObject).ob_ref;
    return rt.newStr(v === null ? `<cell at ${hexAddr(o.ob_addr)}: empty>` : `<cell at ${hexAddr(o.ob_addr)}: ${v.ob_type.tp_name} object at ${hexAddr(v.ob_addr)}>`);
  };
  C.tp_getset = [{ name: 'cell_contents', get: (o) => {
    const v = (o as PyCellObject).ob_ref;
    if (v === null) throw PyErr.format(rt, T.ValueError, 'Cell is empty');
    return Py_NewRef(v);
  } }];
  // code
  T.code.tp_dealloc = code_dealloc;
  T.code.tp_repr = (o) => {
    const c = o as PyCodeObject;
    return rt.newStr(`<code object ${c.co_name} at ${hexAddr(o.ob_addr)}, file "${c.co_filename}", line ${c.co_firstlineno}>`);
  };
  T.code.tp_getset = [
    { name: 'co_name', get: (o) => rt.newStr((o as PyCodeObject).co_name) },
    { name: 'co_filename', get: (o) => rt.newStr((o as PyCodeObject).co_filename) },
    { name: 'co_firstlineno', get: (o) => rt.newInt((o as PyCodeObject).co_firstlineno) },
  ];
  // modules
  const Mo = T.module;
  Mo.dictSlot = true;
  Mo.tp_repr = (o) => {
    const d = o.ob_dict as PyDictObject | null;
    const f = d === null ? null : PyDict_GetItemString(d, '__file__');
    return rt.newStr(f !== null && isStr(f) ? `<module '${moduleName(o)}' from '${f.ob_sval}'>` : `<module '${moduleName(o)}' (built-in)>`);
  };
  Mo.tp_getattro = (o, name) => {
    const d = o.ob_dict as PyDictObject | null;
    if (d !== null) {
      const v = PyDict_GetItemString(d, name);
      if (v !== null) return Py_NewRef(v);
    }
    const descr = _PyType_Lookup(o.ob_type, name);
    if (descr !== null) return PyObject_GenericGetAttr(o, name);
    throw PyErr.format(rt, T.AttributeError, `module '${moduleName(o)}' has no attribute '${name}'`);
  };
  Mo.tp_dealloc = (o) => {
    _PyObject_GC_UNTRACK(o);
    if (o.ob_weakreflist !== null) rt.clearWeakRefs(o);
    const d = o.ob_dict;
    o.ob_dict = null;
    rt.PyObject_Free(o);
    Py_XDECREF(d);
    Py_DECREF(o.ob_type === T.module ? T.module : o.ob_type);
  };
  Mo.tp_traverse = (o, visit, arg) => (o.ob_dict !== null ? visit(o.ob_dict, arg) : 0);
  Mo.tp_clear = (o) => {
    const d = o.ob_dict;
    o.ob_dict = null;
    Py_XDECREF(d);
  };
  Mo.tp_getset = [{ name: '__dict__', get: (o) => Py_NewRef(o.ob_dict ?? rt.None) }];
  // builtin functions / methods
  const B = T.builtin_function_or_method;
  B.tp_alloc = (type, n) => new PyCFunctionObject(type, rt.allocObject(type, n));
  B.tp_call = cfunction_call;
  B.tp_dealloc = cfunction_dealloc;
  B.tp_traverse = cfunction_traverse;
  B.tp_repr = (o) => {
    const f = o as PyCFunctionObject;
    if (f.m_self === null || f.m_self.ob_type === T.module) return rt.newStr(`<built-in function ${f.m_name}>`);
    return rt.newStr(`<built-in method ${f.m_name} of ${f.m_self.ob_type.tp_name} object at ${hexAddr(f.m_self.ob_addr)}>`);
  };
  B.tp_getset = [
    { name: '__name__', get: (o) => rt.newStr((o as PyCFunctionObject).m_name) },
    { name: '__qualname__', get: (o) => {
      const f = o as PyCFunctionObject;
      return rt.newStr(f.m_typename !== null ? `${f.m_typename}.${f.m_name}` : f.m_name);
    } },
    { name: '__self__', get: (o) => Py_NewRef((o as PyCFunctionObject).m_self ?? rt.None) },
  ];
  // descr_members / descr_getset: what every descriptor of a builtin type tells about itself
  const descrGetset = (): { name: string; get: (o: PyObject) => PyObject }[] => [
    { name: '__objclass__', get: (o) => Py_NewRef((o as PyMethodDescrObject).d_type ?? rt.None) },
    { name: '__name__', get: (o) => rt.newStr((o as PyMethodDescrObject).d_name) },
    { name: '__qualname__', get: (o) => {
      const d = o as PyMethodDescrObject;
      return rt.newStr(`${(d.d_type as PyTypeObject).tp_name}.${d.d_name}`);
    } },
  ];
  for (const t of [T.method_descriptor, T.classmethod_descriptor]) {
    t.tp_alloc = (type, n) => new PyMethodDescrObject(type, rt.allocObject(type, n));
    t.tp_descr_get = method_descr_get;
    t.tp_call = method_descr_call;
    t.tp_dealloc = descr_dealloc;
    t.tp_traverse = descr_traverse;
    t.tp_repr = (o) => {
      const d = o as PyMethodDescrObject;
      return rt.newStr(`<method '${d.d_name}' of '${(d.d_type as PyTypeObject).tp_name}' objects>`);
    };
    t.tp_getset = descrGetset();
  }
  const W = T.wrapper_descriptor;
  W.tp_alloc = (type, n) => new PyWrapperDescrObject(type, rt.allocObject(type, n));
  W.tp_descr_get = wrapper_descr_get;
  W.tp_call = wrapper_descr_call;
  W.tp_dealloc = descr_dealloc;
  W.tp_traverse = descr_traverse;
  W.tp_repr = (o) => {
    const d = o as PyWrapperDescrObject;
    return rt.newStr(`<slot wrapper '${d.d_name}' of '${(d.d_type as PyTypeObject).tp_name}' objects>`);
  };
  W.tp_getset = descrGetset();
  const G = T.getset_descriptor;
  G.tp_alloc = (type, n) => new PyGetSetDescrObject(type, rt.allocObject(type, n));
  G.tp_descr_get = getset_get;
  G.tp_descr_set = getset_set;
  G.tp_dealloc = descr_dealloc;
  G.tp_traverse = descr_traverse;
  G.tp_repr = (o) => {
    const d = o as PyGetSetDescrObject;
    return rt.newStr(`<attribute '${d.d_name}' of '${(d.d_type as PyTypeObject).tp_name}' objects>`);
  };
  G.tp_getset = descrGetset();
  const Me = T.member_descriptor;
  Me.tp_alloc = (type, n) => new PyMemberDescrObject(type, rt.allocObject(type, n));
  Me.tp_descr_get = member_get;
  Me.tp_descr_set = member_set;
  Me.tp_dealloc = descr_dealloc;
  Me.tp_traverse = descr_traverse;
  Me.tp_repr = (o) => {
    const d = o as PyMemberDescrObject;
    return rt.newStr(`<member '${d.d_name}' of '${(d.d_type as PyTypeObject).tp_name}' objects>`);
  };
  // staticmethod / classmethod
  for (const [t, get] of [[T.staticmethod, staticmethod_get], [T.classmethod, classmethod_get]] as const) {
    t.tp_alloc = (type, n) => new PyStaticMethodObject(type, rt.allocObject(type, n));
    t.tp_descr_get = get;
    t.tp_dealloc = staticmethod_dealloc;
    t.tp_traverse = staticmethod_traverse;
    t.tp_new = (type, args, kw) => {
      checkArgs(rt, t.tp_name, args, kw, 1, 1);
      const o = newStaticMethod(rt, type, args[0] as PyObject);
      if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
      return o;
    };
    t.tp_getset = [
      { name: '__func__', get: (o) => Py_NewRef((o as PyStaticMethodObject).sm_callable ?? rt.None) },
      { name: '__wrapped__', get: (o) => Py_NewRef((o as PyStaticMethodObject).sm_callable ?? rt.None) },
      { name: '__isabstractmethod__', get: () => Py_NewRef(rt.False) },
    ];
    t.tp_repr = (o) => rt.newStr(`<${t.tp_name}(${reprOf((o as PyStaticMethodObject).sm_callable as PyObject)})>`);
  }
  T.staticmethod.tp_call = (c, a, k) => PyObject_Call((c as PyStaticMethodObject).sm_callable as PyObject, a, k);
  // property
  const P = T.property;
  P.tp_alloc = (type, n) => new PyPropertyObject(type, rt.allocObject(type, n));
  P.tp_descr_get = property_get;
  P.tp_descr_set = property_set;
  P.tp_dealloc = property_dealloc;
  P.tp_traverse = property_traverse;
  P.tp_new = (type) => PyType_GenericAlloc(type, 0);
  P.tp_init = (self, args, kw) => {
    const p = self as PyPropertyObject;
    const names = ['fget', 'fset', 'fdel', 'doc'];
    const vals: (PyObject | null)[] = [null, null, null, null];
    const npos = args.length - (kw?.length ?? 0);
    for (let i = 0; i < npos; i++) vals[i] = args[i] as PyObject;
    for (let i = 0; i < (kw?.length ?? 0); i++) {
      const j = names.indexOf((kw as readonly string[])[i] as string);
      if (j < 0) throw PyErr.format(rt, T.TypeError, `property() got an unexpected keyword argument '${(kw as readonly string[])[i] as string}'`);
      vals[j] = args[npos + i] as PyObject;
    }
    const norm = (v: PyObject | null): PyObject | null => (v === null || v === rt.None ? null : Py_NewRef(v));
    p.prop_get = norm(vals[0] ?? null);
    p.prop_set = norm(vals[1] ?? null);
    p.prop_del = norm(vals[2] ?? null);
    p.prop_doc = norm(vals[3] ?? null);
    if (p.prop_get !== null && p.prop_get.ob_type === T.function) p.prop_name = (p.prop_get as PyFunctionObject).func_name;
    // property_init: without a doc argument, the getter's __doc__ is the property's
    if (p.prop_doc === null && p.prop_get !== null && p.prop_get.ob_type === T.function) p.prop_doc = norm((p.prop_get as PyFunctionObject).func_doc ?? null);
  };
  const propCopy = (self: PyObject, which: number, v: PyObject): PyObject => {
    const p = self as PyPropertyObject;
    const fs = [p.prop_get, p.prop_set, p.prop_del];
    fs[which] = v;
    const args = fs.map((f) => Py_NewRef(f ?? rt.None));
    args.push(Py_NewRef(p.prop_doc ?? rt.None));
    return PyObject_Call(self.ob_type, args, null);
  };
  P.tp_methods = [
    { name: 'getter', fn: (self, args) => propCopy(self, 0, args[0] as PyObject) },
    { name: 'setter', fn: (self, args) => propCopy(self, 1, args[0] as PyObject) },
    { name: 'deleter', fn: (self, args) => propCopy(self, 2, args[0] as PyObject) },
    { name: '__set_name__', fn: (self, args) => {
      const n = args[1] as PyObject;
      if (isStr(n)) (self as PyPropertyObject).prop_name = n.ob_sval;
      return Py_NewRef(rt.None);
    } },
  ];
  P.tp_getset = [
    { name: 'fget', get: (o) => Py_NewRef((o as PyPropertyObject).prop_get ?? rt.None) },
    { name: 'fset', get: (o) => Py_NewRef((o as PyPropertyObject).prop_set ?? rt.None) },
    { name: 'fdel', get: (o) => Py_NewRef((o as PyPropertyObject).prop_del ?? rt.None) },
    { name: '__doc__', get: (o) => Py_NewRef((o as PyPropertyObject).prop_doc ?? rt.None) },
  ];
  installSuper(rt, T);
  installExceptions(rt, T);
  installNumberTypes(rt, T);
  installSeqTypes(rt, T);
  installBytesType(rt, T);
  installByteArrayType(rt, T);
  installComplexType(rt, T);
  installDictType(rt, T);
  installIterTypes(rt, T);
  installRangeTypes(rt, T);
  installSetTypes(rt, T);
}

function shortName(t: PyTypeObject): string {
  const i = t.tp_name.lastIndexOf('.');
  return i >= 0 ? t.tp_name.slice(i + 1) : t.tp_name;
}

interface SuperFields {
  sup_type: PyTypeObject | null;
  sup_obj: PyObject | null;
  sup_objtype: PyTypeObject | null;
}

function installSuper(rt: Runtime, T: BuiltinTypes): void {
  const S = T.super;
  S.tp_new = (type) => {
    const o = PyType_GenericAlloc(type, 0) as PyObject & SuperFields;
    o.sup_type = null;
    o.sup_obj = null;
    o.sup_objtype = null;
    return o;
  };
  S.tp_init = (self, args, kw) => {
    const s = self as PyObject & SuperFields;
    if (kw !== null && kw.length > 0) throw PyErr.format(rt, T.TypeError, 'super() takes no keyword arguments');
    let type: PyObject;
    let obj: PyObject | null;
    if (args.length === 0) {
      const zero = rt.superZeroArgs();
      type = zero[0];
      obj = zero[1];
    } else {
      type = args[0] as PyObject;
      obj = args.length > 1 ? (args[1] as PyObject) : null;
      if (obj === rt.None) obj = null;
    }
    if (!PyType_IsSubtype(type.ob_type, T.type)) throw PyErr.format(rt, T.TypeError, `super() argument 1 must be a type, not ${type.ob_type.tp_name}`);
    let objtype: PyTypeObject | null = null;
    if (obj !== null) {
      if (PyType_IsSubtype(obj.ob_type, T.type) && PyType_IsSubtype(obj as PyTypeObject, type as PyTypeObject)) objtype = obj as PyTypeObject;
      else if (PyType_IsSubtype(obj.ob_type, type as PyTypeObject)) objtype = obj.ob_type;
      else throw PyErr.format(rt, T.TypeError, 'super(type, obj): obj must be an instance or subtype of type');
    }
    s.sup_type = Py_NewRef(type as PyTypeObject);
    s.sup_obj = obj === null ? null : Py_NewRef(obj);
    s.sup_objtype = objtype === null ? null : Py_NewRef(objtype);
  };
  S.tp_getattro = (self, name) => {
    const s = self as PyObject & SuperFields;
    const starttype = s.sup_objtype;
    if (starttype !== null && name !== '__class__') {
      const mro = starttype.mro;
      let i = mro.indexOf(s.sup_type as PyTypeObject) + 1;
      for (; i < mro.length; i++) {
        const d = (mro[i] as PyTypeObject).tp_dict as PyDictObject;
        const v = PyDict_GetItemString(d, name);
        if (v !== null) {
          const get = v.ob_type.tp_descr_get;
          if (get !== null) return get(v, s.sup_obj === starttype ? null : s.sup_obj, starttype);
          return Py_NewRef(v);
        }
      }
    }
    return PyObject_GenericGetAttr(self, name);
  };
  S.tp_dealloc = (o) => {
    const s = o as PyObject & SuperFields;
    _PyObject_GC_UNTRACK(o);
    const refs = [s.sup_obj, s.sup_type, s.sup_objtype];
    s.sup_obj = s.sup_type = s.sup_objtype = null;
    rt.PyObject_Free(o);
    for (const r of refs) Py_XDECREF(r);
  };
  S.tp_traverse = (o, visit, arg) => {
    const s = o as PyObject & SuperFields;
    for (const r of [s.sup_obj, s.sup_type, s.sup_objtype]) {
      if (r !== null) {
        const v = visit(r, arg);
        if (v !== 0) return v;
      }
    }
    return 0;
  };
  S.tp_repr = (o) => {
    const s = o as PyObject & SuperFields;
    return rt.newStr(`<super: <class '${s.sup_type?.tp_name ?? 'NULL'}'>, ${s.sup_objtype === null ? 'NULL' : `<${s.sup_objtype.tp_name} object>`}>`);
  };
}

// ---- exceptions ----------------------------------------------------------------------------

function installExceptions(rt: Runtime, T: BuiltinTypes): void {
  const E = T.BaseException;
  E.dictSlot = true;
  E.tp_new = (type, args) => {
    const o = PyType_GenericAlloc(type, 0) as PyBaseExceptionObject;
    for (const a of args) Py_INCREF(a);
    o.args = PyTuple_New(rt, args.slice(0, args.length));
    return o;
  };
  E.tp_init = (self, args, kw) => {
    if (kw !== null && kw.length > 0 && self.ob_type.tp_init === E.tp_init) throw PyErr.format(rt, T.TypeError, `${self.ob_type.tp_name}() takes no keyword arguments`);
    const o = self as PyBaseExceptionObject;
    const npos = args.length - (kw?.length ?? 0);
    const pos = args.slice(0, npos);
    for (const a of pos) Py_INCREF(a);
    const old = o.args;
    o.args = PyTuple_New(rt, pos);
    Py_XDECREF(old);
  };
  E.tp_dealloc = exception_dealloc;
  E.tp_traverse = exception_traverse;
  E.tp_clear = exception_clear;
  E.tp_repr = (o) => {
    const args = exceptionArgs(o);
    const name = o.ob_type.tp_flags & Py_TPFLAGS_HEAPTYPE ? o.ob_type.tp_name : o.ob_type.tp_name;
    if (args.length === 1) return rt.newStr(`${name}(${reprOf(args[0] as PyObject)})`);
    const a = (o as PyBaseExceptionObject).args;
    return rt.newStr(`${name}${a === null ? '()' : reprOf(a)}`);
  };
  E.tp_str = (o) => {
    const args = exceptionArgs(o);
    if (args.length === 0) return rt.newStr('');
    if (args.length === 1) return rt.str(args[0] as PyObject);
    return PyObject_Repr((o as PyBaseExceptionObject).args as PyObject);
  };
  E.tp_getset = [
    { name: 'args', get: (o) => Py_NewRef((o as PyBaseExceptionObject).args ?? rt.emptyTuple), set: (o, v) => {
      const e = o as PyBaseExceptionObject;
      const items = v === null ? [] : rt.iterate(v);
      const old = e.args;
      e.args = PyTuple_New(rt, items);
      Py_XDECREF(old);
    } },
    { name: '__traceback__', get: (o) => Py_NewRef((o as PyBaseExceptionObject).traceback ?? rt.None), set: (o, v) => {
      if (v !== null && v !== rt.None && v.ob_type !== T.traceback) throw PyErr.format(rt, T.TypeError, '__traceback__ must be a traceback or None');
      const e = o as PyBaseExceptionObject;
      const old = e.traceback;
      e.traceback = v === null || v === rt.None ? null : Py_NewRef(v);
      Py_XDECREF(old);
    } },
    { name: '__context__', get: (o) => Py_NewRef((o as PyBaseExceptionObject).context ?? rt.None), set: (o, v) => {
      const e = o as PyBaseExceptionObject;
      const old = e.context;
      e.context = v === null || v === rt.None ? null : Py_NewRef(v);
      Py_XDECREF(old);
    } },
    { name: '__cause__', get: (o) => Py_NewRef((o as PyBaseExceptionObject).cause ?? rt.None), set: (o, v) => {
      const e = o as PyBaseExceptionObject;
      const old = e.cause;
      e.cause = v === null || v === rt.None ? null : Py_NewRef(v);
      e.suppress_context = true;
      Py_XDECREF(old);
    } },
    { name: '__suppress_context__', get: (o) => rt.newBool((o as PyBaseExceptionObject).suppress_context), set: (o, v) => {
      (o as PyBaseExceptionObject).suppress_context = v !== null && v === rt.True;
    } },
    { name: '__dict__', get: (o) => {
      if (o.ob_dict === null) o.ob_dict = PyDict_New(rt);
      return Py_NewRef(o.ob_dict);
    } },
  ];
  E.tp_methods = [
    { name: 'with_traceback', fn: (self, args) => {
      checkArgs(rt, 'with_traceback', args, null, 1, 1);
      const v = args[0] as PyObject;
      const e = self as PyBaseExceptionObject;
      const old = e.traceback;
      e.traceback = v === rt.None ? null : Py_NewRef(v);
      Py_XDECREF(old);
      return Py_NewRef(self);
    } },
    // BaseException_add_note (PEP 678): the note joins the __notes__ list, made on first use
    { name: 'add_note', fn: (self, args) => {
      checkArgs(rt, 'add_note', args, null, 1, 1);
      const note = args[0] as PyObject;
      if (!isStr(note)) throw PyErr.format(rt, T.TypeError, `note must be a str, not '${note.ob_type.tp_name}'`);
      let notes = PyObject_GetAttrOpt(self, '__notes__');
      if (notes === null) {
        notes = rt.newList([]);
        try {
          PyObject_SetAttr(self, '__notes__', notes);
        } catch (err) {
          Py_DECREF(notes);
          throw err;
        }
      }
      try {
        if (!PyType_IsSubtype(notes.ob_type, T.list)) throw PyErr.format(rt, T.TypeError, 'Cannot add note: __notes__ is not a list');
        PyList_AppendSteal(rt, notes as PyListObject, Py_NewRef(note));
      } finally {
        Py_DECREF(notes);
      }
      return Py_NewRef(rt.None);
    } },
    // BaseException_reduce: (type, args), with the instance dict when it has anything in it
    { name: '__reduce__', fn: (self, args) => {
      checkArgs(rt, '__reduce__', args, null, 0, 0);
      const e = self as PyBaseExceptionObject;
      const a = e.args === null ? rt.newTuple([]) : Py_NewRef(e.args);
      const d = self.ob_dict as PyDictObject | null;
      if (d !== null && d.ma_used > 0) return rt.newTuple([Py_NewRef(self.ob_type), a, Py_NewRef(d)]);
      return rt.newTuple([Py_NewRef(self.ob_type), a]);
    } },
    // BaseException_setstate: each item of a state dict becomes an attribute
    { name: '__setstate__', fn: (self, args) => {
      checkArgs(rt, '__setstate__', args, null, 1, 1);
      const state = args[0] as PyObject;
      if (state === rt.None) return Py_NewRef(rt.None);
      if (!PyType_IsSubtype(state.ob_type, T.dict)) throw PyErr.format(rt, T.TypeError, 'state is not a dictionary');
      const items: [PyObject, PyObject][] = [];
      dict_each(state as PyDictObject, (k, v) => { items.push([Py_NewRef(k), Py_NewRef(v)]); });
      try {
        for (const [k, v] of items) {
          if (!isStr(k)) throw PyErr.format(rt, T.TypeError, `attribute name must be string, not '${k.ob_type.tp_name}'`);
          PyObject_SetAttr(self, k.ob_sval, v);
        }
      } finally {
        for (const [k, v] of items) { Py_DECREF(k); Py_DECREF(v); }
      }
      return Py_NewRef(rt.None);
    } },
  ];
  const TB = T.traceback;
  TB.tp_alloc = (type, n) => new PyTraceBackObject(type, rt.allocObject(type, n));
  TB.tp_dealloc = traceback_dealloc;
  TB.tp_traverse = traceback_traverse;
  TB.tp_clear = traceback_clear;
  TB.tp_getset = [
    { name: 'tb_next', get: (o) => Py_NewRef((o as PyTraceBackObject).tb_next ?? rt.None) },
    { name: 'tb_frame', get: (o) => Py_NewRef((o as PyTraceBackObject).tb_frame ?? rt.None) },
    { name: 'tb_lineno', get: (o) => rt.newInt((o as PyTraceBackObject).tb_lineno) },
  ];
  const firstArgOrNone = (o: PyObject): PyObject => {
    const a = exceptionArgs(o);
    return Py_NewRef(a.length > 0 ? (a[0] as PyObject) : rt.None);
  };
  T.StopIteration.tp_getset = [{ name: 'value', get: firstArgOrNone }];
  // AttributeError.name / .obj and NameError.name (set where the lookup failed)
  const excName = (o: PyObject): PyObject => {
    const n = (o as PyBaseExceptionObject).attr_name;
    return n === null ? Py_NewRef(rt.None) : rt.newStr(n);
  };
  T.AttributeError.tp_getset = [
    { name: 'name', get: excName },
    { name: 'obj', get: (o) => Py_NewRef((o as PyBaseExceptionObject).attr_obj ?? rt.None) },
  ];
  T.NameError.tp_getset = [{ name: 'name', get: excName }];
  T.SystemExit.tp_getset = [{ name: 'code', get: (o) => {
    const a = exceptionArgs(o);
    if (a.length === 0) return Py_NewRef(rt.None);
    if (a.length === 1) return Py_NewRef(a[0] as PyObject);
    return Py_NewRef((o as PyBaseExceptionObject).args as PyObject);
  } }];
  T.KeyError.tp_str = (o) => {
    const a = exceptionArgs(o);
    if (a.length === 1) return PyObject_Repr(a[0] as PyObject);
    return (E.tp_str as (o: PyObject) => PyObject)(o);
  };
  const nameGet = (o: PyObject): PyObject => firstArgOrNone(o);
  T.ImportError.tp_getset = [{ name: 'name', get: () => Py_NewRef(rt.None) }, { name: 'msg', get: nameGet }];
  installExceptionMembers(rt, T);
}

// ---- helpers the runtime exposes --------------------------------------------------------------

/** Concatenation and repetition of the builtin sequences (sq_concat / sq_repeat). */
export function sequence_op(rt: Runtime, v: PyObject, w: PyObject, slot: 'nb_add' | 'nb_multiply'): PyObject | null {
  const T = rt.types;
  const seqName = (o: PyObject): string | null => {
    if (PyType_IsSubtype(o.ob_type, T.str)) return 'str';
    if (PyType_IsSubtype(o.ob_type, T.list)) return 'list';
    if (PyType_IsSubtype(o.ob_type, T.tuple)) return 'tuple';
    if (PyType_IsSubtype(o.ob_type, T.bytes)) return 'bytes';
    if (PyType_IsSubtype(o.ob_type, T.bytearray)) return 'bytearray';
    return null;
  };
  if (slot === 'nb_add') {
    const n = seqName(v);
    if (n === null) return null;
    if (n === 'bytes' || n === 'bytearray') return bytes_concat(rt, v, w);
    if (n === 'str') throw PyErr.format(rt, T.TypeError, `can only concatenate str (not "${w.ob_type.tp_name}") to str`);
    throw PyErr.format(rt, T.TypeError, `can only concatenate ${n} (not "${w.ob_type.tp_name}") to ${n}`);
  }
  let seq = v;
  let count = w;
  if (seqName(v) === null) {
    seq = w;
    count = v;
  }
  const n = seqName(seq);
  if (n === null) return null;
  if (count.ob_type.nb_index === null) throw PyErr.format(rt, T.TypeError, `can't multiply sequence by non-int of type '${count.ob_type.tp_name}'`);
  const times = PyNumber_AsSsize_t(count, T.OverflowError);
  if (n === 'str') return str_repeat(rt, seq as PyUnicodeObject, times);
  if (n === 'list') return list_repeat(rt, seq as PyListObject, times);
  if (n === 'bytes' || n === 'bytearray') return bytes_repeat(rt, seq, times);
  return tuple_repeat(rt, seq as PyTupleObject, times);
}

/** The __i*__ protocol: list += / *= in place, heap types' __iadd__ & co. null: no in-place op. */
export function inplace_op(rt: Runtime, v: PyObject, w: PyObject, slot: NbBinarySlot): PyObject | null {
  const T = rt.types;
  if ((v.ob_type.tp_flags & Py_TPFLAGS_LIST_SUBCLASS) !== 0 && (v.ob_type === T.list || _PyType_Lookup(v.ob_type, INPLACE_NAMES[slot]) === _PyType_Lookup(T.list, INPLACE_NAMES[slot]))) {
    if (slot === 'nb_add') {
      list_extend_iterable(rt, v as PyListObject, w);
      return Py_NewRef(v);
    }
    if (slot === 'nb_multiply') {
      const times = PyNumber_AsSsize_t(w, T.OverflowError);
      const l = v as PyListObject;
      const r = list_repeat(rt, l, times) as PyListObject;
      rt.listSetItems(l, r);
      Py_DECREF(r);
      return Py_NewRef(v);
    }
  }
  if (v.ob_type === T.bytearray && (slot === 'nb_add' || slot === 'nb_multiply')) {
    // sq_inplace_concat / sq_inplace_repeat: resize in place (bytearray_iconcat, bytearray_irepeat)
    if (slot === 'nb_add') bytearray_iconcat(rt, v as PyByteArrayObject, w);
    else {
      if (w.ob_type.nb_index === null) throw PyErr.format(rt, T.TypeError, `can't multiply sequence by non-int of type '${w.ob_type.tp_name}'`);
      bytearray_irepeat(rt, v as PyByteArrayObject, PyNumber_AsSsize_t(w, T.OverflowError));
    }
    return Py_NewRef(v);
  }
  // builtin types with in-place methods: set (|= &= -= ^=) and dict (|=)
  if ((v.ob_type.tp_flags & Py_TPFLAGS_HEAPTYPE) === 0 && v.ob_type !== T.set && v.ob_type !== T.dict) return null;
  const name = INPLACE_NAMES[slot];
  if (name === '') return null;
  return call_method_maybe(v, name, [w]);
}

export function len_result(rt: Runtime, r: PyObject): number {
  const T = rt.types;
  if (!PyType_IsSubtype(r.ob_type, T.int)) throw PyErr.format(rt, T.TypeError, `'${r.ob_type.tp_name}' object cannot be interpreted as an integer`);
  const v = (r as PyLongObject).ob_ival;
  if (typeof v !== 'number') throw PyErr.format(rt, T.OverflowError, 'cannot fit \'int\' into an index-sized integer');
  if (v < 0) throw PyErr.format(rt, T.ValueError, '__len__() should return >= 0');
  return v;
}

export function contains_by_iteration(rt: Runtime, o: PyObject, v: PyObject): boolean {
  const it = PyObject_GetIter(o);
  try {
    for (;;) {
      const x = PyIter_Next(it);
      if (x === null) return false;
      const eq = x === v || PyObject_RichCompareBool(x, v, Py_EQ);
      Py_DECREF(x);
      if (eq) return true;
    }
  } finally {
    Py_DECREF(it);
  }
}

export { strOf, PyObject_GetItem };
