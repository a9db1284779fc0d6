// --explain-gc: a readable account of each collection, phase by phase, in the words of
// CPython 3.11's Modules/gcmodule.c (gc_collect_main and the functions it calls). No CPython
// counterpart: CPython's only narration is DEBUG_STATS' two lines.
//
// Start at GCExplainer.start. The collector calls the Tracer's hooks (observer.ts), which hand
// them here; this class only reads the objects (gc_refs, tp_traverse with its own visit
// function), it never changes them. It writes as the collection goes, so what a __del__ or a
// weakref callback prints appears right under the line that announces it.
//
// Which objects are listed (the rule is printed with each collection): every unreachable
// object, and the objects the script created (their block was allocated after the script
// started), except the internals of classes and modules (their dicts, MRO and bases tuples,
// descriptors, builtin functions); at most MAX_LISTED. The others still take part, and are
// summarised by type with counts.

import type { PyObject, PyTypeObject } from '../objects/object.js';
import type { PyDictObject } from '../objects/dictobject.js';
import type { PyListObject } from '../objects/listobject.js';
import type { Runtime } from '../objects/runtime.js';
import type { GCHead } from '../gc/gclist.js';
import type { Cause, GCTrigger } from './observer.js';
import { type BlockInfo, blockInfo, hex, shortRepr } from './describe.js';
import type { Tracer } from './tracer.js';

/** The most objects one collection's table lists. */
export const MAX_LISTED = 30;

interface Entry {
  readonly o: PyObject;
  /** 1-based number in the table, 0 when not listed */
  n: number;
  readonly label: string;
  readonly refcnt: number;
  upd: number;
  sub: number;
  /** the object that reached this one first, walking from the objects with outside references */
  from: Entry | null;
  reached: boolean;
  unreachable: boolean;
  readonly script: boolean;
}

function each(head: GCHead, f: (o: PyObject) => void): void {
  for (let g = head.gc_next as GCHead; g !== head; g = g.gc_next as GCHead) f(g.op as PyObject);
}

function padL(s: string | number, w: number): string {
  const t = String(s);
  return t.length >= w ? t : ' '.repeat(w - t.length) + t;
}

function padR(s: string, w: number): string {
  return s.length >= w ? s : s + ' '.repeat(w - s.length);
}

/** Word-wraps text at 78 columns, with the first line's and the next lines' indents. */
function wrap(text: string, first: string, next: string): string {
  const words = text.split(' ');
  let out = '';
  let line = first;
  let fresh = true;
  for (const w of words) {
    if (!fresh && line.length + 1 + w.length > 78) {
      out += line + '\n';
      line = next + w;
    } else {
      line += (fresh ? '' : ' ') + w;
    }
    fresh = false;
  }
  return out + line + '\n';
}

function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "6 function, 5 dict, 4 tuple" (most frequent first, then by name) */
function countByType(entries: Entry[]): string {
  const m = new Map<string, number>();
  for (const e of entries) m.set(e.o.ob_type.tp_name, (m.get(e.o.ob_type.tp_name) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t, n]) => `${n} ${t}`).join(', ');
}

export class GCExplainer {
  private readonly rt: Runtime;
  private readonly tracer: Tracer;
  private readonly write: ((s: string) => void) | null;
  private collections = 0;
  private entries = new Map<PyObject, Entry>();
  private order: Entry[] = [];
  private generation = 0;
  private phase: 'idle' | 'scan' | 'weakrefs' | 'finalize' | 'delete' | 'freelists' = 'idle';
  private sawWeakrefs = false;
  private sawFinalizers = false;
  private sawClears = false;
  private freedBlocks = 0;
  private savedCause: Cause | null = null;
  private globalsNames = new Map<PyObject, string>();
  /** side buffers of the objects being collected: block -> what it is */
  private buffers = new Map<number, { owner: PyObject; what: string }>();
  private quiet = false;
  private trigger: GCTrigger = { kind: 'collect' };

