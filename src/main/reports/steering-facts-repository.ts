// The SQL of the open deficiencies a report lists: each with its steps in order.
import { sql } from 'kysely';
import type { DeficiencyStepKind, StepDecision } from '../../shared/agreements/deficiency-process';
import type { ReadDb } from '../db/handles';

const inList = (column: ReturnType<typeof sql.ref>, ids: readonly number[]) =>
  ids.length === 0 ? sql`0` : sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;

export async function openDeficiencyRows(db: ReadDb, agreementIds: readonly number[]) {
  const [deficiencies, steps] = await Promise.all([
    sql<{ id: number; agreement_id: number; organisation_id: number; commitment_text: string; found_on: string; remedy_by: string }>`
      SELECT id, agreement_id, organisation_id, commitment_text, found_on, remedy_by FROM agreement_deficiency
      WHERE outcome = 'open' AND ${inList(sql.ref('agreement_id'), agreementIds)}
      ORDER BY agreement_id, found_on, id`.execute(db),
    sql<{ deficiency_id: number; kind: DeficiencyStepKind; decision: StepDecision | null; deadline: string | null; follow_up_by: string | null }>`
      SELECT s.deficiency_id, s.kind, s.decision, s.deadline, s.follow_up_by FROM agreement_deficiency_step s
      JOIN agreement_deficiency d ON d.id = s.deficiency_id
      WHERE d.outcome = 'open' AND ${inList(sql.ref('d.agreement_id'), agreementIds)}
      ORDER BY s.deficiency_id, s.position`.execute(db),
  ]);
  return { deficiencies: deficiencies.rows, steps: steps.rows };
}
