// Rows of programmes and the counts their yearly progress is measured by.
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { ProgrammeTable } from '../db/schema/programme-table';
import type { ReadDb, WriteDb } from '../db/handles';

export type ProgrammeRow = Selectable<ProgrammeTable>;

/** Enrolments that count as a child reached by the programme. */
const reachedStatuses = ['admitted', 'participating', 'completed'] as const;

export async function getProgrammeRow(db: ReadDb, id: number): Promise<ProgrammeRow | undefined> {
  return db.selectFrom('programme').selectAll().where('id', '=', id).executeTakeFirst();
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listProgrammeRows(
  db: ReadDb,
  agreementId: number | null,
  { query = '', limit = null }: { query?: string; limit?: number | null } = {},
): Promise<ProgrammeRow[]> {
  let q = db.selectFrom('programme').selectAll();
  if (agreementId !== null) q = q.where('agreement_id', '=', agreementId);
  if (query.trim() !== '')
    q = q.where(sql<boolean>`name LIKE ${`%${escapeLike(query.trim())}%`} ESCAPE '\\'`);
  q = q.orderBy('name').orderBy('id');
  return (limit === null ? q : q.limit(limit)).execute();
}

export async function countProgrammeRows(db: ReadDb): Promise<number> {
  const row = await db
    .selectFrom('programme')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertProgramme(db: WriteDb, values: Insertable<ProgrammeTable>): Promise<number> {
  const { id } = await db.insertInto('programme').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateProgrammeRow(
  db: WriteDb,
  id: number,
  values: Updateable<ProgrammeTable>,
): Promise<void> {
  await db.updateTable('programme').set(values).where('id', '=', id).execute();
}

/** Children placed in the programme's fullest group (0 when none). */
export async function fullestGroupCount(db: ReadDb, programmeId: number): Promise<number> {
  const fullest = await db
    .selectFrom('enrolment as e')
    .innerJoin('support_group as g', 'g.id', 'e.group_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('g.programme_id', '=', programmeId)
    .where('e.status', 'in', ['offered', 'admitted', 'participating', 'completed'])
    .groupBy('e.group_id')
    .orderBy('n', 'desc')
    .limit(1)
    .executeTakeFirst();
  return fullest ? Number(fullest.n) : 0;
}

/** Groups started and children reached per programme in one calendar year. */
export async function progressByProgramme(db: ReadDb, ids: readonly number[], year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const groups = await db
    .selectFrom('support_group')
    .select(['programme_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('programme_id', 'in', [...ids])
    .where('parent_group_id', 'is', null)
    .where('status', '!=', 'cancelled')
    .where('start_date', '>=', from)
    .where('start_date', '<=', to)
    .groupBy('programme_id')
    .execute();
  const children = await db
    .selectFrom('enrolment as e')
    .innerJoin('support_group as g', 'g.id', 'e.group_id')
    .select(['g.programme_id', (eb) => eb.fn.count<number>('e.child_id').distinct().as('n')])
    .where('g.programme_id', 'in', [...ids])
    .where('e.status', 'in', reachedStatuses)
    .where('g.start_date', '>=', from)
    .where('g.start_date', '<=', to)
    .groupBy('g.programme_id')
    .execute();
  return {
    groups: new Map(groups.map((r) => [r.programme_id, Number(r.n)])),
    children: new Map(children.map((r) => [r.programme_id, Number(r.n)])),
  };
}
