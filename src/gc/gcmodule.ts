// The cycle collector: CPython 3.11's Modules/gcmodule.c, gc_collect_main phase by phase.
//
// Start reading at gc_collect_main. The list primitives and GCState live in ./gclist.ts.
// Every walk over the object graph is one tp_traverse call per object on a gc list (the lists
// themselves are the work lists), so no phase recurses over the graph.
//

import type { PyObject, PyTypeObject } from '../objects/object.js';
import { Py_INCREF, Py_DECREF, Py_NewRef, Py_TPFLAGS_HAVE_GC } from '../objects/object.js';
import type { Runtime } from '../objects/runtime.js';
import type { RuntimeObserver } from '../trace/observer.js';
import { PyErr } from '../objects/pyerr.js';
import { PyWeakReference, _PyWeakref_ClearRef } from '../objects/weakrefobject.js';
import { PyObject_Call, PyObject_Repr } from '../objects/abstract.js';
import type { PyUnicodeObject } from '../objects/unicodeobject.js';
import { tuple_clear_freelist, tuple_traverse, _PyTuple_MaybeUntrack, type PyTupleObject } from '../objects/tupleobject.js';
import { float_clear_freelist } from '../objects/floatobject.js';
import { list_clear_freelist, list_traverse, PyList_AppendSteal, type PyListObject } from '../objects/listobject.js';
import { subtype_traverse } from '../objects/typeobject.js';
import { dict_clear_freelist, dict_traverse, _PyDict_MaybeUntrack, type PyDictObject } from '../objects/dictobject.js';
import { _PyObject_GC_UNTRACK } from './gclist.js';
import {
  type GCHead,
  PREV_MASK_FINALIZED,
  PREV_MASK_COLLECTING,
  NEXT_MASK_UNREACHABLE,
  NO_GC_REFERENTS,
  gc_list_new,
  gc_list_is_empty,
  gc_list_move,
  gc_list_merge,
  gc_list_size,
  gc_list_append,
  gc_list_move_prefix,
} from './gclist.js';

export const DEBUG_STATS = 1;
export const DEBUG_COLLECTABLE = 2;
export const DEBUG_UNCOLLECTABLE = 4;
export const DEBUG_SAVEALL = 32;
export const DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;
export const NUM_GENERATIONS = 3;

/** Per-runtime Python-level gc state the collector needs (gc.garbage, gc.callbacks). */
export interface GCPyState {
  garbage: PyListObject;
  callbacks: PyListObject;
}

function asObj(g: GCHead): PyObject {
  return g.op as PyObject;
}

function isGC(o: PyObject): boolean {
  return (o.ob_type.tp_flags & Py_TPFLAGS_HAVE_GC) !== 0;
}

/** update_refs: gc_refs = ob_refcnt, and mark every object as being collected. */
export function update_refs(containers: GCHead): void {
  for (let g = containers.gc_next as GCHead; g !== containers; g = g.gc_next as GCHead) {
    g.gc_refs = asObj(g).ob_refcnt;
    g.gc_flags |= PREV_MASK_COLLECTING;
  }
}

/** visit_decref */
function visit_decref(op: PyObject): number {
  const h = op.ob_gc;
  if (h !== null && (h.gc_flags & PREV_MASK_COLLECTING) !== 0) h.gc_refs--;
  return 0;
}

/**
 * visit_decref for the fused update_refs + subtract_refs pass of a full collection (see
 * subtract_refs): a tracked object not yet marked is one of young the pass has not reached, so
 * it gets its gc_refs (ob_refcnt) here, less this reference.
 */
function visit_decref_full(op: PyObject): number {
  const h = op.ob_gc;
  if (h === null) return 0;
  const flags = h.gc_flags;
  if ((flags & PREV_MASK_COLLECTING) !== 0) {
    h.gc_refs--;
  } else if (h.gc_next !== null) {
    h.gc_refs = op.ob_refcnt - 1;
    h.gc_flags = flags | PREV_MASK_COLLECTING;
  }
  return 0;
}

/**
 * subtype_traverse's whole work for an instance without __slots__ of a heap class whose base
 * has no tp_traverse (a plain `class C:`, or a subclass of int, str ...): its inline values or
 * its dict, then the class. The hot loops below walk such instances inline; every other
 * instance goes through subtype_traverse.
 */
function isPlainInstance(op: PyObject, type: PyTypeObject): boolean {
  if (op.ob_slots !== null) return false;
  const base = type.tp_base;
  return base !== null && base.tp_traverse === null;
}

/**
 * subtract_refs: remove the references internal to the set being collected. Lists, tuples,
 * dicts and plain instances (the bulk of most heaps) are walked here directly, in their
 * tp_traverse's order, so the hot loop calls no visitor; every other type goes through its
 * tp_traverse with visit_decref.
 *
 * full: update_refs is fused into this pass (gc_collect_main's fullFused case: young holds every
 * tracked object). An object gets its gc_refs when the pass reaches it or when a reference to it
 * is first seen, whichever comes first: the same gc_refs as the two passes, one walk fewer.
 */
