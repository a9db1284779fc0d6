// Allocator layouts as data: the constants of CPython's Objects/obmalloc.c for the two
// configurations glasspy can simulate. Start with LAYOUT_37 (the default) and the size-class
// helpers at the bottom; everything in obmalloc.ts reads its numbers from one of these objects.
//
// LAYOUT_37 is the 8-byte-aligned configuration: CPython 3.7.0–3.7.3 on 64-bit machines (3.7.4
// switched 64-bit builds to 16-byte alignment, bpo-27987) and every 32-bit build. Its pool header
// and pointers are the 64-bit ones (48 bytes, 8-byte links), as in 3.7.0–3.7.3 on 64-bit.
// SIMPLIFICATION: a 32-bit build has the same classes but a 32-byte header; we do not model it.
// LAYOUT_311 is 64-bit CPython 3.11: 1 MiB arenas and 16 KiB pools (WITH_PYMALLOC_RADIX_TREE),
// 16-byte alignment, 32 size classes.

/** One allocator configuration. Field names are CPython's macro names where one exists. */
export interface Layout {
  readonly name: '3.7' | '3.11';
  /** What CPython builds use this layout (shown in docs and the heap map). */
  readonly description: string;
  readonly ARENA_SIZE: number;
  readonly POOL_SIZE: number;
  readonly ALIGNMENT: number;
  readonly ALIGNMENT_SHIFT: number;
  readonly NB_SMALL_SIZE_CLASSES: number;
  readonly SMALL_REQUEST_THRESHOLD: number;
  /** round_up(sizeof(struct pool_header), ALIGNMENT): 48 on 64-bit builds. */
  readonly POOL_OVERHEAD: number;
  readonly SYSTEM_PAGE_SIZE: number;
  /** Initial length of the arenas[] vector; it doubles when exhausted. */
  readonly INITIAL_ARENA_OBJECTS: number;
  /**
   * How far past a pool boundary mmap places an arena. mmap aligns to the 4 KiB page: with 4 KiB
   * pools that is pool-aligned (0), with 16 KiB pools CPython 3.11 loses one pool per arena to
   * alignment ("# bytes lost to arena alignment" = 16384 per arena). We always place arenas
   * one page past an arena-size boundary, as 3.11 observably gets them.
   */
  readonly ARENA_MISALIGNMENT: number;
  /**
   * What pymalloc_free does with a wholly free arena: 3.7 returns it to the OS at once; 3.9+
   * (bpo-37257) returns it only when another arena follows it in usable_arenas.
   */
  readonly wholly_free_arena: 'free-at-once' | 'keep-if-last';
  /** 3.10+ prints the radix-tree ("arena map") lines in _debugmallocstats. */
  readonly arena_map_stats: boolean;
}

export const LAYOUT_37: Layout = Object.freeze({
  name: '3.7',
  description: 'CPython 3.7.0-3.7.3 (64-bit) and 32-bit builds: 256 KiB arenas, 4 KiB pools, 8-byte classes',
  ARENA_SIZE: 256 * 1024,
  POOL_SIZE: 4 * 1024,
  ALIGNMENT: 8,
  ALIGNMENT_SHIFT: 3,
  NB_SMALL_SIZE_CLASSES: 64,
  SMALL_REQUEST_THRESHOLD: 512,
  POOL_OVERHEAD: 48,
  SYSTEM_PAGE_SIZE: 4096,
  INITIAL_ARENA_OBJECTS: 16,
  ARENA_MISALIGNMENT: 0,
  wholly_free_arena: 'free-at-once',
  arena_map_stats: false,
} as const);

export const LAYOUT_311: Layout = Object.freeze({
  name: '3.11',
  description: 'CPython 3.11 (64-bit): 1 MiB arenas, 16 KiB pools, 16-byte classes',
  ARENA_SIZE: 1024 * 1024,
  POOL_SIZE: 16 * 1024,
  ALIGNMENT: 16,
  ALIGNMENT_SHIFT: 4,
  NB_SMALL_SIZE_CLASSES: 32,
  SMALL_REQUEST_THRESHOLD: 512,
  POOL_OVERHEAD: 48,
  SYSTEM_PAGE_SIZE: 4096,
  INITIAL_ARENA_OBJECTS: 16,
  ARENA_MISALIGNMENT: 4096,
  wholly_free_arena: 'keep-if-last',
  arena_map_stats: true,
} as const);

/** szidx of a freshly carved pool that has not been given a size class yet. */
export const DUMMY_SIZE_IDX = 0xffff;

/** INDEX2SIZE: the block size of size class `szidx`. */
export function INDEX2SIZE(layout: Layout, szidx: number): number {
  return (szidx + 1) << layout.ALIGNMENT_SHIFT;
}

/** The size class of a request of 1..SMALL_REQUEST_THRESHOLD bytes. */
export function size_class_index(layout: Layout, nbytes: number): number {
  return (nbytes - 1) >> layout.ALIGNMENT_SHIFT;
}

/** NUMBLOCKS: how many blocks of class `szidx` one pool holds. */
export function NUMBLOCKS(layout: Layout, szidx: number): number {
  return Math.floor((layout.POOL_SIZE - layout.POOL_OVERHEAD) / INDEX2SIZE(layout, szidx));
}

/** Pools one arena can carve (one fewer when the arena is not pool-aligned). */
export function pools_per_arena(layout: Layout): number {
  return layout.ARENA_SIZE / layout.POOL_SIZE - (layout.ARENA_MISALIGNMENT % layout.POOL_SIZE === 0 ? 0 : 1);
}

export function layoutByName(name: string): Layout | undefined {
  if (name === '3.7') return LAYOUT_37;
  if (name === '3.11') return LAYOUT_311;
  return undefined;
}
