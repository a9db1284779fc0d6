// Each tests/parser/syntax-errors/NAME.py must produce exactly python3's stderr (NAME.stderr,
// recorded by regen.py there): parse + checkModule + formatSyntaxError.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, checkModule, formatSyntaxError, PySyntaxError } from '../../src/parser/index.js';
import type * as A from '../../src/parser/ast.js';

const dir = join(__dirname, 'syntax-errors');
const cases = readdirSync(dir).filter((f) => f.endsWith('.py') && f !== 'regen.py').sort();

export function runCase(name: string, source: string): string {
  try {
    const tree = parse(source, name, 'exec');
    checkModule(tree as A.Module, name, source);
    return '';
  } catch (e) {
    if (e instanceof PySyntaxError) return formatSyntaxError(e);
    throw e;
  }
}

describe('syntax errors print exactly as python3', () => {
  for (const file of cases) {
    it(file, () => {
      const source = readFileSync(join(dir, file), 'utf8');
      const recorded = readFileSync(join(dir, file.replace(/\.py$/, '.stderr')), 'utf8');
      // a program python3 compiles (it may fail at run time) must parse and check cleanly
      const expected = recorded.startsWith('Traceback') ? '' : recorded;
      expect(runCase(file, source)).toBe(expected);
    });
  }
});
