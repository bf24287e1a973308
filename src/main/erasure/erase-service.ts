// "Gallra": erases the children's data of groups that are over, once it has
// been handed back. Each enrolment becomes an anonymised participation record
// (age band, gender, district, placement basis, sessions attended, how it
// ended), and each group's effect sums are kept (group-sums-service.ts),
// so reports stay the same; the enrolment with its consents,
// attendance, notes and the child's view is deleted. A child with no
// enrolment left is deleted too (guardians, foster home, contacts, search
// words), keeping only the dates of concern reports; a child with another
// enrolment keeps what that enrolment needs.
//
// Deleting is not enough on its own: with secure_delete SQLite zeroes the
// deleted cells and freed pages as it deletes, and afterwards the write-ahead
// log (which still holds the pages' earlier versions) is checkpointed and
// truncated, so no erased name or number remains anywhere in the database
// file or its log (see erasure-routine.ts, which every deletion goes through).
import { swedishDay } from '../../shared/dates';
import { ageBand } from '../../shared/reports/age-bands';
import { ageAt } from '../../shared/support-groups/age-rule';
import type { Clock } from '../base/clock';
import type { Db } from '../db/schema/database';
import type { ServiceContext } from '../context/service-context';
import { AppFailure } from '../base/app-error';
import { endedOn } from '../reports/waiting-at';
import { isOver } from '../../shared/erasure/retention';
import {
  groupStatuses,
  insertErasureRun,
  insertParticipationRecords,
  personsFor,
  sourceRows,
} from './erase-repository';
import { keepEffectSums } from '../effect-evaluation/group-sums-service';
import { enrolmentsOfGroups } from './erasure-groups';
import { recountExtraIncomeAfterErasure } from './extra-income-after-erasure';
import { eraseEnrolmentsAndOrphans, runErasure } from './erasure-routine';
import type { ReadDb, WriteDb } from '../db/handles';

export async function requireGroupsOver(db: ReadDb, groupIds: readonly number[]): Promise<void> {
  const rows = await groupStatuses(db, groupIds);
  if (rows.length !== groupIds.length) throw new AppFailure('notFound');
  const fields: Record<string, string> = {};
  groupIds.forEach((id, i) => {
    if (!isOver(rows.find((r) => r.id === id)!.status)) fields[`groupIds.${i}`] = 'erasure.notOver';
  });
  if (Object.keys(fields).length > 0) throw new AppFailure('erasure.notOver', { fields });
}

export interface EraseResult {
  groups: number;
  enrolments: number;
  childrenDeleted: number;
  childrenKept: number;
  purged: boolean;
}

async function eraseInTransaction(
  db: WriteDb,
  clock: Clock,
  userId: number,
  groupIds: readonly number[],
): Promise<Omit<EraseResult, 'purged'>> {
  await requireGroupsOver(db, groupIds);
  const enrolments = await enrolmentsOfGroups(db, groupIds);
  if (enrolments.length === 0) throw new AppFailure('erasure.nothingToErase');
  if (enrolments.some((e) => e.handedBackAt === null)) throw new AppFailure('erasure.notHandedBack');
  const enrolmentIds = enrolments.map((e) => e.id);
  const childIds = [...new Set(enrolments.map((e) => e.childId))];
  const now = clock.now().toISOString();
  const today = swedishDay(clock.now());

  const sources = await sourceRows(db, enrolmentIds);
  const persons = await personsFor(db, childIds);

  await insertParticipationRecords(
    db,
    sources.map((s) => ({
      person_id: persons.get(s.child_id)!,
      agreement_id: s.agreement_id,
      programme_id: s.programme_id,
      group_id: s.group_id,
      status: s.status,
      referred_on: s.referred_on,
      ended_on: endedOn(s.status, s.updated_at),
      age_band: ageBand(ageAt({ birthDate: s.birth_date, birthYear: s.birth_year }, s.start_date)),
      gender: s.gender,
      district: s.protected_identity === 1 ? '' : s.district,
      protected_identity: s.protected_identity,
      placement_basis: s.placement_basis,
      other_municipality: s.fee_applies,
      fee_ore: s.fee_applies === 1 ? s.fee_amount_ore : 0,
      sessions_attended: Number(s.attended),
      sessions_recorded: Number(s.recorded),
      erased_on: today,
    })),
  );

  await keepEffectSums(db, groupIds, today);

  // Consents and attendance go with their enrolment (ON DELETE CASCADE); answer sheets are deleted first.
  const children = await eraseEnrolmentsAndOrphans(db, enrolmentIds, childIds);

  await recountExtraIncomeAfterErasure(db, sources, now);
  const result = { groups: groupIds.length, enrolments: enrolmentIds.length, ...children };
  await insertErasureRun(db, {
    erased_at: now,
    user_id: userId,
    groups: result.groups,
    enrolments: result.enrolments,
    children_deleted: result.childrenDeleted,
    children_kept: result.childrenKept,
  });
  return result;
}

export async function erase(
  ctx: ServiceContext<Db>,
  groupIds: readonly number[],
): Promise<EraseResult> {
  return runErasure(ctx.db, (trx) => eraseInTransaction(trx, ctx.clock, ctx.user.id, groupIds));
}
