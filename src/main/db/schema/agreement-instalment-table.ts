import type { Generated } from 'kysely';

/** Instalments of a custom payment plan. */
export interface AgreementInstalmentTable {
  id: Generated<number>;
  agreement_id: number;
  position: number;
  due_date: string;
  payer_organisation_id: number;
  recipient_organisation_id: number;
  amount: number;
}
