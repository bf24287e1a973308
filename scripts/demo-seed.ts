// Demo data for `npm run preview --seed`: an installation with a demo admin
// and a handful of organisations, created through the real router exactly as
// the renderer would. The public bodies and well-known non-profits carry their
// real organisation numbers (they are organisations, not people); addresses,
// payment accounts and contact persons are invented, and phone numbers come
// from the ranges Post- och telestyrelsen reserves for fiction.
import type { App } from '../src/main/app/create-app';
import { luhnCheckDigit } from '../src/shared/identity/luhn';
import type { ChannelInput } from '../src/shared/ipc/contract';
import { organisationRequirements, type RequirementStatus } from '../src/shared/organisations/requirements';

export const demoAdmin = { username: 'demo.admin', displayName: 'Dana Demo', password: 'demo-lösenord-2026' };

type OrganisationInput = ChannelInput<'organisations:create'>;

const withCheckDigit = (body: string) => `${body}${luhnCheckDigit(body)}`;
const bankgiro = (body: string) => {
  const digits = withCheckDigit(body);
  return { kind: 'bankgiro' as const, number: `${digits.slice(0, -4)}-${digits.slice(-4)}` };
};
const orgNumber = (body: string) => {
  const digits = withCheckDigit(body);
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
};

/** Every requirement with the given status, except those listed as exceptions. */
function checklist(
  status: RequirementStatus,
  checkedOn: string | null,
  exceptions: Partial<Record<(typeof organisationRequirements)[number], RequirementStatus>> = {},
): OrganisationInput['requirements'] {
  return organisationRequirements.map((requirement) => ({
    requirement,
    status: exceptions[requirement] ?? status,
    comment: exceptions[requirement] === 'unknown' ? 'Underlag begärt, inte inkommet ännu.' : '',
    checkedOn,
  }));
}

export const demoOrganisations: OrganisationInput[] = [
  {
    name: 'Region Skåne',
    kind: 'region',
    orgNumber: '232100-0255',
    address: { street: 'Exempelgatan 1', postalCode: '291 89', city: 'Kristianstad' },
    paymentAccount: null,
    contacts: [
      {
        name: 'Lena Ekström',
        role: 'Utvecklingsledare',
        phone: '040-628 04 10',
        email: 'lena.ekstrom@region.example',
      },
    ],
    requirements: [],
  },
  {
    name: 'Malmö stad',
    kind: 'municipality',
    orgNumber: '212000-1124',
    address: { street: 'Exempeltorget 2', postalCode: '205 80', city: 'Malmö' },
    paymentAccount: null,
    contacts: [
      {
        name: 'Omar Haddad',
        role: 'Handläggare, sociala resursförvaltningen',
        phone: '040-628 04 22',
        email: 'omar.haddad@malmo.example',
      },
    ],
    requirements: [],
  },
  {
    name: 'Svenska Röda Korset',
    kind: 'nonprofit',
    orgNumber: '802002-8711',
    address: { street: 'Demovägen 12', postalCode: '211 20', city: 'Malmö' },
    paymentAccount: bankgiro('590012'),
    contacts: [
      {
        name: 'Maria Svensson',
        role: 'Verksamhetsledare',
        phone: '070-174 06 15',
        email: 'maria.svensson@rodakorset.example',
      },
      { name: 'Ahmed Yusuf', role: 'Gruppledare', phone: '070-174 06 16', email: '' },
    ],
    requirements: checklist('met', '2026-01-20'),
  },
  {
    name: 'Rädda Barnen',
    kind: 'nonprofit',
    orgNumber: '802002-8638',
    address: { street: 'Provgatan 5', postalCode: '118 53', city: 'Stockholm' },
    paymentAccount: bankgiro('590034'),
    contacts: [
      {
        name: 'Sofia Nyberg',
        role: 'Projektledare',
        phone: '08-465 004 30',
        email: 'sofia.nyberg@raddabarnen.example',
      },
    ],
    requirements: checklist('met', '2026-02-03', { conflictOfInterestRoutines: 'unknown' }),
  },
  {
    name: 'Stockholms stadsmission',
    kind: 'nonprofit',
    orgNumber: '802003-1954',
    address: { street: 'Låtsasgränd 3', postalCode: '111 29', city: 'Stockholm' },
    paymentAccount: bankgiro('590056'),
    contacts: [
      {
        name: 'Erik Holm',
        role: 'Enhetschef',
        phone: '08-465 004 41',
        email: 'erik.holm@stadsmissionen.example',
      },
    ],
    requirements: checklist('unknown', null),
  },
  {
    name: 'Föreningen Ljusglimten',
    kind: 'nonprofit',
    orgNumber: orgNumber('802555012'),
    address: { street: 'Fiktiva vägen 8', postalCode: '412 55', city: 'Göteborg' },
    paymentAccount: bankgiro('590078'),
    contacts: [
      {
        name: 'Hanna Berg',
        role: 'Ordförande',
        phone: '031-390 06 20',
        email: 'hanna.berg@ljusglimten.example',
      },
    ],
    requirements: checklist('met', '2025-11-14', { orderlyFinances: 'notMet', ownPaymentAccount: 'unknown' }),
  },
];

/** Creates the installation and the organisations; throws with the router's message on failure. */
export async function seedDemo(app: App, senderUrl: string): Promise<void> {
  const call = async (channel: string, input: unknown) => {
    const result = await app.router.invoke(channel, input, { senderUrl });
    if (!result.ok)
      throw new Error(`${channel}: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
    return result.value;
  };
  await call('installation:setup', { organisationName: 'Demokommunens socialförvaltning', admin: demoAdmin });
  for (const organisation of demoOrganisations) await call('organisations:create', organisation);
}
