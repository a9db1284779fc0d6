// The allocator drawn as a grid (--arena-svg): each arena a block of pool tiles, 8 to a row,
// each carved pool a tile of its blocks. The pool's size class gives the tile its colour; a
// block's state its shade: allocated (strong), free on the pool's free list (pale), never
// handed out (white). Every block's tooltip (<title>) says what lives there. Written directly
// as SVG (a grid needs no layout engine). No CPython counterpart; heapmap.ts is the text form.
//
// Start at arenaPictureToSvg. The drawing, per pool tile (TILE x TILE pixels):
//
//   +----------------------+  <- border in the class colour (dashed: empty pool)
//   |######################|  <- pool header (POOL_OVERHEAD bytes), dark strip
//   | ■ ■ ■ □ □ · · · · ·  |  <- blocks in address order, row by row, ceil(sqrt(n)) per row
//   | · · · · · · · · · ·  |     ■ allocated  □ free  · never used
//   +----------------------+
//    64 B  12/63             <- caption: block size, blocks in use / capacity
//
// The pools an arena has never carved are one hatched band after its carved pools.

import { BLOCK_STATE, type PoolSnapshot } from '../obmalloc/snapshot.js';
import type { ArenaPicture } from './pictures.js';
import { html } from './dot.js';

const TILE = 84;
const GAP = 14;
const CAPTION = 14;
const POOLS_PER_ROW = 8;
const MARGIN = 20;
const HEADER_STRIP = 5;

/** The hue of size class i: the golden angle apart, so neighbouring classes differ. */
export function classHue(szidx: number): number {
  return Math.round((szidx * 137.508 + 200) % 360);
}

/** Fill colours by block state for a class (asserted by tests/viz/arenasvg.test.ts). */
export function blockFill(szidx: number, state: number, student = false): string {
  const h = classHue(szidx);
  if (state === BLOCK_STATE.allocated) return student ? `hsl(${h},75%,27%)` : `hsl(${h},55%,58%)`;
  if (state === BLOCK_STATE.free) return `hsl(${h},70%,86%)`;
  return '#ffffff';
}

function esc(s: string): string {
  return html(s);
}

function poolTile(out: string[], p: PoolSnapshot, x: number, y: number, pic: ArenaPicture): void {
  const poolHeaderBytes = p.firstBlock - p.address;
  const addr = `0x${p.address.toString(16)}`;
  const h = classHue(p.szidx);
  const stroke = `hsl(${h},55%,35%)`;
  const dash = p.state === 'empty' ? ' stroke-dasharray="4 3"' : '';
  out.push(`<g class="pool ${p.state}" data-szidx="${p.szidx}">`);
  out.push(
    `<title>pool ${addr}: ${p.blockSize}-byte blocks (class ${p.szidx}), ${p.count}/${p.capacity} in use, ${p.state}` +
      `${p.freeList.length > 0 ? `; next free block 0x${p.freeList[0]!.toString(16)}` : ''}</title>`,
  );
  out.push(`<rect x="${x}" y="${y}" width="${TILE}" height="${TILE}" rx="3" fill="hsl(${h},40%,97%)" stroke="${stroke}" stroke-width="1.5"${dash}/>`);
  out.push(`<rect x="${x + 1}" y="${y + 1}" width="${TILE - 2}" height="${HEADER_STRIP}" fill="#455a64"><title>pool header: ${poolHeaderBytes} bytes (ref.count, freeblock, nextpool, prevpool, arenaindex, szidx, nextoffset, maxnextoffset)</title></rect>`);
  if (!pic.detailed) {
    // A big heap: the pool's fill level instead of its blocks.
    const fh = ((TILE - HEADER_STRIP - 6) * p.count) / Math.max(1, p.capacity);
    out.push(`<rect x="${x + 3}" y="${(y + TILE - 3 - fh).toFixed(2)}" width="${TILE - 6}" height="${fh.toFixed(2)}" fill="${blockFill(p.szidx, BLOCK_STATE.allocated)}"/>`);
    out.push(`<text x="${x + 2}" y="${y + TILE + 11}" class="caption">${p.blockSize} B · ${p.count}/${p.capacity}</text>`);
    out.push('</g>');
    return;
  }
  const inner = TILE - 6;
  const top = y + HEADER_STRIP + 3;
  const cols = Math.max(1, Math.ceil(Math.sqrt(p.capacity)));
  const rows = Math.max(1, Math.ceil(p.capacity / cols));
  const cw = inner / cols;
  const ch = (TILE - HEADER_STRIP - 6) / rows;
  const pad = cw > 4 ? 0.8 : 0.3;
  for (let i = 0; i < p.capacity; i++) {
    const state = p.blockStates[i]!;
    if (state === BLOCK_STATE.virgin) continue;
    const bx = x + 3 + (i % cols) * cw;
    const by = top + Math.floor(i / cols) * ch;
    const baddr = p.firstBlock + i * p.blockSize;
    const owner = pic.owners.get(baddr);
    const what = state === BLOCK_STATE.allocated ? (owner !== undefined ? owner.text : 'allocated (interpreter data)') : 'free (on the pool\'s free list)';
    out.push(
      `<rect class="block ${state === BLOCK_STATE.allocated ? 'allocated' : 'free'}${owner?.student === true ? ' student' : ''}" x="${(bx + pad / 2).toFixed(2)}" y="${(by + pad / 2).toFixed(2)}" ` +
        `width="${Math.max(0.5, cw - pad).toFixed(2)}" height="${Math.max(0.5, ch - pad).toFixed(2)}" fill="${blockFill(p.szidx, state, owner?.student === true)}">` +
        `<title>block 0x${baddr.toString(16)} (${p.blockSize} bytes): ${esc(what)}</title></rect>`,
    );
  }
  out.push(`<text x="${x + 2}" y="${y + TILE + 11}" class="caption">${p.blockSize} B · ${p.count}/${p.capacity}</text>`);
  out.push('</g>');
}

