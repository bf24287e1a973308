import type { Generated } from 'kysely';

/** A tilläggsavtal: structured changes to an agreement with their own lifecycle. */
export interface AmendmentTable {
  id: Generated<number>;
  agreement_id: number;
  number: number;
  registration_number: string;
  reason: string;
  effective_from: string;
  status: 'draft' | 'decided' | 'signed' | 'inForce';
  decider: 'board' | 'delegation';
  /** JSON `{ before, after }`: the changed sections of the agreement data. */
  changes: string;
  /** JSON list of the organisation ids whose signature it needs. */
  concerned: string;
  /** JSON list of joining organisations that accepted all the partnership's terms. */
  accepted_terms: string;
  decision_body: string | null;
  decision_date: string | null;
  decision_paragraph: string | null;
  /** Who signed, as written, for amendments carried over from the free-text list. */
  recorded_signed_by: string | null;
  in_force_at: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
  created_by_user_id: number | null;
  updated_by_user_id: number | null;
}

export interface AmendmentSignatureTable {
  amendment_id: number;
  organisation_id: number;
  name: string;
  title: string;
  place: string;
  signed_on: string;
  recorded_by_user_id: number | null;
  recorded_at: string;
}

/** The agreement data as it was before its first amendment came into force. */
export interface AgreementOriginalTable {
  agreement_id: number;
  snapshot: string;
  saved_at: string;
}
