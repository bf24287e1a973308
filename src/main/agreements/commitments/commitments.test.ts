// Commitments followed up through the router: the support-group agreement's
// structured commitments (from its template), counts from groups the test
// creates, tick-offs by hand, and the refusals (a target negative or not
// whole, a tick-off in the future or of a counted commitment) that save nothing.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { target } from '../../../shared/agreements/commitments/commitment';
import type { AgreementData } from '../../../shared/agreements/model';
import { stockholmBris, withCriteria } from '../../../../test/support/agreements/fixtures';
import { amend } from '../../../../test/support/agreements/amendments';
import { activeAgreement, programmeWithGroup } from '../../../../test/support/agreements/groups';
import { agreementCount, agreementsApp, failure, type AgreementsApp } from '../../../../test/support/agreements/helpers';
import { admittedChild, testNumber } from '../../../../test/support/support-groups/fixtures';
import { sv } from '../../../shared/i18n/sv';

let t: AgreementsApp;
beforeAll(async () => {
  t = await agreementsApp();
});
afterAll(() => t.app.dispose());

let n = 0;
const fresh = (data: AgreementData): AgreementData => withCriteria({ ...data, registrationNumber: `CM-${++n}` });
const byText = <T extends { text: string }>(list: readonly T[], words: string): T => list.find((c) => c.text.includes(words))!;

describe('statuses counted from the groups and ticked off by hand', () => {
  test('2 groups of at least 4, 2 children of about 40 and 1 breakfast of 3, by 2026-07-01', async () => {
    const data = fresh(stockholmBris(t.ids, '2025-01-01'));
    data.commitments.push({
      key: 'sessions',
      organisationId: t.ids.bris,
      appendixIndex: null,
      text: 'Minst 16 gruppträffar per termin.',
      kind: 'recurring',
      target: target(16, 'term', 'atLeast', 'sessionsHeld'),
      dueDate: null,
    });
    const agreement = await activeAgreement(t.app, data);
    const spring = await programmeWithGroup(t.app, agreement.id, t.ids.bris, '2026-03-04');
    await programmeWithGroup(t.app, agreement.id, t.ids.bris, '2026-04-08');
    // A group of the year before does not count this year.
    await programmeWithGroup(t.app, agreement.id, t.ids.bris, '2025-09-03');
    for (const [i, birthDate] of ['2015-04-12', '2016-08-30'].entries())
      await admittedChild(t.app, spring.group.id, spring.programme.id, {
        name: `Barn ${i + 1} Testsson`,
        identityNumber: testNumber(birthDate, 981 + i * 2),
      });

    const commitments = agreement.data.commitments;
    const breakfast = byText(commitments, 'informationsfrukost');
    await t.app.must('agreements:recordTickOff', {
      agreementId: agreement.id,
      commitmentKey: breakfast.key,
      doneOn: '2026-02-10',
      whatDone: 'Informationsfrukost för familjehemssekreterare',
      note: '14 deltagare',
    });

    const statuses = await t.app.must('agreements:commitmentStatuses', { agreementId: agreement.id, asOf: '2026-07-01' });
    const of = (words: string) => {
      const s = byText(statuses, words);
      return { achieved: s.achieved, required: s.required, expectedByNow: s.expectedByNow, status: s.status };
    };
    expect(of('minst fyra stödgrupper')).toEqual({ achieved: 2, required: 4, expectedByNow: 1, status: 'onTrack' });
    expect(of('cirka 40 barn')).toEqual({ achieved: 2, required: 36, expectedByNow: 17, status: 'atRisk' });
    expect(of('informationsfrukost')).toEqual({ achieved: 1, required: 3, expectedByNow: 1, status: 'onTrack' });
    expect(byText(statuses, 'kontaktlistor').period).toEqual({ start: '2026-07-01', end: '2026-12-31', year: 2026, term: 2 });

    // Sessions held in the spring term up to 2026-05-01: 8 of the first group (to 04-22), 4 of the second (from 04-08).
    const may = await t.app.must('agreements:commitmentStatuses', { agreementId: agreement.id, asOf: '2026-05-01' });
    expect(byText(may, 'gruppträffar')).toMatchObject({
      achieved: 12,
      required: 16,
      period: { start: '2026-01-01', end: '2026-06-30', year: 2026, term: 1 },
      status: 'onTrack',
    });

    // The year before: one group of four is not met.
    const last = await t.app.must('agreements:commitmentStatuses', { agreementId: agreement.id, asOf: '2025-12-31' });
    expect(byText(last, 'minst fyra stödgrupper')).toMatchObject({ achieved: 1, status: 'atRisk' });
    const after = await t.app.must('agreements:commitmentStatuses', { agreementId: agreement.id, asOf: '2026-01-01' });
    expect(byText(after, 'minst fyra stödgrupper')).toMatchObject({ achieved: 0, status: 'onTrack' });

    const ticks = await t.app.must('agreements:tickOffs', { agreementId: agreement.id });
    expect(ticks).toEqual([
      expect.objectContaining({ commitmentKey: breakfast.key, doneOn: '2026-02-10', note: '14 deltagare' }),
    ]);
    expect(ticks[0]!.recordedBy).not.toBeNull();
  });
});

