// The one erasure routine. Gallring, the deletion of a mistake (a child, a
// draft agreement, an organisation) and the retention rules all go through
// it: the rows are deleted in one transaction, with secure_delete on (so
// SQLite zeroes the deleted cells and freed pages as it deletes), and then the
// write-ahead log, which still holds the pages' earlier versions, is
// checkpointed and truncated (purgeDeletedData). Nothing erased may be deleted
// any other way, or its bytes could stay in the log.
import type { Db } from '../db/schema/database';
import type { WriteDb } from '../db/handles';
import { deleteAttachmentsOfRecords } from '../attachments/attachment-repository';
import { deleteDraftsOfRecords } from '../drafts/draft-repository';
import { settleEffectSums } from '../effect-evaluation/group-sums-service';
import { deleteAnswersOf } from './effect-answers-repository';
import {
  childrenWithEnrolments,
  deleteChildren,
  deleteEnrolments,
  purgeDeletedData,
} from './erase-repository';

/**
 * Runs `work` in its own transaction, then makes the deleted bytes gone from
 * the database file and its log. `purged` is false if another connection (a
 * backup being taken) kept part of the log alive; the next lock finishes it.
 */
export async function runErasure<T extends object>(
  db: Db,
  work: (trx: WriteDb) => Promise<T>,
): Promise<T & { purged: boolean }> {
  const result = await db.transaction().execute(work);
  return { ...result, purged: await purgeDeletedData(db) };
}

/**
 * Deletes every user's form drafts of these records (issue 11): a draft is
 * personal data and goes with its record, in the same transaction. The
 * records' ON DELETE CASCADE would take them too; this says so where erasure
 * is done, and runs before the records go.
 */
export async function eraseDraftsOf(
  db: WriteDb,
  records: { agreementIds?: readonly number[]; childIds?: readonly number[]; enrolmentIds?: readonly number[] },
): Promise<number> {
  return deleteDraftsOfRecords(db, records);
}

/**
 * Deletes the attachments (issue 14) of these records and of what belongs to
 * them (an agreement's amendments, meetings, deficiencies and tick-offs; an
 * enrolment's consents), with their bytes, in the erasure's transaction. The records'
 * ON DELETE CASCADE would take them too; this says so where erasure is done.
 */
export async function eraseAttachmentsOf(
  db: WriteDb,
  records: { agreementIds?: readonly number[]; enrolmentIds?: readonly number[]; tickOffIds?: readonly number[] },
): Promise<number> {
  return deleteAttachmentsOfRecords(db, records);
}

/**
 * Deletes the enrolments (consents, attendance and their totals, effect answer sheets go with them)
 * and then those of the children who have no enrolment left (guardians, foster
 * home, contacts, search words and concern reports go with the child; only
 * the concern reports' dates stay, with the child's anonymous person if it
 * has one). `alsoChildren` are deleted even if they never had an enrolment
 * here; they must have none left. Form drafts of the enrolments and of the
 * deleted children go with them, and so do the files attached to the
 * enrolments and their consents. Returns the children deleted and kept.
 */
export async function eraseEnrolmentsAndOrphans(
  db: WriteDb,
  enrolmentIds: readonly number[],
  childIds: readonly number[],
): Promise<{ childrenDeleted: number; childrenKept: number }> {
  await eraseDraftsOf(db, { enrolmentIds });
  // Effect answer sheets are personal data of the enrolment (issue 12); gallring keeps their groups' sums first.
  await deleteAnswersOf(db, enrolmentIds);
  await eraseAttachmentsOf(db, { enrolmentIds });
  await deleteEnrolments(db, enrolmentIds);
  const left = await childrenWithEnrolments(db, childIds);
  const orphans = childIds.filter((id) => !left.has(id));
  await eraseDraftsOf(db, { childIds: orphans });
  await deleteChildren(db, orphans);
  // The groups of the deleted sheets get their effect sums again (none left for a group erased at gallring:
  // its sums were kept first, keepEffectSums).
  await settleEffectSums(db);
  return { childrenDeleted: orphans.length, childrenKept: childIds.length - orphans.length };
}
