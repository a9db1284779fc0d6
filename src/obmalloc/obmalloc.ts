// CPython's small-object allocator (Objects/obmalloc.c: pymalloc) over real bytes.
//
// Start reading at PyObject_Malloc / PyObject_Free, then pymalloc_alloc, pymalloc_pool_extend,
// allocate_from_new_pool, pymalloc_free, insert_to_usedpool, insert_to_freepool and new_arena.
// Function names are those of CPython 3.10/3.11's obmalloc.c, whose refactoring of 3.7's two big
// functions keeps the same behaviour; the layout (layout.ts) picks the 3.7 or 3.11 constants and
// the 3.7 or 3.9+ rule for a wholly free arena.
//
// Memory picture (docs/obmalloc.md has the full diagram):
//
//   arena k  = ARENA_SIZE bytes of one ArrayBuffer (followed there by our allocated bitmap, see
//              DIVERGENCE below) at address ARENA_BASE + k*ARENA_SIZE + ARENA_MISALIGNMENT;
//              arenas[] slot k always maps the same address
//   pool     = POOL_SIZE bytes, pool-aligned, carved from the arena in address order
//   header   = the pool's first 48 bytes (little-endian, 64-bit pointers):
//
//     +0  ref.count     u32 (+4 padding: the C union is pointer sized)
//     +8  freeblock     pointer: first block of the pool's free list, 0 = NULL
//     +16 nextpool      pointer: usedpools ring / arena freepools link
//     +24 prevpool      pointer: usedpools ring
//     +32 arenaindex    u32: index of the arena in arenas[]
//     +36 szidx         u32: size class (0xffff = freshly carved)
//     +40 nextoffset    u32: offset of the first never-used ("virgin") block
//     +44 maxnextoffset u32: POOL_SIZE - block size
//
//   block    = a free block's first 8 bytes hold the address of the next free block
//
// Pool states (which list a carved pool is on, and who moves it):
//
//   state | ref.count      | freeblock | on list                 | moved by
//   ------+----------------+-----------+-------------------------+-----------------------------------
//   used  | 1..NUMBLOCKS-1 | non-NULL  | usedpools[szidx] ring   | allocate_from_new_pool (empty->used),
//         |                |           |                         | pymalloc_free (full->used)
//   full  | NUMBLOCKS      | NULL      | none                    | pymalloc_pool_extend (used->full)
//   empty | 0              | non-NULL  | its arena's freepools   | insert_to_freepool (used->empty)
//
// What holds between calls: every carved pool is in exactly one state above; usable_arenas holds
// exactly the arenas with a free pool, sorted by nfreepools ascending; nfp2lasta[n] is the
// rightmost usable arena with n free pools; a block is allocated iff its allocated bit is set.
// check.ts re-derives all of this from the bytes.
//
// DIVERGENCE: CPython has no record of which blocks are allocated, so a double free corrupts its
// heap silently. We keep one bit per ALIGNMENT unit of every arena, always on: freeing, resizing
// or asking the size of anything that is not a live block throws InvalidAddressError. It costs
// one load and one store per malloc and per free. The bitmap sits in the same ArrayBuffer as the
// arena, just past its ARENA_SIZE bytes (words BITMAP_WORD0...), outside the simulated address
// space: the arena's own bytes are exactly CPython's.

import {
  type Layout,
  LAYOUT_37,
  DUMMY_SIZE_IDX,
  INDEX2SIZE,
  pools_per_arena,
} from './layout.js';
import { MemoryLimitError, InvalidAddressError } from './errors.js';
import { RawMalloc, RAW_MAX_REQUEST } from './rawmalloc.js';
import { debugmallocstats } from './stats.js';
import { takeSnapshot, type HeapSnapshot } from './snapshot.js';
import { heapMap, type HeapMapOptions } from './heapmap.js';
import { checkHeap, checkPoolAt, carvedPools } from './check.js';
import { addrCode, addrOfCode } from './addrcode.js';

/**
 * Simulated static address of the usedpools[] array (in the interpreter's data segment). The
 * fake ring header of size class i lives 16 bytes before &usedpools[2*i] (see
 * usedpoolHeaderAddress), so its nextpool/prevpool fields are usedpools[2*i] and [2*i+1].
 */
export const USEDPOOLS_ADDRESS = 0x5616_27a0_5e40;

/** Byte offsets of the pool header fields (the table above; asserted by a test). */
export const POOL_HEADER_FIELDS = Object.freeze([
  { name: 'ref.count', offset: 0, size: 4 },
  { name: 'freeblock', offset: 8, size: 8 },
  { name: 'nextpool', offset: 16, size: 8 },
  { name: 'prevpool', offset: 24, size: 8 },
  { name: 'arenaindex', offset: 32, size: 4 },
  { name: 'szidx', offset: 36, size: 4 },
  { name: 'nextoffset', offset: 40, size: 4 },
  { name: 'maxnextoffset', offset: 44, size: 4 },
] as const);

// u32 word indexes of the header fields, relative to the pool's first word. A const enum (like
// K below) so that the bundler writes the numbers into the hot paths: V8 reloads and re-checks a
// module-level `const` at every use in optimised code, but folds a literal.
const enum H {
  COUNT = 0,
  FREEBLOCK = 2,
  NEXTPOOL = 4,
  PREVPOOL = 6,
  ARENAINDEX = 8,
  SZIDX = 9,
  NEXTOFFSET = 10,
  MAXNEXTOFFSET = 11,
}

/** Numbers the hot paths use, inlined by the bundler (see H). */
const enum K {
  TWO32 = 4294967296,
  INV_TWO32 = 1 / 4294967296,
  /** = ARENA_BASE */
  ARENA_BASE = 0x7f3a_0000_0000,
  /** ARENA_BASE's upper 32 bits (its lower 32 are zero). */
  ARENA_BASE_HI = 0x7f3a,
  /** a NULL arena link */
  NONE = -1,
}

/** Most bytes of freed arenas' buffers kept for reuse (host memory, not the simulated heap's). */
const SPARE_BYTES = 64 << 20;

/** Address of arenas[] slot 0's arena boundary: an mmap-area address, 4 GiB aligned. */
export const ARENA_BASE: number = K.ARENA_BASE;
/** PY_SSIZE_T_MAX as far as a JS number can say it: requests beyond fail like malloc would. */
const MAX_REQUEST = RAW_MAX_REQUEST;
const EMPTY_WORDS = new Uint32Array(0);

/** The fields of one pool header, decoded (for introspection, never on a hot path). */
export interface PoolHeader {
  count: number;
  freeblock: number;
  nextpool: number;
  prevpool: number;
  arenaindex: number;
  szidx: number;
  nextoffset: number;
  maxnextoffset: number;
}

