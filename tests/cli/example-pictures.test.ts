// Every classroom example with the pictures on: `--heap-svg X.dot --arena-svg Y.svg` must not
// change what the script prints (its .expected, CPython 3.11's output), and must write an
// object graph with the script's global frame and its references, and an arena map.
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
const cli = join(root, 'dist', 'glasspy.mjs');
const examples = readdirSync(join(root, 'examples'))
  .filter((f) => /^\d\d_.*\.py$/.test(f))
  .sort();

beforeAll(() => {
  if (!existsSync(cli)) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
});

describe('pictures of every example', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(12);
  });

  it.each(examples)('%s', (file) => {
    const out = mkdtempSync(join(tmpdir(), 'glasspy-example-pictures-'));
    const dot = join(out, 'heap.dot');
    const arena = join(out, 'arena.svg');
    const r = spawnSync(process.execPath, [cli, 'run', '--heap-svg', dot, '--arena-svg', arena, join('examples', file)], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(root, 'examples', file.replace(/\.py$/, '.expected')), 'utf8'));
    const graph = readFileSync(dot, 'utf8');
    expect(graph).toMatch(/^digraph/);
    expect(graph).toContain('Global frame');
    expect(graph).toMatch(/->/);
    const map = readFileSync(arena, 'utf8');
    expect(map).toMatch(/^<svg|<svg /);
    expect(map).toMatch(/arena 0 at 0x[0-9a-f]+/);
  }, 150_000);
});
