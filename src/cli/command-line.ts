// glasspy's command line: `glasspy run FILE` (or `glasspy FILE`), `glasspy -c CODE`, `glasspy ast FILE...`,
// and `glasspy` alone, the interactive prompt (src/cli/repl.ts), parsed by commander. Bundled on
// its own (dist/glasspy-cli.mjs): the entry point (src/cli/main.ts) loads it only for a command
// line that is more than a script and its arguments.
import { Command, CommanderError, Option } from 'commander';
import { runInWorker } from './launch.js';
import { runRepl } from './repl.js';
import { makeRequest, type RunOptions } from './request.js';

const VERSION = '0.1.0';

/** What the command line starts (the tests put recorders in their place). */
export interface CommandLineHost {
  runInWorker: typeof runInWorker;
  runRepl: typeof runRepl;
}

/** Parses argv (process.argv's shape) and runs what it asks for; resolves with the exit status. */
export async function runCommandLine(argv: string[], host: CommandLineHost = { runInWorker, runRepl }): Promise<number> {
  const { runInWorker: runScript, runRepl: runPrompt } = host;
  const program = new Command();
  let status = 0;
  program
    .name('glasspy')
    .description("A Python 3.11 runtime whose memory management is CPython's, made visible")
    .version(`glasspy ${VERSION} (Python 3.11.7 semantics)`, '-V, --version')
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .option('-c <code>', 'program passed in as a string (like python3 -c)')
    .option('-i', 'after the script (or -c code), enter the interactive prompt (like python3 -i)')
    .argument('[args...]', 'a script and the values of sys.argv[1:] (with -c: only the values); none: the interactive prompt')
    .passThroughOptions();

  const addRunOptions = (cmd: Command): Command =>
    cmd
      .addOption(new Option('--malloc-layout <layout>', 'obmalloc layout').choices(['3.7', '3.11']).default('3.7'))
      .option('--heap-limit <MiB>', 'raise MemoryError past this many MiB of heap', parsePositive)
      .option('--gc-threshold <n>', 'generation-0 threshold of the cycle collector (0 disables it)', parseNonNegative)
      .option('--gc-stress', 'stress mode: an automatic collection on every GC allocation (slow)')
      .option('--no-gc', 'start with automatic collection disabled (gc.disable())')
      .option('--debug-checks', 'validate the allocator (and gc lists) after every operation (slow)')
      .option('--heap-svg <file>', 'draw the object graph at exit, or at each glasspy.snapshot() (FILE-N-label.svg); a .dot file gets the Graphviz source')
      .option('--arena-svg <file>', 'draw the arenas, pools and blocks at exit, or at each glasspy.snapshot()')
      .option('--malloc-stats', "print the allocator's statistics on stderr at each new arena and at exit, as PYTHONMALLOCSTATS=1 does")
      .option('--explain-gc', 'narrate every collection on stderr (trigger, gc_refs, reachability, frees)')
      .option('--trace-refs [types]', "print every refcount change of the script's objects with its cause (TYPES: e.g. list,Node)")
      .option('--record <file.json>', 'write the run as a JSON event stream (docs/record-format.md)')
      .option('--record-limit <n>', 'the most events --record keeps (default 200000)', parsePositive);

  addRunOptions(
    program
      .command('run')
      .description('run a Python script')
      .argument('<file>', 'the script')
      .argument('[args...]', 'the values of sys.argv[1:]')
      .passThroughOptions(),
  ).action(async (file: string, args: string[], opts: RunOptions) => {
    status = await runScript(makeRequest({ kind: 'file', file }, args, opts));
  });

  program
    .command('ast')
    .description("print each file's syntax tree exactly as Python's ast.dump(ast.parse(source)) does")
    .argument('<files...>', 'Python source files')
    .option('--batch', 'one JSON line per file (used by scripts/ast-parity)')
    .action(async (files: string[], opts: { batch?: boolean }) => {
      status = await runScript({ ...makeRequest({ kind: 'code', code: '' }, [], {}), what: { kind: 'ast', files, batch: opts.batch === true } });
    });

  // Like python3: `glasspy FILE`, `glasspy -c CODE`, `glasspy -i ...`; no program at all is the
  // interactive prompt on a terminal and a script read from standard input otherwise.
  addRunOptions(program).action(async (args: string[], opts: RunOptions & { c?: string; i?: boolean }) => {
    const interactive = opts.i === true;
    if (opts.c !== undefined) {
      const req = makeRequest({ kind: 'code', code: opts.c }, args, opts);
      status = interactive ? await runPrompt(req, { kind: 'code', code: opts.c }, VERSION) : await runScript(req);
    } else if (args.length > 0) {
      const [file, ...rest] = args as [string, ...string[]];
      const req = makeRequest({ kind: 'file', file }, rest, opts);
      if (file === '-' && !interactive) status = await runScript({ ...req, what: { kind: 'stdin', argv0: '-' } });
      else status = interactive ? await runPrompt(req, { kind: 'file', file }, VERSION) : await runScript(req);
    } else if (interactive || process.stdin.isTTY === true) {
      status = await runPrompt(makeRequest({ kind: 'code', code: '' }, [], opts), null, VERSION);
    } else {
      status = await runScript({ ...makeRequest({ kind: 'code', code: '' }, [], opts), what: { kind: 'stdin' } });
    }
  });

  try {
    await program.parseAsync(bareTraceRefs(argv));
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version exit 0; every usage error exits 2, as python3's do.
      return e.exitCode === 0 ? 0 : 2;
    }
    throw e;
  }
  return status;
}

/**
 * `--trace-refs` takes an optional value, which commander would take from the next word (the
 * script's name): a bare `--trace-refs` before the script becomes `--trace-refs=*`.
 */
function bareTraceRefs(argv: string[]): string[] {
  const script = argv.findIndex((a, i) => i >= 2 && a.endsWith('.py'));
  return argv.map((a, i) => (a === '--trace-refs' && (script < 0 || i < script) ? '--trace-refs=*' : a));
}

function parsePositive(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new CommanderError(2, 'glasspy.badnumber', `error: expected a positive number, got '${v}'`);
  return n;
}

function parseNonNegative(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new CommanderError(2, 'glasspy.badnumber', `error: expected a non-negative integer, got '${v}'`);
  return n;
}
