// Scope analysis: CPython 3.11's Python/symtable.c, reduced to what the closure compiler needs.
// Start at buildSymtable. Each function, lambda, comprehension, class and the module gets a
// Scope; analyze() then decides, for every name of every scope, how it is reached:
//
//   kind      | where the value lives                    | CPython opcode
//   ----------+------------------------------------------+-------------------------
//   fast      | frame.fast[slot]                         | LOAD_FAST
//   cell      | frame.fast[slot] holds a cell            | LOAD_DEREF (own cellvar)
//   free      | frame.fast[slot] holds an outer cell     | LOAD_DEREF (freevar)
//   global    | globals dict, then builtins              | LOAD_GLOBAL
//   name      | the frame's locals dict, globals, builtins | LOAD_NAME (module, class)
//   classderef| class namespace, then a cell             | LOAD_CLASSDEREF
//
// Slot layout (3.11 localsplus): parameters, then other locals in order of first binding
// (co_varnames), then cellvars that are not locals (sorted), then freevars (sorted).

import type * as A from '../parser/ast.js';
import { bindNameOf } from './mangle.js';
import { PyNotImplementedSyntax, SymtableError } from './errors.js';

export type ScopeKind = 'module' | 'function' | 'class' | 'comprehension';

export class Scope {
  readonly kind: ScopeKind;
  readonly name: string;
  readonly parent: Scope | null;
  readonly children: Scope[] = [];
  /** in order of first binding; parameters first */
  readonly varnames: string[] = [];
  readonly params: string[] = [];
  readonly bound = new Set<string>();
  readonly used = new Set<string>();
  readonly globals = new Set<string>();
  readonly nonlocals = new Set<string>();
  /** where each nonlocal was declared (for the SyntaxError position) */
  readonly nonlocalNodes = new Map<string, A.Pos>();
  /** names of this scope that nested scopes capture */
  readonly cells = new Set<string>();
  /** names this scope takes from an enclosing function */
  readonly frees = new Set<string>();
  isGenerator = false;
  /** a method that uses super() / __class__ needs the __class__ cell */
  needsClassCell = false;
  /** resolved slot layout */
  slots = new Map<string, number>();
  nslots = 0;
  /** cell slots to create at frame entry (index), with the parameter slot to copy from, or -1 */
  cellInit: { slot: number; fromParam: boolean }[] = [];
  /** free var slots in order, filled from the function's closure tuple */
  freeSlots: number[] = [];
  freeNames: string[] = [];
  node: A.AnyNode | null;
  qualname = '';

  constructor(kind: ScopeKind, name: string, parent: Scope | null, node: A.AnyNode | null) {
    this.kind = kind;
    this.name = name;
    this.parent = parent;
    this.node = node;
    if (parent !== null) parent.children.push(this);
  }

  addBound(n: string): void {
    if (!this.bound.has(n)) {
      this.bound.add(n);
      if (this.kind !== 'class' && this.kind !== 'module' && !this.varnames.includes(n)) this.varnames.push(n);
    }
  }

  isFunctionLike(): boolean {
    return this.kind === 'function' || this.kind === 'comprehension';
  }

  /** How name is reached from code of this scope. */
  resolve(name: string): { kind: 'fast' | 'cell' | 'free' | 'global' | 'name' | 'classderef'; slot: number } {
    if (this.kind === 'module') return { kind: 'name', slot: -1 };
    if (this.globals.has(name)) return { kind: 'global', slot: -1 };
    if (this.kind === 'class') {
      if (this.frees.has(name) && !this.bound.has(name)) return { kind: 'classderef', slot: this.slots.get(name) ?? -1 };
      return { kind: 'name', slot: -1 };
    }
    const slot = this.slots.get(name);
    if (slot !== undefined) {
      if (this.frees.has(name)) return { kind: 'free', slot };
      if (this.cells.has(name)) return { kind: 'cell', slot };
      return { kind: 'fast', slot };
    }
    return { kind: 'global', slot: -1 };
  }
}

