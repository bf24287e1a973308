import type { Generated } from 'kysely';
import type { EnrolmentStatus, PreVisitKind } from '../../../shared/support-groups/vocabulary';

export interface EnrolmentTable {
  id: Generated<number>;
  child_id: number;
  programme_id: number;
  group_id: number | null;
  status: EnrolmentStatus;
  referred_on: string;
  cancel_reason: string;
  age_override_reason: string;
  notice_informed_on: string | null;
  notice_informed_by: string;
  notice_informed_whom: string;
  child_view_on: string | null;
  child_view_summary: string;
  child_view_by: string;
  pre_visit_kind: PreVisitKind | null;
  pre_visit_on: string | null;
  pre_visit_by: string;
  fee_applies: 0 | 1;
  fee_amount_ore: number;
  fee_invoiced_on: string | null;
  fee_paid_on: string | null;
  /** Cached gate result (consent + notice); refreshed whenever its inputs change. */
  gate_ready: 0 | 1;
  /** Cached: a consent was withdrawn, so the enrolment is paused. */
  consent_paused: 0 | 1;
  version: number;
  created_at: string;
  updated_at: string;
}
