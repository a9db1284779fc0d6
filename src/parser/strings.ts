// String literals: escape decoding, implicit concatenation and 3.11 f-strings
// (mirrors CPython 3.11's Parser/string_parser.c: _PyPegen_concatenate_strings,
// fstring_find_literal, fstring_find_expr, decode_unicode_with_escapes).
//
// Start at `concatStrings`: it receives the STRING tokens of one atom and returns a Constant
// or a JoinedStr. The expressions inside f-string replacement fields are not parsed here:
// each becomes a `PendingExpr` whose FormattedValue the parser fills in after the enclosing
// parse finishes (the chevrotain parser is not re-entrant).

import type { IToken } from 'chevrotain';
import type * as A from './ast.js';
import { PySyntaxError } from './errors.js';
import type { SourceLines } from '../lexer/tokenize.js';
import { lookupUnicodeName } from '../lexer/unicode-lookup.js';

/** A replacement field whose expression text still has to be parsed. */
export interface PendingExpr {
  node: A.FormattedValue;
  /** the expression text, without braces */
  text: string;
  /** line (1-based) and UTF-8 byte column at which the parser's `(` stands (the `{`) */
  line: number;
  col: number;
  /** character offset of the `{` in the source, for error positions */
  offset: number;
}

interface Piece { tok: IToken; prefix: string; body: string; bodyOffset: number }

/** Character offset just past a piece's token: where 3.11 reports string decoding errors. */
function tokEnd(p: Piece): number {
  return p.tok.startOffset + p.tok.image.length;
}

/** f-string errors point just past the string token, as 3.11 reports them. */
function fErr(ctx: StringContext, piece: Piece, msg: string): PySyntaxError {
  const end = piece.tok.startOffset + piece.tok.image.length;
  return ctx.error(msg, end);
}

function splitToken(tok: IToken): Piece {
  const img = tok.image;
  let p = 0;
  while (img[p] !== '"' && img[p] !== "'") p++;
  const q = img[p] as string;
  const triple = img.startsWith(q + q + q, p);
  const ql = triple ? 3 : 1;
  return { tok, prefix: img.slice(0, p).toLowerCase(), body: img.slice(p + ql, img.length - ql), bodyOffset: tok.startOffset + p + ql };
}

export class StringContext {
  constructor(readonly lines: SourceLines, readonly pending: PendingExpr[]) {}
  error(msg: string, offset: number, end?: number): PySyntaxError {
    return this.lines.error('SyntaxError', msg, offset, end);
  }
}

type Part = { lit: string } | { fv: A.FormattedValue };

/** The value of adjacent string tokens: one Constant or one JoinedStr (3.11 merging rules). */
export function concatStrings(toks: IToken[], ctx: StringContext): A.Constant | A.JoinedStr {
  const first = toks[0] as IToken;
  const last = toks[toks.length - 1] as IToken;
  const pos: A.Pos = {
    lineno: first.startLine as number, col_offset: first.startColumn as number,
    end_lineno: last.endLine as number, end_col_offset: last.endColumn as number,
  };
  const pieces = toks.map(splitToken);
  const nBytes = pieces.filter((p) => p.prefix.includes('b')).length;
  if (nBytes !== 0 && nBytes !== pieces.length) {
    throw ctx.lines.error('SyntaxError', 'cannot mix bytes and nonbytes literals', last.startOffset + last.image.length);
  }
  if (nBytes > 0) {
    const chunks: number[] = [];
    for (const p of pieces) {
      for (let i = 0; i < p.body.length; i++) {
        if (p.body.charCodeAt(i) > 127) {
          // the caret range counts UTF-8 bytes here
          const img = p.tok.image;
          throw ctx.lines.error('SyntaxError', 'bytes can only contain ASCII literal characters', p.tok.startOffset, p.tok.startOffset + utf8Len(img));
        }
      }
      const s = p.prefix.includes('r') ? p.body : decodeEscapes(p.body, true, tokEnd(p), ctx);
      for (let i = 0; i < s.length; i++) chunks.push(s.charCodeAt(i));
    }
    return { kind: 'Constant', value: Uint8Array.from(chunks), strKind: null, ...pos };
  }
  const isF = pieces.some((p) => p.prefix.includes('f'));
  if (!isF) {
    let s = '';
    for (const p of pieces) s += p.prefix.includes('r') ? p.body : decodeEscapes(p.body, false, tokEnd(p), ctx);
    // only a lowercase `u` marks the Constant (CPython checks the first character for 'u')
    return { kind: 'Constant', value: s, strKind: pieces[0]?.tok.image.startsWith('u') === true ? 'u' : null, ...pos };
  }
  const parts: Part[] = [];
  for (const p of pieces) {
    if (p.prefix.includes('f')) {
      parseFString(p, p.body, 0, p.body.length, 0, parts, ctx, pos);
    } else {
      parts.push({ lit: p.prefix.includes('r') ? p.body : decodeEscapes(p.body, false, tokEnd(p), ctx) });
    }
  }
  return { kind: 'JoinedStr', values: mergeParts(parts, pos), ...pos };
}

