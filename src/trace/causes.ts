// The causes of refcount changes, attached to the compiled code when a teaching tool is on.
// No CPython counterpart (CPython's INCREF/DECREF carry no reason).
//
// Start at stmtCause and buildRoles. The compiler (src/interp/compile.ts) asks for these only
// when an observer is installed at compile time: every statement then sets the observer's
// current Cause for its duration (and restores the caller's after), and so does each
// sub-expression that plays a role worth naming (an argument of a call, an element of a new
// list, an attribute read, an operand). A watched object's refcount setter reads the cause
// when it changes. Without an observer none of this exists: the compiled closures are the
// plain ones.
//
// The sentences are ours, written for a class: "bound to name `b`", "argument of
// getrefcount()", "frame of f() cleared", "temporary released after reading .name".

import type * as A from '../parser/ast.js';
import type { PyObject } from '../objects/object.js';
import type { Frame, Ev, St } from '../interp/frame.js';
import type { Cause, RuntimeObserver } from './observer.js';

function names(ts: A.expr[]): string {
  return ts.map((t) => targetText(t)).join(', ');
}

function targetText(t: A.expr): string {
  switch (t.kind) {
    case 'Name': return `\`${t.id}\``;
    case 'Attribute': return `.${t.attr}`;
    case 'Subscript': return 'an item';
    case 'Tuple': case 'List': return names(t.elts);
    case 'Starred': return targetText(t.value);
    default: return 'a target';
  }
}

function storeCause(line: number, t: A.expr, verb: string): Cause {
  switch (t.kind) {
    case 'Name': return { line, inc: `${verb} name \`${t.id}\``, dec: `name \`${t.id}\` rebound (old value released)` };
    case 'Attribute': return { line, inc: `stored in attribute .${t.attr}`, dec: `attribute .${t.attr} replaced (old value released)` };
    case 'Subscript': return { line, inc: 'stored in a container item', dec: 'container item replaced (old value released)' };
    default: return { line, inc: `${verb} names ${targetText(t)}`, dec: `names ${targetText(t)} rebound (old values released)` };
  }
}

/** The cause of everything a statement does that no sub-expression names better. */
export function stmtCause(s: A.stmt): Cause {
  return { ...stmtCause1(s), stmt: s.kind };
}

function stmtCause1(s: A.stmt): Cause {
  const line = s.lineno;
  switch (s.kind) {
    case 'Assign':
      if (s.targets.length === 1) return storeCause(line, s.targets[0] as A.expr, 'bound to');
      return { line, inc: `bound to ${names(s.targets)}`, dec: `${names(s.targets)} rebound (old values released)` };
    case 'AnnAssign': return storeCause(line, s.target, 'bound to');
    case 'AugAssign': return { line, inc: `result bound to ${targetText(s.target)} (augmented assignment)`, dec: `old value of ${targetText(s.target)} released (augmented assignment)` };
    case 'Expr': return { line, inc: 'used by the expression statement', dec: 'result of the expression statement discarded' };
    case 'Return': return { line, inc: 'returned', dec: 'released by the return statement' };
    case 'Delete': return { line, inc: 'del statement', dec: `deleted by \`del ${names(s.targets).replace(/`/g, '')}\`` };
    case 'For': return { line, inc: `bound to loop variable ${targetText(s.target)}`, dec: `loop variable ${targetText(s.target)} rebound, or the loop's iterator released` };
    case 'If': return { line, inc: 'used in the if condition', dec: 'if condition value released' };
    case 'While': return { line, inc: 'used in the while condition', dec: 'while condition value released' };
    case 'FunctionDef': case 'AsyncFunctionDef': return { line, inc: `held by the new function ${s.name}()`, dec: `name \`${s.name}\` rebound (old value released)` };
    case 'ClassDef': return { line, inc: `held by the new class ${s.name}`, dec: `released after class ${s.name} was built` };
    case 'Import': case 'ImportFrom': return { line, inc: 'bound by import', dec: 'name rebound by import' };
    case 'Raise': return { line, inc: 'raised', dec: 'released by raise' };
    case 'Try': case 'TryStar': return { line, inc: 'bound by except ... as', dec: 'exception released at the end of the except block' };
    case 'With': case 'AsyncWith': return { line, inc: 'held by the with statement', dec: 'released by the with statement' };
    case 'Assert': return { line, inc: 'used by assert', dec: 'released by assert' };
    case 'Global': case 'Nonlocal': case 'Pass': case 'Break': case 'Continue': case 'Match': case 'AsyncFor':
      return { line, inc: `line ${line}`, dec: `line ${line}` };
  }
}

