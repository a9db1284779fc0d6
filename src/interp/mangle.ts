// Private name mangling (Python/compile.c _Py_Mangle, applied by the compiler and symtable.c):
// inside a class body, and in the functions, lambdas and comprehensions nested in it, an
// identifier `__spam` (two leading underscores, not two trailing ones, no dot) is the name
// `_Class__spam`, Class being the innermost enclosing class's name without its leading
// underscores. One pass over a module's tree before its symtable is built rewrites the
// identifiers the compiler would mangle: names, attribute names, parameter names, global and
// nonlocal declarations, `except ... as` targets, and the names a def or a class statement
// binds (bindName: the function or class keeps its own __name__). A keyword argument's name
// is not mangled (CPython does not either). The rewrite is idempotent: a mangled name no longer
// starts with two underscores.
//
// SIMPLIFICATION: `import` and `from ... import` inside a class are left as written (CPython
// mangles the bound name of `import __m`, and even the attribute `from m import __x` looks up).

import type * as A from '../parser/ast.js';
import { forEachChild } from '../parser/walk.js';

/** _Py_Mangle: the name `name` takes inside class `priv` (null: outside every class). */
export function mangle(priv: string | null, name: string): string {
  if (priv === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = priv.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}

/** A def or class statement whose binding name differs from its own name. */
export interface BindsName { bindName?: string }

/** The name a def or class statement binds in its scope. */
export function bindNameOf(s: A.FunctionDef | A.AsyncFunctionDef | A.ClassDef): string {
  return (s as BindsName).bindName ?? s.name;
}

/** Rewrites the module's tree in place (see the header). */
export function mangleNames(body: A.stmt[]): void {
  const visit = (x: unknown, priv: string | null): void => {
    if (x === null || typeof x !== 'object' || x instanceof Uint8Array) return;
    if (Array.isArray(x)) {
      for (const y of x) visit(y, priv);
      return;
    }
    const n = x as { kind?: unknown };
    switch (n.kind) {
      case 'ClassDef': {
        const s = x as A.ClassDef;
        if (priv !== null) {
          const b = mangle(priv, s.name);
          if (b !== s.name) (s as BindsName).bindName = b;
        }
        visit(s.decorator_list, priv);
        visit(s.bases, priv);
        visit(s.keywords, priv);
        visit(s.body, s.name);
        return;
      }
      case 'FunctionDef': case 'AsyncFunctionDef': {
        const s = x as A.FunctionDef;
        if (priv !== null) {
          const b = mangle(priv, s.name);
          if (b !== s.name) (s as BindsName).bindName = b;
        }
        visit(s.decorator_list, priv);
        visit(s.args, priv);
        visit(s.returns, priv);
        visit(s.body, priv);
        return;
      }
      case 'Name': {
        const e = x as A.Name;
        e.id = mangle(priv, e.id);
        return;
      }
      case 'Attribute': {
        const e = x as A.Attribute;
        e.attr = mangle(priv, e.attr);
        visit(e.value, priv);
        return;
      }
      case 'arg': {
        const a = x as A.arg;
        a.arg = mangle(priv, a.arg);
        visit(a.annotation, priv);
        return;
      }
      case 'Global': case 'Nonlocal': {
        const s = x as A.Global;
        s.names = s.names.map((v) => mangle(priv, v));
        return;
      }
      case 'ExceptHandler': {
        const h = x as A.ExceptHandler;
        if (h.name !== null) h.name = mangle(priv, h.name);
        visit(h.type, priv);
        visit(h.body, priv);
        return;
      }
      case 'Import': case 'ImportFrom':
        return;
      default:
        break;
    }
    forEachChild(x, (c) => visit(c, priv));
  };
  visit(body, null);
}
