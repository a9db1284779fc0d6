// The parser's LL(k) lookahead decisions as data, computed once at build time, so that starting
// the parser needs neither chevrotain's grammar recording nor its lookahead analysis (no CPython
// counterpart: CPython's PEG parser is generated ahead of time and has no lookahead tables).
//
// chevrotain's performSelfAnalysis runs every rule once in a "recording" mode to learn the
// grammar's shape, then computes, for each decision point (an OR, OPTION, MANY, AT_LEAST_ONE,
// ..._SEP), the token sequences of length <= k that select each way out of it. Both depend only
// on the grammar, yet cost tens of milliseconds at every start. Here:
//
//   build time   recordLookaheadTables(): a parser built the usual way, with a strategy that
//                also records each decision's paths (chevrotain's getLookaheadPaths) under the
//                key chevrotain files its lookahead function under -> LookaheadTables (JSON)
//   run time     lookaheadFunctions(tables): one function per key, matching the recorded paths,
//                built on the decision's first use; PyParser installs them in place of
//                performSelfAnalysis (parser.ts).
//
// Start at `LookaheadTables`. The functions answer exactly as chevrotain's own LL(k) functions
// built from the same paths do: the first alternative (in grammar order) whose gate, if any,
// holds and one of whose paths matches the next tokens; a token matches a path's token type when
// it is of that type or of one of its categories.

import { EOF, getLookaheadPaths, LLkLookaheadStrategy, type ILookaheadStrategy, type IOrAlt, type IToken, type TokenType } from 'chevrotain';

/** The lookahead of every decision of the grammar, as recorded at build time. */
export interface LookaheadTables {
  /** the token type names the paths refer to, by position */
  tokens: string[];
  /**
   * One entry per decision: [chevrotain's lookahead key, kind, gated, paths]. kind 0 is an OR,
   * whose paths are per alternative (alternative -> path -> token); kind 1 is an optional
   * production (OPTION, MANY, ...), whose paths are a single list (path -> token) of the ways in.
   * gated (1) when an OR has an alternative with a GATE.
   */
  decisions: Array<[number, 0, 0 | 1, number[][][]] | [number, 1, 0, number[][]]>;
}

type OrOptions = Parameters<ILookaheadStrategy['buildLookaheadForAlternation']>[0];
type OptionalOptions = Parameters<ILookaheadStrategy['buildLookaheadForOptional']>[0];
export type OrLookahead = (this: LookaheadHost, orAlts?: IOrAlt<unknown>[]) => number | undefined;
export type OptionalLookahead = (this: LookaheadHost) => boolean;
/** What a lookahead function needs of the parser it runs on. */
export interface LookaheadHost { LA(howMuch: number): IToken }

type Recorded = { kind: 0; gated: boolean; paths: TokenType[][][] } | { kind: 1; paths: TokenType[][] };

/**
 * Build time: chevrotain's LL(k) strategy, which also keeps each decision's paths by the
 * function it returned, so that the parser's lookahead cache (key -> function) can be turned
 * into key -> paths afterwards (`tables`).
 */
export class RecordingLookaheadStrategy implements ILookaheadStrategy {
  private readonly base: ILookaheadStrategy;
  private readonly recorded = new Map<unknown, Recorded>();

  constructor(maxLookahead: number) {
    this.base = new LLkLookaheadStrategy({ maxLookahead });
  }

  validate(options: Parameters<ILookaheadStrategy['validate']>[0]): ReturnType<ILookaheadStrategy['validate']> {
    return this.base.validate(options);
  }

  buildLookaheadForAlternation(options: OrOptions): OrLookahead {
    const fn = this.base.buildLookaheadForAlternation(options) as OrLookahead;
    const paths = getLookaheadPaths({ occurrence: options.prodOccurrence, rule: options.rule, prodType: 'Alternation', maxLookahead: options.maxLookahead });
    this.recorded.set(fn, { kind: 0, gated: options.hasPredicates, paths });
    return fn;
  }

  buildLookaheadForOptional(options: OptionalOptions): OptionalLookahead {
    const fn = this.base.buildLookaheadForOptional(options) as OptionalLookahead;
    // [0]: the paths into the production ([1], the paths past it, only served to build [0])
    const [inside] = getLookaheadPaths({ occurrence: options.prodOccurrence, rule: options.rule, prodType: options.prodType, maxLookahead: options.maxLookahead });
    if (inside === undefined) throw new Error(`lookahead tables: no paths for ${options.rule.name} ${options.prodType}`);
    this.recorded.set(fn, { kind: 1, paths: inside });
    return fn;
  }

