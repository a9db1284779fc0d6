// The collector's list primitives and per-interpreter bookkeeping: CPython 3.11's
// Modules/gcmodule.c (gc_list_* helpers, _PyObject_GC_Link, PyObject_GC_Del) and
// Include/internal/pycore_gc.h / pycore_object.h (_PyObject_GC_TRACK, _PyObject_GC_UNTRACK).
//
// Start reading at GCState. Every object of a GC type carries a PyGC_Head, here a GCHead of its
// own (PyObject.ob_gc, made with the object; objects of other types read null), pointing back at
// its object through `op`. The generations and the permanent generation are sentinel-headed
// doubly linked rings of GCHeads through gc_next / gc_prev (a sentinel's op is null):
//
//     head <-> obj1 <-> obj2 <-> ... <-> objN <-> head      (append = insert before head)
//
// gc_next === null means "untracked" (CPython: _gc_next == 0).
//
// DIVERGENCE (speed, unobservable): CPython's PyGC_Head sits in memory just before the object;
// here it is a separate JS object of one class. The collector's walks touch the gc fields of
// objects of dozens of layouts (lists, tuples, dicts, instances, functions, frames ...), and V8
// reads and writes a field of objects of many shapes through a slow megamorphic lookup; the
// fields of GCHeads, all of one shape, are read and written directly.
//
// gc_flags bits (CPython keeps them in the low bits of _gc_prev / _gc_next):
//
//   bit                        | set by                      | cleared by
//   ---------------------------+-----------------------------+-----------------------------
//   PREV_MASK_FINALIZED   (1)  | tp_finalize having run      | never
//   PREV_MASK_COLLECTING  (2)  | update_refs                 | move_unreachable / end of collection
//   NEXT_MASK_UNREACHABLE (4)  | move_unreachable            | move_legacy_finalizers
//   NO_GC_REFERENTS       (8)  | subtract_refs               | subtract_refs
//
// NO_GC_REFERENTS is glasspy's: subtract_refs found that a list, tuple or dict refers to no GC
// object, so move_unreachable, which runs next over the same objects with nothing run between,
// need not walk its items again (they would all be skipped). Read only by move_unreachable.
// gc_refs is meaningful only while COLLECTING is set (a copy of ob_refcnt minus internal refs).
//
// What holds between calls: every tracked object is on exactly one of the four lists; the
// gen0 count is (GC allocations - GC deallocations) since the last collection of gen0 or older,
// never below 0; free-list reuse does not touch it. The collector itself (src/gc/gcmodule.ts)
// installs GCState.collectGenerations; until then maybeCollect does nothing.

import type { RuntimeObserver } from '../trace/observer.js';
import type { PyObject } from '../objects/object.js';

export const PREV_MASK_FINALIZED = 1;
export const PREV_MASK_COLLECTING = 2;
export const NEXT_MASK_UNREACHABLE = 4;
export const NO_GC_REFERENTS = 8;

/** PyGC_Head: the gc fields of one GC object (op), or a list sentinel (op null). */
export class GCHead {
  // Assigned in the constructor, not as class fields: V8 runs [[Define]] field initializers slowly.
  declare gc_next: GCHead | null;
  declare gc_prev: GCHead | null;
  declare gc_refs: number;
  declare gc_flags: number;
  declare readonly op: PyObject | null;

  constructor(op: PyObject | null) {
    this.gc_next = null;
    this.gc_prev = null;
    this.gc_refs = 0;
    this.gc_flags = 0;
    this.op = op;
  }
}

/** A generation: its list head, threshold and count (CPython's struct gc_generation). */
export class GCGeneration {
  readonly head: GCHead = gc_list_new();
  threshold: number;
  count = 0;
  constructor(threshold: number) {
    this.threshold = threshold;
  }
}

export interface GCGenerationStats {
  collections: number;
  collected: number;
  uncollectable: number;
}

/** Per-interpreter gc state (CPython's struct _gc_runtime_state). */
export class GCState {
  readonly generations: [GCGeneration, GCGeneration, GCGeneration] = [
    new GCGeneration(700),
    new GCGeneration(10),
    new GCGeneration(10),
  ];
  readonly permanent_generation = new GCGeneration(0);
  readonly generation_stats: GCGenerationStats[] = [
    { collections: 0, collected: 0, uncollectable: 0 },
    { collections: 0, collected: 0, uncollectable: 0 },
    { collections: 0, collected: 0, uncollectable: 0 },
  ];
  enabled = true;
  debug = 0;
  collecting = false;
  long_lived_total = 0;
  long_lived_pending = 0;
  /**
   * Stress mode (glasspy's own, no CPython counterpart): every GC allocation starts an automatic
   * collection as if generation 0 were over its threshold (the older generations keep their
   * thresholds and the 25 % rule). gc.disable() still stops it.
   */
  stress = false;
  /**
   * Installed by the collector: runs gc_collect_generations (CPython: called from
   * _PyObject_GC_Link). null until the collector exists, and then automatic collection is off.
   */
  collectGenerations: (() => void) | null = null;
  /**
   * Installed by the collector for Py_FinalizeEx: _PyGC_CollectNoFail (a full collection even
   * when gc is disabled, without gc.callbacks) and _PyGC_DumpShutdownStats.
   */
  collectNoFail: (() => void) | null = null;
  dumpShutdownStats: (() => void) | null = null;
  /** The teaching tools' observer (src/trace/observer.ts); null unless one is on. */
  observer: RuntimeObserver | null = null;

