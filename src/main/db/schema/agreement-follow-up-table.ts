import type { FollowUpKind } from '../../../shared/agreements/model';

export interface AgreementFollowUpTable {
  agreement_id: number;
  follow_up_key: string;
  position: number;
  kind: FollowUpKind;
  description: string;
  due_kind: 'yearly' | 'everyMonths' | 'afterEnd' | 'once';
  due_month: number | null;
  due_day: number | null;
  due_following_year: 0 | 1 | null;
  due_months: number | null;
  due_date: string | null;
  responsible_organisation_id: number | null;
}
