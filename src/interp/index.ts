// The interpreter's entry point for the CLI: parse, compile, run, report, finalize.
// Start at runMain. The work is in run.ts (start-up, __main__, finalization), compile.ts (the
// closure compiler) and interpreter.ts (calls, frames, tracebacks).

import { InternalError } from '../util/assert.js';
import type { Layout, Obmalloc } from '../obmalloc/index.js';
import { parse, checkModule, formatSyntaxError, PySyntaxError } from '../parser/index.js';
import type * as A from '../parser/ast.js';
import { createInterpreter, runModuleAst } from './run.js';
import { InteractiveConsole } from './interactive.js';
import type { Interpreter } from './interpreter.js';
import { type TraceRunOptions, attachTracer, detachTracer } from '../trace/setup.js';

export { InteractiveConsole, type PushResult } from './interactive.js';

export interface RunMainOptions {
  source: Uint8Array | string;
  filename: string;
  argv: string[];
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  layout?: Layout;
  heapLimitBytes?: number;
  gcThreshold?: number | null;
  /** stress mode: an automatic collection on every GC allocation */
  gcStress?: boolean;
  gcEnabled?: boolean;
  debugChecks?: boolean;
  /** reads a module's source next to the script (import of .py files); null when absent */
  readSource?: (path: string) => string | null;
  /** called at the start of every new_arena, from the first (PYTHONMALLOCSTATS's report) */
  onNewArena?: (heap: Obmalloc) => void;
  /** called with the new interpreter before the script runs (the CLI installs its pictures here) */
  setup?: (I: Interpreter) => void;
  /** a line of standard input for input() (Interpreter.readLine); null at its end */
  readLine?: (prompt: string) => string | null;
  /** the teaching tools: --explain-gc, --trace-refs, --record (src/trace/) */
  trace?: TraceRunOptions;
  /** the flag the host raises on Ctrl-C (Interpreter.interruptFlag) */
  interruptFlag?: Int32Array;
  /** writes out the host's buffered stdout (sys.stdout.flush(), print(flush=True)) */
  flush?: () => void;
  /** called when the script ended by an uncaught KeyboardInterrupt (CPython's exit_sigint) */
  exitSigint?: () => void;
}

function parseModule(source: string | Uint8Array, filename: string): A.Module {
  const tree = parse(source, filename, 'exec');
  if (tree.kind !== 'Module') throw new InternalError('parse did not return a Module');
  checkModule(tree, filename, typeof source === 'string' ? source : new TextDecoder('utf-8').decode(source));
  return tree;
}

/** Runs a script as `python3 FILE` would; returns the exit status. */
export function runMain(opts: RunMainOptions): number {
  const source = typeof opts.source === 'string' ? opts.source : new TextDecoder('utf-8').decode(opts.source);
  const slash = opts.filename.lastIndexOf('/');
  try {
    const I = createInterpreter({
      argv: opts.argv,
      stdout: opts.stdout,
      stderr: opts.stderr,
      layout: opts.layout,
      heapLimitBytes: opts.heapLimitBytes,
      debugChecks: opts.debugChecks,
      onNewArena: opts.onNewArena,
      gcThreshold: opts.gcThreshold,
      gcStress: opts.gcStress,
      gcEnabled: opts.gcEnabled,
      scriptDir: slash >= 0 ? opts.filename.slice(0, slash) : '',
      readSource: opts.readSource ?? (() => null),
      parseModule,
    });
    opts.setup?.(I);
    if (opts.readLine !== undefined) I.readLine = opts.readLine;
    if (opts.flush !== undefined) I.flushOutput = opts.flush;
    if (opts.interruptFlag !== undefined) I.interruptFlag = opts.interruptFlag;
    let mod: A.Module;
    try {
      // The parser gets the raw bytes: it decodes them as CPython does (BOM, coding cookie,
      // a SyntaxError for bytes that are not UTF-8).
      mod = parseModule(opts.source, opts.filename);
    } catch (e) {
      if (e instanceof PySyntaxError) {
        opts.stderr(formatSyntaxError(e));
        for (const h of I.exitHooks.afterFinalize) h();
        return 1;
      }
      throw e;
    }
    const trace = opts.trace ?? {};
    const tracer = attachTracer(I, mod, trace, opts.stderr, opts.filename);
    const status = runModuleAst(I, mod, opts.filename, source);
    if (tracer !== null) detachTracer(tracer, trace, { script: opts.filename, layout: I.rt.heap.layout.name, source });
    if (I.unhandledKeyboardInterrupt) opts.exitSigint?.();
    return status;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    opts.stderr(`glasspy: internal error: ${msg}\n`);
    return 70;
  }
}

export interface ConsoleOptions extends Omit<RunMainOptions, 'source' | 'filename'> {
  /** `-i FILE`: the script to run in __main__ before the first prompt */
  script?: { source: Uint8Array | string; filename: string };
  /** folder searched for imports of NAME.py (CPython puts the current folder first) */
  scriptDir: string;
  /** reads one line of input (Interpreter.readLine) */
  readLine?: (prompt: string) => string | null;
}

/** A runtime and its interactive prompt, as `python3` (or `python3 -i FILE`) starts them. */
export function createConsole(opts: ConsoleOptions): InteractiveConsole {
  const I: Interpreter = createInterpreter({
    argv: opts.argv,
    stdout: opts.stdout,
    stderr: opts.stderr,
    layout: opts.layout,
    heapLimitBytes: opts.heapLimitBytes,
    debugChecks: opts.debugChecks,
    gcThreshold: opts.gcThreshold,
    gcStress: opts.gcStress,
    gcEnabled: opts.gcEnabled,
    scriptDir: opts.scriptDir,
    onNewArena: opts.onNewArena,
    readSource: opts.readSource ?? (() => null),
    parseModule,
  });
  opts.setup?.(I);
  if (opts.interruptFlag !== undefined) I.interruptFlag = opts.interruptFlag;
  if (opts.readLine !== undefined) I.readLine = opts.readLine;
  if (opts.flush !== undefined) I.flushOutput = opts.flush;
  // The teaching tools, before anything is compiled (their causes are compiled in); the
  // record is written once the session has been finalized.
  const trace = opts.trace ?? {};
  const scriptName = opts.script?.filename ?? '<stdin>';
  const tracer = attachTracer(I, null, trace, opts.stderr, scriptName);
  if (tracer !== null) I.exitHooks.afterFinalize.push(() => detachTracer(tracer, trace, { script: scriptName, layout: I.rt.heap.layout.name, source: '' }));
  const con = new InteractiveConsole(I);
  if (opts.script !== undefined) {
    const { source, filename } = opts.script;
    const text = typeof source === 'string' ? source : new TextDecoder('utf-8').decode(source);
    let mod: A.Module | null = null;
    try {
      mod = parseModule(source, filename);
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      opts.stderr(formatSyntaxError(e));
    }
    if (mod !== null) con.runScript(mod, filename, text);
  }
  return con;
}
