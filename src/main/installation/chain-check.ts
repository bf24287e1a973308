// At unlock, before anything is written: does the database's audit chain
// contain the head this installation stored? If not, unlock goes on (the
// data that is there is still needed), but the chain gets an alarm entry that
// admins see until one of them acknowledges it (audit/integrity-alerts.ts).
import { compareWithHead, deriveHeadKey, headMacValid, mismatchEntityId } from '../audit/audit-head';
import { appendAudit } from '../audit/audit-repository';
import { headMismatchChannel } from '../audit/integrity-alerts';
import type { Db } from '../db/schema/database';
import type { Keyring } from '../keyring/keyring-file';
import { readSettingValue, writeSettingValue } from '../settings/settings-repository';

/** Set once a head has been kept: a head missing after that was removed. */
const headKeptSetting = 'auditHeadKept';

/**
 * Checks the chain against the stored head; returns the locked-queue number
 * the head vouches for (null without a valid head: the queue's numbers are then checked among themselves only).
 */
export async function checkChainAtUnlock(db: Db, keyring: Keyring, masterKey: Buffer, now: Date): Promise<{ lockedSeq: number | null }> {
  const key = deriveHeadKey(masterKey, keyring.installationId);
  try {
    const stored = keyring.auditHead;
    let finding: string | null = null;
    let lockedSeq: number | null = null;
    const kept = (await readSettingValue(db, headKeptSetting)) !== undefined;
    if (!stored) {
      if (kept) finding = 'headRemoved';
    } else if (!headMacValid(key, keyring.installationId, stored)) {
      finding = 'headForged';
    } else {
      lockedSeq = stored.lockedSeq;
      const mismatch = await compareWithHead(db, stored);
      if (mismatch) finding = mismatchEntityId(mismatch);
    }
    if (finding || !kept) {
      await db.transaction().execute(async (trx) => {
        if (!kept) await markHeadKept(trx);
        if (finding)
          await appendAudit(trx, {
            at: now.toISOString(),
            userId: null,
            role: null,
            channel: headMismatchChannel,
            entityType: 'auditLog',
            entityId: finding,
            outcome: 'failed',
          });
      });
    }
    return { lockedSeq };
  } finally {
    key.fill(0);
  }
}

/** From now on this database expects a stored head (first run, or the first unlock with this version). */
export async function markHeadKept(db: Db): Promise<void> {
  await writeSettingValue(db, headKeptSetting, 'true');
}
