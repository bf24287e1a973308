// The tables of migration 0010: one decision per public party, deficiencies,
// disputes and repayments settled against work done.
import type { Generated } from 'kysely';
import type { DeficiencyOutcome, DisputeOutcome } from '../../../shared/agreements/deficiencies';

export interface AgreementDecisionTable {
  agreement_id: number;
  organisation_id: number;
  board: string;
  decided_on: string;
  paragraph: string;
  proposal: string;
  recorded_by_user_id: number | null;
  recorded_at: string;
}

export interface AgreementDeficiencyTable {
  id: Generated<number>;
  agreement_id: number;
  organisation_id: number;
  description: string;
  found_on: string;
  remedy_by: string;
  outcome: DeficiencyOutcome;
  outcome_on: string | null;
  outcome_note: string;
  recorded_by_user_id: number | null;
  recorded_at: string;
  updated_by_user_id: number | null;
  updated_at: string;
}

export interface AgreementDisputeTable {
  id: Generated<number>;
  agreement_id: number;
  description: string;
  opened_on: string;
  outcome: DisputeOutcome;
  closed_on: string | null;
  closing_note: string;
  recorded_by_user_id: number | null;
  recorded_at: string;
  updated_by_user_id: number | null;
  updated_at: string;
}

export interface AgreementRepaymentTable {
  id: Generated<number>;
  agreement_id: number;
  dispute_id: number | null;
  as_of: string;
  due_on: string;
  payer_organisation_id: number;
  recipient_organisation_id: number;
  proposed_amount: number;
  amount: number;
  reason: string;
  /** JSON: the proposal's basis (RepaymentBasis), as it stood when recorded. */
  basis: string;
  recorded_by_user_id: number | null;
  recorded_at: string;
}
