// Enrolment, consent, the gate and attendance through the router: each rule
// of the issue has its own test, and main enforces it whatever the UI does.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { auditSince, lastAuditId } from '../../../test/support/audit';
import {
  admittedChild,
  childInput,
  consentFromAll,
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

describe('the gate before the first session', () => {
  test('attendance is refused with every missing item, then recorded once consent and notice are in place', async () => {
    onDayOf(app, setup.group.sessions[0]!.date);
    const { child, enrolment } = await admittedChild(app, setup.group.id, setup.programme.id);
    const [anna, bertil] = child.guardians;
    const refused = await app.call('supportGroups:recordAttendance', {
      sessionId: firstSession(),
      entries: [{ enrolmentId: enrolment.id, present: true }],
    });
    expect(refused.ok ? null : refused.error).toEqual({
      code: 'attendance.gateNotMet',
      message: 'Närvaro kan inte registreras. Det här saknas:',
      fields: {
        [`enrolment.${enrolment.id}.consentMissing.${anna!.id}.participation`]: 'gate.consentMissing',
        [`enrolment.${enrolment.id}.consentMissing.${anna!.id}.dataSharing`]: 'gate.consentMissing',
        [`enrolment.${enrolment.id}.consentMissing.${bertil!.id}.participation`]: 'gate.consentMissing',
        [`enrolment.${enrolment.id}.consentMissing.${bertil!.id}.dataSharing`]: 'gate.consentMissing',
        [`enrolment.${enrolment.id}.socialServicesNotice`]: 'gate.socialServicesNotice',
      },
    });
    expect(await app.installation.db.selectFrom('attendance').selectAll().execute()).toEqual([]);

    await consentFromAll(app, enrolment.id, [anna!.id, bertil!.id]);
    const ready = await app.must('enrolments:recordNotice', notice(enrolment.id));
    expect(ready.gate).toEqual({ ready: true, missing: [] });

    const group = await app.must('supportGroups:recordAttendance', {
      sessionId: firstSession(),
      entries: [{ enrolmentId: enrolment.id, present: true }],
    });
    const participant = group.participants.find((p) => p.enrolmentId === enrolment.id)!;
    expect(participant).toMatchObject({
      status: 'participating',
      attendance: { [String(firstSession())]: true },
      rate: { present: 1, recorded: 1, rate: 1 },
    });
  });

  test('two custodial guardians and one consent: the child cannot become participating', async () => {
    const { child, enrolment } = await admittedChild(app, setup.group.id, setup.programme.id);
    await consentFromAll(app, enrolment.id, [child.guardians[0]!.id]);
    const withNotice = await app.must('enrolments:recordNotice', notice(enrolment.id));
    expect(withNotice.gate.missing).toEqual([
      {
        kind: 'consentMissing',
        guardianId: child.guardians[1]!.id,
        guardianName: 'Bertil Tolvansson',
        scope: 'participation',
      },
      {
        kind: 'consentMissing',
        guardianId: child.guardians[1]!.id,
        guardianName: 'Bertil Tolvansson',
        scope: 'dataSharing',
      },
    ]);
    const result = await app.call('enrolments:transition', {
      id: enrolment.id,
      version: withNotice.version,
      to: 'participating',
    });
    expect(result.ok ? null : result.error.code).toBe('enrolments.gateNotMet');
    expect((await app.must('enrolments:get', { id: enrolment.id })).status).toBe('admitted');
  });

  test('LVU: no guardian consent needed, only the notice to social services', async () => {
    const { enrolment } = await admittedChild(app, setup.group.id, setup.programme.id, {
      placementBasis: 'LVU',
    });
    expect(enrolment).toMatchObject({ consentRequired: false, consentOverall: 'notRequired' });
    expect(enrolment.guardianConsents.map((g) => [g.participation, g.dataSharing])).toEqual([
      ['notRequired', 'notRequired'],
      ['notRequired', 'notRequired'],
    ]);
    expect(enrolment.gate.missing.map((m) => m.kind)).toEqual(['socialServicesNotice']);
    const ready = await app.must('enrolments:recordNotice', notice(enrolment.id));
    const participating = await app.must('enrolments:transition', {
      id: enrolment.id,
      version: ready.version,
      to: 'participating',
    });
    expect(participating.status).toBe('participating');
  });

  test('withdrawal pauses the enrolment at once: no attendance, and the dashboard shows it', async () => {
    onDayOf(app, setup.group.sessions[1]!.date);
    const { child, enrolment } = await admittedChild(app, setup.group.id, setup.programme.id);
    const ids = child.guardians.map((g) => g.id);
    await consentFromAll(app, enrolment.id, ids);
    await app.must('enrolments:recordNotice', notice(enrolment.id));
    await app.must('supportGroups:recordAttendance', {
      sessionId: firstSession(),
      entries: [{ enrolmentId: enrolment.id, present: true }],
    });

    const withdrawn = await app.must('enrolments:recordConsent', {
      enrolmentId: enrolment.id,
      guardianId: ids[1]!,
      scope: 'participation',
      decision: 'withdrawn',
      decidedOn: '2026-03-02',
      method: 'oral',
      documentReference: '',
    });
    expect(withdrawn).toMatchObject({ paused: true, consentOverall: 'withdrawn', gate: { ready: false } });
    const second = setup.group.sessions[1]!.id;
    const refused = await app.call('supportGroups:recordAttendance', {
      sessionId: second,
      entries: [{ enrolmentId: enrolment.id, present: true }],
    });
    expect(refused.ok ? null : refused.error.fields).toEqual({
      [`enrolment.${enrolment.id}.consentWithdrawn.${ids[1]}.participation`]: 'gate.consentWithdrawn',
    });
    const dashboard = await app.must('enrolments:attention', {});
    expect(dashboard.paused.map((e) => [e.id, e.childName, e.paused])).toEqual([
      [enrolment.id, 'Tolvan Tolvansson', true],
    ]);
  });

  test('refusal blocks', async () => {
    onDayOf(app, setup.group.sessions[0]!.date);
    const { child, enrolment } = await admittedChild(app, setup.group.id, setup.programme.id);
    await consentFromAll(app, enrolment.id, [child.guardians[0]!.id]);
    await app.must('enrolments:recordNotice', notice(enrolment.id));
    const refused = await app.must('enrolments:recordConsent', {
      enrolmentId: enrolment.id,
      guardianId: child.guardians[1]!.id,
      scope: 'dataSharing',
      decision: 'refused',
      decidedOn: '2026-02-25',
      method: 'written',
      documentReference: 'Brev 2026-02-25',
    });
    expect(refused.consentOverall).toBe('refused');
    expect(refused.gate.missing.map((m) => m.kind)).toEqual(['consentMissing', 'consentRefused']);
    const result = await app.call('supportGroups:recordAttendance', {
      sessionId: firstSession(),
      entries: [{ enrolmentId: enrolment.id, present: true }],
    });
    expect(result.ok ? null : result.error.code).toBe('attendance.gateNotMet');
  });

  test('a consent names a guardian of the enrolment’s own child', async () => {
    const { enrolment } = await admittedChild(app, setup.group.id, setup.programme.id);
    const other = await app.must(
      'children:create',
      childInput({ name: 'Lea Exempel', identityNumber: testNumber('2014-05-10') }),
    );
    const result = await app.call('enrolments:recordConsent', {
      enrolmentId: enrolment.id,
      guardianId: other.guardians[0]!.id,
      scope: 'participation',
      decision: 'given',
      decidedOn: '2026-02-20',
      method: 'written',
      documentReference: '',
    });
    expect(result.ok ? null : result.error.code).toBe('enrolments.guardianNotOfChild');
  });
});

describe('capacity', () => {
  test('the 9th child is refused with a clear message; below 5 the group warns', async () => {
    for (let i = 0; i < 8; i++) {
      const child = await app.must(
        'children:create',
        childInput({
          name: `Barn ${i + 1}`,
          identityNumber: testNumber(`2014-05-${String(i + 1).padStart(2, '0')}`),
        }),
      );
      await app.must('enrolments:create', {
        childId: child.id,
        programmeId: setup.programme.id,
        groupId: setup.group.id,
        status: 'offered',
        referredOn: '2026-02-01',
      });
      if (i === 3) {
        const four = await app.must('supportGroups:get', { id: setup.group.id });
        expect(four.capacity).toEqual({
          placed: 4,
          min: 5,
          max: 8,
          free: 4,
          full: false,
          belowMinimum: true,
        });
      }
    }
    const ninth = await app.must(
      'children:create',
      childInput({ name: 'Barn 9', identityNumber: testNumber('2014-05-09', 983) }),
    );
    const result = await app.call('enrolments:create', {
      childId: ninth.id,
      programmeId: setup.programme.id,
      groupId: setup.group.id,
      status: 'offered',
      referredOn: '2026-02-01',
    });
    expect(result.ok ? null : result.error).toEqual({
      code: 'supportGroups.groupFull',
      message:
        'Gruppen är full: högsta antalet barn är redan nått. Välj en annan grupp eller sätt barnet på väntelistan.',
      fields: { groupId: 'supportGroups.groupFull' },
    });
    // On the waiting list the child holds no place, so that works.
    const waiting = await app.must('enrolments:create', {
      childId: ninth.id,
      programmeId: setup.programme.id,
      groupId: null,
      status: 'waitlisted',
      referredOn: '2026-02-01',
    });
    const offer = await app.call('enrolments:transition', {
      id: waiting.id,
      version: waiting.version,
      to: 'offered',
      groupId: setup.group.id,
    });
    expect(offer.ok ? null : offer.error.code).toBe('supportGroups.groupFull');
    expect((await app.must('supportGroups:get', { id: setup.group.id })).capacity).toMatchObject({
      placed: 8,
      full: true,
      belowMinimum: false,
    });
  });
});

describe('age rule', () => {
  test('a child outside the age range at group start needs an override with a reason', async () => {
    // Born 2019-09-01: 6 years old when the group starts on 2026-03-04.
    const young = await app.must(
      'children:create',
      childInput({ name: 'Liten Exempel', identityNumber: testNumber('2019-09-01') }),
    );
    const input = {
      childId: young.id,
      programmeId: setup.programme.id,
      groupId: setup.group.id,
      status: 'offered' as const,
      referredOn: '2026-02-01',
    };
    const refused = await app.call('enrolments:create', input);
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: 'enrolments.ageOutsideRange',
      fields: { ageOverrideReason: 'enrolments.ageOutsideRange' },
    });
    const before = await lastAuditId(app);
    const allowed = await app.must('enrolments:create', {
      ...input,
      ageOverrideReason: 'Syskon i gruppen; bedömd redo av gruppledarna.',
    });
    expect(allowed).toMatchObject({
      age: 6,
      ageWithinRange: false,
      ageOverrideReason: 'Syskon i gruppen; bedömd redo av gruppledarna.',
    });
    expect(await auditSince(app, before)).toEqual([
      {
        userId: 1,
        role: 'admin',
        channel: 'enrolments:create',
        entityType: 'enrolment',
        entityId: String(allowed.id),
        outcome: 'ok',
      },
    ]);
  });
});

