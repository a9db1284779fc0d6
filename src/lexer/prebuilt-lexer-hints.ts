// The lexer hints computed at build time (lexer-hints.ts). From source they are absent and the
// lexer analyses its token patterns when built; scripts/build.mjs bundles this module with the
// hints of the very token types it bundles, so the CLI's lexer is built without that analysis.
// No CPython counterpart.
import type { LexerHints } from './lexer-hints.js';

export const PREBUILT_LEXER_HINTS: LexerHints | null = null;
