// sys.getsizeof against the sizes CPython 3.11.7 reports (REFERENCE §4 / spec 13), on objects
// made through the object layer directly.
import { describe, expect, it } from 'vitest';
import { Runtime } from '../../src/objects/runtime.js';
import { getsizeof } from '../../src/modules/sys.js';
import { PyList_New, PyList_AppendSteal, PyList_FromArray } from '../../src/objects/listobject.js';
import { PyTuple_New } from '../../src/objects/tupleobject.js';
import { PyDict_New, PyDict_SetItemSteal } from '../../src/objects/dictobject.js';
import { PySet_New } from '../../src/objects/setobject.js';
import { Py_DECREF, type PyObject } from '../../src/objects/object.js';

function size(rt: Runtime, o: PyObject): number {
  const n = getsizeof(rt, o);
  Py_DECREF(o);
  return n;
}

describe('sys.getsizeof', () => {
  it('sizes ints by 30-bit digits, and the other scalars', () => {
    const rt = new Runtime();
    expect(size(rt, rt.newInt(0))).toBe(28);
    expect(size(rt, rt.newInt(2 ** 30 - 1))).toBe(28);
    expect(size(rt, rt.newInt(2 ** 30))).toBe(32);
    expect(size(rt, rt.newInt(2n ** 60n))).toBe(36);
    expect(size(rt, rt.newInt(2n ** 90n))).toBe(40);
    expect(size(rt, rt.newFloat(1.5))).toBe(24);
    expect(size(rt, rt.newBool(true))).toBe(28);
    rt.None.ob_refcnt++;
    expect(size(rt, rt.None)).toBe(16);
  });

  it('sizes str by kind', () => {
    const rt = new Runtime();
    expect(size(rt, rt.newStr(''))).toBe(49);
    expect(size(rt, rt.newStr('hello'))).toBe(54);
    expect(size(rt, rt.newStr('é'))).toBe(74);
    expect(size(rt, rt.newStr('€uro'))).toBe(82);
    expect(size(rt, rt.newStr('𝄞'))).toBe(80);
  });

  it('sizes containers with their separate buffers', () => {
    const rt = new Runtime();
    expect(size(rt, PyTuple_New(rt, []))).toBe(40);
    expect(size(rt, PyTuple_New(rt, [rt.newInt(1), rt.newInt(2), rt.newInt(3)]))).toBe(64);
    expect(size(rt, PyList_New(rt))).toBe(56);
    expect(size(rt, PyList_FromArray(rt, [rt.newInt(1), rt.newInt(2), rt.newInt(3)]))).toBe(80);
    const l = PyList_New(rt);
    const sizes: number[] = [];
    for (let i = 0; i < 17; i++) {
      sizes.push(getsizeof(rt, l));
      PyList_AppendSteal(rt, l, rt.newInt(i));
    }
    Py_DECREF(l);
    expect(sizes).toEqual([56, 88, 88, 88, 88, 120, 120, 120, 120, 184, 184, 184, 184, 184, 184, 184, 184]);
    const d = PyDict_New(rt);
    const dsizes: number[] = [];
    for (let i = 0; i < 23; i++) {
      dsizes.push(getsizeof(rt, d));
      PyDict_SetItemSteal(rt, d, rt.newStr(`k${i}`), rt.newInt(i));
    }
    Py_DECREF(d);
    expect(dsizes.slice(0, 2)).toEqual([64, 184]);
    expect(dsizes[6]).toBe(272);
    expect(dsizes[11]).toBe(464);
    expect(dsizes[22]).toBe(832);
    expect(size(rt, PySet_New(rt, []))).toBe(216);
    expect(size(rt, PySet_New(rt, [1, 2, 3, 4, 5].map((i) => rt.newInt(i))))).toBe(728);
  });
});
