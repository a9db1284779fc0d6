// The teaching tools' observer: the refcount ledger (--trace-refs, glasspy.track/ledger), the
// event record (--record) and, through GCExplainer (explain.ts), the narration of each
// collection (--explain-gc). No CPython counterpart: CPython has no way to watch a refcount.
//
// Start reading at Tracer. How a refcount is watched: the object's own JS instance gets an
// accessor property `ob_refcnt` (Object.defineProperty on that instance only), whose setter
// records the change with the current Cause (set by the compiled code, src/trace/causes.ts).
// Every other object keeps its plain data field, so the interpreter's inline
// `o.ob_refcnt++` / `--o.ob_refcnt` cost nothing when no tool is on.
//
// Which objects are watched (the "selection"):
//   - with --trace-refs (no list): instances of classes the script defines, and the lists,
//     dicts and sets created after the script started;
//   - with --trace-refs=list,Node: objects whose type name is in the list;
//   - always: objects given to glasspy.track(obj) (from that moment on).
// An object is watched from the moment it is first seen: tracked by the collector
// (_PyObject_GC_TRACK, which instances, lists, tuples and sets are at creation), or produced
// by an expression of the script. Its allocation (address, size class, pool) is remembered
// from allocObject, so the ledger starts with it.
//
// What holds between calls: `watched` holds exactly the objects with the accessor installed;
// an object leaves it when its block is freed (onObjectFree), and the data property is
// restored. A watched object sitting in a free list (refcount 0, block not freed) stays
// watched: when it is reused, the ledger says so.

import type { PyObject, PyTypeObject } from '../objects/object.js';
import type { Runtime } from '../objects/runtime.js';
import type { GCHead } from '../gc/gclist.js';
import type { Interpreter } from '../interp/interpreter.js';
import type { PyDictObject } from '../objects/dictobject.js';
import type { Cause, GCTrigger, RuntimeObserver } from './observer.js';
import { type BlockInfo, blockInfo, describeBlock, hex, isScriptClass, shortRepr } from './describe.js';
import { GCExplainer } from './explain.js';
import { subtype_dealloc } from '../objects/typeobject.js';

/** The record's JSON event stream (docs/record-format.md). */
export type RecordEvent =
  | { e: 'malloc'; block: number; size: number; class: number; pool: number; line: number }
  | { e: 'realloc'; from: number; block: number; size: number; class: number; pool: number; line: number }
  | { e: 'free'; block: number; line: number; id?: number; type?: string }
  | { e: 'object'; id: number; type: string; block: number; line: number }
  | { e: 'watch'; id: number; type: string; refcnt: number; line: number; how: string }
  | { e: 'ref'; id: number; from: number; to: number; line: number; cause: string }
  | { e: 'gc'; phase: string; [k: string]: unknown }
  | { e: 'out'; stream: 'stdout' | 'stderr'; text: string }
  | { e: 'line'; line: number };

export interface TraceOptions {
  /** narrate every collection on stderr */
  explainGc: boolean;
  /** print the refcount ledger live: null = off, [] = the default selection, else type names */
  traceRefs: string[] | null;
  /** keep the event stream for --record */
  record: boolean;
  /** the most events a record keeps (then it stops and says so) */
  recordLimit: number;
  /** where the narration and the ledger go (stderr) */
  write: (s: string) => void;
  /** the main script's file name (the record's `line` events are its statements) */
  scriptFile: string;
}

/** One line of an object's ledger. */
export interface LedgerEntry {
  line: number;
  text: string;
}

interface Watch {
  readonly label: string;
  readonly explicit: boolean;
  readonly history: LedgerEntry[];
  /** the statement count when the refcount last reached 0 (-1: never) */
  zeroTick: number;
  /** the JS value behind the accessor */
  value: number;
}

interface PendingAlloc {
  type: PyTypeObject;
  info: BlockInfo;
  line: number;
}

/** The most entries one object's ledger keeps (then it says how many it dropped). */
const LEDGER_CAP = 2000;

