// Each group's effect sums are kept in step with its answer sheets by every
// write path (group-sums-service.ts). Proven two ways on the report fixture:
// - a child deleted by mistake takes its answer sheets with it (no byte left
//   in the database file, its log or a later backup), and its group's sums
//   and results follow at once;
// - after random sequences of sheets written (and refused), enrolments moved
//   between groups (and out of any), children added and deleted by mistake,
//   and gallring, the live sums equal the sums computed from the sheets now
//   present, the kept sums are exactly the live sums of each group at its
//   gallring, no group is left marked, and the results read from the rows
//   equal the results computed from the sheets. A path that forgot to update
//   the sums fails it.
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleInstrument } from '../../shared/effect-evaluation/example-instrument';
import type { AnswerInput } from '../../shared/ipc/effect-evaluation';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { backupBytes, diskBytes, foundIn } from '../../../test/support/erased-bytes';
import { masterKeyOf } from '../../../test/support/raw-database';
import { organisationInput } from '../../../test/support/organisations';
import { buildFixture, type Fixture } from '../../../test/support/reports/report-fixture';
import { childInput, testNumber } from '../../../test/support/support-groups/fixtures';
import { addUser, passwordOf, signIn, signInAsAdmin } from '../../../test/support/users';
import { liveGroupSums } from './group-sums-service';

let app: TempApp;
let fixture: Fixture;
let key: Buffer;
let instrumentId: number;
let folder: string;
let serial = 0;

beforeAll(async () => {
  app = await createInstalledApp();
  fixture = await buildFixture(app);
  key = await masterKeyOf(app.dataDir);
  folder = mkdtempSync(join(tmpdir(), 'iop-desk-effect-sums-'));
  const organisation = await app.must('organisations:create', organisationInput());
  instrumentId = (
    await app.must('effect:createInstrument', { organisationId: organisation.id, ...exampleInstrument })
  ).id;
  await app.must('effect:setProgrammeInstruments', {
    programmeId: fixture.programmeId,
    instruments: [{ instrumentId, followUpMonths: 6 }],
  });
  await addUser(app, 'caseworker', 'karin');
}, 120_000);
afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await app.dispose();
});

const db = () => app.installation.db;
const sheet = (enrolmentId: number, occasion: AnswerInput['occasion'], values: number[]): AnswerInput => ({
  enrolmentId,
  instrumentId,
  occasion,
  answeredOn: '2026-03-01',
  values,
});

/** A child added through the router, waiting with a place in `groupId` (or none). */
async function newChild(groupId: number | null): Promise<{ childId: number; enrolmentId: number }> {
  serial += 1;
  const child = await app.must(
    'children:create',
    childInput({ name: `Barn Nummer${serial}`, identityNumber: testNumber('2015-04-04', 100 + serial) }),
  );
  const enrolment = await app.must('enrolments:create', {
    childId: child.id,
    programmeId: fixture.programmeId,
    groupId,
    status: 'waitlisted',
    referredOn: '2026-01-10',
  });
  return { childId: child.id, enrolmentId: enrolment.id };
}

/** Deleted by mistake, as a caseworker (the admin may not). */
async function deleteChild(childId: number) {
  const { version } = await app.must('children:get', { id: childId });
  await signIn(app, 'karin', passwordOf('karin'));
  const result = await app.call('children:deleteMistake', {
    id: childId,
    version,
    reason: 'wrongPerson',
    confirmed: true,
  });
  await signInAsAdmin(app);
  return result;
}

type Row = { group: number; instrument: number; scale: number; comparison: string; sums: string };
const key4 = (r: Row) => `${r.group}:${r.instrument}:${r.scale}:${r.comparison}:${r.sums}`;
const sorted = (rows: Row[]) => rows.sort((a, b) => key4(a).localeCompare(key4(b)));

async function storedRows(kept: boolean): Promise<Row[]> {
  const rows = await db()
    .selectFrom('effect_group_sums')
    .selectAll()
    .where('erased_on', kept ? 'is not' : 'is', null)
    .execute();
  return sorted(
    rows.map((r) => ({
      group: r.group_id,
      instrument: r.instrument_id,
      scale: r.scale,
      comparison: r.comparison,
      sums: JSON.stringify([
        r.n,
        r.sum_before,
        r.sum_after,
        r.sum_change,
        r.sum_change_squared,
        r.improved,
        r.unchanged,
        r.worse,
        r.erased_on,
      ]),
    })),
  );
}

