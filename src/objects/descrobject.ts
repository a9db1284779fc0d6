// Descriptors and builtin callables: CPython 3.11's Objects/descrobject.c (method_descriptor,
// wrapper_descriptor, getset_descriptor, member_descriptor, property), Objects/methodobject.c
// (builtin_function_or_method) and Objects/funcobject.c's staticmethod / classmethod.
// Start at PyCFunctionObject (what `len` and `[].append` are) and PyMethodDescrObject (what
// `list.append` is). Every one of these is a GC type and is tracked, as in CPython.

import { PyObject, type PyTypeObject, type PyCFunction, type PyCFunction1, type PyCFunction2, Py_DECREF, Py_INCREF, Py_XDECREF, type visitproc } from './object.js';
import type { Runtime } from './runtime.js';
import { PyErr } from './pyerr.js';
import { _PyObject_GC_TRACK, _PyObject_GC_UNTRACK } from '../gc/gclist.js';

/** builtin_function_or_method: a builtin function, or a builtin method bound to m_self. */
export class PyCFunctionObject extends PyObject {
  declare m_fn: PyCFunction;
  declare m_self: PyObject | null;
  declare m_name: string;
  /** for reprs: the type whose method this is (null for module functions) */
  declare m_typename: string | null;
  /**
   * METH_O: the body for exactly one positional argument (null: none), called by f(a) without an
   * argument array (3.11's PRECALL_BUILTIN_O); must do exactly what m_fn does with [a]
   */
  declare m_fn1: PyCFunction1 | null;

  constructor(type: PyTypeObject, addr: number, refcnt = 1) {
    super(type, addr, refcnt);
    this.m_fn = noFn;
    this.m_fn1 = null;
    this.m_self = null;
    this.m_name = '';
    this.m_typename = null;
  }
}

function noFn(): PyObject {
  throw new Error('unset builtin');
}

export function PyCFunction_New(rt: Runtime, name: string, fn: PyCFunction, self: PyObject | null, typename: string | null = null, fn1: PyCFunction1 | null = null): PyCFunctionObject {
  const t = rt.types.builtin_function_or_method;
  const o = new PyCFunctionObject(t, rt.allocObject(t, 0));
  o.m_fn = fn;
  o.m_fn1 = fn1;
  o.m_name = name;
  if (self !== null) Py_INCREF(self);
  o.m_self = self;
  o.m_typename = typename;
  _PyObject_GC_TRACK(rt.gc, o);
  return o;
}

/** Calls fn with borrowed args, then releases the args it was given (tp_call steals). */
export function callBuiltin(fn: PyCFunction, self: PyObject, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  try {
    return fn(self, args, kwnames);
  } finally {
    for (let i = 0; i < args.length; i++) Py_DECREF(args[i] as PyObject);
  }
}

export function cfunction_call(callable: PyObject, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const f = callable as PyCFunctionObject;
  return callBuiltin(f.m_fn, f.m_self ?? f.ob_type.rt.None, args, kwnames);
}

export function cfunction_dealloc(op: PyObject): void {
  const o = op as PyCFunctionObject;
  _PyObject_GC_UNTRACK(o);
  if (o.ob_weakreflist !== null) o.ob_type.rt.clearWeakRefs(o);
  const self = o.m_self;
  o.m_self = null;
  o.ob_type.rt.PyObject_Free(o);
  Py_XDECREF(self);
}

export function cfunction_traverse(op: PyObject, visit: visitproc, arg: unknown): number {
  const s = (op as PyCFunctionObject).m_self;
  return s !== null ? visit(s, arg) : 0;
}

/** The common shape of the descriptors that belong to a type. */
export class PyDescrObject extends PyObject {
  /** owned */
  declare d_type: PyTypeObject | null;
  declare d_name: string;

  constructor(type: PyTypeObject, addr: number, refcnt = 1) {
    super(type, addr, refcnt);
    this.d_type = null;
    this.d_name = '';
  }
}

/** method_descriptor / classmethod_descriptor */
export class PyMethodDescrObject extends PyDescrObject {
  declare d_fn: PyCFunction;
  declare d_flags: 'class' | 'static' | undefined;
  /** PyMethodDef.fn1 / fn2 (null when the method has none): o.name(a), o.name(a, b) without an argument array */
  declare d_fn1: PyCFunction1 | null;
  declare d_fn2: PyCFunction2 | null;

  constructor(type: PyTypeObject, addr: number, refcnt = 1) {
    super(type, addr, refcnt);
    this.d_fn = noFn;
    this.d_flags = undefined;
    this.d_fn1 = null;
    this.d_fn2 = null;
  }
}

/** wrapper_descriptor: a slot seen as a dunder (int.__add__, object.__init__). */
export class PyWrapperDescrObject extends PyDescrObject {
  declare d_slot: string;
  declare d_wrapper: PyCFunction;

