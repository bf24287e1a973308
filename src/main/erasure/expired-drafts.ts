// Form drafts older than 30 days are deleted at unlock (issue 11): a draft is
// personal data, kept only so that nothing typed is lost, not as a record.
// Through the erasure routine, so the bytes leave the log too; only when
// there is something to delete, so an ordinary unlock pays one count.
import { draftLifetimeDays } from '../../shared/drafts/forms';
import type { Db } from '../db/schema/database';
import { countDraftsBefore, deleteDraftsBefore } from '../drafts/draft-repository';
import { runErasure } from './erasure-routine';

const dayMs = 86_400_000;

export async function deleteExpiredDrafts(db: Db, now: Date): Promise<number> {
  const before = new Date(now.getTime() - draftLifetimeDays * dayMs).toISOString();
  if ((await countDraftsBefore(db, before)) === 0) return 0;
  const { deleted } = await runErasure(db, async (trx) => ({ deleted: await deleteDraftsBefore(trx, before) }));
  return deleted;
}
