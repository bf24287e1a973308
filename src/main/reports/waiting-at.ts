// How many children were waiting for a place on a given day: referred by
// then, not yet started in a group, not yet ended. Enrolments keep only their
// current status, so "started" means placed in a group that had begun by that
// day, and "ended" means completed or cancelled on or before it (the day of
// the last change). Erased enrolments answer from their records the same way.
import { sql } from 'kysely';
import { swedishDay } from '../../shared/dates';
import type { EnrolmentStatus } from '../../shared/support-groups/vocabulary';
import type { DbOrTrx } from '../db/schema/database';
import { inAgreements } from './participations';

interface Candidate {
  person: number;
  status: EnrolmentStatus;
  start_date: string | null;
  ended_on: string | null;
}

const waitingStatuses: ReadonlySet<EnrolmentStatus> = new Set(['interest', 'waitlisted']);

export function wasWaiting(
  c: { status: EnrolmentStatus; groupStart: string | null; endedOn: string | null },
  day: string,
): boolean {
  if (waitingStatuses.has(c.status)) return true;
  const ended =
    (c.status === 'completed' || c.status === 'cancelled') && c.endedOn !== null && c.endedOn <= day;
  const started = c.groupStart !== null && c.groupStart <= day;
  return !ended && !started;
}

/** The day an enrolment that is over ended: the Swedish day of its last change. */
export const endedOn = (status: EnrolmentStatus, updatedAt: string): string | null =>
  status === 'completed' || status === 'cancelled' ? swedishDay(new Date(updatedAt)) : null;

export async function waitingAt(db: DbOrTrx, agreementIds: readonly number[], day: string): Promise<number> {
  // Only three kinds of enrolment can have been waiting on `day`, each found through an index:
  // still on the list now; placed in a group that starts after `day`; cancelled without a group.
  const live = await sql<Candidate & { updated_at: string }>`
    WITH scoped AS MATERIALIZED (
      SELECT p.id FROM programme p WHERE ${inAgreements(sql.ref('p.agreement_id'), agreementIds)}
    )
    SELECT coalesce(ap.id, -e.child_id) AS person, e.status, NULL AS start_date, NULL AS ended_on, e.updated_at
    FROM scoped s CROSS JOIN enrolment e ON e.programme_id = s.id AND e.status IN ('interest', 'waitlisted') AND e.referred_on <= ${day}
    LEFT JOIN anonymous_person ap ON ap.child_id = e.child_id
    UNION ALL
    SELECT coalesce(ap.id, -e.child_id), e.status, g.start_date, NULL, e.updated_at
    FROM scoped s CROSS JOIN support_group g ON g.programme_id = s.id AND g.start_date > ${day}
    CROSS JOIN enrolment e INDEXED BY enrolment_report ON e.group_id = g.id
    LEFT JOIN anonymous_person ap ON ap.child_id = e.child_id
    WHERE e.referred_on <= ${day} AND e.status NOT IN ('interest', 'waitlisted')
    UNION ALL
    SELECT coalesce(ap.id, -e.child_id), e.status, NULL, NULL, e.updated_at
    FROM scoped s CROSS JOIN enrolment e INDEXED BY enrolment_ungrouped
      ON e.programme_id = s.id AND e.status = 'cancelled' AND e.referred_on <= ${day} AND e.group_id IS NULL
    LEFT JOIN anonymous_person ap ON ap.child_id = e.child_id`.execute(db);
  const records = await sql<Candidate>`
    SELECT r.person_id AS person, r.status, g.start_date, r.ended_on
    FROM participation_record r JOIN support_group g ON g.id = r.group_id
    WHERE r.referred_on <= ${day} AND ${inAgreements(sql.ref('r.agreement_id'), agreementIds)}
      AND (g.start_date > ${day} OR r.status IN ('interest', 'waitlisted'))`.execute(db);
  const persons = new Set<number>();
  for (const r of live.rows) {
    if (
      wasWaiting(
        { status: r.status, groupStart: r.start_date, endedOn: endedOn(r.status, r.updated_at) },
        day,
      )
    )
      persons.add(r.person);
  }
  for (const r of records.rows) {
    if (wasWaiting({ status: r.status, groupStart: r.start_date, endedOn: r.ended_on }, day))
      persons.add(r.person);
  }
  return persons.size;
}
