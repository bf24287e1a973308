// The tables of migration 0010: one decision per public party, deficiencies,
// disputes and repayments settled against work done.
import type { Generated } from 'kysely';
import type { DeficiencyOutcome, DisputeOutcome } from '../../../shared/agreements/deficiencies';
import type {
  CircumstanceNoticeStatus,
  DeficiencyStepKind,
  StepDecision,
  StepResult,
} from '../../../shared/agreements/deficiency-process';

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
  /** Migration 0024: the commitment's key (c1, c2, …), when it is one; the place (commitment_index) is no longer read. */
  commitment_key: Generated<string | null>;
  /** Migration 0015: the commitment's text as it stood, or the term in words. */
  commitment_text: Generated<string>;
  /** Migration 0015: the governance meeting where it was found. */
  meeting_id: Generated<number | null>;
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

/** Migration 0015: the steps of a deficiency's process, in order. */
export interface AgreementDeficiencyStepTable {
  id: Generated<number>;
  deficiency_id: number;
  position: number;
  kind: DeficiencyStepKind;
  taken_on: string;
  taken_by: string;
  meeting_id: number | null;
  deadline: string | null;
  responsible_organisation_id: number | null;
  follow_up_by: string | null;
  result: StepResult | null;
  decision: StepDecision | null;
  note: string;
  recorded_by_user_id: number | null;
  recorded_at: string;
}

/** Migration 0015: a party's notification of changed circumstances. */
export interface AgreementCircumstanceNoticeTable {
  id: Generated<number>;
  agreement_id: number;
  organisation_id: number;
  notified_on: string;
  what_changed: string;
  /** JSON: the texts of the commitments it touches (string[]). */
  commitments: string;
  status: CircumstanceNoticeStatus;
  closed_on: string | null;
  closing_note: string;
  deficiency_id: number | null;
  recorded_by_user_id: number | null;
  recorded_at: string;
  updated_by_user_id: number | null;
  updated_at: string;
}
