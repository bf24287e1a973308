// The Översikt card's counts (erasure:summary) are counted in SQL; they must
// agree with the overview's list, which applies the retention rule in
// TypeScript, for every retention setting that moves a group across a
// boundary, and for cancelled groups whose last change was saved just before
// or after midnight in Stockholm (22:00–23:59 UTC is already the next Swedish
// day, in summer from 22:00 and in winter from 23:00).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { swedishDayStart } from './erasure-overview';
import { swedishDay } from '../../shared/dates';
import type { ErasureOverview } from '../../shared/ipc/erasure';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { buildFixture, type Fixture } from '../../../test/support/reports/report-fixture';

// Today is 2026-03-02: every tenth setting, and each day where a group above crosses from later to due
// (over + days = today + 14) or from due to overdue (over + days = today - 1).
const near = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const retentionSweep = [
  ...new Set([
    ...near(0, 36)
      .map((i) => i * 10)
      .filter((d) => d <= 365),
    ...near(75, 95),
    ...near(165, 185),
    ...near(242, 264),
  ]),
];

/** The counts from the listed groups' states, which the overview derives in TypeScript (retention.ts). */
const countedInTypeScript = (days: number, overview: ErasureOverview) => ({
  retentionDays: days,
  awaiting: overview.groups.length,
  due: overview.groups.filter((g) => g.state === 'due').length,
  overdue: overview.groups.filter((g) => g.state === 'overdue').length,
});

let app: TempApp;
let fixture: Fixture;

beforeAll(async () => {
  app = await createInstalledApp();
  fixture = await buildFixture(app);
}, 120_000);
afterAll(async () => {
  await app.dispose();
});

describe('swedishDayStart', () => {
  it('is midnight in Stockholm, summer and winter, and on the days the clocks change', () => {
    expect(swedishDayStart('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(swedishDayStart('2026-07-15')).toBe('2026-07-14T22:00:00.000Z');
    for (const day of ['2026-03-29', '2026-03-30', '2026-10-25', '2026-10-26', '2024-02-29']) {
      const start = new Date(swedishDayStart(day));
      expect(swedishDay(start)).toBe(day);
      expect(swedishDay(new Date(start.getTime() - 1))).not.toBe(day);
    }
  });
});

describe('erasure:summary', () => {
  it('counts what the overview lists, for every retention setting and cancellations around midnight', async () => {
    const db = app.installation.db;
    // Move the two finished groups' data to a cancelled group changed at the edges of Swedish days.
    const g1 = fixture.groups.g1;
    const g2 = fixture.groups.g2;
    const edges = [
      ['cancelled', '2025-11-30T22:59:59.999Z'], // winter: still 30 November in Stockholm
      ['cancelled', '2025-11-30T23:00:00.000Z'], // winter: already 1 December
    ] as const;
    await sql`UPDATE support_group SET status = ${edges[0][0]}, updated_at = ${edges[0][1]} WHERE id = ${g1}`.execute(
      db,
    );
    await sql`UPDATE support_group SET status = ${edges[1][0]}, updated_at = ${edges[1][1]} WHERE id = ${g2}`.execute(
      db,
    );
    const summer = [
      ['2025-06-14T21:59:59.999Z', '2025-06-14T22:00:00.000Z'],
      ['2025-08-31T21:30:00.000Z', '2025-08-31T22:30:00.000Z'],
    ];
    let checked = 0;
    for (const [g1At, g2At] of [[edges[0][1], edges[1][1]], ...summer] as [string, string][]) {
      await sql`UPDATE support_group SET updated_at = ${g1At} WHERE id = ${g1}`.execute(db);
      await sql`UPDATE support_group SET updated_at = ${g2At} WHERE id = ${g2}`.execute(db);
      for (const days of retentionSweep) {
        await app.must('reports:updateSettings', { threshold: 5, retentionDays: days });
        const overview = await app.must('erasure:overview', {});
        const summary = await app.must('erasure:summary', {});
        expect(summary, `${days} days, ${g1At} / ${g2At}`).toEqual(countedInTypeScript(days, overview));
        checked +=
          overview.due + overview.overdue > 0 && overview.groups.some((g) => g.state !== 'overdue') ? 1 : 0;
      }
    }
    // The sweep did cross the boundaries: some settings leave a group due or later beside an overdue one.
    expect(checked).toBeGreaterThan(10);
    await app.must('reports:updateSettings', { threshold: 5, retentionDays: 30 });
  }, 120_000);

  it('counts finished groups by their last session held', async () => {
    const db = app.installation.db;
    await sql`UPDATE support_group SET status = 'finished' WHERE id IN (${fixture.groups.g1}, ${fixture.groups.g2})`.execute(
      db,
    );
    for (const days of [
      0, 30, 120, 130, 131, 132, 133, 134, 135, 300, 330, 340, 341, 342, 343, 344, 345, 346, 360, 365,
    ]) {
      await app.must('reports:updateSettings', { threshold: 5, retentionDays: days });
      const overview = await app.must('erasure:overview', {});
      expect(await app.must('erasure:summary', {})).toEqual(countedInTypeScript(days, overview));
    }
  });
});

describe('past SQLite’s variable limit', () => {
  it('lists and counts 33,000 groups awaiting erasure (once an IN list of every group id: too many SQL variables)', async () => {
    const db = app.installation.db;
    const copy = async (table: 'support_group' | 'enrolment', overrides: Record<string, unknown>) => {
      const { rows } = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table})`.execute(db);
      const columns = rows.map((r) => r.name).filter((c) => c !== 'id');
      const values = columns.map((c) => (c in overrides ? overrides[c] : sql.ref(`t.${c}`)));
      return { columns: sql.join(columns.map((c) => sql.ref(c))), values: sql.join(values as never[]) };
    };
    const group = await copy('support_group', { name: sql`'Kopia ' || n.i` });
    await sql`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 33000)
      INSERT INTO support_group (${group.columns}) SELECT ${group.values}
      FROM n CROSS JOIN support_group t WHERE t.id = ${fixture.groups.g1}`.execute(db);
    const enrolment = await copy('enrolment', { group_id: sql`g.id` });
    await sql`INSERT INTO enrolment (${enrolment.columns}) SELECT ${enrolment.values}
      FROM support_group g CROSS JOIN enrolment t
      WHERE g.name LIKE 'Kopia %' AND t.id = ${fixture.enrolmentIds.get('c1@g1')!}`.execute(db);

    const overview = await app.call('erasure:overview', { limit: 5000 });
    expect(overview.ok ? overview.value.groups.length : overview.error.code).toBe(5000);
    const summary = await app.must('erasure:summary', {});
    expect(summary.awaiting).toBe(33_002);
    expect(overview.ok && overview.value.total).toBe(33_002);
    expect(overview.ok && [overview.value.due, overview.value.overdue]).toEqual([
      summary.due,
      summary.overdue,
    ]);
    // Every group shown is due no later than any group left out: the list keeps the most urgent.
    const first = await app.must('erasure:overview', {});
    expect(first.groups).toHaveLength(300);
    const shown = new Set(first.groups.map((g) => g.groupId));
    const lastShown = first.groups.at(-1)!.dueOn;
    expect(
      overview.ok &&
        overview.value.groups.filter((g) => !shown.has(g.groupId)).every((g) => g.dueOn >= lastShown),
    ).toBe(true);
    expect(first.groups.map((g) => g.dueOn)).toEqual([...first.groups.map((g) => g.dueOn)].sort());
  }, 60_000);
});
