// The parser's lookahead tables computed at build time (lookahead-tables.ts). From source they are
// absent and the parser analyses its grammar when first built; scripts/build.mjs bundles this
// module with the tables of the very grammar it bundles (recordLookaheadTables), so the CLI's
// parser starts without that analysis. No CPython counterpart.
import type { LookaheadTables } from './lookahead-tables.js';

export const PREBUILT_LOOKAHEAD: LookaheadTables | null = null;
