// The SyntaxWarnings CPython 3.11's compiler emits while it compiles a module (Python/compile.c:
// check_compare, check_caller, check_subscripter, check_index and compiler_assert's tuple test),
// found by one walk over the tree in compilation order before glasspy compiles it. What the
// checks see is the tree after CPython's constant folding (Python/ast_opt.c): `x is -1` and
// `x is (1, 2)` compare with a literal; foldType below says which expressions fold to a constant
// and of what type.
//
// Each warning goes through warn_explicit with no module and no registry, so the default action
// shows every one (src/modules/warnings.ts). A warning the filters turn into an error (or a
// showwarning that raises one) becomes a SyntaxError at the warned node, as compiler_warn does.

import type * as A from '../parser/ast.js';
import { forEachChild } from '../parser/walk.js';
import type { Interpreter } from './interpreter.js';
import { type PyObject, type PyTypeObject, Py_DECREF } from '../objects/object.js';
import { PyErr } from '../objects/pyerr.js';
import { PySyntaxError } from '../parser/index.js';
import { warnExplicit } from '../modules/warnings.js';

/** Where a warning points: the node's span (the AST's UTF-8 columns). */
type Span = Pick<A.expr, 'lineno' | 'col_offset' | 'end_lineno' | 'end_col_offset'>;

/** The Python type name of a constant value. */
function constType(v: A.ConstantValue): string {
  if (v === null) return 'NoneType';
  switch (typeof v) {
    case 'boolean': return 'bool';
    case 'bigint': return 'int';
    case 'number': return 'float';
    case 'string': return 'str';
    default: break;
  }
  if (v instanceof Uint8Array) return 'bytes';
  return v.kind === 'complex' ? 'complex' : 'ellipsis';
}

const NUMERIC = new Set(['bool', 'int', 'float', 'complex']);
const numRank = (t: string): number => (t === 'complex' ? 3 : t === 'float' ? 2 : 1);
const isZero = (e: A.expr): boolean => e.kind === 'Constant' && (e.value === 0n || e.value === 0 || e.value === false);

/**
 * The type of the constant `e` folds to (ast_opt.c: fold_unaryop, fold_binop, fold_tuple,
 * fold_subscr, __debug__), or null when it stays an expression. Folding that would raise (a
 * division by zero, `-"a"`) leaves the expression alone, as in CPython.
 */
function foldType(e: A.expr): string | null {
  switch (e.kind) {
    case 'Constant':
      return constType(e.value);
    case 'Name':
      return e.id === '__debug__' ? 'bool' : null;
    case 'Tuple': {
      if (e.ctx !== 'Load') return null;
      for (const x of e.elts) if (x.kind === 'Starred' || foldType(x) === null) return null;
      return 'tuple';
    }
    case 'UnaryOp': {
      const t = foldType(e.operand);
      if (t === null) return null;
      if (e.op === 'Not') return 'bool';
      if (e.op === 'Invert') return t === 'int' || t === 'bool' ? 'int' : null;
      if (!NUMERIC.has(t)) return null;
      return t === 'bool' ? 'int' : t;
    }
    case 'BinOp': {
      const l = foldType(e.left);
      const r = foldType(e.right);
      if (l === null || r === null) return null;
      if (NUMERIC.has(l) && NUMERIC.has(r)) {
        const rank = Math.max(numRank(l), numRank(r));
        const t = rank === 3 ? 'complex' : rank === 2 ? 'float' : 'int';
        switch (e.op) {
          case 'Add': case 'Sub': case 'Mult': case 'Pow':
            return t;
          case 'Div':
            return isZero(e.right) ? null : rank === 3 ? 'complex' : 'float';
          case 'FloorDiv': case 'Mod':
            return isZero(e.right) || rank === 3 ? null : t;
          case 'LShift': case 'RShift': case 'BitAnd': case 'BitOr': case 'BitXor':
            if (rank !== 1) return null;
            return l === 'bool' && r === 'bool' && e.op !== 'LShift' && e.op !== 'RShift' ? 'bool' : 'int';
          default:
            return null;
        }
      }
      const seq = l === 'str' || l === 'bytes' || l === 'tuple';
      if (e.op === 'Add' && seq && l === r) return l;
      if (e.op === 'Mult' && seq && (r === 'int' || r === 'bool')) return l;
      if (e.op === 'Mult' && (l === 'int' || l === 'bool') && (r === 'str' || r === 'bytes' || r === 'tuple')) return r;
      return null;
    }
    default:
      return null;
  }
}

