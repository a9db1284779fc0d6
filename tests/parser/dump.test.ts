// dump() on hand-built trees, against what python3's ast.dump printed for the same nodes built
// with the ast module's constructors (expectations recorded from CPython 3.11.7). Independent
// of the parser: this pins the printer (field order, omitted None fields, enum nodes, reprs).
import { describe, expect, it } from 'vitest';
import type { AnyNode, ConstantValue, expr, Name, Pos } from '../../src/parser/ast.js';
import { ELLIPSIS } from '../../src/parser/ast.js';
import { dump } from '../../src/parser/dump.js';

const P: Pos = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };
const load = (id: string): Name => ({ kind: 'Name', id, ctx: 'Load', ...P });
const num = (n: number): expr => ({ kind: 'Constant', value: BigInt(n), strKind: null, ...P });
const konst = (value: ConstantValue, strKind: string | null = null): expr =>
  ({ kind: 'Constant', value, strKind, ...P });

const cases: [string, AnyNode, string][] = [
  ['empty module', { kind: 'Module', body: [], type_ignores: [] }, 'Module(body=[], type_ignores=[])'],
  ['pass/break/continue', { kind: 'Module', body: [{ kind: 'Pass', ...P }, { kind: 'Break', ...P }, { kind: 'Continue', ...P }], type_ignores: [] },
    'Module(body=[Pass(), Break(), Continue()], type_ignores=[])'],
  ['constants', {
    kind: 'Tuple', ctx: 'Load', ...P, elts: [
      konst(null), konst(true), konst(false), konst(10n ** 30n), konst(-0), konst(1e16), konst(Infinity),
      konst("it's"), konst(Uint8Array.from([0, 0x27, 0xff])), konst(ELLIPSIS), konst({ kind: 'complex', real: 0, imag: 1 }),
      konst({ kind: 'complex', real: -0, imag: -0 }), konst({ kind: 'complex', real: 1.5, imag: -2 }), konst('u', 'u'),
    ],
  }, 'Tuple(elts=[Constant(value=None), Constant(value=True), Constant(value=False), Constant(value=1000000000000000000000000000000), Constant(value=-0.0), Constant(value=1e+16), Constant(value=inf), Constant(value="it\'s"), Constant(value=b"\\x00\'\\xff"), Constant(value=Ellipsis), Constant(value=1j), Constant(value=(-0-0j)), Constant(value=(1.5-2j)), Constant(value=\'u\', kind=\'u\')], ctx=Load())'],
  ['return None', { kind: 'Return', value: null, ...P }, 'Return()'],
  ['MatchSingleton None', { kind: 'MatchSingleton', value: null, ...P }, 'MatchSingleton(value=None)'],
  ['dict with ** entry', { kind: 'Dict', keys: [null, load('a')], values: [load('d'), num(1)], ...P },
    "Dict(keys=[None, Name(id='a', ctx=Load())], values=[Name(id='d', ctx=Load()), Constant(value=1)])"],
  ['kw_defaults with None', {
    kind: 'arguments', posonlyargs: [], args: [], vararg: null,
    kwonlyargs: [{ kind: 'arg', arg: 'a', annotation: null, type_comment: null, ...P }, { kind: 'arg', arg: 'b', annotation: load('int'), type_comment: null, ...P }],
    kw_defaults: [null, num(2)], kwarg: { kind: 'arg', arg: 'kw', annotation: null, type_comment: null, ...P }, defaults: [],
  }, "arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a'), arg(arg='b', annotation=Name(id='int', ctx=Load()))], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='kw'), defaults=[])"],
  ['compare ops', { kind: 'Compare', left: load('x'), ops: ['Lt', 'NotIn', 'IsNot'], comparators: [num(1), load('y'), konst(null)], ...P },
    "Compare(left=Name(id='x', ctx=Load()), ops=[Lt(), NotIn(), IsNot()], comparators=[Constant(value=1), Name(id='y', ctx=Load()), Constant(value=None)])"],
  ['relative import without module', { kind: 'ImportFrom', module: null, names: [{ kind: 'alias', name: 'x', asname: 'y', ...P }], level: 2, ...P },
    "ImportFrom(names=[alias(name='x', asname='y')], level=2)"],
  ['** keyword', { kind: 'Call', func: load('f'), args: [{ kind: 'Starred', value: load('a'), ctx: 'Load', ...P }], keywords: [{ kind: 'keyword', arg: null, value: load('k'), ...P }], ...P },
    "Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(value=Name(id='k', ctx=Load()))])"],
  ['global names', { kind: 'Global', names: ['a', "b'"], ...P }, 'Global(names=[\'a\', "b\'"])'],
  ['type_comment shown', { kind: 'Assign', targets: [{ kind: 'Name', id: 'x', ctx: 'Store', ...P }], value: num(1), type_comment: 'int', ...P },
    "Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1), type_comment='int')"],
  ['f-string', {
    kind: 'JoinedStr', ...P, values: [konst('a'), {
      kind: 'FormattedValue', value: load('x'), conversion: 114, ...P,
      format_spec: { kind: 'JoinedStr', values: [konst('>10')], ...P },
    }],
  }, "JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>10')]))])"],
  ['match class', {
    kind: 'MatchClass', cls: load('P'), patterns: [{ kind: 'MatchAs', pattern: null, name: null, ...P }], kwd_attrs: ['x'],
    kwd_patterns: [{ kind: 'MatchStar', name: null, ...P }], ...P,
  }, "MatchClass(cls=Name(id='P', ctx=Load()), patterns=[MatchAs()], kwd_attrs=['x'], kwd_patterns=[MatchStar()])"],
  ['slice with holes', { kind: 'Subscript', value: load('a'), slice: { kind: 'Slice', lower: null, upper: num(2), step: null, ...P }, ctx: 'Del', ...P },
    "Subscript(value=Name(id='a', ctx=Load()), slice=Slice(upper=Constant(value=2)), ctx=Del())"],
  ['bare except', { kind: 'ExceptHandler', type: null, name: null, body: [{ kind: 'Pass', ...P }], ...P }, 'ExceptHandler(body=[Pass()])'],
  ['unicode identifier', load('π'), "Name(id='π', ctx=Load())"],
];

describe('dump (hand-built trees, python3 ast.dump recorded)', () => {
  it.each(cases)('%s', (_name, node, want) => expect(dump(node)).toBe(want));

  it('does not overflow the stack on a deeply nested tree', () => {
    let e: expr = num(0);
    for (let i = 0; i < 100_000; i++) e = { kind: 'UnaryOp', op: 'USub', operand: e, ...P };
    const text = dump(e);
    expect(text.startsWith('UnaryOp(op=USub(), operand=UnaryOp(')).toBe(true);
    expect(text.length).toBe(100_000 * 'UnaryOp(op=USub(), operand=)'.length + 'Constant(value=0)'.length);
  });
});
