// Graphviz source for a heap picture (heapgraph.ts's HeapGraph): the running frames on the left
// as tables of names, the objects to their right as tables of fields, one arrow per reference
// from the row that holds it, in the style teachers know from Python Tutor. Garbage cycles sit
// apart in a grey box. Rendered to SVG by Graphviz (the CLI uses @viz-js/viz, Graphviz compiled
// to WebAssembly); this module only writes text. No CPython counterpart.
//
// Start at heapGraphToDot. The visual vocabulary (asserted by tests/viz/heapsvg.test.ts):
//
//   what                         | how it is drawn
//   -----------------------------+------------------------------------------------------------
//   name / field holding a ref   | a row with a dot, an arrow from the dot to the object
//   weak reference (weakref.ref) | a dashed arrow with a hollow head, not in the refcount
//   immortal (1, None, 'a')      | its value written in the row, no arrow
//   object tracked by gc         | solid border
//   not tracked (int, str, ...)  | dashed border
//   garbage (alive, unreachable) | grey, inside the cluster "unreachable"
//   header                       | type, refcount, address; colour by kind (STYLE_BY_KIND)

import type { GraphFrame, GraphNode, GraphRow, HeapGraph } from './heapgraph.js';

/** Header colours by kind of object (asserted by the tests). */
export const STYLE_BY_KIND = Object.freeze({
  container: { header: '#ffe0b2', border: '#b26a00' },
  instance: { header: '#bbdefb', border: '#1565c0' },
  scalar: { header: '#c8e6c9', border: '#2e7d32' },
  callable: { header: '#e1bee7', border: '#6a1b9a' },
  garbage: { header: '#e0e0e0', border: '#8a8a8a' },
  frame: { header: '#eceff1', border: '#546e7a' },
} as const);

export type NodeKind = keyof typeof STYLE_BY_KIND;

const CONTAINERS = new Set(['list', 'tuple', 'dict', 'set', 'frozenset']);
const SCALARS = new Set(['int', 'float', 'str', 'bool', 'bytes', 'complex']);
const CALLABLES = new Set(['function', 'cell', 'method', 'builtin_function_or_method', 'generator', 'frame', 'traceback']);

export function nodeKind(n: GraphNode): NodeKind {
  if (n.garbage) return 'garbage';
  if (CONTAINERS.has(n.type)) return 'container';
  if (SCALARS.has(n.type) || n.tracking === 'atomic') return 'scalar';
  if (CALLABLES.has(n.type)) return 'callable';
  return 'instance';
}

