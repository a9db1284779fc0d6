// A tree too deep for the checker's recursion: CPython's compiler raises "maximum recursion
// depth exceeded during compilation" (python3 on `x = a+a+...` with 100000 terms); ours must
// report that message as a PySyntaxError, never a JavaScript RangeError.
import { describe, expect, it } from 'vitest';
import { checkModule, formatSyntaxError, parse, PySyntaxError } from '../../src/parser/index.js';
import type { Module } from '../../src/parser/ast.js';

describe('checkModule on very deep trees', () => {
  it('a 300000-term sum', () => {
    const src = 'x = ' + Array(300000).fill('a').join('+') + '\n';
    const tree = parse(src, 'deep.py') as Module;
    let err: unknown = null;
    try { checkModule(tree, 'deep.py', src); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(PySyntaxError);
    expect(formatSyntaxError(err as PySyntaxError)).toBe('SyntaxError: maximum recursion depth exceeded during compilation\n');
  });
});
