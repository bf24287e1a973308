// The register look-ups an import checks its rows against, each one query for
// the whole file (numbers travel as one JSON array).
import { sql } from 'kysely';
import { activeStatuses } from '../../shared/support-groups/enrolment-lifecycle';
import type { ReadDb } from '../db/handles';

const jsonList = (values: readonly (string | number)[]) => JSON.stringify(values);

/** Which of these identity numbers a child in the register already has. */
export async function takenIdentityNumbers(db: ReadDb, numbers: readonly string[]): Promise<Set<string>> {
  if (numbers.length === 0) return new Set();
  const rows = await sql<{ n: string }>`
    SELECT identity_number AS n FROM child
    WHERE identity_number IN (SELECT value FROM json_each(${jsonList(numbers)}))`.execute(db);
  return new Set(rows.rows.map((r) => r.n));
}

/** Which of these org numbers an organisation in the register already has. */
export async function takenOrgNumbers(db: ReadDb, numbers: readonly string[]): Promise<Set<string>> {
  if (numbers.length === 0) return new Set();
  const rows = await sql<{ n: string }>`
    SELECT org_number AS n FROM organisation
    WHERE org_number IN (SELECT value FROM json_each(${jsonList(numbers)}))`.execute(db);
  return new Set(rows.rows.map((r) => r.n));
}

/** Identity number → child id, for the numbers in the register. */
export async function childIdsByIdentityNumber(
  db: ReadDb,
  numbers: readonly string[],
): Promise<Map<string, number>> {
  if (numbers.length === 0) return new Map();
  const rows = await sql<{ n: string; id: number }>`
    SELECT identity_number AS n, id FROM child
    WHERE identity_number IN (SELECT value FROM json_each(${jsonList(numbers)}))`.execute(db);
  return new Map(rows.rows.map((r) => [r.n, r.id]));
}

/** Of these children, those with an enrolment in the programme that has not ended. */
export async function childrenActiveInProgramme(
  db: ReadDb,
  programmeId: number,
  childIds: readonly number[],
): Promise<Set<number>> {
  if (childIds.length === 0) return new Set();
  const rows = await sql<{ id: number }>`
    SELECT DISTINCT child_id AS id FROM enrolment
    WHERE programme_id = ${programmeId}
      AND child_id IN (SELECT value FROM json_each(${jsonList(childIds)}))
      AND status IN (SELECT value FROM json_each(${jsonList(activeStatuses)}))`.execute(db);
  return new Set(rows.rows.map((r) => r.id));
}

export async function programmeExists(db: ReadDb, programmeId: number): Promise<boolean> {
  const rows = await sql<{ id: number }>`SELECT id FROM programme WHERE id = ${programmeId}`.execute(db);
  return rows.rows.length > 0;
}