/** Builds and analyzes the scopes of a module. Map from scope-owning node to its Scope. */
export function buildSymtable(mod: A.Module): { top: Scope; scopes: Map<A.AnyNode, Scope> } {
  const scopes = new Map<A.AnyNode, Scope>();
  const top = new Scope('module', '<module>', null, mod);
  scopes.set(mod, top);
  const b = new Builder(scopes);
  for (const s of mod.body) b.stmt(s, top);
  analyze(top);
  return { top, scopes };
}

class Builder {
  constructor(private readonly scopes: Map<A.AnyNode, Scope>) {}

  bind(sc: Scope, n: string, node: A.Pos): void {
    if (sc.globals.has(n) || sc.nonlocals.has(n)) {
      if (sc.nonlocals.has(n)) sc.bound.add(n);
      return;
    }
    void node;
    sc.addBound(n);
  }

  target(t: A.expr, sc: Scope): void {
    switch (t.kind) {
      case 'Name': this.bind(sc, t.id, t); break;
      case 'Tuple': case 'List': for (const e of t.elts) this.target(e, sc); break;
      case 'Starred': this.target(t.value, sc); break;
      case 'Attribute': this.expr(t.value, sc); break;
      case 'Subscript': this.expr(t.value, sc); this.expr(t.slice, sc); break;
      default: this.expr(t, sc);
    }
  }

