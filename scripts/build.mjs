// Bundles the CLI: dist/glasspy.cjs (the entry point; dist/glasspy.mjs loads it), dist/glasspy-cli.mjs (its option
// parsing, loaded when needed), the worker it starts,
// dist/glasspy-boot.cjs (a small loader, src/cli/worker-boot.ts), and the worker proper,
// dist/glasspy-worker.cjs, with its V8 code cache dist/glasspy-worker.cache recorded by running
// scripts/warmup.py once, and whose parser starts from lookahead tables recorded here
// (src/parser/lookahead-tables.ts). Run by `npm run build` and by `prepare`, so `npm ci` leaves
// `npx glasspy` working.
import { build, buildSync } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

mkdirSync('dist', { recursive: true });
// Two bundles: the command line (small, loaded by the main thread) and the worker that
// holds the parser and the runtime (src/cli/launch.ts starts it from the same folder).
// dist/glasspy.cjs (the bin) and dist/glasspy.mjs start as shell scripts. Node 20 reads the whole
// CA bundle that NODE_EXTRA_CA_CERTS names as the process starts, before any JavaScript runs: 50
// ms on machines that set it to the system bundle (`node -e 0`: 70 ms with it, 20 ms without).
// glasspy makes no TLS connection and Python scripts cannot see the environment, so the launcher
// unsets it and `exec`s node (same process id, so signals and exit statuses are node's own). The
// two lines are read by sh as well as by node: node skips the `#!` line and reads the second as a
// string and a comment, so `node dist/glasspy.cjs` runs on and keeps the variable.
const launcherLines = '#!/bin/sh\n":" //; unset NODE_EXTRA_CA_CERTS; exec node "$0" "$@"';
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  minify: false,
  legalComments: 'none',
  banner: {
    js: `import { createRequire as __glasspyCreateRequire } from 'node:module';\nconst require = __glasspyCreateRequire(import.meta.url);`,
  },
  logLevel: 'warning',
  // Graphviz in WebAssembly (1.2 MB): loaded from node_modules only when --heap-svg asks for it.
  external: ['@viz-js/viz'],
};
// What the parser and the lexer would otherwise work out from the grammar at every start: the
// parser's lookahead tables (src/parser/lookahead-tables.ts) and the lexer's hints
// (src/lexer/lexer-hints.ts), recorded from the sources being bundled and built into the worker
// in place of the `null` of src/parser/prebuilt-lookahead.ts and src/lexer/prebuilt-lexer-hints.ts.
const recorded = recordStartupTables();
const prebuiltTables = {
  name: 'prebuilt-tables',
  setup(b) {
    const as = (name, json) => () => ({ contents: `export const ${name} = JSON.parse(${JSON.stringify(json)});\n`, loader: 'js' });
    b.onLoad({ filter: /[\\/]src[\\/]parser[\\/]prebuilt-lookahead\.ts$/ }, as('PREBUILT_LOOKAHEAD', recorded.lookahead));
    b.onLoad({ filter: /[\\/]src[\\/]lexer[\\/]prebuilt-lexer-hints\.ts$/ }, as('PREBUILT_LEXER_HINTS', recorded.lexerHints));
  },
};
// The entry point is CommonJS (dist/glasspy.cjs, the package's bin): node reaches the first line
// of a CommonJS main ~5 ms sooner than that of an ES module. dist/glasspy.mjs only loads it, for
// `node dist/glasspy.mjs` (the name this command had first).
await build({
  ...common, format: 'cjs', entryPoints: ['src/cli/main.ts'], outfile: 'dist/glasspy.cjs',
  banner: { js: `${launcherLines}\n'use strict';\nconst __glasspyMainUrl = require('node:url').pathToFileURL(__filename).href;` },
  define: { 'import.meta.url': '__glasspyMainUrl' },
});
writeFileSync('dist/glasspy.mjs', `${launcherLines}\nimport './glasspy.cjs';\n`);
// The full command line (commander), which the entry point loads only when it has more to parse
// than `[run] FILE ARGS...`.
await build({ ...common, entryPoints: ['src/cli/command-line.ts'], outfile: 'dist/glasspy-cli.mjs' });
// The worker's first file is CommonJS: a worker that starts from one does not set up the ESM
// loader (several milliseconds, and asynchronous steps, before the first line runs).
rmSync('dist/glasspy-worker.mjs', { force: true }); // this loader's name before it was CommonJS
await build({
  ...common, format: 'cjs', entryPoints: ['src/cli/worker-boot.ts'], outfile: 'dist/glasspy-boot.cjs',
  banner: { js: "'use strict';\nconst __glasspyBootUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__glasspyBootUrl' },
});
// CommonJS, so that the loader can compile it with a code cache (vm.Script's cachedData).
// Whitespace is minified (1.8 MB -> 1.4 MB: less to read and to turn into a string at every
// start); identifiers are not: chevrotain reads its parser's class name (constructor.name), and
// internal errors stay readable. Python tracebacks never show JavaScript names.
await build({
  ...common, format: 'cjs', banner: {}, entryPoints: ['src/cli/worker.ts'], outfile: 'dist/glasspy-worker.cjs', plugins: [prebuiltTables],
  minifyWhitespace: true,
});
chmodSync('dist/glasspy.cjs', 0o755);
chmodSync('dist/glasspy.mjs', 0o755);
for (const name of ['PREBUILT_LOOKAHEAD', 'PREBUILT_LEXER_HINTS']) {
  if (!new RegExp(`\\b${name}\\s*=\\s*JSON\\.parse\\(`).test(readFileSync('dist/glasspy-worker.cjs', 'utf-8'))) throw new Error(`build: ${name} did not reach the worker bundle`);
}
// The loader compiles the worker with vm.Script, where import() has no loader: its dynamic imports
// go through the __glasspyImport parameter the loader passes (src/cli/worker-boot.ts).
{
  const text = readFileSync('dist/glasspy-worker.cjs', 'utf-8');
  const fixed = text.replaceAll('await import(', 'await __glasspyImport(');
  if (/(^|[^\w$.])import\(/m.test(fixed)) throw new Error('build: a dynamic import in the worker bundle is not `await import(...)`');
  // ASCII only, so that the loader can read it as latin1: a one-byte string made without any
  // decoding (one non-ASCII character would make the whole 1.7 MB a two-byte string, decoded from
  // UTF-8 at every start). esbuild already escapes every non-ASCII character of the code; what it
  // leaves is in comments it keeps, where an escape means the same to a reader and nothing to V8.
  const ascii = fixed.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (/[^\x00-\x7f]/.test(ascii)) throw new Error('build: the worker bundle is not ASCII');
  writeFileSync('dist/glasspy-worker.cjs', ascii);
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

/** Runs the recorders of src/parser and src/lexer (bundled on the fly); their JSON texts. */
function recordStartupTables() {
  const gen = 'dist/.startup-tables.mjs';
  buildSync({
    ...common, banner: {}, outfile: gen, logLevel: 'warning',
    stdin: {
      contents: [
        "import { recordLookaheadTables } from './src/parser/parser.ts';",
        "import { recordLexerHints } from './src/lexer/lexer-hints.ts';",
        "import { allTokens, rawLexer } from './src/lexer/tokens.ts';",
        "process.stdout.write(JSON.stringify({ lookahead: JSON.stringify(recordLookaheadTables()), lexerHints: JSON.stringify(recordLexerHints(rawLexer, allTokens)) }));",
      ].join('\n'),
      resolveDir: '.', loader: 'ts',
    },
  });
  const run = spawnSync(process.execPath, [gen], { encoding: 'utf-8', maxBuffer: 64 << 20 });
  rmSync(gen, { force: true });
  if (run.status !== 0) throw new Error(`build: recording the start-up tables failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}