  constructor(type: PyTypeObject, addr: number, refcnt = 1) {
    super(type, addr, refcnt);
    this.d_slot = '';
    this.d_wrapper = noFn;
  }
}

/** getset_descriptor */
export class PyGetSetDescrObject extends PyDescrObject {
  d_get: ((o: PyObject) => PyObject) | null = null;
  d_set: ((o: PyObject, v: PyObject | null) => void) | null = null;
}

/** member_descriptor: one __slots__ entry. */
export class PyMemberDescrObject extends PyDescrObject {
  declare d_index: number;

  constructor(type: PyTypeObject, addr: number, refcnt = 1) {
    super(type, addr, refcnt);
    this.d_index = 0;
  }
}

export function newDescr<T extends PyDescrObject>(rt: Runtime, cls: new (t: PyTypeObject, addr: number) => T, type: PyTypeObject, owner: PyTypeObject, name: string): T {
  const o = new cls(type, rt.allocObject(type, 0));
  Py_INCREF(owner);
  o.d_type = owner;
  o.d_name = name;
  _PyObject_GC_TRACK(rt.gc, o);
  return o;
}

export function descr_dealloc(op: PyObject): void {
  const o = op as PyDescrObject;
  _PyObject_GC_UNTRACK(o);
  const t = o.d_type;
  o.d_type = null;
  o.ob_type.rt.PyObject_Free(o);
  Py_XDECREF(t);
}

export function descr_traverse(op: PyObject, visit: visitproc, arg: unknown): number {
  const t = (op as PyDescrObject).d_type;
  return t !== null ? visit(t, arg) : 0;
}

/** staticmethod / classmethod: a wrapped callable. */
export class PyStaticMethodObject extends PyObject {
  declare sm_callable: PyObject | null;

  constructor(type: PyTypeObject, addr: number, refcnt = 1) {
    super(type, addr, refcnt);
    this.sm_callable = null;
  }
}

/** property */
export class PyPropertyObject extends PyObject {
  declare prop_get: PyObject | null;
  declare prop_set: PyObject | null;
  declare prop_del: PyObject | null;
  declare prop_doc: PyObject | null;
  declare prop_name: string | null;

  constructor(type: PyTypeObject, addr: number, refcnt = 1) {
    super(type, addr, refcnt);
    this.prop_get = null;
    this.prop_set = null;
    this.prop_del = null;
    this.prop_doc = null;
    this.prop_name = null;
  }
}

export function property_dealloc(op: PyObject): void {
  const o = op as PyPropertyObject;
  _PyObject_GC_UNTRACK(o);
  const refs = [o.prop_get, o.prop_set, o.prop_del, o.prop_doc];
  o.prop_get = o.prop_set = o.prop_del = o.prop_doc = null;
  o.ob_type.rt.PyObject_Free(o);
  for (const r of refs) Py_XDECREF(r);
}

export function property_traverse(op: PyObject, visit: visitproc, arg: unknown): number {
  const o = op as PyPropertyObject;
  for (const r of [o.prop_get, o.prop_set, o.prop_del, o.prop_doc]) {
    if (r !== null) {
      const v = visit(r, arg);
      if (v !== 0) return v;
    }
  }
  return 0;
}

export function staticmethod_dealloc(op: PyObject): void {
  const o = op as PyStaticMethodObject;
  _PyObject_GC_UNTRACK(o);
  const c = o.sm_callable;
  o.sm_callable = null;
  o.ob_type.rt.PyObject_Free(o);
  Py_XDECREF(c);
}

export function staticmethod_traverse(op: PyObject, visit: visitproc, arg: unknown): number {
  const c = (op as PyStaticMethodObject).sm_callable;
  return c !== null ? visit(c, arg) : 0;
}

/** TypeError for a builtin given the wrong number of arguments (CPython's wording). */
export function argCountError(rt: Runtime, name: string, min: number, max: number, got: number): PyErr {
  let msg: string;
  if (min === max) {
    if (min === 0) msg = `${name}() takes no arguments (${got} given)`;
    else if (min === 1) msg = `${name}() takes exactly one argument (${got} given)`;
    else msg = `${name} expected ${min} arguments, got ${got}`;
  } else if (got < min) msg = `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${got}`;
  else msg = `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${got}`;
  return PyErr.format(rt, rt.types.TypeError, msg);
}

/** Checks a positional-only builtin's arguments. */
export function checkArgs(rt: Runtime, name: string, args: PyObject[], kwnames: readonly string[] | null, min: number, max: number): void {
  if (kwnames !== null && kwnames.length > 0) throw PyErr.format(rt, rt.types.TypeError, `${name}() takes no keyword arguments`);
  if (args.length < min || args.length > max) throw argCountError(rt, name, min, max, args.length);
}
