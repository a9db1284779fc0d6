// The tokenizer: chevrotain's raw tokens plus NEWLINE / INDENT / DEDENT, as CPython's
// Parser/tokenizer.c (tok_get and its indentation block) produces them.
//
// Start at `tokenize`. Each call builds its own `IndentTracker`; nothing survives the call.
// Positions: every token gets `startLine`/`endLine` (1-based) and `startColumn`/`endColumn`
// as 0-based UTF-8 byte columns, end exclusive — the convention of Python's `ast` —
// instead of chevrotain's character columns. `startOffset` stays a character offset.

import { createTokenInstance, type IToken, type TokenType } from 'chevrotain';
import * as T from './tokens.js';
import { PySyntaxError } from '../parser/errors.js';

/** Line table of a source text: line starts, and UTF-8 byte columns for non-ASCII lines. */
export class SourceLines {
  readonly starts: number[] = [0];
  private readonly ascii: boolean[] = [];
  constructor(readonly text: string, readonly filename: string) {
    const n = text.length;
    let asciiLine = true;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        this.ascii.push(asciiLine);
        asciiLine = true;
        this.starts.push(i + 1);
      } else if (c > 127) {
        asciiLine = false;
      }
    }
    this.ascii.push(asciiLine);
  }
  get lineCount(): number { return this.starts.length; }
  /** 1-based line of a character offset, searching from `hint` (a 1-based line). */
  lineOf(offset: number, hint = 1): number {
    let li = hint - 1;
    const s = this.starts;
    if (li < 0 || li >= s.length || (s[li] as number) > offset) li = 0;
    while (li + 1 < s.length && (s[li + 1] as number) <= offset) li++;
    return li + 1;
  }
  /** UTF-8 byte column of a character offset on 1-based line `line`. */
  byteCol(line: number, offset: number): number {
    const start = this.starts[line - 1] as number;
    if (this.ascii[line - 1]) return offset - start;
    let b = 0;
    for (let i = start; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      if (c < 0x80) b += 1;
      else if (c < 0x800) b += 2;
      else if (c >= 0xd800 && c < 0xdc00) { b += 4; i++; }
      else b += 3;
    }
    return b;
  }
  /** Character offset of a byte column on a line (inverse of byteCol). */
  charOffset(line: number, byteCol: number): number {
    const start = this.starts[line - 1] as number;
    if (this.ascii[line - 1]) return start + byteCol;
    let b = 0;
    let i = start;
    while (b < byteCol && i < this.text.length) {
      const c = this.text.charCodeAt(i);
      if (c < 0x80) b += 1;
      else if (c < 0x800) b += 2;
      else if (c >= 0xd800 && c < 0xdc00) { b += 4; i++; }
      else b += 3;
      i++;
    }
    return i;
  }
  /** The text of a 1-based line, with its line ending. */
  lineText(line: number): string {
    const s = this.starts[line - 1];
    if (s === undefined) return '';
    const e = this.starts[line] ?? this.text.length;
    return this.text.slice(s, e);
  }
  /** A syntax error at a character offset range (end exclusive). */
  error(type: PySyntaxError['type'], msg: string, start: number, end: number = start + 1): PySyntaxError {
    const line = this.lineOf(start);
    const endLine = this.lineOf(Math.max(start, end - 1), line);
    const ls = this.starts[line - 1] as number;
    const els = this.starts[endLine - 1] as number;
    return new PySyntaxError(type, msg, this.filename, line, start - ls + 1, endLine, end - els + 1, this.lineText(line));
  }
}

export interface TokenizeResult {
  tokens: IToken[];
  lines: SourceLines;
  /**
   * "'(' was never closed" when input ends inside brackets. Not thrown here: CPython reports
   * it only if the parser fails at the end of input (a parse error earlier wins).
   */
  unclosed: PySyntaxError | null;
  /** index in `tokens` of the first token synthesized at end of input */
  endIndex: number;
}

