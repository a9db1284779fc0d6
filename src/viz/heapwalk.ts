// What keeps objects alive: the roots of a running program (names in module globals, locals of
// the frames that are running) and which tracked objects are alive but unreachable (garbage
// cycles the collector has not freed yet). Shared by glasspy.explain and the heap pictures.
// No CPython counterpart for the roots; findGarbage is CPython's gc_collect_main analysis
// (update_refs, subtract_refs, move_unreachable, Modules/gcmodule.c) run over every
// generation without touching the collector's own fields.
//
// Start at collectRoots and findGarbage. Nothing here changes a refcount or allocates.

import type { PyObject } from '../objects/object.js';
import type { PyDictObject } from '../objects/dictobject.js';
import type { PyUnicodeObject } from '../objects/unicodeobject.js';
import type { GCHead } from '../gc/gclist.js';
import type { Interpreter } from '../interp/interpreter.js';
import type { Frame } from '../interp/frame.js';
import { isImmortal, slotNames } from './referents.js';

/**
 * A named root: a name bound in a module's globals (`global`), a local variable (or cell) of a
 * running function or class body (`local`), something the frame itself holds (`other`:
 * the exception being handled, a pending return value), or (`internal`) an object the
 * running code holds without a name (a for loop's iterator): found by findGarbage's
 * reference counting, with no name to show.
 */
export interface NamedRoot {
  kind: 'global' | 'local' | 'other' | 'internal';
  /** '__main__', another module's name, or the frame: 'f()' */
  where: string;
  /** the variable's name, or what the frame holds ('exception being handled') */
  name: string;
  line: number;
  target: PyObject;
}

/** A running frame as the pictures show it: function name, line, and its locals. */
export interface LiveFrame {
  frame: Frame;
  /** 'f()' for functions, 'class C' for class bodies, '<module>' for module bodies */
  title: string;
  /** the module the code belongs to ('__main__' for the script) */
  module: string;
  line: number;
  roots: NamedRoot[];
}

/** Module dicts by module name, in sys.modules order (borrowed). */
export function moduleDicts(I: Interpreter): { name: string; dict: PyDictObject }[] {
  const rt = I.rt;
  const out: { name: string; dict: PyDictObject }[] = [];
  rt.dictEach(I.modules, (k, m) => {
    if (m.ob_type !== rt.types.module || m.ob_dict === null || k.ob_type !== rt.types.str) return;
    out.push({ name: (k as PyUnicodeObject).ob_sval, dict: m.ob_dict as PyDictObject });
  });
  return out;
}

function frameTitle(f: Frame): string {
  const kind = f.info.scope.kind;
  if (kind === 'module') return '<module>';
  if (kind === 'class') return `class ${f.info.qualname}`;
  return `${f.info.qualname}()`;
}

function moduleOf(I: Interpreter, f: Frame): string {
  for (const m of moduleDicts(I)) if (m.dict === f.globals) return m.name;
  return '?';
}

/** The running frames, outermost first, with their named roots. */
export function liveFrames(I: Interpreter): LiveFrame[] {
  const rt = I.rt;
  const out: LiveFrame[] = [];
  for (let f = I.frame; f !== null; f = f.back) {
    const title = frameTitle(f);
    const roots: NamedRoot[] = [];
    const add = (kind: NamedRoot['kind'], name: string, target: PyObject | null | undefined): void => {
      if (target !== null && target !== undefined) roots.push({ kind, where: title, name, line: f.lineno, target });
    };
    if (f.info.scope.kind === 'class' && f.locals !== null) {
      rt.dictEach(f.locals, (k, v) => add('local', k.ob_type === rt.types.str ? (k as PyUnicodeObject).ob_sval : '?', v));
    }
    const names = slotNames(f);
    f.fast.forEach((v, i) => add('local', names[i] as string, v));
    for (const e of f.handling) add('other', 'exception being handled', e);
    add('other', 'return value', f.retval);
    for (const t of f.temps ?? []) add('other', 'saved operand', t);
    out.push({ frame: f, title, module: moduleOf(I, f), line: f.lineno, roots });
  }
  return out.reverse();
}

