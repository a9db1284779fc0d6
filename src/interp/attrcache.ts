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
