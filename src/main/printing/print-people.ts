// The children a printout names, read for printing, with protected identity
// (skyddade personuppgifter) masked here, in one place: a protected child's
// address, phone and foster home reach a document only when the print is the
// revealed one (`printing:printRevealed`, audited as that channel).
import type { PlacementBasis, Representative } from '../../shared/support-groups/vocabulary';
import { getChildRow, getGuardianRows } from '../children/child-repository';
import { AppFailure } from '../base/app-error';
import { responsibleDistrict } from '../erasure/erasure-groups';
import type { ReadDb } from '../db/handles';
import { missing } from '../documents/document-model';

export interface PrintGuardian {
  id: number;
  name: string;
  phone: string;
  hasCustody: boolean;
  representative: Representative | null;
}

/** The contact details protected identity hides; null when they are withheld from this print. */
export interface ShownDetails {
  address: string;
  fosterHome: { name: string; phone: string };
}

export interface PrintChild {
  id: number;
  name: string;
  /** The identity number, else what is known of the birth, else empty. */
  identity: string;
  /** What `identity` is: Personnummer, Samordningsnummer or Född. */
  identityLabel: string;
  placementBasis: PlacementBasis;
  /** The district the child's social services are in (district, else home municipality). */
  district: string;
  protectedIdentity: boolean;
  details: ShownDetails | null;
  guardians: PrintGuardian[];
  caseworker: { name: string; unit: string; phone: string; email: string };
}

/** What masking a set of children for one print did: how many were withheld, how many shown. */
export interface Disclosure {
  withheld: number;
  revealed: number;
}

const joined = (parts: string[], separator: string) =>
  parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join(separator);

export async function printChild(db: ReadDb, childId: number, reveal: boolean): Promise<PrintChild> {
  const row = await getChildRow(db, childId);
  if (!row) throw new AppFailure('notFound');
  const guardians = await getGuardianRows(db, childId);
  const masked = row.protected_identity === 1 && !reveal;
  return {
    id: row.id,
    name: row.name,
    identity:
      row.identity_number ?? row.birth_date ?? (row.birth_year === null ? '' : String(row.birth_year)),
    identityLabel:
      row.identity_number === null
        ? 'Född'
        : row.identity_kind === 'samordningsnummer'
          ? 'Samordningsnummer'
          : 'Personnummer',
    placementBasis: row.placement_basis,
    district: responsibleDistrict(row.district, row.home_municipality),
    protectedIdentity: row.protected_identity === 1,
    details: masked
      ? null
      : {
          address: joined([row.street, joined([row.postal_code, row.city], ' ')], ', '),
          fosterHome: { name: row.foster_home_name, phone: row.foster_home_phone },
        },
    guardians: guardians.map((g) => ({
      id: g.id,
      name: g.name,
      phone: g.phone,
      hasCustody: g.has_custody === 1,
      representative: g.representative,
    })),
    caseworker: {
      name: row.caseworker_name,
      unit: row.caseworker_unit,
      phone: row.caseworker_phone,
      email: row.caseworker_email,
    },
  };
}

export function disclosureOf(children: readonly PrintChild[]): Disclosure {
  const protectedOnes = children.filter((c) => c.protectedIdentity);
  return {
    withheld: protectedOnes.filter((c) => c.details === null).length,
    revealed: protectedOnes.filter((c) => c.details !== null).length,
  };
}

/** Said wherever a protected child's details would stand. */
export const withheldText = 'Skyddade personuppgifter – skrivs inte ut';

/**
 * Who to call if something happens: the foster home where there is one,
 * else the first guardian with custody (or the god man) with a phone number.
 */
export function emergencyContact(child: PrintChild): { who: string; phone: string } {
  if (child.details === null) return { who: withheldText, phone: '' };
  const home = child.details.fosterHome;
  if (home.name.trim() !== '') return { who: `Familjehem: ${home.name}`, phone: home.phone || missing };
  const guardian =
    child.guardians.find((g) => g.phone !== '' && (g.hasCustody || g.representative !== null)) ??
    child.guardians.find((g) => g.phone !== '');
  if (guardian) return { who: guardian.name, phone: guardian.phone };
  return { who: missing, phone: missing };
}
