#!/usr/bin/env node
// Last-digit fidelity of float math: runs the same math calls under python3 and glasspy and counts
// results whose repr differs. Usage: node scripts/math-fidelity.mjs [N per function] [glasspy.mjs]
//   [--record FILE K]  also writes the first K python3 results per function as a test fixture.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const rec = args.indexOf('--record');
const recordFile = rec >= 0 ? args[rec + 1] : null;
const recordK = rec >= 0 ? Number(args[rec + 2]) : 0;
const pos = rec >= 0 ? args.slice(0, rec) : args;
const N = Number(pos[0] ?? 2000);
const glasspy = pos[1] ?? new URL('../dist/glasspy.mjs', import.meta.url).pathname;

// deterministic xorshift PRNG, so runs are comparable
let s = 0x9e3779b9;
const rnd = () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 4294967296; };
const uni = (a, b) => a + (b - a) * rnd();
const logu = (a, b) => Math.exp(uni(Math.log(a), Math.log(b)));
const sgn = (v) => (rnd() < 0.5 ? -v : v);

const FUNCS = {
  exp: () => [uni(-700, 700)],
  log: () => [logu(1e-300, 1e300)],
  sin: () => [sgn(logu(1e-5, 1e6))],
  cos: () => [sgn(logu(1e-5, 1e6))],
  tan: () => [sgn(logu(1e-5, 1e6))],
  atan2: () => [sgn(logu(1e-3, 1e3)), sgn(logu(1e-3, 1e3))],
  pow: () => [logu(1e-3, 1e3), uni(-50, 50)],
  fpow: () => [logu(1e-3, 1e3), uni(-50, 50)],
  log10: () => [logu(1e-300, 1e300)],
  log2: () => [logu(1e-300, 1e300)],
  expm1: () => [uni(-30, 700)],
  log1p: () => [logu(1e-10, 1e10)],
  sinh: () => [uni(-700, 700)],
  cosh: () => [uni(-700, 700)],
  tanh: () => [uni(-20, 20)],
  asin: () => [uni(-1, 1)],
  acos: () => [uni(-1, 1)],
  atan: () => [sgn(logu(1e-5, 1e5))],
  hypot: () => [sgn(logu(1e-3, 1e3)), sgn(logu(1e-3, 1e3))],
  sqrt: () => [logu(1e-300, 1e300)],
};
const lit = (v) => { const t = String(v); return /[.e]/.test(t) ? t : t + '.0'; };
const inputs = {};
let prog = 'import math\n';
for (const [name, gen] of Object.entries(FUNCS)) {
  const xs = Array.from({ length: N }, gen);
  inputs[name] = xs;
  const call = name === 'fpow' ? 'a[0] ** a[1]' : `math.${name}(*a)`;
  prog += `for a in [${xs.map((a) => '(' + a.map(lit).join(', ') + ',)').join(', ')}]:\n    print(${JSON.stringify(name)}, repr(${call}))\n`;
}
const file = '/tmp/math-fidelity-prog.py';
writeFileSync(file, prog);
const run = (cmd, argv) => execFileSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 28 }).trim().split('\n');
const want = run('python3', [file]);
const got = run('node', [glasspy, file]);
const bad = {};
for (const name of Object.keys(FUNCS)) bad[name] = 0;
for (let i = 0; i < want.length; i++) if (want[i] !== got[i]) bad[want[i].split(' ')[0]]++;
for (const name of Object.keys(FUNCS)) console.log(`${name.padEnd(6)} ${bad[name]}/${N}`);
if (recordFile) {
  const out = {};
  let i = 0;
  for (const name of Object.keys(FUNCS)) {
    out[name] = inputs[name].slice(0, recordK).map((a, j) => [...a, want[i + j].split(' ')[1]]);
    i += N;
  }
  writeFileSync(recordFile, JSON.stringify(out) + '\n');
}
