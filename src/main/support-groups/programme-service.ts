// Programmes (insatser) under an agreement, with this year's progress
// against the yearly targets (e.g. at least 4 groups, about 40 children).
import type { Selectable } from 'kysely';
import type { Programme, ProgrammeData } from '../../shared/ipc/support-groups';
import type { ReadDb } from '../db/handles';
import type { ProgrammeTable } from '../db/schema/programme-table';
import { AppFailure } from '../base/app-error';
import { agreementTitles, requireAgreement } from './agreement-link';
import { nowIso, today, type ServiceContext } from '../context/service-context';

export type ProgrammeRow = Selectable<ProgrammeTable>;

/** Enrolments that count as a child reached by the programme. */
const reachedStatuses = ['admitted', 'participating', 'completed'] as const;

async function progressByProgramme(db: ReadDb, ids: readonly number[], year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const groups = await db
    .selectFrom('support_group')
    .select(['programme_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('programme_id', 'in', ids)
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
    .where('g.programme_id', 'in', ids)
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

export async function toProgrammes(
  ctx: { db: ReadDb; clock: ServiceContext['clock'] },
  rows: ProgrammeRow[],
): Promise<Programme[]> {
  if (rows.length === 0) return [];
  const year = Number(today(ctx).slice(0, 4));
  const ids = rows.map((r) => r.id);
  const [titles, progress] = await Promise.all([
    agreementTitles(
      ctx.db,
      rows.map((r) => r.agreement_id),
    ),
    progressByProgramme(ctx.db, ids, year),
  ]);
  return rows.map((r) => ({
    id: r.id,
    agreementId: r.agreement_id,
    agreementTitle: titles.get(r.agreement_id) ?? '',
    name: r.name,
    format: r.format,
    sessionCount: r.session_count,
    sessionMinutes: r.session_minutes,
    intervalDays: r.interval_days,
    followUpWeeks: r.follow_up_weeks,
    followUpMinutes: r.follow_up_minutes,
    ageMin: r.age_min,
    ageMax: r.age_max,
    groupSizeMin: r.group_size_min,
    groupSizeMax: r.group_size_max,
    targetGroupsPerYear: r.target_groups_per_year,
    targetChildrenPerYear: r.target_children_per_year,
    progress: {
      year,
      groups: progress.groups.get(r.id) ?? 0,
      children: progress.children.get(r.id) ?? 0,
      targetGroups: r.target_groups_per_year,
      targetChildren: r.target_children_per_year,
    },
    version: r.version,
  }));
}

export async function getProgrammeRow(db: ReadDb, id: number): Promise<ProgrammeRow | undefined> {
  return db.selectFrom('programme').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function requireProgrammeRow(db: ReadDb, id: number, field?: string): Promise<ProgrammeRow> {
  const row = await getProgrammeRow(db, id);
  if (!row)
    throw field
      ? new AppFailure('validation', { fields: { [field]: 'field.invalid' } })
      : new AppFailure('notFound');
  return row;
}

export async function listProgrammes(
  ctx: { db: ReadDb; clock: ServiceContext['clock'] },
  agreementId: number | null,
): Promise<Programme[]> {
  let q = ctx.db.selectFrom('programme').selectAll();
  if (agreementId !== null) q = q.where('agreement_id', '=', agreementId);
  return toProgrammes(ctx, await q.orderBy('name').orderBy('id').execute());
}

export async function getProgramme(
  ctx: { db: ReadDb; clock: ServiceContext['clock'] },
  id: number,
): Promise<Programme> {
  const [programme] = await toProgrammes(ctx, [await requireProgrammeRow(ctx.db, id)]);
  return programme!;
}

const programmeColumns = (data: ProgrammeData) => ({
  agreement_id: data.agreementId,
  name: data.name,
  format: data.format,
  session_count: data.sessionCount,
  session_minutes: data.sessionMinutes,
  interval_days: data.format === 'weekly' ? 7 : data.intervalDays,
  follow_up_weeks: data.followUpWeeks,
  follow_up_minutes: data.followUpMinutes,
  age_min: data.ageMin,
  age_max: data.ageMax,
  group_size_min: data.groupSizeMin,
  group_size_max: data.groupSizeMax,
  target_groups_per_year: data.targetGroupsPerYear,
  target_children_per_year: data.targetChildrenPerYear,
});

export async function createProgramme(ctx: ServiceContext, data: ProgrammeData): Promise<Programme> {
  await requireAgreement(ctx.db, data.agreementId);
  const now = nowIso(ctx);
  const { id } = await ctx.db
    .insertInto('programme')
    .values({ ...programmeColumns(data), version: 1, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return getProgramme(ctx, id);
}

export async function updateProgramme(
  ctx: ServiceContext,
  input: { id: number; version: number; data: ProgrammeData },
): Promise<Programme> {
  const current = await requireProgrammeRow(ctx.db, input.id);
  if (current.version !== input.version) throw new AppFailure('conflict');
  await requireAgreement(ctx.db, input.data.agreementId);
  // A group that already holds more children than the new maximum stays
  // valid only if the maximum is not lowered below it.
  const fullest = await ctx.db
    .selectFrom('enrolment as e')
    .innerJoin('support_group as g', 'g.id', 'e.group_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('g.programme_id', '=', input.id)
    .where('e.status', 'in', ['offered', 'admitted', 'participating', 'completed'])
    .groupBy('e.group_id')
    .orderBy('n', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (fullest && Number(fullest.n) > input.data.groupSizeMax) {
    throw new AppFailure('supportGroups.maxBelowPlaced', {
      fields: { groupSizeMax: 'supportGroups.maxBelowPlaced' },
    });
  }
  await ctx.db
    .updateTable('programme')
    .set({ ...programmeColumns(input.data), version: current.version + 1, updated_at: nowIso(ctx) })
    .where('id', '=', input.id)
    .execute();
  return getProgramme(ctx, input.id);
}
