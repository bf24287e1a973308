import type { AgreementStatus } from '../../../shared/agreements/model';

/** A saved version of the agreement's data (JSON snapshot), for history and diffs. */
export interface AgreementRevisionTable {
  agreement_id: number;
  revision: number;
  status: AgreementStatus;
  saved_at: string;
  saved_by_user_id: number | null;
  snapshot: string;
}
