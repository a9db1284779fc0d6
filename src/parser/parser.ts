// The Python 3.11 grammar as a chevrotain EmbeddedActionsParser, building src/parser/ast.ts
// nodes directly (mirrors Grammar/python.gram; the actions are CPython's Parser/action_helpers.c).
//
// Start at `file`, then `statement`, `simpleStmt`, `expression`. The parser object is built
// once (`getParser`) and reused: `parse.ts` sets `input` and the per-call `state` each time.
// Departures from the PEG grammar, all to keep chevrotain's lookahead small:
// - assignment targets are parsed as expressions and converted (targets.ts);
// - the binary operators from `|` down to `*` are one rule with precedence climbing;
// - `match` / `case` are recognised by a gate that looks at the rest of the line.
// Every node is built inside ACTION, so the recording phase never runs the builders.

import { EmbeddedActionsParser, type ILookaheadStrategy, type IToken, type Rule, type TokenType } from 'chevrotain';
import * as T from '../lexer/tokens.js';
import type * as A from './ast.js';
import { ELLIPSIS } from './ast.js';
import type { SourceLines } from '../lexer/tokenize.js';
import { PySyntaxError, type SyntaxErrorType } from './errors.js';
import { concatStrings, StringContext, type PendingExpr } from './strings.js';
import { exprName, invalidTarget, setContext } from './targets.js';
import { LazyLLkLookaheadStrategy } from './lazy-lookahead.js';
import { lookaheadFunctions, RecordingLookaheadStrategy, type LookaheadTables } from './lookahead-tables.js';

const K = T.K;
const MAX_LOOKAHEAD = 3;

type Loc = A.Pos | IToken;

function isTok(x: Loc): x is IToken {
  return (x as IToken).image !== undefined;
}
function startLine(x: Loc): number { return isTok(x) ? x.startLine as number : x.lineno; }
function startCol(x: Loc): number { return isTok(x) ? x.startColumn as number : x.col_offset; }
function endLine(x: Loc): number { return isTok(x) ? x.endLine as number : x.end_lineno; }
function endCol(x: Loc): number { return isTok(x) ? x.endColumn as number : x.end_col_offset; }

export function span(a: Loc, b: Loc): A.Pos {
  return { lineno: startLine(a), col_offset: startCol(a), end_lineno: endLine(b), end_col_offset: endCol(b) };
}

/** The span of the tokens from `a` to `b`, counting the parentheses around a grouped child. */
function outerSpan(parens: Map<object, A.Pos>, a: Loc, b: Loc): A.Pos {
  const pa = isTok(a) ? undefined : parens.get(a);
  const pb = isTok(b) ? undefined : parens.get(b);
  return span(pa ?? a, pb ?? b);
}

/** Per-parse state, replaced at every call. */
export interface ParseState {
  lines: SourceLines;
  strings: StringContext;
  pending: PendingExpr[];
  /** expressions written inside their own parentheses, with the span of the outermost pair */
  parenthesized: Map<object, A.Pos>;
  /** what the next `block` belongs to, for "expected an indented block after ..." */
  blockOwner: { what: string; line: number };
}

const ARITH_PREC: Record<string, [number, A.operator]> = {
  '|': [1, 'BitOr'], '^': [2, 'BitXor'], '&': [3, 'BitAnd'], '<<': [4, 'LShift'], '>>': [4, 'RShift'],
  '+': [5, 'Add'], '-': [5, 'Sub'], '*': [6, 'Mult'], '/': [6, 'Div'], '//': [6, 'FloorDiv'],
  '%': [6, 'Mod'], '@': [6, 'MatMult'],
};
const AUG_OPS: Record<string, A.operator> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '/=': 'Div', '//=': 'FloorDiv', '%=': 'Mod', '@=': 'MatMult',
  '&=': 'BitAnd', '|=': 'BitOr', '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow',
};
const CMP_OPS: Record<string, A.cmpop> = { '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE' };

/**
 * V8 keeps an object with many properties added one by one (the parser's 230 rules) in its slow
 * dictionary mode until the object becomes some other object's prototype; using it as one turns
 * it back into a fast object (chevrotain does the same before recording the grammar).
 */
function makePropertiesFast(o: object): void {
  const probe = Object.create(o) as Record<string, unknown>;
  void probe['__glasspyProbe'];
}

/**
 * Build time (scripts/build.mjs): the lookahead of every decision of the grammar, as tables
 * a PyParser can start from (`tables`).
 */
export function recordLookaheadTables(): LookaheadTables {
  const strategy = new RecordingLookaheadStrategy(MAX_LOOKAHEAD);
  const parser = new PyParser({ strategy });
  return strategy.tables((parser as unknown as ChevrotainInternals).lookAheadFuncsCache);
}

type ParamItem =
  | { k: 'slash'; tok: IToken }
  | { k: 'star'; tok: IToken; arg: A.arg | null }
  | { k: 'dstar'; tok: IToken; arg: A.arg }
  | { k: 'param'; arg: A.arg; dflt: A.expr | null; eq: IToken | null };

type ArgItem =
  | { k: 'pos'; e: A.expr }
  | { k: 'star'; e: A.Starred }
  | { k: 'kw'; kw: A.keyword }
  | { k: 'dstar'; kw: A.keyword };

type BraceItem = { k: 'pair'; key: A.expr; value: A.expr } | { k: 'dstar'; value: A.expr; tok: IToken } | { k: 'elt'; e: A.expr };

/** How a PyParser computes its lookahead (see the constructor). */
export interface PyParserOptions {
  /** run chevrotain's grammar validations and build every lookahead function up front */
  validate?: boolean;
  /** lookahead tables recorded at build time (lookahead-tables.ts): no grammar analysis at all */
  tables?: LookaheadTables | null;
  /** a lookahead strategy of one's own (recordLookaheadTables) */
  strategy?: ILookaheadStrategy;
}

/** The parts of chevrotain 11's parser state that installing lookahead tables touches. */
interface ChevrotainInternals {
  selfAnalysisDone: boolean;
  lookAheadFuncsCache: Map<number, unknown>;
}

export class PyParser extends EmbeddedActionsParser {
  state!: ParseState;
  /** With tables: the grammar chevrotain's error messages look at, recorded on first need. */
  private recordedGrammar: Record<string, Rule> | null = null;
  private readonly fromTables: boolean;

  /**
   * By default the grammar is recorded (performSelfAnalysis) without chevrotain's validations,
   * and each decision's lookahead is built when first reached (lazy-lookahead.ts). validate:
   * run the validations and build every lookahead function up front (tests/parser/grammar.test.ts
   * does). tables: install the lookahead recorded at build time (lookahead-tables.ts) and skip
   * the grammar analysis altogether: the fastest start, used by the bundled CLI.
   */
  constructor(options: PyParserOptions = {}) {
    const validate = options.validate === true;
    super(T.allTokens, {
      maxLookahead: MAX_LOOKAHEAD, recoveryEnabled: false, skipValidations: !validate,
      ...(validate ? {} : { lookaheadStrategy: options.strategy ?? new LazyLLkLookaheadStrategy(MAX_LOOKAHEAD) }),
    });
    const tables = options.tables ?? null;
    this.fromTables = tables !== null;
    if (tables === null) {
      this.performSelfAnalysis();
      return;
    }
    // What performSelfAnalysis leaves behind when the grammar is valid, minus the recorded
    // grammar (only chevrotain's error messages read it: getGAstProductions below).
    const self = this as unknown as ChevrotainInternals;
    makePropertiesFast(this);
    for (const [key, fn] of lookaheadFunctions(tables, T.allTokens)) self.lookAheadFuncsCache.set(key, fn);
    self.selfAnalysisDone = true;
  }

  /**
   * The recorded grammar. A parser built from tables has none of its own: chevrotain asks for it
   * only to word a NoViableAlt / EarlyExit error, so it is recorded then, once, by a parser
   * built the usual way (the same grammar, so the same message).
   */
  override getGAstProductions(): Record<string, Rule> {
    if (!this.fromTables) return super.getGAstProductions();
    this.recordedGrammar ??= new PyParser().getGAstProductions();
    return this.recordedGrammar;
  }

  sp(a: Loc, b: Loc): A.Pos {
    return outerSpan(this.state.parenthesized, a, b);
  }

  // ---- errors -------------------------------------------------------------------------
  raise(msg: string, a: Loc, b: Loc = a, type: SyntaxErrorType = 'SyntaxError'): never {
    const L = this.state.lines;
    const s = L.charOffset(startLine(a), startCol(a));
    const e = L.charOffset(endLine(b), endCol(b));
    throw L.error(type, msg, s, e);
  }

  /** True when only DEDENTs remain before the end of input. */
  onlyDedentsLeft(): boolean {
    for (let k = 1; ; k++) {
      const tt = this.LA(k).tokenType;
      if (tt.name === 'EOF') return true;
      if (tt !== T.DEDENT) return false;
    }
  }

  /**
   * RAISE_SYNTAX_ERROR when the last token is the one CPython's tokenizer makes at end of input:
   * it sits on the last line of the file with no column, so no caret is printed.
   */
  raiseAtEnd(msg: string): never {
    const L = this.state.lines;
    let line = L.lineCount;
    if (line > 1 && L.lineText(line) === '') line--;
    throw new PySyntaxError('SyntaxError', msg, L.filename, line, 0, line, 0, L.lineText(line));
  }

  // ---- top level ----------------------------------------------------------------------
  public file = this.RULE('file', (): A.stmt[] => {
    const body: A.stmt[] = [];
    this.MANY(() => {
      this.OR([
        { ALT: () => { this.CONSUME(T.NEWLINE); } },
        { ALT: () => { const s = this.SUBRULE(this.statement); this.ACTION(() => body.push(...s)); } },
      ]);
    });
    return body;
  });

  public evalInput = this.RULE('evalInput', (): A.expr => {
    const e = this.SUBRULE(this.starExpressions);
    this.MANY(() => this.CONSUME(T.NEWLINE));
    return e;
  });

  /** An f-string replacement field: `(` expr `)` as CPython 3.11 compiles it. */
  public fstringExpr = this.RULE('fstringExpr', (): A.expr => {
    const lp = this.CONSUME(T.LPar);
    const e = this.OR([
      { ALT: () => this.SUBRULE(this.yieldExpr) },
      { ALT: () => this.SUBRULE(this.starExpressions) },
    ]);
    const rp = this.CONSUME(T.RPar);
    this.OPTION(() => this.CONSUME(T.NEWLINE));
    this.ACTION(() => {
      // the field was compiled as `(expr)`: a bare tuple takes in the parentheses
      if (e.kind === 'Tuple' && !this.state.parenthesized.has(e)) Object.assign(e, span(lp, rp));
    });
    return e;
  });

