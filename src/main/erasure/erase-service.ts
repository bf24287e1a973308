// "Gallra": erases the children's data of groups that are over, once it has
// been handed back. Each enrolment becomes an anonymised participation record
// (age band, gender, district, placement basis, sessions attended, how it
// ended) so reports stay the same; the enrolment with its consents,
// attendance, notes and the child's view is deleted. A child with no
// enrolment left is deleted too (guardians, foster home, contacts, search
// words), keeping only the dates of concern reports; a child with another
// enrolment keeps what that enrolment needs.
//
// Deleting is not enough: with secure_delete the freed space is zeroed, and
// afterwards the write-ahead log is checkpointed and truncated and the
// database rebuilt (VACUUM), so no erased name or number remains anywhere in
// the database file or its log.
import { sql } from 'kysely';
import { swedishDay } from '../../shared/dates';
import { ageBand } from '../../shared/reports/age-bands';
import { ageAt } from '../../shared/support-groups/age-rule';
import type { EnrolmentStatus, Gender, PlacementBasis } from '../../shared/support-groups/vocabulary';
import type { Clock } from '../app/clock';
import type { Db, DbOrTrx } from '../db/schema/database';
import { AppFailure } from '../errors/app-error';
import { endedOn } from '../reports/waiting-at';
import { isOver } from '../../shared/erasure/retention';
import { enrolmentsOfGroups } from './erasure-groups';
import { recountExtraIncomeAfterErasure } from './extra-income-after-erasure';

const chunkSize = 400;
const chunks = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / chunkSize) }, (_, i) =>
    items.slice(i * chunkSize, (i + 1) * chunkSize),
  );
const idList = (ids: readonly number[]) => sql.join(ids.map((i) => sql`${i}`));

export async function requireGroupsOver(db: DbOrTrx, groupIds: readonly number[]): Promise<void> {
  const rows = await db
    .selectFrom('support_group')
    .select(['id', 'status'])
    .where('id', 'in', [...groupIds])
    .execute();
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

interface SourceRow {
  id: number;
  child_id: number;
  agreement_id: number;
  programme_id: number;
  group_id: number;
  start_date: string;
  status: EnrolmentStatus;
  referred_on: string;
  updated_at: string;
  fee_applies: 0 | 1;
  fee_amount_ore: number;
  birth_date: string | null;
  birth_year: number | null;
  gender: Gender;
  district: string;
  protected_identity: 0 | 1;
  placement_basis: PlacementBasis;
  attended: number;
  recorded: number;
}

/** Gives every child an anonymous person (once) and returns child id → person id. */
async function personsFor(db: DbOrTrx, childIds: readonly number[]): Promise<Map<number, number>> {
  const persons = new Map<number, number>();
  for (const part of chunks(childIds)) {
    await sql`INSERT INTO anonymous_person (child_id)
      SELECT c.id FROM child c WHERE c.id IN (${idList(part)})
        AND NOT EXISTS (SELECT 1 FROM anonymous_person ap WHERE ap.child_id = c.id)`.execute(db);
    const rows = await db
      .selectFrom('anonymous_person')
      .select(['id', 'child_id'])
      .where('child_id', 'in', part)
      .execute();
    for (const r of rows) persons.set(r.child_id!, r.id);
  }
  return persons;
}

async function eraseInTransaction(
  db: DbOrTrx,
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

  const sources: SourceRow[] = [];
  for (const part of chunks(enrolmentIds)) {
    const { rows } = await sql<SourceRow>`
      SELECT e.id, e.child_id, p.agreement_id, e.programme_id, e.group_id, g.start_date, e.status, e.referred_on, e.updated_at,
             e.fee_applies, e.fee_amount_ore, c.birth_date, c.birth_year, c.gender, c.district, c.protected_identity, c.placement_basis,
             (SELECT count(*) FROM attendance a WHERE a.enrolment_id = e.id AND a.present = 1) AS attended,
             (SELECT count(*) FROM attendance a WHERE a.enrolment_id = e.id) AS recorded
      FROM enrolment e
      JOIN child c ON c.id = e.child_id
      JOIN support_group g ON g.id = e.group_id
      JOIN programme p ON p.id = e.programme_id
      WHERE e.id IN (${idList(part)})`.execute(db);
    sources.push(...rows);
  }
  const persons = await personsFor(db, childIds);

  for (const part of chunks(sources)) {
    await db
      .insertInto('participation_record')
      .values(
        part.map((s) => ({
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
      )
      .execute();
  }

  // Consents and attendance go with their enrolment (ON DELETE CASCADE).
  for (const part of chunks(enrolmentIds)) await db.deleteFrom('enrolment').where('id', 'in', part).execute();

  const left = new Set<number>();
  for (const part of chunks(childIds)) {
    const rows = await db
      .selectFrom('enrolment')
      .select('child_id')
      .distinct()
      .where('child_id', 'in', part)
      .execute();
    for (const r of rows) left.add(r.child_id);
  }
  const orphans = childIds.filter((id) => !left.has(id));
  for (const part of chunks(orphans)) {
    await sql`INSERT INTO anonymous_concern_report (person_id, reported_on)
      SELECT ap.id, cr.reported_on FROM concern_report cr JOIN anonymous_person ap ON ap.child_id = cr.child_id
      WHERE cr.child_id IN (${idList(part)})`.execute(db);
    // Guardians, search words and concern reports go with the child; the anonymous person loses its link (SET NULL).
    await db.deleteFrom('child').where('id', 'in', part).execute();
  }

  await recountExtraIncomeAfterErasure(db, sources, now);
  const result = {
    groups: groupIds.length,
    enrolments: enrolmentIds.length,
    childrenDeleted: orphans.length,
    childrenKept: childIds.length - orphans.length,
  };
  await db
    .insertInto('erasure_run')
    .values({
      erased_at: now,
      user_id: userId,
      groups: result.groups,
      enrolments: result.enrolments,
      children_deleted: result.childrenDeleted,
      children_kept: result.childrenKept,
    })
    .execute();
  return result;
}

/**
 * Rewrites the database so that deleted bytes are gone from the file and its
 * log: checkpoint and truncate the WAL, VACUUM (which itself goes through the
 * WAL), then checkpoint and truncate again. False if another connection (a
 * backup being taken) kept part of the log alive; the next lock finishes it.
 */
export async function purgeDeletedData(db: Db): Promise<boolean> {
  const checkpoint = async () => {
    const { rows } = await sql<{
      busy: number;
      log: number;
      checkpointed: number;
    }>`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
    const r = rows[0];
    return r !== undefined && r.busy === 0 && r.log === r.checkpointed;
  };
  try {
    const first = await checkpoint();
    await sql`VACUUM`.execute(db);
    const second = await checkpoint();
    return first && second;
  } catch {
    return false;
  }
}

export async function erase(
  ctx: { db: Db; clock: Clock; userId: number },
  groupIds: readonly number[],
): Promise<EraseResult> {
  const result = await ctx.db
    .transaction()
    .execute((trx) => eraseInTransaction(trx, ctx.clock, ctx.userId, groupIds));
  return { ...result, purged: await purgeDeletedData(ctx.db) };
}
