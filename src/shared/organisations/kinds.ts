export const organisationKinds = ['municipality', 'region', 'stateAgency', 'nonprofit'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];
