import type { Generated } from 'kysely';

export interface OrganisationContactTable {
  id: Generated<number>;
  organisation_id: number;
  position: number;
  name: string;
  role: string;
  phone: string;
  email: string;
}