  constructor(rt: Runtime, tracer: Tracer, write: ((s: string) => void) | null) {
    this.rt = rt;
    this.tracer = tracer;
    this.write = write;
  }

  private ref(e: Entry | undefined, o: PyObject | null): string {
    if (e !== undefined && e.n > 0) return `#${e.n} ${e.label}`;
    if (e !== undefined) return e.label;
    return o === null ? '(nothing)' : this.labelOf(o);
  }

  /** shortRepr, except that a module's dict is "globals of NAME" */
  private labelOf(o: PyObject): string {
    const g = this.globalsNames.get(o);
    return g !== undefined ? `globals of ${g}` : shortRepr(this.rt, o);
  }

  private out(s: string): void {
    if (this.write === null || this.quiet) return;
    this.write(s);
  }

  private refOf(o: PyObject | null): string {
    return this.ref(o === null ? undefined : this.entries.get(o), o);
  }

  /** Objects that belong to a class or a module rather than to the program's data. */
  private isInternal(o: PyObject): boolean {
    const T = this.rt.types;
    const t = o.ob_type;
    if (t === T.type || t === T.module || t === T.builtin_function_or_method || t === T.getset_descriptor || t === T.member_descriptor || t === T.method_descriptor || t === T.wrapper_descriptor || t === T.classmethod_descriptor) return true;
    return false;
  }

  start(generation: number, young: GCHead, trigger: GCTrigger, line: number): void {
    this.collections++;
    this.generation = generation;
    this.entries = new Map();
    this.order = [];
    this.phase = 'scan';
    this.sawWeakrefs = false;
    this.sawFinalizers = false;
    this.sawClears = false;
    this.freedBlocks = 0;
    this.savedCause = this.tracer.cause;
    this.trigger = trigger;
    // the interpreter's own collections at exit are summarised in one line at the end
    this.quiet = trigger.kind === 'exit';
    this.globalsNames = this.tracer.globalsNames();
    this.buffers = new Map();
    const internalsOf = this.classAndModuleInternals(young);
    each(young, (o) => {
      const script = this.tracer.scriptBlocks.has(o.ob_addr - o.ob_type.presize) && !this.isInternal(o) && !internalsOf.has(o);
      const e: Entry = { o, n: 0, label: this.labelOf(o), refcnt: o.ob_refcnt, upd: 0, sub: 0, from: null, reached: false, unreachable: false, script };
      this.entries.set(o, e);
      this.order.push(e);
    });
    for (const e of this.order) this.noteBuffers(e.o);
    const gens = generation === 0 ? 'generation 0' : generation === 1 ? 'generations 0 and 1' : 'generations 0, 1 and 2';
    let why: string;
    if (trigger.kind === 'collect') why = `gc.collect() called at line ${line}`;
    else if (trigger.kind === 'exit') why = 'the final collection when the interpreter exits';
    else if (trigger.generation === 0) {
      const t = this.tracer.lastAllocType;
      why = `generation 0 count ${trigger.count} > threshold ${trigger.threshold}` + (t !== null ? ` (allocating a ${t.tp_name} at line ${line})` : ` (line ${line})`);
    } else {
      why = `generation ${trigger.generation} count ${trigger.count} > threshold ${trigger.threshold} (collections of generation ${trigger.generation - 1} since its last collection; line ${line})`;
      if (trigger.generation === 2) {
        // gc_collect_generations' extra rule for the oldest generation
        const g = this.rt.gc;
        why += `, and ${g.long_lived_pending} objects survived into generation 2 since the last full collection, more than 25% of the ${g.long_lived_total} it kept then`;
      }
    }
    this.out(`\n=== gc: collection ${this.collections}, generation ${generation} ${'='.repeat(Math.max(3, 44 - String(this.collections).length))}\n`);
    this.out(wrap(`why:      ${why}`, '', '          '));
    this.out(`collects: ${gens}: ${plural(this.order.length, 'tracked object')}\n`);
    if (this.tracer.recording) {
      this.tracer.push({ e: 'gc', phase: 'start', generation, trigger, line, objects: this.order.map((x) => ({ id: x.o.ob_addr, type: x.o.ob_type.tp_name, repr: x.label, refcnt: x.refcnt })) });
    }
  }

