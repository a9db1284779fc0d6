// The interactive prompt, driven through a real pseudo-terminal as a person would: tmux runs
// `glasspy`, the test types each line of tests/cli/repl/NAME.keys only once the previous one
// has been answered (a prompt is back, or the screen has settled), then reads the screen.
// NAME.expected is what python3 3.11 showed for the same keystrokes, banner removed, recorded by
//   GLASSPY_RECORD_REPL=1 npx vitest run tests/cli/repl.test.ts
// (HOME is a fresh folder, so python3's ~/.python_history does not leak into the arrow keys).
//
// In a .keys file, a line is typed and Enter pressed; <Up> presses the up arrow (no Enter);
// <C-c> and <C-d> press Ctrl-C / Ctrl-D; text followed by <C-c> is typed, then Ctrl-C pressed.
//
// Without tmux (it is installed on this project's machines), the terminal sessions are
// skipped with that reason; the pipe tests below need no terminal and always run.
import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
const cli = join(root, 'dist', 'glasspy.mjs');
const dir = join(__dirname, 'repl');
const record = process.env.GLASSPY_RECORD_REPL === '1';

function hasTmux(): boolean {
  return spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** One program in a tmux pane of its own server (-L), 100 columns, a long scrollback. */
class Pane {
  private readonly socket: string;
  private readonly name = 'repl';

  constructor(command: string, cwd: string, home: string) {
    this.socket = `glasspy-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    // The shell line reports the exit status, then keeps the pane open to be read; it survives
    // the Ctrl-C sent to the program (a trap, not an ignored signal: the program gets SIGINT).
    const line = `trap : INT; cd '${cwd}' && HOME='${home}' TERM=xterm ${command}; echo "[exit $?]"; sleep 600`;
    this.tmux('new-session', '-d', '-s', this.name, '-x', '100', '-y', '50', 'sh', '-c', line);
    this.tmux('set-option', '-t', this.name, 'history-limit', '5000');
  }

  tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }

  screen(): string {
    const raw = this.tmux('capture-pane', '-p', '-J', '-S', '-5000', '-t', this.name);
    return raw.split('\n').map((l) => l.trimEnd()).join('\n').replace(/\n+$/, '') + '\n';
  }

  /** The screen and where the cursor is (an Enter on an empty line moves only the cursor). */
  state(): string {
    return this.screen() + this.tmux('display-message', '-p', '-t', this.name, '#{history_size} #{cursor_y} #{cursor_x}');
  }

  /** Whether the cursor waits right after a prompt (`>>> `, `... `, `name? `). */
  atPrompt(): boolean {
    const [y, x] = this.tmux('display-message', '-p', '-t', this.name, '#{cursor_y} #{cursor_x}').trim().split(' ').map(Number) as [number, number];
    const line = this.tmux('capture-pane', '-p', '-t', this.name, '-S', String(y), '-E', String(y)).replace(/\n$/, '').trimEnd();
    return /^(>>>|\.\.\.)$|\?$/.test(line) && x === line.length + 1;
  }

  /**
   * Waits until the program has answered the last keys: the screen changed and the cursor
   * waits at a new prompt (or the program has exited), or nothing has changed for `settleMs`.
   */
  async answered(before: string, settleMs = 1500, timeoutMs = 20_000): Promise<string> {
    const start = Date.now();
    let last = before;
    let lastChange = Date.now();
    for (;;) {
      await sleep(40);
      const st = this.state();
      if (st !== last) {
        last = st;
        lastChange = Date.now();
      }
      if (st !== before && (this.atPrompt() || /\[exit \d+\]\n/.test(st))) return st;
      if (st !== before && Date.now() - lastChange > settleMs) return st;
      if (Date.now() - start > timeoutMs) return st;
    }
  }

  keys(...k: string[]): void {
    this.tmux('send-keys', '-t', this.name, ...k);
  }

  text(t: string): void {
    if (t !== '') this.tmux('send-keys', '-t', this.name, '-l', t);
  }

  kill(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
  }
}

/** Types a .keys file into `command` as a person would; returns the screen at the end. */
async function session(command: string, keys: string): Promise<string> {
  const home = mkdtempSync(join(tmpdir(), 'glasspy-repl-home-'));
  const pane = new Pane(command, root, home);
  try {
    let screen = await pane.answered('', 3000, 30_000);
    for (const step of keys.replace(/\n$/, '').split('\n')) {
      const before = screen;
      if (step === '<Up>') {
        pane.keys('Up');
        await sleep(300);
        screen = pane.screen();
        continue;
      }
      if (step === '<C-c>' || step === '<C-d>') pane.keys(step === '<C-c>' ? 'C-c' : 'C-d');
      else if (step.endsWith('<C-c>')) {
        pane.text(step.slice(0, -'<C-c>'.length));
        await sleep(200);
        pane.keys('C-c');
      } else {
        pane.text(step);
        pane.keys('Enter');
      }
      screen = await pane.answered(before);
    }
    if (!/\[exit \d+\]\n/.test(screen)) await pane.answered(screen, 3000);
    return pane.screen();
  } finally {
    pane.kill();
  }
}

/** The screen without the two banner lines, which say which interpreter it is. */
function withoutBanner(screen: string): string {
  return screen.split('\n').slice(2).join('\n');
}

const names = readdirSync(dir).filter((f) => f.endsWith('.keys')).map((f) => f.slice(0, -5)).sort();
const tmux = hasTmux();

beforeAll(() => {
  if (!existsSync(cli)) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
});

describe.skipIf(!tmux)('the interactive prompt on a terminal (tmux)', () => {
  it.each(names)('%s: the screen matches python3 3.11 for the same keystrokes', async (name) => {
    const keys = readFileSync(join(dir, `${name}.keys`), 'utf8');
    const expectedFile = join(dir, `${name}.expected`);
    if (record) writeFileSync(expectedFile, withoutBanner(await session('python3', keys)));
    const screen = await session(`node '${cli}'`, keys);
    expect(screen.split('\n')[0]).toMatch(/^glasspy \d+\.\d+\.\d+ \(a Python 3\.11 subset/);
    expect(withoutBanner(screen)).toBe(readFileSync(expectedFile, 'utf8'));
  }, 120_000);
});

describe('the interactive prompt without a terminal (python3 -i < input)', () => {
  function run(args: string[], input: string): { status: number | null; stdout: string; stderr: string } {
    const p = spawnSync(process.execPath, [cli, ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
    return { status: p.status, stdout: p.stdout, stderr: p.stderr };
  }

  it('writes prompts to stderr and echoes values to stdout, as python3 -i does', () => {
    const r = run(['-i'], 'x = [1, 2]\nx\nimport sys\nsys.getrefcount(x)\nif x:\n    len(x)\n\n1/0\nprint("after")\n');
    expect(r.stdout).toBe('[1, 2]\n3\n2\nafter\n');
    expect(r.stderr.split('\n').slice(2).join('\n')).toBe(
      '>>> >>> >>> >>> >>> ... ... >>> Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero\n>>> >>> \n',
    );
    expect(r.status).toBe(0);
  });

  it('runs a script first with -i FILE, without the banner, and keeps its names', () => {
    const d = mkdtempSync(join(tmpdir(), 'glasspy-repl-'));
    const p = join(d, 'setup.py');
    writeFileSync(p, 'import sys\nitems = [1, 2, 3]\nsys.exit(5)\n');
    const r = run(['-i', p], 'len(items)\nexit(4)\n');
    expect(r.stdout).toBe('3\n');
    expect(r.stderr).toBe(`Traceback (most recent call last):\n  File "${p}", line 3, in <module>\n    sys.exit(5)\nSystemExit: 5\n>>> >>> `);
    expect(r.status).toBe(4);
  });

  it('reads the program from standard input when it is not a terminal, as `python3 < file`', () => {
    const r = run([], 'import sys\nprint(sys.argv)\n1/0\n');
    expect(r.stdout).toBe("['']\n");
    expect(r.stderr).toBe('Traceback (most recent call last):\n  File "<stdin>", line 3, in <module>\nZeroDivisionError: division by zero\n');
    expect(r.status).toBe(1);
  });

  it('gives input() the lines of standard input in a script', () => {
    const d = mkdtempSync(join(tmpdir(), 'glasspy-repl-'));
    const p = join(d, 'ask.py');
    writeFileSync(p, 'a = input("first? ")\nb = input()\nprint(a + b)\ntry:\n    input("more? ")\nexcept EOFError as e:\n    print("EOFError:", e)\n');
    const r = run(['run', p], 'ab\ncd\n');
    expect(r.stdout).toBe('first? abcd\nmore? EOFError: EOF when reading a line\n');
    expect(r.status).toBe(0);
  });
});
