// One interpreter's whole state: its heap, its gc state, its builtin types and singletons,
// its free lists, its output. CPython spreads this over _PyRuntime and PyInterpreterState
// (Include/internal/pycore_interp.h); here it is one object so that two runtimes can live in
// one process (tests do this).
//
// Start reading at the constructor: it makes the heap, then the builtin types (typeobject.ts
// and the other *object.ts files, in dependency order), then the immortal singletons.
//
// Objects reach their runtime through their type: o.ob_type.rt. Every builtin type is created
// per runtime, so this costs one load.
//
// Allocation: allocObject(type, nitems) is the one door in; PyObject_Free(o) the one door out.

import { Obmalloc, type Layout, LAYOUT_37, MemoryLimitError, _PyDebugAllocatorStats, ADDR_NO_CODE, addrCode, addrOfCode, addrCodeAdd } from '../obmalloc/index.js';
import { GCState, _PyObject_GC_Link, _PyObject_GC_Unlink } from '../gc/gclist.js';
import { type CallFunc, type PyObject, type PyTypeObject } from './object.js';
import { PyErr } from './pyerr.js';
import { type BuiltinTypes, createBuiltinTypes } from './typeobject.js';
import type { PyLongObject } from './longobject.js';
import type { PyTupleObject } from './tupleobject.js';
import type { PyListObject } from './listobject.js';
import type { PyDictObject } from './dictobject.js';
import type { PySliceObject } from './seqtypes.js';
import type { PyUnicodeObject, PyUnicodeExactClass } from './unicodeobject.js';
import { initSingletons } from './singletons.js';
import { installSequenceWrappers } from './seqwrappers.js';
import { _PySlice_FillCache } from './seqtypes.js';
import { PyUnicode_FromString, makeExactStrClass } from './unicodeobject.js';
import { PyLong_FromNumber, PyLong_FromBigInt, LONG_POOL_MAX, makeExactIntClass, type PyLongExactClass } from './longobject.js';
import { PyFloat_FromDouble, FloatFreeList, type PyFloatObject } from './floatobject.js';
import { PyObject_Hash, PyObject_RichCompareBool, PyObject_CallBorrowed, iterateToArray } from './abstract.js';
import { _PyType_Lookup, finishBuiltinTypes } from './typeobject.js';
import { PyDict_Clear } from './dictobject.js';
import { PySeqIter_New, sequence_op, inplace_op, len_result, contains_by_iteration } from './builtinslots.js';
import { type NbBinarySlot, Py_NewRef, Py_DECREF, Py_TPFLAGS_UNICODE_SUBCLASS } from './object.js';
import { PyObject_Str, PyObject_IsTrue, PyObject_GetAttr, PyObject_GetItem, PyObject_SetItem } from './abstract.js';
import { call_method } from './typeobject.js';
import { PyTuple_New } from './tupleobject.js';
import { PyList_FromArray, list_set_items } from './listobject.js';
import { PyDict_New, PyDict_SetItemSteal, PyDict_GetItemString } from './dictobject.js';
import { newExceptionArgs, type PyBaseExceptionObject } from './exceptions.js';
import { newStrIter, newListIter, newSetIter } from './iterobjects.js';
import { PySet_New, PySet_AddSteal, PySet_NewMerged, PyFrozenSet_Const, type PySetObject } from './setobject.js';
import { PyCell_New } from './funcobject.js';
import { dict_each } from './dictobject.js';
import { dict_update_from } from './dicttype.js';
import type { WeakrefTypes } from './weakrefobject.js';

export interface RuntimeOptions {
  layout?: Layout;
  heapLimitBytes?: number;
  debugChecks?: boolean;
  /** called at the start of every new_arena, from the very first (the CLI's --malloc-stats) */
  onNewArena?: (heap: Obmalloc) => void;
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
}

/**
 * The two tp_flags bits the allocation doors test (Py_TPFLAGS_MANAGED_DICT, Py_TPFLAGS_HAVE_GC
 * of object.ts), as literals: a const enum is inlined by the bundler, while an imported const is
 * a load and a check at every use in V8's optimised code. tests/objects/prehdr.test.ts checks
 * preHeaderSize against PyTypeObject.presize.
 */
const enum F {
  MANAGED_DICT = 1 << 4,
  HAVE_GC = 1 << 14,
}



