// Deletion outside gallring: the kinds of deletion and the fixed reasons a
// mistake is deleted for. The reason is chosen from this list, never typed,
// so the deletion log can hold no personal data.

export const deletionKinds = [
  'child',
  'agreementDraft',
  'organisation',
  'waitingEntries',
  'childrenWithoutEnrolment',
] as const;
export type DeletionKind = (typeof deletionKinds)[number];

/** Why a child was registered by mistake. */
export const childDeletionReasons = ['wrongPerson', 'duplicate', 'testEntry', 'other'] as const;
/** Why an organisation was registered by mistake. */
export const organisationDeletionReasons = ['wrongOrganisation', 'duplicate', 'testEntry', 'other'] as const;

export const deletionReasons = [
  'wrongPerson',
  'duplicate',
  'wrongOrganisation',
  'testEntry',
  'other',
] as const;
export type DeletionReason = (typeof deletionReasons)[number];
