// The fixed word lists of the support-group domain (stored values; the UI
// shows Swedish labels for them).

export const genders = ['girl', 'boy', 'other', 'undisclosed'] as const;
export type Gender = (typeof genders)[number];

/** SoL: voluntary placement; LVU: compulsory care; none: not placed. */
export const placementBases = ['SoL', 'LVU', 'none'] as const;
export type PlacementBasis = (typeof placementBases)[number];

export const identityKinds = ['personnummer', 'samordningsnummer', 'none'] as const;
export type IdentityKind = (typeof identityKinds)[number];

export const programmeFormats = ['weekly', 'weekend', 'custom'] as const;
export type ProgrammeFormat = (typeof programmeFormats)[number];

/** planerad, öppen för anmälan, pågår, avslutad, inställd. */
export const groupStatuses = ['planned', 'open', 'running', 'finished', 'cancelled'] as const;
export type GroupStatus = (typeof groupStatuses)[number];

/** intresseanmälan, väntelista, erbjuden plats, antagen, deltar, genomförd, avbruten. */
export const enrolmentStatuses = [
  'interest',
  'waitlisted',
  'offered',
  'admitted',
  'participating',
  'completed',
  'cancelled',
] as const;
export type EnrolmentStatus = (typeof enrolmentStatuses)[number];

export const consentScopes = ['participation', 'dataSharing'] as const;
export type ConsentScope = (typeof consentScopes)[number];

export const consentDecisions = ['given', 'refused', 'withdrawn'] as const;
export type ConsentDecision = (typeof consentDecisions)[number];

export const consentMethods = ['written', 'oral'] as const;
export type ConsentMethod = (typeof consentMethods)[number];

/** Hembesök, or the child and foster family visiting the organisation. */
export const preVisitKinds = ['homeVisit', 'visitToOrganisation'] as const;
export type PreVisitKind = (typeof preVisitKinds)[number];

export const feedbackChannels = ['conversation', 'phone', 'email', 'letter', 'form', 'other'] as const;
export type FeedbackChannel = (typeof feedbackChannels)[number];

export const feedbackCategories = ['praise', 'suggestion', 'complaint', 'question'] as const;
export type FeedbackCategory = (typeof feedbackCategories)[number];

/** Default fee for a child from another municipality (DOMAIN.md: 5 000 kr). */
export const defaultOtherMunicipalityFeeKr = 5000;

/** God man, särskilt förordnad vårdnadshavare: the kind of representative on a guardian record. */
export const representatives = ['godMan', 'specialCustodian'] as const;
export type Representative = (typeof representatives)[number];

/**
 * The capacity in which a consent was given, kept on the consent: a
 * custodian, a god man or särskilt förordnad vårdnadshavare, a guardian
 * without custody, or the person themselves (18 or older).
 */
export const consentCapacities = ['custodian', 'godMan', 'specialCustodian', 'noCustody', 'self'] as const;
export type ConsentCapacity = (typeof consentCapacities)[number];

/**
 * Age bands entered by hand for a person with no number and no known birth
 * year. They split at 18, so a band decides who consents.
 */
export const estimatedAgeBands = ['under13', '13-15', '16-17', '18-20', '21-24', '25+'] as const;
export type EstimatedAgeBand = (typeof estimatedAgeBands)[number];
export const estimatedAgeBandBounds: Record<EstimatedAgeBand, readonly [number, number]> = {
  under13: [0, 12],
  '13-15': [13, 15],
  '16-17': [16, 17],
  '18-20': [18, 20],
  '21-24': [21, 24],
  '25+': [25, 120],
};