/** _PyType_PreHeaderSize from tp_flags: 16 bytes of GC header, 16 of managed dict pointers. */
export function preHeaderSize(flags: number): number {
  return ((flags >>> 10) & 16) + (flags & F.MANAGED_DICT);
}

/** Start of the simulated static data segment: immortal objects and builtin types live here. */
export const STATIC_BASE = 0x5616_2700_0000;

/** 3.11's free-list limits (REFERENCE §1.11). */
export const PyFloat_MAXFREELIST = 100;
export const PyTuple_MAXSAVESIZE = 20;
export const PyTuple_MAXFREELIST = 2000;
export const PyList_MAXFREELIST = 80;
export const PyDict_MAXFREELIST = 80;

/** Hooks the interpreter installs (objects/ never imports interp/). */
export interface InterpHooks {
  /** Calls a Python function object; steals args. */
  callFunction: CallFunc;
  /**
   * Calls a Python function object with self first, then args (both borrowed: the frame takes
   * references of its own), kwnames naming the last args: _PyObject_Call_Prepend's call.
   */
  callPrepend: (func: PyObject, self: PyObject, args: PyObject[], kwnames: readonly string[] | null) => PyObject;
  /** Prints "Exception ignored in: ..." for an exception that cannot propagate. */
  writeUnraisable: (err: PyErr, obj: PyObject | null) => void;
}

export class Runtime {
  readonly heap: Obmalloc;
  readonly gc = new GCState();
  stdout: (s: string) => void;
  stderr: (s: string) => void;

  // trashcan state (object.ts _Py_Dealloc): tstate->trash_delete_nesting / trash_delete_later
  trashNesting = 0;
  trashDelete: PyObject[] = [];

  private staticNext = STATIC_BASE;

  readonly types: BuiltinTypes;
  /** The class of exact strs with an address code (unicodeobject.ts makeExactStrClass). */
  readonly PyUnicodeExact: PyUnicodeExactClass;
  /** The class of exact ints with an address code (longobject.ts makeExactIntClass). */
  readonly PyLongExact: PyLongExactClass;
  // immortal singletons (singletons.ts)
  None!: PyObject;
  True!: PyLongObject;
  False!: PyLongObject;
  NotImplemented!: PyObject;
  Ellipsis!: PyObject;
  emptyTuple!: PyTupleObject;
  emptyStr!: PyUnicodeObject;
  /** small ints -5..256 at index v+5 */
  smallInts!: PyLongObject[];
  /** 1-character latin-1 strings */
  latin1Chars!: PyUnicodeObject[];
  /** The immortal one-byte bytes objects (index = the byte) and b'' (index 256), made on first use. */
  readonly bytesSingletons: PyObject[] = [];
  /** interned, immortal identifier strings */
  readonly interned = new Map<string, PyUnicodeObject>();

  // free lists (LIFO)
  readonly floatFreelist = new FloatFreeList();
  /** host-level reuse of freed ints' JS objects (longobject.ts allocLong) */
  readonly longPool: (PyLongObject | null)[] = new Array<PyLongObject | null>(LONG_POOL_MAX).fill(null);
  /** longPool[0..longPoolN) are in the pool (a fixed array and a count: a push or pop is one store) */
  longPoolN = 0;
  /** host-level reuse of freed exact strs' JS objects (unicodeobject.ts allocUnicodeKnown) */
  readonly strPool: PyUnicodeObject[] = [];
  /**
   * host-level reuse of freed plain instances' JS objects, with their GC heads and cleared values
   * arrays (typeobject.ts allocPlainInstance / subtype_dealloc): instPool[0..instPoolN) are in
   * the pool, at most INST_POOL_MAX
   */
  readonly instPool: PyObject[] = [];
  instPoolN = 0;
  readonly tupleFreelist: PyTupleObject[][] = Array.from({ length: PyTuple_MAXSAVESIZE + 1 }, () => []);
  readonly listFreelist: PyListObject[] = [];
  readonly dictFreelist: PyDictObject[] = [];
  /** 3.11's interp->slice_cache: one freed slice kept for the next PySlice_New (seqtypes.ts) */
  sliceCache: PySliceObject | null = null;
  /** addresses of free 8-slot unicode keys objects */
  readonly dictKeysFreelist: number[] = [];
  /** free dict index tables (host memory, not the heap's) by log2 of their slot count (dictobject.ts) */
  readonly dictIndexPool: Int32Array[][] = [];

