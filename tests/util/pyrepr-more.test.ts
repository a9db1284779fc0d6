// More repr() cases recorded from python3 by tests/util/regen-pyrepr.py: random and edge floats,
// complexes with signed zeros / inf / nan, ints, strings sampled from every 25th non-printable
// range, and the whole code space checked against Python 3.11's str.isprintable().
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bytesRepr, complexRepr, floatRepr, intRepr, strRepr } from '../../src/util/pyrepr.js';
import { isPrintable } from '../../src/util/unicode-printable.js';

interface More {
  floats: [string, number | string][];
  strs: [string, string][];
  bytes: [number[], string][];
  complex: [number | string, number | string, string][];
  ints: [string, string][];
}
const more = JSON.parse(readFileSync(join(__dirname, 'pyrepr-more.json'), 'utf8')) as More;
const ranges = JSON.parse(readFileSync(join(__dirname, 'nonprintable.json'), 'utf8')) as [number, number][];
const num = (v: number | string): number => (typeof v === 'number' ? v : Number(v.replace('inf', 'Infinity')));

describe('pyrepr (more recorded cases)', () => {
  it('agrees with str.isprintable() on every code point U+0000..U+10FFFF', () => {
    const python = new Uint8Array(0x110000);
    for (const [a, b] of ranges) python.fill(1, a, b + 1);
    const wrong: string[] = [];
    for (let c = 0; c < 0x110000; c++) {
      if (isPrintable(c) === (python[c] === 1)) wrong.push(c.toString(16));
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });
  it.each(more.floats)('float repr %s', (want, v) => expect(floatRepr(num(v))).toBe(want));
  it.each(more.strs)('str repr of %j', (s, want) => expect(strRepr(s)).toBe(want));
  it.each(more.bytes)('bytes repr of %j', (b, want) => expect(bytesRepr(Uint8Array.from(b))).toBe(want));
  it.each(more.complex)('complex repr (%s, %s)', (r, i, want) => expect(complexRepr(num(r), num(i))).toBe(want));
  it.each(more.ints)('int repr %s', (v, want) => expect(intRepr(BigInt(v))).toBe(want));
});