  get gen0(): GCGeneration {
    return this.generations[0];
  }
}

export function gc_list_new(): GCHead {
  const h = new GCHead(null);
  h.gc_next = h;
  h.gc_prev = h;
  return h;
}

export function gc_list_init(head: GCHead): void {
  head.gc_next = head;
  head.gc_prev = head;
}

export function gc_list_is_empty(head: GCHead): boolean {
  return head.gc_next === head;
}

/** Appends node at the tail of list (node must not be in any list). */
export function gc_list_append(node: GCHead, list: GCHead): void {
  const last = list.gc_prev as GCHead;
  last.gc_next = node;
  node.gc_prev = last;
  node.gc_next = list;
  list.gc_prev = node;
}

/** Unlinks node from its list; it becomes untracked. */
export function gc_list_remove(node: GCHead): void {
  const prev = node.gc_prev as GCHead;
  const next = node.gc_next as GCHead;
  prev.gc_next = next;
  next.gc_prev = prev;
  node.gc_next = null;
  node.gc_prev = null;
}

/** Moves node from whatever list it is in to the tail of list. */
export function gc_list_move(node: GCHead, list: GCHead): void {
  const prev = node.gc_prev as GCHead;
  const next = node.gc_next as GCHead;
  prev.gc_next = next;
  next.gc_prev = prev;
  gc_list_append(node, list);
}

/** Appends every node of from to the tail of to; from becomes empty. */
export function gc_list_merge(from: GCHead, to: GCHead): void {
  if (gc_list_is_empty(from)) return;
  const tail = to.gc_prev as GCHead;
  const first = from.gc_next as GCHead;
  const last = from.gc_prev as GCHead;
  tail.gc_next = first;
  first.gc_prev = tail;
  to.gc_prev = last;
  last.gc_next = to;
  gc_list_init(from);
}

/** Moves the nodes of list before stop (a node of list, or list itself) to the tail of to, in order. */
export function gc_list_move_prefix(list: GCHead, stop: GCHead, to: GCHead): void {
  const first = list.gc_next as GCHead;
  if (first === stop) return;
  const last = stop.gc_prev as GCHead;
  list.gc_next = stop;
  stop.gc_prev = list;
  const tail = to.gc_prev as GCHead;
  tail.gc_next = first;
  first.gc_prev = tail;
  last.gc_next = to;
  to.gc_prev = last;
}

export function gc_list_size(list: GCHead): number {
  let n = 0;
  for (let p = list.gc_next as GCHead; p !== list; p = p.gc_next as GCHead) n++;
  return n;
}

/** _PyObject_GC_IS_TRACKED */
export function _PyObject_GC_IS_TRACKED(o: PyObject): boolean {
  const h = o.ob_gc;
  return h !== null && h.gc_next !== null;
}

/** _PyGC_FINALIZED: tp_finalize has run on o (a GC object). */
export function _PyGC_FINALIZED(o: PyObject): boolean {
  const h = o.ob_gc;
  return h !== null && (h.gc_flags & PREV_MASK_FINALIZED) !== 0;
}

/** _PyGC_SET_FINALIZED */
export function _PyGC_SET_FINALIZED(o: PyObject): void {
  const h = o.ob_gc;
  if (h !== null) h.gc_flags |= PREV_MASK_FINALIZED;
}

/** _PyObject_GC_TRACK: append to the tail of generation 0. */
export function _PyObject_GC_TRACK(gc: GCState, o: PyObject): void {
  const h = o.ob_gc as GCHead;
  if (h.gc_next !== null) return;
  gc_list_append(h, gc.generations[0].head);
  if (gc.observer !== null) gc.observer.onTrack(o);
}

/**
 * _PyObject_GC_UNTRACK: unlinks o; of its flags only FINALIZED survives (CPython keeps just
 * that bit of _gc_prev), so an object untracked during a collection - freed onto a free list
 * in delete_garbage, say - is not tracked again later still marked COLLECTING.
 */
export function _PyObject_GC_UNTRACK(o: PyObject): void {
  const h = o.ob_gc as GCHead;
  if (h.gc_next === null) return;
  gc_list_remove(h);
  h.gc_flags &= PREV_MASK_FINALIZED;
}

/**
 * _PyObject_GC_Link: a GC object was just allocated (not from a free list), before it is
 * initialised or tracked. Raises the gen0 count, and may start a collection.
 */
export function _PyObject_GC_Link(gc: GCState): void {
  const g0 = gc.generations[0];
  g0.count++;
  if ((g0.count > g0.threshold && g0.threshold !== 0) || gc.stress) maybeCollect(gc);
}

/** The one hook: start an automatic collection if CPython would (or on every one, in stress mode). */
export function maybeCollect(gc: GCState): void {
  if (!gc.enabled || gc.collecting) return;
  const g0 = gc.generations[0];
  if (!gc.stress && (g0.threshold === 0 || g0.count <= g0.threshold)) return;
  const hook = gc.collectGenerations;
  if (hook === null) return;
  hook();
}

/** PyObject_GC_Del's bookkeeping: a GC object's memory is being freed. */
export function _PyObject_GC_Unlink(gc: GCState): void {
  const g0 = gc.generations[0];
  if (g0.count > 0) g0.count--;
}
