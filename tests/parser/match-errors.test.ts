// Unreachable match patterns and or-patterns binding different names (checkModule): each
// tests/parser/match-errors/NAME.py must print exactly python3's stderr (NAME.stderr, from regen.py).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkModule, formatSyntaxError, parse, PySyntaxError } from '../../src/parser/index.js';
import type { Module } from '../../src/parser/ast.js';

const dir = join(__dirname, 'match-errors');
const cases = readdirSync(dir).filter((f) => /^m.*\.py$/.test(f)).sort();

function run(name: string, source: string): string {
  try {
    checkModule(parse(source, name) as Module, name, source);
    return '';
  } catch (e) {
    if (e instanceof PySyntaxError) return formatSyntaxError(e);
    throw e;
  }
}

describe('match pattern errors as python3 reports them', () => {
  it('has cases', () => { expect(cases.length).toBeGreaterThan(10); });
  for (const file of cases) {
    it(file, () => {
      const want = readFileSync(join(dir, file.replace(/\.py$/, '.stderr')), 'utf8');
      expect(run(file, readFileSync(join(dir, file), 'utf8'))).toBe(want);
    });
  }
});
