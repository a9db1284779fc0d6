import { describe, expect, it } from 'vitest';
import { Runtime, preHeaderSize } from '../../src/objects/runtime.js';
import { Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_MANAGED_DICT, PyTypeObject } from '../../src/objects/object.js';

describe('allocation doors: pre-header size', () => {
  it('preHeaderSize(tp_flags) is PyTypeObject.presize for every flag combination', () => {
    const rt = new Runtime();
    const t = new PyTypeObject(rt, null, 0, 'probe');
    for (const gc of [0, Py_TPFLAGS_HAVE_GC]) {
      for (const md of [0, Py_TPFLAGS_MANAGED_DICT]) {
        for (const other of [0, 1 << 9, 1 << 24, (1 << 30) | 1]) {
          t.tp_flags = gc | md | other;
          expect(preHeaderSize(t.tp_flags)).toBe(t.presize);
        }
      }
    }
    expect(preHeaderSize(Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_MANAGED_DICT)).toBe(32);
  });

  it('matches presize for the builtin types', () => {
    const rt = new Runtime();
    let n = 0;
    for (const t of Object.values(rt.types)) {
      if (!(t instanceof PyTypeObject)) continue;
      expect(preHeaderSize(t.tp_flags)).toBe(t.presize);
      n++;
    }
    expect(n).toBeGreaterThan(30);
  });
});
