// The math module: CPython 3.11's Modules/mathmodule.c, the common functions.
// Start at makeMathModule. Domain errors use CPython's messages ("math domain error").

import { type PyObject, Py_NewRef } from '../objects/object.js';
import type { Runtime } from '../objects/runtime.js';
import { PyErr } from '../objects/pyerr.js';
import type { PyDictObject } from '../objects/dictobject.js';
import { PyCFunction_New, checkArgs } from '../objects/descrobject.js';
import { PyModule_New } from '../objects/builtinslots.js';
import { floatFromObject, floatToInt } from '../objects/numbertypes.js';
import { PyNumber_AsIndexValue, PyObject_IsTrue } from '../objects/abstract.js';
import { call_method, _PyType_Lookup } from '../objects/typeobject.js';
import { crExp, crLog, crSin, crCos, crAtan2, crPow, crTan, crSinh, crCosh, crAsin, crAcos, crHypot } from '../util/crmath.js';

export function makeMathModule(rt: Runtime): PyObject {
  const T = rt.types;
  const m = PyModule_New(rt, 'math', null);
  const d = m.ob_dict as PyDictObject;
  const def = (name: string, fn: (args: PyObject[]) => PyObject, min: number, max: number): void => {
    rt.dictSetStr(d, name, PyCFunction_New(rt, name, (_s, args, kw) => {
      checkArgs(rt, name, args, kw, min, max);
      return fn(args);
    }, m));
  };
  const num = (o: PyObject | undefined): number => floatFromObject(rt, o as PyObject);
  const domain = (): PyErr => PyErr.format(rt, T.ValueError, 'math domain error');
  const f1 = (name: string, f: (x: number) => number, ok: (x: number) => boolean = () => true): void => {
    def(name, (a) => {
      const x = num(a[0]);
      if (!ok(x)) throw domain();
      const r = f(x);
      if (Number.isNaN(r) && !Number.isNaN(x)) throw domain();
      if (!Number.isFinite(r) && Number.isFinite(x)) throw PyErr.format(rt, T.OverflowError, 'math range error');
      return rt.newFloat(r);
    }, 1, 1);
  };
  f1('sqrt', Math.sqrt, (x) => !(x < 0));
  f1('exp', crExp);
  f1('sin', crSin);
  f1('cos', crCos);
  f1('tan', crTan);
  f1('asin', crAsin, (x) => x >= -1 && x <= 1);
  f1('acos', crAcos, (x) => x >= -1 && x <= 1);
  f1('atan', (x) => (Number.isNaN(x) ? x : x === 0 ? x : crAtan2(x, 1))); // atan x = atan2(x, 1) exactly
  f1('sinh', crSinh);
  f1('cosh', crCosh);
  f1('tanh', Math.tanh);
  f1('fabs', Math.abs);
  f1('log2', Math.log2, (x) => x > 0);
  f1('log10', Math.log10, (x) => x > 0);
  f1('log1p', Math.log1p, (x) => x > -1);
  f1('expm1', Math.expm1); // V8's is fdlibm's expm1, as glibc's is (not correctly rounded: e.g. expm1(1.0))
  f1('degrees', (x) => (x * 180) / Math.PI);
  f1('radians', (x) => (x * Math.PI) / 180);
  def('log', (a) => {
    const x = num(a[0]);
    if (!(x > 0) && !Number.isNaN(x)) throw domain();
    if (a.length === 2) {
      const b = num(a[1]);
      if (!(b > 0) || b === 1) throw b === 1 ? PyErr.format(rt, T.ZeroDivisionError, 'float division by zero') : domain();
      return rt.newFloat(crLog(x) / crLog(b));
    }
    return rt.newFloat(crLog(x));
  }, 1, 2);
  def('pow', (a) => {
    // math_pow: domain errors for finite arguments, range error on overflow
    const x = num(a[0]);
    const y = num(a[1]);
    const fin = Number.isFinite(x) && Number.isFinite(y);
    if (fin && ((x < 0 && !Number.isInteger(y)) || (x === 0 && y < 0))) throw domain();
    const r = crPow(x, y);
    if (fin && !Number.isFinite(r)) throw PyErr.format(rt, T.OverflowError, 'math range error');
    return rt.newFloat(r);
  }, 2, 2);
  def('atan2', (a) => rt.newFloat(crAtan2(num(a[0]), num(a[1]))), 2, 2);
  def('hypot', (a) => rt.newFloat(crHypot(a.map((x) => num(x)))), 0, 1 << 20);
  def('copysign', (a) => {
    const x = Math.abs(num(a[0]));
    const y = num(a[1]);
    return rt.newFloat(y < 0 || Object.is(y, -0) ? -x : x);
  }, 2, 2);
  const rounder = (name: string, dunder: string, f: (x: number) => number): void => {
    def(name, (a) => {
      const o = a[0] as PyObject;
      if (o.ob_type === T.float) return floatToInt(rt, f(num(o)));
      if (_PyType_Lookup(o.ob_type, dunder) !== null) return call_method(o, dunder, []);
      return floatToInt(rt, f(num(o)));
    }, 1, 1);
  };
  rounder('floor', '__floor__', Math.floor);
  rounder('ceil', '__ceil__', Math.ceil);
  rounder('trunc', '__trunc__', Math.trunc);
  def('isnan', (a) => rt.newBool(Number.isNaN(num(a[0]))), 1, 1);
  def('isinf', (a) => {
    const x = num(a[0]);
    return rt.newBool(x === Infinity || x === -Infinity);
  }, 1, 1);
  def('isfinite', (a) => rt.newBool(Number.isFinite(num(a[0]))), 1, 1);
  def('isclose', (a) => {
    const x = num(a[0]);
    const y = num(a[1]);
    return rt.newBool(x === y || Math.abs(x - y) <= Math.max(1e-9 * Math.max(Math.abs(x), Math.abs(y)), 0));
  }, 2, 2);
  const big = (o: PyObject | undefined): bigint => BigInt(PyNumber_AsIndexValue(o as PyObject));
  const box = (b: bigint): PyObject => rt.newInt(b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b);
  def('gcd', (a) => {
    let g = 0n;
    for (const x of a) {
      let y = big(x);
      if (y < 0n) y = -y;
      let p = g;
      while (y !== 0n) [p, y] = [y, p % y];
      g = p;
    }
    return box(g);
  }, 0, 1 << 20);
  def('factorial', (a) => {
    const o = a[0] as PyObject;
    if (o.ob_type === T.float) throw PyErr.format(rt, T.TypeError, "'float' object cannot be interpreted as an integer");
    const n = big(o);
    if (n < 0n) throw PyErr.format(rt, T.ValueError, 'factorial() not defined for negative values');
    let r = 1n;
    for (let i = 2n; i <= n; i++) r *= i;
    return box(r);
  }, 1, 1);
  def('comb', (a) => {
    const n = big(a[0]);
    const k = big(a[1]);
    if (n < 0n || k < 0n) throw PyErr.format(rt, T.ValueError, `${n < 0n ? 'n' : 'k'} must be a non-negative integer`);
    if (k > n) return box(0n);
    let r = 1n;
    for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
    return box(r);
  }, 2, 2);
  def('isqrt', (a) => {
    const n = big(a[0]);
    if (n < 0n) throw PyErr.format(rt, T.ValueError, 'isqrt() argument must be nonnegative');
    if (n < 2n) return box(n);
    let x = BigInt(Math.floor(Math.sqrt(Number(n))));
    while (x * x > n) x--;
    while ((x + 1n) * (x + 1n) <= n) x++;
    return box(x);
  }, 1, 1);
  def('fsum', (a) => {
    const items = rt.iterate(a[0] as PyObject);
    let s = 0;
    let c = 0;
    for (const it of items) {
      const y = num(it) - c;
      const t = s + y;
      c = t - s - y;
      s = t;
      it.ob_refcnt--;
      if (it.ob_refcnt === 0) rt.iterate(rt.newTuple([it]));
    }
    return rt.newFloat(s);
  }, 1, 1);
  rt.dictSetStr(d, 'pi', rt.newFloat(Math.PI));
  rt.dictSetStr(d, 'e', rt.newFloat(Math.E));
  rt.dictSetStr(d, 'tau', rt.newFloat(2 * Math.PI));
  rt.dictSetStr(d, 'inf', rt.newFloat(Infinity));
  rt.dictSetStr(d, 'nan', rt.newFloat(NaN));
  void PyObject_IsTrue;
  void Py_NewRef;
  return m;
}
