// Python 3.11's token vocabulary as chevrotain token types (mirrors Grammar/Tokens and the
// scanning part of CPython's Parser/tokenizer.c, tok_get).
//
// Start at `allTokens`: the chevrotain Lexer tries these in order. Keywords are their own
// token types (with `longer_alt: Name` so `iffy` stays a name); the soft keywords `match`,
// `case` and `_` are plain Names, recognised by the parser from their image.
// NEWLINE/INDENT/DEDENT are not produced by the chevrotain Lexer: tokenize.ts derives them
// from the raw `Newline` tokens and the indentation of each logical line.

import { createToken, Lexer, type TokenType, type CustomPatternMatcherFunc } from 'chevrotain';
import { applyLexerHints } from './lexer-hints.js';
import { PREBUILT_LEXER_HINTS } from './prebuilt-lexer-hints.js';

// ---- string literals ------------------------------------------------------------------
// A custom matcher: prefix, then a quote, then the body up to the matching close quote.
// An unterminated string does not match here; `BadString` below picks it up so the
// tokenizer can raise CPython's "unterminated string literal" error.

const PREFIX_RE = /(?:[rR][bBfF]?|[bBfF][rR]?|[uU])?(?='|")/y;

/** Scans a string literal starting at `offset`; returns its end offset or -1. */
export function scanStringEnd(text: string, offset: number): number {
  PREFIX_RE.lastIndex = offset;
  if (!PREFIX_RE.test(text)) return -1;
  let i = PREFIX_RE.lastIndex;
  const q = text.charCodeAt(i);
  const triple = text.charCodeAt(i + 1) === q && text.charCodeAt(i + 2) === q;
  i += triple ? 3 : 1;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) { i += 2; continue; }
    if (c === q) {
      if (!triple) return i + 1;
      if (text.charCodeAt(i + 1) === q && text.charCodeAt(i + 2) === q) return i + 3;
    } else if (!triple && (c === 10 || c === 13)) {
      return -1;
    }
    i++;
  }
  return -1;
}

const matchString: CustomPatternMatcherFunc = (text, offset) => {
  const end = scanStringEnd(text, offset);
  if (end < 0) return null;
  const m = [text.slice(offset, end)] as unknown as RegExpExecArray;
  return m;
};

/** An unterminated literal: from the quote to the end of the line (or file, for triple). */
const matchBadString: CustomPatternMatcherFunc = (text, offset) => {
  PREFIX_RE.lastIndex = offset;
  if (!PREFIX_RE.test(text)) return null;
  const i = PREFIX_RE.lastIndex;
  const q = text.charCodeAt(i);
  const triple = text.charCodeAt(i + 1) === q && text.charCodeAt(i + 2) === q;
  let end = text.length;
  if (!triple) {
    let j = i + 1;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (c === 92) { j += 2; continue; }
      if (c === 10 || c === 13) break;
      j++;
    }
    end = Math.min(j, text.length);
  }
  return [text.slice(offset, end)] as unknown as RegExpExecArray;
};

const STRING_START = ['"', "'", 'r', 'R', 'b', 'B', 'f', 'F', 'u', 'U'];

// ---- names ------------------------------------------------------------------------------
// PEP 3131 identifiers: XID_Start / XID_Continue (approximated with Unicode properties).
const NAME_PATTERN = '[\\p{L}\\p{Nl}_\\u1885\\u1886\\u2118\\u212E\\u309B\\u309C][\\p{L}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}\\u00B7\\u0387\\u1369-\\u1371\\u19DA_\\u1885\\u1886\\u2118\\u212E\\u309B\\u309C]*';
/**
 * The pattern as a sticky regexp, built on first use: its Unicode property classes cost V8 about
 * a millisecond to parse and another to compile, which a script whose names are all ASCII (the
 * scan below decides those) never pays.
 */
let nameRe: RegExp | null = null;

/** An ASCII letter, digit or underscore: the only ASCII characters of XID_Continue. */
export function isAsciiNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

