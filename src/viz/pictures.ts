// Snapshots for the pictures: glasspy.snapshot(label) and the picture at exit record the
// object graph (heapgraph.ts) and the allocator's state (obmalloc/snapshot.ts) with what lives
// in each block, as plain data, and hand them to the interpreter's picture sink (the CLI writes
// SVG files; without one they are kept in PictureState.taken). No CPython counterpart.
//
// Start at takePicture. blockOwners names every allocated block the runtime can account for:
// objects reachable from the roots, garbage, free-list entries, and the side buffers objects
// own (a list's item array, a dict's keys table, an instance's values).

import type { PyObject } from '../objects/object.js';
import type { PyListObject } from '../objects/listobject.js';
import type { PyDictObject } from '../objects/dictobject.js';
import type { PySetObject } from '../objects/setobject.js';
import type { Interpreter } from '../interp/interpreter.js';
import { takeSnapshot, type HeapSnapshot } from '../obmalloc/snapshot.js';
import { labelledReferents, shortValue, typeLabel } from './referents.js';
import { collectRoots, findGarbage, trackedObjects } from './heapwalk.js';
import { type HeapGraph, buildHeapGraph } from './heapgraph.js';


/** What lives in one allocated block. */
export interface BlockOwner {
  /** `list at 0x7f3a00001040 (refcount 2)`, `items of list at 0x...`, `free-list float` */
  text: string;
  /** the object's type name, or 'buffer' / 'free list' */
  kind: string;
  /** one of the script's own objects (drawn in the heap picture), or a buffer of one */
  student: boolean;
}

export interface ArenaPicture {
  layoutName: string;
  layoutDescription: string;
  heap: HeapSnapshot;
  /** block address -> what lives there (empty when not `detailed`) */
  owners: Map<number, BlockOwner>;
  /** every block drawn; false for a heap too big for that, where pools are drawn by fill level */
  detailed: boolean;
}

/** Past this many carved blocks the arena picture draws pools by fill level, not block by block. */
export const MAX_DETAILED_BLOCKS = 40_000;

export interface Picture {
  /** 1 for the first snapshot; 0 for the picture at exit */
  index: number;
  label: string;
  /** source line of the glasspy.snapshot call (0 at exit) */
  line: number;
  heap: HeapGraph | null;
  arena: ArenaPicture | null;
}

/** The picture-taking state an interpreter carries (Interpreter.pictures). */
export interface PictureState {
  /** what the sink wants computed */
  wantHeap: boolean;
  wantArena: boolean;
  /** receives each picture as it is taken; null: keep them in `taken` */
  sink: ((p: Picture) => void) | null;
  taken: Picture[];
  /** snapshots taken so far (numbering) */
  count: number;
}

export function newPictureState(): PictureState {
  return { wantHeap: true, wantArena: true, sink: null, taken: [], count: 0 };
}

/** Every block address an object or its side buffers occupy, with a description. */
export function blockOwners(I: Interpreter, studentAddresses: ReadonlySet<number> = new Set()): Map<number, BlockOwner> {
  const rt = I.rt;
  const owners = new Map<number, BlockOwner>();
  const { garbage } = findGarbage(I);
  const seen = new Set<PyObject>();
  const work: PyObject[] = [];
  const visit = (o: PyObject): void => {
    if (!seen.has(o)) {
      seen.add(o);
      work.push(o);
    }
  };
  for (const r of collectRoots(I)) visit(r.target);
  for (const o of trackedObjects(I)) visit(o);
  while (work.length > 0) {
    const o = work.pop() as PyObject;
    for (const r of labelledReferents(rt, o)) visit(r.target);
  }
  const describe = (o: PyObject): string => {
    const v = shortValue(rt, o);
    const t = typeLabel(o);
    return `${v === null || v === t ? t : `${t} ${v}`} at 0x${o.ob_addr.toString(16)}`;
  };
  for (const o of seen) {
    const block = o.ob_addr - o.ob_type.presize;
    const state = garbage.has(o) ? ', garbage' : '';
    const student = studentAddresses.has(o.ob_addr);
    owners.set(block, { text: `${describe(o)} (refcount ${o.ob_refcnt}${state})`, kind: typeLabel(o), student });
    const buffer = (addr: number, what: string): void => {
      if (addr !== 0) owners.set(addr, { text: `${what} of ${describe(o)}`, kind: 'buffer', student });
    };
    buffer(o.ob_values_addr, 'attribute values');
    if (o.ob_type === rt.types.list || o.ob_type.mro.includes(rt.types.list)) buffer((o as PyListObject).itemsAddr, 'item array');
    if (o.ob_type === rt.types.dict || o.ob_type.mro.includes(rt.types.dict)) buffer((o as PyDictObject).ma_keys?.addr ?? 0, 'keys table');
    if (o.ob_type === rt.types.set || o.ob_type === rt.types.frozenset) buffer((o as PySetObject).tableAddr, 'hash table');
  }
  const freeEntry = (o: PyObject, what: string): void => {
    owners.set(o.ob_addr - o.ob_type.presize, { text: `${what} at 0x${o.ob_addr.toString(16)}, kept on the free list for reuse`, kind: 'free list', student: false });
  };
  for (const o of rt.floatFreelist.toArray()) freeEntry(o, 'float');
  for (const o of rt.listFreelist) freeEntry(o, 'list');
  for (const o of rt.dictFreelist) freeEntry(o, 'dict');
  rt.tupleFreelist.forEach((l, n) => l.forEach((o) => freeEntry(o, `${n}-tuple`)));
  for (const a of rt.dictKeysFreelist) owners.set(a, { text: 'dict keys table, kept on the free list for reuse', kind: 'free list', student: false });
  return owners;
}

/** The allocator's picture now; the script's own objects (what a heap picture would draw) are highlighted. */
export function takeArenaPicture(I: Interpreter): ArenaPicture {
  const heap = I.rt.heap;
  const snap = takeSnapshot(heap);
  let blocks = 0;
  for (const a of snap.arenas) for (const p of a.pools) blocks += p.capacity;
  const detailed = blocks <= MAX_DETAILED_BLOCKS;
  let owners = new Map<number, BlockOwner>();
  if (detailed) {
    const g = buildHeapGraph(I, '', { maxNodes: Infinity, maxRows: Infinity });
    owners = blockOwners(I, new Set(g.nodes.map((n) => n.address)));
  }
  return { layoutName: heap.layout.name, layoutDescription: heap.layout.description, heap: snap, owners, detailed };
}

/**
 * Takes a picture now and hands it to the sink. `index` 0 is the picture at exit; snapshots
 * are numbered from 1 in the order they are taken.
 */
export function takePicture(I: Interpreter, label: string, atExit: boolean): Picture {
  if (I.pictures === null) I.pictures = newPictureState();
  const st = I.pictures;
  const index = atExit ? 0 : ++st.count;
  const line = atExit || I.frame === null ? 0 : I.frame.lineno;
  const title = atExit ? 'at exit' : `snapshot ${index}${label === '' ? '' : ` '${label}'`} (line ${line})`;
  const p: Picture = { index, label, line, heap: st.wantHeap ? buildHeapGraph(I, title) : null, arena: st.wantArena ? takeArenaPicture(I) : null };
  if (st.sink !== null) st.sink(p);
  else st.taken.push(p);
  return p;
}
