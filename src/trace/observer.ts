// The observer interface: how the runtime, the allocator doors and the collector tell the
// teaching tools (--explain-gc, --trace-refs, --record, glasspy.ledger) what happens. No
// CPython counterpart (CPython has no such hooks; its closest relatives are the gc.callbacks
// "start"/"stop" calls and tracemalloc's allocator hooks).
//
// Start reading at RuntimeObserver. The runtime holds at most one observer, in
// `rt.gc.observer` (null by default). Every hook site tests that one field, so when no tool is
// on the cost is one load and one compare at each allocation, free, tracking and collection
// phase, and nothing at all at refcount changes (traced objects get an accessor property for
// ob_refcnt, see src/trace/tracer.ts).
//
// Call order during one collection (src/gc/gcmodule.ts gc_collect_main):
//   gcStart -> afterUpdateRefs -> afterSubtractRefs -> afterMoveUnreachable
//   -> weakrefCleared* / weakrefCallback* -> finalizerCalled* -> resurrected
//   -> beforeClear* (tp_clear or DEBUG_SAVEALL, frees in between)
//   -> beforeClearFreelists (generation 2 only) -> gcEnd

import type { GCHead } from '../gc/gclist.js';
import type { PyObject, PyTypeObject } from '../objects/object.js';

/**
 * Why a refcount changes right now: set by the compiled code (when an observer is present at
 * compile time) and by the collector hooks. `inc` / `dec` are the sentences for an increment
 * and a decrement under this cause ("bound to name `b`", "name `b` rebound").
 */
export interface Cause {
  readonly line: number;
  readonly inc: string;
  readonly dec: string;
  /** for a statement's cause: the statement's kind ('Assign', 'Import', ...) */
  readonly stmt?: string;
}

/** Why a collection starts. */
export type GCTrigger =
  | { readonly kind: 'threshold'; readonly generation: number; readonly count: number; readonly threshold: number }
  | { readonly kind: 'collect' }
  | { readonly kind: 'exit' };

export interface RuntimeObserver {
  /** The current cause (null: none known). Read and written by the hooks and compiled code. */
  cause: Cause | null;
  /** Set just before gc_collect_main by the automatic and final collections; null means gc.collect(). */
  gcTrigger: GCTrigger | null;

  /** A block of `size` bytes was handed out at `block` (PyObject_Malloc). */
  onMalloc(block: number, size: number): void;
  /** The last block handed out is the object `id` of `type` (allocObject). */
  onObjectAlloc(type: PyTypeObject, id: number): void;
  /** A block moved or grew (PyObject_Realloc). */
  onRealloc(oldBlock: number, newBlock: number, size: number): void;
  /** A side buffer's block is about to go back to its pool (PyObject_Free of a buffer). */
  onFree(block: number): void;
  /** An object's block is about to go back to its pool (PyObject_Free of an object). */
  onObjectFree(o: PyObject, block: number): void;
  /**
   * A sub-expression whose result plays `role` has produced `value`, now held by the code
   * running under `consumer`: a decrement of value under consumer is its release (role.dec).
   */
  handedOver(role: Cause | null, consumer: Cause | null, value: PyObject | null): void;
  /** A statement of the script starts (line): what earlier statements handed over is forgotten. */
  onStatement(line: number): void;
  /** An object the script's code produced (a new reference), for the watched-object selection. */
  seen(o: PyObject): void;
  /** _PyObject_GC_TRACK of an untracked object. */
  onTrack(o: PyObject): void;

  /** glasspy.track(obj): keep obj's refcount ledger from now on. */
  track(o: PyObject): void;
  /** glasspy.ledger(obj): obj's ledger as text, or null if it is not watched. */
  ledger(o: PyObject): string | null;

  gcStart(generation: number, young: GCHead): void;
  afterUpdateRefs(young: GCHead): void;
  afterSubtractRefs(young: GCHead): void;
  afterMoveUnreachable(young: GCHead, unreachable: GCHead): void;
  weakrefCleared(wr: PyObject, referent: PyObject | null): void;
  weakrefCallback(wr: PyObject, callback: PyObject): void;
  finalizerCalled(op: PyObject): void;
  /** After the second deduce_unreachable: `resurrected` are the objects finalizers saved. */
  resurrected(resurrected: GCHead, stillUnreachable: GCHead): void;
  /** delete_garbage is about to clear op (saved: DEBUG_SAVEALL put it in gc.garbage instead). */
  beforeClear(op: PyObject, saved: boolean): void;
  /** A full collection is about to empty the free lists (clear_freelists). */
  beforeClearFreelists(): void;
  gcEnd(generation: number, collected: number, uncollectable: number): void;
}
