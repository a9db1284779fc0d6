// The worker proper (bundled as dist/glasspy-worker.cjs, loaded by src/cli/worker-boot.ts): runs
// one request from the main thread (a script, `-c` code, or the `ast` command) and posts back
// the exit status. Output goes straight to file descriptors 1 and 2.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { isatty } from 'node:tty';
import { dirname, resolve } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { LAYOUT_37, LAYOUT_311 } from '../obmalloc/index.js';
import { runMain, type RunMainOptions } from '../interp/index.js';
import { runAstCommand } from './ast-command.js';
import { runReplLoop, StdinLines } from './repl-worker.js';
import { writeAll } from './output.js';
import { type DotRenderer, installPictures, loadRenderer, mallocStatsAtNewArena } from './pictures.js';
import type { ExitSigintNote, ReplLink, ReplScript, RunRequest } from './launch.js';
import { DEFAULT_RECORD_LIMIT, type TraceRunOptions } from '../trace/setup.js';

/** The worker's side: run the request, post the exit status back. */
async function workerMain(): Promise<void> {
  const req = workerData as RunRequest;
  if (req.what.kind === 'ast') {
    postStatus(runAstCommand(req.what.files, { batch: req.what.batch }));
    return;
  }
  const out = new OutputBuffer();
  let status: number;
  let render: DotRenderer | null = null;
  try {
    render = await loadRenderer(req.pictures);
  } catch (e) {
    writeAll(2, `glasspy: cannot load Graphviz (@viz-js/viz) for --heap-svg: ${e instanceof Error ? e.message : String(e)}\n`);
    postStatus(70);
    return;
  }
  if (req.what.kind === 'repl') {
    postStatus(runRepl(req, req.what, out, render));
    return;
  }
  const stdin = new StdinLines();
  try {
    let source: Uint8Array | string;
    let filename: string;
    let argv0: string;
    if (req.what.kind === 'file') {
      // Like CPython 3.11, __main__.__file__ and tracebacks use the absolute path, while
      // sys.argv[0] is the path as given.
      filename = resolve(req.what.file);
      argv0 = req.what.file;
      try {
        source = readFileSync(req.what.file);
      } catch (e) {
        writeAll(2, `glasspy: can't open file '${req.what.file}': ${openError(e)}\n`);
        postStatus(2);
        return;
      }
    } else if (req.what.kind === 'stdin') {
      // `python3 < script.py`: the program is standard input
      filename = '<stdin>';
      argv0 = req.what.argv0 ?? '';
      source = readFileSync(0);
    } else {
      filename = '<string>';
      argv0 = '-c';
      source = req.what.code;
    }
    status = runMain({
      source,
      filename,
      argv: [argv0, ...req.args],
      ...hostOptions(req, out, render),
      readLine: (prompt) => {
        // builtin_input when stdin is not the prompt's: the prompt on stdout, then a line
        if (prompt !== '') out.write(1, prompt);
        out.flush();
        return stdin.next();
      },
      trace: traceOptions(req),
      interruptFlag: req.interrupt === undefined ? undefined : new Int32Array(req.interrupt),
      flush: () => out.flush(),
      exitSigint: () => parentPort?.postMessage('exit-sigint' satisfies ExitSigintNote),
    });
  } catch (e) {
    out.flush();
    writeAll(2, `glasspy: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    status = 70;
  }
  out.flush();
  postStatus(status);
}

/**
 * The runtime options a script run and the prompt share: output, allocator layout and limit,
 * the collector's settings, sibling-module reading, and the pictures and --malloc-stats hooks.
 */
function hostOptions(req: RunRequest, out: OutputBuffer, render: DotRenderer | null): Pick<RunMainOptions,
  'stdout' | 'stderr' | 'layout' | 'heapLimitBytes' | 'gcThreshold' | 'gcStress' | 'gcEnabled' | 'debugChecks' |
  'readSource' | 'onNewArena' | 'setup'> {
  return {
    stdout: (s) => out.write(1, s),
    stderr: (s) => out.write(2, s),
    layout: req.layout === '3.11' ? LAYOUT_311 : LAYOUT_37,
    heapLimitBytes: req.heapLimitBytes ?? undefined,
    gcThreshold: req.gcThreshold,
    gcStress: req.gcStress,
    gcEnabled: req.gcEnabled,
    debugChecks: req.debugChecks,
    readSource: readModuleSource,
    onNewArena: mallocStatsAtNewArena(req.pictures, (s) => out.write(2, s)),
    setup: (I) => installPictures(I, req.pictures, render, (s) => out.write(2, s)),
  };
}

/** The interactive prompt (`glasspy`, `glasspy -i FILE`); returns the exit status. */
function runRepl(req: RunRequest, what: { script: ReplScript | null; link: ReplLink; banner: string | null }, out: OutputBuffer,
  render: DotRenderer | null): number {
  let script: { source: Uint8Array | string; filename: string } | undefined;
  let argv0 = '';
  if (what.script?.kind === 'file') {
    argv0 = what.script.file;
    try {
      script = { source: readFileSync(what.script.file), filename: resolve(what.script.file) };
    } catch (e) {
      writeAll(2, `glasspy: can't open file '${what.script.file}': ${openError(e)}\n`);
      return 2;
    }
  } else if (what.script?.kind === 'code') {
    argv0 = '-c';
    script = { source: what.script.code, filename: '<string>' };
  }
  try {
    const status = runReplLoop({
      argv: [argv0, ...req.args],
      ...hostOptions(req, out, render),
      trace: traceOptions(req),
      flush: () => out.flush(),
      scriptDir: script === undefined || script.filename === '<string>' ? process.cwd() : dirname(script.filename),
    }, {
      link: what.link,
      post: (m) => parentPort?.postMessage(m),
      flush: () => out.flush(),
      banner: what.banner,
      script,
    });
    out.flush();
    return status;
  } catch (e) {
    out.flush();
    writeAll(2, `glasspy: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 70;
  }
}

/** The teaching tools a run asks for (--explain-gc, --trace-refs, --record). */
function traceOptions(req: RunRequest): TraceRunOptions {
  return {
    explainGc: req.explainGc === true,
    traceRefs: req.traceRefs ?? null,
    record: req.record === undefined || req.record === null ? null : { limit: req.recordLimit ?? DEFAULT_RECORD_LIMIT, write: (json) => writeRecord(req.record as string, json) },
  };
}

/** --record: the JSON text goes to its file (a failure to write is reported, not fatal). */
function writeRecord(path: string, json: string): void {
  try {
    writeFileSync(path, json);
  } catch (e) {
    writeAll(2, `glasspy: cannot write the record to '${path}': ${e instanceof Error ? e.message : String(e)}\n`);
  }
}

/** Source of an importable NAME.py beside the script (or in the current folder for -c). */
function readModuleSource(path: string): string | null {
  try {
    return statSync(path).isFile() ? readFileSync(path, 'utf8') : null;
  } catch {
    return null;
  }
}

/** python3's wording for a script it cannot open. */
function openError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code === 'ENOENT' ? '[Errno 2] No such file or directory'
    : err.code === 'EISDIR' ? '[Errno 21] Is a directory' : `[${err.code ?? 'error'}] ${err.message}`;
}

function postStatus(status: number): void {
  parentPort?.postMessage(status);
}

/** Buffers writes per stream; switching streams flushes, so the interleaving is kept. */
class OutputBuffer {
  private fd = 1;
  private parts: string[] = [];
  private size = 0;
  private readonly interactive = isatty(1);

  write(fd: number, s: string): void {
    if (fd !== this.fd) {
      this.flush();
      this.fd = fd;
    }
    this.parts.push(s);
    this.size += s.length;
    // Like CPython: line-buffered on a terminal, block-buffered into a pipe or file,
    // and stderr unbuffered.
    if (this.size > 1 << 16 || fd === 2 || this.interactive) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    writeAll(this.fd, this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

void workerMain();
