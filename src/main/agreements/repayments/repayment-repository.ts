// Rows behind a repayment: the settlements recorded, and the work carried out
// under the agreement (its programmes' targets, the groups that were not
// cancelled and the sessions they held).
import { sql, type Insertable } from 'kysely';
import type { WorkFacts } from '../../../shared/agreements/repayments';
import type { AgreementRepaymentTable } from '../../db/schema/agreement-deficiency-tables';
import type { ReadDb, WriteDb } from '../../db/handles';

export async function repaymentRows(db: ReadDb, agreementId: number) {
  return db
    .selectFrom('agreement_repayment')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .orderBy('as_of')
    .orderBy('id')
    .execute();
}

export async function insertRepayment(
  db: WriteDb,
  values: Insertable<AgreementRepaymentTable>,
): Promise<void> {
  await db.insertInto('agreement_repayment').values(values).execute();
}

/** The work carried out under the agreement up to `asOf`: weekend age subgroups count with their parent group. */
export async function workFacts(db: ReadDb, agreementId: number, asOf: string): Promise<WorkFacts> {
  const programmes = await db
    .selectFrom('programme')
    .select(['id', 'target_groups_per_year', 'organisation_id'])
    .where('agreement_id', '=', agreementId)
    .execute();
  const { rows: groups } = await sql<{ programme_id: number; start_date: string; sessions_held: number }>`
    SELECT g.programme_id, g.start_date,
      (SELECT count(*) FROM group_session s
        WHERE s.cancelled = 0 AND s.date <= ${asOf}
          AND (s.group_id = g.id OR s.group_id IN (SELECT c.id FROM support_group c WHERE c.parent_group_id = g.id))
      ) AS sessions_held
    FROM support_group g JOIN programme p ON p.id = g.programme_id
    WHERE p.agreement_id = ${agreementId} AND g.parent_group_id IS NULL AND g.status != 'cancelled'
    ORDER BY g.start_date, g.id`.execute(db);
  return {
    programmes: programmes.map((p) => ({
      id: p.id,
      targetGroupsPerYear: p.target_groups_per_year,
      organisationId: p.organisation_id,
    })),
    groups: groups.map((g) => ({
      programmeId: g.programme_id,
      startDate: g.start_date,
      sessionsHeld: Number(g.sessions_held),
    })),
  };
}
