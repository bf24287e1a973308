// Frozen in time: never edit after release; add a new migration instead.
// Each group's effect sums (issue 12), kept as the answer sheets are written,
// so effect results read a few rows per group instead of every sheet of the
// year. One table for the live sums and for the sums kept at gallring (which
// replaces effect_record): `erased_on` is null while the group's sheets are in
// the database and the gallring date once they are gone. The sums themselves
// come from scoring the sheets against their instrument (the app's one
// function, bit for bit the same as computing them from the sheets), so the
// database does not compute them: triggers mark a group whose sums may have
// changed (a sheet written, changed or deleted, an enrolment that moves group
// or is deleted, cascades included) in `effect_sums_stale`, and the app
// recomputes the marked groups in the same transaction before it commits
// (src/main/effect-evaluation/group-sums-service.ts). A mark left behind
// would only make results compute that group from its sheets. This migration
// moves the kept sums over and marks every group that has sheets; the first
// sign-in after it computes their sums.
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE effect_group_sums (
      id INTEGER PRIMARY KEY,
      group_id INTEGER NOT NULL REFERENCES support_group (id),
      instrument_id INTEGER NOT NULL REFERENCES effect_instrument (id),
      scale INTEGER NOT NULL CHECK (scale >= 0),
      comparison TEXT NOT NULL CHECK (comparison IN ('after', 'followUp')),
      n INTEGER NOT NULL CHECK (n >= 1),
      sum_before REAL NOT NULL,
      sum_after REAL NOT NULL,
      sum_change REAL NOT NULL,
      sum_change_squared REAL NOT NULL CHECK (sum_change_squared >= 0),
      improved INTEGER NOT NULL CHECK (improved >= 0),
      unchanged INTEGER NOT NULL CHECK (unchanged >= 0),
      worse INTEGER NOT NULL CHECK (worse >= 0),
      erased_on TEXT,
      CHECK (improved + unchanged + worse = n)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX effect_group_sums_group ON effect_group_sums (group_id)`.execute(db);
  await sql`CREATE UNIQUE INDEX effect_group_sums_live ON effect_group_sums (group_id, instrument_id, scale, comparison)
    WHERE erased_on IS NULL`.execute(db);
  await sql`CREATE INDEX effect_group_sums_instrument ON effect_group_sums (instrument_id)`.execute(db);
  await sql`
    INSERT INTO effect_group_sums (group_id, instrument_id, scale, comparison, n, sum_before, sum_after, sum_change,
      sum_change_squared, improved, unchanged, worse, erased_on)
    SELECT group_id, instrument_id, scale, comparison, n, sum_before, sum_after, sum_change,
      sum_change_squared, improved, unchanged, worse, erased_on
    FROM effect_record ORDER BY id`.execute(db);
  await sql`DROP TABLE effect_record`.execute(db);

  await sql`CREATE TABLE effect_sums_stale (group_id INTEGER PRIMARY KEY) STRICT`.execute(db);
  await sql`
    INSERT INTO effect_sums_stale (group_id)
    SELECT DISTINCT e.group_id FROM effect_answer a JOIN enrolment e ON e.id = a.enrolment_id
    WHERE e.group_id IS NOT NULL`.execute(db);
  // A mark is inserted only where there is none (not OR IGNORE: an outer statement's conflict policy would override it).
  const markGroup = (group: string) =>
    `INSERT INTO effect_sums_stale (group_id) SELECT ${group} WHERE ${group} IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM effect_sums_stale WHERE group_id = ${group});`;
  const mark = (enrolment: string) =>
    sql.raw(`INSERT INTO effect_sums_stale (group_id)
      SELECT e.group_id FROM enrolment e WHERE e.id = ${enrolment} AND e.group_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM effect_sums_stale s WHERE s.group_id = e.group_id);`);
  await sql`CREATE TRIGGER effect_answer_added AFTER INSERT ON effect_answer BEGIN ${mark('NEW.enrolment_id')} END`.execute(
    db,
  );
  await sql`CREATE TRIGGER effect_answer_removed AFTER DELETE ON effect_answer BEGIN ${mark('OLD.enrolment_id')} END`.execute(
    db,
  );
  await sql`CREATE TRIGGER effect_answer_changed AFTER UPDATE ON effect_answer BEGIN
    ${mark('OLD.enrolment_id')} ${mark('NEW.enrolment_id')} END`.execute(db);
  // Before the row goes: the sheets (deleted first, or by the cascade) still name the group.
  await sql`
    CREATE TRIGGER effect_enrolment_removed BEFORE DELETE ON enrolment
    WHEN OLD.group_id IS NOT NULL AND EXISTS (SELECT 1 FROM effect_answer WHERE enrolment_id = OLD.id) BEGIN
      ${sql.raw(markGroup('OLD.group_id'))}
    END`.execute(db);
  await sql`
    CREATE TRIGGER effect_enrolment_moved AFTER UPDATE OF group_id ON enrolment
    WHEN OLD.group_id IS NOT NEW.group_id AND EXISTS (SELECT 1 FROM effect_answer WHERE enrolment_id = NEW.id) BEGIN
      ${sql.raw(markGroup('OLD.group_id'))}
      ${sql.raw(markGroup('NEW.group_id'))}
    END`.execute(db);
  // Instruments are never changed once saved; should one be, its groups are computed again.
  await sql`
    CREATE TRIGGER effect_instrument_changed AFTER UPDATE OF definition ON effect_instrument BEGIN
      INSERT INTO effect_sums_stale (group_id)
      SELECT DISTINCT e.group_id FROM effect_answer a JOIN enrolment e ON e.id = a.enrolment_id
      WHERE a.instrument_id = NEW.id AND e.group_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM effect_sums_stale s WHERE s.group_id = e.group_id);
    END`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  for (const trigger of [
    'effect_instrument_changed',
    'effect_enrolment_moved',
    'effect_enrolment_removed',
    'effect_answer_changed',
    'effect_answer_removed',
    'effect_answer_added',
  ])
    await sql`DROP TRIGGER ${sql.id(trigger)}`.execute(db);
  await sql`DROP TABLE effect_sums_stale`.execute(db);
  await sql`
    CREATE TABLE effect_record (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id),
      programme_id INTEGER NOT NULL REFERENCES programme (id),
      group_id INTEGER NOT NULL REFERENCES support_group (id),
      instrument_id INTEGER NOT NULL REFERENCES effect_instrument (id),
      scale INTEGER NOT NULL CHECK (scale >= 0),
      comparison TEXT NOT NULL CHECK (comparison IN ('after', 'followUp')),
      n INTEGER NOT NULL CHECK (n >= 1),
      sum_before REAL NOT NULL,
      sum_after REAL NOT NULL,
      sum_change REAL NOT NULL,
      sum_change_squared REAL NOT NULL CHECK (sum_change_squared >= 0),
      improved INTEGER NOT NULL CHECK (improved >= 0),
      unchanged INTEGER NOT NULL CHECK (unchanged >= 0),
      worse INTEGER NOT NULL CHECK (worse >= 0),
      erased_on TEXT NOT NULL,
      CHECK (improved + unchanged + worse = n)
    ) STRICT`.execute(db);
  await sql`
    INSERT INTO effect_record (agreement_id, programme_id, group_id, instrument_id, scale, comparison, n, sum_before,
      sum_after, sum_change, sum_change_squared, improved, unchanged, worse, erased_on)
    SELECT p.agreement_id, g.programme_id, s.group_id, s.instrument_id, s.scale, s.comparison, s.n, s.sum_before,
      s.sum_after, s.sum_change, s.sum_change_squared, s.improved, s.unchanged, s.worse, s.erased_on
    FROM effect_group_sums s JOIN support_group g ON g.id = s.group_id JOIN programme p ON p.id = g.programme_id
    WHERE s.erased_on IS NOT NULL ORDER BY s.id`.execute(db);
  await sql`CREATE INDEX effect_record_group ON effect_record (group_id)`.execute(db);
  await sql`CREATE INDEX effect_record_instrument ON effect_record (instrument_id)`.execute(db);
  await sql`DROP TABLE effect_group_sums`.execute(db);
}
