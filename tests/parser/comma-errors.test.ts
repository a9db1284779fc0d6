// "Perhaps you forgot a comma?" ranges: each
// tests/parser/comma-errors/NAME.py must print exactly python3's stderr (NAME.stderr, from regen.py).
import { describeRecordedErrors } from './recorded-errors.js';

describeRecordedErrors('missing-comma errors as python3 reports them', 'comma-errors', /^c.*\.py$/, 15);