export class Tracer implements RuntimeObserver {
  cause: Cause | null = null;
  gcTrigger: GCTrigger | null = null;

  readonly events: RecordEvent[] = [];
  /** events not kept because the record was full */
  dropped = 0;
  /** blocks handed out since the script started (the script's objects and buffers) */
  readonly scriptBlocks = new Set<number>();

  private readonly rt: Runtime;
  private readonly I: Interpreter;
  private readonly opts: TraceOptions;
  private readonly byName: Set<string> | null;
  private readonly watched = new Map<PyObject, Watch>();
  private readonly pending = new Map<number, PendingAlloc>();
  private lastBlock: BlockInfo | null = null;
  /** the type allocObject was allocating last (for the threshold explanation) */
  lastAllocType: PyTypeObject | null = null;
  private readonly explainer: GCExplainer | null;

  constructor(I: Interpreter, opts: TraceOptions) {
    this.I = I;
    this.rt = I.rt;
    this.opts = opts;
    this.byName = opts.traceRefs !== null && opts.traceRefs.length > 0 ? new Set(opts.traceRefs) : null;
    this.explainer = opts.explainGc || opts.record || opts.traceRefs !== null ? new GCExplainer(this.rt, this, opts.explainGc ? opts.write : null) : null;
  }

  /** Turns the tracer on: from now on the runtime reports to it. */
  install(): void {
    this.rt.gc.observer = this;
    if (this.opts.traceRefs !== null || this.opts.record) {
      for (const t of Object.values(this.rt.types) as PyTypeObject[]) this.wrapDealloc(t);
    }
  }

  uninstall(): void {
    if (this.rt.gc.observer === this) this.rt.gc.observer = null;
    for (const o of [...this.watched.keys()]) this.unwatch(o);
    for (const [t, orig] of this.deallocs) t.tp_dealloc = orig;
    this.deallocs.clear();
  }

  /** Original tp_dealloc of each type whose deallocator reports "released by the dying X". */
  private readonly deallocs = new Map<PyTypeObject, (o: PyObject) => void>();
  private readonly deallocWrappers = new Set<(o: PyObject) => void>();

  /**
   * Wraps t's tp_dealloc (only while a ledger is on; the slot is restored by uninstall), so
   * that what a dying object releases is attributed to it.
   */
  private wrapDealloc(t: PyTypeObject): void {
    if (this.deallocs.has(t) || this.deallocWrappers.has(t.tp_dealloc)) return;
    // subtype_dealloc and object's dealloc are compared by identity in typeobject.ts: classes'
    // instances get their "dying" cause from the ledger instead (refChanged, onObjectFree)
    if (t.tp_dealloc === subtype_dealloc || t.tp_dealloc === this.rt.types.object.tp_dealloc) return;
    const orig = t.tp_dealloc;
    const tracer = this;
    const w = (o: PyObject): void => {
      const saved = tracer.cause;
      const what = `${o.ob_type.tp_name} ${hex(o.ob_addr)}`;
      tracer.cause = { line: saved === null ? tracer.currentLine() : saved.line, inc: `taken by the dying ${what}`, dec: `released by the dying ${what}`, stmt: 'dealloc' };
      try {
        orig(o);
      } finally {
        tracer.cause = saved;
      }
    };
    this.deallocs.set(t, orig);
    this.deallocWrappers.add(w);
    t.tp_dealloc = w;
  }

  /** The line of the innermost running frame (0 outside any frame). */
  currentLine(): number {
    const f = this.I.frame;
    return f === null ? 0 : f.lineno;
  }

