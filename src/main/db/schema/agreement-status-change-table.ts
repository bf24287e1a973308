import type { Generated } from 'kysely';
import type { AgreementStatus } from '../../../shared/agreements/model';

export interface AgreementStatusChangeTable {
  id: Generated<number>;
  agreement_id: number;
  from_status: AgreementStatus | null;
  to_status: AgreementStatus;
  at: string;
  user_id: number | null;
}
