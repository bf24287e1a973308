// Programmes, groups and schedules, the waiting list, the district list and
// the feedback log through the router.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { admittedChild, childInput, createAgreement, groupInput, onDayOf, programmeInput, setUpGroup, testNumber } from '../../../test/support/support-groups/fixtures';
import { addUser, signIn } from '../../../test/support/users';

let app: TempApp;
beforeEach(async () => {
  app = await createInstalledApp();
});
afterEach(() => app.dispose());

describe('programmes', () => {
  test('defaults 5–8 children, yearly targets shown as progress', async () => {
    const { programme, group } = await setUpGroup(app);
    expect(programme).toMatchObject({
      groupSizeMin: 5,
      groupSizeMax: 8,
      progress: { year: 2026, groups: 0, children: 0, targetGroups: 4, targetChildren: 40 },
    });
    await admittedChild(app, group.id, programme.id, { placementBasis: 'LVU' });
    expect((await app.must('programmes:get', { id: programme.id })).progress).toMatchObject({
      groups: 1,
      children: 1,
    });
  });

  test('the age range and group sizes must be in order; a weekend has at least three days', async () => {
    const agreementId = await createAgreement(app);
    const bad = await app.call(
      'programmes:create',
      programmeInput(agreementId, { ageMin: 12, ageMax: 7, groupSizeMin: 9, groupSizeMax: 8 }),
    );
    expect(bad.ok ? null : bad.error.fields).toEqual({
      ageMax: 'ageRange.order',
      groupSizeMax: 'groupSize.order',
    });
    const shortWeekend = await app.call(
      'programmes:create',
      programmeInput(agreementId, { format: 'weekend', sessionCount: 2, sessionMinutes: 360 }),
    );
    expect(shortWeekend.ok ? null : shortWeekend.error.fields).toEqual({
      sessionCount: 'schedule.weekendTooShort',
    });
    const unknown = await app.call('programmes:create', programmeInput(agreementId + 1));
    expect(unknown.ok ? null : unknown.error.fields).toEqual({ agreementId: 'field.invalid' });
  });
});

describe('programmes:list with a search and a limit (the programme tab)', () => {
  test('finds by part of the name, in name order, at most the limit; % and _ are plain characters', async () => {
    const agreementId = await createAgreement(app);
    for (const name of ['Stödhelg Norr', 'Stödgrupp Syd', 'Stödgrupp Norr', 'Föräldrar 100%'])
      await app.must('programmes:create', programmeInput(agreementId, { name }));
    const names = async (input: { query?: string; limit?: number | null }) =>
      (await app.must('programmes:list', input)).map((p) => p.name);
    expect(await names({ query: 'grupp' })).toEqual(['Stödgrupp Norr', 'Stödgrupp Syd']);
    expect(await names({ query: 'norr', limit: 1 })).toEqual(['Stödgrupp Norr']);
    expect(await names({ query: '0%' })).toEqual(['Föräldrar 100%']);
    expect(await names({ query: '_' })).toEqual([]);
    expect(await names({ limit: 2 })).toHaveLength(2);
    const tooMany = await app.call('programmes:list', { limit: 501 });
    expect(tooMany.ok ? null : tooMany.error.code).toBe('validation');
  });
});

describe('programmes:count (what the group list needs to offer "Ny grupp")', () => {
  test('counts programmes without sending them; a viewer may not ask', async () => {
    expect(await app.must('programmes:count', {})).toEqual({ count: 0 });
    const agreementId = await createAgreement(app);
    await app.must('programmes:create', programmeInput(agreementId));
    await app.must('programmes:create', programmeInput(agreementId, { name: 'Stödhelg' }));
    expect(await app.must('programmes:count', {})).toEqual({ count: 2 });

    const strict = await app.call('programmes:count', { extra: 1 } as never);
    expect(strict.ok ? null : strict.error.code).toBe('validation');

    const viewer = await addUser(app, 'viewer');
    await signIn(app, viewer.username, viewer.password);
    const refused = await app.call('programmes:count', {});
    expect(refused.ok ? null : refused.error.code).toBe('forbidden');
  });
});