function callName(c: A.Call): string {
  const f = c.func;
  if (f.kind === 'Name') return f.id;
  if (f.kind === 'Attribute') return f.attr;
  return 'the callee';
}

const OPS: Readonly<Record<string, string>> = {
  Add: '+', Sub: '-', Mult: '*', Div: '/', FloorDiv: '//', Mod: '%', Pow: '**', LShift: '<<', RShift: '>>',
  BitOr: '|', BitXor: '^', BitAnd: '&', MatMult: '@',
};

function isNode(x: unknown): x is { kind: string } {
  return typeof x === 'object' && x !== null && typeof (x as { kind?: unknown }).kind === 'string';
}

/**
 * The causes of the sub-expressions of a module, by node: a role given by the parent
 * (argument, element, operand) or, failing that, the node's own (a call, an attribute read).
 */
export function buildRoles(mod: A.Module): ExprCauses {
  const roles = new Map<A.expr, Cause>();
  const temps = new Map<A.expr, Cause>();
  // a call keeps its own cause while it runs; its role only names the release of its result
  const give = (e: A.expr | null | undefined, c: Cause): void => {
    if (e === null || e === undefined) return;
    if (e.kind === 'Call') {
      if (!temps.has(e)) temps.set(e, c);
    } else if (!roles.has(e)) roles.set(e, c);
  };
  const classes = classNames(mod);
  const stack: unknown[] = [mod];
  while (stack.length > 0) {
    const n = stack.pop();
    if (Array.isArray(n)) {
      for (const x of n) stack.push(x);
      continue;
    }
    if (!isNode(n)) continue;
    if (n.kind === 'Assign') {
      // storing into an attribute or an item: the container takes its own reference, and the
      // value's reference from the right-hand side is released (STORE_ATTR / STORE_SUBSCR)
      const s = n as A.Assign;
      const t = s.targets.find((x) => x.kind === 'Attribute' || x.kind === 'Subscript');
      if (t !== undefined) {
        const where = t.kind === 'Attribute' ? `.${t.attr}` : 'an item';
        give(s.value, { line: s.lineno, inc: `loaded as the value to store in ${where}`, dec: `loaded value released (${where} keeps its own reference)` });
      }
    }
    const e = n as A.expr;
    switch (e.kind) {
      case 'Call': {
        const name = callName(e);
        const line = e.lineno;
        // calling a class the script defines: what the call itself takes is the new instance,
        // passed as self to __init__
        roles.set(e, e.func.kind === 'Name' && classes.has(name)
          ? { line, inc: `passed as self to ${name}.__init__()`, dec: `released by ${name}() (instance creation)` }
          : { line, inc: `taken by the call to ${name}()`, dec: `released by the call to ${name}()` });
        const arg: Cause = { line, inc: `argument of ${name}()`, dec: `argument of ${name}() released` };
        for (const a of e.args) give(a.kind === 'Starred' ? a.value : a, arg);
        for (const k of e.keywords) give(k.value, arg);
        if (e.func.kind === 'Attribute') give(e.func.value, { line, inc: `self of ${name}()`, dec: `self of ${name}() released` });
        break;
      }
      case 'List': case 'Tuple': case 'Set':
        if (e.kind === 'Set' || e.ctx === 'Load') {
          for (const x of e.elts) give(x.kind === 'Starred' ? x.value : x, { line: e.lineno, inc: `stored in a new ${e.kind.toLowerCase()}`, dec: `temporary released (building a ${e.kind.toLowerCase()})` });
        }
        break;
      case 'Dict':
        for (const x of e.keys) give(x, { line: e.lineno, inc: 'stored in a new dict (key)', dec: 'temporary released (building a dict)' });
        for (const x of e.values) give(x, { line: e.lineno, inc: 'stored in a new dict', dec: 'temporary released (building a dict)' });
        break;
      case 'Attribute':
        if (e.ctx === 'Load') {
          give(e, { line: e.lineno, inc: `read from attribute .${e.attr}`, dec: `released after reading .${e.attr}` });
          give(e.value, { line: e.lineno, inc: `loaded to read its .${e.attr}`, dec: `temporary released after reading its .${e.attr}` });
        } else give(e.value, { line: e.lineno, inc: `loaded to set its .${e.attr}`, dec: `released after setting .${e.attr}` });
        break;
      case 'Subscript':
        if (e.ctx === 'Load') {
          give(e, { line: e.lineno, inc: 'read from a container item', dec: 'released after reading an item' });
          give(e.value, { line: e.lineno, inc: 'loaded to read an item', dec: 'temporary released after reading an item of it' });
        } else give(e.value, { line: e.lineno, inc: 'loaded to store an item in it', dec: 'released after storing an item' });
        give(e.slice, { line: e.lineno, inc: 'used as a key or index', dec: 'key or index released' });
        break;
      case 'BinOp': {
        const op = OPS[e.op] ?? e.op;
        const c: Cause = { line: e.lineno, inc: `operand of ${op}`, dec: `operand of ${op} released` };
        give(e.left, c);
        give(e.right, c);
        break;
      }
      case 'Compare': {
        const c: Cause = { line: e.lineno, inc: 'operand of a comparison', dec: 'operand of a comparison released' };
        give(e.left, c);
        for (const x of e.comparators) give(x, c);
        break;
      }
      case 'FormattedValue':
        give(e.value, { line: e.lineno, inc: 'formatted in an f-string', dec: 'released after formatting in an f-string' });
        break;
      default:
        break;
    }
    for (const k of Object.keys(n)) {
      if (k === 'kind') continue;
      const v = (n as unknown as Record<string, unknown>)[k];
      if (typeof v === 'object' && v !== null) stack.push(v);
    }
  }
  return new ExprCauses(roles, temps);
}

