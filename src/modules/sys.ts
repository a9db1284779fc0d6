// The sys module: CPython 3.11's Python/sysmodule.c, the parts glasspy's users need.
// Start at makeSysModule. getrefcount reads ob_refcnt of its (borrowed) argument, whose caller
// holds one reference for the call, exactly as 3.11's stack slot does; getsizeof is
// __sizeof__ plus the type's pre-header (GC head, managed-dict pointers).

import { type PyObject, type PyTypeObject, Py_DECREF, Py_NewRef, PyType_IsSubtype } from '../objects/object.js';
import type { Runtime } from '../objects/runtime.js';
import { PyErr } from '../objects/pyerr.js';
import type { PyDictObject } from '../objects/dictobject.js';
import { PyCFunction_New, checkArgs } from '../objects/descrobject.js';
import { PyModule_New } from '../objects/builtinslots.js';
import { call_method, PyType_NewStatic } from '../objects/typeobject.js';
import { PyNumber_AsIndexValue } from '../objects/abstract.js';
import { isStr, PyUnicode_InternFromString } from '../objects/unicodeobject.js';
import type { PyLongObject } from '../objects/longobject.js';
import type { PyBaseExceptionObject } from '../objects/exceptions.js';
import { strOf, PyObject_Repr } from '../objects/abstract.js';
import type { Interpreter } from '../interp/interpreter.js';
import { getFrameObject } from '../interp/frameobject.js';

/** sys.getsizeof(o) as a JS number: o.__sizeof__() + _PyType_PreHeaderSize(type(o)). */
export function getsizeof(rt: Runtime, o: PyObject): number {
  const r = call_method(o, '__sizeof__', []);
  try {
    if (!PyType_IsSubtype(r.ob_type, rt.types.int)) throw PyErr.format(rt, rt.types.TypeError, 'an integer is required');
    const v = Number((r as PyLongObject).ob_ival);
    if (v < 0) throw PyErr.format(rt, rt.types.ValueError, '__sizeof__() should return >= 0');
    return v + o.ob_type.presize;
  } finally {
    Py_DECREF(r);
  }
}

/** A text stream writing to the runtime's stdout or stderr (sys.stdout / sys.stderr). */
function makeStreamType(rt: Runtime, I: Interpreter): PyTypeObject {
  return PyType_NewStatic(rt, '_io.TextIOWrapper', rt.types.object, 16, 0, (t) => {
    t.tp_methods = [
      { name: 'write', fn: (self, args) => {
        checkArgs(rt, 'write', args, null, 1, 1);
        const s = args[0] as PyObject;
        if (!isStr(s)) throw PyErr.format(rt, rt.types.TypeError, `write() argument must be str, not ${s.ob_type.tp_name}`);
        I.writeTo(self, s.ob_sval);
        return rt.newInt(s.ob_length);
      } },
      { name: 'flush', fn: () => {
        I.flushOutput();
        return Py_NewRef(rt.None);
      } },
    ];
    t.tp_repr = (o) => rt.newStr(o === I.stdoutObj ? "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>" : "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>");
  });
}

