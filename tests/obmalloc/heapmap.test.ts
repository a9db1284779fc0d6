// The heap map text and the structured snapshot it is drawn from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BLOCK_CHARS, BLOCK_STATE, LAYOUT_311, LAYOUT_37, Obmalloc, fillChar } from '../../src/obmalloc/index.js';
import { mallocMany, poolOf } from './helpers.js';

describe('heapMap()', () => {
  it('reproduces the example in the heapmap.ts header comment', () => {
    const src = readFileSync(new URL('../../src/obmalloc/heapmap.ts', import.meta.url), 'utf8');
    const lines = src.split('\n');
    const start = lines.findIndex((l) => l.startsWith('// Example')) + 3;
    const end = lines.findIndex((l, i) => i > start && !l.startsWith('//'));
    const example = lines.slice(start, end).map((l) => l.replace(/^\/\/( {3})?/, '')).join('\n') + '\n';
    const a = new Obmalloc({ layout: LAYOUT_37, debugChecks: true });
    mallocMany(a, 333, 16);
    a.PyObject_Malloc(32);
    mallocMany(a, 7, 64);
    mallocMany(a, 2, 600);
    expect(a.heapMap()).toBe(example);
  });

  it('uses the fill characters of its legend', () => {
    expect(fillChar({ state: 'full', count: 7, capacity: 7 })).toBe('#');
    expect(fillChar({ state: 'empty', count: 0, capacity: 7 })).toBe('-');
    expect(fillChar({ state: 'uncarved', count: 0, capacity: 0 })).toBe('.');
    expect(fillChar({ state: 'used', count: 1, capacity: 506 })).toBe('0');
    expect(fillChar({ state: 'used', count: 6, capacity: 7 })).toBe('8');
    expect(fillChar({ state: 'used', count: 505, capacity: 506 })).toBe('9');
  });

  it('shows empty pools, full arenas and several arenas (3.11 layout)', () => {
    const a = new Obmalloc({ layout: LAYOUT_311 });
    const blocks = mallocMany(a, 63 * 31 + 1, 512); // arena 0 full, one block in arena 1
    for (let i = 31; i < 62; i++) a.PyObject_Free(blocks[i]!); // second pool of arena 0 empty
    const map = a.heapMap();
    expect(map).toContain('arena 0 at 0x7f3a00001000: 0 used, 62 full, 1 empty, 0 never carved; usable_arenas #0\n');
    expect(map).toContain('arena 1 at 0x7f3a00101000: 1 used, 0 full, 0 empty, 62 never carved; usable_arenas #1\n');
    expect(map).toContain('  0x7f3a00004000  512:# 512:- 512:#');
    expect(map.split('\n').filter((l) => l.startsWith('  0x7f3a000')).length).toBe(4); // arena 0: 63 cells in rows of 16
  });
});

describe('heapMap({ blocks: true })', () => {
  it('draws every block of every carved pool', () => {
    const a = new Obmalloc({ layout: LAYOUT_37, debugChecks: true });
    const b = mallocMany(a, 10, 400);
    a.PyObject_Free(b[2]!);
    a.PyObject_Free(b[5]!);
    a.PyObject_Malloc(16);
    const map = a.heapMap({ blocks: true });
    expect(map).toContain('blocks: # allocated, . free (on the free list), _ never handed out\n');
    expect(map).toContain(
      [
        '  pool 0x7f3a00000000: 400-byte blocks, 8/10 in use, next 0x7f3a00000800',
        '    0x7f3a00000030 ##.##.####',
        '  pool 0x7f3a00001000: 16-byte blocks, 1/253 in use, next 0x7f3a00001040',
        '    0x7f3a00001030 #.' + '_'.repeat(62),
        '    0x7f3a00001430 ' + '_'.repeat(64),
      ].join('\n'),
    );
    expect(BLOCK_CHARS).toEqual({ allocated: '#', free: '.', virgin: '_' });
    expect(a.heapMap()).not.toContain('blocks:');
  });
});

describe('snapshot()', () => {
  it('describes arenas, pools and blocks with their states', () => {
    const a = new Obmalloc({ layout: LAYOUT_37 });
    const [b0, b1, b2] = mallocMany(a, 3, 100);
    a.PyObject_Free(b1!);
    const raw = a.PyObject_Malloc(1000);
    const s = a.snapshot();
    expect(s.layout).toBe('3.7');
    expect(s.allocatedBlocks).toBe(3);
    expect(s.arenas.length).toBe(1);
    const ar = s.arenas[0]!;
    expect(ar.pools.length).toBe(64);
    expect(ar.pools.filter((p) => p.state === 'uncarved').length).toBe(63);
    const pool = ar.pools[0]!;
    expect(pool.address).toBe(poolOf(a, b0!));
    expect(pool.state).toBe('used');
    expect(pool.szidx).toBe(12);
    expect(pool.blockSize).toBe(104);
    expect(pool.capacity).toBe(38);
    expect(pool.count).toBe(2);
    expect([...pool.blockStates.slice(0, 6)]).toEqual([
      BLOCK_STATE.allocated,
      BLOCK_STATE.free,
      BLOCK_STATE.allocated,
      BLOCK_STATE.free, // carved but never handed out
      BLOCK_STATE.virgin,
      BLOCK_STATE.virgin,
    ]);
    expect(pool.freeList).toEqual([b1, b2! + 104]);
    expect(pool.firstBlock + 2 * pool.blockSize).toBe(b2);
    expect(s.usedpools[12]).toEqual([pool.address]);
    expect(s.usableArenas).toEqual([0]);
    expect(s.raw).toEqual([{ address: raw, size: 1000 }]);
    expect(ar.freepools).toEqual([]);
    expect(a.mappedBytes()).toBe(262144 + 1008);
    // Empty two pools: they are listed most recently emptied first.
    const x = a.PyObject_Malloc(200);
    const y = a.PyObject_Malloc(300);
    a.PyObject_Free(x);
    a.PyObject_Free(y);
    expect(a.snapshot().arenas[0]!.freepools).toEqual([poolOf(a, y), poolOf(a, x)]);
  });
});
