// Rows of enrolments and what is recorded on them (consent). Plain functions over (db | trx).
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { ConsentTable } from '../db/schema/consent-table';
import type { EnrolmentTable } from '../db/schema/enrolment-table';
import { activeStatuses } from '../../shared/support-groups/enrolment-lifecycle';
import type { ReadDb, WriteDb } from '../db/handles';

export type EnrolmentRow = Selectable<EnrolmentTable>;

/** A new enrolment's facts before any is recorded: no cancellation, notice, child's view, pre-visit or invoice, no gate cached. */
export const unrecordedFacts = {
  cancel_reason: '',
  notice_informed_on: null,
  notice_informed_by: '',
  notice_informed_whom: '',
  child_view_on: null,
  child_view_summary: '',
  child_view_by: '',
  pre_visit_kind: null,
  pre_visit_on: null,
  pre_visit_by: '',
  fee_invoiced_on: null,
  fee_paid_on: null,
  gate_ready: 0,
  consent_paused: 0,
} as const satisfies Partial<Insertable<EnrolmentTable>>;

export async function getEnrolmentRow(db: ReadDb, id: number): Promise<EnrolmentRow | undefined> {
  return db.selectFrom('enrolment').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertEnrolment(db: WriteDb, values: Insertable<EnrolmentTable>): Promise<number> {
  const { id } = await db.insertInto('enrolment').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateEnrolment(
  db: WriteDb,
  id: number,
  values: Updateable<EnrolmentTable>,
): Promise<void> {
  await db.updateTable('enrolment').set(values).where('id', '=', id).execute();
}

/** The child's open enrolment in the programme, if any. */
export async function findActiveEnrolmentId(
  db: ReadDb,
  childId: number,
  programmeId: number,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('enrolment')
    .select('id')
    .where('child_id', '=', childId)
    .where('programme_id', '=', programmeId)
    .where('status', 'in', activeStatuses)
    .executeTakeFirst();
  return row?.id;
}

export async function enrolmentIdsOfGroup(db: ReadDb, groupId: number): Promise<number[]> {
  const rows = await db.selectFrom('enrolment').select('id').where('group_id', '=', groupId).execute();
  return rows.map((r) => r.id);
}

export async function enrolmentIdsOfChild(db: ReadDb, childId: number): Promise<number[]> {
  const rows = await db.selectFrom('enrolment').select('id').where('child_id', '=', childId).execute();
  return rows.map((r) => r.id);
}

/** What the age rule needs of a child. */
export async function childBirth(db: ReadDb, id: number) {
  return db
    .selectFrom('child')
    .select(['id', 'birth_date', 'birth_year'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** What an enrolment page shows of its child. */
export async function enrolmentChild(db: ReadDb, id: number) {
  return db
    .selectFrom('child')
    .select(['id', 'name', 'placement_basis', 'birth_date', 'birth_year', 'age_band', 'age_band_on'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

export async function insertConsent(db: WriteDb, values: Insertable<ConsentTable>): Promise<void> {
  await db.insertInto('consent').values(values).execute();
}

/** The full consent history of an enrolment, newest first. */
export async function consentHistory(db: ReadDb, enrolmentId: number) {
  return db
    .selectFrom('consent as c')
    .leftJoin('guardian as g', 'g.id', 'c.guardian_id')
    .leftJoin('user as u', 'u.id', 'c.recorded_by_user_id')
    .select([
      'c.id',
      'c.guardian_id',
      'g.name as guardian_name',
      'c.capacity',
      'c.scope',
      'c.decision',
      'c.decided_on',
      'c.method',
      'c.document_reference',
      'u.display_name as recorded_by',
      'c.recorded_at',
    ])
    .where('c.enrolment_id', '=', enrolmentId)
    .orderBy('c.decided_on', 'desc')
    .orderBy('c.id', 'desc')
    .execute();
}

export async function attendanceMarks(db: ReadDb, enrolmentId: number) {
  return db.selectFrom('attendance').select('present').where('enrolment_id', '=', enrolmentId).execute();
}

/** Start dates of these groups. */
export async function groupStartDates(db: ReadDb, groupIds: readonly number[]): Promise<string[]> {
  const rows = await db
    .selectFrom('support_group')
    .select('start_date')
    .where('id', 'in', [...groupIds])
    .execute();
  return rows.map((r) => r.start_date);
}