export function subtract_refs(containers: GCHead, full = false): number {
  let n = 0;
  for (let g = containers.gc_next as GCHead; g !== containers; g = g.gc_next as GCHead) {
    n++;
    const op = asObj(g);
    if (full && (g.gc_flags & PREV_MASK_COLLECTING) === 0) {
      g.gc_refs = op.ob_refcnt;
      g.gc_flags |= PREV_MASK_COLLECTING;
    }
    const type = op.ob_type;
    const trav = type.tp_traverse;
    if (trav === list_traverse || trav === tuple_traverse) {
      const items = (op as PyListObject | PyTupleObject).ob_item;
      let gcItems = 0;
      for (let i = items.length - 1; i >= 0; i--) {
        const o = items[i] as PyObject;
        // the item's GC head read here, at a load site of its own: items of lists and tuples
        // are mostly a few kinds (ints, strs, floats, tuples), where a shared visitor's site
        // sees every kind of object and is megamorphic
        if (o.ob_gc === null) continue;
        gcItems++;
        if (full) visit_decref_full(o);
        else visit_decref(o);
      }
      if (gcItems === 0) g.gc_flags |= NO_GC_REFERENTS;
      else g.gc_flags &= ~NO_GC_REFERENTS;
    } else if (trav === dict_traverse) {
      // dict_traverse's references: values, and keys too unless they are all str
      const keys = (op as PyDictObject).ma_keys;
      let gcItems = 0;
      if (keys !== null) {
        const ek = keys.ek;
        const ev = keys.ev;
        const unicode = keys.dk_unicode;
        for (let i = 0; i < keys.dk_nentries; i++) {
          const k = ek[i];
          if (k === null || k === undefined) continue;
          const v = ev[i] as PyObject;
          // keys and values read at load sites of their own, as for list items above
          if (v.ob_gc !== null) {
            gcItems++;
            if (full) visit_decref_full(v);
            else visit_decref(v);
          }
          if (!unicode && k.ob_gc !== null) {
            gcItems++;
            if (full) visit_decref_full(k);
            else visit_decref(k);
          }
        }
      }
      if (gcItems === 0) g.gc_flags |= NO_GC_REFERENTS;
      else g.gc_flags &= ~NO_GC_REFERENTS;
    } else if (trav === subtype_traverse && isPlainInstance(op, type)) {
      const values = op.ob_values;
      if (values !== null) {
        for (let i = 0; i < values.length; i++) {
          const v = values[i];
          if (v === null || v === undefined) continue;
          if (full) {
            visit_decref_full(v);
            continue;
          }
          // visit_decref(v) written out: a call per reference costs until V8 optimizes this loop
          const h = v.ob_gc;
          if (h !== null && (h.gc_flags & PREV_MASK_COLLECTING) !== 0) h.gc_refs--;
        }
      } else if (op.ob_dict !== null) {
        if (full) visit_decref_full(op.ob_dict);
        else visit_decref(op.ob_dict);
      }
      if (full) visit_decref_full(type);
      else visit_decref(type);
    } else if (trav !== null) trav(op, full ? visit_decref_full : visit_decref, op);
  }
  return n;
}

// What a dict's referents say, so far, about _PyDict_MaybeUntrack's answer at the end of the
// fused pass (see move_unreachable): untrack it, keep it tracked, or not known until every
// tuple has been offered to _PyTuple_MaybeUntrack.
const DICT_UNTRACK = 0;
const DICT_UNKNOWN = 1;
const DICT_KEEP = 2;

/**
 * One referent's say in dictVerdict: _PyObject_GC_MAY_BE_TRACKED is false for good for an
 * object of a non-GC type or an untracked tuple, true for good for any other GC object but a
 * tracked tuple still COLLECTING (not yet reached by move_unreachable), which may yet be untracked.
 */
function dictVerdict(o: PyObject, tupleType: PyTypeObject, verdict: number): number {
  const type = o.ob_type;
  if ((type.tp_flags & Py_TPFLAGS_HAVE_GC) === 0) return verdict;
  if (type !== tupleType) return DICT_KEEP;
  const h = o.ob_gc as GCHead;
  if (h.gc_next === null) return verdict;
  return (h.gc_flags & PREV_MASK_COLLECTING) !== 0 ? DICT_UNKNOWN : DICT_KEEP;
}

/** visit_reachable: op is reachable from a reachable object of young. */
function visit_reachable(op: PyObject, arg: unknown): number {
  const h = op.ob_gc;
  if (h === null) return 0;
  const flags = h.gc_flags;
  if ((flags & PREV_MASK_COLLECTING) === 0) return 0;
  if ((flags & NEXT_MASK_UNREACHABLE) !== 0) {
    // tentatively unreachable: bring it back to the end of young, to be scanned in turn
    h.gc_flags = flags & ~NEXT_MASK_UNREACHABLE;
    gc_list_move(h, arg as GCHead);
    h.gc_refs = 1;
  } else if (h.gc_refs === 0) {
    h.gc_refs = 1;
  }
  return 0;
}

/** What deduce_unreachable's fast form (no observer) found, for gc_collect_main. */
export interface DeduceResult {
  /** objects left in young: untrack_tuples' gc_list_size */
  survivors: number;
  /** in: untrack_dicts is fused too (a full collection) */
  dicts: boolean;
  /** tuples (and dicts) untracked by the fused untrack_tuples (and untrack_dicts) */
  untracked: number;
  /** objects in unreachable */
  unreachable: number;
  /**
   * some object moved to unreachable has a legacy finalizer, a tp_finalize not yet run, weakrefs
   * or is a weakref (it may have been brought back since): move_legacy_finalizers must run
   */
  special: boolean;
}

