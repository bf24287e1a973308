import type { Generated } from 'kysely';

export interface AgreementGovernanceMemberTable {
  id: Generated<number>;
  agreement_id: number;
  body_key: string;
  position: number;
  organisation_id: number;
  name: string;
  title: string;
}
