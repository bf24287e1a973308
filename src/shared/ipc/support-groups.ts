// Contract for programmes, groups, enrolments (with consent, the notice to
// social services and attendance) and the feedback log. Everything here can
// name a child, so only the roles that work with children may call it.
import { z } from 'zod';
import { personalDataRoles } from '../roles';
import { minimumWeekendDays } from '../support-groups/session-schedule';
import {
  consentDecisions,
  consentMethods,
  consentScopes,
  enrolmentStatuses,
  feedbackCategories,
  feedbackChannels,
  groupStatuses,
  placementBases,
  preVisitKinds,
  programmeFormats,
} from '../support-groups/vocabulary';
import { channel } from './channel';
import { id, isoDateTime, optionalText, requiredText, isoDate } from './common';

export const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'field.time' });
const count = (min: number, max: number) =>
  z
    .number({ error: 'field.number' })
    .int({ error: 'field.number' })
    .min(min, { error: 'field.range' })
    .max(max, { error: 'field.range' });
const ore = z.number({ error: 'field.money' }).int({ error: 'field.money' }).min(0, { error: 'field.money' });

// ---------------------------------------------------------------- programmes

export const programmeInput = z
  .object({
    agreementId: id,
    name: requiredText(200),
    format: z.enum(programmeFormats),
    sessionCount: count(1, 60),
    sessionMinutes: count(15, 720),
    intervalDays: count(0, 60).default(7),
    followUpWeeks: count(0, 26).default(0),
    followUpMinutes: count(0, 720).default(0),
    ageMin: count(0, 30),
    ageMax: count(0, 30),
    groupSizeMin: count(1, 50).default(5),
    groupSizeMax: count(1, 50).default(8),
    targetGroupsPerYear: count(0, 500).nullable().default(null),
    targetChildrenPerYear: count(0, 10_000).nullable().default(null),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.ageMin > v.ageMax) ctx.addIssue({ code: 'custom', message: 'ageRange.order', path: ['ageMax'] });
    if (v.groupSizeMin > v.groupSizeMax)
      ctx.addIssue({ code: 'custom', message: 'groupSize.order', path: ['groupSizeMax'] });
    if (v.format === 'weekend' && v.sessionCount < minimumWeekendDays) {
      ctx.addIssue({ code: 'custom', message: 'schedule.weekendTooShort', path: ['sessionCount'] });
    }
    if (v.format === 'custom' && v.intervalDays < 1)
      ctx.addIssue({ code: 'custom', message: 'field.range', path: ['intervalDays'] });
  });
export type ProgrammeInput = z.input<typeof programmeInput>;
export type ProgrammeData = z.output<typeof programmeInput>;

export const yearProgress = z.object({
  year: z.number().int(),
  groups: z.number().int(),
  children: z.number().int(),
  targetGroups: z.number().int().nullable(),
  targetChildren: z.number().int().nullable(),
});
export type YearProgress = z.infer<typeof yearProgress>;

export const programme = z.object({
  id,
  agreementId: id,
  agreementTitle: z.string(),
  name: z.string(),
  format: z.enum(programmeFormats),
  sessionCount: z.number().int(),
  sessionMinutes: z.number().int(),
  intervalDays: z.number().int(),
  followUpWeeks: z.number().int(),
  followUpMinutes: z.number().int(),
  ageMin: z.number().int(),
  ageMax: z.number().int(),
  groupSizeMin: z.number().int(),
  groupSizeMax: z.number().int(),
  targetGroupsPerYear: z.number().int().nullable(),
  targetChildrenPerYear: z.number().int().nullable(),
  /** This calendar year's groups and children against the targets. */
  progress: yearProgress,
  version: z.number().int(),
});
export type Programme = z.infer<typeof programme>;

// ---------------------------------------------------------------- groups

export const groupInput = z
  .object({
    programmeId: id,
    name: requiredText(200),
    leaders: z.array(requiredText(100)).max(10, { error: 'field.tooMany' }),
    location: optionalText(200),
    startDate: isoDate,
    startTime: timeOfDay,
    status: z.enum(groupStatuses).default('planned'),
    /** A weekend may split into age subgroups: the subgroup names its parent group. */
    parentGroupId: id.nullable().default(null),
    /** The subgroup's own age band; null = the programme's range. */
    ageMin: count(0, 30).nullable().default(null),
    ageMax: count(0, 30).nullable().default(null),
  })
  .strict()
  .superRefine((v, ctx) => {
    if ((v.ageMin === null) !== (v.ageMax === null)) {
      ctx.addIssue({
        code: 'custom',
        message: 'ageRange.both',
        path: [v.ageMin === null ? 'ageMin' : 'ageMax'],
      });
    } else if (v.ageMin !== null && v.ageMax !== null && v.ageMin > v.ageMax) {
      ctx.addIssue({ code: 'custom', message: 'ageRange.order', path: ['ageMax'] });
    }
  });
