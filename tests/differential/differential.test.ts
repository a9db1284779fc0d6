// Runs every tests/differential/cases/NAME.py in-process through runMain and compares with
// what CPython 3.11 printed (recorded by scripts/regen-differential.mjs): stdout byte for
// byte, the exit status, and stderr (whole, or its last line when it shows addresses).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { runMain } from '../../src/interp/index.js';

const dir = join(__dirname, 'cases');
const cases = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

function lastLine(s: string): string {
  const lines = s.trimEnd().split('\n');
  return lines[lines.length - 1] ?? '';
}

describe('differential cases against recorded CPython 3.11 output', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  for (const name of cases) {
    it(name, () => {
      const base = join(dir, name.slice(0, -3));
      const source = readFileSync(join(dir, name), 'utf8');
      let out = '';
      let err = '';
      const status = runMain({
        source,
        filename: name,
        argv: [name],
        stdout: (s) => (out += s),
        stderr: (s) => (err += s),
        readSource: (p) => {
          const full = join(dir, p);
          return existsSync(full) ? readFileSync(full, 'utf8') : null;
        },
      });
      expect(out).toBe(readFileSync(base + '.expected', 'utf8'));
      const wantStatus = existsSync(base + '.status') ? Number(readFileSync(base + '.status', 'utf8').trim()) : 0;
      expect(status).toBe(wantStatus);
      if (existsSync(base + '.stderr')) {
        const want = readFileSync(base + '.stderr', 'utf8');
        // whole tracebacks must match, unless they show addresses (0x...), which differ
        if (/0x[0-9a-f]+/.test(want)) expect(lastLine(err)).toBe(lastLine(want));
        else expect(err).toBe(want);
      } else expect(err).toBe('');
    });
  }
});
