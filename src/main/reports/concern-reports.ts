// Concern reports (orosanmälningar) in a period, as a count only: a report
// belongs to every agreement the child has (or had) an enrolment in. After
// erasure only the date remains, tied to the anonymous person.
import type { DbOrTrx } from '../db/schema/database';
import { countConcernReports } from './report-facts-repository';

export async function concernReportCount(
  db: DbOrTrx,
  agreementIds: readonly number[],
  period: { from: string; to: string },
): Promise<number> {
  return countConcernReports(db, agreementIds, period);
}
