import type { Generated } from 'kysely';

/** Notice of the whole agreement, or of one party leaving it. */
export interface AgreementNoticeTable {
  id: Generated<number>;
  agreement_id: number;
  scope: 'agreement' | 'party';
  /** Who gives notice; for a party's notice, the party that leaves. */
  organisation_id: number;
  given_on: string;
  /** The notice period in months that applied when it was given. */
  months: number | null;
  ongoing_interventions: string;
  /** The agreement's status before a notice of the whole agreement, restored on withdrawal. */
  previous_status: string | null;
  withdrawn_on: string | null;
  withdrawal_kind: 'agreed' | 'mistake' | null;
  withdrawal_note: string | null;
  withdrawn_by_user_id: number | null;
  recorded_by_user_id: number | null;
  recorded_at: string;
}

/** A decision on extending (or not extending) the agreement beyond `for_end`. */
export interface ExtensionDecisionTable {
  id: Generated<number>;
  agreement_id: number;
  for_end: string;
  due_by: string | null;
  decided_on: string;
  outcome: 'extend' | 'notExtend';
  new_end: string | null;
  amendment_id: number | null;
  note: string;
  recorded_by_user_id: number | null;
  recorded_at: string;
}
