// Types: CPython 3.11's Objects/typeobject.c. Start at createBuiltinTypes (the static types,
// made per runtime), then type_new (a `class` statement), _PyType_Lookup (MRO walk, cached),
// PyObject_GenericGetAttr / PyObject_GenericSetAttr (descriptors, then inline values), and
// subtype_dealloc (__del__ once, weakrefs, slots, values, base dealloc, DECREF of the class).
//
// Slots of heap types: fixup_slot_dispatchers fills each tp_*/nb_* slot either with the
// builtin slot a base type provides (when the dunder found on the MRO is that base's slot
// wrapper) or with a generic slot_* function that looks the dunder up and calls it.
// Builtin types expose their slots as dunders through wrapper descriptors (add_operators).

import {
  PyObject, PyTypeObject, type PyMethodDef, type PyCFunction, type visitproc,
  Py_DECREF, Py_INCREF, Py_XDECREF, Py_NewRef, PyType_IsSubtype,
  Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_MANAGED_DICT,
  Py_TPFLAGS_TYPE_SUBCLASS, Py_TPFLAGS_LONG_SUBCLASS, Py_TPFLAGS_LIST_SUBCLASS, Py_TPFLAGS_TUPLE_SUBCLASS,
  Py_TPFLAGS_UNICODE_SUBCLASS, Py_TPFLAGS_DICT_SUBCLASS, Py_TPFLAGS_BASE_EXC_SUBCLASS, GP_TPFLAGS_WEAKREFS,
  IMMORTAL_REFCNT, NB_BINARY_SLOTS, type NbBinarySlot, Py_EQ, Py_NE, PyTrash_UNWIND_LEVEL, _Py_Dealloc, ADDR_NO_CODE,
} from './object.js';
import { type Runtime, preHeaderSize } from './runtime.js';
import { addrCodeAdd } from '../obmalloc/addrcode.js';
import { PyErr } from './pyerr.js';
import { GCHead, _PyObject_GC_IS_TRACKED, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, _PyObject_GC_Unlink, _PyGC_FINALIZED, _PyGC_SET_FINALIZED } from '../gc/gclist.js';
import { PyTuple_New, PyTuple_Pack2, type PyTupleObject, tuple_dealloc, tuple_dealloc_keep } from './tupleobject.js';
import {
  type PyDictObject, PyDict_New, PyDict_GetItemString, PyDict_SetItemSteal, dict_lookup_string, dict_each,
  dict_del_entry,
} from './dictobject.js';
import { PyUnicode_FromString, PyUnicode_InternFromString, type PyUnicodeObject, isStr } from './unicodeobject.js';
import {
  PyMethodDescrObject, PyWrapperDescrObject, PyGetSetDescrObject, PyMemberDescrObject,
  PyStaticMethodObject, PyPropertyObject, newDescr, PyCFunction_New, callBuiltin,
} from './descrobject.js';
import { type PyMethodObject, PyMethod_New } from './funcobject.js';
import {
  PyObject_Call, PyObject_Repr, hexAddr, PyObject_IsTrue, reprOf, PyObject_HashNotImplemented,
} from './abstract.js';
import { EXCEPTION_HIERARCHY, EXCEPTION_BASICSIZE, exceptionAlloc } from './exceptions.js';
import { installBuiltinSlots } from './builtinslots.js';

/** Every builtin type of one runtime. */
export class BuiltinTypes {
  readonly all: PyTypeObject[] = [];
  readonly byName = new Map<string, PyTypeObject>();
  type!: PyTypeObject;
  object!: PyTypeObject;
  int!: PyTypeObject;
  bool!: PyTypeObject;
  float!: PyTypeObject;
  complex!: PyTypeObject;
  str!: PyTypeObject;
  bytes!: PyTypeObject;
  bytearray!: PyTypeObject;
  bytes_iterator!: PyTypeObject;
  bytearray_iterator!: PyTypeObject;
  tuple!: PyTypeObject;
  list!: PyTypeObject;
  dict!: PyTypeObject;
  set!: PyTypeObject;
  frozenset!: PyTypeObject;
  set_iterator!: PyTypeObject;
  NoneType!: PyTypeObject;
  NotImplementedType!: PyTypeObject;
  ellipsis!: PyTypeObject;
  function!: PyTypeObject;
  method!: PyTypeObject;
  cell!: PyTypeObject;
  code!: PyTypeObject;
  module!: PyTypeObject;
  builtin_function_or_method!: PyTypeObject;
  method_descriptor!: PyTypeObject;
  classmethod_descriptor!: PyTypeObject;
  wrapper_descriptor!: PyTypeObject;
  getset_descriptor!: PyTypeObject;
  member_descriptor!: PyTypeObject;
  staticmethod!: PyTypeObject;
  classmethod!: PyTypeObject;
  property!: PyTypeObject;
  super!: PyTypeObject;
  list_iterator!: PyTypeObject;
  list_reverseiterator!: PyTypeObject;
  tuple_iterator!: PyTypeObject;
  str_iterator!: PyTypeObject;
  dict_keys!: PyTypeObject;
  dict_values!: PyTypeObject;
  dict_items!: PyTypeObject;
  dict_keyiterator!: PyTypeObject;
  dict_valueiterator!: PyTypeObject;
  dict_itemiterator!: PyTypeObject;
  dict_reversekeyiterator!: PyTypeObject;
  dict_reversevalueiterator!: PyTypeObject;
  dict_reverseitemiterator!: PyTypeObject;
  iterator!: PyTypeObject;
  range!: PyTypeObject;
  range_iterator!: PyTypeObject;
  longrange_iterator!: PyTypeObject;
  slice!: PyTypeObject;
  generator!: PyTypeObject;
  frame!: PyTypeObject;
  traceback!: PyTypeObject;
  enumerate!: PyTypeObject;
  zip!: PyTypeObject;
  map!: PyTypeObject;
  filter!: PyTypeObject;
  reversed!: PyTypeObject;
  BaseException!: PyTypeObject;
  Exception!: PyTypeObject;
  SystemExit!: PyTypeObject;
  KeyboardInterrupt!: PyTypeObject;
  GeneratorExit!: PyTypeObject;
  StopIteration!: PyTypeObject;
  ArithmeticError!: PyTypeObject;
  OverflowError!: PyTypeObject;
  ZeroDivisionError!: PyTypeObject;
  AssertionError!: PyTypeObject;
  AttributeError!: PyTypeObject;
  ImportError!: PyTypeObject;
  ModuleNotFoundError!: PyTypeObject;
  LookupError!: PyTypeObject;
  IndexError!: PyTypeObject;
  KeyError!: PyTypeObject;
  MemoryError!: PyTypeObject;
  NameError!: PyTypeObject;
  UnboundLocalError!: PyTypeObject;
  RuntimeError!: PyTypeObject;
  NotImplementedError!: PyTypeObject;
  RecursionError!: PyTypeObject;
  SyntaxError!: PyTypeObject;
  SystemError!: PyTypeObject;
  TypeError!: PyTypeObject;
  ValueError!: PyTypeObject;
  UnicodeDecodeError!: PyTypeObject;
  UnicodeEncodeError!: PyTypeObject;
  UnicodeTranslateError!: PyTypeObject;
  OSError!: PyTypeObject;
  ReferenceError!: PyTypeObject;
  EOFError!: PyTypeObject;
}

const GC = Py_TPFLAGS_HAVE_GC;
const BASE = Py_TPFLAGS_BASETYPE;

/** Creates the static types of a runtime: bare type objects with their slots set. */
export function createBuiltinTypes(rt: Runtime): BuiltinTypes {
  const T = new BuiltinTypes();
  const mk = (name: string, base: PyTypeObject | null, basicsize: number, itemsize: number, flags: number): PyTypeObject => {
    const t = new PyTypeObject(rt, T.type ?? null, rt.allocStatic(904), name, IMMORTAL_REFCNT);
    t.tp_base = base;
    t.tp_basicsize = basicsize;
    t.tp_itemsize = itemsize;
    t.tp_flags = flags;
    T.all.push(t);
    T.byName.set(name, t);
    return t;
  };
  T.type = mk('type', null, 904, 40, GC | BASE | Py_TPFLAGS_TYPE_SUBCLASS | GP_TPFLAGS_WEAKREFS);
  T.type.dictSlot = true;
  T.type.ob_type = T.type;
  T.object = mk('object', null, 16, 0, BASE);
  T.type.tp_base = T.object;
  // object must be readied before type (its MRO and slots are type's base's)
  T.all.reverse();
  T.int = mk('int', T.object, 24, 4, BASE | Py_TPFLAGS_LONG_SUBCLASS);
  T.bool = mk('bool', T.int, 24, 4, Py_TPFLAGS_LONG_SUBCLASS);
  T.float = mk('float', T.object, 24, 0, BASE);
  T.complex = mk('complex', T.object, 32, 0, BASE);
  T.str = mk('str', T.object, 80, 0, BASE | Py_TPFLAGS_UNICODE_SUBCLASS);
  T.bytes = mk('bytes', T.object, 33, 1, BASE);
  T.bytearray = mk('bytearray', T.object, 56, 0, BASE);
  T.bytes_iterator = mk('bytes_iterator', T.object, 32, 0, GC);
  T.bytearray_iterator = mk('bytearray_iterator', T.object, 32, 0, GC);
  T.tuple = mk('tuple', T.object, 24, 8, GC | BASE | Py_TPFLAGS_TUPLE_SUBCLASS);
  T.list = mk('list', T.object, 40, 0, GC | BASE | Py_TPFLAGS_LIST_SUBCLASS);
  T.dict = mk('dict', T.object, 48, 0, GC | BASE | Py_TPFLAGS_DICT_SUBCLASS);
  T.set = mk('set', T.object, 200, 0, GC | BASE | GP_TPFLAGS_WEAKREFS);
  T.frozenset = mk('frozenset', T.object, 200, 0, GC | BASE | GP_TPFLAGS_WEAKREFS);
  T.set_iterator = mk('set_iterator', T.object, 56, 0, GC);
  T.NoneType = mk('NoneType', T.object, 16, 0, 0);
  T.NotImplementedType = mk('NotImplementedType', T.object, 16, 0, 0);
  T.ellipsis = mk('ellipsis', T.object, 16, 0, 0);
  T.function = mk('function', T.object, 136, 0, GC | GP_TPFLAGS_WEAKREFS);
  T.method = mk('method', T.object, 48, 0, GC | GP_TPFLAGS_WEAKREFS);
  T.cell = mk('cell', T.object, 24, 0, GC);
  T.code = mk('code', T.object, 184, 2, GP_TPFLAGS_WEAKREFS);
  T.module = mk('module', T.object, 56, 0, GC | BASE | GP_TPFLAGS_WEAKREFS);
  T.builtin_function_or_method = mk('builtin_function_or_method', T.object, 56, 0, GC | GP_TPFLAGS_WEAKREFS);
  T.method_descriptor = mk('method_descriptor', T.object, 56, 0, GC);
  T.classmethod_descriptor = mk('classmethod_descriptor', T.object, 56, 0, GC);
  T.wrapper_descriptor = mk('wrapper_descriptor', T.object, 56, 0, GC);
  T.getset_descriptor = mk('getset_descriptor', T.object, 56, 0, GC);
  T.member_descriptor = mk('member_descriptor', T.object, 56, 0, GC);
  T.staticmethod = mk('staticmethod', T.object, 32, 0, GC | BASE);
  T.classmethod = mk('classmethod', T.object, 32, 0, GC | BASE);
  T.property = mk('property', T.object, 64, 0, GC | BASE);
  T.super = mk('super', T.object, 40, 0, GC | BASE);
  T.list_iterator = mk('list_iterator', T.object, 32, 0, GC);
  T.list_reverseiterator = mk('list_reverseiterator', T.object, 32, 0, GC);
  T.tuple_iterator = mk('tuple_iterator', T.object, 32, 0, GC);
  T.str_iterator = mk('str_ascii_iterator', T.object, 32, 0, GC);
  T.dict_keys = mk('dict_keys', T.object, 24, 0, GC);
  T.dict_values = mk('dict_values', T.object, 24, 0, GC);
  T.dict_items = mk('dict_items', T.object, 24, 0, GC);
  T.dict_keyiterator = mk('dict_keyiterator', T.object, 56, 0, GC);
  T.dict_valueiterator = mk('dict_valueiterator', T.object, 56, 0, GC);
  T.dict_itemiterator = mk('dict_itemiterator', T.object, 56, 0, GC);
  T.dict_reversekeyiterator = mk('dict_reversekeyiterator', T.object, 56, 0, GC);
  T.dict_reversevalueiterator = mk('dict_reversevalueiterator', T.object, 56, 0, GC);
  T.dict_reverseitemiterator = mk('dict_reverseitemiterator', T.object, 56, 0, GC);
  T.iterator = mk('iterator', T.object, 32, 0, GC);
  T.range = mk('range', T.object, 48, 0, 0);
  T.range_iterator = mk('range_iterator', T.object, 48, 0, 0);
  T.slice = mk('slice', T.object, 40, 0, GC);
  T.generator = mk('generator', T.object, 152, 8, GC | GP_TPFLAGS_WEAKREFS);
  T.frame = mk('frame', T.object, 120, 8, GC);
  T.traceback = mk('traceback', T.object, 40, 0, GC);
  T.enumerate = mk('enumerate', T.object, 56, 0, GC | BASE);
  T.zip = mk('zip', T.object, 48, 0, GC | BASE);
  T.map = mk('map', T.object, 32, 0, GC | BASE);
  T.filter = mk('filter', T.object, 32, 0, GC | BASE);
  T.reversed = mk('reversed', T.object, 32, 0, GC | BASE);
  const exc = T as unknown as Record<string, PyTypeObject>;
  for (const [name, baseName] of EXCEPTION_HIERARCHY) {
    const base = baseName === null ? T.object : (T.byName.get(baseName) as PyTypeObject);
    const t = mk(name, base, EXCEPTION_BASICSIZE.get(name) ?? (baseName === null ? 72 : base.tp_basicsize), 0, GC | BASE | Py_TPFLAGS_BASE_EXC_SUBCLASS);
    t.tp_alloc = exceptionAlloc;
    t.dictSlot = true; // BaseException.__dict__ is at tp_dictoffset, inherited by every builtin exception
    exc[name] = t;
  }
  // after the exceptions, so that no older static address moves
  T.longrange_iterator = mk('longrange_iterator', T.object, 48, 0, 0);
  for (const t of T.all) t.ob_type = T.type;
  for (const t of [T.list, T.tuple, T.dict, T.set, T.frozenset, T.method, T.builtin_function_or_method, T.frame, T.traceback]) t.tp_trashcan = true;
  for (const [name] of EXCEPTION_HIERARCHY) (T.byName.get(name) as PyTypeObject).tp_trashcan = true;
  installBuiltinSlots(rt, T);
  return T;
}