/**
 * move_unreachable: objects of young with gc_refs == 0 move (tentatively) to unreachable;
 * anything reached from an object known reachable comes back to young's tail. Lists, tuples
 * and plain instances are walked inline, in their tp_traverse's order, as in subtract_refs.
 *
 * With res (no observer), untrack_tuples is fused into this pass: young's final order is the
 * order in which its objects are found reachable here, so offering each tuple to
 * _PyTuple_MaybeUntrack at that moment sees every other tuple in the state untrack_tuples would
 * (those before it done, those after it not yet). res gets the survivors' count and whether
 * anything moved to unreachable needs move_legacy_finalizers' pass (see gc_collect_main).
 */
export function move_unreachable(young: GCHead, unreachable: GCHead, rt: Runtime | null = null, res: DeduceResult | null = null): void {
  const tupleType = rt !== null && res !== null ? rt.types.tuple : null;
  const dictType = rt !== null && res !== null && res.dicts ? rt.types.dict : null;
  let deferred: PyDictObject[] | null = null;
  let survivors = 0;
  let untracked = 0;
  let special = false;
  // the last type seen among unreachable objects with no tp_del, no tp_finalize, not weakrefs
  let plainType: PyTypeObject | null = null;
  let prev: GCHead = young;
  let g = young.gc_next as GCHead;
  while (g !== young) {
    if (g.gc_refs > 0) {
      const op = asObj(g);
      const type = op.ob_type;
      const trav = type.tp_traverse;
      if (trav === list_traverse || trav === tuple_traverse) {
        // subtract_refs saw whether any item is a GC object: with none, there is nothing to visit
        if ((g.gc_flags & NO_GC_REFERENTS) === 0) {
          const items = (op as PyListObject | PyTupleObject).ob_item;
          for (let i = items.length - 1; i >= 0; i--) {
            const o = items[i] as PyObject;
            if (o.ob_gc !== null) visit_reachable(o, young);
          }
        }
      } else if (trav === dict_traverse) {
        // dict_traverse's order; with untrack_dicts fused (dictType), what each referent says
        // about _PyDict_MaybeUntrack's answer is noted on the way
        let verdict = DICT_UNTRACK;
        const keys = (op as PyDictObject).ma_keys;
        // with no GC referent (subtract_refs saw), nothing to visit, and every referent says
        // DICT_UNTRACK (dictVerdict keeps the verdict for an object of a non-GC type)
        if (keys !== null && (g.gc_flags & NO_GC_REFERENTS) === 0) {
          const ek = keys.ek;
          const ev = keys.ev;
          const unicode = keys.dk_unicode;
          for (let i = 0; i < keys.dk_nentries; i++) {
            const k = ek[i];
            if (k === null || k === undefined) continue;
            const v = ev[i] as PyObject;
            if (v.ob_gc !== null) visit_reachable(v, young);
            if (!unicode && k.ob_gc !== null) visit_reachable(k, young);
            if (type === dictType && verdict !== DICT_KEEP) {
              verdict = dictVerdict(v, tupleType as PyTypeObject, verdict);
              if (!unicode) verdict = dictVerdict(k, tupleType as PyTypeObject, verdict);
            }
          }
        }
        if (type === dictType && verdict !== DICT_KEEP) {
          if (verdict === DICT_UNTRACK) {
            g.gc_flags &= ~PREV_MASK_COLLECTING;
            _PyObject_GC_UNTRACK(op);
            untracked++;
            g = prev.gc_next as GCHead;
            continue;
          }
          (deferred ??= []).push(op as PyDictObject);
        }
      } else if (trav === subtype_traverse && isPlainInstance(op, type)) {
        const values = op.ob_values;
        if (values !== null) {
          for (let i = 0; i < values.length; i++) {
            const v = values[i];
            if (v === null || v === undefined) continue;
            // visit_reachable(v, young) written out (the call costs until V8 optimizes the loop)
            const h = v.ob_gc;
            if (h === null) continue;
            const flags = h.gc_flags;
            if ((flags & PREV_MASK_COLLECTING) === 0) continue;
            if ((flags & NEXT_MASK_UNREACHABLE) !== 0) {
              // tentatively unreachable: back to the end of young (gc_list_move), scanned in turn
              h.gc_flags = flags & ~NEXT_MASK_UNREACHABLE;
              const hp = h.gc_prev as GCHead;
              const hn = h.gc_next as GCHead;
              hp.gc_next = hn;
              hn.gc_prev = hp;
              const tail = young.gc_prev as GCHead;
              tail.gc_next = h;
              h.gc_prev = tail;
              h.gc_next = young;
              young.gc_prev = h;
              h.gc_refs = 1;
            } else if (h.gc_refs === 0) {
              h.gc_refs = 1;
            }
          }
        } else if (op.ob_dict !== null) {
          visit_reachable(op.ob_dict, young);
        }
        visit_reachable(type, young);
      } else if (trav !== null) trav(op, visit_reachable, young);
      g.gc_flags &= ~PREV_MASK_COLLECTING;
      if (type === tupleType) {
        _PyTuple_MaybeUntrack(rt as Runtime, op as PyTupleObject);
        if (g.gc_next === null) {
          // untracked: it left young, prev is still the last object kept
          untracked++;
          g = prev.gc_next as GCHead;
          continue;
        }
      }
      survivors++;
      prev = g;
      g = g.gc_next as GCHead;
    } else {
      // A run of objects with gc_refs 0 moves to the tail of unreachable in one splice: the
      // same order and flags as moving them one by one (nothing happens between those moves).
      const first = g;
      let last: GCHead;
      do {
        const flags = g.gc_flags;
        g.gc_flags = flags | NEXT_MASK_UNREACHABLE;
        if (res !== null && !special) {
          const op = asObj(g);
          const type = op.ob_type;
          // whether the type's instances are weakrefs (a JS layout: the same for every instance
          // of a type) is asked once per run of objects of one type
          if (type !== plainType) {
            if (type.tp_del !== null || op instanceof PyWeakReference) special = true;
            else if (type.tp_finalize === null) plainType = type;
          }
          if (!special) special = (type.tp_finalize !== null && (flags & PREV_MASK_FINALIZED) === 0) || op.ob_weakreflist !== null;
        }
        last = g;
        g = g.gc_next as GCHead;
      } while (g !== young && g.gc_refs === 0);
      prev.gc_next = g;
      g.gc_prev = prev;
      const tail = unreachable.gc_prev as GCHead;
      tail.gc_next = first;
      first.gc_prev = tail;
      last.gc_next = unreachable;
      unreachable.gc_prev = last;
    }
  }
  if (deferred !== null) {
    // every tuple is settled now: these dicts get untrack_dicts' own test
    for (const d of deferred) {
      _PyDict_MaybeUntrack(rt as Runtime, d);
      if ((d.ob_gc as GCHead).gc_next === null) {
        survivors--;
        untracked++;
      }
    }
  }
  if (res !== null) {
    res.survivors = survivors;
    res.untracked = untracked;
    res.special = special;
  }
}

