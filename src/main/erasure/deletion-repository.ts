// The SQL of deleting mistakes: what a child, a draft agreement or an
// organisation still has that stops the deletion, the deletions themselves
// (inside the erasure routine's transaction), and the deletion log.
import { sql, type Insertable } from 'kysely';
import type { DeletionRunTable } from '../db/schema/deletion-run-table';
import type { ReadDb, WriteDb } from '../db/handles';

export async function childRow(db: ReadDb, childId: number) {
  return db.selectFrom('child').select(['id', 'version']).where('id', '=', childId).executeTakeFirst();
}

/** The child's enrolments, and whether any ever held a place, was attended or the child has a concern report. */
export async function childHistory(db: ReadDb, childId: number) {
  const enrolments = await db
    .selectFrom('enrolment')
    .select(['id', 'status'])
    .where('child_id', '=', childId)
    .execute();
  const { rows } = await sql<{ attendance: number; concerns: number }>`
    SELECT
      (SELECT count(*) FROM attendance a JOIN enrolment e ON e.id = a.enrolment_id WHERE e.child_id = ${childId}) AS attendance,
      (SELECT count(*) FROM concern_report WHERE child_id = ${childId}) AS concerns`.execute(db);
  return {
    enrolments,
    attendance: Number(rows[0]?.attendance ?? 0),
    concerns: Number(rows[0]?.concerns ?? 0),
  };
}

export async function agreementRow(db: ReadDb, agreementId: number) {
  return db
    .selectFrom('agreement')
    .select(['id', 'version', 'status'])
    .where('id', '=', agreementId)
    .executeTakeFirst();
}

/** How many programmes and feedback entries refer to the agreement (they are not deleted with a draft). */
export async function agreementUses(db: ReadDb, agreementId: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT (SELECT count(*) FROM programme WHERE agreement_id = ${agreementId})
         + (SELECT count(*) FROM feedback WHERE agreement_id = ${agreementId})
         + (SELECT count(*) FROM participation_record WHERE agreement_id = ${agreementId}) AS n`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/**
 * Deletes the agreement (its terms, parties, contacts, economy and versions go
 * with it, ON DELETE CASCADE) and its search entry, then merges the search
 * index so the entry's words are not left in an older segment.
 */
export async function deleteAgreement(db: WriteDb, agreementId: number): Promise<void> {
  await sql`DELETE FROM agreement_fts WHERE rowid = ${agreementId}`.execute(db);
  await db.deleteFrom('agreement').where('id', '=', agreementId).execute();
  await sql`INSERT INTO agreement_fts (agreement_fts) VALUES ('optimize')`.execute(db);
}

export async function organisationRow(db: ReadDb, organisationId: number) {
  return db
    .selectFrom('organisation')
    .select(['id', 'version'])
    .where('id', '=', organisationId)
    .executeTakeFirst();
}

/**
 * How many rows of agreements and programmes name the organisation. Every
 * reference to the register is counted here; the foreign keys refuse the
 * deletion anyway if a later table adds one.
 */
export async function organisationUses(db: ReadDb, organisationId: number): Promise<number> {
  const o = organisationId;
  const { rows } = await sql<{ n: number }>`
    SELECT (SELECT count(*) FROM agreement_party WHERE organisation_id = ${o})
         + (SELECT count(*) FROM agreement_appendix WHERE organisation_id = ${o})
         + (SELECT count(*) FROM agreement_commitment WHERE organisation_id = ${o})
         + (SELECT count(*) FROM agreement_decision WHERE organisation_id = ${o})
         + (SELECT count(*) FROM agreement_deficiency WHERE organisation_id = ${o})
         + (SELECT count(*) FROM agreement_follow_up WHERE responsible_organisation_id = ${o})
         + (SELECT count(*) FROM agreement_funding WHERE payer_organisation_id = ${o} OR recipient_organisation_id = ${o})
         + (SELECT count(*) FROM agreement_governance_body WHERE convener_organisation_id = ${o})
         + (SELECT count(*) FROM agreement_governance_member WHERE organisation_id = ${o})
         + (SELECT count(*) FROM agreement_instalment WHERE payer_organisation_id = ${o} OR recipient_organisation_id = ${o})
         + (SELECT count(*) FROM agreement_notice WHERE organisation_id = ${o})
         + (SELECT count(*) FROM agreement_payment WHERE payer_organisation_id = ${o} OR recipient_organisation_id = ${o})
         + (SELECT count(*) FROM agreement_repayment WHERE payer_organisation_id = ${o} OR recipient_organisation_id = ${o})
         + (SELECT count(*) FROM agreement WHERE notice_by_organisation_id = ${o})
         + (SELECT count(*) FROM amendment_signature WHERE organisation_id = ${o})
         + (SELECT count(*) FROM programme WHERE organisation_id = ${o}) AS n`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** Deletes the organisation; its contact persons and requirement checklist go with it (ON DELETE CASCADE). */
export async function deleteOrganisation(db: WriteDb, organisationId: number): Promise<void> {
  await db.deleteFrom('organisation').where('id', '=', organisationId).execute();
}

export async function insertDeletionRun(db: WriteDb, run: Insertable<DeletionRunTable>): Promise<void> {
  await db.insertInto('deletion_run').values(run).execute();
}