  /** Dicts, tuples and functions held by the classes and modules of young (not the script's data). */
  private classAndModuleInternals(young: GCHead): Set<PyObject> {
    const T = this.rt.types;
    const s = new Set<PyObject>();
    each(young, (o) => {
      if (o.ob_type !== T.type && o.ob_type !== T.module) return;
      const trav = o.ob_type.tp_traverse;
      if (trav === null) return;
      trav(o, (x) => {
        if (x.ob_type !== T.dict && x.ob_type !== T.tuple) return 0;
        s.add(x);
        // a class's namespace: its methods and descriptors belong to the class
        if (o.ob_type === T.type && x === (o as PyTypeObject).tp_dict) this.rt.dictEach(x as PyDictObject, (_k, v) => { s.add(v); });
        return 0;
      }, null);
    });
    return s;
  }

  afterUpdateRefs(young: GCHead): void {
    each(young, (o) => {
      const e = this.entries.get(o);
      if (e !== undefined) e.upd = (o.ob_gc as GCHead).gc_refs;
    });
  }

  afterSubtractRefs(young: GCHead): void {
    each(young, (o) => {
      const e = this.entries.get(o);
      if (e !== undefined) e.sub = (o.ob_gc as GCHead).gc_refs;
    });
    // Walk from the objects with references from outside, as move_unreachable will, and
    // remember who reached whom first: that is the "why" of each reachable object.
    const queue: Entry[] = [];
    for (const e of this.order) {
      if (e.sub > 0) {
        e.reached = true;
        queue.push(e);
      }
    }
    for (let i = 0; i < queue.length; i++) {
      const e = queue[i] as Entry;
      const trav = e.o.ob_type.tp_traverse;
      if (trav === null) continue;
      trav(e.o, (x) => {
        const xe = this.entries.get(x);
        if (xe !== undefined && !xe.reached) {
          xe.reached = true;
          xe.from = e;
          queue.push(xe);
        }
        return 0;
      }, null);
    }
  }

