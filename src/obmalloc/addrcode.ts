// Address codes: a simulated address as a small integer (no counterpart in CPython).
//
// Simulated addresses lie above 2^31, so V8 keeps a JS number holding one in a heap-allocated
// box whenever it is stored in an object field or passed to or returned from a function that
// was not inlined: one more JS object, and one more cache miss to read it. The hot paths
// (object headers, PyObject_MallocCode / PyObject_FreeCode) carry this code instead.
//
//   code 0 .. 2^31-1        ARENA_BASE + 8*code             (the arenas: obmalloc.ts caps them)
//   code -1 .. -(2^31-1)    LOW_BASE + 8*(-1-code)          (the interpreter's static data,
//                                                            runtime.ts STATIC_BASE, and raw
//                                                            malloc's region above it)
//   code -2^31              ADDR_NO_CODE: any other address (not 8-aligned, outside both)

const enum AC {
  HIGH_BASE = 0x7f3a_0000_0000,
  LOW_BASE = 0x5616_2700_0000,
  NONE = -2147483648,
}

/** The code of an address that has none. */
export const ADDR_NO_CODE: number = AC.NONE;
/** The two bases (tests check them against ARENA_BASE and runtime.ts STATIC_BASE). */
export const ADDR_CODE_BASES: readonly number[] = [AC.HIGH_BASE, AC.LOW_BASE];

/** The address code of addr. */
export function addrCode(addr: number): number {
  // `| 0` on the results: the value of a double computation stays a heap number in V8's
  // interpreter even when integral, and one such store turns a field into a boxed double.
  const hi = (addr - AC.HIGH_BASE) * 0.125;
  if (hi >= 0 && hi < 2147483648 && (hi | 0) === hi) return hi | 0;
  const lo = (addr - AC.LOW_BASE) * 0.125;
  if (lo >= 0 && lo < 2147483647 && (lo | 0) === lo) return (-1 - lo) | 0;
  return AC.NONE;
}

/** The address of a code that is not ADDR_NO_CODE. */
export function addrOfCode(c: number): number {
  return c >= 0 ? AC.HIGH_BASE + c * 8 : AC.LOW_BASE + (-1 - c) * 8;
}

/** The code of the address `bytes` (a multiple of 8) above the one whose code is c. */
export function addrCodeAdd(c: number, bytes: number): number {
  return c >= 0 ? c + (bytes >> 3) : c - (bytes >> 3);
}
