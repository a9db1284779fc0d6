// How Python exceptions travel through JavaScript: CPython's Python/errors.c (PyErr_SetString,
// PyErr_Format, PyErr_ExceptionMatches) turned into throws.
//
// A Python exception is a JS `throw` of a PyErr, which OWNS one reference to the exception
// object. Whoever catches a PyErr and does not rethrow it must release it (err.release()).
// Internal bugs are InternalError (src/util/assert.ts) and are never caught as PyErr.
//
// Raise with:   throw PyErr.format(rt, rt.types.TypeError, `... ${x} ...`)
// Catch with:   catch (e) { if (!(e instanceof PyErr) || !e.matches(rt.types.KeyError)) throw e; e.release(); }

import { type PyObject, type PyTypeObject, Py_DECREF, PyType_IsSubtype } from './object.js';
import type { Runtime } from './runtime.js';
import { newException, type PyBaseExceptionObject } from './exceptions.js';

export class PyErr {
  /** owned reference to the exception instance */
  readonly exc: PyBaseExceptionObject;
  constructor(exc: PyBaseExceptionObject) {
    this.exc = exc;
  }

  get type(): PyTypeObject {
    return this.exc.ob_type;
  }

  /** PyErr_ExceptionMatches against one class. */
  matches(t: PyTypeObject): boolean {
    return PyType_IsSubtype(this.exc.ob_type, t);
  }

  /** Drops the reference this PyErr owns (the exception was handled). */
  release(): void {
    Py_DECREF(this.exc);
  }

  /** PyErr_SetString: a new exception of `type` with args (msg,), or () when msg is null. */
  static fromType(rt: Runtime, type: PyTypeObject, msg: string | null): PyErr {
    return new PyErr(newException(rt, type, msg));
  }

  static format(rt: Runtime, type: PyTypeObject, msg: string): PyErr {
    return new PyErr(newException(rt, type, msg));
  }

  /** Wraps an exception object, stealing the reference. */
  static steal(exc: PyObject): PyErr {
    return new PyErr(exc as PyBaseExceptionObject);
  }
}