describe('refusals: a clear Swedish message, nothing saved', () => {
  test('a tick-off dated in the future, or of a commitment counted from the records', async () => {
    const agreement = await activeAgreement(t.app, fresh(stockholmBris(t.ids, '2025-01-01')));
    const breakfast = byText(agreement.data.commitments, 'informationsfrukost');
    const future = await failure(
      t.app.call('agreements:recordTickOff', {
        agreementId: agreement.id,
        commitmentKey: breakfast.key,
        doneOn: '2026-03-03',
        whatDone: 'Informationsfrukost',
        note: '',
      }),
    );
    expect(future.fields).toEqual({ doneOn: 'commitments.tickOffInFuture' });
    expect(sv['commitments.tickOffInFuture']).toMatch(/framtiden/);
    const counted = await failure(
      t.app.call('agreements:recordTickOff', {
        agreementId: agreement.id,
        commitmentKey: byText(agreement.data.commitments, 'minst fyra').key,
        doneOn: '2026-03-01',
        whatDone: 'En grupp',
        note: '',
      }),
    );
    expect(counted.fields).toEqual({ commitmentKey: 'commitments.counted' });
    expect(await t.app.must('agreements:tickOffs', { agreementId: agreement.id })).toEqual([]);
  });

  test('a target that is negative or not a whole number', async () => {
    const before = await agreementCount(t.app);
    const data = fresh(stockholmBris(t.ids, '2025-01-01'));
    const i = data.commitments.findIndex((c) => c.text.includes('minst fyra'));
    for (const [count, code] of [
      [-1, 'commitments.targetNegative'],
      [2.5, 'commitments.targetNotWhole'],
    ] as const) {
      const bad = structuredClone(data);
      bad.commitments[i]!.target!.count = count;
      const error = await failure(t.app.call('agreements:create', { data: bad }));
      expect(error.fields?.[`data.commitments.${i}.target.count`]).toBe(code);
    }
    expect(sv['commitments.targetNegative']).toBe('Målet kan inte vara negativt.');
    expect(sv['commitments.targetNotWhole']).toBe('Målet ska vara ett heltal, till exempel 4.');
    expect(await agreementCount(t.app)).toBe(before);
  });

  test('a recurring commitment without a target, a one-off without a due date', async () => {
    const data = fresh(stockholmBris(t.ids, '2025-01-01'));
    data.commitments[0] = { ...data.commitments[0]!, target: null };
    data.commitments[2] = { ...data.commitments[2]!, kind: 'oneOff' };
    const error = await failure(t.app.call('agreements:create', { data }));
    expect(error.fields).toMatchObject({
      'data.commitments.0.target.count': 'commitments.targetRequired',
      'data.commitments.2.dueDate': 'commitments.dueDateRequired',
    });
  });
});

