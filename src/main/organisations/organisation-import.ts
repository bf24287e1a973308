// The batched path for many organisations at once (seeding, imports), run by
// the caller inside one transaction. Rows are built by the same functions as a
// single create, so both store the same; each table then gets one INSERT … SELECT
// over a JSON array (jsonb_each), so SQLite parses a few short statements instead
// of preparing thousands of placeholders (Kysely prepares every statement anew).
import { sql, type RawBuilder } from 'kysely';
import type { OrganisationData } from '../../shared/ipc/organisations';
import type { DbOrTrx } from '../db/schema/database';
import { AppFailure } from '../base/app-error';
import type { ServiceContext } from '../context/service-context';
import { checklistRows, organisationColumns } from './organisation-service';

const duplicate = () => new AppFailure('organisations.duplicateOrgNumber');

/** INSERT INTO table (columns) SELECT the same keys from each object of `rows`, plus the organisation id. */
function insertFromJson(
  table: 'organisation' | 'organisation_contact' | 'organisation_requirement',
  rows: Record<string, unknown>[],
  withOrganisationId: boolean,
): RawBuilder<unknown> {
  const columns = Object.keys(rows[0] ?? {}).filter((c) => c !== 'org_number' || !withOrganisationId);
  const targets = [...(withOrganisationId ? ['organisation_id'] : []), ...columns].map((c) => sql.ref(c));
  const values = columns.map((c) => sql`j.value ->> ${sql.lit(c)}`);
  const source = withOrganisationId
    ? sql`jsonb_each(${JSON.stringify(rows)}) AS j JOIN organisation AS o ON o.org_number = j.value ->> 'org_number'`
    : sql`jsonb_each(${JSON.stringify(rows)}) AS j`;
  const selected = withOrganisationId ? [sql.ref('o.id'), ...values] : values;
  return sql`INSERT INTO ${sql.table(table)} (${sql.join(targets)}) SELECT ${sql.join(selected)} FROM ${source}`;
}

async function anyTaken(db: DbOrTrx, numbers: string[]): Promise<boolean> {
  const taken = await sql<{ org_number: string }>`
    SELECT org_number FROM organisation
    WHERE org_number IN (SELECT value FROM json_each(${JSON.stringify(numbers)})) LIMIT 1`.execute(db);
  return taken.rows.length > 0;
}

export async function importOrganisations(
  ctx: ServiceContext,
  list: OrganisationData[],
): Promise<number> {
  if (list.length === 0) return 0;
  const numbers = new Set<string>();
  for (const data of list) {
    if (numbers.has(data.orgNumber)) throw duplicate();
    numbers.add(data.orgNumber);
  }
  if (await anyTaken(ctx.db, [...numbers])) throw duplicate();

  const now = ctx.clock.now().toISOString();
  const organisations = list.map((data) => ({
    ...organisationColumns(data, now),
    version: 1,
    created_at: now,
  }));
  const contacts = list.flatMap((data) =>
    data.contacts.map((c, position) => ({
      org_number: data.orgNumber,
      position,
      name: c.name,
      role: c.role,
      phone: c.phone,
      email: c.email,
    })),
  );
  const requirements = list.flatMap((data) =>
    checklistRows(data, ctx.user.id).map((row) => ({ org_number: data.orgNumber, ...row })),
  );

  await insertFromJson('organisation', organisations, false).execute(ctx.db);
  if (contacts.length > 0) await insertFromJson('organisation_contact', contacts, true).execute(ctx.db);
  if (requirements.length > 0)
    await insertFromJson('organisation_requirement', requirements, true).execute(ctx.db);
  return list.length;
}
