// Ctrl-C during `glasspy run FILE`: the CLI (dist/glasspy.mjs) as a child process gets SIGINT
// once the script has printed its first line. The expected texts and endings are python3
// 3.11.7's for the same scripts, recorded: the traceback points at the running line, `__del__`
// still runs at exit, and the process ends killed by SIGINT (CPython's exit_sigint; a shell
// shows status 130).
import { describe, expect, it, beforeAll } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
const cli = join(root, 'dist', 'glasspy.mjs');

interface Ending {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `args`, sends SIGINT `count` times once stdout has a line, and collects the ending. */
function interrupted(args: string[], count = 1): Promise<Ending> {
  return new Promise((done, fail) => {
    const p = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let sent = false;
    const timer = setTimeout(() => {
      p.kill('SIGKILL');
      fail(new Error(`no ending after SIGINT; stdout ${JSON.stringify(stdout)}, stderr ${JSON.stringify(stderr)}`));
    }, 30_000);
    p.stdout.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
      if (!sent && stdout.includes('\n')) {
        sent = true;
        for (let i = 0; i < count; i++) setTimeout(() => p.kill('SIGINT'), 200 + 50 * i);
      }
    });
    p.stderr.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
    });
    p.on('close', (status, signal) => {
      clearTimeout(timer);
      done({ status, signal, stdout, stderr });
    });
  });
}

let dir = '';
function script(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

beforeAll(() => {
  if (!existsSync(cli)) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'glasspy-sigint-'));
});

describe('Ctrl-C during a script', () => {
  it('raises KeyboardInterrupt at the loop, runs __del__ at exit, ends by SIGINT', async () => {
    const p = script('loop.py', [
      'class D:',
      '    def __del__(self):',
      '        print("del at exit")',
      'd = D()',
      'i = 0',
      'print("started", flush=True)',
      'while True:',
      '    i += 1',
      '',
    ].join('\n'));
    const r = await interrupted(['run', p]);
    // python3: rc -2 (killed by SIGINT), stdout "started\ndel at exit\n"
    expect(r.stdout).toBe('started\ndel at exit\n');
    expect(r.stderr).toBe(`Traceback (most recent call last):\n  File "${p}", line 7, in <module>\n    while True:\nKeyboardInterrupt\n`);
    expect(r.signal).toBe('SIGINT');
    expect(r.status).toBeNull();
  }, 40_000);

  it('wakes time.sleep inside a function, with both frames in the traceback', async () => {
    const p = script('sleep.py', [
      'import time',
      '',
      'def wait():',
      '    while True:',
      '        time.sleep(0.05)',
      '',
      'print("waiting")',
      'import sys',
      'sys.stdout.flush()',
      'wait()',
      '',
    ].join('\n'));
    const r = await interrupted(['run', p]);
    expect(r.stdout).toBe('waiting\n');
    const lines = r.stderr.split('\n');
    expect(lines).toEqual([
      'Traceback (most recent call last):',
      `  File "${p}", line 10, in <module>`,
      '    wait()',
      `  File "${p}", line 5, in wait`,
      '    time.sleep(0.05)',
      'KeyboardInterrupt',
      '',
    ]);
    expect(r.signal).toBe('SIGINT');
  }, 40_000);

  it('lets the script catch it and carry on', async () => {
    const p = script('caught.py', [
      'try:',
      '    print("looping", flush=True)',
      '    while True:',
      '        pass',
      'except KeyboardInterrupt:',
      '    print("caught")',
      '',
    ].join('\n'));
    const r = await interrupted(['run', p]);
    expect(r).toEqual({ status: 0, signal: null, stdout: 'looping\ncaught\n', stderr: '' });
  }, 40_000);

  it('ends by SIGINT for an uncaught KeyboardInterrupt raised by the code, as python3 -c does', () => {
    const p = spawnSync(process.execPath, [cli, '-c', 'raise KeyboardInterrupt'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(p.signal).toBe('SIGINT');
    expect(p.stderr.split('\n').at(-2)).toBe('KeyboardInterrupt');
    // SystemExit(130) is an ordinary exit with that status
    const q = spawnSync(process.execPath, [cli, '-c', 'raise SystemExit(130)'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect([q.status, q.signal]).toEqual([130, null]);
  });
});