describe('enrolment lifecycle', () => {
  test('interest → waitlisted → offered → admitted, and cancelling needs a reason', async () => {
    const child = await app.must('children:create', childInput());
    const interest = await app.must('enrolments:create', {
      childId: child.id,
      programmeId: setup.programme.id,
      referredOn: '2026-02-01',
    });
    expect(interest).toMatchObject({
      status: 'interest',
      allowedTransitions: ['waitlisted', 'offered', 'cancelled'],
    });
    const waitlisted = await app.must('enrolments:transition', {
      id: interest.id,
      version: interest.version,
      to: 'waitlisted',
    });
    const noGroup = await app.call('enrolments:transition', {
      id: waitlisted.id,
      version: waitlisted.version,
      to: 'offered',
    });
    expect(noGroup.ok ? null : noGroup.error.code).toBe('enrolments.groupRequired');
    const offered = await app.must('enrolments:transition', {
      id: waitlisted.id,
      version: waitlisted.version,
      to: 'offered',
      groupId: setup.group.id,
    });
    const skip = await app.call('enrolments:transition', {
      id: offered.id,
      version: offered.version,
      to: 'completed',
    });
    expect(skip.ok ? null : skip.error.code).toBe('enrolments.transitionNotAllowed');
    const admitted = await app.must('enrolments:transition', {
      id: offered.id,
      version: offered.version,
      to: 'admitted',
    });
    const noReason = await app.call('enrolments:transition', {
      id: admitted.id,
      version: admitted.version,
      to: 'cancelled',
    });
    expect(noReason.ok ? null : noReason.error.fields).toEqual({ reason: 'enrolments.reasonRequired' });
    const cancelled = await app.must('enrolments:transition', {
      id: admitted.id,
      version: admitted.version,
      to: 'cancelled',
      reason: 'Familjen flyttade.',
    });
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Familjen flyttade.',
      allowedTransitions: [],
    });
  });

  test('one open enrolment per child and programme', async () => {
    const child = await app.must('children:create', childInput());
    await app.must('enrolments:create', {
      childId: child.id,
      programmeId: setup.programme.id,
      referredOn: '2026-02-01',
    });
    const again = await app.call('enrolments:create', {
      childId: child.id,
      programmeId: setup.programme.id,
      referredOn: '2026-02-02',
    });
    expect(again.ok ? null : again.error.code).toBe('enrolments.alreadyActive');
  });
});
