// Compile-time errors that `ast.parse` accepts but running the file does not: the checks of
// CPython's Python/symtable.c (symtable_visit_stmt, symtable_add_def_helper, analyze_name)
// and Python/compile.c (compiler_visit_stmt: return/break/continue/await placement,
// compiler_visit_expr for starred targets).
//
// Start at `checkModule`: one walk over the tree with a stack of scopes; the first error
// found in source order is thrown as a PySyntaxError.

import type * as A from './ast.js';
import { SourceLines } from '../lexer/tokenize.js';

interface Scope {
  kind: 'module' | 'function' | 'class' | 'lambda' | 'comprehension';
  isAsync: boolean;
  params: Set<string>;
  globals: Set<string>;
  nonlocals: Map<string, A.Nonlocal>;
  /** names used or assigned so far (for "used prior to global declaration") */
  used: Map<string, 'use' | 'assign'>;
  /** names bound in this scope (for nonlocal resolution) */
  bound: Set<string>;
  isGenerator: boolean;
  /** a generator expression's scope (await inside makes it an async generator expression) */
  genexp: boolean;
  returnsWithValue: A.Return[];
  children: Scope[];
  parent: Scope | null;
}

type Pos = A.Pos;

class Checker {
  constructor(readonly lines: SourceLines) {}

  /** A compile.c error (compiler_error). */
  fail(msg: string, node: Pos, stage: 'compiler' | 'symtable' = 'compiler'): never {
    const L = this.lines;
    const s = L.charOffset(node.lineno, node.col_offset);
    const e = L.charOffset(node.end_lineno, node.end_col_offset);
    const err = L.error('SyntaxError', msg, s, e);
    err.stage = stage;
    throw err;
  }

  /** A symtable.c error (PyErr_SetString, then PyErr_RangedSyntaxLocationObject). */
  failSym(msg: string, node: Pos): never {
    return this.fail(msg, node, 'symtable');
  }

  newScope(kind: Scope['kind'], parent: Scope | null, isAsync = false): Scope {
    const s: Scope = {
      kind, isAsync, params: new Set(), globals: new Set(), nonlocals: new Map(), used: new Map(),
      bound: new Set(), isGenerator: false, genexp: false, returnsWithValue: [], children: [], parent,
    };
    parent?.children.push(s);
    return s;
  }

  /** The nearest enclosing function-like scope (comprehensions see through to it). */
  funcOf(s: Scope): Scope | null {
    let c: Scope | null = s;
    while (c !== null && c.kind === 'comprehension') c = c.parent;
    return c !== null && (c.kind === 'function' || c.kind === 'lambda') ? c : null;
  }

  stmts(body: A.stmt[], scope: Scope, inLoop: boolean): void {
    for (const s of body) this.stmt(s, scope, inLoop);
  }

