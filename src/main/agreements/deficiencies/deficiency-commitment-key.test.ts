// A deficiency names its commitment by key, not by place: an amendment that
// puts a new commitment before it still leaves the deficiency (and the
// steering group's report) naming the right one; a key not in the agreement
// in force on the day found is refused; a commitment removed since keeps the
// text it had and is flagged, the page still reads.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AgreementData } from '../../../shared/agreements/model';
import { stockholmBris, withCriteria } from '../../../../test/support/agreements/fixtures';
import { amend } from '../../../../test/support/agreements/amendments';
import { activeAgreement } from '../../../../test/support/agreements/groups';
import { agreementsApp, failure, type AgreementsApp } from '../../../../test/support/agreements/helpers';

let t: AgreementsApp;
beforeAll(async () => {
  t = await agreementsApp();
});
afterAll(() => t.app.dispose());

let n = 0;
const fresh = (data: AgreementData): AgreementData => withCriteria({ ...data, registrationNumber: `DK-${++n}` });
const breakfastText = 'Ordna informationsfrukost för remitterande personal tre gånger per år.';
const lunch = (organisationId: number) => ({
  key: 'lunch',
  organisationId,
  appendixIndex: null,
  text: 'Bjuda in skolkuratorer till en lunchträff varje termin.',
  kind: 'unknown' as const,
  target: null,
  dueDate: null,
});

describe('a deficiency names its commitment by key', () => {
  test('an amendment inserts a commitment before it: the deficiency and the report still name the breakfast', async () => {
    const agreement = await activeAgreement(t.app, fresh(stockholmBris(t.ids, '2025-01-01')));
    const breakfast = agreement.data.commitments.find((c) => c.text === breakfastText)!;
    const place = agreement.data.commitments.indexOf(breakfast);
    const input = {
      agreementId: agreement.id,
      organisationId: t.ids.bris,
      description: 'Ingen informationsfrukost har hållits under hösten.',
      foundOn: '2026-02-20',
      remedyBy: '2026-04-30',
      commitmentKey: breakfast.key,
    };
    await t.app.must('agreements:recordDeficiency', input);
    // Not yet in force on the day found: the new commitment's key is refused, nothing saved.
    const data = structuredClone(agreement.data);
    data.commitments.splice(place, 0, lunch(t.ids.bris));
    const amended = await amend(t.app, agreement, data, { reason: 'Lunchträffar', effectiveFrom: '2026-03-01' });
    expect(amended.data.commitments[place]!.key).toBe('lunch');
    const tooEarly = await failure(t.app.call('agreements:recordDeficiency', { ...input, commitmentKey: 'lunch' }));
    expect(tooEarly.fields).toEqual({ commitmentKey: 'deficiencies.noSuchCommitment' });
    expect(await t.app.must('agreements:deficiencies', { agreementId: agreement.id })).toHaveLength(1);

    const [d] = await t.app.must('agreements:deficiencies', { agreementId: agreement.id });
    expect(d).toMatchObject({ commitmentKey: breakfast.key, commitmentText: breakfastText, commitmentRemoved: false });
    const report = await t.app.must('reports:get', {
      kind: 'steeringGroupStatus',
      scope: { kind: 'agreement', agreementId: agreement.id },
      period: { kind: 'year', year: 2026 },
    });
    const deficiencies = report.sections.flatMap((s) => s.tables).find((x) => x.key === 'deficiencies')!;
    expect(deficiencies.rows.map((r) => r.label)).toEqual([`Bris: ${breakfastText}`]);

    // In force from 2026-03-01: a deficiency found then may name it.
    const later = await t.app.must('agreements:recordDeficiency', {
      ...input,
      foundOn: '2026-03-02',
      commitmentKey: 'lunch',
    });
    expect(later.map((x) => [x.foundOn, x.commitmentKey, x.commitmentText])).toEqual([
      ['2026-02-20', breakfast.key, breakfastText],
      ['2026-03-02', 'lunch', 'Bjuda in skolkuratorer till en lunchträff varje termin.'],
    ]);
  });

  test('a commitment removed since: the deficiency keeps the text it had, flagged, and still reads', async () => {
    const agreement = await activeAgreement(t.app, fresh(stockholmBris(t.ids, '2025-01-01')));
    const breakfast = agreement.data.commitments.find((c) => c.text === breakfastText)!;
    await t.app.must('agreements:recordDeficiency', {
      agreementId: agreement.id,
      organisationId: t.ids.bris,
      description: 'Ingen informationsfrukost har hållits under hösten.',
      foundOn: '2026-02-20',
      remedyBy: '2026-04-30',
      commitmentKey: breakfast.key,
    });
    const data = structuredClone(agreement.data);
    data.commitments = data.commitments.filter((c) => c.key !== breakfast.key);
    await amend(t.app, agreement, data, { reason: 'Frukosten utgår', effectiveFrom: '2026-03-01' });
    const [d] = await t.app.must('agreements:deficiencies', { agreementId: agreement.id });
    expect(d).toMatchObject({ commitmentKey: breakfast.key, commitmentText: breakfastText, commitmentRemoved: true });
  });
});