  public statement = this.RULE('statement', (): A.stmt[] => {
    return this.OR([
      { ALT: () => [this.SUBRULE(this.matchStmt)] },
      { ALT: () => [this.SUBRULE(this.ifStmt)] },
      { ALT: () => [this.SUBRULE(this.whileStmt)] },
      { ALT: () => [this.SUBRULE(this.forStmt)] },
      { ALT: () => [this.SUBRULE(this.tryStmt)] },
      { ALT: () => [this.SUBRULE(this.withStmt)] },
      { ALT: () => [this.SUBRULE(this.funcDef)] },
      { ALT: () => [this.SUBRULE(this.classDef)] },
      { ALT: () => [this.SUBRULE(this.decorated)] },
      { ALT: () => [this.SUBRULE(this.asyncStmt)] },
      { ALT: () => this.SUBRULE(this.simpleStmts) },
    ]);
  });

  public simpleStmts = this.RULE('simpleStmts', (): A.stmt[] => {
    const out: A.stmt[] = [this.SUBRULE(this.simpleStmt)];
    this.MANY(() => {
      this.CONSUME(T.Semi);
      const s = this.SUBRULE2(this.simpleStmt);
      this.ACTION(() => out.push(s));
    });
    const semi = this.OPTION(() => this.CONSUME2(T.Semi));
    this.CONSUME(T.NEWLINE);
    this.ACTION(() => {
      // an enclosing block ends at its last token, which a trailing `;` is
      if (semi !== undefined) this.state.parenthesized.set(out[out.length - 1] as A.stmt, span(out[out.length - 1] as A.stmt, semi));
    });
    return out;
  });