/** infer_type: the type a literal display or constant certainly has, else null. */
function inferType(e: A.expr): string | null {
  switch (e.kind) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    default: return foldType(e);
  }
}

/** check_is_arg: false for a literal other than None, True, False and Ellipsis. */
function isArgOk(e: A.expr): boolean {
  const t = foldType(e);
  return t === null || t === 'NoneType' || t === 'bool' || t === 'ellipsis';
}

const NOT_SUBSCRIPTABLE = new Set(['NoneType', 'ellipsis', 'int', 'bool', 'float', 'complex']);

/** Calls `warn(node, message)` for each SyntaxWarning of the tree, in compilation order. */
export function findSyntaxWarnings(mod: A.stmt[], warn: (at: Span, msg: string) => void): void {
  const expr = (e: A.expr | null | undefined): void => {
    if (e === null || e === undefined) return;
    switch (e.kind) {
      case 'Compare': {
        // check_compare: the first `is`/`is not` with a literal on either side
        let left = isArgOk(e.left);
        for (let i = 0; i < e.ops.length; i++) {
          const op = e.ops[i] as A.cmpop;
          const right = isArgOk(e.comparators[i] as A.expr);
          if ((op === 'Is' || op === 'IsNot') && (!left || !right)) {
            warn(e, op === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?');
            break;
          }
          left = right;
        }
        break;
      }
      case 'Call': {
        // check_caller
        const f = e.func;
        const literal = f.kind === 'Tuple' || f.kind === 'List' || f.kind === 'ListComp' || f.kind === 'Dict' || f.kind === 'DictComp' || f.kind === 'Set' || f.kind === 'SetComp' || f.kind === 'GeneratorExp' || f.kind === 'JoinedStr' || f.kind === 'FormattedValue' || foldType(f) !== null;
        if (literal) warn(e, `'${inferType(f) as string}' object is not callable; perhaps you missed a comma?`);
        break;
      }
      case 'Subscript': {
        if (e.ctx !== 'Load') break;
        const v = e.value;
        const vt = foldType(v);
        // check_subscripter
        if ((vt !== null && NOT_SUBSCRIPTABLE.has(vt)) || v.kind === 'Set' || v.kind === 'SetComp' || v.kind === 'GeneratorExp' || v.kind === 'Lambda') {
          warn(e, `'${inferType(v) as string}' object is not subscriptable; perhaps you missed a comma?`);
          break;
        }
        // check_index
        const it = e.slice.kind === 'Slice' ? null : inferType(e.slice);
        if (it === null || it === 'int' || it === 'bool') break;
        const seqConst = vt === 'str' || vt === 'bytes' || vt === 'tuple';
        if (seqConst || v.kind === 'Tuple' || v.kind === 'List' || v.kind === 'ListComp' || v.kind === 'JoinedStr' || v.kind === 'FormattedValue') {
          warn(e, `${inferType(v) as string} indices must be integers or slices, not ${it}; perhaps you missed a comma?`);
        }
        break;
      }
      case 'Lambda':
        fnArgs(e.args);
        expr(e.body);
        return;
      default:
        break;
    }
    children(e);
  };
  const fnArgs = (a: A.arguments): void => {
    for (const d of a.defaults) expr(d);
    for (const d of a.kw_defaults) expr(d);
  };
  const stmts = (body: A.stmt[]): void => {
    for (const s of body) stmt(s);
  };
  const stmt = (s: A.stmt): void => {
    switch (s.kind) {
      case 'FunctionDef': case 'AsyncFunctionDef':
        for (const d of s.decorator_list) expr(d);
        fnArgs(s.args);
        stmts(s.body);
        return;
      case 'ClassDef':
        for (const d of s.decorator_list) expr(d);
        for (const b of s.bases) expr(b);
        for (const k of s.keywords) expr(k.value);
        stmts(s.body);
        return;
      case 'Assert':
        // compiler_assert: a parenthesised (test, msg) is a non-empty tuple, always true
        if (s.test.kind === 'Tuple' && s.test.elts.length > 0) warn(s, 'assertion is always true, perhaps remove parentheses?');
        break;
      default:
        break;
    }
    children(s);
  };
  /** Every child expression and statement of a node, in field order. */
  const children = (n: object): void => forEachChild(n, visit);
  const visit = (x: unknown): void => {
    if (x === null || typeof x !== 'object' || x instanceof Uint8Array) return;
    const kind = (x as { kind?: unknown }).kind;
    if (typeof kind !== 'string') return;
    if (STMT_KINDS.has(kind)) stmt(x as A.stmt);
    else if (EXPR_KINDS.has(kind)) expr(x as A.expr);
    else children(x);
  };
  stmts(mod);
}

const STMT_KINDS = new Set([
  'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Return', 'Delete', 'Assign', 'AugAssign', 'AnnAssign',
  'For', 'AsyncFor', 'While', 'If', 'With', 'AsyncWith', 'Match', 'Raise', 'Try', 'TryStar', 'Assert',
  'Import', 'ImportFrom', 'Global', 'Nonlocal', 'Expr', 'Pass', 'Break', 'Continue',
]);
const EXPR_KINDS = new Set([
  'BoolOp', 'NamedExpr', 'BinOp', 'UnaryOp', 'Lambda', 'IfExp', 'Dict', 'Set', 'ListComp', 'SetComp',
  'DictComp', 'GeneratorExp', 'Await', 'Yield', 'YieldFrom', 'Compare', 'Call', 'FormattedValue',
  'JoinedStr', 'Constant', 'Attribute', 'Subscript', 'Starred', 'Name', 'List', 'Tuple', 'Slice',
]);

/**
 * Emits the tree's SyntaxWarnings for `filename` (compiler_warn). When the warning machinery
 * raises a SyntaxWarning (the "error" action, or a showwarning that raises one), compiler_warn
 * drops it and raises compiler_error's SyntaxError instead: the same message at the node, with
 * 1-based UTF-8 columns as the AST gives them, and the line's text when the file's source is
 * known (PyErr_ProgramTextObject; None for "<string>").
 */
export function emitSyntaxWarnings(I: Interpreter, body: A.stmt[], filename: string): void {
  const rt = I.rt;
  const category = rt.types.byName.get('SyntaxWarning') as PyObject;
  findSyntaxWarnings(body, (at, msg) => {
    const m = rt.newStr(msg);
    const f = rt.newStr(filename);
    try {
      warnExplicit(I, category, m, f, at.lineno, null, null);
    } catch (e) {
      if (!(e instanceof PyErr) || !e.matches(category as PyTypeObject)) throw e;
      e.release();
      // SIMPLIFICATION: CPython reads the line from the file on disk by name; glasspy knows the
      // sources of the scripts and modules it has loaded
      const line = filename.startsWith('<') ? undefined : I.sources.get(filename)?.[at.lineno - 1];
      throw new PySyntaxError('SyntaxError', msg, filename, at.lineno, at.col_offset + 1, at.end_lineno ?? at.lineno,
        (at.end_col_offset ?? at.col_offset) + 1, line === undefined ? null : `${line}\n`);
    } finally {
      Py_DECREF(f);
      Py_DECREF(m);
    }
  });
}
