// Enrolments: a child's way through a group, with consent, the notice to
// social services, the child's view, the pre-visit, the fee and attendance.
import { z } from 'zod';
import {
  consentCapacities,
  consentDecisions,
  consentMethods,
  consentScopes,
  enrolmentStatuses,
  placementBases,
  preVisitKinds,
} from '../../support-groups/vocabulary';
import { personTerms } from '../../support-groups/person-term';
import { id, isoDateTime, optionalText, requiredText, isoDate } from '../common';
import { ore } from './fields';
import { gateView, rateView } from './groups';

export const enrolmentCreateInput = z
  .object({
    childId: id,
    programmeId: id,
    groupId: id.nullable().default(null),
    status: z.enum(['interest', 'waitlisted', 'offered']).default('interest'),
    referredOn: isoDate,
    ageOverrideReason: optionalText(500),
    /** A child from another municipality pays a fee for a free place (set per agreement). */
    otherMunicipality: z.boolean().default(false),
  })
  .strict();

export const enrolmentTransitionInput = z
  .object({
    id,
    version: z.number().int(),
    to: z.enum(enrolmentStatuses),
    groupId: id.nullable().optional(),
    /** Required when cancelling (avbruten). */
    reason: optionalText(500),
    ageOverrideReason: optionalText(500).optional(),
  })
  .strict();

export const consentInput = z
  .object({
    enrolmentId: id,
    /** Null: the person consents for themselves (18 or older on the day of the group's first session). */
    guardianId: id.nullable(),
    scope: z.enum(consentScopes),
    decision: z.enum(consentDecisions),
    decidedOn: isoDate,
    method: z.enum(consentMethods),
    documentReference: optionalText(200),
  })
  .strict();

export const noticeInput = z
  .object({
    enrolmentId: id,
    informedOn: isoDate,
    informedBy: requiredText(100),
    informedWhom: requiredText(200),
  })
  .strict();

export const childViewInput = z
  .object({
    enrolmentId: id,
    recordedOn: isoDate,
    summary: requiredText(2000),
    recordedBy: requiredText(100),
  })
  .strict();

export const preVisitInput = z
  .object({ enrolmentId: id, kind: z.enum(preVisitKinds), visitedOn: isoDate, visitedBy: requiredText(100) })
  .strict();

export const feeInput = z
  .object({
    enrolmentId: id,
    applies: z.boolean(),
    amount: ore,
    invoicedOn: isoDate.nullable().default(null),
    paidOn: isoDate.nullable().default(null),
  })
  .strict();

export const consentRecord = z.object({
  id,
  /** Null: the person's own consent. */
  guardianId: id.nullable(),
  guardianName: z.string().nullable(),
  /** The capacity the consent was given in, as it was then. */
  capacity: z.enum(consentCapacities),
  scope: z.enum(consentScopes),
  decision: z.enum(consentDecisions),
  decidedOn: z.string(),
  method: z.enum(consentMethods),
  documentReference: z.string(),
  recordedBy: z.string().nullable(),
  recordedAt: isoDateTime,
});

const consentState = z.enum(['given', 'refused', 'withdrawn', 'missing', 'notRequired']);

export const guardianConsentView = z.object({
  guardianId: id,
  guardianName: z.string(),
  hasCustody: z.boolean(),
  /** The capacity the guardian acts in now (custodian, god man, …). */
  capacity: z.enum(consentCapacities),
  /** "notRequired" for a guardian who is not asked (see consent-rules.ts). */
  participation: consentState,
  dataSharing: consentState,
});

export const enrolment = z.object({
  id,
  childId: id,
  childName: z.string(),
  placementBasis: z.enum(placementBases),
  programmeId: id,
  programmeName: z.string(),
  groupId: id.nullable(),
  groupName: z.string().nullable(),
  groupStartDate: z.string().nullable(),
  status: z.enum(enrolmentStatuses),
  allowedTransitions: z.array(z.enum(enrolmentStatuses)),
  cancelReason: z.string(),
  referredOn: z.string(),
  age: z.number().int().nullable(),
  ageWithinRange: z.boolean().nullable(),
  ageOverrideReason: z.string(),
  consentRequired: z.boolean(),
  consentOverall: z.enum(['notRequired', 'complete', 'incomplete', 'refused', 'withdrawn']),
  /** Who must consent: nobody (LVU), the person (18+), the custodians, or the god man in their place. */
  consentBasis: z.enum(['notRequired', 'self', 'custodians', 'godMan']),
  /** "barnet" or, 18 or older on the group's first session (today without a group), "deltagaren". */
  personTerm: z.enum(personTerms),
  /** The person's own consent when they consent for themselves, else null. */
  selfConsent: z.object({ participation: consentState, dataSharing: consentState }).nullable(),
  guardianConsents: z.array(guardianConsentView),
  consents: z.array(consentRecord),
  notice: z.object({ informedOn: z.string(), informedBy: z.string(), informedWhom: z.string() }).nullable(),
  childView: z.object({ recordedOn: z.string(), summary: z.string(), recordedBy: z.string() }).nullable(),
  preVisit: z
    .object({ kind: z.enum(preVisitKinds), visitedOn: z.string(), visitedBy: z.string() })
    .nullable(),
  fee: z.object({
    applies: z.boolean(),
    amount: z.number().int(),
    invoicedOn: z.string().nullable(),
    paidOn: z.string().nullable(),
  }),
  gate: gateView,
  paused: z.boolean(),
  rate: rateView,
  version: z.number().int(),
});
export type Enrolment = z.infer<typeof enrolment>;

export const enrolmentListItem = z.object({
  id,
  childId: id,
  childName: z.string(),
  district: z.string(),
  programmeName: z.string(),
  groupName: z.string().nullable(),
  status: z.enum(enrolmentStatuses),
  referredOn: z.string(),
  paused: z.boolean(),
  gateReady: z.boolean(),
});
export type EnrolmentListItem = z.infer<typeof enrolmentListItem>;

export const waitingListEntry = z.object({
  enrolmentId: id,
  childId: id,
  childName: z.string(),
  age: z.number().int().nullable(),
  programmeId: id,
  programmeName: z.string(),
  status: z.enum(enrolmentStatuses),
  referredOn: z.string(),
  suggestedGroup: z
    .object({ id, name: z.string(), startDate: z.string(), free: z.number().int() })
    .nullable(),
});
export type WaitingListEntry = z.infer<typeof waitingListEntry>;

export const attendanceInput = z
  .object({
    sessionId: id,
    entries: z
      .array(z.object({ enrolmentId: id, present: z.boolean() }).strict())
      .min(1)
      .max(50),
  })
  .strict();
