// The closure compiler: turns the AST of a module into JS closures, one per node, with every
// name resolved at compile time (symtable.ts). It plays the role of CPython 3.11's
// Python/compile.c + Python/ceval.c together. Start at compileModule, then st() (statements)
// and ex() (expressions).
//
// Hot paths write Py_DECREF out (`if (--o.ob_refcnt === 0) _Py_Dealloc(o)`): a call of
// Py_DECREF, even inlined, reads ob_refcnt with Py_DECREF's own type feedback, which has seen
// every class of object (a megamorphic load); written out at a site, the read has the site's
// feedback, which has seen few. The effect is the same.
//
// Ownership: every Ev returns a NEW reference that its consumer stores or releases; operands
// are released right after the operation, where 3.11's bytecode pops them. Constants are owned
// by their code object's co_consts. Statements return a control code (frame.ts: NORMAL, BREAK,
// CONTINUE, RETURN). Generator bodies are compiled a second time as JS generator functions
// (gst), where only statements containing `yield` differ.

import type * as A from '../parser/ast.js';
import {
  type PyObject, type PyTypeObject, Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, PyType_IsSubtype,
  Py_EQ, Py_NE, Py_LT, Py_LE, Py_GT, Py_GE, type NbBinarySlot, Py_TPFLAGS_HAVE_GC, _Py_Dealloc, type PyCFunction1,
} from '../objects/object.js';
import type { Runtime } from '../objects/runtime.js';
import { PyErr } from '../objects/pyerr.js';
import { type PyDictObject, dict_subscript_hit, PyDict_New, PyDict_GetItemString, PyDict_SetItemSteal, dict_lookup_string, dict_del_entry, PyDict_SetItem } from '../objects/dictobject.js';
import { PyTuple_New, type PyTupleObject } from '../objects/tupleobject.js';
import { PyList_New, PyList_AppendSteal, _PyList_AppendTakeRef, PyList_FromArray, type PyListObject, list_preallocate_exact } from '../objects/listobject.js';
import { mangleNames, bindNameOf } from './mangle.js';
import { checkFutureStatements } from './future.js';
import { PyFunction_New, PyCode_New, type PyCodeObject, type PyCellObject, type PyFunctionObject } from '../objects/funcobject.js';
import { type PyLongObject, PyLong_FromNumber, PyLong_FromBigInt } from '../objects/longobject.js';
import { PyFloat_FromDouble } from '../objects/floatobject.js';
import { PyBytes_FromData, type PyBytesObject, latin1 } from '../objects/bytesobject.js';
import { PyComplex_FromDoubles, type PyComplexObject } from '../objects/complexobject.js';
import { PyUnicode_FromString, PyUnicode_InternFromString, PyUnicode_FromKnownKind, PyUnicode_NewText, type PyUnicodeObject, isStr } from '../objects/unicodeobject.js';
import {
  PyObject_GetAttr, PyObject_SetAttr, PyObject_GetItem, PyObject_SetItem, PyObject_IsTrue, PyObject_RichCompare,
  PyNumber_Binary, PyNumber_InPlace, PyNumber_Unary, PyObject_GetIter, PyIter_Next, PySequence_Contains,
  PyObject_Call, iterateToArray, reprOf, strOf, PyObject_Str, PyObject_Repr, PyObject_ASCII,
} from '../objects/abstract.js';
import { _PyType_Lookup, type_new, instanceAttr, type_call2 } from '../objects/typeobject.js';
import { PySlice_New } from '../objects/seqtypes.js';
import type { PyMethodDescrObject, PyCFunctionObject } from '../objects/descrobject.js';
import { type PyBaseExceptionObject, type SourcePos, set_attribute_error_context } from '../objects/exceptions.js';
import { _PyObject_GC_IS_TRACKED, _PyObject_GC_TRACK } from '../gc/gclist.js';
import { DictEntryCache } from '../objects/dictcache.js';
import { type FastBinary, fastBinary, fastCompare } from './binaryfast.js';
import { AttrCache, MethodCache } from './attrcache.js';
import { type Scope, buildSymtable } from './symtable.js';
import { Reader, R_CONST, R_FAST, R_CELL, R_FREE, R_GLOBAL, R_NAME } from './reader.js';
import { type CodeInfo, Frame, finishCodeInfo, type Ev, type St, type GSt, type GEv, NORMAL, BREAK, CONTINUE, RETURN } from './frame.js';
import type { Interpreter } from './interpreter.js';
import { PyNotImplementedSyntax } from './errors.js';
import { GOp, G_SYNC, G_YIELD, G_GEN, G_JUMP, G_IF_FALSE, G_GET_ITER, G_FOR_ITER, G_LOOP_BACK, G_YIELD_FROM, runGenProgram, yieldFromGen, linkGenProgram } from './genprogram.js';
import { type ExprCauses, buildRoles, stmtCause, wrapStmt, wrapBody } from '../trace/causes.js';

/** A borrowed read of a constant or variable (Compiler.peek). */
type Peek = Reader;

const BINOP_SLOT: Record<A.operator, NbBinarySlot> = {
  Add: 'nb_add', Sub: 'nb_subtract', Mult: 'nb_multiply', MatMult: 'nb_matrix_multiply', Div: 'nb_true_divide',
  Mod: 'nb_remainder', Pow: 'nb_power', LShift: 'nb_lshift', RShift: 'nb_rshift', BitOr: 'nb_or', BitXor: 'nb_xor',
  BitAnd: 'nb_and', FloorDiv: 'nb_floor_divide',
};

const CMP_OP: Partial<Record<A.cmpop, number>> = { Eq: Py_EQ, NotEq: Py_NE, Lt: Py_LT, LtE: Py_LE, Gt: Py_GT, GtE: Py_GE };

/** withPos's catch: the innermost node of frame f that an exception passes records its position. */
function markPos(err: unknown, f: Frame, pos: SourcePos): void {
  if (err instanceof PyErr) {
    const x = err.exc;
    if (x.posFrame !== f) {
      x.posFrame = f;
      x.pos = pos;
      f.escaped = true;
    }
  }
}

/**
 * o.name by the type's tp_getattro (o owned, released here); the site's cache remembers o's
 * class when the inline value is what it reads (AttrCache.fill).
 */
function getattrFilling(o: PyObject, cache: AttrCache): PyObject {
  const type = o.ob_type;
  const name = cache.name;
  try {
    const r = (type.tp_getattro as (o: PyObject, n: string) => PyObject)(o, name);
    if (type !== cache.type) cache.fill(o, type.rt.types.object.tp_getattro, type.tp_getattro);
    return r;
  } catch (err) {
    if (err instanceof PyErr) set_attribute_error_context(err.exc, o, name);
    throw err;
  } finally {
    Py_DECREF(o);
  }
}

/**
 * STORE_ATTR of v (stolen) into o (owned; both released): STORE_ATTR_INSTANCE_VALUE when the
 * site's cache applies, in PyObject_GenericSetAttr's order, else PyObject_SetAttr, after which
 * the cache remembers o's class when it can.
 */
function setattrCached(o: PyObject, v: PyObject, cache: AttrCache): void {
  const type = o.ob_type;
  if (type === cache.type && type.tp_version_tag === cache.tag) {
    const vals = o.ob_values;
    const idx = cache.idx;
    if (vals !== null && idx <= vals.length) {
      // the value's (stolen) reference moves into the slot; the old value, then the owner, go
      const old = vals[idx] ?? null;
      vals[idx] = v;
      if (old !== null) {
        try {
          if (--old.ob_refcnt === 0) _Py_Dealloc(old);
        } catch (e) {
          if (--o.ob_refcnt === 0) _Py_Dealloc(o);
          throw e;
        }
      }
      if (!_PyObject_GC_IS_TRACKED(o) && (type.tp_flags & Py_TPFLAGS_HAVE_GC) !== 0) _PyObject_GC_TRACK(type.rt.gc, o);
      if (--o.ob_refcnt === 0) _Py_Dealloc(o);
      return;
    }
  }
  try {
    PyObject_SetAttr(o, cache.name, v);
    if (type !== cache.type) cache.fill(o, type.rt.types.object.tp_setattro, type.tp_setattro);
  } finally {
    Py_DECREF(v);
    Py_DECREF(o);
  }
}

/** The truth of PyObject_RichCompare(a, b, op) (borrowed operands), the result released. */
function richTruth(a: PyObject, b: PyObject, op: number): boolean {
  const res = PyObject_RichCompare(a, b, op);
  const rt = a.ob_type.rt;
  if (res === rt.True || res === rt.False) {
    Py_DECREF(res);
    return res === rt.True;
  }
  try {
    return PyObject_IsTrue(res);
  } finally {
    Py_DECREF(res);
  }
}

/** Every condition of a comprehension's `if` clauses holds (evaluated in order, stopping early). */
function allTrue(conds: ((f: Frame) => boolean)[], f: Frame): boolean {
  for (let i = 0; i < conds.length; i++) if (!(conds[i] as (f: Frame) => boolean)(f)) return false;
  return true;
}

function containsYield(n: unknown): boolean {
  if (n === null || typeof n !== 'object') return false;
  if (Array.isArray(n)) return n.some(containsYield);
  const k = (n as { kind?: string }).kind;
  if (k === 'Yield' || k === 'YieldFrom') return true;
  if (k === 'FunctionDef' || k === 'Lambda' || k === 'ClassDef' || k === 'AsyncFunctionDef' || k === 'GeneratorExp' || k === 'ListComp' || k === 'SetComp' || k === 'DictComp') {
    if (k === 'ListComp' || k === 'SetComp' || k === 'DictComp' || k === 'GeneratorExp') {
      const gens = (n as { generators: A.comprehension[] }).generators;
      return containsYield(gens[0]?.iter);
    }
    if (k === 'FunctionDef' || k === 'ClassDef' || k === 'AsyncFunctionDef') {
      const d = n as { decorator_list: A.expr[] };
      return containsYield(d.decorator_list);
    }
    return false;
  }
  for (const key of Object.keys(n)) {
    if (key === 'kind') continue;
    const v = (n as Record<string, unknown>)[key];
    if (v !== null && typeof v === 'object' && !(v instanceof Uint8Array)) {
      if (containsYield(v)) return true;
    }
  }
  return false;
}

/** The loop a generator program's statement sits in (gemit): where its break / continue go. */
interface GLoop {
  /** ops whose BREAK leaves this loop (patched with the loop's end) */
  brkFix: GOp[];
  /** ops whose CONTINUE goes on with this loop (patched with its next-iteration op) */
  contFix: GOp[];
  isFor: boolean;
}

interface CodeCtx {
  scope: Scope;
  code: PyCodeObject;
  /** inside a loop body (break/continue allowed) */
  isGen: boolean;
}

export class Compiler {
  readonly I: Interpreter;
  readonly rt: Runtime;
  readonly filename: string;
  private scopes!: Map<A.AnyNode, Scope>;
  private ctx!: CodeCtx;
  /**
   * Compiling one input of the interactive prompt (CPython's 'single' mode, c_interactive):
   * every expression statement of the module's own code, loops and ifs included but not the
   * bodies of functions and classes, hands its value to sys.displayhook (PRINT_EXPR).
   */
  readonly interactive: boolean;
  /** the causes of sub-expressions, when a teaching tool observes (src/trace/causes.ts) */
  private traceRoles: ExprCauses | null = null;

  constructor(I: Interpreter, filename: string, interactive = false) {
    this.I = I;
    this.rt = I.rt;
    this.filename = filename;
    this.interactive = interactive;
  }

  compileModule(mod: A.Module): CodeInfo {
    checkFutureStatements(mod.body);
    mangleNames(mod.body);
    const { top, scopes } = buildSymtable(mod);
    this.scopes = scopes;
    if (this.rt.gc.observer !== null) this.traceRoles = buildRoles(mod);
    return this.makeCode(top, '<module>', '<module>', mod.body, null, 1);
  }

  /** eval()'s code: the expression is the module body's value (mode 'eval'). */
  compileExpression(expr: A.expr): CodeInfo {
    const stmt: A.Expr = { kind: 'Expr', value: expr, lineno: expr.lineno, col_offset: expr.col_offset, end_lineno: expr.end_lineno, end_col_offset: expr.end_col_offset };
    const mod: A.Module = { kind: 'Module', body: [stmt], type_ignores: [] };
    const { top, scopes } = buildSymtable(mod);
    this.scopes = scopes;
    return this.makeCode(top, '<module>', '<module>', expr, null, 1);
  }

  private makeCode(scope: Scope, name: string, qualname: string, body: A.stmt[] | A.expr, args: A.arguments | null, firstlineno: number, compBody?: (ctx: CodeCtx) => { body: St | null; genBody: GOp[] | null }): CodeInfo {
    const rt = this.rt;
    const code = PyCode_New(rt, name, qualname, this.filename, firstlineno);
    const saved = this.ctx;
    this.ctx = { scope, code, isGen: scope.isGenerator };
    const posonly = args?.posonlyargs.length ?? 0;
    const argcount = scope.kind === 'comprehension' ? 1 : posonly + (args?.args.length ?? 0);
    const kwonly = args?.kwonlyargs.length ?? 0;
    const paramNames = scope.params.slice();
    const info: CodeInfo = {
      scope, code, name, qualname, filename: this.filename, firstlineno, nslots: scope.nslots,
      argcount, posonlycount: posonly, kwonlycount: kwonly, paramNames,
      varargsSlot: args?.vararg ? (scope.slots.get(args.vararg.arg) as number) : -1,
      varkwSlot: args?.kwarg ? (scope.slots.get(args.kwarg.arg) as number) : -1,
      isGenerator: scope.isGenerator, body: null, genBody: null, fastArgc: -1, blank: [], pool: [],
    };
    finishCodeInfo(info);
    code.co_impl = info;
    try {
      if (compBody !== undefined) {
        const r = compBody(this.ctx);
        info.body = r.body;
        info.genBody = r.genBody;
      } else if (Array.isArray(body)) {
        if (scope.isGenerator) info.genBody = this.gprogram(body);
        else info.body = this.block(body);
      } else {
        // lambda: return <expr>
        if (scope.isGenerator) {
          const node: A.Return = { kind: 'Return', value: body, lineno: body.lineno, col_offset: body.col_offset, end_lineno: body.end_lineno, end_col_offset: body.end_col_offset };
          info.genBody = this.gprogram([node]);
        } else {
          const e = this.ex(body);
          const line = body.lineno;
          info.body = (f) => {
            f.lineno = line;
            f.retval = e(f);
            return RETURN;
          };
        }
      }
    } finally {
      this.ctx = saved;
    }
    const obs = this.rt.gc.observer;
    if (obs !== null && this.traceRoles !== null && info.body !== null) {
      info.body = wrapBody(obs, scope.kind === 'module' ? 'module' : scope.kind === 'class' ? 'class' : 'function', qualname, info.body);
    }
    return info;
  }

  /**
   * A constant owned by the current code object; equal constants of one code object are one
   * object (the compiler's co_consts merging), so `x = 1000; y = 1000; x is y` holds.
   */
  private constant(v: PyObject): Ev {
    const o = this.constRef(v);
    return () => {
      o.ob_refcnt++;
      return o;
    };
  }

  /** constant()'s object: borrowed from co_consts, which owns it. */
  private constRef(v: PyObject): PyObject {
    this.astRef(v);
    const key = this.constKey(v);
    const consts = this.ctx.code.co_consts;
    let obj = v;
    if (key !== null) {
      const cache = this.constCache(this.ctx.code);
      const have = cache.get(key);
      if (have !== undefined) {
        Py_DECREF(v);
        obj = have;
        if (!consts.includes(have)) consts.push(Py_NewRef(have)); // first met inside a tuple
      } else {
        if (v.ob_type === this.rt.types.tuple) this.mergeTupleItems(v as PyTupleObject, cache);
        cache.set(key, v);
        consts.push(v);
      }
    } else consts.push(v);
    return obj;
  }

  /**
   * The parser's arena (PyArena) holds a reference to every constant object of the AST (each
   * literal, each folded tuple and its items) until the tree is freed: for a script, after its
   * module has run (pyrun_file frees the arena after run_mod). The compiler keeps these here;
   * takeAstRefs hands them to whoever frees the tree.
   */
  private readonly astRefs: PyObject[] = [];

  private astRef(v: PyObject): void {
    this.astRefs.push(Py_NewRef(v));
    const T = this.rt.types;
    if (v.ob_type === T.tuple) for (const x of (v as PyTupleObject).ob_item) this.astRef(x);
    else if (v.ob_type === T.frozenset) for (const x of (v as unknown as { keys: (PyObject | null)[] }).keys) if (x !== null) this.astRef(x);
  }

  /** The AST's references to its constants (released when the tree would be freed). */
  takeAstRefs(): PyObject[] {
    return this.astRefs.splice(0);
  }

