// The hash chain shows an edited, deleted or inserted row. The tampering is
// done the way an attacker with the master key would: a raw SQLCipher
// connection, the append-only triggers dropped first.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { openInstallationDatabase, type RawConnection } from '../../../test/support/raw-database';
import { redCross, saveTheChildren } from '../../../test/support/organisations';
import { auditHash } from './audit-hash';

let app: TempApp;
let raw: RawConnection;

beforeEach(async () => {
  app = await createInstalledApp(); // entry 1: installation:setup
  await app.must('organisations:create', redCross); // 2
  await app.must('organisations:create', saveTheChildren); // 3
  await app.must('organisations:list', { query: '' }); // 4
  await app.must('organisations:get', { id: 1 }); // 5
  await app.must('settings:update', { idleLockMinutes: 15 }); // 6
  raw = await openInstallationDatabase(app.dataDir);
  raw.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
});
afterEach(async () => {
  raw.close();
  await app.dispose();
});

interface Row {
  id: number;
  at: string;
  user_id: number | null;
  role: string | null;
  channel: string;
  entity_type: string | null;
  entity_id: string | null;
  outcome: string;
  prev_hash: string;
  hash: string;
}
const row = (id: number) => raw.prepare('SELECT * FROM audit_log WHERE id = ?').get(id) as Row;
const verify = () => app.must('audit:verify', {});

describe('audit:verify', () => {
  test('an untouched log verifies, entry by entry', async () => {
    expect(await verify()).toEqual({ ok: true, checked: 6, firstBadId: null, problem: null });
    // The verification itself was logged and still chains on.
    expect(await verify()).toEqual({ ok: true, checked: 7, firstBadId: null, problem: null });
    const first = row(1);
    expect(first.prev_hash).toBe('0'.repeat(64));
    expect(row(2).prev_hash).toBe(first.hash);
  });

  test('an edited row is reported as edited', async () => {
    raw.prepare("UPDATE audit_log SET outcome = 'denied' WHERE id = 3").run();
    expect(await verify()).toEqual({ ok: false, checked: 6, firstBadId: 3, problem: 'edited' });
  });

  test('an edited row whose own hash was recomputed is still reported at that row', async () => {
    const edited = { ...row(3), entity_id: '99' };
    raw
      .prepare('UPDATE audit_log SET entity_id = ?, hash = ? WHERE id = 3')
      .run('99', auditHash(edited.prev_hash, edited));
    expect(await verify()).toEqual({ ok: false, checked: 6, firstBadId: 3, problem: 'edited' });
  });

  test('a deleted row is reported at the first row after the gap', async () => {
    raw.prepare('DELETE FROM audit_log WHERE id = 3').run();
    expect(await verify()).toEqual({ ok: false, checked: 5, firstBadId: 4, problem: 'deleted' });
  });

  test('a forged row inserted in the middle, with a correct hash of its own, is reported as inserted', async () => {
    // Make room at id 3, then insert a forged entry that chains to entry 2.
    raw.exec(
      'UPDATE audit_log SET id = id + 1000000 WHERE id >= 3; UPDATE audit_log SET id = id - 999999 WHERE id >= 1000000;',
    );
    const forged = {
      id: 3,
      at: '2026-03-02T09:00:00.000Z',
      user_id: 1,
      role: 'admin',
      channel: 'organisations:get',
      entity_type: 'organisation',
      entity_id: '2',
      outcome: 'ok',
    };
    const prevHash = row(2).hash;
    raw
      .prepare(
        'INSERT INTO audit_log (id, at, user_id, role, channel, entity_type, entity_id, outcome, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(...Object.values(forged), prevHash, auditHash(prevHash, forged));
    expect(await verify()).toEqual({ ok: false, checked: 7, firstBadId: 3, problem: 'inserted' });
  });

  test('a forged row inserted in the middle by someone who does not know the hash is reported as inserted', async () => {
    raw.exec(
      'UPDATE audit_log SET id = id + 1000000 WHERE id >= 3; UPDATE audit_log SET id = id - 999999 WHERE id >= 1000000;',
    );
    raw
      .prepare(
        "INSERT INTO audit_log (id, at, user_id, role, channel, entity_type, entity_id, outcome, prev_hash, hash) VALUES (3, '2026-03-02T09:00:00.000Z', 1, 'admin', 'organisations:get', 'organisation', '2', 'ok', ?, ?)",
      )
      .run('f'.repeat(64), 'e'.repeat(64));
    expect(await verify()).toEqual({ ok: false, checked: 7, firstBadId: 3, problem: 'inserted' });
  });

  test('the first problem is the one reported', async () => {
    raw.prepare("UPDATE audit_log SET outcome = 'failed' WHERE id = 5").run();
    raw.prepare("UPDATE audit_log SET role = 'viewer' WHERE id = 2").run();
    expect(await verify()).toEqual({ ok: false, checked: 6, firstBadId: 2, problem: 'edited' });
  });
});
