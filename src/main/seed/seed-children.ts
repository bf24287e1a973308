// Synthetic children with guardians: realistic spreads of age (7–18 mostly,
// some 6–24), gender, district, placement basis, identity kind and protected
// identity. Built in memory, written by the batched path.
import type { Insertable } from 'kysely';
import { addDays } from '../../shared/dates';
import { foldText, searchTokens } from '../children/child-search-tokens';
import type { ChildTable } from '../db/schema/child-table';
import type { GuardianTable } from '../db/schema/guardian-table';
import type { Gender, IdentityKind, PlacementBasis } from '../../shared/support-groups/vocabulary';
import type { TestNumberAllocator } from './identity-numbers';
import {
  address,
  adultFirstNames,
  boyNames,
  districts,
  email,
  fictionPhone,
  girlNames,
  homeMunicipality,
  lastNames,
  neutralNames,
  otherMunicipalities,
} from './people';
import type { SeedRandom } from './seed-random';

export interface SeedChild {
  id: number;
  birthDate: string | null;
  birthYear: number;
  placementBasis: PlacementBasis;
  otherMunicipality: boolean;
  /** Ids of guardians with custody (they must consent under SoL or no placement). */
  custodialGuardianIds: number[];
  row: Insertable<ChildTable>;
  guardians: Insertable<GuardianTable>[];
  tokens: string[];
}

/** Picks by weight: `[[value, weight], ...]`. */
export function weighted<T>(random: SeedRandom, options: readonly (readonly [T, number])[]): T {
  const total = options.reduce((sum, [, w]) => sum + w, 0);
  let roll = random.next() * total;
  for (const [value, w] of options) {
    roll -= w;
    if (roll < 0) return value;
  }
  return options[options.length - 1]![0];
}

/** An age at the time of the child's (first) group: mostly 7–18, some 6 and 19–24. */
function ageForGroup(random: SeedRandom): number {
  const roll = random.next();
  if (roll < 0.03) return 6;
  if (roll < 0.93) return 7 + random.int(12);
  return 19 + random.int(6);
}

export function makeChildren(
  count: number,
  firstId: number,
  firstGuardianId: number,
  options: {
    today: string;
    yearsBack: number;
    random: SeedRandom;
    numbers: TestNumberAllocator;
    now: string;
  },
): SeedChild[] {
  const { random, numbers, now } = options;
  const thisYear = Number(options.today.slice(0, 4));
  const children: SeedChild[] = [];
  let guardianId = firstGuardianId;
  for (let i = 0; i < count; i++) {
    const id = firstId + i;
    const gender = weighted<Gender>(random, [
      ['girl', 47],
      ['boy', 47],
      ['other', 3],
      ['undisclosed', 3],
    ]);
    const first =
      gender === 'girl'
        ? random.pick(girlNames)
        : gender === 'boy'
          ? random.pick(boyNames)
          : random.pick(neutralNames);
    const last = random.pick(lastNames);
    const groupYear = thisYear - random.int(options.yearsBack);
    const birthYear = groupYear - ageForGroup(random);
    const wantedDate = addDays(`${birthYear}-01-01`, random.int(365));
    const identity = weighted(random, [
      ['personnummer', 82],
      ['samordningsnummer', 7],
      ['none', 11],
    ] as const);
    const placementBasis = weighted<PlacementBasis>(random, [
      ['SoL', 55],
      ['LVU', 35],
      ['none', 10],
    ]);
    const protectedIdentity = random.next() < 0.02;
    const otherMunicipality = random.next() < 0.08;
    const alias = identity === 'none' && random.next() < 0.5;
    const name = alias ? `${first} (alias)` : `${first} ${last}`;

    let identityNumber: string | null = null;
    let birthDate: string | null = wantedDate;
    let identityKind: IdentityKind = identity;
    if (identity !== 'none') {
      const odd = gender === 'boy' ? true : gender === 'girl' ? false : null;
      const allocated = numbers.allocate(wantedDate, identity, odd);
      if (allocated) {
        identityNumber = allocated.value;
        birthDate = allocated.birthDate;
      } else {
        identityKind = 'none'; // The test-number series is used up near this date.
      }
    } else if (random.next() < 0.4) {
      birthDate = null; // Only the year is known.
    }
    const realBirthYear = birthDate ? Number(birthDate.slice(0, 4)) : birthYear;

    const guardianCount = weighted(random, [
      [2, 80],
      [1, 20],
    ]);
    const guardians: Insertable<GuardianTable>[] = [];
    const custodial: number[] = [];
    for (let g = 0; g < guardianCount; g++) {
      const hasCustody = g === 0 || random.next() < 0.8;
      const guardianName = `${random.pick(adultFirstNames)} ${g === 0 ? last : random.pick(lastNames)}`;
      guardians.push({
        id: guardianId,
        child_id: id,
        position: g,
        name: guardianName,
        phone: fictionPhone(random),
        email: random.next() < 0.6 ? email(guardianName) : '',
        has_custody: hasCustody ? 1 : 0,
      });
      if (hasCustody) custodial.push(guardianId);
      guardianId++;
    }

    const home = address(random);
    const fosterName = `Familjen ${random.pick(lastNames)}`;
    const fosterAddress = address(random);
    const caseworker = `${random.pick(adultFirstNames)} ${random.pick(lastNames)}`;
    const row: Insertable<ChildTable> = {
      id,
      name,
      name_folded: foldText(name),
      name_is_alias: alias ? 1 : 0,
      identity_kind: identityKind,
      identity_number: identityNumber,
      birth_date: birthDate,
      birth_year: realBirthYear,
      gender,
      home_municipality: otherMunicipality ? random.pick(otherMunicipalities) : homeMunicipality,
      district: random.pick(districts),
      placement_basis: placementBasis,
      protected_identity: protectedIdentity ? 1 : 0,
      street: home.street,
      postal_code: home.postalCode,
      city: home.city,
      phone: realBirthYear <= thisYear - 12 && random.next() < 0.5 ? fictionPhone(random) : '',
      email: '',
      foster_home_name: placementBasis === 'none' ? '' : fosterName,
      foster_home_phone: placementBasis === 'none' ? '' : fictionPhone(random),
      foster_home_email: placementBasis === 'none' ? '' : email(fosterName),
      foster_home_street: placementBasis === 'none' ? '' : fosterAddress.street,
      foster_home_postal_code: placementBasis === 'none' ? '' : fosterAddress.postalCode,
      foster_home_city: placementBasis === 'none' ? '' : fosterAddress.city,
      caseworker_name: caseworker,
      caseworker_unit: `Familjehemsenheten ${random.pick(districts)}`,
      caseworker_phone: fictionPhone(random),
      caseworker_email: email(caseworker),
      version: 1,
      created_at: now,
      updated_at: now,
    };
    children.push({
      id,
      birthDate,
      birthYear: realBirthYear,
      placementBasis,
      otherMunicipality,
      custodialGuardianIds: custodial,
      row,
      guardians,
      tokens: searchTokens(name, identityNumber),
    });
  }
  return children;
}
