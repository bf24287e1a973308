// A byte flipped in the database file (issue 13, defect 2): integrity_check
// finds it, yet the app used to unlock and audit:verify said ok. Now the
// background quick_check after unlock leaves an alarm the admin sees.
import { afterEach, expect, test } from 'vitest';
import { flipByte, rootPageOf } from '../support/damaged-file';
import { createInstalledApp, type TempApp } from '../support/temp-app';
import { organisationInput, orgNumberFrom } from '../support/organisations';
import { signInAsAdmin } from '../support/users';

let app: TempApp | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

test('a flipped byte in a page of table data is found after unlock and shown to the admin', async () => {
  app = await createInstalledApp();
  for (let n = 0; n < 60; n++) await app.must('organisations:create', organisationInput({ name: `Förening ${n}`, orgNumber: orgNumberFrom(String(802100000 + n * 7919)) }));
  await app.installation.databaseCheckIdle();
  expect(await app.must('auth:alerts', {})).toEqual({ count: 0, alerts: [] });
  // The organisation table's root page, found on the open handle before the lock checkpoints the WAL.
  const root = await rootPageOf(app, 'organisation');
  await app.must('auth:lock', {});
  flipByte(app.installation.paths.database, root);

  // Unlock still works (the damage is in one table's page): the check runs beside the session.
  await signInAsAdmin(app);
  await app.installation.databaseCheckIdle();
  const { alerts } = await app.must('auth:alerts', {});
  expect(alerts.map((a) => [a.kind, a.details.split(';')[0]])).toEqual([['databaseCheck', 'quick_check']]);
  // The same check on request, as the scheduled backup calls it.
  expect((await app.installation.checkDatabase()).length).toBeGreaterThan(0);
});
