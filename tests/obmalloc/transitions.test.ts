// State transitions of pools and arenas, the pool header bytes, lazy carving, free-list links,
// and the order of usable_arenas, checked against the algorithm of CPython's obmalloc.c.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ARENA_BASE,
  DUMMY_SIZE_IDX,
  LAYOUT_37,
  LAYOUT_311,
  NUMBLOCKS,
  Obmalloc,
  POOL_HEADER_FIELDS,
  usedpoolHeaderAddress,
  type Layout,
} from '../../src/obmalloc/index.js';
import { mallocMany, poolOf, readPointerBytes, readU32Bytes } from './helpers.js';

const mk = (layout: Layout = LAYOUT_37) => new Obmalloc({ layout, debugChecks: true });

describe('pool header bytes', () => {
  it('matches the header diagram in obmalloc.ts', () => {
    const src = readFileSync(new URL('../../src/obmalloc/obmalloc.ts', import.meta.url), 'utf8');
    const rows = [...src.matchAll(/^\/\/ {5}\+(\d+) +(\S+) +(u32|pointer)/gm)].map((m) => ({
      offset: Number(m[1]),
      name: m[2],
      size: m[3] === 'u32' ? 4 : 8,
    }));
    expect(rows).toEqual(POOL_HEADER_FIELDS.map((f) => ({ offset: f.offset, name: f.name, size: f.size })));
    const last = POOL_HEADER_FIELDS[POOL_HEADER_FIELDS.length - 1]!;
    expect(last.offset + last.size).toBe(LAYOUT_37.POOL_OVERHEAD);
  });

  it.each([LAYOUT_37, LAYOUT_311])('are written into the pool (layout $name)', (layout) => {
    const a = mk(layout);
    const p = a.PyObject_Malloc(24);
    const pool = poolOf(a, p);
    const size = layout.ALIGNMENT === 8 ? 24 : 32;
    const szidx = size / layout.ALIGNMENT - 1;
    expect(p).toBe(pool + 48);
    expect(readU32Bytes(a, pool + 0)).toBe(1); // ref.count
    expect(readPointerBytes(a, pool + 8)).toBe(p + size); // freeblock: the second block
    expect(readPointerBytes(a, pool + 16)).toBe(usedpoolHeaderAddress(szidx)); // nextpool: ring header
    expect(readPointerBytes(a, pool + 24)).toBe(usedpoolHeaderAddress(szidx)); // prevpool
    expect(readU32Bytes(a, pool + 32)).toBe(0); // arenaindex
    expect(readU32Bytes(a, pool + 36)).toBe(szidx);
    expect(readU32Bytes(a, pool + 40)).toBe(48 + 2 * size); // nextoffset
    expect(readU32Bytes(a, pool + 44)).toBe(layout.POOL_SIZE - size); // maxnextoffset
    expect(readPointerBytes(a, p + size)).toBe(0); // the carved free block's link is NULL
    // The next pool is not carved yet: its header is still zero.
    expect(readU32Bytes(a, pool + layout.POOL_SIZE + 36)).toBe(0);
    expect(DUMMY_SIZE_IDX).toBe(0xffff);
  });
});

describe('blocks', () => {
  it('are carved lazily, one virgin block at a time', () => {
    const a = mk();
    const b = mallocMany(a, 4, 16);
    const pool = poolOf(a, b[0]!);
    expect(b).toEqual([pool + 48, pool + 64, pool + 80, pool + 96]);
    expect(a.readPoolHeader(pool).nextoffset).toBe(48 + 5 * 16);
    expect(a.readPoolHeader(pool).freeblock).toBe(pool + 48 + 4 * 16);
  });

  it('link freed blocks through their first word, LIFO', () => {
    const a = mk();
    const [b0, b1, b2] = mallocMany(a, 3, 40);
    const pool = poolOf(a, b0!);
    const virgin = a.readPoolHeader(pool).freeblock;
    a.PyObject_Free(b0!);
    a.PyObject_Free(b2!);
    expect(readPointerBytes(a, pool + 8)).toBe(b2); // freeblock
    expect(readPointerBytes(a, b2!)).toBe(b0); // b2 -> b0
    expect(readPointerBytes(a, b0!)).toBe(virgin); // b0 -> the carved virgin block
    expect(a.PyObject_Malloc(33)).toBe(b2);
    expect(a.PyObject_Malloc(40)).toBe(b0);
    expect(a.PyObject_Malloc(40)).toBe(virgin);
    expect(b1).toBe(b0! + 40);
  });
});

