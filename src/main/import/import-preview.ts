// Checking every row of a file before anything is saved: the form's zod
// schema (shared/import/row-input), the same domain rules the services apply
// (identity numbers against today's date, org-number check digits), duplicates
// inside the file and against the register. A protected child's address and
// contact details are masked in what goes back to the renderer.
import { protectedChildFields, requiredImportFields } from '../../shared/import/fields';
import { pickCells, type ColumnMapping } from '../../shared/import/mapping';
import { rowInput, type RowProblem } from '../../shared/import/row-input';
import { parseIdentityNumber } from '../../shared/identity/personal-identity-number';
import type { PreviewRow } from '../../shared/ipc/import';
import { AppFailure, isAppFailure } from '../base/app-error';
import { identityColumns } from '../children/child-identity';
import { today, type ServiceContext } from '../context/service-context';
import type { ReadDb } from '../db/handles';
import {
  childIdsByIdentityNumber,
  childrenActiveInProgramme,
  takenIdentityNumbers,
  takenOrgNumbers,
} from './import-repository';
import { beginStep, inSteps, type CheckedRow, type ImportSession } from './import-sessions';

function checkMapping(session: ImportSession, mapping: ColumnMapping): void {
  const fields: Record<string, string> = {};
  for (const [key, column] of Object.entries(mapping)) {
    if (column !== null && column >= session.headers.length) fields[key] = 'field.invalid';
  }
  for (const key of requiredImportFields[session.kind]) {
    if ((mapping[key] ?? null) === null) fields[key] = 'import.fieldNotMapped';
  }
  if (Object.keys(fields).length > 0) throw new AppFailure('import.mappingIncomplete', { fields });
}

/** The key a row is a duplicate by (its normalised number), if it has one. */
type Keyed = { row: CheckedRow; key: string; field: string };

function markDuplicatesInFile(keyed: Keyed[]): void {
  const first = new Map<string, CheckedRow>();
  for (const k of keyed) {
    if (first.has(k.key)) k.row.problems.push({ field: k.field, code: 'import.duplicateInFile' });
    else first.set(k.key, k.row);
  }
}

function fail(row: CheckedRow, problem: RowProblem): void {
  row.problems.push(problem);
}

async function checkChildren(ctx: ServiceContext<ReadDb>, rows: CheckedRow[]): Promise<void> {
  const day = today(ctx);
  const keyed: Keyed[] = [];
  for (const row of rows) {
    if (row.data?.kind !== 'children') continue;
    try {
      // The service's own rule: the number checked against today, its kind matching.
      const columns = identityColumns(row.data.data, day);
      if (columns.identity_number !== null)
        keyed.push({ row, key: columns.identity_number, field: 'identityNumber' });
    } catch (error) {
      if (!isAppFailure(error)) throw error;
      for (const [field, code] of Object.entries(error.details.fields ?? {}))
        fail(row, { field: field === 'birthDate' ? 'birthYear' : field, code });
    }
  }
  markDuplicatesInFile(keyed);
  const taken = await takenIdentityNumbers(
    ctx.db,
    keyed.map((k) => k.key),
  );
  for (const k of keyed)
    if (taken.has(k.key)) fail(k.row, { field: k.field, code: 'children.duplicateIdentityNumber' });
}

async function checkOrganisations(ctx: ServiceContext<ReadDb>, rows: CheckedRow[]): Promise<void> {
  const keyed: Keyed[] = rows.flatMap((row) =>
    row.data?.kind === 'organisations' ? [{ row, key: row.data.data.orgNumber, field: 'orgNumber' }] : [],
  );
  markDuplicatesInFile(keyed);
  const taken = await takenOrgNumbers(
    ctx.db,
    keyed.map((k) => k.key),
  );
  for (const k of keyed)
    if (taken.has(k.key)) fail(k.row, { field: k.field, code: 'organisations.duplicateOrgNumber' });
}

