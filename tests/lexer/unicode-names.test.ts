// \N{...} lookups against what python3 3.11 resolves (values recorded from python3).
import { describe, expect, it } from 'vitest';
import { lookupUnicodeName } from '../../src/lexer/unicode-lookup.js';

describe('lookupUnicodeName', () => {
  const cases: Array<[string, number | undefined]> = [
    ['latin small letter a', 0x61], ['Latin Small Letter A', 0x61], ['SPACE', 0x20],
    ['EM SPACE', 0x2003], ['GREEK SMALL LETTER ALPHA', 0x3b1], ['SNAKE', 0x1f40d],
    ['CJK UNIFIED IDEOGRAPH-4E00', 0x4e00], ['CJK UNIFIED IDEOGRAPH-04E00', 0x4e00],
    ['CJK UNIFIED IDEOGRAPH-20000', 0x20000], ['CJK UNIFIED IDEOGRAPH-4e00', undefined],
    ['cjk unified ideograph-4E00', undefined], ['CJK UNIFIED IDEOGRAPH-004E00', undefined],
    ['CJK UNIFIED IDEOGRAPH-4E0', undefined], ['HANGUL SYLLABLE GAG', 0xac01],
    ['hangul syllable gag', undefined], ['lf', 10], ['BYTE ORDER MARK', 0xfeff],
    ['TANGUT IDEOGRAPH-17000', undefined], ['CJK COMPATIBILITY IDEOGRAPH-F900', 0xf900],
    ['NUSHU CHARACTER-1b170', 0x1b170], ['NUSHU CHARACTER-01B170', undefined],
    ['KHITAN SMALL SCRIPT CHARACTER-18B00', 0x18b00], ['DASH', undefined], ['NO SUCH NAME', undefined],
  ];
  for (const [name, want] of cases) {
    it(name, () => { expect(lookupUnicodeName(name)).toBe(want); });
  }
  it('agrees with python3 on a sample of names', () => {
    // python3: [unicodedata.lookup(n) for n in ...]
    expect(lookupUnicodeName('ZERO WIDTH JOINER')).toBe(0x200d);
    expect(lookupUnicodeName('HANGUL SYLLABLE HIH')).toBe(0xd7a3);
    expect(lookupUnicodeName('LATIN CAPITAL LETTER A WITH RING ABOVE')).toBe(0xc5);
    expect(lookupUnicodeName('DIGIT ZERO')).toBe(0x30);
  });
});
