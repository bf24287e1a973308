// Migration 0020 on a database at the one before: the sums kept at gallring
// move over from effect_record, every group with answer sheets is marked for
// its sums to be computed (the first sign-in does it), and from then on the
// triggers mark a group when a sheet is written, changed or deleted, when an
// enrolment moves group or is deleted (cascade included); down puts the kept
// sums back.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../../../../test/support/temp-database';
import { exampleInstrument } from '../../../shared/effect-evaluation/example-instrument';
import { liveGroupSums, settleEffectSums } from '../../effect-evaluation/group-sums-service';
import { migrateToLatest } from '../migrate';
import { migrations } from './index';

const previous = Object.keys(migrations)
  .sort()
  .filter((name) => name < '0020')
  .at(-1)!;

let database: TempDatabase;
beforeEach(() => {
  database = createTempDatabase();
});
afterEach(() => database.dispose());

const now = '2026-03-02T08:00:00.000Z';
const run = (statement: string, ...params: unknown[]) => database.raw.prepare(statement).run(...params);
const stale = () =>
  (
    database.raw.prepare('SELECT group_id FROM effect_sums_stale ORDER BY group_id').all() as {
      group_id: number;
    }[]
  ).map((r) => r.group_id);
const clear = () => run('DELETE FROM effect_sums_stale');

async function seed() {
  const db = database.db;
  await sql`INSERT INTO user (id, username, display_name, role, created_at, updated_at) VALUES (1, 'karin', 'Karin', 'caseworker', ${now}, ${now})`.execute(
    db,
  );
  await sql`INSERT INTO organisation (id, name, name_folded, kind, org_number, created_at, updated_at)
    VALUES (1, 'Föreningen', 'föreningen', 'nonprofit', '802000-0001', ${now}, ${now})`.execute(db);
  await sql`INSERT INTO agreement (id, registration_number, title, status, start_date, end_date, payment_rule, per_child_amount, created_at, updated_at)
    VALUES (1, 'SN-2026/101', 'Stödgrupper', 'active', '2026-01-01', '2027-12-31', 'quarterlyInAdvance', 0, ${now}, ${now})`.execute(
    db,
  );
  await sql`INSERT INTO programme (id, agreement_id, name, format, session_count, session_minutes, age_min, age_max, created_at, updated_at)
    VALUES (1, 1, 'Stödgrupp', 'weekly', 8, 120, 7, 18, ${now}, ${now})`.execute(db);
  for (const id of [1, 2, 3])
    run(
      `INSERT INTO support_group (id, programme_id, name, start_date, start_time, status, created_at, updated_at) VALUES (?, 1, ?, '2026-03-04', '17:00', 'planned', ?, ?)`,
      id,
      `Grupp ${id}`,
      now,
      now,
    );
  await sql`INSERT INTO child (id, name, name_folded, identity_kind, identity_number, birth_date, birth_year, gender, home_municipality, placement_basis, created_at, updated_at)
    VALUES (1, 'Tolvan Tolvansson', 'tolvan tolvansson', 'personnummer', '20121212-1212', '2012-12-12', 2012, 'boy', 'Malmö', 'SoL', ${now}, ${now})`.execute(
    db,
  );
  for (const [id, group] of [
    [1, 1],
    [2, 2],
    [3, null],
  ] as const)
    run(
      `INSERT INTO enrolment (id, child_id, programme_id, group_id, status, referred_on, created_at, updated_at)
       VALUES (?, 1, 1, ?, 'interest', '2026-02-01', ?, ?)`,
      id,
      group,
      now,
      now,
    );
  run(
    `INSERT INTO effect_instrument (id, organisation_id, name, respondent, definition, created_at) VALUES (1, 1, 'Hur jag har det', 'child', '{}', ?)`,
    now,
  );
}

const answer = (enrolment: number, occasion: string) =>
  run(
    `INSERT INTO effect_answer (enrolment_id, instrument_id, occasion, answered_on, entered_by, answer_values, created_at)
     VALUES (?, 1, ?, '2026-03-01', 1, '[1,2,3]', ?)`,
    enrolment,
    occasion,
    now,
  );

