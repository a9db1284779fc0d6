// Public face of the simulated obmalloc (CPython's Objects/obmalloc.c). Start with the Obmalloc
// class in obmalloc.ts; layout.ts holds the two layouts, stats.ts the _debugmallocstats text,
// snapshot.ts / heapmap.ts the pictures, check.ts the consistency checker.

export {
  type Layout,
  LAYOUT_37,
  LAYOUT_311,
  DUMMY_SIZE_IDX,
  INDEX2SIZE,
  NUMBLOCKS,
  size_class_index,
  pools_per_arena,
  layoutByName,
} from './layout.js';
export { MemoryLimitError, InvalidAddressError, HeapCheckError, hex } from './errors.js';
export {
  Obmalloc,
  type ObmallocOptions,
  type PoolHeader,
  ARENA_BASE,
  USEDPOOLS_ADDRESS,
  POOL_HEADER_FIELDS,
  usedpoolHeaderAddress,
} from './obmalloc.js';
export { RAW_BASE, RAW_SPAN, request2size } from './rawmalloc.js';
export { ADDR_NO_CODE, ADDR_CODE_BASES, addrCode, addrOfCode, addrCodeAdd } from './addrcode.js';
export {
  type HeapSnapshot,
  type ArenaSnapshot,
  type PoolSnapshot,
  type PoolState,
  type RawBlockSnapshot,
  BLOCK_STATE,
} from './snapshot.js';
export { computeMallocStats, printone, _PyDebugAllocatorStats, type MallocStats, type SizeClassStats } from './stats.js';
export { fillChar, BLOCK_CHARS, type HeapMapOptions } from './heapmap.js';
