// The participations a report counts, from the live enrolments and from the
// anonymised records of erased ones, described the same way so a report
// comes out the same before and after erasure. A person is keyed by their
// anonymous person id once they have one (their first erasure), else by the
// negated child id; the two never collide.
import { ageBand } from '../../shared/reports/age-bands';
import type { Participation, ParticipationOutcome } from '../../shared/reports/facts';
import { ageAt } from '../../shared/support-groups/age-rule';
import type { EnrolmentStatus } from '../../shared/support-groups/vocabulary';
import type { DbOrTrx } from '../db/schema/database';
import { participationRows } from './participation-repository';

/** Statuses in which an enrolment counts as taking part (cancelled counts only after attending). */
export const takingPartStatuses: readonly EnrolmentStatus[] = ['admitted', 'participating', 'completed'];

export const outcomeOf = (status: EnrolmentStatus): ParticipationOutcome =>
  status === 'completed' ? 'completed' : status === 'cancelled' ? 'droppedOut' : 'ongoing';

export async function participations(
  db: DbOrTrx,
  agreementIds: readonly number[],
  period: { from: string; to: string },
): Promise<Participation[]> {
  const { live, records } = await participationRows(db, agreementIds, period, takingPartStatuses);
  return [
    ...live
      // A cancelled enrolment counts only if the child attended at least once.
      .filter((r) => r.status !== 'cancelled' || Number(r.attended) > 0)
      .map((r): Participation => ({
        personKey: String(r.person),
        agreementId: r.agreement_id,
        groupId: r.group_id,
        groupStart: r.start_date,
        outcome: outcomeOf(r.status),
        sessionsAttended: Number(r.attended),
        sessionsRecorded: Number(r.recorded),
        ageBand: ageBand(ageAt({ birthDate: r.birth_date, birthYear: r.birth_year }, r.start_date)),
        gender: r.gender,
        district: r.protected_identity === 1 ? null : r.district,
        placementBasis: r.placement_basis,
        otherMunicipality: r.fee_applies === 1,
        feeOre: r.fee_applies === 1 ? r.fee_amount_ore : 0,
      })),
    ...records
      .filter((r) => r.status !== 'cancelled' || r.sessions_attended > 0)
      .map((r): Participation => ({
        personKey: String(r.person_id),
        agreementId: r.agreement_id,
        groupId: r.group_id,
        groupStart: r.start_date,
        outcome: outcomeOf(r.status),
        sessionsAttended: r.sessions_attended,
        sessionsRecorded: r.sessions_recorded,
        ageBand: r.age_band,
        gender: r.gender,
        district: r.protected_identity === 1 ? null : r.district,
        placementBasis: r.placement_basis,
        otherMunicipality: r.other_municipality === 1,
        feeOre: r.fee_ore,
      })),
  ];
}
