// Rows around an agreement: the row itself, registration numbers, the party
// organisations from the register, and the records kept beside the drafted
// data (status changes, versions, payments, meetings, completion marks).
import { sql, type Insertable, type Updateable } from 'kysely';
import type { AgreementTable } from '../db/schema/agreement-table';
import type { AgreementRow } from './agreement-columns';
import type { ReadDb, WriteDb } from '../db/handles';

export async function getAgreementRow(db: ReadDb, id: number): Promise<AgreementRow | undefined> {
  return db.selectFrom('agreement').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertAgreement(db: WriteDb, values: Insertable<AgreementTable>): Promise<number> {
  const { id } = await db.insertInto('agreement').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateAgreementRow(
  db: WriteDb,
  id: number,
  values: Updateable<AgreementTable>,
): Promise<void> {
  await db.updateTable('agreement').set(values).where('id', '=', id).execute();
}

/** The parties of these agreements with their register names, in agreement and party order. */
export async function partyNameRows(db: ReadDb, agreementIds: readonly number[]) {
  return db
    .selectFrom('agreement_party as p')
    .innerJoin('organisation as o', 'o.id', 'p.organisation_id')
    .select(['p.agreement_id', 'p.organisation_id', 'p.role', 'p.position', 'o.name'])
    .where('p.agreement_id', 'in', [...agreementIds])
    .orderBy('p.agreement_id')
    .orderBy('p.position')
    .execute();
}

/** Every organisation's name in the register, by id. */
export async function organisationNames(db: ReadDb): Promise<Map<number, string>> {
  const rows = await db.selectFrom('organisation').select(['id', 'name']).execute();
  return new Map(rows.map((o) => [o.id, o.name] as const));
}

/**
 * Which of `numbers` another agreement already uses, as its own registration
 * number or an appendix's (registration numbers compare without case).
 */
export async function takenRegistrationNumbers(
  db: ReadDb,
  numbers: string[],
  exceptAgreementId: number | null,
): Promise<Set<string>> {
  const wanted = [...new Set(numbers.map((n) => n.trim()).filter((n) => n !== ''))];
  if (wanted.length === 0) return new Set();
  const except = exceptAgreementId ?? -1;
  const list = sql.join(wanted.map((n) => sql`${n}`));
  const rows = await sql<{ n: string }>`
    SELECT registration_number AS n FROM agreement
      WHERE registration_number COLLATE NOCASE IN (${list}) AND id != ${except}
    UNION ALL
    SELECT registration_number AS n FROM agreement_appendix
      WHERE registration_number COLLATE NOCASE IN (${list}) AND agreement_id != ${except}`.execute(db);
  const taken = new Set(rows.rows.map((r) => r.n.toLowerCase()));
  return new Set(wanted.filter((n) => taken.has(n.toLowerCase())));
}

export interface OrganisationInfo {
  id: number;
  name: string;
  kind: 'municipality' | 'region' | 'stateAgency' | 'nonprofit';
  orgNumber: string;
  address: { street: string; postalCode: string; city: string };
}

export async function organisationsByIds(
  db: ReadDb,
  ids: readonly number[],
): Promise<Map<number, OrganisationInfo>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .selectFrom('organisation')
    .select(['id', 'name', 'kind', 'org_number', 'street', 'postal_code', 'city'])
    .where('id', 'in', unique)
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        name: r.name,
        kind: r.kind,
        orgNumber: r.org_number,
        address: { street: r.street, postalCode: r.postal_code, city: r.city },
      },
    ]),
  );
}

export async function requirementRowsFor(db: ReadDb, organisationIds: readonly number[]) {
  if (organisationIds.length === 0) return [];
  return db
    .selectFrom('organisation_requirement')
    .selectAll()
    .where('organisation_id', 'in', [...organisationIds])
    .execute();
}

export async function recordStatusChange(
  db: WriteDb,
  change: {
    agreementId: number;
    from: AgreementRow['status'] | null;
    to: AgreementRow['status'];
    at: string;
    userId: number;
  },
): Promise<void> {
  await db
    .insertInto('agreement_status_change')
    .values({
      agreement_id: change.agreementId,
      from_status: change.from,
      to_status: change.to,
      at: change.at,
      user_id: change.userId,
    })
    .execute();
}

export async function statusChanges(db: ReadDb, agreementId: number) {
  return db
    .selectFrom('agreement_status_change as c')
    .leftJoin('user as u', 'u.id', 'c.user_id')
    .select(['c.from_status', 'c.to_status', 'c.at', 'u.display_name'])
    .where('c.agreement_id', '=', agreementId)
    .orderBy('c.id')
    .execute();
}

export async function signatureRows(db: ReadDb, agreementId: number) {
  return db.selectFrom('agreement_signature').selectAll().where('agreement_id', '=', agreementId).execute();
}

export async function paymentRows(db: ReadDb, agreementIds: readonly number[]) {
  if (agreementIds.length === 0) return [];
  return db
    .selectFrom('agreement_payment as p')
    .leftJoin('user as u', 'u.id', 'p.recorded_by_user_id')
    .selectAll('p')
    .select('u.display_name as recorded_by_name')
    .where('p.agreement_id', 'in', [...agreementIds])
    .orderBy('p.paid_on')
    .orderBy('p.id')
    .execute();
}

export async function meetingRows(db: ReadDb, agreementIds: readonly number[]) {
  if (agreementIds.length === 0) return [];
  return db
    .selectFrom('agreement_meeting')
    .selectAll()
    .where('agreement_id', 'in', [...agreementIds])
    .orderBy('held_on')
    .orderBy('id')
    .execute();
}

export async function completionRows(db: ReadDb, agreementIds: readonly number[]) {
  if (agreementIds.length === 0) return [];
  return db
    .selectFrom('agreement_completion')
    .select(['agreement_id', 'item_key'])
    .where('agreement_id', 'in', [...agreementIds])
    .execute();
}

export async function revisionCount(db: ReadDb, agreementId: number): Promise<number> {
  const row = await db
    .selectFrom('agreement_revision')
    .select((eb) => eb.fn.max('revision').as('n'))
    .where('agreement_id', '=', agreementId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
