// glasspy's entry point (dist/glasspy.mjs). A command line that is only a script and its
// arguments (`glasspy run FILE ...`, `glasspy FILE ...`) starts the worker at once; any other goes
// to the full command line (command-line.ts, commander), which scripts/build.mjs bundles apart as
// dist/glasspy-cli.mjs so that a plain run never loads it.
//
// Python code runs in a worker thread whose stack is large enough for CPython's default
// recursion limit of 1000 frames; the main thread only parses the command line and waits.
// Everything the script prints goes straight to file descriptors 1 and 2 from the worker
// (synchronous writes), so stdout/stderr order is kept and nothing is lost on exit.
import { runInWorker } from './launch.js';
import { plainScriptRequest } from './request.js';

type CommandLine = typeof import('./command-line.js');

function main(argv: string[]): Promise<number> {
  const plain = plainScriptRequest(argv);
  if (plain !== null) return runInWorker(plain);
  const cli = new URL('./glasspy-cli.mjs', import.meta.url).href;
  return (import(cli) as Promise<CommandLine>).then((m) => m.runCommandLine(argv));
}

main(process.argv).then(
  (status) => {
    process.exitCode = status;
  },
  (e: unknown) => {
    process.stderr.write(`glasspy: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 70;
  },
);