export interface ObmallocOptions {
  layout?: Layout;
  /** Most bytes the heap may hold: mapped arenas plus raw chunks. Exceeding it throws MemoryLimitError. */
  limitBytes?: number;
  /**
   * Check the heap as it goes (for tests): after every malloc, calloc, realloc and free the
   * touched pool is checked, and the whole heap (check()) every N operations, N = the number of
   * carved pools, so the cost per operation stays bounded as the heap grows.
   */
  debugChecks?: boolean;
  /** Called at the start of every new_arena (see Obmalloc.onNewArena). */
  onNewArena?: (a: Obmalloc) => void;
}

export class Obmalloc {
  readonly layout: Layout;
  readonly limitBytes: number;
  readonly debugChecks: boolean;
  /**
   * Called at the start of new_arena, before the arena exists: where CPython prints
   * _PyObject_DebugMallocStats when PYTHONMALLOCSTATS is set (the CLI's --malloc-stats).
   */
  onNewArena: ((a: Obmalloc) => void) | null = null;

  // Layout constants, copied into fields so the hot paths read plain numbers.
  readonly ARENA_SIZE: number;
  readonly POOL_SIZE: number;
  readonly POOL_SIZE_MASK: number;
  readonly ALIGNMENT_SHIFT: number;
  readonly POOL_OVERHEAD: number;
  readonly SMALL_REQUEST_THRESHOLD: number;
  readonly NB_SMALL_SIZE_CLASSES: number;
  readonly ARENA_MISALIGNMENT: number;
  /** Pools per arena (MAX_POOLS_IN_ARENA, less one if the arena is not pool-aligned). */
  readonly POOLS_PER_ARENA: number;
  private readonly invArenaSize: number;
  /** Allocated-bitmap words per arena. */
  readonly BITS_WORDS_PER_ARENA: number;
  /** Word index in mem[k] where arena k's allocated bitmap starts (= ARENA_SIZE / 4). */
  readonly BITMAP_WORD0: number;
  /** log2(ARENA_SIZE), ARENA_SIZE - 1, and 32 - ARENA_BITS (see PyObject_Free). */
  readonly ARENA_BITS: number;
  readonly ARENA_SIZE_MASK: number;
  private readonly SLOT_HI_SHIFT: number;
  /** ARENA_BITS - 3: an address code's arena slot is code >>> CODE_SLOT_SHIFT. */
  private readonly CODE_SLOT_SHIFT: number;
  /** SMALL_REQUEST_THRESHOLD, or 0 under debugChecks: the largest request PyObject_Malloc's fast path takes. */
  private readonly fastLimit: number;
  /** ALIGNMENT - 1. */
  readonly ALIGNMENT_MASK: number;
  /** bo & BAD_BLOCK_OFFSET is non-zero unless 0 <= bo < ARENA_SIZE and bo is ALIGNMENT-aligned. */
  private readonly BAD_BLOCK_OFFSET: number;

  // ---- arenas[]: struct arena_object, stored as parallel arrays indexed by slot ----
  maxarenas = 0;
  /** arena_object.address (0 = slot unassociated, on unused_arena_objects). */
  arenaAddress = new Float64Array(0);
  /** arena_object.pool_address: next never-carved pool. */
  pool_address = new Float64Array(0);
  nfreepools = new Int32Array(0);
  ntotalpools = new Int32Array(0);
  /** arena_object.freepools: first empty pool (linked through nextpool), 0 = NULL. */
  freepools = new Float64Array(0);
  /** arena_object.nextarena / prevarena as slot indexes, -1 = NULL. */
  nextarena = new Int32Array(0);
  prevarena = new Int32Array(0);
  /**
   * The arena's bytes as u32 words, followed by its allocated bitmap (one bit per ALIGNMENT
   * unit: set = an allocated block starts here). EMPTY_WORDS for an unassociated slot.
   */
  mem: Uint32Array[] = [];
  /**
   * The words of freed arenas, kept to back the next new_arenas (see free_arena), at most
   * SPARE_BYTES of them: a program that builds and drops big structures maps and unmaps
   * the same arenas over and over, and a fresh ArrayBuffer each time is costly.
   */
  private readonly spareWords: Uint32Array[] = [];
  /**
   * spareDirty[i]: how many leading words of spareWords[i] may be non-zero: the pools its arena
   * had carved. The rest of the arena was never written, and its allocated bitmap is all clear
   * (a wholly free arena has no live block), so new_arena zeroes only this prefix.
   */
  private readonly spareDirty: number[] = [];

  /** Head of the doubly linked list of arenas with free pools, sorted by nfreepools ascending. */
  usable_arenas = K.NONE;
  /** Head of the singly linked list of unassociated slots. */
  unused_arena_objects = K.NONE;
  /** nfp2lasta[n]: rightmost arena in usable_arenas with n free pools, -1 if none. */
  readonly nfp2lasta: Int32Array;
  /** usedpools[2i] / [2i+1]: nextpool / prevpool of size class i's fake ring header. */
  readonly usedpools: Float64Array;
  /** Address of size class i's fake ring header. */
  readonly usedpoolHeader: Float64Array;
  /**
   * A cache of where the first pool of each ring lives: its arena's words (ringHeadMem[i]) and
   * the word index of its header there (ringHeadWord[i]). Kept in step with usedpools[2i] by
   * set_ring_head, so pymalloc_alloc's fast path does no address arithmetic. ringHeadWord[i] is
   * -1 while the ring is empty. Not part of CPython's state (the checker verifies it).
   */
  readonly ringHeadMem: Uint32Array[] = [];
  readonly ringHeadWord: Int32Array;
  /**
   * The ring head pool's address as its two 32-bit halves (valid while ringHeadWord[i] >= 0),
   * and each class's fake header's halves: what the full <-> used moves write into pool
   * headers, without splitting a double address (and without boxing one in a heap number).
   */
  readonly ringHeadLo: Uint32Array;
  readonly ringHeadHi: Uint32Array;
  readonly fakeLo: Uint32Array;
  readonly fakeHi: Uint32Array;

  narenas_currently_allocated = 0;
  ntimes_arena_allocated = 0;
  narenas_highwater = 0;
  /** _Py_AllocatedBlocks: live blocks, pool and raw. */
  allocatedBlocks = 0;
  /** Radix-tree nodes ever created (3.10+ "arena map" statistics). */
  readonly arenaMapMidNodes = new Set<number>();
  readonly arenaMapBotNodes = new Set<number>();

  readonly raw = new RawMalloc();
  /** debugChecks: operations left until the next full check. */
  private opsUntilFullCheck = 0;

