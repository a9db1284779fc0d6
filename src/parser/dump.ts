// Python 3.11's `ast.dump(tree)` (default arguments: field names shown, no positions, no
// indent), for `glasspy ast` and the parity checks against python3.
//
// Mirrors Lib/ast.py `dump`: fields in each class's `_fields` order; a field whose value is
// None is left out when the class declares it optional (its ASDL type ends in `?`, which
// gives the class a None default) and shown otherwise (`Constant(value=None)`,
// `MatchSingleton(value=None)`); lists are always shown, `[]` included; the small
// enumeration nodes (`Load()`, `Add()`, ...) are strings in our AST and print as calls.
import type { AnyNode, ConstantValue } from './ast.js';
import { bytesRepr, complexRepr, floatRepr, strRepr } from '../util/pyrepr.js';

/** `_fields` of every node class with fields, as Python 3.11 lists them. */
const FIELDS: Readonly<Record<string, readonly string[]>> = {
  AnnAssign: ['target', 'annotation', 'value', 'simple'],
  Assert: ['test', 'msg'],
  Assign: ['targets', 'value', 'type_comment'],
  AsyncFor: ['target', 'iter', 'body', 'orelse', 'type_comment'],
  AsyncFunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'],
  AsyncWith: ['items', 'body', 'type_comment'],
  Attribute: ['value', 'attr', 'ctx'],
  AugAssign: ['target', 'op', 'value'],
  Await: ['value'],
  BinOp: ['left', 'op', 'right'],
  BoolOp: ['op', 'values'],
  Call: ['func', 'args', 'keywords'],
  ClassDef: ['name', 'bases', 'keywords', 'body', 'decorator_list'],
  Compare: ['left', 'ops', 'comparators'],
  Constant: ['value', 'kind'],
  Delete: ['targets'],
  Dict: ['keys', 'values'],
  DictComp: ['key', 'value', 'generators'],
  ExceptHandler: ['type', 'name', 'body'],
  Expr: ['value'],
  Expression: ['body'],
  For: ['target', 'iter', 'body', 'orelse', 'type_comment'],
  FormattedValue: ['value', 'conversion', 'format_spec'],
  FunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'],
  FunctionType: ['argtypes', 'returns'],
  GeneratorExp: ['elt', 'generators'],
  Global: ['names'],
  If: ['test', 'body', 'orelse'],
  IfExp: ['test', 'body', 'orelse'],
  Import: ['names'],
  ImportFrom: ['module', 'names', 'level'],
  Interactive: ['body'],
  JoinedStr: ['values'],
  Lambda: ['args', 'body'],
  List: ['elts', 'ctx'],
  ListComp: ['elt', 'generators'],
  Match: ['subject', 'cases'],
  MatchAs: ['pattern', 'name'],
  MatchClass: ['cls', 'patterns', 'kwd_attrs', 'kwd_patterns'],
  MatchMapping: ['keys', 'patterns', 'rest'],
  MatchOr: ['patterns'],
  MatchSequence: ['patterns'],
  MatchSingleton: ['value'],
  MatchStar: ['name'],
  MatchValue: ['value'],
  Module: ['body', 'type_ignores'],
  Name: ['id', 'ctx'],
  NamedExpr: ['target', 'value'],
  Nonlocal: ['names'],
  Raise: ['exc', 'cause'],
  Return: ['value'],
  Set: ['elts'],
  SetComp: ['elt', 'generators'],
  Slice: ['lower', 'upper', 'step'],
  Starred: ['value', 'ctx'],
  Subscript: ['value', 'slice', 'ctx'],
  Try: ['body', 'handlers', 'orelse', 'finalbody'],
  TryStar: ['body', 'handlers', 'orelse', 'finalbody'],
  Tuple: ['elts', 'ctx'],
  TypeIgnore: ['lineno', 'tag'],
  UnaryOp: ['op', 'operand'],
  While: ['test', 'body', 'orelse'],
  With: ['items', 'body', 'type_comment'],
  Yield: ['value'],
  YieldFrom: ['value'],
  alias: ['name', 'asname'],
  arg: ['arg', 'annotation', 'type_comment'],
  arguments: ['posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'],
  comprehension: ['target', 'iter', 'ifs', 'is_async'],
  keyword: ['arg', 'value'],
  match_case: ['pattern', 'guard', 'body'],
  withitem: ['context_expr', 'optional_vars'],
};