  public simpleStmt = this.RULE('simpleStmt', (): A.stmt => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.exprStmt) },
      { ALT: () => this.SUBRULE(this.returnStmt) },
      { ALT: () => this.SUBRULE(this.importStmt) },
      { ALT: () => this.SUBRULE(this.fromImportStmt) },
      { ALT: () => this.SUBRULE(this.raiseStmt) },
      { ALT: () => { const t = this.CONSUME(K.pass); return this.ACTION((): A.stmt => ({ kind: 'Pass', ...this.sp(t, t) })); } },
      { ALT: () => { const t = this.CONSUME(K.break); return this.ACTION((): A.stmt => ({ kind: 'Break', ...this.sp(t, t) })); } },
      { ALT: () => { const t = this.CONSUME(K.continue); return this.ACTION((): A.stmt => ({ kind: 'Continue', ...this.sp(t, t) })); } },
      { ALT: () => this.SUBRULE(this.delStmt) },
      { ALT: () => this.SUBRULE(this.globalStmt) },
      { ALT: () => this.SUBRULE(this.assertStmt) },
    ]);
  });

  public yieldOrStar = this.RULE('yieldOrStar', (): A.expr => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.yieldExpr) },
      { ALT: () => this.SUBRULE(this.starExpressions) },
    ]);
  });

  public exprStmt = this.RULE('exprStmt', (): A.stmt => {
    const first = this.SUBRULE(this.yieldOrStar);
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Colon);
          const ann = this.SUBRULE(this.expression);
          const value = this.OPTION(() => {
            this.CONSUME(T.Equal);
            return this.SUBRULE2(this.yieldOrStar);
          });
          return this.ACTION(() => this.annAssign(first, ann, value ?? null));
        },
      },
      {
        ALT: () => {
          const op = this.CONSUME(T.AugAssignOp);
          const value = this.SUBRULE3(this.yieldOrStar);
          return this.ACTION((): A.stmt => {
            if (first.kind !== 'Name' && first.kind !== 'Attribute' && first.kind !== 'Subscript') {
              this.raise(`'${exprName(first)}' is an illegal expression for augmented assignment`, first);
            }
            setContext(first, 'Store');
            return { kind: 'AugAssign', target: first, op: AUG_OPS[op.image] as A.operator, value, ...this.sp(first, value) };
          });
        },
      },
      {
        ALT: () => {
          const rest: A.expr[] = [];
          this.MANY(() => {
            this.CONSUME2(T.Equal);
            const v = this.SUBRULE4(this.yieldOrStar);
            this.ACTION(() => rest.push(v));
          });
          return this.ACTION((): A.stmt => {
            if (rest.length === 0) return { kind: 'Expr', value: first, ...this.sp(first, first) };
            const value = rest.pop() as A.expr;
            const targets = [first, ...rest];
            for (const t of targets) this.checkTarget(t, false, targets.length === 1 ? value : null);
            for (const t of targets) setContext(t, 'Store');
            return { kind: 'Assign', targets, value, type_comment: null, ...this.sp(first, value) };
          });
        },
      },
    ]);
  });

  annAssign(target: A.expr, ann: A.expr, value: A.expr | null): A.stmt {
    if (target.kind === 'Tuple' && !this.state.parenthesized.has(target)) this.raise('only single target (not tuple) can be annotated', target);
    if (target.kind === 'Tuple') this.raise('only single target (not tuple) can be annotated', target);
    if (target.kind === 'List') this.raise('only single target (not list) can be annotated', target);
    if (target.kind !== 'Name' && target.kind !== 'Attribute' && target.kind !== 'Subscript') this.raise('illegal target for annotation', target);
    setContext(target, 'Store');
    const simple = target.kind === 'Name' && !this.state.parenthesized.has(target) ? 1 : 0;
    return { kind: 'AnnAssign', target, annotation: ann, value, simple, ...this.sp(target, value ?? ann) };
  }

  /** Raises CPython's message for the first part of `t` that cannot be assigned/deleted. */
  checkTarget(t: A.expr, del: boolean, singleValue: A.expr | null): void {
    if (!del && t.kind === 'Starred' && !this.state.parenthesized.has(t)) {
      // a bare `*a = b` is reported by the compiler; checkModule does it
    }
    const bad = invalidTarget(t, del);
    if (bad === null) {
      if (!del) this.checkNameTargets(t);
      return;
    }
    if ((bad.kind === 'Yield' || bad.kind === 'YieldFrom') && !this.state.parenthesized.has(bad)) this.raise('assignment to yield expression not possible', bad);
    const name = exprName(bad);
    if (del) this.raise(`cannot delete ${name}`, bad);
    // A parenthesized expression is an atom, so at the bitwise_or level whatever it holds.
    const bitwiseLevel = (e: A.expr): boolean => this.state.parenthesized.has(e) || !(e.kind === 'Compare' || e.kind === 'BoolOp' || e.kind === 'IfExp'
      || e.kind === 'Lambda' || e.kind === 'NamedExpr' || (e.kind === 'UnaryOp' && e.op === 'Not')
      || (e.kind === 'Tuple' && !this.state.parenthesized.has(e)) || e.kind === 'Starred' || e.kind === 'Yield' || e.kind === 'YieldFrom');
    const excluded = t.kind === 'List' || t.kind === 'Tuple' || t.kind === 'GeneratorExp'
      || (t.kind === 'Constant' && (t.value === null || t.value === true || t.value === false));
    if (singleValue !== null && bad === t && !excluded && bitwiseLevel(t) && bitwiseLevel(singleValue)) {
      this.raise(`cannot assign to ${name} here. Maybe you meant '==' instead of '='?`, bad);
    }
    this.raise(`cannot assign to ${name}`, bad);
  }

  checkNameTargets(t: A.expr): void {
    if (t.kind === 'Name' && t.id === '__debug__') this.raise('cannot assign to __debug__', t);
    if (t.kind === 'Tuple' || t.kind === 'List') for (const x of t.elts) this.checkNameTargets(x);
    if (t.kind === 'Starred') this.checkNameTargets(t.value);
  }

  toTarget(e: A.expr, ctx: 'Store' | 'Del'): A.expr {
    this.checkTarget(e, ctx === 'Del', null);
    setContext(e, ctx);
    return e;
  }

  public returnStmt = this.RULE('returnStmt', (): A.stmt => {
    const t = this.CONSUME(K.return);
    const v = this.OPTION(() => this.SUBRULE(this.starExpressions));
    return this.ACTION(() => ({ kind: 'Return', value: v ?? null, ...this.sp(t, v ?? t) }));
  });

  public raiseStmt = this.RULE('raiseStmt', (): A.stmt => {
    const t = this.CONSUME(K.raise);
    let cause: A.expr | null = null;
    const exc = this.OPTION(() => {
      const e = this.SUBRULE(this.expression);
      this.OPTION2(() => {
        this.CONSUME(K.from);
        cause = this.SUBRULE2(this.expression);
      });
      return e;
    });
    return this.ACTION(() => ({ kind: 'Raise', exc: exc ?? null, cause, ...this.sp(t, cause ?? exc ?? t) }));
  });

  public globalStmt = this.RULE('globalStmt', (): A.stmt => {
    const kw = this.OR([{ ALT: () => this.CONSUME(K.global) }, { ALT: () => this.CONSUME(K.nonlocal) }]);
    const names: string[] = [];
    let last: IToken = this.CONSUME(T.Name);
    this.ACTION(() => names.push(last.image));
    this.MANY(() => {
      this.CONSUME(T.Comma);
      last = this.CONSUME2(T.Name);
      this.ACTION(() => names.push(last.image));
    });
    return this.ACTION((): A.stmt => ({ kind: kw.image === 'global' ? 'Global' : 'Nonlocal', names, ...this.sp(kw, last) }));
  });

  public delStmt = this.RULE('delStmt', (): A.stmt => {
    const t = this.CONSUME(K.del);
    const targets: A.expr[] = [];
    let end: Loc = t;
    const first = this.SUBRULE(this.delTarget);
    this.ACTION(() => { targets.push(first); end = first; });
    this.MANY(() => {
      this.CONSUME(T.Comma);
      const x = this.SUBRULE2(this.delTarget);
      this.ACTION(() => { targets.push(x); end = x; });
    });
    this.OPTION(() => { const c = this.CONSUME2(T.Comma); this.ACTION(() => { end = c; }); });
    return this.ACTION((): A.stmt => {
      for (const x of targets) this.toTarget(x, 'Del');
      return { kind: 'Delete', targets, ...this.sp(t, end) };
    });
  });

  public delTarget = this.RULE('delTarget', (): A.expr => {
    return this.OR([
      {
        ALT: () => {
          const s = this.CONSUME(T.Star);
          const v = this.SUBRULE(this.bitwiseOr);
          return this.ACTION((): A.expr => ({ kind: 'Starred', value: v, ctx: 'Load', ...this.sp(s, v) }));
        },
      },
      { ALT: () => this.SUBRULE2(this.bitwiseOr) },
    ]);
  });

  public assertStmt = this.RULE('assertStmt', (): A.stmt => {
    const t = this.CONSUME(K.assert);
    const test = this.SUBRULE(this.expression);
    const msg = this.OPTION(() => {
      this.CONSUME(T.Comma);
      return this.SUBRULE2(this.expression);
    });
    return this.ACTION(() => ({ kind: 'Assert', test, msg: msg ?? null, ...this.sp(t, msg ?? test) }));
  });

  public dottedName = this.RULE('dottedName', (): { name: string; first: IToken; last: IToken } => {
    const first = this.CONSUME(T.Name);
    let name = first.image;
    let last = first;
    this.MANY(() => {
      this.CONSUME(T.Dot);
      const n = this.CONSUME2(T.Name);
      this.ACTION(() => { name += '.' + n.image; last = n; });
    });
    return { name, first, last };
  });

  public importStmt = this.RULE('importStmt', (): A.stmt => {
    const t = this.CONSUME(K.import);
    const names: A.alias[] = [];
    const one = (): void => {
      const d = this.SUBRULE(this.dottedName);
      const as = this.OPTION(() => { this.CONSUME(K.as); return this.CONSUME2(T.Name); });
      this.ACTION(() => names.push({ kind: 'alias', name: d.name, asname: as?.image ?? null, ...this.sp(d.first, as ?? d.last) }));
    };
    one();
    this.MANY(() => {
      this.CONSUME(T.Comma);
      const d = this.SUBRULE2(this.dottedName);
      const as = this.OPTION2(() => { this.CONSUME2(K.as); return this.CONSUME3(T.Name); });
      this.ACTION(() => names.push({ kind: 'alias', name: d.name, asname: as?.image ?? null, ...this.sp(d.first, as ?? d.last) }));
    });
    return this.ACTION((): A.stmt => ({ kind: 'Import', names, ...this.sp(t, names[names.length - 1] as A.alias) }));
  });

  public importAsName = this.RULE('importAsName', (): A.alias => {
    const n = this.CONSUME(T.Name);
    const as = this.OPTION(() => { this.CONSUME(K.as); return this.CONSUME2(T.Name); });
    return this.ACTION(() => ({ kind: 'alias', name: n.image, asname: as?.image ?? null, ...this.sp(n, as ?? n) }));
  });

  public fromImportStmt = this.RULE('fromImportStmt', (): A.stmt => {
    const t = this.CONSUME(K.from);
    let level = 0;
    this.MANY(() => {
      this.OR([
        { ALT: () => { this.CONSUME(T.Dot); this.ACTION(() => { level += 1; }); } },
        { ALT: () => { this.CONSUME(T.Ellipsis); this.ACTION(() => { level += 3; }); } },
      ]);
    });
    const mod = this.OPTION(() => this.SUBRULE(this.dottedName));
    const imp = this.CONSUME(K.import);
    const names: A.alias[] = [];
    let end: Loc = t;
    this.OR2([
      {
        ALT: () => {
          const s = this.CONSUME(T.Star);
          this.ACTION(() => { names.push({ kind: 'alias', name: '*', asname: null, ...this.sp(s, s) }); end = s; });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LPar);
          const a = this.SUBRULE(this.importAsName);
          this.ACTION(() => names.push(a));
          this.MANY2(() => {
            this.CONSUME(T.Comma);
            const b = this.SUBRULE2(this.importAsName);
            this.ACTION(() => names.push(b));
          });
          this.OPTION2(() => this.CONSUME2(T.Comma));
          const r = this.CONSUME(T.RPar);
          this.ACTION(() => { end = r; });
        },
      },
      {
        ALT: () => {
          const a = this.SUBRULE3(this.importAsName);
          this.ACTION(() => { names.push(a); end = a; });
          this.MANY3(() => {
            this.CONSUME3(T.Comma);
            const b = this.SUBRULE4(this.importAsName);
            this.ACTION(() => { names.push(b); end = b; });
          });
        },
      },
    ]);
    return this.ACTION((): A.stmt => {
      if (mod === undefined && level === 0) this.raise('invalid syntax', imp);
      return { kind: 'ImportFrom', module: mod?.name ?? null, names, level, ...this.sp(t, end) };
    });
  });

  // ---- compound statements --------------------------------------------------------------
  setOwner(what: string, tok: IToken): void {
    this.ACTION(() => { this.state.blockOwner = { what, line: tok.startLine as number }; });
  }

  public block = this.RULE('block', (): A.stmt[] => {
    return this.OR([
      {
        ALT: () => {
          const nl = this.CONSUME(T.NEWLINE);
          this.ACTION(() => {
            if (this.LA(1).tokenType !== T.INDENT) {
              const o = this.state.blockOwner;
              const next = this.LA(1);
              const at = next.tokenType.name === 'EOF' || next.tokenType === T.DEDENT ? nl : next;
              const L = this.state.lines;
              const off = next.tokenType === T.DEDENT ? next.startOffset : L.charOffset(startLine(at), startCol(at));
              // the range is the whole token where the block should have started
              const len = at === next && next.tokenType !== T.DEDENT ? next.image.length : 1;
              const e = L.error('IndentationError', `expected an indented block after ${o.what} on line ${o.line}`, off, off + Math.max(1, len));
              if (next.tokenType.name === 'EOF' || next.tokenType === T.DEDENT && next.startOffset >= L.text.length) {
                e.lineno = nl.startLine as number; e.end_lineno = e.lineno; e.offset = 0; e.end_offset = 0; e.text = L.lineText(e.lineno);
              }
              throw e;
            }
          });
          this.CONSUME(T.INDENT);
          const body: A.stmt[] = [];
          this.AT_LEAST_ONE(() => {
            const s = this.SUBRULE(this.statement);
            this.ACTION(() => body.push(...s));
          });
          this.CONSUME(T.DEDENT);
          return body;
        },
      },
      { ALT: () => this.SUBRULE(this.simpleStmts) },
    ]);
  });

  public ifStmt = this.RULE('ifStmt', (): A.stmt => {
    const t = this.CONSUME(K.if);
    const test = this.SUBRULE(this.namedExpression);
    this.CONSUME(T.Colon);
    this.setOwner("'if' statement", t);
    const body = this.SUBRULE(this.block);
    const orelse = this.OPTION(() => this.SUBRULE(this.elseOrElif)) ?? [];
    return this.ACTION(() => ({ kind: 'If', test, body, orelse, ...this.sp(t, lastOf(orelse.length ? orelse : body)) }));
  });

  public elseOrElif = this.RULE('elseOrElif', (): A.stmt[] => {
    return this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(K.elif);
          const test = this.SUBRULE(this.namedExpression);
          this.CONSUME(T.Colon);
          this.setOwner("'elif' statement", t);
          const body = this.SUBRULE(this.block);
          const orelse = this.OPTION(() => this.SUBRULE(this.elseOrElif)) ?? [];
          return this.ACTION((): A.stmt[] => [{ kind: 'If', test, body, orelse, ...this.sp(t, lastOf(orelse.length ? orelse : body)) }]);
        },
      },
      { ALT: () => this.SUBRULE(this.elseBlock) },
    ]);
  });

  public elseBlock = this.RULE('elseBlock', (): A.stmt[] => {
    const t = this.CONSUME(K.else);
    this.CONSUME(T.Colon);
    this.setOwner("'else' statement", t);
    return this.SUBRULE(this.block);
  });

  public whileStmt = this.RULE('whileStmt', (): A.stmt => {
    const t = this.CONSUME(K.while);
    const test = this.SUBRULE(this.namedExpression);
    this.CONSUME(T.Colon);
    this.setOwner("'while' statement", t);
    const body = this.SUBRULE(this.block);
    const orelse = this.OPTION(() => this.SUBRULE(this.elseBlock)) ?? [];
    return this.ACTION(() => ({ kind: 'While', test, body, orelse, ...this.sp(t, lastOf(orelse.length ? orelse : body)) }));
  });

  public forStmt = this.RULE('forStmt', (): A.For => {
    const t = this.CONSUME(K.for);
    const target = this.SUBRULE(this.starTargets);
    this.CONSUME(K.in);
    const iter = this.SUBRULE(this.starExpressions);
    this.CONSUME(T.Colon);
    this.setOwner("'for' statement", t);
    const body = this.SUBRULE(this.block);
    const orelse = this.OPTION(() => this.SUBRULE(this.elseBlock)) ?? [];
    return this.ACTION((): A.For => ({
      kind: 'For', target: this.toTarget(target, 'Store'), iter, body, orelse, type_comment: null,
      ...this.sp(t, lastOf(orelse.length ? orelse : body)),
    }));
  });

  /** Targets of `for` and comprehensions: primaries (no `in` comparison), starred, tuples. */
  public starTargets = this.RULE('starTargets', (): A.expr => {
    const first = this.SUBRULE(this.starTarget);
    const elts: A.expr[] = [first];
    let comma: IToken | null = null;
    this.MANY(() => {
      this.CONSUME(T.Comma);
      const x = this.SUBRULE2(this.starTarget);
      this.ACTION(() => elts.push(x));
    });
    this.OPTION(() => { comma = this.CONSUME2(T.Comma); });
    return this.ACTION((): A.expr => {
      if (elts.length === 1 && comma === null) return first;
      return { kind: 'Tuple', elts, ctx: 'Load', ...this.sp(first, comma ?? (elts[elts.length - 1] as A.expr)) };
    });
  });

  public starTarget = this.RULE('starTarget', (): A.expr => {
    return this.OR([
      {
        ALT: () => {
          const s = this.CONSUME(T.Star);
          const v = this.SUBRULE(this.starTarget);
          return this.ACTION((): A.expr => {
            if (v.kind === 'Starred') this.raise('cannot use starred expression here', v);
            return { kind: 'Starred', value: v, ctx: 'Load', ...this.sp(s, v) };
          });
        },
      },
      { ALT: () => this.SUBRULE(this.awaitPrimary) },
    ]);
  });

  public withStmt = this.RULE('withStmt', (): A.With => {
    const t = this.CONSUME(K.with);
    const items: A.withitem[] = [];
    this.OR([
      {
        GATE: () => this.atParenthesizedWithItems(),
        IGNORE_AMBIGUITIES: true,
        ALT: () => {
          this.CONSUME(T.LPar);
          const a = this.SUBRULE(this.withItem);
          this.ACTION(() => items.push(a));
          this.MANY(() => {
            this.CONSUME(T.Comma);
            const b = this.SUBRULE2(this.withItem);
            this.ACTION(() => items.push(b));
          });
          this.OPTION(() => this.CONSUME2(T.Comma));
          this.CONSUME(T.RPar);
        },
      },
      {
        ALT: () => {
          const a = this.SUBRULE3(this.withItem);
          this.ACTION(() => items.push(a));
          this.MANY2(() => {
            this.CONSUME3(T.Comma);
            const b = this.SUBRULE4(this.withItem);
            this.ACTION(() => items.push(b));
          });
        },
      },
    ]);
    this.CONSUME(T.Colon);
    this.setOwner("'with' statement", t);
    const body = this.SUBRULE(this.block);
    return this.ACTION((): A.With => ({ kind: 'With', items, body, type_comment: null, ...this.sp(t, lastOf(body)) }));
  });

  /** `with (` ... `)` `:` — the parenthesized form of with-items. */
  atParenthesizedWithItems(): boolean {
    if (this.LA(1).tokenType !== T.LPar) return false;
    let depth = 0;
    for (let i = 1; ; i++) {
      const tt = this.LA(i).tokenType;
      if (tt === T.NEWLINE || tt.name === 'EOF') return false;
      if (tt === T.LPar || tt === T.LSqb || tt === T.LBrace) depth++;
      else if (tt === T.RPar || tt === T.RSqb || tt === T.RBrace) {
        depth--;
        if (depth === 0) return this.LA(i + 1).tokenType === T.Colon;
      }
    }
  }

  public withItem = this.RULE('withItem', (): A.withitem => {
    const e = this.SUBRULE(this.expression);
    const v = this.OPTION(() => {
      this.CONSUME(K.as);
      return this.SUBRULE(this.starTarget);
    });
    return this.ACTION((): A.withitem => ({ kind: 'withitem', context_expr: e, optional_vars: v === undefined ? null : this.toTarget(v, 'Store') }));
  });

  public tryStmt = this.RULE('tryStmt', (): A.stmt => {
    const t = this.CONSUME(K.try);
    this.CONSUME(T.Colon);
    this.setOwner("'try' statement", t);
    const body = this.SUBRULE(this.block);
    this.ACTION(() => {
      const nt = this.LA(1);
      if (nt.tokenType !== K.except && nt.tokenType !== K.finally) {
        if (this.onlyDedentsLeft()) this.raiseAtEnd("expected 'except' or 'finally' block");
        this.raise("expected 'except' or 'finally' block", nt.tokenType.name === 'EOF' ? this.LA(0) : nt);
      }
    });
    const handlers: A.ExceptHandler[] = [];
    let star: boolean | null = null;
    let orelse: A.stmt[] = [];
    let finalbody: A.stmt[] = [];
    this.OR([
      { ALT: () => { finalbody = this.SUBRULE(this.finallyBlock); } },
      {
        ALT: () => {
          this.AT_LEAST_ONE(() => {
            const h = this.SUBRULE(this.exceptBlock);
            this.ACTION(() => {
              if (star !== null && star !== h.star) this.raise("cannot have both 'except' and 'except*' on the same 'try'", h.tok);
              star = h.star;
              handlers.push(h.handler);
            });
          });
          this.OPTION(() => { orelse = this.SUBRULE(this.elseBlock); });
          this.OPTION2(() => { finalbody = this.SUBRULE2(this.finallyBlock); });
        },
      },
    ]);
    return this.ACTION((): A.stmt => {
      const end = finalbody.length ? lastOf(finalbody) : orelse.length ? lastOf(orelse) : handlers[handlers.length - 1] as A.ExceptHandler;
      return { kind: star === true ? 'TryStar' : 'Try', body, handlers, orelse, finalbody, ...this.sp(t, end) };
    });
  });

  public finallyBlock = this.RULE('finallyBlock', (): A.stmt[] => {
    const t = this.CONSUME(K.finally);
    this.CONSUME(T.Colon);
    this.setOwner("'finally' statement", t);
    return this.SUBRULE(this.block);
  });

  public exceptBlock = this.RULE('exceptBlock', (): { handler: A.ExceptHandler; star: boolean; tok: IToken } => {
    const t = this.CONSUME(K.except);
    const star = this.OPTION(() => this.CONSUME(T.Star));
    let name: string | null = null;
    const type = this.OPTION2(() => {
      const e = this.SUBRULE(this.expression);
      this.OPTION3(() => {
        this.OR([
          {
            ALT: () => {
              this.CONSUME(K.as);
              const n = this.CONSUME(T.Name);
              this.ACTION(() => { name = n.image; });
            },
          },
          {
            ALT: () => {
              const c = this.CONSUME(T.Comma);
              this.ACTION(() => this.raise('multiple exception types must be parenthesized', e, this.LA(1).tokenType === T.Colon ? c : this.LA(1)));
            },
          },
        ]);
      });
      return e;
    });
    this.CONSUME(T.Colon);
    this.setOwner(star !== undefined ? "'except*' statement" : "'except' statement", t);
    const body = this.SUBRULE(this.block);
    return this.ACTION(() => {
      if (star !== undefined && type === undefined) this.raise('expected one or more exception types', t);
      return { handler: { kind: 'ExceptHandler', type: type ?? null, name, body, ...this.sp(t, lastOf(body)) }, star: star !== undefined, tok: t };
    });
  });

  public funcDef = this.RULE('funcDef', (): A.FunctionDef => {
    const t = this.CONSUME(K.def);
    const name = this.CONSUME(T.Name);
    this.CONSUME(T.LPar);
    const items = this.OPTION(() => this.SUBRULE(this.params)) ?? [];
    this.CONSUME(T.RPar);
    const returns = this.OPTION2(() => {
      this.CONSUME(T.Arrow);
      return this.SUBRULE(this.expression);
    });
    this.CONSUME(T.Colon);
    this.setOwner('function definition', t);
    const body = this.SUBRULE(this.block);
    return this.ACTION((): A.FunctionDef => ({
      kind: 'FunctionDef', name: name.image, args: this.buildArguments(items), body, decorator_list: [],
      returns: returns ?? null, type_comment: null, ...this.sp(t, lastOf(body)),
    }));
  });

  public classDef = this.RULE('classDef', (): A.ClassDef => {
    const t = this.CONSUME(K.class);
    const name = this.CONSUME(T.Name);
    let rp: IToken | undefined;
    let lp: IToken | undefined;
    const call = this.OPTION(() => {
      lp = this.CONSUME(T.LPar);
      const a = this.OPTION2(() => this.SUBRULE(this.callArgs));
      rp = this.CONSUME(T.RPar);
      return a;
    });
    const classArgs = this.ACTION(() => {
      const built = this.buildCallArgs(call ?? [], rp);
      const only = built.args[0];
      if (lp !== undefined && built.args.length === 1 && built.keywords.length === 0 && only !== undefined
        && only.kind === 'GeneratorExp' && !this.state.parenthesized.has(only)) {
        // class_def_raw takes `arguments`, which has no bare generator expression: the
        // parse fails at its 'for'.
        const open = lp;
        const forTok = this.input.find((x) => x.startOffset > open.startOffset && x.tokenType === K.for);
        if (forTok !== undefined) this.raise('invalid syntax', forTok);
      }
      return built;
    });
    this.CONSUME(T.Colon);
    this.setOwner('class definition', t);
    const body = this.SUBRULE(this.block);
    return this.ACTION((): A.ClassDef => {
      const { args, keywords } = classArgs;
      return { kind: 'ClassDef', name: name.image, bases: args, keywords, body, decorator_list: [], ...this.sp(t, lastOf(body)) };
    });
  });

  public decorated = this.RULE('decorated', (): A.stmt => {
    const decos: A.expr[] = [];
    this.AT_LEAST_ONE(() => {
      this.CONSUME(T.At);
      const d = this.SUBRULE(this.namedExpression);
      this.CONSUME(T.NEWLINE);
      this.ACTION(() => decos.push(d));
    });
    const target = this.OR([
      { ALT: (): A.stmt => this.SUBRULE(this.funcDef) },
      { ALT: (): A.stmt => this.SUBRULE(this.classDef) },
      { ALT: (): A.stmt => this.SUBRULE(this.asyncStmt) },
    ]);
    return this.ACTION(() => {
      if (target.kind === 'FunctionDef' || target.kind === 'AsyncFunctionDef' || target.kind === 'ClassDef') target.decorator_list = decos;
      else this.raise('invalid syntax', target);
      return target;
    });
  });

  public asyncStmt = this.RULE('asyncStmt', (): A.stmt => {
    const a = this.CONSUME(K.async);
    const s = this.OR([
      { ALT: (): A.stmt => this.SUBRULE(this.funcDef) },
      { ALT: (): A.stmt => this.SUBRULE(this.forStmt) },
      { ALT: (): A.stmt => this.SUBRULE(this.withStmt) },
    ]);
    return this.ACTION((): A.stmt => {
      const pos = span(a, s);
      if (s.kind === 'FunctionDef') return { ...s, kind: 'AsyncFunctionDef', ...pos };
      if (s.kind === 'For') return { ...s, kind: 'AsyncFor', ...pos };
      if (s.kind === 'With') return { ...s, kind: 'AsyncWith', ...pos };
      return s;
    });
  });

  // ---- parameters -----------------------------------------------------------------------
  public params = this.RULE('params', (): ParamItem[] => {
    const items: ParamItem[] = [this.SUBRULE(this.paramItem)];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      const p = this.SUBRULE2(this.paramItem);
      this.ACTION(() => items.push(p));
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
    return items;
  });

  public paramItem = this.RULE('paramItem', (): ParamItem => {
    return this.OR([
      { ALT: () => { const tok = this.CONSUME(T.Slash); return { k: 'slash' as const, tok }; } },
      {
        ALT: () => {
          const tok = this.CONSUME(T.Star);
          const arg = this.OPTION(() => this.SUBRULE(this.param, { ARGS: [true] }));
          this.noDefault('var-positional');
          return { k: 'star' as const, tok, arg: arg ?? null };
        },
      },
      {
        ALT: () => {
          const tok = this.CONSUME(T.DoubleStar);
          const arg = this.SUBRULE2(this.param, { ARGS: [false] });
          this.noDefault('var-keyword');
          return { k: 'dstar' as const, tok, arg };
        },
      },
      {
        ALT: () => {
          const arg = this.SUBRULE3(this.param, { ARGS: [false] });
          let eq: IToken | null = null;
          const dflt = this.OPTION2(() => {
            eq = this.CONSUME(T.Equal);
            return this.SUBRULE(this.expression);
          });
          return { k: 'param' as const, arg, dflt: dflt ?? null, eq };
        },
      },
    ]);
  });

  public param = this.RULE('param', (starAnnotation: boolean): A.arg => {
    const n = this.CONSUME(T.Name);
    const ann = this.OPTION(() => {
      this.CONSUME(T.Colon);
      return this.SUBRULE(this.starExpression);
    });
    return this.ACTION((): A.arg => {
      if (ann !== undefined && ann.kind === 'Starred' && !starAnnotation) this.raise('invalid syntax', ann);
      return { kind: 'arg', arg: n.image, annotation: ann ?? null, type_comment: null, ...this.sp(n, ann ?? n) };
    });
  });

  public lambdaParams = this.RULE('lambdaParams', (): ParamItem[] => {
    const items: ParamItem[] = [this.SUBRULE(this.lambdaParamItem)];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      const p = this.SUBRULE2(this.lambdaParamItem);
      this.ACTION(() => items.push(p));
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
    return items;
  });

  public lambdaParamItem = this.RULE('lambdaParamItem', (): ParamItem => {
    const mk = (n: IToken): A.arg => ({ kind: 'arg', arg: n.image, annotation: null, type_comment: null, ...this.sp(n, n) });
    return this.OR([
      { ALT: () => { const tok = this.CONSUME(T.Slash); return { k: 'slash' as const, tok }; } },
      {
        ALT: () => {
          const tok = this.CONSUME(T.Star);
          const n = this.OPTION(() => this.CONSUME(T.Name));
          this.noDefault('var-positional');
          return this.ACTION(() => ({ k: 'star' as const, tok, arg: n === undefined ? null : mk(n) }));
        },
      },
      {
        ALT: () => {
          const tok = this.CONSUME(T.DoubleStar);
          const n = this.CONSUME2(T.Name);
          this.noDefault('var-keyword');
          return this.ACTION(() => ({ k: 'dstar' as const, tok, arg: mk(n) }));
        },
      },
      {
        ALT: () => {
          const n = this.CONSUME3(T.Name);
          let eq: IToken | null = null;
          const dflt = this.OPTION2(() => {
            eq = this.CONSUME(T.Equal);
            return this.SUBRULE(this.expression);
          });
          return this.ACTION(() => ({ k: 'param' as const, arg: mk(n), dflt: dflt ?? null, eq }));
        },
      },
    ]);
  });

  /** `*a=1` / `**k=1`: invalid_parameters' message at the `=`. */
  noDefault(what: string): void {
    this.ACTION(() => {
      const t = this.LA(1);
      if (t.tokenType === T.Equal) this.raise(`${what} argument cannot have default value`, t);
    });
  }

  /** Sorts parameter items into `arguments`, with CPython's errors for misplaced ones. */
  buildArguments(items: ParamItem[]): A.arguments {
    const a: A.arguments = { kind: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
    let sawSlash = false;
    let sawStar: IToken | null = null;
    let sawDstar = false;
    for (const it of items) {
      if (sawDstar) this.raise('arguments cannot follow var-keyword argument', it.k === 'param' ? it.arg : it.tok);
      switch (it.k) {
        case 'slash':
          if (sawSlash) this.raise('/ may appear only once', it.tok);
          if (sawStar !== null) this.raise('/ must be ahead of *', it.tok);
          if (a.args.length === 0) this.raise('at least one argument must precede /', it.tok);
          sawSlash = true;
          a.posonlyargs = a.args;
          a.args = [];
          break;
        case 'star':
          if (sawStar !== null) this.raise('* argument may appear only once', it.tok);
          sawStar = it.tok;
          a.vararg = it.arg;
          break;
        case 'dstar':
          sawDstar = true;
          a.kwarg = it.arg;
          break;
        case 'param':
          if (sawStar === null) {
            if (it.dflt !== null) a.defaults.push(it.dflt);
            else if (a.defaults.length > 0) this.raise('non-default argument follows default argument', it.arg);
            a.args.push(it.arg);
          } else {
            a.kwonlyargs.push(it.arg);
            a.kw_defaults.push(it.dflt);
          }
          break;
      }
    }
    if (sawStar !== null && a.vararg === null && a.kwonlyargs.length === 0) this.raise('named arguments must follow bare *', sawStar);
    return a;
  }

  // ---- expressions ------------------------------------------------------------------------
  public starExpressions = this.RULE('starExpressions', (): A.expr => {
    const first = this.SUBRULE(this.starExpression);
    const elts: A.expr[] = [first];
    let comma: IToken | null = null;
    this.MANY(() => {
      this.CONSUME(T.Comma);
      const x = this.SUBRULE2(this.starExpression);
      this.ACTION(() => elts.push(x));
    });
    this.OPTION(() => { comma = this.CONSUME2(T.Comma); });
    return this.ACTION((): A.expr => {
      if (elts.length === 1 && comma === null) return first;
      return { kind: 'Tuple', elts, ctx: 'Load', ...this.sp(first, comma ?? (elts[elts.length - 1] as A.expr)) };
    });
  });

  public starExpression = this.RULE('starExpression', (): A.expr => {
    return this.OR([
      {
        ALT: () => {
          const s = this.CONSUME(T.Star);
          const v = this.SUBRULE(this.bitwiseOr);
          return this.ACTION((): A.expr => ({ kind: 'Starred', value: v, ctx: 'Load', ...this.sp(s, v) }));
        },
      },
      { ALT: () => this.SUBRULE(this.expression) },
    ]);
  });

  public starNamedExpression = this.RULE('starNamedExpression', (): A.expr => {
    return this.OR([
      {
        ALT: () => {
          const s = this.CONSUME(T.Star);
          const v = this.SUBRULE(this.bitwiseOr);
          return this.ACTION((): A.expr => ({ kind: 'Starred', value: v, ctx: 'Load', ...this.sp(s, v) }));
        },
      },
      { ALT: () => this.SUBRULE(this.namedExpression) },
    ]);
  });

  public namedExpression = this.RULE('namedExpression', (): A.expr => {
    const e = this.SUBRULE(this.expression);
    const v = this.OPTION(() => {
      this.CONSUME(T.ColonEqual);
      return this.SUBRULE2(this.expression);
    });
    return this.ACTION((): A.expr => {
      if (v === undefined) return e;
      if (e.kind !== 'Name' || this.state.parenthesized.has(e)) this.raise(`cannot use assignment expressions with ${exprName(e)}`, e);
      setContext(e, 'Store');
      return { kind: 'NamedExpr', target: e, value: v, ...this.sp(e, v) };
    });
  });

  public expression = this.RULE('expression', (): A.expr => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.lambdef) },
      {
        ALT: () => {
          const body = this.SUBRULE(this.disjunction);
          const rest = this.OPTION(() => {
            this.CONSUME(K.if);
            const test = this.SUBRULE2(this.disjunction);
            this.ACTION(() => {
              if (this.LA(1).tokenType !== K.else) this.raise("expected 'else' after 'if' expression", body, test);
            });
            this.CONSUME(K.else);
            const orelse = this.SUBRULE(this.expression);
            return { test, orelse };
          });
          return this.ACTION((): A.expr => rest === undefined ? body
            : { kind: 'IfExp', test: rest.test, body, orelse: rest.orelse, ...this.sp(body, rest.orelse) });
        },
      },
    ]);
  });

  public lambdef = this.RULE('lambdef', (): A.expr => {
    const t = this.CONSUME(K.lambda);
    const items = this.OPTION(() => this.SUBRULE(this.lambdaParams)) ?? [];
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.expression);
    return this.ACTION((): A.expr => ({ kind: 'Lambda', args: this.buildArguments(items), body, ...this.sp(t, body) }));
  });

  public disjunction = this.RULE('disjunction', (): A.expr => {
    const first = this.SUBRULE(this.conjunction);
    const values: A.expr[] = [first];
    this.MANY(() => {
      this.CONSUME(K.or);
      const x = this.SUBRULE2(this.conjunction);
      this.ACTION(() => values.push(x));
    });
    return this.ACTION((): A.expr => values.length === 1 ? first
      : { kind: 'BoolOp', op: 'Or', values, ...this.sp(first, values[values.length - 1] as A.expr) });
  });

  public conjunction = this.RULE('conjunction', (): A.expr => {
    const first = this.SUBRULE(this.inversion);
    const values: A.expr[] = [first];
    this.MANY(() => {
      this.CONSUME(K.and);
      const x = this.SUBRULE2(this.inversion);
      this.ACTION(() => values.push(x));
    });
    return this.ACTION((): A.expr => values.length === 1 ? first
      : { kind: 'BoolOp', op: 'And', values, ...this.sp(first, values[values.length - 1] as A.expr) });
  });

  public inversion = this.RULE('inversion', (): A.expr => {
    return this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(K.not);
          const v = this.SUBRULE(this.inversion);
          return this.ACTION((): A.expr => ({ kind: 'UnaryOp', op: 'Not', operand: v, ...this.sp(t, v) }));
        },
      },
      { ALT: () => this.SUBRULE(this.comparison) },
    ]);
  });

  public comparison = this.RULE('comparison', (): A.expr => {
    const left = this.SUBRULE(this.bitwiseOr);
    const ops: A.cmpop[] = [];
    const comparators: A.expr[] = [];
    this.MANY(() => {
      const op = this.OR([
        { ALT: () => { const t = this.CONSUME(T.CompOp); return this.ACTION(() => CMP_OPS[t.image] as A.cmpop); } },
        { ALT: () => { this.CONSUME(K.in); return 'In' as const; } },
        { ALT: () => { this.CONSUME(K.not); this.CONSUME2(K.in); return 'NotIn' as const; } },
        {
          ALT: () => {
            this.CONSUME(K.is);
            const n = this.OPTION(() => this.CONSUME2(K.not));
            return n === undefined ? 'Is' as const : 'IsNot' as const;
          },
        },
      ]);
      const right = this.SUBRULE2(this.bitwiseOr);
      this.ACTION(() => { ops.push(op); comparators.push(right); });
    });
    return this.ACTION((): A.expr => ops.length === 0 ? left
      : { kind: 'Compare', left, ops, comparators, ...this.sp(left, comparators[comparators.length - 1] as A.expr) });
  });

  /** bitwise_or .. term of the grammar, as one loop plus precedence climbing. */
  public bitwiseOr = this.RULE('bitwiseOr', (): A.expr => {
    const first = this.SUBRULE(this.factor);
    const operands: A.expr[] = [first];
    const ops: string[] = [];
    this.MANY(() => {
      const op = this.OR([
        { ALT: () => this.CONSUME(T.Vbar) }, { ALT: () => this.CONSUME(T.Circumflex) },
        { ALT: () => this.CONSUME(T.Amper) }, { ALT: () => this.CONSUME(T.LShift) },
        { ALT: () => this.CONSUME(T.RShift) }, { ALT: () => this.CONSUME(T.Plus) },
        { ALT: () => this.CONSUME(T.Minus) }, { ALT: () => this.CONSUME(T.Star) },
        { ALT: () => this.CONSUME(T.Slash) }, { ALT: () => this.CONSUME(T.DoubleSlash) },
        { ALT: () => this.CONSUME(T.Percent) }, { ALT: () => this.CONSUME(T.At) },
      ]);
      const right = this.SUBRULE2(this.factor);
      this.ACTION(() => { ops.push(op.image); operands.push(right); });
    });
    return this.ACTION(() => ops.length === 0 ? first : climb(operands, ops, (a, b) => this.sp(a, b)));
  });

  public factor = this.RULE('factor', (): A.expr => {
    return this.OR([
      {
        ALT: () => {
          const t = this.OR2([
            { ALT: () => this.CONSUME(T.Plus) },
            { ALT: () => this.CONSUME(T.Minus) },
            { ALT: () => this.CONSUME(T.Tilde) },
          ]);
          const v = this.SUBRULE(this.factor);
          return this.ACTION((): A.expr => ({
            kind: 'UnaryOp', op: t.image === '+' ? 'UAdd' : t.image === '-' ? 'USub' : 'Invert', operand: v, ...this.sp(t, v),
          }));
        },
      },
      { ALT: () => this.SUBRULE(this.power) },
    ]);
  });

  public power = this.RULE('power', (): A.expr => {
    const base = this.SUBRULE(this.awaitPrimary);
    const exp = this.OPTION(() => {
      this.CONSUME(T.DoubleStar);
      return this.SUBRULE(this.factor);
    });
    return this.ACTION((): A.expr => exp === undefined ? base : { kind: 'BinOp', left: base, op: 'Pow', right: exp, ...this.sp(base, exp) });
  });

  public awaitPrimary = this.RULE('awaitPrimary', (): A.expr => {
    return this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(K.await);
          const v = this.SUBRULE(this.primary);
          return this.ACTION((): A.expr => ({ kind: 'Await', value: v, ...this.sp(t, v) }));
        },
      },
      { ALT: () => this.SUBRULE2(this.primary) },
    ]);
  });

  public primary = this.RULE('primary', (): A.expr => {
    let e = this.SUBRULE(this.atom);
    this.MANY(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.Dot);
            const n = this.CONSUME(T.Name);
            this.ACTION(() => { e = { kind: 'Attribute', value: e, attr: n.image, ctx: 'Load', ...this.sp(e, n) }; });
          },
        },
        {
          ALT: () => {
            const lp = this.CONSUME(T.LPar);
            const items = this.OPTION(() => this.SUBRULE(this.callArgs));
            const rp = this.CONSUME(T.RPar);
            this.ACTION(() => {
              const list = items ?? [];
              const only = list[0];
              if (list.length === 1 && only !== undefined && only.k === 'pos' && only.e.kind === 'GeneratorExp' && !this.state.parenthesized.has(only.e)) {
                Object.assign(only.e, span(lp, rp));
              }
              const { args, keywords } = this.buildCallArgs(list, rp);
              e = { kind: 'Call', func: e, args, keywords, ...this.sp(e, rp) };
            });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.LSqb);
            const s = this.SUBRULE(this.slices);
            const rb = this.CONSUME(T.RSqb);
            this.ACTION(() => { e = { kind: 'Subscript', value: e, slice: s, ctx: 'Load', ...this.sp(e, rb) }; });
          },
        },
      ]);
    });
    return e;
  });

  public callArgs = this.RULE('callArgs', (): ArgItem[] => {
    const items: ArgItem[] = [];
    const first = this.SUBRULE(this.argItem);
    this.ACTION(() => items.push(first));
    this.OPTION(() => {
      const gens = this.SUBRULE(this.forIfClauses);
      this.ACTION(() => {
        if (first.k !== 'pos') this.raise('invalid syntax', first.k === 'star' ? first.e : first.kw);
        const e = first.e;
        const g: A.GeneratorExp = { kind: 'GeneratorExp', elt: e, generators: gens, ...this.sp(e, lastComp(gens)) };
        items[0] = { k: 'pos', e: g };
      });
    });
    this.MANY(() => {
      this.CONSUME(T.Comma);
      const x = this.SUBRULE2(this.argItem);
      const gens = this.OPTION2(() => this.SUBRULE2(this.forIfClauses));
      this.ACTION(() => {
        if (gens !== undefined) {
          const e = x.k === 'pos' ? x.e : null;
          if (e === null) this.raise('invalid syntax', gens[0]?.target as A.expr);
          this.raise('Generator expression must be parenthesized', e, lastComp(gens));
        }
        items.push(x);
      });
    });
    this.OPTION3(() => this.CONSUME2(T.Comma));
    this.ACTION(() => {
      if (items.length > 1 && items[0]?.k === 'pos' && items[0].e.kind === 'GeneratorExp' && !this.state.parenthesized.has(items[0].e)) {
        const g = items[0].e;
        this.raise('Generator expression must be parenthesized', g);
      }
    });
    return items;
  });

  public argItem = this.RULE('argItem', (): ArgItem => {
    return this.OR([
      {
        ALT: () => {
          const s = this.CONSUME(T.Star);
          const v = this.SUBRULE(this.expression);
          return this.ACTION(() => ({ k: 'star' as const, e: { kind: 'Starred' as const, value: v, ctx: 'Load' as const, ...this.sp(s, v) } }));
        },
      },
      {
        ALT: () => {
          const s = this.CONSUME(T.DoubleStar);
          const v = this.SUBRULE2(this.expression);
          return this.ACTION(() => ({ k: 'dstar' as const, kw: { kind: 'keyword' as const, arg: null, value: v, ...this.sp(s, v) } }));
        },
      },
      {
        ALT: () => {
          const n = this.CONSUME(T.Name);
          this.CONSUME(T.Equal);
          const v = this.SUBRULE3(this.expression);
          return this.ACTION(() => ({ k: 'kw' as const, kw: { kind: 'keyword' as const, arg: n.image, value: v, ...this.sp(n, v) } }));
        },
      },
      {
        ALT: () => {
          const e = this.SUBRULE(this.namedExpression);
          const eq = this.OPTION(() => this.CONSUME2(T.Equal));
          return this.ACTION(() => {
            if (eq !== undefined) {
              if (e.kind === 'Constant' && (e.value === true || e.value === false || e.value === null)) this.raise(`cannot assign to ${exprName(e)}`, e, eq);
              this.raise('expression cannot contain assignment, perhaps you meant "=="?', e, eq);
            }
            return { k: 'pos' as const, e };
          });
        },
      },
    ]);
  });

  buildCallArgs(items: ArgItem[], close?: IToken): { args: A.expr[]; keywords: A.keyword[] } {
    const args: A.expr[] = [];
    const keywords: A.keyword[] = [];
    let sawKw = false;
    let sawDstar = false;
    for (const it of items) {
      switch (it.k) {
        case 'pos':
          if (sawDstar) this.raise('positional argument follows keyword argument unpacking', close ?? it.e);
          if (sawKw) this.raise('positional argument follows keyword argument', close ?? it.e);
          args.push(it.e);
          break;
        case 'star':
          if (sawDstar) this.raise('iterable argument unpacking follows keyword argument unpacking', firstChar(it.e));
          args.push(it.e);
          break;
        case 'kw':
          sawKw = true;
          keywords.push(it.kw);
          break;
        case 'dstar':
          sawDstar = true;
          keywords.push(it.kw);
          break;
      }
    }
    return { args, keywords };
  }

  public slices = this.RULE('slices', (): A.expr => {
    const first = this.SUBRULE(this.sliceItem);
    const elts: A.expr[] = [first];
    let comma: IToken | null = null;
    this.MANY(() => {
      this.CONSUME(T.Comma);
      const x = this.SUBRULE2(this.sliceItem);
      this.ACTION(() => elts.push(x));
    });
    this.OPTION(() => { comma = this.CONSUME2(T.Comma); });
    return this.ACTION((): A.expr => {
      if (elts.length === 1 && comma === null && first.kind !== 'Starred') return first;
      return { kind: 'Tuple', elts, ctx: 'Load', ...this.sp(first, comma ?? (elts[elts.length - 1] as A.expr)) };
    });
  });

  public sliceItem = this.RULE('sliceItem', (): A.expr => {
    return this.OR([
      {
        ALT: () => {
          const s = this.CONSUME(T.Star);
          const v = this.SUBRULE(this.bitwiseOr);
          return this.ACTION((): A.expr => ({ kind: 'Starred', value: v, ctx: 'Load', ...this.sp(s, v) }));
        },
      },
      {
        ALT: () => {
          const lower = this.SUBRULE(this.namedExpression);
          const rest = this.OPTION(() => this.SUBRULE(this.sliceRest));
          return this.ACTION((): A.expr => {
            if (rest === undefined) return lower;
            if (lower.kind === 'NamedExpr' && !this.state.parenthesized.has(lower)) this.raise('invalid syntax', lower);
            return { kind: 'Slice', lower, upper: rest.upper, step: rest.step, ...this.sp(lower, rest.end) };
          });
        },
      },
      {
        ALT: () => {
          const rest = this.SUBRULE2(this.sliceRest);
          return this.ACTION((): A.expr => ({ kind: 'Slice', lower: null, upper: rest.upper, step: rest.step, ...this.sp(rest.start, rest.end) }));
        },
      },
    ]);
  });

  public sliceRest = this.RULE('sliceRest', (): { start: IToken; end: Loc; upper: A.expr | null; step: A.expr | null } => {
    const c = this.CONSUME(T.Colon);
    let end: Loc = c;
    let step: A.expr | null = null;
    const upper = this.OPTION(() => this.SUBRULE(this.expression));
    this.ACTION(() => { if (upper !== undefined) end = upper; });
    this.OPTION2(() => {
      const c2 = this.CONSUME2(T.Colon);
      this.ACTION(() => { end = c2; });
      const s = this.OPTION3(() => this.SUBRULE2(this.expression));
      this.ACTION(() => { if (s !== undefined) { step = s; end = s; } });
    });
    return { start: c, end, upper: upper ?? null, step };
  });

  public atom = this.RULE('atom', (): A.expr => {
    return this.OR([
      { ALT: () => { const n = this.CONSUME(T.Name); return this.ACTION((): A.expr => ({ kind: 'Name', id: normalizeName(n.image), ctx: 'Load', ...this.sp(n, n) })); } },
      { ALT: () => { const n = this.CONSUME(K.True); return this.ACTION((): A.expr => ({ kind: 'Constant', value: true, strKind: null, ...this.sp(n, n) })); } },
      { ALT: () => { const n = this.CONSUME(K.False); return this.ACTION((): A.expr => ({ kind: 'Constant', value: false, strKind: null, ...this.sp(n, n) })); } },
      { ALT: () => { const n = this.CONSUME(K.None); return this.ACTION((): A.expr => ({ kind: 'Constant', value: null, strKind: null, ...this.sp(n, n) })); } },
      { ALT: () => { const n = this.CONSUME(T.Ellipsis); return this.ACTION((): A.expr => ({ kind: 'Constant', value: ELLIPSIS, strKind: null, ...this.sp(n, n) })); } },
      { ALT: () => { const n = this.CONSUME(T.Number); return this.ACTION((): A.expr => ({ kind: 'Constant', value: numberValue(n.image), strKind: null, ...this.sp(n, n) })); } },
      {
        ALT: () => {
          const toks: IToken[] = [];
          this.AT_LEAST_ONE(() => { const s = this.CONSUME(T.String); this.ACTION(() => toks.push(s)); });
          return this.ACTION(() => concatStrings(toks, this.state.strings));
        },
      },
      { ALT: () => this.SUBRULE(this.parenAtom) },
      { ALT: () => this.SUBRULE(this.listAtom) },
      { ALT: () => this.SUBRULE(this.braceAtom) },
    ]);
  });

  public parenAtom = this.RULE('parenAtom', (): A.expr => {
    const lp = this.CONSUME(T.LPar);
    return this.OR([
      { ALT: () => { const rp = this.CONSUME(T.RPar); return this.ACTION((): A.expr => ({ kind: 'Tuple', elts: [], ctx: 'Load', ...this.sp(lp, rp) })); } },
      {
        ALT: () => {
          const y = this.SUBRULE(this.yieldExpr);
          this.CONSUME2(T.RPar);
          this.ACTION(() => this.state.parenthesized.set(y, span(lp, this.LA(0))));
          return y;
        },
      },
      {
        ALT: () => {
          const first = this.SUBRULE(this.starNamedExpression);
          const elts: A.expr[] = [first];
          let comma = false;
          const gens = this.OPTION(() => this.SUBRULE(this.forIfClauses));
          this.MANY(() => {
            this.CONSUME(T.Comma);
            const x = this.SUBRULE2(this.starNamedExpression);
            this.ACTION(() => { elts.push(x); comma = true; });
          });
          this.OPTION2(() => { this.CONSUME2(T.Comma); comma = true; });
          const rp = this.CONSUME3(T.RPar);
          return this.ACTION((): A.expr => {
            if (gens !== undefined) {
              if (elts.length > 1) this.raise('invalid syntax', elts[1] as A.expr);
              if (first.kind === 'Starred') this.raise('iterable unpacking cannot be used in comprehension', first);
              const g: A.expr = { kind: 'GeneratorExp', elt: first, generators: gens, ...this.sp(lp, rp) };
              this.state.parenthesized.set(g, span(lp, rp));
              return g;
            }
            if (!comma) {
              if (first.kind === 'Starred') this.raise('cannot use starred expression here', first);
              this.state.parenthesized.set(first, span(lp, rp));
              return first;
            }
            const t: A.expr = { kind: 'Tuple', elts, ctx: 'Load', ...this.sp(lp, rp) };
            this.state.parenthesized.set(t, span(lp, rp));
            return t;
          });
        },
      },
    ]);
  });

  public listAtom = this.RULE('listAtom', (): A.expr => {
    const lb = this.CONSUME(T.LSqb);
    const elts: A.expr[] = [];
    let gens: A.comprehension[] | undefined;
    this.OPTION(() => {
      const first = this.SUBRULE(this.starNamedExpression);
      this.ACTION(() => elts.push(first));
      gens = this.OPTION2(() => this.SUBRULE(this.forIfClauses));
      this.MANY(() => {
        this.CONSUME(T.Comma);
        const x = this.SUBRULE2(this.starNamedExpression);
        this.ACTION(() => elts.push(x));
      });
      this.OPTION3(() => this.CONSUME2(T.Comma));
    });
    const rb = this.CONSUME(T.RSqb);
    return this.ACTION((): A.expr => {
      if (gens !== undefined) {
        if (elts.length > 1) this.raise('invalid syntax', elts[1] as A.expr);
        const elt = elts[0] as A.expr;
        if (elt.kind === 'Starred') this.raise('iterable unpacking cannot be used in comprehension', elt);
        return { kind: 'ListComp', elt, generators: gens, ...this.sp(lb, rb) };
      }
      return { kind: 'List', elts, ctx: 'Load', ...this.sp(lb, rb) };
    });
  });

  public braceAtom = this.RULE('braceAtom', (): A.expr => {
    const lb = this.CONSUME(T.LBrace);
    const items: BraceItem[] = [];
    let gens: A.comprehension[] | undefined;
    this.OPTION(() => {
      const first = this.SUBRULE(this.braceItem);
      this.ACTION(() => items.push(first));
      gens = this.OPTION2(() => this.SUBRULE(this.forIfClauses));
      this.MANY(() => {
        this.CONSUME(T.Comma);
        const x = this.SUBRULE2(this.braceItem);
        this.ACTION(() => items.push(x));
      });
      this.OPTION3(() => this.CONSUME2(T.Comma));
    });
    const rb = this.CONSUME(T.RBrace);
    return this.ACTION((): A.expr => {
      const pos = span(lb, rb);
      const first = items[0];
      if (first === undefined) return { kind: 'Dict', keys: [], values: [], ...pos };
      if (gens !== undefined) {
        if (items.length > 1) this.raise('invalid syntax', lb);
        if (first.k === 'pair') return { kind: 'DictComp', key: first.key, value: first.value, generators: gens, ...pos };
        if (first.k === 'dstar') this.raise('dict unpacking cannot be used in dict comprehension', first.tok, first.value);
        if (first.e.kind === 'Starred') this.raise('iterable unpacking cannot be used in comprehension', first.e);
        return { kind: 'SetComp', elt: first.e, generators: gens, ...pos };
      }
      if (first.k === 'elt') {
        const elts: A.expr[] = [];
        for (const it of items) {
          if (it.k !== 'elt') this.raise('invalid syntax', it.k === 'pair' ? it.key : it.tok);
          elts.push(it.e);
        }
        return { kind: 'Set', elts, ...pos };
      }
      const keys: (A.expr | null)[] = [];
      const values: A.expr[] = [];
      for (const it of items) {
        if (it.k === 'elt') this.raise(it.e.kind === 'Starred' ? 'cannot use a starred expression in a dictionary value' : "':' expected after dictionary key", it.e);
        keys.push(it.k === 'pair' ? it.key : null);
        values.push(it.value);
      }
      return { kind: 'Dict', keys, values, ...pos };
    });
  });

  public braceItem = this.RULE('braceItem', (): BraceItem => {
    return this.OR([
      {
        ALT: () => {
          const tok = this.CONSUME(T.DoubleStar);
          const value = this.SUBRULE(this.bitwiseOr);
          return { k: 'dstar' as const, value, tok };
        },
      },
      {
        ALT: () => {
          const e = this.SUBRULE(this.starNamedExpression);
          const value = this.OPTION(() => {
            const c = this.CONSUME(T.Colon);
            this.ACTION(() => {
              if (e.kind === 'Starred') this.raise('invalid syntax', c);
              const nt = this.LA(1).tokenType;
              if (nt === T.RBrace || nt === T.Comma) this.raise("expression expected after dictionary key and ':'", c);
            });
            return this.SUBRULE(this.expression);
          });
          return this.ACTION((): BraceItem => value === undefined ? { k: 'elt', e } : { k: 'pair', key: e, value });
        },
      },
    ]);
  });

  public forIfClauses = this.RULE('forIfClauses', (): A.comprehension[] => {
    const gens: A.comprehension[] = [];
    this.AT_LEAST_ONE(() => {
      const isAsync = this.OPTION(() => this.CONSUME(K.async));
      this.CONSUME(K.for);
      const target = this.SUBRULE(this.starTargets);
      this.CONSUME(K.in);
      const iter = this.SUBRULE(this.disjunction);
      const ifs: A.expr[] = [];
      this.MANY(() => {
        this.CONSUME(K.if);
        const c = this.SUBRULE2(this.disjunction);
        this.ACTION(() => ifs.push(c));
      });
      this.ACTION(() => gens.push({ kind: 'comprehension', target: this.toTarget(target, 'Store'), iter, ifs, is_async: isAsync === undefined ? 0 : 1 }));
    });
    return gens;
  });

  public yieldExpr = this.RULE('yieldExpr', (): A.expr => {
    const t = this.CONSUME(K.yield);
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(K.from);
          const v = this.SUBRULE(this.expression);
          return this.ACTION((): A.expr => ({ kind: 'YieldFrom', value: v, ...this.sp(t, v) }));
        },
      },
      {
        ALT: () => {
          const v = this.OPTION(() => this.SUBRULE(this.starExpressions));
          return this.ACTION((): A.expr => ({ kind: 'Yield', value: v ?? null, ...this.sp(t, v ?? t) }));
        },
      },
    ]);
  });

  // ---- match statement --------------------------------------------------------------------
  public matchStmt = this.RULE('matchStmt', (): A.stmt => {
    const m = this.CONSUME(T.MatchKw);
    const first = this.SUBRULE(this.starNamedExpression);
    const elts: A.expr[] = [first];
    let comma: IToken | null = null;
    this.MANY(() => {
      this.CONSUME(T.Comma);
      const x = this.SUBRULE2(this.starNamedExpression);
      this.ACTION(() => elts.push(x));
    });
    this.OPTION(() => { comma = this.CONSUME2(T.Comma); });
    this.CONSUME(T.Colon);
    const nl = this.CONSUME(T.NEWLINE);
    this.ACTION(() => {
      if (this.LA(1).tokenType !== T.INDENT) {
        this.raise(`expected an indented block after 'match' statement on line ${m.startLine}`, this.LA(1).tokenType.name === 'EOF' ? nl : this.LA(1), undefined, 'IndentationError');
      }
    });
    this.CONSUME(T.INDENT);
    const cases: A.match_case[] = [];
    this.AT_LEAST_ONE(() => {
      const c = this.SUBRULE(this.caseBlock);
      this.ACTION(() => cases.push(c));
    });
    this.CONSUME(T.DEDENT);
    return this.ACTION((): A.stmt => {
      const subject: A.expr = elts.length === 1 && comma === null ? first
        : { kind: 'Tuple', elts, ctx: 'Load', ...this.sp(first, comma ?? (elts[elts.length - 1] as A.expr)) };
      const lastCase = cases[cases.length - 1] as A.match_case;
      return { kind: 'Match', subject, cases, ...this.sp(m, lastOf(lastCase.body)) };
    });
  });

  public caseBlock = this.RULE('caseBlock', (): A.match_case => {
    const c = this.CONSUME(T.Name);
    this.ACTION(() => { if (c.image !== 'case') this.raise('invalid syntax', c); });
    const pattern = this.SUBRULE(this.patterns);
    const guard = this.OPTION(() => {
      this.CONSUME(K.if);
      return this.SUBRULE(this.namedExpression);
    });
    this.CONSUME(T.Colon);
    this.setOwner("'case' statement", c);
    const body = this.SUBRULE(this.block);
    return { kind: 'match_case', pattern, guard: guard ?? null, body };
  });

  public patterns = this.RULE('patterns', (): A.pattern => {
    const first = this.SUBRULE(this.asPattern);
    const pats: A.pattern[] = [first];
    let comma: IToken | null = null;
    this.MANY(() => {
      this.CONSUME(T.Comma);
      const x = this.SUBRULE2(this.asPattern);
      this.ACTION(() => pats.push(x));
    });
    this.OPTION(() => { comma = this.CONSUME2(T.Comma); });
    return this.ACTION((): A.pattern => pats.length === 1 && comma === null ? first
      : { kind: 'MatchSequence', patterns: pats, ...this.sp(first, comma ?? (pats[pats.length - 1] as A.pattern)) });
  });

  public asPattern = this.RULE('asPattern', (): A.pattern => {
    const p = this.SUBRULE(this.orPattern);
    const n = this.OPTION(() => {
      this.CONSUME(K.as);
      return this.CONSUME(T.Name);
    });
    return this.ACTION((): A.pattern => {
      if (n === undefined) return p;
      if (n.image === '_') this.raise("cannot use '_' as a target", n);
      return { kind: 'MatchAs', pattern: p, name: n.image, ...this.sp(p, n) };
    });
  });

  public orPattern = this.RULE('orPattern', (): A.pattern => {
    const first = this.SUBRULE(this.closedPattern);
    const pats: A.pattern[] = [first];
    this.MANY(() => {
      this.CONSUME(T.Vbar);
      const x = this.SUBRULE2(this.closedPattern);
      this.ACTION(() => pats.push(x));
    });
    return this.ACTION((): A.pattern => pats.length === 1 ? first
      : { kind: 'MatchOr', patterns: pats, ...this.sp(first, pats[pats.length - 1] as A.pattern) });
  });

  public closedPattern = this.RULE('closedPattern', (): A.pattern => {
    return this.OR([
      {
        ALT: () => {
          const e = this.SUBRULE(this.literalExpr);
          return this.ACTION((): A.pattern => {
            if (e.kind === 'Constant' && (e.value === null || e.value === true || e.value === false)) {
              return { kind: 'MatchSingleton', value: e.value, ...this.sp(e, e) };
            }
            return { kind: 'MatchValue', value: e, ...this.sp(e, e) };
          });
        },
      },
      {
        ALT: () => {
          const s = this.CONSUME(T.Star);
          const n = this.CONSUME(T.Name);
          return this.ACTION((): A.pattern => ({ kind: 'MatchStar', name: n.image === '_' ? null : n.image, ...this.sp(s, n) }));
        },
      },
      { ALT: () => this.SUBRULE(this.namePattern) },
      {
        ALT: () => {
          const lp = this.CONSUME(T.LPar);
          const pats: A.pattern[] = [];
          let comma = false;
          this.OPTION(() => {
            const f = this.SUBRULE(this.asPattern);
            this.ACTION(() => pats.push(f));
            this.MANY(() => {
              this.CONSUME(T.Comma);
              const x = this.SUBRULE2(this.asPattern);
              this.ACTION(() => { pats.push(x); comma = true; });
            });
            this.OPTION2(() => { this.CONSUME2(T.Comma); comma = true; });
          });
          const rp = this.CONSUME(T.RPar);
          return this.ACTION((): A.pattern => {
            if (pats.length === 1 && !comma) {
              const p = pats[0] as A.pattern;
              this.state.parenthesized.set(p, span(lp, rp));
              return p;
            }
            return { kind: 'MatchSequence', patterns: pats, ...this.sp(lp, rp) };
          });
        },
      },
      {
        ALT: () => {
          const lb = this.CONSUME(T.LSqb);
          const pats: A.pattern[] = [];
          this.OPTION3(() => {
            const f = this.SUBRULE3(this.asPattern);
            this.ACTION(() => pats.push(f));
            this.MANY2(() => {
              this.CONSUME3(T.Comma);
              const x = this.SUBRULE4(this.asPattern);
              this.ACTION(() => pats.push(x));
            });
            this.OPTION4(() => this.CONSUME4(T.Comma));
          });
          const rb = this.CONSUME(T.RSqb);
          return this.ACTION((): A.pattern => ({ kind: 'MatchSequence', patterns: pats, ...this.sp(lb, rb) }));
        },
      },
      { ALT: () => this.SUBRULE(this.mappingPattern) },
    ]);
  });

  /** Literal values of patterns: signed numbers, complex `a+bj`, strings, None/True/False. */
  public literalExpr = this.RULE('literalExpr', (): A.expr => {
    return this.OR([
      {
        ALT: () => {
          const neg = this.OPTION(() => this.CONSUME(T.Minus));
          const n = this.CONSUME(T.Number);
          const imag = this.OPTION2(() => {
            const op = this.OR2([{ ALT: () => this.CONSUME(T.Plus) }, { ALT: () => this.CONSUME2(T.Minus) }]);
            const n2 = this.CONSUME2(T.Number);
            return { op, n2 };
          });
          return this.ACTION((): A.expr => {
            let e: A.expr = { kind: 'Constant', value: numberValue(n.image), strKind: null, ...this.sp(n, n) };
            if (neg !== undefined) e = { kind: 'UnaryOp', op: 'USub', operand: e, ...this.sp(neg, n) };
            if (imag !== undefined) {
              const r: A.expr = { kind: 'Constant', value: numberValue(imag.n2.image), strKind: null, ...this.sp(imag.n2, imag.n2) };
              if (!/[jJ]$/.test(imag.n2.image)) this.raise('imaginary number required in complex literal', r);
              e = { kind: 'BinOp', left: e, op: imag.op.image === '+' ? 'Add' : 'Sub', right: r, ...this.sp(e, r) };
            }
            return e;
          });
        },
      },
      {
        ALT: () => {
          const toks: IToken[] = [];
          this.AT_LEAST_ONE(() => { const s = this.CONSUME(T.String); this.ACTION(() => toks.push(s)); });
          return this.ACTION((): A.expr => {
            const v = concatStrings(toks, this.state.strings);
            if (v.kind === 'JoinedStr') this.raise('patterns may only match literals and attribute lookups', v);
            return v;
          });
        },
      },
      { ALT: () => { const n = this.CONSUME(K.None); return this.ACTION((): A.expr => ({ kind: 'Constant', value: null, strKind: null, ...this.sp(n, n) })); } },
      { ALT: () => { const n = this.CONSUME(K.True); return this.ACTION((): A.expr => ({ kind: 'Constant', value: true, strKind: null, ...this.sp(n, n) })); } },
      { ALT: () => { const n = this.CONSUME(K.False); return this.ACTION((): A.expr => ({ kind: 'Constant', value: false, strKind: null, ...this.sp(n, n) })); } },
    ]);
  });

  public namePattern = this.RULE('namePattern', (): A.pattern => {
    const n = this.CONSUME(T.Name);
    let e: A.expr | null = null;
    this.ACTION(() => { e = { kind: 'Name', id: n.image, ctx: 'Load', ...this.sp(n, n) }; });
    let dotted = false;
    this.MANY(() => {
      this.CONSUME(T.Dot);
      const a = this.CONSUME2(T.Name);
      this.ACTION(() => { dotted = true; e = { kind: 'Attribute', value: e as A.expr, attr: a.image, ctx: 'Load', ...this.sp(n, a) }; });
    });
    const cls = this.OPTION(() => {
      this.CONSUME(T.LPar);
      const items: ({ k: 'pos'; p: A.pattern } | { k: 'kw'; name: IToken; p: A.pattern })[] = [];
      this.OPTION2(() => {
        const f = this.SUBRULE(this.classPatternArg);
        this.ACTION(() => items.push(f));
        this.MANY2(() => {
          this.CONSUME(T.Comma);
          const x = this.SUBRULE2(this.classPatternArg);
          this.ACTION(() => items.push(x));
        });
        this.OPTION3(() => this.CONSUME2(T.Comma));
      });
      const rp = this.CONSUME(T.RPar);
      return { items, rp };
    });
    return this.ACTION((): A.pattern => {
      const ex = e as A.expr;
      if (cls !== undefined) {
        const patterns: A.pattern[] = [];
        const kwd_attrs: string[] = [];
        const kwd_patterns: A.pattern[] = [];
        for (const it of cls.items) {
          if (it.k === 'pos') {
            if (kwd_attrs.length > 0) this.raise('positional patterns follow keyword patterns', it.p);
            patterns.push(it.p);
          } else {
            kwd_attrs.push(it.name.image);
            kwd_patterns.push(it.p);
          }
        }
        return { kind: 'MatchClass', cls: ex, patterns, kwd_attrs, kwd_patterns, ...this.sp(n, cls.rp) };
      }
      if (dotted) return { kind: 'MatchValue', value: ex, ...this.sp(ex, ex) };
      return { kind: 'MatchAs', pattern: null, name: n.image === '_' ? null : n.image, ...this.sp(n, n) };
    });
  });

  public classPatternArg = this.RULE('classPatternArg', (): { k: 'pos'; p: A.pattern } | { k: 'kw'; name: IToken; p: A.pattern } => {
    return this.OR([
      {
        ALT: () => {
          const name = this.CONSUME(T.Name);
          this.CONSUME(T.Equal);
          const p = this.SUBRULE(this.asPattern);
          return { k: 'kw' as const, name, p };
        },
      },
      { ALT: () => ({ k: 'pos' as const, p: this.SUBRULE2(this.asPattern) }) },
    ]);
  });

  public mappingPattern = this.RULE('mappingPattern', (): A.pattern => {
    const lb = this.CONSUME(T.LBrace);
    const keys: A.expr[] = [];
    const patterns: A.pattern[] = [];
    let rest: string | null = null;
    const item = (): void => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.DoubleStar);
            const n = this.CONSUME(T.Name);
            this.ACTION(() => { rest = n.image; });
          },
        },
        {
          ALT: () => {
            const k = this.SUBRULE(this.mappingKey);
            this.CONSUME(T.Colon);
            const p = this.SUBRULE(this.asPattern);
            this.ACTION(() => {
              if (rest !== null) this.raise('invalid syntax', k);
              keys.push(k); patterns.push(p);
            });
          },
        },
      ]);
    };
    this.OPTION(() => {
      item();
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.OR2([
          {
            ALT: () => {
              this.CONSUME2(T.DoubleStar);
              const n = this.CONSUME2(T.Name);
              this.ACTION(() => { rest = n.image; });
            },
          },
          {
            ALT: () => {
              const k = this.SUBRULE2(this.mappingKey);
              this.CONSUME2(T.Colon);
              const p = this.SUBRULE2(this.asPattern);
              this.ACTION(() => {
                if (rest !== null) this.raise('invalid syntax', k);
                keys.push(k); patterns.push(p);
              });
            },
          },
        ]);
      });
      this.OPTION2(() => this.CONSUME2(T.Comma));
    });
    const rb = this.CONSUME(T.RBrace);
    return this.ACTION((): A.pattern => ({ kind: 'MatchMapping', keys, patterns, rest, ...this.sp(lb, rb) }));
  });

  public mappingKey = this.RULE('mappingKey', (): A.expr => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.literalExpr) },
      {
        ALT: () => {
          const n = this.CONSUME(T.Name);
          let e: A.expr | null = null;
          this.ACTION(() => { e = { kind: 'Name', id: n.image, ctx: 'Load', ...this.sp(n, n) }; });
          this.AT_LEAST_ONE(() => {
            this.CONSUME(T.Dot);
            const a = this.CONSUME2(T.Name);
            this.ACTION(() => { e = { kind: 'Attribute', value: e as A.expr, attr: a.image, ctx: 'Load', ...this.sp(n, a) }; });
          });
          return e as unknown as A.expr;
        },
      },
    ]);
  });
}

