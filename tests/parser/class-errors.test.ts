// A bare generator expression as the class argument list: each
// tests/parser/class-errors/NAME.py must print exactly python3's stderr (NAME.stderr, from regen.py).
import { describeRecordedErrors } from './recorded-errors.js';

describeRecordedErrors('class argument errors as python3 reports them', 'class-errors', /^k.*\.py$/, 4);
