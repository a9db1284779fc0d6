// --trace-refs and glasspy.track/ledger: the ledger's texts are ours (recorded from glasspy
// into tests/trace/fixtures/*.refs.expected); its numbers are checked against CPython here:
// every "argument of getrefcount()" line of the ledger shows the value python3 printed for
// that sys.getrefcount call (the fixtures' .expected stdout was recorded from python3).
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, runTraced, normalise, expectedText } from './harness.js';

const fx = (name: string): string => `tests/trace/fixtures/${name}`;

describe('--trace-refs', () => {
  test('refs_basic: the ledger, recorded', () => {
    const r = runTraced(fx('refs_basic.py'), { traceRefs: [] });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(repoRoot, fx('refs_basic.expected')), 'utf-8'));
    expect(normalise(r.stderr)).toBe(normalise(expectedText(fx('refs_basic.refs.expected'), r.stderr)));
  });

  test("refs_basic: the ledger's refcounts are CPython's sys.getrefcount values", () => {
    const r = runTraced(fx('refs_basic.py'), { traceRefs: [] });
    const node = /refs: line +\d+ +(Node 0x[0-9a-f]+) /.exec(r.stderr)?.[1] as string;
    const seen = r.stderr.split('\n')
      .filter((l) => l.includes(node) && l.includes('argument of getrefcount()') && !l.includes('released'))
      .map((l) => Number(/-> (\d+)/.exec(l)?.[1]));
    const printed = readFileSync(join(repoRoot, fx('refs_basic.expected')), 'utf-8').split('\n').slice(0, 7).map(Number);
    expect(seen).toEqual(printed);
  });

  test('every change of a watched object is +1 or -1 and chains from the previous value', () => {
    const r = runTraced(fx('refs_basic.py'), { traceRefs: [] });
    const last = new Map<string, number>();
    for (const l of r.stderr.split('\n')) {
      const m = /refs: .*? (\S+ 0x[0-9a-f]+) {2}([+-]\d+) -> (\d+) /.exec(l);
      if (m === null) {
        const n = /refs: .*? (\S+ 0x[0-9a-f]+) {2}new .*refcount (\d+)$/.exec(l);
        if (n !== null) last.set(n[1] as string, Number(n[2]));
        continue;
      }
      const [, who, d, to] = m as unknown as [string, string, string, string];
      expect(Math.abs(Number(d))).toBe(1);
      expect(last.get(who)).toBe(Number(to) - Number(d));
      last.set(who, Number(to));
    }
    expect(last.size).toBeGreaterThanOrEqual(2);
  });

  test('the causes a class reads', () => {
    const r = runTraced(fx('refs_basic.py'), { traceRefs: [] });
    for (const cause of [
      '+1 -> 2  bound to name `b`',
      'stored in a new list',
      'argument of show()',
      'frame of show() cleared',
      'deleted by `del b`',
      'result of the expression statement discarded',
      'released by the dying list',
      'temporary released after reading its .name; refcount 0: deallocated now',
      'name `a` rebound (old value released); refcount 0: deallocated now',
      'freed: 56-byte block',
    ]) expect(r.stderr).toContain(cause);
  });

  test('--trace-refs=list selects by type name', () => {
    const r = runTraced(fx('refs_types.py'), { traceRefs: ['list'] });
    expect(r.stdout).toBe(readFileSync(join(repoRoot, fx('refs_types.expected')), 'utf-8'));
    const who = new Set(r.stderr.split('\n').filter((l) => l.startsWith('refs:')).map((l) => /  (\S+) 0x/.exec(l)?.[1]));
    expect([...who]).toEqual(['list']);
    expect(r.stderr).toContain('+1 -> 2  bound to name `ys`');
    expect(r.stderr).toContain('deleted by `del xs`');
  });

  test('glasspy.track and glasspy.ledger', () => {
    const r = runTraced(fx('ledger_track.py'), {});
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(normalise(r.stdout)).toBe(normalise(expectedText(fx('ledger_track.expected'), r.stdout)));
    // python3 prints 5 for that getrefcount (b, alias, two list slots, the argument)
    expect(r.stdout.split('\n')[0]).toBe('5');
    expect(r.stdout).toContain('ValueError: glasspy.ledger(): this Box object has no ledger');
  });
});