describe('Översikt', () => {
  test('a commitment that lags shows as at risk; one met or text-only does not', async () => {
    const agreement = await activeAgreement(t.app, fresh(stockholmBris(t.ids, '2025-01-01')));
    const dashboard = await t.app.must('agreements:dashboard', {});
    const mine = dashboard.commitments.filter((c) => c.agreementId === agreement.id);
    // 2026-03-02: a sixth of the year gone. No group yet is on track for "at least 4" (0 expected),
    // and so is no breakfast of 3; no child of "about 40" (36 meets it, 6 expected by now) is at risk.
    expect(mine.map((c) => [c.key, c.status, c.achieved, c.expectedByNow])).toEqual([['c2', 'atRisk', 0, 6]]);
    t.app.clock.set(new Date('2026-07-01T09:00:00.000Z'));
    try {
      const july = await t.app.must('agreements:dashboard', {});
      const lagging = july.commitments.filter((c) => c.agreementId === agreement.id);
      expect(lagging.map((c) => [c.text.slice(0, 40), c.status, c.achieved, c.expectedByNow])).toEqual([
        ['Genomföra minst fyra stödgrupper per år,', 'atRisk', 0, 1],
        ['Ta emot cirka 40 barn per år i grupperna', 'atRisk', 0, 17],
        ['Ordna informationsfrukost för remitteran', 'atRisk', 0, 1],
      ]);
      expect(lagging[0]).toMatchObject({ organisationName: 'Bris', periodEnd: '2026-12-31' });
      // The totals count every agreement's (other tests' agreements lag too).
      expect(july.commitmentTotals.atRisk).toBe(july.commitments.filter((c) => c.status === 'atRisk').length);
      expect(july.commitmentTotals.atRisk).toBeGreaterThanOrEqual(3);
    } finally {
      t.app.clock.set(new Date('2026-03-02T09:00:00.000Z'));
    }
  });
});

describe('Översikt: one-off and ongoing commitments when they near their date', () => {
  test('an ongoing one unchecked in the year’s last 30 days, a one-off due within 30 days, none before', async () => {
    const data = fresh(stockholmBris(t.ids, '2025-01-01'));
    data.commitments.push({
      key: 'plan',
      organisationId: t.ids.bris,
      appendixIndex: null,
      text: 'Lämna en handlingsplan för rekryteringen.',
      kind: 'oneOff',
      target: null,
      dueDate: '2026-12-20',
    });
    const agreement = await activeAgreement(t.app, data);
    const keysOn = async (day: string) => {
      t.app.clock.set(new Date(`${day}T09:00:00.000Z`));
      try {
        const dashboard = await t.app.must('agreements:dashboard', {});
        return dashboard.commitments
          .filter((c) => c.agreementId === agreement.id && (c.key === 'plan' || c.text.includes('Träffa barnet')))
          .map((c) => [c.key === 'plan' ? 'plan' : 'ongoing', c.status]);
      } finally {
        t.app.clock.set(new Date('2026-03-02T09:00:00.000Z'));
      }
    };
    expect(await keysOn('2026-10-01')).toEqual([]);
    // The soonest end first: the plan's due date before the year's end.
    expect(await keysOn('2026-12-05')).toEqual([
      ['plan', 'atRisk'],
      ['ongoing', 'atRisk'],
    ]);
    expect(await keysOn('2026-12-21')).toEqual([
      ['plan', 'notMet'],
      ['ongoing', 'atRisk'],
    ]);
  });
});

describe('changed after the decision: through an amendment', () => {
  test('the amendment carries the structured commitment; its diff says the target in words; statuses follow it', async () => {
    const agreement = await activeAgreement(t.app, fresh(stockholmBris(t.ids, '2025-01-01')));
    const i = agreement.data.commitments.findIndex((c) => c.text.includes('minst fyra'));
    const data = structuredClone(agreement.data);
    data.commitments[i] = {
      ...data.commitments[i]!,
      text: 'Genomföra minst fem stödgrupper per år.',
      target: { ...data.commitments[i]!.target!, count: 5 },
    };
    const amended = await amend(t.app, agreement, data, { reason: 'Fler grupper', effectiveFrom: '2026-03-01' });
    const amendment = amended.life.amendments.at(-1)!;
    expect(amendment.sections).toEqual(['commitments']);
    const lines = amendment.diff.find((d) => d.key === 'commitments')!.lines.filter((l) => l.op !== 'same');
    expect(lines.map((l) => [l.op, l.text.replace(/^[^:]*: /, '')])).toEqual([
      ['removed', expect.stringContaining('(återkommande: minst 4 per år, räknas: grupper som startat)')],
      ['added', 'Genomföra minst fem stödgrupper per år. (återkommande: minst 5 per år, räknas: grupper som startat)'],
    ]);
    const statuses = await t.app.must('agreements:commitmentStatuses', { agreementId: agreement.id });
    expect(statuses[i]).toMatchObject({ key: agreement.data.commitments[i]!.key, required: 5 });
  });
});