  afterMoveUnreachable(_young: GCHead, unreachable: GCHead): void {
    each(unreachable, (o) => {
      const e = this.entries.get(o);
      if (e !== undefined) e.unreachable = true;
    });
    // number the listed objects: unreachable ones first in priority, table in list order
    let budget = MAX_LISTED;
    const chosen = new Set<Entry>();
    for (const e of this.order) if (e.unreachable && budget > 0) { chosen.add(e); budget--; }
    for (const e of this.order) if (!e.unreachable && e.script && budget > 0) { chosen.add(e); budget--; }
    let n = 0;
    for (const e of this.order) if (chosen.has(e)) e.n = ++n;
    const listed = this.order.filter((e) => e.n > 0);
    const others = this.order.filter((e) => e.n === 0);
    const nScript = this.order.filter((e) => e.script || e.unreachable).length;
    if (this.order.length > 0) {
      this.out(`listed:   the unreachable objects and the ones the script created (not the\n`);
      this.out(`          internals of classes and modules), at most ${MAX_LISTED}; the rest by type\n`);
      if (nScript > listed.length) this.out(`          (${nScript - listed.length} of the script's objects did not fit in the table)\n`);
      this.out('\n');
      if (listed.length > 0) {
        this.out(`  #  object                      address         refcnt  gc_refs after\n`);
        this.out(`                                                         update  subtract\n`);
      }
      for (const e of listed) {
        this.out(`${padL(e.n, 3)}  ${padR(e.label, 26)}  ${padR(hex(e.o.ob_addr), 14)}  ${padL(e.refcnt, 6)}  ${padL(e.upd, 6)}  ${padL(e.sub, 8)}\n`);
      }
      if (others.length > 0) this.out(wrap(`+ ${plural(others.length, 'other')}: ${countByType(others)}`, '     ', '       '));
      this.out('\n');
    }
    this.out('update_refs:      gc_refs = refcount, for every object\n');
    this.out('subtract_refs:    minus 1 for each reference from another object being\n');
    this.out('                  collected; what is left counts references from outside\n');
    this.out('move_unreachable: gc_refs > 0 means reachable, and so is all it refers to\n');
    // the objects with references from outside that the listed reachable objects hang from
    const roots: Entry[] = [];
    for (const e of listed) {
      if (e.unreachable) continue;
      let r: Entry = e;
      while (r.from !== null) r = r.from;
      if (r.sub > 0 && !roots.includes(r)) roots.push(r);
    }
    if (roots.length > 0) this.out('  held from outside (gc_refs > 0 after subtract_refs):\n');
    for (const r of roots) this.out(wrap(`${r.n > 0 ? `#${r.n} ` : ''}${r.label}: gc_refs ${r.sub} ${this.outside(r)}`, '     ', '       '));
    for (const e of listed) {
      if (e.unreachable) continue;
      const names = e.from === null ? [] : this.tracer.namesOf(e.o);
      this.out(wrap(`reachable: ${e.label}${names.length > 0 ? ` = ${names.join(', ')}` : ''}`, `${padL(e.n, 3)}  `, '       '));
      this.out(this.reachableWhy(e));
    }
    const unr = listed.filter((e) => e.unreachable);
    const unrOthers = this.order.filter((e) => e.unreachable && e.n === 0).length;
    for (const e of unr) {
      this.out(wrap(`unreachable: ${e.label}: gc_refs 0, not reached from outside`, `${padL(e.n, 3)}  `, '       '));
    }
    if (unrOthers > 0) this.out(`     (and ${plural(unrOthers, 'more unreachable object')})\n`);
    if (unr.length === 0 && unrOthers === 0) this.out('     nothing is unreachable: every object is kept alive from outside\n');
    if (this.tracer.recording) {
      this.tracer.push({ e: 'gc', phase: 'update_refs', gc_refs: this.order.map((x) => [x.o.ob_addr, x.upd]) });
      this.tracer.push({ e: 'gc', phase: 'subtract_refs', gc_refs: this.order.map((x) => [x.o.ob_addr, x.sub]) });
      this.tracer.push({
        e: 'gc', phase: 'move_unreachable',
        unreachable: this.order.filter((x) => x.unreachable).map((x) => x.o.ob_addr),
        reachable: this.order.filter((x) => !x.unreachable).map((x) => ({ id: x.o.ob_addr, from: x.from === null ? null : x.from.o.ob_addr, outside: x.sub })),
      });
    }
    this.phase = 'weakrefs';
  }

  /** Why e is reachable: the chain from an object with references from outside, as lines. */
  private reachableWhy(e: Entry): string {
    const ind = '       ';
    if (e.from === null) {
      if (e.sub <= 0) return `${ind}kept by the collector's own bookkeeping\n`;
      return `${ind}held from outside itself (above)\n`;
    }
    const path: string[] = [];
    let root: Entry = e;
    for (let x: Entry | null = e; x !== null; x = x.from) {
      path.push(x === e ? `#${e.n}` : x.n > 0 ? `#${x.n}` : x.label);
      root = x;
    }
    path.reverse();
    return wrap(`via ${path.join(' -> ')}`, ind, ind + '  ');
  }

  /** "(global `keep`)" or a general statement of where outside references come from */
  private outside(e: Entry): string {
    const names = this.tracer.namesOf(e.o);
    return names.length > 0 ? `(${names.join(', ')})` : '(an older generation, a running frame or the interpreter)';
  }

  /** Remembers the side buffers of o (attribute values, item array, keys table) by block. */
  private noteBuffers(o: PyObject): void {
    const T = this.rt.types;
    if (o.ob_values_addr > 0) this.buffers.set(o.ob_values_addr, { owner: o, what: 'attribute values' });
    if (o.ob_type === T.list && (o as PyListObject).itemsAddr > 0) this.buffers.set((o as PyListObject).itemsAddr, { owner: o, what: 'item array' });
    if (o.ob_type === T.dict) {
      const k = (o as PyDictObject).ma_keys;
      if (k !== null && k.addr > 0) this.buffers.set(k.addr, { owner: o, what: 'keys table' });
    }
  }

  beforeClearFreelists(): void {
    if (this.phase === 'weakrefs' && !this.sawWeakrefs) this.out('handle_weakrefs:  no weak references to clear\n');
    if (!this.sawClears) this.out('delete_garbage:   nothing to clear\n');
    this.sawClears = true;
    this.phase = 'freelists';
    this.tracer.push({ e: 'gc', phase: 'clear_freelists' });
    this.out('clear_freelists:  a generation-2 collection empties the free lists of\n');
    this.out('                  float, tuple, list and dict objects\n');
  }

  weakrefCleared(wr: PyObject, referent: PyObject | null): void {
    if (!this.sawWeakrefs) {
      this.sawWeakrefs = true;
      this.out('handle_weakrefs:  weak references to unreachable objects are cleared first\n');
    }
    this.out(wrap(`cleared weakref ${hex(wr.ob_addr)} to ${this.refOf(referent)}`, '     ', '       '));
    this.tracer.push({ e: 'gc', phase: 'weakref_cleared', weakref: wr.ob_addr, referent: referent === null ? null : referent.ob_addr });
  }

  weakrefCallback(wr: PyObject, callback: PyObject): void {
    this.out(wrap(`calling its callback ${shortRepr(this.rt, callback)} (the weakref itself is alive)`, '     ', '       '));
    this.tracer.cause = { line: this.tracer.currentLine(), inc: 'gc: weakref callback running', dec: 'gc: weakref callback done' };
    this.tracer.push({ e: 'gc', phase: 'weakref_callback', weakref: wr.ob_addr, callback: callback.ob_addr });
  }

  finalizerCalled(op: PyObject): void {
    if (!this.sawWeakrefs && this.phase === 'weakrefs') this.out('handle_weakrefs:  no weak references to clear\n');
    this.phase = 'finalize';
    if (!this.sawFinalizers) {
      this.sawFinalizers = true;
      this.out('finalize_garbage: __del__ runs once per object (PEP 442), before any clearing\n');
    }
    this.out(`     calling __del__ of ${this.refOf(op)}\n`);
    this.tracer.cause = { line: this.tracer.currentLine(), inc: `gc: held while __del__ of ${this.causeName(op)} runs`, dec: `gc: released after __del__ of ${this.causeName(op)}` };
    this.tracer.push({ e: 'gc', phase: 'finalizer', id: op.ob_addr });
  }

  resurrected(resurrected: GCHead, stillUnreachable: GCHead): void {
    if (this.phase === 'weakrefs' && !this.sawWeakrefs) this.out('handle_weakrefs:  no weak references to clear\n');
    if (!this.sawFinalizers) this.out('finalize_garbage: no __del__ to call\n');
    const back: PyObject[] = [];
    each(resurrected, (o) => back.push(o));
    let still = 0;
    each(stillUnreachable, () => still++);
    if (back.length > 0) {
      this.out('handle_resurrected_objects: a finalizer made these reachable again; they\n');
      this.out('     survive (moved to the older generation), and so does what they reach:\n');
      for (const o of back) this.out(`     resurrected ${this.refOf(o)}\n`);
    } else if (this.sawFinalizers) {
      this.out('handle_resurrected_objects: no object was resurrected\n');
    }
    this.tracer.push({ e: 'gc', phase: 'resurrected', ids: back.map((o) => o.ob_addr), still_unreachable: still });
    this.phase = 'delete';
  }

  beforeClear(op: PyObject, saved: boolean): void {
    if (!this.sawClears) {
      this.sawClears = true;
      if (saved) this.out('delete_garbage:   DEBUG_SAVEALL: each object goes to gc.garbage instead\n');
      else this.out('delete_garbage:   tp_clear breaks the references of each object; refcounts\n                  fall to 0 and the objects are freed\n');
    }
    const what = this.refOf(op);
    this.out(saved ? `     saved ${what} in gc.garbage\n` : `     tp_clear ${what}\n`);
    this.tracer.cause = saved
      ? { line: this.tracer.currentLine(), inc: 'gc: appended to gc.garbage (DEBUG_SAVEALL)', dec: 'gc: DEBUG_SAVEALL' }
      : { line: this.tracer.currentLine(), inc: `gc: held while ${this.causeName(op)} is cleared`, dec: `gc: tp_clear of ${this.causeName(op)}` };
    this.tracer.push({ e: 'gc', phase: saved ? 'saved' : 'tp_clear', id: op.ob_addr });
  }

  /** An object in a ledger's cause: its table number only when the table is printed. */
  private causeName(o: PyObject): string {
    return this.write !== null ? this.refOf(o) : `${o.ob_type.tp_name} ${hex(o.ob_addr)}`;
  }

  /** A block goes back to its pool (o: the object, null for a side buffer). */
  freed(o: PyObject | null, block: number): void {
    if (this.phase === 'idle' || this.phase === 'scan') return;
    const b: BlockInfo = blockInfo(this.rt.heap, block);
    this.freedBlocks++;
    const where = b.pool < 0 ? `raw block ${hex(block)} (${b.size} bytes) back to the system` : `block ${hex(block)} (${b.size} B, size class ${b.szidx}) -> pool ${hex(b.pool)}`;
    let what: string;
    if (o === null) {
      const owner = this.buffers.get(block);
      what = owner === undefined ? 'a side buffer' : `${owner.what} of ${this.entries.has(owner.owner) ? this.refOf(owner.owner) : `${owner.owner.ob_type.tp_name} ${hex(owner.owner.ob_addr)}`}`;
    } else {
      what = this.entries.has(o) ? this.refOf(o) : `${o.ob_type.tp_name} ${hex(o.ob_addr)}`;
      this.noteBuffers(o);
    }
    this.out(`       freed ${what}\n         ${where}\n`);
  }

  end(generation: number, collected: number, uncollectable: number): void {
    if (this.quiet) {
      this.quiet = false;
      if (this.write !== null) {
        this.write(`\n=== gc: collection ${this.collections}, generation ${generation}, at exit: ${collected + uncollectable} of ${plural(this.order.length, 'object')} unreachable\n`);
        this.write('    (part of the interpreter\'s shutdown, not narrated; call gc.collect()\n     in the script to see a collection in detail)\n');
      }
      this.finish(generation, collected, uncollectable);
      return;
    }
    if (this.phase === 'weakrefs' && !this.sawWeakrefs) this.out('handle_weakrefs:  no weak references to clear\n');
    if (!this.sawClears) this.out('delete_garbage:   nothing to clear\n');
    this.out(`result:   ${plural(collected, 'object')} collected, ${uncollectable} uncollectable; ${plural(this.freedBlocks, 'block')} freed\n`);
    if (this.trigger.kind === 'collect') this.out(`          gc.collect() returns ${collected + uncollectable}\n`);
    this.out(`          survivors move to ${generation < 2 ? `generation ${generation + 1}` : 'generation 2 (they stay there)'}\n`);
    this.finish(generation, collected, uncollectable);
  }

  private finish(generation: number, collected: number, uncollectable: number): void {
    this.tracer.push({ e: 'gc', phase: 'end', generation, collected, uncollectable });
    this.tracer.cause = this.savedCause;
    this.phase = 'idle';
    this.entries = new Map();
    this.order = [];
  }

  /** For tests: how many collections were explained. */
  get count(): number {
    return this.collections;
  }
}
