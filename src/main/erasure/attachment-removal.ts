// Removing one attachment on its own (issue 14) is erasure: the file's row
// and chunks are deleted through the one erasure routine, so secure_delete
// zeroes them and the log is emptied — the bytes are gone, not just unlisted.
// Only a role that may change the file's record may remove it.
import type { ServiceContext } from '../context/service-context';
import type { Db } from '../db/schema/database';
import { requireAttachment } from '../attachments/attachment-service';
import { deleteAttachment } from '../attachments/attachment-repository';
import { runErasure } from './erasure-routine';

export async function removeAttachment(
  ctx: ServiceContext<Db>,
  input: { id: number },
): Promise<{ removed: boolean; purged: boolean }> {
  return runErasure(ctx.db, async (trx) => {
    await requireAttachment({ ...ctx, db: trx }, input.id, 'write');
    return { removed: await deleteAttachment(trx, input.id) };
  });
}
