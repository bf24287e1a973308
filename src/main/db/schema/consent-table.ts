import type { Generated } from 'kysely';
import type {
  ConsentCapacity,
  ConsentDecision,
  ConsentMethod,
  ConsentScope,
} from '../../../shared/support-groups/vocabulary';

export interface ConsentTable {
  id: Generated<number>;
  enrolment_id: number;
  /** Null: the person consented for themselves. */
  guardian_id: number | null;
  /** The capacity the consent was given in, kept as it was then. */
  capacity: ConsentCapacity;
  scope: ConsentScope;
  decision: ConsentDecision;
  decided_on: string;
  method: ConsentMethod;
  document_reference: string;
  recorded_by_user_id: number | null;
  recorded_at: string;
}
