import type { Generated } from 'kysely';
import type { AgreementStatus, PaymentRounding, TemplateKey } from '../../../shared/agreements/model';

export interface AgreementTable {
  id: Generated<number>;
  registration_number: string;
  title: string;
  status: AgreementStatus;
  template_key: TemplateKey | null;
  background: string;
  purpose: string;
  /** JSON array of strings. */
  goals: string;
  target_description: string;
  age_from: number | null;
  age_to: number | null;
  form_and_basis: string;
  value_base: string;
  gender_equality: string;
  start_date: string;
  end_date: string;
  funds_condition: 0 | 1;
  extension_max_years: number | null;
  extension_decision_months: number | null;
  notice_months: number | null;
  notice_written_to: string;
  payment_rule: 'quarterlyInAdvance' | 'yearlyOnInvoice' | 'custom';
  payment_rounding: PaymentRounding;
  invoice_month: number | null;
  invoice_day: number | null;
  per_child_amount: number;
  extra_income_description: string;
  memo_caseworker: string;
  memo_date: string | null;
  memo_background: string;
  memo_matter: string;
  memo_preparation: string;
  memo_administration_view: string;
  /** JSON array of strings. */
  memo_appendices: string;
  notice_given_on: string | null;
  notice_by_organisation_id: number | null;
  notice_ongoing_interventions: string | null;
  rescinded_on: string | null;
  rescission_reason: string | null;
  /** The deficiency the rescission rests on (null for rescissions recorded before deficiencies were). */
  rescission_deficiency_id: number | null;
  /** Set when the agreement ended early: a dispute whose dialogue failed, where the terms say it ends then. */
  ended_on: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  created_by_user_id: number | null;
  updated_by_user_id: number | null;
}
