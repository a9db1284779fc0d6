// The slot wrappers CPython 3.11's sequence types get from their sq_* slots (typeobject.c's
// slotdefs: SQSLOT("__add__", sq_concat, wrap_binaryfunc), SQSLOT("__mul__"/"__rmul__",
// sq_repeat, wrap_indexargfunc), SQSLOT("__iadd__", sq_inplace_concat), SQSLOT("__imul__",
// sq_inplace_repeat)). glasspy's str, list, tuple, bytes and bytearray concatenate and repeat
// through their number slots and builtinslots.sequence_op, so add_operators gives them an
// `__add__` that answers NotImplemented and a `__radd__` CPython's do not have; this module puts
// CPython's set in their dicts once the builtin types are finished: `"ab".__mul__(3)`,
// `[1].__iadd__((2,))`, and dir() as CPython shows it.
//
// Each wrapper keeps the d_slot of the number slot glasspy uses instead, so a subclass's slot
// fix-up (update_one_slot in typeobject.ts) still inherits the builtin slot rather than the
// generic heap one.

import { type PyObject, type PyTypeObject, Py_DECREF, Py_NewRef } from './object.js';
import type { Runtime } from './runtime.js';
import { PyErr } from './pyerr.js';
import { PyWrapperDescrObject, newDescr } from './descrobject.js';
import { type PyDictObject, PyDict_DelItem } from './dictobject.js';
import { setDictString, PyType_Modified } from './typeobject.js';
import { PyNumber_AsSsize_t } from './abstract.js';
import { sequence_op } from './builtinslots.js';
import { type PyListObject } from './listobject.js';
import { type PyTupleObject } from './tupleobject.js';
import { type PyUnicodeObject } from './unicodeobject.js';
import { list_extend_iterable, list_repeat, str_repeat, tuple_repeat } from './seqtypes.js';

type Body = (rt: Runtime, self: PyObject, arg: PyObject) => PyObject;

/** A one-argument slot wrapper `name` of type t (wrap_binaryfunc / wrap_indexargfunc's arity check). */
function addWrapper(rt: Runtime, t: PyTypeObject, name: string, slot: string, body: Body): void {
  const w = newDescr(rt, PyWrapperDescrObject, rt.types.wrapper_descriptor, t, name);
  w.d_slot = slot;
  w.d_wrapper = (self, args) => {
    if (args.length !== 1) throw PyErr.format(rt, rt.types.TypeError, `expected 1 argument, got ${args.length}`);
    return body(rt, self, args[0] as PyObject);
  };
  setDictString(rt, t.tp_dict as PyDictObject, name, w);
}

/** wrap_indexargfunc: the count as a Py_ssize_t (OverflowError past it), then sq_repeat. */
function repeatBody(repeat: (rt: Runtime, self: PyObject, n: number) => PyObject): Body {
  return (rt, self, arg) => repeat(rt, self, PyNumber_AsSsize_t(arg, rt.types.OverflowError));
}

/** Installs the sequence slot wrappers on the builtin types (after finishBuiltinTypes). */
export function installSequenceWrappers(rt: Runtime): void {
  const T = rt.types;
  const repeats: [PyTypeObject, (rt: Runtime, self: PyObject, n: number) => PyObject][] = [
    [T.str, (r, s, n) => str_repeat(r, s as PyUnicodeObject, n)],
    [T.list, (r, s, n) => list_repeat(r, s as PyListObject, n)],
    [T.tuple, (r, s, n) => tuple_repeat(r, s as PyTupleObject, n)],
  ];
  for (const [t, repeat] of repeats) {
    addWrapper(rt, t, '__mul__', 'nb_multiply', repeatBody(repeat));
    addWrapper(rt, t, '__rmul__', 'nb_multiply', repeatBody(repeat));
    // sq_concat raises for an operand it cannot take, where a number slot answers NotImplemented
    const add = t.nb_add;
    if (add !== null) {
      addWrapper(rt, t, '__add__', 'nb_add', (r, self, other) => {
        const res = add(self, other);
        if (res !== r.NotImplemented) return res;
        Py_DECREF(res);
        return sequence_op(r, self, other, 'nb_add') ?? Py_NewRef(r.NotImplemented);
      });
    }
  }
  // bytes and bytearray already have __mul__ / __rmul__ from their number slot
  for (const t of [T.str, T.list, T.tuple, T.bytes, T.bytearray]) {
    const key = rt.newStr('__radd__');
    PyDict_DelItem(rt, t.tp_dict as PyDictObject, key);
    Py_DECREF(key);
  }
  // list's sq_inplace_concat (list.extend's) and sq_inplace_repeat
  addWrapper(rt, T.list, '__iadd__', 'nb_inplace_add', (r, self, other) => {
    list_extend_iterable(r, self as PyListObject, other);
    return Py_NewRef(self);
  });
  addWrapper(rt, T.list, '__imul__', 'nb_inplace_multiply', (r, self, arg) => {
    const l = self as PyListObject;
    const times = PyNumber_AsSsize_t(arg, r.types.OverflowError);
    const rep = list_repeat(r, l, times) as PyListObject;
    r.listSetItems(l, rep);
    Py_DECREF(rep);
    return Py_NewRef(self);
  });
  for (const t of [T.str, T.list, T.tuple, T.bytes, T.bytearray]) PyType_Modified(t);
}
