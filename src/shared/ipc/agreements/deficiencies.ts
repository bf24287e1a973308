// When an agreement is not kept: deficiencies (brister) with their remedy
// deadline and outcome, disputes (tvister), repayments settled against work
// done, and each public party's board decision. Who may call what:
//   - read: the roles that see personal data (free texts may name people);
//   - record and change: admin and caseworker, who follow the agreement up.
import { z } from 'zod';
import { deficiencyOutcomes, disputeOutcomes } from '../../agreements/deficiencies';
import { personalDataRoles } from '../../roles';
import { channel } from '../channel';
import { id, isoDateTime, optionalText, requiredText } from '../common';
import { agreementSchema } from './agreement';
import { calendarDate, money } from './fields';
import { deficiencySchema } from './deficiency-process';
import { boardDecisionSchema } from './lifecycle';

const readers = { kind: 'session', roles: personalDataRoles } as const;
const writers = { kind: 'session', roles: ['admin', 'caseworker'] } as const;

export type Deficiency = z.infer<typeof deficiencySchema>;

export const disputeSchema = z.object({
  id,
  description: z.string(),
  openedOn: z.string(),
  outcome: z.enum(disputeOutcomes),
  closedOn: z.string().nullable(),
  closingNote: z.string(),
});
export type Dispute = z.infer<typeof disputeSchema>;

const disputesView = z.object({
  /** The terms say the agreement ends when the dialogue fails (the support-group agreement). */
  endsOnFailedDialogue: z.boolean(),
  disputes: z.array(disputeSchema),
});

const yearBasis = z.object({
  year: z.number().int(),
  share: z.number().int(),
  groupsHeld: z.number().int(),
  groupsTarget: z.number().int(),
  sessionsHeld: z.number().int(),
  daysDone: z.number().int(),
  daysTotal: z.number().int(),
  value: z.number().int(),
});

export const repaymentLineSchema = z.object({
  payerOrganisationId: id,
  recipientOrganisationId: id,
  paid: z.number().int(),
  repaid: z.number().int(),
  workValue: z.number().int(),
  proposed: z.number().int(),
  stillToPay: z.number().int(),
  years: z.array(yearBasis),
});

export const repaymentProposalSchema = z.object({
  asOf: z.string(),
  method: z.enum(['groups', 'time']),
  lines: z.array(repaymentLineSchema),
});
export type RepaymentProposal = z.infer<typeof repaymentProposalSchema>;

export const repaymentSchema = z.object({
  id,
  disputeId: id.nullable(),
  asOf: z.string(),
  dueOn: z.string(),
  payerOrganisationId: id,
  recipientOrganisationId: id,
  proposedAmount: z.number().int(),
  amount: z.number().int(),
  reason: z.string(),
  line: repaymentLineSchema,
  /** Repayments (kind 'repayment') from the recipient to the payer recorded on or after the settlement date. */
  repaidSince: z.number().int(),
  recordedAt: isoDateTime,
});
export type Repayment = z.infer<typeof repaymentSchema>;

const onAgreement = { agreementId: id };

export const deficiencyChannels = {
  'agreements:deficiencies': channel({
    db: 'read',
    input: z.object(onAgreement).strict(),
    output: z.array(deficiencySchema),
    access: readers,
  }),
  'agreements:recordDeficiency': channel({
    input: z
      .object({
        ...onAgreement,
        organisationId: id,
        description: requiredText(2000),
        foundOn: calendarDate,
        remedyBy: calendarDate,
        /** The key of the commitment it concerns (one of the agreement in force on the day found), or null with the term in words. */
        commitmentKey: z.string().min(1).max(40).nullable().optional(),
        commitmentText: optionalText(2000).optional(),
        /** The governance meeting where it was found. */
        meetingId: id.nullable().optional(),
        /** The notification of changed circumstances it comes from: that notification is closed by it. */
        noticeId: id.nullable().optional(),
      })
      .strict(),
    output: z.array(deficiencySchema),
    access: writers,
  }),
  'agreements:setDeficiencyOutcome': channel({
    input: z
      .object({
        ...onAgreement,
        deficiencyId: id,
        outcome: z.enum(deficiencyOutcomes),
        date: calendarDate.nullable(),
        note: optionalText(2000),
      })
      .strict(),
    output: z.array(deficiencySchema),
    access: writers,
  }),
  'agreements:disputes': channel({
    db: 'read',
    input: z.object(onAgreement).strict(),
    output: disputesView,
    access: readers,
  }),
  'agreements:openDispute': channel({
    input: z.object({ ...onAgreement, description: requiredText(2000), openedOn: calendarDate }).strict(),
    output: disputesView,
    access: writers,
  }),
  /** Resolved by dialogue, or (where the terms say so) the dialogue failed: the agreement then ends that day. */
  'agreements:closeDispute': channel({
    input: z
      .object({
        ...onAgreement,
        disputeId: id,
        outcome: z.enum(['resolved', 'dialogueFailed']),
        date: calendarDate,
        note: optionalText(2000),
      })
      .strict(),
    output: disputesView,
    access: writers,
  }),
  'agreements:repayments': channel({
    db: 'read',
    input: z.object(onAgreement).strict(),
    output: z.array(repaymentSchema),
    access: readers,
  }),
  'agreements:proposeRepayment': channel({
    db: 'read',
    input: z.object({ ...onAgreement, asOf: calendarDate }).strict(),
    output: repaymentProposalSchema,
    access: readers,
  }),
  'agreements:recordRepayment': channel({
    input: z
      .object({
        ...onAgreement,
        asOf: calendarDate,
        dueOn: calendarDate,
        disputeId: id.nullable(),
        payerOrganisationId: id,
        recipientOrganisationId: id,
        amount: money,
        reason: optionalText(2000),
      })
      .strict(),
    output: z.array(repaymentSchema),
    access: writers,
  }),
  /** One public party's board decision; the agreement becomes beslutad when every public party's is in. */
  'agreements:recordDecision': channel({
    input: z.object({ id, version: z.number().int(), decision: boardDecisionSchema }).strict(),
    output: agreementSchema,
    access: writers,
  }),
};
