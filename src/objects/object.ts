// The object header and the type object: CPython 3.11's Include/object.h, Objects/object.c
// (_Py_Dealloc, the trashcan) and the slot table of Include/cpython/object.h.
//
// Start reading at PyObject, then PyTypeObject, then Py_INCREF / Py_DECREF / _Py_Dealloc.
//
// Memory picture of one object in the simulated heap (3.11, 64-bit):
//
//   block address ->  +-------------------------+  only for MANAGED_DICT types (plain classes)
//                     | dict ptr | values ptr   |  16 bytes
//                     +-------------------------+  only for HAVE_GC types
//                     | _gc_next | _gc_prev     |  16 bytes (here: the GCHead ob_gc)
//   id(obj) ------->  +-------------------------+
//                     | ob_refcnt | ob_type     |  16 bytes
//                     | ...type's basicsize...  |
//                     | ...items (var-sized)... |
//                     +-------------------------+
//
// Every object, of every type, is one JS object of class PyObject or one of its subclasses
// (one per object layout: PyLongObject, PyListObject, ...). The header fields are declared
// first and in the same order everywhere, so header access stays cheap.
//
// What holds between calls: ob_refcnt is the number of strong references, from the heap or
// from a running frame's temporaries; when it reaches 0 the type's tp_dealloc runs (through
// the trashcan) and frees the block with PyObject_Free(ob_addr - presize).

import { GCHead } from '../gc/gclist.js';
import { addrCode, addrOfCode } from '../obmalloc/addrcode.js';

export { ADDR_NO_CODE, ADDR_CODE_BASES, addrCode, addrOfCode } from '../obmalloc/addrcode.js';
import type { Runtime } from './runtime.js';

// ---- tp_flags (CPython's values) ---------------------------------------------------------
export const Py_TPFLAGS_MANAGED_DICT = 1 << 4;
export const Py_TPFLAGS_SEQUENCE = 1 << 5;
export const Py_TPFLAGS_MAPPING = 1 << 6;
export const Py_TPFLAGS_IMMUTABLETYPE = 1 << 8;
export const Py_TPFLAGS_HEAPTYPE = 1 << 9;
export const Py_TPFLAGS_BASETYPE = 1 << 10;
export const Py_TPFLAGS_HAVE_GC = 1 << 14;
export const Py_TPFLAGS_LONG_SUBCLASS = 1 << 24;
export const Py_TPFLAGS_LIST_SUBCLASS = 1 << 25;
export const Py_TPFLAGS_TUPLE_SUBCLASS = 1 << 26;
export const Py_TPFLAGS_UNICODE_SUBCLASS = 1 << 28;
export const Py_TPFLAGS_DICT_SUBCLASS = 1 << 29;
export const Py_TPFLAGS_BASE_EXC_SUBCLASS = 1 << 30;
export const Py_TPFLAGS_TYPE_SUBCLASS = 2 ** 31;
/**
 * glasspy-only: instances support weak references (CPython: tp_weaklistoffset != 0). Bit 3 is
 * unused by 3.11 (3.12 gives it to Py_TPFLAGS_MANAGED_WEAKREF); JS bit operations are 32-bit.
 */
export const GP_TPFLAGS_WEAKREFS = 1 << 3;

/** The immortal refcount 3.11 gives statically allocated objects (_PyObject_IMMORTAL_INIT). */
export const IMMORTAL_REFCNT = 999_999_999;

// Rich comparison opcodes (Py_LT ...).
export const Py_LT = 0;
export const Py_LE = 1;
export const Py_EQ = 2;
export const Py_NE = 3;
export const Py_GT = 4;
export const Py_GE = 5;

/**
 * A builtin method or function body: self and args are BORROWED, the result is a NEW reference.
 * kwnames names the trailing elements of args that were passed by keyword.
 */
export type PyCFunction = (self: PyObject, args: PyObject[], kwnames: readonly string[] | null) => PyObject;
/** A builtin method's body for exactly one positional argument (borrowed; new reference out). */
export type PyCFunction1 = (self: PyObject, a: PyObject) => PyObject;
/** A builtin method's body for exactly two positional arguments (borrowed; new reference out). */
export type PyCFunction2 = (self: PyObject, a: PyObject, b: PyObject) => PyObject;

