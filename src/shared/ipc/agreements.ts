// The agreements contract: drafting, lifecycle, economy, meetings, deadlines,
// versions, search and documents. Who may call what (documented here, enforced
// by the router):
//   - read summaries, search, dashboard and an agreement: every role; a viewer
//     gets the agreement with personal data removed (contact persons,
//     signatories' names, governance members, meeting attendees, caseworker);
//   - versions and diffs (which hold contact persons): admin, caseworker, coordinator;
//   - draft, change status, sign, payments, deadlines marked done, documents:
//     admin and caseworker (they prepare and follow up the agreement);
//   - governance meetings: also the coordinator, who runs the day-to-day work.
import { z } from 'zod';
import { isValidIsoDate } from '../dates';
import { calendarItemKinds } from '../agreements/calendar';
import {
  actingThroughKinds,
  agreementStatuses,
  followUpKinds,
  governanceBodyKinds,
  iopCriteria,
  partyRoles,
  templateKeys,
  type AgreementData,
  type IopCriterion,
} from '../agreements/model';
import { organisationKinds } from '../organisations/kinds';
import { organisationRequirements, requirementStatuses } from '../organisations/requirements';
import { personalDataRoles } from '../roles';
import { anyRole, channel } from './channel';
import { id, isoDateTime, optionalText, requiredText } from './common';

// ---- Building blocks ---------------------------------------------------------

export const calendarDate = z
  .string({ error: 'field.date' })
  .trim()
  .refine(isValidIsoDate, { error: 'field.date' });

/** Integer öre, never negative. */
export const money = z
  .number({ error: 'money.format' })
  .int({ error: 'money.integer' })
  .min(0, { error: 'money.negative' });

const count = (min: number, max: number) =>
  z
    .number({ error: 'field.number' })
    .int({ error: 'field.number' })
    .min(min, { error: 'field.range' })
    .max(max, { error: 'field.range' });

const key = z
  .string({ error: 'field.required' })
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,40}$/, { error: 'agreements.keyFormat' });

const textList = (maxItems: number, maxLength: number) =>
  z.array(requiredText(maxLength)).max(maxItems, { error: 'field.tooMany' });

const phone = z
  .string()
  .trim()
  .regex(/^$|^\+?[\d\s()-]{5,20}$/, { error: 'field.phone' })
  .default('');
const email = z
  .string()
  .trim()
  .regex(/^$|^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: 'field.email' })
  .max(200, { error: 'field.tooLong' })
  .default('');

export const contactPersonSchema = z.object({
  name: requiredText(100),
  title: optionalText(100),
  phone,
  email,
});

export const partySchema = z.object({
  organisationId: id,
  role: z.enum(partyRoles),
  actingThroughKind: z.enum(actingThroughKinds),
  actingThrough: requiredText(200),
  contacts: z.array(contactPersonSchema).max(20, { error: 'field.tooMany' }),
  signatory: z.object({ name: optionalText(100), title: optionalText(100) }),
});

const cadenceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('everyMonths'), months: count(1, 24) }),
  z.object({ kind: z.literal('perTerm') }),
  z.object({ kind: z.literal('timesPerYear'), times: count(1, 52) }),
]);