const matchName: CustomPatternMatcherFunc = (text, offset) => {
  const first = text.charCodeAt(offset);
  if (first < 128 && isAsciiNameChar(first) && !(first >= 48 && first <= 57)) {
    let i = offset + 1;
    let c = text.charCodeAt(i);
    while (c < 128 && isAsciiNameChar(c)) c = text.charCodeAt(++i);
    // an ASCII name ends at an ASCII character or the end of the text (NaN)
    if (!(c >= 128)) return [text.slice(offset, i)] as unknown as RegExpExecArray;
  } else if (first < 128) {
    return null;
  }
  nameRe ??= new RegExp(NAME_PATTERN, 'uy');
  nameRe.lastIndex = offset;
  return nameRe.exec(text);
};

export const Name = createToken({
  name: 'Name', pattern: matchName, line_breaks: false,
  start_chars_hint: [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_'],
});
// Non-ASCII identifier starts are found by the same matcher through this second type, so
// the lexer's first-character optimisation stays on for the ASCII case.
const NameUnicode = createToken({
  name: 'NameUnicode', pattern: matchName, line_breaks: false, categories: [Name],
  start_chars_hint: nonAsciiHints(),
});

/** One code unit per chevrotain first-char bucket above ASCII (codes >= 256 share buckets of 256). */
function nonAsciiHints(): number[] {
  const out: number[] = [];
  for (let c = 128; c < 256; c++) out.push(c);
  for (let c = 256; c < 0x10000; c += 256) out.push(c);
  return out;
}

export const Number = createToken({
  name: 'Number',
  pattern: /(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:(?:[0-9](?:_?[0-9])*)?\.[0-9](?:_?[0-9])*|[0-9](?:_?[0-9])*\.?)(?:[eE][+-]?[0-9](?:_?[0-9])*)?[jJ]?)/,
});
export const String = createToken({
  name: 'String', pattern: matchString, line_breaks: true, start_chars_hint: STRING_START,
});
export const BadString = createToken({
  name: 'BadString', pattern: matchBadString, line_breaks: true, start_chars_hint: STRING_START,
});

