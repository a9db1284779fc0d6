// The main thread's side of the interactive prompt (`glasspy`, `glasspy -i FILE`): it owns the
// terminal. The interpreter runs in the worker (src/cli/repl-worker.ts) and asks for each line;
// this side reads it with node's readline (line editing, arrow-key history) and hands it over
// (the ReplLink protocol of launch.ts). Ctrl-C while a line is being typed drops it; Ctrl-C while
// Python runs raises the interrupt flag the interpreter polls, as CPython's SIGINT handler does.
//
// While Python runs, the terminal is back in cooked mode: Ctrl-C is a real SIGINT and what the
// user types ahead waits in the terminal's buffer until the next prompt, as with `python3`.
import { createInterface } from 'node:readline';
import { MessageChannel, type Worker } from 'node:worker_threads';
import { runInWorker, type ReplScript, type RunRequest } from './launch.js';

/** What the worker receives for each request: a line, end of input, or Ctrl-C. */
export type ReplAnswer = { kind: 'line'; line: string } | { kind: 'eof' } | { kind: 'interrupt' };

/** What the worker posts to ask for a line (the prompt is drawn here on a terminal). */
export interface ReplRequest {
  type: 'readline';
  prompt: string;
}

function isReplRequest(m: unknown): m is ReplRequest {
  return typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'readline';
}

/** The banner `python3` prints on stderr at start; glasspy says what it is. */
export function banner(version: string): string {
  return `glasspy ${version} (a Python 3.11 subset with CPython's memory management) on node ${process.version}\n`
    + 'Type exit() or Ctrl-D to leave; sys.getrefcount, id, gc and weakref work as in CPython 3.11.\n';
}

/**
 * Runs the prompt until exit()/Ctrl-D, after `script` when given (`-i`: no banner then);
 * resolves with the exit status.
 */
export function runRepl(base: RunRequest, script: ReplScript | null, version: string): Promise<number> {
  const terminal = process.stdin.isTTY === true && process.stdout.isTTY === true;
  const control = new SharedArrayBuffer(8);
  const ctl = new Int32Array(control);
  const { port1, port2 } = new MessageChannel();
  const req: RunRequest = { ...base, what: { kind: 'repl', script, link: { control, port: port2, terminal }, banner: script === null ? banner(version) : null } };

  const rl = createInterface({
    input: process.stdin,
    output: terminal ? process.stdout : undefined,
    terminal,
    historySize: 1000,
    removeHistoryDuplicates: false,
    tabSize: 4,
  });
  let pending = false;
  let closed = false;
  let discard = false;
  const queued: ReplAnswer[] = [];
  let history: string[] | null = null;

  const answer = (a: ReplAnswer): void => {
    pending = false;
    if (terminal) {
      rl.pause();
      process.stdin.setRawMode(false);
    }
    port1.postMessage(a);
    Atomics.store(ctl, 0, 1);
    Atomics.notify(ctl, 0);
  };
  const deliver = (a: ReplAnswer): void => {
    if (pending) answer(a);
    else queued.push(a);
  };

  rl.on('history', (h: string[]) => {
    history = h;
  });
  rl.on('line', (line: string) => {
    if (discard) {
      // the line cut short by Ctrl-C: not an input, not history
      discard = false;
      if (history !== null && history[0] === line) history.shift();
      return;
    }
    deliver({ kind: 'line', line });
  });
  rl.on('SIGINT', () => {
    if (!pending) {
      Atomics.store(ctl, 1, 1);
      Atomics.notify(ctl, 1);
      return;
    }
    if (rl.line !== '') {
      discard = true;
      rl.write('\n');
    } else process.stdout.write('\n');
    answer({ kind: 'interrupt' });
  });
  rl.on('close', () => {
    closed = true;
    deliver({ kind: 'eof' });
  });
  // Ctrl-C while Python runs (the terminal is in cooked mode then): the worker's next loop
  // iteration or call raises KeyboardInterrupt.
  const onSigint = (): void => {
    Atomics.store(ctl, 1, 1);
    Atomics.notify(ctl, 1); // wakes a time.sleep()
  };
  process.on('SIGINT', onSigint);
  if (terminal) {
    rl.pause();
    process.stdin.setRawMode(false);
  }

  const attach = (w: Worker): void => {
    w.on('message', (m: unknown) => {
      if (!isReplRequest(m)) return;
      pending = true;
      const next = queued.shift();
      if (next !== undefined) {
        answer(next);
        return;
      }
      if (closed) {
        answer({ kind: 'eof' });
        return;
      }
      if (terminal) {
        process.stdin.setRawMode(true);
        rl.setPrompt(m.prompt);
        rl.prompt(); // resumes the input
      } else rl.resume();
    });
  };
  return runInWorker(req, attach).then((status) => {
    process.off('SIGINT', onSigint);
    rl.close();
    port1.close();
    return status;
  });
}