/** PyMethodDef: a method of a builtin type (or a function of a builtin module). */
export interface PyMethodDef {
  name: string;
  fn: PyCFunction;
  /** METH_CLASS / METH_STATIC; default: an instance method */
  flags?: 'class' | 'static';
  /**
   * Optional entry points for an instance method called o.name(a) / o.name(a, b) with
   * positional arguments only (CPython's METH_O / METH_FASTCALL: no argument tuple). Each must
   * do exactly what fn does with [a] / [a, b] and no keywords.
   */
  fn1?: PyCFunction1;
  fn2?: PyCFunction2;
}

/** PyGetSetDef: a computed attribute of a builtin type. get returns a new reference. */
export interface PyGetSetDef {
  name: string;
  get: (o: PyObject) => PyObject;
  set?: (o: PyObject, v: PyObject | null) => void;
}

/** visitproc: returns non-zero to stop the traversal. */
export type visitproc = (o: PyObject, arg: unknown) => number;

export class PyObject {
  // Fields are `declare`d and assigned in constructors throughout objects/: V8 runs
  // [[Define]] class-field initializers slowly, and every Python value is one of these.
  declare ob_refcnt: number;
  declare ob_type: PyTypeObject;
  /** PyGC_Head (objects of GC types; the others read null from the prototype). */
  declare ob_gc: GCHead | null;
  /**
   * The object's address (id(obj): block address + the type's pre-header size), as an address
   * code (obmalloc/addrcode.ts) that fits V8's small-integer representation: a plain number field
   * would hold every address, all above 2^31, in a heap-allocated box of its own, one more JS
   * object per Python object and one more cache miss whenever it is read. Read ob_addr.
   */
  declare ob_addrcode: number;
  /** The address, for the rare one that has no code (ob_addrcode === ADDR_NO_CODE). */
  declare ob_addr_raw: number;
  /** Managed-dict instances: inline values keyed by the type's shared keys (CPython's values). */
  declare ob_values: (PyObject | null)[] | null;
  /**
   * The inline values array's block (0 when none) as an address code (obmalloc/addrcode.ts;
   * never ADDR_NO_CODE): a small integer, where the address itself would be one more heap-number
   * box per instance. Read ob_values_addr.
   */
  declare ob_values_code: number;
  /** The materialised __dict__ (managed-dict types) or tp_dictoffset dict (modules, ...). */
  declare ob_dict: PyObject | null;
  /** Weak references to this object (the weakref issue fills this in). */
  declare ob_weakreflist: PyObject | null;
  /** __slots__ storage of heap types with __slots__. */
  declare ob_slots: (PyObject | null)[] | null;

  /** `code`, when given, is addr's address code (Runtime.allocObjectCode's answer; addr is then unused). */
  constructor(type: PyTypeObject, addr: number, refcnt = 1, code?: number) {
    // refcnt 0: a subclass sets every field itself, with store sites of its own (V8 then sees
    // one object layout at each of them; typeobject.ts PyInstanceObject)
    if (refcnt === 0) return;
    this.ob_refcnt = refcnt;
    this.ob_type = type;
    if (type === null || (type.tp_flags & Py_TPFLAGS_HAVE_GC) !== 0) this.ob_gc = new GCHead(this);
    const c = code === undefined ? addrCode(addr) : code;
    this.ob_addrcode = c;
    if (c === AC.NONE) this.ob_addr_raw = addr;
    // Only objects whose type may store per-instance data get their own fields; the others
    // read the defaults below from the prototype (a light int, str, tuple, list ... object).
    // Managed-dict instances (plain classes) get ob_values_code and ob_values from
    // PyType_GenericAlloc right away, and ob_dict / ob_weakreflist / ob_slots own fields only
    // when one is first set: most instances never have them.
    const flags = type === null ? 0 : type.tp_flags;
    if (type === null || type.dictSlot || ((flags & INSTANCE_STORAGE_FLAGS) !== 0 && (flags & Py_TPFLAGS_MANAGED_DICT) === 0)) {
      this.ob_values = null;
      this.ob_values_code = 0;
      this.ob_dict = null;
      this.ob_weakreflist = null;
      this.ob_slots = null;
    }
  }

  /** The object's address: id(obj). */
  get ob_addr(): number {
    const c = this.ob_addrcode;
    if (c >= 0) return AC.HIGH_BASE + c * 8;
    if (c !== AC.NONE) return AC.LOW_BASE + (-1 - c) * 8;
    return this.ob_addr_raw;
  }

  /** Address of the inline values array's block (0 when none). */
  get ob_values_addr(): number {
    const c = this.ob_values_code;
    return c === 0 ? 0 : addrOfCode(c);
  }