describe('groups and schedules', () => {
  test('a weekly group gets 8 sessions of 120 minutes', async () => {
    const { group } = await setUpGroup(app);
    expect(group.sessions.map((s) => [s.date, s.startTime, s.minutes])).toEqual([
      ['2026-03-04', '17:00', 120],
      ['2026-03-11', '17:00', 120],
      ['2026-03-18', '17:00', 120],
      ['2026-03-25', '17:00', 120],
      ['2026-04-01', '17:00', 120],
      ['2026-04-08', '17:00', 120],
      ['2026-04-15', '17:00', 120],
      ['2026-04-22', '17:00', 120],
    ]);
    expect(group).toMatchObject({
      leaders: ['Maria Svensson', 'Ahmed Yusuf'],
      ageMin: 7,
      ageMax: 18,
      ownAgeBand: false,
    });
  });

  test('a support weekend: Saturday, Sunday, Saturday and a follow-up; split into age subgroups', async () => {
    const agreementId = await createAgreement(app);
    const weekend = await app.must(
      'programmes:create',
      programmeInput(agreementId, {
        name: 'Stödhelg',
        format: 'weekend',
        sessionCount: 3,
        sessionMinutes: 360,
        followUpWeeks: 4,
        followUpMinutes: 240,
      }),
    );
    const notSaturday = await app.call(
      'supportGroups:create',
      groupInput(weekend.id, { startDate: '2026-09-04', startTime: '10:00' }),
    );
    expect(notSaturday.ok ? null : notSaturday.error.fields).toEqual({
      startDate: 'schedule.weekendStartsSaturday',
    });
    const parent = await app.must(
      'supportGroups:create',
      groupInput(weekend.id, { name: 'Stödhelg hösten', startDate: '2026-09-05', startTime: '10:00' }),
    );
    expect(parent.sessions.map((s) => [s.date, s.kind, s.minutes])).toEqual([
      ['2026-09-05', 'fullDay', 360],
      ['2026-09-06', 'fullDay', 360],
      ['2026-09-12', 'fullDay', 360],
      ['2026-10-10', 'followUp', 240],
    ]);
    const younger = await app.must(
      'supportGroups:create',
      groupInput(weekend.id, {
        name: 'Yngre (7–11)',
        startDate: '2026-09-05',
        startTime: '10:00',
        parentGroupId: parent.id,
        ageMin: 7,
        ageMax: 11,
      }),
    );
    expect(younger).toMatchObject({ parentGroupId: parent.id, ageMin: 7, ageMax: 11, ownAgeBand: true });
    expect((await app.must('supportGroups:get', { id: parent.id })).subgroups).toEqual([
      { id: younger.id, name: 'Yngre (7–11)' },
    ]);
    const nested = await app.call(
      'supportGroups:create',
      groupInput(weekend.id, { startDate: '2026-09-05', parentGroupId: younger.id }),
    );
    expect(nested.ok ? null : nested.error.fields).toEqual({ parentGroupId: 'field.invalid' });
  });

  test('the schedule is editable; a session with attendance can be cancelled but not removed', async () => {
    const { programme, group } = await setUpGroup(app);
    const sessions = group.sessions.map(({ id, date, startTime, minutes, kind }) => ({
      id,
      date,
      startTime,
      minutes,
      kind,
    }));
    const moved = await app.must('supportGroups:saveSessions', {
      groupId: group.id,
      version: group.version,
      sessions: [
        ...sessions.slice(0, 7),
        { ...sessions[7]!, date: '2026-04-29', minutes: 150 },
        { date: '2026-05-06', startTime: '17:00', minutes: 120 },
      ],
    });
    expect(moved.sessions).toHaveLength(9);
    expect(moved.sessions.at(-2)).toMatchObject({ date: '2026-04-29', minutes: 150 });

    const { enrolment: admitted } = await admittedChild(app, group.id, programme.id, { placementBasis: 'LVU' });
    await app.must('enrolments:recordNotice', {
      enrolmentId: admitted.id,
      informedOn: '2026-02-21',
      informedBy: 'Kim',
      informedWhom: 'Sara Lind',
    });
    onDayOf(app, moved.sessions[1]!.date);
    const attended = await app.must('supportGroups:recordAttendance', {
      sessionId: moved.sessions[0]!.id,
      entries: [{ enrolmentId: admitted.id, present: true }],
    });

    const withoutFirst = attended.sessions
      .slice(1)
      .map(({ id, date, startTime, minutes, kind }) => ({ id, date, startTime, minutes, kind }));
    const removal = await app.call('supportGroups:saveSessions', {
      groupId: group.id,
      version: attended.version,
      sessions: withoutFirst,
    });
    expect(removal.ok ? null : removal.error.code).toBe('supportGroups.sessionHasAttendance');
    const cancelled = await app.must('supportGroups:saveSessions', {
      groupId: group.id,
      version: attended.version,
      sessions: attended.sessions.map(({ id, date, startTime, minutes, kind }, i) => ({
        id,
        date,
        startTime,
        minutes,
        kind,
        cancelled: i === 1,
      })),
    });
    expect(cancelled.sessions[1]!.cancelled).toBe(true);
    const onCancelled = await app.call('supportGroups:recordAttendance', {
      sessionId: cancelled.sessions[1]!.id,
      entries: [{ enrolmentId: admitted.id, present: true }],
    });
    expect(onCancelled.ok ? null : onCancelled.error.code).toBe('attendance.sessionCancelled');
  });

  test('moving the start date regenerates the schedule while nothing is recorded', async () => {
    const { group } = await setUpGroup(app);
    const moved = await app.must('supportGroups:update', {
      id: group.id,
      version: group.version,
      data: groupInput(group.programmeId, { startDate: '2026-03-18', startTime: '16:30', status: 'planned' }),
    });
    expect(moved.sessions[0]).toMatchObject({ date: '2026-03-18', startTime: '16:30' });
    expect(moved.sessions).toHaveLength(8);
    expect(moved.status).toBe('planned');
  });
});

