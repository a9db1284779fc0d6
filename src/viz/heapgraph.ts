// The object graph a student would draw on the board, as plain data: the running frames and
// the module's global names as roots, the objects they reach with type, value, refcount and
// whether the collector tracks them, the references as labelled rows, and the garbage cycles
// (alive, unreachable) apart. dot.ts turns it into Graphviz source. No CPython counterpart.
//
// Start at buildHeapGraph. What is left out, to keep a picture fit for a slide: the
// interpreter's own objects (types, modules, code, builtin functions, module dicts; a function's
// globals and code), and immortal objects (small ints, None, True, interned strings), which are
// written inline in the row that refers to them instead of being drawn as nodes.
// SIMPLIFICATION: objects reachable only through a hidden object (a list stored as a class
// attribute) are not drawn.
//
// The graph is plain data (strings and numbers): it stays valid after the heap changes, so a
// snapshot can be rendered at exit.

import type { PyObject } from '../objects/object.js';
import { _PyObject_IS_GC } from '../objects/object.js';
import { _PyObject_GC_IS_TRACKED } from '../gc/gclist.js';
import type { Runtime } from '../objects/runtime.js';
import type { Interpreter } from '../interp/interpreter.js';
import { PyCFunctionObject, PyDescrObject } from '../objects/descrobject.js';
import { PyWeakReference } from '../objects/weakrefobject.js';
import { type LabelledRef, isImmortal, isType, labelledReferents, shortValue, typeLabel } from './referents.js';
import { type NamedRoot, findGarbage, globalRoots, liveFrames, moduleDicts } from './heapwalk.js';

/** At most this many objects are drawn; the rest are counted in HeapGraph.omitted. */
export const MAX_NODES = 120;
/** At most this many rows per container; the rest are counted in GraphNode.moreRows. */
export const MAX_ROWS = 12;

/** One reference: a name of a frame or a field of an object. */
export interface GraphRow {
  /** `x`, `[2]`, `['k']`, `.next` */
  label: string;
  /** the referenced object's node id, when it is drawn */
  target: string | null;
  /** what is written in the row instead of an arrow (an immortal's value, a hidden object) */
  inline: string | null;
  /** a weak reference (weakref.ref's referent): drawn dashed, not counted in the refcount */
  weak?: boolean;
}

/** How the collector sees an object. */
export type Tracking = 'tracked' | 'untracked' | 'atomic';

export interface GraphNode {
  id: string;
  address: number;
  type: string;
  /** short value (`1000`, `'abc'`), null for containers and instances */
  value: string | null;
  refcnt: number;
  /** references drawn as arrows into this node (the rest come from hidden objects or running code) */
  drawnRefs: number;
  /** tracked: on a gc list; untracked: a container the collector skips; atomic: cannot hold references */
  tracking: Tracking;
  /** alive but unreachable from every root: part of (or held by) a garbage cycle */
  garbage: boolean;
  rows: GraphRow[];
  moreRows: number;
}

export interface GraphFrame {
  id: string;
  /** 'Global frame' or 'f()' */
  title: string;
  line: number;
  rows: GraphRow[];
}

export interface HeapGraph {
  title: string;
  frames: GraphFrame[];
  nodes: GraphNode[];
  /** objects not drawn because of MAX_NODES */
  omitted: number;
}

/** Node id of an object: its address, unique among live objects. */
export function nodeId(o: PyObject): string {
  return 'o' + o.ob_addr.toString(16);
}

function isDunder(name: string): boolean {
  return name.startsWith('__') && name.endsWith('__');
}

/** Objects the pictures never draw as nodes: the interpreter's machinery and immortals. */
export function isHidden(rt: Runtime, o: PyObject, moduleDictSet: Set<PyObject>): boolean {
  const T = rt.types;
  const t = o.ob_type;
  return (
    isImmortal(o) ||
    isType(rt, o) ||
    t === T.module ||
    t === T.code ||
    o instanceof PyCFunctionObject ||
    o instanceof PyDescrObject ||
    moduleDictSet.has(o)
  );
}

/** What a hidden object looks like written inline: `1`, `None`, `class Node`, `module math`. */
function inlineText(rt: Runtime, o: PyObject): string {
  const v = shortValue(rt, o);
  if (isType(rt, o)) return `class ${v ?? '?'}`;
  if (o.ob_type === rt.types.module) return `module ${v ?? '?'}`;
  if (o.ob_type === rt.types.dict) return 'globals()';
  return v ?? `${typeLabel(o)} at 0x${o.ob_addr.toString(16)}`;
}

