// Shared harness for the folders of syntax-error cases recorded from python3: each
// tests/parser/<folder>/NAME.py must print exactly python3's stderr (NAME.stderr, from regen.py).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkModule, formatSyntaxError, parse, PySyntaxError } from '../../src/parser/index.js';
import type { Module } from '../../src/parser/ast.js';

function run(name: string, source: string): string {
  try {
    checkModule(parse(source, name) as Module, name, source);
    return '';
  } catch (e) {
    if (e instanceof PySyntaxError) return formatSyntaxError(e);
    throw e;
  }
}

export function describeRecordedErrors(title: string, folder: string, pattern: RegExp, moreThan: number): void {
  const dir = join(__dirname, folder);
  const cases = readdirSync(dir).filter((f) => pattern.test(f)).sort();
  describe(title, () => {
    it('has cases', () => { expect(cases.length).toBeGreaterThan(moreThan); });
    for (const file of cases) {
      it(file, () => {
        const want = readFileSync(join(dir, file.replace(/\.py$/, '.stderr')), 'utf8');
        expect(run(file, readFileSync(join(dir, file), 'utf8'))).toBe(want);
      });
    }
  });
}
