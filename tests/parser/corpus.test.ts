// The parser against CPython on the project's own grammar corpus: each
// tests/parser/corpus/NAME.py must dump exactly as python3's ast.dump(ast.parse(...)) did,
// recorded in NAME.ast by scripts/regen-ast-corpus.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../src/parser/index.js';
import { dump } from '../../src/parser/dump.js';

const dir = join(__dirname, 'corpus');
const cases = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

describe('ast corpus (dumps recorded from CPython 3.11)', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));
  it.each(cases)('%s', (name) => {
    const source = readFileSync(join(dir, name));
    const want = readFileSync(join(dir, name.replace(/\.py$/, '.ast')), 'utf8').trimEnd();
    expect(dump(parse(source, name, 'exec'))).toBe(want);
  });
});