  /** Runs the atexit callbacks at shutdown (installed by the atexit module). */
  atexitRun: (() => void) | null = null;

  /** The collector's final full collection at exit (installed by the gc module). */
  finalCollect: (() => void) | null = null;

  recursionLimit = 1000;
  /** sys.get_int_max_str_digits(): 3.11's limit on decimal int <-> str conversions (0: none) */
  intMaxStrDigits = 4300;
  recursionDepth = 0;

  hooks: InterpHooks;

  constructor(opts: RuntimeOptions = {}) {
    this.heap = new Obmalloc({ layout: opts.layout ?? LAYOUT_37, limitBytes: opts.heapLimitBytes, debugChecks: opts.debugChecks, onNewArena: opts.onNewArena });
    this.stdout = opts.stdout ?? (() => undefined);
    this.stderr = opts.stderr ?? (() => undefined);
    this.hooks = {
      callFunction: () => {
        throw new Error('no interpreter installed');
      },
      callPrepend: () => {
        throw new Error('no interpreter installed');
      },
      writeUnraisable: () => undefined,
    };
    this.types = createBuiltinTypes(this);
    this.PyUnicodeExact = makeExactStrClass(this.types.str);
    this.PyLongExact = makeExactIntClass(this.types.int);
    initSingletons(this);
    finishBuiltinTypes(this);
    installSequenceWrappers(this);
    this.memErrorInstance = PyErr.fromType(this, this.types.MemoryError, null).exc;
    _PySlice_FillCache(this);
  }

  /** An address in the static data segment for an immortal object of `size` bytes. */
  allocStatic(size: number): number {
    const a = this.staticNext;
    this.staticNext += Math.max(16, (size + 15) & ~15);
    return a;
  }

  /**
   * The one door in: allocates an object of `type` with nitems items (PyObject_GC_NewVar /
   * PyObject_NewVar / _PyType_AllocNoTrack). Returns the object's address (id); the caller
   * constructs the JS object with it. For GC types the gen0 count rises first, and a collection
   * may run (before this object exists, as in CPython's _PyObject_GC_Link).
   */
  allocObject(type: PyTypeObject, nitems: number): number {
    const flags = type.tp_flags;
    const presize = preHeaderSize(flags);
    const size = presize + type.tp_basicsize + type.tp_itemsize * nitems;
    const block = this.malloc(size);
    if (this.gc.observer !== null) this.gc.observer.onObjectAlloc(type, block + presize);
    if ((flags & F.HAVE_GC) !== 0) _PyObject_GC_Link(this.gc);
    return block + presize;
  }

  /**
   * allocObject answering the object's address code (obmalloc/addrcode.ts), never
   * ADDR_NO_CODE: a small integer, which V8 returns without allocating (an address is returned
   * in a heap-number box). Give it to the object's constructor or ob_addrcode.
   */
  allocObjectCode(type: PyTypeObject, nitems: number): number {
    const flags = type.tp_flags;
    const presize = preHeaderSize(flags);
    const size = presize + type.tp_basicsize + type.tp_itemsize * nitems;
    let c: number;
    if (this.gc.observer === null) {
      try {
        c = this.heap.PyObject_MallocCode(size);
      } catch (e) {
        if (e instanceof MemoryLimitError) throw this.memoryError();
        throw e;
      }
    } else {
      const block = this.malloc(size);
      this.gc.observer.onObjectAlloc(type, block + presize);
      c = addrCode(block);
    }
    if (c === ADDR_NO_CODE) throw new Error(`allocObjectCode: block outside the coded address ranges`);
    if ((flags & F.HAVE_GC) !== 0) _PyObject_GC_Link(this.gc);
    return addrCodeAdd(c, presize);
  }

  /** What a failed heap request throws: MemoryError for the allocator's MemoryLimitError, else e itself. */
  mallocFailed(e: unknown): unknown {
    return e instanceof MemoryLimitError ? this.memoryError() : e;
  }

  /** malloc answering the block's address code (see allocObjectCode). */
  mallocCode(size: number): number {
    if (this.gc.observer !== null) return addrCode(this.malloc(size));
    try {
      return this.heap.PyObject_MallocCode(size);
    } catch (e) {
      if (e instanceof MemoryLimitError) throw this.memoryError();
      throw e;
    }
  }

