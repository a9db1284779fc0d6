// Converts our AST to the canonical JSON that ast-cases/regen.py writes from python3's ast
// (field names as Python's, ints/floats/bytes/complex tagged), for deep equality checks.
import type * as A from '../../src/parser/ast.js';

function floatRepr(v: number): { float: string } {
  if (!Number.isFinite(v)) return { float: Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf' };
  const [m, es] = v.toExponential().split('e') as [string, string];
  const e = Number(es);
  if (e < -4 || e >= 16) return { float: `${m}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}` };
  let s = String(v);
  if (!s.includes('.')) s += '.0';
  return { float: s };
}

function constValue(v: A.ConstantValue): unknown {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'bigint') return { int: v.toString() };
  if (typeof v === 'number') return floatRepr(v);
  if (v instanceof Uint8Array) return { bytes: Array.from(v) };
  if (v.kind === 'Ellipsis') return { ellipsis: true };
  return { complex: [floatRepr(v.real), floatRepr(v.imag)] };
}

export function toCanonical(n: unknown): unknown {
  if (Array.isArray(n)) return n.map(toCanonical);
  if (n === null || typeof n !== 'object') return n;
  const node = n as Record<string, unknown>;
  const d: Record<string, unknown> = { _type: node.kind };
  for (const [k, v] of Object.entries(node)) {
    if (k === 'kind') continue;
    if (k === 'strKind') { d.kind = v; continue; }
    if (node.kind === 'Constant' && k === 'value') { d.value = constValue(v as A.ConstantValue); continue; }
    if (k === 'ctx' || k === 'op') { d[k] = { _type: v }; continue; }
    if (k === 'ops') { d.ops = (v as string[]).map((o) => ({ _type: o })); continue; }
    d[k] = toCanonical(v);
  }
  return d;
}
