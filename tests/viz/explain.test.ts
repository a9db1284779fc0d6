// glasspy.explain on fixed scripts (tests/viz/explain/NAME.py): the output, with addresses made
// symbolic, must equal NAME.out. The .out files were written by glasspy and checked by hand:
// every reference of each refcount is accounted for (CPython has no such function).
// To re-record after a deliberate change: GLASSPY_RECORD=1 npx vitest run tests/viz/explain.test.ts
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, symbolicAddresses } from './helpers.js';

const dir = join(__dirname, 'explain');

describe('glasspy.explain', () => {
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.py')).sort()) {
    it(f, () => {
      const r = run(readFileSync(join(dir, f), 'utf8'));
      expect(r.err).toBe('');
      expect(r.status).toBe(0);
      const got = symbolicAddresses(r.out);
      const expectedPath = join(dir, f.replace(/\.py$/, '.out'));
      if (process.env.GLASSPY_RECORD === '1') writeFileSync(expectedPath, got);
      expect(got).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }

  it('counts every reference: names, holders, the argument, temporaries', () => {
    const r = run('import glasspy\nx = [1]\ny = [x, x]\nglasspy.explain(x)\n');
    expect(r.out).toContain('refcount 4: 3 references from names and objects, 1 held by this call\'s argument');
    expect(r.out).toMatch(/1\. global `x` → list at 0x[0-9a-f]+\n/);
    expect(r.out).toMatch(/2\. global `y` → list at 0x[0-9a-f]+ \[0\] → list/);
    expect(r.out).toMatch(/3\. global `y` → list at 0x[0-9a-f]+ \[1\] → list/);
  });

  it('bounds the chains it prints, shortest first', () => {
    const r = run('import glasspy\nx = []\nholders = [[x] for i in range(20)]\nglasspy.explain(x)\n');
    const lines = r.out.split('\n').filter((l) => /^ {2}\d+\. /.test(l));
    expect(lines).toHaveLength(8);
    expect(lines[0]).toMatch(/^ {2}1\. global `x` → list/);
    expect(r.out).toContain('... and 13 more');
  });

  it('rejects a missing argument as CPython-style builtins do', () => {
    const r = run('import glasspy\nglasspy.explain()\n');
    expect(r.status).toBe(1);
    expect(r.err).toContain("TypeError: explain() missing required argument 'obj' (pos 1)");
  });
});
