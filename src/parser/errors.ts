// Syntax errors: the exception the lexer, parser and checkModule throw, and the text CPython
// prints for an uncaught one (Python/pythonrun.c: print_exception -> print_error_text).
//
// Fields mirror Python's SyntaxError attributes: `offset`/`end_offset` are 1-based character
// offsets into `text`, the source line.

export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError extends Error {
  /**
   * Where CPython would raise it: 'parser' (the tokenizer and the PEG parser: the source line is
   * the text), 'compiler' (compile.c: args carry the location, the text is read from the file,
   * so a string source has none) or 'symtable' (symtable.c: args hold only the message and the
   * location is set on the attributes afterwards, PyErr_RangedSyntaxLocationObject).
   */
  stage: 'parser' | 'compiler' | 'symtable' = 'parser';

  constructor(
    public type: SyntaxErrorType,
    public msg: string,
    public filename: string,
    public lineno: number,
    public offset: number,
    public end_lineno: number,
    public end_offset: number,
    public text: string | null,
  ) {
    super(`${type}: ${msg} (${filename}, line ${lineno})`);
    this.name = 'PySyntaxError';
  }
}

/** What `python3 file.py` writes to stderr for an uncaught syntax error. */
export function formatSyntaxError(err: PySyntaxError): string {
  // An error with no line (a decoding error) prints only its message, as CPython does.
  if (err.lineno <= 0) return `${err.type}: ${err.msg}\n`;
  let out = `  File "${err.filename}", line ${err.lineno}\n`;
  if (err.text !== null) out += printErrorText(err);
  out += `${err.type}: ${err.msg}\n`;
  return out;
}

/** print_error_text: the stripped line, then the caret line under offset..end_offset. */
function printErrorText(err: PySyntaxError): string {
  let offset = err.offset;
  // parse_syntax_error reads the end position of a SyntaxError only, not of its subclasses
  if (err.type !== 'SyntaxError') return printErrorLine(err.text ?? '', offset, -1);
  let endOffset = err.end_lineno > err.lineno ? -1 : err.end_offset;
  if (err.end_lineno > err.lineno) {
    // The range runs past this line: the carets go to the end of the line.
    endOffset = err.text === null ? -1 : err.text.replace(/\r?\n$/, '').length + 1;
  }
  return printErrorLine(err.text ?? '', offset, endOffset);
}

/** The stripped line and its carets from offset to endOffset (1-based; -1: one caret). */
function printErrorLine(text: string, offset: number, endOffset: number): string {
  const reps = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  offset--;
  let k = 0;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\f')) { k++; offset--; }
  text = text.slice(k);
  let len = text.length;
  if (len > 0 && text[len - 1] === '\n') len--;
  if (offset > len) offset = len;
  for (;;) {
    const nl = text.indexOf('\n');
    if (nl < 0 || nl >= offset) break;
    text = text.slice(nl + 1);
    len -= nl + 1;
    offset -= nl + 1;
  }
  let out = '    ' + text;
  if (text[len] !== '\n') out += '\n';
  if (offset < 0) return out;
  out += '    ' + ' '.repeat(offset) + '^'.repeat(reps) + '\n';
  return out;
}