/**
 * deduce_unreachable (obs: the teaching observer, told after each step of the first pass).
 * Without an observer, with rt, the fast form (see gc_collect_main): untrack_tuples fused into
 * move_unreachable, and with full update_refs fused into subtract_refs; returns what it saw.
 */
function deduce_unreachable(base: GCHead, unreachable: GCHead, obs: RuntimeObserver | null = null, rt: Runtime | null = null, full = false): DeduceResult | null {
  if (obs !== null || rt === null) {
    update_refs(base);
    if (obs !== null) obs.afterUpdateRefs(base);
    subtract_refs(base);
    if (obs !== null) obs.afterSubtractRefs(base);
    move_unreachable(base, unreachable);
    if (obs !== null) obs.afterMoveUnreachable(base, unreachable);
    return null;
  }
  if (!full) update_refs(base);
  const total = subtract_refs(base, full);
  const res: DeduceResult = { dicts: full, survivors: 0, untracked: 0, unreachable: 0, special: false };
  move_unreachable(base, unreachable, rt, res);
  // each object of base either stayed (a survivor), was untracked (a tuple) or is unreachable
  res.unreachable = total - res.survivors - res.untracked;
  return res;
}

/**
 * untrack_tuples: tuples holding only untracked objects leave the gc lists. Returns how many
 * objects stay in head (gc_list_size, counted in the same pass).
 */
function untrack_tuples(rt: Runtime, head: GCHead): number {
  return untrackExact(head, rt.types.tuple, (op) => _PyTuple_MaybeUntrack(rt, op as PyTupleObject));
}

/** untrack_dicts (full collections only); returns how many objects stay in head. */
function untrack_dicts(rt: Runtime, head: GCHead): number {
  return untrackExact(head, rt.types.dict, (op) => _PyDict_MaybeUntrack(rt, op as PyDictObject));
}

/**
 * The pass untrack_tuples and untrack_dicts share: offers every object of exactly `type` in
 * head to `maybeUntrack`, and counts the objects still tracked after it.
 */
function untrackExact(head: GCHead, type: PyTypeObject, maybeUntrack: (op: PyObject) => void): number {
  let n = 0;
  let g = head.gc_next as GCHead;
  while (g !== head) {
    const next = g.gc_next as GCHead;
    const op = asObj(g);
    if (op.ob_type === type) maybeUntrack(op);
    if (g.gc_next !== null) n++;
    g = next;
  }
  return n;
}

/** What move_legacy_finalizers saw in the unreachable set, for the phases that follow. */
export interface UnreachableSummary {
  /** objects left in unreachable */
  count: number;
  /** some object is a weakref or has weakrefs: handle_weakrefs has work */
  weakrefs: boolean;
  /** some object still has a tp_finalize to run: finalize_garbage has work */
  finalizers: boolean;
}

/**
 * move_legacy_finalizers: objects with tp_del go to finalizers (they are never freed). In the
 * same pass it notes what the later phases will find (see gc_collect_main's "quiet" case).
 */
function move_legacy_finalizers(unreachable: GCHead, finalizers: GCHead): UnreachableSummary {
  let count = 0;
  let weakrefs = false;
  let fin = false;
  let g = unreachable.gc_next as GCHead;
  while (g !== unreachable) {
    const next = g.gc_next as GCHead;
    const flags = g.gc_flags & ~NEXT_MASK_UNREACHABLE;
    const op = asObj(g);
    const type = op.ob_type;
    if (type.tp_del !== null) {
      g.gc_flags = flags & ~PREV_MASK_COLLECTING;
      gc_list_move(g, finalizers);
    } else {
      g.gc_flags = flags;
      count++;
      if (op.ob_weakreflist !== null || op instanceof PyWeakReference) weakrefs = true;
      if (type.tp_finalize !== null && (flags & PREV_MASK_FINALIZED) === 0) fin = true;
    }
    g = next;
  }
  return { count, weakrefs, finalizers: fin };
}

