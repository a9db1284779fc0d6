// Warnings: CPython 3.11's Python/_warnings.c (the `_warnings` module: warn, warn_explicit and
// the filter state) and, as a frozen module compiled at its first import, the observable parts
// of Lib/warnings.py (filterwarnings, simplefilter, resetwarnings, catch_warnings,
// WarningMessage, showwarning, formatwarning). Also a small `linecache` (getline), which
// warnings uses to show the source line.
//
// As in CPython, warn_explicit reads `filters`, `onceregistry` and `defaultaction` from the
// `warnings` module when it has been imported (catch_warnings swaps `warnings.filters` for a
// copy), and otherwise uses its own state; it shows a warning through
// warnings._showwarnmsg when that module is imported, else prints it itself (show_warning).
// The compiler's SyntaxWarnings (src/interp/syntaxwarnings.ts) come through warnExplicit.
//
// DIVERGENCE: CPython imports `warnings` at start-up (site does); glasspy compiles it at its
// first import, so that import allocates its objects then.
// DIVERGENCE: glasspy has no `re` module: filterwarnings() compiles its message and module
// patterns into a small pattern object (repr like re.compile's) matched with JavaScript
// regular expressions, which agree with Python's for ordinary patterns.
// SIMPLIFICATION: no -W options or PYTHONWARNINGS; the filters start as CPython's defaults.

import { type PyObject, type PyTypeObject, Py_DECREF, Py_NewRef, PyType_IsSubtype } from '../objects/object.js';
import { type PyDictObject, PyDict_GetItem } from '../objects/dictobject.js';
import type { PyListObject } from '../objects/listobject.js';
import type { PyTupleObject } from '../objects/tupleobject.js';
import type { PyUnicodeObject } from '../objects/unicodeobject.js';
import type { PyLongObject } from '../objects/longobject.js';
import { PyErr } from '../objects/pyerr.js';
import { PyCFunction_New, checkArgs } from '../objects/descrobject.js';
import { PyModule_New } from '../objects/builtinslots.js';
import { PyObject_Str, PyObject_IsTrue, PyObject_GetAttrOpt, PyObject_CallBorrowed, PyCallable_Check, strOf, reprOf } from '../objects/abstract.js';
import type { Interpreter } from '../interp/interpreter.js';
import { isSubclass } from '../interp/builtins.js';
import { parseArgsRequired } from '../objects/bytesobject.js';

/** The `_warnings` module's own state (WarningsState), made at first use. */
export interface WarningsState {
  filters: PyObject;
  onceregistry: PyObject;
  defaultaction: PyObject;
  version: number;
}

function getState(I: Interpreter): WarningsState {
  let st = I.warningsState;
  if (st === null) {
    const rt = I.rt;
    const None = rt.None;
    const item = (action: string, cat: PyTypeObject, mod: string | null): PyObject =>
      rt.newTuple([rt.newStr(action), Py_NewRef(None), Py_NewRef(cat), mod === null ? Py_NewRef(None) : rt.newStr(mod), rt.newInt(0)]);
    // init_filters: the release build's defaults
    const filters = rt.newList([
      item('default', excType(I, 'DeprecationWarning'), '__main__'),
      item('ignore', excType(I, 'DeprecationWarning'), null),
      item('ignore', excType(I, 'PendingDeprecationWarning'), null),
      item('ignore', excType(I, 'ImportWarning'), null),
      item('ignore', excType(I, 'ResourceWarning'), null),
    ]);
    st = { filters, onceregistry: rt.newDict(), defaultaction: rt.newStr('default'), version: 0 };
    I.warningsState = st;
  }
  return st;
}

/** get_warnings_attr: an attribute of the imported `warnings` module (new reference), or null. */
function warningsAttr(I: Interpreter, name: string): PyObject | null {
  const m = I.rt.dictGetStr(I.modules, 'warnings');
  if (m === null || m === I.rt.None) return null;
  return PyObject_GetAttrOpt(m, name);
}

/** A builtin exception class by name. */
const excType = (I: Interpreter, name: string): PyTypeObject => I.rt.types.byName.get(name) as PyTypeObject;

const isStr = (I: Interpreter, o: PyObject): boolean => PyType_IsSubtype(o.ob_type, I.rt.types.str);

/** check_matched: None matches; a str must be equal; anything else is asked o.match(arg). */
function checkMatched(I: Interpreter, o: PyObject, arg: PyObject): boolean {
  const rt = I.rt;
  if (o === rt.None) return true;
  if (o.ob_type === rt.types.str) return isStr(I, arg) && (o as PyUnicodeObject).ob_sval === (arg as PyUnicodeObject).ob_sval;
  const r = rt.callMethod(o, 'match', [arg]);
  try {
    return PyObject_IsTrue(r);
  } finally {
    Py_DECREF(r);
  }
}