  stmt(s: A.stmt, scope: Scope, inLoop: boolean): void {
    switch (s.kind) {
      case 'FunctionDef': case 'AsyncFunctionDef': {
        for (const d of s.decorator_list) this.expr(d, scope);
        this.argDefaults(s.args, scope);
        this.argAnnotations(s.args, scope);
        if (s.returns) this.expr(s.returns, scope);
        this.bind(s.name, scope, s);
        const fs = this.newScope('function', scope, s.kind === 'AsyncFunctionDef');
        this.params(s.args, fs);
        this.stmts(s.body, fs, false);
        if (fs.isAsync && fs.isGenerator && fs.returnsWithValue.length > 0) {
          this.fail("'return' with value in async generator", fs.returnsWithValue[0] as A.Return);
        }
        return;
      }
      case 'ClassDef': {
        for (const d of s.decorator_list) this.expr(d, scope);
        for (const b of s.bases) this.expr(b.kind === 'Starred' ? b.value : b, scope);
        for (const k of s.keywords) this.expr(k.value, scope);
        this.bind(s.name, scope, s);
        const cs = this.newScope('class', scope);
        this.stmts(s.body, cs, false);
        return;
      }
      case 'Return': {
        const f = this.funcOf(scope);
        if (f === null || scope.kind !== 'function' && scope.kind !== 'lambda') this.fail("'return' outside function", s);
        if (s.value) {
          this.expr(s.value, scope);
          f.returnsWithValue.push(s);
          if (f.isAsync && f.isGenerator) this.fail("'return' with value in async generator", s);
        }
        return;
      }
      case 'Delete': for (const t of s.targets) this.target(t, scope, true); return;
      case 'Assign':
        this.expr(s.value, scope);
        for (const t of s.targets) this.assignTarget(t, scope);
        return;
      case 'AugAssign':
        this.expr(s.value, scope);
        this.target(s.target, scope, false);
        return;
      case 'AnnAssign':
        if (s.value) this.expr(s.value, scope);
        if (s.target.kind === 'Name' && s.simple) {
          if (scope.globals.has(s.target.id)) this.failSym(`annotated name '${s.target.id}' can't be global`, s.target);
          if (scope.nonlocals.has(s.target.id)) this.failSym(`annotated name '${s.target.id}' can't be nonlocal`, s.target);
        }
        this.expr(s.annotation, scope);
        this.target(s.target, scope, false);
        return;
      case 'For': case 'AsyncFor':
        if (s.kind === 'AsyncFor') this.checkAsync(scope, s, "'async for' outside async function");
        this.expr(s.iter, scope);
        this.assignTarget(s.target, scope);
        this.stmts(s.body, scope, true);
        this.stmts(s.orelse, scope, inLoop);
        return;
      case 'While':
        this.expr(s.test, scope);
        this.stmts(s.body, scope, true);
        this.stmts(s.orelse, scope, inLoop);
        return;
      case 'If':
        this.expr(s.test, scope);
        this.stmts(s.body, scope, inLoop);
        this.stmts(s.orelse, scope, inLoop);
        return;
      case 'With': case 'AsyncWith':
        if (s.kind === 'AsyncWith') this.checkAsync(scope, s, "'async with' outside async function");
        for (const it of s.items) {
          this.expr(it.context_expr, scope);
          if (it.optional_vars) this.assignTarget(it.optional_vars, scope);
        }
        this.stmts(s.body, scope, inLoop);
        return;
      case 'Match':
        this.expr(s.subject, scope);
        s.cases.forEach((c, i) => {
          // compiler_match: only a guarded or the last case may be irrefutable.
          this.patternReachability(c.pattern, c.guard !== null || i === s.cases.length - 1);
          this.pattern(c.pattern, scope);
          if (c.guard) this.expr(c.guard, scope);
          this.stmts(c.body, scope, inLoop);
        });
        return;
      case 'Raise':
        if (s.exc) this.expr(s.exc, scope);
        if (s.cause) this.expr(s.cause, scope);
        return;
      case 'Try': case 'TryStar':
        this.stmts(s.body, scope, inLoop);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type, scope);
          if (h.name !== null) this.bind(h.name, scope, h);
          if (s.kind === 'TryStar') this.stmtsNoBreak(h.body, scope, inLoop);
          else this.stmts(h.body, scope, inLoop);
        }
        this.stmts(s.orelse, scope, inLoop);
        this.stmts(s.finalbody, scope, inLoop);
        return;
      case 'Assert':
        this.expr(s.test, scope);
        if (s.msg) this.expr(s.msg, scope);
        return;
      case 'Import': case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (scope.kind !== 'module') this.failSym('import * only allowed at module level', a);
            continue;
          }
          const n = a.asname ?? (a.name.split('.')[0] as string);
          this.bind(n, scope, s);
        }
        return;
      case 'Global':
        for (const n of s.names) {
          if (scope.params.has(n)) this.failSym(`name '${n}' is parameter and global`, s);
          if (scope.nonlocals.has(n)) this.failSym(`name '${n}' is nonlocal and global`, s);
          const u = scope.used.get(n);
          if (u === 'assign') this.failSym(`name '${n}' is assigned to before global declaration`, s);
          if (u === 'use') this.failSym(`name '${n}' is used prior to global declaration`, s);
          scope.globals.add(n);
        }
        return;
      case 'Nonlocal':
        if (scope.kind === 'module') this.failSym('nonlocal declaration not allowed at module level', s);
        for (const n of s.names) {
          if (scope.params.has(n)) this.failSym(`name '${n}' is parameter and nonlocal`, s);
          if (scope.globals.has(n)) this.failSym(`name '${n}' is nonlocal and global`, s);
          const u = scope.used.get(n);
          if (u === 'assign') this.failSym(`name '${n}' is assigned to before nonlocal declaration`, s);
          if (u === 'use') this.failSym(`name '${n}' is used prior to nonlocal declaration`, s);
          scope.nonlocals.set(n, s);
        }
        return;
      case 'Expr': this.expr(s.value, scope); return;
      case 'Pass': return;
      case 'Break': if (!inLoop) this.fail("'break' outside loop", s); return;
      case 'Continue': if (!inLoop) this.fail("'continue' not properly in loop", s); return;
    }
  }

  /** except* bodies: break/continue/return may not leave them (3.11 compiler check). */
  stmtsNoBreak(body: A.stmt[], scope: Scope, inLoop: boolean): void {
    for (const s of body) {
      if (s.kind === 'Break' || s.kind === 'Continue' || s.kind === 'Return') {
        if (s.kind !== 'Return' && !inLoop) this.stmt(s, scope, inLoop);
        this.fail(`'${s.kind.toLowerCase()}' cannot appear in an except* block`, s);
      }
      this.stmt(s, scope, inLoop);
    }
  }

  checkAsync(scope: Scope, node: Pos, msg: string): void {
    const f = this.funcOf(scope);
    if (f === null || !f.isAsync) this.fail(msg, node);
  }

  bind(name: string, scope: Scope, _node: Pos): void {
    scope.bound.add(name);
    if (!scope.used.has(name)) scope.used.set(name, 'assign');
  }

  params(a: A.arguments, fs: Scope): void {
    const all = [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])];
    for (const p of all) {
      if (fs.params.has(p.arg)) this.failSym(`duplicate argument '${p.arg}' in function definition`, p);
      fs.params.add(p.arg);
      fs.bound.add(p.arg);
    }
  }

  argDefaults(a: A.arguments, scope: Scope): void {
    for (const d of a.defaults) this.expr(d, scope);
    for (const d of a.kw_defaults) if (d) this.expr(d, scope);
  }

  argAnnotations(a: A.arguments, scope: Scope): void {
    const all = [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])];
    for (const p of all) if (p.annotation) this.expr(p.annotation.kind === 'Starred' ? p.annotation.value : p.annotation, scope);
  }

  /** An assignment's target: the starred rules of compiler_visit_expr / unpack_helper. */
  assignTarget(t: A.expr, scope: Scope): void {
    if (t.kind === 'Starred') this.fail('starred assignment target must be in a list or tuple', t);
    this.target(t, scope, false);
  }

  target(t: A.expr, scope: Scope, del: boolean): void {
    switch (t.kind) {
      case 'Name':
        // `del x` makes x local to the scope too (DEF_LOCAL in symtable.c)
        if (!del) this.bind(t.id, scope, t);
        else { scope.bound.add(t.id); if (!scope.used.has(t.id)) scope.used.set(t.id, 'use'); }
        return;
      case 'Tuple': case 'List': {
        let starred = 0;
        for (const e of t.elts) {
          if (e.kind === 'Starred') {
            starred++;
            if (starred > 1) this.fail('multiple starred expressions in assignment', t);
            this.target(e.value, scope, del);
          } else {
            this.target(e, scope, del);
          }
        }
        return;
      }
      case 'Starred': this.fail('starred assignment target must be in a list or tuple', t); return;
      case 'Attribute': this.expr(t.value, scope); return;
      case 'Subscript': this.expr(t.value, scope); this.expr(t.slice, scope); return;
      default: this.expr(t, scope);
    }
  }

  /**
   * The pattern checks of compiler_pattern: an irrefutable capture or wildcard where later
   * patterns could still match (allow_irrefutable false), and or-patterns whose alternatives
   * bind different names.
   */
  patternReachability(p: A.pattern, allowIrrefutable: boolean): void {
    switch (p.kind) {
      case 'MatchAs':
        if (p.pattern) { this.patternReachability(p.pattern, allowIrrefutable); return; }
        if (!allowIrrefutable) {
          this.fail(p.name ? `name capture '${p.name}' makes remaining patterns unreachable` : 'wildcard makes remaining patterns unreachable', p);
        }
        return;
      case 'MatchOr': {
        let first: string[] | null = null;
        p.patterns.forEach((alt, i) => {
          this.patternReachability(alt, i === p.patterns.length - 1 ? allowIrrefutable : false);
          const names = patternNames(alt).sort();
          if (first === null) first = names;
          else if (names.length !== first.length || names.some((n, k) => n !== (first as string[])[k])) {
            this.fail('alternative patterns bind different names', alt);
          }
        });
        return;
      }
      case 'MatchSequence': for (const x of p.patterns) this.patternReachability(x, true); return;
      case 'MatchMapping': for (const x of p.patterns) this.patternReachability(x, true); return;
      case 'MatchClass':
        for (const x of p.patterns) this.patternReachability(x, true);
        for (const x of p.kwd_patterns) this.patternReachability(x, true);
        return;
      default: return;
    }
  }

  pattern(p: A.pattern, scope: Scope): void {
    switch (p.kind) {
      case 'MatchValue': this.expr(p.value, scope); return;
      case 'MatchSingleton': return;
      case 'MatchSequence': for (const x of p.patterns) this.pattern(x, scope); return;
      case 'MatchMapping':
        for (const k of p.keys) this.expr(k, scope);
        for (const x of p.patterns) this.pattern(x, scope);
        if (p.rest) this.bind(p.rest, scope, p);
        return;
      case 'MatchClass':
        this.expr(p.cls, scope);
        for (const x of p.patterns) this.pattern(x, scope);
        for (const x of p.kwd_patterns) this.pattern(x, scope);
        return;
      case 'MatchStar': if (p.name) this.bind(p.name, scope, p); return;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern, scope);
        if (p.name) this.bind(p.name, scope, p);
        return;
      case 'MatchOr': for (const x of p.patterns) this.pattern(x, scope); return;
    }
  }

  comprehension(node: A.expr, elts: A.expr[], gens: A.comprehension[], scope: Scope, what: string): void {
    if (what !== 'generator expression') {
      const f = this.funcOf(scope);
      const inner = [...elts, ...gens.flatMap((g, i) => (i > 0 ? [g.iter, ...g.ifs] : g.ifs))];
      if ((f === null || !f.isAsync) && (gens.some((g) => g.is_async) || inner.some(containsAwait))) {
        if (f !== null || gens.some((g) => g.is_async)) this.fail('asynchronous comprehension outside of an asynchronous function', node);
      }
    }
    for (const g of gens) {
      const w = findWalrus(g.iter);
      if (w !== null) this.failSym('assignment expression cannot be used in a comprehension iterable expression', w);
    }
    const first = gens[0] as A.comprehension;
    this.expr(first.iter, scope);
    const cs = this.newScope('comprehension', scope);
    cs.genexp = what === 'generator expression';
    for (let i = 0; i < gens.length; i++) {
      const g = gens[i] as A.comprehension;
      if (i > 0) this.expr(g.iter, cs);
      this.assignTarget(g.target, cs);
      for (const c of g.ifs) this.expr(c, cs);
      if (g.is_async) {
        const f = this.funcOf(scope);
        if (what !== 'generator expression' && (f === null || !f.isAsync)) this.fail('asynchronous comprehension outside of an asynchronous function', g.iter);
      }
    }
    for (const e of elts) this.exprIn(e, cs, what);
  }

  exprIn(e: A.expr, cs: Scope, what: string): void {
    if (e.kind === 'Yield' || e.kind === 'YieldFrom') this.failSym(`'yield' inside ${what}`, e);
    this.expr(e, cs, what);
  }

  expr(e: A.expr, scope: Scope, compWhat: string | null = null): void {
    switch (e.kind) {
      case 'Name':
        if (!scope.used.has(e.id)) scope.used.set(e.id, e.ctx === 'Load' ? 'use' : 'assign');
        if (e.ctx !== 'Load') scope.bound.add(e.id);
        return;
      case 'Constant': return;
      case 'BoolOp': for (const v of e.values) this.expr(v, scope, compWhat); return;
      case 'NamedExpr': {
        this.expr(e.value, scope, compWhat);
        let target = scope;
        while (target.kind === 'comprehension' && target.parent !== null) target = target.parent;
        this.bind(e.target.id, target, e.target);
        return;
      }
      case 'BinOp': this.expr(e.left, scope, compWhat); this.expr(e.right, scope, compWhat); return;
      case 'UnaryOp': this.expr(e.operand, scope, compWhat); return;
      case 'Lambda': {
        this.argDefaults(e.args, scope);
        const ls = this.newScope('lambda', scope);
        this.params(e.args, ls);
        this.expr(e.body, ls);
        return;
      }
      case 'IfExp': this.expr(e.test, scope, compWhat); this.expr(e.body, scope, compWhat); this.expr(e.orelse, scope, compWhat); return;
      case 'Dict':
        for (const k of e.keys) if (k) this.expr(k, scope, compWhat);
        for (const v of e.values) this.expr(v, scope, compWhat);
        return;
      case 'Set': for (const x of e.elts) this.expr(x.kind === 'Starred' ? x.value : x, scope, compWhat); return;
      case 'ListComp': this.comprehension(e, [e.elt], e.generators, scope, 'list comprehension'); return;
      case 'SetComp': this.comprehension(e, [e.elt], e.generators, scope, 'set comprehension'); return;
      case 'DictComp': this.comprehension(e, [e.key, e.value], e.generators, scope, 'dict comprehension'); return;
      case 'GeneratorExp': this.comprehension(e, [e.elt], e.generators, scope, 'generator expression'); return;
      case 'Await': {
        const f = this.funcOf(scope);
        if (f === null) this.fail("'await' outside function", e);
        if (!f.isAsync) {
          let c: Scope | null = scope;
          let inGenexp = false;
          while (c !== null && c.kind === 'comprehension') { if (c.genexp) inGenexp = true; c = c.parent; }
          if (!inGenexp) this.fail("'await' outside async function", e);
        }
        this.expr(e.value, scope, compWhat);
        return;
      }
      case 'Yield': case 'YieldFrom': {
        if (compWhat !== null) this.failSym(`'yield' inside ${compWhat}`, e);
        const f = scope.kind === 'function' || scope.kind === 'lambda' ? scope : null;
        if (f === null) this.fail("'yield' outside function", e);
        if (e.kind === 'YieldFrom' && f.isAsync) this.fail("'yield from' inside async function", e);
        f.isGenerator = true;
        if (f.isAsync && f.returnsWithValue.length > 0) this.fail("'return' with value in async generator", f.returnsWithValue[0] as A.Return);
        if (e.value) this.expr(e.value, scope, compWhat);
        return;
      }
      case 'Compare': this.expr(e.left, scope, compWhat); for (const c of e.comparators) this.expr(c, scope, compWhat); return;
      case 'Call': {
        const seen = new Set<string>();
        for (const k of e.keywords) {
          if (k.arg === null) continue;
          if (seen.has(k.arg)) this.fail(`keyword argument repeated: ${k.arg}`, k);
          seen.add(k.arg);
        }
        this.expr(e.func, scope, compWhat);
        for (const a of e.args) this.expr(a.kind === 'Starred' ? a.value : a, scope, compWhat);
        for (const k of e.keywords) this.expr(k.value, scope, compWhat);
        return;
      }
      case 'FormattedValue':
        this.expr(e.value, scope, compWhat);
        if (e.format_spec) this.expr(e.format_spec, scope, compWhat);
        return;
      case 'JoinedStr': for (const v of e.values) this.expr(v, scope, compWhat); return;
      case 'Attribute': this.expr(e.value, scope, compWhat); return;
      case 'Subscript': this.expr(e.value, scope, compWhat); this.expr(e.slice, scope, compWhat); return;
      case 'Starred':
        if (e.ctx === 'Load') this.fail("can't use starred expression here", e);
        this.expr(e.value, scope, compWhat);
        return;
      case 'List': case 'Tuple':
        for (const x of e.elts) this.expr(x.kind === 'Starred' ? x.value : x, scope, compWhat);
        return;
      case 'Slice':
        if (e.lower) this.expr(e.lower, scope, compWhat);
        if (e.upper) this.expr(e.upper, scope, compWhat);
        if (e.step) this.expr(e.step, scope, compWhat);
        return;
    }
  }

  /** analyze_name's nonlocal resolution: each nonlocal needs a binding in an enclosing function. */
  resolveNonlocals(s: Scope): void {
    for (const [name, node] of s.nonlocals) {
      let p = s.parent;
      let found = false;
      while (p !== null && p.kind !== 'module') {
        if ((p.kind === 'function' || p.kind === 'lambda') && (p.bound.has(name) || p.nonlocals.has(name)) && !p.globals.has(name)) { found = true; break; }
        p = p.parent;
      }
      // `__class__` is the implicit cell of an enclosing class body
      if (!found && name === '__class__') {
        for (let q = s.parent; q !== null; q = q.parent) if (q.kind === 'class') found = true;
      }
      if (!found) this.failSym(`no binding for nonlocal '${name}' found`, node);
    }
    for (const c of s.children) this.resolveNonlocals(c);
  }
}