  /** Module dicts by module name (sys.modules and the running frames' globals). */
  globalsNames(): Map<PyObject, string> {
    const m = new Map<PyObject, string>();
    const T = this.rt.types;
    const nameIn = (d: PyObject): string | null => {
      const n = this.rt.dictGetStr(d as PyDictObject, '__name__');
      return n !== null && n.ob_type === T.str ? (n as unknown as { ob_sval: string }).ob_sval : null;
    };
    for (let f = this.I.frame; f !== null; f = f.back) {
      const n = nameIn(f.globals);
      if (n !== null) m.set(f.globals, n);
      if (f.back === null) this.mainGlobals = f.globals;
    }
    if (this.mainGlobals !== null && !m.has(this.mainGlobals)) m.set(this.mainGlobals, nameIn(this.mainGlobals) ?? '__main__');
    this.rt.dictEach(this.I.modules, (_k, v) => {
      if (v.ob_type === T.module && v.ob_dict !== null) {
        const n = nameIn(v.ob_dict);
        if (n !== null) m.set(v.ob_dict, n);
      }
    });
    return m;
  }

  private mainGlobals: PyDictObject | null = null;

  /** Names that refer to o from the running frames and __main__'s globals ("global `a`"). */
  namesOf(o: PyObject): string[] {
    const out: string[] = [];
    this.rt.dictEach(this.I.modules, (k, v) => {
      if (v === o && k.ob_type === this.rt.types.str) out.push(`sys.modules['${(k as unknown as { ob_sval: string }).ob_sval}']`);
    });
    for (let f = this.I.frame; f !== null && out.length < 3; f = f.back) {
      const scope = f.info.scope;
      for (const [name, slot] of scope.slots) {
        const v = f.fast[slot];
        if (v === o) out.push(`local \`${name}\` of ${f.info.name}()`);
        else if (v !== null && v !== undefined && v.ob_type === this.rt.types.cell && (v as unknown as { ob_ref: PyObject | null }).ob_ref === o) out.push(`variable \`${name}\` of ${f.info.name}() (in a cell)`);
      }
      if (f.locals !== null) {
        const where = f.locals === f.globals ? 'global' : 'name in the class body of';
        this.rt.dictEach(f.locals, (k, v) => {
          if (v === o && k.ob_type === this.rt.types.str) {
            const n = (k as unknown as { ob_sval: string }).ob_sval;
            out.push(where === 'global' ? `global \`${n}\`` : `${where} ${f.info.name}: \`${n}\``);
          }
        });
      }
    }
    const g = this.mainGlobals;
    if (g !== null && out.length === 0 && (this.I.frame === null || this.I.frame.globals !== g)) {
      this.rt.dictEach(g, (k, v) => {
        if (v === o && k.ob_type === this.rt.types.str) out.push(`global \`${(k as unknown as { ob_sval: string }).ob_sval}\``);
      });
    }
    return out;
  }

  // ---- recording ----------------------------------------------------------------------------

  get recording(): boolean {
    return this.opts.record;
  }

  push(ev: RecordEvent): void {
    if (!this.opts.record) return;
    if (this.events.length >= this.opts.recordLimit) {
      this.dropped++;
      return;
    }
    this.events.push(ev);
  }

  /** Program output, for the record. */
  onOutput(stream: 'stdout' | 'stderr', text: string): void {
    this.push({ e: 'out', stream, text });
  }

  // ---- the allocator doors ------------------------------------------------------------------

  onMalloc(block: number, size: number): void {
    // what an import statement itself allocates (a builtin module, its functions) is the
    // interpreter's, not the script's
    const st = this.cause === null ? undefined : this.cause.stmt;
    if (st !== 'Import' && st !== 'ImportFrom') this.scriptBlocks.add(block);
    if (this.opts.record) {
      const b = blockInfo(this.rt.heap, block);
      this.lastBlock = b;
      this.push({ e: 'malloc', block, size, class: b.szidx, pool: b.pool, line: this.currentLine() });
    } else {
      this.lastBlock = null;
      this.lastMallocBlock = block;
    }
  }

  private lastMallocBlock = 0;