  /** The tables of a parser built with this strategy, from its lookahead cache. */
  tables(cache: Map<number, unknown>): LookaheadTables {
    const tokens: string[] = [];
    const tokenIndex = new Map<string, number>();
    const idx = (t: TokenType): number => {
      let i = tokenIndex.get(t.name);
      if (i === undefined) {
        i = tokens.length;
        tokens.push(t.name);
        tokenIndex.set(t.name, i);
      }
      return i;
    };
    const decisions: LookaheadTables['decisions'] = [];
    for (const [key, fn] of cache) {
      const rec = this.recorded.get(fn);
      if (rec === undefined) throw new Error(`lookahead tables: decision ${key} was not built by this strategy`);
      if (rec.kind === 0) decisions.push([key, 0, rec.gated ? 1 : 0, rec.paths.map((alt) => alt.map((p) => p.map(idx)))]);
      else decisions.push([key, 1, 0, rec.paths.map((p) => p.map(idx))]);
    }
    return { tokens, decisions };
  }
}

/** One way through a decision: its alternative and the token types to match from LA(1) on. */
interface Candidate { alt: number; path: TokenType[] }

/**
 * Run time: the lookahead function of every decision, by chevrotain's key. `vocabulary` is the
 * parser's token types; the names in the tables must all be among them (or be EOF).
 */
export function lookaheadFunctions(tables: LookaheadTables, vocabulary: readonly TokenType[]): Map<number, OrLookahead | OptionalLookahead> {
  const byName = new Map<string, TokenType>([[EOF.name, EOF]]);
  let width = (EOF.tokenTypeIdx ?? 0) + 1;
  for (const t of vocabulary) {
    byName.set(t.name, t);
    width = Math.max(width, (t.tokenTypeIdx ?? 0) + 1);
  }
  const types = tables.tokens.map((name) => {
    const t = byName.get(name);
    if (t === undefined) throw new Error(`lookahead tables: unknown token type ${name} (rebuild the tables)`);
    return t;
  });
  const fns = new Map<number, OrLookahead | OptionalLookahead>();
  for (const d of tables.decisions) {
    if (d[1] === 0) fns.set(d[0], orLookahead(d[3].map((alt) => alt.map((p) => p.map((i) => types[i] as TokenType))), d[2] === 1, width));
    else fns.set(d[0], optionalLookahead(d[3].map((p) => p.map((i) => types[i] as TokenType)), width));
  }
  return fns;
}

/** An OR's function: the index of the alternative to take, or undefined when none fits. */
function orLookahead(alts: TokenType[][][], gated: boolean, width: number): OrLookahead {
  let byFirst: Candidate[][] | null = null;
  return function orByTables(this: LookaheadHost, orAlts?: IOrAlt<unknown>[]): number | undefined {
    if (byFirst === null) byFirst = candidatesByFirstToken(alts, width);
    const candidates = byFirst[this.LA(1).tokenTypeIdx as number];
    if (candidates === undefined) return undefined;
    for (const c of candidates) {
      if (gated) {
        const gate = orAlts?.[c.alt]?.GATE;
        if (gate !== undefined && !gate.call(this)) continue;
      }
      if (matchesFrom2(this, c.path)) return c.alt;
    }
    return undefined;
  };
}

/** An optional production's function: whether the next tokens enter it. */
function optionalLookahead(paths: TokenType[][], width: number): OptionalLookahead {
  let byFirst: Candidate[][] | null = null;
  return function optionalByTables(this: LookaheadHost): boolean {
    if (byFirst === null) byFirst = candidatesByFirstToken([paths], width);
    const candidates = byFirst[this.LA(1).tokenTypeIdx as number];
    if (candidates === undefined) return false;
    for (const c of candidates) if (matchesFrom2(this, c.path)) return true;
    return false;
  };
}

/**
 * For each token type index, the (alternative, path) pairs whose first token it matches, in
 * grammar order; an empty path matches whatever comes next.
 */
function candidatesByFirstToken(alts: TokenType[][][], width: number): Candidate[][] {
  const slots: Candidate[][] = new Array<Candidate[]>(width);
  const add = (i: number, c: Candidate): void => {
    const s = slots[i];
    if (s === undefined) slots[i] = [c];
    else s.push(c);
  };
  alts.forEach((paths, alt) => {
    for (const path of paths) {
      const first = path[0];
      if (first === undefined) for (let i = 0; i < width; i++) add(i, { alt, path });
      else for (const i of acceptedIndices(first)) add(i, { alt, path });
    }
  });
  return slots;
}

/** The token type indices a path token type matches: its own and, for a category, its members'. */
function acceptedIndices(t: TokenType): number[] {
  const own = t.tokenTypeIdx as number;
  return t.isParent === true ? [own, ...(t.categoryMatches ?? []).filter((i) => i !== own)] : [own];
}

/** Whether LA(2), LA(3), ... match the rest of `path` (LA(1) matched its first token). */
function matchesFrom2(parser: LookaheadHost, path: TokenType[]): boolean {
  for (let i = 1; i < path.length; i++) {
    const want = path[i] as TokenType;
    const got = parser.LA(i + 1).tokenTypeIdx as number;
    if (got !== want.tokenTypeIdx && !(want.isParent === true && want.categoryMatchesMap?.[got] === true)) return false;
  }
  return true;
}
