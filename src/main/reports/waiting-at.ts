// How many children were waiting for a place on a given day: referred by
// then, not yet started in a group, not yet ended. Enrolments keep only their
// current status, so "started" means placed in a group that had begun by that
// day, and "ended" means completed or cancelled on or before it (the day of
// the last change). Erased enrolments answer from their records the same way.
import { swedishDay } from '../../shared/dates';
import type { EnrolmentStatus } from '../../shared/support-groups/vocabulary';
import type { ReadDb } from '../db/handles';
import { waitingCandidates } from './participation-repository';

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

/**
 * endedOn for many enrolments: the Swedish day is the same for every instant
 * within one UTC hour (midnight and the clock changes in Stockholm fall on
 * whole UTC hours), so it is worked out once per hour of a UTC ISO time.
 */
export function endedOnByHour(): typeof endedOn {
  const days = new Map<string, string>();
  return (status, updatedAt) => {
    if (status !== 'completed' && status !== 'cancelled') return null;
    if (updatedAt.length !== 24 || updatedAt[10] !== 'T' || !updatedAt.endsWith('Z')) return endedOn(status, updatedAt);
    const hour = updatedAt.slice(0, 13);
    let found = days.get(hour);
    if (found === undefined) {
      found = swedishDay(new Date(updatedAt));
      days.set(hour, found);
    }
    return found;
  };
}

export async function waitingAt(db: ReadDb, agreementIds: readonly number[], day: string): Promise<number> {
  const { live, records } = await waitingCandidates(db, agreementIds, day);
  const persons = new Set<number>();
  const ended = endedOnByHour();
  for (const r of live) {
    if (
      wasWaiting(
        { status: r.status, groupStart: r.start_date, endedOn: ended(r.status, r.updated_at) },
        day,
      )
    )
      persons.add(r.person);
  }
  for (const r of records) {
    if (wasWaiting({ status: r.status, groupStart: r.start_date, endedOn: r.ended_on }, day))
      persons.add(r.person);
  }
  return persons.size;
}
