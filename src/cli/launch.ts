// The main thread's side of running Python: starts dist/glasspy-boot.cjs (src/cli/worker-boot.ts,
// which loads src/cli/worker.ts) in a worker thread with a large stack, so that CPython's
// recursion limit (1000 Python frames, each several JavaScript frames deep) can never overflow
// the JavaScript stack before Python's own RecursionError is raised. This module stays small:
// the main thread loads only the command line parser, the worker loads the interpreter.
import { SHARE_ENV, Worker, type MessagePort } from 'node:worker_threads';
import { writeAll } from './output.js';

export interface RunRequest {
  what:
    | { kind: 'file'; file: string }
    | { kind: 'code'; code: string }
    | { kind: 'ast'; files: string[]; batch: boolean }
    // the interactive prompt (src/cli/repl.ts), after running `script` in __main__ with -i
    | { kind: 'repl'; script: ReplScript | null; link: ReplLink; banner: string | null }
    // `glasspy < script.py` and `glasspy - ARGS...`: the program is standard input, named <stdin>;
    // sys.argv[0] is '' or '-' as python3's
    | { kind: 'stdin'; argv0?: '-' };
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
  /**
   * A script's Ctrl-C flag (Interpreter.interruptFlag, one Int32), set by runInWorker for
   * file, -c and stdin runs; the prompt has its own in ReplLink.
   */
  interrupt?: SharedArrayBuffer;
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
 * What the worker posts when the script ended by an uncaught KeyboardInterrupt (a type, so that
 * the worker's bundle need not import this module).
 */
export type ExitSigintNote = 'exit-sigint';
const EXIT_SIGINT: ExitSigintNote = 'exit-sigint';

/**
 * Starts the worker and resolves with the script's exit status. `attach` lets the caller
 * listen to the worker (the prompt's line requests).
 *
 * For a script (file, -c, stdin) the main thread plays CPython's SIGINT handler: Ctrl-C raises
 * the shared flag and the script's next loop iteration, call or sleep raises KeyboardInterrupt.
 * A Ctrl-C that comes while the previous one is still unanswered (the script is stuck where
 * nothing looks at the flag) ends the run at once. When the script ended by an uncaught
 * KeyboardInterrupt the process kills itself by SIGINT once the worker is done, as CPython's
 * exit_sigint does (a shell shows status 130).
 */
export function runInWorker(req: RunRequest, attach?: (w: Worker) => void): Promise<number> {
  const script = req.what.kind === 'file' || req.what.kind === 'code' || req.what.kind === 'stdin';
  const interrupt = script ? new SharedArrayBuffer(4) : undefined;
  const flag = interrupt === undefined ? null : new Int32Array(interrupt);
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./glasspy-boot.cjs', import.meta.url), {
      workerData: interrupt === undefined ? req : { ...req, interrupt },
      transferList: req.what.kind === 'repl' ? [req.what.link.port] : [],
      resourceLimits: { stackSizeMb: STACK_MB },
      // the worker reads the process's environment as it is (nothing here changes it): no copy
      env: SHARE_ENV,
      stdout: false,
      stderr: false,
    });
    attach?.(worker);
    let status: number | null = null;
    let sigint = false;
    const onSigint = (): void => {
      if (flag === null) return;
      if (Atomics.load(flag, 0) !== 0) {
        // the previous Ctrl-C is still pending: stop waiting for the script
        sigint = true;
        status = 130;
        void worker.terminate();
        return;
      }
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0); // wakes a time.sleep()
    };
    if (flag !== null) process.on('SIGINT', onSigint);
    worker.on('message', (m: unknown) => {
      if (typeof m === 'number') status = m;
      else if (m === EXIT_SIGINT) sigint = true;
    });
    worker.on('error', (e: Error) => {
      writeAll(2, `glasspy: internal error: ${e.message}\n`);
      status = 70;
    });
    worker.on('exit', () => {
      if (flag !== null) process.off('SIGINT', onSigint);
      // exit_sigint: with no listener left, node restores SIGINT's default action
      if (sigint && process.listenerCount('SIGINT') === 0) process.kill(process.pid, 'SIGINT');
      resolve(status ?? 70);
    });
  });
}