/** The slot fields inherited from the base when a type leaves them unset (inherit_slots). */
export const INHERITED_SLOTS = [
  'tp_dealloc', 'tp_traverse', 'tp_clear', 'tp_finalize', 'tp_repr', 'tp_str', 'tp_hash',
  'tp_richcompare', 'tp_iter', 'tp_iternext', 'tp_call', 'tp_getattro', 'tp_setattro', 'tp_descr_get',
  'tp_descr_set', 'tp_new', 'tp_init', 'tp_alloc', ...NB_BINARY_SLOTS, 'nb_negative', 'nb_positive',
  'nb_absolute', 'nb_invert', 'nb_bool', 'nb_int', 'nb_float', 'nb_index', 'mp_length', 'mp_subscript',
  'mp_ass_subscript', 'sq_contains',
] as const;
type SlotName = (typeof INHERITED_SLOTS)[number];
type SlotTable = Record<SlotName, unknown>;

/**
 * Second phase, once str/tuple/dict work: MROs, bases, inherited slots, and each type's
 * namespace (method descriptors, getsets, slot wrappers). PyType_Ready for the static types.
 */
export function finishBuiltinTypes(rt: Runtime): void {
  const T = rt.types;
  for (const t of T.all) {
    const base = t.tp_base;
    if (base !== null) {
      const ts = t as unknown as SlotTable;
      const bs = base as unknown as SlotTable;
      for (const s of INHERITED_SLOTS) {
        if (ts[s] === null || (s === 'tp_alloc' && ts[s] === T.object.tp_alloc) || (s === 'tp_dealloc' && ts[s] === T.object.tp_dealloc && t !== T.object)) {
          if (s === 'tp_dealloc' && ts[s] !== T.object.tp_dealloc) continue;
          ts[s] = bs[s];
        }
      }
    }
    t.mro = base === null ? [t] : [t, ...base.mro];
    t.tp_mro = PyTuple_New(rt, t.mro.map((x) => Py_NewRef(x)));
    t.tp_bases = PyTuple_New(rt, base === null ? [] : [Py_NewRef(base)]);
    const d = PyDict_New(rt);
    t.tp_dict = d;
    add_operators(rt, t);
    for (const m of t.tp_methods) addMethod(rt, t, m);
    for (const g of t.tp_getset) {
      const descr = newDescr(rt, PyGetSetDescrObject, T.getset_descriptor, t, g.name);
      descr.d_get = g.get;
      descr.d_set = g.set ?? null;
      setDictString(rt, d, g.name, descr);
    }
    if (PyDict_GetItemString(d, '__doc__') === null) setDictString(rt, d, '__doc__', Py_NewRef(rt.None));
    t.identityHash = t.tp_hash === T.object.tp_hash && t.tp_richcompare === T.object.tp_richcompare;
  }
}

/** Stores value (stolen) under a str key made from name. */
export function setDictString(rt: Runtime, d: PyDictObject, name: string, value: PyObject): void {
  PyDict_SetItemSteal(rt, d, PyUnicode_FromString(rt, name), value);
}

/** Adds methods and getsets to an already finished type (types whose behaviour interp/ owns). */
export function PyType_AddMethods(rt: Runtime, t: PyTypeObject, methods: PyMethodDef[], getsets: import('./object.js').PyGetSetDef[]): void {
  for (const m of methods) addMethod(rt, t, m);
  for (const g of getsets) {
    const descr = newDescr(rt, PyGetSetDescrObject, rt.types.getset_descriptor, t, g.name);
    descr.d_get = g.get;
    descr.d_set = g.set ?? null;
    setDictString(rt, t.tp_dict as PyDictObject, g.name, descr);
  }
  add_operators(rt, t);
  PyType_Modified(t);
}

function addMethod(rt: Runtime, t: PyTypeObject, m: PyMethodDef): void {
  const T = rt.types;
  let v: PyObject;
  if (m.flags === 'static') {
    const fn = PyCFunction_New(rt, m.name, m.fn, null, t.tp_name);
    v = newStaticMethod(rt, T.staticmethod, fn);
    Py_DECREF(fn);
  } else {
    const descr = newDescr(rt, PyMethodDescrObject, m.flags === 'class' ? T.classmethod_descriptor : T.method_descriptor, t, m.name);
    descr.d_fn = m.fn;
    descr.d_flags = m.flags;
    if (m.flags === undefined) {
      descr.d_fn1 = m.fn1 ?? null;
      descr.d_fn2 = m.fn2 ?? null;
    }
    v = descr;
  }
  setDictString(rt, t.tp_dict as PyDictObject, m.name, v);
}

export function newStaticMethod(rt: Runtime, type: PyTypeObject, callable: PyObject): PyStaticMethodObject {
  const o = new PyStaticMethodObject(type, rt.allocObject(type, 0));
  Py_INCREF(callable);
  o.sm_callable = callable;
  _PyObject_GC_TRACK(rt.gc, o);
  return o;
}

// ---- slot <-> dunder table (slotdefs) ---------------------------------------------------------

interface SlotDef {
  dunder: string;
  slot: SlotName;
  /** the builtin slot seen as a method: called with borrowed self and args */
  wrap: (slotFn: unknown, self: PyObject, args: PyObject[]) => PyObject;
  /** the generic slot of heap types */
  heap: unknown;
  /** for reflected binary dunders (__radd__): the slot is called with swapped operands */
  reflected?: boolean;
}

function rtOf(o: PyObject): Runtime {
  return o.ob_type.rt;
}