  /** free of the block whose address code is c (not ADDR_NO_CODE). */
  freeCode(c: number): void {
    if (this.gc.observer !== null) {
      this.free(addrOfCode(c));
      return;
    }
    this.heap.PyObject_FreeCode(c);
  }

  /** Allocates a side buffer (list items, dict keys, instance values): PyMem_Malloc. */
  malloc(size: number): number {
    try {
      const block = this.heap.PyObject_Malloc(size);
      if (this.gc.observer !== null) this.gc.observer.onMalloc(block, size);
      return block;
    } catch (e) {
      if (e instanceof MemoryLimitError) throw this.memoryError();
      throw e;
    }
  }

  realloc(addr: number, size: number): number {
    try {
      const block = this.heap.PyObject_Realloc(addr, size);
      if (this.gc.observer !== null) this.gc.observer.onRealloc(addr, block, size);
      return block;
    } catch (e) {
      if (e instanceof MemoryLimitError) throw this.memoryError();
      throw e;
    }
  }

  free(addr: number): void {
    if (this.gc.observer !== null) this.gc.observer.onFree(addr);
    this.heap.PyObject_Free(addr);
  }

  /** The one door out for object memory (PyObject_Free / PyObject_GC_Del). */
  PyObject_Free(o: PyObject): void {
    const flags = o.ob_type.tp_flags;
    const c = o.ob_addrcode;
    const presize = preHeaderSize(flags);
    if (this.gc.observer !== null || c === ADDR_NO_CODE) {
      const block = o.ob_addr - presize;
      if (this.gc.observer !== null) this.gc.observer.onObjectFree(o, block);
      this.heap.PyObject_Free(block);
    } else {
      // The block's code: the object's, `presize` bytes lower (no heap number on the way).
      this.heap.PyObject_FreeCode(addrCodeAdd(c, -presize));
    }
    if ((flags & F.HAVE_GC) !== 0) _PyObject_GC_Unlink(this.gc);
  }

  // ---- conveniences used across objects/ (each returns a NEW reference where it returns one) ----

  newStr(s: string): PyUnicodeObject {
    return PyUnicode_FromString(this, s);
  }

  newInt(v: number | bigint): PyLongObject {
    return typeof v === 'number' ? PyLong_FromNumber(this, v) : PyLong_FromBigInt(this, v);
  }

  newFloat(v: number): PyFloatObject {
    return PyFloat_FromDouble(this, v);
  }

  newBool(b: boolean): PyObject {
    const o = b ? this.True : this.False;
    o.ob_refcnt++;
    return o;
  }

  hashOf(o: PyObject): number {
    return PyObject_Hash(o);
  }

  richCompareBool(a: PyObject, b: PyObject, op: number): boolean {
    return PyObject_RichCompareBool(a, b, op);
  }

  /** _PyObject_LookupSpecial's lookup half: the attribute on type(o)'s MRO, borrowed. */
  lookupSpecial(o: PyObject, name: string): PyObject | null {
    return _PyType_Lookup(o.ob_type, name);
  }

  callBorrowed(callable: PyObject, args: PyObject[]): PyObject {
    return PyObject_CallBorrowed(callable, args);
  }

  /** Items of an iterable as new references. */
  iterate(o: PyObject): PyObject[] {
    return iterateToArray(o);
  }

  newSeqIter(o: PyObject): PyObject {
    return PySeqIter_New(this, o);
  }

  sequenceOp(v: PyObject, w: PyObject, slot: 'nb_add' | 'nb_multiply'): PyObject | null {
    return sequence_op(this, v, w, slot);
  }

  inplaceOp(v: PyObject, w: PyObject, slot: NbBinarySlot): PyObject | null {
    const wt = this.weakrefHooks.types;
    if (wt !== null && (v.ob_type === wt.proxy || v.ob_type === wt.callableProxy)) return wt.proxyInplace(v, w, slot);
    return inplace_op(this, v, w, slot);
  }

  /** The int returned by __len__ as a JS number, checked as CPython does. */
  lenResult(r: PyObject): number {
    return len_result(this, r);
  }

  containsByIteration(o: PyObject, v: PyObject): boolean {
    return contains_by_iteration(this, o, v);
  }

  dictClear(d: PyDictObject): void {
    PyDict_Clear(this, d);
  }

