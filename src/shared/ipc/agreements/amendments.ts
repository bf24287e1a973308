// An agreement's life after the decision: amendments (tilläggsavtal) with
// their lifecycle and signatures, notices of the whole agreement or of one
// party, and extension decisions; and how the agreement response shows them.
import { z } from 'zod';
import {
  amendableSections,
  amendmentDeciders,
  amendmentStatuses,
  noticeScopes,
} from '../../agreements/amendments/model';
import { id, optionalText, requiredText } from '../common';
import { calendarDate } from './fields';
import { signatureSchema } from './lifecycle';

const sectionDiff = z.object({
  key: z.string(),
  title: z.string(),
  status: z.enum(['unchanged', 'changed', 'added', 'removed']),
  lines: z.array(z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() })),
});

export const amendmentDecisionSchema = z.object({
  body: requiredText(200),
  date: calendarDate,
  paragraph: requiredText(30),
});

export const amendmentSchema = z.object({
  id,
  number: z.number().int(),
  registrationNumber: z.string(),
  reason: z.string(),
  effectiveFrom: z.string(),
  status: z.enum(amendmentStatuses),
  decider: z.enum(amendmentDeciders),
  /** The sections it changes (keys of the agreement data). */
  sections: z.array(z.enum(amendableSections)),
  /** The changes in words: the agreement before and after, section by section (changed sections only). */
  diff: z.array(sectionDiff),
  concerned: z.array(id),
  acceptedTerms: z.array(id),
  /** Organisations joining by it. */
  joining: z.array(id),
  decision: z.object({ body: z.string(), date: z.string(), paragraph: z.string() }).nullable(),
  signatures: z.array(signatureSchema.extend({ name: z.string() })),
  /** Parties it concerns that have not signed. */
  unsigned: z.array(id),
  recordedSignedBy: z.string().nullable(),
  inForceAt: z.string().nullable(),
  /** Problems that stop its next step (field path → message key); warnings do not. */
  problems: z.record(z.string(), z.string()),
  /** Joining organisations' unmet or unchecked requirements. */
  warnings: z.array(z.object({ organisationId: id, requirements: z.array(z.string()) })),
});
export type AmendmentView = z.infer<typeof amendmentSchema>;

const holdingGroup = z.object({
  groupId: id,
  name: z.string(),
  startDate: z.string(),
  lastSessionDate: z.string().nullable(),
});

export const noticeSchema = z.object({
  id,
  scope: z.enum(noticeScopes),
  organisationId: id,
  givenOn: z.string(),
  months: z.number().int().nullable(),
  ongoingInterventions: z.string(),
  withdrawal: z.object({ on: z.string(), kind: z.enum(['agreed', 'mistake']), note: z.string() }).nullable(),
  recordedAt: z.string(),
  /** For a notice in force: when the notice period ends, when the agreement or party actually ends, and why. */
  periodEnd: z.string().nullable(),
  endsOn: z.string().nullable(),
  holding: z.array(holdingGroup),
  /** True the day it was recorded: it may still be undone as a mistake. */
  undoable: z.boolean(),
});
export type NoticeView = z.infer<typeof noticeSchema>;

export const extensionDecisionSchema = z.object({
  id,
  forEnd: z.string(),
  dueBy: z.string().nullable(),
  decidedOn: z.string(),
  outcome: z.enum(['extend', 'notExtend']),
  newEnd: z.string().nullable(),
  amendmentId: id.nullable(),
  note: z.string(),
});

/** What the agreement response adds about its life after the decision. */
export const lifeSchema = z.object({
  /** The view shown: in force on this date (today unless asked for another). */
  asOf: z.string(),
  amendments: z.array(amendmentSchema),
  notices: z.array(noticeSchema),
  extensionDecisions: z.array(extensionDecisionSchema),
  /** The first agreed end and the latest end the extension terms allow (null: no extension terms). */
  originalEnd: z.string(),
  latestExtendedEnd: z.string().nullable(),
  /** The dates on which the agreement in force changed (an amendment took effect, a party left). */
  changeDates: z.array(z.string()),
});

export const noticeRequestSchema = z.object({
  scope: z.enum(noticeScopes),
  byOrganisationId: id,
  givenOn: calendarDate,
  ongoingInterventions: optionalText(2000),
});

export const amendmentDraftSchema = z.object({
  registrationNumber: optionalText(60),
  reason: requiredText(2000),
  effectiveFrom: calendarDate,
  decider: z.enum(amendmentDeciders),
  concerned: z.array(id).max(30, { error: 'field.tooMany' }),
  acceptedTerms: z.array(id).max(30, { error: 'field.tooMany' }),
});

export const amendmentTransitionSchema = z.discriminatedUnion('to', [
  z.object({ to: z.literal('decided'), decision: amendmentDecisionSchema }),
  z.object({ to: z.literal('inForce') }),
]);
