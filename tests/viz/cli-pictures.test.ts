// The picture options of `glasspy run` as a user meets them: --heap-svg (SVG or .dot),
// --arena-svg, one file per glasspy.snapshot() or one at exit, and --malloc-stats, whose
// report is CPython's PYTHONMALLOCSTATS=1 report (the first block recorded from python3.11).
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pictureFileName } from '../../src/cli/pictures.js';

const root = resolve(__dirname, '..', '..');
const cli = join(root, 'dist', 'glasspy.mjs');
let dir = '';

function glasspy(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const p = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { status: p.status, stdout: p.stdout, stderr: p.stderr };
}

beforeAll(() => {
  if (!existsSync(cli)) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'glasspy-pictures-'));
  writeFileSync(join(dir, 'plain.py'), 'a = [1, 2]\nb = (a, "x" * 3)\nprint("done")\n');
  writeFileSync(join(dir, 'snaps.py'), 'import glasspy\nx = [10 ** 5]\nglasspy.snapshot("one")\ny = {"k": x}\nglasspy.snapshot("two words!")\nglasspy.snapshot()\n');
});

describe('glasspy run picture options', () => {
  it('names snapshot files FILE-N-label.EXT, keeping the folder and the extension', () => {
    expect(pictureFileName('heap.svg', { index: 0, label: '' })).toBe('heap.svg');
    expect(pictureFileName('out/heap.svg', { index: 2, label: 'after del' })).toBe('out/heap-2-after_del.svg');
    expect(pictureFileName('heap', { index: 1, label: 'x' })).toBe('heap-1-x');
    expect(pictureFileName('dir.v2/heap', { index: 3, label: '' })).toBe('dir.v2/heap-3');
    expect(pictureFileName('h.dot', { index: 1, label: '¡olé! 2' })).toBe('h-1-ol_2.dot');
  });

  it('--heap-svg draws the heap at exit when the script takes no snapshot', () => {
    const r = glasspy(['run', '--heap-svg', 'heap.svg', 'plain.py']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('done\n');
    expect(r.stderr).toBe('glasspy: heap picture written to heap.svg\n');
    const svg = readFileSync(join(dir, 'heap.svg'), 'utf8');
    expect(svg).toMatch(/^<\?xml|^<svg|^<!DOCTYPE/);
    expect(svg).toContain('>Global frame<');
    expect(svg).toContain('>at exit<');
    expect(svg).toContain('>tuple<');
    expect(svg).toContain('&#39;xxx&#39;<');
  });

  it('writes one file per snapshot, named FILE-N-label, and a .dot file gets Graphviz source', () => {
    const r = glasspy(['run', '--heap-svg', 'snap.dot', '--arena-svg', 'arena.svg', 'snaps.py']);
    expect(r.status).toBe(0);
    const files = readdirSync(dir).filter((f) => f.startsWith('snap-') || f.startsWith('arena-')).sort();
    expect(files).toEqual(['arena-1-one.svg', 'arena-2-two_words.svg', 'arena-3.svg', 'snap-1-one.dot', 'snap-2-two_words.dot', 'snap-3.dot']);
    const dot = readFileSync(join(dir, 'snap-2-two_words.dot'), 'utf8');
    expect(dot).toMatch(/^digraph heap \{/);
    expect(dot).toContain("snapshot 2 'two words!' (line 5)");
    expect(dot).toContain("['k']");
    expect(readFileSync(join(dir, 'arena-1-one.svg'), 'utf8')).toContain('int 100000 at 0x');
    expect(existsSync(join(dir, 'snap.dot'))).toBe(false);
  });

  it('--malloc-stats prints what PYTHONMALLOCSTATS=1 prints: at each new arena and after finalization', () => {
    const r = glasspy(['run', '--malloc-stats', '--malloc-layout', '3.11', 'plain.py']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('done\n');
    const first = readFileSync(join(__dirname, 'data', 'pythonmallocstats-3.11-first-arena.txt'), 'utf8');
    expect(r.stderr.startsWith(first)).toBe(true);
    const reports = r.stderr.split('Small block threshold = 512, in 32 size classes.\n');
    expect(reports).toHaveLength(3);
    expect(reports[2]).toMatch(/# arenas allocated current +=\s+1\n/);
    const big = glasspy(['run', '--malloc-stats', 'plain.py']);
    expect(big.stderr.split('Small block threshold = 512, in 64 size classes.\n')).toHaveLength(3);
    // CPython reports after finalization even when the script does not compile.
    writeFileSync(join(dir, 'bad.py'), 'x =\n');
    const bad = glasspy(['run', '--malloc-stats', 'bad.py']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('SyntaxError: invalid syntax');
    expect(bad.stderr.split('Small block threshold = 512, in 64 size classes.\n')).toHaveLength(3);
  });
});
