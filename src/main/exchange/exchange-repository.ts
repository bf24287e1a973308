// The SQL of the exchange: this installation's identities, the partners, the
// packages made and opened, and which child a partner's subject reference is.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type {
  ExchangeIdentityTable,
  ExchangePackageTable,
  ExchangePartnerTable,
  ExchangeSubjectTable,
} from '../db/schema/exchange-tables';
import type { ReadDb, WriteDb } from '../db/handles';

export type IdentityRow = Selectable<ExchangeIdentityTable>;
export type PartnerRow = Selectable<ExchangePartnerTable>;
export type PackageRow = Selectable<ExchangePackageTable>;
export type SubjectRow = Selectable<ExchangeSubjectTable>;

export async function currentIdentityRow(db: ReadDb): Promise<IdentityRow | undefined> {
  return db.selectFrom('exchange_identity').selectAll().where('retired_at', 'is', null).executeTakeFirst();
}

/** Current first, then retired ones newest first: the keys a package may be addressed to. */
export async function identityRows(db: ReadDb): Promise<IdentityRow[]> {
  const rows = await db.selectFrom('exchange_identity').selectAll().orderBy('id', 'desc').execute();
  return [...rows.filter((r) => r.retired_at === null), ...rows.filter((r) => r.retired_at !== null)];
}

export async function insertIdentity(db: WriteDb, row: Insertable<ExchangeIdentityTable>): Promise<void> {
  await db.insertInto('exchange_identity').values(row).execute();
}

export async function retireIdentity(db: WriteDb, id: number, at: string): Promise<void> {
  await db.updateTable('exchange_identity').set({ retired_at: at }).where('id', '=', id).execute();
}

export async function partnerRows(db: ReadDb): Promise<PartnerRow[]> {
  return db.selectFrom('exchange_partner').selectAll().orderBy('organisation_name').orderBy('id').execute();
}

