// Short, safe descriptions of objects and heap blocks for the teaching tools. No CPython
// counterpart. Nothing here runs Python code (no __repr__ call): the collector may be in the
// middle of a phase when an object is described, so every description is read straight from
// the object's fields.
//
// Start at shortRepr (what a class sees of an object) and blockInfo (where its memory is).

import { type PyObject, type PyTypeObject, Py_TPFLAGS_HEAPTYPE } from '../objects/object.js';
import type { Runtime } from '../objects/runtime.js';
import { INDEX2SIZE, type Obmalloc } from '../obmalloc/index.js';
import { ARENA_BASE } from '../obmalloc/index.js';
import { type PyDictObject, dict_each } from '../objects/dictobject.js';
import { PyWeakReference } from '../objects/weakrefobject.js';

/** `0x7f3a00001030` */
export function hex(n: number): string {
  return '0x' + n.toString(16);
}

/** Where a live block is: its pool and size class (pool -1 and szidx -1 for the raw region). */
export interface BlockInfo {
  block: number;
  /** the block's usable size (its size class's size; the request for a raw block) */
  size: number;
  szidx: number;
  pool: number;
}

/** blockInfo: read the block's pool header (the block must be live). */
export function blockInfo(heap: Obmalloc, block: number): BlockInfo {
  if (block >= ARENA_BASE) {
    try {
      const k = heap.arenaOf(block);
      const first = heap.firstPool(k);
      const ps = heap.layout.POOL_SIZE;
      const pool = first + Math.floor((block - first) / ps) * ps;
      const szidx = heap.readPoolHeader(pool).szidx;
      return { block, size: INDEX2SIZE(heap.layout, szidx), szidx, pool };
    } catch {
      // not in a live arena: a raw block
    }
  }
  let size = 0;
  try {
    size = heap.blockSize(block);
  } catch {
    size = 0;
  }
  return { block, size, szidx: -1, pool: -1 };
}

/** "64-byte block 0x... (size class 7) in pool 0x..." */
export function describeBlock(b: BlockInfo): string {
  if (b.pool < 0) return `${b.size}-byte raw block ${hex(b.block)} (over 512 bytes: raw malloc)`;
  return `${b.size}-byte block ${hex(b.block)} (size class ${b.szidx}) in pool ${hex(b.pool)}`;
}

/** A class defined by a script (a heap type whose __module__ is __main__). */
export function isScriptClass(t: PyTypeObject): boolean {
  return (t.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0 && t.moduleName === '__main__';
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 3) + '...';
}

function quote(s: string): string {
  return "'" + s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n') + "'";
}

/** A scalar's repr, or null for anything else. */
function scalarRepr(rt: Runtime, o: PyObject): string | null {
  const T = rt.types;
  if (o === rt.None) return 'None';
  if (o === rt.True) return 'True';
  if (o === rt.False) return 'False';
  if (o.ob_type === T.int) return String((o as unknown as { ob_ival: number | bigint }).ob_ival);
  if (o.ob_type === T.str) return quote(clip((o as unknown as { ob_sval: string }).ob_sval, 12));
  if (o.ob_type === T.float) {
    const v = (o as unknown as { ob_fval: number }).ob_fval;
    return Number.isInteger(v) ? v.toFixed(1) : String(v);
  }
  return null;
}

/** The first attribute of an instance whose value is a scalar, as `name='a'`. */
function firstScalarAttr(rt: Runtime, o: PyObject): string | null {
  const keys = o.ob_type.ht_cached_keys;
  if (o.ob_values !== null && keys !== null) {
    for (let i = 0; i < o.ob_values.length && i < keys.length; i++) {
      const v = o.ob_values[i];
      if (v === null || v === undefined) continue;
      const r = scalarRepr(rt, v);
      if (r !== null) return `${keys[i] as string}=${r}`;
    }
    return null;
  }
  if (o.ob_dict !== null && o.ob_dict.ob_type === rt.types.dict) {
    let found: string | null = null;
    dict_each(o.ob_dict as PyDictObject, (k, v) => {
      if (found !== null || k.ob_type !== rt.types.str) return;
      const r = scalarRepr(rt, v);
      if (r !== null) found = `${(k as unknown as { ob_sval: string }).ob_sval}=${r}`;
    });
    return found;
  }
  return null;
}

function len(o: PyObject): number {
  const f = o.ob_type.mp_length;
  if (f === null) return -1;
  try {
    return f(o);
  } catch {
    return -1;
  }
}

/**
 * A short description of o, at most `max` characters, that a class recognises: `Node name='a'`,
 * `list len=2`, `dict len=3`, `function f`, `class Node`, `'text'`, `42`.
 */
export function shortRepr(rt: Runtime, o: PyObject, max = 26): string {
  const T = rt.types;
  const t = o.ob_type;
  const s = scalarRepr(rt, o);
  if (s !== null) return clip(s, max);
  let r: string;
  if (isScriptClass(t) || ((t.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0 && t !== T.type)) {
    const a = firstScalarAttr(rt, o);
    r = a === null ? `${t.tp_name} object` : `${t.tp_name} ${a}`;
  } else if (t === T.list || t === T.tuple || t === T.set || t === T.frozenset || t === T.dict) {
    r = `${t.tp_name} len=${len(o)}`;
  } else if (o instanceof PyWeakReference) {
    r = o.wr_object === null ? 'dead weakref' : `weakref to ${o.wr_object.ob_type.tp_name}`;
  } else if (t === T.function) {
    r = `function ${(o as unknown as { func_qualname: string }).func_qualname}`;
  } else if (t === T.type || (t.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0) {
    r = `class ${(o as PyTypeObject).tp_name}`;
  } else if (t === T.module) {
    const d = o.ob_dict;
    const n = d === null ? null : rt.dictGetStr(d as PyDictObject, '__name__');
    r = `module ${n !== null && n.ob_type === T.str ? (n as unknown as { ob_sval: string }).ob_sval : '?'}`;
  } else {
    r = t.tp_name;
  }
  return clip(r, max);
}
