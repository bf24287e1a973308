// Rows of an agreement's life after the decision: amendments and their
// signatures, the data as it was before the first amendment, notices and
// extension decisions.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { AgreementNoticeTable, ExtensionDecisionTable } from '../../db/schema/agreement-notice-table';
import type { AmendmentTable } from '../../db/schema/amendment-table';
import type { ReadDb, WriteDb } from '../../db/handles';

export type AmendmentRow = Selectable<AmendmentTable>;
export type NoticeRow = Selectable<AgreementNoticeTable>;
export type ExtensionDecisionRow = Selectable<ExtensionDecisionTable>;

export async function amendmentRows(db: ReadDb, agreementIds: readonly number[]): Promise<AmendmentRow[]> {
  if (agreementIds.length === 0) return [];
  return db
    .selectFrom('amendment')
    .selectAll()
    .where('agreement_id', 'in', agreementIds)
    .orderBy('agreement_id')
    .orderBy('number')
    .execute();
}

export async function amendmentSignatureRows(db: ReadDb, amendmentIds: readonly number[]) {
  if (amendmentIds.length === 0) return [];
  return db.selectFrom('amendment_signature').selectAll().where('amendment_id', 'in', amendmentIds).execute();
}

export async function nextAmendmentNumber(db: ReadDb, agreementId: number): Promise<number> {
  const row = await db
    .selectFrom('amendment')
    .select((eb) => eb.fn.max('number').as('last'))
    .where('agreement_id', '=', agreementId)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

export async function insertAmendment(db: WriteDb, values: Insertable<AmendmentTable>): Promise<number> {
  const row = await db.insertInto('amendment').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateAmendmentRow(db: WriteDb, id: number, values: Updateable<AmendmentTable>) {
  await db.updateTable('amendment').set(values).where('id', '=', id).execute();
}

export async function deleteAmendmentRow(db: WriteDb, id: number) {
  await db.deleteFrom('amendment').where('id', '=', id).execute();
}

export async function upsertAmendmentSignature(
  db: WriteDb,
  values: {
    amendment_id: number;
    organisation_id: number;
    name: string;
    title: string;
    place: string;
    signed_on: string;
    recorded_by_user_id: number;
    recorded_at: string;
  },
) {
  const { name, title, place, signed_on, recorded_by_user_id, recorded_at } = values;
  await db
    .insertInto('amendment_signature')
    .values(values)
    .onConflict((oc) =>
      oc
        .columns(['amendment_id', 'organisation_id'])
        .doUpdateSet({ name, title, place, signed_on, recorded_by_user_id, recorded_at }),
    )
    .execute();
}

export async function originalSnapshot(db: ReadDb, agreementId: number): Promise<string | null> {
  const row = await db
    .selectFrom('agreement_original')
    .select('snapshot')
    .where('agreement_id', '=', agreementId)
    .executeTakeFirst();
  return row?.snapshot ?? null;
}

/** Keeps the data as it was before the first amendment; later calls keep the first. */
export async function keepOriginal(db: WriteDb, agreementId: number, snapshot: string, savedAt: string) {
  await db
    .insertInto('agreement_original')
    .values({ agreement_id: agreementId, snapshot, saved_at: savedAt })
    .onConflict((oc) => oc.column('agreement_id').doNothing())
    .execute();
}

export async function noticeRows(db: ReadDb, agreementIds: readonly number[]): Promise<NoticeRow[]> {
  if (agreementIds.length === 0) return [];
  return db
    .selectFrom('agreement_notice')
    .selectAll()
    .where('agreement_id', 'in', agreementIds)
    .orderBy('given_on')
    .orderBy('id')
    .execute();
}

export async function insertNotice(db: WriteDb, values: Insertable<AgreementNoticeTable>): Promise<number> {
  const row = await db
    .insertInto('agreement_notice')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateNotice(db: WriteDb, id: number, values: Updateable<AgreementNoticeTable>) {
  await db.updateTable('agreement_notice').set(values).where('id', '=', id).execute();
}

export async function extensionDecisionRows(
  db: ReadDb,
  agreementIds: readonly number[],
): Promise<ExtensionDecisionRow[]> {
  if (agreementIds.length === 0) return [];
  return db
    .selectFrom('extension_decision')
    .selectAll()
    .where('agreement_id', 'in', agreementIds)
    .orderBy('decided_on')
    .execute();
}

export async function insertExtensionDecision(db: WriteDb, values: Insertable<ExtensionDecisionTable>) {
  await db.insertInto('extension_decision').values(values).execute();
}

/**
 * Agreements with an amendment in force that changes something, a notice or an
 * extension decision. Read whole (these tables are small) rather than with an
 * IN list of every agreement the dashboard follows.
 */
export async function livingAgreementIds(db: ReadDb): Promise<number[]> {
  const rows = await db
    .selectFrom('amendment')
    .select('agreement_id')
    .where('status', '=', 'inForce')
    .where('recorded_signed_by', 'is', null)
    .union(db.selectFrom('agreement_notice').select('agreement_id'))
    .union(db.selectFrom('extension_decision').select('agreement_id'))
    .execute();
  return rows.map((r) => r.agreement_id);
}

/** Notices of whole agreements not withdrawn, for every agreement. */
export async function activeAgreementNoticeRows(db: ReadDb): Promise<NoticeRow[]> {
  return db
    .selectFrom('agreement_notice')
    .selectAll()
    .where('scope', '=', 'agreement')
    .where('withdrawn_on', 'is', null)
    .execute();
}
