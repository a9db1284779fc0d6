// The statically allocated objects of CPython 3.11: None, True, False, NotImplemented,
// Ellipsis, the empty tuple, the empty string, the small ints -5..256 and the 256 one-character
// latin-1 strings. They live in the static data segment (Runtime.allocStatic), outside every
// arena, start at the immortal refcount 999 999 999 (3.11's _PyObject_IMMORTAL_INIT) and are
// still INCREF'd and DECREF'd, so sys.getrefcount of them is large but not CPython's number.

import { PyObject, IMMORTAL_REFCNT, ADDR_NO_CODE, addrCode } from './object.js';
import type { Runtime } from './runtime.js';
import { PyLongObject } from './longobject.js';
import { PyTupleObject } from './tupleobject.js';
import { makeStaticUnicode } from './unicodeobject.js';

export function initSingletons(rt: Runtime): void {
  const T = rt.types;
  rt.None = new PyObject(T.NoneType, rt.allocStatic(16), IMMORTAL_REFCNT);
  rt.NotImplemented = new PyObject(T.NotImplementedType, rt.allocStatic(16), IMMORTAL_REFCNT);
  rt.Ellipsis = new PyObject(T.ellipsis, rt.allocStatic(16), IMMORTAL_REFCNT);
  const f = new PyLongObject(T.bool, rt.allocStatic(28), IMMORTAL_REFCNT);
  f.ob_ival = 0;
  const t = new PyLongObject(T.bool, rt.allocStatic(28), IMMORTAL_REFCNT);
  t.ob_ival = 1;
  rt.False = f;
  rt.True = t;
  rt.smallInts = [];
  for (let v = -5; v <= 256; v++) {
    // the small ints are exact ints like any other (one JS layout for all)
    const addr = rt.allocStatic(28);
    const code = addrCode(addr);
    const o = code !== ADDR_NO_CODE ? new rt.PyLongExact(code, IMMORTAL_REFCNT) : new PyLongObject(T.int, addr, IMMORTAL_REFCNT);
    o.ob_ival = v;
    rt.smallInts.push(o);
  }
  rt.emptyTuple = new PyTupleObject(T.tuple, rt.allocStatic(40) + 16, IMMORTAL_REFCNT);
  rt.emptyStr = makeStaticUnicode(rt, '', IMMORTAL_REFCNT);
  rt.latin1Chars = [];
  for (let c = 0; c < 256; c++) rt.latin1Chars.push(makeStaticUnicode(rt, String.fromCharCode(c), IMMORTAL_REFCNT));
}
