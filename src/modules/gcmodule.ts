// The Python-visible gc module: CPython 3.11's Modules/gcmodule.c (gc_enable_impl ...
// gc_get_freeze_count_impl). The collector itself is src/gc/gcmodule.ts; start at makeGcModule.

import { type PyObject, Py_NewRef, Py_INCREF, Py_DECREF, _PyObject_IS_GC } from '../objects/object.js';
import type { Runtime } from '../objects/runtime.js';
import { PyErr } from '../objects/pyerr.js';
import type { PyDictObject } from '../objects/dictobject.js';
import { PyCFunction_New, checkArgs } from '../objects/descrobject.js';
import { PyModule_New } from '../objects/builtinslots.js';
import { isInt, int_as_index, type PyLongObject } from '../objects/longobject.js';
import { PyList_AppendSteal, PyList_New } from '../objects/listobject.js';
import {
  type GCHead,
  _PyGC_FINALIZED,
  _PyObject_GC_IS_TRACKED,
  gc_list_merge,
  gc_list_size,
} from '../gc/gclist.js';
import {
  DEBUG_STATS, DEBUG_COLLECTABLE, DEBUG_UNCOLLECTABLE, DEBUG_SAVEALL, DEBUG_LEAK, NUM_GENERATIONS,
  type GCPyState, gc_collect_with_callback, installCollector,
} from '../gc/gcmodule.js';

