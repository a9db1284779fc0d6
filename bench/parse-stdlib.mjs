#!/usr/bin/env node
// Parsing speed, side by side in one run: glasspy's parser and CPython's ast.parse over
// the same files (by default every .py file of python3's standard library).
// Usage: node bench/parse-stdlib.mjs [--limit N] [DIR]
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
let limit = Infinity;
let dir = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--limit') limit = Number(args[++i]);
  else dir = args[i];
}
dir ??= execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();

const files = [];
(function walk(d) {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) { if (name !== 'site-packages' && name !== '__pycache__') walk(p); }
    else if (name.endsWith('.py')) files.push(p);
  }
})(dir);
files.splice(limit);

const tmp = mkdtempSync(join(tmpdir(), 'glasspy-parse-bench-'));
await build({ entryPoints: ['src/parser/index.ts'], outfile: join(tmp, 'parser.mjs'), bundle: true, format: 'esm', platform: 'node', logLevel: 'error' });
const { parse } = await import(pathToFileURL(join(tmp, 'parser.mjs')).href);

const sources = files.map((f) => readFileSync(f));
let lines = 0;
for (const s of sources) for (const b of s) if (b === 10) lines++;

// Warm up the JIT on a slice, then time one full pass.
for (const s of sources.slice(0, 100)) { try { parse(s, 'x.py'); } catch { /* counted below */ } }
let errors = 0;
const t0 = performance.now();
for (let i = 0; i < sources.length; i++) {
  try { parse(sources[i], files[i]); } catch { errors++; }
}
const ours = (performance.now() - t0) / 1000;

const listFile = join(tmp, 'files.txt');
writeFileSync(listFile, files.join('\n'));
const py = `
import ast, sys, time, warnings
warnings.simplefilter('ignore')
srcs = [open(p, 'rb').read() for p in open(sys.argv[1]).read().split('\\n')]
t = time.perf_counter()
for s in srcs:
    try: ast.parse(s)
    except Exception: pass
print(time.perf_counter() - t)
`;
const theirs = Number(execFileSync('python3', ['-c', py, listFile], { encoding: 'utf8' }).trim());

const fmt = (sec) => `${Math.round(lines / sec).toLocaleString('en-US')} lines/s (${sec.toFixed(2)} s)`;
console.log(`${files.length} files, ${lines.toLocaleString('en-US')} lines (${errors} glasspy parse errors)`);
console.log(`glasspy parse:    ${fmt(ours)}`);
console.log(`python3 ast.parse: ${fmt(theirs)}`);
console.log(`ratio (glasspy time / python3 time): ${(ours / theirs).toFixed(2)}`);
