// The tokenizer: token kinds and images, NEWLINE/INDENT/DEDENT from indentation, byte columns,
// and the lexical errors CPython's tokenizer raises.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/lexer/tokenize.js';
import { PySyntaxError } from '../../src/parser/errors.js';

function kinds(src: string): string[] {
  return tokenize(src, 'x.py').tokens.map((t) => (t.image === '' ? t.tokenType.name : `${t.tokenType.name}:${t.image}`));
}

function lexError(src: string): PySyntaxError {
  try {
    tokenize(src, 'x.py');
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('tokens', () => {
  it('names, keywords and soft keywords', () => {
    expect(kinds('if iffy and match case _ assert async as\n')).toEqual([
      'KW_if:if', 'Name:iffy', 'KW_and:and', 'Name:match', 'Name:case', 'Name:_', 'KW_assert:assert', 'KW_async:async', 'KW_as:as', 'NEWLINE',
    ]);
  });
  it('operators longest first', () => {
    expect(kinds('a **= b // c ... d -> e := f != g <<= h >> i @ j\n').filter((k) => !k.startsWith('Name'))).toEqual([
      'PowAssign:**=', 'DoubleSlash://', 'Ellipsis:...', 'Arrow:->', 'ColonEqual::=', 'NotEqual:!=', 'LShiftAssign:<<=', 'RShift:>>', 'At:@', 'NEWLINE',
    ]);
  });
  it('numbers of every form', () => {
    const nums = ['0', '1_000', '0x_fF', '0o17', '0B1010', '1.5', '.5', '5.', '1e10', '1.5E-3', '3j', '1.5J', '1_0.0_1e1_0'];
    expect(kinds(nums.join(' ') + '\n').slice(0, -1)).toEqual(nums.map((n) => `Number:${n}`));
  });
  it('string prefixes and quotes', () => {
    const strs = [`'a'`, `"b"`, `'''c\nd'''`, `"""e"""`, `r'\\d'`, `Rb'x'`, `bR"y"`, `f'{x}'`, `rF"z"`, `u'w'`, `'it\\'s'`];
    expect(kinds(strs.join(' ') + '\n').slice(0, -1)).toEqual(strs.map((s) => `String:${s}`));
  });
  it('columns are UTF-8 byte offsets', () => {
    const t = tokenize('é = "€" + x\n', 'x.py').tokens;
    expect(t.map((x) => [x.startColumn, x.endColumn])).toEqual([[0, 2], [3, 4], [5, 10], [11, 12], [13, 14], [14, 15]]);
  });
});

describe('indentation', () => {
  it('INDENT and DEDENT around blocks', () => {
    expect(kinds('if a:\n    b\n    if c:\n        d\ne\n')).toEqual([
      'KW_if:if', 'Name:a', 'Colon::', 'NEWLINE', 'INDENT', 'Name:b', 'NEWLINE', 'KW_if:if', 'Name:c', 'Colon::', 'NEWLINE',
      'INDENT', 'Name:d', 'NEWLINE', 'DEDENT', 'DEDENT', 'Name:e', 'NEWLINE',
    ]);
  });
  it('blank lines, comment-only lines and brackets do not count', () => {
    expect(kinds('x = (1,\n  2)\n\n   # comment\n  \ny = [\n3]\n')).toEqual([
      'Name:x', 'Equal:=', 'LPar:(', 'Number:1', 'Comma:,', 'Number:2', 'RPar:)', 'NEWLINE',
      'Name:y', 'Equal:=', 'LSqb:[', 'Number:3', 'RSqb:]', 'NEWLINE',
    ]);
  });
  it('backslash continuation joins lines', () => {
    expect(kinds('x = 1 + \\\n      2\n')).toEqual(['Name:x', 'Equal:=', 'Number:1', 'Plus:+', 'Number:2', 'NEWLINE']);
  });
  it('tabs go to multiples of 8 and match 8 spaces only when consistent', () => {
    expect(kinds('if a:\n\tb\n\tc\n')).toContain('INDENT');
    const e = lexError('if 1:\n\tx\n        y\n');
    expect([e.type, e.msg, e.lineno]).toEqual(['TabError', 'inconsistent use of tabs and spaces in indentation', 3]);
  });
  it('dedent to an unknown level is an IndentationError with its position', () => {
    const e = lexError('if 1:\n    x\n  y\n');
    expect([e.type, e.msg, e.lineno, e.offset]).toEqual(['IndentationError', 'unindent does not match any outer indentation level', 3, 4]);
  });
  it('missing final newline still ends the line; blocks close at EOF', () => {
    expect(kinds('if a:\n  b')).toEqual(['KW_if:if', 'Name:a', 'Colon::', 'NEWLINE', 'INDENT', 'Name:b', 'NEWLINE', 'DEDENT']);
  });
  it('one tracker per call: a failed call leaves nothing behind', () => {
    expect(() => tokenize('if 1:\n    x\n  y\n', 'x.py')).toThrow(PySyntaxError);
    expect(kinds('a\n')).toEqual(['Name:a', 'NEWLINE']);
  });
});

describe('lexical errors', () => {
  it("'(' was never closed is returned for the parser to raise at end of input", () => {
    const r = tokenize('x = (1,\n2\n', 'x.py');
    expect([r.unclosed?.msg, r.unclosed?.lineno, r.unclosed?.offset]).toEqual(["'(' was never closed", 1, 5]);
  });
  const cases: [string, string, number, number][] = [
    ["x = 'abc\n", 'unterminated string literal (detected at line 1)', 1, 5],
    ["x = '''abc\n\ny\n", 'unterminated triple-quoted string literal (detected at line 3)', 1, 5],
    ['a = 1€\n', "invalid character '€' (U+20AC)", 1, 6],
    [')\n', "unmatched ')'", 1, 1],
    ['(]\n', "closing parenthesis ']' does not match opening parenthesis '('", 1, 2],
    ['x = [\n1)\n', "closing parenthesis ')' does not match opening parenthesis '[' on line 1", 2, 2],
    ['0123\n', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', 1, 1],
    ['1abc\n', 'invalid decimal literal', 1, 1],
    ['0b12\n', "invalid digit '2' in binary literal", 1, 4],
    ['x = ' + '('.repeat(500) + ')'.repeat(500) + '\n', 'too many nested parentheses', 1, 205],
  ];
  for (const [src, msg, line, offset] of cases) {
    it(msg, () => {
      const e = lexError(src);
      expect([e.msg, e.lineno, e.offset]).toEqual([msg, line, offset]);
    });
  }
});
