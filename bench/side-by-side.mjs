// Runs each bench/programs/*.py with python3 and with `dist/glasspy.cjs run` (the command as npm
// installs it: the file runs as a program, through its launcher lines), alternating,
// checks that the outputs are equal, and prints per-program time ratios (glasspy / CPython) and
// their geometric mean: wall-clock time, and CPU time (user + system, steadier on a shared
// machine). A first row times an empty script: the start-up cost in every other row (not in the
// geometric mean). Each figure is the median of N runs.
// Usage: node bench/side-by-side.mjs [--repeat N] [--only NAME] [--glasspy PATH/TO/glasspy.cjs]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let repeat = 1;
let only = null;
let glasspy = 'dist/glasspy.cjs';
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--repeat') repeat = Math.max(1, Number(args[++i]));
  else if (args[i] === '--only') only = args[++i];
  else if (args[i] === '--glasspy') glasspy = args[++i];
  else { console.error('usage: side-by-side.mjs [--repeat N] [--only NAME] [--glasspy PATH]'); process.exit(2); }
}

/** Runs a command; wall and CPU seconds (CPU from /proc's view of the finished child, via time). */
function timed(cmd, argv) {
  const stat = join(tmp, 'time');
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S', '-o', stat, cmd, ...argv], { cwd: root, encoding: 'utf-8', maxBuffer: 1 << 26 });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const [u, s] = readFileSync(stat, 'utf-8').trim().split('\n').pop().split(' ').map(Number);
  return { secs, cpu: u + s, out: r.stdout, err: r.stderr, status: r.status };
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const geomean = (xs) => Math.exp(xs.reduce((s, r) => s + Math.log(r), 0) / xs.length);

const tmp = mkdtempSync(join(tmpdir(), 'glasspy-bench-'));
const empty = join(tmp, 'empty.py');
writeFileSync(empty, 'pass\n');
const progs = readdirSync(join(root, 'bench', 'programs')).filter((f) => f.endsWith('.py')).sort()
  .filter((f) => only === null || f === only || f === `${only}.py`);
const ratios = [];
const cpuRatios = [];
let mismatches = 0;
console.log(`glasspy: ${glasspy}; median of ${repeat} run(s)`);
console.log(`${'program'.padEnd(16)} ${'python3 s'.padStart(10)} ${'glasspy s'.padStart(10)} ${'ratio'.padStart(8)}   ${'py cpu'.padStart(7)} ${'gp cpu'.padStart(7)} ${'cpu ratio'.padStart(9)}`);
for (const f of ['(start-up)', ...progs]) {
  const file = f === '(start-up)' ? empty : `bench/programs/${f}`;
  const py = [], gp = [], pyc = [], gpc = [];
  let ok = true, pyOut = '', gpOut = '';
  for (let i = 0; i < repeat; i++) {
    const a = timed('python3', [file]);
    const b = timed(glasspy.includes('/') ? glasspy : `./${glasspy}`, ['run', file]);
    py.push(a.secs); gp.push(b.secs); pyc.push(a.cpu); gpc.push(b.cpu); pyOut = a.out; gpOut = b.out;
    if (a.out !== b.out || a.status !== b.status) { ok = false; break; }
  }
  if (!ok) {
    mismatches++;
    console.log(`${f.padEnd(16)} OUTPUT MISMATCH\n  python3: ${JSON.stringify(pyOut)}\n  glasspy: ${JSON.stringify(gpOut)}`);
    continue;
  }
  const r = median(gp) / median(py);
  const rc = median(gpc) / median(pyc);
  if (f !== '(start-up)') {
    ratios.push(r);
    cpuRatios.push(rc);
  }
  console.log(`${f.padEnd(16)} ${median(py).toFixed(3).padStart(10)} ${median(gp).toFixed(3).padStart(10)} ${r.toFixed(2).padStart(7)}x   ${median(pyc).toFixed(2).padStart(7)} ${median(gpc).toFixed(2).padStart(7)} ${rc.toFixed(2).padStart(8)}x`);
}
if (ratios.length > 0) {
  console.log(`geometric mean of ${ratios.length} ratios (median of ${repeat}): ${geomean(ratios).toFixed(2)}x wall, ${geomean(cpuRatios).toFixed(2)}x CPU`);
}
process.exit(mismatches > 0 ? 1 : 0);
