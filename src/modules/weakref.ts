// The weakref modules: `_weakref` (CPython 3.11's Modules/_weakref.c: getweakrefcount,
// getweakrefs, proxy, _remove_dead_weakref, the ref and proxy types of
// Objects/weakrefobject.c), `atexit` (Modules/atexitmodule.c), and the Python-level `weakref`
// and `_weakrefset` modules, compiled from the sources in weakref-py.ts when first imported
// (CPython: Lib/weakref.py, Lib/_weakrefset.py). Start at makeWeakrefCModule.

import { type PyObject, Py_NewRef, Py_DECREF, Py_INCREF } from '../objects/object.js';
import type { Runtime } from '../objects/runtime.js';
import { PyErr } from '../objects/pyerr.js';
import { type PyDictObject, PyDict_GetItem, PyDict_DelItem, PyDict_New, PyDict_SetItemSteal, dict_each } from '../objects/dictobject.js';
import { type PyTupleObject, PyTuple_New } from '../objects/tupleobject.js';
import { PyCFunction_New, checkArgs, argCountError } from '../objects/descrobject.js';
import { PyModule_New } from '../objects/builtinslots.js';
import { PyObject_Call, PyObject_RichCompareBool, PyCallable_Check, reprOf } from '../objects/abstract.js';
import { Py_EQ } from '../objects/object.js';
import type { PyBaseExceptionObject } from '../objects/exceptions.js';
import {
  installWeakrefs, _PyWeakref_GetWeakrefCount, supportsWeakrefs, isWeakref, type PyWeakReference,
} from '../objects/weakrefobject.js';
import type { Interpreter } from '../interp/interpreter.js';
import { WEAKREF_SOURCE, WEAKREFSET_SOURCE } from './weakref-py.js';

type Fn = (args: PyObject[], kwnames: readonly string[] | null) => PyObject;

function defFn(rt: Runtime, m: PyObject, name: string, fn: Fn): void {
  rt.dictSetStr(m.ob_dict as PyDictObject, name, PyCFunction_New(rt, name, (_s, args, kw) => fn(args, kw), m));
}

/** The `_weakref` builtin module. */
export function makeWeakrefCModule(I: Interpreter): PyObject {
  const rt = I.rt;
  const m = PyModule_New(rt, '_weakref', null);
  const d = m.ob_dict as PyDictObject;
  const types = installWeakrefs(rt);
  rt.dictSetStr(d, 'ref', Py_NewRef(types.ref));
  rt.dictSetStr(d, 'ReferenceType', Py_NewRef(types.ref));
  rt.dictSetStr(d, 'ProxyType', Py_NewRef(types.proxy));
  rt.dictSetStr(d, 'CallableProxyType', Py_NewRef(types.callableProxy));
  // _weakref_getweakrefcount_impl
  defFn(rt, m, 'getweakrefcount', (a, kw) => {
    checkArgs(rt, '_weakref.getweakrefcount', a, kw, 1, 1);
    const o = a[0] as PyObject;
    if (!supportsWeakrefs(o.ob_type)) return rt.newInt(0);
    return rt.newInt(_PyWeakref_GetWeakrefCount(o.ob_weakreflist as PyWeakReference | null));
  });
  // _weakref_getweakrefs: every weakref and proxy, in list order
  defFn(rt, m, 'getweakrefs', (a, kw) => {
    checkArgs(rt, 'getweakrefs', a, kw, 1, 1);
    const o = a[0] as PyObject;
    const items: PyObject[] = [];
    if (supportsWeakrefs(o.ob_type)) {
      for (let w = o.ob_weakreflist as PyWeakReference | null; w !== null; w = w.wr_next) items.push(Py_NewRef(w));
    }
    return rt.newList(items);
  });
  // weakref_proxy
  defFn(rt, m, 'proxy', (a, kw) => {
    if (kw !== null && kw.length > 0) throw PyErr.format(rt, rt.types.TypeError, 'proxy() takes no keyword arguments');
    if (a.length < 1 || a.length > 2) throw argCountError(rt, 'proxy', 1, 2, a.length);
    return types.newProxy(a[0] as PyObject, a[1] ?? null);
  });
  // _weakref__remove_dead_weakref_impl (_PyDict_DelItemIf with is_dead_weakref)
  defFn(rt, m, '_remove_dead_weakref', (a, kw) => {
    checkArgs(rt, '_remove_dead_weakref', a, kw, 2, 2);
    const dct = a[0] as PyObject;
    if (dct.ob_type !== rt.types.dict && !(dct.ob_type.mro.includes(rt.types.dict))) {
      throw PyErr.format(rt, rt.types.TypeError, `_remove_dead_weakref() argument 1 must be dict, not ${dct.ob_type.tp_name}`);
    }
    const key = a[1] as PyObject;
    const v = PyDict_GetItem(rt, dct as PyDictObject, key);
    if (v !== null) {
      if (!isWeakref(v)) throw PyErr.format(rt, rt.types.TypeError, 'not a weakref');
      if (v.wr_object === null) PyDict_DelItem(rt, dct as PyDictObject, key);
    }
    return Py_NewRef(rt.None);
  });
  // sys.excepthook's printing, for finalize's exit function (glasspy has no sys.excepthook)
  defFn(rt, m, '_print_exception', (a, kw) => {
    checkArgs(rt, '_print_exception', a, kw, 1, 1);
    rt.stderr(I.formatException(a[0] as PyBaseExceptionObject));
    return Py_NewRef(rt.None);
  });
  return m;
}

