// A heap map for people: every arena and pool as a compact text picture, in the spirit of
// MicroPython's gc_dump_alloc_table (one character per allocation unit there, one cell per pool
// here). No CPython counterpart. Start at heapMap; the CLI exposes it.
//
// Example (3.7 layout, after 333 blocks of 16 bytes, one of 32, seven of 64 and two of 600;
// tests/obmalloc/heapmap.test.ts rebuilds this heap and compares):
//
//   heap map: CPython 3.7.0-3.7.3 (64-bit) and 32-bit builds: 256 KiB arenas, 4 KiB pools, 8-byte classes
//   cell = block size:fill  fill: 0-9 tenths in use, # full, - empty pool (keeps its last size)
//
//   arena 0 at 0x7f3a00000000: 3 used, 1 full, 0 empty, 60 never carved; usable_arenas #0
//     0x7f3a00000000   16:#  16:3  32:0  64:1
//     0x7f3a00004000  ... 60 pools never carved
//
//   raw malloc: 2 blocks, 1,200 bytes requested

import type { Obmalloc } from './obmalloc.js';
import { takeSnapshot, type PoolSnapshot } from './snapshot.js';

const CELLS_PER_ROW = 16;

/** The fill character of a pool cell (asserted by tests/obmalloc/heapmap.test.ts). */
export function fillChar(p: Pick<PoolSnapshot, 'state' | 'count' | 'capacity'>): string {
  switch (p.state) {
    case 'uncarved':
      return '.';
    case 'empty':
      return '-';
    case 'full':
      return '#';
    case 'used':
      return String(Math.min(9, Math.floor((10 * p.count) / p.capacity)));
  }
}

/** One carved pool (carved pools are contiguous; the uncarved rest gets one line). */
function cell(p: PoolSnapshot): string {
  return String(p.blockSize).padStart(4) + ':' + fillChar(p);
}

export interface HeapMapOptions {
  /** Also draw every block of every carved pool, one character each (BLOCK_CHARS). */
  blocks?: boolean;
}

/** Characters of the block-level view, by BLOCK_STATE (asserted by the heap map tests). */
export const BLOCK_CHARS = Object.freeze({ allocated: '#', free: '.', virgin: '_' } as const);

const BLOCKS_PER_ROW = 64;

export function heapMap(a: Obmalloc, opts: HeapMapOptions = {}): string {
  const snap = takeSnapshot(a);
  const lines: string[] = [];
  lines.push(`heap map: ${a.layout.description}`);
  lines.push('cell = block size:fill  fill: 0-9 tenths in use, # full, - empty pool (keeps its last size)');
  if (opts.blocks === true) {
    lines.push(`blocks: ${BLOCK_CHARS.allocated} allocated, ${BLOCK_CHARS.free} free (on the free list), ${BLOCK_CHARS.virgin} never handed out`);
  }
  if (snap.arenas.length === 0) lines.push('', 'no arenas');
  for (const ar of snap.arenas) {
    const n = { used: 0, full: 0, empty: 0, uncarved: 0 };
    for (const p of ar.pools) n[p.state]++;
    const where = ar.usablePosition >= 0 ? `usable_arenas #${ar.usablePosition}` : 'full arena';
    lines.push('');
    lines.push(
      `arena ${ar.index} at 0x${ar.address.toString(16)}: ${n.used} used, ${n.full} full, ${n.empty} empty, ` +
        `${n.uncarved} never carved; ${where}`,
    );
    const carved = ar.pools.filter((p) => p.state !== 'uncarved');
    for (let i = 0; i < carved.length; i += CELLS_PER_ROW) {
      const row = carved.slice(i, i + CELLS_PER_ROW);
      lines.push(`  0x${row[0]!.address.toString(16)} ${row.map(cell).join('')}`);
    }
    if (n.uncarved > 0) {
      lines.push(`  0x${ar.poolAddress.toString(16)}  ... ${n.uncarved} pools never carved`);
    }
    if (opts.blocks === true) for (const p of carved) lines.push(...blockRows(p));
  }
  let rawBytes = 0;
  for (const r of snap.raw) rawBytes += r.size;
  lines.push('', `raw malloc: ${snap.raw.length} blocks, ${rawBytes.toLocaleString('en-US')} bytes requested`);
  return lines.join('\n') + '\n';
}

/** The block-level rows of one pool, in the spirit of gc_dump_alloc_table. */
function blockRows(p: PoolSnapshot): string[] {
  const chars = [BLOCK_CHARS.virgin, BLOCK_CHARS.free, BLOCK_CHARS.allocated];
  const next = p.freeList.length > 0 ? `next 0x${p.freeList[0]!.toString(16)}` : 'no free block';
  const out = [`  pool 0x${p.address.toString(16)}: ${p.blockSize}-byte blocks, ${p.count}/${p.capacity} in use, ${next}`];
  for (let i = 0; i < p.capacity; i += BLOCKS_PER_ROW) {
    let row = '';
    for (let j = i; j < Math.min(p.capacity, i + BLOCKS_PER_ROW); j++) row += chars[p.blockStates[j]!]!;
    out.push(`    0x${(p.firstBlock + i * p.blockSize).toString(16)} ${row}`);
  }
  return out;
}