/** Escapes text for a Graphviz HTML-like label. */
export function html(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Escapes text for a double-quoted Graphviz string. */
function quoted(s: string): string {
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n') + '"';
}

const FONT = 'Helvetica,Arial,sans-serif';
const MONO = 'Courier';

/** A run of text in one font. */
interface Span {
  text: string;
  bold?: boolean;
  mono?: boolean;
  size?: number;
  color?: string;
  italic?: boolean;
}

const BASE_SIZE = 11;

/**
 * A generous estimate of a span's width in points. Graphviz measures text with Helvetica's
 * metrics, but the SVG is shown with whatever sans-serif the viewer has (DejaVu Sans is 10-15%
 * wider); cells get at least this width so that no font overflows its box.
 */
export function spanWidth(sp: Span): number {
  const size = sp.size ?? BASE_SIZE;
  const per = sp.mono === true ? 0.62 : sp.bold === true ? 0.68 : 0.62;
  return [...sp.text].length * per * size;
}

function spanHtml(sp: Span): string {
  let t = html(sp.text);
  if (sp.bold === true) t = `<B>${t}</B>`;
  if (sp.italic === true) t = `<I>${t}</I>`;
  const attrs: string[] = [];
  if (sp.mono === true) attrs.push(`FACE="${MONO}"`);
  if (sp.size !== undefined) attrs.push(`POINT-SIZE="${sp.size}"`);
  if (sp.color !== undefined) attrs.push(`COLOR="${sp.color}"`);
  return attrs.length > 0 ? `<FONT ${attrs.join(' ')}>${t}</FONT>` : t;
}

/** A table cell sized for its spans (plus padding), with extra attributes. */
function td(spans: Span[], attrs: string, minWidth = 0): string {
  const w = Math.ceil(Math.max(minWidth, spans.reduce((a, sp) => a + spanWidth(sp), 0) + 8));
  if (spans.length === 1) return `<TD ${attrs} WIDTH="${w}">${spanHtml(spans[0] as Span)}</TD>`;
  // Several fonts in one cell: one inner cell each, so that each is placed by its own width.
  const inner = spans.map((sp) => `<TD ALIGN="LEFT" WIDTH="${Math.ceil(spanWidth(sp))}">${spanHtml(sp)}</TD>`).join('');
  return `<TD ${attrs} WIDTH="${w}"><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0"><TR>${inner}</TR></TABLE></TD>`;
}

function rowCells(r: GraphRow, i: number, grey: boolean): string {
  const labelColor = grey ? '#8a8a8a' : '#37474f';
  const label = td([{ text: r.label, mono: true, color: labelColor }], 'ALIGN="RIGHT" CELLPADDING="2"');
  if (r.target !== null) return `${label}<TD PORT="p${i}" ALIGN="LEFT" CELLPADDING="2" WIDTH="22"> </TD>`;
  return `${label}${td([{ text: r.inline ?? '', mono: true, color: grey ? '#8a8a8a' : '#000000' }], `PORT="p${i}" ALIGN="LEFT" CELLPADDING="2"`, 22)}`;
}

function nodeLabel(n: GraphNode): string {
  const kind = nodeKind(n);
  const st = STYLE_BY_KIND[kind];
  const grey = n.garbage;
  const style = n.tracking === 'tracked' ? 'rounded' : 'rounded,dashed';
  const textColor = grey ? '#616161' : '#000000';
  const title: Span[] = [{ text: n.type, bold: true, color: textColor }];
  if (n.value !== null && n.value !== n.type) title.push({ text: ' ' + n.value, mono: true, color: textColor });
  const hidden = n.refcnt - n.drawnRefs;
  const sub: Span[] = [{
    text: `refcount ${n.refcnt}${hidden > 0 ? ` · ${hidden} not drawn` : ''}${n.tracking === 'untracked' ? ' · untracked' : ''}`,
    size: 9,
    color: grey ? '#757575' : '#455a64',
  }];
  const parts = [
    `<TABLE BORDER="1" CELLBORDER="0" CELLSPACING="0" CELLPADDING="3" STYLE="${style}" COLOR="${st.border}" BGCOLOR="${grey ? '#f5f5f5' : '#ffffff'}">`,
    `<TR>${td(title, `COLSPAN="2" BGCOLOR="${st.header}" ALIGN="LEFT"`, 70)}</TR>`,
    `<TR>${td(sub, `COLSPAN="2" ALIGN="LEFT" BGCOLOR="${st.header}"`)}</TR>`,
  ];
  n.rows.forEach((r, i) => parts.push(`<TR>${rowCells(r, i, grey)}</TR>`));
  if (n.moreRows > 0) parts.push(`<TR>${td([{ text: `… ${n.moreRows} more`, size: 9, italic: true, color: '#757575' }], 'COLSPAN="2" ALIGN="LEFT"')}</TR>`);
  parts.push(`<TR>${td([{ text: `0x${n.address.toString(16)}`, size: 8, mono: true, color: '#9e9e9e' }], 'COLSPAN="2" ALIGN="LEFT"')}</TR>`);
  parts.push('</TABLE>');
  return parts.join('');
}

function frameLabel(f: GraphFrame): string {
  const st = STYLE_BY_KIND.frame;
  const title: Span[] = [{ text: f.title, bold: true }];
  if (f.line > 0) title.push({ text: `  line ${f.line}`, size: 9, color: '#546e7a' });
  const parts = [
    `<TABLE BORDER="1" CELLBORDER="0" CELLSPACING="0" CELLPADDING="3" COLOR="${st.border}" BGCOLOR="#ffffff">`,
    `<TR>${td(title, `COLSPAN="2" BGCOLOR="${st.header}" ALIGN="LEFT"`, 80)}</TR>`,
  ];
  f.rows.forEach((r, i) => parts.push(`<TR>${rowCells(r, i, false)}</TR>`));
  if (f.rows.length === 0) parts.push(`<TR>${td([{ text: 'no names', size: 9, italic: true, color: '#9e9e9e' }], 'COLSPAN="2"')}</TR>`);
  parts.push('</TABLE>');
  return parts.join('');
}

function legendLabel(g: HeapGraph): string {
  const row = (sample: string, text: string): string => `<TR><TD ALIGN="LEFT" WIDTH="60">${sample}</TD>${td([{ text, size: 9 }], 'ALIGN="LEFT"')}</TR>`;
  const box = (style: string, color: string, bg: string): string =>
    `<TABLE BORDER="1" CELLBORDER="0" STYLE="${style}" COLOR="${color}" BGCOLOR="${bg}" CELLPADDING="1"><TR><TD WIDTH="18" HEIGHT="8"> </TD></TR></TABLE>`;
  const parts = [
    '<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="1">',
    `<TR>${td([{ text: 'legend', bold: true, size: 9 }], 'COLSPAN="2" ALIGN="LEFT"')}</TR>`,
    row(box('rounded', '#37474f', '#ffffff'), 'tracked by the cycle collector'),
    row(box('rounded,dashed', '#37474f', '#ffffff'), 'not tracked by the collector'),
    row(box('rounded', '#8a8a8a', '#e0e0e0'), 'unreachable: garbage until gc runs'),
    row(spanHtml({ text: '1', mono: true }), 'immortal object, written inline'),
    row(spanHtml({ text: 'n not drawn', size: 8 }), 'references from code constants, running code or hidden objects'),
    row(spanHtml({ text: '- - ▷', size: 9 }), 'weak reference (not counted in the refcount)'),
  ];
  if (g.omitted > 0) parts.push(row('…', `${g.omitted} more objects not drawn`));
  parts.push('</TABLE>');
  return parts.join('');
}

function titleLabel(g: HeapGraph): string {
  return `<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2"><TR>${td([{ text: 'glasspy heap', bold: true, size: 13 }], 'ALIGN="LEFT"')}${td([{ text: g.title, size: 13, color: '#455a64' }], 'ALIGN="LEFT"')}</TR></TABLE>`;
}

/** The Graphviz source of a heap picture. */
export function heapGraphToDot(g: HeapGraph): string {
  const out: string[] = [];
  out.push('digraph heap {');
  out.push(`  graph [rankdir=LR, fontname=${quoted(FONT)}, fontsize=13, nodesep=0.22, ranksep=0.55, pad=0.25, bgcolor="white", labelloc=t, labeljust=l, label=<${titleLabel(g)}>];`);
  out.push(`  node [shape=plain, fontname=${quoted(FONT)}, fontsize=11];`);
  out.push('  edge [color="#37474f", arrowsize=0.7, penwidth=1.1, dir=both, arrowtail=dot, tailclip=false];');
  const live = g.nodes.filter((n) => !n.garbage);
  const garbage = g.nodes.filter((n) => n.garbage);
  out.push('  subgraph roots {');
  out.push('    rank=source;');
  for (const f of g.frames) out.push(`    ${f.id} [id=${quoted(f.id)}, label=<${frameLabel(f)}>];`);
  out.push(`    legend [id="legend", label=<${legendLabel(g)}>];`);
  out.push('  }');
  for (let i = 1; i < g.frames.length; i++) out.push(`  ${(g.frames[i - 1] as GraphFrame).id} -> ${(g.frames[i] as GraphFrame).id} [style=invis];`);
  if (g.frames.length > 0) out.push(`  ${(g.frames[g.frames.length - 1] as GraphFrame).id} -> legend [style=invis];`);
  for (const n of live) out.push(`  ${n.id} [id=${quoted(n.id)}, label=<${nodeLabel(n)}>];`);
  if (garbage.length > 0) {
    out.push('  subgraph cluster_garbage {');
    const cl = td([{ text: 'unreachable', bold: true, size: 10, color: '#616161' }, { text: ': alive only through a reference cycle, freed when the collector runs', size: 10, color: '#616161' }], 'ALIGN="LEFT"');
    out.push(`    id="garbage"; label=<<TABLE BORDER="0" CELLPADDING="2"><TR>${cl}</TR></TABLE>>;`);
    out.push('    style="rounded,dashed,filled"; color="#9e9e9e"; fillcolor="#fafafa"; fontsize=10; labeljust=l;');
    for (const n of garbage) out.push(`    ${n.id} [id=${quoted(n.id)}, label=<${nodeLabel(n)}>];`);
    out.push('  }');
  }
  const edge = (from: string, i: number, r: GraphRow, grey: boolean): void => {
    if (r.target === null) return;
    const attrs = [`tooltip=${quoted(r.label)}`];
    if (grey) attrs.push('color="#9e9e9e"');
    if (r.weak === true) attrs.push('style=dashed', 'arrowhead=empty');
    out.push(`  ${from}:p${i}:c -> ${r.target}:w [${attrs.join(', ')}];`);
  };
  for (const f of g.frames) f.rows.forEach((r, i) => edge(f.id, i, r, false));
  for (const n of g.nodes) n.rows.forEach((r, i) => edge(n.id, i, r, n.garbage));
  out.push('}');
  return out.join('\n') + '\n';
}
