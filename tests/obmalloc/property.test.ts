// Property test: long random sequences of malloc, calloc, realloc and free (singly and in bulk)
// against a simple model (address -> requested size and a fill byte), with the checker after
// every step. Checks that no two live blocks overlap, no block is lost, every live block keeps
// its bytes, and the byte accounting adds up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARENA_BASE,
  LAYOUT_37,
  LAYOUT_311,
  Obmalloc,
  computeMallocStats,
  type Layout,
} from '../../src/obmalloc/index.js';

type Op =
  | { kind: 'malloc'; size: number }
  | { kind: 'calloc'; nelem: number; elsize: number }
  | { kind: 'free'; pick: number }
  | { kind: 'realloc'; pick: number; size: number }
  | { kind: 'bulkMalloc'; n: number; size: number }
  | { kind: 'bulkFree'; every: number; offset: number };

const size = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 512 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, 1, 8, 9, 16, 17, 24, 48, 511, 512, 513) },
  { weight: 1, arbitrary: fc.integer({ min: 513, max: 5000 }) },
);

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('malloc' as const), size }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('calloc' as const),
      nelem: fc.integer({ min: 0, max: 70 }),
      elsize: fc.integer({ min: 0, max: 16 }),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('free' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('realloc' as const), pick: fc.nat(), size }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('bulkMalloc' as const),
      n: fc.integer({ min: 50, max: 1500 }),
      size: fc.integer({ min: 1, max: 512 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('bulkFree' as const),
      every: fc.integer({ min: 1, max: 4 }),
      offset: fc.nat({ max: 3 }),
    }),
  },
);

interface Live {
  size: number;
  fill: number;
}

class Model {
  readonly live = new Map<number, Live>();
  private nextFill = 1;

  constructor(readonly a: Obmalloc) {}

  private stamp(p: number, size: number): void {
    const fill = this.nextFill;
    this.nextFill = (this.nextFill % 255) + 1;
    expect(this.live.has(p), `address ${p} handed out twice`).toBe(false);
    this.a.bytes(p, size).fill(fill);
    this.live.set(p, { size, fill });
  }

  private pick(n: number): number | undefined {
    if (this.live.size === 0) return undefined;
    let i = n % this.live.size;
    for (const p of this.live.keys()) if (i-- === 0) return p;
    return undefined;
  }

  run(o: Op): void {
    const a = this.a;
    switch (o.kind) {
      case 'malloc':
        this.stamp(a.PyObject_Malloc(o.size), Math.max(o.size, 1));
        break;
      case 'calloc': {
        const p = a.PyObject_Calloc(o.nelem, o.elsize);
        const n = o.nelem * o.elsize;
        expect(a.bytes(p, n).every((b) => b === 0)).toBe(true);
        this.stamp(p, Math.max(n, 1));
        break;
      }
      case 'free': {
        const p = this.pick(o.pick);
        if (p === undefined) return;
        a.PyObject_Free(p);
        this.live.delete(p);
        break;
      }
      case 'realloc': {
        const p = this.pick(o.pick);
        if (p === undefined) return;
        const old = this.live.get(p)!;
        const q = a.PyObject_Realloc(p, o.size);
        const kept = Math.min(old.size, o.size); // realloc(p, 0) keeps nothing
        expect(a.bytes(q, kept).every((b) => b === old.fill)).toBe(true);
        this.live.delete(p);
        this.stamp(q, Math.max(o.size, 1));
        break;
      }
      case 'bulkMalloc':
        for (let i = 0; i < o.n; i++) this.stamp(a.PyObject_Malloc(o.size), o.size);
        break;
      case 'bulkFree': {
        let i = 0;
        for (const p of [...this.live.keys()]) {
          if (i++ % o.every === o.offset % o.every) {
            a.PyObject_Free(p);
            this.live.delete(p);
          }
        }
        break;
      }
    }
  }

  verify(): void {
    const a = this.a;
    a.check();
    expect(a.getallocatedblocks()).toBe(this.live.size);
    // Every live block is allocated, big enough, keeps its bytes, and overlaps nothing.
    const spans: [number, number][] = [];
    let poolBytes = 0;
    for (const [p, b] of this.live) {
      expect(a.isAllocated(p)).toBe(true);
      const usable = a.blockSize(p);
      expect(usable).toBeGreaterThanOrEqual(b.size);
      const bytes = a.bytes(p, b.size);
      expect(bytes[0]).toBe(b.fill);
      expect(bytes[b.size - 1]).toBe(b.fill);
      spans.push([p, p + usable]);
      if (p >= ARENA_BASE) poolBytes += usable;
    }
    spans.sort((x, y) => x[0] - y[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
    // The statistics account for every pool block's bytes.
    expect(computeMallocStats(a).allocated_bytes).toBe(poolBytes);
  }
}

describe.each([LAYOUT_37, LAYOUT_311] as Layout[])('random malloc/realloc/free (layout $name)', (layout) => {
  it('agrees with the model after every step', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 120 }), (ops) => {
        const m = new Model(new Obmalloc({ layout }));
        for (const o of ops) {
          m.run(o);
          m.verify();
        }
        // Free everything: all arenas but (3.9+) one go back.
        m.run({ kind: 'bulkFree', every: 1, offset: 0 });
        m.verify();
        const s = computeMallocStats(m.a);
        expect(s.allocated_bytes).toBe(0);
        expect(m.a.narenas_currently_allocated).toBeLessThanOrEqual(layout.wholly_free_arena === 'keep-if-last' ? 1 : 0);
      }),
      { numRuns: Number(process.env.OBMALLOC_PROPERTY_RUNS ?? 40) },
    );
  });
});
