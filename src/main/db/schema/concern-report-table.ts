import type { Generated } from 'kysely';

/** The fact of a concern report (orosanmälan); its content is never stored. */
export interface ConcernReportTable {
  id: Generated<number>;
  child_id: number;
  reported_on: string;
  social_services: string;
  reported_by: string;
  recorded_by_user_id: number | null;
  recorded_at: string;
}
