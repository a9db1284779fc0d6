// The cycle collector's scale benchmarks side by side: runs each bench/gc-*.py with python3 and
// with `node dist/glasspy.mjs run` (alternating, N times each), checks that everything they
// print besides timings is equal, and prints the least collection time of each (the line
// `gc-seconds: S` the program prints; `total-seconds: S` too when present) and the ratio
// glasspy / CPython. Least of N: the machine is shared, and the least run is the steadiest.
// Usage: node bench/gc-side-by-side.mjs [--repeat N] [--only NAME]      (npm run build first)
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let repeat = 3;
let only = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--repeat') repeat = Math.max(1, Number(args[++i]));
  else if (args[i] === '--only') only = args[++i];
  else {
    console.error('usage: gc-side-by-side.mjs [--repeat N] [--only NAME]');
    process.exit(2);
  }
}

const TIMING = /^(gc-seconds|total-seconds): ([0-9.]+)$/;

function run(cmd, argv) {
  const r = spawnSync(cmd, argv, { cwd: root, encoding: 'utf-8', maxBuffer: 1 << 26 });
  const times = {};
  const rest = [];
  for (const line of (r.stdout ?? '').split('\n')) {
    const m = TIMING.exec(line);
    if (m) times[m[1]] = Number(m[2]);
    else rest.push(line);
  }
  return { times, rest: rest.join('\n'), status: r.status, stderr: r.stderr ?? '' };
}

const progs = readdirSync(join(root, 'bench')).filter((f) => /^gc-.*\.py$/.test(f)).sort()
  .filter((f) => only === null || f === only || f === `${only}.py` || f === `gc-${only}.py`);
let failures = 0;
console.log(`${'benchmark'.padEnd(26)} ${'python3 s'.padStart(10)} ${'glasspy s'.padStart(10)} ${'ratio'.padStart(8)}`);
for (const f of progs) {
  const rel = `bench/${f}`;
  const best = { py: {}, gp: {} };
  let problem = null;
  for (let i = 0; i < repeat && problem === null; i++) {
    const a = run('python3', [rel]);
    const b = run(process.execPath, ['dist/glasspy.mjs', 'run', rel]);
    if (a.status !== 0 || b.status !== 0) problem = `exit status python3 ${a.status}, glasspy ${b.status}\n${a.stderr}${b.stderr}`;
    else if (a.rest !== b.rest) problem = `outputs differ\n  python3: ${JSON.stringify(a.rest)}\n  glasspy: ${JSON.stringify(b.rest)}`;
    for (const [side, r] of [['py', a], ['gp', b]]) {
      for (const [k, v] of Object.entries(r.times)) best[side][k] = Math.min(best[side][k] ?? Infinity, v);
    }
  }
  if (problem !== null) {
    failures++;
    console.log(`${f.padEnd(26)} ${problem}`);
    continue;
  }
  for (const k of Object.keys(best.py)) {
    const py = best.py[k];
    const gp = best.gp[k];
    const label = `${f.replace(/\.py$/, '')} ${k === 'gc-seconds' ? 'gc' : 'total'}`;
    console.log(`${label.padEnd(26)} ${py.toFixed(3).padStart(10)} ${gp.toFixed(3).padStart(10)} ${(gp / py).toFixed(2).padStart(7)}x`);
  }
}
console.log(`(least of ${repeat} runs each)`);
process.exit(failures > 0 ? 1 : 0);
