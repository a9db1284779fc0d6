// 100 nested indented blocks: python3 prints the line without a caret (offset 1, end_offset 0).
import { describe, expect, it } from 'vitest';
import { formatSyntaxError, parse, PySyntaxError } from '../../src/parser/index.js';

describe('too many levels of indentation', () => {
  it('matches python3', () => {
    let src = '';
    for (let i = 0; i < 150; i++) src += '    '.repeat(i) + 'if x:\n';
    src += '    '.repeat(150) + 'pass\n';
    let err: unknown = null;
    try { parse(src, 'b08.py'); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(PySyntaxError);
    const e = err as PySyntaxError;
    expect([e.lineno, e.offset, e.end_offset]).toEqual([101, 1, 0]);
    expect(formatSyntaxError(e)).toBe('  File "b08.py", line 101\n    if x:\nIndentationError: too many levels of indentation\n');
  });
});
