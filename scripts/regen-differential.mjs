#!/usr/bin/env node
// Records CPython's behaviour for every tests/differential/cases/NAME.py: standard output in
// NAME.expected, standard error in NAME.stderr (only when non-empty) and the exit status in
// NAME.status (only when non-zero). Needs python3 = CPython 3.11. Usage:
//   node scripts/regen-differential.mjs [NAME.py ...]
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync, existsSync, unlinkSync } from 'node:fs';
import { join, basename } from 'node:path';

const dir = new URL('../tests/differential/cases/', import.meta.url).pathname;
const version = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[:2])']).stdout.toString().trim();
if (version !== '(3, 11)') {
  console.error(`python3 is ${version}, need CPython 3.11`);
  process.exit(1);
}
const names = process.argv.length > 2 ? process.argv.slice(2).map((n) => basename(n)) : readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
for (const name of names) {
  const base = join(dir, name.slice(0, -3));
  const r = spawnSync('python3', [name], { cwd: dir, env: { ...process.env, PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' } });
  writeFileSync(base + '.expected', r.stdout);
  // file names as the test passes them (CPython 3.11 prints the script's absolute path)
  const err = r.stderr.toString().split(dir).join('');
  if (err !== '') writeFileSync(base + '.stderr', err);
  else if (existsSync(base + '.stderr')) unlinkSync(base + '.stderr');
  if (r.status !== 0) writeFileSync(base + '.status', `${r.status}\n`);
  else if (existsSync(base + '.status')) unlinkSync(base + '.status');
  console.log(`${name}: status ${r.status}`);
}