const governanceBodySchema = z.object({
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

const followUpSchema = z.object({
  key,
  kind: z.enum(followUpKinds),
  description: optionalText(300),
  due: dueRuleSchema,
  responsibleOrganisationId: id.nullable(),
});

const budgetYearSchema = z.object({
  year: count(2000, 2100),
  amount: money,
  lines: z.array(z.object({ label: requiredText(100), amount: money })).max(50, { error: 'field.tooMany' }),
  funding: z
    .array(z.object({ payerOrganisationId: id, recipientOrganisationId: id.nullable(), amount: money }))
    .max(50, { error: 'field.tooMany' }),
});

const paymentRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('quarterlyInAdvance') }),
  z.object({ kind: z.literal('yearlyOnInvoice'), month: count(1, 12), day: count(1, 31) }),
  z.object({
    kind: z.literal('custom'),
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

const criteriaSchema = z.object(
  Object.fromEntries(iopCriteria.map((c) => [c, optionalText(2000)])) as Record<
    IopCriterion,
    ReturnType<typeof optionalText>
  >,
);

const longText = optionalText(20_000);

export const agreementDataSchema = z.object({
  registrationNumber: requiredText(60),
  title: requiredText(200),
  templateKey: z.enum(templateKeys).nullable(),
  parties: z.array(partySchema).max(30, { error: 'field.tooMany' }),
  background: longText,
  purpose: longText,
  goals: textList(50, 1000),
  targetGroup: z.object({
    description: optionalText(2000),
    ageFrom: count(0, 120).nullable(),
    ageTo: count(0, 120).nullable(),
  }),
  formAndBasis: longText,
  valueBase: longText,
  genderEquality: longText,
  criteria: criteriaSchema,
  commitments: z
    .array(z.object({ organisationId: id, text: requiredText(2000) }))
    .max(200, { error: 'field.tooMany' }),
  governanceBodies: z.array(governanceBodySchema).max(10, { error: 'field.tooMany' }),
  followUps: z.array(followUpSchema).max(50, { error: 'field.tooMany' }),
  economy: z.object({
    years: z.array(budgetYearSchema).max(30, { error: 'field.tooMany' }),
    paymentRule: paymentRuleSchema,
    extraIncome: z.object({ perChildAmount: money, description: optionalText(300) }),
  }),
  period: z.object({ start: calendarDate, end: calendarDate, fundsCondition: z.boolean() }),
  extension: z.object({
    maxYears: count(1, 10).nullable(),
    decisionMonthsBeforeEnd: count(1, 36).nullable(),
  }),
  notice: z.object({ months: count(1, 36).nullable(), writtenNoticeTo: optionalText(200) }),
  clauses: z
    .array(z.object({ key, heading: requiredText(200), text: optionalText(20_000) }))
    .max(60, { error: 'field.tooMany' }),
  appendices: z
    .array(
      z.object({
        title: requiredText(300),
        registrationNumber: optionalText(60),
        organisationId: id.nullable(),
        validFrom: calendarDate.nullable(),
        validTo: calendarDate.nullable(),
      }),
    )
    .max(100, { error: 'field.tooMany' }),
  amendments: z
    .array(z.object({ date: calendarDate, description: requiredText(2000), signedBy: requiredText(300) }))
    .max(200, { error: 'field.tooMany' }),
  memo: z.object({
    caseworker: optionalText(100),
    date: calendarDate.nullable(),
    background: longText,
    matter: longText,
    preparation: longText,
    administrationView: longText,
    appendices: textList(30, 300),
  }),
});
export type AgreementDataInput = z.input<typeof agreementDataSchema>;

// The schema's output is exactly the domain model (checked at compile time both ways).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesModel: Same<z.output<typeof agreementDataSchema>, AgreementData> = true;
void schemaMatchesModel;

const decisionSchema = z.object({
  board: requiredText(200),
  date: calendarDate,
  paragraph: requiredText(30),
  proposal: optionalText(5000),
});

const signatureSchema = z.object({
  organisationId: id,
  name: requiredText(100),
  title: optionalText(100),
  place: requiredText(100),
  date: calendarDate,
});

const noticeGivenSchema = z.object({
  givenOn: calendarDate,
  byOrganisationId: id,
  ongoingInterventions: optionalText(2000),
});

const rescissionSchema = z.object({ date: calendarDate, reason: requiredText(2000) });

export const transitionRequestSchema = z.discriminatedUnion('to', [
  z.object({ to: z.enum(['draft', 'forDecision', 'signed', 'active', 'ended']) }),
  z.object({ to: z.literal('decided'), decision: decisionSchema }),
  z.object({ to: z.literal('terminated'), notice: noticeGivenSchema }),
  z.object({ to: z.literal('rescinded'), rescission: rescissionSchema }),
]);
export type TransitionRequestInput = z.input<typeof transitionRequestSchema>;

// ---- Outputs -------------------------------------------------------------------

const partyOrganisation = z.object({
  id,
  name: z.string(),
  kind: z.enum(organisationKinds),
  orgNumber: z.string(),
  address: z.object({ street: z.string(), postalCode: z.string(), city: z.string() }),
});
export type PartyOrganisation = z.infer<typeof partyOrganisation>;

const requirementChecklist = z.object({
  organisationId: id,
  items: z.array(
    z.object({
      requirement: z.enum(organisationRequirements),
      status: z.enum(requirementStatuses),
      comment: z.string(),
      checkedOn: z.string().nullable(),
    }),
  ),
  /** Requirements not met or not yet checked. */
  gaps: z.array(z.enum(organisationRequirements)),
});
export type RequirementChecklist = z.infer<typeof requirementChecklist>;

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
  count: z.number().int(),
});

