// The rows an import did not save, as a CSV in Swedish Excel's form: the
// file's own header and cells (so the same mapping fits when it is imported
// again) and a last column saying why each row was skipped.
import { join } from 'node:path';
import { importFields, type ImportKind } from '../../shared/import/fields';
import { message } from '../../shared/i18n/messages';
import { AppFailure } from '../base/app-error';
import { isUsableLocalFolder } from '../files/local-path';
import { writeFileAtomic } from '../files/atomic-write';
import { csvBytes } from '../reports/export/csv';
import type { ImportSession } from './import-sessions';

const kindNames: Record<ImportKind, string> = {
  organisations: 'organisationer',
  children: 'barn',
  waitingList: 'vantelista',
};

export const reasonHeader = 'Skäl att raden inte importerades';

export function skippedCsv(session: ImportSession): Buffer {
  const labels = new Map(importFields[session.kind].map((f) => [f.key, f.sv]));
  const reason = (p: { field: string | null; code: string }) =>
    `${p.field === null ? '' : `${labels.get(p.field) ?? p.field}: `}${message(p.code, 'sv')}`;
  // A column this file already had from an earlier export is replaced, not repeated.
  const reasonColumn = session.headers.indexOf(reasonHeader);
  const keep = (cells: readonly string[]) =>
    reasonColumn < 0 ? [...cells] : cells.filter((_, i) => i !== reasonColumn);
  const width = session.headers.length;
  const fill = (cells: readonly string[]) => Array.from({ length: width }, (_, i) => cells[i] ?? '');
  const rows = (session.skipped ?? []).map((s) => [
    ...keep(fill(session.table.rows[s.index] ?? [])),
    s.problems.map(reason).join(' '),
  ]);
  return csvBytes([[...keep(session.headers), reasonHeader], ...rows]);
}

export function skippedFileName(kind: ImportKind, today: string): string {
  return `import-${kindNames[kind]}-ej-importerade-${today}.csv`;
}

/** Writes the file into the folder; its name. */
export function writeSkippedCsv(session: ImportSession, folder: string, today: string): string {
  if (!session.skipped || session.skipped.length === 0) throw new AppFailure('import.nothingSkipped');
  if (!isUsableLocalFolder(folder, { writable: true })) throw new AppFailure('import.folderUnavailable');
  const name = skippedFileName(session.kind, today);
  writeFileAtomic(join(folder, name), skippedCsv(session));
  return name;
}
