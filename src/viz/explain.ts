// glasspy.explain(obj): why is this object still alive? Every reference to it is accounted
// for: each name bound to it, each object holding it (with the shortest chain of references
// from a name to that holder), the references held by running code (temporaries, the call's
// own argument), or, for an unreachable object, the cycle that keeps it alive until the
// collector runs. No CPython counterpart (objgraph's find_backref_chain is the closest tool).
//
// Start at explainObject. The walk is breadth-first from the roots (heapwalk.ts collectRoots,
// locals first), so the first chain found to each holder is a shortest one. Read-only.

import type { PyObject } from '../objects/object.js';
import type { Interpreter } from '../interp/interpreter.js';
import { type LabelledRef, isImmortal, isType, labelledReferents, shortValue, typeLabel } from './referents.js';
import { type NamedRoot, collectRoots, findGarbage, moduleDicts } from './heapwalk.js';

/** At most this many chains are printed; the rest are counted. */
export const MAX_CHAINS = 8;

/** `list at 0x7f3a00001230`, `str 'abc' at 0x...`, `int 1000 at 0x...`. */
export function describe(I: Interpreter, o: PyObject): string {
  const v = shortValue(I.rt, o);
  const t = typeLabel(o);
  const singleton = o === I.rt.None || o === I.rt.True || o === I.rt.False || o === I.rt.Ellipsis || o === I.rt.NotImplemented;
  const shown = singleton ? (v as string) : isType(I.rt, o) ? `class ${v ?? t}` : v === null || v === t ? t : `${t} ${v}`;
  return `${shown} at 0x${o.ob_addr.toString(16)}`;
}

export function rootLabel(r: NamedRoot): string {
  switch (r.kind) {
    case 'global':
      return r.where === '__main__' ? `global \`${r.name}\`` : `\`${r.where}.${r.name}\``;
    case 'local':
      return r.where.startsWith('class ') ? `name \`${r.name}\` in the body of ${r.where}` : `local \`${r.name}\` of ${r.where}`;
    case 'other':
      return `${r.name} of ${r.where}`;
    case 'internal':
      return 'held by running code:';
  }
}

interface Visit {
  /** the object this one was reached from (null: reached straight from a root) */
  prev: PyObject | null;
  /** the field of prev (or the root) that holds it */
  label: string;
  root: NamedRoot;
  depth: number;
}

/** One reason obj is alive: a chain of references ending at it. */
interface Chain {
  text: string;
  length: number;
  order: number;
}

/**
 * The explanation of why obj is alive, as printed by glasspy.explain. `argRefs` is the number
 * of references the caller itself holds for the call (1 for glasspy.explain(x): the argument).
 */