/** Every name bound in a module's globals, as roots, in dict order. */
export function globalRoots(I: Interpreter, name: string, d: PyDictObject): NamedRoot[] {
  const rt = I.rt;
  const out: NamedRoot[] = [];
  rt.dictEach(d, (k, v) => {
    out.push({ kind: 'global', where: name, name: k.ob_type === rt.types.str ? (k as PyUnicodeObject).ob_sval : '?', line: 0, target: v });
  });
  return out;
}

/**
 * Every named root, in the order explain() prefers them: the locals of the running frames,
 * innermost first, then __main__'s globals, then the other modules' globals.
 */
export function collectRoots(I: Interpreter): NamedRoot[] {
  const roots: NamedRoot[] = [];
  for (const lf of liveFrames(I).reverse()) roots.push(...lf.roots);
  const mods = moduleDicts(I);
  const main = mods.find((m) => m.name === '__main__');
  if (main !== undefined) roots.push(...globalRoots(I, '__main__', main.dict));
  for (const m of mods) if (m !== main) roots.push(...globalRoots(I, m.name, m.dict));
  return roots;
}

/** Every object on the collector's lists: generations 0, 1, 2 and the permanent generation. */
export function trackedObjects(I: Interpreter): PyObject[] {
  const gcs = I.rt.gc;
  const out: PyObject[] = [];
  for (const gen of [...gcs.generations, gcs.permanent_generation]) {
    const h = gen.head;
    for (let g = h.gc_next as GCHead; g !== h; g = g.gc_next as GCHead) out.push(g.op as PyObject);
  }
  return out;
}

function referents(o: PyObject, each: (r: PyObject) => void): void {
  const trav = o.ob_type.tp_traverse;
  if (trav !== null) trav(o, (r) => { each(r); return 0; }, null);
}

/** The result of findGarbage. */
export interface GarbageAnalysis {
  /** alive but unreachable: what gc.collect() would find (tracked or not), in gc list order */
  garbage: Set<PyObject>;
  /** tracked objects with references from outside the tracked objects (CPython: gc_refs > 0) */
  external: Set<PyObject>;
}

/**
 * CPython's reachability test over the whole heap: copy every tracked object's refcount
 * (update_refs), subtract the references tracked objects hold to each other (subtract_refs);
 * what keeps a count above zero is referenced from outside (a frame, a JS-held root) and
 * everything reachable from it, or from a running frame's slots, is alive (move_unreachable).
 * The rest, and what only it references, is garbage. The counts live in a Map: the objects'
 * gc_refs are the collector's and are not touched. `ignoredRefs` discounts references the
 * caller knows are transient (explain's own argument), so that garbage can still be explained.
 */
export function findGarbage(I: Interpreter, ignoredRefs: ReadonlyMap<PyObject, number> = new Map()): GarbageAnalysis {
  const tracked = trackedObjects(I);
  const refs = new Map<PyObject, number>();
  for (const o of tracked) refs.set(o, o.ob_refcnt - (ignoredRefs.get(o) ?? 0)); // update_refs
  for (const o of tracked) {
    referents(o, (r) => { // subtract_refs
      const n = refs.get(r);
      if (n !== undefined) refs.set(r, n - 1);
    });
  }
  const external = new Set<PyObject>();
  const reachable = new Set<PyObject>();
  const work: PyObject[] = [];
  const mark = (o: PyObject): void => {
    if (!reachable.has(o)) {
      reachable.add(o);
      work.push(o);
    }
  };
  for (const o of tracked) {
    if ((refs.get(o) as number) > 0) {
      external.add(o);
      mark(o);
    }
  }
  // Running frames hold untracked objects too (an int in a local): those are alive.
  // SIMPLIFICATION: an untracked object held both by garbage and by a JS-side temporary of the
  // running code (not a frame slot) is counted with the garbage.
  for (const lf of liveFrames(I)) for (const r of lf.roots) mark(r.target);
  while (work.length > 0) referents(work.pop() as PyObject, mark); // move_unreachable
  const garbage = new Set<PyObject>();
  for (const o of tracked) {
    if (reachable.has(o) || garbage.has(o)) continue;
    garbage.add(o);
    work.push(o);
    while (work.length > 0) {
      referents(work.pop() as PyObject, (r) => {
        if (!reachable.has(r) && !garbage.has(r) && !isImmortal(r)) {
          garbage.add(r);
          work.push(r);
        }
      });
    }
  }
  return { garbage, external };
}
