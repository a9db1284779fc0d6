// A chevrotain lookahead strategy that computes each decision's LL(k) lookahead function the
// first time the parser reaches that decision, instead of for the whole grammar in
// performSelfAnalysis (no CPython counterpart: CPython's PEG parser has no lookahead tables).
//
// Building every lookahead function up front is most of the parser's construction time, and a
// typical script reaches only a fraction of the grammar's decisions. The functions built are
// exactly chevrotain's own (LLkLookaheadStrategy), so parsing behaves the same; only when each
// one is computed changes.

import { LLkLookaheadStrategy, type ILookaheadStrategy, type IOrAlt } from 'chevrotain';

type OrOptions = Parameters<ILookaheadStrategy['buildLookaheadForAlternation']>[0];
type OptionalOptions = Parameters<ILookaheadStrategy['buildLookaheadForOptional']>[0];
type OrLookahead = (this: unknown, orAlts?: IOrAlt<unknown>[]) => number | undefined;
type OptionalLookahead = (this: unknown) => boolean;

export class LazyLLkLookaheadStrategy implements ILookaheadStrategy {
  private readonly base: ILookaheadStrategy;

  constructor(maxLookahead: number) {
    this.base = new LLkLookaheadStrategy({ maxLookahead });
  }

  validate(options: Parameters<ILookaheadStrategy['validate']>[0]): ReturnType<ILookaheadStrategy['validate']> {
    return this.base.validate(options);
  }

  buildLookaheadForAlternation(options: OrOptions): OrLookahead {
    const base = this.base;
    let built: OrLookahead | null = null;
    return function lazyOrLookahead(this: unknown, orAlts?: IOrAlt<unknown>[]): number | undefined {
      if (built === null) built = base.buildLookaheadForAlternation(options) as OrLookahead;
      return built.call(this, orAlts);
    };
  }

  buildLookaheadForOptional(options: OptionalOptions): OptionalLookahead {
    const base = this.base;
    let built: OptionalLookahead | null = null;
    return function lazyOptionalLookahead(this: unknown): boolean {
      if (built === null) built = base.buildLookaheadForOptional(options) as OptionalLookahead;
      return built.call(this);
    };
  }
}