/** visit_move */
function visit_move(op: PyObject, arg: unknown): number {
  const h = op.ob_gc;
  if (h !== null && (h.gc_flags & PREV_MASK_COLLECTING) !== 0) {
    h.gc_flags &= ~PREV_MASK_COLLECTING;
    gc_list_move(h, arg as GCHead);
  }
  return 0;
}

/** move_legacy_finalizer_reachable: what a legacy finalizer reaches is uncollectable too. */
function move_legacy_finalizer_reachable(finalizers: GCHead): void {
  for (let g = finalizers.gc_next as GCHead; g !== finalizers; g = g.gc_next as GCHead) {
    const op = asObj(g);
    const trav = op.ob_type.tp_traverse;
    if (trav !== null) trav(op, visit_move, finalizers);
  }
}

/**
 * handle_weakrefs: clear every weakref to an unreachable object (and every unreachable
 * weakref) before any finalizer runs; call the callbacks of the weakrefs that are not trash
 * themselves. Returns how many of those weakrefs their callbacks freed.
 */
function handle_weakrefs(rt: Runtime, unreachable: GCHead, old: GCHead): number {
  const wrcb_to_call = gc_list_new();
  for (let g = unreachable.gc_next as GCHead; g !== unreachable; g = g.gc_next as GCHead) {
    const op = asObj(g);
    if (op instanceof PyWeakReference) {
      if (rt.gc.observer !== null) rt.gc.observer.weakrefCleared(op, op.wr_object);
      _PyWeakref_ClearRef(op);
    }
    while (op.ob_weakreflist !== null) {
      const wr = op.ob_weakreflist as PyWeakReference;
      if (rt.gc.observer !== null) rt.gc.observer.weakrefCleared(wr, op);
      _PyWeakref_ClearRef(wr);
      if (wr.wr_callback === null) continue;
      const wh = wr.ob_gc as GCHead;
      if ((wh.gc_flags & PREV_MASK_COLLECTING) !== 0) continue; // trash itself: never called
      Py_INCREF(wr);
      gc_list_move(wh, wrcb_to_call);
    }
  }
  let num_freed = 0;
  while (!gc_list_is_empty(wrcb_to_call)) {
    const g = wrcb_to_call.gc_next as GCHead;
    const wr = asObj(g) as PyWeakReference;
    const cb = wr.wr_callback as PyObject;
    if (rt.gc.observer !== null) rt.gc.observer.weakrefCallback(wr, cb);
    try {
      const r = PyObject_Call(cb, [Py_NewRef(wr)], null);
      Py_DECREF(r);
    } catch (e) {
      if (e instanceof PyErr) rt.hooks.writeUnraisable(e, cb);
      else throw e;
    }
    Py_DECREF(wr);
    if (wrcb_to_call.gc_next === g) gc_list_move(g, old);
    else num_freed++;
  }
  return num_freed;
}

/** finalize_garbage: PEP 442, tp_finalize once per object ever. */
function finalize_garbage(collectable: GCHead, obs: RuntimeObserver | null = null): void {
  // CPython moves each object to `seen` before finalizing it, since a finalizer may free or
  // resurrect anything in the list. Objects with nothing to finalize are only stepped over
  // here, and joined to `seen` in one splice when a finalizer is about to run (or at the end):
  // the same order, without relinking every node.
  const seen = gc_list_new();
  let g = collectable.gc_next as GCHead;
  while (g !== collectable) {
    const op = asObj(g);
    const fin = op.ob_type.tp_finalize;
    if ((g.gc_flags & PREV_MASK_FINALIZED) !== 0 || fin === null) {
      g = g.gc_next as GCHead;
      continue;
    }
    gc_list_move_prefix(collectable, g, seen);
    gc_list_move(g, seen);
    g.gc_flags |= PREV_MASK_FINALIZED;
    if (obs !== null) obs.finalizerCalled(op);
    Py_INCREF(op);
    fin(op);
    Py_DECREF(op);
    g = collectable.gc_next as GCHead;
  }
  gc_list_merge(collectable, seen);
  gc_list_merge(seen, collectable);
}

/** clear_unreachable_mask; returns the list's length (gc_list_size, in the same pass). */
function clear_unreachable_mask(unreachable: GCHead): number {
  let n = 0;
  for (let g = unreachable.gc_next as GCHead; g !== unreachable; g = g.gc_next as GCHead) {
    g.gc_flags &= ~NEXT_MASK_UNREACHABLE;
    n++;
  }
  return n;
}

/** handle_resurrected_objects: objects a finalizer made reachable again go to old. */
function handle_resurrected_objects(unreachable: GCHead, still_unreachable: GCHead, old: GCHead, obs: RuntimeObserver | null = null): number {
  deduce_unreachable(unreachable, still_unreachable);
  const n = clear_unreachable_mask(still_unreachable);
  if (obs !== null) obs.resurrected(unreachable, still_unreachable);
  gc_list_merge(unreachable, old);
  return n;
}

