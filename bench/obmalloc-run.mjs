// Bundles bench/obmalloc.ts with esbuild and runs it: node bench/obmalloc-run.mjs
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = join(mkdtempSync(join(tmpdir(), 'obmalloc-bench-')), 'bench.mjs');
await build({ entryPoints: ['bench/obmalloc.ts'], outfile: out, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning' });
await import(out);
