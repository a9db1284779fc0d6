// Python functions, their code, cells and bound methods: CPython 3.11's Objects/funcobject.c,
// Objects/codeobject.c, Objects/cellobject.c and Objects/classobject.c (method).
// Start at PyFunctionObject. The interpreter (src/interp) owns what a code object runs
// (co_impl); this layer only owns memory and references.

import { PyObject, type PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, type visitproc } from './object.js';
import type { Runtime } from './runtime.js';
import { _PyObject_GC_TRACK, _PyObject_GC_UNTRACK } from '../gc/gclist.js';

/** code: constants are owned here (co_consts), so a literal's refcount includes this table. */
export class PyCodeObject extends PyObject {
  declare co_name: string;
  declare co_qualname: string;
  declare co_filename: string;
  declare co_firstlineno: number;
  /** owned references */
  declare co_consts: PyObject[];
  /** what the interpreter runs; opaque here */
  declare co_impl: object | null;

  constructor(type: PyTypeObject, addr: number, refcnt = 1) {
    super(type, addr, refcnt);
    this.co_name = '';
    this.co_qualname = '';
    this.co_filename = '';
    this.co_firstlineno = 0;
    this.co_consts = [];
    this.co_impl = null;
  }
}

export function PyCode_New(rt: Runtime, name: string, qualname: string, filename: string, firstlineno: number): PyCodeObject {
  const t = rt.types.code;
  const o = new PyCodeObject(t, rt.allocObject(t, 0));
  o.co_name = name;
  o.co_qualname = qualname;
  o.co_filename = filename;
  o.co_firstlineno = firstlineno;
  return o;
}

export function code_dealloc(op: PyObject): void {
  const o = op as PyCodeObject;
  if (o.ob_weakreflist !== null) o.ob_type.rt.clearWeakRefs(o);
  const consts = o.co_consts;
  o.co_consts = [];
  o.ob_type.rt.PyObject_Free(o);
  for (const c of consts) Py_DECREF(c);
}

export class PyFunctionObject extends PyObject {
  declare func_code: PyCodeObject | null;
  declare func_globals: PyObject | null;
  declare func_builtins: PyObject | null;
  declare func_name: string;
  declare func_qualname: string;
  /** tuple or null */
  declare func_defaults: PyObject | null;
  /** dict or null */
  declare func_kwdefaults: PyObject | null;
  /** tuple of cells or null */
  declare func_closure: PyObject | null;
  declare func_doc: PyObject | null;
  declare func_module: PyObject | null;
  /** the annotations: the (name, value, ...) tuple MAKE_FUNCTION stores, a dict once read, or null */
  declare func_annotations: PyObject | null;

  constructor(type: PyTypeObject, addr: number, refcnt = 1) {
    super(type, addr, refcnt);
    this.func_code = null;
    this.func_globals = null;
    this.func_builtins = null;
    this.func_name = '';
    this.func_qualname = '';
    this.func_defaults = null;
    this.func_kwdefaults = null;
    this.func_closure = null;
    this.func_doc = null;
    this.func_module = null;
    this.func_annotations = null;
  }
}

/** PyFunction_New: steals nothing; every field given is INCREF'd. Tracked. */
export function PyFunction_New(rt: Runtime, code: PyCodeObject, globals: PyObject, builtins: PyObject, module: PyObject | null): PyFunctionObject {
  const t = rt.types.function;
  const o = new PyFunctionObject(t, rt.allocObject(t, 0));
  Py_INCREF(code);
  o.func_code = code;
  Py_INCREF(globals);
  o.func_globals = globals;
  Py_INCREF(builtins);
  o.func_builtins = builtins;
  o.func_name = code.co_name;
  o.func_qualname = code.co_qualname;
  if (module !== null) Py_INCREF(module);
  o.func_module = module;
  _PyObject_GC_TRACK(rt.gc, o);
  return o;
}

function funcRefs(o: PyFunctionObject): (PyObject | null)[] {
  return [o.func_code, o.func_globals, o.func_builtins, o.func_module, o.func_defaults, o.func_kwdefaults, o.func_doc, o.ob_dict, o.func_closure, o.func_annotations];
}

