import type { Generated } from 'kysely';

export interface AgreementMeetingTable {
  id: Generated<number>;
  agreement_id: number;
  body_key: string;
  held_on: string;
  /** JSON array of strings. */
  attendees: string;
  /** JSON array of strings. */
  decisions: string;
  minutes_reference: string;
  recorded_by_user_id: number | null;
  recorded_at: string;
}
