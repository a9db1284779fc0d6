// The references an object holds, each with the name a student would give it: `[2]` for a list
// item, `['k']` for a dict value, `.next` for an attribute, `__closure__` for a function's cells.
// The collector only needs the objects (tp_traverse, CPython's Include/object.h traverseproc);
// the teaching tools (glasspy.explain, the heap pictures) also need the field, so this module
// reads each type's fields directly and falls back to tp_traverse, unlabelled, for the types it
// does not know. No CPython counterpart: CPython's gc.get_referents gives no field names.
//
// Start at labelledReferents. Everything here only reads: no reference count changes, no
// allocation, no Python code runs (a picture must not disturb the heap it shows).
//
// tests/viz/referents.test.ts checks, type by type, that the targets listed here are exactly
// those tp_traverse visits (plus the str keys of dicts, which CPython's dict_traverse skips).

import { type PyObject, type PyTypeObject, IMMORTAL_REFCNT, Py_TPFLAGS_HEAPTYPE, PyType_IsSubtype } from '../objects/object.js';
import type { Runtime } from '../objects/runtime.js';
import type { PyListObject } from '../objects/listobject.js';
import type { PyTupleObject } from '../objects/tupleobject.js';
import type { PyDictObject } from '../objects/dictobject.js';
import type { PySetObject } from '../objects/setobject.js';
import type { PyFunctionObject, PyCellObject, PyMethodObject } from '../objects/funcobject.js';
import type { PyBaseExceptionObject, PyTraceBackObject } from '../objects/exceptions.js';
import type { PyLongObject } from '../objects/longobject.js';
import type { PyFloatObject } from '../objects/floatobject.js';
import type { PyUnicodeObject } from '../objects/unicodeobject.js';
import { PyWeakReference } from '../objects/weakrefobject.js';
import { PyCFunctionObject } from '../objects/descrobject.js';
import { PyFrameObject } from '../interp/frameobject.js';
import { PyGenObject } from '../interp/genobject.js';
import type { Frame } from '../interp/frame.js';
import { floatRepr, strRepr } from '../util/pyrepr.js';

/** How a reference is held, for drawing and for explain's wording. */
export type RefKind = 'index' | 'key' | 'dictkey' | 'attr' | 'field' | 'elem' | 'local' | 'other';

/** One reference held by an object: `label` names the field (`[2]`, `['k']`, `.next`). */
export interface LabelledRef {
  kind: RefKind;
  label: string;
  target: PyObject;
}

/** Objects whose refcount is immortal (3.11's static objects): drawn inline, never as nodes. */
export function isImmortal(o: PyObject): boolean {
  return o.ob_refcnt >= IMMORTAL_REFCNT / 2;
}

export function isType(rt: Runtime, o: PyObject): o is PyTypeObject {
  return PyType_IsSubtype(o.ob_type, rt.types.type);
}

/** The name a slot of frame f has in its code (co_varnames / cellvars / freevars), by index. */
export function slotNames(f: Frame): string[] {
  const names = new Array<string>(f.fast.length).fill('?');
  for (const [n, i] of f.info.scope.slots) if (i < names.length) names[i] = n;
  return names;
}

const MAX_VALUE_CHARS = 24;

function clip(s: string, max = MAX_VALUE_CHARS): string {
  const cps = [...s];
  return cps.length <= max ? s : cps.slice(0, max - 1).join('') + '…';
}

/**
 * A short rendering of an object's value for labels, computed without running Python code:
 * `1000`, `3.5`, `'hello'`, `None`; null for objects with no short value (containers,
 * instances). Long values are clipped with an ellipsis.
 */