  constructor(opts: ObmallocOptions = {}) {
    const layout = opts.layout ?? LAYOUT_37;
    this.layout = layout;
    this.limitBytes = opts.limitBytes ?? Infinity;
    this.debugChecks = opts.debugChecks ?? false;
    this.onNewArena = opts.onNewArena ?? null;
    this.ARENA_SIZE = layout.ARENA_SIZE;
    this.POOL_SIZE = layout.POOL_SIZE;
    this.POOL_SIZE_MASK = layout.POOL_SIZE - 1;
    this.ALIGNMENT_SHIFT = layout.ALIGNMENT_SHIFT;
    this.POOL_OVERHEAD = layout.POOL_OVERHEAD;
    this.SMALL_REQUEST_THRESHOLD = layout.SMALL_REQUEST_THRESHOLD;
    this.fastLimit = this.debugChecks ? 0 : layout.SMALL_REQUEST_THRESHOLD;
    this.NB_SMALL_SIZE_CLASSES = layout.NB_SMALL_SIZE_CLASSES;
    this.ARENA_MISALIGNMENT = layout.ARENA_MISALIGNMENT;
    this.POOLS_PER_ARENA = pools_per_arena(layout);
    this.invArenaSize = 1 / layout.ARENA_SIZE;
    this.BITS_WORDS_PER_ARENA = layout.ARENA_SIZE / layout.ALIGNMENT / 32;
    this.BITMAP_WORD0 = layout.ARENA_SIZE >> 2;
    this.ALIGNMENT_MASK = layout.ALIGNMENT - 1;
    this.ARENA_BITS = Math.log2(layout.ARENA_SIZE);
    this.ARENA_SIZE_MASK = layout.ARENA_SIZE - 1;
    this.SLOT_HI_SHIFT = 32 - this.ARENA_BITS;
    this.CODE_SLOT_SHIFT = this.ARENA_BITS - 3;
    this.BAD_BLOCK_OFFSET = ~((layout.ARENA_SIZE - 1) & ~(layout.ALIGNMENT - 1));
    this.nfp2lasta = new Int32Array(this.POOLS_PER_ARENA + 1).fill(K.NONE);
    const nb = layout.NB_SMALL_SIZE_CLASSES;
    this.usedpools = new Float64Array(2 * nb);
    this.usedpoolHeader = new Float64Array(nb);
    this.ringHeadWord = new Int32Array(nb).fill(-1);
    this.ringHeadLo = new Uint32Array(nb);
    this.ringHeadHi = new Uint32Array(nb);
    this.fakeLo = new Uint32Array(nb);
    this.fakeHi = new Uint32Array(nb);
    for (let i = 0; i < nb; i++) {
      this.ringHeadMem.push(EMPTY_WORDS);
      const h = usedpoolHeaderAddress(i);
      this.usedpoolHeader[i] = h;
      this.fakeLo[i] = h >>> 0;
      this.fakeHi[i] = (h - (h >>> 0)) * K.INV_TWO32;
      this.usedpools[2 * i] = h;
      this.usedpools[2 * i + 1] = h;
    }
  }

  // =====================================================================================
  // The public entry points (PyObject_Malloc & co.)
  // =====================================================================================

  /** PyObject_Malloc: a block of at least nbytes; requests of 0 or over 512 go to raw malloc. */
  PyObject_Malloc(nbytes: number): number {
    // The common case, kept small so that V8 inlines it into the callers: a small request whose
    // size class has a used pool (pymalloc_alloc without allocate_from_new_pool). fastLimit is 0
    // under debugChecks, so that every request then takes the checked path.
    if (nbytes <= this.fastLimit && nbytes > 0 && (nbytes | 0) === nbytes) {
      const size = (nbytes - 1) >> this.ALIGNMENT_SHIFT;
      const h = this.ringHeadWord[size]!;
      if (h >= 0) {
        this.allocatedBlocks++;
        return K.ARENA_BASE + this.pool_pop(size, h) * 8;
      }
    }
    return this.malloc_slow(nbytes);
  }

  /**
   * PyObject_Malloc, answering the block's address code (addrcode.ts) rather than its address:
   * a small integer, which V8 passes and returns without allocating (an address, above 2^31,
   * travels between functions in a heap-number box of its own).
   */
  PyObject_MallocCode(nbytes: number): number {
    if (nbytes <= this.fastLimit && nbytes > 0 && (nbytes | 0) === nbytes) {
      const size = (nbytes - 1) >> this.ALIGNMENT_SHIFT;
      const h = this.ringHeadWord[size]!;
      if (h >= 0) {
        this.allocatedBlocks++;
        return this.pool_pop(size, h);
      }
    }
    return addrCode(this.malloc_slow(nbytes));
  }

  /** PyObject_Malloc's every other case: a new pool, raw malloc, bad sizes, debugChecks. */
  private malloc_slow(nbytes: number): number {
    let p: number;
    if ((nbytes | 0) === nbytes && nbytes > 0 && nbytes <= this.SMALL_REQUEST_THRESHOLD) {
      p = this.pymalloc_alloc(nbytes);
    } else {
      p = this.raw.malloc(checkedSize(nbytes, 'PyObject_Malloc'), this.budget());
    }
    this.allocatedBlocks++;
    if (this.debugChecks) this.debugCheck(p);
    return p;
  }

  /** PyObject_Calloc: nelem*elsize zeroed bytes. */
  PyObject_Calloc(nelem: number, elsize: number): number {
    checkedSize(nelem, 'PyObject_Calloc');
    checkedSize(elsize, 'PyObject_Calloc');
    if (elsize !== 0 && nelem > MAX_REQUEST / elsize) {
      throw new MemoryLimitError(`PyObject_Calloc(${nelem}, ${elsize}): size overflow`);
    }
    const nbytes = nelem * elsize;
    let p: number;
    if (nbytes > 0 && nbytes <= this.SMALL_REQUEST_THRESHOLD) {
      p = this.pymalloc_alloc(nbytes);
      this.poolBytes(p, nbytes).fill(0);
    } else {
      // Raw calloc: a fresh raw block's bytes are materialised as zeros.
      p = this.raw.malloc(nbytes, this.budget());
    }
    this.allocatedBlocks++;
    if (this.debugChecks) this.debugCheck(p);
    return p;
  }

  /** PyObject_Free: give a block back; 0 is a no-op; anything not live throws InvalidAddressError. */
  PyObject_Free(p: number): void {
    // Split p into its 32-bit halves (needed anyway to store it as a free-list link); the arena
    // slot is then integer arithmetic: ARENA_BASE is 2^32-aligned and ARENA_SIZE divides 2^32.
    const plo = p >>> 0;
    const phi = (p - plo) * K.INV_TWO32;
    const kh = phi - K.ARENA_BASE_HI;
    const k = (kh << this.SLOT_HI_SHIFT) + (plo >>> this.ARENA_BITS);
    if ((kh | 0) === kh && kh >= 0 && k < this.maxarenas) {
      this.pymalloc_free(plo, phi, k);
    } else {
      if (p === 0) return;
      this.raw.free(p, 'PyObject_Free');
    }
    this.allocatedBlocks--;
    if (this.debugChecks) this.debugCheck(p);
  }

