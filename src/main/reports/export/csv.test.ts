import { describe, expect, test } from 'vitest';
import { csvBytes, csvText } from './csv';

describe('the CSV writer', () => {
  test('is UTF-8 with a BOM, semicolon separated, CRLF after every row', () => {
    expect(
      csvText([
        ['a', 'b'],
        ['å', 'ö'],
      ]),
    ).toBe('\uFEFFa;b\r\nå;ö\r\n');
    expect([...csvBytes([['a']])]).toEqual([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a]);
  });

  test('quotes a field only when it holds a separator, quote, line break or edge space', () => {
    expect(csvText([['x;y"z', 'rad\nbrytning', ' kant', 'vanlig']])).toBe(
      '\uFEFF"x;y""z";"rad\nbrytning";" kant";vanlig\r\n',
    );
  });

  test('writes numbers with a decimal comma and null as an empty field', () => {
    expect(csvText([[12, 3.5, null, '']])).toBe('\uFEFF12;3,5;;\r\n');
  });
});