  /** PyObject_ClearWeakRefs: installed by the weakref module; until then nothing refers weakly. */
  clearWeakRefs(o: PyObject): void {
    this.weakrefHooks.clearWeakRefs(o);
  }

  str(o: PyObject): PyUnicodeObject {
    return PyObject_Str(o);
  }

  isTrue(o: PyObject): boolean {
    return PyObject_IsTrue(o);
  }

  getAttr(o: PyObject, name: string): PyObject {
    return PyObject_GetAttr(o, name);
  }

  getItem(o: PyObject, k: PyObject): PyObject {
    return PyObject_GetItem(o, k);
  }

  setItem(o: PyObject, k: PyObject, v: PyObject): void {
    PyObject_SetItem(o, k, v);
  }

  /** Calls with borrowed args. */
  call(f: PyObject, args: PyObject[]): PyObject {
    return PyObject_CallBorrowed(f, args);
  }

  callMethod(o: PyObject, name: string, args: PyObject[]): PyObject {
    return call_method(o, name, args);
  }

  /** A tuple owning items (stolen). */
  newTuple(items: PyObject[]): PyTupleObject {
    return PyTuple_New(this, items);
  }

  /** A list owning items (stolen), capacity exactly items.length. */
  newList(items: PyObject[]): PyListObject {
    return PyList_FromArray(this, items);
  }

  newDict(): PyDictObject {
    return PyDict_New(this);
  }

  /** d[k] for a str key: borrowed or null. */
  dictGetStr(d: PyDictObject, k: string): PyObject | null {
    return PyDict_GetItemString(d, k);
  }

  /** d[k] = v for a str key; steals v. */
  dictSetStr(d: PyDictObject, k: string, v: PyObject): void {
    PyDict_SetItemSteal(this, d, PyUnicode_FromString(this, k), v);
  }

  listSetItems(l: PyListObject, from: PyListObject): void {
    const items = from.ob_item.map((x) => Py_NewRef(x));
    const old = l.ob_item;
    list_set_items(this, l, items);
    for (let i = old.length - 1; i >= 0; i--) Py_DECREF(old[i] as PyObject);
  }

  /** An exception instance with args (borrowed, INCREF'd into its args tuple). New reference. */
  newExceptionArgs(type: PyTypeObject, args: PyObject[]): PyObject {
    return newExceptionArgs(this, type, PyTuple_New(this, args.map((a) => Py_NewRef(a))));
  }

  newSetIter(s: PySetObject): PyObject {
    return newSetIter(this, s);
  }

  /** A set owning items (stolen). */
  newSet(items: PyObject[]): PyObject {
    return PySet_New(this, items);
  }

  /** The set of a constant set display (presized as set_merge does). */
  newSetMerged(items: PyObject[]): PyObject {
    return PySet_NewMerged(this, items);
  }

  /** A frozenset constant of compiled code (steals items). */
  newFrozenSetConst(items: PyObject[]): PyObject {
    return PyFrozenSet_Const(this, items);
  }

  setAddSteal(s: PyObject, v: PyObject): void {
    PySet_AddSteal(this, s as PySetObject, v);
  }

  newCell(v: PyObject | null): PyObject {
    return PyCell_New(this, v);
  }

  /** Iterates a dict's entries (borrowed references). */
  dictEach(d: PyDictObject, f: (k: PyObject, v: PyObject) => void): void {
    dict_each(d, f);
  }

  /** d.update(m) for a mapping m (dict merge: the `{**m}` and `f(**m)` forms). */
  dictMerge(d: PyDictObject, m: PyObject): void {
    dict_update_from(this, d, m, [], []);
  }

  /** format(o, spec) (PyObject_Format): o.__format__(spec), with spec '' when null; any str (a subclass too) is a valid result. New reference. */
  format(o: PyObject, spec: PyObject | null): PyUnicodeObject {
    if ((spec === null || (spec as PyUnicodeObject).ob_sval === '') && (o.ob_type === this.types.str || o.ob_type === this.types.int || o.ob_type === this.types.float)) return PyObject_Str(o);
    const sp = spec ?? this.emptyStr;
    const r = call_method(o, '__format__', [sp]);
    if ((r.ob_type.tp_flags & Py_TPFLAGS_UNICODE_SUBCLASS) === 0) {
      const tn = r.ob_type.tp_name;
      Py_DECREF(r);
      throw PyErr.format(this, this.types.TypeError, `__format__ must return a str, not ${tn}`);
    }
    return r as PyUnicodeObject;
  }