/** The references a drawn object shows: the fields a student thinks of. */
function shownRefs(rt: Runtime, o: PyObject): LabelledRef[] {
  const T = rt.types;
  const refs = labelledReferents(rt, o);
  if (o.ob_type === T.function) {
    return refs.filter((r) => r.label === '__defaults__' || r.label === '__kwdefaults__' || r.label === '__closure__' || r.label === '__dict__');
  }
  return refs.filter((r) => {
    if (r.label === '__class__') return false;
    // str and int keys are written in the value's label (`['k']`); other keys get their own row
    if (r.kind === 'dictkey') return !(r.target.ob_type === T.str || r.target.ob_type === T.int || isImmortal(r.target));
    return true;
  });
}

function tracking(o: PyObject): Tracking {
  if (!_PyObject_IS_GC(o)) return 'atomic';
  return _PyObject_GC_IS_TRACKED(o) ? 'tracked' : 'untracked';
}

/**
 * The graph at this moment. Roots: the module's global names (not dunders) in a "Global frame",
 * and each running function's locals, outermost first.
 */
export function buildHeapGraph(I: Interpreter, title: string, limits: { maxNodes: number; maxRows: number } = { maxNodes: MAX_NODES, maxRows: MAX_ROWS }): HeapGraph {
  const rt = I.rt;
  const mods = moduleDicts(I);
  const moduleDictSet = new Set<PyObject>(mods.map((m) => m.dict));
  const main = mods.find((m) => m.name === '__main__');
  const { garbage } = findGarbage(I);
  const nodes = new Map<PyObject, GraphNode>();
  const queue: PyObject[] = [];
  let omitted = 0;
  const omittedSet = new Set<PyObject>();

  const row = (label: string, target: PyObject, isGarbage: boolean): GraphRow => {
    if (isHidden(rt, target, moduleDictSet)) return { label, target: null, inline: inlineText(rt, target) };
    if (!nodes.has(target)) {
      if (nodes.size >= limits.maxNodes) {
        if (!omittedSet.has(target)) {
          omittedSet.add(target);
          omitted++;
        }
        return { label, target: null, inline: `${typeLabel(target)} (not drawn)` };
      }
      nodes.set(target, {
        id: nodeId(target),
        address: target.ob_addr,
        type: typeLabel(target),
        value: shortValue(rt, target),
        refcnt: target.ob_refcnt,
        drawnRefs: 0,
        tracking: tracking(target),
        garbage: isGarbage || garbage.has(target),
        rows: [],
        moreRows: 0,
      });
      queue.push(target);
    }
    return { label, target: nodeId(target), inline: null };
  };

  const frames: GraphFrame[] = [];
  const rootRows = (roots: NamedRoot[]): GraphRow[] =>
    roots.filter((r) => !isDunder(r.name) && r.target.ob_type !== rt.types.module).map((r) => row(r.name, r.target, false));
  if (main !== undefined) frames.push({ id: 'frame_globals', title: 'Global frame', line: 0, rows: rootRows(globalRoots(I, '__main__', main.dict)) });
  liveFrames(I)
    .filter((lf) => lf.frame.info.scope.kind !== 'module')
    .forEach((lf, i) => frames.push({ id: `frame_${i}`, title: lf.title, line: lf.line, rows: rootRows(lf.roots) }));

  let expanded = 0;
  const expand = (): void => {
    for (; expanded < queue.length; expanded++) {
      const o = queue[expanded] as PyObject;
      const n = nodes.get(o) as GraphNode;
      const refs = shownRefs(rt, o);
      const shown = refs.slice(0, limits.maxRows);
      n.rows = shown.map((r) => row(r.label, r.target, n.garbage));
      n.moreRows = refs.length - shown.length;
      if (o instanceof PyWeakReference) {
        n.rows.unshift(o.wr_object === null ? { label: 'referent', target: null, inline: 'dead' } : { ...row('referent', o.wr_object, n.garbage), weak: true });
      }
    }
  };
  expand();
  // The garbage: start from the objects of the cycles the collector would find.
  for (const g of garbage) {
    if (nodes.has(g) || isHidden(rt, g, moduleDictSet) || !_PyObject_IS_GC(g) || !_PyObject_GC_IS_TRACKED(g)) continue;
    row('', g, true);
    expand();
  }
  const byId = new Map([...nodes.values()].map((n) => [n.id, n]));
  for (const r of [...frames.flatMap((f) => f.rows), ...[...nodes.values()].flatMap((n) => n.rows)]) {
    const n = r.target === null || r.weak === true ? undefined : byId.get(r.target);
    if (n !== undefined) n.drawnRefs++;
  }
  return { title, frames, nodes: [...nodes.values()], omitted };
}
