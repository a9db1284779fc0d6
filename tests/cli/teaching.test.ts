// docs/teaching.md tells teachers which commands to type: every `npx glasspy run ...` it shows
// (in code blocks and inline; not the placeholders FILE and NN_name) must run as written, exit 0, and write the pictures it names
// (redirected here to a scratch folder).
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
const cli = join(root, 'dist', 'glasspy.mjs');

/** The `npx glasspy run ...` commands of the guide, as argument lists. */
function commands(): string[][] {
  const text = readFileSync(join(root, 'docs', 'teaching.md'), 'utf8');
  const found = new Set<string>();
  for (const m of text.matchAll(/npx glasspy run ([^`\n#|]+)/g)) found.add((m[1] as string).trim());
  return [...found].filter((c) => !c.includes('FILE') && !c.includes('NN_')).map((c) => c.split(/\s+/));
}

beforeAll(() => {
  if (!existsSync(cli)) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
});

describe('the commands of docs/teaching.md', () => {
  const all = commands();
  it('finds the guide\'s commands', () => {
    expect(all.length).toBeGreaterThanOrEqual(8);
  });

  it.each(all.map((c) => [c.join(' '), c]))('npx glasspy run %s', (_name, args) => {
    const out = mkdtempSync(join(tmpdir(), 'glasspy-teaching-'));
    const argv = (args as string[]).map((a, i, xs) => (i > 0 && /^--(heap|arena)-svg$/.test(xs[i - 1] as string) ? join(out, a) : a));
    const r = spawnSync(process.execPath, [cli, 'run', ...argv], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const pictures = argv.some((a) => /^--(heap|arena)-svg$/.test(a));
    if (pictures) expect(readdirSync(out).filter((f) => f.endsWith('.svg')).length).toBeGreaterThan(0);
  }, 150_000);
});
