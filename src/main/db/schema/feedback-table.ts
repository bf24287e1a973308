import type { Generated } from 'kysely';
import type { FeedbackCategory, FeedbackChannel } from '../../../shared/support-groups/vocabulary';

export interface FeedbackTable {
  id: Generated<number>;
  agreement_id: number;
  programme_id: number | null;
  received_on: string;
  channel: FeedbackChannel;
  category: FeedbackCategory;
  summary: string;
  response: string;
  closed: 0 | 1;
  closed_on: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}
