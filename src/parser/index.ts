// The parser's entry point: source (text or bytes) -> AST, or a PySyntaxError.
// Mirrors CPython's _PyPegen_run_parser_from_string / _PyPegen_set_syntax_error: decode the
// source (BOM, coding cookie), tokenize, run the grammar, parse the f-string fields, and turn
// a chevrotain recognition error into CPython's message.
//
// Start at `parse`. The chevrotain parser is built on first use and reused for every call.

import type { IRecognitionException, IToken } from 'chevrotain';
import type * as A from './ast.js';
import { PyParser, type ParseState } from './parser.js';
import { PREBUILT_LOOKAHEAD } from './prebuilt-lookahead.js';
import { PySyntaxError, formatSyntaxError } from './errors.js';
import { translateNewlines } from './newlines.js';
import { SourceLines, tokenize } from '../lexer/tokenize.js';
import * as T from '../lexer/tokens.js';
import { StringContext, type PendingExpr } from './strings.js';

export { PySyntaxError, formatSyntaxError } from './errors.js';
import { checkModule as checkModuleText } from './check.js';

interface ParserHolder { parser: PyParser | null }
/** Built lazily, then only reused (its grammar tables never change). */
const holder: ParserHolder = { parser: null };

function getParser(): PyParser {
  if (holder.parser === null) holder.parser = new PyParser({ tables: PREBUILT_LOOKAHEAD });
  return holder.parser;
}

/**
 * The compile-time checks `ast.parse` does not make (symtable.c / compile.c errors); `source`
 * is the text the tree came from, as given to parse() (bytes are decoded the same way).
 */
export function checkModule(tree: A.Module, filename: string, source: string | Uint8Array): void {
  const text = typeof source === 'string' ? source : decodeSource(source, filename);
  try {
    checkModuleText(tree, filename, text);
  } catch (e) {
    if (e instanceof RangeError) {
      // DIVERGENCE: CPython's compiler raises RecursionError("maximum recursion depth exceeded
      // during compilation") for a tree this deep; ours ran out of JS stack. Reported with the
      // same message, as a SyntaxError without a line (PySyntaxError has no RecursionError type).
      throw new PySyntaxError('SyntaxError', 'maximum recursion depth exceeded during compilation', filename, 0, 0, 0, 0, null);
    }
    throw e;
  }
}

/** Parses Python 3.11 source as `ast.parse(source, filename, mode)` does. */

export function parse(source: string | Uint8Array, filename: string, mode: 'exec' | 'eval' | 'single' = 'exec'): A.mod {
  const text = translateNewlines(typeof source === 'string' ? stripBom(source) : decodeSource(source, filename));
  try {
    return parseText(text, filename, mode);
  } catch (e) {
    if (e instanceof RangeError) {
      // DIVERGENCE: CPython's limit is its parser stack (MAXSTACK: a MemoryError, or a
      // RecursionError from the compiler); ours is the JS stack, reported as a SyntaxError.
      const lines = new SourceLines(text, filename);
      throw lines.error('SyntaxError', 'too many nested parentheses', 0);
    }
    throw e;
  }
}

function parseText(text: string, filename: string, mode: 'exec' | 'eval' | 'single'): A.mod {
  const { tokens, lines, unclosed, endIndex } = tokenize(text, filename);
  const parser = getParser();
  const pending: PendingExpr[] = [];
  const state: ParseState = {
    lines, strings: new StringContext(lines, pending), pending,
    parenthesized: new Map(), blockOwner: { what: '', line: 0 },
  };
  parser.state = state;
  parser.input = tokens;
  try {
    return parseTokens(parser, filename, mode, tokens, lines, unclosed, endIndex);
  } catch (e) {
    // A parse error on a later line than an unclosed bracket is reported as that bracket
    // (CPython re-tokenizes the rest of the source after a failure and prefers this error).
    if (e instanceof PySyntaxError && unclosed !== null && e.end_lineno > unclosed.lineno) throw unclosed;
    throw e;
  }
}

