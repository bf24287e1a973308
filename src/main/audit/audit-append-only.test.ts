import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { openInstallationDatabase } from '../../../test/support/raw-database';

let app: TempApp;
beforeEach(async () => {
  app = await createInstalledApp();
  await app.must('organisations:list', { query: '' });
});
afterEach(() => app.dispose());

const allRows = () => app.installation.db.selectFrom('audit_log').selectAll().orderBy('id').execute();

describe('the audit log is append-only in the database itself', () => {
  test('UPDATE is refused by the trigger', async () => {
    const before = await allRows();
    await expect(
      app.installation.db.updateTable('audit_log').set({ outcome: 'denied' }).where('id', '=', 2).execute(),
    ).rejects.toThrow('audit_log is append-only');
    expect(await allRows()).toEqual(before);
  });

  test('DELETE is refused by the trigger', async () => {
    const before = await allRows();
    await expect(app.installation.db.deleteFrom('audit_log').where('id', '=', 1).execute()).rejects.toThrow(
      'audit_log is append-only',
    );
    await expect(app.installation.db.deleteFrom('audit_log').execute()).rejects.toThrow(
      'audit_log is append-only',
    );
    expect(await allRows()).toEqual(before);
  });

  test('also for a raw connection with the master key, as long as the triggers are there', async () => {
    const raw = await openInstallationDatabase(app.dataDir);
    try {
      expect(() => raw.prepare("UPDATE audit_log SET outcome = 'denied'").run()).toThrow(
        'audit_log is append-only',
      );
      expect(() => raw.prepare('DELETE FROM audit_log WHERE id = 2').run()).toThrow(
        'audit_log is append-only',
      );
      expect(raw.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 2 });
    } finally {
      raw.close();
    }
  });

  test('the triggers exist with the expected names', async () => {
    const raw = await openInstallationDatabase(app.dataDir);
    try {
      const triggers = raw
        .prepare(
          "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log' ORDER BY name",
        )
        .all();
      expect(triggers).toEqual([{ name: 'audit_log_no_delete' }, { name: 'audit_log_no_update' }]);
    } finally {
      raw.close();
    }
  });
});
