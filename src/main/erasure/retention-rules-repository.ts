// The SQL of the retention rules beside gallring: the waiting entries that
// never led to a place, and the children without an enrolment, each with the
// time of its last change (the rules decide the due day from it).
import { sql } from 'kysely';
import type { EnrolmentStatus } from '../../shared/support-groups/vocabulary';
import type { ReadDb } from '../db/handles';

/**
 * Enrolments waiting for a place, offered one, or cancelled, with no
 * attendance recorded, and not in a group that is over (gallring erases
 * those, after the hand-back).
 */
export async function waitingEntryRows(
  db: ReadDb,
): Promise<{ id: number; child_id: number; status: EnrolmentStatus; updated_at: string }[]> {
  const { rows } = await sql<{ id: number; child_id: number; status: EnrolmentStatus; updated_at: string }>`
    SELECT e.id, e.child_id, e.status, e.updated_at
    FROM enrolment e
    LEFT JOIN support_group g ON g.id = e.group_id
    WHERE e.status IN ('interest', 'waitlisted', 'offered', 'cancelled')
      AND (g.id IS NULL OR g.status NOT IN ('finished', 'cancelled'))
      AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.enrolment_id = e.id)`.execute(db);
  return rows;
}

/** Children who have no enrolment at all. */
export async function childWithoutEnrolmentRows(db: ReadDb): Promise<{ id: number; updated_at: string }[]> {
  const { rows } = await sql<{ id: number; updated_at: string }>`
    SELECT c.id, c.updated_at FROM child c
    WHERE NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.child_id = c.id)`.execute(db);
  return rows;
}