function mergeParts(parts: Part[], pos: A.Pos): A.expr[] {
  const values: A.expr[] = [];
  let lit = '';
  for (const part of parts) {
    if ('lit' in part) { lit += part.lit; continue; }
    if (lit !== '') values.push({ kind: 'Constant', value: lit, strKind: null, ...pos });
    lit = '';
    values.push(part.fv);
  }
  if (lit !== '') values.push({ kind: 'Constant', value: lit, strKind: null, ...pos });
  return values;
}

/**
 * Splits the f-string text body[start:end] into literal and replacement-field parts
 * (fstring_find_literal_and_expr). `depth` is 0 for the string, 1 inside a format spec.
 */
function parseFString(piece: Piece, body: string, start: number, end: number, depth: number, parts: Part[], ctx: StringContext, pos: A.Pos): void {
  const raw = piece.prefix.includes('r');
  let i = start;
  let litStart = i;
  const flushLit = (upTo: number, extra = ''): void => {
    const chunk = body.slice(litStart, upTo);
    const s = raw ? chunk : decodeEscapes(chunk, false, tokEnd(piece), ctx);
    if (s + extra !== '') parts.push({ lit: s + extra });
  };
  while (i < end) {
    const c = body[i];
    if (c === '\\' && !raw && body[i + 1] === 'N' && body[i + 2] === '{') {
      // A named escape's braces are not a replacement field (fstring_find_literal).
      const close = body.indexOf('}', i + 3);
      if (close >= 0 && close < end) { i = close + 1; continue; }
    }
    if (c === '\\' && !raw && i + 1 < end) { i += 2; continue; }
    if (c === '{') {
      if (depth === 0 && body[i + 1] === '{') { flushLit(i, '{'); i += 2; litStart = i; continue; }
      flushLit(i);
      i = parseField(piece, body, i, end, depth, parts, ctx, pos);
      litStart = i;
      continue;
    }
    if (c === '}') {
      if (depth === 0 && body[i + 1] === '}') { flushLit(i, '}'); i += 2; litStart = i; continue; }
      throw fErr(ctx, piece, "f-string: single '}' is not allowed");
    }
    i++;
  }
  flushLit(end);
}

