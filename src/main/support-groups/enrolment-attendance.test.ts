// Attendance and children from other municipalities through the router (split from enrolments.test.ts): main enforces each rule whatever the UI does.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { addUser, signIn } from '../../../test/support/users';
import {
  admittedChild,
  childInput,
  notice,
  onDayOf,
  setUpGroup,
  testNumber,
} from '../../../test/support/support-groups/fixtures';

let app: TempApp;
let setup: Awaited<ReturnType<typeof setUpGroup>>;
beforeEach(async () => {
  app = await createInstalledApp();
  setup = await setUpGroup(app);
});
afterEach(() => app.dispose());

const firstSession = () => setup.group.sessions[0]!.id;

describe('attendance', () => {
  test('rates per child and per group', async () => {
    onDayOf(app, setup.group.sessions[1]!.date);
    const a = await admittedChild(app, setup.group.id, setup.programme.id, { placementBasis: 'LVU' });
    const b = await admittedChild(app, setup.group.id, setup.programme.id, {
      placementBasis: 'LVU',
      name: 'Lea Exempel',
      identityNumber: testNumber('2014-05-10'),
    });
    for (const { enrolment } of [a, b]) await app.must('enrolments:recordNotice', notice(enrolment.id));
    const [s1, s2] = setup.group.sessions;
    await app.must('supportGroups:recordAttendance', {
      sessionId: s1!.id,
      entries: [
        { enrolmentId: a.enrolment.id, present: true },
        { enrolmentId: b.enrolment.id, present: false },
      ],
    });
    const group = await app.must('supportGroups:recordAttendance', {
      sessionId: s2!.id,
      entries: [
        { enrolmentId: a.enrolment.id, present: true },
        { enrolmentId: b.enrolment.id, present: true },
      ],
    });
    const rate = (id: number) => group.participants.find((p) => p.enrolmentId === id)!.rate;
    expect(rate(a.enrolment.id)).toEqual({ present: 2, recorded: 2, rate: 1 });
    expect(rate(b.enrolment.id)).toEqual({ present: 1, recorded: 2, rate: 0.5 });
    expect(group.groupRate).toEqual({ present: 3, recorded: 4, rate: 0.75 });
    // Absent at the first session stays admitted; present at the second makes participating.
    expect(group.participants.map((p) => p.status)).toEqual(['participating', 'participating']);
  });

  test('a child who is only offered a place cannot have attendance', async () => {
    onDayOf(app, setup.group.sessions[0]!.date);
    const child = await app.must('children:create', childInput({ placementBasis: 'LVU' }));
    const offered = await app.must('enrolments:create', {
      childId: child.id,
      programmeId: setup.programme.id,
      groupId: setup.group.id,
      status: 'offered',
      referredOn: '2026-02-01',
    });
    const result = await app.call('supportGroups:recordAttendance', {
      sessionId: firstSession(),
      entries: [{ enrolmentId: offered.id, present: true }],
    });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'attendance.notAdmitted',
      fields: { [`enrolment.${offered.id}.status`]: 'attendance.notAdmitted' },
    });
  });

  test('a session later than today is refused with a clear message, and nothing is recorded', async () => {
    const { enrolment } = await admittedChild(app, setup.group.id, setup.programme.id, {
      placementBasis: 'LVU',
    });
    await app.must('enrolments:recordNotice', notice(enrolment.id));
    const [s1, s2] = setup.group.sessions;
    onDayOf(app, s1!.date);
    const entries = [{ enrolmentId: enrolment.id, present: true }];
    const refused = await app.call('supportGroups:recordAttendance', { sessionId: s2!.id, entries });
    expect(refused.ok ? null : refused.error).toEqual({
      code: 'attendance.futureSession',
      message: 'Närvaro kan inte registreras för en träff som inte har hållits än. Vänta till träffens dag.',
    });
    expect(await app.installation.db.selectFrom('attendance').selectAll().execute()).toEqual([]);
    expect((await app.must('enrolments:get', { id: enrolment.id })).status).toBe('admitted');
    // On the session's own day it is recorded.
    const group = await app.must('supportGroups:recordAttendance', { sessionId: s1!.id, entries });
    expect(group.participants[0]!.attendance).toEqual({ [String(s1!.id)]: true });
  });

  test('a viewer cannot record attendance', async () => {
    const viewer = await addUser(app, 'viewer', 'vera');
    await signIn(app, viewer.username, viewer.password);
    const result = await app.call('supportGroups:recordAttendance', {
      sessionId: firstSession(),
      entries: [{ enrolmentId: 1, present: true }],
    });
    expect(result.ok ? null : result.error.code).toBe('forbidden');
  });
});

describe('children from other municipalities', () => {
  test('the fee defaults to the agreement’s amount and the counted children feed its extra income', async () => {
    const { child, enrolment } = await admittedChild(app, setup.group.id, setup.programme.id, {
      homeMunicipality: 'Lund',
      placementBasis: 'LVU',
    });
    void child;
    const withFee = await app.must('enrolments:setFee', {
      enrolmentId: enrolment.id,
      applies: true,
      amount: 500_000,
      invoicedOn: '2026-03-01',
      paidOn: null,
    });
    expect(withFee.fee).toEqual({ applies: true, amount: 500_000, invoicedOn: '2026-03-01', paidOn: null });
    const counts = await app.installation.db.selectFrom('agreement_extra_income_count').selectAll().execute();
    expect(counts.map((c) => [c.agreement_id, c.year, c.source, c.children])).toEqual([
      [setup.agreementId, 2026, 'supportGroups', 1],
    ]);

    const other = await app.must(
      'children:create',
      childInput({ name: 'Lea Exempel', identityNumber: testNumber('2014-05-10'), homeMunicipality: 'Lund' }),
    );
    const offered = await app.must('enrolments:create', {
      childId: other.id,
      programmeId: setup.programme.id,
      groupId: setup.group.id,
      status: 'offered',
      referredOn: '2026-02-01',
      otherMunicipality: true,
    });
    expect(offered.fee).toEqual({ applies: true, amount: 500_000, invoicedOn: null, paidOn: null });
    // Offered is not yet a place taken; admitted is.
    await app.must('enrolments:transition', { id: offered.id, version: offered.version, to: 'admitted' });
    const after = await app.installation.db
      .selectFrom('agreement_extra_income_count')
      .select('children')
      .execute();
    expect(after).toEqual([{ children: 2 }]);
  });
});
