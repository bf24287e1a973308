// Concern reports (orosanmälningar) in a period, as a count only: a report
// belongs to every agreement the child has (or had) an enrolment in. After
// erasure only the date remains, tied to the anonymous person.
import { sql } from 'kysely';
import type { ReadDb } from '../db/handles';
import { inAgreements } from './participations';

export async function concernReportCount(
  db: ReadDb,
  agreementIds: readonly number[],
  period: { from: string; to: string },
): Promise<number> {
  const live = await sql<{ n: number }>`
    SELECT count(*) AS n FROM concern_report cr
    LEFT JOIN anonymous_person ap ON ap.child_id = cr.child_id
    WHERE cr.reported_on BETWEEN ${period.from} AND ${period.to}
      AND (EXISTS (SELECT 1 FROM enrolment e JOIN programme p ON p.id = e.programme_id
                   WHERE e.child_id = cr.child_id AND ${inAgreements(sql.ref('p.agreement_id'), agreementIds)})
        OR EXISTS (SELECT 1 FROM participation_record r
                   WHERE r.person_id = ap.id AND ${inAgreements(sql.ref('r.agreement_id'), agreementIds)}))`.execute(
    db,
  );
  const erased = await sql<{ n: number }>`
    SELECT count(*) AS n FROM anonymous_concern_report acr
    WHERE acr.reported_on BETWEEN ${period.from} AND ${period.to}
      AND EXISTS (SELECT 1 FROM participation_record r
                  WHERE r.person_id = acr.person_id AND ${inAgreements(sql.ref('r.agreement_id'), agreementIds)})`.execute(
    db,
  );
  return Number(live.rows[0]?.n ?? 0) + Number(erased.rows[0]?.n ?? 0);
}
