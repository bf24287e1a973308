// The governance part of an agreement: its bodies and how often they meet,
// the follow-ups it promises, the meetings held, and the deadline calendar
// and dashboard derived from them.
import { commitmentAlertSchema } from './commitments';
import { z } from 'zod';
import { calendarItemKinds } from '../../agreements/calendar';
import { agreementStatuses, followUpKinds, governanceBodyKinds } from '../../agreements/model';
import { count, id, optionalText, requiredText } from '../common';
import { calendarDate, key } from './fields';

const cadenceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('everyMonths'), months: count(1, 24) }),
  z.object({ kind: z.literal('perTerm') }),
  z.object({ kind: z.literal('timesPerYear'), times: count(1, 52) }),
]);

export const governanceBodySchema = z.object({
  key,
  kind: z.enum(governanceBodyKinds),
  name: requiredText(100),
  members: z
    .array(z.object({ organisationId: id, name: requiredText(100), title: optionalText(100) }))
    .max(50, { error: 'field.tooMany' }),
  decisionRule: optionalText(500),
  chairRotation: optionalText(500),
  minuteTakerRotation: optionalText(500),
  convenerOrganisationId: id.nullable(),
  cadence: cadenceSchema,
});

const dueRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('yearly'), month: count(1, 12), day: count(1, 31), followingYear: z.boolean() }),
  z.object({ kind: z.literal('everyMonths'), months: count(1, 60) }),
  z.object({ kind: z.literal('afterEnd'), months: count(0, 24) }),
  z.object({ kind: z.literal('once'), date: calendarDate }),
]);

export const followUpSchema = z.object({
  key,
  kind: z.enum(followUpKinds),
  description: optionalText(300),
  due: dueRuleSchema,
  responsibleOrganisationId: id.nullable(),
});

export const calendarItemSchema = z.object({
  key: z.string(),
  kind: z.enum(calendarItemKinds),
  date: z.string(),
  state: z.enum(['done', 'overdue', 'due', 'later', 'past']),
  refKey: z.string().nullable(),
  followUpKind: z.enum(followUpKinds).nullable(),
  year: z.number().int().nullable(),
  organisationId: z.number().int().nullable(),
  amount: z.number().int().nullable(),
  unpaid: z.number().int().nullable(),
  unconfirmed: z.boolean(),
  count: z.number().int(),
});

export const meeting = z.object({
  id,
  bodyKey: z.string(),
  date: z.string(),
  attendees: z.array(z.string()),
  decisions: z.array(z.string()),
  minutesReference: z.string(),
});

export const dashboardItem = calendarItemSchema.extend({
  agreementId: id,
  registrationNumber: z.string(),
  title: z.string(),
  /** The responsible party, payer or convener by name (not personal data). */
  organisationName: z.string().nullable(),
  /** The governance body's name, for a meeting. */
  bodyName: z.string().nullable(),
});
export type DashboardItem = z.infer<typeof dashboardItem>;

export const dashboardSchema = z.object({
  today: z.string(),
  /** Commitments at risk or not met in the period today falls in: not met first, then the soonest end; at most 200. */
  commitments: z.array(commitmentAlertSchema),
  /** How many are at risk and not met in all. */
  commitmentTotals: z.object({ atRisk: z.number().int(), notMet: z.number().int() }),
  horizonEnd: z.string(),
  items: z.array(dashboardItem),
  agreements: z.array(
    z.object({
      agreementId: id,
      registrationNumber: z.string(),
      title: z.string(),
      status: z.enum(agreementStatuses),
      overdue: z.number().int(),
      due: z.number().int(),
      next: z.string().nullable(),
    }),
  ),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