function nargs(self: PyObject, args: PyObject[], n: number, name: string): void {
  if (args.length !== n) {
    const rt = rtOf(self);
    throw PyErr.format(rt, rt.types.TypeError, `expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
  }
  void name;
}

const DUNDER_OF_BINARY: Record<NbBinarySlot, [string, string]> = {
  nb_add: ['__add__', '__radd__'], nb_subtract: ['__sub__', '__rsub__'], nb_multiply: ['__mul__', '__rmul__'],
  nb_remainder: ['__mod__', '__rmod__'], nb_divmod: ['__divmod__', '__rdivmod__'], nb_power: ['__pow__', '__rpow__'],
  nb_lshift: ['__lshift__', '__rlshift__'], nb_rshift: ['__rshift__', '__rrshift__'], nb_and: ['__and__', '__rand__'],
  nb_xor: ['__xor__', '__rxor__'], nb_or: ['__or__', '__ror__'], nb_floor_divide: ['__floordiv__', '__rfloordiv__'],
  nb_true_divide: ['__truediv__', '__rtruediv__'], nb_matrix_multiply: ['__matmul__', '__rmatmul__'],
};

/** Looks `name` up on type(self) and calls it with self + args (borrowed); null if absent. */
export function call_method_maybe(self: PyObject, name: string, args: PyObject[]): PyObject | null {
  const descr = _PyType_Lookup(self.ob_type, name);
  if (descr === null) return null;
  return call_unbound(descr, self, args);
}

/** Calls a descriptor found on the type as a method of self, without making a bound method. */
export function call_unbound(descr: PyObject, self: PyObject, args: PyObject[]): PyObject {
  const rt = rtOf(self);
  const dt = descr.ob_type;
  if (dt === rt.types.function || dt === rt.types.method_descriptor || dt === rt.types.wrapper_descriptor) {
    const full = [self, ...args];
    for (const a of full) Py_INCREF(a);
    return PyObject_Call(descr, full, null);
  }
  const get = dt.tp_descr_get;
  let f: PyObject;
  if (get !== null) f = get(descr, self, self.ob_type);
  else f = Py_NewRef(descr);
  try {
    for (const a of args) Py_INCREF(a);
    return PyObject_Call(f, args.slice(), null);
  } finally {
    Py_DECREF(f);
  }
}

export function call_method(self: PyObject, name: string, args: PyObject[]): PyObject {
  const r = call_method_maybe(self, name, args);
  if (r === null) {
    const rt = rtOf(self);
    throw PyErr.format(rt, rt.types.AttributeError, name);
  }
  return r;
}

function makeBinarySlot(slot: NbBinarySlot): (a: PyObject, b: PyObject) => PyObject {
  const [op, rop] = DUNDER_OF_BINARY[slot];
  const fn = (self: PyObject, other: PyObject): PyObject => {
    // SLOT1BINFULL
    const rt = rtOf(self);
    const selfHas = (self.ob_type as unknown as SlotTable)[slot] === fn;
    let doOther = self.ob_type !== other.ob_type && (other.ob_type as unknown as SlotTable)[slot] === fn;
    if (selfHas) {
      if (doOther && PyType_IsSubtype(other.ob_type, self.ob_type) && _PyType_Lookup(other.ob_type, rop) !== _PyType_Lookup(self.ob_type, rop)) {
        const r = call_method_maybe(other, rop, [self]);
        if (r !== null) {
          if (r !== rt.NotImplemented) return r;
          Py_DECREF(r);
        }
        doOther = false;
      }
      const r = call_method_maybe(self, op, [other]);
      if (r !== null && (r !== rt.NotImplemented || self.ob_type === other.ob_type)) return r;
      if (r !== null) Py_DECREF(r);
    }
    if (doOther) {
      const r = call_method_maybe(other, rop, [self]);
      if (r !== null) return r;
    }
    return Py_NewRef(rt.NotImplemented);
  };
  return fn;
}

function slot_unary(name: string): (o: PyObject) => PyObject {
  return (o) => call_method(o, name, []);
}

function wrapUnary(f: unknown, self: PyObject, args: PyObject[]): PyObject {
  nargs(self, args, 0, '');
  return (f as (o: PyObject) => PyObject)(self);
}

function wrapBinary(f: unknown, self: PyObject, args: PyObject[]): PyObject {
  nargs(self, args, 1, '');
  return (f as (a: PyObject, b: PyObject) => PyObject)(self, args[0] as PyObject);
}

function wrapBinaryR(f: unknown, self: PyObject, args: PyObject[]): PyObject {
  nargs(self, args, 1, '');
  return (f as (a: PyObject, b: PyObject) => PyObject)(args[0] as PyObject, self);
}

function richWrap(op: number): (f: unknown, self: PyObject, args: PyObject[]) => PyObject {
  return (f, self, args) => {
    nargs(self, args, 1, '');
    return (f as (a: PyObject, b: PyObject, op: number) => PyObject)(self, args[0] as PyObject, op);
  };
}

const RICH_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const RICH_REFLECT = ['__gt__', '__ge__', '__eq__', '__ne__', '__lt__', '__le__'];

function slot_tp_richcompare(self: PyObject, other: PyObject, op: number): PyObject {
  const rt = rtOf(self);
  const r = call_method_maybe(self, RICH_NAMES[op] as string, [other]);
  if (r !== null) return r;
  void RICH_REFLECT;
  return Py_NewRef(rt.NotImplemented);
}

function slot_tp_repr(o: PyObject): PyObject {
  return call_method(o, '__repr__', []);
}

function slot_tp_str(o: PyObject): PyObject {
  return call_method(o, '__str__', []);
}

function slot_tp_hash(o: PyObject): number {
  const rt = rtOf(o);
  const descr = _PyType_Lookup(o.ob_type, '__hash__');
  if (descr === null || descr === rt.None) throw PyErr.format(rt, rt.types.TypeError, `unhashable type: '${o.ob_type.tp_name}'`);
  const r = call_unbound(descr, o, []);
  try {
    if ((r.ob_type.tp_flags & Py_TPFLAGS_LONG_SUBCLASS) === 0) throw PyErr.format(rt, rt.types.TypeError, '__hash__ method should return an integer');
    return rt.hashOf(r);
  } finally {
    Py_DECREF(r);
  }
}

function slot_tp_call(self: PyObject, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const rt = rtOf(self);
  const descr = _PyType_Lookup(self.ob_type, '__call__');
  if (descr === null) {
    for (const a of args) Py_DECREF(a);
    throw PyErr.format(rt, rt.types.TypeError, `'${self.ob_type.tp_name}' object is not callable`);
  }
  if (descr.ob_type === rt.types.function) {
    // _PyObject_MakeTpCall (an instance's class has no vectorcall), then _PyObject_Call_Prepend
    let argsTuple: PyObject | null = null;
    let kwdict: PyObject | null = null;
    try {
      argsTuple = _PyTuple_FromArray(rt, args, kwnames === null ? args.length : args.length - kwnames.length);
      if (kwnames !== null && kwnames.length > 0) kwdict = _PyStack_AsDict(rt, args, kwnames);
      return call_prepend(rt, descr, self, args, kwnames);
    } finally {
      if (argsTuple !== null) releaseArgsTuple(rt, argsTuple);
      if (kwdict !== null) Py_DECREF(kwdict);
      for (let i = 0; i < args.length; i++) Py_DECREF(args[i] as PyObject);
    }
  }
  const get = descr.ob_type.tp_descr_get;
  const f = get !== null ? get(descr, self, self.ob_type) : Py_NewRef(descr);
  try {
    return PyObject_Call(f, args, kwnames);
  } finally {
    Py_DECREF(f);
  }
}

function slot_tp_iter(o: PyObject): PyObject {
  const rt = rtOf(o);
  const descr = _PyType_Lookup(o.ob_type, '__iter__');
  if (descr === null || descr === rt.None) throw PyErr.format(rt, rt.types.TypeError, `'${o.ob_type.tp_name}' object is not iterable`);
  return call_unbound(descr, o, []);
}

function slot_tp_iternext(o: PyObject): PyObject | null {
  const rt = rtOf(o);
  try {
    return call_method(o, '__next__', []);
  } catch (e) {
    if (e instanceof PyErr && e.matches(rt.types.StopIteration)) {
      e.release();
      return null;
    }
    throw e;
  }
}

function slot_nb_bool(o: PyObject): boolean {
  const rt = rtOf(o);
  let r = call_method_maybe(o, '__bool__', []);
  if (r === null) {
    r = call_method_maybe(o, '__len__', []);
    if (r === null) return true;
    try {
      return rt.lenResult(r) !== 0;
    } finally {
      Py_DECREF(r);
    }
  }
  try {
    if (r !== rt.True && r !== rt.False) throw PyErr.format(rt, rt.types.TypeError, `__bool__ should return bool, returned ${r.ob_type.tp_name}`);
    return r === rt.True;
  } finally {
    Py_DECREF(r);
  }
}

function slot_mp_length(o: PyObject): number {
  const rt = rtOf(o);
  const r = call_method(o, '__len__', []);
  try {
    return rt.lenResult(r);
  } finally {
    Py_DECREF(r);
  }
}

function slot_mp_subscript(o: PyObject, k: PyObject): PyObject {
  return call_method(o, '__getitem__', [k]);
}

function slot_mp_ass_subscript(o: PyObject, k: PyObject, v: PyObject | null): void {
  const r = v === null ? call_method(o, '__delitem__', [k]) : call_method(o, '__setitem__', [k, v]);
  Py_DECREF(r);
}

function slot_sq_contains(o: PyObject, v: PyObject): boolean {
  const rt = rtOf(o);
  const descr = _PyType_Lookup(o.ob_type, '__contains__');
  if (descr === null) return rt.containsByIteration(o, v);
  const r = call_unbound(descr, o, [v]);
  try {
    return PyObject_IsTrue(r);
  } finally {
    Py_DECREF(r);
  }
}

function slot_tp_descr_get(self: PyObject, obj: PyObject | null, type: PyObject): PyObject {
  const rt = rtOf(self);
  return call_method(self, '__get__', [obj ?? rt.None, type]);
}

function slot_tp_descr_set(self: PyObject, obj: PyObject, v: PyObject | null): void {
  const r = v === null ? call_method(self, '__delete__', [obj]) : call_method(self, '__set__', [obj, v]);
  Py_DECREF(r);
}

/** slot_tp_finalize: runs __del__; an exception is unraisable ("Exception ignored in"). */
function slot_tp_finalize(self: PyObject): void {
  const rt = rtOf(self);
  const del = _PyType_Lookup(self.ob_type, '__del__');
  if (del === null) return;
  try {
    const r = call_unbound(del, self, []);
    Py_DECREF(r);
  } catch (e) {
    if (e instanceof PyErr) rt.hooks.writeUnraisable(e, del);
    else throw e;
  }
}

/** slot_tp_getattr_hook: __getattribute__, then __getattr__ on AttributeError. */
function slot_tp_getattr_hook(self: PyObject, name: string): PyObject {
  const rt = rtOf(self);
  const type = self.ob_type;
  const getattribute = _PyType_Lookup(type, '__getattribute__');
  const getattr = _PyType_Lookup(type, '__getattr__');
  const nameObj = (): PyObject => rt.newStr(name);
  const generic = getattribute === null || getattribute.ob_type === rt.types.wrapper_descriptor;
  try {
    if (generic) return PyObject_GenericGetAttr(self, name);
    const n = nameObj();
    try {
      return call_unbound(getattribute, self, [n]);
    } finally {
      Py_DECREF(n);
    }
  } catch (e) {
    if (getattr === null || !(e instanceof PyErr) || !e.matches(rt.types.AttributeError)) throw e;
    e.release();
  }
  const n = nameObj();
  try {
    return call_unbound(getattr as PyObject, self, [n]);
  } finally {
    Py_DECREF(n);
  }
}

function slot_tp_setattro(self: PyObject, name: string, v: PyObject | null): void {
  const n = rtOf(self).newStr(name);
  try {
    const r = v === null ? call_method(self, '__delattr__', [n]) : call_method(self, '__setattr__', [n, v]);
    Py_DECREF(r);
  } finally {
    Py_DECREF(n);
  }
}

/** slot_tp_init: __init__ must return None. */
function slot_tp_init(self: PyObject, args: PyObject[], kwnames: readonly string[] | null): void {
  const rt = rtOf(self);
  const init = _PyType_Lookup(self.ob_type, '__init__') as PyObject;
  let r: PyObject;
  if (init.ob_type === rt.types.function) {
    r = call_prepend(rt, init, self, args, kwnames);
  } else {
    const get = init.ob_type.tp_descr_get;
    const f = get !== null ? get(init, self, self.ob_type) : Py_NewRef(init);
    try {
      for (const a of args) Py_INCREF(a);
      r = PyObject_Call(f, args.slice(), kwnames);
    } finally {
      Py_DECREF(f);
    }
  }
  if (r !== rt.None) {
    const tn = r.ob_type.tp_name;
    Py_DECREF(r);
    throw PyErr.format(rt, rt.types.TypeError, `__init__() should return None, not '${tn}'`);
  }
  Py_DECREF(r);
}

/** slot_tp_new: __new__ is a staticmethod taking the class first. */
function slot_tp_new(type: PyTypeObject, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const newf = _PyType_Lookup(type, '__new__') as PyObject;
  const rt = type.rt;
  let f: PyObject = newf;
  if (newf.ob_type === rt.types.staticmethod) f = (newf as PyStaticMethodObject).sm_callable as PyObject;
  if (f.ob_type === rt.types.function) {
    f.ob_refcnt++;
    try {
      return call_prepend(rt, f, type, args, kwnames);
    } finally {
      Py_DECREF(f);
    }
  }
  Py_INCREF(type);
  for (const a of args) Py_INCREF(a);
  return PyObject_Call(f, [type, ...args], kwnames);
}

function makeSlotDefs(): SlotDef[] {
  const defs: SlotDef[] = [];
  const add = (dunder: string, slot: SlotName, wrap: SlotDef['wrap'], heap: unknown, reflected = false): void => {
    defs.push({ dunder, slot, wrap, heap, reflected });
  };
  add('__repr__', 'tp_repr', wrapUnary, slot_tp_repr);
  add('__str__', 'tp_str', wrapUnary, slot_tp_str);
  add('__hash__', 'tp_hash', (f, self, args) => {
    nargs(self, args, 0, '');
    return rtOf(self).newInt((f as (o: PyObject) => number)(self));
  }, slot_tp_hash);
  add('__call__', 'tp_call', (f, self, args) => {
    for (const a of args) Py_INCREF(a);
    return (f as (c: PyObject, a: PyObject[], k: null) => PyObject)(self, args.slice(), null);
  }, slot_tp_call);
  add('__getattribute__', 'tp_getattro', (f, self, args) => {
    nargs(self, args, 1, '');
    return (f as (o: PyObject, n: string) => PyObject)(self, attrName(self, args[0] as PyObject));
  }, slot_tp_getattr_hook);
  add('__getattr__', 'tp_getattro', wrapBinary, slot_tp_getattr_hook);
  add('__setattr__', 'tp_setattro', (f, self, args) => {
    nargs(self, args, 2, '');
    (f as (o: PyObject, n: string, v: PyObject | null) => void)(self, attrName(self, args[0] as PyObject), args[1] as PyObject);
    return Py_NewRef(rtOf(self).None);
  }, slot_tp_setattro);
  add('__delattr__', 'tp_setattro', (f, self, args) => {
    nargs(self, args, 1, '');
    (f as (o: PyObject, n: string, v: PyObject | null) => void)(self, attrName(self, args[0] as PyObject), null);
    return Py_NewRef(rtOf(self).None);
  }, slot_tp_setattro);
  for (let op = 0; op < 6; op++) add(RICH_NAMES[op] as string, 'tp_richcompare', richWrap(op), slot_tp_richcompare);
  add('__iter__', 'tp_iter', wrapUnary, slot_tp_iter);
  add('__next__', 'tp_iternext', (f, self, args) => {
    nargs(self, args, 0, '');
    const r = (f as (o: PyObject) => PyObject | null)(self);
    if (r === null) {
      const rt = rtOf(self);
      throw PyErr.fromType(rt, rt.types.StopIteration, null);
    }
    return r;
  }, slot_tp_iternext);
  add('__get__', 'tp_descr_get', (f, self, args) => {
    const rt = rtOf(self);
    const obj = args[0] ?? rt.None;
    const type = args[1] ?? (obj === rt.None ? rt.None : obj.ob_type);
    return (f as (d: PyObject, o: PyObject | null, t: PyObject) => PyObject)(self, obj === rt.None ? null : obj, type);
  }, slot_tp_descr_get);
  add('__set__', 'tp_descr_set', (f, self, args) => {
    nargs(self, args, 2, '');
    (f as (d: PyObject, o: PyObject, v: PyObject | null) => void)(self, args[0] as PyObject, args[1] as PyObject);
    return Py_NewRef(rtOf(self).None);
  }, slot_tp_descr_set);
  add('__delete__', 'tp_descr_set', (f, self, args) => {
    nargs(self, args, 1, '');
    (f as (d: PyObject, o: PyObject, v: PyObject | null) => void)(self, args[0] as PyObject, null);
    return Py_NewRef(rtOf(self).None);
  }, slot_tp_descr_set);
  add('__init__', 'tp_init', (f, self, args) => {
    (f as (s: PyObject, a: PyObject[], k: null) => void)(self, args, null);
    return Py_NewRef(rtOf(self).None);
  }, slot_tp_init);
  add('__del__', 'tp_finalize', (f, self) => {
    (f as (o: PyObject) => void)(self);
    return Py_NewRef(rtOf(self).None);
  }, slot_tp_finalize);
  for (const slot of NB_BINARY_SLOTS) {
    const heap = makeBinarySlot(slot);
    const [op, rop] = DUNDER_OF_BINARY[slot];
    add(op, slot, wrapBinary, heap);
    add(rop, slot, wrapBinaryR, heap, true);
  }
  add('__neg__', 'nb_negative', wrapUnary, slot_unary('__neg__'));
  add('__pos__', 'nb_positive', wrapUnary, slot_unary('__pos__'));
  add('__abs__', 'nb_absolute', wrapUnary, slot_unary('__abs__'));
  add('__invert__', 'nb_invert', wrapUnary, slot_unary('__invert__'));
  add('__bool__', 'nb_bool', (f, self, args) => {
    nargs(self, args, 0, '');
    return rtOf(self).newBool((f as (o: PyObject) => boolean)(self));
  }, slot_nb_bool);
  add('__int__', 'nb_int', wrapUnary, slot_unary('__int__'));
  add('__float__', 'nb_float', wrapUnary, slot_unary('__float__'));
  add('__index__', 'nb_index', wrapUnary, slot_unary('__index__'));
  add('__len__', 'mp_length', (f, self, args) => {
    nargs(self, args, 0, '');
    return rtOf(self).newInt((f as (o: PyObject) => number)(self));
  }, slot_mp_length);
  add('__getitem__', 'mp_subscript', wrapBinary, slot_mp_subscript);
  add('__setitem__', 'mp_ass_subscript', (f, self, args) => {
    nargs(self, args, 2, '');
    (f as (o: PyObject, k: PyObject, v: PyObject | null) => void)(self, args[0] as PyObject, args[1] as PyObject);
    return Py_NewRef(rtOf(self).None);
  }, slot_mp_ass_subscript);
  add('__delitem__', 'mp_ass_subscript', (f, self, args) => {
    nargs(self, args, 1, '');
    (f as (o: PyObject, k: PyObject, v: PyObject | null) => void)(self, args[0] as PyObject, null);
    return Py_NewRef(rtOf(self).None);
  }, slot_mp_ass_subscript);
  add('__contains__', 'sq_contains', (f, self, args) => {
    nargs(self, args, 1, '');
    return rtOf(self).newBool((f as (o: PyObject, v: PyObject) => boolean)(self, args[0] as PyObject));
  }, slot_sq_contains);
  return defs;
}

function attrName(self: PyObject, n: PyObject): string {
  if (!isStr(n)) {
    const rt = rtOf(self);
    throw PyErr.format(rt, rt.types.TypeError, `attribute name must be string, not '${n.ob_type.tp_name}'`);
  }
  return n.ob_sval;
}

let slotdefsCache: SlotDef[] | null = null;
/** The slot table; built once, immutable afterwards. */
export function slotdefs(): SlotDef[] {
  if (slotdefsCache === null) slotdefsCache = makeSlotDefs();
  return slotdefsCache;
}

/** add_operators: every slot a builtin type defines itself becomes a wrapper descriptor. */
function add_operators(rt: Runtime, t: PyTypeObject): void {
  const d = t.tp_dict as PyDictObject;
  const ts = t as unknown as SlotTable;
  const bs = t.tp_base as unknown as SlotTable | null;
  for (const def of slotdefs()) {
    const f = ts[def.slot];
    if (f === null || f === undefined) continue;
    if (bs !== null && bs[def.slot] === f) continue;
    if (def.dunder === '__getattr__') continue;
    if (def.slot === 'tp_hash' && f === PyObject_HashNotImplemented) {
      setDictString(rt, d, '__hash__', Py_NewRef(rt.None));
      continue;
    }
    if (def.slot === 'tp_richcompare' && t === rt.types.object && def.dunder !== '__eq__' && def.dunder !== '__ne__') continue;
    if (dict_lookup_string(d, def.dunder) >= 0) continue;
    const w = newDescr(rt, PyWrapperDescrObject, rt.types.wrapper_descriptor, t, def.dunder);
    w.d_slot = def.slot;
    const wrap = def.wrap;
    w.d_wrapper = (self, args) => wrap(f, self, args);
    setDictString(rt, d, def.dunder, w);
  }
  if (t.tp_new !== null && (t.tp_base === null || t.tp_base.tp_new !== t.tp_new)) {
    const tpNew = t.tp_new;
    const fn = PyCFunction_New(rt, '__new__', (_self, args, kw) => {
      if (args.length < 1) throw PyErr.format(rt, rt.types.TypeError, `${t.tp_name}.__new__(): not enough arguments`);
      const sub = args[0] as PyObject;
      if (!PyType_IsSubtype(sub.ob_type, rt.types.type)) throw PyErr.format(rt, rt.types.TypeError, `${t.tp_name}.__new__(X): X is not a type object (${sub.ob_type.tp_name})`);
      if (!PyType_IsSubtype(sub as PyTypeObject, t)) throw PyErr.format(rt, rt.types.TypeError, `${t.tp_name}.__new__(${(sub as PyTypeObject).tp_name}): ${(sub as PyTypeObject).tp_name} is not a subtype of ${t.tp_name}`);
      return tpNew(sub as PyTypeObject, args.slice(1), kw);
    }, t, t.tp_name);
    setDictString(rt, d, '__new__', newStaticMethod(rt, rt.types.staticmethod, fn));
    Py_DECREF(fn);
  }
}

// ---- lookup ----------------------------------------------------------------------------------

/** _PyType_Lookup: the attribute `name` on the type's MRO, BORROWED, or null. Cached. */
export function _PyType_Lookup(type: PyTypeObject, name: string): PyObject | null {
  const cache = type.lookupCache;
  const c = cache.get(name);
  if (c !== undefined) return c;
  let found: PyObject | null = null;
  const mro = type.mro;
  for (let i = 0; i < mro.length; i++) {
    const d = (mro[i] as PyTypeObject).tp_dict;
    if (d === null) continue;
    const v = PyDict_GetItemString(d as PyDictObject, name);
    if (v !== null) {
      found = v;
      break;
    }
  }
  cache.set(name, found);
  return found;
}

/** PyType_Modified: forget cached lookups of the type and its subclasses. */
export function PyType_Modified(type: PyTypeObject): void {
  const work = [type];
  while (work.length > 0) {
    const t = work.pop() as PyTypeObject;
    t.lookupCache.clear();
    t.tp_version_tag++;
    for (const s of t.tp_subclasses) work.push(s);
  }
}

// ---- generic attribute access ------------------------------------------------------------------

function isDataDescr(d: PyObject): boolean {
  return d.ob_type.tp_descr_set !== null;
}

/** The instance's own attribute (inline values, then __dict__): borrowed or null. */
export function instanceAttr(o: PyObject, name: string): PyObject | null {
  const vals = o.ob_values;
  if (vals !== null) {
    const idx = (o.ob_type.ht_cached_index as Map<string, number>).get(name);
    if (idx === undefined) return null;
    return vals[idx] ?? null;
  }
  const d = o.ob_dict;
  if (d !== null) return PyDict_GetItemString(d as PyDictObject, name);
  return null;
}

/** PyObject_GenericGetAttr: new reference. */
export function PyObject_GenericGetAttr(o: PyObject, name: string): PyObject {
  const type = o.ob_type;
  const descr = _PyType_Lookup(type, name);
  let get: ((d: PyObject, o: PyObject | null, t: PyObject) => PyObject) | null = null;
  if (descr !== null) {
    get = descr.ob_type.tp_descr_get;
    if (get !== null && isDataDescr(descr)) return get(descr, o, type);
  }
  const v = instanceAttr(o, name);
  if (v !== null) {
    v.ob_refcnt++;
    return v;
  }
  if (get !== null) return get(descr as PyObject, o, type);
  if (descr !== null) {
    descr.ob_refcnt++;
    return descr;
  }
  const rt = type.rt;
  throw PyErr.format(rt, rt.types.AttributeError, `'${type.tp_name}' object has no attribute '${name}'`);
}

/** Shared keys cap of a class's instances (3.11: SHARED_KEYS_MAX_SIZE). */
export const SHARED_KEYS_MAX_SIZE = 30;
/**
 * Bytes of an inline values block of `size` slots (3.11 new_values: a prefix of size + 2 bytes
 * rounded up to a word, then a pointer per slot).
 */
export function inlineValuesBytes(size: number): number {
  return ((size + 2 + 7) & ~7) + 8 * size;
}

/** PyObject_GenericSetAttr (v === null deletes). */
export function PyObject_GenericSetAttr(o: PyObject, name: string, v: PyObject | null): void {
  const type = o.ob_type;
  const rt = type.rt;
  const descr = _PyType_Lookup(type, name);
  if (descr !== null) {
    const set = descr.ob_type.tp_descr_set;
    if (set !== null) {
      set(descr, o, v);
      return;
    }
  }
  if (o.ob_values !== null) {
    const keys = type.ht_cached_keys as string[];
    const index = type.ht_cached_index as Map<string, number>;
    let idx = index.get(name);
    if (idx === undefined && v !== null && type.ht_keys_usable > 0) {
      // insert_into_dictkeys: the name takes the next entry, and one usable slot
      idx = keys.length;
      keys.push(name);
      index.set(name, idx);
      type.ht_keys_usable--;
    }
    if (idx !== undefined) {
      const vals = o.ob_values;
      const old = vals[idx] ?? null;
      if (v === null) {
        if (old === null) throw attrErr(o, name);
        vals[idx] = null;
        Py_DECREF(old);
        return;
      }
      Py_INCREF(v);
      while (vals.length < idx) vals.push(null);
      vals[idx] = v;
      if (old !== null) Py_DECREF(old);
      if (!_PyObject_GC_IS_TRACKED(o) && (type.tp_flags & GC) !== 0) _PyObject_GC_TRACK(rt.gc, o);
      return;
    }
    materializeDict(o);
  }
  let d = o.ob_dict as PyDictObject | null;
  if (d === null) {
    if ((type.tp_flags & Py_TPFLAGS_MANAGED_DICT) === 0 && !hasDictSlot(type)) {
      if (descr !== null) throw PyErr.format(rt, rt.types.AttributeError, `'${type.tp_name}' object attribute '${name}' is read-only`);
      throw attrErr(o, name);
    }
    d = PyDict_New(rt);
    o.ob_dict = d;
  }
  if (v === null) {
    const ix = dict_lookup_string(d, name);
    if (ix < 0) throw attrErr(o, name);
    const [k, old] = dict_del_entry(rt, d, ix);
    Py_DECREF(k);
    Py_DECREF(old);
    return;
  }
  Py_INCREF(v);
  PyDict_SetItemSteal(rt, d, rt.newStr(name), v);
}

function hasDictSlot(type: PyTypeObject): boolean {
  return type.dictSlot;
}

function attrErr(o: PyObject, name: string): PyErr {
  const rt = o.ob_type.rt;
  return PyErr.format(rt, rt.types.AttributeError, `'${o.ob_type.tp_name}' object has no attribute '${name}'`);
}

/** Turns inline values into a real __dict__ (3.11 make_dict_from_instance_attributes). */
export function materializeDict(o: PyObject): PyDictObject {
  const rt = o.ob_type.rt;
  if (o.ob_dict !== null) return o.ob_dict as PyDictObject;
  const d = PyDict_New(rt);
  const vals = o.ob_values;
  if (vals !== null) {
    const keys = o.ob_type.ht_cached_keys as string[];
    for (let i = 0; i < vals.length; i++) {
      const v = vals[i];
      if (v !== null && v !== undefined) PyDict_SetItemSteal(rt, d, rt.newStr(keys[i] as string), v);
    }
    o.ob_values = null;
    rt.freeCode(o.ob_values_code);
    o.ob_values_code = 0;
  }
  o.ob_dict = d;
  return d;
}

// ---- the `type` type --------------------------------------------------------------------------

/** type_getattro: metatype data descriptors, then the MRO of the type itself. */
export function type_getattro(op: PyObject, name: string): PyObject {
  const type = op as PyTypeObject;
  const meta = type.ob_type;
  const metaAttr = _PyType_Lookup(meta, name);
  let metaGet: ((d: PyObject, o: PyObject | null, t: PyObject) => PyObject) | null = null;
  if (metaAttr !== null) {
    metaGet = metaAttr.ob_type.tp_descr_get;
    if (metaGet !== null && isDataDescr(metaAttr)) return metaGet(metaAttr, type, meta);
  }
  const attr = _PyType_Lookup(type, name);
  if (attr !== null) {
    const get = attr.ob_type.tp_descr_get;
    if (get !== null) return get(attr, null, type);
    return Py_NewRef(attr);
  }
  if (metaGet !== null) return metaGet(metaAttr as PyObject, type, meta);
  if (metaAttr !== null) return Py_NewRef(metaAttr);
  const rt = type.rt;
  throw PyErr.format(rt, rt.types.AttributeError, `type object '${type.tp_name}' has no attribute '${name}'`);
}

export function type_setattro(op: PyObject, name: string, v: PyObject | null): void {
  const type = op as PyTypeObject;
  const rt = type.rt;
  if ((type.tp_flags & Py_TPFLAGS_HEAPTYPE) === 0) {
    throw PyErr.format(rt, rt.types.TypeError, `cannot set '${name}' attribute of immutable type '${type.tp_name}'`);
  }
  const metaAttr = _PyType_Lookup(type.ob_type, name);
  if (metaAttr !== null && metaAttr.ob_type.tp_descr_set !== null) {
    metaAttr.ob_type.tp_descr_set(metaAttr, type, v);
    return;
  }
  const d = type.tp_dict as PyDictObject;
  if (v === null) {
    const ix = dict_lookup_string(d, name);
    if (ix < 0) throw PyErr.format(rt, rt.types.AttributeError, `type object '${type.tp_name}' has no attribute '${name}'`);
    const [k, old] = dict_del_entry(rt, d, ix);
    PyType_Modified(type);
    Py_DECREF(k);
    Py_DECREF(old);
  } else {
    Py_INCREF(v);
    PyDict_SetItemSteal(rt, d, rt.newStr(name), v);
    PyType_Modified(type);
  }
  if (name.startsWith('__') && name.endsWith('__')) {
    const work = [type];
    while (work.length > 0) {
      const t = work.pop() as PyTypeObject;
      fixup_slot_dispatchers(t);
      for (const s of t.tp_subclasses) work.push(s);
    }
  }
}

/** type_call: tp_new, then tp_init when the result is an instance of the type. Steals args. */
export function type_call(callable: PyObject, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const type = callable as PyTypeObject;
  if ((type.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0) return heaptype_call(type, args, kwnames);
  const rt = type.rt;
  try {
    if (type === rt.types.type && args.length === 1 && kwnames === null) {
      return Py_NewRef((args[0] as PyObject).ob_type);
    }
    if (type === rt.types.str && args.length === 1 && kwnames === null) {
      // str(x) for an exact int, float or str: unicode_new_impl's PyObject_Str, whose exact-str
      // result tp_init (object_init, with str's own tp_new) accepts without a look
      const a = args[0] as PyObject;
      const at = a.ob_type;
      if (at === rt.types.int || at === rt.types.float) return (at.tp_repr as (o: PyObject) => PyObject)(a);
      if (at === type) return Py_NewRef(a);
    }
    return type_call_body(type, args, kwnames);
  } finally {
    for (const a of args) Py_DECREF(a);
  }
}

/** tp_new, then tp_init when the result is an instance of the type (args borrowed). */
function type_call_body(type: PyTypeObject, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const rt = type.rt;
  const tpNew = type.tp_new;
  if (tpNew === null) throw PyErr.format(rt, rt.types.TypeError, `cannot create '${type.tp_name}' instances`);
  const obj = tpNew(type, args, kwnames);
  const otype = obj.ob_type;
  if (otype !== type && !PyType_IsSubtype(otype, type)) return obj;
  const init = otype.tp_init;
  if (init !== null) {
    try {
      init(obj, args, kwnames);
    } catch (e) {
      Py_DECREF(obj);
      throw e;
    }
  }
  return obj;
}

/**
 * Calling a class: _PyObject_MakeTpCall, then type_call. 3.11 gives classes no vectorcall, so
 * the call packs its positional arguments into a tuple (each gets a reference more while the
 * class's __new__ and __init__ run) and its keyword arguments into a dict, and hands them to
 * tp_call; releasing the tuple afterwards puts it on the tuple free list. That tuple moves gc's
 * gen0 count and takes a heap block exactly when the free list of its length is empty, as in
 * CPython. Exception classes are left out: their tp_new keeps a tuple of the arguments as
 * `args`, which stands for this one (3.11's BaseException_new keeps the call's tuple itself).
 * Steals args (the caller's stack references, released last).
 */
function heaptype_call(type: PyTypeObject, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  if (kwnames === null && type.tp_init === slot_tp_init && type.tp_new === object_new && args.length < 5) return plain_heaptype_call(type, args);
  if ((type.tp_flags & Py_TPFLAGS_BASE_EXC_SUBCLASS) !== 0) {
    try {
      return type_call_body(type, args, kwnames);
    } finally {
      for (let i = 0; i < args.length; i++) Py_DECREF(args[i] as PyObject);
    }
  }
  let argsTuple: PyObject | null = null;
  let kwdict: PyObject | null = null;
  try {
    argsTuple = _PyTuple_FromArray(type.rt, args, kwnames === null ? args.length : args.length - kwnames.length);
    if (kwnames !== null && kwnames.length > 0) kwdict = _PyStack_AsDict(type.rt, args, kwnames);
    return type_call_body(type, args, kwnames);
  } finally {
    if (argsTuple !== null) releaseArgsTuple(type.rt, argsTuple);
    if (kwdict !== null) Py_DECREF(kwdict);
    for (let i = 0; i < args.length; i++) Py_DECREF(args[i] as PyObject);
  }
}

/**
 * heaptype_call's most common case in one function: a class whose instances come from
 * object.__new__ (so it is no exception class) and whose __init__ is a Python function, called
 * with up to four positional arguments (self and they fit _PyObject_Call_Prepend's small stack).
 * The general path's steps in its order: the args tuple, object_new (which accepts the arguments
 * because tp_init is not object_init), slot_tp_init calling init with self first, the None
 * check, then the tuple released and the arguments (stolen) released.
 */
function plain_heaptype_call(type: PyTypeObject, args: PyObject[]): PyObject {
  const rt = type.rt;
  const n = args.length;
  let argsTuple: PyObject | null = null;
  let obj: PyObject;
  try {
    if (n > 0) {
      for (let i = 0; i < n; i++) (args[i] as PyObject).ob_refcnt++;
      argsTuple = PyTuple_New(rt, args);
    }
    obj = PyType_GenericAlloc(type, 0);
  } catch (e) {
    releaseCallArgs(rt, argsTuple, args);
    throw e;
  }
  return plain_heaptype_init(type, obj, args, argsTuple, false);
}

/**
 * Calling a class with two positional arguments that the caller holds in variables (the
 * interpreter's f(a, b) sites; stolen): heaptype_call's plain case without an argument array
 * of the caller's. The args tuple comes from PyTuple_Pack2, whose item array may be one that an
 * earlier call's tuple left on the free list (tuple_dealloc_keep); every other class goes
 * through type_call.
 */
export function type_call2(type: PyTypeObject, a0: PyObject, a1: PyObject): PyObject {
  if ((type.tp_flags & Py_TPFLAGS_HEAPTYPE) === 0 || type.tp_init !== slot_tp_init || type.tp_new !== object_new) {
    return type_call(type, [a0, a1], null);
  }
  const rt = type.rt;
  a0.ob_refcnt++;
  a1.ob_refcnt++;
  let argsTuple: PyTupleObject;
  try {
    argsTuple = PyTuple_Pack2(rt, a0, a1);
  } catch (e) {
    a0.ob_refcnt--;
    a1.ob_refcnt--;
    releaseCallArgs(rt, null, [a0, a1]);
    throw e;
  }
  const args = argsTuple.ob_item;
  let obj: PyObject;
  try {
    obj = PyType_GenericAlloc(type, 0);
  } catch (e) {
    releaseCallArgs(rt, argsTuple, args);
    throw e;
  }
  return plain_heaptype_init(type, obj, args, argsTuple, true);
}

/**
 * The rest of plain_heaptype_call, once the instance exists: __init__, the None check, then
 * the tuple and the (stolen) arguments released. keepItems: the tuple's item array is its own
 * (PyTuple_Pack2), so when the tuple dies here and __init__ was a Python function (whose frame
 * took copies), the array stays with it on the free list for the next PyTuple_Pack2.
 */
function plain_heaptype_init(type: PyTypeObject, obj: PyObject, args: PyObject[], argsTuple: PyObject | null, keepItems: boolean): PyObject {
  const rt = type.rt;
  let r: PyObject;
  try {
    // looked up now: the allocation may have run a collection, and __del__ code may change the class
    let init: PyObject | null;
    if (type.ht_init_tag === type.tp_version_tag) {
      init = type.ht_init;
    } else {
      init = _PyType_Lookup(type, '__init__');
      type.ht_init = init;
      type.ht_init_tag = type.tp_version_tag;
    }
    if (type.tp_init !== slot_tp_init || init === null || init.ob_type !== rt.types.function) {
      const tpInit = type.tp_init;
      if (tpInit !== null) tpInit(obj, args, null);
      releaseCallArgs(rt, argsTuple, args);
      return obj;
    }
    r = rt.hooks.callPrepend(init, obj, args, null);
  } catch (e) {
    if (--obj.ob_refcnt === 0) _Py_Dealloc(obj);
    releaseCallArgs(rt, argsTuple, args);
    throw e;
  }
  if (r !== rt.None) {
    try {
      const tn = r.ob_type.tp_name;
      Py_DECREF(r);
      Py_DECREF(obj);
      throw PyErr.format(rt, rt.types.TypeError, `__init__() should return None, not '${tn}'`);
    } finally {
      releaseCallArgs(rt, argsTuple, args);
    }
  }
  r.ob_refcnt--;
  if (keepItems && rt.trashNesting < PyTrash_UNWIND_LEVEL) {
    // releaseCallArgs, with the tuple's dealloc keeping its item array
    const t = argsTuple as PyTupleObject;
    if (--t.ob_refcnt === 0) tuple_dealloc_keep(t);
    for (let i = 0; i < args.length; i++) {
      const a = args[i] as PyObject;
      if (--a.ob_refcnt === 0) _Py_Dealloc(a);
    }
    return obj;
  }
  releaseCallArgs(rt, argsTuple, args);
  return obj;
}

/**
 * The end of a class call: its args tuple released (when there is one), then the stolen
 * arguments, first to last. The tuple's references to them are never their last (the caller's
 * are still held), so its deallocation only frees the tuple.
 */
function releaseCallArgs(rt: Runtime, argsTuple: PyObject | null, args: PyObject[]): void {
  try {
    if (argsTuple !== null) releaseArgsTuple(rt, argsTuple);
  } finally {
    for (let i = 0; i < args.length; i++) {
      const a = args[i] as PyObject;
      if (--a.ob_refcnt === 0) _Py_Dealloc(a);
    }
  }
}

/**
 * _PyTuple_FromArray: a tuple of the first n args (borrowed; the tuple takes references); null
 * for none (the immortal ()). With n === args.length the tuple's item array is args itself:
 * the caller reads it while the tuple lives and never changes it.
 */
function _PyTuple_FromArray(rt: Runtime, args: PyObject[], n: number): PyObject | null {
  if (n === 0) return null;
  for (let i = 0; i < n; i++) (args[i] as PyObject).ob_refcnt++;
  return PyTuple_New(rt, n === args.length ? args : args.slice(0, n));
}

/**
 * Releases _PyTuple_FromArray's tuple. Its items are all still held by the caller, so its
 * deallocation frees nothing but itself: below the trashcan's depth limit, tuple_dealloc runs
 * directly (what _Py_Dealloc would do, without the nesting bookkeeping).
 */
function releaseArgsTuple(rt: Runtime, t: PyObject): void {
  if (--t.ob_refcnt !== 0) return;
  if (rt.trashNesting < PyTrash_UNWIND_LEVEL) tuple_dealloc(t);
  else _Py_Dealloc(t);
}

/**
 * _PyStack_AsDict: the keyword arguments (the last kwnames.length of args, borrowed) in a new
 * dict keyed by the interned names. SIMPLIFICATION: more than five keywords grow the dict as
 * PyDict_SetItem does, where _PyDict_NewPresized sizes it once.
 */
function _PyStack_AsDict(rt: Runtime, args: PyObject[], kwnames: readonly string[]): PyObject {
  const d = PyDict_New(rt);
  const start = args.length - kwnames.length;
  for (let i = 0; i < kwnames.length; i++) {
    const v = args[start + i] as PyObject;
    v.ob_refcnt++;
    PyDict_SetItemSteal(rt, d, PyUnicode_InternFromString(rt, kwnames[i] as string), v);
  }
  return d;
}

/**
 * _PyObject_Call_Prepend for a Python function (which has vectorcall): calls func with self
 * first, then args (both borrowed: the args tuple's), kwnames naming the last ones. The frame
 * takes references of its own. CPython's C-level stack copies show in memory: more than four
 * args need a PyMem_Malloc'd stack instead of the small C array, and keyword arguments go
 * through _PyStack_UnpackDict (a new stack holding a reference to every argument, and a tuple
 * of the names).
 */
function call_prepend(rt: Runtime, func: PyObject, self: PyObject, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw + 1;
  // _PY_FASTCALL_SMALL_STACK is 5 slots: self and up to four arguments
  const bigStack = npos > 5 ? rt.malloc(npos * 8) : 0;
  let unpacked = 0;
  let kwnamesTuple: PyObject | null = null;
  if (nkw > 0) {
    unpacked = rt.malloc((1 + npos + nkw) * 8);
    const names: PyObject[] = [];
    for (let i = 0; i < nkw; i++) names.push(PyUnicode_InternFromString(rt, (kwnames as readonly string[])[i] as string));
    kwnamesTuple = PyTuple_New(rt, names);
    self.ob_refcnt++;
    for (let i = 0; i < args.length; i++) (args[i] as PyObject).ob_refcnt++;
  }
  try {
    return rt.hooks.callPrepend(func, self, args, kwnames);
  } finally {
    if (kwnamesTuple !== null) {
      // _PyStack_UnpackDict_Free
      Py_DECREF(self);
      for (let i = 0; i < args.length; i++) Py_DECREF(args[i] as PyObject);
      rt.free(unpacked);
      Py_DECREF(kwnamesTuple);
    }
    if (bigStack !== 0) rt.free(bigStack);
  }
}

export function type_repr(op: PyObject): PyObject {
  const t = op as PyTypeObject;
  const rt = t.rt;
  if ((t.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0 && t.moduleName !== 'builtins') return rt.newStr(`<class '${t.moduleName}.${t.ht_qualname}'>`);
  return rt.newStr(`<class '${t.tp_name}'>`);
}

// ---- object ------------------------------------------------------------------------------------

/** PyType_GenericAlloc: memory, tracked if GC, a reference to a heap type, inline values. */
export function PyType_GenericAlloc(type: PyTypeObject, nitems: number): PyObject {
  const rt = type.rt;
  if ((type.tp_flags & PLAIN_INSTANCE_FLAGS) === PLAIN_INSTANCE_FLAGS && type.tp_alloc === rt.types.object.tp_alloc && !type.dictSlot) return allocPlainInstance(rt, type);
  const o = type.tp_alloc(type, nitems);
  if ((type.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0) Py_INCREF(type);
  if ((type.tp_flags & Py_TPFLAGS_MANAGED_DICT) !== 0) {
    o.ob_values_code = mallocValues(rt, type);
    o.ob_values = newInlineValues(type);
  }
  if ((type.tp_flags & GC) !== 0) _PyObject_GC_TRACK(rt.gc, o);
  return o;
}

/**
 * The JS object of an instance of a plain class (allocPlainInstance): PyObject's fields, set by
 * this constructor's own stores (PyObject's constructor, shared by every layout, skips them).
 */
class PyInstanceObject extends PyObject {
  /** code: the address code of the object (Runtime.allocObjectCode's answer, never ADDR_NO_CODE) */
  constructor(type: PyTypeObject, code: number) {
    super(type, 0, 0);
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.ob_gc = new GCHead(this);
    this.ob_addrcode = code;
    this.ob_values_code = 0;
    this.ob_values = null;
  }
}

const PLAIN_INSTANCE_FLAGS = Py_TPFLAGS_HEAPTYPE | Py_TPFLAGS_MANAGED_DICT | GC;

/**
 * PyType_GenericAlloc for a heap type with object's tp_alloc, a managed dict and gc (a plain
 * class): the same steps, the JS object a PyInstanceObject.
 */
function allocPlainInstance(rt: Runtime, type: PyTypeObject): PyObject {
  const code = rt.allocObjectCode(type, 0);
  const pn = rt.instPoolN;
  let o: PyObject;
  if (pn > 0 && rt.gc.observer === null) {
    // DIVERGENCE (host-level only): the JS object of a freed plain instance is reused, with its
    // GC head (reset as _PyObject_GC_Link leaves a new one) and its values array (cleared when
    // it was freed); the heap blocks are new, so nothing Python sees changes.
    o = rt.instPool[pn - 1] as PyObject;
    rt.instPoolN = pn - 1;
    o.ob_refcnt = 1;
    o.ob_type = type;
    o.ob_addrcode = code;
    const h = o.ob_gc as GCHead;
    h.gc_refs = 0;
    h.gc_flags = 0;
    type.ob_refcnt++;
    o.ob_values_code = mallocValues(rt, type);
    const vals = o.ob_values;
    const n = type.ht_cached_keys === null ? 0 : type.ht_cached_keys.length;
    if (vals === null || vals.length !== n) o.ob_values = newInlineValues(type);
  } else {
    o = new PyInstanceObject(type, code);
    type.ob_refcnt++;
    o.ob_values_code = mallocValues(rt, type);
    o.ob_values = newInlineValues(type);
  }
  _PyObject_GC_TRACK(rt.gc, o);
  return o;
}

/** Freed plain instances whose JS objects allocPlainInstance may reuse, at most. */
export const INST_POOL_MAX = 1 << 16;

/**
 * A new instance's inline values block, as its address code (3.11 init_inline_values): the
 * class's shared keys give up a usable slot (while more than one is left), then the block holds
 * a slot for each name they have and each they may still take. So a class's first instances get
 * 264, 256, ... bytes, and from its 27th or so on (with two attributes) 32.
 */
function mallocValues(rt: Runtime, type: PyTypeObject): number {
  if (type.ht_keys_usable > 1) type.ht_keys_usable--;
  const c = rt.mallocCode(inlineValuesBytes((type.ht_cached_keys === null ? 0 : type.ht_cached_keys.length) + type.ht_keys_usable));
  if (c === ADDR_NO_CODE || c === 0) throw new Error('mallocValues: block outside the coded address ranges');
  return c;
}

/**
 * A new instance's inline values: a null for each of the class's shared keys so far (one JS
 * array of the right size, where starting empty would grow it on the first store).
 */
function newInlineValues(type: PyTypeObject): (PyObject | null)[] {
  const n = type.ht_cached_keys === null ? 0 : type.ht_cached_keys.length;
  let blank = type.ht_values_blank;
  if (blank === null || blank.length !== n) {
    blank = [];
    for (let i = 0; i < n; i++) blank.push(null);
    type.ht_values_blank = blank;
  }
  return blank.slice();
}

function excessArgs(args: PyObject[], kwnames: readonly string[] | null): boolean {
  return args.length > 0 || (kwnames !== null && kwnames.length > 0);
}

/** object_new */
export function object_new(type: PyTypeObject, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const rt = type.rt;
  if (excessArgs(args, kwnames)) {
    if (type.tp_new !== object_new) throw PyErr.format(rt, rt.types.TypeError, 'object.__new__() takes exactly one argument (the type to instantiate)');
    if (type.tp_init === object_init) throw PyErr.format(rt, rt.types.TypeError, `${type.tp_name}() takes no arguments`);
  }
  return PyType_GenericAlloc(type, 0);
}

/** object_init */
export function object_init(self: PyObject, args: PyObject[], kwnames: readonly string[] | null): void {
  const type = self.ob_type;
  if (excessArgs(args, kwnames)) {
    const rt = type.rt;
    if (type.tp_init !== object_init) throw PyErr.format(rt, rt.types.TypeError, 'object.__init__() takes exactly one argument (the instance to initialize)');
    if (type.tp_new === object_new) throw PyErr.format(rt, rt.types.TypeError, `${type.tp_name}() takes no arguments`);
  }
}

export function object_repr(o: PyObject): PyObject {
  const t = o.ob_type;
  const rt = t.rt;
  const name = (t.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0 && t.moduleName !== 'builtins' ? `${t.moduleName}.${t.ht_qualname}` : t.tp_name;
  return rt.newStr(`<${name} object at ${hexAddr(o.ob_addr)}>`);
}

export function object_str(o: PyObject): PyObject {
  return PyObject_Repr(o);
}

export function object_hash(o: PyObject): number {
  return Math.floor(o.ob_addr / 16);
}

export function object_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const rt = a.ob_type.rt;
  if (op === Py_EQ) return Py_NewRef(a === b ? rt.True : rt.NotImplemented);
  if (op === Py_NE) {
    // __ne__ delegates to __eq__ and inverts
    const eqf = a.ob_type.tp_richcompare;
    if (eqf === null) return Py_NewRef(rt.NotImplemented);
    const r = eqf(a, b, Py_EQ);
    if (r === rt.NotImplemented) return r;
    const t = PyObject_IsTrue(r);
    Py_DECREF(r);
    return rt.newBool(!t);
  }
  return Py_NewRef(rt.NotImplemented);
}

// ---- class statement ----------------------------------------------------------------------------

/** C3 linearization (mro_internal / mro_implementation). */
export function c3mro(rt: Runtime, type: PyTypeObject, bases: PyTypeObject[]): PyTypeObject[] {
  const seqs: PyTypeObject[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const out: PyTypeObject[] = [type];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyTypeObject | null = null;
    for (const s of nonEmpty) {
      const head = s[0] as PyTypeObject;
      if (!nonEmpty.some((t) => t.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (cand === null) {
      // set_mro_error: the heads of the sequences left unmerged, each once
      const heads: PyTypeObject[] = [];
      for (const sq of nonEmpty) if (!heads.includes(sq[0] as PyTypeObject)) heads.push(sq[0] as PyTypeObject);
      const names = heads.map((b) => b.tp_name).join(', ');
      throw PyErr.format(rt, rt.types.TypeError, `Cannot create a consistent method resolution\norder (MRO) for bases ${names}`);
    }
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

/** The base whose instance layout a new class extends (best_base / solid_base). */
function solidBase(rt: Runtime, t: PyTypeObject): PyTypeObject {
  let s = t;
  while ((s.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0 && s.ht_slots === null && s.tp_base !== null) s = s.tp_base;
  void rt;
  return s;
}

/**
 * type_new: builds a class from its name, bases (borrowed) and namespace dict (borrowed; its
 * items are copied into the new type's dict). New reference.
 */
export function type_new(rt: Runtime, name: string, basesIn: PyObject[], ns: PyDictObject, qualname: string, moduleName: string, meta: PyTypeObject | null = null, initKw: { names: string[]; values: PyObject[] } | null = null): PyTypeObject {
  const T = rt.types;
  const bases: PyTypeObject[] = [];
  for (const b of basesIn) {
    if (!PyType_IsSubtype(b.ob_type, T.type)) throw PyErr.format(rt, T.TypeError, `bases must be types`);
    const bt = b as PyTypeObject;
    if ((bt.tp_flags & Py_TPFLAGS_BASETYPE) === 0) throw PyErr.format(rt, T.TypeError, `type '${bt.tp_name}' is not an acceptable base type`);
    bases.push(bt);
  }
  if (bases.length === 0) bases.push(T.object);
  // best base: the one whose solid base is the most derived
  let base = bases[0] as PyTypeObject;
  for (const b of bases) {
    const sb = solidBase(rt, b);
    const cur = solidBase(rt, base);
    if (PyType_IsSubtype(sb, cur)) base = b;
    else if (!PyType_IsSubtype(cur, sb)) throw PyErr.format(rt, T.TypeError, 'multiple bases have instance lay-out conflict');
  }
  const slotsObj = PyDict_GetItemString(ns, '__slots__');
  let slots: string[] | null = null;
  if (slotsObj !== null) {
    const items = isStr(slotsObj) ? [slotsObj] : rt.iterate(slotsObj);
    slots = [];
    for (const it of items) {
      if (!isStr(it)) throw PyErr.format(rt, T.TypeError, `__slots__ items must be strings, not '${it.ob_type.tp_name}'`);
      slots.push(it.ob_sval);
      if (!isStr(slotsObj)) Py_DECREF(it);
    }
  }
  // the metatype: the given one, else the most derived metatype of the bases
  let metatype = meta ?? T.type;
  for (const b of bases) if (PyType_IsSubtype(b.ob_type, metatype)) metatype = b.ob_type;
  const addr = rt.allocObject(metatype, 0);
  const t = new PyTypeObject(rt, metatype, addr, name);
  if ((metatype.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0) Py_INCREF(metatype);
  t.tp_flags = Py_TPFLAGS_HEAPTYPE | Py_TPFLAGS_BASETYPE | GC | (base.tp_flags & (Py_TPFLAGS_LONG_SUBCLASS | Py_TPFLAGS_LIST_SUBCLASS | Py_TPFLAGS_TUPLE_SUBCLASS | Py_TPFLAGS_UNICODE_SUBCLASS | Py_TPFLAGS_DICT_SUBCLASS | Py_TPFLAGS_BASE_EXC_SUBCLASS | Py_TPFLAGS_TYPE_SUBCLASS));
  t.tp_base = base;
  t.ht_qualname = qualname;
  t.moduleName = moduleName;
  let basicsize = base.tp_basicsize;
  const baseHasDict = base.dictSlot || (base.tp_flags & Py_TPFLAGS_MANAGED_DICT) !== 0;
  const baseHasWeak = (base.tp_flags & GP_TPFLAGS_WEAKREFS) !== 0;
  let addDict = !baseHasDict;
  // a base with items (int, tuple, bytes) gets no __weakref__ slot (type_new's may_add_weak)
  let addWeak = !baseHasWeak && base.tp_itemsize === 0;
  if (slots !== null) {
    addDict = false;
    addWeak = false;
    const own: string[] = [];
    for (const s of slots) {
      if (s === '__dict__') addDict = !baseHasDict;
      else if (s === '__weakref__') addWeak = !baseHasWeak;
      else own.push(s);
    }
    t.ht_slots = [...(base.ht_slots ?? []), ...own];
    basicsize += 8 * own.length;
  } else if (base.ht_slots !== null) {
    t.ht_slots = base.ht_slots.slice();
  }
  if (addWeak) basicsize += 8;
  if (addDict || baseHasDict) {
    if ((base.tp_flags & Py_TPFLAGS_MANAGED_DICT) !== 0 || (addDict && !base.dictSlot && base.tp_itemsize === 0)) {
      t.tp_flags |= Py_TPFLAGS_MANAGED_DICT;
    } else {
      t.dictSlot = true;
      if (addDict) basicsize += 8;
    }
  }
  if (base.dictSlot) t.dictSlot = true;
  if (addWeak || baseHasWeak) t.tp_flags |= GP_TPFLAGS_WEAKREFS;
  t.tp_basicsize = basicsize;
  t.tp_itemsize = base.tp_itemsize;
  if ((t.tp_flags & Py_TPFLAGS_MANAGED_DICT) !== 0) {
    t.ht_cached_keys = [];
    t.ht_cached_index = new Map();
    t.ht_keys_usable = SHARED_KEYS_MAX_SIZE; // _PyDict_NewKeysForClass
  }
  // MRO, bases
  t.mro = c3mro(rt, t, bases);
  t.tp_mro = PyTuple_New(rt, t.mro.map((x) => Py_NewRef(x)));
  t.tp_bases = PyTuple_New(rt, bases.map((b) => Py_NewRef(b)));
  Py_INCREF(base);
  for (const b of bases) b.tp_subclasses.push(t);
  // namespace
  const d = PyDict_New(rt);
  t.tp_dict = d;
  dict_each(ns, (k, v) => {
    Py_INCREF(k);
    Py_INCREF(v);
    PyDict_SetItemSteal(rt, d, k, v);
  });
  if (PyDict_GetItemString(d, '__module__') === null) setDictString(rt, d, '__module__', rt.newStr(moduleName));
  if (PyDict_GetItemString(d, '__qualname__') !== null) {
    const ix = dict_lookup_string(d, '__qualname__');
    const [k, v] = dict_del_entry(rt, d, ix);
    Py_DECREF(k);
    Py_DECREF(v);
  }
  if (PyDict_GetItemString(d, '__doc__') === null) setDictString(rt, d, '__doc__', Py_NewRef(rt.None));
  // __new__ given as a plain function is a staticmethod; __init_subclass__ / __class_getitem__ classmethods
  for (const special of ['__new__']) {
    const f = PyDict_GetItemString(d, special);
    if (f !== null && f.ob_type === T.function) setDictString(rt, d, special, newStaticMethod(rt, T.staticmethod, f));
  }
  for (const special of ['__init_subclass__', '__class_getitem__']) {
    const f = PyDict_GetItemString(d, special);
    if (f !== null && f.ob_type === T.function) setDictString(rt, d, special, newStaticMethod(rt, T.classmethod, f));
  }
  // __eq__ without __hash__ makes instances unhashable
  if (PyDict_GetItemString(d, '__eq__') !== null && PyDict_GetItemString(d, '__hash__') === null) setDictString(rt, d, '__hash__', Py_NewRef(rt.None));
  // __dict__ / __weakref__ getset descriptors (each holds a reference to the class)
  if (addDict && (t.tp_flags & Py_TPFLAGS_MANAGED_DICT) !== 0 || addDict) {
    const g = newDescr(rt, PyGetSetDescrObject, T.getset_descriptor, t, '__dict__');
    g.d_get = (o) => Py_NewRef(materializeDict(o));
    g.d_set = (o, v) => setInstanceDict(o, v);
    setDictString(rt, d, '__dict__', g);
  }
  if (addWeak) {
    const g = newDescr(rt, PyGetSetDescrObject, T.getset_descriptor, t, '__weakref__');
    g.d_get = (o) => Py_NewRef(o.ob_weakreflist ?? rt.None);
    setDictString(rt, d, '__weakref__', g);
  }
  if (slots !== null) {
    const baseCount = base.ht_slots?.length ?? 0;
    let i = baseCount;
    for (const s of t.ht_slots ?? []) {
      if (t.ht_slots !== null && t.ht_slots.indexOf(s) < baseCount) continue;
      const m = newDescr(rt, PyMemberDescrObject, T.member_descriptor, t, s);
      m.d_index = i++;
      setDictString(rt, d, s, m);
    }
  }
  // slots: inherit from the base, then override from dunders
  const ts = t as unknown as SlotTable;
  const bs = base as unknown as SlotTable;
  for (const s of INHERITED_SLOTS) ts[s] = bs[s];
  t.tp_dealloc = subtype_dealloc;
  t.tp_trashcan = true;
  t.tp_traverse = subtype_traverse;
  t.tp_clear = subtype_clear;
  fixup_slot_dispatchers(t);
  t.identityHash = t.tp_hash === T.object.tp_hash && t.tp_richcompare === T.object.tp_richcompare;
  _PyObject_GC_TRACK(rt.gc, t);
  // __set_name__ on descriptors of the namespace
  const setNames: [PyObject, PyObject][] = [];
  dict_each(d, (k, v) => {
    if (_PyType_Lookup(v.ob_type, '__set_name__') !== null) setNames.push([Py_NewRef(k), Py_NewRef(v)]);
  });
  for (const [k, v] of setNames) {
    try {
      const r = call_method(v, '__set_name__', [t, k]);
      Py_DECREF(r);
    } finally {
      Py_DECREF(k);
      Py_DECREF(v);
    }
  }
  // __init_subclass__ of the parent
  const parentInit = base === T.object ? null : _PyType_Lookup(base, '__init_subclass__');
  if (parentInit !== null && parentInit.ob_type === T.classmethod) {
    // init_subclass: the class statement's keyword arguments go to __init_subclass__
    const f = (parentInit as PyStaticMethodObject).sm_callable as PyObject;
    const kwv = initKw === null ? [] : initKw.values.map((v) => Py_NewRef(v));
    Py_DECREF(PyObject_Call(f, [Py_NewRef(t), ...kwv], initKw === null || initKw.names.length === 0 ? null : initKw.names));
  } else if (initKw !== null && initKw.names.length > 0) {
    Py_DECREF(t);
    throw PyErr.format(rt, T.TypeError, `${name}.__init_subclass__() takes no keyword arguments`);
  }
  return t;
}

function setInstanceDict(o: PyObject, v: PyObject | null): void {
  const rt = o.ob_type.rt;
  if (v === null || v.ob_type !== rt.types.dict) throw PyErr.format(rt, rt.types.TypeError, `__dict__ must be set to a dictionary, not a '${v === null ? 'NoneType' : v.ob_type.tp_name}'`);
  materializeDict(o);
  const old = o.ob_dict;
  Py_INCREF(v);
  o.ob_dict = v;
  Py_XDECREF(old);
}

/** fixup_slot_dispatchers / update_one_slot for every slot of a heap type. */
export function fixup_slot_dispatchers(t: PyTypeObject): void {
  const rt = t.rt;
  const ts = t as unknown as SlotTable;
  const bySlot = new Map<SlotName, SlotDef[]>();
  for (const def of slotdefs()) {
    const l = bySlot.get(def.slot);
    if (l === undefined) bySlot.set(def.slot, [def]);
    else l.push(def);
  }
  for (const [slot, defs] of bySlot) {
    let generic: unknown = null;
    let specific: unknown = null;
    let useGeneric = false;
    for (const def of defs) {
      const descr = _PyType_Lookup(t, def.dunder);
      if (descr === null) continue;
      if (slot === 'tp_hash' && descr === rt.None) {
        specific = PyObject_HashNotImplemented;
        useGeneric = false;
        generic = null;
        break;
      }
      if (descr.ob_type === rt.types.wrapper_descriptor && (descr as PyWrapperDescrObject).d_slot === slot) {
        const owner = (descr as PyWrapperDescrObject).d_type as PyTypeObject;
        const f = (owner as unknown as SlotTable)[slot];
        if (specific === null || specific === f) specific = f;
        else useGeneric = true;
      } else {
        useGeneric = true;
      }
      generic = def.heap;
    }
    if (useGeneric) ts[slot] = generic;
    else if (specific !== null) ts[slot] = specific;
    else if (generic === null) {
      // no dunder on the MRO: the slot is empty unless it is a pure JS slot of the base
      if (slot !== 'tp_getattro' && slot !== 'tp_setattro' && slot !== 'tp_new' && slot !== 'tp_init' && slot !== 'tp_alloc') ts[slot] = null;
    }
  }
  // __getattr__ anywhere forces the hook
  if (_PyType_Lookup(t, '__getattr__') !== null) t.tp_getattro = slot_tp_getattr_hook;
  const newDescrObj = _PyType_Lookup(t, '__new__');
  if (newDescrObj !== null && newDescrObj.ob_type === rt.types.staticmethod && ((newDescrObj as PyStaticMethodObject).sm_callable as PyObject).ob_type === rt.types.function) {
    t.tp_new = slot_tp_new;
  }
}

/**
 * subtype_traverse: the __slots__ of each class from the most derived to the base (each class's
 * own slots in order), the inline values or dict, the class itself (instances of a heap type
 * count as references to it), then the tp_traverse of the nearest base that has another one:
 * CPython 3.11's order (a heap class with __slots__ over a builtin type, such as a weakref.ref
 * subclass, still visits the builtin's references).
 */
export function subtype_traverse(o: PyObject, visit: visitproc, arg: unknown): number {
  const type = o.ob_type;
  let r: number;
  let base: PyTypeObject = type;
  const slots = o.ob_slots;
  while (base.tp_traverse === subtype_traverse) {
    const own = base.ht_slots;
    const next = base.tp_base;
    if (slots !== null && own !== null) {
      const from = next === null ? 0 : (next.ht_slots?.length ?? 0);
      for (let i = from; i < own.length && i < slots.length; i++) {
        const v = slots[i];
        if (v !== null && v !== undefined) {
          r = visit(v, arg);
          if (r !== 0) return r;
        }
      }
    }
    if (next === null) break;
    base = next;
  }
  const values = o.ob_values;
  if (values !== null) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v !== null && v !== undefined) {
        r = visit(v, arg);
        if (r !== 0) return r;
      }
    }
  } else if (o.ob_dict !== null && !base.dictSlot) {
    // (type->tp_dictoffset != base->tp_dictoffset): a dict the base has itself (an exception's,
    // a function's) is visited by the base's traverse, once
    r = visit(o.ob_dict, arg);
    if (r !== 0) return r;
  }
  const basetraverse = base.tp_traverse !== subtype_traverse ? base.tp_traverse : null;
  // the class is visited here unless the base's traverse, a heap type's, visits it
  if (basetraverse === null || (base.tp_flags & Py_TPFLAGS_HEAPTYPE) === 0) {
    r = visit(type, arg);
    if (r !== 0) return r;
  }
  if (basetraverse !== null) return basetraverse(o, visit, arg);
  return 0;
}

/** subtype_clear: slots, then the values / dict. */
export function subtype_clear(o: PyObject): void {
  if (o.ob_slots !== null) {
    const s = o.ob_slots;
    for (let i = 0; i < s.length; i++) {
      const v = s[i] ?? null;
      s[i] = null;
      Py_XDECREF(v);
    }
  }
  if (o.ob_values !== null) {
    const vals = o.ob_values;
    for (let i = 0; i < vals.length; i++) {
      const v = vals[i] ?? null;
      vals[i] = null;
      Py_XDECREF(v);
    }
  } else if (o.ob_dict !== null) {
    const d = o.ob_dict;
    o.ob_dict = null;
    Py_DECREF(d);
  }
  let base = o.ob_type;
  while (base.tp_clear === subtype_clear && base.tp_base !== null) base = base.tp_base;
  if (base.tp_clear !== null && base.tp_clear !== subtype_clear) base.tp_clear(o);
}

/**
 * PyObject_CallFinalizerFromDealloc: runs tp_finalize once (the FINALIZED bit), with the
 * object temporarily alive. Returns true if the finalizer resurrected it.
 */
export function PyObject_CallFinalizerFromDealloc(o: PyObject): boolean {
  const type = o.ob_type;
  const fin = type.tp_finalize;
  if (fin === null) return false;
  if ((type.tp_flags & GC) !== 0 && _PyGC_FINALIZED(o)) return false;
  o.ob_refcnt = 1;
  if ((type.tp_flags & GC) !== 0) _PyGC_SET_FINALIZED(o);
  fin(o);
  if (--o.ob_refcnt === 0) return false;
  return true;
}

/** subtype_dealloc (3.11): __del__, weakrefs, slots, values/dict, base dealloc, the class. */
export function subtype_dealloc(o: PyObject): void {
  const type = o.ob_type;
  const rt = type.rt;
  if (o instanceof PyInstanceObject && type.tp_finalize === null && type.tp_base === rt.types.object && o.ob_weakreflist === null && o.ob_slots === null && rt.gc.observer === null) {
    plain_instance_dealloc(rt, type, o);
    return;
  }
  const isGC = (type.tp_flags & GC) !== 0;
  if (isGC) _PyObject_GC_UNTRACK(o);
  if (type.tp_finalize !== null) {
    if (isGC) _PyObject_GC_TRACK(rt.gc, o);
    if (PyObject_CallFinalizerFromDealloc(o)) return; // resurrected: stays tracked
    if (isGC) _PyObject_GC_UNTRACK(o);
  }
  if (o.ob_weakreflist !== null) rt.clearWeakRefs(o);
  if (o.ob_slots !== null) {
    const s = o.ob_slots;
    o.ob_slots = null;
    for (const v of s) Py_XDECREF(v);
  }
  const vals = o.ob_values;
  if (vals !== null) {
    o.ob_values = null;
    for (let i = 0; i < vals.length; i++) {
      const v = vals[i] ?? null;
      if (v !== null) {
        vals[i] = null;
        if (--v.ob_refcnt === 0) _Py_Dealloc(v);
      }
    }
    rt.freeCode(o.ob_values_code);
    o.ob_values_code = 0;
  } else if (o.ob_dict !== null && type.tp_flags & Py_TPFLAGS_MANAGED_DICT) {
    const d = o.ob_dict;
    o.ob_dict = null;
    Py_DECREF(d);
  } else if (o.ob_dict !== null && type.dictSlot && !solidBase(rt, type).dictSlot) {
    const d = o.ob_dict;
    o.ob_dict = null;
    Py_DECREF(d);
  }
  // the nearest base with its own deallocator (a heap class with __slots__ over a builtin type
  // still needs the builtin's dealloc: a weakref.ref subclass must unlink itself)
  let base = type;
  const objectType = rt.types.object;
  if (type.tp_base === objectType && type.tp_dealloc === subtype_dealloc) {
    base = objectType; // the common case: a class whose only base is object
  } else {
    while (base.tp_dealloc === subtype_dealloc && base.tp_base !== null) base = base.tp_base;
  }
  if (base.tp_dealloc !== subtype_dealloc && base !== objectType) {
    base.tp_dealloc(o); // frees the memory (the base checks the exact type for free lists)
  } else {
    rt.PyObject_Free(o);
    const pn = rt.instPoolN;
    if (o instanceof PyInstanceObject && pn < INST_POOL_MAX && rt.gc.observer === null && o.ob_dict === null && o.ob_weakreflist === null && o.ob_slots === null) {
      // kept for allocPlainInstance, with its values array (cleared above) when it had one
      if (vals !== null) o.ob_values = vals;
      rt.instPool[pn] = o;
      rt.instPoolN = pn + 1;
    }
  }
  if (--type.ob_refcnt === 0) _Py_Dealloc(type);
}

/**
 * subtype_dealloc's steps for a plain instance (allocPlainInstance's JS object, of a class whose
 * only base is object) with no __del__, no weak reference and no observer watching: untrack,
 * the values released in order and their block freed (or the __dict__ released), the object's
 * block freed (PyObject_GC_Del: pre-header and gen0 count), the JS object pooled, the class
 * released.
 */
function plain_instance_dealloc(rt: Runtime, type: PyTypeObject, o: PyInstanceObject): void {
  _PyObject_GC_UNTRACK(o);
  const heap = rt.heap;
  const vals = o.ob_values;
  if (vals !== null) {
    o.ob_values = null;
    for (let i = 0; i < vals.length; i++) {
      const v = vals[i] ?? null;
      if (v !== null) {
        vals[i] = null;
        if (--v.ob_refcnt === 0) _Py_Dealloc(v);
      }
    }
    heap.PyObject_FreeCode(o.ob_values_code);
    o.ob_values_code = 0;
  } else if (o.ob_dict !== null) {
    const d = o.ob_dict;
    o.ob_dict = null;
    if (--d.ob_refcnt === 0) _Py_Dealloc(d);
  }
  heap.PyObject_FreeCode(addrCodeAdd(o.ob_addrcode, -preHeaderSize(type.tp_flags)));
  _PyObject_GC_Unlink(rt.gc);
  const pn = rt.instPoolN;
  if (pn < INST_POOL_MAX && o.ob_weakreflist === null) {
    if (vals !== null) o.ob_values = vals;
    rt.instPool[pn] = o;
    rt.instPoolN = pn + 1;
  }
  if (--type.ob_refcnt === 0) _Py_Dealloc(type);
}

/** The type of a class: `type`'s dealloc (heap types only ever die). */
export function type_dealloc(op: PyObject): void {
  const t = op as PyTypeObject;
  const rt = t.rt;
  _PyObject_GC_UNTRACK(t);
  if (t.ob_weakreflist !== null) rt.clearWeakRefs(t);
  for (const b of t.mro.slice(1)) {
    const i = b.tp_subclasses.indexOf(t);
    if (i >= 0) b.tp_subclasses.splice(i, 1);
  }
  const refs = [t.tp_base, t.tp_dict, t.tp_bases, t.tp_mro];
  t.tp_base = null;
  t.tp_dict = t.tp_bases = t.tp_mro = null;
  t.mro = [];
  t.lookupCache.clear();
  t.tp_version_tag++;
  const meta = t.ob_type;
  rt.PyObject_Free(t);
  for (const r of refs) Py_XDECREF(r);
  if ((meta.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0) Py_DECREF(meta);
}

export function type_traverse(op: PyObject, visit: visitproc, arg: unknown): number {
  const t = op as PyTypeObject;
  if ((t.tp_flags & Py_TPFLAGS_HEAPTYPE) === 0) return 0;
  for (const r of [t.tp_dict, t.tp_mro, t.tp_bases, t.tp_base]) {
    if (r !== null) {
      const v = visit(r, arg);
      if (v !== 0) return v;
    }
  }
  return 0;
}

export function type_clear(op: PyObject): void {
  const t = op as PyTypeObject;
  const d = t.tp_dict;
  const m = t.tp_mro;
  t.tp_mro = null;
  t.mro = [t];
  t.lookupCache.clear();
  t.tp_version_tag++;
  if (d !== null) rt_dict_clear(t.rt, d as PyDictObject);
  Py_XDECREF(m);
}

function rt_dict_clear(rt: Runtime, d: PyDictObject): void {
  rt.dictClear(d);
}

// ---- descriptor slots --------------------------------------------------------------------------

export function method_descr_get(descr: PyObject, obj: PyObject | null, type: PyObject): PyObject {
  const d = descr as PyMethodDescrObject;
  const rt = descr.ob_type.rt;
  if (d.d_flags === 'class') {
    return PyCFunction_New(rt, d.d_name, d.d_fn, obj === null ? type : obj.ob_type, (d.d_type as PyTypeObject).tp_name);
  }
  if (obj === null) return Py_NewRef(descr);
  checkDescrSelf(d, obj);
  return PyCFunction_New(rt, d.d_name, d.d_fn, obj, (d.d_type as PyTypeObject).tp_name);
}

function checkDescrSelf(d: PyDescrLike, obj: PyObject): void {
  const owner = d.d_type as PyTypeObject;
  if (!PyType_IsSubtype(obj.ob_type, owner)) {
    const rt = owner.rt;
    throw PyErr.format(rt, rt.types.TypeError, `descriptor '${d.d_name}' for '${owner.tp_name}' objects doesn't apply to a '${obj.ob_type.tp_name}' object`);
  }
}

interface PyDescrLike {
  d_type: PyTypeObject | null;
  d_name: string;
}

/** method_descriptor called directly: list.append(l, x). Steals args. */
export function method_descr_call(callable: PyObject, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const d = callable as PyMethodDescrObject;
  const rt = callable.ob_type.rt;
  if (d.d_flags === 'class') return callBuiltin(d.d_fn, (d.d_type as PyTypeObject), args, kwnames);
  if (args.length === 0) {
    throw PyErr.format(rt, rt.types.TypeError, `unbound method ${(d.d_type as PyTypeObject).tp_name}.${d.d_name}() needs an argument`);
  }
  const self = args[0] as PyObject;
  try {
    checkDescrSelf(d, self);
  } catch (e) {
    for (const a of args) Py_DECREF(a);
    throw e;
  }
  const rest = args.slice(1);
  try {
    return d.d_fn(self, rest, kwnames);
  } finally {
    for (const a of args) Py_DECREF(a);
  }
}

export function wrapper_descr_call(callable: PyObject, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const d = callable as PyWrapperDescrObject;
  const rt = callable.ob_type.rt;
  try {
    if (args.length === 0) throw PyErr.format(rt, rt.types.TypeError, `descriptor '${d.d_name}' of '${(d.d_type as PyTypeObject).tp_name}' object needs an argument`);
    const self = args[0] as PyObject;
    // wrapperdescr_call's own wording (a bound lookup says "doesn't apply", checkDescrSelf)
    const owner = d.d_type as PyTypeObject;
    if (!PyType_IsSubtype(self.ob_type, owner)) throw PyErr.format(rt, rt.types.TypeError, `descriptor '${d.d_name}' requires a '${owner.tp_name}' object but received a '${self.ob_type.tp_name}'`);
    if (d.d_name === '__init__' || d.d_name === '__call__') {
      for (const a of args.slice(1)) Py_INCREF(a);
      if (d.d_name === '__init__') {
        const initf = ((d.d_type as PyTypeObject) as unknown as SlotTable).tp_init as (s: PyObject, a: PyObject[], k: readonly string[] | null) => void;
        const rest = args.slice(1);
        try {
          initf(self, rest, kwnames);
        } finally {
          for (const a of rest) Py_DECREF(a);
        }
        return Py_NewRef(rt.None);
      }
      const callf = ((d.d_type as PyTypeObject) as unknown as SlotTable).tp_call as (c: PyObject, a: PyObject[], k: readonly string[] | null) => PyObject;
      return callf(self, args.slice(1), kwnames);
    }
    if (kwnames !== null && kwnames.length > 0) throw PyErr.format(rt, rt.types.TypeError, `wrapper ${d.d_name}() takes no keyword arguments`);
    return d.d_wrapper(self, args.slice(1), null);
  } finally {
    for (const a of args) Py_DECREF(a);
  }
}

export function wrapper_descr_get(descr: PyObject, obj: PyObject | null): PyObject {
  const d = descr as PyWrapperDescrObject;
  if (obj === null) return Py_NewRef(descr);
  checkDescrSelf(d, obj);
  const rt = descr.ob_type.rt;
  const w: PyCFunction = (self, args, kw) => {
    if (d.d_name === '__init__') {
      const initf = ((d.d_type as PyTypeObject) as unknown as SlotTable).tp_init as (s: PyObject, a: PyObject[], k: readonly string[] | null) => void;
      initf(self, args, kw);
      return Py_NewRef(rt.None);
    }
    return d.d_wrapper(self, args, kw);
  };
  return PyCFunction_New(rt, d.d_name, w, obj, (d.d_type as PyTypeObject).tp_name);
}

export function getset_get(descr: PyObject, obj: PyObject | null): PyObject {
  const d = descr as PyGetSetDescrObject;
  if (obj === null) return Py_NewRef(descr);
  checkDescrSelf(d, obj);
  return (d.d_get as (o: PyObject) => PyObject)(obj);
}

export function getset_set(descr: PyObject, obj: PyObject, v: PyObject | null): void {
  const d = descr as PyGetSetDescrObject;
  const rt = descr.ob_type.rt;
  if (d.d_set === null) throw PyErr.format(rt, rt.types.AttributeError, `attribute '${d.d_name}' of '${(d.d_type as PyTypeObject).tp_name}' objects is not writable`);
  d.d_set(obj, v);
}

export function member_get(descr: PyObject, obj: PyObject | null): PyObject {
  const d = descr as PyMemberDescrObject;
  if (obj === null) return Py_NewRef(descr);
  const v = obj.ob_slots?.[d.d_index] ?? null;
  if (v === null) {
    const rt = descr.ob_type.rt;
    throw PyErr.format(rt, rt.types.AttributeError, `'${obj.ob_type.tp_name}' object has no attribute '${d.d_name}'`);
  }
  return Py_NewRef(v);
}

export function member_set(descr: PyObject, obj: PyObject, v: PyObject | null): void {
  const d = descr as PyMemberDescrObject;
  if (obj.ob_slots === null) obj.ob_slots = [];
  const s = obj.ob_slots;
  while (s.length <= d.d_index) s.push(null);
  const old = s[d.d_index] ?? null;
  if (v === null && old === null) {
    const rt = descr.ob_type.rt;
    throw PyErr.format(rt, rt.types.AttributeError, `'${obj.ob_type.tp_name}' object has no attribute '${d.d_name}'`);
  }
  if (v !== null) Py_INCREF(v);
  s[d.d_index] = v;
  Py_XDECREF(old);
}

/** function.__get__: a bound method for instances, the function itself for classes. */
export function func_descr_get(f: PyObject, obj: PyObject | null): PyObject {
  if (obj === null) return Py_NewRef(f);
  return PyMethod_New(f.ob_type.rt, f, obj);
}

/** method call: self goes first. Steals args. */
export function method_call(callable: PyObject, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const m = callable as PyMethodObject;
  const self = m.im_self as PyObject;
  Py_INCREF(self);
  args.unshift(self);
  return PyObject_Call(m.im_func as PyObject, args, kwnames);
}

export function staticmethod_get(descr: PyObject): PyObject {
  return Py_NewRef((descr as PyStaticMethodObject).sm_callable as PyObject);
}

export function classmethod_get(descr: PyObject, obj: PyObject | null, type: PyObject): PyObject {
  const rt = descr.ob_type.rt;
  const cls = obj === null ? type : obj.ob_type;
  void rt;
  return PyMethod_New(descr.ob_type.rt, (descr as PyStaticMethodObject).sm_callable as PyObject, cls);
}

export function property_get(descr: PyObject, obj: PyObject | null): PyObject {
  const p = descr as PyPropertyObject;
  const rt = descr.ob_type.rt;
  if (obj === null) return Py_NewRef(descr);
  if (p.prop_get === null) {
    throw PyErr.format(rt, rt.types.AttributeError, p.prop_name !== null ? `property '${p.prop_name}' of '${obj.ob_type.tp_name}' object has no getter` : 'unreadable attribute');
  }
  Py_INCREF(obj);
  return PyObject_Call(p.prop_get, [obj], null);
}

export function property_set(descr: PyObject, obj: PyObject, v: PyObject | null): void {
  const p = descr as PyPropertyObject;
  const rt = descr.ob_type.rt;
  const f = v === null ? p.prop_del : p.prop_set;
  if (f === null) {
    const what = v === null ? 'deleter' : 'setter';
    throw PyErr.format(rt, rt.types.AttributeError, p.prop_name !== null ? `property '${p.prop_name}' of '${obj.ob_type.tp_name}' object has no ${what}` : `can't ${v === null ? 'delete' : 'set'} attribute`);
  }
  Py_INCREF(obj);
  const args = [obj];
  if (v !== null) {
    Py_INCREF(v);
    args.push(v);
  }
  Py_DECREF(PyObject_Call(f, args, null));
}

export function isFunctionLike(rt: Runtime, o: PyObject): boolean {
  return o.ob_type === rt.types.function || o.ob_type === rt.types.method_descriptor;
}

export function reprTypeName(o: PyObject): string {
  return reprOf(o);
}


/**
 * A builtin type made after start-up (by a module: sys's stdout type, gc's, weakref's): slots
 * and tables are set by `setup` before the type's namespace is built.
 */
export function PyType_NewStatic(rt: Runtime, name: string, base: PyTypeObject, basicsize: number, flags: number, setup: (t: PyTypeObject) => void): PyTypeObject {
  const t = new PyTypeObject(rt, rt.types.type, rt.allocStatic(904), name, IMMORTAL_REFCNT);
  t.tp_base = base;
  t.tp_basicsize = basicsize;
  t.tp_flags = flags;
  setup(t);
  const ts = t as unknown as SlotTable;
  const bs = base as unknown as SlotTable;
  for (const s of INHERITED_SLOTS) if (ts[s] === null) ts[s] = bs[s];
  if (t.tp_dealloc === rt.types.object.tp_dealloc && base.tp_dealloc !== t.tp_dealloc) t.tp_dealloc = base.tp_dealloc;
  t.mro = [t, ...base.mro];
  t.tp_mro = PyTuple_New(rt, t.mro.map((x) => Py_NewRef(x)));
  t.tp_bases = PyTuple_New(rt, [Py_NewRef(base)]);
  t.tp_dict = PyDict_New(rt);
  add_operators(rt, t);
  for (const m of t.tp_methods) addMethod(rt, t, m);
  for (const g of t.tp_getset) {
    const descr = newDescr(rt, PyGetSetDescrObject, rt.types.getset_descriptor, t, g.name);
    descr.d_get = g.get;
    descr.d_set = g.set ?? null;
    setDictString(rt, t.tp_dict as PyDictObject, g.name, descr);
  }
  t.identityHash = t.tp_hash === rt.types.object.tp_hash && t.tp_richcompare === rt.types.object.tp_richcompare;
  rt.types.all.push(t);
  return t;
}
