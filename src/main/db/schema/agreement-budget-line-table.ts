import type { Generated } from 'kysely';

export interface AgreementBudgetLineTable {
  id: Generated<number>;
  agreement_id: number;
  year: number;
  position: number;
  label: string;
  amount: number;
}
