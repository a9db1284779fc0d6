// The main thread's side of running Python: starts dist/glasspy-worker.mjs (src/cli/worker.ts)
// in a worker thread with a large stack, so that CPython's recursion limit (1000 Python
// frames, each several JavaScript frames deep) can never overflow the JavaScript stack
// before Python's own RecursionError is raised. This module stays small: the main thread
// loads only the command line parser, the worker loads the interpreter.
import { Worker, type MessagePort } from 'node:worker_threads';
import { writeAll } from './output.js';

export interface RunRequest {
  what:
    | { kind: 'file'; file: string }
    | { kind: 'code'; code: string }
    | { kind: 'ast'; files: string[]; batch: boolean }
    // the interactive prompt (src/cli/repl.ts), after running `script` in __main__ with -i
    | { kind: 'repl'; script: ReplScript | null; link: ReplLink; banner: string | null }
    // `glasspy < script.py`: the program is standard input, named <stdin>
    | { kind: 'stdin' };
  args: string[];
  layout: '3.7' | '3.11';
  heapLimitBytes: number | null;
  gcThreshold: number | null;
  gcStress: boolean;
  gcEnabled: boolean;
  debugChecks: boolean;
  /** --heap-svg, --arena-svg, --malloc-stats (src/cli/pictures.ts) */
  pictures: { heapFile: string | null; arenaFile: string | null; mallocStats: boolean };
  /** the teaching tools (src/trace/) */
  explainGc?: boolean;
  /** null: off; []: the default selection; else type names */
  traceRefs?: string[] | null;
  /** --record FILE */
  record?: string | null;
  recordLimit?: number | null;
}

/** What `-i` runs before the prompt. */
export type ReplScript = { kind: 'file'; file: string } | { kind: 'code'; code: string };

/**
 * How the prompt's worker gets its lines from the main thread (src/cli/repl.ts): it posts
 * `{ type: 'readline', prompt }`, then sleeps on control[0] until the main thread has put the
 * answer on `port` and set control[0] to 1. control[1] is the Ctrl-C flag the interpreter
 * polls (Interpreter.interruptFlag).
 */
export interface ReplLink {
  control: SharedArrayBuffer;
  port: MessagePort;
  /** stdin is a terminal: the main thread's line editor draws the prompts */
  terminal: boolean;
}

const STACK_MB = 512;

/**
 * Starts the worker and resolves with the script's exit status. `attach` lets the caller
 * listen to the worker (the prompt's line requests).
 */
export function runInWorker(req: RunRequest, attach?: (w: Worker) => void): Promise<number> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./glasspy-worker.mjs', import.meta.url), {
      workerData: req,
      transferList: req.what.kind === 'repl' ? [req.what.link.port] : [],
      resourceLimits: { stackSizeMb: STACK_MB },
      stdout: false,
      stderr: false,
    });
    attach?.(worker);
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
