// The heap checker: re-derives every count of the allocator from the arena bytes and compares
// it with the bookkeeping, throwing HeapCheckError at the first disagreement. No CPython
// counterpart (debug builds of CPython only check single operations with asserts).
// Start at checkHeap; each check* function covers one structure, in the order listed there.
//
// What it verifies:
//   arenas[]        live slots sit at their fixed addresses; unused_arena_objects holds exactly
//                   the other slots; the arena counters agree
//   each pool       arenaindex, szidx, nextoffset/maxnextoffset are sane; its free list stays
//                   inside the carved blocks, has no repeat and no allocated block; allocated
//                   bits only at carved block starts; count + free-list length = carved blocks
//   pool states     empty pools are exactly those on freepools; full pools have freeblock NULL
//                   and count NUMBLOCKS; used pools are exactly those in their class's ring
//   rings           usedpools rings are well linked in both directions
//   arenas order    usable_arenas holds exactly the arenas with a free pool, ascending by
//                   nfreepools, nfreepools = empty + uncarved pools; nfp2lasta is right;
//                   3.7: no wholly free arena survives; 3.9+: at most one, and it is last
//   totals          _Py_AllocatedBlocks = pool counts + raw blocks; raw chunks do not overlap
//                   and stay in the raw range; the stats' byte total = arenas x ARENA_SIZE

import { ARENA_BASE, type Obmalloc, type PoolHeader } from './obmalloc.js';
import { HeapCheckError, hex } from './errors.js';
import { INDEX2SIZE, NUMBLOCKS } from './layout.js';
import { RAW_BASE, RAW_SPAN } from './rawmalloc.js';
import { computeMallocStats } from './stats.js';

interface PoolInfo {
  arena: number;
  header: PoolHeader;
}

export function checkHeap(a: Obmalloc): void {
  const live = checkArenaSlots(a);
  const emptyPools = checkFreepools(a, live);
  const pools = checkPools(a, live, emptyPools);
  checkRings(a, pools);
  checkUsableArenas(a, live);
  checkTotals(a, pools);
}

function poolWhere(pool: number, k: number): string {
  return `pool ${hex(pool)} (arena ${k})`;
}

function fail(msg: string): never {
  throw new HeapCheckError(msg);
}

function checkArenaSlots(a: Obmalloc): number[] {
  const live: number[] = [];
  const A = a.ARENA_SIZE;
  for (let k = 0; k < a.maxarenas; k++) {
    const addr = a.arenaAddress[k]!;
    if (addr === 0) {
      if (a.mem[k]!.length !== 0) fail(`unassociated arena slot ${k} still has memory`);
      continue;
    }
    live.push(k);
    if (addr !== ARENA_BASE + k * A + a.ARENA_MISALIGNMENT) fail(`arena ${k} at unexpected address ${hex(addr)}`);
    if (a.mem[k]!.length !== a.BITMAP_WORD0 + a.BITS_WORDS_PER_ARENA) fail(`arena ${k} memory is ${a.mem[k]!.length * 4} bytes`);
    if (a.ntotalpools[k] !== a.POOLS_PER_ARENA) fail(`arena ${k} ntotalpools ${a.ntotalpools[k]}`);
    const first = a.firstPool(k);
    const pa = a.pool_address[k]!;
    if (pa < first || pa > first + a.POOLS_PER_ARENA * a.POOL_SIZE || (pa - first) % a.POOL_SIZE !== 0) {
      fail(`arena ${k} pool_address ${hex(pa)} out of range`);
    }
  }
  if (live.length !== a.narenas_currently_allocated) {
    fail(`narenas_currently_allocated ${a.narenas_currently_allocated} but ${live.length} live arenas`);
  }
  if (a.narenas_highwater < live.length || a.ntimes_arena_allocated < a.narenas_highwater) {
    fail(`arena counters: total ${a.ntimes_arena_allocated}, highwater ${a.narenas_highwater}, current ${live.length}`);
  }
  const seen = new Set<number>();
  for (let k = a.unused_arena_objects; k !== -1; k = a.nextarena[k]!) {
    if (k < 0 || k >= a.maxarenas) fail(`unused_arena_objects links to slot ${k}`);
    if (seen.has(k)) fail(`unused_arena_objects has a cycle at slot ${k}`);
    seen.add(k);
    if (a.arenaAddress[k] !== 0) fail(`slot ${k} is on unused_arena_objects but has an arena`);
  }
  if (seen.size !== a.maxarenas - live.length) {
    fail(`unused_arena_objects has ${seen.size} slots, expected ${a.maxarenas - live.length}`);
  }
  return live;
}