  /** Moves the object to another address (a reused JS object: longobject.ts allocLong). */
  set ob_addr(addr: number) {
    const c = addrCode(addr);
    this.ob_addrcode = c;
    if (c === AC.NONE) this.ob_addr_raw = addr;
  }
}

/** Address-code constants, as literals (obmalloc/addrcode.ts has the scheme). */
const enum AC {
  HIGH_BASE = 0x7f3a_0000_0000,
  LOW_BASE = 0x5616_2700_0000,
  NONE = -2147483648,
}

/** Types whose instances may have inline values, a __dict__, weak references or __slots__. */
const INSTANCE_STORAGE_FLAGS = Py_TPFLAGS_HEAPTYPE | Py_TPFLAGS_MANAGED_DICT | GP_TPFLAGS_WEAKREFS;

// The GC head's and the instance-storage fields' values for objects that have none of their
// own (see the constructor): read through the prototype, so every reader sees null / 0 exactly
// as before, and the JS objects of ints, floats and strs are six fields lighter (tuples,
// lists and dicts five).
// A write to one of them on such an object adds an own property (correct, only slower).
{
  const proto = PyObject.prototype as { -readonly [K in keyof PyObject]?: PyObject[K] };
  proto.ob_gc = null;
  proto.ob_values = null;
  proto.ob_values_code = 0;
  proto.ob_dict = null;
  proto.ob_weakreflist = null;
  proto.ob_slots = null;
}

export type UnaryFunc = (o: PyObject) => PyObject;
export type BinaryFunc = (a: PyObject, b: PyObject) => PyObject;
export type TernaryFunc = (a: PyObject, b: PyObject, c: PyObject) => PyObject;
/** tp_call / vectorcall: STEALS every element of args; kwnames names the trailing ones. */
export type CallFunc = (callable: PyObject, args: PyObject[], kwnames: readonly string[] | null) => PyObject;

/** The number-protocol slots, by the dunder name of their left operand form. */
export const NB_BINARY_SLOTS = [
  'nb_add', 'nb_subtract', 'nb_multiply', 'nb_remainder', 'nb_divmod', 'nb_power',
  'nb_lshift', 'nb_rshift', 'nb_and', 'nb_xor', 'nb_or', 'nb_floor_divide', 'nb_true_divide',
  'nb_matrix_multiply',
] as const;
export type NbBinarySlot = (typeof NB_BINARY_SLOTS)[number];

export class PyTypeObject extends PyObject {
  readonly rt: Runtime;
  tp_name: string;
  tp_basicsize = 16;
  tp_itemsize = 0;
  tp_flags = 0;
  tp_base: PyTypeObject | null = null;
  /** tuple of base classes */
  tp_bases: PyObject | null = null;
  /** tuple: the method resolution order */
  tp_mro: PyObject | null = null;
  /** JS view of tp_mro for fast lookups (borrowed: the tuple owns the refs) */
  mro: PyTypeObject[] = [];
  /** the type's namespace: a dict */
  tp_dict: PyObject | null = null;
  tp_subclasses: PyTypeObject[] = [];
  /** cache of _PyType_Lookup, cleared by PyType_Modified */
  lookupCache: Map<string, PyObject | null> = new Map();
  /**
   * tp_version_tag: changes whenever lookupCache is cleared, so the interpreter's attribute
   * caches (src/interp/attrcache.ts) can tell that what they remember of the type still holds.
   */
  tp_version_tag = 0;
  /**
   * _PyType_Lookup(type, '__init__') as found while tp_version_tag was ht_init_tag (-1: not
   * looked up): a class call's lookup without the cache's Map (typeobject.ts plain_heaptype_call).
   */
  ht_init: PyObject | null = null;
  ht_init_tag = -1;
  /** Shared keys of instances' inline values (CPython: ht_cached_keys), in insertion order. */
  ht_cached_keys: string[] | null = null;
  ht_cached_index: Map<string, number> | null = null;
  /**
   * The shared keys' dk_usable: slots a new name may still take. Starts at SHARED_KEYS_MAX_SIZE;
   * each new instance gives one up (down to 1) and each new name takes one. An instance's values
   * block holds ht_cached_keys.length + ht_keys_usable slots as of its creation (3.11
   * init_inline_values, shared_keys_usable_size).
   */
  ht_keys_usable = 0;
  /**
   * As many nulls as ht_cached_keys has names (rebuilt when it grew): a new instance's inline
   * values start as a copy, one exactly sized array (typeobject.ts newInlineValues).
   */
  ht_values_blank: (PyObject | null)[] | null = null;
  /** __slots__ names in storage order (heap types with __slots__). */
  ht_slots: string[] | null = null;
  /** PyMethodDef table, turned into method descriptors in tp_dict at type creation */
  tp_methods: PyMethodDef[] = [];
  tp_getset: PyGetSetDef[] = [];
  /** instances have a tp_dictoffset __dict__ pointer (modules, exceptions, functions) */
  dictSlot = false;
  /** the deallocator runs inside the trashcan (Py_TRASHCAN_BEGIN) */
  tp_trashcan = false;
  /** tp_hash and == are object's: dicts may use the object itself as its lookup key */
  identityHash = false;
  /**
   * Makes an instance's JS object of this layout with a fresh address (tp_alloc's memory side,
   * without tracking); heap types inherit their solid base's.
   */
  tp_alloc: (type: PyTypeObject, nitems: number) => PyObject = defaultAlloc;
  /** For heap types: the module-level qualified name. */
  ht_qualname = '';
  /** __module__ for repr */
  moduleName = 'builtins';

