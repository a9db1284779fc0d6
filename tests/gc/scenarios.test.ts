// Scenario tests for the cycle collector, gc and weakref modules, in the spirit of CPython's
// test_gc: each tests/gc/cases/NAME.py runs in glasspy and its stdout (and stderr, with
// addresses and paths masked) must equal what python3 3.11 printed (NAME.expected /
// NAME.stderr, regenerated with tests/gc/record.sh).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runMain } from '../../src/interp/index.js';

const dir = join(import.meta.dirname, 'cases');
const cases = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

function mask(s: string): string {
  return s.replace(/0x[0-9a-f]+/g, 'ADDR').replace(/"[^"]*\/([^/"]+\.py)"/g, '"$1"');
}

function run(file: string, debugChecks: boolean): { out: string; err: string; status: number } {
  let out = '';
  let err = '';
  const status = runMain({
    source: readFileSync(join(dir, file)),
    filename: join(dir, file),
    argv: [file],
    stdout: (s) => { out += s; },
    stderr: (s) => { err += s; },
    debugChecks,
  });
  return { out, err, status };
}

describe('gc scenarios recorded from CPython 3.11', () => {
  for (const file of cases) {
    const base = file.slice(0, -3);
    // the million-node cycle runs without the (slow) heap and list validation
    const debug = base !== 'big_cycle';
    it(`${base}${debug ? ' (gc lists validated between phases)' : ''}`, () => {
      const r = run(file, debug);
      expect(r.out).toBe(readFileSync(join(dir, `${base}.expected`), 'utf8'));
      expect(mask(r.err)).toBe(mask(readFileSync(join(dir, `${base}.stderr`), 'utf8')));
      expect(r.status).toBe(0);
    }, 120000);
  }
});
