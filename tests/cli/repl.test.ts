// The interactive prompt, driven through a real pseudo-terminal as a person would: tmux (or,
// where tmux is missing, util-linux `script`) runs `glasspy`, the test types each line of tests/cli/repl/NAME.keys only once the previous one
// has been answered (a prompt is back, or the screen has settled), then reads the screen.
// NAME.expected is what python3 3.11 showed for the same keystrokes, banner removed, recorded by
//   GLASSPY_RECORD_REPL=1 npx vitest run tests/cli/repl.test.ts
// (HOME is a fresh folder, so python3's ~/.python_history does not leak into the arrow keys).
//
// In a .keys file, a line is typed and Enter pressed; <Up> presses the up arrow (no Enter);
// <C-c> and <C-d> press Ctrl-C / Ctrl-D; text followed by <C-c> is typed, then Ctrl-C pressed.
//
// GLASSPY_REPL_DRIVER=script forces the `script` driver. With neither tool the terminal
// sessions are skipped, saying so; the pipe tests below need no terminal and always run.
import { describe, expect, it, beforeAll } from 'vitest';
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
const cli = join(root, 'dist', 'glasspy.mjs');
const dir = join(__dirname, 'repl');
const record = process.env.GLASSPY_RECORD_REPL === '1';

function has(tool: string, arg: string): boolean {
  return spawnSync(tool, [arg], { encoding: 'utf8' }).status === 0;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A program on a pseudo-terminal: what the session driver needs from it. */
interface Terminal {
  /** the whole screen and scrollback, lines right-trimmed */
  screen(): string;
  /** the cursor's column and the text of its line */
  cursor(): { x: number; line: string };
  key(k: 'Enter' | 'Up' | 'C-c' | 'C-d'): void;
  text(t: string): void;
  kill(): void;
}

/**
 * The shell line each terminal runs: it reports the exit status, then keeps the terminal open
 * to be read; it survives the Ctrl-C sent to the program (a trap, not an ignored signal: the
 * program still gets SIGINT).
 */
function shellLine(command: string, cwd: string, home: string): string {
  return `trap : INT; stty cols 100 rows 50 2>/dev/null; cd '${cwd}' && HOME='${home}' TERM=xterm ${command}; echo "[exit $?]"; sleep 600`;
}

function trimScreen(lines: string[]): string {
  return lines.map((l) => l.trimEnd()).join('\n').replace(/\n+$/, '') + '\n';
}

/** One program in a tmux pane of its own server (-L), 100 columns, a long scrollback. */
class TmuxTerminal implements Terminal {
  private readonly socket: string;
  private readonly name = 'repl';

  constructor(command: string, cwd: string, home: string) {
    this.socket = `glasspy-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    this.tmux('new-session', '-d', '-s', this.name, '-x', '100', '-y', '50', 'sh', '-c', shellLine(command, cwd, home));
    this.tmux('set-option', '-t', this.name, 'history-limit', '5000');
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }

  screen(): string {
    return trimScreen(this.tmux('capture-pane', '-p', '-J', '-S', '-5000', '-t', this.name).split('\n'));
  }

  cursor(): { x: number; line: string } {
    const [y, x] = this.tmux('display-message', '-p', '-t', this.name, '#{cursor_y} #{cursor_x}').trim().split(' ').map(Number) as [number, number];
    const line = this.tmux('capture-pane', '-p', '-t', this.name, '-S', String(y), '-E', String(y)).replace(/\n$/, '');
    return { x, line };
  }

  key(k: 'Enter' | 'Up' | 'C-c' | 'C-d'): void {
    this.tmux('send-keys', '-t', this.name, k);
  }

  text(t: string): void {
    if (t !== '') this.tmux('send-keys', '-t', this.name, '-l', t);
  }

  kill(): void {
    const where = spawnSync('tmux', ['-L', this.socket, 'display-message', '-p', '#{socket_path}'], { encoding: 'utf8' }).stdout.trim();
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
    if (where !== '') rmSync(where, { force: true });
  }
}

/**
 * Without tmux: util-linux `script` gives the program a pseudo-terminal, and this class plays
 * the terminal: it applies the few control sequences node's readline and the pty send
 * (CR, LF, backspace, cursor to column N, cursor left/right/up/down, erase line/screen).
 */
class ScriptTerminal implements Terminal {
  private readonly child: ChildProcess;
  private readonly lines: string[] = [''];
  private row = 0;
  private col = 0;
  private pending = '';

  constructor(command: string, cwd: string, home: string) {
    this.child = spawn('script', ['-qfec', shellLine(command, cwd, home), '/dev/null'], { stdio: ['pipe', 'pipe', 'ignore'] });
    this.child.stdout?.setEncoding('utf8');
    this.child.stdout?.on('data', (d: string) => this.feed(d));
  }

  private put(ch: string): void {
    const line = (this.lines[this.row] ?? '').padEnd(this.col, ' ');
    this.lines[this.row] = line.slice(0, this.col) + ch + line.slice(this.col + 1);
    this.col++;
  }

  private control(params: string, cmd: string): void {
    const n = params === '' ? 1 : Number(params.split(';')[0]);
    const line = this.lines[this.row] ?? '';
    if (cmd === 'G') this.col = Math.max(0, n - 1);
    else if (cmd === 'C') this.col += n;
    else if (cmd === 'D') this.col = Math.max(0, this.col - n);
    else if (cmd === 'A') this.row = Math.max(0, this.row - n);
    else if (cmd === 'B') this.row += n;
    else if (cmd === 'K' && (params === '' || params === '0')) this.lines[this.row] = line.slice(0, this.col);
    else if (cmd === 'J' && (params === '' || params === '0')) {
      this.lines[this.row] = line.slice(0, this.col);
      this.lines.length = this.row + 1;
    }
    while (this.lines.length <= this.row) this.lines.push('');
  }

  private feed(data: string): void {
    const s = this.pending + data;
    this.pending = '';
    for (let i = 0; i < s.length; i++) {
      const ch = s[i] as string;
      if (ch === '\x1b') {
        const m = /^\x1b\[([0-9;?]*)([A-Za-z])/.exec(s.slice(i));
        if (m === null) {
          if (s.length - i < 12) {
            this.pending = s.slice(i);
            return;
          }
          continue;
        }
        this.control(m[1] as string, m[2] as string);
        i += m[0].length - 1;
      } else if (ch === '\r') this.col = 0;
      else if (ch === '\n') {
        this.row++;
        while (this.lines.length <= this.row) this.lines.push('');
      } else if (ch === '\b') this.col = Math.max(0, this.col - 1);
      else if (ch >= ' ') this.put(ch);
    }
  }

  screen(): string {
    return trimScreen(this.lines);
  }

  cursor(): { x: number; line: string } {
    return { x: this.col, line: this.lines[this.row] ?? '' };
  }

  key(k: 'Enter' | 'Up' | 'C-c' | 'C-d'): void {
    this.child.stdin?.write({ Enter: '\r', Up: '\x1b[A', 'C-c': '\x03', 'C-d': '\x04' }[k]);
  }

  text(t: string): void {
    this.child.stdin?.write(t);
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}

/** The screen and where the cursor is (an Enter on an empty line moves only the cursor). */
function state(t: Terminal): string {
  const c = t.cursor();
  return `${t.screen()}${c.x} ${c.line}`;
}

/** Whether the cursor waits right after a prompt (`>>> `, `... `, `name? `). */
function atPrompt(t: Terminal): boolean {
  const { x, line } = t.cursor();
  const text = line.trimEnd();
  return /^(>>>|\.\.\.)$|\?$/.test(text) && x === text.length + 1;
}

/**
 * Waits until the program has answered the last keys: the screen changed and the cursor
 * waits at a new prompt (or the program has exited), or nothing has changed for `settleMs`.
 */
async function answered(t: Terminal, before: string, settleMs = 1500, timeoutMs = 20_000): Promise<string> {
  const start = Date.now();
  let last = before;
  let lastChange = Date.now();
  for (;;) {
    await sleep(40);
    const st = state(t);
    if (st !== last) {
      last = st;
      lastChange = Date.now();
    }
    if (st !== before && (atPrompt(t) || /\[exit \d+\]\n/.test(st))) return st;
    if (st !== before && Date.now() - lastChange > settleMs) return st;
    if (Date.now() - start > timeoutMs) return st;
  }
}

/** Types a .keys file into `command` as a person would; returns the screen at the end. */
async function session(command: string, keys: string, driver: 'tmux' | 'script'): Promise<string> {
  const home = mkdtempSync(join(tmpdir(), 'glasspy-repl-home-'));
  const term: Terminal = driver === 'tmux' ? new TmuxTerminal(command, root, home) : new ScriptTerminal(command, root, home);
  try {
    let screen = await answered(term, '', 3000, 30_000);
    for (const step of keys.replace(/\n$/, '').split('\n')) {
      const before = screen;
      if (step === '<Up>') {
        term.key('Up');
        await sleep(300);
        screen = state(term);
        continue;
      }
      if (step === '<C-c>' || step === '<C-d>') term.key(step === '<C-c>' ? 'C-c' : 'C-d');
      else if (step.endsWith('<C-c>')) {
        term.text(step.slice(0, -'<C-c>'.length));
        await sleep(200);
        term.key('C-c');
      } else {
        term.text(step);
        term.key('Enter');
      }
      screen = await answered(term, before);
    }
    if (!/\[exit \d+\]\n/.test(screen)) await answered(term, screen, 3000);
    return term.screen();
  } finally {
    term.kill();
  }
}

/** The screen without the two banner lines, which say which interpreter it is. */
function withoutBanner(screen: string): string {
  return screen.split('\n').slice(2).join('\n');
}

const names = readdirSync(dir).filter((f) => f.endsWith('.keys')).map((f) => f.slice(0, -5)).sort();
const forced = process.env.GLASSPY_REPL_DRIVER;
const driver: 'tmux' | 'script' | null = forced === 'script' || forced === 'tmux' ? forced
  : has('tmux', '-V') ? 'tmux' : has('script', '--version') ? 'script' : null;

beforeAll(() => {
  if (!existsSync(cli)) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
});

describe.skipIf(driver === null)(`the interactive prompt on a terminal (${driver ?? 'skipped: neither tmux nor script is installed'})`, () => {
  it.each(names)('%s: the screen matches python3 3.11 for the same keystrokes', async (name) => {
    const keys = readFileSync(join(dir, `${name}.keys`), 'utf8');
    const expectedFile = join(dir, `${name}.expected`);
    const drv = driver ?? 'tmux';
    if (record) writeFileSync(expectedFile, withoutBanner(await session('python3', keys, drv)));
    const screen = await session(`node '${cli}'`, keys, drv);
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

  it("reads the program from standard input for `-`, with sys.argv ['-', ARGS...], as `python3 - ARGS`", () => {
    const r = run(['-', 'a', '-b'], 'import sys\nprint(sys.argv)\n1/0\n');
    expect(r.stdout).toBe("['-', 'a', '-b']\n");
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
