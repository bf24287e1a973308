// Migration 0006: each enrolment's attendance totals, kept by triggers. On the
// report fixture (attendance recorded through the router), the totals must
// equal a count of the attendance rows after every kind of write: recording,
// re-recording (an upsert that flips `present`), deleting a session (a
// foreign-key cascade), erasing an enrolment, and after rebuilding the table
// from existing rows (the migration's backfill).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type Fixture } from '../../../../test/support/reports/report-fixture';
import { createInstalledApp, type TempApp } from '../../../../test/support/temp-app';
import type { ReadDb } from '../handles';
import * as m0006 from './0006-attendance-totals';

let app: TempApp;
let fixture: Fixture;

beforeAll(async () => {
  app = await createInstalledApp();
  fixture = await buildFixture(app);
}, 120_000);
afterAll(async () => {
  await app.dispose();
});

type Totals = { enrolment_id: number; attended: number; recorded: number }[];

async function kept(db: ReadDb): Promise<Totals> {
  const { rows } = await sql<Totals[number]>`
    SELECT enrolment_id, attended, recorded FROM enrolment_attendance WHERE recorded > 0 ORDER BY enrolment_id`.execute(
    db,
  );
  return rows;
}

async function counted(db: ReadDb): Promise<Totals> {
  const { rows } = await sql<Totals[number]>`
    SELECT enrolment_id, sum(present) AS attended, count(*) AS recorded FROM attendance
    GROUP BY enrolment_id ORDER BY enrolment_id`.execute(db);
  return rows;
}

async function expectTotalsMatch(db: ReadDb = app.installation.db): Promise<Totals> {
  const totals = await counted(db);
  expect(await kept(db)).toEqual(totals);
  const { rows } = await sql<{ n: number }>`
    SELECT count(*) AS n FROM enrolment_attendance WHERE attended < 0 OR recorded < attended`.execute(db);
  expect(rows[0]?.n).toBe(0);
  return totals;
}

describe('migration 0006-attendance-totals', () => {
  test('keeps the totals of attendance recorded through the router (97 of 100 in the fixture)', async () => {
    const totals = await expectTotalsMatch();
    expect(totals.reduce((n, t) => n + t.attended, 0)).toBe(97);
    expect(totals.reduce((n, t) => n + t.recorded, 0)).toBe(100);
  });

  test('follows attendance recorded again with another answer (an upsert)', async () => {
    const group = await app.must('supportGroups:get', { id: fixture.groups.g2 });
    const session = group.sessions[0]!;
    const enrolmentId = fixture.enrolmentIds.get('c9@g2')!;
    for (const present of [false, true, false]) {
      await app.must('supportGroups:recordAttendance', {
        sessionId: session.id,
        entries: [{ enrolmentId, present }],
      });
      await expectTotalsMatch();
    }
    await app.must('supportGroups:recordAttendance', {
      sessionId: session.id,
      entries: [{ enrolmentId, present: true }],
    });
  });

  test('follows rows moved between enrolments and removed by a cascade', async () => {
    const db = app.installation.db;
    const [a, b] = [fixture.enrolmentIds.get('c1@g2')!, fixture.enrolmentIds.get('c8@g2')!];
    await db
      .transaction()
      .execute(async (trx) => {
        const { rows } = await sql<{ session_id: number }>`
        SELECT session_id FROM attendance WHERE enrolment_id = ${a} LIMIT 1`.execute(trx);
        // Not something the app does; the trigger still keeps both enrolments right.
        await sql`DELETE FROM attendance WHERE enrolment_id = ${b} AND session_id = ${rows[0]!.session_id}`.execute(
          trx,
        );
        await sql`UPDATE attendance SET enrolment_id = ${b} WHERE enrolment_id = ${a} AND session_id = ${rows[0]!.session_id}`.execute(
          trx,
        );
        await expectTotalsMatch(trx);
        const { rows: sessions } = await sql<{ id: number }>`
        SELECT id FROM group_session WHERE group_id = ${fixture.groups.g2} ORDER BY date LIMIT 1`.execute(
          trx,
        );
        await sql`DELETE FROM group_session WHERE id = ${sessions[0]!.id}`.execute(trx);
        await expectTotalsMatch(trx);
        await sql`DELETE FROM enrolment WHERE id = ${a}`.execute(trx);
        await expectTotalsMatch(trx);
        const { rows: left } =
          await sql`SELECT 1 FROM enrolment_attendance WHERE enrolment_id = ${a}`.execute(trx);
        expect(left).toEqual([]);
        throw new Error('roll back');
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error) || error.message !== 'roll back') throw error;
      });
    await expectTotalsMatch();
  });

  test('builds the totals from existing attendance when it runs (down, then up again)', async () => {
    const before = await expectTotalsMatch();
    await m0006.down(app.installation.db);
    await m0006.up(app.installation.db);
    expect(await expectTotalsMatch()).toEqual(before);
  });
});
