// --explain-gc on the classroom examples: each examples/NN_*.py that has a
// NN_*.explain-gc.expected beside it is run with the narration on; its stdout must be the
// example's .expected (CPython's output) and its stderr the recorded narration.
//
// The numbers in the narrations were checked against CPython 3.11 when they were recorded:
// gc.collect()'s return value and the set of unreachable objects (python3 prints the same
// collected counts), the automatic collection's trigger point (gc.callbacks in python3 show
// the same generation and collected count), refcounts equal to sys.getrefcount - 1.
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, runTraced, normalise, expectedText } from './harness.js';

const examples = readdirSync(join(repoRoot, 'examples')).filter((f) => f.endsWith('.explain-gc.expected')).map((f) => f.replace(/\.explain-gc\.expected$/, '')).sort();

describe('--explain-gc on examples/', () => {
  test('there are examples with a recorded narration', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });
  for (const name of examples) {
    test(name, () => {
      const r = runTraced(`examples/${name}.py`, { explainGc: true });
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(readFileSync(join(repoRoot, 'examples', `${name}.expected`), 'utf-8'));
      const want = expectedText(`examples/${name}.explain-gc.expected`, r.stderr);
      expect(normalise(r.stderr)).toBe(normalise(want));
    });
  }
});

describe('--explain-gc details', () => {
  test('narrow enough to project: no line over 78 columns', () => {
    for (const name of examples) {
      const r = runTraced(`examples/${name}.py`, { explainGc: true });
      const wide = r.stderr.split('\n').filter((l) => l.length > 78);
      expect(wide).toEqual([]);
    }
  });
  test('normalise keeps object identity: two mentions of one address stay equal', () => {
    expect(normalise('a 0x7f3a00001030 b 0x7f3a00002040 c 0x7f3a00001030')).toBe('a 0x<1> b 0x<2> c 0x<1>');
  });
  test('without --explain-gc nothing is narrated and nothing is traced', () => {
    const r = runTraced('examples/30_cycle_explained.py', {});
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('collected 2\nkeep is keep\n');
  });
});
