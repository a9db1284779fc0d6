// Bundles the CLI (src/cli/main.ts) and everything it imports into one self-contained
// ESM file with a shebang: dist/glasspy.mjs. Run by `npm run build` and by `prepare`,
// so `npm ci` leaves `npx glasspy` working.
import { build } from 'esbuild';
import { chmodSync, mkdirSync } from 'node:fs';

mkdirSync('dist', { recursive: true });
await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/glasspy.mjs',
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
});
chmodSync('dist/glasspy.mjs', 0o755);
