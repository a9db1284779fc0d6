// Name → code point lookup for `\N{...}` escapes, as CPython's unicodedata _getcode (used by the
// unicode-escape decoder) resolves them: character names, the algorithmic names (Hangul
// syllables, CJK ideographs and other PREFIX-HEX names) and name aliases, case-insensitively.
// The data is generated (unicode-names.ts); the table is decoded once, lazily, on first use.

import { HEX_NAMED_RANGES, NAME_ALIASES, NAME_DATA } from './unicode-names.js';

const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

interface NameTable { readonly byName: ReadonlyMap<string, number> }
const cache: { table: NameTable | null } = { table: null };

function buildTable(): NameTable {
  const byName = new Map<string, number>();
  let prev = '';
  let cp = -1;
  for (const entry of NAME_DATA.split('|')) {
    let i = 0;
    if (entry.charCodeAt(0) === 33 /* ! */) {
      const semi = entry.indexOf(';');
      cp = parseInt(entry.slice(1, semi), 16);
      i = semi + 1;
    } else {
      cp += 1;
    }
    const shared = entry.charCodeAt(i) - 35;
    const name = prev.slice(0, shared) + entry.slice(i + 1);
    byName.set(name, cp);
    prev = name;
  }
  for (const [alias, value] of Object.entries(NAME_ALIASES)) byName.set(alias, value);
  return { byName };
}

/** Hangul syllable names, exact case only (as 3.11's _getcode compares them). */
function hangulSyllable(name: string): number | undefined {
  const rest = name.slice('HANGUL SYLLABLE '.length);
  // Greedy longest-match on each jamo part, as the Unicode algorithm does.
  const take = (table: readonly string[], s: string): [number, number] => {
    let best = -1;
    let len = -1;
    for (let i = 0; i < table.length; i++) {
      const j = table[i] as string;
      if (j.length > len && s.startsWith(j)) { best = i; len = j.length; }
    }
    return [best, len];
  };
  const [l, ll] = take(JAMO_L, rest);
  if (l < 0) return undefined;
  const [v, vl] = take(JAMO_V, rest.slice(ll));
  if (v < 0) return undefined;
  const [t, tl] = take(JAMO_T, rest.slice(ll + vl));
  if (t < 0 || ll + vl + tl !== rest.length) return undefined;
  return 0xac00 + (l * 21 + v) * 28 + t;
}

/** The code point named `name`, or undefined; mirrors unicodedata's _getcode (3.11): Hangul
 *  syllables and CJK unified ideographs match with exact case only, every other name and alias
 *  case-insensitively. */
export function lookupUnicodeName(name: string): number | undefined {
  if (name.startsWith('HANGUL SYLLABLE ')) return hangulSyllable(name);
  if (name.startsWith('CJK UNIFIED IDEOGRAPH-')) {
    const hex = name.slice('CJK UNIFIED IDEOGRAPH-'.length);
    if (!/^[0-9A-F]{4,5}$/.test(hex)) return undefined;
    return inRanges('CJK UNIFIED IDEOGRAPH', parseInt(hex, 16));
  }
  const upper = name.toUpperCase();
  const dash = upper.lastIndexOf('-');
  if (dash > 0) {
    const prefix = upper.slice(0, dash);
    const hex = upper.slice(dash + 1);
    if (prefix !== 'CJK UNIFIED IDEOGRAPH' && /^[0-9A-F]{4,6}$/.test(hex)) {
      const cp = parseInt(hex, 16);
      if (cp.toString(16).toUpperCase().padStart(4, '0') === hex) {
        const found = inRanges(prefix, cp);
        if (found !== undefined) return found;
      }
    }
  }
  if (cache.table === null) cache.table = buildTable();
  return cache.table.byName.get(upper);
}

function inRanges(prefix: string, cp: number): number | undefined {
  for (const [p, ranges] of HEX_NAMED_RANGES) {
    if (p !== prefix) continue;
    for (const [lo, hi] of ranges) if (cp >= lo && cp <= hi) return cp;
  }
  return undefined;
}
