#!/usr/bin/env node
// Side-by-side benchmark: runs every bench/*.py with python3 and with glasspy, checks that both
// print the same thing, and prints each time ratio (glasspy / CPython) and their geometric mean.
// Usage: node bench/run.mjs [--runs N] [NAME.py ...]   (build first: npm run build)
// GLASSPY_CMD overrides the glasspy command (default: node dist/glasspy.mjs run).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, basename } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const args = process.argv.slice(2);
let runs = 3;
const picked = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else picked.push(basename(args[i]));
}
const files = picked.length > 0 ? picked : readdirSync(here).filter((f) => f.endsWith('.py')).sort();
const gpCmd = (process.env.GLASSPY_CMD ?? `node ${join(here, '..', 'dist', 'glasspy.mjs')} run`).split(' ');

function time(cmd, file) {
  let best = Infinity;
  let out = '';
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    const p = spawnSync(cmd[0], [...cmd.slice(1), file], { maxBuffer: 1 << 26 });
    const dt = Number(process.hrtime.bigint() - t0) / 1e9;
    if (p.status !== 0) throw new Error(`${cmd.join(' ')} ${file} failed: ${p.stderr.toString()}`);
    out = p.stdout.toString();
    best = Math.min(best, dt);
  }
  return { best, out };
}

let logSum = 0;
console.log('benchmark          CPython   glasspy    ratio');
for (const f of files) {
  const path = join(here, f);
  const py = time(['python3'], path);
  const gp = time(gpCmd, path);
  const ratio = gp.best / py.best;
  logSum += Math.log(ratio);
  const same = py.out === gp.out ? '' : '  OUTPUT DIFFERS';
  console.log(`${f.padEnd(16)} ${py.best.toFixed(3).padStart(8)}s ${gp.best.toFixed(3).padStart(8)}s ${ratio.toFixed(2).padStart(7)}x${same}`);
}
console.log(`geometric mean ratio: ${Math.exp(logSum / files.length).toFixed(2)}x (best of ${runs} runs each, process start included)`);
