// The time module: CPython 3.11's Modules/timemodule.c, the clocks. Uses only web-platform
// clocks (performance.now, Date.now) so the core runs in a browser too.

import { type PyObject, Py_NewRef } from '../objects/object.js';
import type { Runtime } from '../objects/runtime.js';
import type { PyDictObject } from '../objects/dictobject.js';
import { PyCFunction_New, checkArgs } from '../objects/descrobject.js';
import { PyModule_New } from '../objects/builtinslots.js';
import { floatFromObject } from '../objects/numbertypes.js';

/** `wait` sleeps for a number of milliseconds (the interpreter's: Ctrl-C interrupts it). */
export function makeTimeModule(rt: Runtime, wait?: (ms: number) => void): PyObject {
  const m = PyModule_New(rt, 'time', null);
  const d = m.ob_dict as PyDictObject;
  const def = (name: string, fn: (args: PyObject[]) => PyObject, min = 0, max = 0): void => {
    rt.dictSetStr(d, name, PyCFunction_New(rt, name, (_s, args, kw) => {
      checkArgs(rt, name, args, kw, min, max);
      return fn(args);
    }, m));
  };
  const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
  def('time', () => rt.newFloat(Date.now() / 1000));
  def('time_ns', () => rt.newInt(BigInt(Date.now()) * 1000000n));
  def('perf_counter', () => rt.newFloat(now() / 1000));
  def('perf_counter_ns', () => rt.newInt(Math.round(now() * 1e6)));
  def('monotonic', () => rt.newFloat(now() / 1000));
  def('process_time', () => rt.newFloat(now() / 1000));
  def('sleep', (a) => {
    const s = floatFromObject(rt, a[0] as PyObject);
    if (wait !== undefined) {
      wait(s * 1000);
      return Py_NewRef(rt.None);
    }
    const end = now() + s * 1000;
    while (now() < end) {
      // SIMPLIFICATION: a busy wait (no blocking primitive in every host)
    }
    return Py_NewRef(rt.None);
  }, 1, 1);
  return m;
}