  onObjectAlloc(type: PyTypeObject, id: number): void {
    this.lastAllocType = type;
    if (this.deallocWrappers.size > 0 && !this.deallocs.has(type)) this.wrapDealloc(type);
    const block = this.lastBlock !== null ? this.lastBlock.block : this.lastMallocBlock;
    this.push({ e: 'object', id, type: type.tp_name, block, line: this.currentLine() });
    if (this.selects(type) && (this.byName !== null || this.scriptAllocation())) {
      const info = this.lastBlock ?? blockInfo(this.rt.heap, block);
      this.pending.set(id, { type, info, line: this.currentLine() });
    }
  }

  onRealloc(oldBlock: number, newBlock: number, size: number): void {
    this.scriptBlocks.delete(oldBlock);
    this.scriptBlocks.add(newBlock);
    if (this.opts.record) {
      const b = blockInfo(this.rt.heap, newBlock);
      this.push({ e: 'realloc', from: oldBlock, block: newBlock, size, class: b.szidx, pool: b.pool, line: this.currentLine() });
    }
  }

  onFree(block: number): void {
    if (this.explainer !== null) this.explainer.freed(null, block);
    this.scriptBlocks.delete(block);
    this.push({ e: 'free', block, line: this.currentLine() });
  }

  onObjectFree(o: PyObject, block: number): void {
    if (this.explainer !== null) this.explainer.freed(o, block);
    this.scriptBlocks.delete(block);
    this.push({ e: 'free', block, line: this.currentLine(), id: o.ob_addr, type: o.ob_type.tp_name });
    this.pending.delete(o.ob_addr);
    const w = this.watched.get(o);
    if (w !== undefined) this.endDying(o);
    if (w !== undefined) {
      const fromFreelist = w.value === 0 && w.zeroTick >= 0 && w.zeroTick !== this.tick;
      const text = `${fromFreelist ? `freed from the ${o.ob_type.tp_name} free list` : 'freed'}: ${describeBlock(blockInfo(this.rt.heap, block))} goes back to its pool`;
      this.note(o, w, text);
      this.unwatch(o);
    }
  }

  onTrack(o: PyObject): void {
    if (this.pending.size !== 0 && !this.watched.has(o)) this.seen(o);
  }

  /** An object produced by the script's code (or newly tracked): watch it if it was selected. */
  seen(o: PyObject): void {
    const p = this.pending.get(o.ob_addr);
    if (p === undefined || p.type !== o.ob_type || this.watched.has(o)) return;
    this.pending.delete(o.ob_addr);
    this.watch(o, false, p);
  }

  // ---- selection and watching ------------------------------------------------------------------

  /** The default selection's "created by the script": while a statement runs, not a class statement's own work. */
  private scriptAllocation(): boolean {
    const c = this.cause;
    return c !== null && c.stmt !== 'ClassDef' && c.stmt !== 'Import' && c.stmt !== 'ImportFrom';
  }

  /** Whether objects of this type are watched from their allocation. */
  selects(t: PyTypeObject): boolean {
    if (this.opts.traceRefs === null && !this.opts.record) return false;
    if (this.byName !== null) return this.byName.has(t.tp_name);
    const T = this.rt.types;
    return isScriptClass(t) || t === T.list || t === T.dict || t === T.set;
  }

  /** glasspy.track(obj): watch o from now on. */
  track(o: PyObject): void {
    if (this.watched.has(o)) return;
    this.watch(o, true, null);
    // the call's argument is released right after: name it so
    const c = this.cause;
    if (c !== null) this.handed.set(o, { role: { line: c.line, inc: 'argument of track()', dec: 'argument of track() released' }, to: c });
  }

  /** glasspy.ledger(obj): the object's history, or null if it is not watched. */
  ledger(o: PyObject): string | null {
    const w = this.watched.get(o);
    if (w === undefined) return null;
    let s = `refcount ledger of ${w.label} (refcount now ${w.value}):\n`;
    for (const h of w.history) s += `  ${h.line > 0 ? `line ${pad(h.line, 3)}` : 'at exit '}  ${h.text}\n`;
    return s;
  }

  isWatched(o: PyObject): boolean {
    return this.watched.has(o);
  }

