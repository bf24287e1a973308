// The SQL behind effect results: the groups in scope and their sums (live,
// kept in step with the sheets, and kept at gallring), a few rows per group.
// No answer sheet is read here.
import { sql } from 'kysely';
import type { Comparison } from '../../shared/effect-evaluation/vocabulary';
import type { ReadDb } from '../db/handles';
import { inAgreements } from './participation-repository';

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

export interface ScopedSumsRow {
  id: number;
  group_id: number;
  instrument_id: number;
  scale: number;
  comparison: Comparison;
  n: number;
  sum_before: number;
  sum_after: number;
  sum_change: number;
  sum_change_squared: number;
  improved: number;
  unchanged: number;
  worse: number;
  live: 0 | 1;
}

/** The sums of the groups in scope (numbers only: the groups' names come once per group from groupsInScope). */
export async function sumsInScope(
  db: ReadDb,
  agreementIds: readonly number[],
  period: { from: string; to: string },
): Promise<ScopedSumsRow[]> {
  const { rows } = await sql<ScopedSumsRow>`
    SELECT s.id, s.group_id, s.instrument_id, s.scale, s.comparison, s.n, s.sum_before, s.sum_after, s.sum_change,
      s.sum_change_squared, s.improved, s.unchanged, s.worse, s.erased_on IS NULL AS live
    FROM programme p JOIN support_group g ON g.programme_id = p.id
    CROSS JOIN effect_group_sums s ON s.group_id = g.id
    WHERE ${inAgreements(sql.ref('p.agreement_id'), agreementIds)}
      AND g.start_date BETWEEN ${period.from} AND ${period.to}`.execute(db);
  return rows;
}
