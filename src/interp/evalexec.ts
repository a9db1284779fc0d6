// eval(), exec() and compile(): CPython 3.11's builtin_eval_impl, builtin_exec_impl and
// builtin_compile_impl (Python/bltinmodule.c). The source is parsed and compiled to closures
// like a module, then run in a frame whose globals and locals are the given dicts (LOAD_NAME
// semantics: locals, then globals, then builtins). compile() returns a code object carrying its
// compiled body (co_impl), which eval() and exec() then run.
// SIMPLIFICATION: locals must be a dict (any other mapping raises NotImplementedError), mode
// 'single' is not supported, and compile()'s flags are ignored.

import { emitSyntaxWarnings } from './syntaxwarnings.js';
import { type PyObject, Py_DECREF, Py_NewRef, PyType_IsSubtype } from '../objects/object.js';
import { PyErr } from '../objects/pyerr.js';
import { type PyDictObject, PyDict_New } from '../objects/dictobject.js';
import { isStr } from '../objects/unicodeobject.js';
import type { PyCodeObject } from '../objects/funcobject.js';
import { parse, checkModule, decodeSource, PySyntaxError } from '../parser/index.js';
import { type PyBytesObject } from '../objects/bytesobject.js';
import { isByteArray } from '../objects/bytearrayobject.js';
import type * as A from '../parser/ast.js';
import type { Interpreter } from './interpreter.js';
import { Compiler } from './compile.js';
import { Frame, type CodeInfo } from './frame.js';
import { PyNotImplementedSyntax, SymtableError } from './errors.js';
import { MISPLACED_FUTURE } from './future.js';
import { newExceptionArgs, type PySyntaxErrorObject } from '../objects/exceptions.js';
import { PyTuple_New } from '../objects/tupleobject.js';

type Mode = 'eval' | 'exec';

/**
 * The text of a source argument, or null when it is a code object (source_as_string): a str as
 * it is; bytes and bytearray decoded as a file is (BOM, coding cookie, else UTF-8); a null
 * character in either is a SyntaxError.
 */
function sourceText(I: Interpreter, fname: string, src: PyObject, filename: string): string | null {
  const rt = I.rt;
  const T = rt.types;
  if (src.ob_type === T.code) return null;
  if (isStr(src)) {
    if (src.ob_sval.indexOf('\0') >= 0) throw PyErr.format(rt, T.SyntaxError, 'source code string cannot contain null bytes');
    return src.ob_sval;
  }
  let data: Uint8Array;
  if (src.ob_type === T.bytes || PyType_IsSubtype(src.ob_type, T.bytes)) data = (src as PyBytesObject).ob_sval;
  else if (isByteArray(src)) data = src.ob_data;
  else throw PyErr.format(rt, T.TypeError, `${fname}() arg 1 must be a string, bytes or ${fname === 'compile' ? 'AST' : 'code'} object`);
  if (data.indexOf(0) >= 0) throw PyErr.format(rt, T.SyntaxError, 'source code string cannot contain null bytes');
  try {
    // SIMPLIFICATION: bytes that are not valid in their encoding get the message of a file's
    // ("Non-UTF-8 code starting with ..."), not the string tokenizer's "(unicode error) ..."
    return decodeSource(data, filename, false);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    // the codec errors have no line: SyntaxError(msg, (filename, 0, -1, None))
    if (e.lineno !== 0) throw syntaxError(I, e);
    const loc = PyTuple_New(rt, [rt.newStr(filename), rt.newInt(0), rt.newInt(-1), Py_NewRef(rt.None)]);
    throw PyErr.steal(newExceptionArgs(rt, T.SyntaxError, PyTuple_New(rt, [rt.newStr(e.msg), loc])));
  }
}

/**
 * The SyntaxError object for an error found while parsing or compiling source at run time.
 * The parser's errors are SyntaxError(msg, (filename, lineno, offset, text, end_lineno,
 * end_offset)) (_PyPegen_raise_error_known_location); the compiler's the same with text None,
 * since it reads the line from the file and a string has none (compiler_error); symtable's are
 * SyntaxError(msg) with the location set on the attributes afterwards
 * (PyErr_RangedSyntaxLocationObject).
 */