/** Names the module binds with a class statement (anywhere in it). */
function classNames(mod: A.Module): Set<string> {
  const out = new Set<string>();
  const stack: unknown[] = [mod.body];
  while (stack.length > 0) {
    const n = stack.pop();
    if (Array.isArray(n)) {
      for (const x of n) stack.push(x);
      continue;
    }
    if (!isNode(n)) continue;
    if (n.kind === 'ClassDef') out.add((n as A.ClassDef).name);
    for (const v of Object.values(n as unknown as Record<string, unknown>)) if (typeof v === 'object' && v !== null) stack.push(v);
  }
  return out;
}

/** The causes of a module's sub-expressions (buildRoles) and how compiled code applies them. */
export class ExprCauses {
  /** the cause while the expression runs */
  private readonly roles: Map<A.expr, Cause>;
  /** the cause that names the release of its result by its consumer, when not the same */
  private readonly temps: Map<A.expr, Cause>;

  constructor(roles: Map<A.expr, Cause>, temps: Map<A.expr, Cause>) {
    this.roles = roles;
    this.temps = temps;
  }

  /** The compiled expression e, with its causes (see wrapExpr). */
  wrap(obs: RuntimeObserver, e: A.expr, ev: Ev): Ev {
    const role = this.roles.get(e) ?? null;
    // a call's own cause is not a role: its result's release is named by the consumer
    return wrapExpr(obs, role, this.temps.get(e) ?? (e.kind === 'Call' ? null : role), ev);
  }
}

/** A statement that sets its cause while it runs. */
export function wrapStmt(obs: RuntimeObserver, cause: Cause, run: St): St {
  return (f: Frame) => {
    const saved = obs.cause;
    obs.cause = cause;
    obs.onStatement(cause.line);
    try {
      return run(f);
    } finally {
      obs.cause = saved;
    }
  };
}

/**
 * An expression that sets its cause while it runs, shows its result to the observer, and
 * tells it who now holds the result (`temp` names its release by the consumer).
 */
export function wrapExpr(obs: RuntimeObserver, cause: Cause | null, temp: Cause | null, ev: Ev): Ev {
  if (cause === null) {
    if (temp === null) {
      return (f: Frame) => {
        const r = ev(f);
        obs.seen(r);
        return r;
      };
    }
    return (f: Frame) => {
      const r = ev(f);
      obs.handedOver(temp, obs.cause, r);
      obs.seen(r);
      return r;
    };
  }
  return (f: Frame) => {
    const saved = obs.cause;
    obs.cause = cause;
    let r: PyObject;
    try {
      r = ev(f);
    } finally {
      obs.cause = saved;
    }
    if (temp !== null) obs.handedOver(temp, saved, r);
    obs.seen(r);
    return r;
  };
}

/**
 * A code object's body: when it ends, the frame's slots are released (exitFrame), so the
 * cause becomes "frame of f() cleared" until the caller's cause is restored.
 */
export function wrapBody(obs: RuntimeObserver, kind: 'module' | 'class' | 'function', name: string, run: St): St {
  return (f: Frame) => {
    try {
      return run(f);
    } finally {
      const line = f.lineno;
      obs.cause = kind === 'module'
        ? { line, inc: 'interpreter exit', dec: 'released at interpreter exit (module globals cleared)', stmt: 'module' }
        : kind === 'class'
          ? { line, inc: `class body of ${name}`, dec: `class body of ${name} finished`, stmt: 'ClassDef' }
          : { line, inc: `frame of ${name}()`, dec: `frame of ${name}() cleared`, stmt: 'frame' };
    }
  };
}