export function makeSysModule(I: Interpreter, argv: string[]): PyObject {
  const rt = I.rt;
  const T = rt.types;
  const m = PyModule_New(rt, 'sys', null);
  const d = m.ob_dict as PyDictObject;
  const def = (name: string, fn: (self: PyObject, args: PyObject[], kw: readonly string[] | null) => PyObject): void => {
    rt.dictSetStr(d, name, PyCFunction_New(rt, name, fn, m));
  };
  /** A METH_NOARGS function: any argument is a TypeError, as Argument Clinic words it. */
  const def0 = (name: string, fn: () => PyObject): void => {
    def(name, (_s, args, kw) => {
      if (kw !== null && kw.length > 0) throw PyErr.format(rt, T.TypeError, `sys.${name}() takes no keyword arguments`);
      if (args.length > 0) throw PyErr.format(rt, T.TypeError, `sys.${name}() takes no arguments (${args.length} given)`);
      return fn();
    });
  };
  const streamType = makeStreamType(rt, I);
  I.stdoutObj = streamType.tp_alloc(streamType, 0);
  I.stderrObj = streamType.tp_alloc(streamType, 0);
  rt.dictSetStr(d, 'stdout', Py_NewRef(I.stdoutObj));
  rt.dictSetStr(d, 'stderr', Py_NewRef(I.stderrObj));
  rt.dictSetStr(d, '__stdout__', Py_NewRef(I.stdoutObj));
  rt.dictSetStr(d, '__stderr__', Py_NewRef(I.stderrObj));
  def('getrefcount', (_s, args, kw) => {
    checkArgs(rt, 'getrefcount', args, kw, 1, 1);
    return rt.newInt((args[0] as PyObject).ob_refcnt);
  });
  def('getsizeof', (_s, args, kw) => {
    checkArgs(rt, 'getsizeof', args, kw, 1, 2);
    try {
      return rt.newInt(getsizeof(rt, args[0] as PyObject));
    } catch (e) {
      if (args.length === 2 && e instanceof PyErr && e.matches(T.TypeError)) {
        e.release();
        return Py_NewRef(args[1] as PyObject);
      }
      throw e;
    }
  });
  def0('getrecursionlimit', () => rt.newInt(rt.recursionLimit));
  def('setrecursionlimit', (_s, args, kw) => {
    checkArgs(rt, 'setrecursionlimit', args, kw, 1, 1);
    const v = Number((args[0] as PyLongObject).ob_ival);
    if (v < 1) throw PyErr.format(rt, T.ValueError, 'recursion limit must be greater or equal than 1');
    if (v <= rt.recursionDepth) throw PyErr.format(rt, T.RecursionError, `cannot set the recursion limit to ${v} at the recursion depth ${rt.recursionDepth}: the limit is too low`);
    rt.recursionLimit = v;
    return Py_NewRef(rt.None);
  });
  // 3.11's limit on decimal int <-> str conversions (CVE-2020-10735): longobject.ts int_to_decimal
  // and the int() of a str check it
  def0('get_int_max_str_digits', () => rt.newInt(rt.intMaxStrDigits));
  def('set_int_max_str_digits', (_s, args, kw) => {
    // Argument Clinic's order: too many arguments (positional and keyword together), then the
    // one parameter missing (an unknown keyword leaves it missing)
    if (args.length > 1) {
      const onlyKw = kw !== null && kw.length === args.length;
      throw PyErr.format(rt, T.TypeError, `set_int_max_str_digits() takes at most 1 ${onlyKw ? 'keyword ' : ''}argument (${args.length} given)`);
    }
    if (args.length === 0 || (kw !== null && kw.length > 0 && kw[0] !== 'maxdigits')) {
      throw PyErr.format(rt, T.TypeError, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    }
    const v = PyNumber_AsIndexValue(args[0] as PyObject);
    if (v > 2147483647) throw PyErr.format(rt, T.OverflowError, 'Python int too large to convert to C int');
    const n = Number(v);
    if (n !== 0 && n < 640) throw PyErr.format(rt, T.ValueError, 'maxdigits must be 0 or larger than 640');
    rt.intMaxStrDigits = n;
    return Py_NewRef(rt.None);
  });
  def0('getallocatedblocks', () => rt.newInt(rt.heap.getallocatedblocks()));
  def0('_debugmallocstats', () => {
    rt.stderr(rt.heap.debugmallocstats() + rt.freelistStats());
    return Py_NewRef(rt.None);
  });
  def('intern', (_s, args, kw) => {
    checkArgs(rt, 'intern', args, kw, 1, 1);
    const s = args[0] as PyObject;
    if (s.ob_type !== T.str) throw PyErr.format(rt, T.TypeError, `intern() argument must be str, not ${s.ob_type.tp_name}`);
    return PyUnicode_InternFromString(rt, (s as unknown as { ob_sval: string }).ob_sval);
  });
  def('exit', (_s, args) => {
    throw PyErr.steal(rt.newExceptionArgs(T.SystemExit, args.slice(0, 1)));
  });
  def0('exc_info', () => {
    for (let f = I.frame; f !== null; f = f.back) {
      const h = f.handling;
      if (h.length > 0) {
        const e = h[h.length - 1] as PyObject;
        return rt.newTuple([Py_NewRef(e.ob_type), Py_NewRef(e), Py_NewRef(rt.None)]);
      }
    }
    return rt.newTuple([Py_NewRef(rt.None), Py_NewRef(rt.None), Py_NewRef(rt.None)]);
  });
  // sys_displayhook: the echo of the interactive prompt. builtins._ is set to None before the
  // repr is written (so `_` holds no reference meanwhile), then to the value.
  def('displayhook', (_s, args, kw) => {
    checkArgs(rt, 'displayhook', args, kw, 1, 1);
    const o = args[0] as PyObject;
    if (o === rt.None) return Py_NewRef(rt.None);
    const builtins = rt.dictGetStr(I.modules, 'builtins');
    if (builtins === null || builtins.ob_dict === null) throw PyErr.format(rt, T.RuntimeError, 'lost builtins module');
    const bd = builtins.ob_dict as PyDictObject;
    rt.dictSetStr(bd, '_', Py_NewRef(rt.None));
    const out = rt.dictGetStr(d, 'stdout');
    if (out === null || out === rt.None) throw PyErr.format(rt, T.RuntimeError, 'lost sys.stdout');
    const r = PyObject_Repr(o);
    try {
      I.writeTo(out, (r as unknown as { ob_sval: string }).ob_sval);
    } finally {
      Py_DECREF(r);
    }
    I.writeTo(out, '\n');
    rt.dictSetStr(bd, '_', Py_NewRef(o));
    return Py_NewRef(rt.None);
  });
  rt.dictSetStr(d, '__displayhook__', Py_NewRef(rt.dictGetStr(d, 'displayhook') as PyObject));
  // sys_excepthook: PyErr_Display of the exception (given the traceback when it has none yet)
  // on sys.stderr. The uncaught-exception path calls whatever sys.excepthook is
  // (Interpreter.printUncaught).
  def('excepthook', (_s, args, kw) => {
    checkArgs(rt, 'excepthook', args, kw, 3, 3);
    const v = args[1] as PyObject;
    const tb = args[2] as PyObject;
    if (!PyType_IsSubtype(v.ob_type, T.BaseException)) {
      throw PyErr.format(rt, T.TypeError, `print_exception(): Exception expected for value, ${v.ob_type.tp_name} found`);
    }
    const exc = v as PyBaseExceptionObject;
    if (exc.traceback === null && tb.ob_type === T.traceback) exc.traceback = Py_NewRef(tb);
    const err = rt.dictGetStr(d, 'stderr');
    if (err === null || err === rt.None) throw PyErr.format(rt, T.RuntimeError, 'lost sys.stderr');
    I.writeTo(err, I.formatException(exc));
    return Py_NewRef(rt.None);
  });
  rt.dictSetStr(d, '__excepthook__', Py_NewRef(rt.dictGetStr(d, 'excepthook') as PyObject));
  def0('getdefaultencoding', () => rt.newStr('utf-8'));
  def('_getframe', (_s, args, kw) => {
    checkArgs(rt, '_getframe', args, kw, 0, 1);
    let depth = args.length === 1 ? Number((args[0] as PyLongObject).ob_ival) : 0;
    let f = I.frame;
    while (depth > 0 && f !== null) {
      f = f.back;
      depth--;
    }
    if (f === null) throw PyErr.format(rt, T.ValueError, 'call stack is not deep enough');
    return Py_NewRef(getFrameObject(I, f));
  });
  rt.dictSetStr(d, 'argv', rt.newList(argv.map((a) => rt.newStr(a))));
  rt.dictSetStr(d, 'modules', Py_NewRef(I.modules));
  rt.dictSetStr(d, 'maxsize', rt.newInt(9223372036854775807n));
  rt.dictSetStr(d, 'byteorder', rt.newStr('little'));
  rt.dictSetStr(d, 'platform', rt.newStr('linux'));
  rt.dictSetStr(d, 'version', rt.newStr('3.11.7 (glasspy)'));
  rt.dictSetStr(d, 'hexversion', rt.newInt(0x030b07f0));
  rt.dictSetStr(d, 'version_info', rt.newTuple([rt.newInt(3), rt.newInt(11), rt.newInt(7), rt.newStr('final'), rt.newInt(0)]));
  rt.dictSetStr(d, 'path', rt.newList(I.scriptDir === '' ? [] : [rt.newStr(I.scriptDir)]));
  rt.dictSetStr(d, 'executable', rt.newStr('glasspy'));
  void strOf;
  return m;
}