export async function partnerRow(db: ReadDb, id: number): Promise<PartnerRow | undefined> {
  return db.selectFrom('exchange_partner').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function partnerBySigningKey(db: ReadDb, key: string): Promise<PartnerRow | undefined> {
  return db.selectFrom('exchange_partner').selectAll().where('signing_key', '=', key).executeTakeFirst();
}

export async function insertPartner(db: WriteDb, row: Insertable<ExchangePartnerTable>): Promise<number> {
  const r = await db.insertInto('exchange_partner').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updatePartner(db: WriteDb, id: number, set: Updateable<ExchangePartnerTable>): Promise<void> {
  await db.updateTable('exchange_partner').set(set).where('id', '=', id).execute();
}

export async function packageRow(db: ReadDb, direction: 'in' | 'out', packageId: string): Promise<PackageRow | undefined> {
  return db
    .selectFrom('exchange_package')
    .selectAll()
    .where('direction', '=', direction)
    .where('package_id', '=', packageId)
    .executeTakeFirst();
}

export async function packageRows(db: ReadDb, limit: number): Promise<PackageRow[]> {
  return db.selectFrom('exchange_package').selectAll().orderBy('handled_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export async function insertPackage(db: WriteDb, row: Insertable<ExchangePackageTable>): Promise<void> {
  await db.insertInto('exchange_package').values(row).execute();
}

export async function markReceipt(db: WriteDb, direction: 'in' | 'out', packageId: string, at: string): Promise<void> {
  await db
    .updateTable('exchange_package')
    .set({ receipt_at: at })
    .where('direction', '=', direction)
    .where('package_id', '=', packageId)
    .execute();
}

export async function subjectRows(db: ReadDb, partnerId: number, refs: readonly string[]): Promise<SubjectRow[]> {
  if (refs.length === 0) return [];
  const rows: SubjectRow[] = [];
  for (let i = 0; i < refs.length; i += 500) {
    const part = refs.slice(i, i + 500);
    rows.push(
      ...(await db
        .selectFrom('exchange_subject')
        .selectAll()
        .where('partner_id', '=', partnerId)
        .where('subject_ref', 'in', part)
        .execute()),
    );
  }
  return rows;
}

export async function subjectOfChild(db: ReadDb, partnerId: number, childId: number): Promise<SubjectRow | undefined> {
  return db
    .selectFrom('exchange_subject')
    .selectAll()
    .where('partner_id', '=', partnerId)
    .where('child_id', '=', childId)
    .executeTakeFirst();
}

export async function subjectsOfEnrolments(db: ReadDb, enrolmentIds: readonly number[]): Promise<SubjectRow[]> {
  if (enrolmentIds.length === 0) return [];
  return db.selectFrom('exchange_subject').selectAll().where('enrolment_id', 'in', enrolmentIds).execute();
}

export async function insertSubject(db: WriteDb, row: Insertable<ExchangeSubjectTable>): Promise<void> {
  await db.insertInto('exchange_subject').values(row).execute();
}

export async function updateSubject(db: WriteDb, id: number, set: Updateable<ExchangeSubjectTable>): Promise<void> {
  await db.updateTable('exchange_subject').set(set).where('id', '=', id).execute();
}

export async function organisationExists(db: ReadDb, id: number): Promise<boolean> {
  return (await db.selectFrom('organisation').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function programmeNames(db: ReadDb): Promise<{ id: number; name: string }[]> {
  return db.selectFrom('programme').select(['id', 'name']).orderBy('name').orderBy('id').execute();
}

export async function childVersion(db: ReadDb, id: number): Promise<number | undefined> {
  return (await db.selectFrom('child').select('version').where('id', '=', id).executeTakeFirst())?.version;
}

export async function subjectsOfNotice(db: ReadDb, noticePackageId: string): Promise<SubjectRow[]> {
  return db.selectFrom('exchange_subject').selectAll().where('notice_package_id', '=', noticePackageId).execute();
}

/** The group an enrolment is placed in (name and first day), if any. */
export async function enrolmentGroups(db: ReadDb, enrolmentIds: readonly number[]) {
  if (enrolmentIds.length === 0) return [];
  return db
    .selectFrom('enrolment')
    .innerJoin('support_group', 'support_group.id', 'enrolment.group_id')
    .select(['enrolment.id as enrolmentId', 'support_group.name as groupName', 'support_group.start_date as startDate'])
    .where('enrolment.id', 'in', enrolmentIds)
    .execute();
}

/** Children's names by id, for a preview of what a package changes here. */
export async function childNames(db: ReadDb, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('child').select(['id', 'name']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function insertReceivedFile(db: WriteDb, row: { package_id: string; name: string; data: Uint8Array; received_at: string }): Promise<void> {
  await db.insertInto('exchange_received_file').values(row).execute();
}

export async function receivedFileRows(db: ReadDb) {
  return db
    .selectFrom('exchange_received_file')
    .select(['package_id', 'name', 'received_at', (eb) => eb.fn<number>('length', ['data']).as('bytes')])
    .orderBy('received_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function receivedFile(db: ReadDb, packageId: string, name: string): Promise<Uint8Array | undefined> {
  return (
    await db
      .selectFrom('exchange_received_file')
      .select('data')
      .where('package_id', '=', packageId)
      .where('name', '=', name)
      .executeTakeFirst()
  )?.data;
}

/** Enrolments referred through a partner (its subjects here). */
export async function enrolmentsReferredBy(db: ReadDb, partnerId: number): Promise<Set<number>> {
  const rows = await db
    .selectFrom('exchange_subject')
    .select('enrolment_id')
    .where('partner_id', '=', partnerId)
    .where('enrolment_id', 'is not', null)
    .execute();
  return new Set(rows.map((r) => r.enrolment_id!));
}

/** The reports received here: the stored file with the partner that sent it. */
export async function receivedReportRows(db: ReadDb, packageId?: string) {
  let query = db
    .selectFrom('exchange_received_file as f')
    .innerJoin('exchange_package as p', (join) =>
      join.onRef('p.package_id', '=', 'f.package_id').on('p.direction', '=', 'in'),
    )
    .innerJoin('exchange_partner as partner', 'partner.id', 'p.partner_id')
    .select(['f.package_id', 'f.data', 'f.received_at', 'p.partner_id', 'partner.organisation_id'])
    .where('p.kind', '=', 'report')
    .where('f.name', '=', 'rapport.json');
  if (packageId !== undefined) query = query.where('f.package_id', '=', packageId);
  return query.orderBy('f.received_at', 'desc').orderBy('f.id', 'desc').execute();
}

export async function insertPackageChildren(db: WriteDb, packageId: string, childIds: readonly number[]): Promise<void> {
  const unique = [...new Set(childIds)];
  for (let i = 0; i < unique.length; i += 500)
    await db
      .insertInto('exchange_package_child')
      .values(unique.slice(i, i + 500).map((child_id) => ({ package_id: packageId, child_id })))
      .execute();
}

/** The packages made here about a child, newest first, with their partner and receipt. */
export async function packagesOfChild(db: ReadDb, childId: number) {
  return db
    .selectFrom('exchange_package_child as c')
    .innerJoin('exchange_package as p', (join) => join.onRef('p.package_id', '=', 'c.package_id').on('p.direction', '=', 'out'))
    .innerJoin('exchange_partner as partner', 'partner.id', 'p.partner_id')
    .select(['p.package_id', 'p.kind', 'p.partner_id', 'partner.organisation_name', 'p.created_at', 'p.receipt_at'])
    .where('c.child_id', '=', childId)
    .orderBy('p.created_at', 'desc')
    .orderBy('p.id', 'desc')
    .execute();
}
