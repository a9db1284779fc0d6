// The narrating tools from the command line: option parsing (a bare --trace-refs before the
// script, --trace-refs=TYPES), the narration on stderr and the program's output on stdout,
// --record writing its file, and the default (no option: nothing narrated).
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { repoRoot } from './harness.js';

const cli = join(repoRoot, 'dist', 'glasspy.mjs');

function run(args: string[]): { stdout: string; stderr: string; status: number | null } {
  const p = spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { stdout: p.stdout, stderr: p.stderr, status: p.status };
}

beforeAll(() => {
  if (!existsSync(cli)) spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'ignore' });
});

describe('glasspy run with the narrating tools', () => {
  it('--explain-gc: narration on stderr, output on stdout', () => {
    const r = run(['run', '--explain-gc', 'examples/30_cycle_explained.py']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('collected 2\nkeep is keep\n');
    expect(r.stderr).toContain('why:      gc.collect() called at line 25');
    expect(r.stderr).toContain('unreachable: Node name=\'a\'');
  });

  it('a bare --trace-refs before the script is the default selection', () => {
    const r = run(['run', '--trace-refs', 'tests/trace/fixtures/refs_types.py']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('done\n');
    expect(r.stderr).toMatch(/refs: line +6 +Node 0x[0-9a-f]+ +new Node/);
    expect(r.stderr).toMatch(/refs: line +7 +list 0x/);
  });

  it('--trace-refs=TYPES selects by type name', () => {
    const r = run(['run', '--trace-refs=Node', 'tests/trace/fixtures/refs_types.py']);
    expect(r.stderr).toMatch(/^refs: line +\d+ +Node 0x/m);
    expect(r.stderr).not.toMatch(/^refs: (line +\d+|at exit) +list 0x/m);
    expect(r.stderr).toContain('released by the dying list 0x'); // named in a cause, not ledgered
  });

  it('--record FILE writes the JSON record; --record-limit caps it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glasspy-record-'));
    const f = join(dir, 'run.json');
    const r = run(['run', '--record', f, '--record-limit', '100', 'examples/30_cycle_explained.py']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('collected 2\nkeep is keep\n');
    expect(r.stderr).toBe('');
    const rec = JSON.parse(readFileSync(f, 'utf8')) as { format: string; version: number; events: unknown[]; truncated: boolean };
    expect([rec.format, rec.version, rec.events.length, rec.truncated]).toEqual(['glasspy-record', 1, 100, true]);
  });

  it('without the options nothing is narrated', () => {
    const r = run(['run', 'examples/30_cycle_explained.py']);
    expect(r.stderr).toBe('');
  });
});
