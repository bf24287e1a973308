// Child rows to the domain objects that cross IPC. Masking of protected
// identity happens here, so no list or screen can forget it.
import type { Child, ChildSummary, ProtectedDetails } from '../../shared/ipc/children';
import { ageAt } from '../../shared/support-groups/age-rule';
import type { ChildRow, GuardianRow } from './child-repository';

type SummaryRow = Pick<
  ChildRow,
  | 'id'
  | 'name'
  | 'name_is_alias'
  | 'identity_number'
  | 'birth_date'
  | 'birth_year'
  | 'gender'
  | 'home_municipality'
  | 'district'
  | 'placement_basis'
  | 'protected_identity'
  | 'city'
  | 'foster_home_name'
>;

const orNull = (text: string) => (text === '' ? null : text);

export function toChildSummary(row: SummaryRow): ChildSummary {
  const masked = row.protected_identity === 1;
  return {
    id: row.id,
    name: row.name,
    nameIsAlias: row.name_is_alias === 1,
    identityNumber: row.identity_number,
    birthDate: row.birth_date,
    birthYear: row.birth_year,
    gender: row.gender,
    homeMunicipality: row.home_municipality,
    district: row.district,
    placementBasis: row.placement_basis,
    protectedIdentity: masked,
    city: masked ? null : orNull(row.city),
    fosterHomeName: masked ? null : orNull(row.foster_home_name),
  };
}

export function toProtectedDetails(row: ChildRow): ProtectedDetails {
  return {
    address: { street: row.street, postalCode: row.postal_code, city: row.city },
    phone: row.phone,
    email: row.email,
    fosterHome: {
      name: row.foster_home_name,
      phone: row.foster_home_phone,
      email: row.foster_home_email,
      address: {
        street: row.foster_home_street,
        postalCode: row.foster_home_postal_code,
        city: row.foster_home_city,
      },
    },
  };
}

export function toChild(
  row: ChildRow,
  parts: {
    guardians: GuardianRow[];
    possibleDuplicateIds: number[];
    concernReports: Child['concernReports'];
    enrolments: Child['enrolments'];
    protectionChanges: Child['protectionChanges'];
    today: string;
  },
): Child {
  return {
    id: row.id,
    name: row.name,
    nameIsAlias: row.name_is_alias === 1,
    identityKind: row.identity_kind,
    identityNumber: row.identity_number,
    birthDate: row.birth_date,
    birthYear: row.birth_year,
    ageBand: row.age_band,
    ageBandOn: row.age_band_on,
    age: ageAt({ birthDate: row.birth_date, birthYear: row.birth_year }, parts.today),
    gender: row.gender,
    homeMunicipality: row.home_municipality,
    district: row.district,
    placementBasis: row.placement_basis,
    protectedIdentity: row.protected_identity === 1,
    contact:
      row.protected_identity === 1 ? { masked: true } : { masked: false, details: toProtectedDetails(row) },
    guardians: parts.guardians.map((g) => ({
      id: g.id,
      name: g.name,
      phone: g.phone,
      email: g.email,
      hasCustody: g.has_custody === 1,
      representative: g.representative,
    })),
    caseworker: {
      name: row.caseworker_name,
      unit: row.caseworker_unit,
      phone: row.caseworker_phone,
      email: row.caseworker_email,
    },
    possibleDuplicateIds: parts.possibleDuplicateIds,
    concernReports: parts.concernReports,
    enrolments: parts.enrolments,
    protectionChanges: parts.protectionChanges,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
