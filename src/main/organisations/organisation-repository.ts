// Rows of the organisation register. Plain functions over (db | trx).
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { OrganisationContactTable } from '../db/schema/organisation-contact-table';
import type { OrganisationRequirementTable } from '../db/schema/organisation-requirement-table';
import type { OrganisationTable } from '../db/schema/organisation-table';
import { organisationRequirements } from '../../shared/organisations/requirements';
import type { OrganisationKind } from '../../shared/organisations/kinds';
import type { ReadDb, WriteDb } from '../db/handles';

export type OrganisationRow = Selectable<OrganisationTable>;
export type ContactRow = Selectable<OrganisationContactTable>;
export type RequirementRow = Selectable<OrganisationRequirementTable> & { checked_by_name: string | null };

export const foldName = (name: string) => name.toLocaleLowerCase('sv');
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function findOrganisationRows(
  db: ReadDb,
  query: string,
  { limit = null, kinds = [] }: { limit?: number | null; kinds?: readonly OrganisationKind[] } = {},
) {
  const folded = foldName(query.trim());
  // Only a query that looks like a number searches organisation numbers, so "Läxhjälp 2" finds names only.
  const digits = /^[\d\s-]+$/.test(query.trim()) ? query.replace(/\D/g, '') : '';
  let q = db
    .selectFrom('organisation as o')
    .select([
      'o.id',
      'o.name',
      'o.kind',
      'o.org_number',
      'o.city',
      sql<number>`(SELECT count(*) FROM organisation_requirement r WHERE r.organisation_id = o.id AND r.status = 'met')`.as(
        'met',
      ),
    ]);
  if (folded !== '') {
    const pattern = `%${escapeLike(folded)}%`;
    q = q.where((eb) =>
      eb.or([
        sql<boolean>`o.name_folded LIKE ${pattern} ESCAPE '\\'`,
        ...(digits.length >= 2
          ? [sql<boolean>`replace(o.org_number, '-', '') LIKE ${`%${digits}%`}`]
          : []),
      ]),
    );
  }
  if (kinds.length > 0) q = q.where('o.kind', 'in', [...kinds]);
  q = q.orderBy('o.name_folded').orderBy('o.id');
  return (limit === null ? q : q.limit(limit)).execute();
}

export const requirementGaps = (kind: string, met: number) =>
  kind === 'nonprofit' ? organisationRequirements.length - met : 0;

export async function getOrganisationRow(db: ReadDb, id: number): Promise<OrganisationRow | undefined> {
  return db.selectFrom('organisation').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function orgNumberTaken(db: ReadDb, orgNumber: string, exceptId?: number): Promise<boolean> {
  let q = db.selectFrom('organisation').select('id').where('org_number', '=', orgNumber);
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function getContactRows(db: ReadDb, organisationId: number): Promise<ContactRow[]> {
  return db.selectFrom('organisation_contact').selectAll().where('organisation_id', '=', organisationId).orderBy('position').execute();
}

export async function getRequirementRows(db: ReadDb, organisationId: number): Promise<RequirementRow[]> {
  return db
    .selectFrom('organisation_requirement as r')
    .leftJoin('user as u', 'u.id', 'r.checked_by_user_id')
    .selectAll('r')
    .select('u.display_name as checked_by_name')
    .where('r.organisation_id', '=', organisationId)
    .execute();
}

export async function replaceContacts(
  db: WriteDb,
  organisationId: number,
  contacts: Omit<Insertable<OrganisationContactTable>, 'organisation_id' | 'position'>[],
): Promise<void> {
  await db.deleteFrom('organisation_contact').where('organisation_id', '=', organisationId).execute();
  if (contacts.length === 0) return;
  await db
    .insertInto('organisation_contact')
    .values(contacts.map((c, position) => ({ ...c, organisation_id: organisationId, position })))
    .execute();
}

export async function replaceRequirements(
  db: WriteDb,
  organisationId: number,
  rows: Omit<Insertable<OrganisationRequirementTable>, 'organisation_id'>[],
): Promise<void> {
  await db.deleteFrom('organisation_requirement').where('organisation_id', '=', organisationId).execute();
  if (rows.length === 0) return;
  await db
    .insertInto('organisation_requirement')
    .values(rows.map((r) => ({ ...r, organisation_id: organisationId })))
    .execute();
}

/** The checklist rows as stored, without who checked them by name. */
export async function storedRequirementRows(db: ReadDb, organisationId: number) {
  return db.selectFrom('organisation_requirement').selectAll().where('organisation_id', '=', organisationId).execute();
}

export async function insertOrganisation(db: WriteDb, values: Insertable<OrganisationTable>): Promise<number> {
  const { id } = await db.insertInto('organisation').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateOrganisationRow(db: WriteDb, id: number, values: Updateable<OrganisationTable>): Promise<void> {
  await db.updateTable('organisation').set(values).where('id', '=', id).execute();
}
