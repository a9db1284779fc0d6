// The CLI's teaching outputs: --heap-svg / --arena-svg files and --malloc-stats, installed on
// the interpreter before the script runs (RunMainOptions.setup). The pictures themselves are
// made by the core (src/viz: the graph, its Graphviz source, the arena SVG); this module only
// renders Graphviz source to SVG with @viz-js/viz (Graphviz compiled to WebAssembly) and writes
// files.
//
// File names: with no glasspy.snapshot() call, one picture at exit (just before finalization)
// is written to FILE itself. Each glasspy.snapshot(label) writes FILE-N-label.EXT instead
// (N counts the snapshots from 1; the label keeps letters, digits, '-' and '_'), and then no
// picture is taken at exit. A .dot heap file gets the Graphviz source instead of the SVG.

import { writeFileSync } from 'node:fs';
import type { Interpreter } from '../interp/interpreter.js';
import { newPictureState, takePicture, type Picture } from '../viz/pictures.js';
import { heapGraphToDot } from '../viz/dot.js';
import { arenaPictureToSvg } from '../viz/arenasvg.js';
import { debugmallocstats } from '../obmalloc/stats.js';
import type { Obmalloc } from '../obmalloc/obmalloc.js';

export interface PictureRequest {
  heapFile: string | null;
  arenaFile: string | null;
  mallocStats: boolean;
}

/** Renders Graphviz source to SVG (a loaded @viz-js/viz instance). */
export type DotRenderer = (dot: string) => string;

/** Loads Graphviz (WebAssembly) only when an SVG heap picture is asked for. */
export async function loadRenderer(req: PictureRequest): Promise<DotRenderer | null> {
  if (req.heapFile === null || req.heapFile.toLowerCase().endsWith('.dot')) return null;
  const { instance } = await import('@viz-js/viz');
  const viz = await instance();
  return (dot) => viz.renderString(dot, { format: 'svg', engine: 'dot' });
}

/** FILE.svg -> FILE-3-label.svg for snapshot 3; FILE.svg itself for the picture at exit. */
export function pictureFileName(file: string, p: Pick<Picture, 'index' | 'label'>): string {
  if (p.index === 0) return file;
  const dot = file.lastIndexOf('.');
  const slash = file.lastIndexOf('/');
  const [stem, ext] = dot > slash + 1 ? [file.slice(0, dot), file.slice(dot)] : [file, ''];
  const label = p.label.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '');
  return `${stem}-${p.index}${label === '' ? '' : '-' + label}${ext}`;
}

/** The new_arena callback of --malloc-stats: the statistics before each arena is mapped. */
export function mallocStatsAtNewArena(req: PictureRequest, write: (s: string) => void): ((heap: Obmalloc) => void) | undefined {
  return req.mallocStats ? (heap) => write(debugmallocstats(heap)) : undefined;
}

/** Installs the requested outputs on a fresh interpreter. */
export function installPictures(I: Interpreter, req: PictureRequest, render: DotRenderer | null, note: (s: string) => void): void {
  const rt = I.rt;
  if (req.mallocStats) {
    // As CPython with PYTHONMALLOCSTATS=1: the allocator's statistics each time an arena is
    // about to be allocated (mallocStatsAtNewArena, installed when the runtime is made), and
    // once more after finalization.
    // DIVERGENCE: the interpreter's start-up allocations are not simulated, so the reports
    // CPython prints while it starts (3 arenas for `python3 -c pass`) have no counterpart.
    I.exitHooks.afterFinalize.push(() => rt.stderr(debugmallocstats(rt.heap)));
  }
  if (req.heapFile === null && req.arenaFile === null) return;
  const heapFile = req.heapFile;
  const arenaFile = req.arenaFile;
  const st = newPictureState();
  st.wantHeap = heapFile !== null;
  st.wantArena = arenaFile !== null;
  st.sink = (p) => {
    if (heapFile !== null && p.heap !== null) {
      const dot = heapGraphToDot(p.heap);
      const name = pictureFileName(heapFile, p);
      writeFileSync(name, render === null ? dot : render(dot));
      note(`glasspy: heap picture written to ${name}\n`);
    }
    if (arenaFile !== null && p.arena !== null) {
      const name = pictureFileName(arenaFile, p);
      writeFileSync(name, arenaPictureToSvg(p.arena, p.index === 0 ? 'at exit' : `snapshot ${p.index}${p.label === '' ? '' : ` '${p.label}'`} (line ${p.line})`));
      note(`glasspy: arena picture written to ${name}\n`);
    }
  };
  I.pictures = st;
  I.exitHooks.beforeFinalize.push(() => {
    if (st.count === 0) takePicture(I, '', true);
  });
}