function parseTokens(parser: PyParser, filename: string, mode: 'exec' | 'eval' | 'single',
  tokens: IToken[], lines: SourceLines, unclosed: PySyntaxError | null, endIndex: number): A.mod {
  const pending = parser.state.pending;
  let result: A.mod;
  if (mode === 'eval') {
    const body = parser.evalInput();
    raiseFirstError(parser, lines, tokens, unclosed, endIndex);
    result = { kind: 'Expression', body };
  } else {
    const body = parser.file();
    raiseFirstError(parser, lines, tokens, unclosed, endIndex);
    result = mode === 'single' ? { kind: 'Interactive', body } : { kind: 'Module', body, type_ignores: [] };
  }
  parsePending(parser, pending, filename, lines);
  return result;
}

/** Parses the expressions of f-string replacement fields (fstring_compile_expr). */
function parsePending(parser: PyParser, pending: PendingExpr[], filename: string, outer: SourceLines): void {
  while (pending.length > 0) {
    const item = pending.shift() as PendingExpr;
    const src = '(' + item.text + ')';
    let tokens: IToken[];
    let lines: SourceLines;
    try {
      let unclosed: PySyntaxError | null;
      ({ tokens, lines, unclosed } = tokenize(src, filename));
      if (unclosed !== null) throw unclosed;
    } catch (e) {
      throw fstringError(e, item, outer);
    }
    for (const t of tokens) {
      if (t.startLine === 1) t.startColumn = (t.startColumn as number) + item.col;
      if (t.endLine === 1) t.endColumn = (t.endColumn as number) + item.col;
      t.startLine = (t.startLine as number) + item.line - 1;
      t.endLine = (t.endLine as number) + item.line - 1;
    }
    parser.state = {
      lines, strings: new StringContext(lines, pending), pending,
      parenthesized: new Map(), blockOwner: { what: '', line: 0 },
    };
    parser.input = tokens;
    try {
      const e = parser.fstringExpr();
      raiseFirstError(parser, lines, tokens);
      item.node.value = e;
    } catch (e) {
      throw fstringError(e, item, outer);
    }
  }
}

/**
 * An error inside a replacement field: 3.11 reports it against the `(expr)` text it compiled,
 * on the f-string's line, with the message prefixed by "f-string: ".
 */
function fstringError(e: unknown, item: PendingExpr, outer: SourceLines): unknown {
  if (!(e instanceof PySyntaxError)) return e;
  void outer;
  const msg = e.msg.startsWith('f-string') ? e.msg : `f-string: ${e.msg}`;
  const line = item.line + e.lineno - 1;
  return new PySyntaxError(e.type, msg, e.filename, line, e.offset, line + e.end_lineno - e.lineno, e.end_offset, e.text);
}

/** Turns chevrotain's first recognition error into CPython's SyntaxError. */
function raiseFirstError(parser: PyParser, lines: SourceLines, tokens: IToken[], unclosed: PySyntaxError | null = null, endIndex = tokens.length): void {
  const err = parser.errors[0];
  if (err === undefined) {
    if (unclosed !== null) throw unclosed;
    return;
  }
  if (unclosed !== null) {
    const t = err.token;
    const idx = t.tokenType.name === 'EOF' || Number.isNaN(t.startOffset) ? tokens.length : tokens.indexOf(t);
    if (idx >= endIndex) throw unclosed;
  }
  throw recognitionToSyntaxError(err, lines, tokens);
}

