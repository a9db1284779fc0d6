// What chevrotain's Lexer learns about each token type by parsing its regular expression, kept
// as plain data so that building the lexer at start-up need not parse any (no CPython
// counterpart: CPython's tokenizer is hand-written C).
//
// When a Lexer is built, chevrotain reads every regexp pattern (with its regexp-to-ast parser)
// twice: to know whether a match can contain a line terminator (for line/column tracking), and
// to know which first characters can start a match (the "first char" optimization: for each
// next character the lexer tries only the token types that can start with it). It skips both
// for a token type that states them itself (line_breaks, start_chars_hint). recordLexerHints
// reads the answers off a lexer built the usual way (scripts/build.mjs, at build time);
// applyLexerHints states them on the token types before the run-time lexer is built, which then
// has exactly the same tables (tests/lexer/lexer-hints.test.ts compares them).
import type { Lexer, TokenType } from 'chevrotain';

/** Per token type name: [match can hold a line break (0/1), character codes that can start one]. */
export type LexerHints = Record<string, [0 | 1, number[]]>;

/** One entry of a chevrotain 11 Lexer's per-pattern table (only what is read here). */
interface PatternConfig { tokenType: TokenType; canLineTerminator: boolean }
/** The parts of chevrotain 11's Lexer state read here (single-mode lexers). */
interface LexerInternals {
  patternIdxToConfig: Record<string, PatternConfig[]>;
  charCodeToPatternIdxToConfig: Record<string, Array<PatternConfig[] | undefined>>;
  canModeBeOptimized: Record<string, boolean>;
}

const MODE = 'defaultMode';

/**
 * chevrotain files a character code under its own number below 256, and codes from 255 up in
 * buckets of 255 (numbered 256, 257, ...): one code of a bucket stands for it.
 */
function codeOfBucket(bucket: number): number {
  return bucket < 256 ? bucket : Math.max(256, (bucket - 255) * 255);
}

/**
 * Build time: the hints of every token type whose pattern is a regexp, read from a lexer built
 * from `tokens` without them. null when that lexer could not use the first-char optimization
 * (then there is nothing to state).
 */
export function recordLexerHints(lexer: Lexer, tokens: readonly TokenType[]): LexerHints | null {
  const L = lexer as unknown as LexerInternals;
  if (L.canModeBeOptimized[MODE] !== true) return null;
  const configs = L.patternIdxToConfig[MODE] ?? [];
  const buckets = L.charCodeToPatternIdxToConfig[MODE] ?? [];
  const hints: LexerHints = {};
  for (const t of tokens) {
    if (!(t.PATTERN instanceof RegExp)) continue;
    const config = configs.find((c) => c.tokenType === t);
    if (config === undefined) continue;
    const starts: number[] = [];
    buckets.forEach((list, bucket) => {
      if (list?.includes(config) === true) starts.push(codeOfBucket(bucket));
    });
    hints[t.name] = [config.canLineTerminator ? 1 : 0, starts];
  }
  return hints;
}

/**
 * Run time: states the recorded answers on the token types (those that do not state their own),
 * before the Lexer is built. A hint for a token type that is not in `tokens` means the hints are
 * stale: an error.
 */
export function applyLexerHints(tokens: readonly TokenType[], hints: LexerHints | null): void {
  if (hints === null) return;
  const byName = new Map(tokens.map((t) => [t.name, t]));
  for (const [name, [lineBreaks, starts]] of Object.entries(hints)) {
    const t = byName.get(name);
    if (t === undefined || !(t.PATTERN instanceof RegExp)) throw new Error(`lexer hints: no regexp token type ${name} (rebuild the hints)`);
    if (!Object.prototype.hasOwnProperty.call(t, 'LINE_BREAKS')) t.LINE_BREAKS = lineBreaks === 1;
    if (t.START_CHARS_HINT === undefined) t.START_CHARS_HINT = starts;
  }
}
