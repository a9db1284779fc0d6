// Runs each bench/programs/*.py with python3 and with `node dist/glasspy.mjs run`, checks that the
// outputs are equal, and prints per-program time ratios (glasspy / CPython) and their geometric
// mean. Usage: node bench/side-by-side.mjs [--repeat N] [--only NAME]   (median of N runs each)
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let repeat = 1;
let only = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--repeat') repeat = Math.max(1, Number(args[++i]));
  else if (args[i] === '--only') only = args[++i];
  else { console.error(`usage: side-by-side.mjs [--repeat N] [--only NAME]`); process.exit(2); }
}

function timed(cmd, argv) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd: root, encoding: 'utf-8', maxBuffer: 1 << 26 });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  return { secs, out: r.stdout, err: r.stderr, status: r.status };
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

const progs = readdirSync(join(root, 'bench', 'programs')).filter((f) => f.endsWith('.py')).sort()
  .filter((f) => only === null || f === only || f === `${only}.py`);
const ratios = [];
let mismatches = 0;
console.log(`${'program'.padEnd(16)} ${'python3 s'.padStart(10)} ${'glasspy s'.padStart(10)} ${'ratio'.padStart(8)}`);
for (const f of progs) {
  const rel = `bench/programs/${f}`;
  const py = [], gp = [];
  let ok = true, pyOut = '', gpOut = '';
  for (let i = 0; i < repeat; i++) {
    const a = timed('python3', [rel]);
    const b = timed('node', ['dist/glasspy.mjs', 'run', rel]);
    py.push(a.secs); gp.push(b.secs); pyOut = a.out; gpOut = b.out;
    if (a.out !== b.out || a.status !== b.status) { ok = false; break; }
  }
  if (!ok) {
    mismatches++;
    console.log(`${f.padEnd(16)} OUTPUT MISMATCH\n  python3: ${JSON.stringify(pyOut)}\n  glasspy: ${JSON.stringify(gpOut)}`);
    continue;
  }
  const r = median(gp) / median(py);
  ratios.push(r);
  console.log(`${f.padEnd(16)} ${median(py).toFixed(3).padStart(10)} ${median(gp).toFixed(3).padStart(10)} ${r.toFixed(2).padStart(7)}x`);
}
if (ratios.length > 0) {
  const geo = Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length);
  console.log(`geometric mean of ${ratios.length} ratios (median of ${repeat}): ${geo.toFixed(2)}x`);
}
process.exit(mismatches > 0 ? 1 : 0);