function intArg(rt: Runtime, o: PyObject): number {
  if (!isInt(o)) throw PyErr.format(rt, rt.types.TypeError, `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  return int_as_index(rt, (o as PyLongObject).ob_ival, 'Python int too large to convert to C int');
}

export function makeGcModule(rt: Runtime): PyObject {
  const m = PyModule_New(rt, 'gc', null);
  const d = m.ob_dict as PyDictObject;
  const py: GCPyState = { garbage: PyList_New(rt), callbacks: PyList_New(rt) };
  installCollector(rt, py);
  const gcs = rt.gc;
  const def = (name: string, fn: (args: PyObject[], kw: readonly string[] | null) => PyObject, min = 0, max = 0, kwOk = false): void => {
    rt.dictSetStr(d, name, PyCFunction_New(rt, name, (_s, args, kw) => {
      if (!kwOk) checkArgs(rt, name, args, kw, min, max);
      return fn(args, kw);
    }, m));
  };
  // set_threshold, get_referrers and get_referents are METH_VARARGS in CPython: each call packs
  // its arguments into a tuple (a GC allocation that gc.get_count() sees right after a full
  // collection has emptied the tuple free list). fn gets that tuple too.
  const defVarargs = (name: string, fn: (args: PyObject[], argsTuple: PyObject) => PyObject, min: number, max: number): void => {
    rt.dictSetStr(d, name, PyCFunction_New(rt, name, (_s, args, kw) => {
      checkArgs(rt, name, args, kw, min, max);
      const argsTuple = rt.newTuple(args.map((a) => Py_NewRef(a)));
      try {
        return fn(args, argsTuple);
      } finally {
        Py_DECREF(argsTuple);
      }
    }, m));
  };
  def('enable', () => { gcs.enabled = true; return Py_NewRef(rt.None); });
  def('disable', () => { gcs.enabled = false; return Py_NewRef(rt.None); });
  def('isenabled', () => rt.newBool(gcs.enabled));
  // gc_collect_impl
  def('collect', (args, kw) => {
    let gen = 2;
    const nkw = kw === null ? 0 : kw.length;
    if (kw !== null) {
      for (const k of kw) {
        if (k !== 'generation') throw PyErr.format(rt, rt.types.TypeError, `collect() got an unexpected keyword argument '${k}'`);
      }
    }
    if (args.length > 1) throw PyErr.format(rt, rt.types.TypeError, `collect() takes at most 1 argument (${args.length} given)`);
    if (nkw > 0 && args.length - nkw > 0) throw PyErr.format(rt, rt.types.TypeError, "argument for collect() given by name ('generation') and position (1)");
    if (args.length === 1) gen = intArg(rt, args[0] as PyObject);
    if (gen < 0 || gen >= NUM_GENERATIONS) throw PyErr.format(rt, rt.types.ValueError, 'invalid generation');
    if (gcs.collecting) return rt.newInt(0);
    gcs.collecting = true;
    let n: number;
    try {
      n = gc_collect_with_callback(rt, py, gen);
    } finally {
      gcs.collecting = false;
    }
    return rt.newInt(n);
  }, 0, 1, true);
  def('get_count', () => rt.newTuple(gcs.generations.map((g) => rt.newInt(g.count))));
  def('get_threshold', () => rt.newTuple(gcs.generations.map((g) => rt.newInt(g.threshold))));
  defVarargs('set_threshold', (args) => {
    for (let i = 0; i < args.length && i < NUM_GENERATIONS; i++) {
      const v = intArg(rt, args[i] as PyObject);
      if (i === 0) gcs.generations[0].threshold = v;
      else (gcs.generations[i] as { threshold: number }).threshold = v;
    }
    return Py_NewRef(rt.None);
  }, 1, 3);
  def('get_debug', () => rt.newInt(gcs.debug));
  def('set_debug', (args) => { gcs.debug = intArg(rt, args[0] as PyObject); return Py_NewRef(rt.None); }, 1, 1);
  // gc_get_objects_impl
  def('get_objects', (args, kw) => {
    let gen: number | null = null;
    if (kw !== null) for (const k of kw) if (k !== 'generation') throw PyErr.format(rt, rt.types.TypeError, `get_objects() got an unexpected keyword argument '${k}'`);
    if (args.length > 1) throw PyErr.format(rt, rt.types.TypeError, `get_objects() takes at most 1 argument (${args.length} given)`);
    const a = args[0];
    if (a !== undefined && a !== rt.None) gen = intArg(rt, a);
    if (gen !== null && gen >= NUM_GENERATIONS) throw PyErr.format(rt, rt.types.ValueError, `generation parameter must be less than the number of available generations (${NUM_GENERATIONS})`);
    if (gen !== null && gen < 0) throw PyErr.format(rt, rt.types.ValueError, 'generation parameter cannot be negative');
    const result = PyList_New(rt);
    const heads = gen === null ? gcs.generations.map((g) => g.head) : [(gcs.generations[gen] as { head: GCHead }).head];
    for (const h of heads) {
      for (let g = h.gc_next as GCHead; g !== h; g = g.gc_next as GCHead) {
        const op = g.op as PyObject;
        if (op === result) continue;
        PyList_AppendSteal(rt, result, Py_NewRef(op));
      }
    }
    return result;
  }, 0, 1, true);
  def('get_stats', () => {
    const items: PyObject[] = [];
    for (const st of gcs.generation_stats) {
      const sd = rt.newDict();
      rt.dictSetStr(sd, 'collections', rt.newInt(st.collections));
      rt.dictSetStr(sd, 'collected', rt.newInt(st.collected));
      rt.dictSetStr(sd, 'uncollectable', rt.newInt(st.uncollectable));
      items.push(sd);
    }
    return rt.newList(items);
  });
  // gc_get_referrers: every tracked object whose tp_traverse reaches one of args
  defVarargs('get_referrers', (args, argsTuple) => {
    const targets = new Set<PyObject>(args);
    const result = PyList_New(rt);
    for (const gen of gcs.generations) {
      const h = gen.head;
      for (let g = h.gc_next as GCHead; g !== h; g = g.gc_next as GCHead) {
        const op = g.op as PyObject;
        if (op === result || op === argsTuple) continue;
        const trav = op.ob_type.tp_traverse;
        if (trav === null) continue;
        let hit = false;
        trav(op, (o) => { if (targets.has(o)) { hit = true; return 1; } return 0; }, null);
        if (hit) PyList_AppendSteal(rt, result, Py_NewRef(op));
      }
    }
    return result;
  }, 0, Infinity);
  // gc_get_referents
  defVarargs('get_referents', (args) => {
    const result = PyList_New(rt);
    for (const op of args) {
      if (!_PyObject_IS_GC(op)) continue;
      const trav = op.ob_type.tp_traverse;
      if (trav === null) continue;
      trav(op, (o) => { PyList_AppendSteal(rt, result, Py_NewRef(o)); return 0; }, null);
    }
    return result;
  }, 0, Infinity);
  def('is_tracked', (args) => {
    const o = args[0] as PyObject;
    return rt.newBool(_PyObject_IS_GC(o) && _PyObject_GC_IS_TRACKED(o));
  }, 1, 1);
  def('is_finalized', (args) => {
    const o = args[0] as PyObject;
    return rt.newBool(_PyObject_IS_GC(o) && _PyGC_FINALIZED(o));
  }, 1, 1);
  // gc_freeze_impl
  def('freeze', () => {
    for (const g of gcs.generations) gc_list_merge(g.head, gcs.permanent_generation.head);
    gcs.generations[0].count = 0;
    return Py_NewRef(rt.None);
  });
  def('unfreeze', () => {
    gc_list_merge(gcs.permanent_generation.head, gcs.generations[2].head);
    return Py_NewRef(rt.None);
  });
  def('get_freeze_count', () => rt.newInt(gc_list_size(gcs.permanent_generation.head)));
  Py_INCREF(py.garbage);
  rt.dictSetStr(d, 'garbage', py.garbage);
  Py_INCREF(py.callbacks);
  rt.dictSetStr(d, 'callbacks', py.callbacks);
  rt.dictSetStr(d, 'DEBUG_STATS', rt.newInt(DEBUG_STATS));
  rt.dictSetStr(d, 'DEBUG_COLLECTABLE', rt.newInt(DEBUG_COLLECTABLE));
  rt.dictSetStr(d, 'DEBUG_UNCOLLECTABLE', rt.newInt(DEBUG_UNCOLLECTABLE));
  rt.dictSetStr(d, 'DEBUG_SAVEALL', rt.newInt(DEBUG_SAVEALL));
  rt.dictSetStr(d, 'DEBUG_LEAK', rt.newInt(DEBUG_LEAK));
  return m;
}
