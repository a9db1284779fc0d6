// A structured picture of the heap (arenas -> pools -> blocks), read from the pool headers and
// free lists, for drawings, the heap map and the browser. No CPython counterpart: CPython only
// prints _debugmallocstats. Start at takeSnapshot.
//
// Each block's state is one byte (BLOCK_STATE) so a million-block heap stays a few megabytes.

import type { Obmalloc } from './obmalloc.js';
import { DUMMY_SIZE_IDX, INDEX2SIZE, NUMBLOCKS, type Layout } from './layout.js';

/** Block states in PoolSnapshot.blockStates. */
export const BLOCK_STATE = Object.freeze({
  /** Never handed out: beyond the pool's nextoffset (carved lazily). */
  virgin: 0,
  /** On the pool's free list. */
  free: 1,
  /** Handed out and not freed. */
  allocated: 2,
} as const);

export type PoolState = 'used' | 'full' | 'empty' | 'uncarved';

export interface PoolSnapshot {
  address: number;
  /** Position in the arena (0 = first pool). */
  index: number;
  state: PoolState;
  /** Size class; -1 for an uncarved pool. An empty pool keeps its last class. */
  szidx: number;
  blockSize: number;
  /** ref.count: blocks in use. */
  count: number;
  /** NUMBLOCKS for the class (0 for an uncarved pool). */
  capacity: number;
  nextoffset: number;
  /** Address of the first block (pool + POOL_OVERHEAD); block i is at firstBlock + i*blockSize. */
  firstBlock: number;
  /** One BLOCK_STATE per block. */
  blockStates: Uint8Array;
  /** The free list in link order: the first entry is what the next allocation gets. */
  freeList: number[];
}

export interface ArenaSnapshot {
  /** Slot in arenas[]. */
  index: number;
  address: number;
  /** pool_address: the next pool to carve. */
  poolAddress: number;
  nfreepools: number;
  ntotalpools: number;
  /** Position in usable_arenas (0 = head), -1 if the arena is full. */
  usablePosition: number;
  /** The arena's empty pools in freepools order (the first is reused next). */
  freepools: number[];
  pools: PoolSnapshot[];
}

export interface RawBlockSnapshot {
  address: number;
  size: number;
}

export interface HeapSnapshot {
  layout: Layout['name'];
  arenaSize: number;
  poolSize: number;
  /** Live arenas in arenas[] slot order. */
  arenas: ArenaSnapshot[];
  /** Arena slots in usable_arenas order. */
  usableArenas: number[];
  /** For each size class, its used pools in ring order (the first is allocated from next). */
  usedpools: number[][];
  raw: RawBlockSnapshot[];
  allocatedBlocks: number;
}

export function takeSnapshot(a: Obmalloc): HeapSnapshot {
  const layout = a.layout;
  const usableArenas: number[] = [];
  for (let k = a.usable_arenas; k !== -1 && usableArenas.length <= a.maxarenas; k = a.nextarena[k]!) usableArenas.push(k);
  const usedpools: number[][] = [];
  for (let i = 0; i < layout.NB_SMALL_SIZE_CLASSES; i++) {
    const ring: number[] = [];
    const fake = a.usedpoolHeader[i]!;
    for (let p = a.usedpools[2 * i]!; p !== fake && ring.length < 1e7; p = a.readPoolHeader(p).nextpool) ring.push(p);
    usedpools.push(ring);
  }
  const emptyPools = new Set<number>();
  const arenas: ArenaSnapshot[] = [];
  for (let k = 0; k < a.maxarenas; k++) {
    const address = a.arenaAddress[k]!;
    if (address === 0) continue;
    const freepools: number[] = [];
    for (let p = a.freepools[k]!; p !== 0 && !emptyPools.has(p); p = a.readPoolHeader(p).nextpool) {
      emptyPools.add(p);
      freepools.push(p);
    }
    const pools: PoolSnapshot[] = [];
    const first = a.firstPool(k);
    for (let j = 0; j < a.ntotalpools[k]!; j++) {
      const pool = first + j * a.POOL_SIZE;
      pools.push(pool < a.pool_address[k]! ? poolSnapshot(a, pool, j, emptyPools.has(pool)) : uncarved(a, pool, j));
    }
    arenas.push({
      index: k,
      address,
      poolAddress: a.pool_address[k]!,
      nfreepools: a.nfreepools[k]!,
      ntotalpools: a.ntotalpools[k]!,
      usablePosition: usableArenas.indexOf(k),
      freepools,
      pools,
    });
  }
  const raw: RawBlockSnapshot[] = [];
  for (const c of a.raw.chunks()) raw.push({ address: c.addr, size: c.nbytes });
  raw.sort((x, y) => x.address - y.address);
  return {
    layout: layout.name,
    arenaSize: layout.ARENA_SIZE,
    poolSize: layout.POOL_SIZE,
    arenas,
    usableArenas,
    usedpools,
    raw,
    allocatedBlocks: a.allocatedBlocks,
  };
}

function uncarved(a: Obmalloc, pool: number, index: number): PoolSnapshot {
  return {
    address: pool,
    index,
    state: 'uncarved',
    szidx: -1,
    blockSize: 0,
    count: 0,
    capacity: 0,
    nextoffset: 0,
    firstBlock: pool + a.POOL_OVERHEAD,
    blockStates: new Uint8Array(0),
    freeList: [],
  };
}

function poolSnapshot(a: Obmalloc, pool: number, index: number, onFreepools: boolean): PoolSnapshot {
  const h = a.readPoolHeader(pool);
  if (h.szidx === DUMMY_SIZE_IDX || h.szidx >= a.NB_SMALL_SIZE_CLASSES) {
    throw new Error(`snapshot: pool ${pool.toString(16)} has szidx ${h.szidx}`);
  }
  const size = INDEX2SIZE(a.layout, h.szidx);
  const capacity = NUMBLOCKS(a.layout, h.szidx);
  const firstBlock = pool + a.POOL_OVERHEAD;
  const states = new Uint8Array(capacity);
  const carved = Math.min(capacity, Math.floor((h.nextoffset - a.POOL_OVERHEAD) / size));
  const k = a.arenaOf(pool);
  const base = a.arenaAddress[k]!;
  for (let i = 0; i < carved; i++) {
    states[i] = a.isBitSet(k, firstBlock + i * size - base) ? BLOCK_STATE.allocated : BLOCK_STATE.free;
  }
  const freeList: number[] = [];
  for (let b = h.freeblock; b !== 0 && freeList.length < capacity; b = a.readLink(b)) freeList.push(b);
  const state: PoolState = onFreepools || h.count === 0 ? 'empty' : h.freeblock === 0 ? 'full' : 'used';
  return {
    address: pool,
    index,
    state,
    szidx: h.szidx,
    blockSize: size,
    count: h.count,
    capacity,
    nextoffset: h.nextoffset,
    firstBlock,
    blockStates: states,
    freeList,
  };
}
