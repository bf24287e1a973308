// Synthetic programmes (insatser) under the seeded agreements: a few kinds
// with their formats, age ranges and yearly targets.
import type { Insertable } from 'kysely';
import type { ProgrammeTable } from '../db/schema/programme-table';
import { formatDefaults, type FormatSpec } from '../../shared/support-groups/session-schedule';
import type { SeedAgreement } from './seed-agreements';
import { weighted } from './seed-children';
import type { SeedRandom } from './seed-random';

export interface ProgrammePlan {
  row: Insertable<ProgrammeTable> & { id: number; agreement_id: number };
  /** The agreement's period: every group and session falls inside it. */
  period: { start: string; end: string };
  spec: FormatSpec;
  groupsPerYear: number;
}

const programmeKinds = [
  { name: 'Stödgrupp för familjehemsplacerade barn', format: 'weekly', ageMin: 7, ageMax: 18, weight: 60 },
  { name: 'Stödhelg', format: 'weekend', ageMin: 9, ageMax: 17, weight: 10 },
  { name: 'Trygg i gruppen, 14 veckor', format: 'custom', ageMin: 6, ageMax: 12, weight: 45 },
  { name: 'Unga vuxna, samtalsgrupp', format: 'weekly', ageMin: 16, ageMax: 24, weight: 8 },
] as const;

export function planProgrammes(
  agreements: readonly SeedAgreement[],
  firstId: number,
  groupsPerProgrammeYear: number,
  random: SeedRandom,
  now: string,
): ProgrammePlan[] {
  const plans: ProgrammePlan[] = [];
  let id = firstId;
  for (const agreement of agreements) {
    const count = random.next() < 0.4 ? 2 : 1;
    for (let p = 0; p < count; p++) {
      const kind =
        p === 0
          ? programmeKinds[0]
          : weighted(
              random,
              programmeKinds.map((k) => [k, k.weight] as const),
            );
      const base = formatDefaults[kind.format];
      const spec: FormatSpec =
        kind.format === 'custom' ? { ...base, sessionCount: 14, sessionMinutes: 90 } : base;
      plans.push({
        row: {
          id,
          agreement_id: agreement.id,
          organisation_id: agreement.organisationId,
          name: kind.name,
          format: kind.format,
          session_count: spec.sessionCount,
          session_minutes: spec.sessionMinutes,
          interval_days: spec.intervalDays,
          follow_up_weeks: spec.followUpWeeks,
          follow_up_minutes: spec.followUpMinutes,
          age_min: kind.ageMin,
          age_max: kind.ageMax,
          group_size_min: 5,
          group_size_max: 8,
          target_groups_per_year: 4,
          target_children_per_year: 40,
          version: 1,
          created_at: now,
          updated_at: now,
        },
        period: { start: agreement.start, end: agreement.end },
        spec,
        groupsPerYear: Math.max(1, Math.round(groupsPerProgrammeYear * (p === 0 ? 1 : 0.75))),
      });
      id++;
    }
  }
  return plans;
}

/** Children bucketed by birth year, for picking fitting ages quickly. */
