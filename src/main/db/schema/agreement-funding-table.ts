import type { Generated } from 'kysely';

export interface AgreementFundingTable {
  id: Generated<number>;
  agreement_id: number;
  year: number;
  position: number;
  payer_organisation_id: number;
  /** null: the payer's own contribution. */
  recipient_organisation_id: number | null;
  amount: number;
}
