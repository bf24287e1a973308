// Finding the header row of a sheet and suggesting which column holds which
// field, from the column names (Swedish or English) and the mapping the user
// last saved for the kind. The user adjusts the suggestion before the preview.
import { foldHeader, importFields, type ImportKind } from './fields';

/** Field key → column index (0-based), or null when the field is not in the file. */
export type ColumnMapping = Record<string, number | null>;

/** What is remembered per kind: field key → the folded column name it was mapped to. */
export type RememberedMapping = Record<string, string>;

/** The header must be within the first rows; a title or a blank line may come before it. */
export const headerSearchRows = 20;

function namesOf(kind: ImportKind): Map<string, string> {
  const names = new Map<string, string>();
  for (const f of importFields[kind]) {
    for (const name of [foldHeader(f.sv), foldHeader(f.en), ...f.names])
      if (!names.has(name)) names.set(name, f.key);
  }
  return names;
}

/**
 * The index of the header row: of the first rows, the one with the most cells
 * naming a field of the kind (or a remembered column). Null when no row names
 * any: a sheet without a header is refused.
 */
export function findHeaderRow(
  rows: readonly (readonly string[])[],
  kind: ImportKind,
  remembered: RememberedMapping = {},
): number | null {
  const names = namesOf(kind);
  const rememberedNames = new Set(Object.values(remembered));
  let best: { index: number; hits: number } | null = null;
  rows.slice(0, headerSearchRows).forEach((row, index) => {
    const folded = row.map(foldHeader).filter((c) => c !== '');
    // Column names are distinct text, never numbers.
    if (folded.length === 0 || folded.some((c) => /^[\d\s.,:/+-]+$/.test(c))) return;
    const hits = folded.filter((c) => names.has(c) || rememberedNames.has(c)).length;
    if (hits > 0 && (best === null || hits > best.hits)) best = { index, hits };
  });
  return (best as { index: number } | null)?.index ?? null;
}

/** A suggestion per field: the remembered column if the file has it, else a column with a known name. */
export function suggestMapping(
  headers: readonly string[],
  kind: ImportKind,
  remembered: RememberedMapping = {},
): ColumnMapping {
  const folded = headers.map(foldHeader);
  const names = namesOf(kind);
  const mapping: ColumnMapping = Object.fromEntries(importFields[kind].map((f) => [f.key, null]));
  const used = new Set<number>();
  for (const f of importFields[kind]) {
    const name = remembered[f.key];
    const column = name === undefined ? -1 : folded.indexOf(name);
    if (column >= 0 && !used.has(column)) {
      mapping[f.key] = column;
      used.add(column);
    }
  }
  folded.forEach((name, column) => {
    if (used.has(column)) return;
    const key = names.get(name);
    if (key !== undefined && mapping[key] === null) {
      mapping[key] = column;
      used.add(column);
    }
  });
  return mapping;
}

/** What to remember of a mapping the user confirmed. */
export function rememberMapping(headers: readonly string[], mapping: ColumnMapping): RememberedMapping {
  const remembered: RememberedMapping = {};
  for (const [key, column] of Object.entries(mapping)) {
    const name = column === null ? '' : foldHeader(headers[column] ?? '');
    if (name !== '') remembered[key] = name;
  }
  return remembered;
}

/** The cells of one row as the mapping picks them. */
export function pickCells(row: readonly string[], mapping: ColumnMapping): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const [key, column] of Object.entries(mapping))
    cells[key] = column === null ? '' : (row[column] ?? '');
  return cells;
}