/** What the live rows must be: the sums computed from every sheet now in the database. */
async function fromSheets(): Promise<Row[]> {
  const groups = (await db().selectFrom('support_group').select('id').execute()).map((g) => g.id);
  return sorted(
    (await liveGroupSums(db(), groups)).map((s) => ({
      group: s.groupId,
      instrument: s.instrumentId,
      scale: s.scale,
      comparison: s.comparison,
      sums: JSON.stringify([
        s.sums.n,
        s.sums.sumBefore,
        s.sums.sumAfter,
        s.sums.sumChange,
        s.sums.sumChangeSquared,
        s.sums.improved,
        s.sums.unchanged,
        s.sums.worse,
        null,
      ]),
    })),
  );
}

const results = (year: number) => app.must('effect:results', { year, agreementId: fixture.agreementId });

/** The invariant: live rows = the sheets' sums, kept rows = what gallring kept, nothing marked, results alike both ways. */
async function expectConsistent(kept: Row[]) {
  expect(await db().selectFrom('effect_sums_stale').selectAll().execute()).toEqual([]);
  expect(await storedRows(false)).toEqual(await fromSheets());
  expect(await storedRows(true)).toEqual(sorted([...kept]));
  // Results from the rows equal results from the sheets: every group marked makes results compute it from its sheets.
  const fromRows = [await results(2025), await results(2026)];
  await db()
    .insertInto('effect_sums_stale')
    .columns(['group_id'])
    .expression((eb) => eb.selectFrom('support_group').select('id'))
    .execute();
  const computed = [await results(2025), await results(2026)];
  await db().deleteFrom('effect_sums_stale').execute();
  expect(fromRows).toEqual(computed);
}

describe('a child deleted by mistake', () => {
  it('takes its answer sheets with it, bytes and all, and its group’s sums follow', async () => {
    const { groups } = fixture;
    const other = await newChild(groups.g4);
    const mistaken = await newChild(groups.g4);
    const needles = ['[5,1,4,2,5,1]', '[1,5,2,4,1,5]'];
    await app.must('effect:recordAnswer', sheet(other.enrolmentId, 'before', [3, 3, 3, 3, 3, 3]));
    await app.must('effect:recordAnswer', sheet(other.enrolmentId, 'after', [4, 4, 4, 2, 4, 2]));
    await app.must('effect:recordAnswer', sheet(mistaken.enrolmentId, 'before', [5, 1, 4, 2, 5, 1]));
    await app.must('effect:recordAnswer', sheet(mistaken.enrolmentId, 'after', [1, 5, 2, 4, 1, 5]));
    const n = async () =>
      (
        await db()
          .selectFrom('effect_group_sums')
          .select('n')
          .where('group_id', '=', groups.g4)
          .where('erased_on', 'is', null)
          .where('scale', '=', 0)
          .where('comparison', '=', 'after')
          .executeTakeFirst()
      )?.n;
    expect(await n()).toBe(2);
    await expectConsistent([]);
    expect(foundIn(diskBytes(app, key), needles)).toEqual(needles);

    const deleted = await deleteChild(mistaken.childId);
    expect(deleted).toMatchObject({ ok: true, value: { enrolments: 1, purged: true } });
    expect(await n()).toBe(1);
    const { recorded } = await app.must('effect:groupAnswers', { groupId: groups.g4 });
    expect(recorded.map((r) => `${r.enrolmentId} ${r.occasion}`).sort()).toEqual([
      `${other.enrolmentId} after`,
      `${other.enrolmentId} before`,
    ]);
    await expectConsistent([]);
    expect(foundIn(diskBytes(app, key), needles)).toEqual([]);
    expect(foundIn(await backupBytes(app, key), needles)).toEqual([]);
    // The other child goes too, so the random sequences below start from the fixture alone.
    expect(await deleteChild(other.childId)).toMatchObject({ ok: true });
    expect(await storedRows(false)).toEqual([]);
  }, 60_000);
});

const op = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('record' as const),
      pick: fc.nat(),
      occasion: fc.constantFrom('before' as const, 'after' as const, 'followUp' as const),
      /** A "before" first, so the sheet makes a pair. */
      pair: fc.boolean(),
      values: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 6, maxLength: 6 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), group: fc.nat(4) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('newChild' as const), group: fc.nat(4) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteChild' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('gallring' as const),
      groups: fc.constantFrom(['g1'] as const, ['g2'] as const, ['g1', 'g2'] as const, ['g3'] as const),
    }),
  },
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

