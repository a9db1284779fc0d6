// The parser built from lookahead tables (src/parser/lookahead-tables.ts), as the bundled CLI
// builds it, parses exactly as the parser that analyses its grammar: here parse() gets the tables
// recorded from the grammar (what scripts/build.mjs bakes into the bundle) and must reproduce
// every recorded tree and every recorded syntax error of tests/parser.
import { describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PyParser, recordLookaheadTables } from '../../src/parser/parser.js';
import { checkModule, formatSyntaxError, parse, PySyntaxError } from '../../src/parser/index.js';
import { dump } from '../../src/parser/dump.js';
import type { Module } from '../../src/parser/ast.js';

vi.mock('../../src/parser/prebuilt-lookahead.js', async () => {
  const { recordLookaheadTables: record } = await import('../../src/parser/parser.js');
  return { PREBUILT_LOOKAHEAD: record() };
});

interface Internals { lookAheadFuncsCache: Map<number, unknown> }

function errorsOf(name: string, source: string | Buffer): string {
  try {
    const text = typeof source === 'string' ? source : source.toString('utf8');
    checkModule(parse(source, name) as Module, name, text);
    return '';
  } catch (e) {
    if (e instanceof PySyntaxError) return formatSyntaxError(e);
    throw e;
  }
}

describe('lookahead tables', () => {
  it('cover every decision of the grammar, under the keys chevrotain gives them', () => {
    const tables = recordLookaheadTables();
    const full = new PyParser({ validate: true }) as unknown as Internals;
    expect(tables.decisions.map((d) => d[0]).sort()).toEqual([...full.lookAheadFuncsCache.keys()].sort());
    const fromTables = new PyParser({ tables }) as unknown as Internals;
    expect([...fromTables.lookAheadFuncsCache.keys()].sort()).toEqual([...full.lookAheadFuncsCache.keys()].sort());
  });

  it('are refused when they name a token the grammar does not have', () => {
    const tables = recordLookaheadTables();
    expect(() => new PyParser({ tables: { ...tables, tokens: [...tables.tokens, 'NoSuchToken'] } })).toThrow(/unknown token type NoSuchToken/);
  });

  const corpus = join(__dirname, 'corpus');
  const trees = readdirSync(corpus).filter((f) => f.endsWith('.py')).sort();
  it.each(trees)('corpus/%s parses to the recorded tree', (name) => {
    const want = readFileSync(join(corpus, name.replace(/\.py$/, '.ast')), 'utf8').trimEnd();
    expect(dump(parse(readFileSync(join(corpus, name)), name, 'exec'))).toBe(want);
  });

  const folders = ['syntax-errors', 'class-errors', 'comma-errors', 'match-errors', 'target-errors', 'try-errors'];
  const errorCases = folders.flatMap((folder) => readdirSync(join(__dirname, folder))
    .filter((f) => f.endsWith('.py') && f !== 'regen.py').sort().map((f) => join(folder, f)));
  it('has error cases', () => expect(errorCases.length).toBeGreaterThan(100));
  it.each(errorCases)('%s reports the recorded error', (path) => {
    const recorded = readFileSync(join(__dirname, path.replace(/\.py$/, '.stderr')), 'utf8');
    // a program python3 compiles (it fails only at run time) must parse and check cleanly
    const want = recorded.startsWith('Traceback') ? '' : recorded;
    const file = path.slice(path.indexOf('/') + 1);
    expect(errorsOf(file, readFileSync(join(__dirname, path), 'utf8'))).toBe(want);
  });
});
