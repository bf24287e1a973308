import type { Generated } from 'kysely';

/** One erasure: counts only, never who was erased. */
export interface ErasureRunTable {
  id: Generated<number>;
  erased_at: string;
  user_id: number | null;
  groups: number;
  enrolments: number;
  children_deleted: number;
  children_kept: number;
}
