import type { Generated } from 'kysely';
import type {
  CommitmentKind,
  CommitmentMeasure,
  TargetComparison,
  TargetPeriod,
} from '../../../shared/agreements/commitments/commitment';

export interface AgreementCommitmentTable {
  id: Generated<number>;
  agreement_id: number;
  organisation_id: number;
  position: number;
  text: string;
  commitment_key: string;
  appendix_position: number | null;
  kind: CommitmentKind;
  target_count: number | null;
  target_per: TargetPeriod | null;
  target_comparison: TargetComparison | null;
  tolerance_percent: number;
  measure: CommitmentMeasure | null;
  due_date: string | null;
}

export interface AgreementCommitmentTickOffTable {
  id: Generated<number>;
  agreement_id: number;
  commitment_key: string;
  done_on: string;
  what_done: string;
  note: string;
  recorded_by_user_id: number | null;
  recorded_at: string;
}