/** get_filter: the action of the first matching filter (with the filter), else the default. */
function getFilter(I: Interpreter, category: PyObject, text: PyObject, lineno: number, module: PyObject): [PyObject, PyObject] {
  const rt = I.rt;
  const T = rt.types;
  const st = getState(I);
  const f = warningsAttr(I, 'filters');
  if (f !== null) {
    Py_DECREF(st.filters);
    st.filters = f;
  }
  const filters = st.filters;
  if (filters.ob_type !== T.list) throw PyErr.format(rt, T.ValueError, 'warnings.filters must be a list');
  const items = (filters as PyListObject).ob_item;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as PyObject;
    if (!PyType_IsSubtype(item.ob_type, T.tuple) || (item as PyTupleObject).ob_item.length !== 5) {
      throw PyErr.format(rt, T.ValueError, `warnings.filters item ${i} isn't a 5-tuple`);
    }
    Py_NewRef(item);
    try {
      const [action, msg, cat, mod, ln] = (item as PyTupleObject).ob_item as PyObject[];
      if (!isStr(I, action as PyObject)) throw PyErr.format(rt, T.TypeError, `action must be a string, not '${(action as PyObject).ob_type.tp_name}'`);
      const goodMsg = checkMatched(I, msg as PyObject, text);
      const goodMod = checkMatched(I, mod as PyObject, module);
      const sub = isSubclass(rt, category, cat as PyObject);
      const n = Number((ln as PyLongObject).ob_ival);
      if (goodMsg && sub && goodMod && (n === 0 || n === lineno)) return [Py_NewRef(action as PyObject), Py_NewRef(item)];
    } finally {
      Py_DECREF(item);
    }
  }
  // get_default_action
  const d = warningsAttr(I, 'defaultaction');
  if (d !== null) {
    if (!isStr(I, d)) {
      Py_DECREF(d);
      throw PyErr.format(rt, T.TypeError, `warnings.defaultaction must be a string, not '${d.ob_type.tp_name}'`);
    }
    Py_DECREF(st.defaultaction);
    st.defaultaction = d;
  }
  return [Py_NewRef(st.defaultaction), Py_NewRef(rt.None)];
}

/** already_warned: the registry is cleared when the filters changed since it was written. */
function alreadyWarned(I: Interpreter, registry: PyObject, key: PyObject, shouldSet: boolean): boolean {
  const rt = I.rt;
  const st = getState(I);
  const reg = registry as PyDictObject;
  const v = rt.dictGetStr(reg, 'version');
  if (v === null || v.ob_type !== rt.types.int || (v as PyLongObject).ob_ival !== st.version) {
    Py_DECREF(rt.callMethod(reg, 'clear', []));
    rt.dictSetStr(reg, 'version', rt.newInt(st.version));
  } else {
    const already = PyDict_GetItem(rt, reg, key);
    if (already !== null && PyObject_IsTrue(already)) return true;
  }
  if (shouldSet) rt.setItem(reg, key, rt.True);
  return false;
}

function updateRegistry(I: Interpreter, registry: PyObject, text: PyObject, category: PyObject): boolean {
  const altkey = I.rt.newTuple([Py_NewRef(text), Py_NewRef(category)]);
  try {
    return alreadyWarned(I, registry, altkey, true);
  } finally {
    Py_DECREF(altkey);
  }
}

/** The source line a warning shows (linecache.getline's line, stripped), or ''. */
function sourceLineOf(I: Interpreter, filename: string, lineno: number): string {
  return (I.sourceLine(filename, lineno) ?? '').trim();
}

/** show_warning: the text _showwarnmsg_impl would write, straight to sys.stderr. */
function showWarning(I: Interpreter, filename: PyObject, lineno: number, text: PyObject, category: PyObject): void {
  const rt = I.rt;
  const nameObj = PyObject_GetAttrOpt(category, '__name__');
  const name = nameObj === null ? '?' : strOf(nameObj);
  if (nameObj !== null) Py_DECREF(nameObj);
  const file = strOf(filename);
  let s = `${file}:${lineno}: ${name}: ${strOf(text)}\n`;
  const line = sourceLineOf(I, file, lineno);
  if (line !== '') s += `  ${line}\n`;
  const err = rt.dictGetStr(rt.dictGetStr(I.modules, 'sys')?.ob_dict as PyDictObject, 'stderr');
  if (err === null || err === rt.None) {
    rt.stderr('lost sys.stderr\n');
    return;
  }
  I.writeTo(err, s);
}