describe('migration 0020-effect-group-sums', () => {
  test('kept sums move over, groups with sheets are marked, and the triggers mark every change', async () => {
    await migrateToLatest(database.db, previous);
    await seed();
    answer(1, 'before');
    run(
      `INSERT INTO effect_record (agreement_id, programme_id, group_id, instrument_id, scale, comparison, n, sum_before, sum_after,
         sum_change, sum_change_squared, improved, unchanged, worse, erased_on)
       VALUES (1, 1, 3, 1, 0, 'after', 6, 90.5, 110, 19.5, 80.25, 3, 3, 0, '2026-06-01')`,
    );
    expect(await migrateToLatest(database.db, '0020-effect-group-sums')).toEqual(['0020-effect-group-sums']);
    expect(
      database.raw
        .prepare(
          'SELECT group_id, n, sum_before, sum_change_squared, improved, erased_on FROM effect_group_sums',
        )
        .all(),
    ).toEqual([
      {
        group_id: 3,
        n: 6,
        sum_before: 90.5,
        sum_change_squared: 80.25,
        improved: 3,
        erased_on: '2026-06-01',
      },
    ]);
    expect(database.raw.prepare(`SELECT name FROM sqlite_master WHERE name = 'effect_record'`).all()).toEqual(
      [],
    );
    expect(stale()).toEqual([1]);
    clear();

    // A sheet written, changed, deleted.
    answer(2, 'before');
    expect(stale()).toEqual([2]);
    answer(2, 'after');
    expect(stale()).toEqual([2]);
    clear();
    run(`UPDATE effect_answer SET answer_values = '[3,2,1]' WHERE enrolment_id = 1`);
    expect(stale()).toEqual([1]);
    clear();
    run(`UPDATE effect_answer SET enrolment_id = 1 WHERE enrolment_id = 2 AND occasion = 'after'`);
    expect(stale()).toEqual([1, 2]);
    clear();
    run(`DELETE FROM effect_answer WHERE enrolment_id = 1 AND occasion = 'after'`);
    expect(stale()).toEqual([1]);
    clear();
    // A sheet of an enrolment without a group marks nothing; moving it into a group marks that group.
    answer(3, 'before');
    expect(stale()).toEqual([]);
    run('UPDATE enrolment SET group_id = 2 WHERE id = 3');
    expect(stale()).toEqual([2]);
    clear();
    run('UPDATE enrolment SET group_id = 1 WHERE id = 3');
    expect(stale()).toEqual([1, 2]);
    clear();
    run('UPDATE enrolment SET group_id = NULL WHERE id = 3');
    expect(stale()).toEqual([1]);
    clear();
    // Another change of the enrolment marks nothing.
    run(`UPDATE enrolment SET status = 'waitlisted', group_id = group_id WHERE id = 1`);
    expect(stale()).toEqual([]);
    // An enrolment deleted (its sheets go by the cascade).
    run('DELETE FROM enrolment WHERE id = 2');
    expect(stale()).toEqual([2]);
    clear();
    // The live sums of a group are one row per instrument, scale and comparison; kept ones may repeat.
    const sums = (group: number, erasedOn: string | null) =>
      run(
        `INSERT INTO effect_group_sums (group_id, instrument_id, scale, comparison, n, sum_before, sum_after, sum_change,
           sum_change_squared, improved, unchanged, worse, erased_on) VALUES (?, 1, 0, 'after', 1, 3, 4, 1, 1, 0, 1, 0, ?)`,
        group,
        erasedOn,
      );
    sums(1, null);
    expect(() => sums(1, null)).toThrow(/UNIQUE/);
    sums(1, '2026-06-01');
    sums(1, '2026-06-01');
    expect(() =>
      run(
        `INSERT INTO effect_group_sums (group_id, instrument_id, scale, comparison, n, sum_before, sum_after, sum_change,
           sum_change_squared, improved, unchanged, worse) VALUES (1, 1, 1, 'after', 2, 3, 4, 1, 1, 0, 1, 0)`,
      ),
    ).toThrow(/CHECK/);
  });

  test('the first sign-in after it computes the marked groups’ sums from the sheets present', async () => {
    await migrateToLatest(database.db, previous);
    await seed();
    const { items, scales } = exampleInstrument;
    run(`UPDATE effect_instrument SET definition = ? WHERE id = 1`, JSON.stringify({ items, scales }));
    const sheetOf = (enrolment: number, occasion: string, values: number[]) =>
      run(
        `INSERT INTO effect_answer (enrolment_id, instrument_id, occasion, answered_on, entered_by, answer_values, created_at)
         VALUES (?, 1, ?, '2026-03-01', 1, ?, ?)`,
        enrolment,
        occasion,
        JSON.stringify(values),
        now,
      );
    sheetOf(1, 'before', [3, 3, 2, 3, 3, 4]);
    sheetOf(1, 'after', [4, 4, 3, 2, 4, 3]);
    sheetOf(2, 'before', [2, 2, 2, 3, 2, 3]);
    sheetOf(2, 'followUp', [3, 3, 3, 3, 3, 3]);
    await migrateToLatest(database.db, '0020-effect-group-sums');
    expect(stale()).toEqual([1, 2]);
    // What sign-in does when a migration ran (installation/sign-in.ts).
    expect(await database.db.transaction().execute(settleEffectSums)).toBe(2);
    expect(stale()).toEqual([]);
    const rows = database.raw
      .prepare(
        `SELECT group_id, scale, comparison, n, sum_before, sum_after, sum_change, sum_change_squared, improved, unchanged, worse
         FROM effect_group_sums WHERE erased_on IS NULL ORDER BY group_id, scale, comparison`,
      )
      .all();
    const computed = (await liveGroupSums(database.db, [1, 2]))
      .map((g) => ({
        group_id: g.groupId,
        scale: g.scale,
        comparison: g.comparison,
        n: g.sums.n,
        sum_before: g.sums.sumBefore,
        sum_after: g.sums.sumAfter,
        sum_change: g.sums.sumChange,
        sum_change_squared: g.sums.sumChangeSquared,
        improved: g.sums.improved,
        unchanged: g.sums.unchanged,
        worse: g.sums.worse,
      }))
      .sort(
        (a, b) => a.group_id - b.group_id || a.scale - b.scale || a.comparison.localeCompare(b.comparison),
      );
    expect(rows).toEqual(computed);
    // By hand (items 4 and 6 reverse-scored): group 1 total 16 → 22, "Trygghet och stöd" 3 → 4 (before → after);
    // group 2 total 14 → 18, 2 → 3 (before → follow-up).
    expect(rows.map((r) => Object.values(r as object).slice(0, 6))).toEqual([
      [1, 0, 'after', 1, 16, 22],
      [1, 1, 'after', 1, 3, 4],
      [2, 0, 'followUp', 1, 14, 18],
      [2, 1, 'followUp', 1, 2, 3],
    ]);
  });

  test('down puts the kept sums back in effect_record', async () => {
    await migrateToLatest(database.db, previous);
    await seed();
    await migrateToLatest(database.db, '0020-effect-group-sums');
    run(
      `INSERT INTO effect_group_sums (group_id, instrument_id, scale, comparison, n, sum_before, sum_after, sum_change,
         sum_change_squared, improved, unchanged, worse, erased_on) VALUES (2, 1, 0, 'after', 1, 3, 4, 1, 1, 0, 1, 0, NULL),
         (3, 1, 0, 'after', 1, 3, 4, 1, 1, 0, 1, 0, '2026-06-01')`,
    );
    const { down } = await import('./0020-effect-group-sums');
    await down(database.db);
    expect(
      database.raw.prepare('SELECT agreement_id, programme_id, group_id, erased_on FROM effect_record').all(),
    ).toEqual([{ agreement_id: 1, programme_id: 1, group_id: 3, erased_on: '2026-06-01' }]);
    expect(
      database.raw
        .prepare(
          `SELECT name FROM sqlite_master WHERE name LIKE 'effect_%' AND name IN ('effect_group_sums', 'effect_sums_stale')`,
        )
        .all(),
    ).toEqual([]);
  });
});
