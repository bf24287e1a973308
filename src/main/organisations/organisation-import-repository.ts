// The batched inserts behind an import: each table gets one INSERT … SELECT
// over a JSON array (jsonb_each), so SQLite parses a few short statements
// instead of preparing thousands of placeholders (Kysely prepares every
// statement anew). Rows are matched to their organisation by org number.
import { sql, type RawBuilder } from 'kysely';
import type { ReadDb, WriteDb } from '../db/handles';

/**
 * INSERT INTO table (columns) SELECT the same keys of each object of `rows`,
 * plus the organisation id. The rows travel as arrays (one per row, the
 * columns in order): SQLite reads `->> n` from an array faster than it finds
 * a key in an object, and the text is a third as long.
 */
function insertFromJson(
  table: 'organisation' | 'organisation_contact' | 'organisation_requirement',
  rows: Record<string, unknown>[],
  withOrganisationId: boolean,
): RawBuilder<unknown> {
  const columns = Object.keys(rows[0] ?? {});
  const stored = columns.filter((c) => c !== 'org_number' || !withOrganisationId);
  const targets = [...(withOrganisationId ? ['organisation_id'] : []), ...stored].map((c) => sql.ref(c));
  const values = stored.map((c) => sql`j.value ->> ${sql.lit(columns.indexOf(c))}`);
  const json = JSON.stringify(rows.map((row) => columns.map((c) => row[c])));
  const source = withOrganisationId
    ? sql`jsonb_each(${json}) AS j JOIN organisation AS o ON o.org_number = j.value ->> ${sql.lit(columns.indexOf('org_number'))}`
    : sql`jsonb_each(${json}) AS j`;
  const selected = withOrganisationId ? [sql.ref('o.id'), ...values] : values;
  return sql`INSERT INTO ${sql.table(table)} (${sql.join(targets)}) SELECT ${sql.join(selected)} FROM ${source}`;
}

/** Whether any of these org numbers is already registered. */
export async function anyOrgNumberTaken(db: ReadDb, numbers: string[]): Promise<boolean> {
  const taken = await sql<{ org_number: string }>`
    SELECT org_number FROM organisation
    WHERE org_number IN (SELECT value FROM json_each(${JSON.stringify(numbers)})) LIMIT 1`.execute(db);
  return taken.rows.length > 0;
}

/** Inserts organisations, then their contacts and checklist rows (each keyed by `org_number`). */
export async function insertOrganisationsFromJson(
  db: WriteDb,
  rows: {
    organisations: Record<string, unknown>[];
    contacts: Record<string, unknown>[];
    requirements: Record<string, unknown>[];
  },
): Promise<void> {
  await insertFromJson('organisation', rows.organisations, false).execute(db);
  if (rows.contacts.length > 0) await insertFromJson('organisation_contact', rows.contacts, true).execute(db);
  if (rows.requirements.length > 0)
    await insertFromJson('organisation_requirement', rows.requirements, true).execute(db);
}