/** handle_resurrected_objects when no code ran since move_unreachable: all still unreachable. */
function handle_unresurrected_objects(unreachable: GCHead, still_unreachable: GCHead, count: number, obs: RuntimeObserver | null): number {
  gc_list_merge(unreachable, still_unreachable);
  if (obs !== null) obs.resurrected(unreachable, still_unreachable);
  return count;
}

/** delete_garbage: break the cycles with tp_clear (or keep everything under DEBUG_SAVEALL). */
function delete_garbage(rt: Runtime, py: GCPyState | null, collectable: GCHead, old: GCHead): void {
  while (!gc_list_is_empty(collectable)) {
    const g = collectable.gc_next as GCHead;
    const op = asObj(g);
    if (rt.gc.observer !== null) rt.gc.observer.beforeClear(op, (rt.gc.debug & DEBUG_SAVEALL) !== 0 && py !== null);
    if ((rt.gc.debug & DEBUG_SAVEALL) !== 0 && py !== null) {
      Py_INCREF(op);
      appendToList(rt, py.garbage, op);
    } else {
      const clear = op.ob_type.tp_clear;
      if (clear !== null) {
        Py_INCREF(op);
        try {
          clear(op);
        } catch (e) {
          if (e instanceof PyErr) rt.hooks.writeUnraisable(e, null);
          else throw e;
        }
        Py_DECREF(op);
      }
    }
    if (collectable.gc_next === g) {
      // still alive: it goes on living in the older generation
      g.gc_flags &= ~(PREV_MASK_COLLECTING | NEXT_MASK_UNREACHABLE);
      gc_list_move(g, old);
    }
  }
}

function appendToList(rt: Runtime, list: PyListObject, item: PyObject): void {
  PyList_AppendSteal(rt, list, item); // steals item
}

function debug_cycle(rt: Runtime, msg: string, op: PyObject): void {
  rt.stderr(`gc: ${msg} <${op.ob_type.tp_name} 0x${op.ob_addr.toString(16)}>\n`);
}

/** handle_legacy_finalizers: uncollectable objects into gc.garbage, the rest to old. */
function handle_legacy_finalizers(rt: Runtime, py: GCPyState | null, finalizers: GCHead, old: GCHead): void {
  if (py !== null) {
    for (let g = finalizers.gc_next as GCHead; g !== finalizers; g = g.gc_next as GCHead) {
      const op = asObj(g);
      if ((rt.gc.debug & DEBUG_SAVEALL) !== 0 || op.ob_type.tp_del !== null) {
        Py_INCREF(op);
        appendToList(rt, py.garbage, op);
      }
    }
  }
  gc_list_merge(finalizers, old);
}

/** validate_list: every object of head has exactly the expected flag bits among mask. */
export function validate_list(head: GCHead, mask: number, expected: number, where = ''): void {
  let prev = head;
  for (let g = head.gc_next as GCHead; g !== head; g = g.gc_next as GCHead) {
    if (g.gc_prev !== prev) throw new Error(`gc list corrupted: gc_prev mismatch ${where}`);
    if ((g.gc_flags & mask) !== expected) throw new Error(`gc list corrupted: unexpected flags ${where} (${asObj(g).ob_type.tp_name}, flags ${g.gc_flags})`);
    prev = g;
  }
  if (head.gc_prev !== prev) throw new Error(`gc list corrupted: tail mismatch ${where}`);
}

function clear_freelists(rt: Runtime): void {
  float_clear_freelist(rt);
  tuple_clear_freelist(rt);
  list_clear_freelist(rt);
  dict_clear_freelist(rt);
}

export interface CollectResult {
  collected: number;
  uncollectable: number;
}

