// Shared by the tests of the teaching tools (src/trace/): run a script in-process with a
// tracer on, and compare narrations with recorded expected files.
//
// The expected files hold glasspy's real output (addresses and all), as a class would see
// it. The comparison normalises what other work on the interpreter legitimately moves: every
// address becomes a placeholder numbered by first appearance (so "the same object" still has
// to be the same address), pool addresses become 0x<pool>, and the interpreter's own object counts in a generation-2
// collection (the "N tracked objects", "+ N others: ..." summary) become <n>.
// GLASSPY_UPDATE_EXPECTED=1 rewrites the expected files from the current output.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMain } from '../../src/interp/index.js';
import type { TraceRunOptions } from '../../src/trace/setup.js';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Outcome { stdout: string; stderr: string; status: number; record: string | null }

export function runTraced(rel: string, trace: TraceRunOptions): Outcome {
  let stdout = '';
  let stderr = '';
  let record: string | null = null;
  const t: TraceRunOptions = { ...trace };
  if (trace.record !== undefined && trace.record !== null) t.record = { limit: trace.record.limit, write: (j) => { record = j; } };
  const status = runMain({
    source: readFileSync(join(repoRoot, rel)),
    filename: rel,
    argv: [rel],
    stdout: (s) => { stdout += s; },
    stderr: (s) => { stderr += s; },
    debugChecks: true,
    readSource: () => null,
    trace: t,
  });
  return { stdout, stderr, status, record };
}

export function normalise(text: string): string {
  const ids = new Map<string, string>();
  // which pool a block lands in depends on everything allocated before (start-up included)
  let s = text.replace(/pool 0x[0-9a-f]+/g, 'pool 0x<pool>');
  s = s.replace(/0x[0-9a-f]{6,}/g, (m) => {
    let v = ids.get(m);
    if (v === undefined) {
      v = `0x<${ids.size + 1}>`;
      ids.set(m, v);
    }
    return v;
  });
  s = s.replace(/: \d+ tracked objects/g, ': <n> tracked objects');
  s = s.replace(/at exit: \d+ of \d+ objects unreachable/g, 'at exit: <n> of <n> objects unreachable');
  // the summary of the interpreter's own objects, with its wrapped continuation lines
  s = s.replace(/^( {5}\+ )\d+ others?:.*(\n {7}\S.*)*/gm, '$1<n> others: <by type>');
  return s;
}

/** Compares (normalised) with the expected file, or rewrites it under GLASSPY_UPDATE_EXPECTED. */
export function expectedText(rel: string, actual: string): string {
  const path = join(repoRoot, rel);
  if (process.env['GLASSPY_UPDATE_EXPECTED'] === '1' || !existsSync(path)) {
    if (process.env['GLASSPY_UPDATE_EXPECTED'] === '1') writeFileSync(path, actual);
  }
  return existsSync(path) ? readFileSync(path, 'utf-8') : '(missing expected file ' + rel + ')';
}
