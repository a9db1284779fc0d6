// Bundles the CLI: dist/glasspy.mjs (ESM, with a shebang), the worker it starts,
// dist/glasspy-worker.mjs (a small loader, src/cli/worker-boot.ts), and the worker proper,
// dist/glasspy-worker.cjs, with its V8 code cache dist/glasspy-worker.cache recorded by running
// scripts/warmup.py once. Run by `npm run build` and by `prepare`, so `npm ci` leaves
// `npx glasspy` working.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

mkdirSync('dist', { recursive: true });
// Two bundles: the command line (small, loaded by the main thread) and the worker that
// holds the parser and the runtime (src/cli/launch.ts starts it from the same folder).
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  minify: false,
  legalComments: 'none',
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __glasspyCreateRequire } from 'node:module';\nconst require = __glasspyCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
  // Graphviz in WebAssembly (1.2 MB): loaded from node_modules only when --heap-svg asks for it.
  external: ['@viz-js/viz'],
};
await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/glasspy.mjs' });
await build({ ...common, entryPoints: ['src/cli/worker-boot.ts'], outfile: 'dist/glasspy-worker.mjs' });
// CommonJS, so that the loader can compile it with a code cache (vm.Script's cachedData)
await build({ ...common, format: 'cjs', banner: {}, entryPoints: ['src/cli/worker.ts'], outfile: 'dist/glasspy-worker.cjs' });
chmodSync('dist/glasspy.mjs', 0o755);
// The loader compiles the worker with vm.Script, where import() has no loader: its dynamic imports
// go through the __glasspyImport parameter the loader passes (src/cli/worker-boot.ts).
{
  const text = readFileSync('dist/glasspy-worker.cjs', 'utf-8');
  const fixed = text.replaceAll('await import(', 'await __glasspyImport(');
  if (/(^|[^\w$.])import\(/m.test(fixed)) throw new Error('build: a dynamic import in the worker bundle is not `await import(...)`');
  writeFileSync('dist/glasspy-worker.cjs', fixed);
}
// The code cache: V8's compiled code for the bundle and for every function a typical script runs.
rmSync('dist/glasspy-worker.cache', { force: true });
const warm = spawnSync(process.execPath, ['dist/glasspy.mjs', 'run', 'scripts/warmup.py'], {
  env: { ...process.env, GLASSPY_WRITE_CODE_CACHE: '1' }, encoding: 'utf-8',
});
if (warm.status !== 0) {
  // not fatal: without the cache glasspy only starts more slowly
  console.warn(`build: no code cache (scripts/warmup.py exited with ${warm.status}): ${warm.stderr}`);
  rmSync('dist/glasspy-worker.cache', { force: true });
}
