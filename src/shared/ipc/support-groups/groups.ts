// Groups run from a programme: their sessions, capacity, participants and
// each child's gate (what must be in place before the child may take part).
import { z } from 'zod';
import {
  consentScopes,
  enrolmentStatuses,
  groupStatuses,
  programmeFormats,
} from '../../support-groups/vocabulary';
import { id, optionalText, requiredText, isoDate, count } from '../common';
import { timeOfDay } from './fields';

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

/**
 * Closing a group: one outcome for every child still in it (offered, admitted
 * or taking part), in one step. A dropped-out child's reason names the session
 * the child came to last; the form fills it in.
 */
export const closingOutcome = z.discriminatedUnion('outcome', [
  z.object({ enrolmentId: id, outcome: z.literal('completed') }).strict(),
  z.object({ enrolmentId: id, outcome: z.literal('droppedOut'), reason: requiredText(500) }).strict(),
]);
export const groupCloseInput = z
  .object({ id, version: z.number().int(), outcomes: z.array(closingOutcome).max(200) })
  .strict();

export const sessionKinds = ['session', 'fullDay', 'followUp'] as const;
export const session = z.object({
  id,
  date: z.string(),
  startTime: z.string(),
  minutes: z.number().int(),
  kind: z.enum(sessionKinds),
  cancelled: z.boolean(),
});

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
