// Scenario tests for the weakref module and the "Exception ignored in" reports: each
// tests/weakref/cases/NAME.py runs in glasspy; its stdout must equal what python3 3.11 printed
// (NAME.expected) and its stderr too (NAME.stderr), with addresses, directories and the file
// and line of frames inside weakref.py masked (glasspy compiles its own weakref source, named
// "<frozen weakref>"). Re-record with tests/weakref/record.sh.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runMain } from '../../src/interp/index.js';

const dir = join(import.meta.dirname, 'cases');
const cases = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

function maskWeakrefStderr(s: string): string {
  return s
    .replace(/0x[0-9a-f]+/g, 'ADDR')
    .replace(/File "(?:<frozen (_?weakref(?:set)?)>|[^"]*\/(_?weakref(?:set)?)\.py)", line \d+/g, (_m, a?: string, b?: string) => `File "${a ?? b ?? ''}.py", line N`)
    .replace(/"[^"]*\/([^/"]+\.py)"/g, '"$1"');
}

function run(file: string): { out: string; err: string; status: number } {
  let out = '';
  let err = '';
  const status = runMain({
    source: readFileSync(join(dir, file)),
    filename: join(dir, file),
    argv: [file],
    stdout: (s) => { out += s; },
    stderr: (s) => { err += s; },
    debugChecks: true,
  });
  return { out, err, status };
}

describe('weakref scenarios recorded from CPython 3.11', () => {
  for (const file of cases) {
    const base = file.slice(0, -3);
    it(base, () => {
      const r = run(file);
      expect(r.out).toBe(readFileSync(join(dir, `${base}.expected`), 'utf8'));
      expect(maskWeakrefStderr(r.err)).toBe(maskWeakrefStderr(readFileSync(join(dir, `${base}.stderr`), 'utf8')));
      expect(r.status).toBe(0);
    }, 60000);
  }
});