export function syntaxError(I: Interpreter, e: PySyntaxError): PyErr {
  const rt = I.rt;
  const type = rt.types.byName.get(e.type) ?? rt.types.SyntaxError;
  const text = e.stage === 'parser' && e.text !== null ? rt.newStr(e.text) : Py_NewRef(rt.None);
  const loc = [rt.newStr(e.filename), rt.newInt(e.lineno), rt.newInt(e.offset), text, rt.newInt(e.end_lineno), rt.newInt(e.end_offset)];
  if (e.stage !== 'symtable') return PyErr.steal(newExceptionArgs(rt, type, PyTuple_New(rt, [rt.newStr(e.msg), PyTuple_New(rt, loc)])));
  const exc = newExceptionArgs(rt, type, PyTuple_New(rt, [rt.newStr(e.msg)])) as PySyntaxErrorObject;
  // PyErr_SyntaxLocationObject's attribute order: lineno, offset, end_lineno, end_offset,
  // filename, text; into the struct slots (filename 1, lineno 2, offset 3, end_lineno 4,
  // end_offset 5, text 6)
  const slots = [1, 2, 3, 6, 4, 5];
  for (let i = 0; i < 6; i++) {
    const k = slots[i] as number;
    const old = exc.se[k] ?? null;
    exc.se[k] = loc[i] as PyObject;
    if (old !== null) Py_DECREF(old);
  }
  return PyErr.steal(exc);
}

/** A SyntaxError for a symtable error the closure compiler found (SymtableError). */
function symtableSyntaxError(I: Interpreter, e: SymtableError, filename: string): PyErr {
  const n = e.node;
  const line = n?.lineno ?? 1;
  // the AST's UTF-8 columns + 1, as symtable.c and compile.c pass them
  const err = new PySyntaxError('SyntaxError', e.message, filename, line, (n?.col_offset ?? 0) + 1, n?.end_lineno ?? line, (n?.end_col_offset ?? 0) + 1, null);
  // 'yield' outside function is compile.c's; the others are symtable.c's
  err.stage = e.message === "'yield' outside function" || e.message === MISPLACED_FUTURE ? 'compiler' : 'symtable';
  return syntaxError(I, err);
}

/**
 * Parses and compiles source in `mode`; a new CodeInfo whose code object the caller owns, and
 * the parsed tree's references to its constants (released when the tree is freed).
 */
export function compileSource(I: Interpreter, text: string, filename: string, mode: Mode): { info: CodeInfo; astRefs: PyObject[] } {
  const rt = I.rt;
  try {
    if (mode === 'eval') {
      const tree = parse(text, filename, 'eval') as A.Expression;
      const body = tree.body;
      checkModule({ kind: 'Module', body: [{ kind: 'Expr', value: body, lineno: body.lineno, col_offset: body.col_offset, end_lineno: body.end_lineno, end_col_offset: body.end_col_offset }], type_ignores: [] }, filename, text);
      emitSyntaxWarnings(I, [{ kind: 'Expr', value: body, lineno: body.lineno, col_offset: body.col_offset, end_lineno: body.end_lineno, end_col_offset: body.end_col_offset }], filename);
      const c = new Compiler(I, filename, false);
      return { info: c.compileExpression(body), astRefs: c.takeAstRefs() };
    }
    // translate_newlines: string input in exec mode gets a final newline
    if (!text.endsWith('\n')) text += '\n';
    const tree = parse(text, filename, 'exec') as A.Module;
    checkModule(tree, filename, text);
    emitSyntaxWarnings(I, tree.body, filename);
    const c = new Compiler(I, filename, false);
    return { info: c.compileModule(tree), astRefs: c.takeAstRefs() };
  } catch (e) {
    if (e instanceof PySyntaxError) throw syntaxError(I, e);
    if (e instanceof PyNotImplementedSyntax) throw PyErr.format(rt, rt.types.NotImplementedError, e.message);
    if (e instanceof SymtableError) throw symtableSyntaxError(I, e, filename);
    throw e;
  }
}

/** The caller's locals as a dict: its namespace, or a snapshot of a function's variables. */
function callerLocals(I: Interpreter): PyDictObject {
  const rt = I.rt;
  const f = I.frame;
  if (f === null) return PyDict_New(rt);
  if (f.locals !== null) return Py_NewRef(f.locals);
  const d = PyDict_New(rt);
  f.info.scope.slots.forEach((slot, name) => {
    let v = f.fast[slot] ?? null;
    if (v !== null && (f.info.scope.cells.has(name) || f.info.scope.frees.has(name))) v = (v as unknown as { ob_ref: PyObject | null }).ob_ref;
    if (v !== null) rt.dictSetStr(d, name, Py_NewRef(v));
  });
  return d;
}

