// Migration 0019 on a database at the one before: the exchange tables; one
// current identity at most; a partner's keys are unique and verification has
// both its time and its user; a package id is recorded once per direction; a
// subject goes with its child (ON DELETE CASCADE) and loses an erased
// enrolment (SET NULL); down removes the tables.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../../../../test/support/temp-database';
import { appliedMigrations, migrateToLatest } from '../migrate';
import { migrations } from './index';

const previous = Object.keys(migrations).sort().filter((name) => name < '0019').at(-1)!;

let database: TempDatabase;
beforeEach(() => {
  database = createTempDatabase();
});
afterEach(() => database.dispose());

const now = '2026-03-02T08:00:00.000Z';
const run = (statement: string, ...params: unknown[]) => database.raw.prepare(statement).run(...params);
const identity = (n: number, retired: string | null) =>
  run(
    `INSERT INTO exchange_identity (organisation_name, org_number, installation_name, age_identity, age_recipient,
       signing_private_key, signing_key, card, created_at, retired_at) VALUES ('M', '212000-1124', 'I', ?, ?, 'p', ?, '{}', ?, ?)`,
    `AGE-SECRET-KEY-${n}`,
    `age1${n}`,
    `k${n}`,
    now,
    retired,
  );
const partner = (n: number, verifiedAt: string | null, verifiedBy: number | null) =>
  run(
    `INSERT INTO exchange_partner (organisation_name, org_number, installation_name, age_recipient, signing_key,
       card_created_at, imported_at, verified_at, verified_by_user_id) VALUES ('R', '802002-8711', 'S', ?, ?, ?, ?, ?, ?)`,
    `age1p${n}`,
    `kp${n}`,
    now,
    now,
    verifiedAt,
    verifiedBy,
  );
const pkg = (id: string, direction: string) =>
  run(
    `INSERT INTO exchange_package (package_id, direction, kind, partner_id, created_at, expires_at, handled_at)
     VALUES (?, ?, 'referral', 1, ?, ?, ?)`,
    id,
    direction,
    now,
    now,
    now,
  );

describe('migration 0019-exchange', () => {
  test('identities, partners, packages and subjects with their rules', async () => {
    await migrateToLatest(database.db, previous);
    expect(await migrateToLatest(database.db, '0019-exchange')).toEqual(['0019-exchange']);
    expect(await appliedMigrations(database.db)).toContain('0019-exchange');
    run(`INSERT INTO user (id, username, display_name, role, created_at, updated_at) VALUES (1, 'ada', 'Ada', 'admin', ?, ?)`, now, now);
    identity(1, now);
    identity(2, null);
    expect(() => identity(3, null)).toThrow(/UNIQUE/);
    partner(1, null, null);
    expect(() => partner(1, null, null)).toThrow(/UNIQUE/);
    expect(() => partner(2, now, null)).toThrow(/CHECK/);
    partner(3, now, 1);
    pkg('a', 'in');
    pkg('a', 'out');
    expect(() => pkg('a', 'in')).toThrow(/UNIQUE/);
    expect(() => pkg('b', 'sideways')).toThrow(/CHECK/);
    run(
      `INSERT INTO child (id, name, name_folded, identity_kind, birth_year, gender, home_municipality, placement_basis, created_at, updated_at)
       VALUES (5, 'T', 't', 'none', 2014, 'boy', 'Malmö', 'SoL', ?, ?)`,
      now,
      now,
    );
    run(`INSERT INTO exchange_subject (partner_id, subject_ref, child_id, source_package_id) VALUES (1, 'r', 5, 'a')`);
    expect(() =>
      run(`INSERT INTO exchange_subject (partner_id, subject_ref, child_id, source_package_id) VALUES (1, 'r', 5, 'a')`),
    ).toThrow(/UNIQUE/);
    run('DELETE FROM child WHERE id = 5');
    expect(database.raw.prepare('SELECT count(*) AS n FROM exchange_subject').get()).toEqual({ n: 0 });
  });

  test('down removes the tables', async () => {
    await migrateToLatest(database.db, '0019-exchange');
    const { down } = await import('./0019-exchange');
    await down(database.db);
    expect(database.raw.prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'exchange_%'`).all()).toEqual([]);
  });
});
