// The contract of agreementStanding and groupsHoldingOpen on the agreements of
// DOMAIN.md: the period in force, the state on a date (open, under notice,
// ended, rescinded), an umbrella organisation's appendix, and the groups that
// hold an agreement open. Later the lead reads the view in force behind the
// same signatures; these tests state what callers rely on.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AgreementData } from '../../shared/agreements/model';
import { stockholmBris, umbrella, withCriteria } from '../../../test/support/agreements/fixtures';
import { activeAgreement, programmeWithGroup } from '../../../test/support/agreements/groups';
import { agreementsApp, create, rescind, type AgreementsApp } from '../../../test/support/agreements/helpers';
import { groupInput } from '../../../test/support/support-groups/fixtures';
import { agreementStanding } from './agreement-standing';
import { groupsHoldingOpen } from './groups-holding-repository';

let t: AgreementsApp;
beforeAll(async () => {
  t = await agreementsApp();
});
afterAll(() => t.app.dispose());

let n = 0;
const fresh = (data: AgreementData): AgreementData =>
  withCriteria({ ...data, registrationNumber: `ST-${++n}` });
const db = () => t.app.installation.db;

describe('agreementStanding', () => {
  test('an active agreement is open inside its period and ended after it', async () => {
    const a = await activeAgreement(t.app, fresh(stockholmBris(t.ids, '2025-01-01')));
    expect(await agreementStanding(db(), a.id, null, '2026-03-02')).toEqual({
      start: '2025-01-01',
      end: '2026-12-31',
      state: 'open',
    });
    expect((await agreementStanding(db(), a.id, null, '2027-01-01')).state).toBe('ended');
  });

  test('a draft is open too: groups may be planned before the decision', async () => {
    const a = await create(t.app, fresh(stockholmBris(t.ids, '2026-08-01')));
    expect(await agreementStanding(db(), a.id, null, '2026-03-02')).toEqual({
      start: '2026-08-01',
      end: '2028-07-31',
      state: 'open',
    });
  });

  test('under notice: the end moves to the notice date + 4 months', async () => {
    const a = await activeAgreement(t.app, fresh(umbrella(t.ids)));
    await t.app.must('agreements:transition', {
      id: a.id,
      version: a.version,
      request: {
        to: 'terminated',
        notice: { givenOn: '2026-03-01', byOrganisationId: t.ids.redCross, ongoingInterventions: '' },
      },
    });
    expect(await agreementStanding(db(), a.id, null, '2026-03-02')).toEqual({
      start: '2024-01-01',
      end: '2026-07-01',
      state: 'underNotice',
      reason: 'notice',
    });
    expect((await agreementStanding(db(), a.id, null, '2026-07-02')).state).toBe('ended');
  });

  test('rescinded: the state says so and the period ends on the rescission date', async () => {
    const a = await activeAgreement(t.app, fresh(stockholmBris(t.ids, '2025-01-01')));
    await rescind(t.app, a, '2026-03-01', 'Åtgärdsplanen följdes inte.');
    expect(await agreementStanding(db(), a.id, null, '2026-02-01')).toEqual({
      start: '2025-01-01',
      end: '2026-03-01',
      state: 'rescinded',
    });
  });

  test('ended by its status, whatever the date', async () => {
    const a = await activeAgreement(t.app, fresh(stockholmBris(t.ids, '2024-01-01')), '2024-01-10');
    await t.app.must('agreements:transition', { id: a.id, version: a.version, request: { to: 'ended' } });
    expect(await agreementStanding(db(), a.id, null, '2025-06-01')).toEqual({
      start: '2024-01-01',
      end: '2025-12-31',
      state: 'ended',
    });
  });

  test("in an umbrella an organisation's appendix narrows the period; the others keep the agreement's", async () => {
    const data = fresh(umbrella(t.ids));
    data.appendices = data.appendices.map((x) =>
      x.organisationId === t.ids.saveTheChildren
        ? { ...x, validFrom: '2025-01-01', validTo: '2026-06-30' }
        : x,
    );
    const a = await activeAgreement(t.app, data);
    expect(await agreementStanding(db(), a.id, t.ids.saveTheChildren, '2026-03-02')).toEqual({
      start: '2025-01-01',
      end: '2026-06-30',
      state: 'open',
      reason: 'appendix',
    });
    expect((await agreementStanding(db(), a.id, t.ids.saveTheChildren, '2026-07-01')).state).toBe('ended');
    expect(await agreementStanding(db(), a.id, t.ids.redCross, '2026-03-02')).toEqual({
      start: '2024-01-01',
      end: '2026-12-31',
      state: 'open',
    });
  });
});

describe('groupsHoldingOpen', () => {
  test('the groups not finished or cancelled, with their last planned session, per organisation', async () => {
    const a = await activeAgreement(t.app, fresh(umbrella(t.ids)));
    const red = await programmeWithGroup(t.app, a.id, t.ids.redCross, '2026-02-04', 'Röda Korsets vårgrupp');
    const save = await programmeWithGroup(
      t.app,
      a.id,
      t.ids.saveTheChildren,
      '2026-04-01',
      'Rädda Barnens grupp',
    );
    const done = await t.app.must(
      'supportGroups:create',
      groupInput(red.programme.id, { name: 'Höstgruppen', startDate: '2025-09-03', status: 'finished' }),
    );
    expect(done.status).toBe('finished');
    // The last session is cancelled: the one before it is the last planned.
    const sessions = red.group.sessions.map((s, i) => ({ ...s, cancelled: i === 7 }));
    await t.app.must('supportGroups:saveSessions', {
      groupId: red.group.id,
      version: red.group.version,
      sessions,
    });

    expect(await groupsHoldingOpen(db(), a.id, null)).toEqual([
      {
        groupId: red.group.id,
        name: 'Röda Korsets vårgrupp',
        startDate: '2026-02-04',
        lastSessionDate: '2026-03-18',
      },
      {
        groupId: save.group.id,
        name: 'Rädda Barnens grupp',
        startDate: '2026-04-01',
        lastSessionDate: '2026-05-20',
      },
    ]);
    expect((await groupsHoldingOpen(db(), a.id, t.ids.saveTheChildren)).map((g) => g.groupId)).toEqual([
      save.group.id,
    ]);
    // Only those started by the day notice is given.
    expect((await groupsHoldingOpen(db(), a.id, null, '2026-03-02')).map((g) => g.groupId)).toEqual([
      red.group.id,
    ]);
  });
});
