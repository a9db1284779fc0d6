// The worker's side of the interactive prompt (CPython's PyRun_InteractiveLoopFlags around
// src/interp/interactive.ts) and of input(): lines come from the main thread over the ReplLink
// (src/cli/repl.ts) for the prompt, or straight from file descriptor 0 for a script.
import { readSync } from 'node:fs';
import { receiveMessageOnPort } from 'node:worker_threads';
import { PyErr } from '../objects/pyerr.js';
import type { Runtime } from '../objects/runtime.js';
import { createConsole, type ConsoleOptions, type InteractiveConsole } from '../interp/index.js';
import type { ReplLink } from './launch.js';
import type { ReplAnswer } from './repl.js';
import { writeAll } from './output.js';

/** Asks the main thread for a line and sleeps until it comes. */
function askMain(link: ReplLink, post: (m: unknown) => void, prompt: string): ReplAnswer {
  const ctl = new Int32Array(link.control);
  Atomics.store(ctl, 0, 0);
  post({ type: 'readline', prompt });
  for (;;) {
    const m = receiveMessageOnPort(link.port);
    if (m !== undefined) return m.message as ReplAnswer;
    Atomics.wait(ctl, 0, 0, 200);
    Atomics.store(ctl, 0, 0);
  }
}

export interface ReplHost {
  link: ReplLink;
  post: (m: unknown) => void;
  /** flushes the script's buffered output before a prompt */
  flush: () => void;
  /** printed on stderr before the first prompt (none with `-i FILE`, as in CPython) */
  banner: string | null;
  script: ConsoleOptions['script'];
}

/** Runs the prompt to its end; returns the exit status. */
export function runReplLoop(opts: Omit<ConsoleOptions, 'interruptFlag' | 'readLine' | 'script'>, host: ReplHost): number {
  const { link } = host;
  const interrupt = new Int32Array(link.control, 4, 1);
  // Lines for input(): on a terminal the main thread's editor draws the prompt; otherwise it
  // is written to stdout, as builtin_input does when stdin is not a tty.
  // DIVERGENCE: with `glasspy -i < file`, input() reads the next line of the file; python3's
  // prompt buffers standard input apart from sys.stdin, so its input() usually sees the end.
  let rt: Runtime | null = null;
  const readLine = (prompt: string): string | null => {
    host.flush();
    if (!link.terminal && prompt !== '') writeAll(1, prompt);
    const a = askMain(link, host.post, link.terminal ? prompt : '');
    if (a.kind === 'line') return a.line;
    if (a.kind === 'eof') return null;
    if (rt === null) return null;
    throw PyErr.fromType(rt, rt.types.KeyboardInterrupt, null);
  };
  if (host.banner !== null) opts.stderr(host.banner);
  const con: InteractiveConsole = createConsole({ ...opts, interruptFlag: interrupt, readLine, script: host.script });
  rt = con.I.rt;
  let which: 'ps1' | 'ps2' = 'ps1';
  for (;;) {
    host.flush();
    Atomics.store(interrupt, 0, 0);
    const prompt = con.prompt(which);
    // Without a terminal the prompts go to stderr, as CPython's do.
    if (!link.terminal) writeAll(2, prompt);
    const a = askMain(link, host.post, link.terminal ? prompt : '');
    if (a.kind === 'eof') {
      opts.stderr('\n');
      return con.eof();
    }
    if (a.kind === 'interrupt') {
      con.interrupt();
      which = 'ps1';
      continue;
    }
    const r = con.push(a.line);
    if (r.kind === 'exit') return r.status;
    which = r.kind;
  }
}

/**
 * input() for a script: whole lines read synchronously from file descriptor 0 (the worker may
 * block; the main thread does not read stdin then).
 */
export class StdinLines {
  private pending: Buffer = Buffer.alloc(0);
  private eof = false;

  next(): string | null {
    for (;;) {
      const nl = this.pending.indexOf(10);
      if (nl >= 0) {
        const line = this.pending.subarray(0, nl).toString('utf8');
        this.pending = this.pending.subarray(nl + 1);
        return line;
      }
      if (this.eof) {
        if (this.pending.length === 0) return null;
        const line = this.pending.toString('utf8');
        this.pending = Buffer.alloc(0);
        return line;
      }
      const chunk = Buffer.alloc(65536);
      let n: number;
      try {
        n = readSync(0, chunk, 0, chunk.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
        if (code === 'EOF') n = 0;
        else throw e;
      }
      if (n === 0) this.eof = true;
      else this.pending = Buffer.concat([this.pending, chunk.subarray(0, n)]);
    }
  }
}
