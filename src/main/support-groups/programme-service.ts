// Programmes (insatser) under an agreement, with this year's progress
// against the yearly targets (e.g. at least 4 groups, about 40 children).
import type { Programme, ProgrammeData } from '../../shared/ipc/support-groups';
import { AppFailure } from '../base/app-error';
import { agreementTitles, organisationNames, requireAgreement } from './agreement-link';
import { requireOpen, requireRunningParty } from './agreement-binding';
import { countGroupsOfProgramme } from './group-repository';
import {
  countProgrammeRows,
  fullestGroupCount,
  getProgrammeRow,
  insertProgramme,
  listProgrammeRows,
  progressByProgramme,
  updateProgrammeRow,
  type ProgrammeRow,
} from './programme-repository';
import { nowIso, today, type ServiceContext } from '../context/service-context';
import type { ReadDb } from '../db/handles';

export async function toProgrammes(
  ctx: { db: ReadDb; clock: ServiceContext['clock'] },
  rows: ProgrammeRow[],
): Promise<Programme[]> {
  if (rows.length === 0) return [];
  const year = Number(today(ctx).slice(0, 4));
  const ids = rows.map((r) => r.id);
  const [titles, names, progress] = await Promise.all([
    agreementTitles(
      ctx.db,
      rows.map((r) => r.agreement_id),
    ),
    organisationNames(
      ctx.db,
      rows.flatMap((r) => (r.organisation_id === null ? [] : [r.organisation_id])),
    ),
    progressByProgramme(ctx.db, ids, year),
  ]);
  return rows.map((r) => ({
    id: r.id,
    agreementId: r.agreement_id,
    agreementTitle: titles.get(r.agreement_id) ?? '',
    organisationId: r.organisation_id,
    organisationName: r.organisation_id === null ? '' : (names.get(r.organisation_id) ?? ''),
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
  narrow: { query?: string; limit?: number | null } = {},
): Promise<Programme[]> {
  return toProgrammes(ctx, await listProgrammeRows(ctx.db, agreementId, narrow));
}

export async function countProgrammes(db: ReadDb): Promise<{ count: number }> {
  return { count: await countProgrammeRows(db) };
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
  organisation_id: data.organisationId,
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
  await requireRunningParty(ctx.db, data.agreementId, data.organisationId);
  await requireOpen(ctx, data.agreementId, data.organisationId, 'agreementId');
  const now = nowIso(ctx);
  const id = await insertProgramme(ctx.db, {
    ...programmeColumns(data),
    version: 1,
    created_at: now,
    updated_at: now,
  });
  return getProgramme(ctx, id);
}

export async function updateProgramme(
  ctx: ServiceContext,
  input: { id: number; version: number; data: ProgrammeData },
): Promise<Programme> {
  const current = await requireProgrammeRow(ctx.db, input.id);
  if (current.version !== input.version) throw new AppFailure('conflict');
  await requireAgreement(ctx.db, input.data.agreementId);
  const rebound =
    input.data.agreementId !== current.agreement_id || input.data.organisationId !== current.organisation_id;
  if (rebound) {
    // The groups already planned were checked against the old agreement (appendix).
    if (
      (await countGroupsOfProgramme(ctx.db, input.id)) > 0 &&
      input.data.agreementId !== current.agreement_id
    )
      throw new AppFailure('validation', { fields: { agreementId: 'supportGroups.programmeHasGroups' } });
    await requireRunningParty(ctx.db, input.data.agreementId, input.data.organisationId);
    await requireOpen(ctx, input.data.agreementId, input.data.organisationId, 'agreementId');
  }
  // A group that already holds more children than the new maximum stays
  // valid only if the maximum is not lowered below it.
  if ((await fullestGroupCount(ctx.db, input.id)) > input.data.groupSizeMax) {
    throw new AppFailure('supportGroups.maxBelowPlaced', {
      fields: { groupSizeMax: 'supportGroups.maxBelowPlaced' },
    });
  }
  await updateProgrammeRow(ctx.db, input.id, {
    ...programmeColumns(input.data),
    version: current.version + 1,
    updated_at: nowIso(ctx),
  });
  return getProgramme(ctx, input.id);
}