export function shortValue(rt: Runtime, o: PyObject): string | null {
  const T = rt.types;
  const t = o.ob_type;
  if (o === rt.None) return 'None';
  if (o === rt.True) return 'True';
  if (o === rt.False) return 'False';
  if (o === rt.Ellipsis) return 'Ellipsis';
  if (o === rt.NotImplemented) return 'NotImplemented';
  if (t === T.int) return clip(String((o as PyLongObject).ob_ival));
  if (t === T.float) return clip(floatRepr((o as PyFloatObject).ob_fval));
  if (t === T.str) return clip(strRepr((o as PyUnicodeObject).ob_sval), MAX_VALUE_CHARS + 2);
  if (t === T.function) return (o as PyFunctionObject).func_qualname + '()';
  if (isType(rt, o)) return (o as PyTypeObject).tp_name;
  if (t === T.module) {
    const d = o.ob_dict as PyDictObject | null;
    const n = d === null ? null : rt.dictGetStr(d, '__name__');
    return n !== null && n.ob_type === T.str ? (n as PyUnicodeObject).ob_sval : null;
  }
  if (o instanceof PyCFunctionObject) return `${o.m_name}()`;
  if (o instanceof PyFrameObject) return o.f_frame === null ? null : `of ${o.f_frame.info.qualname}()`;
  if (o instanceof PyGenObject) return `${o.gi_qualname}()`;
  if (t === T.traceback) return `line ${(o as PyTraceBackObject).tb_lineno}`;
  return null;
}

