// The SQL behind effect results: the groups in scope, their answer sheets
// (read here only to be added up; nothing per child leaves) and the
// anonymised sums of erased groups.
import { sql } from 'kysely';
import type { Occasion } from '../../shared/effect-evaluation/vocabulary';
import type { ReadDb } from '../db/handles';
import { inAgreements } from './participation-repository';

interface GroupAnswerRow {
  group_id: number;
  enrolment_id: number;
  instrument_id: number;
  occasion: Occasion;
  answer_values: string;
}

/** The answer sheets of the enrolments in these groups. */
export async function answersOfGroups(db: ReadDb, groupIds: readonly number[]): Promise<GroupAnswerRow[]> {
  if (groupIds.length === 0) return [];
  const { rows } = await sql<GroupAnswerRow>`
    SELECT e.group_id, a.enrolment_id, a.instrument_id, a.occasion, a.answer_values
    FROM json_each(${JSON.stringify(groupIds)}) g
    CROSS JOIN enrolment e INDEXED BY enrolment_report ON e.group_id = g.value
    CROSS JOIN effect_answer a ON a.enrolment_id = e.id`.execute(db);
  return rows;
}

export interface ScopedGroupRow {
  id: number;
  name: string;
  start_date: string;
  programme_id: number;
  programme_name: string;
  agreement_id: number;
}

/** Groups of the agreements starting in the period (as reports count them). */
export async function groupsInScope(
  db: ReadDb,
  agreementIds: readonly number[],
  period: { from: string; to: string },
): Promise<ScopedGroupRow[]> {
  const { rows } = await sql<ScopedGroupRow>`
    SELECT g.id, g.name, g.start_date, p.id AS programme_id, p.name AS programme_name, p.agreement_id
    FROM programme p JOIN support_group g ON g.programme_id = p.id
    WHERE ${inAgreements(sql.ref('p.agreement_id'), agreementIds)}
      AND g.start_date BETWEEN ${period.from} AND ${period.to}`.execute(db);
  return rows;
}

export async function effectRecordsOfGroups(db: ReadDb, groupIds: readonly number[]) {
  if (groupIds.length === 0) return [];
  return db
    .selectFrom('effect_record')
    .selectAll()
    .where(sql<boolean>`group_id IN (SELECT value FROM json_each(${JSON.stringify(groupIds)}))`)
    .orderBy('id')
    .execute();
}
