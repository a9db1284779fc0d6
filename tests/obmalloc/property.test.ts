// Property test: long random sequences of malloc, calloc, realloc and free (singly and in bulk)
// against a simple model (address -> requested size and a fill byte), with the checker after
// every step. Checks that no two live blocks overlap, no block is lost, every live block keeps
// its bytes, the byte accounting adds up, and usable_arenas is in the order CPython 3.7's list
// walk gives (an oracle written from 3.7's code, without nfp2lasta).
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

function must(cond: boolean, msg: string): void {
  if (!cond) throw new Error(msg);
}

interface Live {
  size: number;
  fill: number;
}

/**
 * An independent oracle for the order of usable_arenas, following CPython 3.7's own code: after
 * a free, the arena walks right past every arena with fewer free pools (no nfp2lasta). It is
 * fed one allocator call at a time and compared with the real list after each.
 */
class ArenaOrderOracle {
  order: number[] = [];
  /** nfreepools per slot at the last step, -1 for a slot without an arena. */
  private counts = new Int32Array(0);
  private allocated = 0;

  constructor(readonly a: Obmalloc) {}

  private actual(): number[] {
    const out: number[] = [];
    for (let k = this.a.usable_arenas; k !== -1; k = this.a.nextarena[k]!) out.push(k);
    return out;
  }

  private snapshotCounts(): void {
    const a = this.a;
    if (this.counts.length !== a.maxarenas) this.counts = new Int32Array(a.maxarenas);
    for (let k = 0; k < a.maxarenas; k++) this.counts[k] = a.arenaAddress[k] !== 0 ? a.nfreepools[k]! : -1;
    this.allocated = a.ntimes_arena_allocated;
  }

  /** Forget history (after a realloc, which may both take and give back a pool). */
  resync(): void {
    this.order = this.actual();
    this.snapshotCounts();
  }

  /** Apply the effect of one malloc or free, then compare with the allocator. */
  step(): void {
    const a = this.a;
    const nf = (k: number) => a.nfreepools[k]!;
    const fail = (msg: string): never => {
      throw new Error(`${msg}: oracle ${JSON.stringify(this.order)}, allocator ${JSON.stringify(this.actual())}`);
    };
    if (a.ntimes_arena_allocated !== this.allocated) {
      // new_arena is only called when usable_arenas is empty.
      if (this.order.length !== 0) fail('a new arena while usable_arenas was not empty');
      let k = -1;
      for (let i = 0; i < a.maxarenas; i++) if (a.arenaAddress[i] !== 0 && (this.counts[i] ?? -1) === -1) k = i;
      this.order = nf(k) > 0 ? [k] : [];
    } else {
      let changed = false;
      for (let k = 0; k < this.counts.length; k++) {
        const before = this.counts[k]!;
        if (before === -1) continue;
        const now = a.arenaAddress[k] !== 0 ? nf(k) : -1;
        if (now === before) continue;
        changed = true;
        if (now === -1) {
          this.order = this.order.filter((x) => x !== k); // returned to the system
        } else if (now === before - 1) {
          if (this.order[0] !== k) fail(`a pool was taken from arena ${k}, not the head`);
          if (now === 0) this.order.shift();
        } else if (now === before + 1) {
          if (before === 0) {
            this.order.unshift(k);
          } else {
            let i = this.order.indexOf(k);
            this.order.splice(i, 1);
            while (i < this.order.length && nf(this.order[i]!) < now) i++;
            this.order.splice(i, 0, k);
          }
        } else {
          fail(`arena ${k} went from ${before} to ${now} free pools in one call`);
        }
      }
      if (!changed) return; // no pool changed hands: the list cannot have changed
    }
    const actual = this.actual();
    if (actual.length !== this.order.length || actual.some((k, i) => k !== this.order[i])) fail('usable_arenas order differs');
    this.snapshotCounts();
  }
}

class Model {
  readonly live = new Map<number, Live>();
  private nextFill = 1;
  readonly oracle: ArenaOrderOracle;

  constructor(readonly a: Obmalloc) {
    this.oracle = new ArenaOrderOracle(a);
    this.oracle.resync();
  }

