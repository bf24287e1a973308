// CSV as Swedish Excel reads it: UTF-8 with a byte-order mark, semicolons,
// CRLF, fields quoted only when they must be.
function field(text: string): string {
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvBytes(rows: readonly (readonly string[])[]): Buffer {
  const text = rows.map((r) => r.map(field).join(';')).join('\r\n') + '\r\n';
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}