/** Walk each arena's freepools list; returns pool address -> arena. */
function checkFreepools(a: Obmalloc, live: number[]): Map<number, number> {
  const empty = new Map<number, number>();
  for (const k of live) {
    const first = a.firstPool(k);
    const pa = a.pool_address[k]!;
    let n = 0;
    for (let p = a.freepools[k]!; p !== 0; p = a.readPoolHeader(p).nextpool) {
      if (p < first || p >= pa || (p - first) % a.POOL_SIZE !== 0) fail(`arena ${k} freepools links to ${hex(p)}, not a carved pool`);
      if (empty.has(p)) fail(`pool ${hex(p)} appears twice on freepools`);
      empty.set(p, k);
      n++;
    }
    const uncarved = a.ntotalpools[k]! - (pa - first) / a.POOL_SIZE;
    if (a.nfreepools[k] !== n + uncarved) {
      fail(`arena ${k} nfreepools ${a.nfreepools[k]} but ${n} empty + ${uncarved} uncarved pools`);
    }
  }
  return empty;
}

function checkPools(a: Obmalloc, live: number[], emptyPools: Map<number, number>): Map<number, PoolInfo> {
  const layout = a.layout;
  const pools = new Map<number, PoolInfo>();
  const visited = new Uint8Array(a.POOL_SIZE >> a.ALIGNMENT_SHIFT);
  for (const k of live) {
    const base = a.arenaAddress[k]!;
    const first = a.firstPool(k);
    const pa = a.pool_address[k]!;
    // No allocated bit outside carved pools (the alignment gap, uncarved pools).
    // Both regions start and end on 32-unit (one bitmap word) boundaries.
    const bitmap = a.mem[k]!;
    const w0 = a.BITMAP_WORD0;
    const gapEnd = w0 + ((first - base) >> a.ALIGNMENT_SHIFT >> 5);
    const carvedEnd = w0 + ((pa - base) >> a.ALIGNMENT_SHIFT >> 5);
    for (let w = w0; w < w0 + a.BITS_WORDS_PER_ARENA; w++) {
      if ((w < gapEnd || w >= carvedEnd) && bitmap[w] !== 0) {
        fail(`allocated bit set near ${hex(base + ((w - w0) << 5 << a.ALIGNMENT_SHIFT))}, outside any carved pool`);
      }
    }
    for (let pool = first; pool < pa; pool += a.POOL_SIZE) {
      const h = a.readPoolHeader(pool);
      pools.set(pool, { arena: k, header: h });
      if (h.arenaindex !== k) fail(`${poolWhere(pool, k)} has arenaindex ${h.arenaindex}`);
      if (h.szidx >= a.NB_SMALL_SIZE_CLASSES) fail(`${poolWhere(pool, k)} has szidx ${h.szidx}`);
      const size = INDEX2SIZE(layout, h.szidx);
      const nblocks = NUMBLOCKS(layout, h.szidx);
      if (h.maxnextoffset !== a.POOL_SIZE - size) fail(`${poolWhere(pool, k)} maxnextoffset ${h.maxnextoffset}, block size ${size}`);
      if ((h.nextoffset - a.POOL_OVERHEAD) % size !== 0 || h.nextoffset < a.POOL_OVERHEAD + 2 * size || h.nextoffset > h.maxnextoffset + size) {
        fail(`${poolWhere(pool, k)} nextoffset ${h.nextoffset} is not a block boundary of class ${h.szidx}`);
      }
      const carved = (h.nextoffset - a.POOL_OVERHEAD) / size;
      const free = checkPoolBlocks(a, k, pool, h, visited);
      if (h.count + free !== carved) {
        fail(`${poolWhere(pool, k)}: ${h.count} allocated + ${free} free != ${carved} carved blocks (lost block)`);
      }
      // State.
      const onFree = emptyPools.has(pool);
      if (h.count === 0) {
        if (!onFree) fail(`${poolWhere(pool, k)} is empty but not on its arena's freepools`);
      } else if (onFree) {
        fail(`${poolWhere(pool, k)} is on freepools with ref.count ${h.count}`);
      } else if (h.freeblock === 0) {
        if (h.count !== nblocks) fail(`${poolWhere(pool, k)} has no free block but ref.count ${h.count} < ${nblocks}`);
      } else if (h.count >= nblocks) {
        fail(`${poolWhere(pool, k)} has ref.count ${h.count} and still a free block`);
      }
    }
  }
  return pools;
}