  private label(o: PyObject): string {
    return `${o.ob_type.tp_name} ${hex(o.ob_addr)}`;
  }

  private watch(o: PyObject, explicit: boolean, alloc: PendingAlloc | null): void {
    const w: Watch = { label: this.label(o), explicit, history: [], value: o.ob_refcnt, zeroTick: -1 };
    this.watched.set(o, w);
    const tracer = this;
    Object.defineProperty(o, 'ob_refcnt', {
      configurable: true,
      enumerable: true,
      get(): number {
        return w.value;
      },
      set(n: number) {
        const old = w.value;
        w.value = n;
        tracer.refChanged(o, w, old, n);
      },
    });
    const line = alloc !== null ? alloc.line : this.currentLine();
    if (alloc !== null) {
      this.note(o, w, `new ${o.ob_type.tp_name}: ${describeBlock(alloc.info)}, refcount ${w.value}`, alloc.line);
    } else {
      this.note(o, w, `tracked by glasspy.track(), refcount ${w.value}`);
    }
    this.push({ e: 'watch', id: o.ob_addr, type: o.ob_type.tp_name, refcnt: w.value, line, how: explicit ? 'track' : 'alloc' });
  }

  private unwatch(o: PyObject): void {
    const w = this.watched.get(o);
    if (w === undefined) return;
    this.watched.delete(o);
    Object.defineProperty(o, 'ob_refcnt', { value: w.value, writable: true, configurable: true, enumerable: true });
  }

  private note(o: PyObject, w: Watch, text: string, line = this.currentLine()): void {
    if (w.history.length < LEDGER_CAP) w.history.push({ line, text });
    else if (w.history.length === LEDGER_CAP) w.history.push({ line, text: '... (the ledger keeps the first 2000 entries)' });
    if (this.opts.traceRefs !== null && (!w.explicit || this.byName === null || this.byName.has(o.ob_type.tp_name))) {
      this.opts.write(`refs: ${line > 0 ? `line ${pad(line, 3)}` : 'at exit '}  ${w.label}  ${text}\n`);
    }
  }

  private refChanged(o: PyObject, w: Watch, old: number, n: number): void {
    const c = this.cause;
    const line = c !== null && c.line > 0 ? c.line : this.currentLine();
    let why: string;
    if (old === 0 && n > 0) {
      why = isScriptClass(o.ob_type) || o.ob_weakreflist !== null ? 'revived during its deallocation (to run __del__)' : `reused from the ${o.ob_type.tp_name} free list`;
    } else if (c === null) {
      why = n > old ? 'new reference inside the interpreter' : 'reference released inside the interpreter';
    } else if (n > old) {
      why = c.inc;
    } else {
      const h = this.handed.get(o);
      if (h !== undefined && h.to === c && c.stmt !== 'frame' && c.stmt !== 'dealloc') {
        why = h.role.dec;
        this.handed.delete(o);
      } else {
        why = c.dec;
      }
    }
    const d = n - old;
    const delta = d >= 0 ? `+${d}` : `${d}`;
    let text = `${delta} -> ${n}  ${why}`;
    if (n === 0) {
      text += '; refcount 0: deallocated now';
      w.zeroTick = this.tick;
    }
    this.push({ e: 'ref', id: o.ob_addr, from: old, to: n, line, cause: why });
    this.note(o, w, text, line);
    if (old === 0 && n > 0) {
      this.endDying(o);
      if (!this.deallocs.has(o.ob_type)) {
        const what = `${o.ob_type.tp_name} ${hex(o.ob_addr)}`;
        this.dying.push({ o, saved: this.cause });
        this.cause = { line, inc: `self of __del__ of ${what}`, dec: `released after __del__ of ${what}`, stmt: 'dealloc' };
      }
    }
    if (n === 0) this.endDying(o);
    if (n === 0 && !this.deallocs.has(o.ob_type) && (this.opts.traceRefs !== null || this.opts.record)) {
      // what the instance releases while it dies is attributed to it, until its block is freed
      const what = `${o.ob_type.tp_name} ${hex(o.ob_addr)}`;
      this.dying.push({ o, saved: this.cause });
      this.cause = { line, inc: `taken by the dying ${what}`, dec: `released by the dying ${what}`, stmt: 'dealloc' };
    }
  }

