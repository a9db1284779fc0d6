// float: CPython 3.11's Objects/floatobject.c. One double in ob_fval; 24-byte object; the
// 3.11 free list of 100 floats (PyFloat_MAXFREELIST), LIFO, invisible to the gc count (float
// is not a GC type anyway). Start at PyFloat_FromDouble.

import { PyObject, type PyTypeObject } from './object.js';
import { type Runtime, PyFloat_MAXFREELIST } from './runtime.js';
import { PyHASH_MODULUS, int_hash, int_hash_exact } from './longobject.js';

export class PyFloatObject extends PyObject {
  declare ob_fval: number;

  constructor(type: PyTypeObject, addr: number, refcnt = 1, code?: number) {
    super(type, addr, refcnt, code);
    this.ob_fval = 0;
  }
}

/**
 * The float free list (3.11's _Py_float_state: free_list and numfree): LIFO, at most
 * PyFloat_MAXFREELIST floats. A fixed array and a count, so that a push or a pop is one store:
 * no JS array growing and shrinking (the hottest free list: every float temporary goes through it).
 */
export class FloatFreeList {
  /** items[0..numfree) are on the list, the top last; the rest is stale */
  readonly items: (PyFloatObject | null)[];
  numfree = 0;

  constructor() {
    this.items = new Array<PyFloatObject | null>(PyFloat_MAXFREELIST).fill(null);
  }

  /** The floats on the list, bottom first. */
  toArray(): PyFloatObject[] {
    return this.items.slice(0, this.numfree) as PyFloatObject[];
  }
}

/** New reference to a float (PyFloat_FromDouble): pops the free list first. */
export function PyFloat_FromDouble(rt: Runtime, v: number): PyFloatObject {
  const fl = rt.floatFreelist;
  const n = fl.numfree;
  if (n > 0) {
    const o = fl.items[n - 1] as PyFloatObject;
    fl.numfree = n - 1;
    o.ob_refcnt = 1;
    o.ob_fval = v;
    return o;
  }
  const code = rt.allocObjectCode(rt.types.float, 0);
  const o = new PyFloatObject(rt.types.float, 0, 1, code);
  o.ob_fval = v;
  return o;
}

export function allocFloatSubtype(rt: Runtime, type: PyTypeObject, v: number): PyFloatObject {
  const addr = rt.allocObject(type, 0);
  const o = new PyFloatObject(type, addr);
  o.ob_fval = v;
  return o;
}

/** float_dealloc: exact floats go onto the free list while it has room. */
export function float_dealloc(o: PyObject): void {
  const rt = o.ob_type.rt;
  const fl = rt.floatFreelist;
  const n = fl.numfree;
  if (o.ob_type === rt.types.float && n < PyFloat_MAXFREELIST) {
    fl.items[n] = o as PyFloatObject;
    fl.numfree = n + 1;
    return;
  }
  rt.PyObject_Free(o);
}

/** Empties the free list (called at the end of a full collection: _PyFloat_ClearFreeList). */
export function float_clear_freelist(rt: Runtime): void {
  const fl = rt.floatFreelist;
  for (const o of fl.toArray()) rt.PyObject_Free(o);
  fl.numfree = 0;
  fl.items.fill(null);
}

/** repr(float): the shortest string that round-trips, in Python's 'r' format. */
export function float_repr_value(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const e = x.toExponential(); // shortest round-trip digits
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(e);
  if (m === null) return String(x);
  const sign = m[1] ?? '';
  const digits = (m[2] ?? '') + (m[3] ?? '');
  const exp = Number(m[4]);
  if (exp < -4 || exp >= 16) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const es = Math.abs(exp) < 10 ? `0${Math.abs(exp)}` : String(Math.abs(exp));
    return `${sign}${mant}e${exp < 0 ? '-' : '+'}${es}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

/** The exact 64-bit hash of a float (a bigint when beyond 2^53), for hash() and set tables. */
export function float_hash_exact(x: number): number | bigint {
  if (Number.isNaN(x) || !Number.isFinite(x)) return float_hash_value(x);
  if (Number.isInteger(x)) return int_hash_exact(Number.isSafeInteger(x) ? x : BigInt(x));
  let m = Math.abs(x);
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e--;
  }
  const P = PyHASH_MODULUS;
  const k = ((e % 61) + 61) % 61;
  let r = ((BigInt(m) % P) << BigInt(k)) % P;
  if (x < 0) r = -r;
  if (r === -1n) r = -2n;
  return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
}

/** _Py_HashDouble: integral values hash like ints; others by their exact binary value. */
export function float_hash_value(x: number): number {
  if (Number.isNaN(x)) return 0; // DIVERGENCE: 3.11 hashes NaN by identity
  if (!Number.isFinite(x)) return x > 0 ? 314159 : -314159;
  if (Number.isInteger(x)) return int_hash(Number.isSafeInteger(x) ? x : BigInt(x));
  // x = m * 2^e exactly with m an odd integer; hash = m * 2^e mod P (P = 2^61 - 1)
  let m = Math.abs(x);
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e--;
  }
  const P = PyHASH_MODULUS;
  let r = BigInt(m) % P;
  // multiply by 2^e mod P: 2^61 = 1 mod P, so 2^-k = 2^(61 - k mod 61)
  const k = ((e % 61) + 61) % 61;
  r = (r << BigInt(k)) % P;
  let h = Number(r);
  if (x < 0) h = -h;
  return h === -1 ? -2 : h;
}
