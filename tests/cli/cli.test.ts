// The command line as a user meets it: the bundled dist/glasspy.mjs (built by `npm ci`'s
// prepare step, or `npm run build`), run as a child process. Expected texts are what
// python3 prints for the same input.
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
const cli = join(root, 'dist', 'glasspy.mjs');

function glasspy(args: string[], cwd = root): { status: number | null; stdout: string; stderr: string } {
  const p = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: p.status, stdout: p.stdout, stderr: p.stderr };
}

let dir = '';
function script(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

beforeAll(() => {
  if (!existsSync(cli)) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'glasspy-cli-'));
});

describe('glasspy CLI', () => {
  it('prints its version and help with status 0', () => {
    expect(glasspy(['--version']).stdout).toMatch(/^glasspy \d+\.\d+\.\d+/);
    const help = glasspy(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('run');
  });

  it('exits 2 on a usage error, like python3', () => {
    expect(glasspy(['--no-such-option']).status).toBe(2);
    expect(glasspy(['run']).status).toBe(2);
    expect(glasspy(['run', '--malloc-layout', '3.9', 'x.py']).status).toBe(2);
  });

  it("exits 2 with python3's message for a missing script", () => {
    const r = glasspy(['run', join(dir, 'missing.py')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("can't open file");
    expect(r.stderr).toContain('[Errno 2] No such file or directory');
  });

  it('runs -c code with sys.argv as python3 does', () => {
    const r = glasspy(['-c', 'import sys; print(sys.argv)', 'a', 'b']);
    expect(r.stdout).toBe("['-c', 'a', 'b']\n");
    expect(r.status).toBe(0);
  });

  it('passes arguments after the script to sys.argv, options included', () => {
    const p = script('argv.py', 'import sys\nprint(sys.argv[1:])\n');
    expect(glasspy(['run', p, 'x', '--flag']).stdout).toBe("['x', '--flag']\n");
  });

  it('prints a syntax error as python3 does, status 1', () => {
    const p = script('unclosed.py', 'x = (\n');
    const r = glasspy(['run', p]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`  File "${p}", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n`);
  });

  it('rejects a file that is not UTF-8 with python3\'s message, status 1', () => {
    const p = join(dir, 'latin.py');
    writeFileSync(p, Buffer.from([0x78, 0x20, 0x3d, 0x20, 0x22, 0xff, 0x22, 0x0a]));
    const r = glasspy(['run', p]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `SyntaxError: Non-UTF-8 code starting with '\\xff' in file ${p} on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n`,
    );
  });

  it('honours a coding cookie and a BOM', () => {
    const lat = join(dir, 'cookie.py');
    writeFileSync(lat, Buffer.concat([Buffer.from('# -*- coding: latin-1 -*-\nprint("'), Buffer.from([0xe9]), Buffer.from('")\n')]));
    expect(glasspy(['run', lat]).stdout).toBe('\u00e9\n');
    const bom = join(dir, 'bom.py');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('print("bom")\n')]));
    expect(glasspy(['run', bom]).stdout).toBe('bom\n');
  });

  it('prints an uncaught exception as a 3.11 traceback, status 1, keeping earlier output', () => {
    const p = script('zde.py', "print('before')\n1/0\n");
    const r = glasspy(['run', p]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('before\n');
    expect(r.stderr).toBe(
      `Traceback (most recent call last):\n  File "${p}", line 2, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n`,
    );
  });

  it('turns runaway recursion into RecursionError, never a JavaScript stack trace', () => {
    const p = script('rec.py', 'def f(n):\n    return f(n + 1)\nf(0)\n');
    const r = glasspy(['run', p]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('[Previous line repeated 996 more times]');
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('RecursionError: maximum recursion depth exceeded');
    expect(r.stderr).not.toMatch(/at .*\.mjs:\d+/);
  });

  it('exits with the status given to sys.exit', () => {
    expect(glasspy(['run', script('exit3.py', 'import sys\nsys.exit(3)\n')]).status).toBe(3);
    const msg = glasspy(['run', script('exitmsg.py', "import sys\nsys.exit('bye')\n")]);
    expect(msg.status).toBe(1);
    expect(msg.stderr).toBe('bye\n');
  });

  it('imports a module that sits beside the script', () => {
    script('helper_mod.py', 'VALUE = 42\n');
    const p = script('uses_helper.py', 'import helper_mod\nprint(helper_mod.VALUE)\n');
    expect(glasspy(['run', p]).stdout).toBe('42\n');
  });

  it('raises MemoryError past --heap-limit instead of growing without bound', () => {
    const p = script('grow.py', 'xs = []\nwhile True:\n    xs.append([0] * 100)\n');
    const r = glasspy(['run', '--heap-limit', '4', p]);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('MemoryError');
  });

  it('prints the tree of `glasspy ast` exactly as ast.dump', () => {
    const p = script('tree.py', 'x = f(1, *a, k=2)\n');
    expect(glasspy(['ast', p]).stdout).toBe(
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='f', ctx=Load()), args=[Constant(value=1), Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(arg='k', value=Constant(value=2))]))], type_ignores=[])\n",
    );
  });
});

describe('the launcher lines at the top of dist/glasspy.mjs', () => {
  // npm links the package's bin into node_modules/.bin, and the file runs as a program through sh
  const launched = (args: string[], env: NodeJS.ProcessEnv) => {
    const link = join(dir, 'glasspy-link');
    const bin = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: { glasspy: string } }).bin.glasspy;
    if (!existsSync(link)) symlinkSync(join(root, bin), link);
    return spawnSync(link, args, { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  };

  it('runs the script with its arguments as they were given, and its exit status', () => {
    const p = script('launch.py', 'import sys\nprint(sys.argv[1:])\nsys.exit(4)\n');
    const r = launched([p, 'a b', '$HOME', '"q"', ''], {});
    expect(r.stdout).toBe(`['a b', '$HOME', '"q"', '']\n`);
    expect(r.status).toBe(4);
  });

  it('starts node without NODE_EXTRA_CA_CERTS (node would read the CA bundle it names)', () => {
    const p = script('hello.py', 'print("hello")\n');
    // node warns on stderr when the file cannot be read: it is never read through the launcher
    const direct = spawnSync(process.execPath, [cli, p], { encoding: 'utf8', env: { ...process.env, NODE_EXTRA_CA_CERTS: join(dir, 'missing.pem') } });
    expect(direct.stderr).toContain('extra certs');
    const r = launched([p], { NODE_EXTRA_CA_CERTS: join(dir, 'missing.pem') });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('hello\n');
    expect(r.status).toBe(0);
  });
});

describe('examples', () => {
  const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.py')).sort();
  it.each(examples)('%s prints its recorded output', (name) => {
    const expected = readFileSync(join(root, 'examples', name.replace(/\.py$/, '.expected')), 'utf8');
    const r = glasspy(['run', join('examples', name)]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(expected);
    expect(r.status).toBe(0);
  });
});
