// Migration 0007 on a database at 0006: the alarm queries read the audit log
// through the new (channel, id) index instead of scanning it, and the log
// stays append-only.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../../../../test/support/temp-database';
import { appliedMigrations, migrateToLatest } from '../migrate';

let database: TempDatabase;
beforeEach(() => {
  database = createTempDatabase();
});
afterEach(() => database.dispose());

const plan = (query: string) =>
  (database.raw.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[])
    .map((r) => r.detail)
    .join('; ');

const newestOfChannel = `SELECT id FROM audit_log WHERE channel = 'audit:acknowledgeAlerts' AND outcome = 'ok' ORDER BY id DESC LIMIT 1`;
const channelsAfter = `SELECT id FROM audit_log WHERE channel IN ('audit:headMismatch', 'audit:lockedQueue') AND id > 10 ORDER BY id`;

describe('migration 0007-audit-channel-index', () => {
  test('the alarm queries scan the log before and use the index after', async () => {
    await migrateToLatest(database.db, '0006-attendance-totals');
    expect(plan(newestOfChannel)).not.toMatch(/audit_log_channel/);
    expect(await migrateToLatest(database.db, '0007-audit-channel-index')).toEqual([
      '0007-audit-channel-index',
    ]);
    expect(await appliedMigrations(database.db)).toContain('0007-audit-channel-index');
    expect(plan(newestOfChannel)).toMatch(/USING (COVERING )?INDEX audit_log_channel/);
    expect(plan(channelsAfter)).toMatch(/USING (COVERING )?INDEX audit_log_channel/);
  });

  test('the log stays append-only, and down removes only the index', async () => {
    await migrateToLatest(database.db, '0007-audit-channel-index');
    const { down } = await import('./0007-audit-channel-index');
    await down(database.db);
    const indexes = database.raw
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log'`)
      .all();
    expect(indexes).not.toContainEqual({ name: 'audit_log_channel' });
    const triggers = database.raw
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'`)
      .all();
    expect(triggers).toEqual(
      expect.arrayContaining([{ name: 'audit_log_no_delete' }, { name: 'audit_log_no_update' }]),
    );
  });
});