/** call_show_warning: warnings._showwarnmsg(WarningMessage(...)) when imported, else show_warning. */
function callShowWarning(I: Interpreter, category: PyObject, text: PyObject, message: PyObject, filename: PyObject, lineno: number, lineObj: PyObject, source: PyObject | null): void {
  const rt = I.rt;
  const T = rt.types;
  const show = warningsAttr(I, '_showwarnmsg');
  if (show === null) {
    showWarning(I, filename, lineno, text, category);
    return;
  }
  try {
    if (!PyCallable_Check(show)) throw PyErr.format(rt, T.TypeError, 'warnings._showwarnmsg() must be set to a callable');
    const cls = warningsAttr(I, 'WarningMessage');
    if (cls === null) throw PyErr.format(rt, T.RuntimeError, 'unable to get warnings.WarningMessage');
    let msg: PyObject;
    try {
      msg = PyObject_CallBorrowed(cls, [message, category, filename, lineObj, rt.None, rt.None, source ?? rt.None]);
    } finally {
      Py_DECREF(cls);
    }
    try {
      Py_DECREF(PyObject_CallBorrowed(show, [msg]));
    } finally {
      Py_DECREF(msg);
    }
  } finally {
    Py_DECREF(show);
  }
}

/** normalize_module: the filename without ".py" ("<unknown>" for an empty one). */
function normalizeModule(I: Interpreter, filename: PyObject): PyObject {
  const s = strOf(filename);
  if (s.length === 0) return I.rt.newStr('<unknown>');
  return s.endsWith('.py') ? I.rt.newStr(s.slice(0, -3)) : Py_NewRef(filename);
}

/**
 * warn_explicit (all arguments borrowed; module and registry null when not given). Raises the
 * warning when the action is "error".
 */
export function warnExplicit(I: Interpreter, category: PyObject, message: PyObject, filename: PyObject, lineno: number, module: PyObject | null, registry: PyObject | null, source: PyObject | null = null): void {
  const rt = I.rt;
  const T = rt.types;
  if (module === rt.None) return;
  if (registry !== null && registry !== rt.None && !PyType_IsSubtype(registry.ob_type, T.dict)) {
    throw PyErr.format(rt, T.TypeError, "'registry' must be a dict or None");
  }
  const owned: PyObject[] = [];
  try {
    const mod = module === null ? normalizeModule(I, filename) : Py_NewRef(module);
    owned.push(mod);
    let text: PyObject;
    if (PyType_IsSubtype(message.ob_type, excType(I, 'Warning'))) {
      text = PyObject_Str(message);
      owned.push(text);
      category = message.ob_type;
      message = Py_NewRef(message);
      owned.push(message);
    } else {
      text = message;
      message = PyObject_CallBorrowed(category, [message]);
      owned.push(message);
    }
    const lineObj = rt.newInt(lineno);
    owned.push(lineObj);
    if (source === rt.None) source = null;
    const key = rt.newTuple([Py_NewRef(text), Py_NewRef(category), Py_NewRef(lineObj)]);
    owned.push(key);
    const hasRegistry = registry !== null && registry !== rt.None;
    if (hasRegistry && alreadyWarned(I, registry as PyObject, key, false)) return;
    const [action, item] = getFilter(I, category, text, lineno, mod);
    owned.push(action, item);
    const act = strOf(action);
    if (act === 'error') throw PyErr.steal(Py_NewRef(message));
    if (act === 'ignore') return;
    let warned = false;
    if (act !== 'always') {
      if (hasRegistry) rt.setItem(registry as PyObject, key, rt.True);
      if (act === 'once') {
        let reg = hasRegistry ? (registry as PyObject) : null;
        if (reg === null) {
          // get_once_registry
          const st = getState(I);
          const o = warningsAttr(I, 'onceregistry');
          if (o !== null) {
            if (!PyType_IsSubtype(o.ob_type, T.dict)) {
              Py_DECREF(o);
              throw PyErr.format(rt, T.TypeError, `warnings.onceregistry must be a dict, not '${o.ob_type.tp_name}'`);
            }
            Py_DECREF(st.onceregistry);
            st.onceregistry = o;
          }
          reg = st.onceregistry;
        }
        warned = updateRegistry(I, reg, text, category);
      } else if (act === 'module') {
        if (hasRegistry) warned = updateRegistry(I, registry as PyObject, text, category);
      } else if (act !== 'default') {
        throw PyErr.format(rt, T.RuntimeError, `Unrecognized action (${reprOf(action)}) in warnings.filters:\n ${reprOf(item)}`);
      }
    }
    if (!warned) callShowWarning(I, category, text, message, filename, lineno, lineObj, source);
  } finally {
    for (const o of owned.reverse()) Py_DECREF(o);
  }
}