describe.each([LAYOUT_37, LAYOUT_311])('pool states (layout $name)', (layout) => {
  const big = 512;
  const szidx = big / layout.ALIGNMENT - 1;
  const perPool = NUMBLOCKS(layout, szidx);

  it('goes used -> full -> used -> empty, and is reused', () => {
    const a = mk(layout);
    const keeper = a.PyObject_Malloc(8); // keeps the arena alive (3.7 frees a wholly free one)
    const blocks = mallocMany(a, perPool, big);
    const pool = poolOf(a, blocks[0]!);
    expect(pool).toBe(poolOf(a, keeper) + layout.POOL_SIZE);
    expect(blocks.every((b) => poolOf(a, b) === pool)).toBe(true);
    // full: freeblock NULL, off the ring.
    let h = a.readPoolHeader(pool);
    expect(h.count).toBe(perPool);
    expect(h.freeblock).toBe(0);
    expect(a.usedpools[2 * szidx]).toBe(usedpoolHeaderAddress(szidx));
    expect(a.snapshot().arenas[0]!.pools[1]!.state).toBe('full');
    // A new pool for the next request.
    const other = a.PyObject_Malloc(big);
    expect(poolOf(a, other)).toBe(pool + layout.POOL_SIZE);
    // full -> used: back at the front of the ring, so its block comes back next.
    a.PyObject_Free(blocks[3]!);
    expect(a.usedpools[2 * szidx]).toBe(pool);
    expect(a.readPoolHeader(pool).nextpool).toBe(pool + layout.POOL_SIZE);
    expect(a.snapshot().arenas[0]!.pools[1]!.state).toBe('used');
    expect(a.PyObject_Malloc(big)).toBe(blocks[3]);
    // used -> empty: onto the arena's freepools.
    const nfBefore = a.nfreepools[0]!;
    for (const b of blocks) a.PyObject_Free(b);
    h = a.readPoolHeader(pool);
    expect(h.count).toBe(0);
    expect(a.freepools[0]).toBe(pool);
    expect(a.nfreepools[0]).toBe(nfBefore + 1);
    expect(a.usedpools[2 * szidx]).toBe(poolOf(a, other));
    expect(a.snapshot().arenas[0]!.pools[1]!.state).toBe('empty');
    // An empty pool keeps its class and free list: the same class pops the last freed block.
    a.PyObject_Free(other); // the second pool empties too; freepools = [pool2, pool]
    expect(a.freepools[0]).toBe(pool + layout.POOL_SIZE);
    expect(a.PyObject_Malloc(big)).toBe(other);
    // A different class re-initialises the next empty pool.
    const mid = a.PyObject_Malloc(256);
    expect(mid).toBe(pool + 48);
    expect(a.readPoolHeader(pool).szidx).toBe(256 / layout.ALIGNMENT - 1);
  });

  it('matches the pool state table in obmalloc.ts', () => {
    const src = readFileSync(new URL('../../src/obmalloc/obmalloc.ts', import.meta.url), 'utf8');
    const rows = [...src.matchAll(/^\/\/ {3}(used|full|empty) +\| ([^|]+)\| ([^|]+)\| ([^|]+)\| (.*)$/gm)].map((m) => ({
      state: m[1]!,
      count: m[2]!.trim(),
      freeblock: m[3]!.trim(),
      list: m[4]!.trim(),
      movedBy: m[5]!.trim(),
    }));
    expect(rows.map((r) => r.state)).toEqual(['used', 'full', 'empty']);
    // Make one pool of each state and compare with the table.
    const a = mk(layout);
    const full = mallocMany(a, perPool, big);
    const used = mallocMany(a, perPool, big);
    const empty = mallocMany(a, perPool, big);
    a.PyObject_Free(used[1]!);
    for (const b of empty) a.PyObject_Free(b);
    const snap = a.snapshot();
    const byPool = new Map(snap.arenas[0]!.pools.map((p) => [p.address, p]));
    const ring = snap.usedpools[szidx]!;
    for (const [state, blocks] of [['full', full], ['used', used], ['empty', empty]] as const) {
      const p = byPool.get(poolOf(a, blocks[0]!))!;
      const row = rows.find((r) => r.state === state)!;
      expect(p.state).toBe(state);
      const h = a.readPoolHeader(p.address);
      if (row.count === 'NUMBLOCKS') expect(h.count).toBe(perPool);
      else if (row.count === '0') expect(h.count).toBe(0);
      else expect(h.count > 0 && h.count < perPool).toBe(true);
      expect(row.freeblock === 'NULL' ? h.freeblock === 0 : h.freeblock !== 0).toBe(true);
      const onRing = ring.includes(p.address);
      const onFree = [...freeList(a, 0)].includes(p.address);
      expect(onRing).toBe(row.list.startsWith('usedpools'));
      expect(onFree).toBe(row.list.includes('freepools'));
      for (const fn of row.movedBy.split(',').map((s) => s.trim().split(' ')[0]!).filter(Boolean)) {
        expect(typeof (Obmalloc.prototype as unknown as Record<string, unknown>)[fn]).toBe('function');
      }
    }
  });
});

