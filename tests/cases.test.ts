// The CPython-differential corpus: every tests/cases/<area>/NAME.py is run through runMain (or,
// with GLASSPY_CASES_CLI=1, through `node dist/glasspy.mjs run`) and compared with the stdout,
// stderr and exit status CPython 3.11 recorded beside it (scripts/regen-cases). See docs/cases.md.
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runMain } from '../src/interp/index.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const casesDir = join(repoRoot, 'tests', 'cases');

/** A case is any NAME.py directly inside an area folder whose name does not end in `_mod.py`. */
function listCases(): string[] {
  const out: string[] = [];
  for (const area of readdirSync(casesDir).sort()) {
    const dir = join(casesDir, area);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) {
      if (f.endsWith('.py') && !f.endsWith('_mod.py')) out.push(`tests/cases/${area}/${f}`);
    }
  }
  return out;
}

function readOr(path: string, dflt: string): string {
  return existsSync(path) ? readFileSync(path, 'utf-8') : dflt;
}

interface Outcome { stdout: string; stderr: string; status: number }

function runInProcess(rel: string): Outcome {
  let stdout = '';
  let stderr = '';
  const status = runMain({
    source: readFileSync(join(repoRoot, rel)),
    filename: rel,
    argv: [rel],
    stdout: (s) => { stdout += s; },
    stderr: (s) => { stderr += s; },
    readSource: (path: string) => {
      const p = join(repoRoot, path);
      return existsSync(p) ? readFileSync(p, 'utf-8') : null;
    },
  });
  return { stdout, stderr, status };
}

function runCli(rel: string): Outcome {
  const r = spawnSync('node', [join(repoRoot, 'dist', 'glasspy.mjs'), 'run', rel], {
    cwd: repoRoot, encoding: 'utf-8', timeout: 60_000,
  });
  // Like CPython, the CLI names the script by its absolute path; the recordings use the relative one.
  const stderr = r.stderr.split(`"${repoRoot}/`).join('"');
  return { stdout: r.stdout, stderr, status: r.status ?? -1 };
}

const useCli = process.env['GLASSPY_CASES_CLI'] === '1';
const only = process.env['GLASSPY_CASES_ONLY'];

describe('CPython-differential cases', () => {
  for (const rel of listCases()) {
    if (only !== undefined && !rel.includes(only)) continue;
    test(rel, () => {
      const base = join(repoRoot, rel.slice(0, -3));
      const got = useCli ? runCli(rel) : runInProcess(rel);
      expect(got.stdout).toBe(readOr(base + '.expected', ''));
      if (existsSync(base + '.stderr')) expect(got.stderr).toBe(readFileSync(base + '.stderr', 'utf-8'));
      else expect(got.stderr).toBe('');
      expect(got.status).toBe(Number(readOr(base + '.status', '0').trim()));
    });
  }
});
