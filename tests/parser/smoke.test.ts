import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parser/index.js';
import type * as A from '../../src/parser/ast.js';

describe('parse: common statements', () => {
  it('parses an assignment with positions', () => {
    const m = parse('x = 1\n', 'x.py') as A.Module;
    const s = m.body[0] as A.Assign;
    expect(s.kind).toBe('Assign');
    expect(s.targets[0]).toMatchObject({ kind: 'Name', id: 'x', ctx: 'Store', lineno: 1, col_offset: 0, end_col_offset: 1 });
    expect(s.value).toMatchObject({ kind: 'Constant', value: 1n, col_offset: 4, end_col_offset: 5 });
  });
  it('empty file is an empty Module', () => {
    expect(parse('', 'x.py')).toEqual({ kind: 'Module', body: [], type_ignores: [] });
  });
  it('parses functions, classes, loops, try and with', () => {
    const src = 'def f(a, b=2, *c, d, **e):\n    return a\nclass C(B, metaclass=M):\n    pass\nfor i in range(3):\n    if i: break\n    else: continue\nwhile x: pass\ntry:\n    pass\nexcept E as e:\n    pass\nfinally:\n    pass\nwith a as b, c: pass\n';
    const m = parse(src, 'x.py') as A.Module;
    expect(m.body.map((s) => s.kind)).toEqual(['FunctionDef', 'ClassDef', 'For', 'While', 'Try', 'With']);
  });
});
