import { describe, expect, it } from 'vitest';
import { Runtime, STATIC_BASE } from '../../src/objects/runtime.js';
import { ADDR_CODE_BASES, ADDR_NO_CODE, PyObject, addrCode, addrOfCode } from '../../src/objects/object.js';
import { ARENA_BASE, RAW_BASE } from '../../src/obmalloc/index.js';

describe('address codes (PyObject.ob_addrcode)', () => {
  it('are based on ARENA_BASE and STATIC_BASE', () => {
    expect(ADDR_CODE_BASES).toEqual([ARENA_BASE, STATIC_BASE]);
    expect(RAW_BASE).toBeGreaterThan(STATIC_BASE);
  });

  it('round-trip every address of both ranges, as small integers', () => {
    const addrs = [ARENA_BASE, ARENA_BASE + 8, ARENA_BASE + 0x4_0000 * 1000 + 48, ARENA_BASE + 2 ** 34 - 8, STATIC_BASE, STATIC_BASE + 16, RAW_BASE + 32, STATIC_BASE + 2 ** 34 - 16];
    for (const a of addrs) {
      const c = addrCode(a);
      expect(c).not.toBe(ADDR_NO_CODE);
      expect(c | 0).toBe(c);
      expect(addrOfCode(c)).toBe(a);
    }
  });

  it('have none for other addresses, which ob_addr still gives back', () => {
    const rt = new Runtime();
    for (const a of [0, 12, ARENA_BASE + 4, ARENA_BASE - 8, ARENA_BASE + 2 ** 34, STATIC_BASE - 8, STATIC_BASE + 2 ** 34 - 8, STATIC_BASE + 3]) {
      expect(addrCode(a)).toBe(ADDR_NO_CODE);
      const o = new PyObject(rt.types.object, a);
      expect(o.ob_addr).toBe(a);
      o.ob_addr = ARENA_BASE + 64;
      expect(o.ob_addr).toBe(ARENA_BASE + 64);
      expect(o.ob_addrcode).toBe(8);
      o.ob_addr = a;
      expect(o.ob_addr).toBe(a);
    }
  });

  it('id() of heap and static objects', () => {
    const rt = new Runtime();
    const i = rt.newInt(10 ** 6);
    expect(i.ob_addr).toBeGreaterThanOrEqual(ARENA_BASE);
    expect(rt.None.ob_addr).toBeGreaterThanOrEqual(STATIC_BASE);
    expect(rt.None.ob_addr).toBeLessThan(ARENA_BASE);
  });
});

describe('a list item array address (PyListObject.itemsCode)', () => {
  it('round-trips 0, heap, raw and codeless addresses', () => {
    const rt = new Runtime();
    const l = rt.newList([]);
    expect(l.itemsAddr).toBe(0);
    for (const a of [ARENA_BASE + 48, RAW_BASE + 16, ARENA_BASE, 12, 0, ARENA_BASE + 4096 + 64]) {
      l.itemsAddr = a;
      expect(l.itemsAddr).toBe(a);
    }
    const m = rt.newList([rt.newInt(1), rt.newInt(2)]);
    expect(rt.heap.isAllocated(m.itemsAddr)).toBe(true);
    expect(m.itemsCode | 0).toBe(m.itemsCode);
  });
});
