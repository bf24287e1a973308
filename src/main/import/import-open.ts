// Opening a chosen file for import: its size checked before it is read, its
// table read, the header row found and a mapping suggested from the column
// names and the mapping last saved for the kind (kept in the encrypted
// database's settings).
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import type { ImportKind } from '../../shared/import/fields';
import {
  findHeaderRow,
  rememberMapping,
  suggestMapping,
  type ColumnMapping,
  type RememberedMapping,
} from '../../shared/import/mapping';
import { AppFailure } from '../base/app-error';
import type { ReadDb, WriteDb } from '../db/handles';
import { isLocalAbsolutePath } from '../files/local-path';
import { readSettingValue, writeSettingValue } from '../settings/settings-repository';
import { programmeExists } from './import-repository';
import { openSession, type ImportSession } from './import-sessions';
import { maxImportBytes, readTable } from './read-table';

const maxImportRows = 50_000;

const mappingKey = (kind: ImportKind) => `import.mapping.${kind}`;
const remembered = z.record(z.string(), z.string());

export async function readRememberedMapping(db: ReadDb, kind: ImportKind): Promise<RememberedMapping> {
  const text = await readSettingValue(db, mappingKey(kind));
  const parsed = text === undefined ? null : remembered.safeParse(JSON.parse(text));
  return parsed?.success ? parsed.data : {};
}

export async function saveMapping(
  db: WriteDb,
  session: ImportSession,
  mapping: ColumnMapping,
): Promise<void> {
  await writeSettingValue(
    db,
    mappingKey(session.kind),
    JSON.stringify(rememberMapping(session.headers, mapping)),
  );
}

export interface OpenedImport {
  session: ImportSession;
  headerLine: number;
  rowCount: number;
  suggested: ColumnMapping;
}

export async function openImportFile(
  db: ReadDb,
  owner: object,
  input: { kind: ImportKind; programmeId: number | null; userId: number; path: string },
): Promise<OpenedImport> {
  if (input.kind === 'waitingList') {
    if (input.programmeId === null) throw new AppFailure('import.programmeRequired');
    if (!(await programmeExists(db, input.programmeId))) throw new AppFailure('notFound');
  }
  if (!isLocalAbsolutePath(input.path)) throw new AppFailure('import.notSpreadsheet');
  let size: number;
  try {
    size = (await stat(input.path)).size;
  } catch {
    throw new AppFailure('import.fileUnreadable');
  }
  if (size > maxImportBytes) throw new AppFailure('import.tooLarge');
  const fileName = basename(input.path);
  const table = await readTable(await readFile(input.path), fileName);
  const saved = await readRememberedMapping(db, input.kind);
  const headerIndex = findHeaderRow(table.rows, input.kind, saved);
  if (headerIndex === null) throw new AppFailure('import.noHeader');
  const headers = (table.rows[headerIndex] ?? []).map((h) => h.trim());
  const rowCount = table.rows.slice(headerIndex + 1).filter((r) => r.some((c) => c.trim() !== '')).length;
  // Every row goes to the review: beyond this the window would wait too long for it.
  if (rowCount > maxImportRows) throw new AppFailure('import.tooManyRows');
  const session = openSession(owner, {
    userId: input.userId,
    kind: input.kind,
    programmeId: input.kind === 'waitingList' ? input.programmeId : null,
    fileName,
    table,
    headerIndex,
    headers,
  });
  return {
    session,
    headerLine: headerIndex + 1,
    rowCount,
    suggested: suggestMapping(headers, input.kind, saved),
  };
}
