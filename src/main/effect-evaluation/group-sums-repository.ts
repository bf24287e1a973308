// SQL of the groups' effect sums: the sheets a group's sums are computed
// from, the groups a trigger marked as changed (migration 0020), and the
// rows themselves, live or kept at gallring.
import { sql, type Insertable } from 'kysely';
import type { Occasion } from '../../shared/effect-evaluation/vocabulary';
import type { ReadDb, WriteDb } from '../db/handles';
import type { EffectGroupSumsTable } from '../db/schema/effect-evaluation-tables';

const ids = (list: readonly number[]) => sql`SELECT value FROM json_each(${JSON.stringify(list)})`;

interface GroupSheetRow {
  group_id: number;
  enrolment_id: number;
  instrument_id: number;
  occasion: Occasion;
  answer_values: string;
}

/** The answer sheets of the enrolments in these groups (read only to be added up). */
export async function sheetsOfGroups(db: ReadDb, groupIds: readonly number[]): Promise<GroupSheetRow[]> {
  if (groupIds.length === 0) return [];
  const { rows } = await sql<GroupSheetRow>`
    SELECT e.group_id, a.enrolment_id, a.instrument_id, a.occasion, a.answer_values
    FROM json_each(${JSON.stringify(groupIds)}) g
    CROSS JOIN enrolment e INDEXED BY enrolment_report ON e.group_id = g.value
    CROSS JOIN effect_answer a ON a.enrolment_id = e.id`.execute(db);
  return rows;
}

/** Groups whose live sums may have changed in this transaction (or were left so). */
export async function staleGroupIds(db: ReadDb): Promise<number[]> {
  const rows = await db.selectFrom('effect_sums_stale').select('group_id').orderBy('group_id').execute();
  return rows.map((r) => r.group_id);
}

/** Replaces the live sums of these groups with `rows` and clears their marks. */
export async function replaceLiveSums(
  db: WriteDb,
  groupIds: readonly number[],
  rows: readonly Insertable<EffectGroupSumsTable>[],
): Promise<void> {
  await sql`DELETE FROM effect_group_sums WHERE erased_on IS NULL AND group_id IN (${ids(groupIds)})`.execute(
    db,
  );
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('effect_group_sums')
      .values(rows.slice(i, i + 500))
      .execute();
  await sql`DELETE FROM effect_sums_stale WHERE group_id IN (${ids(groupIds)})`.execute(db);
}

/** Gallring: the groups' live sums become kept sums (they stay when the sheets go). */
export async function markSumsKept(
  db: WriteDb,
  groupIds: readonly number[],
  erasedOn: string,
): Promise<void> {
  await sql`UPDATE effect_group_sums SET erased_on = ${erasedOn}
    WHERE erased_on IS NULL AND group_id IN (${ids(groupIds)})`.execute(db);
}
