// The interpreter end to end through runMain: exit statuses, the traceback text, the heap limit,
// unsupported constructs, and two runtimes side by side. Expected texts are CPython 3.11.7's.
import { describe, expect, it } from 'vitest';
import { runMain } from '../../src/interp/index.js';

function run(source: string, extra: Partial<Parameters<typeof runMain>[0]> = {}): { out: string; err: string; status: number } {
  let out = '';
  let err = '';
  const status = runMain({ source, filename: 'prog.py', argv: ['prog.py'], stdout: (s) => (out += s), stderr: (s) => (err += s), ...extra });
  return { out, err, status };
}

describe('runMain', () => {
  it('runs a script and returns 0', () => {
    expect(run('print(1 + 2)\n')).toEqual({ out: '3\n', err: '', status: 0 });
  });

  it('prints an uncaught exception as CPython does, with position markers, and exits 1', () => {
    const r = run('def f(a, b):\n    return a / b\n\nx = f(1, 0) + 1\n');
    expect(r.status).toBe(1);
    expect(r.err).toBe(
      'Traceback (most recent call last):\n' +
      '  File "prog.py", line 4, in <module>\n' +
      '    x = f(1, 0) + 1\n' +
      '        ^^^^^^^\n' +
      '  File "prog.py", line 2, in f\n' +
      '    return a / b\n' +
      '           ~~^~~\n' +
      'ZeroDivisionError: division by zero\n',
    );
  });

  it('maps SystemExit to the exit status', () => {
    expect(run('import sys\nsys.exit(4)\n').status).toBe(4);
    expect(run('raise SystemExit\n').status).toBe(0);
    const r = run('raise SystemExit("bye")\n');
    expect(r.status).toBe(1);
    expect(r.err).toBe('bye\n');
  });

  it('raises RecursionError at the recursion limit', () => {
    const r = run('import sys\nsys.setrecursionlimit(120)\ndef f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(e)\n');
    expect(r.out).toBe('maximum recursion depth exceeded\n');
  });

  it('turns an exhausted heap limit into MemoryError', () => {
    const r = run('l = []\ntry:\n    while True:\n        l.append([0] * 100)\nexcept MemoryError:\n    l = None\n    print("MemoryError")\n', { heapLimitBytes: 4 * 1024 * 1024 });
    expect(r.out).toBe('MemoryError\n');
    expect(r.status).toBe(0);
  });

  it('raises MemoryError for an int wider than 2**30 bits (V8 bigints stop there; DIVERGENCE: CPython builds it)', () => {
    const r = run('n = 10**10\nb = 10\nfor f in (lambda: 1 << n, lambda: b ** n, lambda: -b << n):\n    try:\n        f()\n    except MemoryError as e:\n        print(repr(e))\nprint((-1) ** n, 1 << 40)\n');
    expect(r.out).toBe('MemoryError()\nMemoryError()\nMemoryError()\n1 1099511627776\n');
    expect(r.status).toBe(0);
  });

  it('names an unsupported construct and its line', () => {
    const r = run('x = 1\nmatch x:\n    case 1:\n        pass\n');
    expect(r.status).toBe(1);
    expect(r.err).toContain("NotImplementedError: glasspy does not support 'match' statements yet (line 2)");
  });

  it('finalizes objects left in module globals at exit', () => {
    const r = run('class N:\n    def __del__(self):\n        print("bye")\nn = N()\nprint("end")\n');
    expect(r.out).toBe('end\nbye\n');
  });

  it('keeps two runtimes apart', () => {
    const a = run('import sys\nx = []\nprint(sys.getrefcount(x), id(x) % 8)\n');
    const b = run('import sys\nx = []\nprint(sys.getrefcount(x), id(x) % 8)\n');
    expect(a.out).toBe('2 0\n');
    expect(b.out).toBe(a.out);
  });

  it('reports a scope error as a SyntaxError before running anything', () => {
    const r = run('print("never")\ndef f():\n    nonlocal q\n');
    expect(r.status).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe('  File "prog.py", line 3\n    nonlocal q\n    ^^^^^^^^^^\nSyntaxError: nonlocal declaration not allowed at module level\n'.replace('nonlocal declaration not allowed at module level', "no binding for nonlocal 'q' found"));
  });
});