/** gc_collect_main: the collection of one generation (and the younger ones). */
export function gc_collect_main(rt: Runtime, py: GCPyState | null, generation: number): CollectResult {
  const gcs = rt.gc;
  const debug = gcs.debug;
  const checks = rt.heap.debugChecks;
  const t0 = (debug & DEBUG_STATS) !== 0 ? nowMs() : 0;
  if ((debug & DEBUG_STATS) !== 0) {
    const sizes = gcs.generations.map((g) => gc_list_size(g.head));
    rt.stderr(`gc: collecting generation ${generation}...\n`);
    rt.stderr(`gc: objects in each generation: ${sizes.join(' ')}\n`);
    rt.stderr(`gc: objects in permanent generation: ${gc_list_size(gcs.permanent_generation.head)}\n`);
  }
  if (generation + 1 < NUM_GENERATIONS) (gcs.generations[generation + 1] as { count: number }).count += 1;
  for (let i = 0; i <= generation; i++) (gcs.generations[i] as { count: number }).count = 0;
  for (let i = 0; i < generation; i++) {
    gc_list_merge((gcs.generations[i] as { head: GCHead }).head, (gcs.generations[generation] as { head: GCHead }).head);
  }
  const young = (gcs.generations[generation] as { head: GCHead }).head;
  const old = generation < NUM_GENERATIONS - 1 ? (gcs.generations[generation + 1] as { head: GCHead }).head : young;
  if (checks) validate_list(young, PREV_MASK_COLLECTING | NEXT_MASK_UNREACHABLE, 0, 'young before collection');

  const obs = gcs.observer;
  if (obs !== null) obs.gcStart(generation, young);
  const unreachable = gc_list_new();
  // DIVERGENCE (speed, unobservable): without an observer, untrack_tuples runs inside
  // move_unreachable's pass, and in a full collection with nothing frozen (young is then every
  // tracked object, so an object is in young exactly when it is tracked) update_refs runs inside
  // subtract_refs' pass: two walks over young fewer, the same gc_refs, order and results.
  const fullFused = obs === null && young === old && gc_list_is_empty(gcs.permanent_generation.head);
  const fast = deduce_unreachable(young, unreachable, obs, obs === null ? rt : null, fullFused);
  if (checks) {
    validate_list(young, PREV_MASK_COLLECTING | NEXT_MASK_UNREACHABLE, 0, 'young after move_unreachable');
    validate_list(unreachable, PREV_MASK_COLLECTING | NEXT_MASK_UNREACHABLE, PREV_MASK_COLLECTING | NEXT_MASK_UNREACHABLE, 'unreachable after move_unreachable');
  }
  // (each untrack_* returns gc_list_size(young) after it)
  const survivors = fast !== null ? fast.survivors : untrack_tuples(rt, young);
  if (young !== old) {
    if (generation === NUM_GENERATIONS - 2) gcs.long_lived_pending += survivors;
    gc_list_merge(young, old);
  } else {
    gcs.long_lived_pending = 0;
    gcs.long_lived_total = fast !== null && fullFused ? survivors : untrack_dicts(rt, young);
  }

  const finalizers = gc_list_new();
  // DIVERGENCE (speed, unobservable): when move_unreachable saw that no object it moved to
  // unreachable has a legacy finalizer, a finalizer still to run, weakrefs or is a weakref,
  // move_legacy_finalizers would move nothing and find the set quiet (below): glasspy skips its
  // walk, and the objects keep NEXT_MASK_UNREACHABLE until delete_garbage (nothing reads it
  // there: no Python code can reach them, and whatever survives tp_clear has it cleared).
  const skipLegacy = fast !== null && !fast.special;
  const summary: UnreachableSummary = skipLegacy
    ? { count: (fast as DeduceResult).unreachable, weakrefs: false, finalizers: false }
    : move_legacy_finalizers(unreachable, finalizers);
  move_legacy_finalizer_reachable(finalizers);
  const unreachableMask = skipLegacy ? NEXT_MASK_UNREACHABLE : 0;
  if (checks) {
    validate_list(finalizers, PREV_MASK_COLLECTING | NEXT_MASK_UNREACHABLE, 0, 'finalizers');
    validate_list(unreachable, PREV_MASK_COLLECTING | NEXT_MASK_UNREACHABLE, PREV_MASK_COLLECTING | unreachableMask, 'unreachable after move_legacy_finalizers');
    if (skipLegacy && gc_list_size(unreachable) !== summary.count) throw new Error('gc: unreachable count mismatch');
  }

  if ((debug & DEBUG_COLLECTABLE) !== 0) {
    for (let g = unreachable.gc_next as GCHead; g !== unreachable; g = g.gc_next as GCHead) {
      debug_cycle(rt, 'collectable', asObj(g));
    }
  }
  // DIVERGENCE (speed, unobservable): when the unreachable set holds no weakref, no object with
  // weakrefs, no finalizer left to run and no legacy finalizer, handle_weakrefs and
  // finalize_garbage would do nothing and run no Python code, so nothing can have been
  // resurrected: CPython still walks the set three more times (and deduces it again); glasspy
  // moves it whole to still_unreachable, with the same result.
  const quiet = !summary.weakrefs && !summary.finalizers && gc_list_is_empty(finalizers);
  let m = quiet ? 0 : handle_weakrefs(rt, unreachable, old);

  if (!quiet) finalize_garbage(unreachable, obs);
  const still_unreachable = gc_list_new();
  // (returns gc_list_size(still_unreachable))
  const still = quiet
    ? handle_unresurrected_objects(unreachable, still_unreachable, summary.count, obs)
    : handle_resurrected_objects(unreachable, still_unreachable, old, obs);
  if (checks) validate_list(still_unreachable, NEXT_MASK_UNREACHABLE, unreachableMask, 'still_unreachable');
  // objects freed by refcounting inside finalize_garbage, and resurrected ones, do not count
  m += still;
  delete_garbage(rt, py, still_unreachable, old);

  let n = 0;
  for (let g = finalizers.gc_next as GCHead; g !== finalizers; g = g.gc_next as GCHead) {
    n++;
    if ((debug & DEBUG_UNCOLLECTABLE) !== 0) debug_cycle(rt, 'uncollectable', asObj(g));
  }
  if ((debug & DEBUG_STATS) !== 0) {
    const secs = (nowMs() - t0) / 1000;
    rt.stderr(`gc: done, ${n + m} unreachable, ${n} uncollectable, ${secs.toFixed(4)}s elapsed\n`);
  }
  handle_legacy_finalizers(rt, py, finalizers, old);
  if (checks) validate_list(old, PREV_MASK_COLLECTING | NEXT_MASK_UNREACHABLE, 0, 'old after collection');
  if (obs !== null && generation === NUM_GENERATIONS - 1) obs.beforeClearFreelists();
  if (generation === NUM_GENERATIONS - 1) clear_freelists(rt);
  const st = gcs.generation_stats[generation];
  if (st !== undefined) {
    st.collections++;
    st.collected += m;
    st.uncollectable += n;
  }
  if (obs !== null) obs.gcEnd(generation, m, n);
  return { collected: m, uncollectable: n };
}

