// The agreement row's own columns ↔ the structured data (the lists live in
// child tables, see agreement-lists/).
import type { Insertable, Selectable } from 'kysely';
import type { AgreementData, PaymentRule, Rescission } from '../../shared/agreements/model';
import type { AgreementTable } from '../db/schema/agreement-table';

export type AgreementRow = Selectable<AgreementTable>;

type DataColumns = Omit<
  Insertable<AgreementTable>,
  | 'id'
  | 'status'
  | 'version'
  | 'created_at'
  | 'updated_at'
  | 'created_by_user_id'
  | 'updated_by_user_id'
  | `decision_${string}`
  | `notice_given_on`
  | 'notice_by_organisation_id'
  | 'notice_ongoing_interventions'
  | 'rescinded_on'
  | 'rescission_reason'
  | 'rescission_deficiency_id'
  | 'ended_on'
>;

export function dataColumns(data: AgreementData): DataColumns {
  const rule = data.economy.paymentRule;
  return {
    registration_number: data.registrationNumber,
    title: data.title,
    template_key: data.templateKey,
    background: data.background,
    purpose: data.purpose,
    goals: JSON.stringify(data.goals),
    target_description: data.targetGroup.description,
    age_from: data.targetGroup.ageFrom,
    age_to: data.targetGroup.ageTo,
    form_and_basis: data.formAndBasis,
    value_base: data.valueBase,
    gender_equality: data.genderEquality,
    start_date: data.period.start,
    end_date: data.period.end,
    funds_condition: data.period.fundsCondition ? 1 : 0,
    extension_max_years: data.extension.maxYears,
    extension_decision_months: data.extension.decisionMonthsBeforeEnd,
    notice_months: data.notice.months,
    notice_written_to: data.notice.writtenNoticeTo,
    payment_rule: rule.kind,
    payment_rounding: rule.rounding,
    invoice_month: rule.kind === 'yearlyOnInvoice' ? rule.month : null,
    invoice_day: rule.kind === 'yearlyOnInvoice' ? rule.day : null,
    per_child_amount: data.economy.extraIncome.perChildAmount,
    extra_income_description: data.economy.extraIncome.description,
    memo_caseworker: data.memo.caseworker,
    memo_date: data.memo.date,
    memo_background: data.memo.background,
    memo_matter: data.memo.matter,
    memo_preparation: data.memo.preparation,
    memo_administration_view: data.memo.administrationView,
    memo_appendices: JSON.stringify(data.memo.appendices),
  };
}

/** The payment rule without its custom instalments (those come from their own table). */
export function paymentRuleOf(
  row: Pick<AgreementRow, 'payment_rule' | 'payment_rounding' | 'invoice_month' | 'invoice_day'>,
): PaymentRule {
  const rounding = row.payment_rounding;
  switch (row.payment_rule) {
    case 'quarterlyInAdvance':
      return { kind: 'quarterlyInAdvance', rounding };
    case 'yearlyOnInvoice':
      return { kind: 'yearlyOnInvoice', month: row.invoice_month ?? 1, day: row.invoice_day ?? 1, rounding };
    case 'custom':
      return { kind: 'custom', instalments: [], rounding };
  }
}

export function rescissionOf(row: AgreementRow): Rescission | null {
  if (row.rescinded_on === null) return null;
  return {
    date: row.rescinded_on,
    reason: row.rescission_reason ?? '',
    deficiencyId: row.rescission_deficiency_id,
  };
}

export const parseStringList = (json: string): string[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};