  /** PyObject_Free of the block whose address code (addrcode.ts) is c; see PyObject_MallocCode. */
  PyObject_FreeCode(c: number): void {
    const k = c >>> this.CODE_SLOT_SHIFT; // c >= 0: an arena slot; c < 0: huge, so not one
    if (k < this.maxarenas) {
      this.pymalloc_free((c << 3) >>> 0, K.ARENA_BASE_HI + (c >>> 29), k);
      this.allocatedBlocks--;
      if (this.debugChecks) this.debugCheck(addrOfCode(c));
      return;
    }
    this.PyObject_Free(addrOfCode(c));
  }

  /**
   * PyObject_Realloc (pymalloc_realloc): a pool block stays in place when the new size fits and
   * shrinks it by less than a quarter (4*nbytes > 3*size); otherwise it moves (malloc, copy,
   * free). A raw block stays with raw realloc even if the new size would fit a pool.
   */
  PyObject_Realloc(p: number, nbytes: number): number {
    if (p === 0) return this.PyObject_Malloc(nbytes);
    checkedSize(nbytes, 'PyObject_Realloc');
    let result: number;
    const d = p - K.ARENA_BASE;
    const k = Math.floor(d * this.invArenaSize);
    if (d >= 0 && k < this.maxarenas) {
      const bo = this.liveBlockOffset(p, k, 'PyObject_Realloc');
      const m = this.mem[k]!;
      const pool = bo - ((bo + this.ARENA_MISALIGNMENT) & this.POOL_SIZE_MASK);
      let size = INDEX2SIZE(this.layout, m[(pool >> 2) + H.SZIDX]!);
      if (nbytes <= size) {
        if (4 * nbytes > 3 * size) {
          if (this.debugChecks) this.debugCheck(p);
          return p;
        }
        size = nbytes;
      }
      result = this.PyObject_Malloc(nbytes);
      const src = new Uint8Array(m.buffer, bo, size);
      this.bytes(result, size).set(src);
      this.PyObject_Free(p);
      return result;
    }
    result = this.raw.realloc(p, nbytes, this.budget());
    if (this.debugChecks) this.debugCheck(result);
    return result;
  }

  // Since CPython 3.6 the PyMem_ domain (list item arrays, dict keys, ...) is served by pymalloc
  // too: these are the same allocator under the names CPython's object code calls.
  /** PyMem_Malloc: the same as PyObject_Malloc. */
  PyMem_Malloc(nbytes: number): number {
    return this.PyObject_Malloc(nbytes);
  }
  /** PyMem_Calloc: the same as PyObject_Calloc. */
  PyMem_Calloc(nelem: number, elsize: number): number {
    return this.PyObject_Calloc(nelem, elsize);
  }
  /** PyMem_Realloc: the same as PyObject_Realloc. */
  PyMem_Realloc(p: number, nbytes: number): number {
    return this.PyObject_Realloc(p, nbytes);
  }
  /** PyMem_Free: the same as PyObject_Free. */
  PyMem_Free(p: number): void {
    this.PyObject_Free(p);
  }

  /** Bytes counted against limitBytes: mapped arenas plus live raw chunks. */
  mappedBytes(): number {
    return this.narenas_currently_allocated * this.ARENA_SIZE + this.raw.bytesInUse;
  }

  /** sys.getallocatedblocks(). */
  getallocatedblocks(): number {
    return this.allocatedBlocks;
  }

  /** Usable size of a live block: its size class's block size, or a raw block's requested size. */
  blockSize(addr: number): number {
    const d = addr - K.ARENA_BASE;
    const k = Math.floor(d * this.invArenaSize);
    if (d >= 0 && k < this.maxarenas) {
      const bo = this.liveBlockOffset(addr, k, 'blockSize');
      const pool = bo - ((bo + this.ARENA_MISALIGNMENT) & this.POOL_SIZE_MASK);
      return INDEX2SIZE(this.layout, this.mem[k]![(pool >> 2) + H.SZIDX]!);
    }
    const n = this.raw.size(addr);
    if (n === undefined) throw new InvalidAddressError('blockSize', addr, 'is not an allocated block');
    return n;
  }

  /** The real bytes of a live block: a view of `n` bytes (default: the whole block). */
  bytes(addr: number, n?: number): Uint8Array {
    const d = addr - K.ARENA_BASE;
    const k = Math.floor(d * this.invArenaSize);
    if (d >= 0 && k < this.maxarenas) {
      const bo = this.liveBlockOffset(addr, k, 'bytes');
      const size = this.blockSize(addr);
      return new Uint8Array(this.mem[k]!.buffer, bo, n === undefined ? size : Math.min(n, size));
    }
    const data = this.raw.bytes(addr);
    if (data === undefined) throw new InvalidAddressError('bytes', addr, 'is not an allocated block');
    return n === undefined ? data : data.subarray(0, n);
  }

  /** True if addr is the start of a live block (pool or raw). */
  isAllocated(addr: number): boolean {
    const d = addr - K.ARENA_BASE;
    const k = Math.floor(d * this.invArenaSize);
    if (d >= 0 && k < this.maxarenas) {
      const bo = addr - this.arenaAddress[k]!;
      return this.arenaAddress[k] !== 0 && (bo | 0) === bo && (bo & this.BAD_BLOCK_OFFSET) === 0 && this.isBitSet(k, bo);
    }
    return this.raw.has(addr);
  }

  /** The text of sys._debugmallocstats()'s allocator part (_PyObject_DebugMallocStats). */
  debugmallocstats(): string {
    return debugmallocstats(this);
  }

  /** Arenas -> pools -> blocks, for drawings and the browser. */
  snapshot(): HeapSnapshot {
    return takeSnapshot(this);
  }

  /** A compact text picture of every arena and pool ({ blocks: true } adds every block). */
  heapMap(opts?: HeapMapOptions): string {
    return heapMap(this, opts);
  }

  /** Re-derive every count from the bytes; throws HeapCheckError at the first inconsistency. */
  check(): void {
    checkHeap(this);
  }

  /** What debugChecks runs after each operation that touched `addr`. */
  private debugCheck(addr: number): void {
    checkPoolAt(this, addr);
    if (--this.opsUntilFullCheck <= 0) {
      this.check();
      this.opsUntilFullCheck = carvedPools(this);
    }
  }

  // =====================================================================================
  // pymalloc proper
  // =====================================================================================

  /** pymalloc_alloc: 1 <= nbytes <= SMALL_REQUEST_THRESHOLD. */
  private pymalloc_alloc(nbytes: number): number {
    const size = (nbytes - 1) >> this.ALIGNMENT_SHIFT;
    const h = this.ringHeadWord[size]!; // the first used pool's header, as a word index
    if (h < 0) {
      // The ring holds only its fake header: no pool of this class has a free block.
      return this.allocate_from_new_pool(size);
    }
    return K.ARENA_BASE + this.pool_pop(size, h) * 8;
  }