function* freeList(a: Obmalloc, k: number): Generator<number> {
  for (let p = a.freepools[k]!; p !== 0; p = a.readPoolHeader(p).nextpool) yield p;
}

/** Fill whole arenas with 512-byte blocks; returns the blocks of each pool, arena by arena. */
function fillArenas(a: Obmalloc, n: number): number[][][] {
  const per = NUMBLOCKS(a.layout, 512 / a.layout.ALIGNMENT - 1);
  const arenas: number[][][] = [];
  for (let i = 0; i < n; i++) {
    const pools: number[][] = [];
    for (let j = 0; j < a.POOLS_PER_ARENA; j++) pools.push(mallocMany(a, per, 512));
    arenas.push(pools);
  }
  return arenas;
}

function freePool(a: Obmalloc, blocks: number[]): void {
  for (const b of blocks) a.PyObject_Free(b);
}

describe('arenas', () => {
  it('3.7 returns a wholly free arena at once, and reuses its slot and address', () => {
    const a = new Obmalloc({ layout: LAYOUT_37 });
    const [ar0, ar1] = fillArenas(a, 2);
    expect(a.narenas_currently_allocated).toBe(2);
    expect(poolOf(a, ar1![0]![0]!)).toBe(ARENA_BASE + LAYOUT_37.ARENA_SIZE);
    for (const pool of ar1!) freePool(a, pool);
    a.check();
    expect(a.narenas_currently_allocated).toBe(1);
    expect(a.arenaAddress[1]).toBe(0);
    expect(a.unused_arena_objects).toBe(1);
    const stats = a.debugmallocstats();
    expect(stats).toContain('# arenas reclaimed                 =                    1\n');
    // Arena 0 is full, so the next pool needs a new arena: slot 1 again, same address.
    const p = a.PyObject_Malloc(8);
    expect(poolOf(a, p)).toBe(ARENA_BASE + LAYOUT_37.ARENA_SIZE);
    expect(a.ntimes_arena_allocated).toBe(3);
    expect(a.narenas_highwater).toBe(2);
    // Emptying the only arena frees it too in 3.7.
    a.PyObject_Free(p);
    for (const pool of ar0!) freePool(a, pool);
    a.check();
    expect(a.narenas_currently_allocated).toBe(0);
  });

  it('3.11 keeps a wholly free arena when it is the last usable one', () => {
    const a = new Obmalloc({ layout: LAYOUT_311 });
    const p = a.PyObject_Malloc(100);
    a.PyObject_Free(p);
    a.check();
    expect(a.narenas_currently_allocated).toBe(1);
    expect(a.nfreepools[0]).toBe(a.ntotalpools[0]);
    expect(a.PyObject_Malloc(100)).toBe(p); // no new arena: the kept one, same block
    a.PyObject_Free(p);
    // Two arenas: arena 1 partly used, arena 0 wholly free but followed by arena 1 -> freed.
    const [ar0] = fillArenas(a, 1);
    const q = a.PyObject_Malloc(16); // arena 1
    expect(a.narenas_currently_allocated).toBe(2);
    freePool(a, ar0![0]!); // arena 0 now has 1 free pool: usable_arenas = [0, 1]
    for (const pool of ar0!.slice(1)) freePool(a, pool);
    a.check();
    // Arena 0 became wholly free while arena 1 (more free pools) followed it: returned.
    expect(a.narenas_currently_allocated).toBe(1);
    expect(a.arenaAddress[0]).toBe(0);
    a.PyObject_Free(q); // arena 1 is the last usable arena: kept
    a.check();
    expect(a.narenas_currently_allocated).toBe(1);
    expect(a.arenaAddress[1]).not.toBe(0);
  });

  it.each([LAYOUT_37, LAYOUT_311])('keeps usable_arenas sorted by free pools, ties in 3.7 walk order (layout $name)', (layout) => {
    const a = new Obmalloc({ layout, debugChecks: false });
    const ars = fillArenas(a, 4);
    const order = () => a.snapshot().usableArenas;
    expect(order()).toEqual([]); // all full
    // Free pools: arena 2 -> 1 free, arena 0 -> 1 free (goes to the head: case 2).
    freePool(a, ars[2]![0]!);
    expect(order()).toEqual([2]);
    freePool(a, ars[0]![0]!);
    expect(order()).toEqual([0, 2]);
    // Arena 0 -> 2 free: moves after arena 2 (case 3).
    freePool(a, ars[0]![1]!);
    expect(order()).toEqual([2, 0]);
    // Arena 3 -> 1 free: head. Arena 3 -> 2: after the rightmost 1 (arena 2), before arena 0.
    freePool(a, ars[3]![0]!);
    expect(order()).toEqual([3, 2, 0]);
    freePool(a, ars[3]![1]!);
    expect(order()).toEqual([2, 3, 0]);
    expect(a.nfp2lasta[1]).toBe(2);
    expect(a.nfp2lasta[2]).toBe(0);
    // Arena 2 -> 2 free: it was the rightmost 1, stays put (case 4); nfp2lasta[1] clears.
    freePool(a, ars[2]![1]!);
    expect(order()).toEqual([2, 3, 0]);
    expect(a.nfp2lasta[1]).toBe(-1);
    expect(a.nfp2lasta[2]).toBe(0);
    // Allocation takes from the head arena (2), which stays at the head.
    const p = a.PyObject_Malloc(8);
    expect(Math.floor((p - ARENA_BASE) / layout.ARENA_SIZE)).toBe(2);
    expect(order()).toEqual([2, 3, 0]);
    a.check();
  });
});

