import { describe, expect, it } from 'vitest';
import { Runtime } from '../../src/objects/runtime.js';
import { PyList_New, PyList_AppendSteal } from '../../src/objects/listobject.js';
import { PyTuple_New } from '../../src/objects/tupleobject.js';
import { PyDict_New, PyDict_SetItemSteal, dict_sizeof } from '../../src/objects/dictobject.js';
import { Py_DECREF, type PyObject } from '../../src/objects/object.js';
import { reprOf, PyNumber_Binary } from '../../src/objects/abstract.js';
import { gc_list_size, _PyObject_GC_IS_TRACKED } from '../../src/gc/gclist.js';

describe('object layer', () => {
  it('boxes ints, floats and strs with CPython 3.11 request sizes', () => {
    const rt = new Runtime();
    const before = rt.heap.getallocatedblocks();
    const big = rt.newInt(2 ** 40);
    expect(rt.heap.blockSize(big.ob_addr)).toBe(32);
    const s = rt.newStr('hello');
    expect(rt.heap.blockSize(s.ob_addr)).toBe(56); // 54 rounded to 8
    const one = rt.newInt(1);
    expect(one).toBe(rt.smallInts[6]);
    expect(rt.heap.getallocatedblocks()).toBe(before + 2);
    Py_DECREF(big);
    Py_DECREF(s);
    Py_DECREF(one);
    expect(rt.heap.getallocatedblocks()).toBe(before);
  });

  it('grows a list by list_resize and frees items last to first', () => {
    const rt = new Runtime();
    const l = PyList_New(rt);
    const caps: number[] = [];
    for (let i = 0; i < 17; i++) {
      caps.push(l.allocated);
      PyList_AppendSteal(rt, l, rt.newInt(1000 + i));
    }
    expect(caps).toEqual([0, 4, 4, 4, 4, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16]);
    expect(reprOf(l).startsWith('[1000, 1001')).toBe(true);
    Py_DECREF(l);
  });

  it('sizes dict keys tables as 3.11 does', () => {
    const rt = new Runtime();
    const d = PyDict_New(rt);
    expect(dict_sizeof(d) + 16).toBe(64);
    PyDict_SetItemSteal(rt, d, rt.newStr('a'), rt.newInt(1));
    expect(dict_sizeof(d) + 16).toBe(184);
    for (let i = 0; i < 5; i++) PyDict_SetItemSteal(rt, d, rt.newStr(`k${i}`), rt.newInt(i));
    expect(dict_sizeof(d) + 16).toBe(272);
    expect(_PyObject_GC_IS_TRACKED(d)).toBe(false); // only untrackable values: untracked
    PyDict_SetItemSteal(rt, d, rt.newStr('list'), PyList_New(rt));
    expect(_PyObject_GC_IS_TRACKED(d)).toBe(true);
    Py_DECREF(d);
  });

  it('tracks tuples at creation and reuses them from the free list', () => {
    const rt = new Runtime();
    const n0 = gc_list_size(rt.gc.generations[0].head);
    const t = PyTuple_New(rt, [rt.newInt(5000), rt.newInt(6000)]);
    expect(gc_list_size(rt.gc.generations[0].head)).toBe(n0 + 1);
    const addr = t.ob_addr;
    const count = rt.gc.generations[0].count;
    Py_DECREF(t);
    expect(rt.gc.generations[0].count).toBe(count);
    const t2 = PyTuple_New(rt, [rt.newInt(1), rt.newInt(2)]);
    expect(t2.ob_addr).toBe(addr);
    expect(reprOf(t2)).toBe('(1, 2)');
    Py_DECREF(t2);
  });

  it('adds and compares through the number protocol', () => {
    const rt = new Runtime();
    const a = rt.newInt(2 ** 52);
    const b = rt.newInt(2 ** 52);
    const c = PyNumber_Binary(a, b, 'nb_add') as PyObject;
    expect(reprOf(c)).toBe('9007199254740992');
    const f = rt.newFloat(0.1);
    const g = PyNumber_Binary(f, rt.smallInts[7] as PyObject, 'nb_add');
    expect(reprOf(g)).toBe('2.1');
    for (const o of [a, b, c, f, g]) Py_DECREF(o);
  });

  it('frees a million-long chain without deep recursion', () => {
    const rt = new Runtime();
    let head: PyObject = rt.None;
    rt.None.ob_refcnt++;
    for (let i = 0; i < 200000; i++) head = PyTuple_New(rt, [head]);
    const before = rt.heap.getallocatedblocks();
    Py_DECREF(head);
    expect(before - rt.heap.getallocatedblocks()).toBeGreaterThan(0);
  });
});
