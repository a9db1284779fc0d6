// The heap pictures: the graph glasspy.snapshot records (roots, objects with their refcounts,
// labelled references, untracked objects, the garbage cluster), its Graphviz source, and one
// rendering through @viz-js/viz (Graphviz in WebAssembly, as the CLI uses it).
import { describe, expect, it } from 'vitest';
import { instance } from '@viz-js/viz';
import type { Interpreter } from '../../src/interp/interpreter.js';
import type { Picture } from '../../src/viz/pictures.js';
import type { GraphNode, HeapGraph } from '../../src/viz/heapgraph.js';
import { heapGraphToDot, STYLE_BY_KIND } from '../../src/viz/dot.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './helpers.js';

const SCRIPT = [
  'import gc, sys, glasspy',
  'class Node:',
  '    def __init__(self, value):',
  '        self.value = value',
  '        self.next = None',
  'def build(n):',
  '    head = None',
  '    for i in range(n):',
  '        node = Node(i * 1000)',
  '        node.next = head',
  '        head = node',
  '    glasspy.snapshot("inside build")',
  '    return head',
  'lst = build(3)',
  'ages = {"ada": 36, "alan": 41}',
  'pair = (lst, ages)',
  'a = Node("a"); b = Node("b"); a.next = b; b.next = a',
  'del a, b',
  'glasspy.snapshot("cycle")',
  'print(sys.getrefcount(lst) - 1, sys.getrefcount(ages) - 1, sys.getrefcount(pair) - 1)',
  'print(gc.is_tracked(ages), gc.is_tracked(pair))',
  'gc.collect()',
  'glasspy.snapshot("after collect")',
  '',
].join('\n');

function pictures(source: string): { pics: Picture[]; out: string } {
  let interp: Interpreter | null = null;
  const r = run(source, { setup: (I) => { interp = I; } });
  expect(r.err).toBe('');
  const I = interp as unknown as Interpreter;
  return { pics: I.pictures?.taken ?? [], out: r.out };
}

function byType(g: HeapGraph, type: string): GraphNode[] {
  return g.nodes.filter((n) => n.type === type);
}

