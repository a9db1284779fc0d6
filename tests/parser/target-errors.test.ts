// Invalid assignment targets (parenthesized expressions, yield): each
// tests/parser/target-errors/NAME.py must print exactly python3's stderr (NAME.stderr, from regen.py).
import { describeRecordedErrors } from './recorded-errors.js';

describeRecordedErrors('assignment target errors as python3 reports them', 'target-errors', /^t.*\.py$/, 15);