export type GroupInput = z.input<typeof groupInput>;
export type GroupData = z.output<typeof groupInput>;

export const sessionKinds = ['session', 'fullDay', 'followUp'] as const;
export const session = z.object({
  id,
  date: z.string(),
  startTime: z.string(),
  minutes: z.number().int(),
  kind: z.enum(sessionKinds),
  cancelled: z.boolean(),
});
export type Session = z.infer<typeof session>;

export const sessionInput = z
  .object({
    /** An existing session keeps its attendance; absent for a new session. */
    id: id.optional(),
    date: isoDate,
    startTime: timeOfDay,
    minutes: count(15, 720),
    kind: z.enum(sessionKinds).default('session'),
    cancelled: z.boolean().default(false),
  })
  .strict();

export const capacityView = z.object({
  placed: z.number().int(),
  min: z.number().int(),
  max: z.number().int(),
  free: z.number().int(),
  full: z.boolean(),
  belowMinimum: z.boolean(),
});

/** One thing missing before a child may start, ready for the UI to name. */
export const gateItem = z.object({
  kind: z.enum([
    'noCustodialGuardian',
    'consentMissing',
    'consentRefused',
    'consentWithdrawn',
    'socialServicesNotice',
  ]),
  guardianId: id.nullable(),
  guardianName: z.string().nullable(),
  scope: z.enum(consentScopes).nullable(),
});
export type GateItemView = z.infer<typeof gateItem>;

export const gateView = z.object({ ready: z.boolean(), missing: z.array(gateItem) });

export const rateView = z.object({
  present: z.number().int(),
  recorded: z.number().int(),
  rate: z.number().nullable(),
});

export const participant = z.object({
  enrolmentId: id,
  childId: id,
  childName: z.string(),
  age: z.number().int().nullable(),
  status: z.enum(enrolmentStatuses),
  /** Consent withdrawn: no attendance until it is given again. */
  paused: z.boolean(),
  consentRequired: z.boolean(),
  gate: gateView,
  /** sessionId → present; sessions without a record are absent from the map. */
  attendance: z.record(z.string(), z.boolean()),
  rate: rateView,
});
export type Participant = z.infer<typeof participant>;

export const groupSummary = z.object({
  id,
  programmeId: id,
  programmeName: z.string(),
  name: z.string(),
  startDate: z.string(),
  status: z.enum(groupStatuses),
  location: z.string(),
  parentGroupId: id.nullable(),
  capacity: capacityView,
});
export type GroupSummary = z.infer<typeof groupSummary>;

export const group = z.object({
  id,
  programmeId: id,
  programmeName: z.string(),
  format: z.enum(programmeFormats),
  name: z.string(),
  leaders: z.array(z.string()),
  location: z.string(),
  startDate: z.string(),
  startTime: z.string(),
  status: z.enum(groupStatuses),
  parentGroupId: id.nullable(),
  subgroups: z.array(z.object({ id, name: z.string() })),
  ageMin: z.number().int(),
  ageMax: z.number().int(),
  /** True when the age band is the group's own (a subgroup), not the programme's. */
  ownAgeBand: z.boolean(),
  capacity: capacityView,
  sessions: z.array(session),
  participants: z.array(participant),
  groupRate: rateView,
  version: z.number().int(),
});
export type Group = z.infer<typeof group>;

// ---------------------------------------------------------------- enrolments

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
    guardianId: id,
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
  guardianId: id,
  guardianName: z.string(),
  scope: z.enum(consentScopes),
  decision: z.enum(consentDecisions),
  decidedOn: z.string(),
  method: z.enum(consentMethods),
  documentReference: z.string(),
  recordedBy: z.string().nullable(),
  recordedAt: isoDateTime,
});

