// Effect evaluation through the router, on the report fixture's 2025 groups:
// the example instrument chosen for the programme, before and after answers
// for six children of the spring group and three of the autumn group, the
// refusals (nothing saved), the audit entries (ids only), the results (the
// group of 3 hidden, and the group of 6 with it, since the programme's n
// would give the 3 away), and gallring: the results unchanged afterwards,
// the answer sheets gone from the database file, its log and a later backup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleInstrument } from '../../shared/effect-evaluation/example-instrument';
import type { AnswerInput, EffectResults } from '../../shared/ipc/effect-evaluation';
import type { Report } from '../../shared/ipc/reports';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { auditSince, lastAuditId } from '../../../test/support/audit';
import { backupBytes, diskBytes, foundIn } from '../../../test/support/erased-bytes';
import { masterKeyOf } from '../../../test/support/raw-database';
import { organisationInput } from '../../../test/support/organisations';
import { buildFixture, type Fixture } from '../../../test/support/reports/report-fixture';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let app: TempApp;
let fixture: Fixture;
let key: Buffer;
let instrumentId: number;
let folder: string;

beforeAll(async () => {
  app = await createInstalledApp();
  fixture = await buildFixture(app);
  key = await masterKeyOf(app.dataDir);
  folder = mkdtempSync(join(tmpdir(), 'iop-desk-effect-'));
}, 120_000);
afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await app.dispose();
});

// Spring group (g1): totals 16 18 20 22 14 17 → 22 20 21 28 14 23, the changes of statistics.test.ts
// (6 2 1 6 0 6). Autumn group (g2): 10 14 24 → 17 14 22, changes 7 0 −2.
const springBefore = [
  [3, 3, 2, 3, 3, 4],
  [3, 3, 3, 3, 3, 3],
  [4, 3, 3, 2, 3, 3],
  [4, 4, 3, 2, 3, 2],
  [2, 2, 2, 3, 2, 3],
  [3, 3, 3, 3, 3, 4],
];
const springAfter = [
  [4, 4, 3, 2, 4, 3],
  [4, 3, 3, 2, 3, 3],
  [4, 4, 3, 2, 3, 3],
  [5, 5, 4, 1, 4, 1],
  [2, 2, 2, 3, 2, 3],
  [4, 4, 3, 2, 4, 2],
];
const autumnBefore = [
  [2, 2, 1, 4, 2, 5],
  [2, 2, 2, 3, 2, 3],
  [4, 4, 4, 2, 4, 2],
];
const autumnAfter = [
  [3, 3, 2, 2, 3, 4],
  [2, 2, 2, 3, 2, 3],
  [3, 4, 4, 2, 3, 2],
];
const spring = () => ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'].map((c) => fixture.enrolmentIds.get(`${c}@g1`)!);
const autumn = () => ['c8', 'c9', 'c10'].map((c) => fixture.enrolmentIds.get(`${c}@g2`)!);
const needles = [...springBefore, ...springAfter, ...autumnBefore, ...autumnAfter].map((v) =>
  JSON.stringify(v),
);

const sheet = (
  enrolmentId: number,
  occasion: AnswerInput['occasion'],
  values: (number | null)[],
): AnswerInput => ({
  enrolmentId,
  instrumentId,
  occasion,
  answeredOn: occasion === 'before' ? '2025-02-01' : '2025-06-15',
  values,
});

