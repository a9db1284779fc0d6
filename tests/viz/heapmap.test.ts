// glasspy.heapmap() prints the allocator's map (src/obmalloc/heapmap.ts) of the running heap,
// to sys.stdout, in order with print().
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('glasspy.heapmap', () => {
  it('prints the arena/pool map between the script\'s own lines', () => {
    const r = run('import glasspy\nprint("before")\nglasspy.heapmap()\nprint("after")\n');
    expect(r.status).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('before');
    expect(lines[1]).toBe('heap map: CPython 3.7.0-3.7.3 (64-bit) and 32-bit builds: 256 KiB arenas, 4 KiB pools, 8-byte classes');
    expect(r.out).toMatch(/\narena 0 at 0x7f3a00000000: \d+ used, \d+ full, \d+ empty, \d+ never carved; usable_arenas #0\n/);
    expect(r.out).toMatch(/\n {2}0x7f3a00000000 +\d+:[0-9#-]/);
    expect(r.out).toMatch(/\nraw malloc: \d+ blocks, [\d,]+ bytes requested\nafter\n$/);
  });

  it('shows the pools fill up as a script allocates, and every block with blocks=True', () => {
    const r = run([
      'import glasspy',
      'glasspy.heapmap()',
      'keep = [[i] for i in range(3000)]',
      'glasspy.heapmap(blocks=True)',
      '',
    ].join('\n'));
    expect(r.status).toBe(0);
    const maps = r.out.split('heap map: ').slice(1);
    expect(maps).toHaveLength(2);
    const pools = (m: string): number => [...m.matchAll(/arena \d+ at \S+ (\d+) used, (\d+) full/g)].reduce((a, x) => a + Number(x[1]) + Number(x[2]), 0);
    expect(pools(maps[1] as string)).toBeGreaterThan(pools(maps[0] as string) + 20);
    expect(maps[1]).toMatch(/\n {2}pool 0x[0-9a-f]+: \d+-byte blocks, \d+\/\d+ in use, /);
    expect(maps[1]).toMatch(/\n {4}0x[0-9a-f]+ [#._]+\n/);
  });

  it('is laid out for the 3.11 allocator too', async () => {
    const { LAYOUT_311 } = await import('../../src/obmalloc/index.js');
    const r = run('import glasspy\nglasspy.heapmap()\n', { layout: LAYOUT_311 });
    expect(r.out).toMatch(/^heap map: .*1 MiB arenas, 16 KiB pools, 16-byte classes/);
  });
});
