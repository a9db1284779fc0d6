// The checker: a healthy heap passes; each kind of corruption is reported, first inconsistency
// first, as a HeapCheckError naming what is wrong.
import { describe, expect, it } from 'vitest';
import { HeapCheckError, LAYOUT_37, NUMBLOCKS, Obmalloc } from '../../src/obmalloc/index.js';
import { mallocMany, poolOf } from './helpers.js';

function writeU32(a: Obmalloc, addr: number, v: number): void {
  const k = a.arenaOf(addr);
  new DataView(a.mem[k]!.buffer).setUint32(addr - a.arenaAddress[k]!, v, true);
}

function writePointer(a: Obmalloc, addr: number, v: number): void {
  const k = a.arenaOf(addr);
  new DataView(a.mem[k]!.buffer).setBigUint64(addr - a.arenaAddress[k]!, BigInt(v), true);
}

/** A heap with used, full and empty pools in two arenas. */
function heap(): { a: Obmalloc; small: number[]; big: number[] } {
  const a = new Obmalloc({ layout: LAYOUT_37 });
  const small = mallocMany(a, 20, 16);
  const big = mallocMany(a, 64 * 7, 512); // fills the rest of arena 0 and spills into arena 1
  for (let i = 7; i < 14; i++) a.PyObject_Free(big[i]!); // one empty pool
  a.PyObject_Free(small[3]!);
  a.PyObject_Free(small[5]!);
  return { a, small, big };
}

const expectCheck = (a: Obmalloc, msg: RegExp) => {
  expect(() => a.check()).toThrow(HeapCheckError);
  expect(() => a.check()).toThrow(msg);
};

describe('check()', () => {
  it('passes on a healthy heap', () => {
    const { a } = heap();
    expect(a.narenas_currently_allocated).toBe(2);
    a.check();
  });

  it('finds a free-list link out of its pool', () => {
    const { a, small } = heap();
    writePointer(a, small[5]!, small[0]! + 4096);
    expectCheck(a, /free list reaches/);
  });

  it('finds a free-list cycle', () => {
    const { a, small } = heap();
    writePointer(a, small[3]!, small[5]!); // small[5] -> small[3] -> small[5]
    expectCheck(a, /free list has a cycle|free list reaches/);
  });

  it('finds a wrong ref.count', () => {
    const { a, small } = heap();
    writeU32(a, poolOf(a, small[0]!), 7);
    expectCheck(a, /ref\.count 7 but 18 blocks are allocated/);
  });

  it('finds a lost block (allocated bit cleared, block on no list)', () => {
    const { a, small } = heap();
    const k = a.arenaOf(small[0]!);
    const u = (small[0]! - a.arenaAddress[k]!) >> a.ALIGNMENT_SHIFT;
    a.mem[k]![a.BITMAP_WORD0 + (u >> 5)]! &= ~(1 << (u & 31));
    expectCheck(a, /ref\.count 18 but 17 blocks are allocated/);
  });

  it('finds a wrong arenaindex', () => {
    const { a, small } = heap();
    writeU32(a, poolOf(a, small[0]!) + 32, 3);
    expectCheck(a, /has arenaindex 3/);
  });

  it('finds a used pool missing from its ring', () => {
    const { a } = heap();
    const fake = a.usedpoolHeader[1]!;
    a.usedpools[2] = fake;
    a.usedpools[3] = fake;
    expectCheck(a, /used pool .* is in no usedpools ring/);
  });

  it('finds a broken prevpool link', () => {
    const { a, small } = heap();
    writePointer(a, poolOf(a, small[0]!) + 24, 0x1234);
    expectCheck(a, /prevpool/);
  });

  it('finds usable_arenas out of order', () => {
    const { a, big } = heap();
    // Give arena 1 a free pool too, then swap the two arenas in the list.
    expect(a.snapshot().usableArenas).toEqual([0, 1]);
    void big;
    const [x, y] = [0, 1];
    a.usable_arenas = y;
    a.prevarena[y] = -1;
    a.nextarena[y] = x;
    a.prevarena[x] = y;
    a.nextarena[x] = -1;
    expectCheck(a, /usable_arenas out of order/);
  });

  it('finds a wrong nfp2lasta entry', () => {
    const { a } = heap();
    a.nfp2lasta[1] = 1;
    expectCheck(a, /nfp2lasta\[1\]/);
  });

  it('finds a wrong nfreepools', () => {
    const { a } = heap();
    a.nfreepools[0] = a.nfreepools[0]! + 1;
    expectCheck(a, /nfreepools/);
  });

  it('finds a wrong block counter', () => {
    const { a } = heap();
    a.allocatedBlocks++;
    expectCheck(a, /_Py_AllocatedBlocks/);
  });

  it('finds an empty pool that is not on freepools', () => {
    const { a } = heap();
    a.freepools[0] = 0;
    expectCheck(a, /nfreepools|not on its arena's freepools/);
  });

  it('runs after every operation with debugChecks', () => {
    const a = new Obmalloc({ layout: LAYOUT_37, debugChecks: true });
    const p = a.PyObject_Malloc(32);
    const q = a.PyObject_Malloc(32);
    writeU32(a, poolOf(a, p), 5); // corrupt ref.count
    expect(() => a.PyObject_Free(q)).toThrow(HeapCheckError);
    expect(NUMBLOCKS(LAYOUT_37, 3)).toBe(126);
  });

  it('debugChecks finds a corrupted free list at the next operation on that pool', () => {
    const a = new Obmalloc({ layout: LAYOUT_37, debugChecks: true });
    const [p, q] = mallocMany(a, 3, 64); // the third keeps the arena alive
    a.PyObject_Free(p!);
    writePointer(a, p!, p! + 8); // the link now points into the middle of a block
    expect(() => a.PyObject_Free(q!)).toThrow(/free list reaches/);
  });

  it('debugChecks finds a non-local inconsistency within N operations', () => {
    const a = new Obmalloc({ layout: LAYOUT_37, debugChecks: true });
    mallocMany(a, 2000, 100); // 53 carved pools
    a.nfp2lasta[5] = 0; // nothing local to any pool
    expect(() => mallocMany(a, 60, 8)).toThrow(/nfp2lasta\[5\]/);
  });
});
