// Frame objects: CPython 3.11's Objects/frameobject.c and Python/frame.c (_PyFrame_Clear,
// take_ownership). Start at getFrameObject.
//
// A running function's Frame (frame.ts) is not a Python object. A frame object is made only
// when something needs one (a traceback entry, sys._getframe). When the function exits and
// someone still holds its frame object, the object takes ownership of the frame's slots: the
// locals then live until the frame object dies (this is how a saved exception keeps the
// locals of the frames it passed through alive, and makes the cycle of spec 16).

import { PyObject, type PyTypeObject, Py_DECREF, Py_NewRef, type visitproc } from '../objects/object.js';
import { _PyObject_GC_TRACK, _PyObject_GC_UNTRACK } from '../gc/gclist.js';
import type { Frame } from './frame.js';
import type { Interpreter } from './interpreter.js';
import { PyType_AddMethods } from '../objects/typeobject.js';

export class PyFrameObject extends PyObject {
  declare f_frame: Frame | null;
  /** the function has exited and this object owns the frame's slots */
  declare owned: boolean;

  constructor(type: PyTypeObject, addr: number, refcnt = 1) {
    super(type, addr, refcnt);
    this.f_frame = null;
    this.owned = false;
  }
}

/** _PyFrame_GetFrameObject: the frame's object, made on first use (borrowed; the Frame owns it). */
export function getFrameObject(I: Interpreter, f: Frame): PyFrameObject {
  if (f.frameObj !== null) return f.frameObj as PyFrameObject;
  const rt = I.rt;
  const t = rt.types.frame;
  const o = new PyFrameObject(t, rt.allocObject(t, f.info.nslots));
  o.f_frame = f;
  _PyObject_GC_TRACK(rt.gc, o);
  f.frameObj = o;
  f.escaped = true;
  return o;
}

/**
 * _PyFrame_Clear at function exit: a frame object still referenced elsewhere takes the slots
 * (take_ownership); otherwise it goes, and the slots are released in index order.
 */
export function exitFrame(I: Interpreter, f: Frame): void {
  const fo = f.frameObj as PyFrameObject | null;
  if (fo !== null) {
    f.frameObj = null;
    if (fo.ob_refcnt > 1) {
      fo.owned = true;
      Py_DECREF(fo);
      return;
    }
    Py_DECREF(fo);
  }
  I.clearFrame(f);
}

export function installFrameType(I: Interpreter): void {
  const rt = I.rt;
  const F = rt.types.frame;
  F.tp_alloc = (type, n) => new PyFrameObject(type, rt.allocObject(type, n));
  F.tp_dealloc = (op) => {
    const o = op as PyFrameObject;
    _PyObject_GC_UNTRACK(o);
    const f = o.f_frame;
    const owned = o.owned;
    o.f_frame = null;
    rt.PyObject_Free(o);
    if (f !== null && owned && !f.cleared) I.clearFrame(f);
  };
  F.tp_traverse = (op: PyObject, visit: visitproc, arg: unknown) => {
    const o = op as PyFrameObject;
    const f = o.f_frame;
    if (f === null || !o.owned) return 0;
    for (const v of f.fast) {
      if (v !== null && v !== undefined) {
        const r = visit(v, arg);
        if (r !== 0) return r;
      }
    }
    return 0;
  };
  F.tp_clear = (op) => {
    const o = op as PyFrameObject;
    const f = o.f_frame;
    if (f !== null && o.owned && !f.cleared) I.clearFrame(f);
  };
  F.tp_repr = (op) => {
    const f = (op as PyFrameObject).f_frame;
    return rt.newStr(`<frame at ${I.hexAddr(op.ob_addr)}, file '${f?.info.filename ?? '?'}', line ${f?.lineno ?? 0}, code ${f?.info.name ?? '?'}>`);
  };
  PyType_AddMethods(rt, F, [], [
    { name: 'f_lineno', get: (o) => rt.newInt((o as PyFrameObject).f_frame?.lineno ?? 0) },
    { name: 'f_code', get: (o) => Py_NewRef((o as PyFrameObject).f_frame?.info.code ?? rt.None) },
    { name: 'f_globals', get: (o) => Py_NewRef((o as PyFrameObject).f_frame?.globals ?? rt.None) },
    { name: 'f_back', get: (o) => {
      const f = (o as PyFrameObject).f_frame;
      const b = f !== null && !(o as PyFrameObject).owned ? f.back : null;
      return b === null ? Py_NewRef(rt.None) : Py_NewRef(getFrameObject(I, b));
    } },
    { name: 'f_locals', get: (o) => {
      const f = (o as PyFrameObject).f_frame;
      const d = rt.newDict();
      if (f === null) return d;
      if (f.locals !== null) {
        Py_DECREF(d);
        return Py_NewRef(f.locals);
      }
      f.info.scope.slots.forEach((slot, name) => {
        let v = f.fast[slot] ?? null;
        if (v !== null && (f.info.scope.cells.has(name) || f.info.scope.frees.has(name))) v = (v as unknown as { ob_ref: PyObject | null }).ob_ref;
        if (v !== null) rt.dictSetStr(d, name, Py_NewRef(v));
      });
      return d;
    } },
  ]);
}
