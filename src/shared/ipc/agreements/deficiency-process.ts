// A deficiency (brist) and the process it goes through: the commitment or term
// it concerns, the meeting where it was found, its steps (dialogue, action plan
// required and received, follow-up, outcome) with the stage it is at and the
// steps allowed next; and a party's notifications of changed circumstances.
// Who may call what: read by the roles that see personal data (free texts may
// name people); steps and notifications recorded by admin and caseworker.
import { z } from 'zod';
import { deficiencyOutcomes } from '../../agreements/deficiencies';
import {
  circumstanceNoticeStatuses,
  deficiencyStepKinds,
  stepDecisions,
  stepResults,
} from '../../agreements/deficiency-process';
import { personalDataRoles } from '../../roles';
import { channel } from '../channel';
import { id, isoDateTime, optionalText, requiredText } from '../common';
import { calendarDate } from './fields';

const readers = { kind: 'session', roles: personalDataRoles } as const;
const writers = { kind: 'session', roles: ['admin', 'caseworker'] } as const;

export const deficiencyStepSchema = z.object({
  kind: z.enum(deficiencyStepKinds),
  date: z.string(),
  /** Who took the step: a person or a body, in words ("Styrgruppen"). */
  by: z.string(),
  meetingId: id.nullable(),
  deadline: z.string().nullable(),
  responsibleOrganisationId: id.nullable(),
  followUpBy: z.string().nullable(),
  result: z.enum(stepResults).nullable(),
  decision: z.enum(stepDecisions).nullable(),
  note: z.string(),
  recordedBy: z.string().nullable(),
  recordedAt: isoDateTime,
});
export type DeficiencyStep = z.infer<typeof deficiencyStepSchema>;

export const deficiencySchema = z.object({
  id,
  organisationId: id,
  description: z.string(),
  /** The key (c1, c2, …) of the commitment it concerns; null for a term in words. */
  commitmentKey: z.string().nullable(),
  /** The commitment's text as it reads now; as it read when recorded if it has since been removed; or the term in words. */
  commitmentText: z.string(),
  /** It concerns a commitment that an amendment has since removed from the agreement. */
  commitmentRemoved: z.boolean(),
  /** The governance meeting where it was found. */
  meetingId: id.nullable(),
  foundOn: z.string(),
  remedyBy: z.string(),
  outcome: z.enum(deficiencyOutcomes),
  outcomeOn: z.string().nullable(),
  outcomeNote: z.string(),
  /** A rescission rests on it: its outcome can no longer change. */
  groundsRescission: z.boolean(),
  recordedBy: z.string().nullable(),
  recordedAt: isoDateTime,
  steps: z.array(deficiencyStepSchema),
  stage: z.enum([
    'found',
    'dialogue',
    'actionPlanRequired',
    'actionPlanReceived',
    'followUp',
    'newPlan',
    'closed',
  ]),
  /** The steps that may be recorded next (none once closed). */
  nextSteps: z.array(z.enum(deficiencyStepKinds)),
});

export const circumstanceNoticeSchema = z.object({
  id,
  organisationId: id,
  notifiedOn: z.string(),
  whatChanged: z.string(),
  /** The texts of the commitments it touches. */
  commitments: z.array(z.string()),
  status: z.enum(circumstanceNoticeStatuses),
  closedOn: z.string().nullable(),
  closingNote: z.string(),
  deficiencyId: id.nullable(),
  recordedBy: z.string().nullable(),
  recordedAt: isoDateTime,
});
export type CircumstanceNotice = z.infer<typeof circumstanceNoticeSchema>;

const common = {
  date: calendarDate,
  by: requiredText(200),
  meetingId: id.nullable(),
  note: optionalText(2000),
};

export const stepInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dialogue'), ...common }).strict(),
  z
    .object({
      kind: z.literal('actionPlanRequired'),
      ...common,
      deadline: calendarDate,
      responsibleOrganisationId: id,
    })
    .strict(),
  z.object({ kind: z.literal('actionPlanReceived'), ...common, followUpBy: calendarDate }).strict(),
  z.object({ kind: z.literal('followUp'), ...common, followUpBy: calendarDate.nullable() }).strict(),
  z
    .object({
      kind: z.literal('outcome'),
      ...common,
      result: z.enum(stepResults),
      decision: z.enum(stepDecisions).nullable(),
    })
    .strict(),
]);
export type StepInput = z.infer<typeof stepInputSchema>;

const onAgreement = { agreementId: id };

export const deficiencyProcessChannels = {
  /** The next step of a deficiency, in the prescribed order; out of order, nothing is saved. */
  'agreements:recordDeficiencyStep': channel({
    input: z.object({ ...onAgreement, deficiencyId: id, step: stepInputSchema }).strict(),
    output: z.array(deficiencySchema),
    access: writers,
  }),
  'agreements:circumstanceNotices': channel({
    db: 'read',
    input: z.object(onAgreement).strict(),
    output: z.array(circumstanceNoticeSchema),
    access: readers,
  }),
  'agreements:recordCircumstanceNotice': channel({
    input: z
      .object({
        ...onAgreement,
        organisationId: id,
        notifiedOn: calendarDate,
        whatChanged: requiredText(2000),
        commitments: z.array(requiredText(2000)).max(50),
      })
      .strict(),
    output: z.array(circumstanceNoticeSchema),
    access: writers,
  }),
  /** Closed without a deficiency; one that opens a deficiency is closed by recordDeficiency's noticeId. */
  'agreements:closeCircumstanceNotice': channel({
    input: z
      .object({ ...onAgreement, noticeId: id, closedOn: calendarDate, note: optionalText(2000) })
      .strict(),
    output: z.array(circumstanceNoticeSchema),
    access: writers,
  }),
};