function recognitionToSyntaxError(err: IRecognitionException, lines: SourceLines, tokens: IToken[]): PySyntaxError {
  const tok = err.token;
  const isEof = tok.tokenType.name === 'EOF' || Number.isNaN(tok.startOffset);
  const idx = isEof ? tokens.length : tokens.indexOf(tok);
  const prev = idx > 0 ? tokens[idx - 1] : undefined;
  const text = lines.text;
  if (tok.tokenType === T.INDENT) {
    const e = lines.error('IndentationError', 'unexpected indent', tok.startOffset);
    const ls = lines.starts[(tok.startLine as number) - 1] as number;
    e.offset = tok.startOffset - ls;
    e.end_offset = e.offset + 1;
    return e;
  }
  if (tok.tokenType === T.DEDENT) {
    return lines.error('IndentationError', 'unindent does not match any outer indentation level', tok.startOffset);
  }
  // `print x` / `exec x`: invalid_legacy_expression.
  const stmtStart = statementStart(tokens, idx);
  if (stmtStart !== undefined && stmtStart.tokenType === T.Name && (stmtStart.image === 'print' || stmtStart.image === 'exec')
    && prev === stmtStart && !isEof && tok.tokenType !== T.NEWLINE && tok.tokenType !== T.LPar) {
    const endTok = lastOfLine(tokens, idx);
    return lines.error('SyntaxError', `Missing parentheses in call to '${stmtStart.image}'. Did you mean ${stmtStart.image}(...)?`,
      stmtStart.startOffset, endTok.endOffset ?? endTok.startOffset + endTok.image.length);
  }
  // `if x = 1:` — invalid_named_expression
  if (tok.tokenType === T.Equal && prev !== undefined && prev.tokenType === T.Name && stmtStart !== undefined
    && (stmtStart.tokenType === T.K.if || stmtStart.tokenType === T.K.elif || stmtStart.tokenType === T.K.while || insideBrackets(tokens, idx))) {
    let j = idx + 1;
    let depth = 0;
    let endTok = tok;
    for (; j < tokens.length; j++) {
      const t = tokens[j] as IToken;
      const tt = t.tokenType;
      if (tt === T.LPar || tt === T.LSqb || tt === T.LBrace) depth++;
      else if (tt === T.RPar || tt === T.RSqb || tt === T.RBrace) { if (depth === 0) break; depth--; }
      else if (depth === 0 && (tt === T.Colon || tt === T.NEWLINE || tt === T.Comma || tt === T.Equal)) break;
      endTok = t;
    }
    return lines.error('SyntaxError', "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", prev.startOffset, endTok.startOffset + endTok.image.length);
  }
  const rule = err.context.ruleStack[err.context.ruleStack.length - 1];
  const tt = tok.tokenType;
  if (err.name === 'MismatchedTokenException' && !isEof && rule !== 'lambdef') {
    const expected = /--> Colon <--/.test(err.message) ? ':' : /--> LPar <--/.test(err.message) ? '(' : null;
    const expressionNext = tt === T.Name || tt === T.Number || tt === T.String;
    if (expected !== null && !(expected === ':' && expressionNext)) {
      const [s, e] = tt === T.NEWLINE ? newlineSpan(text, prev, tok) : [tok.startOffset, tok.startOffset + Math.max(1, tok.image.length)];
      return lines.error('SyntaxError', `expected '${expected}'`, s, e);
    }
  }
  if (!isEof && prev !== undefined && endsExpression(prev) && startsExpression(tok) && insideBrackets(tokens, idx)) {
    // CPython's invalid_expression marks the disjunction before the gap through the expression
    // after it; recover both spans from the tokens.
    const [first, last] = commaGapRange(tokens, idx);
    return lines.error('SyntaxError', 'invalid syntax. Perhaps you forgot a comma?', first.startOffset, last.startOffset + last.image.length);
  }
  if (isEof) {
    const last = tokens[tokens.length - 1];
    const off = last === undefined ? text.length : Math.min(text.length, last.startOffset);
    return lines.error('SyntaxError', 'invalid syntax', off);
  }
  if (tok.tokenType === T.NEWLINE) return lines.error('SyntaxError', 'invalid syntax', ...newlineSpan(text, prev, tok));
  return lines.error('SyntaxError', 'invalid syntax', tok.startOffset, tok.startOffset + tok.image.length);
}

function statementStart(tokens: IToken[], idx: number): IToken | undefined {
  let i = idx - 1;
  while (i >= 0) {
    const tt = (tokens[i] as IToken).tokenType;
    if (tt === T.NEWLINE || tt === T.INDENT || tt === T.DEDENT || tt === T.Semi) break;
    i--;
  }
  return tokens[i + 1];
}

function lastOfLine(tokens: IToken[], idx: number): IToken {
  let i = idx;
  while (i + 1 < tokens.length && (tokens[i + 1] as IToken).tokenType !== T.NEWLINE) i++;
  return tokens[i] as IToken;
}