describe('effect sums after random writes, moves, deletions and gallring', () => {
  const kept: Row[] = [];
  const added = new Set<number>();
  /** How often a step changed a group's sums by each path: the sequences must reach them all. */
  const reached = { moved: 0, deleted: 0, erased: 0, groups: new Set<number>() };
  const hasSheets = async (enrolmentIds: readonly number[]) =>
    enrolmentIds.length > 0 &&
    (
      await db()
        .selectFrom('effect_answer')
        .select('id')
        .where('enrolment_id', 'in', [...enrolmentIds])
        .execute()
    ).length > 0;

  beforeAll(async () => {
    // Pairs in the two 2025 groups, so their gallring has sums to keep.
    for (const [i, c] of ['c1@g1', 'c2@g1', 'c3@g1', 'c8@g2', 'c9@g2'].entries()) {
      const e = fixture.enrolmentIds.get(c)!;
      await app.must('effect:recordAnswer', sheet(e, 'before', [2, 3, 2, 4, 3, i + 1]));
      await app.must('effect:recordAnswer', sheet(e, 'after', [4, 3, 4, 2, 4, 5 - i]));
    }
  });

  async function apply(o: Op): Promise<void> {
    const { groups } = fixture;
    const groupOf = (i: number) => [groups.g1, groups.g2, groups.g3, groups.g4, null][i]!;
    const enrolments = await db()
      .selectFrom('enrolment')
      .select(['id', 'child_id', 'status', 'version', 'group_id'])
      .orderBy('id')
      .execute();
    if (o.kind === 'record') {
      const e = enrolments[o.pick % enrolments.length];
      if (!e) return;
      if (o.pair)
        await app.call(
          'effect:recordAnswer',
          sheet(
            e.id,
            'before',
            o.values.map((v) => 6 - v),
          ),
        );
      await app.call('effect:recordAnswer', sheet(e.id, o.occasion, o.values));
    } else if (o.kind === 'move') {
      // Children added here wait (a group or none) or are offered a place (a group): each move changes group.
      const mine = enrolments.filter((e) => added.has(e.child_id));
      const e = mine[o.pick % Math.max(1, mine.length)];
      if (!e) return;
      const to = e.status === 'waitlisted' ? 'offered' : 'waitlisted';
      const groupId = groupOf(o.group) ?? (to === 'offered' ? groups.g4 : null);
      const moved = await app.call('enrolments:transition', {
        id: e.id,
        version: e.version,
        to,
        groupId,
        reason: '',
      });
      if (moved.ok && groupId !== e.group_id && (await hasSheets([e.id]))) reached.moved += 1;
    } else if (o.kind === 'newChild') {
      added.add((await newChild(groupOf(o.group))).childId);
    } else if (o.kind === 'deleteChild') {
      const mine = [...added];
      const childId = mine[o.pick % Math.max(1, mine.length)];
      if (childId === undefined) return;
      const sheets = await hasSheets(enrolments.filter((e) => e.child_id === childId).map((e) => e.id));
      if (!(await deleteChild(childId)).ok) return;
      added.delete(childId);
      if (sheets) reached.deleted += 1;
    } else {
      const groupIds = o.groups.map((g) => groups[g]);
      const before = (await storedRows(false)).filter((r) => groupIds.includes(r.group));
      const handedBack = await app.call('erasure:handBack', {
        groupIds,
        folder,
        passphrase: 'ekorre-lingon-fjällsjö-kanot',
      });
      if (!handedBack.ok) return;
      const erased = await app.call('erasure:erase', { groupIds, confirmed: true });
      if (!erased.ok) return;
      for (const r of before) kept.push({ ...r, sums: r.sums.replace(/null\]$/, '"2026-03-02"]') });
      if (before.length > 0) reached.erased += 1;
      for (const childId of added)
        if (!(await db().selectFrom('child').select('id').where('id', '=', childId).executeTakeFirst()))
          added.delete(childId);
    }
  }

  it('the live sums are the sheets’ sums and the kept sums what gallring kept, after every step', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 4, maxLength: 14 }), async (ops) => {
        for (const o of ops) {
          await apply(o);
          await expectConsistent(kept);
          for (const r of await storedRows(false)) reached.groups.add(r.group);
        }
      }),
      { numRuns: 8, seed: 20261205, endOnFailure: true },
    );
    // The sequences did reach every path: sums in several groups, moves, deletions and gallring that changed them.
    expect(reached.groups.size).toBeGreaterThan(2);
    expect([reached.moved, reached.deleted, reached.erased].every((n) => n > 0)).toBe(true);
    expect(kept.length).toBeGreaterThan(0);
  }, 600_000);
});
