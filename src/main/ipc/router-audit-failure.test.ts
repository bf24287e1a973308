// Issue 13, defect 3: an audit entry that cannot be written fails the call;
// it is never dropped. The router used to log the failure and answer ok.
import { sql } from 'kysely';
import { afterEach, expect, test } from 'vitest';
import { adminPassword, createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { auditRows } from '../../../test/support/audit';

let app: TempApp | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

test('an unlock whose audit entry cannot be written fails, stays locked, and the entry is kept for the next unlock', async () => {
  app = await createInstalledApp();
  // The database refuses the first successful auth:unlock entry (as SQLITE_BUSY or a full disk would).
  await sql`CREATE TRIGGER refuse_unlock_entry BEFORE INSERT ON audit_log
    WHEN NEW.channel = 'auth:unlock' AND NEW.outcome = 'ok'
      AND NOT EXISTS (SELECT 1 FROM audit_log WHERE channel = 'auth:unlock' AND outcome = 'failed')
    BEGIN SELECT RAISE(ABORT, 'audit refused'); END`.execute(app.installation.db);
  await app.must('auth:lock', {});

  const refused = await app.call('auth:unlock', { username: 'admin', password: adminPassword });
  expect(refused.ok).toBe(false);
  if (!refused.ok) {
    expect(refused.error.code).toBe('audit.writeFailed');
    expect(refused.error.message).toMatch(/loggen/);
  }
  expect(app.installation.state).toBe('locked');

  // The next unlock brings the kept entry into the chain, then records itself.
  await app.must('auth:unlock', { username: 'admin', password: adminPassword });
  const unlocks = (await auditRows(app)).filter((r) => r.channel === 'auth:unlock').map((r) => r.outcome);
  expect(unlocks).toEqual(['failed', 'ok']);
});