/** Whether an expression awaits outside any nested lambda or generator expression. */
function containsAwait(e: A.expr): boolean {
  if (e.kind === 'Await') return true;
  if (e.kind === 'Lambda' || e.kind === 'GeneratorExp') return false;
  for (const v of Object.values(e)) {
    const items = Array.isArray(v) ? v : [v];
    for (const x of items) {
      if (x === null || typeof x !== 'object') continue;
      const k = (x as { kind?: unknown }).kind;
      if (k === 'comprehension') {
        const c = x as A.comprehension;
        if ([c.iter, ...c.ifs].some(containsAwait)) return true;
      } else if (typeof k === 'string' && 'lineno' in x && containsAwait(x as A.expr)) {
        return true;
      }
    }
  }
  return false;
}

/** The first NamedExpr in an expression, not looking into lambdas (symtable's iter check). */
function findWalrus(e: A.expr): A.NamedExpr | null {
  if (e.kind === 'NamedExpr') return e;
  if (e.kind === 'Lambda') return null;
  for (const v of Object.values(e)) {
    const items = Array.isArray(v) ? v : [v];
    for (const x of items) {
      if (x !== null && typeof x === 'object' && typeof (x as { kind?: unknown }).kind === 'string' && 'lineno' in x) {
        const found = findWalrus(x as A.expr);
        if (found !== null) return found;
      } else if (x !== null && typeof x === 'object' && (x as { kind?: unknown }).kind === 'comprehension') {
        const c = x as A.comprehension;
        for (const y of [c.target, c.iter, ...c.ifs]) {
          const found = findWalrus(y);
          if (found !== null) return found;
        }
      }
    }
  }
  return null;
}

/** Raises the first compile-time SyntaxError CPython would report for this module. */
export function checkModule(tree: A.Module, filename: string, source: string): void {
  const c = new Checker(new SourceLines(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source, filename));
  const top = c.newScope('module', null);
  c.stmts(tree.body, top, false);
  c.resolveNonlocals(top);
}

/** The names a pattern binds, in order. */
function patternNames(p: A.pattern): string[] {
  switch (p.kind) {
    case 'MatchAs': return [...(p.pattern ? patternNames(p.pattern) : []), ...(p.name ? [p.name] : [])];
    case 'MatchStar': return p.name ? [p.name] : [];
    case 'MatchOr': return p.patterns.length > 0 ? patternNames(p.patterns[0] as A.pattern) : [];
    case 'MatchSequence': return p.patterns.flatMap(patternNames);
    case 'MatchMapping': return [...p.patterns.flatMap(patternNames), ...(p.rest ? [p.rest] : [])];
    case 'MatchClass': return [...p.patterns.flatMap(patternNames), ...p.kwd_patterns.flatMap(patternNames)];
    default: return [];
  }
}
