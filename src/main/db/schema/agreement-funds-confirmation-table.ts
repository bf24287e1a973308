import type { Generated } from 'kysely';

/** "Provided funds are granted": one year's funds confirmed granted (migration 0009). */
export interface AgreementFundsConfirmationTable {
  id: Generated<number>;
  agreement_id: number;
  year: number;
  granted_on: string;
  granted_by: string;
  decision_reference: string;
  note: string;
  recorded_by_user_id: number | null;
  recorded_at: string;
}
