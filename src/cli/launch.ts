// The main thread's side of running Python: starts dist/glasspy-worker.mjs (src/cli/worker.ts)
// in a worker thread with a large stack, so that CPython's recursion limit (1000 Python
// frames, each several JavaScript frames deep) can never overflow the JavaScript stack
// before Python's own RecursionError is raised. This module stays small: the main thread
// loads only the command line parser, the worker loads the interpreter.
import { Worker } from 'node:worker_threads';
import { writeAll } from './output.js';

export interface RunRequest {
  what:
    | { kind: 'file'; file: string }
    | { kind: 'code'; code: string }
    | { kind: 'ast'; files: string[]; batch: boolean };
  args: string[];
  layout: '3.7' | '3.11';
  heapLimitBytes: number | null;
  gcThreshold: number | null;
  gcEnabled: boolean;
  debugChecks: boolean;
  /** --heap-svg, --arena-svg, --malloc-stats (src/cli/pictures.ts) */
  pictures: { heapFile: string | null; arenaFile: string | null; mallocStats: boolean };
}

const STACK_MB = 512;

/** Starts the worker and resolves with the script's exit status. */
export function runInWorker(req: RunRequest): Promise<number> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./glasspy-worker.mjs', import.meta.url), {
      workerData: req,
      resourceLimits: { stackSizeMb: STACK_MB },
      stdout: false,
      stderr: false,
    });
    let status: number | null = null;
    worker.on('message', (m: unknown) => {
      if (typeof m === 'number') status = m;
    });
    worker.on('error', (e: Error) => {
      writeAll(2, `glasspy: internal error: ${e.message}\n`);
      status = 70;
    });
    worker.on('exit', () => resolve(status ?? 70));
  });
}