export const Whitespace = createToken({ name: 'Whitespace', pattern: /[ \t\f]+/, group: Lexer.SKIPPED });
export const Comment = createToken({ name: 'Comment', pattern: /#[^\r\n]*/, group: Lexer.SKIPPED });
export const Continuation = createToken({
  name: 'Continuation', pattern: /\\(?:\r\n|\r|\n)/, group: 'continuation', line_breaks: true,
});
export const Newline = createToken({ name: 'Newline', pattern: /\r\n|\r|\n/, line_breaks: true });

// Synthesised by tokenize.ts.
export const NEWLINE = createToken({ name: 'NEWLINE', pattern: Lexer.NA });
export const INDENT = createToken({ name: 'INDENT', pattern: Lexer.NA });
export const DEDENT = createToken({ name: 'DEDENT', pattern: Lexer.NA });
/** The soft keyword `match` at the start of a match statement (tokenize.ts decides). */
export const MatchKw = createToken({ name: 'MatchKw', pattern: Lexer.NA });

// ---- keywords ---------------------------------------------------------------------------
const KEYWORDS = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
  'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
  'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
  'try', 'while', 'with', 'yield',
] as const;
export type Keyword = (typeof KEYWORDS)[number];

function kw(word: Keyword): TokenType {
  return createToken({ name: `KW_${word}`, pattern: new RegExp(word), longer_alt: Name });
}
export const K = Object.freeze(Object.fromEntries(KEYWORDS.map((w) => [w, kw(w)])) as Record<Keyword, TokenType>);

// ---- operators and delimiters (longest first) -------------------------------------------
function op(name: string, image: string, categories?: TokenType[]): TokenType {
  const escaped = image.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return createToken({ name, pattern: new RegExp(escaped), ...(categories ? { categories } : {}) });
}

/** Category of every augmented-assignment operator. */
export const AugAssignOp = createToken({ name: 'AugAssignOp', pattern: Lexer.NA });
/** Category of the comparison operators that are single tokens. */
export const CompOp = createToken({ name: 'CompOp', pattern: Lexer.NA });

export const Ellipsis = op('Ellipsis', '...');
export const PowAssign = op('PowAssign', '**=', [AugAssignOp]);
export const FloorDivAssign = op('FloorDivAssign', '//=', [AugAssignOp]);
export const LShiftAssign = op('LShiftAssign', '<<=', [AugAssignOp]);
export const RShiftAssign = op('RShiftAssign', '>>=', [AugAssignOp]);
export const Arrow = op('Arrow', '->');
export const ColonEqual = op('ColonEqual', ':=');
export const PlusAssign = op('PlusAssign', '+=', [AugAssignOp]);
export const MinusAssign = op('MinusAssign', '-=', [AugAssignOp]);
export const StarAssign = op('StarAssign', '*=', [AugAssignOp]);
export const SlashAssign = op('SlashAssign', '/=', [AugAssignOp]);
export const PercentAssign = op('PercentAssign', '%=', [AugAssignOp]);
export const AtAssign = op('AtAssign', '@=', [AugAssignOp]);
export const AmperAssign = op('AmperAssign', '&=', [AugAssignOp]);
export const VbarAssign = op('VbarAssign', '|=', [AugAssignOp]);
export const CircumflexAssign = op('CircumflexAssign', '^=', [AugAssignOp]);
export const EqEqual = op('EqEqual', '==', [CompOp]);
export const NotEqual = op('NotEqual', '!=', [CompOp]);
export const LessEqual = op('LessEqual', '<=', [CompOp]);
export const GreaterEqual = op('GreaterEqual', '>=', [CompOp]);
export const DoubleStar = op('DoubleStar', '**');
export const DoubleSlash = op('DoubleSlash', '//');
export const LShift = op('LShift', '<<');
export const RShift = op('RShift', '>>');
export const Less = op('Less', '<', [CompOp]);
export const Greater = op('Greater', '>', [CompOp]);
export const Plus = op('Plus', '+');
export const Minus = op('Minus', '-');
export const Star = op('Star', '*');
export const Slash = op('Slash', '/');
export const Percent = op('Percent', '%');
export const At = op('At', '@');
export const Amper = op('Amper', '&');
export const Vbar = op('Vbar', '|');
export const Circumflex = op('Circumflex', '^');
export const Tilde = op('Tilde', '~');
export const Equal = op('Equal', '=');
export const Dot = op('Dot', '.');
export const Comma = op('Comma', ',');
export const Colon = op('Colon', ':');
export const Semi = op('Semi', ';');
export const LPar = op('LPar', '(');
export const RPar = op('RPar', ')');
export const LSqb = op('LSqb', '[');
export const RSqb = op('RSqb', ']');
export const LBrace = op('LBrace', '{');
export const RBrace = op('RBrace', '}');
/** `!` alone is not a Python 3.11 token; kept so the error says "invalid syntax" at it. */
export const Bang = op('Bang', '!');

export const allTokens: TokenType[] = [
  Whitespace, Continuation, Newline, Comment,
  String, BadString,
  // longest first, so `as` does not take the start of `assert` / `async`
  ...[...KEYWORDS].sort((a, b) => b.length - a.length).map((w) => K[w]),
  Name,
  Number,
  Ellipsis, PowAssign, FloorDivAssign, LShiftAssign, RShiftAssign, Arrow, ColonEqual,
  PlusAssign, MinusAssign, StarAssign, SlashAssign, PercentAssign, AtAssign, AmperAssign,
  VbarAssign, CircumflexAssign, EqEqual, NotEqual, LessEqual, GreaterEqual, DoubleStar,
  DoubleSlash, LShift, RShift, Less, Greater, Plus, Minus, Star, Slash, Percent, At, Amper,
  Vbar, Circumflex, Tilde, Equal, Dot, Comma, Colon, Semi, LPar, RPar, LSqb, RSqb, LBrace,
  RBrace, Bang,
  NameUnicode,
  AugAssignOp, CompOp, NEWLINE, INDENT, DEDENT, MatchKw,
];

/** How the raw lexer is configured (also scripts/build.mjs's, recording the lexer hints). */
export const LEXER_CONFIG = { positionTracking: 'full', ensureOptimizations: false, skipValidations: true } as const;

/**
 * The raw chevrotain lexer; built once, stateless between calls. The bundled CLI states the
 * lexer hints recorded at build time first (lexer-hints.ts), which spares the regexp analysis.
 */
export const rawLexer = buildRawLexer();

function buildRawLexer(): Lexer {
  applyLexerHints(allTokens, PREBUILT_LEXER_HINTS);
  return new Lexer(allTokens, LEXER_CONFIG);
}