/**
 * The blocks of one carved pool: allocated bits only at carved block starts and as many as
 * ref.count; a free list inside the carved blocks, without repeats or allocated blocks.
 * Returns the free list's length. `visited` is scratch space of at least NUMBLOCKS bytes.
 */
export function checkPoolBlocks(a: Obmalloc, k: number, pool: number, h: PoolHeader, visited: Uint8Array): number {
  const size = INDEX2SIZE(a.layout, h.szidx);
  const m = a.mem[k]!;
  const po = pool - a.arenaAddress[k]!;
  const shift = a.ALIGNMENT_SHIFT;
  const wStart = a.BITMAP_WORD0 + ((po >> shift) >> 5); // pools start on a bitmap word boundary
  const nWords = (a.POOL_SIZE >> shift) >> 5;
  let bits = 0;
  for (let i = 0; i < nWords; i++) {
    let w = m[wStart + i]! | 0;
    while (w !== 0) {
      const low = w & -w;
      w ^= low;
      const off = ((i << 5) + (31 - Math.clz32(low))) << shift;
      if (off < a.POOL_OVERHEAD || (off - a.POOL_OVERHEAD) % size !== 0 || off >= h.nextoffset) {
        fail(`${poolWhere(pool, k)}: allocated bit at offset ${off}, not a carved block of size ${size}`);
      }
      bits++;
    }
  }
  if (bits !== h.count) fail(`${poolWhere(pool, k)} ref.count ${h.count} but ${bits} blocks are allocated`);
  const capacity = NUMBLOCKS(a.layout, h.szidx);
  visited.fill(0, 0, capacity);
  let n = 0;
  for (let b = h.freeblock; b !== 0; ) {
    const off = b - pool;
    if (!(off >= a.POOL_OVERHEAD && off < h.nextoffset && (off - a.POOL_OVERHEAD) % size === 0)) {
      fail(`${poolWhere(pool, k)} free list reaches ${hex(b)}, not a carved block`);
    }
    const idx = (off - a.POOL_OVERHEAD) / size;
    if (visited[idx] !== 0) fail(`${poolWhere(pool, k)} free list has a cycle at ${hex(b)}`);
    visited[idx] = 1;
    if (a.isBitSet(k, po + off)) fail(`${poolWhere(pool, k)} free list holds allocated block ${hex(b)}`);
    n++;
    const bw = (po + off) >> 2;
    b = m[bw + 1]! * 4294967296 + m[bw]!;
  }
  return n;
}

/**
 * The cheap check that debugChecks runs after every operation: the pool holding `addr` (if it
 * is in a live arena) is checked as checkPools would, its ring links must point back at it,
 * and its state must agree with its arena's freepools list.
 */