  /** watched instances being deallocated, innermost last, with the cause to restore */
  private readonly dying: { o: PyObject; saved: Cause | null }[] = [];

  private endDying(o: PyObject): void {
    const i = this.dying.findIndex((d) => d.o === o);
    if (i < 0) return;
    const d = this.dying[i] as { o: PyObject; saved: Cause | null };
    this.dying.splice(i);
    this.cause = d.saved;
  }

  /** results of sub-expressions of the running statement, by object: their role and holder */
  private readonly handed = new Map<PyObject, { role: Cause; to: Cause | null }>();

  /** statements started so far (handedOver(null, null) at each) */
  private tick = 0;

  handedOver(role: Cause | null, consumer: Cause | null, value: PyObject | null): void {
    if (value !== null && role !== null && this.watched.has(value)) this.handed.set(value, { role, to: consumer });
  }

  onStatement(line: number): void {
    this.tick++;
    if (this.handed.size > 0) this.handed.clear();
    // statements of other files (a module the script imports) are not steps of the script
    if (this.opts.record && (this.I.frame === null || this.I.frame.info.filename === this.opts.scriptFile)) this.push({ e: 'line', line });
  }

  // ---- the collector's phases: handed to the explainer ------------------------------------------

  gcStart(generation: number, young: GCHead): void {
    const trig = this.gcTrigger;
    this.gcTrigger = null;
    this.explainer?.start(generation, young, trig ?? { kind: 'collect' }, this.currentLine());
  }

  afterUpdateRefs(young: GCHead): void {
    this.explainer?.afterUpdateRefs(young);
  }

  afterSubtractRefs(young: GCHead): void {
    this.explainer?.afterSubtractRefs(young);
  }

  afterMoveUnreachable(young: GCHead, unreachable: GCHead): void {
    this.explainer?.afterMoveUnreachable(young, unreachable);
  }

  weakrefCleared(wr: PyObject, referent: PyObject | null): void {
    this.explainer?.weakrefCleared(wr, referent);
  }

  weakrefCallback(wr: PyObject, callback: PyObject): void {
    this.explainer?.weakrefCallback(wr, callback);
  }

  finalizerCalled(op: PyObject): void {
    this.explainer?.finalizerCalled(op);
  }

  resurrected(resurrected: GCHead, stillUnreachable: GCHead): void {
    this.explainer?.resurrected(resurrected, stillUnreachable);
  }

  beforeClear(op: PyObject, saved: boolean): void {
    this.explainer?.beforeClear(op, saved);
  }

  beforeClearFreelists(): void {
    this.explainer?.beforeClearFreelists();
  }

  gcEnd(generation: number, collected: number, uncollectable: number): void {
    this.explainer?.end(generation, collected, uncollectable);
  }

  /** The record as the JSON text of docs/record-format.md. */
  recordJson(meta: { script: string; layout: string; source: string }): string {
    const head = {
      format: 'glasspy-record',
      version: 1,
      script: meta.script,
      source: meta.source,
      layout: meta.layout,
      limit: this.opts.recordLimit,
      truncated: this.dropped > 0,
      ...(this.dropped > 0 ? { note: `the record stopped at ${this.opts.recordLimit} events; ${this.dropped} later events were dropped (raise --record-limit)` } : {}),
    };
    const lines = this.events.map((e) => JSON.stringify(e));
    return JSON.stringify(head).slice(0, -1) + ',"events":[\n' + lines.join(',\n') + '\n]}\n';
  }
}

export function pad(n: number, w: number): string {
  const s = String(n);
  return s.length >= w ? s : ' '.repeat(w - s.length) + s;
}

export { shortRepr };
