// The worker thread's first module (bundled as CommonJS, dist/glasspy-boot.cjs, which
// src/cli/launch.ts starts; scripts/build.mjs gives it import.meta.url): loads the worker proper,
// dist/glasspy-worker.cjs (src/cli/worker.ts: parser and runtime), through V8's code cache
// dist/glasspy-worker.cache, which scripts/build.mjs records by running a warm-up script once. With the cache V8 skips parsing and compiling the 1.5 MB
// bundle and every function the warm-up ran; a missing or stale cache (another Node version, other
// V8 flags such as --cpu-prof) is simply rejected by V8 and the bundle is compiled as usual.
// No CPython counterpart.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

type CommonJsBody = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string,
  importModule: (specifier: string) => Promise<unknown>) => void;

function boot(): void {
  const here = dirname(fileURLToPath(import.meta.url));
  const file = join(here, 'glasspy-worker.cjs');
  const cacheFile = join(here, 'glasspy-worker.cache');
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // scripts/build.mjs makes the bundle pure ASCII, which latin1 reads as UTF-8 would, only faster
  const source = readFileSync(file, 'latin1');
  // The bundle's dynamic import (of @viz-js/viz, for --heap-svg) is rewritten by scripts/build.mjs
  // to call __glasspyImport: code compiled by vm.Script has no module loader of its own.
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __glasspyImport) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const body = script.runInThisContext() as CommonJsBody;
  const mod = { exports: {} };
  // Runs the worker: a script runs to its end inside this call.
  body(mod.exports, createRequire(file), mod, file, here, (specifier) => import(specifier));
  if (process.env['GLASSPY_WRITE_CODE_CACHE'] === '1') {
    // scripts/build.mjs: record the cache once the warm-up script has run to its end (body()
    // returns at the worker's first `await`, before the script starts), so that it holds every
    // function the run compiled: the runtime's creation, the parser, the interpreter.
    process.on('exit', () => {
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
    });
  }
}

boot();
