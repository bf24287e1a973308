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
