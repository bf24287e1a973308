// Contract for reports: anonymised figures per agreement or across all
// agreements for a period, their export (PDF, XLSX, CSV), the report
// settings, and the actual costs per budget line (the financial account).
// A report never holds a name, an identity number, a birth date, an address
// or free text about a person, so every role may read one.
import { z } from 'zod';
import { anyRole, channel } from './channel';
import { empty, id, isoDateTime, isoDate } from './common';

export const reportPeriodInput = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('year'),
      year: z
        .number({ error: 'field.year' })
        .int({ error: 'field.year' })
        .min(2000, { error: 'field.year' })
        .max(2100, { error: 'field.year' }),
    })
    .strict(),
  z
    .object({
      kind: z.literal('halfYear'),
      year: z
        .number({ error: 'field.year' })
        .int({ error: 'field.year' })
        .min(2000, { error: 'field.year' })
        .max(2100, { error: 'field.year' }),
      half: z.union([z.literal(1), z.literal(2)]),
    })
    .strict(),
  z
    .object({ kind: z.literal('custom'), from: isoDate, to: isoDate })
    .strict()
    .refine((p) => p.from <= p.to, { error: 'reports.periodOrder', path: ['to'] }),
]);
export type ReportPeriodInput = z.infer<typeof reportPeriodInput>;

export const reportScopeInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('agreement'), agreementId: id }).strict(),
  z.object({ kind: z.literal('all') }).strict(),
]);
export type ReportScopeInput = z.infer<typeof reportScopeInput>;

/** The annual report, or the half-yearly written status report to the steering group. */
export const reportKinds = ['annual', 'steeringGroupStatus'] as const;
export type ReportKind = (typeof reportKinds)[number];

export const reportRequest = z
  .object({ scope: reportScopeInput, period: reportPeriodInput, kind: z.enum(reportKinds).default('annual') })
  .strict();
export type ParsedReportRequest = z.output<typeof reportRequest>;

export const reportCell = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('count'), value: z.number().int().min(0) }),
  /** Hidden: a small count (primary) or a cell that would reveal one (complementary). */
  z.object({ kind: z.literal('suppressed'), reason: z.enum(['primary', 'complementary']) }),
  /** Öre; may be negative (a deviation). */
  z.object({ kind: z.literal('money'), ore: z.number().int() }),
  /** 0–100 with one decimal; null when there is nothing to divide by. */
  z.object({ kind: z.literal('percent'), value: z.number().min(0).max(100).nullable() }),
  /** A mean, a difference or an effect size (may be negative), shown with `digits` decimals. */
  z.object({ kind: z.literal('decimal'), value: z.number(), digits: z.number().int().min(0).max(3) }),
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({ kind: z.literal('date'), date: z.string() }),
  z.object({ kind: z.literal('empty') }),
]);
export type ReportCell = z.infer<typeof reportCell>;

export const reportRow = z.object({
  label: z.string(),
  cells: z.array(reportCell),
  /** A total row is set apart in print and screen. */
  total: z.boolean(),
});
export type ReportRow = z.infer<typeof reportRow>;

export const reportTable = z.object({
  key: z.string(),
  title: z.string(),
  /** One line on what is counted, shown under the title. */
  description: z.string(),
  rowHeader: z.string(),
  columns: z.array(z.string()),
  rows: z.array(reportRow),
  /** The column a bar chart shows (a breakdown of one count), or null for no chart. */
  chartColumn: z.number().int().nullable(),
  /** Counts of children: suppression applied. */
  protected: z.boolean(),
});
export type ReportTable = z.infer<typeof reportTable>;

export const reportSection = z.object({ key: z.string(), title: z.string(), tables: z.array(reportTable) });
export type ReportSection = z.infer<typeof reportSection>;

