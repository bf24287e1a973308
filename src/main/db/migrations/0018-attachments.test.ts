// Migration 0018 on a database at the one before: attachments, one row per
// file with exactly its record's column set (the one its kind names), bytes
// in chunks of at most 1 MiB; a file goes with its record and its chunks with
// the file (ON DELETE CASCADE); down removes both tables.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../../../../test/support/temp-database';
import { appliedMigrations, migrateToLatest } from '../migrate';
import { migrations } from './index';

/** The migration before this one, whichever number it has once other parts are merged. */
const previous = Object.keys(migrations)
  .sort()
  .filter((name) => name < '0018')
  .at(-1)!;

let database: TempDatabase;
beforeEach(() => {
  database = createTempDatabase();
});
afterEach(() => database.dispose());

const now = '2026-03-02T08:00:00.000Z';
const sha = 'a'.repeat(64);
const insert = (kind: string, links: { agreement?: number; amendment?: number }, bytes = 10) =>
  database.raw
    .prepare(
      `INSERT INTO attachment (record_kind, agreement_id, amendment_id, name, file_type, bytes, sha256, added_at)
       VALUES (?, ?, ?, 'Avtal.pdf', 'pdf', ?, ?, ?)`,
    )
    .run(kind, links.agreement ?? null, links.amendment ?? null, bytes, sha, now).lastInsertRowid;
const chunk = (attachmentId: number | bigint, position: number, size: number) =>
  database.raw
    .prepare('INSERT INTO attachment_chunk (attachment_id, position, data) VALUES (?, ?, ?)')
    .run(attachmentId, position, Buffer.alloc(size, 7));
const count = (table: string) =>
  (database.raw.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('migration 0018-attachments', () => {
  test('exactly the record column of the kind; chunks of at most 1 MiB; files go with their record', async () => {
    await migrateToLatest(database.db, previous);
    expect(await migrateToLatest(database.db, '0018-attachments')).toEqual(['0018-attachments']);
    expect(await appliedMigrations(database.db)).toContain('0018-attachments');
    database.raw
      .prepare(
        `INSERT INTO agreement (id, registration_number, title, status, start_date, end_date, payment_rule, per_child_amount, created_at, updated_at)
         VALUES (7, 'SN-1', 'T', 'draft', '2026-01-01', '2026-12-31', 'quarterlyInAdvance', 0, ?, ?)`,
      )
      .run(now, now);
    const id = insert('agreement', { agreement: 7 });
    chunk(id, 0, 1024 * 1024);
    chunk(id, 1, 3);
    expect(() => chunk(id, 1, 3)).toThrow(/UNIQUE/);
    expect(() => chunk(id, 2, 1024 * 1024 + 1)).toThrow(/CHECK/);
    expect(() => insert('amendment', { agreement: 7 })).toThrow(/CHECK/);
    expect(() => insert('agreement', {})).toThrow(/CHECK/);
    expect(() => insert('letter', { agreement: 7 })).toThrow(/CHECK/);
    expect(() => insert('agreement', { agreement: 7 }, 26 * 1024 * 1024)).toThrow(/CHECK/);
    expect(() => insert('amendment', { amendment: 99 })).toThrow(/FOREIGN KEY/);
    database.raw.prepare('DELETE FROM agreement WHERE id = 7').run();
    expect([count('attachment'), count('attachment_chunk')]).toEqual([0, 0]);
  });

  test('down removes the tables', async () => {
    await migrateToLatest(database.db, '0018-attachments');
    const { down } = await import('./0018-attachments');
    await down(database.db);
    expect(
      database.raw.prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'attachment%'`).all(),
    ).toEqual([]);
  });
});
