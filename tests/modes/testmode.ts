// The collector's test modes: run every program corpus of the repository (tests/cases,
// tests/differential, tests/gc scenarios, examples, and the spec cases) with the cycle
// collector in stress mode (a collection on every GC allocation) or in debug mode (heap and
// gc lists validated between operations and between the collector's phases).
//
//   GLASSPY_TEST_MODE=stress npx vitest run tests/modes     (npm run test:stress)
//   GLASSPY_TEST_MODE=debug  npx vitest run tests/modes     (npm run test:debug)
//
// Without GLASSPY_TEST_MODE, tests/modes only checks the rule below (the corpora run in their
// own harnesses in normal mode).
//
// The comparison rule in stress mode. Every recorded output comes from CPython with its
// default thresholds. Collecting on every allocation changes only *when* cyclic garbage is
// found, so a program's output may legitimately differ exactly when it observes that timing.
// A case observes it when its source text (or an imported helper module's) does one of:
//   - uses the gc or weakref module (counts, thresholds, collect()'s return value, get_stats,
//     DEBUG_* text, callbacks' info, gc.garbage, weakref callbacks);
//   - defines __del__ (a finalizer of cyclic garbage runs at collection time);
//   - calls id() or sys.getallocatedblocks() (addresses and block counts depend on when
//     cycles are freed and when a full collection empties the free lists).
// Such a case must still end with CPython's exit status, and must never report an internal
// error (InternalError, a JS exception escaping as "glasspy: internal error", status 70).
// Every other case must match exactly, in both modes. Debug mode never relaxes anything.

export type TestMode = 'normal' | 'stress' | 'debug';

export function testMode(): TestMode {
  const m = process.env['GLASSPY_TEST_MODE'];
  if (m === undefined || m === '' || m === 'normal') return 'normal';
  if (m === 'stress' || m === 'debug') return m;
  throw new Error(`GLASSPY_TEST_MODE must be stress, debug or normal, not '${m}'`);
}

/** The runMain options of a mode. */
export function modeOptions(mode: TestMode): { gcStress?: boolean; debugChecks?: boolean } {
  if (mode === 'stress') return { gcStress: true };
  if (mode === 'debug') return { debugChecks: true };
  return {};
}

/** The CLI options of a mode. */
export function modeCliArgs(mode: TestMode): string[] {
  if (mode === 'stress') return ['--gc-stress'];
  if (mode === 'debug') return ['--debug-checks'];
  return [];
}

const OBSERVES: readonly [RegExp, string][] = [
  [/^\s*(import|from)\s+(gc|weakref)\b/m, 'uses the gc or weakref module'],
  [/\bimport\s+[\w, ]*\b(gc|weakref)\b/, 'uses the gc or weakref module'],
  [/\bdef\s+__del__\b/, 'defines __del__'],
  [/(^|[^\w.])id\(/m, 'calls id()'],
  [/\bgetallocatedblocks\b/, 'calls sys.getallocatedblocks()'],
];

/** Why a program observes the collector's timing (stress mode relaxes it), or null. */
export function observesCollector(source: string): string | null {
  for (const [re, why] of OBSERVES) if (re.test(source)) return why;
  return null;
}

/** What no run may ever show, in any mode: the runtime's own failures. */
export function internalFailure(stderr: string, status: number): string | null {
  if (status === 70) return 'exit status 70 (internal error)';
  if (/glasspy: internal error/.test(stderr)) return 'glasspy: internal error';
  if (/InternalError/.test(stderr)) return 'InternalError';
  if (/Maximum call stack size exceeded/.test(stderr)) return 'JS stack overflow';
  return null;
}
