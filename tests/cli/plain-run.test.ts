// The entry point's shortcut (src/cli/request.ts, plainScriptRequest) for a command line that is
// only a script and its arguments must ask the worker for exactly what the full command line
// (commander, src/cli/command-line.ts) asks for, and must leave every other command line to it.
import { describe, expect, it } from 'vitest';
import { runCommandLine } from '../../src/cli/command-line.js';
import type { RunRequest } from '../../src/cli/launch.js';
import { plainScriptRequest } from '../../src/cli/request.js';

/** What commander's command line starts for argv: ['worker', request], ['prompt', request], or its exit status. */
async function viaCommander(argv: string[]): Promise<[string, RunRequest] | number> {
  let started: [string, RunRequest] | null = null;
  const status = await runCommandLine(argv, {
    runInWorker: (req) => {
      started = ['worker', req];
      return Promise.resolve(0);
    },
    runRepl: (req) => {
      started = ['prompt', req];
      return Promise.resolve(0);
    },
  });
  return started ?? status;
}

const node = ['node', 'glasspy.mjs'];

describe('plain script runs skip the option parser', () => {
  const plain = [
    ['run', 'x.py'],
    ['x.py'],
    ['run', 'x.py', 'a', 'b'],
    ['x.py', 'a', '-c', 'print(1)', '--gc-stress', '-i'],
    ['run', 'x.py', '--help', '--version', '-V', '--', 'z'],
    ['x.py', '--trace-refs', 'y.py'],
    ['run', 'help'],
    ['run', 'run'],
    ['run', 'ast', 'q.py'],
    ['dir/run.py', ''],
    ['', 'x'],
  ];
  it.each(plain.map((a) => [a.join(' '), a]))('%s', async (_, words) => {
    const argv = [...node, ...(words as string[])];
    const fast = plainScriptRequest(argv);
    expect(fast).not.toBeNull();
    expect(await viaCommander(argv)).toEqual(['worker', fast]);
  });

  const others = [
    [],
    ['-c', 'print(1)'],
    ['-i', 'x.py'],
    ['--gc-stress', 'x.py'],
    ['run', '--gc-stress', 'x.py'],
    ['run', '--malloc-layout', '3.11', 'x.py'],
    ['run'],
    ['ast', 'x.py'],
    ['help'],
    ['--version'],
    ['-'],
  ];
  it.each(others.map((a) => [a.join(' ') || '(nothing)', a]))('leaves %s to commander', (_, words) => {
    expect(plainScriptRequest([...node, ...(words as string[])])).toBeNull();
  });
});