  private stamp(p: number, size: number): void {
    const fill = this.nextFill;
    this.nextFill = (this.nextFill % 255) + 1;
    must(!this.live.has(p), `address ${p} handed out twice`);
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
        this.oracle.step();
        break;
      case 'calloc': {
        const p = a.PyObject_Calloc(o.nelem, o.elsize);
        this.oracle.step();
        const n = o.nelem * o.elsize;
        expect(a.bytes(p, n).every((b) => b === 0)).toBe(true);
        this.stamp(p, Math.max(n, 1));
        break;
      }
      case 'free': {
        const p = this.pick(o.pick);
        if (p === undefined) return;
        a.PyObject_Free(p);
        this.oracle.step();
        this.live.delete(p);
        break;
      }
      case 'realloc': {
        const p = this.pick(o.pick);
        if (p === undefined) return;
        const old = this.live.get(p)!;
        const q = a.PyObject_Realloc(p, o.size);
        this.oracle.resync();
        const kept = Math.min(old.size, o.size); // realloc(p, 0) keeps nothing
        expect(a.bytes(q, kept).every((b) => b === old.fill)).toBe(true);
        this.live.delete(p);
        this.stamp(q, Math.max(o.size, 1));
        break;
      }
      case 'bulkMalloc':
        for (let i = 0; i < o.n; i++) {
          this.stamp(a.PyObject_Malloc(o.size), o.size);
          this.oracle.step();
        }
        break;
      case 'bulkFree': {
        let i = 0;
        for (const p of [...this.live.keys()]) {
          if (i++ % o.every === o.offset % o.every) {
            a.PyObject_Free(p);
            this.oracle.step();
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
    must(a.getallocatedblocks() === this.live.size, `getallocatedblocks ${a.getallocatedblocks()} != ${this.live.size}`);
    // Every live block is allocated, big enough, keeps its bytes, and overlaps nothing.
    const spans: [number, number][] = [];
    let poolBytes = 0;
    for (const [p, b] of this.live) {
      must(a.isAllocated(p), `live block ${p} is not allocated`);
      const usable = a.blockSize(p);
      must(usable >= b.size, `block ${p} has ${usable} bytes, ${b.size} were asked for`);
      const bytes = a.bytes(p, b.size);
      must(bytes[0] === b.fill && bytes[b.size - 1] === b.fill, `block ${p} lost its contents`);
      spans.push([p, p + usable]);
      if (p >= ARENA_BASE) poolBytes += usable;
    }
    spans.sort((x, y) => x[0] - y[0]);
    for (let i = 1; i < spans.length; i++) must(spans[i]![0] >= spans[i - 1]![1], `blocks at ${spans[i - 1]![0]} and ${spans[i]![0]} overlap`);
    // The statistics account for every pool block's bytes.
    must(computeMallocStats(a).allocated_bytes === poolBytes, 'allocated_bytes does not match the live pool blocks');
  }
}

describe.each([LAYOUT_37, LAYOUT_311] as Layout[])('random malloc/realloc/free (layout $name)', (layout) => {
  it('agrees with the model after every step', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 40, maxLength: 200 }), (ops) => {
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
      { numRuns: Number(process.env.OBMALLOC_PROPERTY_RUNS ?? 100) },
    );
  });
});

type PoolOp = { kind: 'allocPools'; n: number } | { kind: 'freePool'; pick: number } | { kind: 'freeBlock'; pick: number };

const poolOp: fc.Arbitrary<PoolOp> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('allocPools' as const), n: fc.integer({ min: 1, max: 90 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('freePool' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('freeBlock' as const), pick: fc.nat() }) },
);

describe.each([LAYOUT_37, LAYOUT_311] as Layout[])('arena order under whole-pool churn (layout $name)', (layout) => {
  it('usable_arenas follows the 3.7 list walk after every call', () => {
    const per = Math.floor((layout.POOL_SIZE - layout.POOL_OVERHEAD) / 512);
    fc.assert(
      fc.property(fc.array(poolOp, { minLength: 30, maxLength: 80 }), (ops) => {
        const a = new Obmalloc({ layout });
        const oracle = new ArenaOrderOracle(a);
        oracle.resync();
        const pools = new Map<number, Set<number>>(); // pool address -> live 512-byte blocks
        const pickPool = (n: number) => [...pools.keys()][n % pools.size]!;
        for (const o of ops) {
          if (o.kind === 'allocPools') {
            for (let i = 0; i < o.n * per; i++) {
              const p = a.PyObject_Malloc(512);
              oracle.step();
              const pool = p - (p % layout.POOL_SIZE);
              if (!pools.has(pool)) pools.set(pool, new Set());
              pools.get(pool)!.add(p);
            }
          } else if (pools.size > 0) {
            const pool = pickPool(o.pick);
            const blocks = pools.get(pool)!;
            const victims = o.kind === 'freePool' ? [...blocks] : [[...blocks][o.pick % blocks.size]!];
            for (const p of victims) {
              a.PyObject_Free(p);
              oracle.step();
              blocks.delete(p);
            }
            if (blocks.size === 0) pools.delete(pool);
          }
          a.check();
        }
      }),
      { numRuns: Number(process.env.OBMALLOC_PROPERTY_RUNS ?? 100) },
    );
  });
});