export function explainObject(I: Interpreter, obj: PyObject, argRefs: number): string {
  const rt = I.rt;
  const lines: string[] = [`why is ${describe(I, obj)} alive?`];
  if (isImmortal(obj)) {
    lines.push('  it is immortal: a static object of the interpreter, never freed (its refcount counts nothing)');
    return lines.join('\n') + '\n';
  }
  const roots = collectRoots(I);
  const moduleDictSet = new Set<PyObject>(moduleDicts(I).map((m) => m.dict));
  const seen = new Map<PyObject, Visit>();
  const queue: PyObject[] = [];
  const chains: Chain[] = [];
  let counted = 0;
  const pathTo = (o: PyObject): string => {
    const steps: string[] = [];
    let v = seen.get(o) as Visit;
    let cur = o;
    while (v.prev !== null) {
      steps.push(`${describe(I, v.prev)}${v.label === '' ? '' : ' ' + v.label} → `);
      cur = v.prev;
      v = seen.get(cur) as Visit;
    }
    return `${rootLabel(v.root)}${v.root.kind === 'internal' ? ' ' : ' → '}${steps.reverse().join('')}`;
  };
  // Names bound straight to obj, then breadth-first from every root.
  for (const r of roots) {
    if (r.target === obj) {
      counted++;
      chains.push({ text: `${rootLabel(r)} → ${describe(I, obj)}`, length: 1, order: chains.length });
    }
    if (!seen.has(r.target)) {
      seen.set(r.target, { prev: null, label: '', root: r, depth: 1 });
      queue.push(r.target);
    }
  }
  const holders: { holder: PyObject; ref: LabelledRef }[] = [];
  const expand = (o: PyObject, reached: boolean): void => {
    for (const ref of labelledReferents(rt, o)) {
      if (ref.target === obj) holders.push({ holder: o, ref });
      if (!reached || seen.has(ref.target)) continue;
      const v = seen.get(o) as Visit;
      seen.set(ref.target, { prev: o, label: ref.label, root: v.root, depth: v.depth + 1 });
      queue.push(ref.target);
    }
  };
  for (let i = 0; i < queue.length; i++) expand(queue[i] as PyObject, true);
  // Then from the objects running code holds without a name (a for loop's iterator, a
  // builtin's argument): referenced from outside every object, yet not reached from a name.
  const { garbage, external } = findGarbage(I, new Map([[obj, argRefs]]));
  for (const o of external) {
    if (seen.has(o) || o === obj) continue;
    seen.set(o, { prev: null, label: '', root: { kind: 'internal', where: '', name: '', line: 0, target: o }, depth: 1 });
    queue.push(o);
    for (let i = queue.length - 1; i < queue.length; i++) expand(queue[i] as PyObject, true);
  }
  for (const g of garbage) if (!seen.has(g)) expand(g, false);
  for (const { holder, ref } of holders) {
    // A module's globals dict holds what its global names hold: those are counted as names.
    if (moduleDictSet.has(holder) && ref.kind === 'key') continue;
    counted++;
    const tail = `${describe(I, holder)}${ref.label === '' ? '' : ' ' + ref.label} → ${describe(I, obj)}`;
    if (seen.has(holder)) {
      const v = seen.get(holder) as Visit;
      chains.push({ text: pathTo(holder) + tail, length: v.depth + 1, order: chains.length });
    } else {
      chains.push({ text: `(unreachable) ${tail}`, length: 1000, order: chains.length });
    }
  }
  const others = obj.ob_refcnt - counted - argRefs;
  let head = `  refcount ${obj.ob_refcnt}: ${plural(counted, 'reference')} from names and objects`;
  if (argRefs > 0) head += `, ${argRefs} held by this call's argument`;
  if (others > 0) head += `, ${others} held by the running code (its constants, temporaries)`;
  lines.push(head);
  if (!seen.has(obj) && garbage.has(obj)) {
    const cycle = findCycle(I, obj, garbage);
    if (cycle !== null) {
      lines.push('  unreachable from every name: garbage kept alive by a reference cycle until the collector runs');
      lines.push(`  cycle: ${cycle}`);
    } else if (counted === 0) {
      lines.push('  no name or object refers to it: a temporary, freed as soon as the running code drops it');
    } else {
      lines.push('  unreachable from every name: held only by garbage, freed when the collector frees that');
    }
  }
  chains.sort((a, b) => a.length - b.length || a.order - b.order);
  chains.slice(0, MAX_CHAINS).forEach((c, i) => lines.push(`  ${i + 1}. ${c.text}`));
  if (chains.length > MAX_CHAINS) lines.push(`  ... and ${chains.length - MAX_CHAINS} more`);
  return lines.join('\n') + '\n';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The shortest reference cycle through obj among the garbage, as a chain, or null. */
function findCycle(I: Interpreter, obj: PyObject, garbage: Set<PyObject>): string | null {
  const prev = new Map<PyObject, { from: PyObject; label: string }>();
  const queue: PyObject[] = [obj];
  for (let i = 0; i < queue.length; i++) {
    const o = queue[i] as PyObject;
    for (const ref of labelledReferents(I.rt, o)) {
      if (ref.target === obj) {
        const steps: string[] = [`${describe(I, o)}${ref.label === '' ? '' : ' ' + ref.label} → ${describe(I, obj)}`];
        for (let c = o; c !== obj; ) {
          const p = prev.get(c) as { from: PyObject; label: string };
          steps.push(`${describe(I, p.from)}${p.label === '' ? '' : ' ' + p.label} → `);
          c = p.from;
        }
        return steps.reverse().join('');
      }
      if (!garbage.has(ref.target) || prev.has(ref.target) || ref.target === obj) continue;
      prev.set(ref.target, { from: o, label: ref.label });
      queue.push(ref.target);
    }
  }
  return null;
}