  args(a: A.arguments, sc: Scope, outer: Scope): void {
    for (const d of a.defaults) this.expr(d, outer);
    for (const d of a.kw_defaults) if (d !== null) this.expr(d, outer);
    const all = [...a.posonlyargs, ...a.args, ...(a.vararg ? [] : []), ...a.kwonlyargs];
    for (const p of all) {
      sc.params.push(p.arg);
      sc.addBound(p.arg);
    }
    if (a.vararg) {
      sc.params.push(a.vararg.arg);
      sc.addBound(a.vararg.arg);
    }
    if (a.kwarg) {
      sc.params.push(a.kwarg.arg);
      sc.addBound(a.kwarg.arg);
    }
    for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs, ...(a.vararg ? [a.vararg] : []), ...(a.kwarg ? [a.kwarg] : [])]) {
      if (p.annotation) this.expr(p.annotation, outer);
    }
  }

  funcScope(node: A.FunctionDef | A.Lambda | A.AsyncFunctionDef, name: string, sc: Scope): Scope {
    const fs = new Scope('function', name, sc, node);
    this.scopes.set(node, fs);
    this.args(node.args, fs, sc);
    return fs;
  }

  stmts(body: A.stmt[], sc: Scope): void {
    for (const s of body) this.stmt(s, sc);
  }

  stmt(s: A.stmt, sc: Scope): void {
    switch (s.kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        if (s.kind === 'AsyncFunctionDef') throw new PyNotImplementedSyntax("'async def' functions", s.lineno);
        for (const d of s.decorator_list) this.expr(d, sc);
        if (s.returns) this.expr(s.returns, sc);
        const fs = this.funcScope(s, s.name, sc);
        this.stmts(s.body, fs);
        this.bind(sc, bindNameOf(s), s);
        break;
      }
      case 'ClassDef': {
        for (const d of s.decorator_list) this.expr(d, sc);
        for (const e of s.bases) this.expr(e, sc);
        for (const k of s.keywords) this.expr(k.value, sc);
        const cs = new Scope('class', s.name, sc, s);
        this.scopes.set(s, cs);
        this.stmts(s.body, cs);
        this.bind(sc, bindNameOf(s), s);
        break;
      }
      case 'Return': if (s.value) this.expr(s.value, sc); break;
      case 'Delete': for (const t of s.targets) this.target(t, sc); break;
      case 'Assign': this.expr(s.value, sc); for (const t of s.targets) this.target(t, sc); break;
      case 'AugAssign':
        this.expr(s.value, sc);
        if (s.target.kind === 'Name') {
          sc.used.add(s.target.id);
          this.bind(sc, s.target.id, s);
        } else this.target(s.target, sc);
        break;
      case 'AnnAssign':
        if (s.value) this.expr(s.value, sc);
        if (s.value || s.target.kind !== 'Name') this.target(s.target, sc);
        else if (sc.kind !== 'module' && sc.kind !== 'class') this.bind(sc, s.target.id, s);
        if (sc.kind === 'module' || sc.kind === 'class') this.expr(s.annotation, sc);
        break;
      case 'For': case 'AsyncFor':
        if (s.kind === 'AsyncFor') throw new PyNotImplementedSyntax("'async for' loops", s.lineno);
        this.expr(s.iter, sc); this.target(s.target, sc); this.stmts(s.body, sc); this.stmts(s.orelse, sc); break;
      case 'While': this.expr(s.test, sc); this.stmts(s.body, sc); this.stmts(s.orelse, sc); break;
      case 'If': this.expr(s.test, sc); this.stmts(s.body, sc); this.stmts(s.orelse, sc); break;
      case 'With': case 'AsyncWith':
        if (s.kind === 'AsyncWith') throw new PyNotImplementedSyntax("'async with' statements", s.lineno);
        for (const it of s.items) {
          this.expr(it.context_expr, sc);
          if (it.optional_vars) this.target(it.optional_vars, sc);
        }
        this.stmts(s.body, sc);
        break;
      case 'Match': throw new PyNotImplementedSyntax("'match' statements", s.lineno);
      case 'Raise': if (s.exc) this.expr(s.exc, sc); if (s.cause) this.expr(s.cause, sc); break;
      case 'Try': case 'TryStar':
        if (s.kind === 'TryStar') throw new PyNotImplementedSyntax("'except*' clauses", s.lineno);
        this.stmts(s.body, sc);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type, sc);
          if (h.name) this.bind(sc, h.name, h);
          this.stmts(h.body, sc);
        }
        this.stmts(s.orelse, sc);
        this.stmts(s.finalbody, sc);
        break;
      case 'Assert': this.expr(s.test, sc); if (s.msg) this.expr(s.msg, sc); break;
      case 'Import':
        for (const a of s.names) this.bind(sc, a.asname ?? (a.name.split('.')[0] as string), a);
        break;
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (sc.kind !== 'module') throw new SymtableError('import * only allowed at module level', s);
            continue;
          }
          this.bind(sc, a.asname ?? a.name, a);
        }
        break;
      case 'Global':
        for (const n of s.names) {
          if (sc.bound.has(n) || sc.used.has(n)) {
            throw new SymtableError(sc.bound.has(n) && !sc.params.includes(n) ? `name '${n}' is assigned to before global declaration` : sc.params.includes(n) ? `name '${n}' is parameter and global` : `name '${n}' is used prior to global declaration`, s);
          }
          sc.globals.add(n);
        }
        break;
      case 'Nonlocal':
        for (const n of s.names) {
          if (sc.kind === 'module') throw new SymtableError('nonlocal declaration not allowed at module level', s);
          if (sc.params.includes(n)) throw new SymtableError(`name '${n}' is parameter and nonlocal`, s);
          if (sc.bound.has(n) || sc.used.has(n)) throw new SymtableError(sc.bound.has(n) ? `name '${n}' is assigned to before nonlocal declaration` : `name '${n}' is used prior to nonlocal declaration`, s);
          sc.nonlocals.add(n);
          sc.nonlocalNodes.set(n, s);
        }
        break;
      case 'Expr': this.expr(s.value, sc); break;
      case 'Pass': case 'Break': case 'Continue': break;
      default: {
        const x: never = s;
        void x;
      }
    }
  }

  comp(node: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, sc: Scope, elts: A.expr[]): void {
    const gens = node.generators;
    const first = gens[0] as A.comprehension;
    if (first.is_async) throw new PyNotImplementedSyntax('asynchronous comprehensions', node.lineno);
    this.expr(first.iter, sc);
    const cs = new Scope('comprehension', node.kind === 'GeneratorExp' ? '<genexpr>' : node.kind === 'ListComp' ? '<listcomp>' : node.kind === 'SetComp' ? '<setcomp>' : '<dictcomp>', sc, node);
    this.scopes.set(node, cs);
    if (node.kind === 'GeneratorExp') cs.isGenerator = true;
    cs.params.push('.0');
    cs.addBound('.0');
    gens.forEach((g, i) => {
      if (i > 0) this.expr(g.iter, cs);
      this.target(g.target, cs);
      for (const c of g.ifs) this.expr(c, cs);
    });
    for (const e of elts) this.expr(e, cs);
  }

  expr(e: A.expr, sc: Scope): void {
    switch (e.kind) {
      case 'Name':
        if (e.ctx === 'Load') {
          sc.used.add(e.id);
          if (e.id === 'super' && sc.kind === 'function') sc.needsClassCell = true;
          if (e.id === '__class__') sc.needsClassCell = true;
        } else this.target(e, sc);
        break;
      case 'BoolOp': for (const v of e.values) this.expr(v, sc); break;
      case 'NamedExpr': {
        this.expr(e.value, sc);
        let t = sc;
        while (t.kind === 'comprehension' && t.parent !== null) t = t.parent;
        if (t.kind === 'class') throw new SymtableError('assignment expression within a comprehension cannot be used in a class body', e);
        this.bind(t, e.target.id, e);
        for (let q: Scope = sc; q !== t; q = q.parent as Scope) {
          // each comprehension between reaches it as a global (module) or free variable
          q.used.add(e.target.id);
          if (t.kind === 'module') q.globals.add(e.target.id);
          else q.nonlocals.add(e.target.id);
        }
        break;
      }
      case 'BinOp': this.expr(e.left, sc); this.expr(e.right, sc); break;
      case 'UnaryOp': this.expr(e.operand, sc); break;
      case 'Lambda': {
        const fs = this.funcScope(e, '<lambda>', sc);
        this.expr(e.body, fs);
        break;
      }
      case 'IfExp': this.expr(e.test, sc); this.expr(e.body, sc); this.expr(e.orelse, sc); break;
      case 'Dict': for (const k of e.keys) if (k) this.expr(k, sc); for (const v of e.values) this.expr(v, sc); break;
      case 'Set': for (const v of e.elts) this.expr(v, sc); break;
      case 'ListComp': case 'SetComp': case 'GeneratorExp': this.comp(e, sc, [e.elt]); break;
      case 'DictComp': this.comp(e, sc, [e.key, e.value]); break;
      case 'Await': throw new PyNotImplementedSyntax("'await' expressions", e.lineno);
      case 'Yield':
        if (sc.kind === 'module' || sc.kind === 'class') throw new SymtableError("'yield' outside function", e);
        sc.isGenerator = true;
        if (e.value) this.expr(e.value, sc);
        break;
      case 'YieldFrom':
        if (sc.kind === 'module' || sc.kind === 'class') throw new SymtableError("'yield' outside function", e);
        sc.isGenerator = true;
        this.expr(e.value, sc);
        break;
      case 'Compare': this.expr(e.left, sc); for (const c of e.comparators) this.expr(c, sc); break;
      case 'Call':
        this.expr(e.func, sc);
        for (const a of e.args) this.expr(a, sc);
        for (const k of e.keywords) this.expr(k.value, sc);
        break;
      case 'FormattedValue': this.expr(e.value, sc); if (e.format_spec) this.expr(e.format_spec, sc); break;
      case 'JoinedStr': for (const v of e.values) this.expr(v, sc); break;
      case 'Constant': break;
      case 'Attribute': this.expr(e.value, sc); break;
      case 'Subscript': this.expr(e.value, sc); this.expr(e.slice, sc); break;
      case 'Starred': this.expr(e.value, sc); break;
      case 'List': case 'Tuple':
        if (e.ctx === 'Load') for (const v of e.elts) this.expr(v, sc);
        else this.target(e, sc);
        break;
      case 'Slice':
        if (e.lower) this.expr(e.lower, sc);
        if (e.upper) this.expr(e.upper, sc);
        if (e.step) this.expr(e.step, sc);
        break;
      default: {
        const x: never = e;
        void x;
      }
    }
  }
}