function nowMs(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** invoke_gc_callback: each callable of gc.callbacks gets (phase, info). */
function invoke_gc_callback(rt: Runtime, py: GCPyState | null, phase: string, generation: number, collected: number, uncollectable: number): void {
  if (py === null || py.callbacks.ob_item.length === 0) return;
  const info = rt.newDict();
  rt.dictSetStr(info, 'generation', rt.newInt(generation));
  rt.dictSetStr(info, 'collected', rt.newInt(collected));
  rt.dictSetStr(info, 'uncollectable', rt.newInt(uncollectable));
  // iterate over a copy: a callback may change gc.callbacks
  const cbs = py.callbacks.ob_item.slice();
  for (const cb of cbs) Py_INCREF(cb);
  for (const cb of cbs) {
    try {
      Py_INCREF(info);
      const r = PyObject_Call(cb, [rt.newStr(phase), info], null);
      Py_DECREF(r);
    } catch (e) {
      if (e instanceof PyErr) rt.hooks.writeUnraisable(e, cb);
      else throw e;
    }
  }
  for (const cb of cbs) Py_DECREF(cb);
  Py_DECREF(info);
}

/** gc_collect_with_callback */
export function gc_collect_with_callback(rt: Runtime, py: GCPyState | null, generation: number): number {
  invoke_gc_callback(rt, py, 'start', generation, 0, 0);
  const r = gc_collect_main(rt, py, generation);
  invoke_gc_callback(rt, py, 'stop', generation, r.collected, r.uncollectable);
  return r.collected + r.uncollectable;
}

/** gc_collect_generations: the oldest generation over its threshold, with the 25 % rule. */
export function gc_collect_generations(rt: Runtime, py: GCPyState | null): number {
  const gcs = rt.gc;
  for (let i = NUM_GENERATIONS - 1; i >= 0; i--) {
    const gen = gcs.generations[i] as { count: number; threshold: number };
    if (gen.count > gen.threshold || (i === 0 && gcs.stress)) {
      if (i === NUM_GENERATIONS - 1 && gcs.long_lived_pending < gcs.long_lived_total / 4) continue;
      if (gcs.observer !== null) gcs.observer.gcTrigger = { kind: 'threshold', generation: i, count: gen.count, threshold: gen.threshold };
      return gc_collect_with_callback(rt, py, i);
    }
  }
  return 0;
}

/** Installs the collector on a runtime: automatic collection and the final collection. */
export function installCollector(rt: Runtime, py: GCPyState | null): void {
  rt.gc.collectGenerations = () => {
    rt.gc.collecting = true;
    try {
      gc_collect_generations(rt, py);
    } finally {
      rt.gc.collecting = false;
    }
  };
  // PyGC_Collect (Py_FinalizeEx's first collection): nothing when gc is disabled, callbacks run
  rt.finalCollect = () => {
    if (!rt.gc.enabled || rt.gc.collecting) return;
    rt.gc.collecting = true;
    if (rt.gc.observer !== null) rt.gc.observer.gcTrigger = { kind: 'exit' };
    try {
      gc_collect_with_callback(rt, py, NUM_GENERATIONS - 1);
    } finally {
      rt.gc.collecting = false;
    }
  };
  // _PyGC_CollectNoFail (finalize_modules, once sys.modules is emptied): even when disabled
  rt.gc.collectNoFail = () => {
    if (rt.gc.collecting) return;
    rt.gc.collecting = true;
    if (rt.gc.observer !== null) rt.gc.observer.gcTrigger = { kind: 'exit' };
    try {
      gc_collect_main(rt, py, NUM_GENERATIONS - 1);
    } finally {
      rt.gc.collecting = false;
    }
  };
  rt.gc.dumpShutdownStats = () => _PyGC_DumpShutdownStats(rt, py);
}

/**
 * _PyGC_DumpShutdownStats: with objects left in gc.garbage (and DEBUG_SAVEALL off), CPython
 * issues the ResourceWarning "gc: N uncollectable objects at shutdown..." and, under
 * DEBUG_UNCOLLECTABLE, prints the repr of gc.garbage on stderr, indented by six spaces.
 * SIMPLIFICATION: glasspy has no warning filters (-W, -X dev); the ResourceWarning is never
 * shown, as under CPython's default filters, which ignore ResourceWarning.
 */
function _PyGC_DumpShutdownStats(rt: Runtime, py: GCPyState | null): void {
  if (py === null || (rt.gc.debug & DEBUG_SAVEALL) !== 0 || py.garbage.ob_item.length === 0) return;
  if ((rt.gc.debug & DEBUG_UNCOLLECTABLE) === 0) return;
  try {
    const repr = PyObject_Repr(py.garbage);
    const text = (repr as PyUnicodeObject).ob_sval;
    Py_DECREF(repr);
    rt.stderr(`      ${text}\n`);
  } catch (e) {
    if (e instanceof PyErr) rt.hooks.writeUnraisable(e, py.garbage);
    else throw e;
  }
}

export { isGC, gc_list_append };
