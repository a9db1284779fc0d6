// sys._debugmallocstats()'s allocator part: CPython's _PyObject_DebugMallocStats
// (Objects/obmalloc.c), with its printone and _PyDebugAllocatorStats line formats.
// Start at debugmallocstats; computeMallocStats gathers the numbers from the pool headers.
//
// The text is CPython's to the character (checked against python3.11 and python3.7 output in
// tests/obmalloc/stats.test.ts). sys._debugmallocstats prints this, then "\n", then the
// per-type freelist lines (made with _PyDebugAllocatorStats by the objects that own them).

import type { Obmalloc } from './obmalloc.js';
import { INDEX2SIZE, NUMBLOCKS } from './layout.js';

/** Radix-tree node sizes of 64-bit 3.11 (2^15 pointers; 2^15 pointers; 2^14 8-byte entries). */
export const ARENA_MAP_ROOT_BYTES = 262144;
export const ARENA_MAP_MID_BYTES = 262144;
export const ARENA_MAP_BOT_BYTES = 131072;

export interface SizeClassStats {
  szidx: number;
  size: number;
  /** Pools of this class with at least one block in use. */
  numpools: number;
  numblocks: number;
  numfreeblocks: number;
}

export interface MallocStats {
  classes: SizeClassStats[];
  narenas: number;
  ntimes_arena_allocated: number;
  narenas_highwater: number;
  allocated_bytes: number;
  available_bytes: number;
  total_free_pools: number;
  pool_header_bytes: number;
  quantization: number;
  arena_alignment: number;
  total: number;
}

/** Gather what _PyObject_DebugMallocStats prints, by walking every carved pool's header. */
export function computeMallocStats(a: Obmalloc): MallocStats {
  const layout = a.layout;
  const nb = layout.NB_SMALL_SIZE_CLASSES;
  const numpools = new Array<number>(nb).fill(0);
  const numblocks = new Array<number>(nb).fill(0);
  const numfreeblocks = new Array<number>(nb).fill(0);
  let narenas = 0;
  let total_free_pools = 0;
  let arena_alignment = 0;
  for (let k = 0; k < a.maxarenas; k++) {
    const base = a.arenaAddress[k]!;
    if (base === 0) continue;
    narenas++;
    if (base % a.POOL_SIZE !== 0) arena_alignment += a.POOL_SIZE;
    total_free_pools += a.nfreepools[k]!;
    const end = a.pool_address[k]!;
    for (let pool = a.firstPool(k); pool < end; pool += a.POOL_SIZE) {
      const h = a.readPoolHeader(pool);
      if (h.count === 0) continue; // an empty pool counts among the unused pools
      numpools[h.szidx]! += 1;
      numblocks[h.szidx]! += h.count;
      numfreeblocks[h.szidx]! += NUMBLOCKS(layout, h.szidx) - h.count;
    }
  }
  const classes: SizeClassStats[] = [];
  let allocated_bytes = 0;
  let available_bytes = 0;
  let pool_header_bytes = 0;
  let quantization = 0;
  for (let i = 0; i < nb; i++) {
    const size = INDEX2SIZE(layout, i);
    const p = numpools[i]!;
    classes.push({ szidx: i, size, numpools: p, numblocks: numblocks[i]!, numfreeblocks: numfreeblocks[i]! });
    allocated_bytes += numblocks[i]! * size;
    available_bytes += numfreeblocks[i]! * size;
    pool_header_bytes += p * layout.POOL_OVERHEAD;
    quantization += p * ((layout.POOL_SIZE - layout.POOL_OVERHEAD) % size);
  }
  const total =
    allocated_bytes + available_bytes + total_free_pools * layout.POOL_SIZE + pool_header_bytes + quantization + arena_alignment;
  return {
    classes,
    narenas,
    ntimes_arena_allocated: a.ntimes_arena_allocated,
    narenas_highwater: a.narenas_highwater,
    allocated_bytes,
    available_bytes,
    total_free_pools,
    pool_header_bytes,
    quantization,
    arena_alignment,
    total,
  };
}

/** _PyObject_DebugMallocStats: the allocator's statistics as CPython prints them. */
export function debugmallocstats(a: Obmalloc): string {
  const layout = a.layout;
  const s = computeMallocStats(a);
  let out = `Small block threshold = ${layout.SMALL_REQUEST_THRESHOLD}, in ${layout.NB_SMALL_SIZE_CLASSES} size classes.\n\n`;
  out += 'class   size   num pools   blocks in use  avail blocks\n';
  out += '-----   ----   ---------   -------------  ------------\n';
  for (const c of s.classes) {
    if (c.numpools === 0) continue;
    out +=
      String(c.szidx).padStart(5) +
      ' ' +
      String(c.size).padStart(6) +
      ' ' +
      String(c.numpools).padStart(11) +
      ' ' +
      String(c.numblocks).padStart(15) +
      ' ' +
      String(c.numfreeblocks).padStart(13) +
      '\n';
  }
  out += '\n';
  out += printone('# arenas allocated total', s.ntimes_arena_allocated);
  out += printone('# arenas reclaimed', s.ntimes_arena_allocated - s.narenas);
  out += printone('# arenas highwater mark', s.narenas_highwater);
  out += printone('# arenas allocated current', s.narenas);
  out += printone(`${s.narenas} arenas * ${layout.ARENA_SIZE} bytes/arena`, s.narenas * layout.ARENA_SIZE);
  out += '\n';
  out += printone('# bytes in allocated blocks', s.allocated_bytes);
  out += printone('# bytes in available blocks', s.available_bytes);
  out += printone(`${s.total_free_pools} unused pools * ${layout.POOL_SIZE} bytes`, s.total_free_pools * layout.POOL_SIZE);
  out += printone('# bytes lost to pool headers', s.pool_header_bytes);
  out += printone('# bytes lost to quantization', s.quantization);
  out += printone('# bytes lost to arena alignment', s.arena_alignment);
  out += printone('Total', s.total);
  if (layout.arena_map_stats) {
    const mid = a.arenaMapMidNodes.size;
    const bot = a.arenaMapBotNodes.size;
    out += '\narena map counts\n';
    out += printone('# arena map mid nodes', mid);
    out += printone('# arena map bot nodes', bot);
    out += '\n';
    out += printone('# bytes lost to arena map root', ARENA_MAP_ROOT_BYTES);
    out += printone('# bytes lost to arena map mid', mid * ARENA_MAP_MID_BYTES);
    out += printone('# bytes lost to arena map bot', bot * ARENA_MAP_BOT_BYTES);
    out += printone('Total', ARENA_MAP_ROOT_BYTES + mid * ARENA_MAP_MID_BYTES + bot * ARENA_MAP_BOT_BYTES);
  }
  return out;
}

/** printone: the label padded to 35 columns, '=', the value with thousands commas in 21. */
export function printone(label: string, value: number): string {
  return label.padEnd(35) + '=' + withCommas(value).padStart(21) + '\n';
}

/**
 * _PyDebugAllocatorStats: one freelist line, e.g.
 * "            8 free PyDictObjects * 48 bytes each =                  384".
 * `blockName` is singular ("free PyDictObject", "free 1-sized PyTupleObject").
 */
export function _PyDebugAllocatorStats(blockName: string, numBlocks: number, sizeofBlock: number): string {
  const label = `${numBlocks} ${blockName}s * ${sizeofBlock} bytes each`;
  return printone(label.padStart(48) + ' ', numBlocks * sizeofBlock);
}

function withCommas(n: number): string {
  const digits = String(n);
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}