  /**
   * merge_consts_recursive: the items of a constant tuple are merged with the code object's
   * equal constants too, so in `a, b = 1.5, 1.5` both names hold one object.
   */
  private mergeTupleItems(t: PyTupleObject, cache: Map<string, PyObject>): void {
    const items = t.ob_item;
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as PyObject;
      const k = this.constKey(item);
      if (k === null) continue;
      const have = cache.get(k);
      if (have === undefined) {
        if (item.ob_type === this.rt.types.tuple) this.mergeTupleItems(item as PyTupleObject, cache);
        cache.set(k, item);
      } else if (have !== item) {
        items[i] = Py_NewRef(have);
        Py_DECREF(item);
      }
    }
  }

  private readonly constCaches = new WeakMap<PyCodeObject, Map<string, PyObject>>();

  private constCache(code: PyCodeObject): Map<string, PyObject> {
    let c = this.constCaches.get(code);
    if (c === undefined) {
      c = new Map();
      this.constCaches.set(code, c);
    }
    return c;
  }

  /** A key identifying a constant by type and value (null: never merged). */
  private constKey(v: PyObject): string | null {
    const T = this.rt.types;
    const t = v.ob_type;
    if (t === T.int || t === T.bool) return `${t.tp_name}:${String((v as PyLongObject).ob_ival)}`;
    if (t === T.float) {
      const x = (v as unknown as { ob_fval: number }).ob_fval;
      return `float:${Object.is(x, -0) ? '-0' : String(x)}`;
    }
    if (t === T.str) return `str:${(v as PyUnicodeObject).ob_sval}`;
    if (t === T.bytes) return `bytes:${latin1((v as PyBytesObject).ob_sval)}`;
    if (t === T.complex) {
      const c = v as PyComplexObject;
      const f = (x: number): string => (Object.is(x, -0) ? '-0' : String(x));
      return `complex:${f(c.real)},${f(c.imag)}`;
    }
    if (t === T.tuple) {
      const parts = (v as PyTupleObject).ob_item.map((x) => this.constKey(x));
      if (parts.some((p) => p === null)) return null;
      return `tuple:(${parts.join(',')})`;
    }
    if (v === this.rt.None || v === this.rt.Ellipsis) return t.tp_name;
    return null;
  }

  /**
   * CPython's AST optimizer (Python/ast_opt.c): folds unary and binary operations on constants
   * and tuples of constants, within its size limits. Returns a constant object or null.
   */
  private fold(e: A.expr): PyObject | null {
    const rt = this.rt;
    const T = rt.types;
    if (e.kind === 'Constant') {
      return this.constObject(e.value, e.lineno);
    }
    if (e.kind === 'UnaryOp' && e.op !== 'Not') {
      const v = this.fold(e.operand);
      if (v === null) return null;
      try {
        return PyNumber_Unary(v, e.op === 'USub' ? 'nb_negative' : e.op === 'UAdd' ? 'nb_positive' : 'nb_invert');
      } catch (err) {
        if (err instanceof PyErr) {
          err.release();
          return null;
        }
        throw err;
      } finally {
        Py_DECREF(v);
      }
    }
    if (e.kind === 'BinOp') {
      const l = this.fold(e.left);
      if (l === null) return null;
      const r = this.fold(e.right);
      if (r === null) {
        Py_DECREF(l);
        return null;
      }
      try {
        const ok = (o: PyObject): boolean => o.ob_type === T.int || o.ob_type === T.float || o.ob_type === T.str || o.ob_type === T.bool || o.ob_type === T.tuple || o.ob_type === T.bytes || o.ob_type === T.complex;
        if (!ok(l) || !ok(r)) return null;
        // safe_multiply / safe_power / safe_lshift limits (MAX_INT_SIZE 128 bits, MAX_STR_SIZE 4096)
        const bits = (o: PyObject): number => (o.ob_type === T.int ? (o as PyLongObject).ob_ival.toString(2).replace('-', '').length : 0);
        if (e.op === 'Pow' && l.ob_type === T.int && r.ob_type === T.int) {
          const ex = Number((r as PyLongObject).ob_ival);
          if (ex > 0 && bits(l) * ex > 128) return null;
        }
        if (e.op === 'LShift' && l.ob_type === T.int && r.ob_type === T.int && Number((r as PyLongObject).ob_ival) + bits(l) > 128) return null;
        if (e.op === 'Mult' && l.ob_type === T.int && r.ob_type === T.int && bits(l) + bits(r) > 128) return null;
        const isSeq = (o: PyObject): boolean => o.ob_type === T.str || o.ob_type === T.tuple || o.ob_type === T.bytes;
        if (e.op === 'Mult' && (isSeq(l) || isSeq(r))) {
          const seq = l.ob_type === T.int ? r : l;
          const n = l.ob_type === T.int ? l : r;
          if (n.ob_type !== T.int) return null;
          const len = seq.ob_type === T.str ? (seq as PyUnicodeObject).ob_length : seq.ob_type === T.bytes ? (seq as PyBytesObject).ob_sval.length : (seq as PyTupleObject).ob_item.length;
          const times = Number((n as PyLongObject).ob_ival);
          if (times > 0 && len * times > (seq.ob_type === T.tuple ? 256 : 4096)) return null;
        }
        const res = PyNumber_Binary(l, r, BINOP_SLOT[e.op]);
        if ((res.ob_type === T.str && (res as PyUnicodeObject).ob_length > 4096) || (res.ob_type === T.bytes && (res as PyBytesObject).ob_sval.length > 4096)) {
          Py_DECREF(res);
          return null;
        }
        return res;
      } catch (err) {
        if (err instanceof PyErr) {
          err.release();
          return null;
        }
        throw err;
      } finally {
        Py_DECREF(l);
        Py_DECREF(r);
      }
    }
    if (e.kind === 'Tuple' && e.ctx === 'Load' && e.elts.length > 0) {
      const items: PyObject[] = [];
      for (const x of e.elts) {
        const v = x.kind === 'Starred' ? null : this.fold(x);
        if (v === null) {
          for (const i of items) Py_DECREF(i);
          return null;
        }
        items.push(v);
      }
      const t = PyTuple_New(rt, items);
      return t;
    }
    return null;
  }

  private constObject(c: A.ConstantValue, line: number): PyObject {
    const rt = this.rt;
    if (c === null) return Py_NewRef(rt.None);
    if (c === true) return Py_NewRef(rt.True);
    if (c === false) return Py_NewRef(rt.False);
    if (typeof c === 'bigint') return PyLong_FromBigInt(rt, c);
    if (typeof c === 'number') return PyFloat_FromDouble(rt, c);
    if (typeof c === 'string') return PyUnicode_FromString(rt, c);
    if (c instanceof Uint8Array) return PyBytes_FromData(rt, c.slice());
    if (c.kind === 'Ellipsis') return Py_NewRef(rt.Ellipsis);
    return PyComplex_FromDoubles(rt, c.real, c.imag);
  }

  // ---- statements ------------------------------------------------------------------------------

  /** A statement list; each statement sets the frame's line before it runs (the line table). */
  block(body: A.stmt[]): St {
    const obs = this.rt.gc.observer;
    if (obs !== null && this.traceRoles !== null) return this.seq(body.map((s) => this.stmtWithLine(s)), null);
    return this.seq(body.map((s) => this.st(s)), body.map((s) => s.lineno));
  }

  /** Runs parts in order until one ends abnormally; lines: each part's line to set first (null: the parts set it). */
  private seq(parts: St[], lines: number[] | null): St {
    const n = parts.length;
    if (n === 0) return () => NORMAL;
    if (lines === null) {
      if (n === 1) return parts[0] as St;
      return (f) => {
        for (let i = 0; i < n; i++) {
          const c = (parts[i] as St)(f);
          if (c !== NORMAL) return c;
        }
        return NORMAL;
      };
    }
    if (n === 1) {
      const a = parts[0] as St;
      const la = lines[0] as number;
      return (f) => {
        f.lineno = la;
        return a(f);
      };
    }
    if (n === 2) {
      const [a, b] = parts as [St, St];
      const [la, lb] = lines as [number, number];
      return (f) => {
        f.lineno = la;
        const c = a(f);
        if (c !== NORMAL) return c;
        f.lineno = lb;
        return b(f);
      };
    }
    return (f) => {
      for (let i = 0; i < n; i++) {
        f.lineno = lines[i] as number;
        const c = (parts[i] as St)(f);
        if (c !== NORMAL) return c;
      }
      return NORMAL;
    };
  }

  /** A statement that sets the frame's line, observed by a teaching tool (trace/causes.ts). */
  private stmtWithLine(s: A.stmt): St {
    const run = this.st(s);
    const line = s.lineno;
    return wrapStmt(this.rt.gc.observer as NonNullable<typeof this.rt.gc.observer>, stmtCause(s), (f) => {
      f.lineno = line;
      return run(f);
    });
  }

  st(s: A.stmt): St {
    const rt = this.rt;
    switch (s.kind) {
      case 'Expr': {
        const e = this.ex(s.value);
        if (this.interactive && this.ctx.scope.kind === 'module') {
          const I = this.I;
          return (f) => {
            I.printExpr(e(f));
            return NORMAL;
          };
        }
        return (f) => {
          const v = e(f);
          // Py_DECREF written out (see the header)
          if (--v.ob_refcnt === 0) _Py_Dealloc(v);
          return NORMAL;
        };
      }
      case 'Assign': {
        const value = this.ex(s.value);
        const t0 = s.targets[0] as A.expr;
        if (s.targets.length === 1 && t0.kind === 'Name' && this.traceRoles === null) {
          const r = this.ctx.scope.resolve(t0.id);
          if (r.kind === 'fast') {
            // STORE_FAST inline
            const i = r.slot;
            return (f) => {
              const v = value(f);
              const old = f.fast[i] ?? null;
              f.fast[i] = v;
              // Py_DECREF written out (see the header)
              if (old !== null && --old.ob_refcnt === 0) _Py_Dealloc(old);
              return NORMAL;
            };
          }
          if (r.kind === 'global' || r.kind === 'name') {
            // STORE_GLOBAL / STORE_NAME inline: an existing entry's value replaced through the site's cache
            const key = PyUnicode_FromString(rt, t0.id);
            this.ctx.code.co_consts.push(key);
            const cache = new DictEntryCache(t0.id);
            const isGlobal = r.kind === 'global';
            return (f) => {
              const v = value(f);
              const d = isGlobal ? f.globals : (f.locals ?? f.globals) as PyDictObject;
              if (!cache.replace(d, v)) {
                Py_INCREF(key);
                PyDict_SetItemSteal(rt, d, key, v);
                cache.get(d);
              }
              return NORMAL;
            };
          }
        }
        const targets = s.targets.map((t) => this.store(t));
        if (targets.length === 1) {
          const t = targets[0] as (f: Frame, v: PyObject) => void;
          return (f) => {
            t(f, value(f));
            return NORMAL;
          };
        }
        return (f) => {
          const v = value(f);
          for (let i = 0; i < targets.length; i++) {
            if (i < targets.length - 1) Py_INCREF(v);
            (targets[i] as (f: Frame, v: PyObject) => void)(f, v);
          }
          return NORMAL;
        };
      }
      case 'AugAssign': return this.augassign(s);
      case 'AnnAssign': {
        if (s.value === null) return () => NORMAL;
        const value = this.ex(s.value);
        const t = this.store(s.target);
        return (f) => {
          t(f, value(f));
          return NORMAL;
        };
      }
      case 'Pass': return () => NORMAL;
      case 'Break': return () => BREAK;
      case 'Continue': return () => CONTINUE;
      case 'Return': {
        if (s.value === null) {
          return (f) => {
            f.retval = Py_NewRef(rt.None);
            return RETURN;
          };
        }
        const e = this.ex(s.value);
        return (f) => {
          f.retval = e(f);
          return RETURN;
        };
      }
      case 'If': {
        const test = this.cond(s.test);
        const body = this.block(s.body);
        const orelse = s.orelse.length > 0 ? this.block(s.orelse) : null;
        if (orelse === null) return (f) => (test(f) ? body(f) : NORMAL);
        return (f) => (test(f) ? body(f) : orelse(f));
      }
      case 'While': {
        const test = this.cond(s.test);
        const body = this.block(s.body);
        const orelse = s.orelse.length > 0 ? this.block(s.orelse) : null;
        const line = s.lineno;
        const I = this.I;
        const brk = I.interruptFlag;
        return (f) => {
          while (test(f)) {
            const c = body(f);
            if (c === BREAK) return NORMAL;
            if (c === RETURN) return c;
            f.lineno = line;
            if (brk[0] !== 0) I.checkInterrupt();
          }
          return orelse === null ? NORMAL : orelse(f);
        };
      }
      case 'For': {
        const iter = this.iterExpr(s.iter);
        const target = this.store(s.target);
        const body = this.block(s.body);
        const orelse = s.orelse.length > 0 ? this.block(s.orelse) : null;
        const line = s.lineno;
        const I = this.I;
        const brk = I.interruptFlag;
        return (f) => {
          const seq = iter(f);
          let it: PyObject;
          try {
            it = PyObject_GetIter(seq);
          } finally {
            Py_DECREF(seq);
          }
          const next = it.ob_type.tp_iternext as (o: PyObject) => PyObject | null;
          try {
            for (;;) {
              f.lineno = line;
              if (brk[0] !== 0) I.checkInterrupt();
              const x = next(it);
              if (x === null) break;
              target(f, x);
              const c = body(f);
              if (c === BREAK) return NORMAL;
              if (c === RETURN) return c;
            }
          } finally {
            Py_DECREF(it);
          }
          return orelse === null ? NORMAL : orelse(f);
        };
      }
      case 'FunctionDef': {
        const mk = this.funcMaker(s, s.name, s.args, s.body, s.decorator_list);
        const t = this.storeName(bindNameOf(s));
        return (f) => {
          t(f, mk(f));
          return NORMAL;
        };
      }
      case 'ClassDef': return this.classdef(s);
      case 'Delete': {
        const ds = s.targets.map((t) => this.del(t));
        return (f) => {
          for (const d of ds) d(f);
          return NORMAL;
        };
      }
      case 'Raise': {
        const r = this.raise(s);
        const pos = this.posOf(s);
        return (f) => {
          try {
            return r(f);
          } catch (err) {
            if (err instanceof PyErr && err.exc.posFrame !== f) {
              err.exc.posFrame = f;
              err.exc.pos = pos;
              f.escaped = true;
            }
            throw err;
          }
        };
      }
      case 'Try': return this.tryStmt(s, null);
      case 'Assert': {
        const test = this.cond(s.test);
        const msg = s.msg === null ? null : this.ex(s.msg);
        return (f) => {
          if (test(f)) return NORMAL;
          const aeType = rt.types.AssertionError;
          if (msg === null) throw PyErr.fromType(rt, aeType, null);
          const m = msg(f);
          const e = rt.newExceptionArgs(aeType, [m]);
          Py_DECREF(m);
          throw PyErr.steal(e);
        };
      }
      case 'Import': return this.importStmt(s);
      case 'ImportFrom': return this.importFrom(s);
      case 'Global': case 'Nonlocal': return () => NORMAL;
      case 'With': return this.withStmt(s, 0);
      case 'AsyncFunctionDef': throw new PyNotImplementedSyntax("'async def' functions", s.lineno);
      case 'AsyncFor': throw new PyNotImplementedSyntax("'async for' loops", s.lineno);
      case 'AsyncWith': throw new PyNotImplementedSyntax("'async with' statements", s.lineno);
      case 'Match': throw new PyNotImplementedSyntax("'match' statements", s.lineno);
      case 'TryStar': throw new PyNotImplementedSyntax("'except*' clauses", s.lineno);
      default: {
        const x: never = s;
        throw new Error(`unknown statement ${(x as { kind: string }).kind}`);
      }
    }
  }

  /** A condition evaluated to a JS boolean (POP_JUMP_IF_FALSE), with fast paths. */
  cond(e: A.expr): (f: Frame) => boolean {
    const rt = this.rt;
    if (e.kind === 'Compare' && e.ops.length === 1) {
      const op = e.ops[0] as A.cmpop;
      const ropc = CMP_OP[op];
      if (ropc !== undefined) return this.condCompare(e.left, e.comparators[0] as A.expr, ropc, this.posOf(e));
      if (op === 'Is' || op === 'IsNot') return this.condIs(e.left, e.comparators[0] as A.expr, op === 'Is', this.posOf(e));
    }
    if (e.kind === 'UnaryOp' && e.op === 'Not') {
      const inner = this.cond(e.operand);
      return (f) => !inner(f);
    }
    if (e.kind === 'BoolOp') {
      const parts = e.values.map((v) => this.cond(v));
      const n = parts.length;
      if (e.op === 'And') {
        return (f) => {
          for (let i = 0; i < n; i++) if (!(parts[i] as (f: Frame) => boolean)(f)) return false;
          return true;
        };
      }
      return (f) => {
        for (let i = 0; i < n; i++) if ((parts[i] as (f: Frame) => boolean)(f)) return true;
        return false;
      };
    }
    const v = this.ex(e);
    return (f) => {
      const o = v(f);
      if (o === rt.True) {
        Py_DECREF(o);
        return true;
      }
      if (o === rt.False || o === rt.None) {
        Py_DECREF(o);
        return false;
      }
      try {
        return PyObject_IsTrue(o);
      } finally {
        Py_DECREF(o);
      }
    };
  }

  /** `a is b` / `a is not b` as a condition (IS_OP + POP_JUMP_IF_FALSE): identity, no call. */
  private condIs(left: A.expr, right: A.expr, is: boolean, pos: SourcePos): (f: Frame) => boolean {
    if (this.canPeek(left) && this.canPeek(right)) {
      const l = this.peek(left);
      const r = this.peek(right);
      return (f) => (l.read(f) === r.read(f)) === is;
    }
    const l = this.ex(left);
    if (this.canPeek(right)) {
      // `x.attr is None`: the right operand is a plain read, taken borrowed after the left one
      const rp = this.peek(right);
      return (f) => {
        let a: PyObject;
        try {
          a = l(f);
        } catch (err) {
          markPos(err, f, pos);
          throw err;
        }
        let b: PyObject;
        try {
          b = rp.read(f);
        } catch (err) {
          if (--a.ob_refcnt === 0) _Py_Dealloc(a);
          markPos(err, f, pos);
          throw err;
        }
        const t = (a === b) === is;
        if (--a.ob_refcnt === 0) _Py_Dealloc(a);
        return t;
      };
    }
    const r = this.ex(right);
    return (f) => {
      let a: PyObject;
      try {
        a = l(f);
      } catch (err) {
        markPos(err, f, pos);
        throw err;
      }
      let b: PyObject;
      try {
        b = r(f);
      } catch (err) {
        Py_DECREF(a);
        markPos(err, f, pos);
        throw err;
      }
      const t = (a === b) === is;
      if (--a.ob_refcnt === 0) _Py_Dealloc(a);
      if (--b.ob_refcnt === 0) _Py_Dealloc(b);
      return t;
    };
  }

  /**
   * `a < b` as a condition (COMPARE_OP + POP_JUMP_IF_FALSE; 3.11's COMPARE_OP_INT_JUMP and
   * COMPARE_OP_FLOAT_JUMP): exact ints and floats compare inline, anything else through
   * PyObject_RichCompare and the result's truth. Operands that are plain reads are borrowed.
   */
  private condCompare(left: A.expr, right: A.expr, op: number, pos: SourcePos): (f: Frame) => boolean {
    const fast = fastCompare(this.rt, op);
    const peekRight = this.canPeek(right);
    if (peekRight && this.canPeek(left)) {
      const l = this.peek(left);
      const r = this.peek(right);
      return (f) => {
        try {
          const a = l.read(f);
          const b = r.read(f);
          const t = fast(a, b);
          if (t !== null) return t;
          a.ob_refcnt++;
          b.ob_refcnt++;
          try {
            return richTruth(a, b, op);
          } finally {
            Py_DECREF(a);
            Py_DECREF(b);
          }
        } catch (err) {
          markPos(err, f, pos);
          throw err;
        }
      };
    }
    const l = this.ex(left);
    if (peekRight) {
      // `expr == 0`: the right operand read borrowed after the left one is evaluated, as above
      const r = this.peek(right);
      return (f) => {
        try {
          const a = l(f);
          let b: PyObject;
          try {
            b = r.read(f);
          } catch (err) {
            Py_DECREF(a);
            throw err;
          }
          const t = fast(a, b);
          if (t !== null) {
            if (--a.ob_refcnt === 0) _Py_Dealloc(a);
            return t;
          }
          b.ob_refcnt++;
          try {
            return richTruth(a, b, op);
          } finally {
            Py_DECREF(a);
            Py_DECREF(b);
          }
        } catch (err) {
          markPos(err, f, pos);
          throw err;
        }
      };
    }
    const r = this.ex(right);
    return (f) => {
      try {
        const a = l(f);
        let b: PyObject;
        try {
          b = r(f);
        } catch (err) {
          Py_DECREF(a);
          throw err;
        }
        const t = fast(a, b);
        if (t !== null) {
          // Py_DECREF written out (see the header)
          if (--a.ob_refcnt === 0) _Py_Dealloc(a);
          if (--b.ob_refcnt === 0) _Py_Dealloc(b);
          return t;
        }
        try {
          return richTruth(a, b, op);
        } finally {
          Py_DECREF(a);
          Py_DECREF(b);
        }
      } catch (err) {
        markPos(err, f, pos);
        throw err;
      }
    };
  }

  /** The index an exact int k selects in an exact list o, when in range; else -1 (take the generic path). */
  private readonly listIndex = (o: PyObject, k: PyObject): number => {
    const T = this.rt.types;
    if (o.ob_type !== T.list || k.ob_type !== T.int) return -1;
    const v = (k as PyLongObject).ob_ival;
    if (typeof v !== 'number') return -1;
    const n = (o as PyListObject).ob_item.length;
    const i = v < 0 ? v + n : v;
    return i >= 0 && i < n ? i : -1;
  };

  /**
   * `t op= v`: the target's value, v, BINARY_OP's in-place form (the operator's fast path or
   * PyNumber_InPlace), the store. inplace() is the middle part for every kind of target.
   */
  private augassign(s: A.AugAssign): St {
    const slot = BINOP_SLOT[s.op];
    const fast = this.fastOp(slot);
    const t = s.target;
    /** where errors of the operation and of the target's load and store point (as 3.11's) */
    const spos = this.posOf(s);
    const tpos = this.posOf(t);
    const listIndex = this.listIndex;
    const listItem = (o: PyObject, k: PyObject): PyObject | null => {
      const i = listIndex(o, k);
      return i < 0 ? null : ((o as PyListObject).ob_item[i] as PyObject);
    };
    if (t.kind === 'Name' && this.canPeek(t) && this.canPeek(s.value)) {
      // `i += 1`: both operands are plain reads, taken borrowed (see peek())
      const load = this.peek(t);
      const value = this.peek(s.value);
      const store = this.storeName(t.id);
      return (f) => {
        const a = load.read(f);
        const b = value.read(f);
        let r: PyObject | null;
        try {
          r = fast(a, b);
          if (r === null) {
            a.ob_refcnt++;
            b.ob_refcnt++;
            try {
              r = PyNumber_InPlace(a, b, slot);
            } finally {
              Py_DECREF(a);
              Py_DECREF(b);
            }
          }
        } catch (err) {
          markPos(err, f, spos);
          throw err;
        }
        store(f, r);
        return NORMAL;
      };
    }
    const value = this.ex(s.value);
    /** a op= value(f); a is owned and released, as is the value */
    const inplace = (f: Frame, a: PyObject): PyObject => {
      let b: PyObject;
      try {
        b = value(f);
      } catch (err) {
        Py_DECREF(a);
        throw err;
      }
      let res: PyObject | null;
      try {
        res = fast(a, b);
        if (res === null) res = PyNumber_InPlace(a, b, slot);
      } catch (err) {
        markPos(err, f, spos);
        Py_DECREF(a);
        Py_DECREF(b);
        throw err;
      }
      // Py_DECREF written out (see the header)
      if (--a.ob_refcnt === 0) _Py_Dealloc(a);
      if (--b.ob_refcnt === 0) _Py_Dealloc(b);
      return res;
    };
    if (t.kind === 'Name' && this.canPeek(t)) {
      // `s += expr`: the target's read takes its reference at once (expr may rebind the name)
      const load = this.peek(t);
      const store = this.store(t);
      return (f) => {
        const a = load.read(f);
        a.ob_refcnt++;
        store(f, inplace(f, a));
        return NORMAL;
      };
    }
    if (t.kind === 'Name') {
      const load = this.ex({ ...t, ctx: 'Load' });
      const store = this.store(t);
      return (f) => {
        store(f, inplace(f, load(f)));
        return NORMAL;
      };
    }
    if (t.kind === 'Attribute') {
      const obj = this.ex(t.value);
      const name = t.attr;
      return (f) => {
        const o = obj(f);
        try {
          let a: PyObject;
          try {
            a = PyObject_GetAttr(o, name);
          } catch (err) {
            markPos(err, f, tpos);
            throw err;
          }
          const r = inplace(f, a);
          try {
            PyObject_SetAttr(o, name, r);
          } catch (err) {
            markPos(err, f, tpos);
            throw err;
          } finally {
            Py_DECREF(r);
          }
        } finally {
          Py_DECREF(o);
        }
        return NORMAL;
      };
    }
    if (t.kind === 'Subscript') {
      /** STORE_SUBSCR of the result r (released) */
      const setItem = (f: Frame, o: PyObject, k: PyObject, r: PyObject): void => {
        try {
          PyObject_SetItem(o, k, r);
        } catch (err) {
          markPos(err, f, tpos);
          throw err;
        } finally {
          Py_DECREF(r);
        }
      };
      /** the rest, once the container o and key k are loaded (owned, released here) */
      const run = (f: Frame, o: PyObject, k: PyObject): number => {
        // BINARY_SUBSCR_LIST_INT and STORE_SUBSCR_LIST_INT inline: exact list, exact int in range
        const a = listItem(o, k);
        if (a !== null) {
          a.ob_refcnt++;
          let r: PyObject;
          try {
            r = inplace(f, a);
          } catch (err) {
            Py_DECREF(k);
            Py_DECREF(o);
            throw err;
          }
          // the list may have changed meanwhile: the index is taken again, as the store would
          const i = listIndex(o, k);
          if (i >= 0) {
            // list_ass_item's order: the new item in, then the old one released
            const items = (o as PyListObject).ob_item;
            const old = items[i] as PyObject;
            items[i] = r;
            // Py_DECREF written out (see the header)
            if (--old.ob_refcnt === 0) _Py_Dealloc(old);
            if (--k.ob_refcnt === 0) _Py_Dealloc(k);
            if (--o.ob_refcnt === 0) _Py_Dealloc(o);
            return NORMAL;
          }
          try {
            setItem(f, o, k, r);
          } finally {
            Py_DECREF(k);
            Py_DECREF(o);
          }
          return NORMAL;
        }
        try {
          try {
            let a1: PyObject;
            try {
              a1 = PyObject_GetItem(o, k);
            } catch (err) {
              markPos(err, f, tpos);
              throw err;
            }
            setItem(f, o, k, inplace(f, a1));
          } finally {
            Py_DECREF(k);
          }
        } finally {
          Py_DECREF(o);
        }
        return NORMAL;
      };
      if (this.canPeek(t.value) && this.canPeek(t.slice)) {
        // `b[3] += x`: container and key are plain reads; the references are taken at once
        const obj = this.peek(t.value);
        const key = this.peek(t.slice);
        return (f) => {
          const o = obj.read(f);
          const k = key.read(f);
          o.ob_refcnt++;
          k.ob_refcnt++;
          return run(f, o, k);
        };
      }
      const obj = this.ex(t.value);
      const key = this.ex(t.slice);
      return (f) => {
        const o = obj(f);
        let k: PyObject;
        try {
          k = key(f);
        } catch (err) {
          Py_DECREF(o);
          throw err;
        }
        return run(f, o, k);
      };
    }
    throw new PyNotImplementedSyntax('this augmented assignment target', s.lineno);
  }

  /**
   * BINARY_OP: the operands, then the operator's fast path (binaryfast.ts) or PyNumber_Binary.
   * Operands that are plain reads (canPeek) are taken borrowed; see peek().
   */
  private binOp(e: A.BinOp): Ev {
    const slot = BINOP_SLOT[e.op];
    const fast = this.fastOp(slot);
    const pos = this.posOf(e);
    const peekRight = this.canPeek(e.right);
    if (peekRight && this.canPeek(e.left)) {
      const l = this.peek(e.left);
      const r = this.peek(e.right);
      return this.inlinePos((f) => {
        try {
          const a = l.read(f);
          const b = r.read(f);
          const res = fast(a, b);
          if (res !== null) return res;
          a.ob_refcnt++;
          b.ob_refcnt++;
          try {
            return PyNumber_Binary(a, b, slot);
          } finally {
            Py_DECREF(a);
            Py_DECREF(b);
          }
        } catch (err) {
          markPos(err, f, pos);
          throw err;
        }
      });
    }
    const l = this.ex(e.left);
    if (peekRight) {
      const r = this.peek(e.right);
      return this.inlinePos((f) => {
        try {
          const a = l(f);
          let res: PyObject | null;
          let b: PyObject;
          try {
            b = r.read(f);
            res = fast(a, b);
          } catch (err) {
            Py_DECREF(a);
            throw err;
          }
          if (res !== null) {
            // Py_DECREF written out (see the header)
            if (--a.ob_refcnt === 0) _Py_Dealloc(a);
            return res;
          }
          b.ob_refcnt++;
          try {
            return PyNumber_Binary(a, b, slot);
          } finally {
            Py_DECREF(a);
            Py_DECREF(b);
          }
        } catch (err) {
          markPos(err, f, pos);
          throw err;
        }
      });
    }
    const r = this.ex(e.right);
    return this.inlinePos((f) => {
      try {
        const a = l(f);
        let b: PyObject;
        try {
          b = r(f);
        } catch (err) {
          Py_DECREF(a);
          throw err;
        }
        const res = fast(a, b);
        if (res !== null) {
          // Py_DECREF written out (see the header)
          if (--a.ob_refcnt === 0) _Py_Dealloc(a);
          if (--b.ob_refcnt === 0) _Py_Dealloc(b);
          return res;
        }
        try {
          return PyNumber_Binary(a, b, slot);
        } finally {
          Py_DECREF(a);
          Py_DECREF(b);
        }
      } catch (err) {
        markPos(err, f, pos);
        throw err;
      }
    });
  }

  /**
   * BINARY_SUBSCR, with 3.11's BINARY_SUBSCR_LIST_INT / _TUPLE_INT inline: an exact list or
   * tuple and an exact int index in range; BINARY_SUBSCR_DICT's hits (an exact dict, a key
   * found without running Python code). A container and key that are plain reads are borrowed.
   */
  private subscript(e: A.Subscript): Ev {
    const pos = this.posOf(e);
    const listType = this.rt.types.list;
    const tupleType = this.rt.types.tuple;
    const intType = this.rt.types.int;
    const dictType = this.rt.types.dict;
    const rt = this.rt;
    /** the item for the fast path (borrowed), or null */
    const item = (o: PyObject, k: PyObject): PyObject | null => {
      const t = o.ob_type;
      if (t === dictType) return dict_subscript_hit(rt, o as PyDictObject, k);
      if ((t !== listType && t !== tupleType) || k.ob_type !== intType) return null;
      const items = (o as PyListObject).ob_item;
      let i = (k as PyLongObject).ob_ival;
      if (typeof i !== 'number') return null;
      if (i < 0) i += items.length;
      return i >= 0 && i < items.length ? (items[i] as PyObject) : null;
    };
    if (this.canPeek(e.value) && this.canPeek(e.slice)) {
      const obj = this.peek(e.value);
      const key = this.peek(e.slice);
      return this.inlinePos((f) => {
        try {
          const o = obj.read(f);
          const k = key.read(f);
          const r = item(o, k);
          if (r !== null) {
            r.ob_refcnt++;
            return r;
          }
          o.ob_refcnt++;
          k.ob_refcnt++;
          try {
            return PyObject_GetItem(o, k);
          } finally {
            Py_DECREF(o);
            Py_DECREF(k);
          }
        } catch (err) {
          markPos(err, f, pos);
          throw err;
        }
      });
    }
    const obj = this.ex(e.value);
    const key = this.ex(e.slice);
    return this.inlinePos((f) => {
      try {
        const o = obj(f);
        let k: PyObject;
        try {
          k = key(f);
        } catch (err) {
          Py_DECREF(o);
          throw err;
        }
        const r = item(o, k);
        if (r !== null) {
          r.ob_refcnt++;
          // Py_DECREF written out (see the header)
          if (--o.ob_refcnt === 0) _Py_Dealloc(o);
          if (--k.ob_refcnt === 0) _Py_Dealloc(k);
          return r;
        }
        try {
          return PyObject_GetItem(o, k);
        } finally {
          Py_DECREF(o);
          Py_DECREF(k);
        }
      } catch (err) {
        markPos(err, f, pos);
        throw err;
      }
    });
  }

  /**
   * LOAD_ATTR, with LOAD_ATTR_INSTANCE_VALUE inline (AttrCache.hit). The object of a plain read
   * (`self.x`) is borrowed until the generic lookup, which takes its reference (tp_getattro
   * may run any code).
   */
  private attribute(e: A.Attribute): Ev {
    const name = e.attr;
    const pos = this.posOf(e);
    const cache = new AttrCache(name);
    if (this.canPeek(e.value)) {
      const obj = this.peek(e.value);
      return this.inlinePos((f) => {
        try {
          const o = obj.read(f);
          const v = cache.hit(o);
          if (v !== null) {
            v.ob_refcnt++;
            return v;
          }
          o.ob_refcnt++;
          return getattrFilling(o, cache);
        } catch (err) {
          markPos(err, f, pos);
          throw err;
        }
      });
    }
    const obj = this.ex(e.value);
    return this.inlinePos((f) => {
      try {
        const o = obj(f);
        const v = cache.hit(o);
        if (v !== null) {
          v.ob_refcnt++;
          Py_DECREF(o);
          return v;
        }
        return getattrFilling(o, cache);
      } catch (err) {
        markPos(err, f, pos);
        throw err;
      }
    });
  }

  /** The fast path of one binary operator (binaryfast.ts), one function per operator. */
  private fastOp(slot: NbBinarySlot): FastBinary {
    let fn = this.fastOps.get(slot);
    if (fn === undefined) {
      fn = fastBinary(this.rt, slot);
      this.fastOps.set(slot, fn);
    }
    return fn;
  }

  private readonly fastOps = new Map<NbBinarySlot, FastBinary>();

  // ---- stores / deletes ------------------------------------------------------------------------

  /** A store into `t`, stealing the value. */
  store(t: A.expr): (f: Frame, v: PyObject) => void {
    const rt = this.rt;
    switch (t.kind) {
      case 'Name': return this.storeName(t.id);
      case 'Attribute': {
        const cache = new AttrCache(t.attr);
        if (this.canPeek(t.value)) {
          // `self.x = v`: the object is a plain read; its reference is taken at once
          const obj = this.peek(t.value);
          return (f, v) => {
            let o: PyObject;
            try {
              o = obj.read(f);
            } catch (e) {
              Py_DECREF(v);
              throw e;
            }
            o.ob_refcnt++;
            setattrCached(o, v, cache);
          };
        }
        const obj = this.ex(t.value);
        return (f, v) => {
          let o: PyObject;
          try {
            o = obj(f);
          } catch (e) {
            Py_DECREF(v);
            throw e;
          }
          setattrCached(o, v, cache);
        };
      }
      case 'Subscript': {
        const listIndex = this.listIndex;
        const dictType = rt.types.dict;
        if (this.canPeek(t.value) && this.canPeek(t.slice)) {
          // `d[k] = v`: container and key are plain reads; the references are taken at once
          // (the old item's release may run code that rebinds the names)
          const obj = this.peek(t.value);
          const key = this.peek(t.slice);
          return (f, v) => {
            let o: PyObject;
            let k: PyObject;
            try {
              o = obj.read(f);
              k = key.read(f);
            } catch (err) {
              Py_DECREF(v);
              throw err;
            }
            o.ob_refcnt++;
            k.ob_refcnt++;
            const i = listIndex(o, k);
            if (i >= 0) {
              // STORE_SUBSCR_LIST_INT: the value goes in (stolen), the old item is released
              const items = (o as PyListObject).ob_item;
              const old = items[i] as PyObject;
              items[i] = v;
              // Py_DECREF written out (see the header)
              if (--old.ob_refcnt === 0) _Py_Dealloc(old);
              if (--k.ob_refcnt === 0) _Py_Dealloc(k);
              if (--o.ob_refcnt === 0) _Py_Dealloc(o);
              return;
            }
            if (o.ob_type === dictType) {
              // STORE_SUBSCR_DICT: key and value go in (stolen, released if the store fails)
              try {
                PyDict_SetItemSteal(rt, o as PyDictObject, k, v);
              } finally {
                Py_DECREF(o);
              }
              return;
            }
            try {
              PyObject_SetItem(o, k, v);
            } catch (err) {
              Py_DECREF(k);
              Py_DECREF(o);
              Py_DECREF(v);
              throw err;
            }
            // Py_DECREF written out (see the header)
            if (--k.ob_refcnt === 0) _Py_Dealloc(k);
            if (--o.ob_refcnt === 0) _Py_Dealloc(o);
            if (--v.ob_refcnt === 0) _Py_Dealloc(v);
          };
        }
        const obj = this.ex(t.value);
        const key = this.ex(t.slice);
        return (f, v) => {
          let o: PyObject;
          let k: PyObject;
          try {
            o = obj(f);
          } catch (err) {
            Py_DECREF(v);
            throw err;
          }
          try {
            k = key(f);
          } catch (err) {
            Py_DECREF(o);
            Py_DECREF(v);
            throw err;
          }
          const i = listIndex(o, k);
          if (i >= 0) {
            // STORE_SUBSCR_LIST_INT: the value goes in (stolen), the old item is released
            const items = (o as PyListObject).ob_item;
            const old = items[i] as PyObject;
            items[i] = v;
            // Py_DECREF written out (see the header)
            if (--old.ob_refcnt === 0) _Py_Dealloc(old);
            if (--k.ob_refcnt === 0) _Py_Dealloc(k);
            if (--o.ob_refcnt === 0) _Py_Dealloc(o);
            return;
          }
          if (o.ob_type === dictType) {
            // STORE_SUBSCR_DICT: key and value go in (stolen, released if the store fails)
            try {
              PyDict_SetItemSteal(rt, o as PyDictObject, k, v);
            } finally {
              Py_DECREF(o);
            }
            return;
          }
          try {
            PyObject_SetItem(o, k, v);
          } catch (err) {
            Py_DECREF(k);
            Py_DECREF(o);
            Py_DECREF(v);
            throw err;
          }
          // Py_DECREF written out (see the header)
          if (--k.ob_refcnt === 0) _Py_Dealloc(k);
          if (--o.ob_refcnt === 0) _Py_Dealloc(o);
          if (--v.ob_refcnt === 0) _Py_Dealloc(v);
        };
      }
      case 'Tuple': case 'List': {
        const elts = t.elts;
        const starIdx = elts.findIndex((e) => e.kind === 'Starred');
        const stores = elts.map((e) => this.store(e.kind === 'Starred' ? e.value : e));
        const n = elts.length;
        if (n === 2 && starIdx < 0) {
          // `a, b = pair` (UNPACK_SEQUENCE_TWO_TUPLE and the list form) without an items array
          const [s0, s1] = stores as [(f: Frame, v: PyObject) => void, (f: Frame, v: PyObject) => void];
          return (f, v) => {
            if (v.ob_type !== rt.types.tuple && v.ob_type !== rt.types.list) {
              let items: PyObject[];
              try {
                items = this.unpackIter(v, n, starIdx);
              } finally {
                Py_DECREF(v);
              }
              try {
                s0(f, items[0] as PyObject);
              } catch (e) {
                Py_DECREF(items[1] as PyObject);
                throw e;
              }
              s1(f, items[1] as PyObject);
              return;
            }
            const src = (v as PyTupleObject).ob_item;
            if (src.length !== 2) {
              const err = this.unpackError(src.length, 2);
              Py_DECREF(v);
              throw err;
            }
            const a = src[0] as PyObject;
            const b = src[1] as PyObject;
            a.ob_refcnt++;
            b.ob_refcnt++;
            // Py_DECREF written out (see the header)
            if (--v.ob_refcnt === 0) _Py_Dealloc(v);
            try {
              s0(f, a);
            } catch (e) {
              Py_DECREF(b);
              throw e;
            }
            s1(f, b);
          };
        }
        return (f, v) => {
          let items: PyObject[];
          try {
            if ((v.ob_type === rt.types.tuple || v.ob_type === rt.types.list) && starIdx < 0) {
              const src = (v as PyTupleObject).ob_item;
              if (src.length !== n) throw this.unpackError(src.length, n);
              items = src.slice();
              for (const x of items) Py_INCREF(x);
            } else items = this.unpackIter(v, n, starIdx);
          } finally {
            Py_DECREF(v);
          }
          let i = 0;
          try {
            for (; i < stores.length; i++) (stores[i] as (f: Frame, v: PyObject) => void)(f, items[i] as PyObject);
          } catch (e) {
            for (let j = i + 1; j < items.length; j++) Py_DECREF(items[j] as PyObject);
            throw e;
          }
        };
      }
      case 'Starred': throw new PyNotImplementedSyntax('a starred assignment target here', t.lineno);
      default: throw new PyNotImplementedSyntax(`assignment to ${t.kind}`, t.lineno);
    }
  }

  private unpackError(got: number, want: number): PyErr {
    const rt = this.rt;
    if (got > want) return PyErr.format(rt, rt.types.ValueError, `too many values to unpack (expected ${want})`);
    return PyErr.format(rt, rt.types.ValueError, `not enough values to unpack (expected ${want}, got ${got})`);
  }

  /** UNPACK_SEQUENCE / UNPACK_EX over an iterable; new references, starred part as a list. */
  private unpackIter(v: PyObject, n: number, starIdx: number): PyObject[] {
    const rt = this.rt;
    if (v.ob_type.tp_iter === null && rt.lookupSpecial(v, '__getitem__') === null) {
      throw PyErr.format(rt, rt.types.TypeError, `cannot unpack non-iterable ${v.ob_type.tp_name} object`);
    }
    const all = iterateToArray(v);
    if (starIdx < 0) {
      if (all.length !== n) {
        for (const x of all) Py_DECREF(x);
        throw this.unpackError(all.length, n);
      }
      return all;
    }
    const after = n - starIdx - 1;
    if (all.length < n - 1) {
      for (const x of all) Py_DECREF(x);
      throw PyErr.format(rt, rt.types.ValueError, `not enough values to unpack (expected at least ${n - 1}, got ${all.length})`);
    }
    const mid = all.slice(starIdx, all.length - after);
    return [...all.slice(0, starIdx), PyList_FromArray(rt, mid), ...all.slice(all.length - after)];
  }

  storeName(name: string): (f: Frame, v: PyObject) => void {
    const rt = this.rt;
    const r = this.ctx.scope.resolve(name);
    switch (r.kind) {
      case 'fast': {
        const i = r.slot;
        return (f, v) => {
          const old = f.fast[i] ?? null;
          f.fast[i] = v;
          // Py_DECREF written out (see the header)
          if (old !== null && --old.ob_refcnt === 0) _Py_Dealloc(old);
        };
      }
      case 'cell': case 'free': {
        const i = r.slot;
        return (f, v) => {
          const c = f.fast[i] as PyCellObject;
          const old = c.ob_ref;
          c.ob_ref = v;
          if (old !== null) Py_DECREF(old);
          if (!_PyObject_GC_IS_TRACKED(c)) _PyObject_GC_TRACK(rt.gc, c);
        };
      }
      case 'global': {
        const key = PyUnicode_FromString(rt, name);
        this.ctx.code.co_consts.push(key);
        const cache = new DictEntryCache(name);
        return (f, v) => {
          const d = f.globals;
          if (cache.replace(d, v)) return;
          Py_INCREF(key);
          PyDict_SetItemSteal(rt, d, key, v);
          cache.get(d);
        };
      }
      default: {
        const key = PyUnicode_FromString(rt, name);
        this.ctx.code.co_consts.push(key);
        const cache = new DictEntryCache(name);
        return (f, v) => {
          const d = (f.locals ?? f.globals) as PyDictObject;
          if (cache.replace(d, v)) return;
          Py_INCREF(key);
          PyDict_SetItemSteal(rt, d, key, v);
          cache.get(d);
        };
      }
    }
  }

  private del(t: A.expr): (f: Frame) => void {
    const rt = this.rt;
    switch (t.kind) {
      case 'Name': {
        const name = t.id;
        const r = this.ctx.scope.resolve(name);
        if (r.kind === 'fast') {
          const i = r.slot;
          return (f) => {
            const old = f.fast[i] ?? null;
            if (old === null) throw PyErr.format(rt, rt.types.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
            f.fast[i] = null;
            Py_DECREF(old);
          };
        }
        if (r.kind === 'cell' || r.kind === 'free') {
          const i = r.slot;
          return (f) => {
            const c = f.fast[i] as PyCellObject;
            const old = c.ob_ref;
            if (old === null) throw PyErr.format(rt, rt.types.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
            c.ob_ref = null;
            Py_DECREF(old);
          };
        }
        return (f) => {
          const d = (r.kind === 'global' ? f.globals : (f.locals ?? f.globals)) as PyDictObject;
          const ix = dict_lookup_string(d, name);
          if (ix < 0) throw nameError(rt, name);
          const [k, v] = dict_del_entry(rt, d, ix);
          Py_DECREF(k);
          Py_DECREF(v);
        };
      }
      case 'Attribute': {
        const obj = this.ex(t.value);
        const name = t.attr;
        return (f) => {
          const o = obj(f);
          try {
            PyObject_SetAttr(o, name, null);
          } finally {
            Py_DECREF(o);
          }
        };
      }
      case 'Subscript': {
        const obj = this.ex(t.value);
        const key = this.ex(t.slice);
        return (f) => {
          const o = obj(f);
          try {
            const k = key(f);
            try {
              PyObject_SetItem(o, k, null);
            } finally {
              Py_DECREF(k);
            }
          } finally {
            Py_DECREF(o);
          }
        };
      }
      case 'Tuple': case 'List': {
        const ds = t.elts.map((e) => this.del(e));
        return (f) => {
          for (const d of ds) d(f);
        };
      }
      default: throw new PyNotImplementedSyntax(`deleting ${t.kind}`, t.lineno);
    }
  }

  // ---- functions and classes ---------------------------------------------------------------------

  /** Compiles a def/lambda; the closure makes the function object (defaults, closure, decorators). */
  private funcMaker(node: A.FunctionDef | A.Lambda, name: string, args: A.arguments, body: A.stmt[] | A.expr, decorators: A.expr[]): Ev {
    const rt = this.rt;
    const scope = this.scopes.get(node) as Scope;
    const parentScope = this.ctx.scope;
    const qualname = this.qualnameFor(scope, name);
    scope.qualname = qualname;
    const decos = decorators.map((d) => this.ex(d));
    const defaults = args.defaults.map((d) => this.ex(d));
    const kwdefaults: [string, Ev][] = [];
    args.kwonlyargs.forEach((a, i) => {
      const d = args.kw_defaults[i];
      if (d !== null && d !== undefined) kwdefaults.push([a.arg, this.ex(d)]);
    });
    // compiler_visit_annotations: evaluated after the defaults, in this order (args before
    // posonlyargs, as 3.11's compiler visits them), into MAKE_FUNCTION's (name, value, ...) tuple
    const annotations: [PyObject, Ev][] = [];
    if (node.kind !== 'Lambda') {
      const annotate = (name: string, e: A.expr | null): void => {
        if (e === null) return;
        const key = PyUnicode_InternFromString(rt, name);
        this.ctx.code.co_consts.push(key);
        annotations.push([key, this.ex(e)]);
      };
      for (const a of args.args) annotate(a.arg, a.annotation);
      for (const a of args.posonlyargs) annotate(a.arg, a.annotation);
      if (args.vararg !== null) annotate(args.vararg.arg, args.vararg.annotation);
      for (const a of args.kwonlyargs) annotate(a.arg, a.annotation);
      if (args.kwarg !== null) annotate(args.kwarg.arg, args.kwarg.annotation);
      annotate('return', (node as A.FunctionDef).returns);
    }
    const firstline = node.kind === 'FunctionDef' && node.decorator_list.length > 0 ? (node.decorator_list[0] as A.expr).lineno : node.lineno;
    void firstline;
    const info = this.makeCode(scope, name, qualname, body, args, node.lineno);
    this.ctx.code.co_consts.push(info.code);
    let docstring: PyObject | null = null;
    if (Array.isArray(body)) {
      const first = body[0];
      if (first !== undefined && first.kind === 'Expr' && first.value.kind === 'Constant' && typeof first.value.value === 'string') {
        docstring = PyUnicode_FromString(rt, first.value.value);
        this.ctx.code.co_consts.push(docstring);
      }
    }
    const closureSlots = scope.freeNames.map((n) => this.cellSlotFor(parentScope, n));
    const code = info.code;
    return (f) => {
      const decoObjs: PyObject[] = [];
      try {
        for (const d of decos) decoObjs.push(d(f));
        const defs = defaults.map((d) => d(f));
        let kwd: PyDictObject | null = null;
        if (kwdefaults.length > 0) {
          kwd = PyDict_New(rt);
          for (const [k, e] of kwdefaults) rt.dictSetStr(kwd, k, e(f));
        }
        let ann: PyObject | null = null;
        if (annotations.length > 0) {
          const items: PyObject[] = [];
          try {
            for (const [k, e] of annotations) {
              items.push(Py_NewRef(k));
              items.push(e(f));
            }
          } catch (err) {
            for (const o of items) Py_DECREF(o);
            for (const o of defs) Py_DECREF(o);
            if (kwd !== null) Py_DECREF(kwd);
            throw err;
          }
          ann = PyTuple_New(rt, items);
        }
        const modname = PyDict_GetItemString(f.globals, '__name__');
        const fn = PyFunction_New(rt, code, f.globals, f.builtins, modname);
        if (defs.length > 0) fn.func_defaults = PyTuple_New(rt, defs);
        fn.func_kwdefaults = kwd;
        fn.func_annotations = ann;
        if (docstring !== null) fn.func_doc = Py_NewRef(docstring);
        if (closureSlots.length > 0) fn.func_closure = PyTuple_New(rt, closureSlots.map((i) => Py_NewRef(f.fast[i] as PyObject)));
        let result: PyObject = fn;
        for (let i = decoObjs.length - 1; i >= 0; i--) {
          const d = decoObjs[i] as PyObject;
          result = PyObject_Call(d, [result], null);
        }
        return result;
      } finally {
        for (const d of decoObjs) Py_DECREF(d);
      }
    };
  }

  private qualnameFor(scope: Scope, name: string): string {
    const parent = scope.parent;
    if (parent === null || parent.kind === 'module') return name;
    if (parent.kind === 'class') return `${parent.qualname}.${name}`;
    return `${parent.qualname}.<locals>.${name}`;
  }

  /** The slot of the current frame holding the cell for `name` (own cellvar or freevar). */
  private cellSlotFor(sc: Scope, name: string): number {
    const slot = sc.slots.get(name);
    if (slot === undefined) throw new Error(`internal: no cell for ${name} in ${sc.name}`);
    return slot;
  }

  private classdef(s: A.ClassDef): St {
    const rt = this.rt;
    const scope = this.scopes.get(s) as Scope;
    const parentScope = this.ctx.scope;
    const qualname = this.qualnameFor(scope, s.name);
    scope.qualname = qualname;
    const decos = s.decorator_list.map((d) => this.ex(d));
    const bases = s.bases.map((b) => {
      if (b.kind === 'Starred') throw new PyNotImplementedSyntax('starred base classes', b.lineno);
      return this.ex(b);
    });
    let metaEv: Ev | null = null;
    const kwNames: string[] = [];
    const kwEvs: Ev[] = [];
    for (const k of s.keywords) {
      if (k.arg === 'metaclass') metaEv = this.ex(k.value);
      else if (k.arg === null) throw new PyNotImplementedSyntax('**kwargs in a class statement', s.lineno);
      else {
        kwNames.push(k.arg);
        kwEvs.push(this.ex(k.value));
      }
    }
    const info = this.makeCode(scope, s.name, qualname, s.body, null, s.lineno);
    this.ctx.code.co_consts.push(info.code);
    const closureSlots = scope.freeNames.map((n) => this.cellSlotFor(parentScope, n));
    const classCellSlot = scope.slots.get('__class__');
    const store = this.storeName(bindNameOf(s));
    const I = this.I;
    let docstring: PyObject | null = null;
    const first = s.body[0];
    if (first !== undefined && first.kind === 'Expr' && first.value.kind === 'Constant' && typeof first.value.value === 'string') {
      docstring = PyUnicode_FromString(rt, first.value.value);
      this.ctx.code.co_consts.push(docstring);
    }
    const name = s.name;
    return (f) => {
      const decoObjs: PyObject[] = [];
      const baseObjs: PyObject[] = [];
      let meta: PyObject | null = null;
      const kwVals: PyObject[] = [];
      try {
        for (const d of decos) decoObjs.push(d(f));
        for (const b of bases) baseObjs.push(b(f));
        if (metaEv !== null) meta = metaEv(f);
        for (const k of kwEvs) kwVals.push(k(f));
        // _PyType_CalculateMetaclass: the most derived of the explicit metaclass and the bases' types
        if (meta === null || PyType_IsSubtype(meta.ob_type, rt.types.type)) {
          let winner: PyTypeObject = meta === null ? rt.types.type : (meta as PyTypeObject);
          for (const b of baseObjs) {
            const bt = b.ob_type;
            if (PyType_IsSubtype(winner, bt)) continue;
            if (PyType_IsSubtype(bt, winner)) {
              winner = bt;
              continue;
            }
            throw PyErr.format(rt, rt.types.TypeError, 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
          }
          if (winner !== meta && winner !== rt.types.type) {
            Py_XDECREF(meta);
            meta = Py_NewRef(winner);
          }
        }
        const ns = PyDict_New(rt);
        let cls: PyObject;
        try {
          const modname = PyDict_GetItemString(f.globals, '__name__');
          PyDict_SetItem(rt, ns, PyUnicode_FromString(rt, '__module__'), modname ?? rt.None);
          Py_DECREF(PyUnicode_FromString(rt, '__module__'));
          rt.dictSetStr(ns, '__qualname__', rt.newStr(qualname));
          if (docstring !== null) rt.dictSetStr(ns, '__doc__', Py_NewRef(docstring));
          // run the body as a function frame whose locals are the namespace
          const cf = new Frame(info, f.globals, f.builtins, ns, null);
          for (const c of info.scope.cellInit) cf.fast[c.slot] = rt.newCell(null);
          closureSlots.forEach((slot, i) => {
            cf.fast[info.scope.freeSlots[i] as number] = Py_NewRef(f.fast[slot] as PyObject);
          });
          Py_DECREF(I.runFrameKeep(cf, classCellSlot === undefined ? -1 : classCellSlot, (cellObj) => {
            if (cellObj !== null) rt.dictSetStr(ns, '__classcell__', Py_NewRef(cellObj));
          }));
          if (meta !== null && meta !== rt.types.type) {
            const basesT = PyTuple_New(rt, baseObjs.map((b) => Py_NewRef(b)));
            cls = PyObject_Call(meta, [rt.newStr(name), basesT, Py_NewRef(ns), ...kwVals.map((v) => Py_NewRef(v))], kwNames.length > 0 ? kwNames : null);
          } else {
            cls = type_new(rt, name, baseObjs, ns, qualname, this.moduleNameOf(f), null, kwNames.length > 0 ? { names: kwNames, values: kwVals } : null);
          }
          const cc = rt.dictGetStr(ns, '__classcell__');
          if (cc !== null) {
            const cell = cc as PyCellObject;
            const old = cell.ob_ref;
            cell.ob_ref = Py_NewRef(cls);
            Py_XDECREF(old);
            const td = (cls as PyTypeObject).tp_dict as PyDictObject;
            const ix = dict_lookup_string(td, '__classcell__');
            if (ix >= 0) {
              const [k, v] = dict_del_entry(rt, td, ix);
              Py_DECREF(k);
              Py_DECREF(v);
            }
          }
        } finally {
          Py_DECREF(ns);
        }
        let result = cls;
        for (let i = decoObjs.length - 1; i >= 0; i--) result = PyObject_Call(decoObjs[i] as PyObject, [result], null);
        store(f, result);
      } finally {
        for (const d of decoObjs) Py_DECREF(d);
        for (const b of baseObjs) Py_DECREF(b);
        for (const v of kwVals) Py_DECREF(v);
        Py_XDECREF(meta);
      }
      return NORMAL;
    };
  }

  private moduleNameOf(f: Frame): string {
    const n = PyDict_GetItemString(f.globals, '__name__');
    return n !== null && isStr(n) ? n.ob_sval : '__main__';
  }

  // ---- exceptions --------------------------------------------------------------------------------

  private raise(s: A.Raise): St {
    const rt = this.rt;
    const exc = s.exc === null ? null : this.ex(s.exc);
    const cause = s.cause === null ? null : this.ex(s.cause);
    return (f) => {
      if (exc === null) {
        const cur = this.currentHandled(f);
        if (cur === null) throw PyErr.format(rt, rt.types.RuntimeError, 'No active exception to reraise');
        throw PyErr.steal(Py_NewRef(cur));
      }
      const e = this.makeException(exc(f));
      if (cause !== null) {
        let c = cause(f);
        if (c === rt.None) {
          Py_DECREF(c);
          const old = e.exc.cause;
          e.exc.cause = null;
          Py_XDECREF(old);
        } else {
          if (PyType_IsSubtype(c.ob_type, rt.types.type) && PyType_IsSubtype(c as PyTypeObject, rt.types.BaseException)) {
            const inst = rt.call(c, []);
            Py_DECREF(c);
            c = inst;
          } else if (!PyType_IsSubtype(c.ob_type, rt.types.BaseException)) {
            Py_DECREF(c);
            e.release();
            throw PyErr.format(rt, rt.types.TypeError, 'exception causes must derive from BaseException');
          }
          const old = e.exc.cause;
          e.exc.cause = c;
          Py_XDECREF(old);
        }
        e.exc.suppress_context = true;
      }
      throw e;
    };
  }

  /** An exception instance from `raise X` (a class or an instance); steals o. */
  makeException(o: PyObject): PyErr {
    const rt = this.rt;
    if (PyType_IsSubtype(o.ob_type, rt.types.type) && PyType_IsSubtype(o as PyTypeObject, rt.types.BaseException)) {
      let inst: PyObject;
      try {
        inst = rt.call(o, []);
      } finally {
        Py_DECREF(o);
      }
      if (!PyType_IsSubtype(inst.ob_type, rt.types.BaseException)) {
        const tn = inst.ob_type.tp_name;
        Py_DECREF(inst);
        throw PyErr.format(rt, rt.types.TypeError, `calling ${tn} should have returned an instance of BaseException, not ${tn}`);
      }
      return PyErr.steal(inst);
    }
    if (PyType_IsSubtype(o.ob_type, rt.types.BaseException)) return PyErr.steal(o);
    Py_DECREF(o);
    throw PyErr.format(rt, rt.types.TypeError, 'exceptions must derive from BaseException');
  }

  currentHandled(f: Frame): PyObject | null {
    for (let fr: Frame | null = f; fr !== null; fr = fr.back) {
      const h = fr.handling;
      if (h.length > 0) return h[h.length - 1] as PyObject;
    }
    return null;
  }

  /** Does the exception match the except clause's type (a class or a tuple of classes)? */
  matchExc(exc: PyObject, t: PyObject): boolean {
    const rt = this.rt;
    if (t.ob_type === rt.types.tuple) return (t as PyTupleObject).ob_item.some((x) => this.matchExc(exc, x));
    if (!PyType_IsSubtype(t.ob_type, rt.types.type) || !PyType_IsSubtype(t as PyTypeObject, rt.types.BaseException)) {
      throw PyErr.format(rt, rt.types.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
    }
    return PyType_IsSubtype(exc.ob_type, t as PyTypeObject);
  }

  /** Sets e's __context__ to the exception being handled (if any and not itself). */
  chainContext(e: PyErr, handled: PyObject): void {
    if (e.exc === handled) return;
    // avoid cycles in the context chain
    for (let c: PyObject | null = handled; c !== null; c = (c as PyBaseExceptionObject).context) {
      if (c === e.exc) return;
    }
    if (e.exc.context === null) e.exc.context = Py_NewRef(handled);
  }

  private tryStmt(s: A.Try | { body: A.stmt[]; handlers: A.ExceptHandler[]; orelse: A.stmt[]; finalbody: A.stmt[]; lineno: number }, _unused: null): St {
    const body = this.block(s.body);
    const handlers = s.handlers.map((h) => ({
      type: h.type === null ? null : this.ex(h.type),
      store: h.name === null ? null : this.storeName(h.name),
      del: h.name === null ? null : this.del({ kind: 'Name', id: h.name, ctx: 'Del', lineno: h.lineno, col_offset: 0, end_lineno: h.lineno, end_col_offset: 0 }),
      body: this.block(h.body),
      line: h.lineno,
    }));
    const orelse = s.orelse.length > 0 ? this.block(s.orelse) : null;
    const finalbody = s.finalbody.length > 0 ? this.block(s.finalbody) : null;
    const I = this.I;
    const withHandlers: St = handlers.length === 0 ? body : (f) => {
      let code: number;
      try {
        code = body(f);
      } catch (e) {
        if (!(e instanceof PyErr)) throw e;
        I.tracebackHere(e, f);
        // raised while another exception is being handled: CPython set __context__ at the raise
        const outer = f.handling.length > 0 || f.back !== null ? this.currentHandled(f) : null;
        if (outer !== null) this.chainContext(e, outer);
        for (const h of handlers) {
          f.lineno = h.line;
          if (h.type !== null) {
            const t = h.type(f);
            let m: boolean;
            try {
              m = this.matchExc(e.exc, t);
            } catch (e2) {
              if (e2 instanceof PyErr) this.chainContext(e2, e.exc);
              e.release();
              throw e2;
            } finally {
              Py_DECREF(t);
            }
            if (!m) continue;
          }
          return this.runHandler(f, e, h);
        }
        throw e;
      }
      if (code === NORMAL && orelse !== null) return orelse(f);
      return code;
    };
    if (finalbody === null) return withHandlers;
    return (f) => {
      let code: number;
      try {
        code = withHandlers(f);
      } catch (e) {
        if (e instanceof PyErr) {
          I.tracebackHere(e, f);
          f.handling.push(e.exc);
          let fc: number;
          try {
            fc = finalbody(f);
          } catch (e2) {
            if (e2 instanceof PyErr) this.chainContext(e2, e.exc);
            f.handling.pop();
            e.release();
            throw e2;
          }
          f.handling.pop();
          if (fc !== NORMAL) {
            e.release();
            return fc;
          }
        } else {
          finalbody(f);
        }
        throw e;
      }
      const saved = code === RETURN ? f.retval : null;
      if (code === RETURN) f.retval = null;
      let fc: number;
      try {
        fc = finalbody(f);
      } catch (e2) {
        Py_XDECREF(saved);
        throw e2;
      }
      if (fc !== NORMAL) {
        Py_XDECREF(saved);
        return fc;
      }
      if (code === RETURN) f.retval = saved;
      return code;
    };
  }

  private runHandler(f: Frame, e: PyErr, h: { store: ((f: Frame, v: PyObject) => void) | null; del: ((f: Frame) => void) | null; body: St }): number {
    f.handling.push(e.exc);
    let code: number;
    try {
      if (h.store !== null) h.store(f, Py_NewRef(e.exc));
      try {
        code = h.body(f);
      } finally {
        if (h.del !== null) {
          try {
            h.del(f);
          } catch (e3) {
            if (!(e3 instanceof PyErr)) throw e3;
            e3.release();
          }
        }
      }
    } catch (e2) {
      if (e2 instanceof PyErr) this.chainContext(e2, e.exc);
      f.handling.pop();
      e.release();
      throw e2;
    }
    f.handling.pop();
    e.release();
    return code;
  }

  private withStmt(s: A.With, i: number): St {
    const item = s.items[i] as A.withitem;
    const mgr = this.ex(item.context_expr);
    const store = item.optional_vars === null ? null : this.store(item.optional_vars);
    const inner = i + 1 < s.items.length ? this.withStmt(s, i + 1) : this.block(s.body);
    const rt = this.rt;
    const I = this.I;
    const line = s.lineno;
    return (f) => {
      const m = mgr(f);
      let exit: PyObject;
      let entered: PyObject;
      try {
        const enterD = _PyType_Lookup(m.ob_type, '__enter__');
        const exitD = _PyType_Lookup(m.ob_type, '__exit__');
        if (enterD === null) throw PyErr.format(rt, rt.types.TypeError, `'${m.ob_type.tp_name}' object does not support the context manager protocol`);
        if (exitD === null) throw PyErr.format(rt, rt.types.TypeError, `'${m.ob_type.tp_name}' object does not support the context manager protocol (missed __exit__ method)`);
        exit = PyObject_GetAttr(m, '__exit__');
        try {
          entered = rt.callMethod(m, '__enter__', []);
        } catch (e) {
          Py_DECREF(exit);
          throw e;
        }
      } finally {
        Py_DECREF(m);
      }
      let code: number;
      try {
        if (store !== null) store(f, entered);
        else Py_DECREF(entered);
        code = inner(f);
      } catch (e) {
        if (!(e instanceof PyErr)) {
          Py_DECREF(exit);
          throw e;
        }
        I.tracebackHere(e, f);
        f.lineno = line;
        f.handling.push(e.exc);
        let r: PyObject;
        try {
          r = PyObject_Call(exit, [Py_NewRef(e.exc.ob_type), Py_NewRef(e.exc), Py_NewRef(e.exc.traceback ?? rt.None)], null);
        } catch (e2) {
          f.handling.pop();
          Py_DECREF(exit);
          if (e2 instanceof PyErr) this.chainContext(e2, e.exc);
          e.release();
          throw e2;
        }
        f.handling.pop();
        Py_DECREF(exit);
        let suppress: boolean;
        try {
          suppress = PyObject_IsTrue(r);
        } finally {
          Py_DECREF(r);
        }
        if (suppress) {
          e.release();
          return NORMAL;
        }
        throw e;
      }
      f.lineno = line;
      const saved = code === RETURN ? f.retval : null;
      if (code === RETURN) f.retval = null;
      try {
        Py_DECREF(PyObject_Call(exit, [Py_NewRef(rt.None), Py_NewRef(rt.None), Py_NewRef(rt.None)], null));
      } catch (e) {
        Py_XDECREF(saved);
        throw e;
      } finally {
        Py_DECREF(exit);
      }
      if (code === RETURN) f.retval = saved;
      return code;
    };
  }

  // ---- imports -----------------------------------------------------------------------------------

  private importStmt(s: A.Import): St {
    const parts = s.names.map((a) => {
      const top = a.name.split('.')[0] as string;
      return { name: a.name, store: this.storeName(a.asname ?? top), asname: a.asname };
    });
    const I = this.I;
    return (f) => {
      for (const p of parts) {
        const m = I.importModule(p.name, f);
        if (p.asname === null && p.name.includes('.')) {
          Py_DECREF(m);
          p.store(f, I.importModule(p.name.split('.')[0] as string, f));
        } else p.store(f, m);
      }
      return NORMAL;
    };
  }

  private importFrom(s: A.ImportFrom): St {
    const rt = this.rt;
    if (s.level > 0) throw new PyNotImplementedSyntax('relative imports', s.lineno);
    const modname = s.module as string;
    const I = this.I;
    if (s.names.length === 1 && (s.names[0] as A.alias).name === '*') {
      return (f) => {
        const m = I.importModule(modname, f);
        try {
          const d = m.ob_dict as PyDictObject;
          const pairs: [PyObject, PyObject][] = [];
          rt.dictEach(d, (k, v) => {
            if (isStr(k) && !k.ob_sval.startsWith('_')) pairs.push([k, v]);
          });
          for (const [k, v] of pairs) PyDict_SetItem(rt, (f.locals ?? f.globals) as PyDictObject, k, v);
        } finally {
          Py_DECREF(m);
        }
        return NORMAL;
      };
    }
    const names = s.names.map((a) => ({ name: a.name, store: this.storeName(a.asname ?? a.name) }));
    return (f) => {
      const m = I.importModule(modname, f);
      try {
        for (const n of names) {
          let v: PyObject;
          try {
            v = PyObject_GetAttr(m, n.name);
          } catch (e) {
            if (!(e instanceof PyErr) || !e.matches(rt.types.AttributeError)) throw e;
            e.release();
            const file = m.ob_dict === null ? null : rt.dictGetStr(m.ob_dict as PyDictObject, '__file__');
            const where = file !== null && isStr(file) ? ` (${file.ob_sval})` : ' (unknown location)';
            throw PyErr.format(rt, rt.types.ImportError, `cannot import name '${n.name}' from '${modname}'${where}`);
          }
          n.store(f, v);
        }
      } finally {
        Py_DECREF(m);
      }
      return NORMAL;
    };
  }

  // ---- positions for tracebacks ------------------------------------------------------------------

  /** The source position of a node, with BinOp / Subscript caret anchors (traceback.py's). */
  private posOf(e: A.expr | A.stmt): SourcePos {
    let anchors: [number, number] | null = null;
    const line = this.I.sources.get(this.filename)?.[e.lineno - 1];
    if (line !== undefined && e.lineno === e.end_lineno && (e.kind === 'BinOp' || e.kind === 'Subscript')) {
      const bytes = new TextEncoder().encode(line);
      const seg = new TextDecoder().decode(bytes.slice(e.col_offset, e.end_col_offset));
      const segBytes = new TextEncoder().encode(seg);
      const chr = (b: number): string => new TextDecoder().decode(segBytes.slice(b, b + 1));
      const base = e.col_offset;
      if (e.kind === 'BinOp' && e.left.end_lineno === e.lineno && e.right.lineno === e.lineno) {
        const opStart = e.left.end_col_offset - base;
        const opEnd = e.right.col_offset - base;
        const opStr = new TextDecoder().decode(segBytes.slice(opStart, opEnd));
        const off = opStr.length - opStr.trimStart().length;
        let left = opStart + off;
        let right = left + 1;
        if (off + 1 < opStr.length && !/\s/.test(opStr[off + 1] as string)) right += 1;
        while (left < segBytes.length && (/\s/.test(chr(left)) || chr(left) === ')' || chr(left) === '#')) {
          left++;
          right++;
        }
        anchors = [left, right];
      } else if (e.kind === 'Subscript' && e.value.end_lineno === e.lineno && e.slice.end_lineno === e.lineno) {
        let left = e.value.end_col_offset - base;
        let right = e.slice.end_col_offset - base + 1;
        while (left < segBytes.length && chr(left) !== '[') left++;
        while (right < segBytes.length && chr(right) !== ']') right++;
        if (right < segBytes.length) right++;
        anchors = [left, right];
      }
    }
    return { lineno: e.lineno, endLineno: e.end_lineno, col: e.col_offset, endCol: e.end_col_offset, anchors };
  }

  /**
   * Closures of the hottest nodes that record their own position for a failing exception (the
   * same catch as withPos, inside the closure: one JS call less per evaluation).
   */
  private readonly posInline = new WeakSet<Ev>();

  private inlinePos(ev: Ev): Ev {
    this.posInline.add(ev);
    return ev;
  }

  /** Records the node as the failing instruction of this frame for an exception passing it. */
  private withPos(e: A.expr | A.stmt, ev: Ev): Ev {
    const pos = this.posOf(e);
    return (f) => {
      try {
        return ev(f);
      } catch (err) {
        if (err instanceof PyErr) {
          const x = err.exc;
          if (x.posFrame !== f) {
            x.posFrame = f;
            x.pos = pos;
            f.escaped = true;
          }
        }
        throw err;
      }
    };
  }

  // ---- expressions -------------------------------------------------------------------------------

  ex(e: A.expr): Ev {
    const obs = this.rt.gc.observer;
    if (obs !== null && this.traceRoles !== null) return this.traceRoles.wrap(obs, e, this.exPlain(e));
    return this.exPlain(e);
  }

  private exPlain(e: A.expr): Ev {
    switch (e.kind) {
      case 'Call': case 'BinOp': case 'Subscript': case 'Attribute': case 'Compare': case 'UnaryOp': case 'ListComp': case 'SetComp': case 'DictComp': {
        const ev = this.ex1(e);
        return this.posInline.has(ev) ? ev : this.withPos(e, ev);
      }
      case 'Name': {
        const k = this.ctx.scope.resolve(e.id).kind;
        if (k === 'fast') return this.ex1(e);
        const ev = this.ex1(e);
        return this.posInline.has(ev) ? ev : this.withPos(e, ev);
      }
      default:
        return this.ex1(e);
    }
  }

  private ex1(e: A.expr): Ev {
    const rt = this.rt;
    switch (e.kind) {
      case 'Constant': {
        return this.constant(this.constObject(e.value, e.lineno));
      }
      case 'BinOp': case 'UnaryOp': case 'Tuple':
        {
          const folded = e.kind === 'Tuple' && e.ctx !== 'Load' ? null : this.fold(e);
          if (folded !== null) return this.constant(folded);
        }
        return this.exOp(e);
      case 'Name': return this.loadName(e.id, e);
      default: return this.exOp(e);
    }
  }

  /**
   * fold_iter (Python/ast_opt.c): the iterable of a for loop or comprehension, where a display
   * of constants becomes a constant tuple (list) or frozenset (set).
   */
  private iterExpr(e: A.expr): Ev {
    if ((e.kind === 'List' || e.kind === 'Set') && e.elts.length > 0 && e.elts.every((x) => this.isConstant(x))) {
      const items = e.elts.map((x) => this.fold(x) as PyObject);
      if (e.kind === 'List') return this.constant(PyTuple_New(this.rt, items));
      return this.constant(this.rt.newFrozenSetConst(items));
    }
    return this.ex(e);
  }

  /** Is e a constant after CPython's AST folding (so a display of them is compiled specially)? */
  private isConstant(e: A.expr): boolean {
    if (e.kind === 'Constant') return true;
    if (e.kind !== 'UnaryOp' && e.kind !== 'BinOp' && e.kind !== 'Tuple') return false;
    const v = this.fold(e);
    if (v === null) return false;
    Py_DECREF(v);
    return true;
  }

  /** Non-constant expressions. */
  private exOp(e: A.expr): Ev {
    const rt = this.rt;
    switch (e.kind) {
      case 'BinOp': return this.binOp(e);
      case 'UnaryOp': {
        const v = this.ex(e.operand);
        if (e.op === 'Not') {
          const c = this.cond(e.operand);
          return (f) => rt.newBool(!c(f));
        }
        const slot = e.op === 'USub' ? 'nb_negative' : e.op === 'UAdd' ? 'nb_positive' : 'nb_invert';
        return (f) => {
          const o = v(f);
          try {
            return PyNumber_Unary(o, slot);
          } finally {
            Py_DECREF(o);
          }
        };
      }
      case 'BoolOp': {
        const vals = e.values.map((x) => this.ex(x));
        const isAnd = e.op === 'And';
        return (f) => {
          let v: PyObject = rt.None;
          for (let i = 0; i < vals.length; i++) {
            v = (vals[i] as Ev)(f);
            if (i === vals.length - 1) return v;
            let t: boolean;
            try {
              t = PyObject_IsTrue(v);
            } catch (err) {
              Py_DECREF(v);
              throw err;
            }
            if (t !== isAnd) return v;
            Py_DECREF(v);
          }
          return v;
        };
      }
      case 'Compare': return this.compare(e);
      case 'IfExp': {
        const t = this.cond(e.test);
        const b = this.ex(e.body);
        const o = this.ex(e.orelse);
        return (f) => (t(f) ? b(f) : o(f));
      }
      case 'NamedExpr': {
        const v = this.ex(e.value);
        const store = this.storeName(e.target.id);
        return (f) => {
          const x = v(f);
          Py_INCREF(x);
          store(f, x);
          return x;
        };
      }
      case 'Call': return this.call(e);
      case 'Attribute': return this.attribute(e);
      case 'Subscript': return this.subscript(e);
      case 'Slice': {
        const lo = e.lower === null ? null : this.ex(e.lower);
        const hi = e.upper === null ? null : this.ex(e.upper);
        const st = e.step === null ? null : this.ex(e.step);
        return (f) => {
          const a = lo === null ? null : lo(f);
          const b = hi === null ? null : hi(f);
          const c = st === null ? null : st(f);
          try {
            return PySlice_New(rt, a, b, c);
          } finally {
            Py_XDECREF(a);
            Py_XDECREF(b);
            Py_XDECREF(c);
          }
        };
      }
      case 'Tuple': {
        const items = this.seqItems(e.elts);
        return (f) => PyTuple_New(rt, items(f));
      }
      case 'List': {
        const items = this.seqItems(e.elts);
        const allConst = e.elts.length >= 3 && e.elts.every((x) => this.isConstant(x));
        return (f) => {
          const xs = items(f);
          if (allConst) {
            // BUILD_LIST 0 + LIST_EXTEND of a constant tuple: list_preallocate_exact
            const l = PyList_New(rt);
            list_preallocate_exact(rt, l, xs.length);
            l.ob_item = xs;
            return l;
          }
          return PyList_FromArray(rt, xs);
        };
      }
      case 'Set': {
        const items = this.seqItems(e.elts, 'set');
        const allConst = e.elts.length >= 3 && e.elts.every((x) => this.isConstant(x));
        // BUILD_SET n, or (3+ constants) BUILD_SET 0 + SET_UPDATE of a frozenset: presized merge
        return (f) => (allConst ? rt.newSetMerged(items(f)) : rt.newSet(items(f)));
      }
      case 'Dict': {
        const keys = e.keys.map((k) => (k === null ? null : this.ex(k)));
        const vals = e.values.map((v) => this.ex(v));
        return (f) => {
          const d = PyDict_New(rt);
          try {
            for (let i = 0; i < vals.length; i++) {
              const kf = keys[i];
              if (kf === null || kf === undefined) {
                const m = (vals[i] as Ev)(f);
                try {
                  // DICT_UPDATE
                  if (m.ob_type !== rt.types.dict && rt.lookupSpecial(m, 'keys') === null) throw PyErr.format(rt, rt.types.TypeError, `'${m.ob_type.tp_name}' object is not a mapping`);
                  rt.dictMerge(d, m);
                } finally {
                  Py_DECREF(m);
                }
                continue;
              }
              const k = kf(f);
              let v: PyObject;
              try {
                v = (vals[i] as Ev)(f);
              } catch (err) {
                Py_DECREF(k);
                throw err;
              }
              PyDict_SetItemSteal(rt, d, k, v);
            }
          } catch (err) {
            Py_DECREF(d);
            throw err;
          }
          return d;
        };
      }
      case 'JoinedStr': {
        const parts = e.values.map((v) => this.ex(v));
        // one piece: no BUILD_STRING, the formatted value (or the constant) is the result
        if (parts.length === 1) return parts[0] as Ev;
        const n = parts.length;
        return (f) => {
          // the pieces stay on the stack until BUILD_STRING, which joins them
          // (_PyUnicode_JoinArray: a new str, one character too, of the widest piece's kind) and
          // then releases them, last first (as an exception unwinding the stack does)
          const objs = new Array<PyUnicodeObject>(n);
          let k = 0;
          try {
            for (; k < n; k++) objs[k] = (parts[k] as Ev)(f) as PyUnicodeObject;
            let s = '';
            let kind = 0;
            for (let i = 0; i < n; i++) {
              const o = objs[i] as PyUnicodeObject;
              s += o.ob_sval;
              const kc = o.ob_state & 3;
              if (kc > kind) kind = kc;
            }
            return PyUnicode_NewText(rt, s, kind <= 1 ? kind : -1);
          } finally {
            for (let i = k - 1; i >= 0; i--) {
              const o = objs[i] as PyUnicodeObject;
              if (--o.ob_refcnt === 0) _Py_Dealloc(o);
            }
          }
        };
      }
      case 'FormattedValue': {
        const v = this.ex(e.value);
        const conv = e.conversion;
        const spec = e.format_spec === null ? null : this.ex(e.format_spec);
        return (f) => {
          let o = v(f);
          if (conv === 115 || conv === 114 || conv === 97) {
            const c = conv === 115 ? PyObject_Str(o) : conv === 114 ? PyObject_Repr(o) : PyObject_ASCII(o);
            Py_DECREF(o);
            o = c;
          }
          try {
            const sp = spec === null ? null : spec(f);
            try {
              return rt.format(o, sp);
            } finally {
              Py_XDECREF(sp);
            }
          } finally {
            Py_DECREF(o);
          }
        };
      }
      case 'Constant': case 'Name': return this.ex1(e);
      case 'Lambda': return this.funcMaker(e, '<lambda>', e.args, e.body, []);
      case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp': return this.comprehension(e);
      case 'Starred': throw new PyNotImplementedSyntax('a starred expression here', e.lineno);
      case 'Yield': case 'YieldFrom':
        throw new PyNotImplementedSyntax("'yield' inside this kind of expression", e.lineno);
      case 'Await': throw new PyNotImplementedSyntax("'await' expressions", e.lineno);
      default: {
        const x: never = e;
        throw new Error(`unknown expression ${(x as { kind: string }).kind}`);
      }
    }
  }

  /** Items of a display, with *starred parts expanded; new references. */
  /**
   * The items of a display or call with starred parts. A non-iterable starred value is reported
   * as LIST_EXTEND does ("Value after * ..."), as CALL_FUNCTION_EX does for a call whose only
   * argument is starred ("f() argument after * ..."), or plainly for a set display.
   */
  private seqItems(elts: A.expr[], mode: 'list' | 'set' | 'call' = 'list'): (f: Frame, callable?: PyObject) => PyObject[] {
    const parts = elts.map((x) => (x.kind === 'Starred' ? { star: true, ev: this.ex(x.value) } : { star: false, ev: this.ex(x) }));
    const rt = this.rt;
    const onlyStar = mode === 'call' && elts.length === 1;
    return (f, callable) => {
      const out: PyObject[] = [];
      try {
        for (const p of parts) {
          const v = p.ev(f);
          if (p.star) {
            try {
              if (mode !== 'set' && v.ob_type.tp_iter === null && rt.lookupSpecial(v, '__getitem__') === null) {
                const what = onlyStar && callable !== undefined ? `${functionStr(callable)} argument` : 'Value';
                throw PyErr.format(rt, rt.types.TypeError, `${what} after * must be an iterable, not ${v.ob_type.tp_name}`);
              }
              out.push(...iterateToArray(v));
            } finally {
              Py_DECREF(v);
            }
          } else out.push(v);
        }
      } catch (err) {
        for (const x of out) Py_DECREF(x);
        throw err;
      }
      return out;
    };
  }

  /** posNode: the Name node whose position a NameError records (ex() passes it). */
  loadName(name: string, posNode: A.expr | null = null): Ev {
    const rt = this.rt;
    if (name.startsWith('.t')) {
      // a temporary of gexNested: the read moves the value out
      const idx = Number(name.slice(2));
      return (f) => {
        const temps = f.temps as (PyObject | null)[];
        const v = temps[idx] as PyObject;
        temps[idx] = null;
        return v;
      };
    }
    const r = this.ctx.scope.resolve(name);
    switch (r.kind) {
      case 'fast': {
        const i = r.slot;
        const pos = posNode === null ? null : this.posOf(posNode);
        return (f) => {
          const v = f.fast[i];
          if (v === null || v === undefined) {
            const err = PyErr.format(rt, rt.types.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
            if (pos !== null) markPos(err, f, pos);
            throw err;
          }
          v.ob_refcnt++;
          return v;
        };
      }
      case 'cell': case 'free': {
        const i = r.slot;
        const isCell = r.kind === 'cell';
        const pos = posNode === null ? null : this.posOf(posNode);
        const ev: Ev = (f) => {
          const v = (f.fast[i] as PyCellObject).ob_ref;
          if (v === null) {
            const err = isCell
              ? PyErr.format(rt, rt.types.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`)
              : PyErr.format(rt, rt.types.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
            if (pos !== null) markPos(err, f, pos);
            throw err;
          }
          v.ob_refcnt++;
          return v;
        };
        return pos === null ? ev : this.inlinePos(ev);
      }
      case 'global': {
        const pos = posNode === null ? null : this.posOf(posNode);
        const gcache = new DictEntryCache(name);
        const bcache = new DictEntryCache(name);
        const ev: Ev = (f) => {
          let v = gcache.get(f.globals);
          if (v === null) {
            v = bcache.get(f.builtins);
            if (v === null) {
              const err = nameError(rt, name);
              if (pos !== null) markPos(err, f, pos);
              throw err;
            }
          }
          v.ob_refcnt++;
          return v;
        };
        return pos === null ? ev : this.inlinePos(ev);
      }
      case 'classderef': {
        const i = r.slot;
        return (f) => {
          let v = PyDict_GetItemString(f.locals as PyDictObject, name);
          if (v === null) {
            v = (f.fast[i] as PyCellObject).ob_ref;
            if (v === null) throw PyErr.format(rt, rt.types.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
          }
          v.ob_refcnt++;
          return v;
        };
      }
      default: {
        const pos = posNode === null ? null : this.posOf(posNode);
        const lcache = new DictEntryCache(name);
        const gcache = new DictEntryCache(name);
        const bcache = new DictEntryCache(name);
        const ev: Ev = (f) => {
          const loc = f.locals;
          let v: PyObject | null = null;
          if (loc !== null) v = lcache.get(loc);
          if (v === null && loc !== f.globals) v = gcache.get(f.globals);
          if (v === null) {
            v = bcache.get(f.builtins);
            if (v === null) {
              const err = nameError(rt, name);
              if (pos !== null) markPos(err, f, pos);
              throw err;
            }
          }
          v.ob_refcnt++;
          return v;
        };
        return pos === null ? ev : this.inlinePos(ev);
      }
    }
  }

  /**
   * Can e be read as a borrowed reference, with no code run (peek)? A constant, or a variable
   * read from the frame, a cell or a dict (not a temporary, not a class's free variable). An
   * operation whose operands are such reads takes the object borrowed, and adds the references
   * the generic path holds (LOAD_FAST's, LOAD_CONST's) only when it takes that path: no code can
   * run between the read and the use, so nobody can see the difference.
   */
  private canPeek(e: A.expr): boolean {
    if (this.traceRoles !== null) return false;
    if (e.kind === 'Constant') return true;
    if (e.kind === 'UnaryOp' && e.operand.kind === 'Constant') {
      // operations that fold() always folds
      const v = e.operand.value;
      return ((e.op === 'USub' || e.op === 'UAdd') && (typeof v === 'bigint' || typeof v === 'number')) || (e.op === 'Invert' && typeof v === 'bigint');
    }
    if (e.kind === 'Name' && !e.id.startsWith('.t')) {
      const k = this.ctx.scope.resolve(e.id).kind;
      return k === 'fast' || k === 'global' || k === 'name' || k === 'cell' || k === 'free';
    }
    return false;
  }

  /** The frame slot of e when it is a plain read of a fast local (LOAD_FAST), else -1. */
  private fastSlotOf(e: A.expr): number {
    if (this.traceRoles !== null || e.kind !== 'Name' || e.id.startsWith('.t')) return -1;
    const r = this.ctx.scope.resolve(e.id);
    return r.kind === 'fast' ? r.slot : -1;
  }

  /** A borrowed read of e (canPeek(e) holds); compiled in ex()'s order, raising what ex(e) raises. */
  private peek(e: A.expr): Peek {
    const rt = this.rt;
    if (e.kind !== 'Name') {
      const folded = e.kind === 'Constant' ? this.constObject(e.value, e.lineno) : this.fold(e);
      return new Reader(rt, R_CONST, -1, this.constRef(folded as PyObject), '', null);
    }
    const name = e.id;
    const r = this.ctx.scope.resolve(name);
    const pos = this.posOf(e);
    switch (r.kind) {
      case 'fast': return new Reader(rt, R_FAST, r.slot, null, name, pos);
      case 'cell': return new Reader(rt, R_CELL, r.slot, null, name, pos);
      case 'free': return new Reader(rt, R_FREE, r.slot, null, name, pos);
      case 'global': return new Reader(rt, R_GLOBAL, -1, null, name, pos);
      default: return new Reader(rt, R_NAME, -1, null, name, pos);
    }
  }

  private compareOp(op: A.cmpop): (a: PyObject, b: PyObject) => PyObject {
    const rt = this.rt;
    switch (op) {
      case 'Is': return (a, b) => rt.newBool(a === b);
      case 'IsNot': return (a, b) => rt.newBool(a !== b);
      case 'In': return (a, b) => rt.newBool(PySequence_Contains(b, a));
      case 'NotIn': return (a, b) => rt.newBool(!PySequence_Contains(b, a));
      default: {
        const o = CMP_OP[op] as number;
        return (a, b) => PyObject_RichCompare(a, b, o);
      }
    }
  }

  private compare(e: A.Compare): Ev {
    const rt = this.rt;
    const rop = e.ops.length === 1 ? CMP_OP[e.ops[0] as A.cmpop] : undefined;
    if (rop !== undefined) {
      // COMPARE_OP: the condition's fast paths, the bool singletons as values
      const pos = this.posOf(e);
      const fast = fastCompare(rt, rop);
      const T = rt.True;
      const F = rt.False;
      const right = e.comparators[0] as A.expr;
      if (this.canPeek(e.left) && this.canPeek(right)) {
        const l = this.peek(e.left);
        const r = this.peek(right);
        return this.inlinePos((f) => {
          try {
            const a = l.read(f);
            const b = r.read(f);
            const t = fast(a, b);
            if (t !== null) {
              const o = t ? T : F;
              o.ob_refcnt++;
              return o;
            }
            a.ob_refcnt++;
            b.ob_refcnt++;
            try {
              return PyObject_RichCompare(a, b, rop);
            } finally {
              Py_DECREF(a);
              Py_DECREF(b);
            }
          } catch (err) {
            markPos(err, f, pos);
            throw err;
          }
        });
      }
      const l = this.ex(e.left);
      const r = this.ex(right);
      return this.inlinePos((f) => {
        try {
          const a = l(f);
          let b: PyObject;
          try {
            b = r(f);
          } catch (err) {
            Py_DECREF(a);
            throw err;
          }
          const t = fast(a, b);
          if (t !== null) {
            const o = t ? T : F;
            o.ob_refcnt++;
            // Py_DECREF written out (see the header)
            if (--a.ob_refcnt === 0) _Py_Dealloc(a);
            if (--b.ob_refcnt === 0) _Py_Dealloc(b);
            return o;
          }
          try {
            return PyObject_RichCompare(a, b, rop);
          } finally {
            Py_DECREF(a);
            Py_DECREF(b);
          }
        } catch (err) {
          markPos(err, f, pos);
          throw err;
        }
      });
    }
    const left = this.ex(e.left);
    // `x in [1, 2]` / `x in {1, 2}`: the display becomes a tuple / frozenset constant (fold_compare)
    const rights = e.comparators.map((c, i) => (e.ops[i] === 'In' || e.ops[i] === 'NotIn' ? this.iterExpr(c) : this.ex(c)));
    const ops = e.ops.map((o) => this.compareOp(o));
    if (ops.length === 1) {
      const r0 = rights[0] as Ev;
      const op0 = ops[0] as (a: PyObject, b: PyObject) => PyObject;
      const pos = this.posOf(e);
      return this.inlinePos((f) => {
        try {
          const a = left(f);
          let b: PyObject;
          try {
            b = r0(f);
          } catch (err) {
            Py_DECREF(a);
            throw err;
          }
          try {
            return op0(a, b);
          } finally {
            Py_DECREF(a);
            Py_DECREF(b);
          }
        } catch (err) {
          markPos(err, f, pos);
          throw err;
        }
      });
    }
    return (f) => {
      let a = left(f);
      try {
        for (let i = 0; i < ops.length; i++) {
          const b = (rights[i] as Ev)(f);
          let r: PyObject;
          try {
            r = (ops[i] as (a: PyObject, b: PyObject) => PyObject)(a, b);
          } catch (err) {
            Py_DECREF(b);
            throw err;
          }
          Py_DECREF(a);
          a = b;
          if (i === ops.length - 1) return r;
          let t: boolean;
          try {
            t = PyObject_IsTrue(r);
          } catch (err) {
            Py_DECREF(r);
            throw err;
          }
          if (!t) return r;
          Py_DECREF(r);
        }
        return Py_NewRef(rt.True);
      } finally {
        Py_DECREF(a);
      }
    };
  }

  /** Arguments of a call: positional then keyword values, kwnames (null when none). */
  private callArgs(args: A.expr[], keywords: A.keyword[]): (f: Frame, out: PyObject[], callable: PyObject) => readonly string[] | null {
    const rt = this.rt;
    const simple = args.every((a) => a.kind !== 'Starred') && keywords.every((k) => k.arg !== null);
    if (simple) {
      const pos = args.map((a) => this.ex(a));
      const kws = keywords.map((k) => this.ex(k.value));
      const names = keywords.length > 0 ? Object.freeze(keywords.map((k) => k.arg as string)) : null;
      const all = [...pos, ...kws];
      return (f, out) => {
        // out may already hold the method call's self, which the caller releases
        const start = out.length;
        try {
          for (let i = 0; i < all.length; i++) out.push((all[i] as Ev)(f));
        } catch (err) {
          for (let i = start; i < out.length; i++) Py_DECREF(out[i] as PyObject);
          out.length = start;
          throw err;
        }
        return names;
      };
    }
    const pos = this.seqItems(args, 'call');
    const kws = keywords.map((k) => ({ name: k.arg, ev: this.ex(k.value) }));
    return (f, out, callable) => {
      const items = pos(f, callable);
      const names: string[] = [];
      const vals: PyObject[] = [];
      try {
        for (const k of kws) {
          const v = k.ev(f);
          if (k.name !== null) {
            if (names.includes(k.name)) {
              Py_DECREF(v);
              throw PyErr.format(rt, rt.types.TypeError, `${functionStr(callable)} got multiple values for keyword argument '${k.name}'`);
            }
            names.push(k.name);
            vals.push(v);
            continue;
          }
          try {
            if (v.ob_type !== rt.types.dict && rt.lookupSpecial(v, 'keys') === null) throw PyErr.format(rt, rt.types.TypeError, `${functionStr(callable)} argument after ** must be a mapping, not ${v.ob_type.tp_name}`);
            const tmp = PyDict_New(rt);
            try {
              rt.dictMerge(tmp, v);
              rt.dictEach(tmp, (kk, vv) => {
                if (!isStr(kk)) throw PyErr.format(rt, rt.types.TypeError, 'keywords must be strings');
                if (names.includes(kk.ob_sval)) throw PyErr.format(rt, rt.types.TypeError, `${functionStr(callable)} got multiple values for keyword argument '${kk.ob_sval}'`);
                names.push(kk.ob_sval);
                vals.push(Py_NewRef(vv));
              });
            } finally {
              Py_DECREF(tmp);
            }
          } finally {
            Py_DECREF(v);
          }
        }
      } catch (err) {
        for (const x of items) Py_DECREF(x);
        for (const x of vals) Py_DECREF(x);
        throw err;
      }
      for (const x of items) out.push(x);
      for (const x of vals) out.push(x);
      return names.length > 0 ? names : null;
    };
  }

  private call(e: A.Call): Ev {
    const rt = this.rt;
    const I = this.I;
    const fnType = rt.types.function;
    const pos = this.posOf(e);
    const fn = e.func;
    // positional arguments only, at most three: evaluated into variables, no argument array
    const few = e.keywords.length === 0 && e.args.length <= 3 && e.args.every((a) => a.kind !== 'Starred');
    if (fn.kind === 'Attribute') {
      // LOAD_METHOD: a function found on the type is called with self, no bound method made
      const obj = this.ex(fn.value);
      const name = fn.attr;
      const T = rt.types;
      const attrPos = this.posOf(fn);
      const mcache = new MethodCache(name);
      const genericGetattr = T.object.tp_getattro;
      /** The method to call with o first (borrowed), or null: load the attribute instead. */
      const findMethod = (o: PyObject): PyObject | null => {
        const meth = mcache.lookup(o);
        if (meth !== null || o.ob_type.tp_getattro !== genericGetattr) return meth;
        const d = _PyType_Lookup(o.ob_type, name);
        if (d !== null && (d.ob_type === T.function || d.ob_type === T.method_descriptor) && instanceAttr(o, name) === null) {
          mcache.fill(o, d);
          return d;
        }
        return null;
      };
      /** The attribute's value (new reference); releases o. */
      const loadAttr = (f: Frame, o: PyObject): PyObject => {
        try {
          return (o.ob_type.tp_getattro as (o: PyObject, n: string) => PyObject)(o, name);
        } catch (err) {
          if (err instanceof PyErr) set_attribute_error_context(err.exc, o, name);
          // the failing instruction is the attribute load (LOAD_METHOD), not the call
          if (err instanceof PyErr && err.exc.posFrame !== f) {
            err.exc.posFrame = f;
            err.exc.pos = attrPos;
            f.escaped = true;
          }
          throw err;
        } finally {
          Py_DECREF(o);
        }
      };
      if (few && e.args.length === 0) {
        return this.inlinePos((f) => {
          try {
            const o = obj(f);
            const meth = findMethod(o);
            if (meth !== null) {
              meth.ob_refcnt++;
              try {
                if (meth.ob_type === fnType) return I.call1(meth as PyFunctionObject, o);
                if ((meth as PyMethodDescrObject).d_flags === undefined) {
                  // method_descr_call without its checks: o's type found the descriptor
                  try {
                    return (meth as PyMethodDescrObject).d_fn(o, [], null);
                  } finally {
                    Py_DECREF(o);
                  }
                }
                return PyObject_Call(meth, [o], null);
              } finally {
                if (--meth.ob_refcnt === 0) _Py_Dealloc(meth);
              }
            }
            const callable = loadAttr(f, o);
            try {
              if (callable.ob_type === fnType) return I.call0(callable as PyFunctionObject);
              return PyObject_Call(callable, [], null);
            } finally {
              if (--callable.ob_refcnt === 0) _Py_Dealloc(callable);
            }
          } catch (err) {
            markPos(err, f, pos);
            throw err;
          }
        });
      }
      if (few && e.args.length === 1) {
        const e0 = this.ex(e.args[0] as A.expr);
        // list.append's descriptor (borrowed: builtin type dicts never change), for
        // PRECALL_NO_KW_LIST_APPEND below
        const listAppend = name === 'append' ? _PyType_Lookup(T.list, 'append') : null;
        return this.inlinePos((f) => {
          try {
            const o = obj(f);
            const meth = findMethod(o);
            if (meth !== null) {
              meth.ob_refcnt++;
              let a0: PyObject;
              try {
                a0 = e0(f);
              } catch (err) {
                Py_DECREF(o);
                if (--meth.ob_refcnt === 0) _Py_Dealloc(meth);
                throw err;
              }
              try {
                if (meth === listAppend && o.ob_refcnt > 1) {
                  // 3.11's PRECALL_NO_KW_LIST_APPEND: the list takes a0's reference. Only when
                  // the list outlives the call: the generic path's releases (list, then a0)
                  // would free a temporary list before a0, this one a0 inside the list's dealloc.
                  _PyList_AppendTakeRef(rt, o as PyListObject, a0);
                  o.ob_refcnt--;
                  return Py_NewRef(rt.None);
                }
                if (meth.ob_type === fnType) return I.call2(meth as PyFunctionObject, o, a0);
                if ((meth as PyMethodDescrObject).d_flags === undefined) {
                  // method_descr_call without its checks: o's type found the descriptor
                  try {
                    const fn1 = (meth as PyMethodDescrObject).d_fn1;
                    return fn1 !== null ? fn1(o, a0) : (meth as PyMethodDescrObject).d_fn(o, [a0], null);
                  } finally {
                    Py_DECREF(o);
                    Py_DECREF(a0);
                  }
                }
                return PyObject_Call(meth, [o, a0], null);
              } finally {
                if (--meth.ob_refcnt === 0) _Py_Dealloc(meth);
              }
            }
            const callable = loadAttr(f, o);
            let a0: PyObject;
            try {
              a0 = e0(f);
            } catch (err) {
              if (--callable.ob_refcnt === 0) _Py_Dealloc(callable);
              throw err;
            }
            try {
              if (callable.ob_type === fnType) return I.call1(callable as PyFunctionObject, a0);
              return PyObject_Call(callable, [a0], null);
            } finally {
              if (--callable.ob_refcnt === 0) _Py_Dealloc(callable);
            }
          } catch (err) {
            markPos(err, f, pos);
            throw err;
          }
        });
      }
      if (few && e.args.length === 2) {
        const e0 = this.ex(e.args[0] as A.expr);
        const e1 = this.ex(e.args[1] as A.expr);
        return this.inlinePos((f) => {
          try {
            const o = obj(f);
            const meth = findMethod(o);
            if (meth !== null) {
              meth.ob_refcnt++;
              let a0: PyObject;
              let a1: PyObject;
              try {
                a0 = e0(f);
                try {
                  a1 = e1(f);
                } catch (err) {
                  Py_DECREF(a0);
                  throw err;
                }
              } catch (err) {
                Py_DECREF(o);
                if (--meth.ob_refcnt === 0) _Py_Dealloc(meth);
                throw err;
              }
              try {
                if (meth.ob_type === fnType) return I.call3(meth as PyFunctionObject, o, a0, a1);
                if ((meth as PyMethodDescrObject).d_flags === undefined) {
                  // method_descr_call without its checks: o's type found the descriptor
                  try {
                    const fn2 = (meth as PyMethodDescrObject).d_fn2;
                    return fn2 !== null ? fn2(o, a0, a1) : (meth as PyMethodDescrObject).d_fn(o, [a0, a1], null);
                  } finally {
                    Py_DECREF(o);
                    Py_DECREF(a0);
                    Py_DECREF(a1);
                  }
                }
                return PyObject_Call(meth, [o, a0, a1], null);
              } finally {
                if (--meth.ob_refcnt === 0) _Py_Dealloc(meth);
              }
            }
            const callable = loadAttr(f, o);
            let a0: PyObject;
            let a1: PyObject;
            try {
              a0 = e0(f);
              try {
                a1 = e1(f);
              } catch (err) {
                Py_DECREF(a0);
                throw err;
              }
            } catch (err) {
              if (--callable.ob_refcnt === 0) _Py_Dealloc(callable);
              throw err;
            }
            try {
              if (callable.ob_type === fnType) return I.call2(callable as PyFunctionObject, a0, a1);
              return PyObject_Call(callable, [a0, a1], null);
            } finally {
              if (--callable.ob_refcnt === 0) _Py_Dealloc(callable);
            }
          } catch (err) {
            markPos(err, f, pos);
            throw err;
          }
        });
      }
      const args = this.callArgs(e.args, e.keywords);
      return this.inlinePos((f) => {
        try {
          const o = obj(f);
          const meth = findMethod(o);
          if (meth !== null) {
            Py_INCREF(meth);
            const argv: PyObject[] = [o];
            let kw: readonly string[] | null;
            try {
              kw = args(f, argv, meth);
            } catch (err) {
              Py_DECREF(o);
              if (--meth.ob_refcnt === 0) _Py_Dealloc(meth);
              throw err;
            }
            try {
              // a Python function is called directly (what its tp_call would do)
              if (meth.ob_type === fnType) return I.callFunction(meth as PyFunctionObject, argv, kw);
              return PyObject_Call(meth, argv, kw);
            } finally {
              if (--meth.ob_refcnt === 0) _Py_Dealloc(meth);
            }
          }
          const callable = loadAttr(f, o);
          const argv: PyObject[] = [];
          let kw: readonly string[] | null;
          try {
            kw = args(f, argv, callable);
          } catch (err) {
            if (--callable.ob_refcnt === 0) _Py_Dealloc(callable);
            throw err;
          }
          try {
            if (callable.ob_type === fnType) return I.callFunction(callable as PyFunctionObject, argv, kw);
            return PyObject_Call(callable, argv, kw);
          } finally {
            if (--callable.ob_refcnt === 0) _Py_Dealloc(callable);
          }
        } catch (err) {
          markPos(err, f, pos);
          throw err;
        }
      });
    }
    const func = this.ex(fn);
    if (few) return this.inlinePos(this.callFew(func, e.args.map((a) => this.ex(a)), pos));
    const args = this.callArgs(e.args, e.keywords);
    return this.inlinePos((f) => {
      try {
        const callable = func(f);
        const argv: PyObject[] = [];
        let kw: readonly string[] | null;
        try {
          kw = args(f, argv, callable);
        } catch (err) {
          if (--callable.ob_refcnt === 0) _Py_Dealloc(callable);
          throw err;
        }
        try {
          if (callable.ob_type === fnType) return I.callFunction(callable as PyFunctionObject, argv, kw);
          return PyObject_Call(callable, argv, kw);
        } finally {
          if (--callable.ob_refcnt === 0) _Py_Dealloc(callable);
        }
      } catch (err) {
        markPos(err, f, pos);
        throw err;
      }
    });
  }

  /** f(a, b, c) with at most three positional arguments: one closure per count, no array for a Python function. */
  private callFew(func: Ev, evs: Ev[], pos: SourcePos): Ev {
    const I = this.I;
    const rt = this.rt;
    const fnType = rt.types.function;
    const cfnType = rt.types.builtin_function_or_method;
    const strType = rt.types.str;
    const intType = rt.types.int;
    const floatType = rt.types.float;
    const typeType = rt.types.type;
    switch (evs.length) {
      case 0:
        return (f) => {
          try {
            const callable = func(f);
            try {
              if (callable.ob_type === fnType) return I.call0(callable as PyFunctionObject);
              return PyObject_Call(callable, [], null);
            } finally {
              if (--callable.ob_refcnt === 0) _Py_Dealloc(callable);
            }
          } catch (err) {
            markPos(err, f, pos);
            throw err;
          }
        };
      case 1: {
        const e0 = evs[0] as Ev;
        return (f) => {
          try {
            const callable = func(f);
            let a0: PyObject;
            try {
              a0 = e0(f);
            } catch (err) {
              if (--callable.ob_refcnt === 0) _Py_Dealloc(callable);
              throw err;
            }
            try {
              if (callable.ob_type === fnType) return I.call1(callable as PyFunctionObject, a0);
              if (callable.ob_type === cfnType && (callable as PyCFunctionObject).m_fn1 !== null) {
                // PRECALL_BUILTIN_O: the METH_O body, then the argument released (as callBuiltin)
                try {
                  return ((callable as PyCFunctionObject).m_fn1 as PyCFunction1)((callable as PyCFunctionObject).m_self ?? rt.None, a0);
                } finally {
                  if (--a0.ob_refcnt === 0) _Py_Dealloc(a0);
                }
              }
              if (callable === strType) {
                // PRECALL_NO_KW_STR_1 for the arguments type_call's own fast path takes: an exact
                // int's or float's repr (then the argument released), an exact str itself (the
                // argument's reference becomes the result's)
                const at = a0.ob_type;
                if (at === strType) return a0;
                if (at === intType || at === floatType) {
                  try {
                    return (at.tp_repr as (o: PyObject) => PyObject)(a0);
                  } finally {
                    if (--a0.ob_refcnt === 0) _Py_Dealloc(a0);
                  }
                }
              }
              return PyObject_Call(callable, [a0], null);
            } finally {
              if (--callable.ob_refcnt === 0) _Py_Dealloc(callable);
            }
          } catch (err) {
            markPos(err, f, pos);
            throw err;
          }
        };
      }
      case 2: {
        const e0 = evs[0] as Ev;
        const e1 = evs[1] as Ev;
        return (f) => {
          try {
            const callable = func(f);
            let a0: PyObject;
            let a1: PyObject;
            try {
              a0 = e0(f);
              try {
                a1 = e1(f);
              } catch (err) {
                Py_DECREF(a0);
                throw err;
              }
            } catch (err) {
              if (--callable.ob_refcnt === 0) _Py_Dealloc(callable);
              throw err;
            }
            try {
              if (callable.ob_type === fnType) return I.call2(callable as PyFunctionObject, a0, a1);
              // a class (whose metaclass is type) without an argument array: typeobject.ts type_call2
              if (callable.ob_type === typeType) return type_call2(callable as PyTypeObject, a0, a1);
              return PyObject_Call(callable, [a0, a1], null);
            } finally {
              if (--callable.ob_refcnt === 0) _Py_Dealloc(callable);
            }
          } catch (err) {
            markPos(err, f, pos);
            throw err;
          }
        };
      }
      default: {
        const e0 = evs[0] as Ev;
        const e1 = evs[1] as Ev;
        const e2 = evs[2] as Ev;
        return (f) => {
          try {
            const callable = func(f);
            let a0: PyObject;
            let a1: PyObject;
            let a2: PyObject;
            try {
              a0 = e0(f);
              try {
                a1 = e1(f);
                try {
                  a2 = e2(f);
                } catch (err) {
                  Py_DECREF(a1);
                  throw err;
                }
              } catch (err) {
                Py_DECREF(a0);
                throw err;
              }
            } catch (err) {
              if (--callable.ob_refcnt === 0) _Py_Dealloc(callable);
              throw err;
            }
            try {
              if (callable.ob_type === fnType) return I.call3(callable as PyFunctionObject, a0, a1, a2);
              return PyObject_Call(callable, [a0, a1, a2], null);
            } finally {
              if (--callable.ob_refcnt === 0) _Py_Dealloc(callable);
            }
          } catch (err) {
            markPos(err, f, pos);
            throw err;
          }
        };
      }
    }
  }

  /** Comprehensions are functions of their own (3.11): made, called with iter(first), dropped. */
  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): Ev {
    const rt = this.rt;
    const scope = this.scopes.get(e) as Scope;
    const parentScope = this.ctx.scope;
    const name = scope.name;
    const qualname = this.qualnameFor(scope, name);
    scope.qualname = qualname;
    const gens = e.generators;
    const firstIter = this.iterExpr((gens[0] as A.comprehension).iter);
    const info = this.makeCode(scope, name, qualname, [], null, e.lineno, () => {
      if (e.kind === 'GeneratorExp') return { body: null, genBody: this.genexpProgram(e) };
      const loops = this.compLoops(gens);
      let add: (f: Frame, acc: PyObject) => void;
      if (e.kind === 'ListComp') {
        const elt = this.ex(e.elt);
        add = (f, acc) => PyList_AppendSteal(rt, acc as PyListObject, elt(f));
      } else if (e.kind === 'SetComp') {
        const elt = this.ex(e.elt);
        add = (f, acc) => rt.setAddSteal(acc, elt(f));
      } else {
        const k = this.ex(e.key);
        const v = this.ex(e.value);
        add = (f, acc) => {
          const kk = k(f);
          let vv: PyObject;
          try {
            vv = v(f);
          } catch (err) {
            Py_DECREF(kk);
            throw err;
          }
          PyDict_SetItemSteal(rt, acc as PyDictObject, kk, vv);
        };
      }
      const kind = e.kind;
      const line = e.lineno;
      const body: St = (f) => {
        f.lineno = line;
        const acc = kind === 'ListComp' ? PyList_New(rt) : kind === 'SetComp' ? rt.newSet([]) : PyDict_New(rt);
        try {
          loops.sync(f, f.fast[0] as PyObject, 0, acc, add);
        } catch (err) {
          Py_DECREF(acc);
          throw err;
        }
        f.retval = acc;
        return RETURN;
      };
      return { body, genBody: null };
    });
    this.ctx.code.co_consts.push(info.code);
    const closureSlots = scope.freeNames.map((n) => this.cellSlotFor(parentScope, n));
    const code = info.code;
    const I = this.I;
    return (f) => {
      const modname = PyDict_GetItemString(f.globals, '__name__');
      const fn = PyFunction_New(rt, code, f.globals, f.builtins, modname);
      try {
        if (closureSlots.length > 0) fn.func_closure = PyTuple_New(rt, closureSlots.map((i) => Py_NewRef(f.fast[i] as PyObject)));
        const src = firstIter(f);
        let it: PyObject;
        try {
          it = PyObject_GetIter(src);
        } finally {
          Py_DECREF(src);
        }
        return I.call1(fn, it);
      } finally {
        Py_DECREF(fn);
      }
    };
  }

  /**
   * A generator expression's body as a generator program: the first loop runs over the
   * iterator in slot 0 (the `.0` argument), each `if` goes back to its loop's next item, the
   * innermost level yields elt (the value sent back is dropped).
   */
  private genexpProgram(e: A.GeneratorExp): GOp[] {
    const line = e.lineno;
    const elt = this.ex(e.elt);
    const ops: GOp[] = [];
    const heads: number[] = [];
    e.generators.forEach((g, i) => {
      if (i > 0) {
        const gi = new GOp(G_GET_ITER, line);
        gi.v = this.iterExpr(g.iter);
        ops.push(gi);
      }
      const head = ops.length;
      heads.push(head);
      const fi = new GOp(G_FOR_ITER, line);
      fi.slot = i === 0 ? 0 : -1;
      fi.store = this.store(g.target);
      ops.push(fi);
      for (const c of g.ifs) {
        const jf = new GOp(G_IF_FALSE, line);
        jf.cond = this.cond(c);
        jf.to = head;
        ops.push(jf);
      }
    });
    const y = new GOp(G_YIELD, line);
    y.v = elt;
    y.vSlot = this.fastSlotOf(e.elt);
    ops.push(y);
    // each loop, innermost first, goes back to its next item; exhausted, to the loop around it
    for (let i = heads.length - 1; i >= 0; i--) {
      const j = new GOp(G_JUMP, line);
      j.to = heads[i] as number;
      ops.push(j);
      (ops[heads[i] as number] as GOp).to = ops.length;
    }
    return linkGenProgram(ops);
  }

  /** The nested for/if loops of a list, set or dict comprehension. */
  private compLoops(gens: A.comprehension[]): {
    /** runs the loops, calling add(f, acc) at the innermost level */
    sync: (f: Frame, it: PyObject, level: number, acc: PyObject, add: (f: Frame, acc: PyObject) => void) => void;
  } {
    const compiled = gens.map((g, i) => ({
      iter: i === 0 ? null : this.iterExpr(g.iter),
      store: this.store(g.target),
      ifs: g.ifs.map((c) => this.cond(c)),
    }));
    const I = this.I;
    const brk = I.interruptFlag;
    const sync = (f: Frame, it: PyObject, level: number, acc: PyObject, add: (f: Frame, acc: PyObject) => void): void => {
      const c = compiled[level] as (typeof compiled)[number];
      const next = it.ob_type.tp_iternext as (o: PyObject) => PyObject | null;
      for (;;) {
        if (brk[0] !== 0) I.checkInterrupt();
        const x = next(it);
        if (x === null) break;
        c.store(f, x);
        if (!allTrue(c.ifs, f)) continue;
        if (level + 1 < compiled.length) {
          const src = (compiled[level + 1]?.iter as Ev)(f);
          let it2: PyObject;
          try {
            it2 = PyObject_GetIter(src);
          } finally {
            Py_DECREF(src);
          }
          try {
            sync(f, it2, level + 1, acc, add);
          } finally {
            Py_DECREF(it2);
          }
        } else add(f, acc);
      }
    };
    return { sync };
  }

  // ---- generator mode ------------------------------------------------------------------------------

  /** A generator-mode block: one generator program (genprogram.ts). */
  gblock(body: A.stmt[]): GSt {
    return runGenProgram(this.I, this.gprogram(body));
  }

  private gprogram(body: A.stmt[]): GOp[] {
    const ops: GOp[] = [];
    this.gemit(ops, body, null);
    return linkGenProgram(ops);
  }

  private gemit(ops: GOp[], body: A.stmt[], loop: GLoop | null): void {
    for (const s of body) this.gemitStmt(ops, s, loop);
  }

  /** An op that may end with BREAK / CONTINUE: leaves through `loop` (none: the code goes up). */
  private gexits(op: GOp, loop: GLoop | null): GOp {
    if (loop !== null) {
      op.brkPop = loop.isFor ? 1 : 0;
      loop.brkFix.push(op);
      loop.contFix.push(op);
    }
    return op;
  }

  /** Patches the break / continue targets of a finished loop. */
  private gcloseLoop(loop: GLoop, end: number, cont: number): void {
    for (const op of loop.brkFix) op.brk = end;
    for (const op of loop.contFix) op.cont = cont;
  }

  /**
   * One statement of a generator program: a statement without a yield is a G_SYNC closure;
   * `yield v`, `target = yield v`, `yield from x`, `target = yield from x` statements and
   * if / while / for statements (their test or iterable without a yield) are ops of the program
   * itself; anything else keeps a generator of its own (G_GEN, gst).
   */
  private gemitStmt(ops: GOp[], s: A.stmt, loop: GLoop | null): void {
    const line = s.lineno;
    if (!containsYield(s)) {
      const op = this.gexits(new GOp(G_SYNC, line), loop);
      op.run = this.st(s);
      ops.push(op);
      return;
    }
    switch (s.kind) {
      case 'Expr':
      case 'Assign': {
        const value = s.value;
        let op: GOp;
        if (value.kind === 'Yield' && (value.value === null || !containsYield(value.value))) {
          op = new GOp(G_YIELD, line);
          op.v = value.value === null ? null : this.ex(value.value);
          op.vSlot = value.value === null ? -1 : this.fastSlotOf(value.value);
        } else if (value.kind === 'YieldFrom' && !containsYield(value.value)) {
          op = new GOp(G_YIELD_FROM, line);
          op.v = this.ex(value.value);
        } else break;
        if (s.kind === 'Assign') {
          const targets = s.targets.map((t) => this.store(t));
          op.store = targets.length === 1 ? (targets[0] as (f: Frame, v: PyObject) => void) : (f, v) => {
            for (let i = 0; i < targets.length; i++) {
              if (i < targets.length - 1) Py_INCREF(v);
              (targets[i] as (f: Frame, v: PyObject) => void)(f, v);
            }
          };
        }
        ops.push(op);
        return;
      }
      case 'If': {
        if (containsYield(s.test)) break;
        const jf = new GOp(G_IF_FALSE, line);
        jf.cond = this.cond(s.test);
        ops.push(jf);
        this.gemit(ops, s.body, loop);
        if (s.orelse.length > 0) {
          const j = new GOp(G_JUMP, line);
          ops.push(j);
          jf.to = ops.length;
          this.gemit(ops, s.orelse, loop);
          j.to = ops.length;
        } else jf.to = ops.length;
        return;
      }
      case 'While': {
        if (containsYield(s.test)) break;
        const head = ops.length;
        const jf = new GOp(G_IF_FALSE, line);
        jf.cond = this.cond(s.test);
        ops.push(jf);
        const inner: GLoop = { brkFix: [], contFix: [], isFor: false };
        this.gemit(ops, s.body, inner);
        const back = new GOp(G_LOOP_BACK, line);
        back.to = head;
        const backAt = ops.length;
        ops.push(back);
        jf.to = ops.length;
        this.gemit(ops, s.orelse, loop);
        this.gcloseLoop(inner, ops.length, backAt);
        return;
      }
      case 'For': {
        if (containsYield(s.iter)) break;
        const gi = new GOp(G_GET_ITER, line);
        gi.v = this.iterExpr(s.iter);
        ops.push(gi);
        const head = ops.length;
        const fi = new GOp(G_FOR_ITER, line);
        fi.store = this.store(s.target);
        ops.push(fi);
        const inner: GLoop = { brkFix: [], contFix: [], isFor: true };
        this.gemit(ops, s.body, inner);
        const j = new GOp(G_JUMP, line);
        j.to = head;
        ops.push(j);
        fi.to = ops.length;
        this.gemit(ops, s.orelse, loop);
        this.gcloseLoop(inner, ops.length, head);
        return;
      }
      default:
        break;
    }
    const op = this.gexits(new GOp(G_GEN, line), loop);
    op.gen = this.gst(s);
    ops.push(op);
  }

  /** A yield-containing expression in generator mode (yield / yield from at the top). */
  gex(e: A.expr): GEv {
    const rt = this.rt;
    if (e.kind === 'Yield') {
      const v = e.value === null ? null : this.ex(e.value);
      return function* (f) {
        const x = v === null ? Py_NewRef(rt.None) : v(f);
        const sent = yield x;
        return sent;
      };
    }
    if (e.kind === 'YieldFrom') {
      const src = this.ex(e.value);
      return (f) => yieldFromGen(rt, src(f));
    }
    if (!containsYield(e)) {
      const ev = this.ex(e);
      // eslint-disable-next-line require-yield
      return function* (f) {
        return ev(f);
      };
    }
    return this.gexNested(e);
  }

  private tempCounter = 0;

  /**
   * An expression with a `yield` somewhere inside: its direct sub-expressions are evaluated
   * first, in order (those containing the yield in generator mode), into frame temporaries;
   * then the node itself runs with its children replaced by reads of those temporaries.
   * Short-circuiting nodes (and/or, if-else, chained comparisons) are not supported here.
   */
  private gexNested(e: A.expr): GEv {
    if (e.kind === 'BoolOp') {
      const parts = e.values.map((v) => this.gex(v));
      const isAnd = e.op === 'And';
      return function* (f) {
        let v: PyObject | null = null;
        for (let i = 0; i < parts.length; i++) {
          v = yield* (parts[i] as GEv)(f);
          if (i === parts.length - 1) return v;
          let t: boolean;
          try {
            t = PyObject_IsTrue(v);
          } catch (err) {
            Py_DECREF(v);
            throw err;
          }
          if (t !== isAnd) return v;
          Py_DECREF(v);
        }
        return v as PyObject;
      };
    }
    if (e.kind === 'IfExp') {
      const test = this.gex(e.test);
      const body = this.gex(e.body);
      const orelse = this.gex(e.orelse);
      return function* (f) {
        const c = yield* test(f);
        let t: boolean;
        try {
          t = PyObject_IsTrue(c);
        } finally {
          Py_DECREF(c);
        }
        return t ? yield* body(f) : yield* orelse(f);
      };
    }
    if ( (e.kind === 'Compare' && e.ops.length > 1) || e.kind === 'Lambda' || e.kind === 'ListComp' || e.kind === 'SetComp' || e.kind === 'DictComp' || e.kind === 'GeneratorExp') {
      throw new PyNotImplementedSyntax(`'yield' inside a ${e.kind} expression`, e.lineno);
    }
    const children: A.expr[] = [];
    const tempOf = (c: A.expr): A.expr => {
      const idx = this.tempCounter++;
      children.push(c);
      return { kind: 'Name', id: `.t${idx}`, ctx: 'Load', lineno: c.lineno, col_offset: c.col_offset, end_lineno: c.end_lineno, end_col_offset: c.end_col_offset };
    };
    const firstIdx = this.tempCounter;
    let node: A.expr;
    switch (e.kind) {
      case 'BinOp': node = { ...e, left: tempOf(e.left), right: tempOf(e.right) }; break;
      case 'UnaryOp': node = { ...e, operand: tempOf(e.operand) }; break;
      case 'Compare': node = { ...e, left: tempOf(e.left), comparators: [tempOf(e.comparators[0] as A.expr)] }; break;
      case 'Call': {
        const func = tempOf(e.func);
        const args = e.args.map((a) => (a.kind === 'Starred' ? { ...a, value: tempOf(a.value) } : tempOf(a)));
        const keywords = e.keywords.map((k) => ({ ...k, value: tempOf(k.value) }));
        node = { ...e, func, args, keywords };
        break;
      }
      case 'Attribute': node = { ...e, value: tempOf(e.value) }; break;
      case 'Subscript': node = { ...e, value: tempOf(e.value), slice: tempOf(e.slice) }; break;
      case 'Tuple': case 'List': case 'Set':
        node = { ...e, elts: e.elts.map((x) => (x.kind === 'Starred' ? { ...x, value: tempOf(x.value) } : tempOf(x))) } as A.expr;
        break;
      case 'Dict': {
        const keys: (A.expr | null)[] = [];
        const values: A.expr[] = [];
        e.keys.forEach((k, i) => {
          keys.push(k === null ? null : tempOf(k));
          values.push(tempOf(e.values[i] as A.expr));
        });
        node = { ...e, keys, values };
        break;
      }
      case 'JoinedStr': node = { ...e, values: e.values.map((v) => tempOf(v)) }; break;
      case 'FormattedValue': node = { ...e, value: tempOf(e.value), format_spec: e.format_spec === null ? null : e.format_spec }; break;
      case 'Starred': node = { ...e, value: tempOf(e.value) }; break;
      case 'Slice': node = { ...e, lower: e.lower === null ? null : tempOf(e.lower), upper: e.upper === null ? null : tempOf(e.upper), step: e.step === null ? null : tempOf(e.step) }; break;
      case 'NamedExpr': node = { ...e, value: tempOf(e.value) }; break;
      default: throw new PyNotImplementedSyntax(`'yield' inside a ${e.kind} expression`, e.lineno);
    }
    const parts = children.map((c) => (containsYield(c) ? { gen: true as const, g: this.gex(c) } : { gen: false as const, ev: this.ex(c) }));
    const run = this.ex(node);
    const n = parts.length;
    return function* (f) {
      if (f.temps === null) f.temps = [];
      const temps = f.temps;
      let i = 0;
      try {
        for (; i < n; i++) {
          const p = parts[i] as (typeof parts)[number];
          temps[firstIdx + i] = p.gen ? yield* p.g(f) : p.ev(f);
        }
        return run(f);
      } finally {
        // release whatever the node did not consume (an exception part-way)
        for (let j = 0; j < n; j++) {
          const v = temps[firstIdx + j] ?? null;
          temps[firstIdx + j] = null;
          if (v !== null) Py_DECREF(v);
        }
      }
    };
  }

  gst(s: A.stmt): GSt {
    const rt = this.rt;
    switch (s.kind) {
      case 'Expr': {
        const g = this.gex(s.value);
        return function* (f) {
          Py_DECREF(yield* g(f));
          return NORMAL;
        };
      }
      case 'Assign': {
        const g = this.gex(s.value);
        const targets = s.targets.map((t) => this.store(t));
        return function* (f) {
          const v = yield* g(f);
          for (let i = 0; i < targets.length; i++) {
            if (i < targets.length - 1) Py_INCREF(v);
            (targets[i] as (f: Frame, v: PyObject) => void)(f, v);
          }
          return NORMAL;
        };
      }
      case 'Return': {
        const g = this.gex(s.value as A.expr);
        return function* (f) {
          f.retval = yield* g(f);
          return RETURN;
        };
      }
      case 'If': {
        if (containsYield(s.test)) {
          const gt = this.gex(s.test);
          const body = this.gblock(s.body);
          const orelse = this.gblock(s.orelse);
          return function* (f) {
            const v = yield* gt(f);
            let t: boolean;
            try {
              t = PyObject_IsTrue(v);
            } finally {
              Py_DECREF(v);
            }
            if (t) return yield* body(f);
            return yield* orelse(f);
          };
        }
        return this.gblock([s]);
      }
      case 'While':
        if (containsYield(s.test)) throw new PyNotImplementedSyntax("'yield' in a while condition", s.lineno);
        // a loop is an op sequence of a generator program (gemitStmt)
        return this.gblock([s]);
      case 'For':
        if (containsYield(s.iter)) throw new PyNotImplementedSyntax("'yield' in a for statement's iterable", s.lineno);
        return this.gblock([s]);
      case 'Try': return this.gtry(s);
      case 'With': {
        if (s.items.length !== 1) throw new PyNotImplementedSyntax("'yield' inside a with statement of several items", s.lineno);
        const item = s.items[0] as A.withitem;
        const mgr = this.ex(item.context_expr);
        const store = item.optional_vars === null ? null : this.store(item.optional_vars);
        const body = this.gblock(s.body);
        const self = this;
        const line = s.lineno;
        return function* (f) {
          const m = mgr(f);
          let exit: PyObject;
          let entered: PyObject;
          try {
            exit = PyObject_GetAttr(m, '__exit__');
            try {
              entered = rt.callMethod(m, '__enter__', []);
            } catch (e) {
              Py_DECREF(exit);
              throw e;
            }
          } finally {
            Py_DECREF(m);
          }
          let code: number;
          try {
            if (store !== null) store(f, entered);
            else Py_DECREF(entered);
            code = yield* body(f);
          } catch (e) {
            if (!(e instanceof PyErr)) {
              Py_DECREF(exit);
              throw e;
            }
            self.I.tracebackHere(e, f);
            f.lineno = line;
            let r: PyObject;
            try {
              r = PyObject_Call(exit, [Py_NewRef(e.exc.ob_type), Py_NewRef(e.exc), Py_NewRef(e.exc.traceback ?? rt.None)], null);
            } catch (e2) {
              Py_DECREF(exit);
              if (e2 instanceof PyErr) self.chainContext(e2, e.exc);
              e.release();
              throw e2;
            }
            Py_DECREF(exit);
            const sup = PyObject_IsTrue(r);
            Py_DECREF(r);
            if (sup) {
              e.release();
              return NORMAL;
            }
            throw e;
          }
          Py_DECREF(PyObject_Call(exit, [Py_NewRef(rt.None), Py_NewRef(rt.None), Py_NewRef(rt.None)], null));
          Py_DECREF(exit);
          return code;
        };
      }
      default:
        throw new PyNotImplementedSyntax(`'yield' inside a ${s.kind} statement`, s.lineno);
    }
  }

  private gtry(s: A.Try): GSt {
    const body = this.gblock(s.body);
    const handlers = s.handlers.map((h) => ({
      type: h.type === null ? null : this.ex(h.type),
      store: h.name === null ? null : this.storeName(h.name),
      del: h.name === null ? null : this.del({ kind: 'Name', id: h.name, ctx: 'Del', lineno: h.lineno, col_offset: 0, end_lineno: h.lineno, end_col_offset: 0 }),
      body: this.gblock(h.body),
      line: h.lineno,
    }));
    const orelse = this.gblock(s.orelse);
    const finalbody = s.finalbody.length > 0 ? this.gblock(s.finalbody) : null;
    const self = this;
    const withHandlers: GSt = function* (f) {
      let code: number;
      try {
        code = yield* body(f);
      } catch (e) {
        if (!(e instanceof PyErr)) throw e;
        self.I.tracebackHere(e, f);
        const outer = f.handling.length > 0 || f.back !== null ? self.currentHandled(f) : null;
        if (outer !== null) self.chainContext(e, outer);
        for (const h of handlers) {
          f.lineno = h.line;
          if (h.type !== null) {
            const t = h.type(f);
            let m: boolean;
            try {
              m = self.matchExc(e.exc, t);
            } finally {
              Py_DECREF(t);
            }
            if (!m) continue;
          }
          f.handling.push(e.exc);
          let hc: number;
          try {
            if (h.store !== null) h.store(f, Py_NewRef(e.exc));
            try {
              hc = yield* h.body(f);
            } finally {
              if (h.del !== null) {
                try {
                  h.del(f);
                } catch (e3) {
                  if (!(e3 instanceof PyErr)) throw e3;
                  e3.release();
                }
              }
            }
          } catch (e2) {
            if (e2 instanceof PyErr) self.chainContext(e2, e.exc);
            f.handling.pop();
            e.release();
            throw e2;
          }
          f.handling.pop();
          e.release();
          return hc;
        }
        throw e;
      }
      if (code === NORMAL) return yield* orelse(f);
      return code;
    };
    if (finalbody === null) return withHandlers;
    return function* (f) {
      let code: number;
      try {
        code = yield* withHandlers(f);
      } catch (e) {
        const fc = yield* finalbody(f);
        if (fc !== NORMAL) {
          if (e instanceof PyErr) e.release();
          return fc;
        }
        throw e;
      }
      const saved = code === RETURN ? f.retval : null;
      if (code === RETURN) f.retval = null;
      const fc = yield* finalbody(f);
      if (fc !== NORMAL) {
        Py_XDECREF(saved);
        return fc;
      }
      if (code === RETURN) f.retval = saved;
      return code;
    };
  }
}

export { strOf, reprOf };

/** _PyObject_FunctionStr: how call errors name the callable, "module.qualname()" or "qualname()". */
export function functionStr(o: PyObject): string {
  const rt = o.ob_type.rt;
  const attr = (name: string): PyObject | null => {
    try {
      return rt.getAttr(o, name);
    } catch (e) {
      if (e instanceof PyErr) {
        e.release();
        return null;
      }
      throw e;
    }
  };
  const qn = attr('__qualname__');
  if (qn === null || !isStr(qn)) {
    if (qn !== null) Py_DECREF(qn);
    return `${o.ob_type.tp_name} object`;
  }
  const q = qn.ob_sval;
  Py_DECREF(qn);
  const mod = attr('__module__');
  let m: string | null = null;
  if (mod !== null) {
    if (isStr(mod) && mod.ob_sval !== 'builtins') m = mod.ob_sval;
    Py_DECREF(mod);
  }
  return m === null ? `${q}()` : `${m}.${q}()`;
}

/** format_exc_check_arg for NameError: the message, and the name kept for the suggestion. */
function nameError(rt: Runtime, name: string): PyErr {
  const err = PyErr.format(rt, rt.types.NameError, `name '${name}' is not defined`);
  err.exc.attr_name = name;
  return err;
}