/** Identifiers are NFKC-normalized (PEP 3131); ASCII ones are already. */
function normalizeName(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return s.normalize('NFKC');
  return s;
}

function firstChar(p: A.Pos): A.Pos {
  return { lineno: p.lineno, col_offset: p.col_offset, end_lineno: p.lineno, end_col_offset: p.col_offset + 1 };
}

function lastOf(body: A.stmt[]): A.stmt {
  return body[body.length - 1] as A.stmt;
}

function lastComp(gens: A.comprehension[]): A.expr {
  const g = gens[gens.length - 1] as A.comprehension;
  return g.ifs.length ? g.ifs[g.ifs.length - 1] as A.expr : g.iter;
}

/** Builds left-associative BinOps from operands and operators by precedence. */
function climb(operands: A.expr[], ops: string[], sp: (a: Loc, b: Loc) => A.Pos): A.expr {
  const outStack: A.expr[] = [operands[0] as A.expr];
  const opStack: string[] = [];
  const reduce = (): void => {
    const op = opStack.pop() as string;
    const right = outStack.pop() as A.expr;
    const left = outStack.pop() as A.expr;
    outStack.push({ kind: 'BinOp', left, op: (ARITH_PREC[op] as [number, A.operator])[1], right, ...sp(left, right) });
  };
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i] as string;
    const prec = (ARITH_PREC[op] as [number, A.operator])[0];
    while (opStack.length > 0 && (ARITH_PREC[opStack[opStack.length - 1] as string] as [number, A.operator])[0] >= prec) reduce();
    opStack.push(op);
    outStack.push(operands[i + 1] as A.expr);
  }
  while (opStack.length > 0) reduce();
  return outStack[0] as A.expr;
}

/** The value of a NUMBER token: bigint, float or imaginary (parsenumber in CPython's pegen). */
export function numberValue(image: string): A.ConstantValue {
  const s = image.replace(/_/g, '');
  if (/[jJ]$/.test(s)) return { kind: 'complex', real: 0, imag: parseFloat(s.slice(0, -1)) };
  if (/^0[xXoObB]/.test(s)) return BigInt(s.toLowerCase());
  if (/[.eE]/.test(s)) return parseFloat(s);
  return BigInt(s);
}

/** Token types by name, for error messages. */
export function tokenTypeName(t: TokenType): string {
  return t.name;
}
