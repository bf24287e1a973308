// Groups bound to their agreement, through the router: a group is created,
// moved or given sessions only inside the period in force of its agreement
// (in an umbrella, the running organisation's appendix) and only while that is
// open; each refusal names the period or the state and changes nothing. A
// programme is run by a non-profit party; an agreement is not ended while its
// groups run.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AgreementData } from '../../shared/agreements/model';
import { stockholmBris, umbrella, withCriteria } from '../../../test/support/agreements/fixtures';
import { activeAgreement, at, programmeWithGroup } from '../../../test/support/agreements/groups';
import { agreementsApp, failure, rescind, type AgreementsApp } from '../../../test/support/agreements/helpers';
import { groupInput, programmeInput } from '../../../test/support/support-groups/fixtures';

let t: AgreementsApp;
beforeAll(async () => {
  t = await agreementsApp();
});
afterAll(() => t.app.dispose());

let n = 0;
const fresh = (data: AgreementData): AgreementData =>
  withCriteria({ ...data, registrationNumber: `GB-${++n}` });
const groupCount = async () => (await t.app.must('supportGroups:list', {})).length;

/** Stockholm–Bris 2025-01-01–2026-12-31, active, with a weekly programme run by Bris. */
async function supportGroupAgreement() {
  const agreement = await activeAgreement(t.app, fresh(stockholmBris(t.ids, '2025-01-01')));
  const programme = await t.app.must(
    'programmes:create',
    programmeInput(agreement.id, { organisationId: t.ids.bris }),
  );
  return { agreement, programme };
}

describe('a group inside the period in force', () => {
  test('a group inside the period is accepted, run by the only non-profit party', async () => {
    const { programme } = await supportGroupAgreement();
    expect(programme.organisationName).toBe('Bris');
    const group = await t.app.must(
      'supportGroups:create',
      groupInput(programme.id, { startDate: '2026-03-04' }),
    );
    expect(group.sessions.at(-1)?.date).toBe('2026-04-22');
  });

  test('a group starting before the agreement is refused, naming the period, and nothing is saved', async () => {
    const { programme } = await supportGroupAgreement();
    const before = await groupCount();
    const error = await failure(
      t.app.call('supportGroups:create', groupInput(programme.id, { startDate: '2024-12-04' })),
    );
    expect(error.code).toBe('supportGroups.outsideAgreementPeriod');
    expect(error.fields).toEqual({ startDate: 'supportGroups.outsideAgreementPeriod' });
    expect(error.message).toContain('2025-01-01–2026-12-31');
    expect(await groupCount()).toBe(before);
  });

  test('a group whose sessions run past the end is refused', async () => {
    const { programme } = await supportGroupAgreement();
    const error = await failure(
      t.app.call('supportGroups:create', groupInput(programme.id, { startDate: '2026-12-02' })),
    );
    expect(error.code).toBe('supportGroups.outsideAgreementPeriod');
    expect(error.params).toEqual({ start: '2025-01-01', end: '2026-12-31' });
  });

  test('sessions planned after the end are refused; cancelling one is not planning', async () => {
    const { programme } = await supportGroupAgreement();
    const group = await t.app.must(
      'supportGroups:create',
      groupInput(programme.id, { startDate: '2026-10-07' }),
    );
    const sessions = group.sessions.map((s) => ({ ...s }));
    const late = await failure(
      t.app.call('supportGroups:saveSessions', {
        groupId: group.id,
        version: group.version,
        sessions: [
          ...sessions,
          { date: '2027-01-13', startTime: '17:00', minutes: 120, kind: 'session', cancelled: false },
        ],
      }),
    );
    expect(late.code).toBe('supportGroups.outsideAgreementPeriod');
    expect(late.fields).toEqual({ 'sessions.8.date': 'supportGroups.outsideAgreementPeriod' });
    const moved = await failure(
      t.app.call('supportGroups:saveSessions', {
        groupId: group.id,
        version: group.version,
        sessions: sessions.map((s, i) => (i === 7 ? { ...s, date: '2027-01-05' } : s)),
      }),
    );
    expect(moved.fields).toEqual({ 'sessions.7.date': 'supportGroups.outsideAgreementPeriod' });
    const unchanged = await t.app.must('supportGroups:get', { id: group.id });
    expect(unchanged.sessions).toEqual(group.sessions);
    expect(unchanged.version).toBe(group.version);

    const cancelled = await t.app.must('supportGroups:saveSessions', {
      groupId: group.id,
      version: group.version,
      sessions: sessions.map((s, i) => (i === 7 ? { ...s, cancelled: true } : s)),
    });
    expect(cancelled.sessions[7]?.cancelled).toBe(true);
  });

  test('moving a group to start after the end is refused and the schedule stays', async () => {
    const { programme } = await supportGroupAgreement();
    const group = await t.app.must(
      'supportGroups:create',
      groupInput(programme.id, { startDate: '2026-09-02' }),
    );
    const { id, version, programmeId, name, leaders, location, startTime, status } = group;
    const error = await failure(
      t.app.call('supportGroups:update', {
        id,
        version,
        data: { programmeId, name, leaders, location, startTime, status, startDate: '2026-12-16' },
      }),
    );
    expect(error.code).toBe('supportGroups.outsideAgreementPeriod');
    expect((await t.app.must('supportGroups:get', { id })).sessions).toEqual(group.sessions);
  });
});

