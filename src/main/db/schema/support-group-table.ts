import type { Generated } from 'kysely';
import type { GroupStatus } from '../../../shared/support-groups/vocabulary';

export interface SupportGroupTable {
  id: Generated<number>;
  programme_id: number;
  /** A weekend's age subgroup points at its parent group. */
  parent_group_id: number | null;
  name: string;
  /** JSON array of the leaders' names. */
  leaders_json: string;
  location: string;
  start_date: string;
  start_time: string;
  status: GroupStatus;
  age_min: number | null;
  age_max: number | null;
  version: number;
  created_at: string;
  updated_at: string;
}
