// Basic behaviour of the simulated obmalloc: size classes, LIFO reuse, the raw region, realloc,
// calloc, and detected bad frees. Every test runs with the checker after each operation.
import { describe, expect, it } from 'vitest';
import {
  ARENA_BASE,
  InvalidAddressError,
  LAYOUT_37,
  LAYOUT_311,
  MemoryLimitError,
  Obmalloc,
  RAW_BASE,
  RAW_SPAN,
  type Layout,
} from '../../src/obmalloc/index.js';

const layouts: Layout[] = [LAYOUT_37, LAYOUT_311];

describe.each(layouts)('layout $name', (layout) => {
  const mk = () => new Obmalloc({ layout, debugChecks: true });

  it('places the first block right after the first pool header', () => {
    const a = mk();
    const p = a.PyObject_Malloc(8);
    const firstPool = layout.ARENA_MISALIGNMENT === 0 ? ARENA_BASE : ARENA_BASE + layout.POOL_SIZE;
    expect(p).toBe(firstPool + layout.POOL_OVERHEAD);
    expect(p % layout.ALIGNMENT).toBe(0);
    expect(p).toBeLessThan(2 ** 53);
  });

  it('maps request sizes to size classes at the boundaries', () => {
    const a = mk();
    const A = layout.ALIGNMENT;
    const cases: [number, number][] = [
      [1, A],
      [8, A],
      [9, 16],
      [16, 16],
      [17, A === 8 ? 24 : 32],
      [511, 512],
      [512, 512],
    ];
    for (const [req, size] of cases) {
      const p = a.PyObject_Malloc(req);
      expect(a.blockSize(p), `request ${req}`).toBe(size);
      expect(p).toBeGreaterThanOrEqual(ARENA_BASE);
    }
    // 0 and 513 bypass pymalloc: raw region, a different address range.
    const z = a.PyObject_Malloc(0);
    const big = a.PyObject_Malloc(513);
    for (const r of [z, big]) {
      expect(r).toBeGreaterThanOrEqual(RAW_BASE);
      expect(r).toBeLessThan(RAW_BASE + RAW_SPAN);
      expect(r).toBeLessThan(ARENA_BASE);
    }
    expect(a.blockSize(z)).toBe(1); // malloc(0) is malloc(1)
    expect(a.blockSize(big)).toBe(513);
    expect(a.getallocatedblocks()).toBe(cases.length + 2);
  });

  it('reuses the most recently freed block of a class (id([]) == id([]))', () => {
    const a = mk();
    const x = a.PyObject_Malloc(56);
    a.PyObject_Free(x);
    expect(a.PyObject_Malloc(56)).toBe(x);
    const b1 = a.PyObject_Malloc(40);
    const b2 = a.PyObject_Malloc(40);
    const b3 = a.PyObject_Malloc(40);
    a.PyObject_Free(b1);
    a.PyObject_Free(b3);
    expect(a.PyObject_Malloc(40)).toBe(b3);
    expect(a.PyObject_Malloc(40)).toBe(b1);
    expect(b2).toBe(b1 + a.blockSize(b1));
  });

  it('keeps a pool block in place on a small shrink and moves it otherwise', () => {
    const a = mk();
    const p = a.PyObject_Malloc(64);
    a.bytes(p).set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(a.PyObject_Realloc(p, 64)).toBe(p);
    expect(a.PyObject_Realloc(p, 49)).toBe(p); // 4*49 > 3*64
    const q = a.PyObject_Realloc(p, 48); // 4*48 == 3*64: moves, copies 48 bytes
    expect(q).not.toBe(p);
    expect(a.blockSize(q)).toBe(48);
    expect([...a.bytes(q, 10)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const r = a.PyObject_Realloc(q, 100); // grow: moves
    expect(a.blockSize(r)).toBe(layout.ALIGNMENT === 8 ? 104 : 112);
    expect([...a.bytes(r, 10)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const s = a.PyObject_Realloc(r, 2000); // to the raw region
    expect(s).toBeLessThan(ARENA_BASE);
    expect([...a.bytes(s, 10)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const t = a.PyObject_Realloc(s, 10); // raw stays raw
    expect(t).toBeLessThan(ARENA_BASE);
    expect(a.getallocatedblocks()).toBe(1);
    expect(a.PyObject_Realloc(0, 16)).toBeGreaterThanOrEqual(ARENA_BASE);
  });

  it('zeroes calloc memory even when reusing a dirty block', () => {
    const a = mk();
    const p = a.PyObject_Malloc(32);
    a.bytes(p).fill(0xab);
    a.PyObject_Free(p);
    const q = a.PyObject_Calloc(4, 8);
    expect(q).toBe(p);
    expect([...a.bytes(q)].every((b) => b === 0)).toBe(true);
    const r = a.PyObject_Calloc(100, 10);
    expect([...a.bytes(r)].every((b) => b === 0)).toBe(true);
    expect(() => a.PyObject_Calloc(2 ** 40, 2 ** 20)).toThrow(MemoryLimitError);
  });

  it('detects double frees, interior pointers and wild addresses', () => {
    const a = mk();
    const p = a.PyObject_Malloc(16);
    const q = a.PyObject_Malloc(16);
    a.PyObject_Free(p);
    expect(() => a.PyObject_Free(p)).toThrow(InvalidAddressError);
    expect(() => a.PyObject_Free(q + 8)).toThrow(InvalidAddressError);
    expect(() => a.PyObject_Free(q + 0.5)).toThrow(InvalidAddressError);
    expect(() => a.PyObject_Free(-q)).toThrow(InvalidAddressError);
    expect(() => a.PyObject_Free(q + 2 ** 40)).toThrow(InvalidAddressError);
    expect(() => a.PyObject_Free(q + layout.POOL_SIZE * 3)).toThrow(InvalidAddressError); // uncarved pool
    expect(() => a.PyObject_Free(ARENA_BASE + layout.ARENA_SIZE * 5)).toThrow(InvalidAddressError); // no arena
    expect(() => a.PyObject_Free(RAW_BASE + 4096)).toThrow(InvalidAddressError);
    expect(() => a.PyObject_Free(12345)).toThrow(InvalidAddressError);
    const r = a.PyObject_Malloc(1000);
    a.PyObject_Free(r);
    expect(() => a.PyObject_Free(r)).toThrow(InvalidAddressError);
    expect(() => a.blockSize(p)).toThrow(InvalidAddressError);
    expect(() => a.PyObject_Realloc(p, 8)).toThrow(InvalidAddressError);
    a.PyObject_Free(0); // no-op
    expect(a.getallocatedblocks()).toBe(1);
    a.check();
  });

  it('throws MemoryLimitError at the configured limit and stays consistent', () => {
    const a = new Obmalloc({ layout, limitBytes: layout.ARENA_SIZE + 4096, debugChecks: true });
    const live: number[] = [];
    expect(() => {
      for (;;) live.push(a.PyObject_Malloc(512));
    }).toThrow(MemoryLimitError);
    a.check();
    expect(a.getallocatedblocks()).toBe(live.length);
    const raw = a.PyObject_Malloc(2000); // fits the 4096 bytes left
    expect(() => a.PyObject_Malloc(5000)).toThrow(MemoryLimitError);
    for (const p of live) a.PyObject_Free(p);
    a.PyObject_Free(raw);
    expect(a.getallocatedblocks()).toBe(0);
  });

  it('serves the PyMem_ domain from the same pools', () => {
    const a = mk();
    const p = a.PyMem_Malloc(40);
    a.PyMem_Free(p);
    expect(a.PyObject_Malloc(40)).toBe(p);
    const q = a.PyMem_Calloc(2, 20);
    expect(a.PyMem_Realloc(q, 39)).toBe(q);
    expect(a.getallocatedblocks()).toBe(2);
  });
});
