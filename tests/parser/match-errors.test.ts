// Unreachable match patterns and or-patterns binding different names (checkModule): each
// tests/parser/match-errors/NAME.py must print exactly python3's stderr (NAME.stderr, from regen.py).
import { describeRecordedErrors } from './recorded-errors.js';

describeRecordedErrors('match pattern errors as python3 reports them', 'match-errors', /^m.*\.py$/, 10);
