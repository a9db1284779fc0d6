// The raw malloc region: addresses, LIFO reuse per chunk size, realloc in place and moved,
// byte accounting against the limit.
import { describe, expect, it } from 'vitest';
import { ARENA_BASE, InvalidAddressError, Obmalloc, RAW_BASE, request2size } from '../../src/obmalloc/index.js';

describe('raw region', () => {
  it('hands out glibc-shaped, 16-byte aligned chunks far below the arenas', () => {
    const a = new Obmalloc({ debugChecks: true });
    const p = a.PyObject_Malloc(1000);
    const q = a.PyObject_Malloc(0);
    expect(p).toBe(RAW_BASE + 16);
    expect(q).toBe(p + request2size(1000));
    expect(p % 16).toBe(0); // user pointer = 16-aligned chunk + prev_size and size words
    expect(request2size(1)).toBe(32);
    expect(request2size(1000)).toBe(1008);
    expect(q).toBeLessThan(ARENA_BASE);
    expect(a.isAllocated(p)).toBe(true);
    expect(a.isAllocated(p + 8)).toBe(false);
    expect(a.isAllocated(q)).toBe(true);
  });

  it('reuses the most recently freed chunk of the same size', () => {
    const a = new Obmalloc({ debugChecks: true });
    const [x, y, z] = [a.PyObject_Malloc(800), a.PyObject_Malloc(800), a.PyObject_Malloc(2000)];
    a.PyObject_Free(x);
    a.PyObject_Free(y);
    expect(a.PyObject_Malloc(796)).toBe(y); // same chunk size: 816 bytes
    expect(a.PyObject_Malloc(3000)).toBeGreaterThan(z);
    expect(a.PyObject_Malloc(800)).toBe(x);
  });

  it('reallocs in place when shrinking or at the top, and moves otherwise', () => {
    const a = new Obmalloc({ debugChecks: true });
    const p = a.PyObject_Malloc(1000);
    a.bytes(p).fill(7);
    expect(a.PyObject_Realloc(p, 600)).toBe(p);
    expect(a.blockSize(p)).toBe(600);
    expect(a.PyObject_Realloc(p, 5000)).toBe(p); // last chunk carved: grows in place
    const q = a.PyObject_Malloc(700);
    const r = a.PyObject_Realloc(p, 9000); // no longer at the top: moves
    expect(r).not.toBe(p);
    expect([...a.bytes(r, 600)].every((b) => b === 7)).toBe(true);
    expect(() => a.PyObject_Free(p)).toThrow(InvalidAddressError);
    a.PyObject_Free(q);
    a.PyObject_Free(r);
    expect(a.getallocatedblocks()).toBe(0);
    expect(a.raw.bytesInUse).toBe(0);
  });

  it('isAllocated rejects interior and unaligned pool addresses', () => {
    const a = new Obmalloc({ debugChecks: true });
    const p = a.PyObject_Malloc(24);
    expect(a.isAllocated(p)).toBe(true);
    expect(a.isAllocated(p + 1)).toBe(false);
    expect(a.isAllocated(p + 8)).toBe(false);
    expect(a.isAllocated(p + 24)).toBe(false); // carved, on the free list
    expect(() => a.PyObject_Free(p + 1)).toThrow(InvalidAddressError);
  });
});
