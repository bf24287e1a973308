import type { Generated } from 'kysely';
import type { AgeBand } from '../../../shared/reports/age-bands';
import type { EnrolmentStatus, Gender, PlacementBasis } from '../../../shared/support-groups/vocabulary';

/** What reports need of an erased enrolment, without anything that names the child. */
export interface ParticipationRecordTable {
  id: Generated<number>;
  person_id: number;
  agreement_id: number;
  programme_id: number;
  group_id: number;
  status: EnrolmentStatus;
  referred_on: string;
  ended_on: string | null;
  age_band: AgeBand;
  gender: Gender;
  district: string;
  protected_identity: 0 | 1;
  placement_basis: PlacementBasis;
  other_municipality: 0 | 1;
  fee_ore: number;
  sessions_attended: number;
  sessions_recorded: number;
  erased_on: string;
}