describe('waiting list', () => {
  test('suggests the earliest open group with a free place for the child’s age', async () => {
    const { programme, group } = await setUpGroup(app);
    const teens = await app.must(
      'supportGroups:create',
      groupInput(programme.id, { name: 'Tonår', startDate: '2026-04-01', ageMin: 13, ageMax: 18 }),
    );
    const young = await app.must(
      'children:create',
      childInput({ name: 'Lea Exempel', identityNumber: testNumber('2016-01-15') }),
    );
    const teen = await app.must(
      'children:create',
      childInput({ name: 'Tove Exempel', identityNumber: testNumber('2011-01-15', 982) }),
    );
    for (const child of [young, teen]) {
      await app.must('enrolments:create', {
        childId: child.id,
        programmeId: programme.id,
        status: 'waitlisted',
        referredOn: '2026-02-10',
      });
    }
    const list = await app.must('enrolments:waitingList', { programmeId: programme.id });
    expect(list.map((e) => [e.childName, e.age, e.suggestedGroup?.name, e.suggestedGroup?.free])).toEqual([
      ['Lea Exempel', 10, group.name, 8],
      ['Tove Exempel', 15, group.name, 8],
    ]);
    // With the first group started, the teenager goes to the teen group and the younger child has none.
    await app.must('supportGroups:update', {
      id: group.id,
      version: group.version,
      data: groupInput(programme.id, { status: 'running' }),
    });
    const later = await app.must('enrolments:waitingList', { programmeId: null });
    expect(later.map((e) => e.suggestedGroup?.id ?? null)).toEqual([null, teens.id]);
  });
});

describe('enrolments of a district', () => {
  test('pages through a district in keyset order', async () => {
    const { programme } = await setUpGroup(app);
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) {
      const child = await app.must(
        'children:create',
        childInput({
          name: `Barn ${i}`,
          identityNumber: testNumber(`2014-06-0${i + 1}`),
          district: i < 2 ? 'Norr' : 'Söder',
        }),
      );
      ids.push(
        (
          await app.must('enrolments:create', {
            childId: child.id,
            programmeId: programme.id,
            referredOn: '2026-02-01',
          })
        ).id,
      );
    }
    const north = await app.must('enrolments:byDistrict', { district: 'Norr' });
    expect(north.items.map((e) => e.id)).toEqual(ids.slice(0, 2));
    expect(north.next).toBeNull();
    const after = await app.must('enrolments:byDistrict', {
      district: 'Norr',
      after: { childId: north.items[0]!.childId, enrolmentId: north.items[0]!.id },
    });
    expect(after.items.map((e) => e.id)).toEqual([ids[1]]);
  });
});

describe('feedback and complaints log', () => {
  test('records a summary without names and closes it with a response', async () => {
    const agreementId = await createAgreement(app);
    const entry = await app.must('feedback:create', {
      agreementId,
      receivedOn: '2026-02-12',
      channel: 'phone',
      category: 'complaint',
      summary: 'Ett familjehem tyckte att informationen före gruppstart kom sent.',
    });
    expect(entry).toMatchObject({ closed: false, closedOn: null, response: '' });
    const closed = await app.must('feedback:update', {
      id: entry.id,
      version: entry.version,
      data: {
        agreementId,
        receivedOn: '2026-02-12',
        channel: 'phone',
        category: 'complaint',
        summary: entry.summary,
        response: 'Utskicket görs nu tre veckor före start.',
        closed: true,
      },
    });
    expect(closed).toMatchObject({ closed: true, closedOn: '2026-03-02', version: 2 });
    const withNumber = await app.call('feedback:create', {
      agreementId,
      receivedOn: '2026-02-12',
      channel: 'email',
      category: 'question',
      summary: 'Gäller 121212-1212',
    });
    expect(withNumber.ok ? null : withNumber.error.fields).toEqual({ summary: 'feedback.identityNumber' });
    expect((await app.must('feedback:list', { agreementId })).map((f) => f.id)).toEqual([entry.id]);
  });
});
