import type { Generated } from 'kysely';
import type { DraftForm } from '../../../shared/drafts/forms';

/** A user's unsaved form: the form's own values as JSON, keyed by form and record (0: new). */
export interface FormDraftTable {
  id: Generated<number>;
  user_id: number;
  form: DraftForm;
  record_id: number;
  agreement_id: number | null;
  child_id: number | null;
  group_id: number | null;
  enrolment_id: number | null;
  payload: string;
  updated_at: string;
}
