import type { Generated } from 'kysely';
import type {
  EstimatedAgeBand,
  Gender,
  IdentityKind,
  PlacementBasis,
} from '../../../shared/support-groups/vocabulary';

export interface ChildTable {
  id: Generated<number>;
  name: string;
  /** Lower-cased name, for the possible-duplicate check. */
  name_folded: string;
  name_is_alias: 0 | 1;
  identity_kind: IdentityKind;
  /** Canonical `YYYYMMDD-NNNC`; null without a Swedish number. */
  identity_number: string | null;
  birth_date: string | null;
  birth_year: number | null;
  /** An age band entered by hand when not even the birth year is known. */
  age_band: EstimatedAgeBand | null;
  /** The day the age band was entered (the band ages from then). */
  age_band_on: string | null;
  gender: Gender;
  home_municipality: string;
  district: string;
  placement_basis: PlacementBasis;
  protected_identity: 0 | 1;
  street: string;
  postal_code: string;
  city: string;
  phone: string;
  email: string;
  foster_home_name: string;
  foster_home_phone: string;
  foster_home_email: string;
  foster_home_street: string;
  foster_home_postal_code: string;
  foster_home_city: string;
  caseworker_name: string;
  caseworker_unit: string;
  caseworker_phone: string;
  caseworker_email: string;
  version: number;
  created_at: string;
  updated_at: string;
}
