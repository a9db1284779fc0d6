// Differential test against CPython's real allocator. data/record-cpython-facts.py reads pool
// headers and free-list links straight out of CPython's memory with ctypes and records facts
// that do not depend on the interpreter's other allocations; here the same scenarios run on
// glasspy's allocator and must give the same facts: LAYOUT_311 against CPython 3.11.7, and the
// 3.7 layout with 16-byte alignment (what 64-bit 3.7.4+ uses) against pyenv's 3.7.16.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYOUT_311, LAYOUT_37, Obmalloc, type Layout } from '../../src/obmalloc/index.js';
import { readPointerBytes } from './helpers.js';

interface Facts {
  blocks: Record<string, number | boolean>[];
  realloc: { old: number; new: number; same: boolean }[];
  full_pool_front: Record<string, number | boolean>;
  wholly_free_arenas: { blocks: number; new_arenas_positive: boolean; kept_after_freeing_all: number };
}

const load = (v: string) =>
  JSON.parse(readFileSync(new URL(`./data/cpython-${v}-facts.json`, import.meta.url), 'utf8')) as Facts;

/** 64-bit CPython 3.7.4+: the 3.7 algorithm and pool size with 16-byte alignment (32 classes). */
const LAYOUT_37_64BIT: Layout = {
  ...LAYOUT_37,
  description: 'CPython 3.7.4+ (64-bit): 256 KiB arenas, 4 KiB pools, 16-byte classes',
  ALIGNMENT: 16,
  ALIGNMENT_SHIFT: 4,
  NB_SMALL_SIZE_CLASSES: 32,
};

describe.each([
  ['3.11', LAYOUT_311],
  ['3.7', LAYOUT_37_64BIT],
] as const)('CPython %s read with ctypes', (version, layout) => {
  const facts = load(version);
  const POOL_SIZE = layout.POOL_SIZE;

  it('pool header fields, free-list links and LIFO reuse', () => {
    const a = new Obmalloc({ layout, debugChecks: true });
    a.PyObject_Malloc(1000); // something live elsewhere, as in a running interpreter
    a.PyObject_Malloc(400); // and in the arena, so the 3.7 rule does not return it when a pool empties
    for (const f of facts.blocks) {
      const n = f.n as number;
      const p = a.PyObject_Malloc(n);
      const pool = p - (p % POOL_SIZE);
      const h = a.readPoolHeader(pool);
      const size = (h.szidx + 1) * layout.ALIGNMENT;
      const fbBefore = h.freeblock;
      a.PyObject_Free(p);
      const h2 = a.readPoolHeader(pool);
      const again = a.PyObject_Malloc(n);
      const ours = {
        n,
        align16: p % 16 === 0,
        szidx: h.szidx,
        maxnextoffset: h.maxnextoffset,
        offset_is_block_start: (p - pool - 48) % size === 0 && p - pool >= 48,
        nextoffset_is_block_boundary: (h.nextoffset - 48) % size === 0,
        count_positive: h.count > 0,
        freed_is_freeblock: h2.freeblock === p,
        freed_links_to_old_freeblock: readPointerBytes(a, p) === fbBefore, // read after `again`, as CPython was
        count_drops_by_one: h2.count === h.count - 1,
        lifo_reuse: again === p,
      };
      expect(ours).toEqual(f);
    }
  });

  it('realloc keeps a block in place exactly when CPython does', () => {
    const a = new Obmalloc({ layout, debugChecks: true });
    for (const r of facts.realloc) {
      const p = a.PyObject_Malloc(r.old);
      const q = a.PyObject_Realloc(p, r.new);
      expect({ ...r, same: p === q }).toEqual(r);
      a.PyObject_Free(q);
    }
  });

  it('a full pool that gets a block back goes to the front of its ring', () => {
    const a = new Obmalloc({ layout, debugChecks: false });
    const blocks = Array.from({ length: 400 }, () => a.PyObject_Malloc(496));
    const byPool = new Map<number, number[]>();
    for (const b of blocks) {
      const pool = b - (b % POOL_SIZE);
      byPool.set(pool, [...(byPool.get(pool) ?? []), b]);
    }
    const per = Math.floor((POOL_SIZE - 48) / 496);
    const pool = [...byPool].find(([p, bs]) => a.readPoolHeader(p).count === bs.length && bs.length === per)![0];
    const victim = byPool.get(pool)![5]!;
    a.PyObject_Free(victim);
    const ours = {
      blocks_per_pool: per,
      freeblock_after_free: a.readPoolHeader(pool).freeblock === victim,
      link_is_null: readPointerBytes(a, victim) === 0,
      next_malloc_reuses: a.PyObject_Malloc(496) === victim,
    };
    expect(ours).toEqual(facts.full_pool_front);
    a.check();
  });

  it('returns wholly free arenas as that CPython does', () => {
    const a = new Obmalloc({ layout });
    // An interpreter-like heap: one arena in use with a mix of live blocks.
    for (let i = 0; i < 3000; i++) a.PyObject_Malloc(8 + (i % 40) * 8);
    const before = a.narenas_currently_allocated;
    const n = facts.wholly_free_arenas.blocks;
    const blocks = Array.from({ length: n }, () => a.PyObject_Malloc(512));
    const during = a.narenas_currently_allocated;
    for (const b of blocks) a.PyObject_Free(b);
    a.check();
    expect({
      blocks: n,
      new_arenas_positive: during > before,
      kept_after_freeing_all: a.narenas_currently_allocated - before,
    }).toEqual(facts.wholly_free_arenas);
  });
});