describe('a reused arena buffer', () => {
  it('reads as zeros again, bitmap included, after an arena with carved pools was freed', () => {
    for (const layout of [LAYOUT_37, LAYOUT_311]) {
      const a = new Obmalloc({ layout });
      // Fill part of an arena with blocks of several classes, free them all (3.7 returns the
      // arena at once; 3.11 when another follows), then map an arena again.
      const blocks: number[] = [];
      for (let i = 0; i < 3000; i++) blocks.push(a.PyObject_Malloc(8 + (i % 7) * 24));
      const extra = layout === LAYOUT_311 ? fillArenas(a, 1) : [];
      for (const b of blocks) a.PyObject_Free(b);
      for (const ar of extra) for (const pool of ar) freePool(a, pool);
      const p = a.PyObject_Malloc(40);
      a.check();
      const k = a.arenaOf(p);
      const m = a.mem[k]!;
      let nonzero = 0;
      const carvedWords = (a.pool_address[k]! - a.arenaAddress[k]!) >> 2;
      for (let w = carvedWords; w < a.BITMAP_WORD0; w++) if (m[w] !== 0) nonzero++;
      let bits = 0;
      for (let w = a.BITMAP_WORD0; w < m.length; w++) bits += m[w] === 0 ? 0 : 1;
      expect(nonzero).toBe(0);
      expect(bits).toBe(1); // p's bit only
    }
  });
});
