import type { Generated } from 'kysely';
import type { DeletionKind, DeletionReason } from '../../../shared/erasure/deletion';

/** One deletion outside gallring: what kind, why (a fixed reason), counts; never who or what was deleted. */
export interface DeletionRunTable {
  id: Generated<number>;
  deleted_at: string;
  user_id: number | null;
  kind: DeletionKind;
  reason: DeletionReason | '';
  enrolments: Generated<number>;
  children: Generated<number>;
  records: Generated<number>;
}
