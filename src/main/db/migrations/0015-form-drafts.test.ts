// Migration 0015 on a database at the one before: form drafts, one per user, form and
// record; the record's column must match the record id (none for "new"); a
// draft goes with its record and its user (ON DELETE CASCADE); down removes it.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../../../../test/support/temp-database';
import { appliedMigrations, migrateToLatest } from '../migrate';
import { migrations } from './index';

/** The migration before this one, whichever number it has once other parts are merged. */
const previous = Object.keys(migrations).sort().filter((name) => name < '0015').at(-1)!;

let database: TempDatabase;
beforeEach(() => {
  database = createTempDatabase();
});
afterEach(() => database.dispose());

const now = '2026-03-02T08:00:00.000Z';
const insert = (form: string, recordId: number, links: { agreement?: number; child?: number } = {}) =>
  database.raw
    .prepare(
      `INSERT INTO form_draft (user_id, form, record_id, agreement_id, child_id, payload, updated_at)
       VALUES (1, ?, ?, ?, ?, '{}', ?)`,
    )
    .run(form, recordId, links.agreement ?? null, links.child ?? null, now);

const drafts = () => database.raw.prepare('SELECT form, record_id FROM form_draft ORDER BY id').all();

describe('migration 0015-form-drafts', () => {
  test('one draft per user, form and record; the record column must match; it goes with its record and user', async () => {
    await migrateToLatest(database.db, previous);
    expect(await migrateToLatest(database.db, '0015-form-drafts')).toEqual(['0015-form-drafts']);
    expect(await appliedMigrations(database.db)).toContain('0015-form-drafts');
    database.raw
      .prepare(
        `INSERT INTO user (id, username, display_name, role, created_at, updated_at) VALUES (1, 'karin', 'Karin', 'caseworker', ?, ?)`,
      )
      .run(now, now);
    database.raw
      .prepare(
        `INSERT INTO agreement (id, registration_number, title, status, start_date, end_date, payment_rule, per_child_amount, created_at, updated_at)
         VALUES (7, 'SN-1', 'T', 'draft', '2026-01-01', '2026-12-31', 'quarterlyInAdvance', 0, ?, ?)`,
      )
      .run(now, now);
    insert('child', 0);
    insert('agreement', 7, { agreement: 7 });
    insert('meeting', 7, { agreement: 7 });
    expect(() => insert('child', 0)).toThrow(/UNIQUE/);
    expect(() => insert('agreement', 7)).toThrow(/CHECK/);
    expect(() => insert('group', 0, { agreement: 7 })).toThrow(/CHECK/);
    expect(() => insert('amendment', 8, { agreement: 7 })).toThrow(/CHECK/);
    expect(() => insert('letter', 0)).toThrow(/CHECK/);
    expect(() => insert('amendment', 9, { agreement: 9 })).toThrow(/FOREIGN KEY/);
    database.raw.prepare('DELETE FROM agreement WHERE id = 7').run();
    expect(drafts()).toEqual([{ form: 'child', record_id: 0 }]);
    database.raw.prepare('DELETE FROM user WHERE id = 1').run();
    expect(drafts()).toEqual([]);
  });

  test('down removes the table', async () => {
    await migrateToLatest(database.db, '0015-form-drafts');
    const { down } = await import('./0015-form-drafts');
    await down(database.db);
    expect(database.raw.prepare(`SELECT name FROM sqlite_master WHERE name = 'form_draft'`).all()).toEqual([]);
  });
});
