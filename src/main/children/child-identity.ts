// Turns the identity part of a child form into stored columns: a valid
// personnummer or samordningsnummer (checked against today's date), or for a
// person without a Swedish number a birth date, a birth year, or when not even
// the year is known an age band entered by hand (kept with the day it was
// entered, so the band ages: see consent-rules.ts).
import type { ChildData } from '../../shared/ipc/children';
import { parseIdentityNumber } from '../../shared/identity/personal-identity-number';
import type { EstimatedAgeBand, IdentityKind } from '../../shared/support-groups/vocabulary';
import { AppFailure } from '../base/app-error';

export interface IdentityColumns {
  identity_kind: IdentityKind;
  identity_number: string | null;
  birth_date: string | null;
  birth_year: number | null;
  age_band: EstimatedAgeBand | null;
  age_band_on: string | null;
}

const noBand = { age_band: null, age_band_on: null } as const;

const invalid = (field: string, key: string) => new AppFailure('validation', { fields: { [field]: key } });

/** `stored`: the band as saved, whose day is kept when the same band is saved again. */
export function identityColumns(
  data: ChildData,
  today: string,
  stored?: { age_band: EstimatedAgeBand | null; age_band_on: string | null },
): IdentityColumns {
  if (data.identityKind === 'none') {
    if (data.birthDate !== null) {
      if (data.birthDate > today) throw invalid('birthDate', 'field.futureDate');
      return {
        identity_kind: 'none',
        identity_number: null,
        birth_date: data.birthDate,
        birth_year: Number(data.birthDate.slice(0, 4)),
        ...noBand,
      };
    }
    if (data.birthYear === null) {
      if (data.ageBand === null) throw invalid('birthDate', 'identity.birthRequired');
      const kept = stored?.age_band === data.ageBand ? stored.age_band_on : null;
      return {
        identity_kind: 'none',
        identity_number: null,
        birth_date: null,
        birth_year: null,
        age_band: data.ageBand,
        age_band_on: kept ?? today,
      };
    }
    if (data.birthYear > Number(today.slice(0, 4))) throw invalid('birthYear', 'field.year');
    return {
      identity_kind: 'none',
      identity_number: null,
      birth_date: null,
      birth_year: data.birthYear,
      ...noBand,
    };
  }
  const parsed = parseIdentityNumber(data.identityNumber, today);
  if (!parsed.ok) throw invalid('identityNumber', parsed.problem);
  if (parsed.value.kind !== data.identityKind) throw invalid('identityNumber', 'identity.kindMismatch');
  return {
    identity_kind: parsed.value.kind,
    identity_number: parsed.value.value,
    birth_date: parsed.value.birthDate,
    birth_year: Number(parsed.value.birthDate.slice(0, 4)),
    ...noBand,
  };
}
