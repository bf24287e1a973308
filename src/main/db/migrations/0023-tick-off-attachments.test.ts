// Migration 0023 on a database at the one before: attachments take the record
// kind 'tickOff' (tick_off_id, gone with its tick-off). The table is rebuilt:
// an existing file survives with its chunks, the chunks' reference stays
// valid (foreign_key_check), indexes and triggers stand as before, exactly
// one record column is still required; down takes the tick-offs' files away
// and keeps the rest.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../../../../test/support/temp-database';
import { appliedMigrations, migrateToLatest } from '../migrate';
import { migrations } from './index';

const name = '0023-tick-off-attachments';
const previous = Object.keys(migrations)
  .sort()
  .filter((n) => n < '0023')
  .at(-1)!;

let database: TempDatabase;
beforeEach(() => {
  database = createTempDatabase();
});
afterEach(() => database.dispose());

const now = '2026-03-02T08:00:00.000Z';
const sha = 'b'.repeat(64);
const run = (statement: string, ...params: unknown[]) => database.raw.prepare(statement).run(...params);
const all = (statement: string) => database.raw.prepare(statement).all();
const insert = (kind: string, links: { agreement?: number; tickOff?: number }) =>
  run(
    `INSERT INTO attachment (record_kind, agreement_id, tick_off_id, name, file_type, bytes, sha256, added_at)
     VALUES (?, ?, ?, 'Kvitto.pdf', 'pdf', 3, ?, ?)`,
    kind,
    links.agreement ?? null,
    links.tickOff ?? null,
    sha,
    now,
  ).lastInsertRowid;
const schemaOf = () =>
  all(
    `SELECT type, name FROM sqlite_master WHERE tbl_name IN ('attachment', 'attachment_chunk') AND name NOT LIKE 'sqlite_autoindex%' ORDER BY type, name`,
  );

describe(`migration ${name}`, () => {
  test('an existing file survives with its chunks; a tick-off takes files; still exactly one record; down', async () => {
    await migrateToLatest(database.db, previous);
    run(
      `INSERT INTO agreement (id, registration_number, title, status, start_date, end_date, payment_rule, per_child_amount, created_at, updated_at)
       VALUES (7, 'SN-1', 'T', 'draft', '2026-01-01', '2026-12-31', 'quarterlyInAdvance', 0, ?, ?)`,
      now,
      now,
    );
    run(
      `INSERT INTO attachment (id, record_kind, agreement_id, name, file_type, bytes, sha256, added_at)
       VALUES (5, 'agreement', 7, 'Avtal.pdf', 'pdf', 4, ?, ?)`,
      sha,
      now,
    );
    run(
      `INSERT INTO attachment_chunk (attachment_id, position, data) VALUES (5, 0, ?), (5, 1, ?)`,
      Buffer.from('ab'),
      Buffer.from('cd'),
    );
    const before = schemaOf();
    expect(before.length).toBeGreaterThan(2);

    expect(await migrateToLatest(database.db, name)).toEqual([name]);
    expect(await appliedMigrations(database.db)).toContain(name);
    expect(all('PRAGMA foreign_key_check')).toEqual([]);
    expect(all('SELECT id, record_kind, agreement_id, name FROM attachment')).toEqual([
      { id: 5, record_kind: 'agreement', agreement_id: 7, name: 'Avtal.pdf' },
    ]);
    expect(
      all('SELECT position, data FROM attachment_chunk WHERE attachment_id = 5 ORDER BY position').map((r) =>
        String((r as { data: Buffer }).data),
      ),
    ).toEqual(['ab', 'cd']);
    // Every index and trigger as before, and the tick-off's own index.
    expect(schemaOf()).toEqual(
      [...before, { type: 'index', name: 'attachment_tick_off' }].sort(
        (a, b) =>
          (a as { type: string }).type.localeCompare((b as { type: string }).type) ||
          (a as { name: string }).name.localeCompare((b as { name: string }).name),
      ),
    );
    expect(all(`SELECT sql FROM sqlite_master WHERE name = 'attachment_chunk'`)).toEqual([
      { sql: expect.stringMatching(/REFERENCES "?attachment"? \(id\) ON DELETE CASCADE/) },
    ]);

    run(
      `INSERT INTO agreement_commitment_tick_off (id, agreement_id, commitment_key, done_on, what_done, recorded_at)
       VALUES (3, 7, 'k1', '2026-02-01', 'Träff hölls', ?)`,
      now,
    );
    const tickOffFile = insert('tickOff', { tickOff: 3 });
    run(
      `INSERT INTO attachment_chunk (attachment_id, position, data) VALUES (?, 0, ?)`,
      tickOffFile,
      Buffer.from('xyz'),
    );
    expect(() => insert('tickOff', {})).toThrow(/CHECK/);
    expect(() => insert('tickOff', { agreement: 7, tickOff: 3 })).toThrow(/CHECK/);
    expect(() => insert('agreement', { tickOff: 3 })).toThrow(/CHECK/);
    expect(() => insert('tickOff', { tickOff: 99 })).toThrow(/FOREIGN KEY/);
    // A file goes with its tick-off, and its chunks with the file.
    run('DELETE FROM agreement_commitment_tick_off WHERE id = 3');
    expect(all('SELECT id FROM attachment')).toEqual([{ id: 5 }]);
    expect(all('SELECT count(*) AS n FROM attachment_chunk')).toEqual([{ n: 2 }]);

    // Down: the tick-offs' files go (no column to stay in); the rest stays, indexes and triggers as before.
    run(
      `INSERT INTO agreement_commitment_tick_off (id, agreement_id, commitment_key, done_on, what_done, recorded_at)
       VALUES (4, 7, 'k1', '2026-02-02', 'Träff hölls', ?)`,
      now,
    );
    run(
      `INSERT INTO attachment_chunk (attachment_id, position, data) VALUES (?, 0, ?)`,
      insert('tickOff', { tickOff: 4 }),
      Buffer.from('q'),
    );
    const { down } = await import('./0023-tick-off-attachments');
    await down(database.db);
    expect(all('PRAGMA foreign_key_check')).toEqual([]);
    expect(all('SELECT id FROM attachment')).toEqual([{ id: 5 }]);
    expect(all('SELECT attachment_id, position FROM attachment_chunk ORDER BY position')).toEqual([
      { attachment_id: 5, position: 0 },
      { attachment_id: 5, position: 1 },
    ]);
    expect(schemaOf()).toEqual(before);
    expect(() => insert('tickOff', { tickOff: 4 })).toThrow();
  });
});
