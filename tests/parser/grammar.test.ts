// The grammar passes chevrotain's own validations (left recursion, ambiguous alternatives,
// empty alternatives, lookahead paths), which the run-time parser skips for start-up speed.
import { describe, expect, it } from 'vitest';
import { PyParser } from '../../src/parser/parser.js';

describe('grammar', () => {
  it('passes chevrotain validations with every lookahead function built up front', () => {
    // performSelfAnalysis throws 'Parser Definition Errors detected' when any validation fails
    expect(() => new PyParser({ validate: true })).not.toThrow();
  });
});
