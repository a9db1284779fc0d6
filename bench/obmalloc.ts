// Benchmark (not a test) of the simulated obmalloc: alloc/free pairs per second over a realistic
// CPython size mix, first with an almost empty heap, then as churn with a million blocks live.
// Run: node bench/obmalloc-run.mjs   (bundles this file with esbuild and runs it under node)
import { LAYOUT_37, LAYOUT_311, Obmalloc, type Layout } from '../src/obmalloc/index.js';

/** Request sizes weighted like a CPython 3.11 heap running ordinary code (GC header included). */
const MIX: [size: number, weight: number][] = [
  [24, 10], // float
  [28, 12], // small int
  [32, 6],
  [40, 6], // 1-tuple (+GC header 56)
  [56, 10], // list object, 2-tuple
  [64, 8], // short str
  [72, 6],
  [80, 5],
  [104, 5], // instance, dict
  [120, 4],
  [160, 4],
  [224, 3],
  [280, 3],
  [360, 2],
  [472, 2],
  [512, 1],
  [700, 1], // raw malloc (list item arrays, big strings)
  [1200, 0.5],
];

function sizeTable(n: number, withRaw: boolean): Int32Array {
  const mix = withRaw ? MIX : MIX.filter(([s]) => s <= 512);
  const total = mix.reduce((s, [, w]) => s + w, 0);
  const t = new Int32Array(n);
  let seed = 12345;
  for (let i = 0; i < n; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    let r = (seed / 2 ** 32) * total;
    let size = mix[0]![0];
    for (const [s, w] of mix) {
      if (r < w) {
        size = s;
        break;
      }
      r -= w;
    }
    t[i] = size;
  }
  return t;
}

function pairs(layout: Layout, withRaw: boolean, n: number): number {
  const a = new Obmalloc({ layout });
  const sizes = sizeTable(1 << 16, withRaw);
  const keep: number[] = [];
  for (let i = 0; i < 1000; i++) keep.push(a.PyObject_Malloc(sizes[i]!)); // a little live data
  const t0 = performance.now();
  let x = 0;
  for (let i = 0; i < n; i++) {
    const p = a.PyObject_Malloc(sizes[i & 0xffff]!);
    x += p;
    a.PyObject_Free(p);
  }
  const dt = (performance.now() - t0) / 1000;
  if (x === 0) console.log('');
  return n / dt;
}

function churn(layout: Layout, withRaw: boolean, live: number, n: number): { rate: number; arenas: number } {
  const a = new Obmalloc({ layout });
  const sizes = sizeTable(1 << 20, withRaw);
  const slots = new Float64Array(live);
  for (let i = 0; i < live; i++) slots[i] = a.PyObject_Malloc(sizes[i & 0xfffff]!);
  let seed = 987654321;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    const j = seed % live;
    a.PyObject_Free(slots[j]!);
    slots[j] = a.PyObject_Malloc(sizes[(i + live) & 0xfffff]!);
  }
  const dt = (performance.now() - t0) / 1000;
  return { rate: n / dt, arenas: a.narenas_currently_allocated };
}

/**
 * A floor for comparison: the least a JS free-list allocator over the same bytes must do per
 * pair (one pool, one class, header count, 64-bit free-list links as two u32 words, the
 * allocated bit), with no rings, arenas or size classes.
 */
function minimalPairs(n: number): number {
  const BASE = 0x7f3a_0000_0000;
  const TWO32 = 4294967296;
  const m = new Uint32Array(1024 + 16);
  const setPtr = (w: number, v: number) => {
    m[w] = v >>> 0;
    m[w + 1] = Math.floor(v / TWO32);
  };
  setPtr(2, BASE + 48);
  for (let o = 48; o + 64 <= 4096; o += 32) setPtr(o >> 2, BASE + o + 32);
  const malloc = (): number => {
    m[0] = m[0]! + 1;
    const bp = m[3]! * TWO32 + m[2]!;
    const bw = (bp - BASE) >> 2;
    m[2] = m[bw]!;
    m[3] = m[bw + 1]!;
    const u = (bp - BASE) >> 3;
    m[1024 + (u >> 5)] = m[1024 + (u >> 5)]! | (1 << (u & 31));
    return bp;
  };
  const free = (p: number): void => {
    const bo = p - BASE;
    const u = bo >> 3;
    const w = m[1024 + (u >> 5)]!;
    if ((w & (1 << (u & 31))) === 0) throw new Error('bad free');
    m[1024 + (u >> 5)] = w & ~(1 << (u & 31));
    m[bo >> 2] = m[2]!;
    m[(bo >> 2) + 1] = m[3]!;
    const lo = p >>> 0;
    m[2] = lo;
    m[3] = (p - lo) / TWO32;
    m[0] = m[0]! - 1;
  };
  const t0 = performance.now();
  let x = 0;
  for (let i = 0; i < n; i++) {
    const p = malloc();
    x += p;
    free(p);
  }
  const dt = (performance.now() - t0) / 1000;
  if (x === 0) console.log('');
  return n / dt;
}

const fmt = (r: number) => `${(r / 1e6).toFixed(1)} M pairs/s`;
pairs(LAYOUT_37, true, 2_000_000); // warm up the JIT on both paths before measuring
pairs(LAYOUT_311, true, 2_000_000);
console.log(`floor: a minimal one-pool free list over the same bytes: ${fmt(minimalPairs(10_000_000))}`);
for (const layout of [LAYOUT_37, LAYOUT_311]) {
  for (const withRaw of [false, true]) {
    const mix = withRaw ? 'mix incl. 1.5% raw' : 'small-object mix';
    const p = pairs(layout, withRaw, 5_000_000);
    const c = churn(layout, withRaw, 1_000_000, 3_000_000);
    console.log(
      `layout ${layout.name.padEnd(4)} ${mix.padEnd(19)} | alloc/free pairs: ${fmt(p).padStart(16)} | ` +
        `churn, 1M live: ${fmt(c.rate).padStart(16)} (${c.arenas} arenas)`,
    );
  }
}
