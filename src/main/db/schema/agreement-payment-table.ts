import type { Generated } from 'kysely';

export interface AgreementPaymentTable {
  id: Generated<number>;
  agreement_id: number;
  kind: 'payment' | 'repayment';
  paid_on: string;
  payer_organisation_id: number;
  recipient_organisation_id: number;
  amount: number;
  reference: string;
  note: string;
  recorded_by_user_id: number | null;
  recorded_at: string;
}
