// Shared by the tests of src/viz: run a script through runMain, and make addresses symbolic so
// that expected texts survive changes to allocation sizes elsewhere in the runtime.
import { runMain, type RunMainOptions } from '../../src/interp/index.js';

export function run(source: string, extra: Partial<RunMainOptions> = {}): { out: string; err: string; status: number } {
  let out = '';
  let err = '';
  const status = runMain({ source, filename: 'prog.py', argv: ['prog.py'], stdout: (s) => (out += s), stderr: (s) => (err += s), ...extra });
  return { out, err, status };
}

/** Replaces each distinct 0x... address by @1, @2, ... in order of first appearance. */
export function symbolicAddresses(text: string): string {
  const names = new Map<string, string>();
  return text.replace(/0x[0-9a-f]{6,}/g, (a) => {
    let n = names.get(a);
    if (n === undefined) {
      n = `@${names.size + 1}`;
      names.set(a, n);
    }
    return n;
  });
}