  /** The free-list part of sys._debugmallocstats (3.11's order). */
  freelistStats(): string {
    let out = '\n';
    out += _PyDebugAllocatorStats('free PyDictObject', this.dictFreelist.length, 48);
    out += _PyDebugAllocatorStats('free PyFloatObject', this.floatFreelist.numfree, 24);
    out += _PyDebugAllocatorStats('free PyListObject', this.listFreelist.length, 40);
    for (let k = 1; k <= PyTuple_MAXSAVESIZE; k++) {
      out += _PyDebugAllocatorStats(`free ${k}-sized PyTupleObject`, (this.tupleFreelist[k] as PyTupleObject[]).length, 24 + 8 * k);
    }
    return out;
  }

  newStrIter(s: PyUnicodeObject): PyObject {
    return newStrIter(this, s);
  }

  newListIter(seq: PyObject, type: PyTypeObject): PyObject {
    return newListIter(this, seq, type);
  }

  /** PyObject_LengthHint: len(o), else type(o).__length_hint__(o), else dflt. */
  lengthHint(o: PyObject, dflt: number): number {
    const f = o.ob_type.mp_length;
    if (f !== null) return f(o);
    if (_PyType_Lookup(o.ob_type, '__length_hint__') === null) return dflt;
    const r = call_method(o, '__length_hint__', []);
    try {
      if (r === this.NotImplemented) return dflt;
      return len_result(this, r);
    } finally {
      Py_DECREF(r);
    }
  }

  /** Objects whose repr is being computed (Py_ReprEnter / Py_ReprLeave). */
  private readonly reprStack: PyObject[] = [];

  /** Runs f unless o's repr is already being computed, in which case returns `recursive`. */
  reprGuard(o: PyObject, recursive: string, f: () => string): PyUnicodeObject {
    if (this.reprStack.includes(o)) return this.newStr(recursive);
    this.reprStack.push(o);
    try {
      return this.newStr(f());
    } finally {
      this.reprStack.pop();
    }
  }

  /** dir(o): installed by the interpreter's builtins. */
  dirOf(o: PyObject): PyObject {
    return this.interpHooks.dirOf(o);
  }

  /** __name__ of the module whose code is running (for class __module__). */
  currentModuleName(): string {
    return this.interpHooks.currentModuleName();
  }

  /** super() without arguments: [__class__, first argument] of the running frame. */
  superZeroArgs(): [PyObject, PyObject] {
    return this.interpHooks.superZeroArgs();
  }

  /** e.__traceback__ */
  tracebackObject(e: PyBaseExceptionObject): PyObject {
    return this.interpHooks.tracebackObject(e);
  }

  interpHooks: {
    dirOf: (o: PyObject) => PyObject;
    currentModuleName: () => string;
    superZeroArgs: () => [PyObject, PyObject];
    tracebackObject: (e: PyBaseExceptionObject) => PyObject;
    /** `import name` (a new reference to the module) */
    importModule: (name: string) => PyObject;
  } = {
    dirOf: () => {
      throw new Error('no interpreter');
    },
    currentModuleName: () => '__main__',
    superZeroArgs: () => {
      throw new Error('no interpreter');
    },
    tracebackObject: () => Py_NewRef(this.None),
    importModule: () => {
      throw new Error('no interpreter');
    },
  };

  /** installed by the weakref module (installWeakrefs): PyObject_ClearWeakRefs and the weakref types */
  weakrefHooks: { clearWeakRefs: (o: PyObject) => void; types: WeakrefTypes | null } = { clearWeakRefs: () => undefined, types: null };

  /** Preallocated at start-up: raising MemoryError must not need memory (CPython keeps a free list). */
  private memErrorInstance: PyBaseExceptionObject | null = null;

  /** PyErr_NoMemory: the preallocated MemoryError, raised afresh (used by the allocator and by int arithmetic, longarith.ts). */
  memoryError(): PyErr {
    const e = this.memErrorInstance;
    if (e === null) return PyErr.fromType(this, this.types.MemoryError, null);
    const tb = e.traceback;
    e.traceback = null;
    if (tb !== null) Py_DECREF(tb);
    const ctx = e.context;
    e.context = null;
    if (ctx !== null) Py_DECREF(ctx);
    e.ob_refcnt++;
    return new PyErr(e);
  }
}