/** func_dealloc (via func_clear: globals, builtins, module, defaults, kwdefaults, doc, dict, closure, annotations; then code) */
export function func_dealloc(op: PyObject): void {
  const o = op as PyFunctionObject;
  _PyObject_GC_UNTRACK(o);
  if (o.ob_weakreflist !== null) o.ob_type.rt.clearWeakRefs(o);
  const refs = [o.func_globals, o.func_builtins, o.func_module, o.func_defaults, o.func_kwdefaults, o.func_doc, o.ob_dict, o.func_closure, o.func_annotations, o.func_code];
  o.func_code = o.func_globals = o.func_builtins = o.func_module = null;
  o.func_defaults = o.func_kwdefaults = o.func_doc = o.func_closure = o.ob_dict = o.func_annotations = null;
  o.ob_type.rt.PyObject_Free(o);
  for (const r of refs) Py_XDECREF(r);
}

export function func_traverse(op: PyObject, visit: visitproc, arg: unknown): number {
  for (const r of funcRefs(op as PyFunctionObject)) {
    if (r !== null) {
      const v = visit(r, arg);
      if (v !== 0) return v;
    }
  }
  return 0;
}

export function func_clear(op: PyObject): void {
  const o = op as PyFunctionObject;
  const refs = [o.func_globals, o.func_builtins, o.func_module, o.func_defaults, o.func_kwdefaults, o.func_doc, o.ob_dict, o.func_closure, o.func_annotations];
  o.func_globals = o.func_builtins = o.func_module = null;
  o.func_defaults = o.func_kwdefaults = o.func_doc = o.func_closure = o.ob_dict = o.func_annotations = null;
  for (const r of refs) Py_XDECREF(r);
}

/** cell: one slot shared between a scope and its closures. */
export class PyCellObject extends PyObject {
  declare ob_ref: PyObject | null;

  constructor(type: PyTypeObject, addr: number, refcnt = 1) {
    super(type, addr, refcnt);
    this.ob_ref = null;
  }
}

/** PyCell_New: steals v (may be null). Tracked. */
export function PyCell_New(rt: Runtime, v: PyObject | null): PyCellObject {
  const t = rt.types.cell;
  const o = new PyCellObject(t, rt.allocObject(t, 0));
  o.ob_ref = v;
  _PyObject_GC_TRACK(rt.gc, o);
  return o;
}

export function cell_dealloc(op: PyObject): void {
  const o = op as PyCellObject;
  _PyObject_GC_UNTRACK(o);
  const v = o.ob_ref;
  o.ob_ref = null;
  o.ob_type.rt.PyObject_Free(o);
  Py_XDECREF(v);
}

export function cell_traverse(op: PyObject, visit: visitproc, arg: unknown): number {
  const v = (op as PyCellObject).ob_ref;
  return v !== null ? visit(v, arg) : 0;
}

export function cell_clear(op: PyObject): void {
  const o = op as PyCellObject;
  const v = o.ob_ref;
  o.ob_ref = null;
  Py_XDECREF(v);
}

/** method: a function bound to an instance. */
export class PyMethodObject extends PyObject {
  declare im_func: PyObject | null;
  declare im_self: PyObject | null;

  constructor(type: PyTypeObject, addr: number, refcnt = 1) {
    super(type, addr, refcnt);
    this.im_func = null;
    this.im_self = null;
  }
}

/** PyMethod_New: INCREFs both. Tracked. */
export function PyMethod_New(rt: Runtime, func: PyObject, self: PyObject): PyMethodObject {
  const t = rt.types.method;
  const o = new PyMethodObject(t, rt.allocObject(t, 0));
  Py_INCREF(func);
  o.im_func = func;
  Py_INCREF(self);
  o.im_self = self;
  _PyObject_GC_TRACK(rt.gc, o);
  return o;
}

export function method_dealloc(op: PyObject): void {
  const o = op as PyMethodObject;
  _PyObject_GC_UNTRACK(o);
  if (o.ob_weakreflist !== null) o.ob_type.rt.clearWeakRefs(o);
  const f = o.im_func;
  const s = o.im_self;
  o.im_func = o.im_self = null;
  o.ob_type.rt.PyObject_Free(o);
  Py_XDECREF(f);
  Py_XDECREF(s);
}

export function method_traverse(op: PyObject, visit: visitproc, arg: unknown): number {
  const o = op as PyMethodObject;
  if (o.im_func !== null) {
    const r = visit(o.im_func, arg);
    if (r !== 0) return r;
  }
  return o.im_self !== null ? visit(o.im_self, arg) : 0;
}
