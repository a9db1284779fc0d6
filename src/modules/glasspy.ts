// The glasspy module: what a script can ask the runtime about its own memory. No CPython
// counterpart (CPython cannot show this). Start at makeGlasspyModule.
//
//   glasspy.snapshot(label='')   record the heap now for the pictures (--heap-svg, --arena-svg)
//   glasspy.explain(obj)         print why obj is alive: every reference, with its chain from a name
//   glasspy.heapmap(blocks=False) print the arena/pool map (blocks=True: every block too)
//   glasspy.track(obj)           start obj's refcount ledger (src/trace/tracer.ts)
//   glasspy.ledger(obj)          print obj's refcount history: every change, with its cause
//
// track/ledger need the tracer, which runMain installs whenever a script imports glasspy (so
// the causes are compiled in); --trace-refs and --record watch their selection from the start.
//
// Everything prints to sys.stdout, so it interleaves with print() as a student expects.

import { type PyObject, Py_NewRef } from '../objects/object.js';
import type { PyDictObject } from '../objects/dictobject.js';
import { PyErr } from '../objects/pyerr.js';
import { PyCFunction_New } from '../objects/descrobject.js';
import { PyModule_New } from '../objects/builtinslots.js';
import { isStr } from '../objects/unicodeobject.js';
import { parseArgsRequired } from '../objects/bytesobject.js';
import type { Interpreter } from '../interp/interpreter.js';
import { heapMap } from '../obmalloc/heapmap.js';
import { explainObject } from '../viz/explain.js';
import { newPictureState, takePicture } from '../viz/pictures.js';

/** Binds positional and keyword arguments to parameter names (a small PyArg_ParseTupleAndKeywords). */
function parseArgs(I: Interpreter, fname: string, params: readonly string[], required: number, args: PyObject[], kw: readonly string[] | null): (PyObject | null)[] {
  return parseArgsRequired(I.rt, fname, args, kw, params, required);
}

export function makeGlasspyModule(I: Interpreter): PyObject {
  const rt = I.rt;
  const m = PyModule_New(rt, 'glasspy', null);
  const d = m.ob_dict as PyDictObject;
  const def = (name: string, fn: (args: PyObject[], kw: readonly string[] | null) => PyObject): void => {
    rt.dictSetStr(d, name, PyCFunction_New(rt, name, (_s, args, kw) => fn(args, kw), m));
  };
  const print = (text: string): void => I.writeTo(rt.None, text);
  def('snapshot', (args, kw) => {
    const [label] = parseArgs(I, 'snapshot', ['label'], 0, args, kw);
    if (label !== null && label !== undefined && !isStr(label)) {
      throw PyErr.format(rt, rt.types.TypeError, `snapshot() argument 'label' must be str, not ${label.ob_type.tp_name}`);
    }
    if (I.pictures === null) I.pictures = newPictureState();
    takePicture(I, label === null || label === undefined ? '' : label.ob_sval, false);
    return Py_NewRef(rt.None);
  });
  def('explain', (args, kw) => {
    const [obj] = parseArgs(I, 'explain', ['obj'], 1, args, kw);
    // The caller holds one reference for the call: the argument itself.
    print(explainObject(I, obj as PyObject, 1));
    return Py_NewRef(rt.None);
  });
  def('heapmap', (args, kw) => {
    const [blocks] = parseArgs(I, 'heapmap', ['blocks'], 0, args, kw);
    print(heapMap(rt.heap, { blocks: blocks !== null && blocks !== undefined && rt.isTrue(blocks) }));
    return Py_NewRef(rt.None);
  });
  def('track', (args, kw) => {
    const [obj] = parseArgs(I, 'track', ['obj'], 1, args, kw);
    const obs = rt.gc.observer;
    if (obs === null) throw PyErr.format(rt, rt.types.RuntimeError, 'glasspy.track() needs the tracer: import glasspy in the main script');
    obs.track(obj as PyObject);
    return Py_NewRef(rt.None);
  });
  def('ledger', (args, kw) => {
    const [obj] = parseArgs(I, 'ledger', ['obj'], 1, args, kw);
    const o = obj as PyObject;
    const text = rt.gc.observer === null ? null : rt.gc.observer.ledger(o);
    if (text === null) {
      throw PyErr.format(rt, rt.types.ValueError, `glasspy.ledger(): this ${o.ob_type.tp_name} object has no ledger; call glasspy.track(obj) first, or run with --trace-refs`);
    }
    print(text);
    return Py_NewRef(rt.None);
  });
  return m;
}
