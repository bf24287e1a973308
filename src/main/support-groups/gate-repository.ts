// What the gate reads (guardians, consents, the enrolment's notice and the
// child's placement basis) and the flags it caches on the enrolment rows.
import type { ReadDb, WriteDb } from '../db/handles';

export async function guardianRows(db: ReadDb, childIds: readonly number[]) {
  return db
    .selectFrom('guardian')
    .select(['id', 'child_id', 'name', 'has_custody', 'representative'])
    .where('child_id', 'in', [...childIds])
    .orderBy('child_id')
    .orderBy('position')
    .execute();
}

export async function consentRows(db: ReadDb, enrolmentIds: readonly number[]) {
  return db
    .selectFrom('consent')
    .select(['id', 'enrolment_id', 'guardian_id', 'scope', 'decision', 'decided_on'])
    .where('enrolment_id', 'in', [...enrolmentIds])
    .execute();
}

/**
 * What the gate reads of an enrolment (`e`) and its child (`c`) besides
 * guardians, consents and the day of the group's first session.
 */
export const gateSubjectColumns = [
  'e.id',
  'e.child_id',
  'c.placement_basis',
  'c.birth_date',
  'c.birth_year',
  'c.age_band',
  'c.age_band_on',
  'e.notice_informed_on',
  'e.notice_informed_by',
  'e.notice_informed_whom',
] as const;

export async function gateSubjectRows(db: ReadDb, enrolmentIds: readonly number[]) {
  return db
    .selectFrom('enrolment as e')
    .innerJoin('child as c', 'c.id', 'e.child_id')
    .leftJoin('support_group as g', 'g.id', 'e.group_id')
    .select([...gateSubjectColumns, 'g.start_date'])
    .where('e.id', 'in', [...enrolmentIds])
    .execute();
}

export async function setGateFlags(
  db: WriteDb,
  enrolmentId: number,
  flags: { gate_ready: 0 | 1; consent_paused: 0 | 1 },
): Promise<void> {
  await db.updateTable('enrolment').set(flags).where('id', '=', enrolmentId).execute();
}
