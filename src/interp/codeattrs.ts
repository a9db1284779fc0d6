// The code object's attributes that come from the compiler's view of a function (Objects/
// codeobject.c's members and getters): co_qualname, co_argcount, co_posonlyargcount,
// co_kwonlyargcount, co_nlocals, co_varnames, co_cellvars, co_freevars and co_flags. The code
// objects of src/objects know only their name, file and first line; what the symtable and the
// closure compiler decided is in the CodeInfo behind co_impl, so the getters are installed by
// the interpreter. A code object without one (none is made today) answers as a module's would.
//
// SIMPLIFICATION: there is no bytecode, so no co_code, co_consts, co_names or co_lnotab.

import type { PyObject } from '../objects/object.js';
import type { PyCodeObject } from '../objects/funcobject.js';
import type { PyDictObject } from '../objects/dictobject.js';
import { PyGetSetDescrObject, newDescr } from '../objects/descrobject.js';
import { setDictString, PyType_Modified } from '../objects/typeobject.js';
import type { Interpreter } from './interpreter.js';
import type { CodeInfo } from './frame.js';
import type { Scope } from './symtable.js';

const CO_OPTIMIZED = 0x1;
const CO_NEWLOCALS = 0x2;
const CO_VARARGS = 0x4;
const CO_VARKEYWORDS = 0x8;
const CO_NESTED = 0x10;
const CO_GENERATOR = 0x20;

/** ste_nested: the scope is inside a function, directly or through a class. */
function nested(scope: Scope): boolean {
  for (let p = scope.parent; p !== null; p = p.parent) if (p.kind === 'function' || p.kind === 'comprehension') return true;
  return false;
}

function varnames(info: CodeInfo): string[] {
  const s = info.scope;
  if (s.kind === 'module' || s.kind === 'class') return [];
  return s.varnames.filter((n) => !s.nonlocals.has(n) && !s.globals.has(n) && !s.frees.has(n) && (!s.cells.has(n) || s.params.includes(n)));
}

function flags(info: CodeInfo): number {
  const s = info.scope;
  if (s.kind === 'module' || s.kind === 'class') return 0;
  let f = CO_OPTIMIZED | CO_NEWLOCALS;
  if (info.varargsSlot >= 0) f |= CO_VARARGS;
  if (info.varkwSlot >= 0) f |= CO_VARKEYWORDS;
  if (nested(s)) f |= CO_NESTED;
  if (info.isGenerator) f |= CO_GENERATOR;
  return f;
}

/** Adds the getters to the code type's dict. */
export function installCodeAttributes(I: Interpreter): void {
  const rt = I.rt;
  const T = rt.types;
  const infoOf = (o: PyObject): CodeInfo | null => ((o as PyCodeObject).co_impl as CodeInfo | null) ?? null;
  const names = (xs: string[]): PyObject => rt.newTuple(xs.map((x) => rt.newStr(x)));
  const getters: [string, (info: CodeInfo | null, o: PyObject) => PyObject][] = [
    ['co_qualname', (info, o) => rt.newStr(info?.qualname ?? (o as PyCodeObject).co_name)],
    ['co_argcount', (info) => rt.newInt(info?.argcount ?? 0)],
    ['co_posonlyargcount', (info) => rt.newInt(info?.posonlycount ?? 0)],
    ['co_kwonlyargcount', (info) => rt.newInt(info?.kwonlycount ?? 0)],
    ['co_nlocals', (info) => rt.newInt(info === null ? 0 : varnames(info).length)],
    ['co_varnames', (info) => names(info === null ? [] : varnames(info))],
    ['co_cellvars', (info) => names(info === null || info.scope.kind === 'module' ? [] : [...info.scope.cells].sort())],
    ['co_freevars', (info) => names(info === null ? [] : info.scope.freeNames.slice())],
    ['co_flags', (info) => rt.newInt(info === null ? 0 : flags(info))],
  ];
  const d = T.code.tp_dict as PyDictObject;
  for (const [name, get] of getters) {
    const descr = newDescr(rt, PyGetSetDescrObject, T.getset_descriptor, T.code, name);
    descr.d_get = (o) => get(infoOf(o), o);
    setDictString(rt, d, name, descr);
  }
  PyType_Modified(T.code);
}
