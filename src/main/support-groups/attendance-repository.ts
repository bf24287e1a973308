// Attendance marks, and the enrolment facts recording them checks.
import type { DbOrTrx } from '../db/schema/database';

/** Group, status and version of these enrolments. */
export async function enrolmentPlacements(db: DbOrTrx, ids: readonly number[]) {
  return db
    .selectFrom('enrolment')
    .select(['id', 'group_id', 'status', 'version'])
    .where('id', 'in', [...ids])
    .execute();
}

/** Records (or corrects) one child's mark for one session. */
export async function upsertAttendance(
  db: DbOrTrx,
  mark: {
    session_id: number;
    enrolment_id: number;
    present: 0 | 1;
    recorded_by_user_id: number;
    recorded_at: string;
  },
): Promise<void> {
  await db
    .insertInto('attendance')
    .values(mark)
    .onConflict((oc) =>
      oc.columns(['session_id', 'enrolment_id']).doUpdateSet({
        present: mark.present,
        recorded_by_user_id: mark.recorded_by_user_id,
        recorded_at: mark.recorded_at,
      }),
    )
    .execute();
}