describe('effect evaluation through the router', () => {
  let before: EffectResults;
  let reportBefore: Report;
  const year2025 = () => ({
    scope: { kind: 'agreement' as const, agreementId: fixture.agreementId },
    period: { kind: 'year' as const, year: 2025 },
  });

  it('an organisation saves the example instrument; the programme chooses it', async () => {
    const organisation = await app.must('organisations:create', organisationInput());
    const saved = await app.must('effect:createInstrument', {
      organisationId: organisation.id,
      ...exampleInstrument,
    });
    instrumentId = saved.id;
    expect([saved.name, saved.items.length, saved.scales.length, saved.answers]).toEqual([
      exampleInstrument.name,
      6,
      2,
      0,
    ]);
    const again = await app.call('effect:createInstrument', {
      organisationId: organisation.id,
      ...exampleInstrument,
    });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { name: 'effect.nameTaken' } },
    });
    // Not chosen yet: the programme does not use it.
    const early = await app.call('effect:recordAnswer', sheet(spring()[0]!, 'before', springBefore[0]!));
    expect(early).toMatchObject({ ok: false, error: { code: 'effect.notInProgramme' } });
    const chosen = await app.must('effect:setProgrammeInstruments', {
      programmeId: fixture.programmeId,
      instruments: [{ instrumentId, followUpMonths: 6 }],
    });
    expect(chosen.instruments).toEqual([
      { instrumentId, name: exampleInstrument.name, respondent: 'child', followUpMonths: 6 },
    ]);
  });

  it('records before and after answers, audited by id only', async () => {
    const mark = await lastAuditId(app);
    for (const [i, e] of spring().entries()) {
      await app.must('effect:recordAnswer', sheet(e, 'before', springBefore[i]!));
      await app.must('effect:recordAnswer', sheet(e, 'after', springAfter[i]!));
    }
    for (const [i, e] of autumn().entries()) {
      await app.must('effect:recordAnswer', sheet(e, 'before', autumnBefore[i]!));
      await app.must('effect:recordAnswer', sheet(e, 'after', autumnAfter[i]!));
    }
    const sheets = await app.must('effect:answers', { enrolmentId: spring()[0]! });
    expect(sheets.map((s) => [s.occasion, s.answeredOn, s.enteredBy, s.values])).toEqual([
      ['before', '2025-02-01', 'Ada Admin', springBefore[0]],
      ['after', '2025-06-15', 'Ada Admin', springAfter[0]],
    ]);
    const entries = await auditSince(app, mark);
    expect(entries).toHaveLength(19);
    expect(entries[0]).toEqual({
      userId: 1,
      role: 'admin',
      channel: 'effect:recordAnswer',
      entityType: 'enrolment',
      entityId: String(spring()[0]),
      outcome: 'ok',
    });
    expect(entries.at(-1)).toMatchObject({ channel: 'effect:answers', entityId: String(spring()[0]) });
    const group = await app.must('effect:groupAnswers', { groupId: fixture.groups.g1 });
    expect(group.recorded).toHaveLength(12);
  });

  it('refuses, with nothing saved: out of scale, a missing item, a second before, a follow-up date in the future', async () => {
    const c7 = fixture.enrolmentIds.get('c7@g1')!;
    const outside = await app.call('effect:recordAnswer', sheet(c7, 'before', [6, 0, 3, 3, 3, 3]));
    expect(outside).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        fields: { 'values.0': 'effect.outOfScale', 'values.1': 'effect.outOfScale' },
      },
    });
    const missing = await app.call('effect:recordAnswer', sheet(c7, 'before', [3, null, 3, 3, 3, 3]));
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { 'values.1': 'effect.itemRequired' } },
    });
    const second = await app.call('effect:recordAnswer', sheet(spring()[0]!, 'before', [3, 3, 3, 3, 3, 3]));
    expect(second).toMatchObject({ ok: false, error: { code: 'effect.beforeExists' } });
    if (!second.ok) expect(second.error.message).toContain('Det finns redan svar ”före”');
    const future = await app.call('effect:recordAnswer', {
      ...sheet(c7, 'followUp', [3, 3, 3, 3, 3, 3]),
      answeredOn: '2027-01-01',
    });
    expect(future).toMatchObject({ ok: false, error: { fields: { answeredOn: 'field.futureDate' } } });
    expect(await app.must('effect:answers', { enrolmentId: c7 })).toEqual([]);
    expect((await app.must('effect:answers', { enrolmentId: spring()[0]! })).length).toBe(2);
  });

  it('results: the group of 3 is hidden, the group of 6 with it; the programme’s 9 is shown', async () => {
    before = await app.must('effect:results', { year: 2025, agreementId: fixture.agreementId });
    expect(before.threshold).toBe(5);
    const total = before.tables.find((t) => t.scaleName === 'Totalt' && t.comparison === 'after')!;
    expect(total.rows.map((r) => [r.level, r.label, r.n, r.hidden])).toEqual([
      ['group', 'Vårgruppen 2025', null, 'complementary'],
      ['group', 'Höstgruppen 2025', null, 'primary'],
      ['programme', 'Stödgrupp för familjehemsplacerade barn totalt', 9, null],
      ['total', 'Totalt', 9, null],
    ]);
    // By hand: changes 6 2 1 6 0 6 and 7 0 −2: Σ 26, mean 26/9; means before 155/9, after 181/9.
    expect(total.rows[2]!.stats!.meanChange).toBeCloseTo(26 / 9, 10);
    expect(total.rows[2]!.stats!.meanBefore).toBeCloseTo(155 / 9, 10);
    expect(total.rows[2]!.stats!.meanAfter).toBeCloseTo(181 / 9, 10);
    expect(total.rows.every((r) => r.hidden === null || r.stats === null)).toBe(true);
    expect(foundIn(diskBytes(app, key), needles)).toEqual(needles);
  });

  it('the annual report has the effect section, and its CSV export the same aggregates only', async () => {
    reportBefore = await app.must('reports:get', year2025());
    const section = reportBefore.sections.find((s) => s.key === 'effect')!;
    expect(section.tables.map((t) => t.title)).toEqual([
      `${exampleInstrument.name}: Totalt, före → efter`,
      `${exampleInstrument.name}: Trygghet och stöd, före → efter`,
    ]);
    const [table] = section.tables;
    expect(table!.rows.map((r) => [r.label, r.cells[0]])).toEqual([
      ['Vårgruppen 2025', { kind: 'suppressed', reason: 'complementary' }],
      ['Höstgruppen 2025', { kind: 'suppressed', reason: 'primary' }],
      ['Stödgrupp för familjehemsplacerade barn totalt', { kind: 'count', value: 9 }],
      ['Totalt', { kind: 'count', value: 9 }],
    ]);
    expect(table!.rows[2]!.cells[3]).toEqual({ kind: 'decimal', value: 26 / 9, digits: 2 });
    const { path } = await app.must('reports:export', { ...year2025(), format: 'csv', folder });
    const csv = readFileSync(path, 'utf8');
    expect(csv).toContain('Stödgrupp för familjehemsplacerade barn totalt;9;17,22;20,11;2,89;');
    expect(csv).toContain('Höstgruppen 2025;..;..;');
  });

  it('gallring keeps the sums, so the results are the same; no answer is left on disk or in a backup', async () => {
    await app.must('erasure:handBack', {
      groupIds: [fixture.groups.g1, fixture.groups.g2],
      folder,
      passphrase: 'ekorre-lingon-fjällsjö-kanot',
    });
    await app.must('erasure:erase', { groupIds: [fixture.groups.g1, fixture.groups.g2], confirmed: true });
    const db = app.installation.db;
    expect(await db.selectFrom('effect_answer').select('id').execute()).toEqual([]);
    const sums = await db.selectFrom('effect_group_sums').select(['n', 'erased_on']).orderBy('id').execute();
    expect(sums.map((r) => [r.n, r.erased_on])).toEqual([
      [6, '2026-03-02'],
      [6, '2026-03-02'],
      [3, '2026-03-02'],
      [3, '2026-03-02'],
    ]);
    expect(await db.selectFrom('effect_sums_stale').selectAll().execute()).toEqual([]);
    expect(await app.must('effect:results', { year: 2025, agreementId: fixture.agreementId })).toEqual(
      before,
    );
    const reportAfter = await app.must('reports:get', year2025());
    expect(reportAfter.sections.find((s) => s.key === 'effect')).toEqual(
      reportBefore.sections.find((s) => s.key === 'effect'),
    );
    expect(foundIn(diskBytes(app, key), needles)).toEqual([]);
    expect(foundIn(await backupBytes(app, key), needles)).toEqual([]);
  }, 60_000);
});
