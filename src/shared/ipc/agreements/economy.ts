// The economy part of an agreement: its yearly budgets and funding, the
// payment rule, and the instalments, balances and payments that follow.
import { z } from 'zod';
import { paymentRoundings } from '../../agreements/model';
import { count, id, requiredText } from '../common';
import { calendarDate, money } from './fields';

export const budgetYearSchema = z.object({
  year: count(2000, 2100),
  amount: money,
  lines: z.array(z.object({ label: requiredText(100), amount: money })).max(50, { error: 'field.tooMany' }),
  funding: z
    .array(z.object({ payerOrganisationId: id, recipientOrganisationId: id.nullable(), amount: money }))
    .max(50, { error: 'field.tooMany' }),
});

const rounding = z.enum(paymentRoundings);

export const paymentRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('quarterlyInAdvance'), rounding }),
  z.object({ kind: z.literal('yearlyOnInvoice'), month: count(1, 12), day: count(1, 31), rounding }),
  z.object({
    kind: z.literal('custom'),
    rounding,
    instalments: z
      .array(
        z.object({
          dueDate: calendarDate,
          payerOrganisationId: id,
          recipientOrganisationId: id,
          amount: money,
        }),
      )
      .max(500, { error: 'field.tooMany' }),
  }),
]);

export const instalmentStatus = z.object({
  dueDate: z.string(),
  year: z.number().int(),
  payerOrganisationId: id,
  recipientOrganisationId: id,
  amount: z.number().int(),
  rounding,
  paid: z.number().int(),
  unpaid: z.number().int(),
  state: z.enum(['paid', 'partlyPaid', 'overdue', 'upcoming']),
  unconfirmed: z.boolean(),
});

export const payerBalance = z.object({
  payerOrganisationId: id,
  recipientOrganisationId: id,
  scheduled: z.number().int(),
  dueByToday: z.number().int(),
  paid: z.number().int(),
  repaid: z.number().int(),
  balance: z.number().int(),
});

export const paymentKinds = ['payment', 'repayment'] as const;

export const actualPayment = z.object({
  id,
  date: z.string(),
  kind: z.enum(paymentKinds),
  payerOrganisationId: id,
  recipientOrganisationId: id,
  amount: z.number().int(),
  reference: z.string(),
  note: z.string(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
});

export const fundsConfirmationSchema = z.object({
  year: z.number().int(),
  grantedOn: z.string(),
  grantedBy: z.string(),
  decisionReference: z.string(),
  note: z.string(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
});

/** A year of an agreement "provided funds are granted" and its confirmation. */
export const fundsYearStatusSchema = z.object({
  year: z.number().int(),
  dueDate: z.string(),
  state: z.enum(['confirmed', 'overdue', 'pending']),
  confirmation: fundsConfirmationSchema.nullable(),
});
