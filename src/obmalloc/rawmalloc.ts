// The simulated C library malloc that PyMem_RawMalloc / PyMem_RawRealloc / PyMem_RawFree stand
// for: where requests of 0 bytes or over SMALL_REQUEST_THRESHOLD go (Objects/obmalloc.c,
// _PyMem_RawMalloc and friends). Start at RawMalloc.malloc.
//
// SIMPLIFICATION: this is a toy malloc, not glibc. It lives in its own address range (the
// "[heap]" of a Linux process, far below the mmap area where arenas live), so no raw address can
// ever be mistaken for pool memory. Chunks are glibc-shaped: 16-byte aligned, the user pointer 16
// bytes past the chunk start (prev_size and size words), request2size's sizes (n + 8 rounded up
// to 16, at least 32: a chunk in use may spill into the next chunk's prev_size word), and freed
// chunks are reused LIFO per chunk size,
// so a freed big block's address comes back for the next request of the same size, as glibc's
// tcache does. Memory is never coalesced or returned. Each live block's bytes are a lazily made
// Uint8Array holding a prefix of the block (the bytes past it read as zeros; bytes() makes the
// whole block); they do not survive free().

import { MemoryLimitError, InvalidAddressError } from './errors.js';

/** Start of the simulated brk heap (a typical glibc [heap] address for a PIE python). */
export const RAW_BASE = 0x5616_2a40_0000;
/** Size of the raw address range: it ends far below the arena range. */
export const RAW_SPAN = 2 ** 40;
/** Largest single request we accept (CPython: PY_SSIZE_T_MAX; here the range size). */
export const RAW_MAX_REQUEST = 2 ** 39;

/** glibc's SIZE_SZ: the per-chunk overhead counted in request2size. */
const SIZE_SZ = 8;
/** From a chunk's start to the user pointer (the prev_size and size words). */
const CHUNK_TO_MEM = 16;
const MIN_CHUNK = 32;

/** glibc's request2size: the chunk that holds `nbytes` user bytes. */
export function request2size(nbytes: number): number {
  const c = Math.ceil((nbytes + SIZE_SZ) / 16) * 16;
  return c < MIN_CHUNK ? MIN_CHUNK : c;
}

interface RawBlock {
  nbytes: number;
  chunk: number;
  /** the block's first data.length bytes (at most nbytes); the rest are zeros */
  data: Uint8Array | undefined;
}

export class RawMalloc {
  /** Live blocks by user address. */
  readonly blocks = new Map<number, RawBlock>();
  /** Freed chunk addresses by chunk size, most recently freed last (LIFO). */
  private readonly bins = new Map<number, number[]>();
  /** First never-used chunk address. */
  private top = RAW_BASE;
  /** Sum of chunk sizes of live blocks. */
  bytesInUse = 0;

  /** malloc(nbytes ? nbytes : 1); `budget` is how many more bytes may be taken. */
  malloc(nbytes: number, budget: number): number {
    if (nbytes === 0) nbytes = 1;
    if (nbytes > RAW_MAX_REQUEST) throw new MemoryLimitError(`malloc(${nbytes}): request too large`);
    const chunk = request2size(nbytes);
    if (chunk > budget) throw new MemoryLimitError(`malloc(${nbytes}): memory limit reached`);
    const bin = this.bins.get(chunk);
    let chunkAddr: number;
    if (bin !== undefined && bin.length > 0) {
      chunkAddr = bin.pop()!;
    } else {
      if (this.top + chunk > RAW_BASE + RAW_SPAN) throw new MemoryLimitError(`malloc(${nbytes}): raw region exhausted`);
      chunkAddr = this.top;
      this.top += chunk;
    }
    const addr = chunkAddr + CHUNK_TO_MEM;
    this.blocks.set(addr, { nbytes, chunk, data: undefined });
    this.bytesInUse += chunk;
    return addr;
  }

  free(addr: number, op = 'PyObject_Free'): void {
    const b = this.blocks.get(addr);
    if (b === undefined) throw new InvalidAddressError(op, addr, 'is not an allocated block (double free or foreign pointer)');
    this.blocks.delete(addr);
    this.bytesInUse -= b.chunk;
    const chunkAddr = addr - CHUNK_TO_MEM;
    let bin = this.bins.get(b.chunk);
    if (bin === undefined) {
      bin = [];
      this.bins.set(b.chunk, bin);
    }
    bin.push(chunkAddr);
  }

  /**
   * realloc: shrink in place; grow in place when the chunk is the last one carved; otherwise
   * move (malloc, copy, free). `budget` as for malloc.
   */
  realloc(addr: number, nbytes: number, budget: number): number {
    const b = this.blocks.get(addr);
    if (b === undefined) throw new InvalidAddressError('PyObject_Realloc', addr, 'is not an allocated block');
    if (nbytes === 0) nbytes = 1;
    if (nbytes > RAW_MAX_REQUEST) throw new MemoryLimitError(`realloc(${nbytes}): request too large`);
    const chunk = request2size(nbytes);
    const chunkAddr = addr - CHUNK_TO_MEM;
    if (chunk <= b.chunk || chunkAddr + b.chunk === this.top) {
      const grow = chunk - b.chunk;
      if (grow > 0) {
        if (grow > budget) throw new MemoryLimitError(`realloc(${nbytes}): memory limit reached`);
        this.top += grow;
        this.bytesInUse += grow;
        b.chunk = chunk;
      }
      b.data = resized(b.data, nbytes);
      b.nbytes = nbytes;
      return addr;
    }
    const dest = this.malloc(nbytes, budget);
    const nb = this.blocks.get(dest)!;
    if (b.data !== undefined) nb.data = resized(b.data, nbytes);
    this.free(addr, 'PyObject_Realloc');
    return dest;
  }

  has(addr: number): boolean {
    return this.blocks.has(addr);
  }

  /** The requested size of a live block (malloc(0) counts as 1). */
  size(addr: number): number | undefined {
    return this.blocks.get(addr)?.nbytes;
  }

  /** The live block's bytes (all nbytes of them), materialised on first use. */
  bytes(addr: number): Uint8Array | undefined {
    const b = this.blocks.get(addr);
    if (b === undefined) return undefined;
    const data = b.data;
    if (data === undefined) {
      b.data = new Uint8Array(b.nbytes);
    } else if (data.length < b.nbytes) {
      const whole = new Uint8Array(b.nbytes);
      whole.set(data);
      b.data = whole;
    }
    return b.data;
  }

  /** Chunk extent [start, end) of every live block, for the checker. */
  *chunks(): IterableIterator<{ addr: number; nbytes: number; start: number; end: number }> {
    for (const [addr, b] of this.blocks) {
      yield { addr, nbytes: b.nbytes, start: addr - CHUNK_TO_MEM, end: addr - CHUNK_TO_MEM + b.chunk };
    }
  }

  /** One past the highest chunk ever carved. */
  get highWater(): number {
    return this.top;
  }
}

/**
 * A block's materialised prefix after realloc to n bytes. Growing keeps it as it is: what a
 * grown block shows past its old size is zeros, as the bytes past a prefix read. So a block
 * grown in steps (a list's item array, from the 512-byte pool block it outgrew to megabytes)
 * copies nothing. Shrinking below the prefix cuts it.
 */
function resized(data: Uint8Array | undefined, n: number): Uint8Array | undefined {
  if (data === undefined || data.length <= n) return data;
  return data.slice(0, n);
}
