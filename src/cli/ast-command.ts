// `glasspy ast FILE...`: print each file's tree as Python's `ast.dump(ast.parse(source))`,
// one line per file. `--batch` prints one JSON line per file instead ({file, dump} or
// {file, error}) so scripts/ast-parity can check thousands of files in one process.
import { readFileSync } from 'node:fs';
import { writeAll as emit } from './output.js';
import { parse, formatSyntaxError, PySyntaxError } from '../parser/index.js';
import { dump } from '../parser/dump.js';

export function runAstCommand(files: string[], opts: { batch: boolean }): number {
  let status = 0;
  for (const file of files) {
    let source: Uint8Array;
    try {
      source = readFileSync(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      const msg = `glasspy: can't open file '${file}': [${code}]`;
      if (opts.batch) emit(1, JSON.stringify({ file, error: msg }) + '\n');
      else emit(2, msg + '\n');
      status = 1;
      continue;
    }
    try {
      const text = dump(parse(source, file, 'exec'));
      emit(1, opts.batch ? JSON.stringify({ file, dump: text }) + '\n' : text + '\n');
    } catch (e) {
      if (!(e instanceof PySyntaxError)) {
        const msg = e instanceof RangeError ? 'RecursionError: maximum recursion depth exceeded during compilation'
          : `glasspy: internal error: ${e instanceof Error ? e.message : String(e)}`;
        if (opts.batch) emit(1, JSON.stringify({ file, error: msg }) + '\n');
        else emit(2, msg + '\n');
        status = opts.batch ? status : e instanceof RangeError ? 1 : 70;
        continue;
      }
      if (opts.batch) emit(1, JSON.stringify({ file, error: `${e.type}: ${e.msg} (line ${e.lineno})` }) + '\n');
      else {
        emit(2, formatSyntaxError(e));
        status = 1;
      }
    }
  }
  return status;
}