const MAXINDENT = 100;
const MAXLEVEL = 200;

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** Per-call indentation state (CPython's tok->indstack / altindstack). */
class IndentTracker {
  readonly cols: number[] = [0];
  readonly altcols: number[] = [0];
}

function synth(type: TokenType, offset: number, line: number, col: number): IToken {
  const t = createTokenInstance(type, '', offset, offset, line, line, col, col);
  return t;
}

/** Tokenizes a whole source text; throws PySyntaxError on a lexical error. */
export function tokenize(text: string, filename: string): TokenizeResult {
  const lines = new SourceLines(text, filename);
  const lexed = T.rawLexer.tokenize(text);
  const raw = lexed.tokens;
  const firstLexError = lexed.errors[0];
  const errorOffset = firstLexError ? firstLexError.offset : Infinity;
  const out: IToken[] = [];
  const ind = new IndentTracker();
  const brackets: IToken[] = [];
  let atLineStart = true;
  let line = 1;
  let lastTokenEnd = 0;

  const positionToken = (tok: IToken): void => {
    const start = tok.startOffset;
    const end = start + tok.image.length;
    line = lines.lineOf(start, line);
    const endLine = tok.tokenType === T.String ? lines.lineOf(end, line) : line;
    tok.startLine = line;
    tok.startColumn = lines.byteCol(line, start);
    tok.endLine = endLine;
    tok.endColumn = lines.byteCol(endLine, end);
    tok.endOffset = end;
  };

  for (let i = 0; i < raw.length; i++) {
    const tok = raw[i] as IToken;
    if (tok.startOffset > errorOffset) break;
    const tt = tok.tokenType;
    if (tt === T.Newline) {
      if (brackets.length > 0 || atLineStart) continue;
      positionToken(tok);
      const nl = synth(T.NEWLINE, tok.startOffset, tok.startLine ?? 1, tok.startColumn ?? 0);
      nl.endColumn = (tok.startColumn ?? 0) + 1;
      out.push(nl);
      atLineStart = true;
      continue;
    }
    positionToken(tok);
    if (tt === T.BadString) throw unterminatedString(tok, lines);
    if (atLineStart) {
      atLineStart = false;
      if (brackets.length === 0) indentLine(tok, lines, ind, out);
      if (tt === T.Name && tok.image === 'match' && startsMatchStatement(raw, i)) {
        tok.tokenType = T.MatchKw;
        tok.tokenTypeIdx = T.MatchKw.tokenTypeIdx as number;
      }
    }
    if (tt === T.Number) checkNumber(tok, raw[i + 1], lines, text);
    const img = tok.image;
    if (img.length === 1) {
      if (img === '(' || img === '[' || img === '{') {
        if (brackets.length >= MAXLEVEL) throw lines.error('SyntaxError', 'too many nested parentheses', tok.startOffset);
        brackets.push(tok);
      } else if (img === ')' || img === ']' || img === '}') {
        const open = brackets.pop();
        if (open === undefined) throw lines.error('SyntaxError', `unmatched '${img}'`, tok.startOffset);
        if (OPENERS[open.image] !== img) {
          const where = open.startLine !== tok.startLine ? ` on line ${open.startLine}` : '';
          throw lines.error('SyntaxError', `closing parenthesis '${img}' does not match opening parenthesis '${open.image}'${where}`, tok.startOffset);
        }
      }
    }
    lastTokenEnd = tok.endOffset ?? tok.startOffset;
    out.push(tok);
  }
  if (firstLexError) throw lexError(text, errorOffset, lines);
  // a backslash continuation with nothing after it
  const conts = lexed.groups.continuation;
  const lastCont = conts?.[conts.length - 1];
  if (lastCont !== undefined && lastCont.startOffset + lastCont.image.length >= text.length) {
    throw lines.error('SyntaxError', 'unexpected EOF while parsing', lastCont.startOffset + 1);
  }
  let unclosed: PySyntaxError | null = null;
  if (brackets.length > 0) {
    const open = brackets[brackets.length - 1] as IToken;
    unclosed = lines.error('SyntaxError', `'${open.image}' was never closed`, open.startOffset);
    // _PyPegen_tokenizer_error reports it with no end column (end_offset 0), and the line's text
    // keeps its newline only when nothing follows it in the source
    unclosed.end_offset = 0;
    const nl = text.indexOf('\n', open.startOffset);
    if (nl >= 0 && nl + 1 < text.length && unclosed.text !== null) unclosed.text = unclosed.text.replace(/\r?\n$/, '');
  }
  const endIndex = out.length;
  const endLine = lines.lineOf(text.length, line);
  const endCol = lines.byteCol(endLine, text.length);
  if (!atLineStart) {
    const nl = synth(T.NEWLINE, lastTokenEnd, line, endCol);
    nl.endColumn = endCol + 1;
    out.push(nl);
  }
  // DEDENTs for the blocks still open at the end of input, then EOF.
  while (ind.cols.length > 1) {
    ind.cols.pop();
    ind.altcols.pop();
    out.push(synth(T.DEDENT, text.length, endLine, 0));
  }
  return { tokens: out, lines, unclosed, endIndex };
}

/** Emits INDENT/DEDENT before the first token of a logical line (tok_get's indentation part). */
function indentLine(tok: IToken, lines: SourceLines, ind: IndentTracker, out: IToken[]): void {
  const lineNo = tok.startLine as number;
  const text = lines.text;
  const ls = lines.starts[lineNo - 1] as number;
  let col = 0;
  let altcol = 0;
  for (let i = ls; i < tok.startOffset; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) { col++; altcol++; }
    else if (c === 9) { col = (Math.floor(col / 8) + 1) * 8; altcol++; }
    else if (c === 12) { col = 0; altcol = 0; }
    else return; // a token after a backslash continuation: not the start of the line's text
  }
  const top = ind.cols[ind.cols.length - 1] as number;
  const alttop = ind.altcols[ind.altcols.length - 1] as number;
  const tabError = (): PySyntaxError => {
    const e = lines.error('TabError', 'inconsistent use of tabs and spaces in indentation', tok.startOffset);
    // CPython reports no column for it (no caret is printed)
    e.offset = 0;
    e.end_offset = 0;
    return e;
  };
  if (col === top) {
    if (altcol !== alttop) throw tabError();
  } else if (col > top) {
    if (ind.cols.length >= MAXINDENT) {
      // E_TOODEEP: CPython reports offset 1, end_offset 0 (and prints no caret).
      const err = lines.error('IndentationError', 'too many levels of indentation', tok.startOffset);
      err.offset = 1;
      err.end_offset = 0;
      throw err;
    }
    if (altcol <= alttop) throw tabError();
    ind.cols.push(col);
    ind.altcols.push(altcol);
    const t = synth(T.INDENT, tok.startOffset, lineNo, 0);
    t.endColumn = tok.startColumn ?? 0;
    out.push(t);
  } else {
    while (ind.cols.length > 1 && col < (ind.cols[ind.cols.length - 1] as number)) {
      ind.cols.pop();
      ind.altcols.pop();
      out.push(synth(T.DEDENT, tok.startOffset, lineNo, tok.startColumn ?? 0));
    }
    if (col !== ind.cols[ind.cols.length - 1]) {
      const lt = lines.lineText(lineNo).replace(/\r?\n$|\r$/, '');
      throw lines.error('IndentationError', 'unindent does not match any outer indentation level', ls + lt.length);
    }
    if (altcol !== ind.altcols[ind.altcols.length - 1]) throw tabError();
  }
}