export const guardianConsentView = z.object({
  guardianId: id,
  guardianName: z.string(),
  hasCustody: z.boolean(),
  participation: z.enum(['given', 'refused', 'withdrawn', 'missing', 'notRequired']),
  dataSharing: z.enum(['given', 'refused', 'withdrawn', 'missing', 'notRequired']),
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

// ---------------------------------------------------------------- feedback

/** A summary must not name anyone; an identity number is the one thing we can catch for sure. */
const noIdentityNumber = (text: string) => !/\d{6}[-+]?\d{4}/.test(text.replace(/\s/g, ''));

export const feedbackInput = z
  .object({
    agreementId: id,
    programmeId: id.nullable().default(null),
    receivedOn: isoDate,
    channel: z.enum(feedbackChannels),
    category: z.enum(feedbackCategories),
    summary: requiredText(1000).refine(noIdentityNumber, { error: 'feedback.identityNumber' }),
    response: optionalText(2000).refine(noIdentityNumber, { error: 'feedback.identityNumber' }),
    closed: z.boolean().default(false),
    closedOn: isoDate.nullable().default(null),
  })
  .strict();

export const feedbackEntry = z.object({
  id,
  agreementId: id,
  programmeId: id.nullable(),
  receivedOn: z.string(),
  channel: z.enum(feedbackChannels),
  category: z.enum(feedbackCategories),
  summary: z.string(),
  response: z.string(),
  closed: z.boolean(),
  closedOn: z.string().nullable(),
  version: z.number().int(),
});
export type FeedbackEntry = z.infer<typeof feedbackEntry>;

// ---------------------------------------------------------------- channels

const workers = { kind: 'session', roles: personalDataRoles } as const;
export const districtPageSize = 200;
const districtCursor = z.object({ childId: id, enrolmentId: id }).strict();

export const supportGroupsContract = {
  'programmes:list': channel({
    input: z.object({ agreementId: id.nullable().default(null) }).strict(),
    output: z.array(programme),
    access: workers,
  }),
  'programmes:get': channel({ input: z.object({ id }).strict(), output: programme, access: workers }),
  'programmes:create': channel({ input: programmeInput, output: programme, access: workers }),
  'programmes:update': channel({
    input: z.object({ id, version: z.number().int(), data: programmeInput }).strict(),
    output: programme,
    access: workers,
  }),

  'supportGroups:list': channel({
    input: z
      .object({
        programmeId: id.nullable().default(null),
        status: z.enum(groupStatuses).nullable().default(null),
      })
      .strict(),
    output: z.array(groupSummary),
    access: workers,
  }),
  'supportGroups:get': channel({ input: z.object({ id }).strict(), output: group, access: workers }),
  'supportGroups:create': channel({ input: groupInput, output: group, access: workers }),
  'supportGroups:update': channel({
    input: z.object({ id, version: z.number().int(), data: groupInput }).strict(),
    output: group,
    access: workers,
  }),
  'supportGroups:saveSessions': channel({
    input: z
      .object({ groupId: id, version: z.number().int(), sessions: z.array(sessionInput).min(1).max(60) })
      .strict(),
    output: group,
    access: workers,
  }),
  'supportGroups:recordAttendance': channel({ input: attendanceInput, output: group, access: workers }),

  'enrolments:create': channel({ input: enrolmentCreateInput, output: enrolment, access: workers }),
  'enrolments:get': channel({ input: z.object({ id }).strict(), output: enrolment, access: workers }),
  'enrolments:transition': channel({ input: enrolmentTransitionInput, output: enrolment, access: workers }),
  'enrolments:recordConsent': channel({ input: consentInput, output: enrolment, access: workers }),
  'enrolments:recordNotice': channel({ input: noticeInput, output: enrolment, access: workers }),
  'enrolments:recordChildView': channel({ input: childViewInput, output: enrolment, access: workers }),
  'enrolments:recordPreVisit': channel({ input: preVisitInput, output: enrolment, access: workers }),
  'enrolments:setFee': channel({ input: feeInput, output: enrolment, access: workers }),
  'enrolments:waitingList': channel({
    input: z.object({ programmeId: id.nullable().default(null) }).strict(),
    output: z.array(waitingListEntry),
    access: workers,
  }),
  'enrolments:byDistrict': channel({
    input: z
      .object({
        district: requiredText(100),
        activeOnly: z.boolean().default(true),
        /** Keyset paging: where the previous page ended. */
        after: districtCursor.nullable().default(null),
      })
      .strict(),
    output: z.object({ items: z.array(enrolmentListItem), next: districtCursor.nullable() }),
    access: workers,
  }),
  /** The coordinator's dashboard: paused enrolments and children not cleared to start. */
  'enrolments:attention': channel({
    input: z.object({}).strict(),
    output: z.object({ paused: z.array(enrolmentListItem), notReady: z.array(enrolmentListItem) }),
    access: workers,
  }),

  'feedback:list': channel({
    input: z.object({ agreementId: id.nullable().default(null) }).strict(),
    output: z.array(feedbackEntry),
    access: workers,
  }),
  'feedback:create': channel({ input: feedbackInput, output: feedbackEntry, access: workers }),
  'feedback:update': channel({
    input: z.object({ id, version: z.number().int(), data: feedbackInput }).strict(),
    output: feedbackEntry,
    access: workers,
  }),
};