/** The SVG document for one arena picture. */
export function arenaPictureToSvg(pic: ArenaPicture, title: string): string {
  const snap = pic.heap;
  const body: string[] = [];
  let y = MARGIN + 44;
  const width = MARGIN * 2 + POOLS_PER_ROW * TILE + (POOLS_PER_ROW - 1) * GAP + 230;
  const classesSeen = new Map<number, number>();
  for (const ar of snap.arenas) {
    const n = { used: 0, full: 0, empty: 0, uncarved: 0 };
    for (const p of ar.pools) {
      n[p.state]++;
      if (p.state !== 'uncarved') classesSeen.set(p.szidx, p.blockSize);
    }
    body.push(`<g class="arena" data-index="${ar.index}">`);
    body.push(
      `<text x="${MARGIN}" y="${y}" class="arena-title">arena ${ar.index} at 0x${ar.address.toString(16)}</text>` +
        `<text x="${MARGIN}" y="${y + 15}" class="arena-sub">${n.used} used, ${n.full} full, ${n.empty} empty, ${n.uncarved} never carved pools${ar.usablePosition >= 0 ? ` · usable_arenas #${ar.usablePosition}` : ' · full arena'}</text>`,
    );
    y += 26;
    // Carved pools one tile each; the never-carved rest of the arena as one hatched band.
    const carved = ar.pools.filter((p) => p.state !== 'uncarved');
    carved.forEach((p, i) => {
      const col = i % POOLS_PER_ROW;
      const row = Math.floor(i / POOLS_PER_ROW);
      poolTile(body, p, MARGIN + col * (TILE + GAP), y + row * (TILE + GAP + CAPTION), pic);
    });
    y += Math.ceil(carved.length / POOLS_PER_ROW) * (TILE + GAP + CAPTION);
    if (n.uncarved > 0) {
      const bw = POOLS_PER_ROW * TILE + (POOLS_PER_ROW - 1) * GAP;
      body.push(
        `<g class="pool uncarved" data-count="${n.uncarved}"><title>${n.uncarved} pools from 0x${ar.poolAddress.toString(16)} never carved: the arena hands out its pools in address order</title>` +
          `<rect x="${MARGIN}" y="${y}" width="${bw}" height="26" rx="3" fill="url(#uncarved)" stroke="#cfd8dc"/>` +
          `<text x="${MARGIN + 10}" y="${y + 17}" class="arena-sub">${n.uncarved} pool${n.uncarved === 1 ? '' : 's'} never carved (${(n.uncarved * snap.poolSize) / 1024} KiB)</text></g>`,
      );
      y += 26 + GAP;
    }
    y += 16;
    body.push('</g>');
  }
  if (snap.arenas.length === 0) {
    body.push(`<text x="${MARGIN}" y="${y + 10}" class="arena-sub">no arenas: nothing allocated</text>`);
    y += 30;
  }
  let rawBytes = 0;
  for (const r of snap.raw) rawBytes += r.size;
  body.push(`<text x="${MARGIN}" y="${y}" class="arena-sub">raw malloc (requests over the small-block threshold): ${snap.raw.length} blocks, ${rawBytes.toLocaleString('en-US')} bytes</text>`);
  y += 20;

  // Legend, to the right of the grid.
  const lx = MARGIN + POOLS_PER_ROW * (TILE + GAP) + 10;
  const legend: string[] = ['<g class="legend">'];
  let ly = MARGIN + 44;
  legend.push(`<text x="${lx}" y="${ly}" class="arena-title">legend</text>`);
  ly += 16;
  const sample = [...classesSeen.keys()].sort((a, b) => a - b)[0] ?? 0;
  const swatch = (fill: string, text: string, extra = ''): void => {
    legend.push(`<rect x="${lx}" y="${ly - 9}" width="12" height="12" fill="${fill}"${extra.includes('stroke=') ? '' : ' stroke="#90a4ae"'}${extra}/><text x="${lx + 18}" y="${ly + 1}" class="legend-text">${esc(text)}</text>`);
    ly += 18;
  };
  swatch(blockFill(sample, BLOCK_STATE.allocated), 'allocated block (interpreter data)');
  swatch(blockFill(sample, BLOCK_STATE.free), 'free block (on the free list)');
  swatch('#ffffff', 'never used (past nextoffset)');
  swatch(blockFill(sample, BLOCK_STATE.allocated, true), "allocated: the script's own objects");
  swatch('#455a64', 'pool header');
  swatch('url(#uncarved)', 'pools never carved');
  swatch('#ffffff', 'empty pool (dashed)', ' stroke="#90a4ae" stroke-dasharray="3 2"');
  ly += 8;
  legend.push(`<text x="${lx}" y="${ly}" class="arena-title">size classes</text>`);
  ly += 16;
  for (const [szidx, size] of [...classesSeen.entries()].sort((a, b) => a[0] - b[0])) {
    swatch(blockFill(szidx, BLOCK_STATE.allocated), `class ${szidx}: ${size}-byte blocks`);
  }
  legend.push(
    pic.detailed
      ? `<text x="${lx}" y="${ly + 6}" class="legend-text">hover a block for what lives there</text>`
      : `<text x="${lx}" y="${ly + 6}" class="legend-text">a big heap: each pool filled to its</text><text x="${lx}" y="${ly + 20}" class="legend-text">share of blocks in use</text>`,
  );
  ly += 20;
  legend.push('</g>');
  const height = Math.max(y, ly) + MARGIN;
  const head = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif">`,
    '<defs><pattern id="uncarved" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f5f7f8"/><line x1="0" y1="0" x2="0" y2="6" stroke="#e0e6e9" stroke-width="3"/></pattern>',
    '<style>.arena-title{font-size:13px;font-weight:bold;fill:#263238}.arena-sub{font-size:11px;fill:#546e7a}.caption{font-size:9px;fill:#546e7a;font-family:Menlo,Consolas,monospace}.legend-text{font-size:11px;fill:#37474f}.title{font-size:16px;fill:#263238}</style></defs>',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${MARGIN}" y="${MARGIN + 8}" class="title"><tspan font-weight="bold">glasspy arenas</tspan> ${esc(title)}</text>`,
    `<text x="${MARGIN}" y="${MARGIN + 26}" class="arena-sub">${esc(pic.layoutDescription)}</text>`,
  ];
  return [...head, ...body, ...legend, '</svg>', ''].join('\n');
}