  /**
   * pymalloc_alloc's fast path: pop the head of the free list of class `size`'s first used pool,
   * whose header is word h of ringHeadMem[size]. Returns the block's address code (addrcode.ts).
   */
  private pool_pop(size: number, h: number): number {
    const m = this.ringHeadMem[size]!; // the pool's arena
    m[h + H.COUNT] = m[h + H.COUNT]! + 1;
    const lo = m[h + H.FREEBLOCK]!;
    // bp's code, from its two words by integer operations (growArenas keeps every arena below
    // ARENA_BASE + 2^34, so hi - ARENA_BASE_HI < 4).
    const code = ((m[h + H.FREEBLOCK + 1]! - K.ARENA_BASE_HI) << 29) | (lo >>> 3);
    // bp's offset in its arena, from the low word alone: an arena never straddles 2^32.
    const bo = (lo - this.ARENA_MISALIGNMENT) & this.ARENA_SIZE_MASK;
    const bw = bo >> 2;
    const nlo = m[bw]!;
    const nhi = m[bw + 1]!;
    m[h + H.FREEBLOCK] = nlo;
    m[h + H.FREEBLOCK + 1] = nhi;
    if ((nlo | nhi) === 0) this.pymalloc_pool_extend(code, bo, m, h, size);
    const u = bo >> this.ALIGNMENT_SHIFT;
    const bi = this.BITMAP_WORD0 + (u >> 5);
    m[bi] = m[bi]! | (1 << (u & 31));
    return code;
  }

  /**
   * pymalloc_pool_extend: the pool's free list just ran dry. Carve the next virgin block if
   * there is one; otherwise the pool is full and leaves its usedpools ring.
   */
  private pymalloc_pool_extend(code: number, bo: number, m: Uint32Array, h: number, size: number): void {
    // `code` is the address code of the block just popped, `bo` its offset in its arena (all
    // small integers: an address would travel into this call in a heap-number box)
    const nextoffset = m[h + H.NEXTOFFSET]!;
    if (nextoffset <= m[h + H.MAXNEXTOFFSET]!) {
      // pool->freeblock = pool + nextoffset: the block's halves, its arena's words for the low one
      m[h + H.FREEBLOCK] = ((code << 3) >>> 0) - bo + (h << 2) + nextoffset;
      m[h + H.FREEBLOCK + 1] = K.ARENA_BASE_HI + (code >>> 29);
      m[h + H.NEXTOFFSET] = nextoffset + INDEX2SIZE(this.layout, size);
      const fw = h + (nextoffset >> 2);
      m[fw] = 0;
      m[fw + 1] = 0;
      return;
    }
    // used -> full: unlink from the ring. pool_pop only ever pops from the ring's first pool,
    // so prev is the fake header: its nextpool (the ring head) becomes next.
    const nlo = m[h + H.NEXTPOOL]!;
    const nhi = m[h + H.NEXTPOOL + 1]!;
    if (nhi < K.ARENA_BASE_HI) {
      // next is the fake header (static data, below every arena): the ring is now empty.
      const fake = this.usedpoolHeader[size]!;
      this.usedpools[size + size] = fake;
      this.usedpools[size + size + 1] = fake;
      this.ringHeadMem[size] = EMPTY_WORDS;
      this.ringHeadWord[size] = -1;
      return;
    }
    this.usedpools[size + size] = nhi * K.TWO32 + nlo;
    // next->prevpool = the fake header; next becomes the cached ring head. Its arena slot and
    // offset from its halves, as PyObject_Free does (a pool lies inside its slot's range).
    const nm = this.mem[((nhi - K.ARENA_BASE_HI) << this.SLOT_HI_SHIFT) + (nlo >>> this.ARENA_BITS)]!;
    const nw = ((nlo & this.ARENA_SIZE_MASK) - this.ARENA_MISALIGNMENT) >> 2;
    this.ringHeadMem[size] = nm;
    this.ringHeadWord[size] = nw;
    this.ringHeadLo[size] = nlo;
    this.ringHeadHi[size] = nhi;
    nm[nw + H.PREVPOOL] = m[h + H.PREVPOOL]!;
    nm[nw + H.PREVPOOL + 1] = m[h + H.PREVPOOL + 1]!;
  }

  /** allocate_from_new_pool: the class's ring is empty; take an empty pool or carve one. */
  private allocate_from_new_pool(size: number): number {
    if (this.usable_arenas === K.NONE) {
      const k = this.new_arena();
      this.usable_arenas = k;
      this.nextarena[k] = K.NONE;
      this.prevarena[k] = K.NONE;
      this.nfp2lasta[this.nfreepools[k]!] = k;
    }
    const ao = this.usable_arenas;
    // The head arena has the fewest free pools; after taking one it still has, so it stays at
    // the head and only nfp2lasta needs adjusting.
    const nf = this.nfreepools[ao]!;
    if (this.nfp2lasta[nf] === ao) this.nfp2lasta[nf] = K.NONE;
    if (nf > 1) this.nfp2lasta[nf - 1] = ao;

    const base = this.arenaAddress[ao]!;
    const m = this.mem[ao]!;
    let pool = this.freepools[ao]!;
    if (pool !== 0) {
      // Reuse an empty pool: it keeps its old header and free list.
      this.freepools[ao] = this.getPtr(m, ((pool - base) >> 2) + H.NEXTPOOL);
    } else {
      // Carve a new pool at the arena's high-water mark.
      pool = this.pool_address[ao]!;
      const h0 = (pool - base) >> 2;
      m[h0 + H.ARENAINDEX] = ao;
      m[h0 + H.SZIDX] = DUMMY_SIZE_IDX;
      this.pool_address[ao] = pool + this.POOL_SIZE;
    }
    this.nfreepools[ao] = nf - 1;
    if (nf - 1 === 0) {
      // The arena is now full: drop it from the head of usable_arenas.
      const next = this.nextarena[ao]!;
      this.usable_arenas = next;
      if (next !== K.NONE) this.prevarena[next] = K.NONE;
    }

    // init_pool: the pool becomes the only member of usedpools[size].
    const h = (pool - base) >> 2;
    const fake = this.usedpoolHeader[size]!;
    this.setPtr(m, h + H.NEXTPOOL, fake);
    this.setPtr(m, h + H.PREVPOOL, fake);
    this.set_ring_head(size, pool);
    this.usedpools[size + size + 1] = pool;
    m[h + H.COUNT] = 1;
    let bp: number;
    if (m[h + H.SZIDX] === size) {
      // Same class as before: the free list is intact, pop its head.
      bp = this.getPtr(m, h + H.FREEBLOCK);
      const bw = (bp - base) >> 2;
      m[h + H.FREEBLOCK] = m[bw]!;
      m[h + H.FREEBLOCK + 1] = m[bw + 1]!;
    } else {
      const blocksize = INDEX2SIZE(this.layout, size);
      m[h + H.SZIDX] = size;
      bp = pool + this.POOL_OVERHEAD;
      m[h + H.NEXTOFFSET] = this.POOL_OVERHEAD + 2 * blocksize;
      m[h + H.MAXNEXTOFFSET] = this.POOL_SIZE - blocksize;
      const fb = bp + blocksize;
      this.setPtr(m, h + H.FREEBLOCK, fb);
      const fw = (fb - base) >> 2;
      m[fw] = 0;
      m[fw + 1] = 0;
    }
    const u = (bp - base) >> this.ALIGNMENT_SHIFT;
    const bi = this.BITMAP_WORD0 + (u >> 5);
    m[bi] = m[bi]! | (1 << (u & 31));
    return bp;
  }

