// try without except/finally, at end of input and not: each
// tests/parser/try-errors/NAME.py must print exactly python3's stderr (NAME.stderr, from regen.py).
import { describeRecordedErrors } from './recorded-errors.js';

describeRecordedErrors('try-statement errors as python3 reports them', 'try-errors', /^t.*\.py$/, 7);
