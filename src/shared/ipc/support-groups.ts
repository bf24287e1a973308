// Contract for programmes, groups, enrolments (with consent, the notice to
// social services and attendance) and the feedback log. Everything here can
// name a child, so only the roles that work with children may call it.
// The schemas live by part in support-groups/: programmes.ts, groups.ts,
// enrolments.ts and feedback.ts; this file holds the channels.
import { z } from 'zod';
import { personalDataRoles } from '../roles';
import { groupStatuses } from '../support-groups/vocabulary';
import { channel } from './channel';
import { id, requiredText } from './common';
import { programmeInput, programme } from './support-groups/programmes';
import { groupInput, groupCloseInput, sessionInput, groupSummary, group } from './support-groups/groups';
import {
  enrolmentCreateInput,
  enrolmentTransitionInput,
  consentInput,
  noticeInput,
  childViewInput,
  preVisitInput,
  feeInput,
  enrolment,
  enrolmentListItem,
  waitingListEntry,
  attendanceInput,
} from './support-groups/enrolments';
import { feedbackInput, feedbackEntry } from './support-groups/feedback';

export * from './support-groups/programmes';
export * from './support-groups/groups';
export * from './support-groups/enrolments';
export * from './support-groups/feedback';

// ---------------------------------------------------------------- channels

const workers = { kind: 'session', roles: personalDataRoles } as const;
export const districtPageSize = 200;
const districtCursor = z.object({ childId: id, enrolmentId: id }).strict();

export const supportGroupsContract = {
  'programmes:list': channel({
    db: 'read',
    input: z
      .object({
        agreementId: id.nullable().default(null),
        /** Part of the name (none: all). */
        query: z.string().trim().max(100).default(''),
        /** At most this many, by name: the programme tab shows the first few and searches for the rest. */
        limit: z.number().int().min(1).max(500).nullable().default(null),
      })
      .strict(),
    output: z.array(programme),
    access: workers,
  }),
  /** How many programmes exist: all the group list needs to offer "Ny grupp" (not the whole list). */
  'programmes:count': channel({
    db: 'read',
    input: z.object({}).strict(),
    output: z.object({ count: z.number().int().nonnegative() }).strict(),
    access: workers,
  }),
  'programmes:get': channel({ db: 'read', input: z.object({ id }).strict(), output: programme, access: workers }),
  'programmes:create': channel({ input: programmeInput, output: programme, access: workers }),
  'programmes:update': channel({
    input: z.object({ id, version: z.number().int(), data: programmeInput }).strict(),
    output: programme,
    access: workers,
  }),

  'supportGroups:list': channel({
    db: 'read',
    input: z
      .object({
        programmeId: id.nullable().default(null),
        status: z.enum(groupStatuses).nullable().default(null),
      })
      .strict(),
    output: z.array(groupSummary),
    access: workers,
  }),
  'supportGroups:get': channel({ db: 'read', input: z.object({ id }).strict(), output: group, access: workers }),
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
  /** Finishes the group and gives every child still in it an outcome, in one step. */
  'supportGroups:close': channel({ input: groupCloseInput, output: group, access: workers }),
  'supportGroups:recordAttendance': channel({ input: attendanceInput, output: group, access: workers }),

  'enrolments:create': channel({ input: enrolmentCreateInput, output: enrolment, access: workers }),
  'enrolments:get': channel({ db: 'read', input: z.object({ id }).strict(), output: enrolment, access: workers }),
  'enrolments:transition': channel({ input: enrolmentTransitionInput, output: enrolment, access: workers }),
  'enrolments:recordConsent': channel({ input: consentInput, output: enrolment, access: workers }),
  'enrolments:recordNotice': channel({ input: noticeInput, output: enrolment, access: workers }),
  'enrolments:recordChildView': channel({ input: childViewInput, output: enrolment, access: workers }),
  'enrolments:recordPreVisit': channel({ input: preVisitInput, output: enrolment, access: workers }),
  'enrolments:setFee': channel({ input: feeInput, output: enrolment, access: workers }),
  'enrolments:waitingList': channel({
    db: 'read',
    input: z.object({ programmeId: id.nullable().default(null) }).strict(),
    output: z.array(waitingListEntry),
    access: workers,
  }),
  'enrolments:byDistrict': channel({
    db: 'read',
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
    db: 'read',
    input: z.object({}).strict(),
    output: z.object({ paused: z.array(enrolmentListItem), notReady: z.array(enrolmentListItem) }),
    access: workers,
  }),

  'feedback:list': channel({
    db: 'read',
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