/** The type name a student sees: `list`, `Node` (qualified name for classes). */
export function typeLabel(o: PyObject): string {
  const t = o.ob_type;
  return (t.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0 && t.ht_qualname !== '' ? t.ht_qualname : t.tp_name;
}

/** A dict key as it appears in a label: `['k']`, `[3]`; other keys by type and address. */
function keyLabel(rt: Runtime, k: PyObject): string {
  const v = shortValue(rt, k);
  if (v !== null && (k.ob_type === rt.types.str || k.ob_type === rt.types.int || k.ob_type === rt.types.float || isImmortal(k))) return `[${v}]`;
  return `[${typeLabel(k)} at 0x${k.ob_addr.toString(16)}]`;
}

function push(out: LabelledRef[], kind: RefKind, label: string, target: PyObject | null): void {
  if (target !== null && target !== undefined) out.push({ kind, label, target });
}

function dictRefs(rt: Runtime, d: PyDictObject, out: LabelledRef[]): void {
  const keys = d.ma_keys;
  if (keys === null) return;
  for (let i = 0; i < keys.dk_nentries; i++) {
    const k = keys.ek[i];
    const v = keys.ev[i];
    if (k === null || k === undefined || v === null || v === undefined) continue;
    const label = keyLabel(rt, k);
    push(out, 'dictkey', `key ${label}`, k);
    push(out, 'key', label, v);
  }
}

function frameSlotRefs(f: Frame, out: LabelledRef[]): void {
  const names = slotNames(f);
  for (let i = 0; i < f.fast.length; i++) push(out, 'local', names[i] as string, f.fast[i] ?? null);
}

/** The solid builtin layout an instance of t has (list for `class L(list)`), or null. */
function builtinBase(rt: Runtime, t: PyTypeObject): PyTypeObject | null {
  const T = rt.types;
  for (const b of [T.list, T.tuple, T.dict, T.set, T.frozenset, T.BaseException]) if (PyType_IsSubtype(t, b)) return b;
  return null;
}

/**
 * Every reference o holds, in tp_traverse's order where the type has one, labelled.
 * Borrowed targets: the caller must not keep them past a change to the heap.
 */
export function labelledReferents(rt: Runtime, o: PyObject): LabelledRef[] {
  const T = rt.types;
  const t = o.ob_type;
  const out: LabelledRef[] = [];
  if ((t.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0 && !isType(rt, o)) {
    // subtype_traverse: the class, __slots__, the attributes, then the builtin base's fields.
    push(out, 'field', '__class__', t);
    if (o.ob_slots !== null) {
      let s: PyTypeObject | null = t;
      while (s !== null && s.ht_slots === null) s = s.tp_base;
      const names = s?.ht_slots ?? [];
      o.ob_slots.forEach((v, i) => push(out, 'attr', '.' + (names[i] ?? `slot${i}`), v));
    }
    if (o.ob_values !== null) {
      const keys = t.ht_cached_keys ?? [];
      o.ob_values.forEach((v, i) => push(out, 'attr', '.' + (keys[i] ?? `value${i}`), v ?? null));
    } else if (o.ob_dict !== null) {
      push(out, 'field', '__dict__', o.ob_dict);
    }
    const base = builtinBase(rt, t);
    if (base !== null) builtinRefs(rt, o, base, out);
    return out;
  }
  if (builtinRefs(rt, o, t, out)) return out;
  const trav = t.tp_traverse;
  if (trav !== null) trav(o, (r) => { out.push({ kind: 'other', label: '', target: r }); return 0; }, null);
  return out;
}

/** The fields of the builtin layouts; false when `layout` is not one this module knows. */
function builtinRefs(rt: Runtime, o: PyObject, layout: PyTypeObject, out: LabelledRef[]): boolean {
  const T = rt.types;
  if (layout === T.list || layout === T.tuple) {
    const items = (o as PyListObject | PyTupleObject).ob_item;
    items.forEach((v, i) => push(out, 'index', `[${i}]`, v));
    return true;
  }
  if (layout === T.dict) {
    dictRefs(rt, o as PyDictObject, out);
    return true;
  }
  if (layout === T.set || layout === T.frozenset) {
    for (const k of (o as PySetObject).keys) push(out, 'elem', 'elem', k);
    return true;
  }
  if (PyType_IsSubtype(layout, T.BaseException)) {
    const e = o as PyBaseExceptionObject;
    if (layout === o.ob_type) push(out, 'field', '__dict__', e.ob_dict);
    push(out, 'field', 'args', e.args);
    push(out, 'field', '__traceback__', e.traceback);
    push(out, 'field', '__cause__', e.cause);
    push(out, 'field', '__context__', e.context);
    return true;
  }
  if (layout === T.function) {
    const f = o as PyFunctionObject;
    push(out, 'field', '__code__', f.func_code);
    push(out, 'field', '__globals__', f.func_globals);
    push(out, 'field', '__builtins__', f.func_builtins);
    push(out, 'field', '__module__', f.func_module);
    push(out, 'field', '__defaults__', f.func_defaults);
    push(out, 'field', '__kwdefaults__', f.func_kwdefaults);
    push(out, 'field', '__doc__', f.func_doc);
    push(out, 'field', '__closure__', f.func_closure);
    push(out, 'field', '__dict__', f.ob_dict);
    return true;
  }
  if (layout === T.cell) {
    push(out, 'field', 'cell_contents', (o as PyCellObject).ob_ref);
    return true;
  }
  if (layout === T.method) {
    push(out, 'field', '__func__', (o as PyMethodObject).im_func);
    push(out, 'field', '__self__', (o as PyMethodObject).im_self);
    return true;
  }
  if (layout === T.traceback) {
    push(out, 'field', 'tb_next', (o as PyTraceBackObject).tb_next);
    push(out, 'field', 'tb_frame', (o as PyTraceBackObject).tb_frame);
    return true;
  }
  if (layout === T.module) {
    push(out, 'field', '__dict__', o.ob_dict);
    return true;
  }
  if (o instanceof PyFrameObject) {
    if (o.f_frame !== null && o.owned) frameSlotRefs(o.f_frame, out);
    return true;
  }
  if (o instanceof PyGenObject) {
    if (o.gi_frame !== null) frameSlotRefs(o.gi_frame, out);
    return true;
  }
  if (o instanceof PyWeakReference) {
    push(out, 'field', '__callback__', o.wr_callback);
    return true;
  }
  if (isType(rt, o)) {
    const ty = o as PyTypeObject;
    if ((ty.tp_flags & Py_TPFLAGS_HEAPTYPE) === 0) return true;
    push(out, 'field', '__dict__', ty.tp_dict);
    push(out, 'field', '__mro__', ty.tp_mro);
    push(out, 'field', '__bases__', ty.tp_bases);
    push(out, 'field', '__base__', ty.tp_base);
    return true;
  }
  return false;
}