/** Tokens that end a disjunction / expression when met at bracket depth 0. */
function stopsExpression(t: IToken): boolean {
  const tt = t.tokenType;
  return tt === T.Comma || tt === T.Colon || tt === T.Equal || tt === T.ColonEqual || tt === T.NEWLINE
    || tt === T.K.if || tt === T.K.else || tt === T.K.lambda || tt === T.K.for || tt === T.K.async
    || tt === T.K.yield || tt === T.K.from || tt.name === 'EOF';
}

/** Two tokens side by side that cannot belong to one expression (`a b`; `'x' 'y'` can). */
function juxtaposed(a: IToken, b: IToken): boolean {
  if (!endsExpression(a)) return false;
  const tt = b.tokenType;
  if (tt === T.String) return a.tokenType !== T.String;
  return tt === T.Name || tt === T.Number || tt === T.LBrace || tt === T.K.True || tt === T.K.False
    || tt === T.K.None || tt === T.K.not || tt === T.K.await;
}

/** First and last token of the "Perhaps you forgot a comma?" range around the gap before tokens[idx]. */
function commaGapRange(tokens: IToken[], idx: number): [IToken, IToken] {
  let j = idx - 1;
  for (;;) {
    const t = tokens[j] as IToken;
    if (t.tokenType === T.RPar || t.tokenType === T.RSqb || t.tokenType === T.RBrace) {
      let depth = 0;
      for (; j > 0; j--) {
        const tt = (tokens[j] as IToken).tokenType;
        if (tt === T.RPar || tt === T.RSqb || tt === T.RBrace) depth++;
        else if (tt === T.LPar || tt === T.LSqb || tt === T.LBrace) { depth--; if (depth === 0) break; }
      }
    }
    const before = tokens[j - 1];
    if (before === undefined) break;
    const bt = before.tokenType;
    if (bt === T.LPar || bt === T.LSqb || bt === T.LBrace || stopsExpression(before) || juxtaposed(before, tokens[j] as IToken)) break;
    if (bt === T.Star || bt === T.DoubleStar) {
      // `*a` / `**a` as an argument or display item: the star is not part of the disjunction.
      const b2 = tokens[j - 2];
      if (b2 === undefined || b2.tokenType === T.LPar || b2.tokenType === T.LSqb || b2.tokenType === T.LBrace || b2.tokenType === T.Comma) break;
    }
    j--;
  }
  const first = tokens[j] as IToken;
  let k = idx;
  let depth = 0;
  for (; k + 1 < tokens.length; k++) {
    const t = tokens[k] as IToken;
    const tt = t.tokenType;
    if (tt === T.LPar || tt === T.LSqb || tt === T.LBrace) depth++;
    else if (tt === T.RPar || tt === T.RSqb || tt === T.RBrace) depth--;
    const next = tokens[k + 1] as IToken;
    const nt = next.tokenType;
    if (depth === 0 && (nt === T.RPar || nt === T.RSqb || nt === T.RBrace || nt === T.Comma || nt === T.Colon
      || nt === T.Equal || nt === T.ColonEqual || nt === T.NEWLINE || nt === T.K.for || nt === T.K.async
      || nt.name === 'EOF' || juxtaposed(t, next))) break;
  }
  return [first, tokens[k] as IToken];
}

/**
 * A NEWLINE token's span in CPython's error locations: it starts at the comment that ends the
 * line, if any, and ends where the line does (a bare NEWLINE has no width).
 */
function newlineSpan(text: string, prev: IToken | undefined, tok: IToken): [number, number] {
  const from = prev === undefined ? 0 : prev.startOffset + prev.image.length;
  const hash = text.indexOf('#', from);
  return [hash >= 0 && hash < tok.startOffset ? hash : tok.startOffset, tok.startOffset];
}

function endsExpression(t: IToken): boolean {
  const tt = t.tokenType;
  return tt === T.Name || tt === T.Number || tt === T.String || tt === T.RPar || tt === T.RSqb || tt === T.RBrace
    || tt === T.K.True || tt === T.K.False || tt === T.K.None;
}

