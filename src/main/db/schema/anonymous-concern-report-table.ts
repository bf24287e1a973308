import type { Generated } from 'kysely';

export interface AnonymousConcernReportTable {
  id: Generated<number>;
  person_id: number;
  reported_on: string;
}
