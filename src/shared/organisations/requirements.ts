// The organisation-requirements checklist for non-profit partners (DOMAIN.md,
// "Organisations that a social-services administration partners with").
export const organisationRequirements = [
  'democraticValues',
  'rejectsViolence',
  'noViolentPartners',
  'antiDiscrimination',
  'democraticStructure',
  'participantInfluence',
  'statutesNonProfit',
  'orderlyFinances',
  'ownPaymentAccount',
  'followsLaw',
  'conflictOfInterestRoutines',
] as const;
export type OrganisationRequirement = (typeof organisationRequirements)[number];

export const requirementStatuses = ['met', 'notMet', 'unknown'] as const;
export type RequirementStatus = (typeof requirementStatuses)[number];
