// Every snippet of tests/parser/ast-cases/cases.py parses to python3's exact tree, positions
// included (expected.json, recorded by regen.py there).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../src/parser/index.js';
import { toCanonical } from './canonical.js';

const dir = join(__dirname, 'ast-cases');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, unknown>;
const casesPy = readFileSync(join(dir, 'cases.py'), 'utf8');

/** The snippets, read back from cases.py by asking python3's own output (expected.json) for names. */
function sources(): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^ {4}'([a-z_0-9]+)': ('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"),$/gm;
  for (const m of casesPy.matchAll(re)) out[m[1] as string] = unquote(m[2] as string);
  return out;
}

/** Decodes the Python string literals used in cases.py (simple escapes only). */
function unquote(lit: string): string {
  const body = lit.slice(1, -1);
  return body.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}

describe('ast-cases: trees identical to python3', () => {
  const src = sources();
  it('reads every case', () => {
    expect(Object.keys(src).sort()).toEqual(Object.keys(expected).sort());
  });
  for (const name of Object.keys(expected)) {
    it(name, () => {
      expect(toCanonical(parse(src[name] as string, `${name}.py`))).toEqual(expected[name]);
    });
  }
});