  tp_dealloc: (o: PyObject) => void = defaultDealloc;
  tp_traverse: ((o: PyObject, visit: visitproc, arg: unknown) => number) | null = null;
  tp_clear: ((o: PyObject) => void) | null = null;
  tp_finalize: ((o: PyObject) => void) | null = null;
  tp_del: ((o: PyObject) => void) | null = null;
  tp_repr: ((o: PyObject) => PyObject) | null = null;
  tp_str: ((o: PyObject) => PyObject) | null = null;
  tp_hash: ((o: PyObject) => number) | null = null;
  tp_richcompare: ((a: PyObject, b: PyObject, op: number) => PyObject) | null = null;
  tp_iter: UnaryFunc | null = null;
  /** returns a new reference, or null when exhausted (no exception set) */
  tp_iternext: ((o: PyObject) => PyObject | null) | null = null;
  tp_call: CallFunc | null = null;
  tp_getattro: ((o: PyObject, name: string) => PyObject) | null = null;
  /** v === null deletes */
  tp_setattro: ((o: PyObject, name: string, v: PyObject | null) => void) | null = null;
  tp_descr_get: ((descr: PyObject, obj: PyObject | null, type: PyObject) => PyObject) | null = null;
  tp_descr_set: ((descr: PyObject, obj: PyObject, v: PyObject | null) => void) | null = null;
  /** tp_new: args borrowed here (CPython passes a tuple) */
  tp_new: ((type: PyTypeObject, args: PyObject[], kwnames: readonly string[] | null) => PyObject) | null = null;
  tp_init: ((self: PyObject, args: PyObject[], kwnames: readonly string[] | null) => void) | null = null;

  nb_add: BinaryFunc | null = null;
  nb_subtract: BinaryFunc | null = null;
  nb_multiply: BinaryFunc | null = null;
  nb_remainder: BinaryFunc | null = null;
  nb_divmod: BinaryFunc | null = null;
  nb_power: BinaryFunc | null = null;
  nb_lshift: BinaryFunc | null = null;
  nb_rshift: BinaryFunc | null = null;
  nb_and: BinaryFunc | null = null;
  nb_xor: BinaryFunc | null = null;
  nb_or: BinaryFunc | null = null;
  nb_floor_divide: BinaryFunc | null = null;
  nb_true_divide: BinaryFunc | null = null;
  nb_matrix_multiply: BinaryFunc | null = null;
  nb_negative: UnaryFunc | null = null;
  nb_positive: UnaryFunc | null = null;
  nb_absolute: UnaryFunc | null = null;
  nb_invert: UnaryFunc | null = null;
  nb_bool: ((o: PyObject) => boolean) | null = null;
  nb_int: UnaryFunc | null = null;
  nb_float: UnaryFunc | null = null;
  nb_index: UnaryFunc | null = null;
  /** len(): sq_length / mp_length */
  mp_length: ((o: PyObject) => number) | null = null;
  mp_subscript: BinaryFunc | null = null;
  /** v === null deletes */
  mp_ass_subscript: ((o: PyObject, key: PyObject, v: PyObject | null) => void) | null = null;
  sq_contains: ((o: PyObject, v: PyObject) => boolean) | null = null;