/**
 * warn (do_warn / setup_context): the frame `stacklevel` levels up from the caller gives the
 * filename, line, module name and the module's __warningregistry__.
 */
export function warn(I: Interpreter, message: PyObject, category: PyObject | null, stacklevel: number, source: PyObject | null): void {
  const rt = I.rt;
  const T = rt.types;
  // get_category
  if (PyType_IsSubtype(message.ob_type, excType(I, 'Warning'))) category = message.ob_type;
  else if (category === null || category === rt.None) category = excType(I, 'UserWarning');
  const cat: PyObject = category;
  if (!PyType_IsSubtype(cat.ob_type, T.type) || !PyType_IsSubtype(cat as PyTypeObject, excType(I, 'Warning'))) {
    throw PyErr.format(rt, T.TypeError, `category must be a Warning subclass, not '${cat.ob_type.tp_name}'`);
  }
  let f = I.frame;
  while (--stacklevel > 0 && f !== null) f = f.back;
  let globals: PyDictObject;
  let filename: PyObject;
  let lineno: number;
  if (f === null) {
    globals = rt.dictGetStr(I.modules, 'sys')?.ob_dict as PyDictObject;
    filename = rt.newStr('sys');
    lineno = 1;
  } else {
    globals = f.globals;
    filename = rt.newStr(f.info.filename);
    lineno = f.lineno;
  }
  try {
    let registry = rt.dictGetStr(globals, '__warningregistry__');
    if (registry === null) {
      const r = rt.newDict();
      rt.dictSetStr(globals, '__warningregistry__', r);
      registry = r;
    }
    Py_NewRef(registry);
    const nameObj = rt.dictGetStr(globals, '__name__');
    const module = nameObj !== null && isStr(I, nameObj) ? Py_NewRef(nameObj) : rt.newStr('<string>');
    try {
      warnExplicit(I, cat, message, filename, lineno, module, registry, source);
    } finally {
      Py_DECREF(module);
      Py_DECREF(registry);
    }
  } finally {
    Py_DECREF(filename);
  }
}

/** The `_warnings` module. */
export function makeWarningsCModule(I: Interpreter): PyObject {
  const rt = I.rt;
  const st = getState(I);
  const m = PyModule_New(rt, '_warnings', null);
  const d = m.ob_dict as PyDictObject;
  rt.dictSetStr(d, 'filters', Py_NewRef(st.filters));
  rt.dictSetStr(d, '_defaultaction', Py_NewRef(st.defaultaction));
  rt.dictSetStr(d, '_onceregistry', Py_NewRef(st.onceregistry));
  const def = (name: string, fn: (args: PyObject[], kw: readonly string[] | null) => PyObject): void => {
    rt.dictSetStr(d, name, PyCFunction_New(rt, name, (_s, args, kw) => fn(args, kw), m));
  };
  def('warn', (args, kw) => {
    const [message, category, level, source] = parseArgsRequired(rt, 'warn', args, kw, ['message', 'category', 'stacklevel', 'source'], 1);
    const n = level === null || level === undefined ? 1 : Number((level as PyLongObject).ob_ival);
    warn(I, message as PyObject, category ?? null, n, source ?? null);
    return Py_NewRef(rt.None);
  });
  def('warn_explicit', (args, kw) => {
    const [message, category, filename, lineno, module, registry, , source] = parseArgsRequired(rt, 'warn_explicit', args, kw,
      ['message', 'category', 'filename', 'lineno', 'module', 'registry', 'module_globals', 'source'], 4);
    warnExplicit(I, category as PyObject, message as PyObject, filename as PyObject, Number(((lineno as PyObject) as PyLongObject).ob_ival), module ?? null, registry ?? null, source ?? null);
    return Py_NewRef(rt.None);
  });
  def('_filters_mutated', (args, kw) => {
    checkArgs(rt, '_filters_mutated', args, kw, 0, 0);
    st.version++;
    return Py_NewRef(rt.None);
  });
  // glasspy's stand-in for `re` in filterwarnings(): does `pattern` match at the start of text?
  def('_pattern_match', (args, kw) => {
    checkArgs(rt, '_pattern_match', args, kw, 3, 3);
    const [pat, ignoreCase, text] = args as [PyObject, PyObject, PyObject];
    let re: RegExp;
    try {
      re = new RegExp(strOf(pat), PyObject_IsTrue(ignoreCase) ? 'iuy' : 'uy');
    } catch {
      throw PyErr.format(rt, rt.types.ValueError, `glasspy cannot compile the pattern ${reprOf(pat)}`);
    }
    return rt.newBool(re.test(strOf(text)));
  });
  return m;
}

