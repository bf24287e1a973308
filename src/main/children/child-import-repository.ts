// The batched inserts behind an import of children: each table gets one
// INSERT … SELECT over a JSON array of row arrays (as organisation imports
// do), with the child ids given by the caller inside its write transaction.
import { sql } from 'kysely';
import type { ReadDb, WriteDb } from '../db/handles';

type ChildTables = 'child' | 'guardian' | 'child_search_token' | 'protection_change';

async function insertRows(db: WriteDb, table: ChildTables, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] ?? {});
  const json = JSON.stringify(rows.map((row) => columns.map((c) => row[c] ?? null)));
  const values = columns.map((_, i) => sql`j.value ->> ${sql.lit(i)}`);
  await sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
    SELECT ${sql.join(values)} FROM jsonb_each(${json}) AS j`.execute(db);
}

/** The highest child id so far (0 for none): new ids follow it. */
export async function lastChildId(db: ReadDb): Promise<number> {
  const row = await sql<{ id: number | null }>`SELECT max(id) AS id FROM child`.execute(db);
  return row.rows[0]?.id ?? 0;
}

/** Whether any of these identity numbers is already in the register. */
export async function anyIdentityNumberTaken(db: ReadDb, numbers: readonly string[]): Promise<string | null> {
  if (numbers.length === 0) return null;
  const rows = await sql<{ n: string }>`
    SELECT identity_number AS n FROM child
    WHERE identity_number IN (SELECT value FROM json_each(${JSON.stringify(numbers)})) LIMIT 1`.execute(db);
  return rows.rows[0]?.n ?? null;
}

export async function insertChildrenFromJson(
  db: WriteDb,
  rows: {
    children: Record<string, unknown>[];
    guardians: Record<string, unknown>[];
    tokens: Record<string, unknown>[];
    protectionChanges: Record<string, unknown>[];
  },
): Promise<void> {
  await insertRows(db, 'child', rows.children);
  await insertRows(db, 'guardian', rows.guardians);
  await insertRows(db, 'child_search_token', rows.tokens);
  await insertRows(db, 'protection_change', rows.protectionChanges);
}
