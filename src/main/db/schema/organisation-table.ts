import type { Generated } from 'kysely';
import type { OrganisationKind } from '../../../shared/organisations/kinds';

export interface OrganisationTable {
  id: Generated<number>;
  name: string;
  /** Lower-cased name, for case-insensitive search with an index. */
  name_folded: string;
  kind: OrganisationKind;
  org_number: string;
  street: string;
  postal_code: string;
  city: string;
  payment_account_kind: 'bankgiro' | 'plusgiro' | null;
  payment_account_number: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}
