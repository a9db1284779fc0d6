// Bundles the CLI into self-contained ESM files: dist/glasspy.mjs (with a shebang) and the
// worker it starts, dist/glasspy-worker.mjs. Run by `npm run build` and by `prepare`,
// so `npm ci` leaves `npx glasspy` working.
import { build } from 'esbuild';
import { chmodSync, mkdirSync } from 'node:fs';

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
await build({ ...common, entryPoints: ['src/cli/worker.ts'], outfile: 'dist/glasspy-worker.mjs' });
chmodSync('dist/glasspy.mjs', 0o755);