const instalmentStatus = z.object({
  dueDate: z.string(),
  year: z.number().int(),
  payerOrganisationId: id,
  recipientOrganisationId: id,
  amount: z.number().int(),
  paid: z.number().int(),
  state: z.enum(['paid', 'partlyPaid', 'overdue', 'upcoming']),
});

const payerBalance = z.object({
  payerOrganisationId: id,
  recipientOrganisationId: id,
  scheduled: z.number().int(),
  dueByToday: z.number().int(),
  paid: z.number().int(),
  repaid: z.number().int(),
  balance: z.number().int(),
});

export const paymentKinds = ['payment', 'repayment'] as const;

const actualPayment = z.object({
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
export type ActualPaymentRecord = z.infer<typeof actualPayment>;

const meeting = z.object({
  id,
  bodyKey: z.string(),
  date: z.string(),
  attendees: z.array(z.string()),
  decisions: z.array(z.string()),
  minutesReference: z.string(),
});
export type Meeting = z.infer<typeof meeting>;

const statusChange = z.object({
  from: z.enum(agreementStatuses).nullable(),
  to: z.enum(agreementStatuses),
  at: z.string(),
  by: z.string().nullable(),
});

export const agreementSchema = z.object({
  id,
  version: z.number().int(),
  status: z.enum(agreementStatuses),
  data: agreementDataSchema,
  decision: decisionSchema.nullable(),
  signatures: z.array(signatureSchema.extend({ name: z.string() })),
  noticeGiven: noticeGivenSchema.nullable(),
  rescission: rescissionSchema.nullable(),
  effectiveEnd: z.string(),
  organisations: z.array(partyOrganisation),
  checklists: z.array(requirementChecklist),
  calendar: z.array(calendarItemSchema),
  instalments: z.array(instalmentStatus),
  balances: z.array(payerBalance),
  payments: z.array(actualPayment),
  meetings: z.array(meeting),
  completed: z.array(z.string()),
  extraIncome: z.object({
    counts: z.array(z.object({ year: z.number().int(), children: z.number().int() })),
    children: z.number().int(),
    amount: z.number().int(),
  }),
  statusHistory: z.array(statusChange),
  revisionCount: z.number().int(),
  /** True for a viewer: personal data has been removed. */
  redacted: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Agreement = z.infer<typeof agreementSchema>;

export const agreementSummary = z.object({
  id,
  registrationNumber: z.string(),
  title: z.string(),
  status: z.enum(agreementStatuses),
  start: z.string(),
  end: z.string(),
  parties: z.array(z.object({ organisationId: id, name: z.string(), role: z.enum(partyRoles) })),
  yearlyAmount: z.number().int(),
  /** Where the search words were found (with [ ] around the hits), for the best 50 hits; empty without a query. */
  snippet: z.string(),
});
export type AgreementSummary = z.infer<typeof agreementSummary>;

export const agreementFilter = z
  .object({
    query: z.string().trim().max(200, { error: 'field.tooLong' }).default(''),
    statuses: z.array(z.enum(agreementStatuses)).max(agreementStatuses.length).default([]),
    organisationId: id.nullable().default(null),
    periodFrom: calendarDate.nullable().default(null),
    periodTo: calendarDate.nullable().default(null),
    limit: z.number().int().min(1).max(5000).default(200),
  })
  .strict();
export type AgreementFilter = z.input<typeof agreementFilter>;

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

export const revisionSchema = z.object({
  revision: z.number().int(),
  savedAt: z.string(),
  savedBy: z.string().nullable(),
  status: z.enum(agreementStatuses),
});
export type Revision = z.infer<typeof revisionSchema>;

export const sectionDiffSchema = z.object({
  key: z.string(),
  title: z.string(),
  status: z.enum(['unchanged', 'changed', 'added', 'removed']),
  lines: z.array(z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() })),
});

export const documentKinds = ['agreement', 'decisionMemo'] as const;
export const documentFormats = ['docx', 'pdf'] as const;
export type DocumentKind = (typeof documentKinds)[number];
export type DocumentFormat = (typeof documentFormats)[number];

// ---- Channels ------------------------------------------------------------------

const everyone = { kind: 'session', roles: anyRole } as const;
const personal = { kind: 'session', roles: personalDataRoles } as const;
const writers = { kind: 'session', roles: ['admin', 'caseworker'] } as const;
const meetingWriters = { kind: 'session', roles: ['admin', 'caseworker', 'coordinator'] } as const;

const versioned = { id, version: z.number().int() };

export const agreementsContract = {
  'agreements:list': channel({
    input: agreementFilter,
    output: z.object({ items: z.array(agreementSummary), total: z.number().int() }),
    access: everyone,
  }),
  'agreements:get': channel({ input: z.object({ id }).strict(), output: agreementSchema, access: everyone }),
  'agreements:createFromTemplate': channel({
    input: z
      .object({
        templateKey: z.enum(templateKeys),
        registrationNumber: requiredText(60),
        title: optionalText(200),
        start: calendarDate,
        /** Template slot → organisations filling it. */
        slots: z.record(z.string().max(40), z.array(id).max(30)),
      })
      .strict(),
    output: agreementSchema,
    access: writers,
  }),
  'agreements:create': channel({
    input: z.object({ data: agreementDataSchema.strict() }).strict(),
    output: agreementSchema,
    access: writers,
  }),
  'agreements:update': channel({
    input: z.object({ ...versioned, data: agreementDataSchema.strict() }).strict(),
    output: agreementSchema,
    access: writers,
  }),
  'agreements:transition': channel({
    input: z.object({ ...versioned, request: transitionRequestSchema }).strict(),
    output: agreementSchema,
    access: writers,
  }),
  'agreements:recordSignature': channel({
    input: z.object({ ...versioned, signature: signatureSchema }).strict(),
    output: agreementSchema,
    access: writers,
  }),
  'agreements:revisions': channel({
    input: z.object({ id }).strict(),
    output: z.array(revisionSchema),
    access: personal,
  }),
  'agreements:diff': channel({
    input: z.object({ id, from: z.number().int().min(1), to: z.number().int().min(1) }).strict(),
    output: z.array(sectionDiffSchema),
    access: personal,
  }),
  'agreements:recordPayment': channel({
    input: z
      .object({
        agreementId: id,
        kind: z.enum(paymentKinds),
        date: calendarDate,
        payerOrganisationId: id,
        recipientOrganisationId: id,
        amount: money.min(1, { error: 'money.positive' }),
        reference: optionalText(100),
        note: optionalText(1000),
      })
      .strict(),
    output: agreementSchema,
    access: writers,
  }),
  'agreements:removePayment': channel({
    input: z.object({ agreementId: id, paymentId: id }).strict(),
    output: agreementSchema,
    access: writers,
  }),
  'agreements:recordMeeting': channel({
    input: z
      .object({
        agreementId: id,
        bodyKey: key,
        date: calendarDate,
        attendees: textList(60, 200),
        decisions: textList(100, 2000),
        minutesReference: optionalText(200),
      })
      .strict(),
    output: agreementSchema,
    access: meetingWriters,
  }),
  'agreements:removeMeeting': channel({
    input: z.object({ agreementId: id, meetingId: id }).strict(),
    output: agreementSchema,
    access: meetingWriters,
  }),
  'agreements:setCompleted': channel({
    input: z
      .object({ agreementId: id, itemKey: z.string().trim().min(1).max(200), done: z.boolean() })
      .strict(),
    output: agreementSchema,
    access: writers,
  }),
  'agreements:dashboard': channel({
    input: z.object({ horizonDays: z.number().int().min(1).max(730).default(90) }).strict(),
    output: dashboardSchema,
    access: everyone,
  }),
  'agreements:generateDocument': channel({
    input: z
      .object({
        id,
        document: z.enum(documentKinds),
        format: z.enum(documentFormats),
        /** An existing folder the user chose with files:chooseFolder. */
        folder: z
          .string()
          .trim()
          .min(1, { error: 'documents.folderInvalid' })
          .max(4096, { error: 'field.tooLong' }),
      })
      .strict(),
    output: z.object({ path: z.string(), fileName: z.string(), bytes: z.number().int() }),
    access: writers,
  }),
};
