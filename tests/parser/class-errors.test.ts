// A bare generator expression as the class argument list: each
// tests/parser/class-errors/NAME.py must print exactly python3's stderr (NAME.stderr, from regen.py).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkModule, formatSyntaxError, parse, PySyntaxError } from '../../src/parser/index.js';
import type { Module } from '../../src/parser/ast.js';

const dir = join(__dirname, 'class-errors');
const cases = readdirSync(dir).filter((f) => /^k.*\.py$/.test(f)).sort();

function run(name: string, source: string): string {
  try {
    checkModule(parse(source, name) as Module, name, source);
    return '';
  } catch (e) {
    if (e instanceof PySyntaxError) return formatSyntaxError(e);
    throw e;
  }
}

describe('class argument errors as python3 reports them', () => {
  it('has cases', () => { expect(cases.length).toBeGreaterThan(4); });
  for (const file of cases) {
    it(file, () => {
      const want = readFileSync(join(dir, file.replace(/\.py$/, '.stderr')), 'utf8');
      expect(run(file, readFileSync(join(dir, file), 'utf8'))).toBe(want);
    });
  }
});
