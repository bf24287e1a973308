// The three agreements of DOMAIN.md as fixtures: Stockholm–Bris support groups
// (711 833 kr/year, quarterly in advance), Malmö–Region Skåne–Röda Korset
// (400 000 + 400 000 + 270 000 kr, extension decided 9 months before
// 2024-12-31) and an umbrella partnership (4 months' notice to the steering
// group, one appendix per organisation).
import type { AgreementData } from '../../../src/shared/agreements/model';
import { kronor } from '../../../src/shared/agreements/money';
import { templates, type TemplateOrganisation } from '../../../src/shared/agreements/templates';
import type { OrganisationInput } from '../../../src/shared/ipc/organisations';
import type { TempApp } from '../temp-app';

/** Organisations with real organisation numbers (public bodies) or made-up valid ones (Bris here). */
export const registerEntries = {
  stockholm: {
    name: 'Stockholms stad',
    kind: 'municipality',
    orgNumber: '212000-0142',
    city: 'Stockholm',
    street: 'Ragnar Östbergs plan 1',
    postalCode: '105 35',
  },
  bris: {
    name: 'Bris',
    kind: 'nonprofit',
    orgNumber: '802018-1239',
    city: 'Stockholm',
    street: 'Box 1',
    postalCode: '111 22',
  },
  regionSkane: {
    name: 'Region Skåne',
    kind: 'region',
    orgNumber: '232100-0255',
    city: 'Kristianstad',
    street: 'Rådhus Skåne',
    postalCode: '291 89',
  },
  malmo: {
    name: 'Malmö stad',
    kind: 'municipality',
    orgNumber: '212000-1124',
    city: 'Malmö',
    street: 'August Palms plats 1',
    postalCode: '205 80',
  },
  redCross: {
    name: 'Svenska Röda Korset',
    kind: 'nonprofit',
    orgNumber: '802002-8711',
    city: 'Stockholm',
    street: 'Hornsgatan 54',
    postalCode: '118 21',
  },
  saveTheChildren: {
    name: 'Rädda Barnen',
    kind: 'nonprofit',
    orgNumber: '802002-8638',
    city: 'Sundbyberg',
    street: 'Landsvägen 39',
    postalCode: '172 63',
  },
  cityMission: {
    name: 'Stockholms stadsmission',
    kind: 'nonprofit',
    orgNumber: '802003-1954',
    city: 'Stockholm',
    street: 'Lilla Nygatan 6',
    postalCode: '111 28',
  },
} as const;
export type OrgKey = keyof typeof registerEntries;

/** Ids used by the pure rule tests (no database). */
export const pureIds: Record<OrgKey, number> = {
  stockholm: 1,
  bris: 2,
  regionSkane: 3,
  malmo: 4,
  redCross: 5,
  saveTheChildren: 6,
  cityMission: 7,
};

export const org = (key: OrgKey, ids: Record<OrgKey, number> = pureIds): TemplateOrganisation => ({
  id: ids[key],
  name: registerEntries[key].name,
  kind: registerEntries[key].kind,
});

export const nameOf = (id: number, ids: Record<OrgKey, number> = pureIds): string => {
  const key = (Object.keys(ids) as OrgKey[]).find((k) => ids[k] === id);
  return key ? registerEntries[key].name : `okänd ${id}`;
};

export const kindOf = (id: number, ids: Record<OrgKey, number> = pureIds) => {
  const key = (Object.keys(ids) as OrgKey[]).find((k) => ids[k] === id);
  return key ? registerEntries[key].kind : undefined;
};

/** Stockholm–Bris, 2017-01-01–2018-12-31, provided funds are granted. */
export function stockholmBris(ids: Record<OrgKey, number> = pureIds, start = '2017-01-01'): AgreementData {
  return templates.supportGroups.build({
    registrationNumber: 'SN-2017/272',
    title: '',
    start,
    slots: { municipality: [org('stockholm', ids)], organisation: [org('bris', ids)] },
  });
}

/** Malmö–Region Skåne–Röda Korset, 2021-01-01–2024-12-31. */
export function malmoRegionRedCross(
  ids: Record<OrgKey, number> = pureIds,
  start = '2021-01-01',
): AgreementData {
  return templates.coFinanced.build({
    registrationNumber: '2.3.4-565/2021',
    title: '',
    start,
    slots: {
      region: [org('regionSkane', ids)],
      municipality: [org('malmo', ids)],
      organisation: [org('redCross', ids)],
    },
  });
}

/**
 * Malmö's board with three organisations, 2024-01-01–2026-12-31. The template
 * knows no amounts; the tests' caseworker enters 500 000 kr a year for each
 * organisation, paid by the board (`umbrellaTemplateDraft` is the draft as the
 * template leaves it).
 */
export function umbrella(ids: Record<OrgKey, number> = pureIds, start = '2024-01-01'): AgreementData {
  const data = umbrellaTemplateDraft(ids, start);
  const organisations = data.parties.filter((p) => p.role === 'nonprofit').map((p) => p.organisationId);
  const perOrganisation = kronor(500_000);
  const names = [org('redCross', ids), org('saveTheChildren', ids), org('cityMission', ids)];
  const firstYear = Number(data.period.start.slice(0, 4));
  const lastYear = Number(data.period.end.slice(0, 4));
  data.economy.years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => ({
    year: firstYear + i,
    amount: perOrganisation * organisations.length,
    lines: names.map((o) => ({ label: `Insatser ${o.name}`, amount: perOrganisation })),
    funding: organisations.map((id) => ({
      payerOrganisationId: ids.malmo,
      recipientOrganisationId: id,
      amount: perOrganisation,
    })),
  }));
  return data;
}

export function umbrellaTemplateDraft(
  ids: Record<OrgKey, number> = pureIds,
  start = '2024-01-01',
): AgreementData {
  return templates.umbrella.build({
    registrationNumber: 'KS/2016:7',
    title: '',
    start,
    slots: {
      board: [org('malmo', ids)],
      organisations: [org('redCross', ids), org('saveTheChildren', ids), org('cityMission', ids)],
    },
  });
}

/** Every criterion justified (what a caseworker writes before "för beslut"). */
export function withCriteria(data: AgreementData): AgreementData {
  return {
    ...data,
    criteria: {
      ownInitiative: 'Organisationen startade grupperna själv 2015.',
      politicalProgramme: 'Nämndens mål för barn i familjehem.',
      notAssociationGrant: 'Ingår inte i föreningsbidraget.',
      noMarket: 'Ingen annan aktör erbjuder detta.',
      bothContribute: 'Organisationen bidrar med volontärer och lokaler.',
      noDetailedRegulation: 'Organisationen bestämmer upplägget.',
    },
  };
}

export function organisationInput(key: OrgKey): OrganisationInput {
  const e = registerEntries[key];
  return {
    name: e.name,
    kind: e.kind,
    orgNumber: e.orgNumber,
    address: { street: e.street, postalCode: e.postalCode, city: e.city },
    paymentAccount: null,
    contacts: [],
    requirements: [],
  };
}

/** Adds every fixture organisation to the register; returns their ids. */
export async function registerAll(app: TempApp): Promise<Record<OrgKey, number>> {
  const ids = {} as Record<OrgKey, number>;
  for (const key of Object.keys(registerEntries) as OrgKey[]) {
    ids[key] = (await app.must('organisations:create', organisationInput(key))).id;
  }
  return ids;
}