function startsExpression(t: IToken): boolean {
  const tt = t.tokenType;
  return tt === T.Name || tt === T.Number || tt === T.String || tt === T.LPar || tt === T.LSqb || tt === T.LBrace
    || tt === T.K.True || tt === T.K.False || tt === T.K.None;
}

function insideBrackets(tokens: IToken[], idx: number): boolean {
  let depth = 0;
  for (let i = idx - 1; i >= 0; i--) {
    const tt = (tokens[i] as IToken).tokenType;
    if (tt === T.NEWLINE) return false;
    if (tt === T.RPar || tt === T.RSqb || tt === T.RBrace) depth++;
    else if (tt === T.LPar || tt === T.LSqb || tt === T.LBrace) {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/**
 * Decodes source bytes as CPython does: BOM, PEP 263 coding cookie, else strict UTF-8. A cookie
 * naming no known codec is "encoding problem: NAME" in a file (fp_setreadl) and "unknown
 * encoding: NAME" in bytes given to compile/exec/eval (`file` false).
 */
export function decodeSource(bytes: Uint8Array, filename: string, file = true): string {
  let start = 0;
  let bom = false;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) { start = 3; bom = true; }
  const body = bytes.subarray(start);
  const encoding = codingCookie(body);
  let label = 'utf-8';
  if (encoding !== null) {
    const norm = encoding.toLowerCase().replace(/_/g, '-');
    if (bom && norm !== 'utf-8' && !norm.startsWith('utf-8-')) {
      throw new PySyntaxError('SyntaxError', `encoding problem: ${normalEncodingName(encoding)} with BOM`, filename, 0, 0, 0, 0, null);
    }
    label = /^(utf-?8|utf-8-sig)$/.test(norm) ? 'utf-8' : /^(latin-?1|iso-?8859-?1|l1)$/.test(norm) ? 'latin1' : norm;
    try {
      return new TextDecoder(label, { fatal: true }).decode(body);
    } catch (e) {
      if (e instanceof RangeError) throw new PySyntaxError('SyntaxError', `${file ? 'encoding problem' : 'unknown encoding'}: ${encoding}`, filename, 0, 0, 0, 0, null);
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    // Find the first bad byte and its line, for CPython's message.
    let line = 1;
    let i = 0;
    for (; i < body.length; i++) {
      const b = body[i] as number;
      if (b === 10) line++;
      if (b >= 0x80) {
        const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(i, i + len));
          i += len - 1;
        } catch {
          break;
        }
      }
    }
    const hex = (body[i] ?? 0).toString(16).padStart(2, '0');
    throw new PySyntaxError('SyntaxError',
      `Non-UTF-8 code starting with '\\x${hex}' in file ${filename} on line ${line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`,
      filename, 0, 0, 0, 0, null);
  }
}

/** get_normal_name: the spellings of UTF-8 and Latin-1 a cookie may use, as the tokenizer names them. */
function normalEncodingName(name: string): string {
  const n = name.toLowerCase().replace(/_/g, '-');
  if (n === 'utf-8' || n.startsWith('utf-8-')) return 'utf-8';
  for (const latin of ['latin-1', 'iso-8859-1', 'iso-latin-1']) if (n === latin || n.startsWith(`${latin}-`)) return 'iso-8859-1';
  return name;
}

/** PEP 263: `coding[:=]\s*([-\w.]+)` in a comment on line 1 or 2. */
function codingCookie(body: Uint8Array): string | null {
  let end = 0;
  let nl = 0;
  while (end < body.length && end < 4096) {
    if (body[end] === 10) { nl++; if (nl === 2) break; }
    end++;
  }
  const head = Array.from(body.subarray(0, end), (b) => String.fromCharCode(b)).join('');
  const lines = head.split(/\r?\n|\r/);
  for (let i = 0; i < Math.min(2, lines.length); i++) {
    const l = lines[i] as string;
    const m = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/.exec(l);
    if (m) return m[1] as string;
    if (!/^[ \t\f]*(#.*)?$/.test(l)) break;
  }
  return null;
}
