import type { Generated } from 'kysely';
import type { ProgrammeFormat } from '../../../shared/support-groups/vocabulary';

export interface ProgrammeTable {
  id: Generated<number>;
  agreement_id: number;
  /** The non-profit party running it (its appendix in an umbrella); null: the agreement as a whole. */
  organisation_id: number | null;
  name: string;
  format: ProgrammeFormat;
  session_count: number;
  session_minutes: number;
  interval_days: number;
  follow_up_weeks: number;
  follow_up_minutes: number;
  age_min: number;
  age_max: number;
  group_size_min: number;
  group_size_max: number;
  target_groups_per_year: number | null;
  target_children_per_year: number | null;
  version: number;
  created_at: string;
  updated_at: string;
}