  /**
   * The address_in_range test plus our allocated-bit test: returns the block's byte offset in
   * arena k, or throws. `p` is known to fall in slot k's address range.
   */
  private liveBlockOffset(p: number, k: number, op: string): number {
    const base = this.arenaAddress[k]!;
    const bo = p - base;
    if (!this.address_in_range(p, k)) {
      throw new InvalidAddressError(op, p, 'is not in any pool of a live arena');
    }
    if ((bo & this.ALIGNMENT_MASK) !== 0 || !this.isBitSet(k, bo)) {
      throw new InvalidAddressError(op, p, 'is not an allocated block (double free or interior pointer)');
    }
    return bo;
  }

  /**
   * address_in_range: read the arenaindex of the pool p would be in (memory that may not be a
   * pool at all) and accept p if that arena exists and p lies inside it.
   * SIMPLIFICATION: addresses outside the arena address range never reach here; CPython would
   * read a header from a raw malloc block's page instead.
   */
  address_in_range(p: number, k: number): boolean {
    const base = this.arenaAddress[k]!;
    if (base === 0) return false;
    const bo = p - base;
    if (bo < 0 || bo >= this.ARENA_SIZE || !Number.isInteger(bo)) return false;
    const pool = bo - ((bo + this.ARENA_MISALIGNMENT) & this.POOL_SIZE_MASK);
    if (pool < 0) return false; // the alignment gap at the arena's start holds no pool
    const arenaindex = this.mem[k]![(pool >> 2) + H.ARENAINDEX]!;
    if (arenaindex >= this.maxarenas) return false;
    const a = this.arenaAddress[arenaindex]!;
    return a !== 0 && p - a >= 0 && p - a < this.ARENA_SIZE;
  }

  /**
   * pymalloc_free: p (= phi * 2^32 + plo) lies in arena slot k's address range. The allocated-bit
   * test stands in for address_in_range on this path: a set bit implies it (a bit is only ever
   * set in a carved pool of a live arena); when the bit is clear, liveBlockOffset runs the real
   * address_in_range to say what is wrong, and throws.
   */
  private pymalloc_free(plo: number, phi: number, k: number): void {
    const bo = (plo & this.ARENA_SIZE_MASK) - this.ARENA_MISALIGNMENT; // p's offset in its arena
    const m = this.mem[k]!; // EMPTY_WORDS if the slot has no arena: the bit reads as clear
    if ((bo & this.BAD_BLOCK_OFFSET) !== 0) this.liveBlockOffset(phi * K.TWO32 + plo, k, 'PyObject_Free'); // throws
    const u = bo >> this.ALIGNMENT_SHIFT;
    const bi = this.BITMAP_WORD0 + (u >> 5);
    const bit = 1 << (u & 31);
    const word = m[bi]!; // undefined (so the test below fails) only for a slot with no arena
    if ((word & bit) === 0) this.liveBlockOffset(phi * K.TWO32 + plo, k, 'PyObject_Free'); // throws
    m[bi] = word & ~bit;

    const poolOff = bo - ((bo + this.ARENA_MISALIGNMENT) & this.POOL_SIZE_MASK);
    const h = poolOff >> 2;
    const bw = bo >> 2;
    // Link p in front of the pool's free list.
    const lastLo = m[h + H.FREEBLOCK]!;
    const lastHi = m[h + H.FREEBLOCK + 1]!;
    m[bw] = lastLo;
    m[bw + 1] = lastHi;
    m[h + H.FREEBLOCK] = plo;
    m[h + H.FREEBLOCK + 1] = phi;
    const count = m[h + H.COUNT]! - 1;
    m[h + H.COUNT] = count;
    if ((lastLo | lastHi) === 0) {
      // full -> used: back into its ring, at the front.
      // The pool's address in halves: its arena, hence the pool, shares p's upper 32 bits.
      const poolLo = plo - bo + poolOff;
      this.insert_to_usedpool(m, h, poolLo, phi);
      return;
    }
    if (count !== 0) return; // stays used
    // used -> empty.
    this.insert_to_freepool(phi * K.TWO32 + (plo - bo + poolOff), k, m, h);
  }

  /**
   * insert_to_usedpool: link a pool that was full (= plo + phi * 2^32, header word h of m) at the
   * front of its class's ring. Works on the halves of addresses (ringHeadLo/Hi, fakeLo/Hi).
   */
  private insert_to_usedpool(m: Uint32Array, h: number, plo: number, phi: number): void {
    const size = m[h + H.SZIDX]!;
    const pool = phi * K.TWO32 + plo;
    // pool->nextpool = next (the ring head, or the fake header if the ring is empty), and
    // next->prevpool = pool
    const nw = this.ringHeadWord[size]!;
    if (nw >= 0) {
      m[h + H.NEXTPOOL] = this.ringHeadLo[size]!;
      m[h + H.NEXTPOOL + 1] = this.ringHeadHi[size]!;
      const nm = this.ringHeadMem[size]!;
      nm[nw + H.PREVPOOL] = plo;
      nm[nw + H.PREVPOOL + 1] = phi;
    } else {
      m[h + H.NEXTPOOL] = this.fakeLo[size]!;
      m[h + H.NEXTPOOL + 1] = this.fakeHi[size]!;
      this.usedpools[size + size + 1] = pool;
    }
    // pool->prevpool = the fake header, whose nextpool = pool: pool becomes the ring head.
    m[h + H.PREVPOOL] = this.fakeLo[size]!;
    m[h + H.PREVPOOL + 1] = this.fakeHi[size]!;
    this.usedpools[size + size] = pool;
    this.ringHeadMem[size] = m;
    this.ringHeadWord[size] = h;
    this.ringHeadLo[size] = plo;
    this.ringHeadHi[size] = phi;
  }