/** `linecache`: getline/getlines/clearcache/checkcache over the sources the interpreter read. */
export function makeLinecacheModule(I: Interpreter): PyObject {
  const rt = I.rt;
  const m = PyModule_New(rt, 'linecache', null);
  const d = m.ob_dict as PyDictObject;
  const linesOf = (filename: string): string[] => {
    let lines = I.sources.get(filename);
    if (lines === undefined) {
      const src = I.readSource(filename);
      if (src === null) return [];
      lines = src.split('\n');
    }
    const out = lines.map((l) => `${l}\n`);
    // the file's last line has no newline after the split of a text that ends with one
    if (out.length > 0 && out[out.length - 1] === '\n') out.pop();
    return out;
  };
  rt.dictSetStr(d, 'getline', PyCFunction_New(rt, 'getline', (_s, args, kw) => {
    const [filename, lineno] = parseArgsRequired(rt, 'getline', args, kw, ['filename', 'lineno', 'module_globals'], 2);
    const lines = linesOf(strOf(filename as PyObject));
    const n = Number(((lineno as PyObject) as PyLongObject).ob_ival);
    return rt.newStr(n >= 1 && n <= lines.length ? (lines[n - 1] as string) : '');
  }, m));
  rt.dictSetStr(d, 'getlines', PyCFunction_New(rt, 'getlines', (_s, args, kw) => {
    const [filename] = parseArgsRequired(rt, 'getlines', args, kw, ['filename', 'module_globals'], 1);
    return rt.newList(linesOf(strOf(filename as PyObject)).map((l) => rt.newStr(l)));
  }, m));
  for (const name of ['clearcache', 'checkcache']) {
    rt.dictSetStr(d, name, PyCFunction_New(rt, name, () => Py_NewRef(rt.None), m));
  }
  return m;
}

/** Lib/warnings.py's Python half (glasspy's own code, CPython's names and behaviour). */
export const WARNINGS_SOURCE = `\
import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\\n"
    if msg.line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += "  %s\\n" % line
    return s


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace if you like."""
    try:
        sw = showwarning
    except NameError:
        pass
    else:
        if sw is not _showwarning_orig:
            if not callable(sw):
                raise TypeError("warnings.showwarning() must be set to a "
                                "function or method")
            sw(msg.message, msg.category, msg.filename, msg.lineno,
               msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)


_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    """Function to format a warning the standard way."""
    try:
        fw = formatwarning
    except NameError:
        pass
    else:
        if fw is not _formatwarning_orig:
            return fw(msg.message, msg.category,
                      msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


class _Pattern:
    # what re.compile() would return for a filter's pattern (glasspy has no re module)

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self._ignorecase = ignorecase

    def match(self, text):
        return _pattern_match(self.pattern, self._ignorecase, text)

    def __eq__(self, other):
        if not isinstance(other, _Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self._ignorecase == other._ignorecase

    def __hash__(self):
        return hash((self.pattern, self._ignorecase))

    def __repr__(self):
        if self._ignorecase:
            return "re.compile(%r, re.IGNORECASE)" % (self.pattern,)
        return "re.compile(%r)" % (self.pattern,)


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    assert action in ("error", "ignore", "always", "default", "module",
                      "once"), "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \\
           "lineno must be an int >= 0"

    if message:
        message = _Pattern(message, True)
    else:
        message = None
    if module:
        module = _Pattern(module, False)
    else:
        module = None

    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    assert action in ("error", "ignore", "always", "default", "module",
                      "once"), "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \\
           "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # Remove possible duplicate filters, so new one will be placed
    # in correct place. If append=True and duplicate exists, do nothing.
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                    "line : %r}" % (self.message, self._category_name,
                                    self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon
    exiting the context.
    """

    def __init__(self, *, record=False, module=None):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            # Reset showwarning() to the default implementation to make sure
            # that _showwarnmsg() calls _showwarnmsg_impl()
            self._module.showwarning = self._module._showwarning_orig
            return log
        else:
            return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


from _warnings import (filters, _defaultaction, _onceregistry,
                       warn, warn_explicit, _filters_mutated, _pattern_match)
defaultaction = _defaultaction
onceregistry = _onceregistry
`;

export function makeWarningsModule(I: Interpreter): PyObject {
  return I.execModuleSource('warnings', '<frozen warnings>', WARNINGS_SOURCE);
}
