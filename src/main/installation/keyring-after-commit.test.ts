// Keyring changes made inside a transaction are written only when it commits.
import { afterEach, expect, test } from 'vitest';
import { readKeyring } from '../keyring/keyring-file';
import { findPasswordSlot } from '../keyring/slots';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';

let app: TempApp | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

async function addUserRow(db: TempApp['installation']['db'], username: string): Promise<number> {
  const now = '2026-03-02T09:00:00.000Z';
  const { id } = await db
    .insertInto('user')
    .values({
      username,
      display_name: username,
      role: 'caseworker',
      disabled: 0,
      must_change_password: 1,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

test('a rolled-back transaction leaves the keyring untouched', async () => {
  app = await createInstalledApp();
  const installation = app.installation;
  const before = readKeyring(installation.paths.keyring);
  await expect(
    installation.withKeyringAfterCommit(() =>
      installation.db.transaction().execute(async (trx) => {
        const id = await addUserRow(trx, 'cecilia');
        await installation.setPassword(trx, id, 'tillfälligt-lösen-1', { mustChange: true });
        throw new Error('commit fails');
      }),
    ),
  ).rejects.toThrow('commit fails');
  expect(readKeyring(installation.paths.keyring)).toEqual(before);
});

test('a committed transaction writes its slot', async () => {
  app = await createInstalledApp();
  const installation = app.installation;
  await installation.withKeyringAfterCommit(() =>
    installation.db.transaction().execute(async (trx) => {
      const id = await addUserRow(trx, 'david');
      await installation.setPassword(trx, id, 'tillfälligt-lösen-1', { mustChange: true });
      // Not yet on disk while the transaction is open.
      expect(findPasswordSlot(readKeyring(installation.paths.keyring)!, 'david')).toBeUndefined();
    }),
  );
  expect(findPasswordSlot(readKeyring(installation.paths.keyring)!, 'david')).toBeDefined();
});