async function checkWaitingList(
  ctx: ServiceContext<ReadDb>,
  rows: CheckedRow[],
  programmeId: number,
): Promise<void> {
  const day = today(ctx);
  const keyed: Keyed[] = [];
  for (const row of rows) {
    if (row.data?.kind !== 'waitingList') continue;
    const parsed = parseIdentityNumber(row.data.data.identityNumber, day);
    if (!parsed.ok) fail(row, { field: 'identityNumber', code: parsed.problem });
    else {
      row.data.data.identityNumber = parsed.value.value;
      keyed.push({ row, key: parsed.value.value, field: 'identityNumber' });
    }
  }
  markDuplicatesInFile(keyed);
  const children = await childIdsByIdentityNumber(
    ctx.db,
    keyed.map((k) => k.key),
  );
  const active = await childrenActiveInProgramme(ctx.db, programmeId, [...children.values()]);
  for (const k of keyed) {
    const childId = children.get(k.key);
    if (childId === undefined) fail(k.row, { field: k.field, code: 'import.childNotFound' });
    else if (active.has(childId)) fail(k.row, { field: k.field, code: 'enrolments.alreadyActive' });
  }
}

/** Checks every row and keeps the result in the session; answers the rows for the preview. */
export async function previewImport(
  ctx: ServiceContext<ReadDb>,
  session: ImportSession,
  mapping: ColumnMapping,
): Promise<{ rows: PreviewRow[]; valid: number; invalid: number }> {
  checkMapping(session, mapping);
  session.checked = null;
  session.skipped = null;
  const dataRows = session.table.rows.slice(session.headerIndex + 1);
  const signal = beginStep(session, 'checking', dataRows.length);
  const rows: CheckedRow[] = [];
  const columnField = new Map(
    Object.entries(mapping).flatMap(([key, column]) => (column === null ? [] : [[column, key]])),
  );
  await inSteps(session, signal, dataRows, (cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const index = session.headerIndex + 1 + i;
    const picked = pickCells(cells, mapping);
    const result = rowInput(session.kind, picked);
    const row: CheckedRow = {
      index,
      line: index + 1,
      cells: picked,
      problems: result.ok ? [] : result.problems,
      data: result.ok ? result.value : null,
    };
    for (const column of session.table.noValue.get(index) ?? []) {
      const field = columnField.get(column);
      if (field !== undefined) row.problems.push({ field, code: 'import.formulaNoValue' });
    }
    rows.push(row);
  });
  if (session.kind === 'children') await checkChildren(ctx, rows);
  else if (session.kind === 'organisations') await checkOrganisations(ctx, rows);
  else await checkWaitingList(ctx, rows, session.programmeId ?? 0);
  if (signal.aborted) throw new AppFailure('import.cancelled');
  for (const row of rows) if (row.problems.length > 0) row.data = null;
  session.mapping = mapping;
  session.checked = rows;
  session.progress = { phase: 'idle', done: 0, total: 0 };
  const invalid = rows.filter((r) => r.problems.length > 0).length;
  return { rows: rows.map((r) => toPreviewRow(session, r)), valid: rows.length - invalid, invalid };
}

/** What the renderer sees of a row: a protected child's address and contacts are masked, as the register shows them. */
function toPreviewRow(session: ImportSession, row: CheckedRow): PreviewRow {
  const masked = session.kind === 'children' && isProtected(row);
  const cells: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(row.cells))
    cells[key] = masked && protectedChildFields.has(key) ? null : value;
  return { line: row.line, cells, problems: row.problems };
}

/** Protected by the valid data, or (a row with problems) by anything but a plain "no" in its column. */
function isProtected(row: CheckedRow): boolean {
  if (row.data?.kind === 'children') return row.data.data.protectedIdentity;
  const text = (row.cells.protectedIdentity ?? '').trim().toLowerCase();
  return !['', 'nej', 'n', '0', 'no', 'false', 'falskt', '-'].includes(text);
}
