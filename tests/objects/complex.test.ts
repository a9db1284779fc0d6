import { describe, expect, it } from 'vitest';
import { Runtime } from '../../src/objects/runtime.js';
import { Py_DECREF } from '../../src/objects/object.js';
import { reprOf, PyNumber_Binary, PyObject_Hash } from '../../src/objects/abstract.js';
import {
  PyComplex_FromDoubles, _Py_c_quot, _Py_c_pow, complexPow, complex_hash_exact, parseComplexText, hypot,
} from '../../src/objects/complexobject.js';
import { PyErr } from '../../src/objects/pyerr.js';

describe('complex', () => {
  it('is one 32-byte request with no free list', () => {
    const rt = new Runtime();
    const before = rt.heap.getallocatedblocks();
    const z = PyComplex_FromDoubles(rt, 1, 2);
    expect(rt.heap.blockSize(z.ob_addr)).toBe(32);
    expect(reprOf(z)).toBe('(1+2j)');
    Py_DECREF(z);
    expect(rt.heap.getallocatedblocks()).toBe(before);
  });

  it('reprs signed zeros, nan and inf as CPython', () => {
    const rt = new Runtime();
    const cases: [number, number, string][] = [
      [0, 1, '1j'], [-0, -0, '(-0-0j)'], [0, -0, '-0j'], [1e16, 1, '(1e+16+1j)'],
      [NaN, Infinity, '(nan+infj)'], [-1.5, 0.25, '(-1.5+0.25j)'],
    ];
    for (const [re, im, text] of cases) {
      const z = PyComplex_FromDoubles(rt, re, im);
      expect(reprOf(z)).toBe(text);
      Py_DECREF(z);
    }
  });

  it('divides by the larger part of the divisor (_Py_c_quot)', () => {
    expect(_Py_c_quot({ real: 1, imag: 2 }, { real: 3, imag: -4 })).toEqual({ real: -0.2, imag: 0.4 });
    expect(_Py_c_quot({ real: 1, imag: 0 }, { real: 0, imag: 0 })).toBeNull();
    expect(_Py_c_pow({ real: 0, imag: 0 }, { real: -1, imag: 0 })).toBeNull();
  });

  it('raises CPython errors for powers', () => {
    const rt = new Runtime();
    const text = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        if (e instanceof PyErr) {
          const t = reprOf(e.exc);
          e.release();
          return t;
        }
        throw e;
      }
      return '';
    };
    expect(text(() => complexPow(rt, { real: 0, imag: 0 }, { real: 0, imag: 1 }))).toBe("ZeroDivisionError('0.0 to a negative or complex power')");
    expect(text(() => complexPow(rt, { real: 1e200, imag: 1e200 }, { real: 2.5, imag: 0 }))).toBe("OverflowError('complex exponentiation')");
    expect(complexPow(rt, { real: 1, imag: 1 }, { real: 1000, imag: 0 })).toEqual({ real: 3.273390607896366e+150, imag: -2.6303055750020937e+137 });
  });

  it('hashes as hash(real) + 1000003 * hash(imag) in 64 bits', () => {
    const rt = new Runtime();
    expect(complex_hash_exact(1, 2)).toBe(2000007);
    expect(complex_hash_exact(0, 0.1)).toBe(691752902776908224n);
    expect(complex_hash_exact(-1, 0)).toBe(-2);
    const z = PyComplex_FromDoubles(rt, 1.5, 0);
    expect(PyObject_Hash(z)).toBe(PyObject_Hash(rt.newFloat(1.5)));
    Py_DECREF(z);
  });

  it('parses complex() strings', () => {
    expect(parseComplexText(' ( 1+2j ) ')).toEqual({ real: 1, imag: 2 });
    expect(parseComplexText('-j')).toEqual({ real: 0, imag: -1 });
    expect(parseComplexText('1e3-2.5e-1J')).toEqual({ real: 1000, imag: -0.25 });
    expect(parseComplexText('1_0+2_0j')).toEqual({ real: 10, imag: 20 });
    expect(parseComplexText('1+')).toBeNull();
    expect(parseComplexText('j1')).toBeNull();
  });

  it('mixes with ints and floats', () => {
    const rt = new Runtime();
    const z = PyComplex_FromDoubles(rt, 1, 2);
    const r = PyNumber_Binary(rt.newInt(3), z, 'nb_multiply');
    expect(reprOf(r)).toBe('(3+6j)');
    const q = PyNumber_Binary(z, rt.newFloat(0.5), 'nb_true_divide');
    expect(reprOf(q)).toBe('(2+4j)');
    for (const o of [z, r, q]) Py_DECREF(o);
  });

  it("computes abs() with glibc's hypot rounding", () => {
    // values where V8's Math.hypot and glibc's hypot differ in the last place (recorded from CPython)
    expect(hypot(1.2871703176175142, 8.198927451266247)).toBe(8.29935050336367);
    expect(hypot(-0.003528021302989471, 0.002142666253156573)).toBe(0.004127705535374774);
    expect(hypot(-2.686605167724818e-200, 2.5219061436787963e-200)).toBe(3.684814503441191e-200);
    expect(hypot(Infinity, NaN)).toBe(Infinity);
    expect(hypot(3, 4)).toBe(5);
  });
});
