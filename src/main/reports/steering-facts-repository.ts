// The SQL of the open deficiencies a report lists: each with its steps in order.
import { sql } from 'kysely';
import type { DeficiencyStepKind, StepDecision } from '../../shared/agreements/deficiency-process';
import type { ReadDb } from '../db/handles';

const inList = (column: ReturnType<typeof sql.ref>, ids: readonly number[]) =>
  ids.length === 0 ? sql`0` : sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;

export async function openDeficiencyRows(db: ReadDb, agreementIds: readonly number[]) {
  const [deficiencies, steps] = await Promise.all([
    sql<{ id: number; agreement_id: number; organisation_id: number; commitment_text: string; found_on: string; remedy_by: string }>`
      SELECT d.id, d.agreement_id, d.organisation_id, d.found_on, d.remedy_by,
        -- The commitment by its key as it reads now; one removed since: its text as recorded.
        coalesce(c.text, d.commitment_text) AS commitment_text
      FROM agreement_deficiency d
      LEFT JOIN agreement_commitment c ON c.agreement_id = d.agreement_id AND c.commitment_key = d.commitment_key
      WHERE d.outcome = 'open' AND ${inList(sql.ref('d.agreement_id'), agreementIds)}
      ORDER BY d.agreement_id, d.found_on, d.id`.execute(db),
    sql<{ deficiency_id: number; kind: DeficiencyStepKind; decision: StepDecision | null; deadline: string | null; follow_up_by: string | null }>`
      SELECT s.deficiency_id, s.kind, s.decision, s.deadline, s.follow_up_by FROM agreement_deficiency_step s
      JOIN agreement_deficiency d ON d.id = s.deficiency_id
      WHERE d.outcome = 'open' AND ${inList(sql.ref('d.agreement_id'), agreementIds)}
      ORDER BY s.deficiency_id, s.position`.execute(db),
  ]);
  return { deficiencies: deficiencies.rows, steps: steps.rows };
}