  /**
   * insert_to_freepool: the pool just became empty. Unlink it from its ring, push it on its
   * arena's freepools, then fix the arena's place in usable_arenas (or free the arena).
   */
  private insert_to_freepool(pool: number, ao: number, m: Uint32Array, h: number): void {
    const next = this.getPtr(m, h + H.NEXTPOOL);
    const prev = this.getPtr(m, h + H.PREVPOOL);
    this.set_nextpool(prev, next);
    this.set_prevpool(next, prev);
    this.setPtr(m, h + H.NEXTPOOL, this.freepools[ao]!);
    this.freepools[ao] = pool;

    let nf = this.nfreepools[ao]!;
    // If ao was the rightmost arena with nf free pools, that role passes to its left
    // neighbour when the neighbour has nf too, else to nobody.
    const lastnf = this.nfp2lasta[nf]!;
    if (lastnf === ao) {
      const p = this.prevarena[ao]!;
      this.nfp2lasta[nf] = p !== K.NONE && this.nfreepools[p] === nf ? p : K.NONE;
    }
    nf += 1;
    this.nfreepools[ao] = nf;

    // Case 1: the arena is wholly free. 3.7 frees it at once; 3.9+ only when another arena
    // follows it in usable_arenas (so a loop that fills and empties one arena does not thrash).
    if (
      nf === this.ntotalpools[ao] &&
      (this.layout.wholly_free_arena === 'free-at-once' || this.nextarena[ao] !== K.NONE)
    ) {
      this.unlinkUsableArena(ao);
      this.free_arena(ao);
      return;
    }
    // Case 2: the arena was full, so it was in no list; one free pool is the minimum.
    if (nf === 1) {
      this.nextarena[ao] = this.usable_arenas;
      this.prevarena[ao] = K.NONE;
      if (this.usable_arenas !== K.NONE) this.prevarena[this.usable_arenas] = ao;
      this.usable_arenas = ao;
      if (this.nfp2lasta[1] === K.NONE) this.nfp2lasta[1] = ao;
      return;
    }
    if (this.nfp2lasta[nf] === K.NONE) this.nfp2lasta[nf] = ao;
    // Case 4: ao was the rightmost arena with nf-1 free pools, so it is still in order.
    if (ao === lastnf) return;
    // Case 3: move ao right, to just after the rightmost arena with nf-1 free pools (this is
    // where 3.7's linear walk also stops: after every arena with fewer than nf free pools).
    // SIMPLIFICATION: 3.7 walks the list; we use 3.8's nfp2lasta for the same result in O(1).
    this.unlinkUsableArena(ao);
    const after = lastnf;
    const afterNext = this.nextarena[after]!;
    this.prevarena[ao] = after;
    this.nextarena[ao] = afterNext;
    if (afterNext !== K.NONE) this.prevarena[afterNext] = ao;
    this.nextarena[after] = ao;
  }

  private unlinkUsableArena(ao: number): void {
    const prev = this.prevarena[ao]!;
    const next = this.nextarena[ao]!;
    if (prev === K.NONE) this.usable_arenas = next;
    else this.nextarena[prev] = next;
    if (next !== K.NONE) this.prevarena[next] = prev;
  }

  /** Return arena slot ao's memory to the "OS" and put the slot on unused_arena_objects. */
  private free_arena(ao: number): void {
    this.nextarena[ao] = this.unused_arena_objects;
    this.unused_arena_objects = ao;
    // The JS buffer is kept for a later new_arena: allocating a fresh 256 KiB ArrayBuffer per
    // arena is costly (and external memory pressures the JS collector); it is zeroed on reuse.
    if ((this.spareWords.length + 1) * this.ARENA_SIZE <= SPARE_BYTES) {
      this.spareWords.push(this.mem[ao]!);
      this.spareDirty.push((this.pool_address[ao]! - this.arenaAddress[ao]!) >> 2);
    }
    this.arenaAddress[ao] = 0;
    this.mem[ao] = EMPTY_WORDS;
    this.narenas_currently_allocated--;
  }

  /**
   * new_arena: map a fresh arena into an unused arenas[] slot, growing the vector if needed.
   * SIMPLIFICATION: the "mmap" is a new zeroed ArrayBuffer at the slot's fixed address (real mmap
   * hands out descending, less predictable addresses). PYTHONMALLOCSTATS's report is the
   * onNewArena callback.
   */
  private new_arena(): number {
    if (this.onNewArena !== null) this.onNewArena(this);
    if (this.budget() < this.ARENA_SIZE) {
      throw new MemoryLimitError(`new_arena: memory limit of ${this.limitBytes} bytes reached`);
    }
    if (this.unused_arena_objects === K.NONE) this.growArenas();
    const k = this.unused_arena_objects;
    this.unused_arena_objects = this.nextarena[k]!;
    const address = K.ARENA_BASE + k * this.ARENA_SIZE + this.ARENA_MISALIGNMENT;
    this.arenaAddress[k] = address;
    const spare = this.spareWords.pop();
    if (spare !== undefined) {
      spare.fill(0, 0, this.spareDirty.pop()!);
      this.mem[k] = spare;
    } else {
      this.mem[k] = new Uint32Array((this.ARENA_SIZE >> 2) + this.BITS_WORDS_PER_ARENA);
    }
    this.freepools[k] = 0;
    const excess = address & this.POOL_SIZE_MASK; // address is < 2^53 but its low bits are exact
    this.pool_address[k] = excess === 0 ? address : address - excess + this.POOL_SIZE;
    this.nfreepools[k] = this.POOLS_PER_ARENA;
    this.ntotalpools[k] = this.POOLS_PER_ARENA;
    this.narenas_currently_allocated++;
    this.ntimes_arena_allocated++;
    if (this.narenas_currently_allocated > this.narenas_highwater) {
      this.narenas_highwater = this.narenas_currently_allocated;
    }
    if (this.layout.arena_map_stats) this.arena_map_mark_used(address);
    return k;
  }

  /** Grow arenas[] to 16 slots, then double; new slots go on unused_arena_objects in order. */
  private growArenas(): void {
    const old = this.maxarenas;
    // Address codes (addrcode.ts) cover ARENA_BASE .. ARENA_BASE + 2^34: no arena beyond.
    const cap = 2 ** 34 / this.ARENA_SIZE - 1;
    if (old >= cap) throw new MemoryLimitError('new_arena: the arena address range is exhausted');
    const n = Math.min(cap, old === 0 ? this.layout.INITIAL_ARENA_OBJECTS : old * 2);
    this.arenaAddress = growF64(this.arenaAddress, n);
    this.pool_address = growF64(this.pool_address, n);
    this.freepools = growF64(this.freepools, n);
    this.nfreepools = growI32(this.nfreepools, n);
    this.ntotalpools = growI32(this.ntotalpools, n);
    this.nextarena = growI32(this.nextarena, n);
    this.prevarena = growI32(this.prevarena, n);
    for (let i = old; i < n; i++) {
      this.mem.push(EMPTY_WORDS);
      this.nextarena[i] = i + 1 < n ? i + 1 : K.NONE;
      this.prevarena[i] = K.NONE;
    }
    this.unused_arena_objects = old;
    this.maxarenas = n;
  }