/** Fields that are not optional but may hold None, so a None there is printed. */
const NONE_SHOWN = new Set(['Constant.value', 'MatchSingleton.value']);

/** Our field name for a Python field name (only `Constant.kind` is renamed). */
function ourField(kind: string, field: string): string {
  return kind === 'Constant' && field === 'kind' ? 'strKind' : field;
}

type DumpValue = AnyNode | ConstantValue | string | number | null | readonly DumpValue[];

/** Returns exactly what `ast.dump(node)` returns in CPython 3.11. */
export function dump(node: AnyNode): string {
  const out: string[] = [];
  // An explicit work stack (strings to emit, or values to format) keeps deeply nested
  // trees from overflowing the JavaScript stack.
  const work: (DumpValue | { text: string })[] = [node];
  while (work.length > 0) {
    const item = work.pop() as DumpValue | { text: string };
    if (isText(item)) {
      out.push(item.text);
      continue;
    }
    if (Array.isArray(item)) {
      const parts: (DumpValue | { text: string })[] = [{ text: '[' }];
      item.forEach((v, i) => {
        if (i > 0) parts.push({ text: ', ' });
        parts.push(v);
      });
      parts.push({ text: ']' });
      for (let i = parts.length - 1; i >= 0; i--) work.push(parts[i] as DumpValue | { text: string });
      continue;
    }
    if (isNode(item)) {
      const fields = FIELDS[item.kind] ?? [];
      const parts: (DumpValue | { text: string })[] = [{ text: `${item.kind}(` }];
      let first = true;
      const rec = item as unknown as Record<string, DumpValue>;
      for (const f of fields) {
        const v = rec[ourField(item.kind, f)];
        if ((v === null || v === undefined) && !NONE_SHOWN.has(`${item.kind}.${f}`)) continue;
        parts.push({ text: `${first ? '' : ', '}${f}=` });
        if (item.kind === 'Constant' && f === 'value') parts.push({ text: constantRepr(v as ConstantValue) });
        else if (item.kind === 'MatchSingleton' && f === 'value') parts.push({ text: constantRepr(v as ConstantValue) });
        else if (ENUM_FIELDS.has(f)) parts.push({ text: enumText(v) });
        else parts.push(v ?? null);
        first = false;
      }
      parts.push({ text: ')' });
      for (let i = parts.length - 1; i >= 0; i--) work.push(parts[i] as DumpValue | { text: string });
      continue;
    }
    out.push(scalarRepr(item));
  }
  return out.join('');
}

function isText(x: unknown): x is { text: string } {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && 'text' in x;
}

function isNode(x: unknown): x is AnyNode {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && !(x instanceof Uint8Array) && 'kind' in x
    && typeof (x as { kind: unknown }).kind === 'string' && (x as { kind: string }).kind in FIELDS_OR_EMPTY;
}

/** Node kinds, including those without fields (Pass, Break, Continue). */
const FIELDS_OR_EMPTY: Readonly<Record<string, true>> = Object.fromEntries(
  [...Object.keys(FIELDS), 'Pass', 'Break', 'Continue'].map((k) => [k, true]),
);

/** Fields holding enumeration nodes (`Load`, `Add`, `Eq`, ...), which are strings in our AST. */
const ENUM_FIELDS = new Set(['ctx', 'op', 'ops']);

function enumText(v: DumpValue | undefined): string {
  if (Array.isArray(v)) return `[${v.map((x) => `${String(x)}()`).join(', ')}]`;
  return `${String(v)}()`;
}

/** Field values that are plain Python str / int (names, levels, flags). */
function scalarRepr(v: DumpValue): string {
  if (v === null) return 'None';
  if (typeof v === 'string') return strRepr(v);
  if (typeof v === 'number') return String(v);
  return constantRepr(v as ConstantValue);
}

/** repr() of a Constant's value. */
export function constantRepr(v: ConstantValue): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return floatRepr(v);
  if (typeof v === 'string') return strRepr(v);
  if (v instanceof Uint8Array) return bytesRepr(v);
  if (v.kind === 'complex') return complexRepr(v.real, v.imag);
  return 'Ellipsis';
}