/** Finds the function scope (skipping classes) that binds name, from sc's parent outwards. */
function findEnclosing(sc: Scope, name: string): Scope | null {
  for (let p = sc.parent; p !== null; p = p.parent) {
    if (p.kind === 'module') return null;
    if (p.kind === 'class') continue;
    if (p.globals.has(name)) return null;
    if (p.bound.has(name) && !p.nonlocals.has(name)) return p;
    if (p.nonlocals.has(name)) continue;
  }
  return null;
}

/** Marks free names and cells, then lays out the slots of every scope. */
function analyze(top: Scope): void {
  const all: Scope[] = [];
  const walk = (s: Scope): void => {
    all.push(s);
    for (const c of s.children) walk(c);
  };
  walk(top);
  // __class__ cell: a method using super() or __class__ gets it from its class
  for (const s of all) {
    if (s.needsClassCell) {
      let p = s.parent;
      let inner: Scope = s;
      while (p !== null && p.kind !== 'class') {
        inner = p;
        p = p.parent;
      }
      if (p !== null && p.kind === 'class') {
        void inner;
        for (let q: Scope | null = s; q !== null && q !== p; q = q.parent) {
          q.used.add('__class__');
          q.frees.add('__class__');
        }
        p.cells.add('__class__');
      }
    }
  }
  for (const s of all) {
    if (s.kind === 'module') continue;
    const names = new Set<string>([...s.used, ...s.nonlocals]);
    for (const n of names) {
      if (s.globals.has(n)) continue;
      if (n === '__class__' && s.frees.has(n)) continue;
      if (s.bound.has(n) && !s.nonlocals.has(n)) continue;
      const owner = findEnclosing(s, n);
      if (owner === null) {
        if (s.nonlocals.has(n)) throw new SymtableError(`no binding for nonlocal '${n}' found`, s.nonlocalNodes.get(n) ?? null);
        continue;
      }
      owner.cells.add(n);
      for (let q: Scope | null = s; q !== null && q !== owner; q = q.parent) {
        if (q.kind === 'class') {
          q.frees.add(n);
          continue;
        }
        q.frees.add(n);
      }
    }
  }
  for (const s of all) layout(s);
}

function layout(s: Scope): void {
  if (s.kind === 'module') return;
  let i = 0;
  if (s.kind === 'class') {
    for (const n of [...s.cells].sort()) s.slots.set(n, i++);
    for (const n of s.cells) s.cellInit.push({ slot: s.slots.get(n) as number, fromParam: false });
  } else {
    for (const n of s.varnames) {
      if (s.nonlocals.has(n) || s.slots.has(n)) continue;
      s.slots.set(n, i++);
    }
    for (const n of [...s.cells].filter((x) => !s.slots.has(x)).sort()) s.slots.set(n, i++);
    for (const n of s.cells) s.cellInit.push({ slot: s.slots.get(n) as number, fromParam: s.params.includes(n) });
    s.cellInit.sort((a, b) => a.slot - b.slot);
  }
  const frees = [...s.frees].filter((n) => !s.cells.has(n)).sort();
  for (const n of frees) {
    s.slots.set(n, i);
    s.freeSlots.push(i);
    s.freeNames.push(n);
    i++;
  }
  s.nslots = i;
}
