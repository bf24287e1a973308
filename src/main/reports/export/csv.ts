// The one CSV writer, shaped for Swedish Excel: UTF-8 with a byte-order mark
// (so Excel reads å, ä, ö), semicolons between fields, comma decimals, CRLF
// line ends, fields quoted only when they must be (or start or end with a
// space, which Excel would trim). Used by the reports, the audit log export
// and the hand-back files. csv-stringify does the quoting and line ends.
import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | null;

export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return stringify(
    rows.map((row) => [...row]),
    {
      bom: true,
      delimiter: ';',
      record_delimiter: 'windows',
      // A bare line feed breaks a row in Excel even though the record delimiter is CRLF.
      quoted_match: /[\r\n]|^\s|\s$/,
      cast: { number: (value) => String(value).replace('.', ',') },
    },
  );
}

export function csvBytes(rows: readonly (readonly CsvCell[])[]): Buffer {
  return Buffer.from(csvText(rows), 'utf8');
}
