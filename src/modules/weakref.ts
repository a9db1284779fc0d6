// The weakref module: CPython 3.11's Modules/_weakref.c (getweakrefcount, getweakrefs) and
// the ref type of Objects/weakrefobject.c (src/objects/weakrefobject.ts). Start at
// makeWeakrefModule.
// SIMPLIFICATION: proxy, WeakValueDictionary, WeakKeyDictionary, WeakSet and finalize
// (Lib/weakref.py) are not provided yet.

import { type PyObject, Py_NewRef, GP_TPFLAGS_WEAKREFS } from '../objects/object.js';
import type { Runtime } from '../objects/runtime.js';
import type { PyDictObject } from '../objects/dictobject.js';
import { PyCFunction_New, checkArgs } from '../objects/descrobject.js';
import { PyModule_New } from '../objects/builtinslots.js';
import { installWeakrefs, _PyWeakref_GetWeakrefCount, type PyWeakReference } from '../objects/weakrefobject.js';

export function makeWeakrefModule(rt: Runtime): PyObject {
  const m = PyModule_New(rt, 'weakref', null);
  const d = m.ob_dict as PyDictObject;
  const types = installWeakrefs(rt);
  const def = (name: string, fn: (args: PyObject[]) => PyObject, min: number, max: number): void => {
    rt.dictSetStr(d, name, PyCFunction_New(rt, name, (_s, args, kw) => {
      checkArgs(rt, name, args, kw, min, max);
      return fn(args);
    }, m));
  };
  rt.dictSetStr(d, 'ref', Py_NewRef(types.ref));
  rt.dictSetStr(d, 'ReferenceType', Py_NewRef(types.ref));
  // _weakref_getweakrefcount_impl
  def('getweakrefcount', (a) => {
    const o = a[0] as PyObject;
    if ((o.ob_type.tp_flags & GP_TPFLAGS_WEAKREFS) === 0) return rt.newInt(0);
    return rt.newInt(_PyWeakref_GetWeakrefCount(o.ob_weakreflist as PyWeakReference | null));
  }, 1, 1);
  // _weakref_getweakrefs
  def('getweakrefs', (a) => {
    const o = a[0] as PyObject;
    const items: PyObject[] = [];
    if ((o.ob_type.tp_flags & GP_TPFLAGS_WEAKREFS) !== 0) {
      for (let w = o.ob_weakreflist as PyWeakReference | null; w !== null; w = w.wr_next) items.push(Py_NewRef(w));
    }
    return rt.newList(items);
  }, 1, 1);
  return m;
}