describe('in the reports', () => {
  test('the steering group’s report lists per party the statuses and the open deficiencies with their stage', async () => {
    const agreement = await activeAgreement(t.app, fresh(stockholmBris(t.ids, '2025-01-01')));
    const breakfast = agreement.data.commitments.find((c) => c.text.includes('informationsfrukost'))!.key;
    await t.app.must('agreements:recordDeficiency', {
      agreementId: agreement.id,
      organisationId: t.ids.bris,
      description: 'Ingen informationsfrukost har hållits under hösten.',
      foundOn: '2026-02-20',
      remedyBy: '2026-04-30',
      commitmentKey: breakfast,
    });
    const report = await t.app.must('reports:get', {
      kind: 'steeringGroupStatus',
      scope: { kind: 'agreement', agreementId: agreement.id },
      period: { kind: 'year', year: 2026 },
    });
    const rows = (key: string) =>
      report.sections
        .flatMap((s) => s.tables)
        .find((x) => x.key === key)!
        .rows.map((r) => [r.label, ...r.cells.map((c) => (c.kind === 'text' ? c.text : c.kind === 'count' ? c.value : c.kind))]);
    expect(rows('commitments')).toContainEqual([
      'Bris: Ordna informationsfrukost för remitterande personal tre gånger per år.',
      'återkommande: 3 per år, bockas av för hand',
      '2026',
      0,
      3,
      'I fas',
    ]);
    expect(rows('commitments')).toContainEqual([
      'Bris: Ta emot cirka 40 barn per år i grupperna.',
      'återkommande: cirka 40 per år (±10 %), räknas: barn i grupperna',
      '2026',
      expect.anything(),
      36,
      'Risk',
    ]);
    expect(rows('deficiencies')).toEqual([
      ['Bris: Ordna informationsfrukost för remitterande personal tre gånger per år.', '2026-02-20', 'Upptäckt – dialog ska hållas', '2026-04-30'],
    ]);
    // The deficiency's own description (free text) never leaves in a report.
    expect(JSON.stringify(report)).not.toContain('under hösten');
  });
});

describe('a period cut short by the agreement', () => {
  test('an agreement starting 2026-03-01: its groups count, the target prorated to ten months', async () => {
    const agreement = await activeAgreement(t.app, fresh(stockholmBris(t.ids, '2026-03-01')), '2026-02-19');
    await programmeWithGroup(t.app, agreement.id, t.ids.bris, '2026-03-04');
    const statuses = await t.app.must('agreements:commitmentStatuses', { agreementId: agreement.id, asOf: '2026-04-01' });
    expect(byText(statuses, 'minst fyra stödgrupper')).toMatchObject({
      achieved: 1,
      // 4 a year over 306 of 365 days: 3.35, rounded to 3.
      required: 3,
      period: { start: '2026-03-01', end: '2026-12-31' },
    });
  });
});

describe('children of erased enrolments', () => {
  test('count through their anonymous participation records: completed, and cancelled only after attending', async () => {
    const agreement = await activeAgreement(t.app, fresh(stockholmBris(t.ids, '2025-01-01')));
    const { programme, group } = await programmeWithGroup(t.app, agreement.id, t.ids.bris, '2026-03-04');
    const raw = t.app.installation.db;
    const record = async (status: string, attended: number) => {
      const person = await sql<{ id: number }>`INSERT INTO anonymous_person DEFAULT VALUES RETURNING id`.execute(raw);
      await sql`INSERT INTO participation_record (person_id, agreement_id, programme_id, group_id, status, referred_on,
          age_band, gender, district, protected_identity, placement_basis, other_municipality, fee_ore,
          sessions_attended, sessions_recorded, erased_on)
        VALUES (${person.rows[0]!.id}, ${agreement.id}, ${programme.id}, ${group.id}, ${status}, '2026-02-01',
          '10-12', 'girl', 'Norr', 0, 'SoL', 0, 0, ${attended}, 8, '2026-06-01')`.execute(raw);
    };
    await record('completed', 8);
    await record('completed', 7);
    await record('cancelled', 2);
    await record('cancelled', 0);
    const statuses = await t.app.must('agreements:commitmentStatuses', { agreementId: agreement.id, asOf: '2026-07-01' });
    expect(byText(statuses, 'cirka 40 barn').achieved).toBe(3);
  });
});
