// An agreement's lifecycle: the decision, signatures, notice and
// rescission that move its status, and the history of those moves.
import { z } from 'zod';
import { agreementStatuses } from '../../agreements/model';
import { id, optionalText, requiredText } from '../common';
import { calendarDate } from './fields';

export const decisionSchema = z.object({
  board: requiredText(200),
  date: calendarDate,
  paragraph: requiredText(30),
  proposal: optionalText(5000),
});

/** One public party's board decision (a three-party agreement has two). */
export const boardDecisionSchema = decisionSchema.extend({ organisationId: id });
/** As a form sends it: without a party, it is the one public party still to decide. */
export const decisionRequestSchema = decisionSchema.extend({ organisationId: id.nullable().optional() });

export const signatureSchema = z.object({
  organisationId: id,
  name: requiredText(100),
  title: optionalText(100),
  place: requiredText(100),
  date: calendarDate,
});

export const noticeGivenSchema = z.object({
  givenOn: calendarDate,
  byOrganisationId: id,
  ongoingInterventions: optionalText(2000),
});

/** The deficiency it rests on is required; null is refused by the guard with its own message. */
export const rescissionSchema = z.object({
  date: calendarDate,
  reason: requiredText(2000),
  deficiencyId: id.nullable(),
});

export const transitionRequestSchema = z.discriminatedUnion('to', [
  z.object({ to: z.enum(['draft', 'forDecision', 'signed', 'active', 'ended']) }),
  z.object({ to: z.literal('decided'), decision: decisionRequestSchema }),
  z.object({ to: z.literal('terminated'), notice: noticeGivenSchema }),
  z.object({ to: z.literal('rescinded'), rescission: rescissionSchema }),
]);

export const statusChange = z.object({
  from: z.enum(agreementStatuses).nullable(),
  to: z.enum(agreementStatuses),
  at: z.string(),
  by: z.string().nullable(),
});
