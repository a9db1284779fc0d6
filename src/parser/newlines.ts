// Universal newlines for Python source: what CPython's tokenizer does to a file it reads
// (Parser/tokenizer.c, tok_underflow_file) and translate_newlines to a string it is given, and
// the lines linecache sees. No Node APIs: the runtime and the parser both use it.

/**
 * Universal newlines, as CPython's tokenizer reads a file and translate_newlines a string: every
 * "\r\n" and every lone "\r" is a "\n" (inside string literals too).
 */
export function translateNewlines(s: string): string {
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}

/** A source's lines, split at the newlines translateNewlines recognizes (linecache's view). */
export function sourceLines(s: string): string[] {
  return translateNewlines(s).split('\n');
}
