// Per-site caches of instance attribute access: CPython 3.11's LOAD_ATTR_INSTANCE_VALUE and
// STORE_ATTR_INSTANCE_VALUE specializations (Python/specialize.c). A site remembers a class, the
// class's tp_version_tag and the slot of the name among the class's shared keys; while the
// object's class and its version are those, the attribute is the object's inline value at that
// slot, with no lookup in the class or the shared keys. Only speeds up; nothing a script sees
// changes (every other case takes the generic path, PyObject_GenericGetAttr / SetAttr).

import { type PyObject, type PyTypeObject, Py_TPFLAGS_HEAPTYPE } from '../objects/object.js';
import { _PyType_Lookup } from '../objects/typeobject.js';

export class AttrCache {
  readonly name: string;
  /** the class remembered (null: nothing yet) */
  type: PyTypeObject | null = null;
  tag = -1;
  /** the name's index among the class's shared keys (ht_cached_index) */
  idx = -1;

  constructor(name: string) {
    this.name = name;
  }

  /** LOAD_ATTR_INSTANCE_VALUE: o.name (borrowed) when the remembered class applies, else null. */
  hit(o: PyObject): PyObject | null {
    const type = o.ob_type;
    if (type !== this.type || type.tp_version_tag !== this.tag) return null;
    const vals = o.ob_values;
    if (vals === null) return null;
    return vals[this.idx] ?? null;
  }

  /**
   * After a generic access to o.name: remember o's class when the inline value at a fixed slot is
   * what the generic path reads or writes. That holds when the class uses the generic
   * getattr/setattr (given), o has inline values, the name has a shared-keys slot, and the
   * class's MRO has no data descriptor of that name (a plain function, or any attribute of a
   * non-heap type without __set__, can be shadowed by the instance value).
   */
  fill(o: PyObject, generic: unknown, slotFn: unknown): void {
    const type = o.ob_type;
    if (slotFn !== generic || o.ob_values === null) return;
    const idx = type.ht_cached_index?.get(this.name);
    if (idx === undefined) return;
    const descr = _PyType_Lookup(type, this.name);
    if (descr !== null) {
      const dt = descr.ob_type;
      if ((dt.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0 || dt.tp_descr_set !== null) return;
    }
    this.type = type;
    this.tag = type.tp_version_tag;
    this.idx = idx;
  }
}

/**
 * A method call site's cache (LOAD_METHOD_WITH_VALUES / LOAD_METHOD_NO_DICT): the function or
 * method descriptor found on the class, valid while the object's class and its version are the
 * ones remembered and the object cannot have an attribute of that name: either it has inline
 * values and the class's shared keys have not grown (they never held the name), or it has neither
 * inline values nor a __dict__.
 */
export class MethodCache {
  readonly name: string;
  type: PyTypeObject | null = null;
  tag = -1;
  /** the class's shared-keys count when remembered; -1: objects without values or dict */
  nkeys = -1;
  /** the class attribute (borrowed from the class's dict, which the version keeps unchanged) */
  meth: PyObject | null = null;

  constructor(name: string) {
    this.name = name;
  }

  /** The remembered method if it applies to o, else null. */
  lookup(o: PyObject): PyObject | null {
    const type = o.ob_type;
    if (type !== this.type || type.tp_version_tag !== this.tag) return null;
    if (this.nkeys < 0) return o.ob_values === null && o.ob_dict === null ? this.meth : null;
    return o.ob_values !== null && (type.ht_cached_keys as string[]).length === this.nkeys ? this.meth : null;
  }

  /** After the generic lookup found meth on o's class (and no instance attribute). */
  fill(o: PyObject, meth: PyObject): void {
    const type = o.ob_type;
    let nkeys: number;
    if (o.ob_values !== null) {
      if (type.ht_cached_keys === null || type.ht_cached_index?.get(this.name) !== undefined) return;
      nkeys = type.ht_cached_keys.length;
    } else if (o.ob_dict === null) {
      nkeys = -1;
    } else return;
    this.type = type;
    this.tag = type.tp_version_tag;
    this.nkeys = nkeys;
    this.meth = meth;
  }
}
