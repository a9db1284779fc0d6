// Whole-input behaviour: bytes and encodings, empty and big files, deep nesting, modes.
import { describe, expect, it } from 'vitest';
import { parse, formatSyntaxError, PySyntaxError } from '../../src/parser/index.js';
import type * as A from '../../src/parser/ast.js';

function err(src: string | Uint8Array): PySyntaxError {
  try {
    parse(src, 'x.py');
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error('no error');
}

const enc = (s: string): number[] => Array.from(new TextEncoder().encode(s));

describe('inputs', () => {
  it('empty source and comment-only source are empty Modules', () => {
    expect(parse('', 'x.py')).toEqual({ kind: 'Module', body: [], type_ignores: [] });
    expect(parse('# only a comment\n\n', 'x.py')).toEqual({ kind: 'Module', body: [], type_ignores: [] });
  });
  it('UTF-8 bytes, BOM, and a latin-1 coding cookie', () => {
    const m1 = parse(new Uint8Array(enc("x = 'é'\n")), 'x.py') as A.Module;
    expect(((m1.body[0] as A.Assign).value as A.Constant).value).toBe('é');
    const m2 = parse(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('x = 1\n')]), 'x.py') as A.Module;
    expect(m2.body[0]).toMatchObject({ kind: 'Assign', col_offset: 0 });
    const m3 = parse(new Uint8Array([...enc("# -*- coding: latin-1 -*-\nx = '"), 0xe9, ...enc("'\n")]), 'x.py') as A.Module;
    expect(((m3.body[0] as A.Assign).value as A.Constant).value).toBe('é');
  });
  it('non-UTF-8 bytes without a cookie: CPython message, printed without a File line', () => {
    const e = err(new Uint8Array([...enc("x = '"), 0xe9, ...enc("'\n")]));
    expect(formatSyntaxError(e)).toBe(
      "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file x.py on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n");
  });
  it('500 nested brackets: too many nested parentheses at the 201st', () => {
    const e = err('x = ' + '('.repeat(500) + '1' + ')'.repeat(500) + '\n');
    expect([e.msg, e.offset]).toEqual(['too many nested parentheses', 205]);
  });
  it('expression nesting deeper than the JS stack becomes a SyntaxError, not a crash', () => {
    const e = err('x = ' + '-'.repeat(200000) + '1\n');
    expect(e.type).toBe('SyntaxError');
  });
  it('a long file parses', () => {
    const src = 'def f(a, b=1):\n    return [a + b * i for i in range(10) if i % 2]\nx = f(1)\n'.repeat(20000);
    const m = parse(src, 'big.py') as A.Module;
    expect(m.body.length).toBe(40000);
    expect(m.body[39999]).toMatchObject({ kind: 'Assign', lineno: 60000 });
  });
  it('eval mode gives an Expression', () => {
    expect(parse('1 + 2', 'x.py', 'eval')).toMatchObject({ kind: 'Expression', body: { kind: 'BinOp', op: 'Add' } });
  });
  it('the parser is reused: a syntax error does not affect the next call', () => {
    expect(() => parse('x = (1 +\n', 'x.py')).toThrow(PySyntaxError);
    expect(parse('x = 1\n', 'x.py')).toMatchObject({ kind: 'Module' });
  });
});
