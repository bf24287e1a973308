// Organisation fixtures: real public bodies and non-profits from DOMAIN.md,
// plus made-up ones whose numbers get a correct check digit.
import { luhnCheckDigit } from '../../src/shared/identity/luhn';
import type { OrganisationInput } from '../../src/shared/ipc/organisations';
import type { TempApp } from './temp-app';

/** A valid organisation number from nine digits (the third must be 2 or higher). */
export function orgNumberFrom(nineDigits: string): string {
  const body = nineDigits.padStart(9, '0');
  return `${body.slice(0, 6)}-${body.slice(6)}${luhnCheckDigit(body)}`;
}

export function organisationInput(overrides: Partial<OrganisationInput> = {}): OrganisationInput {
  return {
    name: 'Svenska Röda Korset',
    kind: 'nonprofit',
    orgNumber: '802002-8711',
    address: { street: 'Hornsgatan 54', postalCode: '118 21', city: 'Stockholm' },
    paymentAccount: { kind: 'bankgiro', number: '900-8004' },
    contacts: [],
    requirements: [],
    ...overrides,
  };
}

export const regionSkane = organisationInput({
  name: 'Region Skåne',
  kind: 'region',
  orgNumber: '232100-0255',
  address: { street: '', postalCode: '291 89', city: 'Kristianstad' },
  paymentAccount: null,
});
export const malmoStad = organisationInput({
  name: 'Malmö stad',
  kind: 'municipality',
  orgNumber: '212000-1124',
  address: { street: '', postalCode: '205 80', city: 'Malmö' },
  paymentAccount: null,
});
export const redCross = organisationInput();
/** Red Cross's head of operations, as a contact person. */
export const karinBerg = {
  name: 'Karin Berg',
  role: 'Verksamhetschef',
  phone: '08-452 46 00',
  email: 'karin.berg@example.se',
};
export const saveTheChildren = organisationInput({
  name: 'Rädda Barnen',
  orgNumber: '802002-8638',
  address: { street: 'Landsvägen 39', postalCode: '172 63', city: 'Sundbyberg' },
  paymentAccount: null,
});
export const cityMission = organisationInput({
  name: 'Stockholms stadsmission',
  orgNumber: '802003-1954',
  address: { street: 'Stortorget 3', postalCode: '111 29', city: 'Stockholm' },
  paymentAccount: { kind: 'plusgiro', number: '90 01 22-3' },
});

export async function rowCounts(app: TempApp) {
  const count = async (table: 'organisation' | 'organisation_contact' | 'organisation_requirement') =>
    Number(
      (
        await app.installation.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    organisation: await count('organisation'),
    contact: await count('organisation_contact'),
    requirement: await count('organisation_requirement'),
  };
}