/** builtin_eval_impl / builtin_exec_impl. args are borrowed. */
export function evalOrExec(I: Interpreter, mode: Mode, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const rt = I.rt;
  const T = rt.types;
  if (kwnames !== null && kwnames.length > 0) throw PyErr.format(rt, T.TypeError, `${mode}() takes no keyword arguments`);
  if (args.length < 1 || args.length > 3) {
    throw PyErr.format(rt, T.TypeError, args.length < 1 ? `${mode} expected at least 1 argument, got 0` : `${mode} expected at most 3 arguments, got ${args.length}`);
  }
  const src = args[0] as PyObject;
  let g = args[1] ?? rt.None;
  let l = args[2] ?? rt.None;
  if (g !== rt.None && !PyType_IsSubtype(g.ob_type, T.dict)) {
    throw PyErr.format(rt, T.TypeError, mode === 'eval' ? (l !== rt.None && l.ob_type.mp_subscript !== null ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict') : `exec() globals must be a dict, not ${g.ob_type.tp_name}`);
  }
  if (l !== rt.None && l.ob_type.mp_subscript === null) {
    throw PyErr.format(rt, T.TypeError, mode === 'eval' ? 'locals must be a mapping' : `locals must be a mapping or None, not ${l.ob_type.tp_name}`);
  }
  if (l !== rt.None && !PyType_IsSubtype(l.ob_type, T.dict)) {
    throw PyErr.format(rt, T.NotImplementedError, `glasspy does not support ${mode}() with a locals mapping that is not a dict yet`);
  }
  let globals: PyDictObject;
  let locals: PyDictObject;
  if (g === rt.None) {
    const f = I.frame;
    globals = Py_NewRef(f === null ? PyDict_New(rt) : f.globals);
    locals = l === rt.None ? callerLocals(I) : Py_NewRef(l as PyDictObject);
  } else {
    globals = Py_NewRef(g as PyDictObject);
    locals = Py_NewRef((l === rt.None ? g : l) as PyDictObject);
  }
  g = globals;
  l = locals;
  try {
    if (rt.dictGetStr(globals, '__builtins__') === null) rt.dictSetStr(globals, '__builtins__', Py_NewRef(I.builtins));
    const text = sourceText(I, mode, src, '<string>');
    let info: CodeInfo;
    let owned = false;
    let astRefs: PyObject[] = [];
    if (text === null) {
      const impl = (src as PyCodeObject).co_impl as CodeInfo | null;
      if (impl === null || impl === undefined) throw PyErr.format(rt, T.NotImplementedError, `glasspy does not support ${mode}() of this code object`);
      info = impl;
    } else {
      // builtin_eval: leading spaces and tabs of a string are ignored
      ({ info, astRefs } = compileSource(I, mode === 'eval' ? text.replace(/^[ \t]+/, '') : text, '<string>', mode));
      owned = true;
    }
    const f = new Frame(info, globals, I.builtins, locals, null);
    try {
      const r = I.runFrame(f);
      if (mode === 'eval') return r;
      Py_DECREF(r);
      return Py_NewRef(rt.None);
    } finally {
      if (owned) Py_DECREF(info.code);
      // builtin_exec/eval free the parsed string's tree after running it
      for (const o of astRefs.reverse()) Py_DECREF(o);
    }
  } finally {
    Py_DECREF(g);
    Py_DECREF(l);
  }
}

/** builtin_compile_impl: a code object for eval() / exec(). */
export function builtinCompile(I: Interpreter, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const rt = I.rt;
  const T = rt.types;
  const names = ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize'];
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  const vals: (PyObject | undefined)[] = args.slice(0, npos);
  for (let i = 0; i < nkw; i++) {
    const k = (kwnames as readonly string[])[i] as string;
    const ix = names.indexOf(k);
    if (ix < 0) throw PyErr.format(rt, T.TypeError, `compile() got an unexpected keyword argument '${k}'`);
    vals[ix] = args[npos + i];
  }
  for (let i = 0; i < 3; i++) {
    if (vals[i] === undefined) throw PyErr.format(rt, T.TypeError, `compile() missing required argument '${names[i] as string}' (pos ${i + 1})`);
  }
  const fn = vals[1] as PyObject;
  const mode = vals[2] as PyObject;
  if (!isStr(fn)) throw PyErr.format(rt, T.TypeError, `compile() argument 'filename' must be str, not ${fn.ob_type.tp_name}`);
  if (!isStr(mode)) throw PyErr.format(rt, T.TypeError, `compile() argument 'mode' must be str, not ${mode.ob_type.tp_name}`);
  const m = mode.ob_sval;
  if (m === 'single') throw PyErr.format(rt, T.NotImplementedError, "glasspy does not support compile() with mode 'single' yet");
  if (m !== 'eval' && m !== 'exec') throw PyErr.format(rt, T.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  const text = sourceText(I, 'compile', vals[0] as PyObject, fn.ob_sval);
  if (text === null) return Py_NewRef(vals[0] as PyObject);
  const { info, astRefs } = compileSource(I, text, fn.ob_sval, m);
  for (const o of astRefs.reverse()) Py_DECREF(o);
  return info.code;
}
