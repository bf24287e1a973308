import type { Generated } from 'kysely';

export interface AgreementPartyContactTable {
  id: Generated<number>;
  agreement_id: number;
  organisation_id: number;
  position: number;
  name: string;
  title: string;
  phone: string;
  email: string;
}
