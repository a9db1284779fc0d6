// The Name token's matcher scans ASCII names itself and builds its Unicode regexp only for a name
// with a non-ASCII character (src/lexer/tokens.ts): it must match exactly what the regexp alone
// matches, at every offset of any text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Name } from '../../src/lexer/tokens.js';

/** The pattern as the lexer used it before the ASCII scan (PEP 3131, approximated). */
const REFERENCE = /[\p{L}\p{Nl}_\u1885\u1886\u2118\u212E\u309B\u309C][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u00B7\u0387\u1369-\u1371\u19DA_\u1885\u1886\u2118\u212E\u309B\u309C]*/uy;

type Matcher = (text: string, offset: number) => RegExpExecArray | null;
const matchName = Name.PATTERN as unknown as Matcher;

function reference(text: string, offset: number): string | null {
  REFERENCE.lastIndex = offset;
  const m = REFERENCE.exec(text);
  return m === null ? null : m[0];
}

function scanned(text: string, offset: number): string | null {
  const m = matchName(text, offset);
  return m === null ? null : m[0];
}

// ASCII name characters and their neighbours, letters and marks beyond ASCII, the extra
// start/continue characters, a digit of another script, an astral letter and a lone surrogate
const PIECES = ['a', 'Z', 'q', '_', '0', '9', ' ', '(', '.', '\n', '$', '@', '`', '{', '/', ':', '[',
  '\u00e9', '\u00df', '\u0301', '\u00b7', '\u0387', '\u4e2d', '\u2118', '\u1885', '\u0663', '\u{1d518}', '\ud835', '\u00a0', '\u00aa'];

describe('Name matcher', () => {
  it('matches what the Unicode pattern matches, at every offset', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 10 }), (parts) => {
      const text = parts.join('');
      for (let o = 0; o <= text.length; o++) expect(scanned(text, o)).toBe(reference(text, o));
    }), { numRuns: 3000 });
  });

  it('scans plain names, stops at the first other character, and hands Unicode to the pattern', () => {
    expect(scanned('spam_1 = 2', 0)).toBe('spam_1');
    expect(scanned('x.y', 2)).toBe('y');
    expect(scanned('9lives', 0)).toBeNull();
    expect(scanned('caf\u00e9 = 1', 0)).toBe('caf\u00e9');
    expect(scanned('\u00e9t\u00e9', 0)).toBe('\u00e9t\u00e9');
    expect(scanned('a\u00a0b', 0)).toBe('a');
    expect(scanned('', 0)).toBeNull();
  });
});
