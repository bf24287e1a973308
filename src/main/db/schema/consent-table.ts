import type { Generated } from 'kysely';
import type { ConsentDecision, ConsentMethod, ConsentScope } from '../../../shared/support-groups/vocabulary';

export interface ConsentTable {
  id: Generated<number>;
  enrolment_id: number;
  guardian_id: number;
  scope: ConsentScope;
  decision: ConsentDecision;
  decided_on: string;
  method: ConsentMethod;
  document_reference: string;
  recorded_by_user_id: number | null;
  recorded_at: string;
}
