// Malformed number literals: each tests/lexer/number-errors/NAME.py must print exactly
// python3's stderr (NAME.stderr, recorded by regen.py there; empty when python3 accepts it).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatSyntaxError, parse, PySyntaxError } from '../../src/parser/index.js';

const dir = join(__dirname, 'number-errors');
const cases = readdirSync(dir).filter((f) => /^n\d+\.py$/.test(f)).sort();

function run(name: string, source: string): string {
  try {
    parse(source, name);
    return '';
  } catch (e) {
    if (e instanceof PySyntaxError) return formatSyntaxError(e);
    throw e;
  }
}

describe('number literal errors as python3 reports them', () => {
  it('has cases', () => { expect(cases.length).toBeGreaterThan(30); });
  for (const file of cases) {
    it(`${file}: ${readFileSync(join(dir, file), 'utf8').trim()}`, () => {
      const want = readFileSync(join(dir, file.replace(/\.py$/, '.stderr')), 'utf8');
      expect(run(file, readFileSync(join(dir, file), 'utf8'))).toBe(want);
    });
  }
});