/** A module compiled from the source text in weakref-py.ts. */
function makeFrozenModule(I: Interpreter, name: string, source: string): PyObject {
  return I.execModuleSource(name, `<frozen ${name}>`, source);
}

export function makeWeakrefModule(I: Interpreter): PyObject {
  return makeFrozenModule(I, 'weakref', WEAKREF_SOURCE);
}

export function makeWeakrefsetModule(I: Interpreter): PyObject {
  return makeFrozenModule(I, '_weakrefset', WEAKREFSET_SOURCE);
}

/** One registered exit function with its arguments (all owned). */
interface AtexitCallback {
  func: PyObject;
  args: PyTupleObject;
  kwargs: PyDictObject | null;
}

/**
 * The `atexit` module (Modules/atexitmodule.c). The callbacks live with the module; the
 * interpreter calls rt.atexitRun at shutdown (_PyAtExit_Call), before the modules are torn down.
 */
export function makeAtexitModule(I: Interpreter): PyObject {
  const rt = I.rt;
  const m = PyModule_New(rt, 'atexit', null);
  const callbacks: (AtexitCallback | null)[] = [];
  const release = (cb: AtexitCallback): void => {
    Py_DECREF(cb.func);
    Py_DECREF(cb.args);
    if (cb.kwargs !== null) Py_DECREF(cb.kwargs);
  };
  const clear = (): void => {
    const all = callbacks.splice(0, callbacks.length);
    for (const cb of all) if (cb !== null) release(cb);
  };
  /** atexit_callfuncs: newest first; an exception is reported and the next one runs. */
  const callFuncs = (): void => {
    for (let i = callbacks.length - 1; i >= 0; i--) {
      const cb = callbacks[i] ?? null;
      if (cb === null) continue;
      Py_INCREF(cb.func);
      Py_INCREF(cb.args);
      try {
        const args = cb.args.ob_item.map((x) => Py_NewRef(x));
        let kwnames: string[] | null = null;
        if (cb.kwargs !== null) {
          kwnames = [];
          const kw = cb.kwargs;
          dict_each(kw, (k, v) => {
            (kwnames as string[]).push((k as unknown as { ob_sval: string }).ob_sval);
            args.push(Py_NewRef(v));
          });
        }
        Py_DECREF(PyObject_Call(cb.func, args, kwnames));
      } catch (e) {
        if (!(e instanceof PyErr)) throw e;
        let r: string;
        try {
          r = reprOf(cb.func);
        } catch (e2) {
          if (!(e2 instanceof PyErr)) throw e2;
          e2.release();
          r = '<object repr() failed>';
        }
        rt.stderr(`Exception ignored in atexit callback: ${r}\n${I.formatException(e.exc)}`);
        e.release();
      } finally {
        Py_DECREF(cb.func);
        Py_DECREF(cb.args);
      }
    }
    clear();
  };
  rt.atexitRun = callFuncs;
  defFn(rt, m, 'register', (a, kw) => {
    const nkw = kw === null ? 0 : kw.length;
    const npos = a.length - nkw;
    if (npos < 1) throw PyErr.format(rt, rt.types.TypeError, 'register() takes at least 1 argument (0 given)');
    const func = a[0] as PyObject;
    if (!PyCallable_Check(func)) throw PyErr.format(rt, rt.types.TypeError, 'the first argument must be callable');
    const args = PyTuple_New(rt, a.slice(1, npos).map((x) => Py_NewRef(x))) as PyTupleObject;
    let kwargs: PyDictObject | null = null;
    if (kw !== null && nkw > 0) {
      kwargs = PyDict_New(rt);
      kw.forEach((name, i) => PyDict_SetItemSteal(rt, kwargs as PyDictObject, rt.newStr(name), Py_NewRef(a[npos + i] as PyObject)));
    }
    callbacks.push({ func: Py_NewRef(func), args, kwargs });
    return Py_NewRef(func);
  });
  defFn(rt, m, 'unregister', (a, kw) => {
    checkArgs(rt, 'unregister', a, kw, 1, 1);
    const func = a[0] as PyObject;
    for (let i = 0; i < callbacks.length; i++) {
      const cb = callbacks[i] ?? null;
      if (cb === null) continue;
      if (cb.func === func || PyObject_RichCompareBool(cb.func, func, Py_EQ)) {
        callbacks[i] = null;
        release(cb);
      }
    }
    return Py_NewRef(rt.None);
  });
  defFn(rt, m, '_run_exitfuncs', (a, kw) => {
    checkArgs(rt, '_run_exitfuncs', a, kw, 0, 0);
    callFuncs();
    return Py_NewRef(rt.None);
  });
  defFn(rt, m, '_clear', (a, kw) => {
    checkArgs(rt, '_clear', a, kw, 0, 0);
    clear();
    return Py_NewRef(rt.None);
  });
  defFn(rt, m, '_ncallbacks', (a, kw) => {
    checkArgs(rt, '_ncallbacks', a, kw, 0, 0);
    return rt.newInt(callbacks.filter((c) => c !== null).length);
  });
  return m;
}
