import type { Generated } from 'kysely';

export interface AgreementAmendmentTable {
  id: Generated<number>;
  agreement_id: number;
  position: number;
  amended_on: string;
  description: string;
  signed_by: string;
}