describe('heap pictures', () => {
  const { pics, out } = pictures(SCRIPT);
  const [inside, cycle, after] = pics.map((p) => p.heap as HeapGraph);

  it('records one picture per snapshot, numbered and labelled with its line', () => {
    expect(pics.map((p) => [p.index, p.label, p.line])).toEqual([[1, 'inside build', 12], [2, 'cycle', 19], [3, 'after collect', 23]]);
    expect(cycle?.title).toBe("snapshot 2 'cycle' (line 19)");
  });

  it('has the globals and the running frames as roots, with their names', () => {
    expect(inside?.frames.map((f) => f.title)).toEqual(['Global frame', 'build()']);
    const build = inside?.frames[1];
    expect(build?.line).toBe(12);
    expect(build?.rows.map((r) => r.label)).toEqual(['n', 'head', 'i', 'node']);
    expect(build?.rows.find((r) => r.label === 'n')?.inline).toBe('3');
    expect(cycle?.frames.map((f) => f.title)).toEqual(['Global frame']);
    expect(cycle?.frames[0]?.rows.map((r) => [r.label, r.inline])).toEqual([
      ['Node', 'class Node'], ['build', null], ['lst', null], ['ages', null], ['pair', null],
    ]);
  });

  it("labels objects with type, value and the refcount sys.getrefcount shows", () => {
    const [lstRc, agesRc, pairRc] = (out.split('\n')[0] as string).split(' ').map(Number);
    const g = cycle as HeapGraph;
    const globals = g.frames[0]?.rows ?? [];
    const node = (name: string): GraphNode => g.nodes.find((n) => n.id === globals.find((r) => r.label === name)?.target) as GraphNode;
    expect(node('lst').type).toBe('Node');
    expect(node('lst').refcnt).toBe(lstRc);
    expect(node('ages').refcnt).toBe(agesRc);
    expect(node('pair').refcnt).toBe(pairRc);
    expect(node('lst').rows.map((r) => [r.label, r.inline])).toEqual([['.value', null], ['.next', null]]);
    expect(byType(g, 'int').map((n) => n.value).sort()).toEqual(['1000', '2000']);
    expect(node('pair').rows.map((r) => r.label)).toEqual(['[0]', '[1]']);
    expect(node('ages').rows.map((r) => [r.label, r.inline])).toEqual([["['ada']", '36'], ["['alan']", '41']]);
  });

  it('marks what the collector does not track', () => {
    expect(out.split('\n')[1]).toBe('False True');
    const g = cycle as HeapGraph;
    expect(byType(g, 'dict')[0]?.tracking).toBe('untracked');
    expect(byType(g, 'tuple')[0]?.tracking).toBe('tracked');
    expect(byType(g, 'int').every((n) => n.tracking === 'atomic')).toBe(true);
    const dot = heapGraphToDot(g);
    const dictLine = dot.split('\n').find((l) => l.includes(`${byType(g, 'dict')[0]?.id} [`)) as string;
    expect(dictLine).toContain('STYLE="rounded,dashed"');
    expect(dictLine).toContain('refcount 2 · untracked');
  });

  it('draws a garbage cycle apart until it is collected', () => {
    const g = cycle as HeapGraph;
    const garbage = g.nodes.filter((n) => n.garbage);
    expect(garbage.map((n) => n.type)).toEqual(['Node', 'Node']);
    expect(garbage.every((n) => n.refcnt === 1)).toBe(true);
    const [x, y] = garbage as [GraphNode, GraphNode];
    expect(x.rows.find((r) => r.label === '.next')?.target).toBe(y.id);
    expect(y.rows.find((r) => r.label === '.next')?.target).toBe(x.id);
    const dot = heapGraphToDot(g);
    const cluster = dot.slice(dot.indexOf('subgraph cluster_garbage'), dot.indexOf('\n  }\n', dot.indexOf('subgraph cluster_garbage')));
    expect(cluster).toContain(`${x.id} [`);
    expect(cluster).toContain(`${y.id} [`);
    expect(cluster).toContain(STYLE_BY_KIND.garbage.header);
    expect(dot).toMatch(new RegExp(`${x.id}:p1:c -> ${y.id}:w \\[tooltip="\\.next", color="#9e9e9e"\\]`));
    expect(after?.nodes.some((n) => n.garbage)).toBe(false);
    expect(heapGraphToDot(after as HeapGraph)).not.toContain('cluster_garbage');
  });

  it('writes an arrow from each name and field to the object it holds', () => {
    const g = cycle as HeapGraph;
    const dot = heapGraphToDot(g);
    const lstRow = g.frames[0]?.rows.findIndex((r) => r.label === 'lst');
    const lst = g.frames[0]?.rows[lstRow as number]?.target as string;
    expect(dot).toContain(`frame_globals:p${lstRow}:c -> ${lst}:w [tooltip="lst"];`);
    const edges = dot.split('\n').filter((l) => / -> o[0-9a-f]+:w/.test(l));
    const rowsWithTargets = g.frames.concat([]).reduce((a, f) => a + f.rows.filter((r) => r.target !== null).length, 0) +
      g.nodes.reduce((a, n) => a + n.rows.filter((r) => r.target !== null).length, 0);
    expect(edges).toHaveLength(rowsWithTargets);
  });

  it('says how many references of a refcount are not drawn (code constants, running code)', () => {
    const { pics: [p], out: text } = pictures('import glasspy, sys\ns = "not interned!"\nt = [s]\nglasspy.snapshot()\nprint(sys.getrefcount(s) - 1)\n');
    const str = (p?.heap as HeapGraph).nodes.find((n) => n.type === 'str') as GraphNode;
    // s and t[0] are drawn; the code's constants hold the rest (3.11: co_consts and the parse tree)
    expect(str.drawnRefs).toBe(2);
    expect(str.refcnt).toBe(Number(text.trim()));
    expect(str.refcnt).toBeGreaterThan(2);
    expect(heapGraphToDot(p?.heap as HeapGraph)).toContain(`refcount ${str.refcnt} · ${str.refcnt - 2} not drawn`);
  });

  it('stays a slide: at most MAX_NODES objects and MAX_ROWS rows per object, the rest counted', async () => {
    const { MAX_NODES, MAX_ROWS } = await import('../../src/viz/heapgraph.js');
    const { pics: [p] } = pictures('import glasspy\nrows = [[i * 1000] for i in range(30)]\nchain = None\nfor j in range(200):\n    chain = [j * 1000, chain]\nglasspy.snapshot()\n');
    const g = p?.heap as HeapGraph;
    expect(g.nodes).toHaveLength(MAX_NODES);
    expect(g.omitted).toBeGreaterThan(0);
    const rows = g.nodes.find((n) => n.id === g.frames[0]?.rows.find((r) => r.label === 'rows')?.target) as GraphNode;
    expect(rows.rows).toHaveLength(MAX_ROWS);
    expect(rows.moreRows).toBe(30 - MAX_ROWS);
    const dot = heapGraphToDot(g);
    expect(dot).toContain(`… ${30 - MAX_ROWS} more`);
    expect(dot).toContain(`${g.omitted} more objects not drawn`);
  });

  it('does not disturb the heap it draws: snapshot and explain allocate nothing', () => {
    const src = [
      'import sys, gc, glasspy',
      'gc.disable()',
      'x = [1, 2, [3]]',
      'a = sys.getallocatedblocks()',
      'b = sys.getallocatedblocks()',
      'glasspy.snapshot()',
      'c = sys.getallocatedblocks()',
      'glasspy.explain(x)',
      'd = sys.getallocatedblocks()',
      'rc = sys.getrefcount(x)',
      'print(b - a, c - b, d - c, rc)',
      '',
    ].join('\n');
    const { out: text } = pictures(src);
    // each getallocatedblocks() result is one new int block: the same step with or without the call
    expect(text.trim().split('\n').pop()).toBe('1 1 1 2');
  });

  it('draws weak references dashed, outside the refcount', () => {
    const { pics: [p] } = pictures('import weakref, glasspy\nclass O: pass\na = O()\nw = weakref.ref(a)\nb = O()\nd = weakref.ref(b)\ndel b\nglasspy.snapshot()\n');
    const g = p?.heap as HeapGraph;
    const refs = g.nodes.filter((n) => n.type === 'weakref.ReferenceType');
    const live = refs.find((n) => n.rows[0]?.target !== null) as GraphNode;
    const a = g.nodes.find((n) => n.id === live.rows[0]?.target) as GraphNode;
    expect(live.rows[0]).toEqual({ label: 'referent', target: a.id, inline: null, weak: true });
    expect([a.refcnt, a.drawnRefs]).toEqual([1, 1]);
    expect(refs.map((n) => n.rows[0]?.inline).sort()).toEqual(['dead', null]);
    expect(heapGraphToDot(g)).toContain(`${live.id}:p0:c -> ${a.id}:w [tooltip="referent", style=dashed, arrowhead=empty];`);
  });

  it('renders to SVG with Graphviz (WebAssembly)', async () => {
    const viz = await instance();
    const g = cycle as HeapGraph;
    const svg = viz.renderString(heapGraphToDot(g), { format: 'svg' });
    expect(svg).toContain('<svg');
    expect(svg).toContain('<g id="garbage" class="cluster">');
    for (const n of g.nodes) expect(svg).toContain(`<g id="${n.id}" class="node">`);
    expect(svg).toContain('>refcount 2<');
    expect(svg).toContain('>.next<');
    expect(svg).toContain('>Global frame<');
  });

  it("draws docs/img/heap_demo.py's two pictures (the ones docs/pictures.md shows)", () => {
    const { pics: demo } = pictures(readFileSync(join(__dirname, '..', '..', 'docs', 'img', 'heap_demo.py'), 'utf8'));
    expect(demo.map((p) => p.label)).toEqual(['inside push_all', 'after del']);
    expect(demo[0]?.heap?.frames.map((f) => f.title)).toEqual(['Global frame', 'push_all()']);
    const last = demo[1]?.heap as HeapGraph;
    expect(last.nodes.filter((n) => n.garbage).map((n) => n.value ?? n.type)).toEqual(['Node', 'Node']);
    expect(byType(last, 'int').map((n) => [n.value, n.drawnRefs])).toEqual([['1000000', 1]]);
    expect(byType(last, 'int')[0]?.refcnt).toBeGreaterThan(1);
  });

  it('takes a picture at exit when the CLI asks for one', async () => {
    const { newPictureState, takePicture } = await import('../../src/viz/pictures.js');
    const got: Picture[] = [];
    run('x = [1, [2]]\n', { setup: (I) => {
      const st = newPictureState();
      st.sink = (p) => got.push(p);
      I.pictures = st;
      I.exitHooks.beforeFinalize.push(() => takePicture(I, '', true));
    } });
    expect(got).toHaveLength(1);
    expect(got[0]?.index).toBe(0);
    expect(got[0]?.heap?.title).toBe('at exit');
    expect(got[0]?.heap?.nodes.map((n) => n.type)).toEqual(['list', 'list']);
  });
});