  /**
   * arena_map_mark_used (3.10+ radix tree): record the mid and bottom nodes that covering this
   * arena creates. 64-bit 3.11 splits an address as 15 (top) / 15 (mid) / 14 (bottom) / 20
   * (arena) bits; a misaligned arena also touches the node of its last byte. Nodes are never
   * freed, so only their counts matter.
   */
  private arena_map_mark_used(address: number): void {
    for (const a of [address, address + this.ARENA_SIZE - 1]) {
      this.arenaMapMidNodes.add(Math.floor(a / 2 ** 49));
      this.arenaMapBotNodes.add(Math.floor(a / 2 ** 34));
    }
  }

  /** Bytes that may still be mapped before limitBytes is reached. */
  private budget(): number {
    return this.limitBytes - this.narenas_currently_allocated * this.ARENA_SIZE - this.raw.bytesInUse;
  }

  private poolBytes(p: number, n: number): Uint8Array {
    const k = ((p - K.ARENA_BASE) * this.invArenaSize) | 0;
    return new Uint8Array(this.mem[k]!.buffer, p - this.arenaAddress[k]!, n);
  }

  // =====================================================================================
  // Pointer fields: 64-bit little-endian values in two u32 words
  // =====================================================================================

  private getPtr(m: Uint32Array, w: number): number {
    return m[w + 1]! * K.TWO32 + m[w]!;
  }

  private setPtr(m: Uint32Array, w: number, v: number): void {
    const lo = v >>> 0;
    m[w] = lo;
    m[w + 1] = (v - lo) * K.INV_TWO32;
  }

  /** usedpools[2*size] = pool (the ring's first pool), keeping ringHeadMem/ringHeadWord in step. */
  private set_ring_head(size: number, pool: number): void {
    this.usedpools[size + size] = pool;
    if (pool < K.ARENA_BASE) {
      this.ringHeadMem[size] = EMPTY_WORDS; // the ring is empty
      this.ringHeadWord[size] = -1;
      return;
    }
    const k = ((pool - K.ARENA_BASE) * this.invArenaSize) | 0;
    this.ringHeadMem[size] = this.mem[k]!;
    this.ringHeadWord[size] = (pool - this.arenaAddress[k]!) >> 2;
    const lo = pool >>> 0;
    this.ringHeadLo[size] = lo;
    this.ringHeadHi[size] = (pool - lo) * K.INV_TWO32;
  }

  /** pool->nextpool = v, where pool may be a class's fake ring header. */
  private set_nextpool(pool: number, v: number): void {
    if (pool < K.ARENA_BASE) {
      this.set_ring_head(usedpoolHeaderClass(pool), v);
      return;
    }
    const k = ((pool - K.ARENA_BASE) * this.invArenaSize) | 0;
    this.setPtr(this.mem[k]!, ((pool - this.arenaAddress[k]!) >> 2) + H.NEXTPOOL, v);
  }

  /** pool->prevpool = v, where pool may be a class's fake ring header. */
  private set_prevpool(pool: number, v: number): void {
    if (pool < K.ARENA_BASE) {
      this.usedpools[usedpoolHeaderClass(pool) * 2 + 1] = v;
      return;
    }
    const k = ((pool - K.ARENA_BASE) * this.invArenaSize) | 0;
    this.setPtr(this.mem[k]!, ((pool - this.arenaAddress[k]!) >> 2) + H.PREVPOOL, v);
  }

  // =====================================================================================
  // Introspection helpers (stats, snapshot, heap map, checker; never on a hot path)
  // =====================================================================================

  /** Decode the header of the pool at `pool` (which must lie in a live arena). */
  readPoolHeader(pool: number): PoolHeader {
    const k = this.arenaOf(pool);
    const m = this.mem[k]!;
    const h = (pool - this.arenaAddress[k]!) >> 2;
    return {
      count: m[h + H.COUNT]!,
      freeblock: this.getPtr(m, h + H.FREEBLOCK),
      nextpool: this.getPtr(m, h + H.NEXTPOOL),
      prevpool: this.getPtr(m, h + H.PREVPOOL),
      arenaindex: m[h + H.ARENAINDEX]!,
      szidx: m[h + H.SZIDX]!,
      nextoffset: m[h + H.NEXTOFFSET]!,
      maxnextoffset: m[h + H.MAXNEXTOFFSET]!,
    };
  }

  /** The address stored in the first word of the (free) block at `addr`. */
  readLink(addr: number): number {
    const k = this.arenaOf(addr);
    return this.getPtr(this.mem[k]!, (addr - this.arenaAddress[k]!) >> 2);
  }

  /** The arenas[] slot whose address range holds `addr` (a pool or block address). */
  arenaOf(addr: number): number {
    const k = Math.floor((addr - K.ARENA_BASE) * this.invArenaSize);
    if (k < 0 || k >= this.maxarenas || this.arenaAddress[k] === 0) {
      throw new InvalidAddressError('arenaOf', addr, 'is not in a live arena');
    }
    return k;
  }

  /** Address of the first pool of arena slot k (its address rounded up to POOL_SIZE). */
  firstPool(k: number): number {
    const a = this.arenaAddress[k]!;
    const excess = a % this.POOL_SIZE;
    return excess === 0 ? a : a - excess + this.POOL_SIZE;
  }

  /** Is the allocated bit of byte offset `bo` in arena slot k set? */
  isBitSet(k: number, bo: number): boolean {
    if (!(bo >= 0 && bo < this.ARENA_SIZE)) return false;
    const u = bo >> this.ALIGNMENT_SHIFT;
    const m = this.mem[k]!;
    const bi = this.BITMAP_WORD0 + (u >> 5);
    return bi < m.length && (m[bi]! & (1 << (u & 31))) !== 0;
  }

  /** Is `addr` the fake ring header of a size class? */
  isUsedpoolHeader(addr: number): boolean {
    const i = usedpoolHeaderClass(addr);
    return Number.isInteger(i) && i >= 0 && i < this.NB_SMALL_SIZE_CLASSES;
  }
}

/** The fake pool header of class i: 2 pointers before &usedpools[2*i]. */
export function usedpoolHeaderAddress(i: number): number {
  return USEDPOOLS_ADDRESS + 16 * i - 16;
}

function usedpoolHeaderClass(addr: number): number {
  return (addr - USEDPOOLS_ADDRESS + 16) / 16;
}

function checkedSize(n: number, op: string): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${op}: bad size ${n}`);
  if (n > MAX_REQUEST) throw new MemoryLimitError(`${op}(${n}): request too large`);
  return n;
}

function growF64(a: Float64Array, n: number): Float64Array<ArrayBuffer> {
  const b = new Float64Array(n);
  b.set(a);
  return b;
}

function growI32(a: Int32Array, n: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(n);
  b.set(a);
  return b;
}

