// The agreements contract: drafting, lifecycle, economy, meetings, deadlines,
// versions, search and documents. Who may call what (documented here, enforced
// by the router):
//   - read summaries, search, dashboard and an agreement: every role; a viewer
//     gets the agreement with personal data removed (contact persons,
//     signatories' names, governance members, meeting attendees, caseworker);
//   - versions and diffs (which hold contact persons): admin, caseworker, coordinator;
//   - draft, change status, sign, payments, deadlines marked done, documents:
//     admin and caseworker (they prepare and follow up the agreement);
//   - governance meetings: also the coordinator, who runs the day-to-day work;
//   - funds confirmations ("provided funds are granted"): admin and caseworker
//     (agreements/payments.ts).
// The schemas live by part in agreements/: agreement.ts (the agreement, its
// list and versions), lifecycle.ts, economy.ts, governance.ts and fields.ts.
import { z } from 'zod';
import { templateKeys } from '../agreements/model';
import { personalDataRoles } from '../roles';
import {
  agreementDataSchema,
  agreementFilter,
  agreementSchema,
  agreementSummary,
  documentFormats,
  documentKinds,
  revisionSchema,
  sectionDiffSchema,
} from './agreements/agreement';
import { paymentKinds } from './agreements/economy';
import { calendarDate, key, money, textList } from './agreements/fields';
import {
  amendmentDraftSchema,
  amendmentTransitionSchema,
  noticeRequestSchema,
} from './agreements/amendments';
import { deficiencyChannels } from './agreements/deficiencies';
import { deficiencyProcessChannels } from './agreements/deficiency-process';
import { commitmentChannels } from './agreements/commitments';
import { dashboardSchema } from './agreements/governance';
import { signatureSchema, transitionRequestSchema } from './agreements/lifecycle';
import { paymentsContract } from './agreements/payments';
import { anyRole, channel } from './channel';
import { id, optionalText, requiredText } from './common';

export {
  agreementDataSchema,
  type Agreement,
  type AgreementSummary,
  type DocumentFormat,
  type DocumentKind,
  type PartyOrganisation,
  type RequirementChecklist,
  type Revision,
} from './agreements/agreement';
export { type Dashboard, type DashboardItem } from './agreements/governance';
export { type AmendmentView, type NoticeView } from './agreements/amendments';

// ---- Channels ------------------------------------------------------------------

const everyone = { kind: 'session', roles: anyRole } as const;
const personal = { kind: 'session', roles: personalDataRoles } as const;
const writers = { kind: 'session', roles: ['admin', 'caseworker'] } as const;
const meetingWriters = { kind: 'session', roles: ['admin', 'caseworker', 'coordinator'] } as const;

const versioned = { id, version: z.number().int() };

export const agreementsContract = {
  'agreements:list': channel({
    db: 'read',
    input: agreementFilter,
    output: z.object({ items: z.array(agreementSummary), total: z.number().int() }),
    access: everyone,
  }),
  'agreements:get': channel({
    db: 'read',
    /** `asOf`: show the agreement as in force on that date (default today). */
    input: z.object({ id, asOf: calendarDate.optional() }).strict(),
    output: agreementSchema,
    access: everyone,
  }),
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
    db: 'read',
    input: z.object({ id }).strict(),
    output: z.array(revisionSchema),
    access: personal,
  }),
  'agreements:diff': channel({
    db: 'read',
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
  'agreements:saveAmendment': channel({
    /** `data`: the whole agreement as it will read once the amendment is in force. */
    input: z
      .object({
        ...versioned,
        amendmentId: id.nullable(),
        amendment: amendmentDraftSchema.strict(),
        data: agreementDataSchema.strict(),
      })
      .strict(),
    output: agreementSchema,
    access: writers,
  }),
  'agreements:deleteAmendment': channel({
    input: z.object({ ...versioned, amendmentId: id }).strict(),
    output: agreementSchema,
    access: writers,
  }),
  'agreements:transitionAmendment': channel({
    input: z.object({ ...versioned, amendmentId: id, request: amendmentTransitionSchema }).strict(),
    output: agreementSchema,
    access: writers,
  }),
  'agreements:signAmendment': channel({
    input: z.object({ ...versioned, amendmentId: id, signature: signatureSchema }).strict(),
    output: agreementSchema,
    access: writers,
  }),
  'agreements:giveNotice': channel({
    /** `confirmed`: the user has confirmed; a notice binds once given. */
    input: z
      .object({ ...versioned, notice: noticeRequestSchema.strict(), confirmed: z.literal(true) })
      .strict(),
    output: agreementSchema,
    access: writers,
  }),
  'agreements:withdrawNotice': channel({
    /** `agreed`: the other parties agreed (note says how); `mistake`: entered by mistake, the same day only. */
    input: z
      .object({ ...versioned, noticeId: id, kind: z.enum(['agreed', 'mistake']), note: requiredText(2000) })
      .strict(),
    output: agreementSchema,
    access: writers,
  }),
  'agreements:recordExtensionDecision': channel({
    /** A decision not to extend (extending is an amendment); closes the extension deadline. */
    input: z.object({ ...versioned, decidedOn: calendarDate, note: optionalText(2000) }).strict(),
    output: agreementSchema,
    access: writers,
  }),
  /** Deadlines as an .ics file (no personal data): one agreement's, or all followed-up agreements' and gallring's. */
  'agreements:exportCalendar': channel({
    db: 'read',
    input: z
      .object({
        agreementId: id.nullable(),
        /** An existing folder the user chose with files:chooseFolder. */
        folder: z
          .string()
          .trim()
          .min(1, { error: 'documents.folderInvalid' })
          .max(4096, { error: 'field.tooLong' }),
      })
      .strict(),
    output: z.object({ path: z.string(), fileName: z.string(), events: z.number().int() }),
    access: meetingWriters,
  }),
  'agreements:dashboard': channel({
    db: 'read',
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
        /** The amendment (tilläggsavtal) to print: required for 'amendment', only there. */
        amendmentId: id.optional(),
        /** The agreement as in force on that date (consolidated); without it, today's terms. Only for 'agreement'. */
        asOf: calendarDate.optional(),
      })
      .strict()
      .superRefine((v, ctx) => {
        if (v.document === 'amendment' && v.amendmentId === undefined)
          ctx.addIssue({ code: 'custom', message: 'documents.amendmentRequired', path: ['amendmentId'] });
        if (v.document !== 'amendment' && v.amendmentId !== undefined)
          ctx.addIssue({ code: 'custom', message: 'field.invalid', path: ['amendmentId'] });
        if (v.document !== 'agreement' && v.asOf !== undefined)
          ctx.addIssue({ code: 'custom', message: 'field.invalid', path: ['asOf'] });
      }),
    output: z.object({ path: z.string(), fileName: z.string(), bytes: z.number().int() }),
    access: writers,
  }),
  ...paymentsContract,
  ...deficiencyChannels,
  ...deficiencyProcessChannels,
  ...commitmentChannels,
};
