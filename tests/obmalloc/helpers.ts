// Shared helpers for the obmalloc tests.
import { type Obmalloc } from '../../src/obmalloc/index.js';

/** Address of the pool holding block p (pools are POOL_SIZE-aligned). */
export function poolOf(a: Obmalloc, p: number): number {
  return p - (p % a.POOL_SIZE);
}

/** The 8 bytes at `addr` in arena memory, read as a little-endian 64-bit pointer. */
export function readPointerBytes(a: Obmalloc, addr: number): number {
  const k = a.arenaOf(addr);
  const dv = new DataView(a.mem[k]!.buffer);
  return Number(dv.getBigUint64(addr - a.arenaAddress[k]!, true));
}

/** The 4 bytes at `addr` in arena memory, little-endian unsigned. */
export function readU32Bytes(a: Obmalloc, addr: number): number {
  const k = a.arenaOf(addr);
  const dv = new DataView(a.mem[k]!.buffer);
  return dv.getUint32(addr - a.arenaAddress[k]!, true);
}

/** Allocate n blocks of nbytes. */
export function mallocMany(a: Obmalloc, n: number, nbytes: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(a.PyObject_Malloc(nbytes));
  return out;
}
