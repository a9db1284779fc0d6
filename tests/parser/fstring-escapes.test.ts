// Named escapes and braces inside nested format-spec strings; dumps recorded from python3 3.11
// (ast.dump(ast.parse(src, mode='eval'))).
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parser/index.js';
import { dump } from '../../src/parser/dump.js';

const CASES: Array<[string, string]> = [
  ["f'\\N{GREEK CAPITAL LETTER DELTA}{x}\\N{DIGIT ONE}'", "Expression(body=JoinedStr(values=[Constant(value='\u0394'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='1')]))"],
  ["rf'\\N{x}'", "Expression(body=JoinedStr(values=[Constant(value='\\\\N'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))"],
  ["f'{x:\\N{DIGIT ONE}>5}'", "Expression(body=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='1>5')]))]))"],
  ["f'{3:{\"}\"}>10}'", "Expression(body=JoinedStr(values=[FormattedValue(value=Constant(value=3), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Constant(value='}'), conversion=-1), Constant(value='>10')]))]))"],
  ["f'{2:{\"{\"}>10}'", "Expression(body=JoinedStr(values=[FormattedValue(value=Constant(value=2), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Constant(value='{'), conversion=-1), Constant(value='>10')]))]))"],
  ["'\\N{LF}\\N{latin small letter a}\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{HANGUL SYLLABLE GAG}'", "Expression(body=Constant(value='\\na\u4e00\uac01'))"],
];

describe('f-string named escapes and nested spec strings', () => {
  for (const [src, want] of CASES) {
    it(src, () => { expect(dump(parse(src, '<test>', 'eval'))).toBe(want); });
  }
});