/**
 * `match` is a keyword when its logical line reads `match <subject>:` and ends there — the
 * lookahead CPython's PEG parser gets by trying match_stmt first.
 */
function startsMatchStatement(raw: IToken[], i: number): boolean {
  const next = raw[i + 1];
  if (next === undefined) return false;
  const nt = next.tokenType;
  if (nt === T.Equal || nt === T.Dot || nt === T.Colon || nt === T.Newline || nt === T.Comma
    || nt === T.ColonEqual || nt === T.Semi || nt.CATEGORIES?.includes(T.AugAssignOp) === true) return false;
  let depth = 0;
  let last: IToken | null = null;
  for (let j = i + 1; j < raw.length; j++) {
    const t = raw[j] as IToken;
    const tt = t.tokenType;
    if (tt === T.Newline && depth === 0) break;
    if (tt === T.LPar || tt === T.LSqb || tt === T.LBrace) depth++;
    else if (tt === T.RPar || tt === T.RSqb || tt === T.RBrace) depth--;
    last = t;
  }
  return last !== null && last.tokenType === T.Colon;
}

function unterminatedString(tok: IToken, lines: SourceLines): PySyntaxError {
  const img = tok.image;
  const q = img.search(/['"]/);
  const quote = img.charAt(q);
  const triple = img.startsWith(quote.repeat(3), q);
  const lastLine = lines.lineOf(Math.max(tok.startOffset, tok.startOffset + img.length - 1), tok.startLine);
  if (triple) {
    return lines.error('SyntaxError', `unterminated triple-quoted string literal (detected at line ${lastLine})`, tok.startOffset);
  }
  return lines.error('SyntaxError', `unterminated string literal (detected at line ${tok.startLine})`, tok.startOffset);
}

/** Built on first use, as tokens.ts's name pattern: only a non-ASCII character after a number needs it. */
let idChar: RegExp | null = null;

/** c (one character) can continue an identifier (XID_Continue, approximated as tokens.ts's Name). */
function isIdChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return T.isAsciiNameChar(code);
  idChar ??= new RegExp('[\\p{L}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}_]', 'u');
  return idChar.test(c);
}

/**
 * The checks CPython's tok_get makes while scanning a number (tok_decimal_tail,
 * verify_end_of_number, the 0x/0o/0b loops, leading zeros), rescanning the source from the
 * token's start so the error and its column are CPython's whatever the token regex matched.
 */
function checkNumber(tok: IToken, _next: IToken | undefined, lines: SourceLines, text: string): void {
  const img = tok.image;
  if (/^0[0-9_]*[1-9][0-9_]*$/.test(img) && !/^[.eEjJ]/.test(text.charAt(tok.startOffset + img.length))) {
    throw lines.error('SyntaxError', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', tok.startOffset);
  }
  const bad = scanNumber(text, tok.startOffset);
  if (bad !== null) throw lines.error('SyntaxError', bad.msg, bad.at);
}

interface NumberError { readonly msg: string; readonly at: number }

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isHexDigit = (c: string): boolean => isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

/** Scans the number at text[start] as tok_get does; the error (caret offset) or null. */
function scanNumber(text: string, start: number): NumberError | null {
  let i = start;
  const err = (msg: string, at: number): NumberError => ({ msg, at });
  // tok_decimal_tail: digits with single underscores between them.
  const decimalTail = (): NumberError | null => {
    for (;;) {
      while (isDigit(text.charAt(i))) i++;
      if (text.charAt(i) !== '_') return null;
      i++;
      if (!isDigit(text.charAt(i))) return err('invalid decimal literal', i - 1);
    }
  };
  // verify_end_of_number: a number may not run into a name (a few keywords excepted).
  const verifyEnd = (kind: string): NumberError | null => {
    const c = text.charAt(i);
    for (const kw of ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or']) if (text.startsWith(kw, i)) return null;
    if (c !== '' && (c === '_' || isIdChar(c))) return err(`invalid ${kind} literal`, i - 1);
    return null;
  };
  const radix = (name: string, ok: (c: string) => boolean): NumberError | null => {
    i += 2;
    for (;;) {
      if (text.charAt(i) === '_') i++;
      const c = text.charAt(i);
      if (!ok(c)) {
        if (isDigit(c) && name !== 'hexadecimal') return err(`invalid digit '${c}' in ${name} literal`, i);
        return err(`invalid ${name} literal`, i - 1);
      }
      while (ok(text.charAt(i))) i++;
      if (text.charAt(i) !== '_') break;
    }
    const c = text.charAt(i);
    if (isDigit(c) && name !== 'hexadecimal') return err(`invalid digit '${c}' in ${name} literal`, i);
    return verifyEnd(name);
  };
  const c0 = text.charAt(i);
  if (c0 === '0') {
    const c1 = text.charAt(i + 1);
    if (c1 === 'x' || c1 === 'X') return radix('hexadecimal', isHexDigit);
    if (c1 === 'o' || c1 === 'O') return radix('octal', (c) => c >= '0' && c <= '7');
    if (c1 === 'b' || c1 === 'B') return radix('binary', (c) => c === '0' || c === '1');
  }
  if (c0 !== '.') {
    const e = decimalTail();
    if (e !== null) return e;
  }
  let c = text.charAt(i);
  if (c === '.') {
    i++;
    if (isDigit(text.charAt(i))) {
      const e = decimalTail();
      if (e !== null) return e;
    }
    c = text.charAt(i);
  }
  if (c === 'e' || c === 'E') {
    const ePos = i;
    i++;
    const sign = text.charAt(i) === '+' || text.charAt(i) === '-';
    if (sign) i++;
    if (!isDigit(text.charAt(i))) {
      if (sign) return err('invalid decimal literal', i - 1);
      i = ePos;
      return verifyEnd('decimal');
    }
    const e = decimalTail();
    if (e !== null) return e;
    c = text.charAt(i);
  }
  if (c === 'j' || c === 'J') {
    i++;
    return verifyEnd('imaginary');
  }
  return verifyEnd('decimal');
}

function lexError(text: string, offset: number, lines: SourceLines): PySyntaxError {
  const cp = text.codePointAt(offset) ?? 0;
  const ch = String.fromCodePoint(cp);
  if (cp > 127) {
    const hex = cp.toString(16).toUpperCase().padStart(4, '0');
    if (!/\p{Cc}|\p{Cf}|\p{Z}/u.test(ch) || cp === 0xa0) {
      return lines.error('SyntaxError', `invalid character '${ch}' (U+${hex})`, offset);
    }
    return lines.error('SyntaxError', `invalid non-printable character U+${hex}`, offset);
  }
  if (ch === '\\') return lines.error('SyntaxError', 'unexpected character after line continuation character', offset + 1);
  if (cp === 0) return lines.error('SyntaxError', 'source code cannot contain null bytes', offset);
  if (cp < 32 && cp !== 9 && cp !== 10 && cp !== 13 && cp !== 12) {
    const hex = cp.toString(16).toUpperCase().padStart(4, '0');
    return lines.error('SyntaxError', `invalid non-printable character U+${hex}`, offset);
  }
  return lines.error('SyntaxError', 'invalid syntax', offset);
}
