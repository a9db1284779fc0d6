// The abstract syntax tree: Python 3.11's `ast` module, node for node and field for field.
//
// Every node is an interface with a `kind` tag named after its Python class, so a
// `switch (node.kind)` over a union ends in `assertNever`. Field names and order follow
// the class's `_fields`; nodes with `_attributes` carry `lineno`, `col_offset`,
// `end_lineno`, `end_col_offset` exactly as Python reports them (lines from 1, columns
// as UTF-8 byte offsets from 0).
//
// One rename: Python's `Constant.kind` (the `u` string prefix marker) is `strKind` here,
// because `kind` is our tag. The `ast` dump writes it back under its Python name.
//
// Optional fields that Python sets to `None` are `null` here, never `undefined`.

export interface Pos {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

// ---- mod ----------------------------------------------------------------------------
export interface Module { kind: 'Module'; body: stmt[]; type_ignores: TypeIgnore[] }
export interface Interactive { kind: 'Interactive'; body: stmt[] }
export interface Expression { kind: 'Expression'; body: expr }
export interface FunctionType { kind: 'FunctionType'; argtypes: expr[]; returns: expr }
export type mod = Module | Interactive | Expression | FunctionType;

export interface TypeIgnore { kind: 'TypeIgnore'; lineno: number; tag: string }

// ---- stmt ---------------------------------------------------------------------------
export interface FunctionDef extends Pos {
  kind: 'FunctionDef'; name: string; args: arguments; body: stmt[]; decorator_list: expr[];
  returns: expr | null; type_comment: string | null;
}
export interface AsyncFunctionDef extends Pos {
  kind: 'AsyncFunctionDef'; name: string; args: arguments; body: stmt[]; decorator_list: expr[];
  returns: expr | null; type_comment: string | null;
}
export interface ClassDef extends Pos {
  kind: 'ClassDef'; name: string; bases: expr[]; keywords: keyword[]; body: stmt[];
  decorator_list: expr[];
}
export interface Return extends Pos { kind: 'Return'; value: expr | null }
export interface Delete extends Pos { kind: 'Delete'; targets: expr[] }
export interface Assign extends Pos {
  kind: 'Assign'; targets: expr[]; value: expr; type_comment: string | null;
}
export interface AugAssign extends Pos { kind: 'AugAssign'; target: expr; op: operator; value: expr }
export interface AnnAssign extends Pos {
  kind: 'AnnAssign'; target: expr; annotation: expr; value: expr | null; simple: number;
}
export interface For extends Pos {
  kind: 'For'; target: expr; iter: expr; body: stmt[]; orelse: stmt[]; type_comment: string | null;
}
export interface AsyncFor extends Pos {
  kind: 'AsyncFor'; target: expr; iter: expr; body: stmt[]; orelse: stmt[];
  type_comment: string | null;
}
export interface While extends Pos { kind: 'While'; test: expr; body: stmt[]; orelse: stmt[] }
export interface If extends Pos { kind: 'If'; test: expr; body: stmt[]; orelse: stmt[] }
export interface With extends Pos {
  kind: 'With'; items: withitem[]; body: stmt[]; type_comment: string | null;
}
export interface AsyncWith extends Pos {
  kind: 'AsyncWith'; items: withitem[]; body: stmt[]; type_comment: string | null;
}
export interface Match extends Pos { kind: 'Match'; subject: expr; cases: match_case[] }
export interface Raise extends Pos { kind: 'Raise'; exc: expr | null; cause: expr | null }
export interface Try extends Pos {
  kind: 'Try'; body: stmt[]; handlers: ExceptHandler[]; orelse: stmt[]; finalbody: stmt[];
}
export interface TryStar extends Pos {
  kind: 'TryStar'; body: stmt[]; handlers: ExceptHandler[]; orelse: stmt[]; finalbody: stmt[];
}
export interface Assert extends Pos { kind: 'Assert'; test: expr; msg: expr | null }
export interface Import extends Pos { kind: 'Import'; names: alias[] }
export interface ImportFrom extends Pos {
  kind: 'ImportFrom'; module: string | null; names: alias[]; level: number;
}
export interface Global extends Pos { kind: 'Global'; names: string[] }
export interface Nonlocal extends Pos { kind: 'Nonlocal'; names: string[] }
export interface Expr extends Pos { kind: 'Expr'; value: expr }
export interface Pass extends Pos { kind: 'Pass' }
export interface Break extends Pos { kind: 'Break' }
export interface Continue extends Pos { kind: 'Continue' }

export type stmt =
  | FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | AugAssign
  | AnnAssign | For | AsyncFor | While | If | With | AsyncWith | Match | Raise | Try
  | TryStar | Assert | Import | ImportFrom | Global | Nonlocal | Expr | Pass | Break
  | Continue;

// ---- expr ---------------------------------------------------------------------------
export interface BoolOp extends Pos { kind: 'BoolOp'; op: boolop; values: expr[] }
export interface NamedExpr extends Pos { kind: 'NamedExpr'; target: Name; value: expr }
export interface BinOp extends Pos { kind: 'BinOp'; left: expr; op: operator; right: expr }
export interface UnaryOp extends Pos { kind: 'UnaryOp'; op: unaryop; operand: expr }
export interface Lambda extends Pos { kind: 'Lambda'; args: arguments; body: expr }
export interface IfExp extends Pos { kind: 'IfExp'; test: expr; body: expr; orelse: expr }
/** `keys[i]` is null for a `**mapping` entry. */
export interface Dict extends Pos { kind: 'Dict'; keys: (expr | null)[]; values: expr[] }
export interface Set extends Pos { kind: 'Set'; elts: expr[] }
export interface ListComp extends Pos { kind: 'ListComp'; elt: expr; generators: comprehension[] }
export interface SetComp extends Pos { kind: 'SetComp'; elt: expr; generators: comprehension[] }
export interface DictComp extends Pos {
  kind: 'DictComp'; key: expr; value: expr; generators: comprehension[];
}
export interface GeneratorExp extends Pos {
  kind: 'GeneratorExp'; elt: expr; generators: comprehension[];
}
export interface Await extends Pos { kind: 'Await'; value: expr }
export interface Yield extends Pos { kind: 'Yield'; value: expr | null }
export interface YieldFrom extends Pos { kind: 'YieldFrom'; value: expr }
export interface Compare extends Pos {
  kind: 'Compare'; left: expr; ops: cmpop[]; comparators: expr[];
}
export interface Call extends Pos { kind: 'Call'; func: expr; args: expr[]; keywords: keyword[] }
/** conversion: -1 none, 115 `!s`, 114 `!r`, 97 `!a` (Python's codes). */
export interface FormattedValue extends Pos {
  kind: 'FormattedValue'; value: expr; conversion: number; format_spec: JoinedStr | null;
}
export interface JoinedStr extends Pos { kind: 'JoinedStr'; values: expr[] }
export interface Constant extends Pos {
  kind: 'Constant'; value: ConstantValue; /** Python's `Constant.kind`: 'u' or null */ strKind: string | null;
}
export interface Attribute extends Pos {
  kind: 'Attribute'; value: expr; attr: string; ctx: expr_context;
}
export interface Subscript extends Pos {
  kind: 'Subscript'; value: expr; slice: expr; ctx: expr_context;
}
export interface Starred extends Pos { kind: 'Starred'; value: expr; ctx: expr_context }
export interface Name extends Pos { kind: 'Name'; id: string; ctx: expr_context }
export interface List extends Pos { kind: 'List'; elts: expr[]; ctx: expr_context }
export interface Tuple extends Pos { kind: 'Tuple'; elts: expr[]; ctx: expr_context }
export interface Slice extends Pos {
  kind: 'Slice'; lower: expr | null; upper: expr | null; step: expr | null;
}

export type expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | Set | ListComp | SetComp
  | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue
  | JoinedStr | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

// ---- constants ----------------------------------------------------------------------
/** An `int` constant is a bigint, a `float` a number, `str` a string, `bytes` a Uint8Array. */
export interface ComplexConstant { readonly kind: 'complex'; readonly real: number; readonly imag: number }
export interface EllipsisConstant { readonly kind: 'Ellipsis' }
export const ELLIPSIS: EllipsisConstant = Object.freeze({ kind: 'Ellipsis' });
export type ConstantValue =
  | null | boolean | bigint | number | string | Uint8Array | ComplexConstant | EllipsisConstant;

// ---- small enumerations (Python's singletons like `Load()`, `Add()`) -----------------
export type expr_context = 'Load' | 'Store' | 'Del';
export type boolop = 'And' | 'Or';
export type operator =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow' | 'LShift' | 'RShift'
  | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type unaryop = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type cmpop = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

// ---- helper nodes -------------------------------------------------------------------
export interface comprehension {
  kind: 'comprehension'; target: expr; iter: expr; ifs: expr[]; is_async: number;
}
export interface ExceptHandler extends Pos {
  kind: 'ExceptHandler'; type: expr | null; name: string | null; body: stmt[];
}
export interface arguments {
  kind: 'arguments'; posonlyargs: arg[]; args: arg[]; vararg: arg | null; kwonlyargs: arg[];
  /** one per kwonlyarg; null where it has no default */
  kw_defaults: (expr | null)[]; kwarg: arg | null; defaults: expr[];
}
export interface arg extends Pos {
  kind: 'arg'; arg: string; annotation: expr | null; type_comment: string | null;
}
export interface keyword extends Pos { kind: 'keyword'; arg: string | null; value: expr }
export interface alias extends Pos { kind: 'alias'; name: string; asname: string | null }
export interface withitem { kind: 'withitem'; context_expr: expr; optional_vars: expr | null }
export interface match_case { kind: 'match_case'; pattern: pattern; guard: expr | null; body: stmt[] }

// ---- pattern ------------------------------------------------------------------------
export interface MatchValue extends Pos { kind: 'MatchValue'; value: expr }
export interface MatchSingleton extends Pos { kind: 'MatchSingleton'; value: null | boolean }
export interface MatchSequence extends Pos { kind: 'MatchSequence'; patterns: pattern[] }
export interface MatchMapping extends Pos {
  kind: 'MatchMapping'; keys: expr[]; patterns: pattern[]; rest: string | null;
}
export interface MatchClass extends Pos {
  kind: 'MatchClass'; cls: expr; patterns: pattern[]; kwd_attrs: string[]; kwd_patterns: pattern[];
}
export interface MatchStar extends Pos { kind: 'MatchStar'; name: string | null }
export interface MatchAs extends Pos { kind: 'MatchAs'; pattern: pattern | null; name: string | null }
export interface MatchOr extends Pos { kind: 'MatchOr'; patterns: pattern[] }
export type pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar
  | MatchAs | MatchOr;

/** Every node type, for walkers. */
export type AnyNode =
  | mod | stmt | expr | pattern | TypeIgnore | comprehension | ExceptHandler | arguments | arg
  | keyword | alias | withitem | match_case;