describe('only while the agreement is open', () => {
  test('no group after the agreement has ended', async () => {
    const { agreement, programme } = await at(t.app, '2025-08-01', async () => {
      const a = await activeAgreement(t.app, fresh(stockholmBris(t.ids, '2024-01-01')), '2024-01-10');
      return { agreement: a, programme: await t.app.must('programmes:create', programmeInput(a.id)) };
    });
    const before = await groupCount();
    const error = await failure(
      t.app.call('supportGroups:create', groupInput(programme.id, { startDate: '2026-03-04' })),
    );
    expect(error.code).toBe('supportGroups.agreementEnded');
    expect(error.message).toContain('upphörde 2025-12-31');
    expect(await groupCount()).toBe(before);
    // Nor a programme: the agreement is over.
    const late = await failure(t.app.call('programmes:create', programmeInput(agreement.id)));
    expect(late.code).toBe('supportGroups.agreementEnded');
    expect(late.fields).toEqual({ agreementId: 'supportGroups.agreementEnded' });
  });

  test('no group under a rescinded agreement', async () => {
    const { agreement, programme } = await supportGroupAgreement();
    await rescind(t.app, agreement, '2026-03-01', 'Åtgärdsplanen följdes inte.');
    const error = await failure(
      t.app.call('supportGroups:create', groupInput(programme.id, { startDate: '2026-02-04' })),
    );
    expect(error.code).toBe('supportGroups.agreementRescinded');
  });

  test('under notice no new group starts, though the one running goes on and holds the agreement', async () => {
    const agreement = await activeAgreement(t.app, fresh(umbrella(t.ids)));
    const { programme, group } = await programmeWithGroup(t.app, agreement.id, t.ids.redCross, '2026-02-04');
    await t.app.must('agreements:transition', {
      id: agreement.id,
      version: agreement.version,
      request: {
        to: 'terminated',
        notice: { givenOn: '2026-03-01', byOrganisationId: t.ids.redCross, ongoingInterventions: group.name },
      },
    });
    const error = await failure(
      t.app.call('supportGroups:create', groupInput(programme.id, { startDate: '2026-04-01' })),
    );
    expect(error.code).toBe('supportGroups.agreementUnderNotice');
    expect(error.message).toContain('upphör 2026-07-01');
    // Recording the running group's progress is not planning.
    const renamed = await t.app.must('supportGroups:update', {
      id: group.id,
      version: group.version,
      data: { ...groupInput(programme.id, { startDate: '2026-02-04' }), status: 'running' },
    });
    expect(renamed.status).toBe('running');
  });

  test("in an umbrella the running organisation's appendix sets the period", async () => {
    const data = fresh(umbrella(t.ids));
    data.appendices = data.appendices.map((x) =>
      x.organisationId === t.ids.saveTheChildren ? { ...x, validTo: '2026-06-30' } : x,
    );
    const agreement = await activeAgreement(t.app, data);
    const save = await t.app.must(
      'programmes:create',
      programmeInput(agreement.id, { organisationId: t.ids.saveTheChildren }),
    );
    const error = await failure(
      t.app.call('supportGroups:create', groupInput(save.id, { startDate: '2026-06-03' })),
    );
    expect(error.code).toBe('supportGroups.outsideAppendixPeriod');
    expect(error.params).toEqual({ start: '2024-01-01', end: '2026-06-30' });
    const red = await t.app.must(
      'programmes:create',
      programmeInput(agreement.id, { organisationId: t.ids.redCross }),
    );
    await t.app.must('supportGroups:create', groupInput(red.id, { startDate: '2026-06-03' }));
  });
});

describe('programmes run by a non-profit party', () => {
  test('an umbrella programme names its organisation, which must be a non-profit party', async () => {
    const agreement = await activeAgreement(t.app, fresh(umbrella(t.ids)));
    const missing = await failure(t.app.call('programmes:create', programmeInput(agreement.id)));
    expect(missing.fields).toEqual({ organisationId: 'supportGroups.runningPartyRequired' });
    const publicParty = await failure(
      t.app.call('programmes:create', programmeInput(agreement.id, { organisationId: t.ids.malmo })),
    );
    expect(publicParty.fields).toEqual({ organisationId: 'supportGroups.notRunningParty' });
  });
});

describe('ending an agreement', () => {
  test('is refused while its groups run, listing them; allowed once they are finished', async () => {
    const { agreement, group } = await at(t.app, '2025-08-01', async () => {
      const a = await activeAgreement(t.app, fresh(stockholmBris(t.ids, '2024-01-01')), '2024-01-10');
      const made = await programmeWithGroup(t.app, a.id, t.ids.bris, '2025-09-03', 'Höstgruppen 2025');
      return { agreement: a, group: made.group };
    });
    const error = await failure(
      t.app.call('agreements:transition', {
        id: agreement.id,
        version: agreement.version,
        request: { to: 'ended' },
      }),
    );
    expect(error.code).toBe('agreements.groupsStillRunning');
    expect(error.items).toEqual(['Höstgruppen 2025 (2025-09-03–2025-10-22)']);
    expect((await t.app.must('agreements:get', { id: agreement.id })).status).toBe('active');

    await t.app.must('supportGroups:update', {
      id: group.id,
      version: group.version,
      data: {
        ...groupInput(group.programmeId, { name: group.name, startDate: group.startDate }),
        status: 'finished',
      },
    });
    const ended = await t.app.must('agreements:transition', {
      id: agreement.id,
      version: agreement.version,
      request: { to: 'ended' },
    });
    expect(ended.status).toBe('ended');
  });
});
