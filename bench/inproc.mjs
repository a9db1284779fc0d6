// Times the interpreter without process start-up: bundles src/interp (esbuild, into a temporary
// file) and runs each bench/programs/*.py N times in this one process, printing the least and
// the median CPU time of each (noisy shared machines: CPU time, and its minimum, are the steadiest).
// Usage: node bench/inproc.mjs [--repeat N] [--only NAME] [--tree CHECKOUT]  (--tree: time another
// checkout's src, e.g. /work/main, on the same programs)
import { build } from 'esbuild';
import { readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let repeat = 5;
let only = null;
let src = root;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--repeat') repeat = Math.max(1, Number(args[++i]));
  else if (args[i] === '--only') only = args[++i];
  else if (args[i] === '--tree') src = args[++i];
  else { console.error('usage: inproc.mjs [--repeat N] [--only NAME] [--tree CHECKOUT]'); process.exit(2); }
}
const out = join(mkdtempSync(join(tmpdir(), 'glasspy-inproc-')), 'interp.mjs');
await build({
  entryPoints: [join(src, 'src/interp/index.ts')], bundle: true, platform: 'node', format: 'esm',
  target: 'node20', outfile: out, logLevel: 'warning',
});
const { runMain } = await import(pathToFileURL(out).href);
const progs = readdirSync(join(root, 'bench', 'programs')).filter((f) => f.endsWith('.py')).sort()
  .filter((f) => only === null || f === only || f === `${only}.py`);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
for (const f of progs) {
  const file = join(root, 'bench', 'programs', f);
  const source = readFileSync(file, 'utf-8');
  const ts = [];
  for (let i = 0; i < repeat; i++) {
    const c0 = process.cpuUsage();
    const st = runMain({ source, filename: file, argv: [file], debugChecks: false, stdout: () => {}, stderr: (s) => process.stderr.write(s) });
    const c = process.cpuUsage(c0);
    ts.push((c.user + c.system) / 1000);
    if (st !== 0) { console.log(`${f}: exit status ${st}`); break; }
  }
  console.log(`${f.padEnd(16)} first ${ts[0].toFixed(0).padStart(6)} ms   min ${Math.min(...ts).toFixed(0).padStart(6)} ms   median ${median(ts).toFixed(0).padStart(6)} ms`);
}