export function checkPoolAt(a: Obmalloc, addr: number): void {
  if (addr < ARENA_BASE) return;
  const k = Math.floor((addr - ARENA_BASE) / a.ARENA_SIZE);
  if (k >= a.maxarenas || a.arenaAddress[k] === 0) return; // raw block, or the arena was returned
  const pool = addr - (addr % a.POOL_SIZE);
  if (pool < a.firstPool(k) || pool >= a.pool_address[k]!) fail(`${hex(addr)} is not in a carved pool of arena ${k}`);
  const h = a.readPoolHeader(pool);
  if (h.arenaindex !== k) fail(`${poolWhere(pool, k)} has arenaindex ${h.arenaindex}`);
  if (h.szidx >= a.NB_SMALL_SIZE_CLASSES) fail(`${poolWhere(pool, k)} has szidx ${h.szidx}`);
  const size = INDEX2SIZE(a.layout, h.szidx);
  const carved = (h.nextoffset - a.POOL_OVERHEAD) / size;
  const free = checkPoolBlocks(a, k, pool, h, new Uint8Array(NUMBLOCKS(a.layout, h.szidx)));
  if (h.count + free !== carved) fail(`${poolWhere(pool, k)}: ${h.count} allocated + ${free} free != ${carved} carved blocks`);
  let onFree = false;
  let n = 0;
  for (let p = a.freepools[k]!; p !== 0 && n <= a.ntotalpools[k]!; p = a.readPoolHeader(p).nextpool, n++) {
    if (p === pool) onFree = true;
  }
  if ((h.count === 0) !== onFree) fail(`${poolWhere(pool, k)} has ref.count ${h.count} but is ${onFree ? '' : 'not '}on freepools`);
  if (h.count > 0 && h.freeblock !== 0) {
    // used: the ring neighbours must point back.
    const nextOfPrev = a.isUsedpoolHeader(h.prevpool) ? a.usedpools[2 * h.szidx] : a.readPoolHeader(h.prevpool).nextpool;
    const prevOfNext = a.isUsedpoolHeader(h.nextpool) ? a.usedpools[2 * h.szidx + 1] : a.readPoolHeader(h.nextpool).prevpool;
    if (nextOfPrev !== pool || prevOfNext !== pool) fail(`${poolWhere(pool, k)} is not linked into usedpools[${h.szidx}]`);
  } else if (h.count > 0 && h.count !== NUMBLOCKS(a.layout, h.szidx)) {
    fail(`${poolWhere(pool, k)} has no free block but ref.count ${h.count}`);
  }
}

/** Number of carved pools in the heap. */
export function carvedPools(a: Obmalloc): number {
  let n = 0;
  for (let k = 0; k < a.maxarenas; k++) {
    if (a.arenaAddress[k] !== 0) n += (a.pool_address[k]! - a.firstPool(k)) / a.POOL_SIZE;
  }
  return n;
}

function checkRings(a: Obmalloc, pools: Map<number, PoolInfo>): void {
  const inRing = new Set<number>();
  for (let i = 0; i < a.NB_SMALL_SIZE_CLASSES; i++) {
    const fake = a.usedpoolHeader[i]!;
    let prev = fake;
    let p = a.usedpools[2 * i]!;
    while (p !== fake) {
      const info = pools.get(p);
      if (info === undefined) fail(`usedpools[${i}] ring reaches ${hex(p)}, not a carved pool`);
      if (inRing.has(p)) fail(`pool ${hex(p)} appears twice in the usedpools rings`);
      inRing.add(p);
      const h = info.header;
      if (h.szidx !== i) fail(`pool ${hex(p)} of class ${h.szidx} is in ring ${i}`);
      if (h.count === 0 || h.freeblock === 0) fail(`pool ${hex(p)} in ring ${i} is not used (count ${h.count})`);
      if (h.prevpool !== prev) fail(`pool ${hex(p)} prevpool ${hex(h.prevpool)}, expected ${hex(prev)}`);
      prev = p;
      p = h.nextpool;
    }
    if (a.usedpools[2 * i + 1] !== prev) fail(`usedpools[${i}] last is ${hex(a.usedpools[2 * i + 1]!)}, expected ${hex(prev)}`);
    const head = a.usedpools[2 * i]!;
    if (head !== fake) {
      const k = pools.get(head)!.arena;
      if (a.ringHeadMem[i] !== a.mem[k] || a.ringHeadWord[i] !== (head - a.arenaAddress[k]!) / 4 || a.ringHeadLo[i]! + a.ringHeadHi[i]! * 2 ** 32 !== head) {
        fail(`ring head cache of class ${i} does not point at pool ${hex(head)}`);
      }
    }
  }
  for (const [pool, info] of pools) {
    const h = info.header;
    const used = h.count > 0 && h.freeblock !== 0;
    if (used && !inRing.has(pool)) fail(`used pool ${hex(pool)} is in no usedpools ring`);
  }
}

