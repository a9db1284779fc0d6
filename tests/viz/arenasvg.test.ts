// The arena picture: every carved pool drawn with its blocks in their states, the script's
// own objects outlined, each block's tooltip naming what lives there, a legend.
import { describe, expect, it } from 'vitest';
import type { Interpreter } from '../../src/interp/interpreter.js';
import { takeArenaPicture } from '../../src/viz/pictures.js';
import { arenaPictureToSvg, blockFill, classHue } from '../../src/viz/arenasvg.js';
import { BLOCK_STATE } from '../../src/obmalloc/snapshot.js';
import { LAYOUT_311 } from '../../src/obmalloc/index.js';
import { run } from './helpers.js';

function pictureOf(source: string, layout?: typeof LAYOUT_311): { svg: string; pic: ReturnType<typeof takeArenaPicture>; out: string } {
  let result: { svg: string; pic: ReturnType<typeof takeArenaPicture> } | null = null;
  const r = run(source, {
    layout,
    setup: (I: Interpreter) => {
      I.exitHooks.beforeFinalize.push(() => {
        const pic = takeArenaPicture(I);
        result = { pic, svg: arenaPictureToSvg(pic, 'at exit') };
      });
    },
  });
  expect(r.err).toBe('');
  return { ...(result as unknown as { svg: string; pic: ReturnType<typeof takeArenaPicture> }), out: r.out };
}

const count = (s: string, re: RegExp): number => (s.match(re) ?? []).length;

describe('arena pictures', () => {
  const { svg, pic, out } = pictureOf('nums = [x * 1000 for x in range(300)]\nsmall = [nums, nums]\nprint(hex(id(nums)), hex(id(nums[5])))\n');

  it('draws one tile per pool and one rectangle per allocated or free block', () => {
    const pools = pic.heap.arenas.flatMap((a) => a.pools);
    const carved = pools.filter((p) => p.state !== 'uncarved').length;
    const bands = pic.heap.arenas.filter((a) => a.pools.some((p) => p.state === 'uncarved')).length;
    expect(count(svg, /<g class="pool /g)).toBe(carved + bands);
    const states = pools.flatMap((p) => [...p.blockStates]);
    expect(count(svg, /<rect class="block allocated/g)).toBe(states.filter((s) => s === BLOCK_STATE.allocated).length);
    expect(count(svg, /<rect class="block free/g)).toBe(states.filter((s) => s === BLOCK_STATE.free).length);
    const uncarved = [...svg.matchAll(/<g class="pool uncarved" data-count="(\d+)">/g)].reduce((a, m) => a + Number(m[1]), 0);
    expect(uncarved).toBe(pools.filter((p) => p.state === 'uncarved').length);
    expect(count(svg, /<g[ >]/g)).toBe(count(svg, /<\/g>/g));
  });

  it("names the script's objects in the tooltips and outlines them", () => {
    const [listAddr, intAddr] = (out.trim().split(' ')) as [string, string];
    expect(svg).toMatch(new RegExp(`<title>block 0x[0-9a-f]+ \\(\\d+ bytes\\): list at ${listAddr} \\(refcount 3\\)</title>`));
    expect(svg).toContain(`: int 5000 at ${intAddr} (refcount 1)</title>`);
    expect(svg).toMatch(/: item array of list at 0x[0-9a-f]+<\/title>/);
    // 299 ints (0 is immortal), the two lists, small's item array (nums's, 2400 bytes, is raw malloc)
    expect(count(svg, /class="block allocated student"/g)).toBe(302);
    expect(svg).toMatch(/class="block allocated student"[^>]*fill="hsl\(\d+,75%,27%\)"/);
  });

  it('colours pools by size class and blocks by state, and has a legend', () => {
    expect(classHue(0)).not.toBe(classHue(1));
    expect(blockFill(3, BLOCK_STATE.allocated)).not.toBe(blockFill(3, BLOCK_STATE.free));
    expect(blockFill(3, BLOCK_STATE.virgin)).toBe('#ffffff');
    expect(svg).toContain('<g class="legend">');
    for (const t of ['allocated block', 'free block (on the free list)', 'never used (past nextoffset)', "the script's own objects", 'pool header', 'pools never carved']) expect(svg).toContain(t);
    expect(blockFill(3, BLOCK_STATE.allocated, true)).not.toBe(blockFill(3, BLOCK_STATE.allocated));
    expect(svg).toMatch(/class \d+: 32-byte blocks/);
    expect(svg).toContain('arena 0 at 0x7f3a00000000');
    expect(svg).toContain('256 KiB arenas, 4 KiB pools, 8-byte classes');
  });

  it('draws a big heap pool by pool, by fill level', () => {
    const big = pictureOf('x = [[i] for i in range(20000)]\n');
    expect(big.pic.detailed).toBe(false);
    expect(count(big.svg, /<rect class="block/g)).toBe(0);
    expect(big.svg).toContain('a big heap: each pool filled to its');
    expect(big.pic.heap.arenas.length).toBeGreaterThan(1);
  });

  it('draws the 3.11 layout', () => {
    const p = pictureOf('x = 1\n', LAYOUT_311);
    expect(p.svg).toContain('1 MiB arenas, 16 KiB pools, 16-byte classes');
    expect(p.svg).toMatch(/\d+ pools never carved \(\d+ KiB\)/);
    expect(p.pic.heap.arenas[0]?.ntotalpools).toBeGreaterThanOrEqual(63);
  });
});
