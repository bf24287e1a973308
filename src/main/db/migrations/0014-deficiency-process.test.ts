// Migration 0014 on a database at the migration before it: an existing
// deficiency keeps everything it had and gets no commitment, no meeting and
// no steps; the step table refuses an action plan without a deadline or with
// one before the step, a still-deficient outcome without a decision, and two
// steps in one place; a notification cannot be open with a closing date nor
// "opened a deficiency" without one. Down removes it all again.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../../../../test/support/temp-database';
import { migrateToLatest } from '../migrate';
import { migrations } from './index';
import * as m0014 from './0014-deficiency-process';

const mine = '0014-deficiency-process';
const before = Object.keys(migrations)
  .sort()
  .filter((name) => name < mine)
  .at(-1)!;

let database: TempDatabase;
beforeEach(() => {
  database = createTempDatabase();
});
afterEach(() => database.dispose());

const at = '2026-03-02T09:00:00.000Z';
const run = (statement: string, ...values: unknown[]) => database.raw.prepare(statement).run(...values);
const all = (statement: string) => database.raw.prepare(statement).all();

function seed() {
  run(
    `INSERT INTO user (id, username, display_name, role, created_at, updated_at) VALUES (1, 'karin', 'Karin', 'caseworker', ?, ?)`,
    at,
    at,
  );
  for (const [id, name, kind, number] of [
    [1, 'Stockholms stad', 'municipality', '212000-0142'],
    [2, 'Bris', 'nonprofit', '802018-1239'],
  ] as const)
    run(
      `INSERT INTO organisation (id, name, name_folded, kind, org_number, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      id,
      name,
      name.toLowerCase(),
      kind,
      number,
      at,
      at,
    );
  run(
    `INSERT INTO agreement (id, registration_number, title, status, start_date, end_date, payment_rule, per_child_amount, created_at, updated_at, updated_by_user_id)
     VALUES (1, 'SN-2017/272', 'Stödgrupper', 'active', '2025-01-01', '2027-12-31', 'quarterlyInAdvance', 0, ?, ?, 1)`,
    at,
    at,
  );
  run(
    `INSERT INTO agreement_deficiency (id, agreement_id, organisation_id, description, found_on, remedy_by, recorded_by_user_id, recorded_at, updated_at)
     VALUES (1, 1, 2, 'Höstens grupper genomfördes inte.', '2026-02-20', '2026-04-30', 1, ?, ?)`,
    at,
    at,
  );
}

const step = (position: number, kind: string, extra: Record<string, unknown> = {}) => {
  const v = {
    deadline: null,
    responsible: null,
    followUpBy: null,
    result: null,
    decision: null,
    takenOn: '2026-02-20',
    ...extra,
  };
  return run(
    `INSERT INTO agreement_deficiency_step (deficiency_id, position, kind, taken_on, taken_by, deadline, responsible_organisation_id, follow_up_by, result, decision, recorded_at)
     VALUES (1, ?, ?, ?, 'Styrgruppen', ?, ?, ?, ?, ?, ?)`,
    position,
    kind,
    v.takenOn,
    v.deadline,
    v.responsible,
    v.followUpBy,
    v.result,
    v.decision,
    at,
  );
};

describe('migration 0014-deficiency-process', () => {
  test('an existing deficiency keeps its facts and gets no commitment, meeting or steps', async () => {
    await migrateToLatest(database.db, before);
    seed();
    expect(await migrateToLatest(database.db, mine)).toEqual([mine]);
    expect(
      all(
        `SELECT id, description, found_on, remedy_by, outcome, commitment_index, commitment_text, meeting_id FROM agreement_deficiency`,
      ),
    ).toEqual([
      {
        id: 1,
        description: 'Höstens grupper genomfördes inte.',
        found_on: '2026-02-20',
        remedy_by: '2026-04-30',
        outcome: 'open',
        commitment_index: null,
        commitment_text: '',
        meeting_id: null,
      },
    ]);
    expect(all(`SELECT * FROM agreement_deficiency_step`)).toEqual([]);
    expect(all(`SELECT * FROM agreement_circumstance_notice`)).toEqual([]);
  });

  test('the step table refuses what the process cannot hold', async () => {
    await migrateToLatest(database.db, before);
    seed();
    await migrateToLatest(database.db, mine);
    step(0, 'dialogue');
    expect(() => step(0, 'dialogue')).toThrow(/UNIQUE/);
    expect(() => step(1, 'actionPlanRequired')).toThrow(/CHECK/);
    expect(() => step(1, 'actionPlanRequired', { deadline: '2026-02-19', responsible: 2 })).toThrow(/CHECK/);
    expect(() => step(1, 'dialogue', { deadline: '2026-03-15' })).toThrow(/CHECK/);
    step(1, 'actionPlanRequired', { deadline: '2026-03-15', responsible: 2 });
    expect(() => step(2, 'actionPlanReceived', { takenOn: '2026-03-10', followUpBy: '2026-03-01' })).toThrow(
      /CHECK/,
    );
    step(2, 'actionPlanReceived', { takenOn: '2026-03-10', followUpBy: '2026-04-15' });
    step(3, 'followUp', { takenOn: '2026-04-14' });
    expect(() => step(4, 'outcome', { result: 'stillDeficient' })).toThrow(/CHECK/);
    expect(() => step(4, 'outcome', { result: 'remedied', decision: 'rescind' })).toThrow(/CHECK/);
    expect(() => step(4, 'followUp', { decision: 'newPlan' })).toThrow(/CHECK/);
    step(4, 'outcome', { result: 'stillDeficient', decision: 'newPlan' });
    expect(all(`SELECT position, kind FROM agreement_deficiency_step ORDER BY position`)).toHaveLength(5);
  });

  test('a notification is open without a closing date, and "opened a deficiency" names it', async () => {
    await migrateToLatest(database.db, before);
    seed();
    await migrateToLatest(database.db, mine);
    const notice = (status: string, closedOn: string | null, deficiencyId: number | null) =>
      run(
        `INSERT INTO agreement_circumstance_notice (agreement_id, organisation_id, notified_on, what_changed, commitments, status, closed_on, deficiency_id, recorded_at, updated_at)
         VALUES (1, 2, '2026-02-10', 'Gruppledaren har slutat.', '["Genomföra minst fyra grupper per år."]', ?, ?, ?, ?, ?)`,
        status,
        closedOn,
        deficiencyId,
        at,
        at,
      );
    expect(() => notice('open', '2026-02-11', null)).toThrow(/CHECK/);
    expect(() => notice('closed', null, null)).toThrow(/CHECK/);
    expect(() => notice('deficiency', '2026-02-20', null)).toThrow(/CHECK/);
    expect(() => notice('closed', '2026-02-09', null)).toThrow(/CHECK/);
    notice('open', null, null);
    notice('deficiency', '2026-02-20', 1);
    expect(all(`SELECT status FROM agreement_circumstance_notice ORDER BY id`)).toEqual([
      { status: 'open' },
      { status: 'deficiency' },
    ]);
  });

  test('down drops the tables and the new columns; the deficiency stays', async () => {
    await migrateToLatest(database.db, before);
    seed();
    await migrateToLatest(database.db, mine);
    step(0, 'dialogue');
    await m0014.down(database.db);
    const columns = (all(`PRAGMA table_info(agreement_deficiency)`) as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('commitment_index');
    expect(columns).not.toContain('meeting_id');
    expect(
      all(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('agreement_deficiency_step', 'agreement_circumstance_notice')`,
      ),
    ).toEqual([]);
    expect(all(`SELECT id, description FROM agreement_deficiency`)).toEqual([
      { id: 1, description: 'Höstens grupper genomfördes inte.' },
    ]);
  });
});