function checkUsableArenas(a: Obmalloc, live: number[]): void {
  const order: number[] = [];
  const seen = new Set<number>();
  let prev = -1;
  for (let k = a.usable_arenas; k !== -1; k = a.nextarena[k]!) {
    if (k < 0 || k >= a.maxarenas || a.arenaAddress[k] === 0) fail(`usable_arenas reaches slot ${k}, not a live arena`);
    if (seen.has(k)) fail(`usable_arenas has a cycle at arena ${k}`);
    seen.add(k);
    if (a.prevarena[k] !== prev) fail(`arena ${k} prevarena ${a.prevarena[k]}, expected ${prev}`);
    if (prev !== -1 && a.nfreepools[prev]! > a.nfreepools[k]!) {
      fail(`usable_arenas out of order: arena ${prev} (${a.nfreepools[prev]} free pools) before arena ${k} (${a.nfreepools[k]})`);
    }
    order.push(k);
    prev = k;
  }
  for (const k of live) {
    const nf = a.nfreepools[k]!;
    if (nf > 0 && !seen.has(k)) fail(`arena ${k} has ${nf} free pools but is not in usable_arenas`);
    if (nf === 0 && seen.has(k)) fail(`arena ${k} has no free pool but is in usable_arenas`);
    if (nf === a.ntotalpools[k]) {
      if (a.layout.wholly_free_arena === 'free-at-once') fail(`arena ${k} is wholly free but was not returned`);
      if (order[order.length - 1] !== k) fail(`wholly free arena ${k} is kept but is not last in usable_arenas`);
    }
  }
  if (a.nfp2lasta[0] !== -1) fail(`nfp2lasta[0] is ${a.nfp2lasta[0]}`);
  for (let n = 1; n < a.nfp2lasta.length; n++) {
    let rightmost = -1;
    for (const k of order) if (a.nfreepools[k] === n) rightmost = k;
    if (a.nfp2lasta[n] !== rightmost) fail(`nfp2lasta[${n}] is ${a.nfp2lasta[n]}, rightmost arena with ${n} free pools is ${rightmost}`);
  }
}

function checkTotals(a: Obmalloc, pools: Map<number, PoolInfo>): void {
  let blocks = 0;
  for (const info of pools.values()) blocks += info.header.count;
  const rawChunks = [...a.raw.chunks()].sort((x, y) => x.start - y.start);
  if (a.allocatedBlocks !== blocks + rawChunks.length) {
    fail(`_Py_AllocatedBlocks ${a.allocatedBlocks} but ${blocks} pool blocks + ${rawChunks.length} raw blocks`);
  }
  let end = RAW_BASE;
  let rawBytes = 0;
  for (const c of rawChunks) {
    if (c.start < end) fail(`raw block ${hex(c.addr)} overlaps the previous one`);
    end = c.end;
    rawBytes += c.end - c.start;
  }
  if (end > a.raw.highWater || a.raw.highWater > RAW_BASE + RAW_SPAN || RAW_BASE + RAW_SPAN > ARENA_BASE) {
    fail(`raw region out of its range (end ${hex(end)})`);
  }
  if (rawBytes !== a.raw.bytesInUse) fail(`raw bytesInUse ${a.raw.bytesInUse} but chunks total ${rawBytes}`);
  const s = computeMallocStats(a);
  if (s.total !== s.narenas * a.ARENA_SIZE) fail(`stats total ${s.total} != ${s.narenas} arenas * ${a.ARENA_SIZE}`);
}
