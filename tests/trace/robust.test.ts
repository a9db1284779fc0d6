// The tools change nothing the program sees: every recorded CPython case (tests/cases) runs
// with --explain-gc, --trace-refs and --record all on, and prints exactly CPython's stdout
// with CPython's exit status (the narration goes to stderr, which is not compared here).
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runMain } from '../../src/interp/index.js';
import { repoRoot } from './harness.js';

const casesDir = join(repoRoot, 'tests', 'cases');
const cases: string[] = [];
for (const area of readdirSync(casesDir).sort()) {
  const dir = join(casesDir, area);
  if (!statSync(dir).isDirectory()) continue;
  for (const f of readdirSync(dir).sort()) if (f.endsWith('.py') && !f.endsWith('_mod.py')) cases.push(`tests/cases/${area}/${f}`);
}

describe('the program sees nothing of the tools', () => {
  test.each(cases)('%s', (rel) => {
    let stdout = '';
    const base = join(repoRoot, rel.slice(0, -3));
    const status = runMain({
      source: readFileSync(join(repoRoot, rel)),
      filename: rel,
      argv: [rel],
      stdout: (s) => { stdout += s; },
      stderr: () => undefined,
      readSource: (p) => (existsSync(p) ? readFileSync(p, 'utf-8') : null),
      trace: { explainGc: true, traceRefs: [], record: { limit: 5000, write: () => undefined } },
    });
    expect(stdout).toBe(existsSync(base + '.expected') ? readFileSync(base + '.expected', 'utf-8') : '');
    const want = existsSync(base + '.status') ? Number(readFileSync(base + '.status', 'utf-8').trim()) : 0;
    expect(status).toBe(want);
    // every refcount change of a case goes through the three tools: the largest cases
    // (100,000-key dicts, 20,000-int sorts) take 20-40 s of CPU here on 2 cores
  }, 240_000);
});
