import type { Generated } from 'kysely';

export interface AgreementCommitmentTable {
  id: Generated<number>;
  agreement_id: number;
  organisation_id: number;
  position: number;
  text: string;
}
