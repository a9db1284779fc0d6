// The lexer built from recorded hints (src/lexer/lexer-hints.ts), as the bundled CLI builds it,
// has exactly the tables of the lexer that analyses its regexps: same first-character buckets
// (same token types, same order) and the same line-break flags.
import { describe, expect, it } from 'vitest';
import { Lexer, type TokenType } from 'chevrotain';
import { allTokens, LEXER_CONFIG, rawLexer } from '../../src/lexer/tokens.js';
import { applyLexerHints, recordLexerHints } from '../../src/lexer/lexer-hints.js';

interface Internals {
  patternIdxToConfig: { defaultMode: Array<{ tokenType: TokenType; canLineTerminator: boolean }> };
  charCodeToPatternIdxToConfig: { defaultMode: Array<Array<{ tokenType: TokenType }> | undefined> };
  canModeBeOptimized: { defaultMode: boolean };
}

/** The lexer's tables, by token type name. */
function tablesOf(lexer: Lexer): { lineBreaks: string[]; buckets: string[] } {
  const L = lexer as unknown as Internals;
  return {
    lineBreaks: L.patternIdxToConfig.defaultMode.map((c) => `${c.tokenType.name}:${c.canLineTerminator}`),
    buckets: L.charCodeToPatternIdxToConfig.defaultMode.map((list, i) => `${i}:${(list ?? []).map((c) => c.tokenType.name).join(',')}`),
  };
}

describe('lexer hints', () => {
  it('give a lexer with the tables of the analysed one', () => {
    const hints = recordLexerHints(rawLexer, allTokens);
    expect(hints).not.toBeNull();
    // fresh copies of the token types, so that the module's own stay as they are
    const copies = allTokens.map((t) => ({ ...t }));
    const bySource = new Map(allTokens.map((t, i) => [t, copies[i] as TokenType]));
    for (const c of copies) {
      if (c.LONGER_ALT !== undefined) c.LONGER_ALT = Array.isArray(c.LONGER_ALT) ? c.LONGER_ALT.map((t) => bySource.get(t) as TokenType) : bySource.get(c.LONGER_ALT);
      if (c.CATEGORIES !== undefined) c.CATEGORIES = c.CATEGORIES.map((t) => bySource.get(t) ?? t);
    }
    applyLexerHints(copies, hints);
    const hinted = new Lexer(copies, LEXER_CONFIG);
    expect((hinted as unknown as Internals).canModeBeOptimized.defaultMode).toBe(true);
    expect(tablesOf(hinted)).toEqual(tablesOf(rawLexer));
    const source = 'def f(x, *a, **k):\n    return [x + 1.5e3j, "s\\n", b\'\\x00\', f"{x!r:>4}"] # c\n\\\n  x >>= 0x_ff\n';
    expect(hinted.tokenize(source).tokens.map((t) => `${t.tokenType.name}@${t.startOffset}`))
      .toEqual(rawLexer.tokenize(source).tokens.map((t) => `${t.tokenType.name}@${t.startOffset}`));
  });

  it('are refused for a token type the lexer does not have', () => {
    expect(() => applyLexerHints(allTokens, { NoSuchToken: [0, [65]] })).toThrow(/NoSuchToken/);
  });
});
