// How the default excepthook shows a SyntaxError that reached the top level: CPython 3.11's
// Python/pythonrun.c print_exception_file_and_line, parse_syntax_error and print_error_text.
// An exception with a `print_file_and_line` attribute (every SyntaxError has that member) and
// a readable location gets a `  File "...", line N` line, the stripped source line and a caret
// line before "SyntaxError: msg"; one whose location cannot be read is printed as any other.

import { type PyObject, Py_DECREF } from '../objects/object.js';
import { PyErr } from '../objects/pyerr.js';
import { PyObject_GetAttr, PyObject_GetAttrOpt, strOf } from '../objects/abstract.js';
import { isStr } from '../objects/unicodeobject.js';
import type { PyLongObject } from '../objects/longobject.js';

/** What print_exception_file_and_line writes, and the value whose str ends the report. */
export interface SyntaxLocationText {
  text: string;
  /** the exception's msg: printed as "SyntaxError: <str(message)>" */
  message: PyObject;
}

/** Thrown inside parse_syntax_error when a field cannot be read: the location is dropped. */
class NoLocation extends Error {}

/** PyLong_AsSsize_t: an int (or a subclass) fitting 64 bits, else the read fails. */
function asSsize(v: PyObject): number {
  if ((v.ob_type.tp_flags & (1 << 24)) === 0) throw new NoLocation();
  const x = (v as PyLongObject).ob_ival;
  if (typeof x === 'number') return x;
  if (x >= 2n ** 63n || x < -(2n ** 63n)) throw new NoLocation();
  return Number(x);
}

/** One attribute, a new reference; a missing one makes the whole location unreadable. */
function attr(o: PyObject, name: string): PyObject {
  try {
    return PyObject_GetAttr(o, name);
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    e.release();
    throw new NoLocation();
  }
}

interface ParsedLocation {
  message: PyObject;
  filename: string;
  lineno: number;
  offset: number;
  end_lineno: number;
  end_offset: number;
  text: string | null;
}

/** parse_syntax_error: msg, filename, lineno, offset, (end_lineno, end_offset), text. */
function parse_syntax_error(err: PyObject): ParsedLocation {
  const rt = err.ob_type.rt;
  const held: PyObject[] = [];
  const get = (name: string): PyObject => {
    const v = attr(err, name);
    held.push(v);
    return v;
  };
  try {
    const message = get('msg');
    const fn = get('filename');
    const filename = fn === rt.None ? '<string>' : strOf(fn);
    const lineno = asSsize(get('lineno'));
    const off = get('offset');
    const offset = off === rt.None ? -1 : asSsize(off);
    let end_lineno = lineno;
    let end_offset = -1;
    // only SyntaxError itself carries an end position; its subclasses mark one character
    if (err.ob_type === rt.types.SyntaxError) {
      const el = PyObject_GetAttrOpt(err, 'end_lineno');
      if (el !== null) held.push(el);
      if (el !== null && el !== rt.None) end_lineno = asSsize(el);
      const eo = PyObject_GetAttrOpt(err, 'end_offset');
      if (eo !== null) held.push(eo);
      if (eo !== null && eo !== rt.None) end_offset = asSsize(eo);
    }
    const t = get('text');
    const text = t !== rt.None && isStr(t) ? t.ob_sval : null;
    message.ob_refcnt++;
    return { message, filename, lineno, offset, end_lineno, end_offset, text };
  } finally {
    for (const v of held) Py_DECREF(v);
  }
}

/**
 * print_exception_file_and_line: the location block of a SyntaxError, or null when `exc` has no
 * `print_file_and_line` attribute or its location cannot be read.
 */
export function print_exception_file_and_line(exc: PyObject): SyntaxLocationText | null {
  const marker = PyObject_GetAttrOpt(exc, 'print_file_and_line');
  if (marker === null) return null;
  Py_DECREF(marker);
  let loc: ParsedLocation;
  try {
    loc = parse_syntax_error(exc);
  } catch (e) {
    if (e instanceof NoLocation) return null;
    if (e instanceof PyErr) {
      e.release();
      return null;
    }
    throw e;
  }
  let out = `  File "${loc.filename}", line ${loc.lineno}\n`;
  if (loc.text !== null) {
    const lineSize = new TextEncoder().encode(loc.text).length;
    let endOffset = loc.end_offset;
    // a range over several lines is marked to the end of its first line
    if (loc.end_lineno > loc.lineno) endOffset = lineSize;
    // no more carets than the line has characters
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    out += print_error_text(loc.offset, endOffset, loc.text);
  }
  return { text: out, message: loc.message };
}

/**
 * print_error_text: the line without its indentation, then carets from offset to end_offset
 * (1-based); works on the UTF-8 bytes as CPython does.
 */
function print_error_text(offset: number, endOffset: number, textStr: string): string {
  const reps = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  let text = new TextEncoder().encode(textStr);
  offset--;
  let k = 0;
  while (k < text.length && (text[k] === 0x20 || text[k] === 0x09 || text[k] === 0x0c)) {
    k++;
    offset--;
  }
  text = text.subarray(k);
  let len = text.indexOf(0);
  if (len < 0) len = text.length;
  text = text.subarray(0, len);
  if (len > 0 && text[len - 1] === 0x0a) len--;
  if (offset > len) offset = len;
  // skip past the lines before the one the offset is in
  for (;;) {
    const nl = text.indexOf(0x0a);
    if (nl < 0 || nl >= offset) break;
    text = text.subarray(nl + 1);
    len -= nl + 1;
    offset -= nl + 1;
  }
  let out = '    ' + new TextDecoder().decode(text);
  if (text[len] !== 0x0a) out += '\n';
  if (offset < 0) return out;
  return out + '    ' + ' '.repeat(offset) + '^'.repeat(reps) + '\n';
}
