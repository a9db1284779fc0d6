// The request a command line makes of the worker (src/cli/launch.ts's RunRequest) from its
// options: shared by the full command line (command-line.ts) and the entry point's shortcut for
// a plain `glasspy [run] FILE ARGS...` (main.ts), so both build the very same request.
import type { RunRequest } from './launch.js';

/** The run options as commander hands them over (all absent for a plain script run). */
export interface RunOptions {
  mallocLayout?: '3.7' | '3.11';
  heapLimit?: number;
  gcThreshold?: number;
  gcStress?: boolean;
  gc?: boolean;
  debugChecks?: boolean;
  heapSvg?: string;
  arenaSvg?: string;
  mallocStats?: boolean;
  explainGc?: boolean;
  traceRefs?: string;
  record?: string;
  recordLimit?: number;
}

/** The request to run `what` with the given options. */
export function makeRequest(
  what: { kind: 'file'; file: string } | { kind: 'code'; code: string },
  args: string[],
  opts: RunOptions,
): RunRequest {
  return {
    what,
    args,
    layout: opts.mallocLayout ?? '3.7',
    heapLimitBytes: opts.heapLimit === undefined ? null : Math.floor(opts.heapLimit * 1024 * 1024),
    gcThreshold: opts.gcThreshold ?? null,
    gcStress: opts.gcStress === true,
    gcEnabled: opts.gc !== false,
    debugChecks: opts.debugChecks === true,
    pictures: { heapFile: opts.heapSvg ?? null, arenaFile: opts.arenaSvg ?? null, mallocStats: opts.mallocStats === true },
    explainGc: opts.explainGc === true,
    traceRefs: opts.traceRefs === undefined ? null : opts.traceRefs.split(',').map((t) => t.trim()).filter((t) => t !== '' && t !== '*'),
    record: opts.record ?? null,
    recordLimit: opts.recordLimit === undefined ? null : Math.floor(opts.recordLimit),
  };
}

/**
 * The request of a command line that is only a script and its arguments, `glasspy run FILE ...`
 * or `glasspy FILE ...` (FILE neither an option nor a command name): exactly what commander makes
 * of it (command-line.ts; tests/cli/plain-run.test.ts compares the two), without loading commander.
 * null for any other command line. Everything after FILE belongs to the script, as commander's
 * passThroughOptions has it.
 */
export function plainScriptRequest(argv: readonly string[]): RunRequest | null {
  const words = argv.slice(2);
  const at = words[0] === 'run' ? 1 : 0;
  const file = words[at];
  if (file === undefined || file.startsWith('-')) return null;
  if (at === 0 && (file === 'ast' || file === 'help')) return null;
  return makeRequest({ kind: 'file', file }, words.slice(at + 1), {});
}
