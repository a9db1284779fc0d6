// labelledReferents must name exactly the references tp_traverse visits (plus the str keys of
// dicts, which dict_traverse skips as CPython's does), for every layout it knows.
import { describe, expect, it } from 'vitest';
import type { PyObject } from '../../src/objects/object.js';
import { run } from './helpers.js';
import { labelledReferents } from '../../src/viz/referents.js';
import { trackedObjects } from '../../src/viz/heapwalk.js';
import type { Interpreter } from '../../src/interp/interpreter.js';

describe('labelledReferents', () => {
  it('lists what tp_traverse visits, for every tracked object of a varied heap', () => {
    let checked = 0;
    const labels = new Set<string>();
    const check = (I: Interpreter): void => {
      const rt = I.rt;
      for (const o of trackedObjects(I)) {
        const trav = o.ob_type.tp_traverse;
        if (trav === null) continue;
        const fromTraverse: PyObject[] = [];
        trav(o, (r) => { fromTraverse.push(r); return 0; }, null);
        const refs = labelledReferents(rt, o);
        for (const r of refs) labels.add(r.label);
        const fromLabels = refs.filter((r) => r.kind !== 'dictkey' || r.target.ob_type !== rt.types.str || !isUnicodeDict(o)).map((r) => r.target);
        expect(count(fromLabels), `${o.ob_type.tp_name} at ${o.ob_addr.toString(16)}`).toEqual(count(fromTraverse));
        checked++;
      }
    };
    const src = [
      'import gc, weakref',
      'class Node:',
      '    def __init__(self, v): self.v = v; self.next = None',
      'class Slotted:',
      '    __slots__ = ("a", "b")',
      'class MyList(list): pass',
      'a = Node(1); b = Node(2); a.next = b; b.next = a',
      'a.__dict__',
      's = Slotted(); s.a = [1]; s.b = (2, [3])',
      'm = MyList([Node(5)]); m.extra = {1: 2}',
      'd = {"k": [1], 2: [2], (3, 4): [5]}',
      'st = {1, (2, 3)}; fs = frozenset([4, 5])',
      'def outer():',
      '    x = [1]',
      '    def inner(y=[2], *, z={}): return x',
      '    return inner',
      'f = outer(); bm = a.__init__',
      'def gen():',
      '    local = [7]',
      '    yield local',
      'g = gen(); next(g)',
      'try:',
      '    1 / 0',
      'except ZeroDivisionError as e:',
      '    err = e',
      'w = weakref.ref(a, lambda r: None)',
      '',
    ].join('\n');
    const r = run(src, { setup: (I) => I.exitHooks.beforeFinalize.push(() => check(I)) });
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    expect(checked).toBeGreaterThan(20);
    for (const l of ['.v', '.next', '.a', '.b', '[0]', "['k']", '[2]', '__closure__', '__defaults__', '__kwdefaults__', 'cell_contents', 'local', '__traceback__', 'tb_frame', '__callback__', 'elem', '__func__', '__self__', '__dict__', '.extra']) {
      expect(labels, l).toContain(l);
    }
  });
});

function isUnicodeDict(o: PyObject): boolean {
  return (o as unknown as { ma_keys?: { dk_unicode: boolean } | null }).ma_keys?.dk_unicode === true;
}

function count(xs: PyObject[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const x of xs) m.set(x.ob_addr, (m.get(x.ob_addr) ?? 0) + 1);
  return new Map([...m.entries()].sort((p, q) => p[0] - q[0]));
}
