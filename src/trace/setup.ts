// Turning the teaching tools on for one run: which tracer a run gets from its options, and the
// record written at the end. No CPython counterpart. Start at attachTracer (called by
// src/interp/index.ts runMain between parsing and running).
//
// A tracer is made when --explain-gc, --trace-refs or --record is given, and also when the
// script imports the `glasspy` module (so glasspy.track/ledger have the causes): the causes
// are compiled into the code only when a tracer exists before compilation.

import type * as A from '../parser/ast.js';
import type { Interpreter } from '../interp/interpreter.js';
import { Tracer } from './tracer.js';

export interface TraceRunOptions {
  explainGc?: boolean;
  /** null/undefined: off; []: the default selection; else type names */
  traceRefs?: string[] | null;
  /** --record: receives the JSON text at the end of the run */
  record?: { limit: number; write: (json: string) => void } | null;
}

/** The default cap of a record (--record-limit changes it). */
export const DEFAULT_RECORD_LIMIT = 200_000;

/** Whether the module imports glasspy anywhere (import glasspy / from glasspy import ...). */
export function importsGlasspy(mod: A.Module): boolean {
  const stack: unknown[] = [mod.body];
  while (stack.length > 0) {
    const n = stack.pop();
    if (Array.isArray(n)) {
      for (const x of n) stack.push(x);
      continue;
    }
    if (typeof n !== 'object' || n === null) continue;
    const k = (n as { kind?: unknown }).kind;
    if (k === 'Import' && (n as A.Import).names.some((a) => a.name === 'glasspy')) return true;
    if (k === 'ImportFrom' && (n as A.ImportFrom).module === 'glasspy') return true;
    if (k === 'Import' || k === 'ImportFrom' || typeof k !== 'string') continue;
    for (const v of Object.values(n as Record<string, unknown>)) if (typeof v === 'object' && v !== null) stack.push(v);
  }
  return false;
}

/**
 * Installs a tracer on I's runtime if the options or the script ask for one. `mod` is null for
 * the interactive prompt, which always gets one (glasspy may be imported at any prompt).
 */
export function attachTracer(I: Interpreter, mod: A.Module | null, opts: TraceRunOptions, stderr: (s: string) => void, scriptFile: string): Tracer | null {
  const explainGc = opts.explainGc === true;
  const traceRefs = opts.traceRefs ?? null;
  const record = opts.record ?? null;
  if (!explainGc && traceRefs === null && record === null && mod !== null && !importsGlasspy(mod)) return null;
  const t = new Tracer(I, { explainGc, traceRefs, record: record !== null, recordLimit: record?.limit ?? DEFAULT_RECORD_LIMIT, write: stderr, scriptFile });
  if (record !== null) {
    const rt = I.rt;
    const out = rt.stdout;
    const err = rt.stderr;
    rt.stdout = (s) => {
      t.onOutput('stdout', s);
      out(s);
    };
    rt.stderr = (s) => {
      t.onOutput('stderr', s);
      err(s);
    };
  }
  t.install();
  return t;
}

/** Ends a traced run: writes the record, takes the tracer off the runtime. */
export function detachTracer(t: Tracer, opts: TraceRunOptions, meta: { script: string; layout: string; source: string }): void {
  t.uninstall();
  if (opts.record !== undefined && opts.record !== null) opts.record.write(t.recordJson(meta));
}