/** Parses one `{...}` field starting at body[i] === '{'; returns the index after its `}`. */
function parseField(piece: Piece, body: string, open: number, end: number, depth: number, parts: Part[], ctx: StringContext, pos: A.Pos): number {
  if (depth >= 2) throw fErr(ctx, piece, 'f-string: expressions nested too deeply');
  let i = open + 1;
  const stack: string[] = [];
  let quote: string | null = null;
  let exprEnd = -1;
  for (; i < end; i++) {
    const c = body[i] as string;
    if (quote !== null) {
      if (body.startsWith(quote, i)) { i += quote.length - 1; quote = null; }
      continue;
    }
    if (c === '\\') throw fErr(ctx, piece, 'f-string expression part cannot include a backslash');
    if (c === "'" || c === '"') {
      quote = body.startsWith(c + c + c, i) ? c + c + c : c;
      i += quote.length - 1;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') { stack.push(c); continue; }
    if (c === ')' || c === ']' || c === '}') {
      if (stack.length === 0) {
        if (c === '}') { exprEnd = i; break; }
        throw fErr(ctx, piece, `f-string: unmatched '${c}'`);
      }
      stack.pop();
      continue;
    }
    if (c === '#') throw fErr(ctx, piece, "f-string expression part cannot include '#'");
    if (stack.length > 0) continue;
    if (c === '!' && body[i + 1] !== '=') { exprEnd = i; break; }
    if (c === ':') { exprEnd = i; break; }
    if (c === '=' && body[i + 1] !== '=' && !'=!<>'.includes(body[i - 1] ?? '')) { exprEnd = i; break; }
    if ((c === '=' || c === '!' || c === '<' || c === '>') && body[i + 1] === '=') { i++; continue; }
  }
  if (quote !== null) throw fErr(ctx, piece, 'f-string: unterminated string');
  if (exprEnd < 0) {
    if (stack.length > 0) throw fErr(ctx, piece, `f-string: unmatched '${stack[stack.length - 1]}'`);
    throw fErr(ctx, piece, "f-string: expecting '}'");
  }
  const exprText = body.slice(open + 1, exprEnd);
  if (exprText.trim() === '') throw fErr(ctx, piece, 'f-string: empty expression not allowed');
  i = exprEnd;
  let debugText: string | null = null;
  if (body[i] === '=') {
    i++;
    while (i < end && /[ \t\f\r\n]/.test(body[i] as string)) i++;
    debugText = body.slice(open + 1, i);
  }
  let conversion = -1;
  if (body[i] === '!') {
    const cc = body[i + 1];
    if (cc === undefined || i + 1 >= end) throw fErr(ctx, piece, "f-string: expecting '}'");
    if (cc !== 's' && cc !== 'r' && cc !== 'a') {
      throw fErr(ctx, piece, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    conversion = cc.charCodeAt(0);
    i += 2;
  }
  let formatSpec: A.JoinedStr | null = null;
  if (body[i] === ':') {
    const specStart = i + 1;
    let j = specStart;
    let nest = 0;
    for (; j < end; j++) {
      const c = body[j];
      if (c === '{') nest++;
      else if (c === '}') { if (nest === 0) break; nest--; }
      else if (nest > 0 && (c === "'" || c === '"')) {
        // A string inside a nested field may hold braces: skip it whole.
        const close = body.indexOf(c, j + 1);
        if (close >= 0 && close < end) j = close;
      }
    }
    const specParts: Part[] = [];
    parseFString(piece, body, specStart, j, depth + 1, specParts, ctx, pos);
    const t = piece.tok;
    const tokPos: A.Pos = {
      lineno: t.startLine as number, col_offset: t.startColumn as number,
      end_lineno: t.endLine as number, end_col_offset: t.endColumn as number,
    };
    // 3.11: a spec that is only literal text gets the piece's span for its Constant; one
    // with fields gives its Constants the span of the whole concatenation.
    const onlyLiteral = specParts.every((x) => 'lit' in x);
    formatSpec = { kind: 'JoinedStr', values: mergeParts(specParts, onlyLiteral ? tokPos : pos), ...tokPos };
    i = j;
  }
  if (i >= end || body[i] !== '}') throw fErr(ctx, piece, "f-string: expecting '}'");
  if (debugText !== null) {
    parts.push({ lit: debugText });
    if (conversion === -1 && formatSpec === null) conversion = 114;
  }
  const fv: A.FormattedValue = {
    kind: 'FormattedValue', value: { kind: 'Constant', value: null, strKind: null, ...pos },
    conversion, format_spec: formatSpec, ...pos,
  };
  parts.push({ fv });
  const loc = exprLocation(piece, body, open, ctx);
  ctx.pending.push({ node: fv, text: exprText, line: loc.line, col: loc.col, offset: piece.bodyOffset + open });
  return i + 1;
}

/** fstring_find_expr_location: where 3.11 places the `(` replacing the field's `{`. */
function exprLocation(piece: Piece, body: string, open: number, ctx: StringContext): { line: number; col: number } {
  const tok = piece.tok;
  const img = tok.image;
  const at = piece.bodyOffset - tok.startOffset + open; // index of `{` in the token image
  let newlineAfterBrace = true;
  for (let k = at + 1; k < img.length && img[k] !== '}' && img[k] !== '\n'; k++) {
    const c = img[k];
    if (c !== ' ' && c !== '\t' && c !== '\f') { newlineAfterBrace = false; break; }
  }
  let cols = 0;
  let lines = 0;
  for (let k = 0; k < at; k++) if (img.charCodeAt(k) === 10) lines++;
  if (!newlineAfterBrace) {
    let s = at;
    while (s > 0 && img[s] !== '\n') s--;
    cols = utf8Len(img.slice(s, at));
    if (img[s] === '\n') cols -= 1;
  }
  void ctx;
  // 3.11 adds the token's column only when the field is on the token's first line.
  return { line: (tok.startLine as number) + lines, col: (lines === 0 ? tok.startColumn as number : 0) + cols };
}

function utf8Len(s: string): number {
  let b = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c < 0xdc00) { b += 4; i++; }
    else b += 3;
  }
  return b;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/**
 * Decodes backslash escapes (decode_unicode_with_escapes / PyBytes_DecodeEscape). For bytes the
 * result holds one char per byte. Unknown escapes are kept with their backslash, as CPython does.
 * `offset` is where an error is reported (the end of the string token).
 */
// DIVERGENCE: a JS string cannot tell the escapes '\ud834\udd1e' (two lone surrogates in
// Python) from '\U0001d11e' (one code point): both decode to the same two UTF-16 units, so
// such a literal compares equal to the astral character here (7 stdlib test files do this).
export function decodeEscapes(s: string, isBytes: boolean, offset: number, ctx: StringContext): string {
  if (s.indexOf('\\') < 0) return s;
  let out = '';
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i] as string;
    if (c !== '\\') { out += c; i++; continue; }
    const e = s[i + 1];
    if (e === undefined) { out += '\\'; i++; continue; }
    if (e === '\r') { i += s[i + 2] === '\n' ? 3 : 2; continue; }
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) { out += simple; i += 2; continue; }
    if (e >= '0' && e <= '7') {
      let j = i + 1;
      let v = 0;
      while (j < n && j < i + 4 && (s[j] as string) >= '0' && (s[j] as string) <= '7') { v = v * 8 + (s.charCodeAt(j) - 48); j++; }
      out += String.fromCharCode(isBytes ? v & 0xff : v);
      i = j;
      continue;
    }
    if (e === 'x' || (!isBytes && (e === 'u' || e === 'U'))) {
      const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = s.slice(i + 2, i + 2 + len);
      if (hex.length < len || !/^[0-9a-fA-F]+$/.test(hex)) {
        const kind = e === 'x' ? (isBytes ? null : 'truncated \\xXX escape') : e === 'u' ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
        if (kind === null) throw ctx.error(`(value error) invalid \\x escape at position ${i}`, offset);
        throw ctx.error(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${i + 1 + hex.replace(/[^0-9a-fA-F].*$/, '').length}: ${kind}`, offset);
      }
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) throw ctx.error(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${i + 9}: illegal Unicode character`, offset);
      out += String.fromCodePoint(cp);
      i += 2 + len;
      continue;
    }
    if (e === 'N' && !isBytes) {
      const close = s.indexOf('}', i);
      const name = s[i + 2] === '{' && close > 0 ? s.slice(i + 3, close) : null;
      const ch = name === null ? undefined : unicodeByName(name);
      if (ch === undefined) {
        throw ctx.error(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${close < 0 ? i + 1 : close}: ${name === null ? 'malformed \\N character escape' : 'unknown Unicode character name'}`, offset);
      }
      out += ch;
      i = close + 1;
      continue;
    }
    out += '\\' + e;
    i += 2;
  }
  return out;
}

function unicodeByName(name: string): string | undefined {
  const cp = lookupUnicodeName(name);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}
