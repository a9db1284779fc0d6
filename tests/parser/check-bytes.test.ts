// checkModule given the source as bytes (what the CLI hands over), decoded as parse() does;
// expected text recorded from `python3 file.py`.
import { describe, expect, it } from 'vitest';
import { checkModule, formatSyntaxError, parse, PySyntaxError } from '../../src/parser/index.js';
import type { Module } from '../../src/parser/ast.js';

function errorText(src: Uint8Array): string {
  try {
    checkModule(parse(src, 'x.py') as Module, 'x.py', src);
  } catch (e) {
    if (e instanceof PySyntaxError) return formatSyntaxError(e);
    throw e;
  }
  return 'OK';
}

describe('checkModule on bytes', () => {
  it('utf-8 with a BOM', () => {
    const src = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("s = 'é'\nreturn 1\n")]);
    expect(errorText(src)).toBe('  File "x.py", line 2\n    return 1\n    ^^^^^^^^\nSyntaxError: \'return\' outside function\n');
  });
  it('latin-1 coding cookie', () => {
    const head = new TextEncoder().encode('# -*- coding: latin-1 -*-\ns = "');
    const tail = new TextEncoder().encode('"\nbreak\n');
    const src = new Uint8Array([...head, 0xe9, ...tail]);
    expect(errorText(src)).toBe('  File "x.py", line 3\n    break\n    ^^^^^\nSyntaxError: \'break\' outside loop\n');
  });
  it('clean module', () => {
    expect(errorText(new TextEncoder().encode('def f():\n    return 1\n'))).toBe('OK');
  });
});