  constructor(rt: Runtime, metatype: PyTypeObject | null, addr: number, name: string, refcnt = 1) {
    // The metatype of `type` is `type` itself: patched by the runtime right after creation.
    super(metatype ?? (null as unknown as PyTypeObject), addr, refcnt);
    this.rt = rt;
    this.tp_name = name;
  }

  /** _PyType_PreHeaderSize */
  get presize(): number {
    return ((this.tp_flags & Py_TPFLAGS_HAVE_GC) !== 0 ? 16 : 0) + ((this.tp_flags & Py_TPFLAGS_MANAGED_DICT) !== 0 ? 16 : 0);
  }
}

function defaultAlloc(type: PyTypeObject, nitems: number): PyObject {
  return new PyObject(type, type.rt.allocObject(type, nitems));
}

function defaultDealloc(o: PyObject): void {
  o.ob_type.rt.PyObject_Free(o);
}

export function PyType_HasFeature(t: PyTypeObject, f: number): boolean {
  return (t.tp_flags & f) !== 0;
}

export function _PyObject_IS_GC(o: PyObject): boolean {
  return (o.ob_type.tp_flags & Py_TPFLAGS_HAVE_GC) !== 0;
}

export function Py_INCREF(o: PyObject): void {
  o.ob_refcnt++;
}

export function Py_XINCREF(o: PyObject | null): void {
  if (o !== null) o.ob_refcnt++;
}

export function Py_DECREF(o: PyObject): void {
  if (--o.ob_refcnt === 0) _Py_Dealloc(o);
}

export function Py_XDECREF(o: PyObject | null): void {
  if (o !== null && --o.ob_refcnt === 0) _Py_Dealloc(o);
}

/** Returns o after an INCREF: the "new reference" form of a borrowed one (Py_NewRef). */
export function Py_NewRef<T extends PyObject>(o: T): T {
  o.ob_refcnt++;
  return o;
}

/** Deallocation nesting depth past which the trashcan defers (CPython's _PyTrash_UNWIND_LEVEL). */
export const PyTrash_UNWIND_LEVEL = 50;

/**
 * The ob_item of a dead tuple or list (tuple_dealloc, list_dealloc): one frozen empty array for
 * all of them, where a fresh [] per deallocation was one more JS allocation each. Dead objects'
 * items are never read or written; a reused tuple gets its items from PyTuple_New, and a list
 * kept on the free list gets its own array instead.
 */
export const DEAD_ITEMS = Object.freeze([]) as unknown as PyObject[];

/**
 * _Py_Dealloc with the trashcan (Py_TRASHCAN_BEGIN / _PyTrash_end): for the types whose
 * deallocator uses it in CPython (tp_trashcan: list, tuple, dict, set, instances, exceptions,
 * methods, frames, tracebacks), a deallocation nested PyTrash_UNWIND_LEVEL deep is deposited
 * on a stack and run when the outermost one ends (_PyTrash_thread_destroy_chain, last in first
 * out), so freeing a million-long chain never grows the JS stack.
 */
export function _Py_Dealloc(o: PyObject): void {
  const t = o.ob_type;
  if (!t.tp_trashcan) {
    t.tp_dealloc(o);
    return;
  }
  const rt = t.rt;
  if (rt.trashNesting >= PyTrash_UNWIND_LEVEL) {
    rt.trashDelete.push(o);
    return;
  }
  rt.trashNesting++;
  try {
    t.tp_dealloc(o);
  } finally {
    rt.trashNesting--;
  }
  if (rt.trashNesting <= 0 && rt.trashDelete.length > 0) _PyTrash_thread_destroy_chain(rt);
}

/** Runs the deposited deallocations, newest first, each at nesting 1 (as CPython). */
function _PyTrash_thread_destroy_chain(rt: Runtime): void {
  const q = rt.trashDelete;
  rt.trashNesting++;
  try {
    while (q.length > 0) {
      const op = q.pop() as PyObject;
      rt.trashNesting++;
      try {
        op.ob_type.tp_dealloc(op);
      } finally {
        rt.trashNesting--;
      }
    }
  } finally {
    rt.trashNesting--;
  }
}

export function Py_TYPE(o: PyObject): PyTypeObject {
  return o.ob_type;
}

/** PyType_IsSubtype: walks the MRO. */
export function PyType_IsSubtype(a: PyTypeObject, b: PyTypeObject): boolean {
  if (a === b) return true;
  const mro = a.mro;
  for (let i = 0; i < mro.length; i++) if (mro[i] === b) return true;
  return false;
}