export const report = z.object({
  title: z.string(),
  kind: z.enum(reportKinds),
  scope: z.object({ kind: z.enum(['agreement', 'all']), agreementId: id.nullable(), name: z.string() }),
  period: z.object({ from: z.string(), to: z.string(), label: z.string() }),
  generatedAt: isoDateTime,
  threshold: z.number().int(),
  /** How many figures are hidden. */
  suppressed: z.object({ primary: z.number().int(), complementary: z.number().int() }),
  /** What the mark for a hidden figure means. */
  suppressionNote: z.string(),
  sections: z.array(reportSection),
});
export type Report = z.infer<typeof report>;

export const reportSettings = z.object({
  /** Counts of children from 1 to threshold − 1 are hidden. */
  threshold: z
    .number({ error: 'field.number' })
    .int({ error: 'field.number' })
    .min(3, { error: 'reports.thresholdRange' })
    .max(20, { error: 'reports.thresholdRange' }),
  /** Days after a group is over until its enrolments are due for erasure. */
  retentionDays: z
    .number({ error: 'field.number' })
    .int({ error: 'field.number' })
    .min(0, { error: 'reports.retentionRange' })
    .max(365, { error: 'reports.retentionRange' }),
});
export type ReportSettings = z.infer<typeof reportSettings>;

export const exportFormats = ['pdf', 'xlsx', 'csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const reportAgreement = z.object({
  id,
  title: z.string(),
  registrationNumber: z.string(),
  start: z.string(),
  end: z.string(),
});
export type ReportAgreement = z.infer<typeof reportAgreement>;

const ore = z
  .number({ error: 'field.money' })
  .int({ error: 'field.money' })
  .min(0, { error: 'field.money' })
  .max(1e13, { error: 'field.money' });

export const budgetActuals = z.object({
  agreementId: id,
  year: z.number().int(),
  lines: z.array(
    z.object({ label: z.string(), budget: z.number().int(), actual: z.number().int().nullable() }),
  ),
  /** Actuals recorded for labels no longer among the budget lines. */
  unmatched: z.array(z.object({ label: z.string(), actual: z.number().int() })),
  updatedAt: isoDateTime.nullable(),
});
export type BudgetActuals = z.infer<typeof budgetActuals>;

const everyone = { kind: 'session', roles: anyRole } as const;
const accountants = { kind: 'session', roles: ['admin', 'caseworker', 'coordinator'] } as const;

export const reportsContract = {
  'reports:agreements': channel({ db: 'read', input: empty, output: z.array(reportAgreement), access: everyone }),
  'reports:get': channel({ db: 'read', input: reportRequest, output: report, access: everyone }),
  'reports:export': channel({
    db: 'read',
    input: reportRequest
      .extend({
        format: z.enum(exportFormats),
        /** An existing folder the user chose with files:chooseFolder. */
        folder: z
          .string()
          .trim()
          .min(1, { error: 'reports.folderInvalid' })
          .max(4096, { error: 'field.tooLong' }),
      })
      .strict(),
    output: z.object({ path: z.string(), fileName: z.string(), bytes: z.number().int() }),
    access: everyone,
  }),
  'reports:getSettings': channel({ db: 'read', input: empty, output: reportSettings, access: everyone }),
  'reports:updateSettings': channel({
    input: reportSettings.strict(),
    output: reportSettings,
    access: { kind: 'session', roles: ['admin'] },
  }),
  'reports:getActuals': channel({
    db: 'read',
    input: z.object({ agreementId: id, year: z.number().int().min(2000).max(2100) }).strict(),
    output: budgetActuals,
    access: everyone,
  }),
  'reports:saveActuals': channel({
    input: z
      .object({
        agreementId: id,
        year: z.number().int().min(2000).max(2100),
        actuals: z
          .array(
            z
              .object({
                label: z
                  .string()
                  .trim()
                  .min(1, { error: 'field.required' })
                  .max(200, { error: 'field.tooLong' }),
                actual: ore,
              })
              .strict(),
          )
          .max(50, { error: 'field.tooMany' }),
      })
      .strict(),
    output: budgetActuals,
    access: accountants,
  }),
};
