// repr() of str, bytes, float and complex against values recorded from python3
// (tests/util/pyrepr-cases.json, written by a one-off python3 snippet in the file's history).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bytesRepr, complexRepr, floatRepr, strRepr } from '../../src/util/pyrepr.js';
import { isPrintable } from '../../src/util/unicode-printable.js';

interface Cases {
  floats: [string, number | string][];
  strs: [string, string][];
  bytes: [number[], string][];
  complex: [number | string, number | string, string][];
  printable: [number, boolean][];
}
const cases = JSON.parse(readFileSync(join(__dirname, 'pyrepr-cases.json'), 'utf8')) as Cases;
const num = (v: number | string): number => (typeof v === 'number' ? v : Number(v.replace('inf', 'Infinity')));

describe('pyrepr', () => {
  it('classifies code points as Python 3.11 (Unicode 14) does, whatever the host knows', () => {
    const wrong = cases.printable.filter(([c, p]) => isPrintable(c) !== p);
    expect(wrong).toEqual([]);
  });
  it.each(cases.floats)('float repr %s', (want, v) => {
    expect(floatRepr(num(v))).toBe(want);
  });
  it('float repr of -0.0', () => expect(floatRepr(-0)).toBe('-0.0'));
  it.each(cases.strs)('str repr of %j', (s, want) => expect(strRepr(s)).toBe(want));
  it.each(cases.bytes)('bytes repr of %j', (b, want) => expect(bytesRepr(Uint8Array.from(b))).toBe(want));
  it.each(cases.complex)('complex repr (%s, %s)', (r, i, want) => expect(complexRepr(num(r), num(i))).toBe(want));
});
