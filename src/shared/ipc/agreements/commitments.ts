// Commitments that can be followed up: the structured commitment as the
// agreement's data carries it (kind, target, due date), its status per
// period with what was counted or ticked off, and tick-offs by hand.
// Statuses are read by every signed-in role (they name no one); tick-offs,
// whose notes may name people, by the roles that see personal data, and are
// recorded (and one recorded by mistake removed) by admin, caseworker and
// coordinator (the organisation's own follow-up). A target that is negative or not whole, and a tick-off dated in
// the future, are refused with a Swedish message and nothing saved.
import { z } from 'zod';
import {
  commitmentKinds,
  commitmentMeasures,
  targetComparisons,
  targetPeriods,
} from '../../agreements/commitments/commitment';
import { commitmentStatuses } from '../../agreements/commitments/status';
import { personalDataRoles } from '../../roles';
import { channel } from '../channel';
import { id, isoDateTime, optionalText, requiredText } from '../common';
import { calendarDate, key } from './fields';

const readers = { kind: 'session', roles: personalDataRoles } as const;
const everyone = { kind: 'session', roles: ['admin', 'caseworker', 'coordinator', 'viewer'] } as const;
const writers = { kind: 'session', roles: ['admin', 'caseworker', 'coordinator'] } as const;

/** A target's count: a whole number, not negative (each refusal in its own words). */
export const targetCount = z
  .number({ error: 'commitments.targetNotWhole' })
  .refine(Number.isInteger, { error: 'commitments.targetNotWhole' })
  .refine((n) => n >= 0, { error: 'commitments.targetNegative' })
  .refine((n) => n <= 100_000, { error: 'field.range' });

export const commitmentTargetSchema = z.object({
  count: targetCount,
  per: z.enum(targetPeriods),
  comparison: z.enum(targetComparisons),
  tolerancePercent: z
    .number({ error: 'field.number' })
    .int({ error: 'field.number' })
    .min(0, { error: 'field.range' })
    .max(100, { error: 'field.range' }),
  measure: z.enum(commitmentMeasures),
});

export const commitmentSchema = z.object({
  key,
  organisationId: id,
  appendixIndex: z.number().int().min(0).nullable(),
  text: requiredText(2000),
  kind: z.enum(commitmentKinds),
  target: commitmentTargetSchema.nullable(),
  dueDate: calendarDate.nullable(),
});

export const tickOffSchema = z.object({
  id,
  commitmentKey: z.string(),
  doneOn: z.string(),
  whatDone: z.string(),
  note: z.string(),
  recordedBy: z.string().nullable(),
  recordedAt: isoDateTime,
});
export type TickOff = z.infer<typeof tickOffSchema>;

export const commitmentFollowUpSchema = z.object({
  key: z.string(),
  organisationId: id,
  appendixIndex: z.number().int().nullable(),
  text: z.string(),
  kind: z.enum(commitmentKinds),
  target: commitmentTargetSchema.nullable(),
  dueDate: z.string().nullable(),
  /** The follow-up period today falls in (cut to the agreement); null for a one-off or unstructured one. */
  period: z.object({ start: z.string(), end: z.string(), year: z.number().int(), term: z.number().int().nullable() }).nullable(),
  status: z.enum(commitmentStatuses),
  achieved: z.number().int(),
  required: z.number().int(),
  expectedByNow: z.number().int(),
});
export type CommitmentFollowUp = z.infer<typeof commitmentFollowUpSchema>;

export const commitmentAlertSchema = z.object({
  agreementId: id,
  registrationNumber: z.string(),
  title: z.string(),
  organisationId: id,
  organisationName: z.string().nullable(),
  key: z.string(),
  text: z.string(),
  status: z.enum(commitmentStatuses),
  achieved: z.number().int(),
  required: z.number().int(),
  expectedByNow: z.number().int(),
  periodEnd: z.string().nullable(),
});
export type CommitmentAlert = z.infer<typeof commitmentAlertSchema>;

const onAgreement = { agreementId: id };

export const commitmentChannels = {
  /** Each commitment of the agreement with its status this period (or on `asOf`). */
  'agreements:commitmentStatuses': channel({
    db: 'read',
    input: z.object({ ...onAgreement, asOf: calendarDate.optional() }).strict(),
    output: z.array(commitmentFollowUpSchema),
    access: everyone,
  }),
  'agreements:tickOffs': channel({
    db: 'read',
    input: z.object(onAgreement).strict(),
    output: z.array(tickOffSchema),
    access: readers,
  }),
  /** Something done for a commitment, by hand: never in the future. */
  'agreements:recordTickOff': channel({
    input: z
      .object({
        ...onAgreement,
        commitmentKey: key,
        doneOn: calendarDate,
        whatDone: requiredText(500),
        note: optionalText(2000),
      })
      .strict(),
    output: z.array(tickOffSchema),
    access: writers,
  }),
  /**
   * A tick-off recorded by mistake, removed (erased: its note may name people)
   * after a confirmation with a reason. The reason is asked for so the removal
   * is deliberate; it is not kept (it could name people too) and the audit
   * entry holds ids only.
   */
  'agreements:removeTickOff': channel({
    input: z
      .object({ ...onAgreement, tickOffId: id, reason: requiredText(500), confirmed: z.literal(true) })
      .strict(),
    output: z.array(tickOffSchema),
    access: writers,
  }),
};
