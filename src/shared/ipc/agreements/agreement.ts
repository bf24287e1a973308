// The agreement itself: its data as drafted (parties, texts, criteria and the
// governance and economy parts), the agreement as read with everything derived
// from it, summaries and filters for the list, versions and documents.
import { z } from 'zod';
import {
  actingThroughKinds,
  agreementStatuses,
  iopCriteria,
  partyRoles,
  templateKeys,
  type AgreementData,
  type IopCriterion,
} from '../../agreements/model';
import { organisationKinds } from '../../organisations/kinds';
import { organisationRequirements, requirementStatuses } from '../../organisations/requirements';
import { count, email, id, isoDateTime, optionalText, phone, requiredText } from '../common';
import {
  actualPayment,
  budgetYearSchema,
  fundsYearStatusSchema,
  instalmentStatus,
  payerBalance,
  paymentRuleSchema,
} from './economy';
import { lifeSchema } from './amendments';
import { commitmentSchema } from './commitments';
import { calendarDate, key, money, textList } from './fields';
import { calendarItemSchema, followUpSchema, governanceBodySchema, meeting } from './governance';
import {
  boardDecisionSchema,
  decisionSchema,
  noticeGivenSchema,
  rescissionSchema,
  signatureSchema,
  statusChange,
} from './lifecycle';

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
  commitments: z.array(commitmentSchema).max(200, { error: 'field.tooMany' }),
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
  // 0: no notice period (ends once the work under way is done); null: not known yet.
  notice: z.object({ months: count(0, 36).nullable(), writtenNoticeTo: optionalText(200) }),
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

// The schema's output is exactly the domain model (checked at compile time both ways).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesModel: Same<z.output<typeof agreementDataSchema>, AgreementData> = true;
void schemaMatchesModel;

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

export const agreementSchema = z.object({
  id,
  version: z.number().int(),
  status: z.enum(agreementStatuses),
  data: agreementDataSchema,
  decision: decisionSchema.nullable(),
  /** One per public party whose board has decided. */
  decisions: z.array(boardDecisionSchema),
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
  /** Under "provided funds are granted": each year's confirmation (none without the condition). */
  fundsYears: z.array(fundsYearStatusSchema),
  meetings: z.array(meeting),
  completed: z.array(z.string()),
  extraIncome: z.object({
    counts: z.array(z.object({ year: z.number().int(), children: z.number().int() })),
    children: z.number().int(),
    amount: z.number().int(),
  }),
  statusHistory: z.array(statusChange),
  life: lifeSchema,
  /** The whole agreement as each draft amendment will make it read, to reopen the draft in the editor (empty for a viewer). */
  amendmentDrafts: z.array(z.object({ amendmentId: id, data: agreementDataSchema })),
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

export const documentKinds = ['agreement', 'decisionMemo', 'amendment'] as const;
export const documentFormats = ['docx', 'pdf'] as const;
export type DocumentKind = (typeof documentKinds)[number];
export type DocumentFormat = (typeof documentFormats)[number];
