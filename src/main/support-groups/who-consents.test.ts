// Who consents (issue 11) through the router: a young adult consents for
// themselves, a god man or a särskilt förordnad vårdnadshavare in the
// custodians' place, and the age on the day of the group's first session
// decides which. Main enforces it whatever the UI shows.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ChildInput } from '../../shared/ipc/children';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import {
  childInput,
  createAgreement,
  groupInput,
  notice,
  onDayOf,
  programmeInput,
} from '../../../test/support/support-groups/fixtures';

let app: TempApp;
beforeEach(async () => {
  app = await createInstalledApp();
});
afterEach(() => app.dispose());

/** The umbrella's programme for unaccompanied minors and young adults, 13–24, a group starting 2026-03-04. */
async function umbrellaGroup(startDate = '2026-03-04') {
  const agreementId = await createAgreement(app, 'KS/2016:7');
  const programme = await app.must(
    'programmes:create',
    programmeInput(agreementId, { name: 'Samtalsgrupp för ensamkommande', ageMin: 13, ageMax: 24 }),
  );
  const group = await app.must('supportGroups:create', groupInput(programme.id, { startDate }));
  return { programme, group };
}

const withoutNumber = (overrides: Partial<ChildInput>): ChildInput =>
  childInput({
    name: 'Amir',
    nameIsAlias: true,
    identityKind: 'none',
    identityNumber: '',
    guardians: [],
    fosterHome: { name: '', phone: '', email: '', address: { street: '', postalCode: '', city: '' } },
    ...overrides,
  });

async function admit(
  child: { id: number },
  programmeId: number,
  groupId: number | null,
  status: 'offered' | 'interest' = 'offered',
) {
  const created = await app.must('enrolments:create', {
    childId: child.id,
    programmeId,
    groupId,
    status,
    referredOn: '2026-02-01',
  });
  if (status !== 'offered') return created;
  return app.must('enrolments:transition', { id: created.id, version: created.version, to: 'admitted' });
}

const consent = (
  enrolmentId: number,
  guardianId: number | null,
  scope: 'participation' | 'dataSharing',
  decision: 'given' | 'refused' | 'withdrawn' = 'given',
  decidedOn = '2026-02-20',
) => ({
  enrolmentId,
  guardianId,
  scope,
  decision,
  decidedOn,
  method: 'written' as const,
  documentReference: '',
});

describe('18 or older: the person consents for themselves', () => {
  test('a 20-year-old without a number and no guardian can consent and start (today: "Ingen vårdnadshavare med vårdnad")', async () => {
    const { programme, group } = await umbrellaGroup();
    const child = await app.must('children:create', withoutNumber({ birthYear: 2006 }));
    const admitted = await admit(child, programme.id, group.id);
    expect(admitted.gate.missing.map((m) => m.kind)).not.toContain('noCustodialGuardian');
    expect(admitted.consentBasis).toBe('self');
    expect(admitted.gate.missing).toEqual([
      { kind: 'consentMissing', guardianId: null, guardianName: null, scope: 'participation' },
      { kind: 'consentMissing', guardianId: null, guardianName: null, scope: 'dataSharing' },
      { kind: 'socialServicesNotice', guardianId: null, guardianName: null, scope: null },
    ]);
    await app.must('enrolments:recordConsent', consent(admitted.id, null, 'participation'));
    await app.must('enrolments:recordConsent', consent(admitted.id, null, 'dataSharing'));
    const ready = await app.must('enrolments:recordNotice', notice(admitted.id));
    expect(ready.gate).toEqual({ ready: true, missing: [] });
    expect(ready.consents.map((c) => [c.capacity, c.guardianName])).toEqual([
      ['self', null],
      ['self', null],
    ]);
    const started = await app.must('enrolments:transition', {
      id: ready.id,
      version: ready.version,
      to: 'participating',
    });
    expect(started.status).toBe('participating');
    // Attendance is recorded on the session's day, not before.
    onDayOf(app, group.sessions[0]!.date);
    const attended = await app.must('supportGroups:recordAttendance', {
      sessionId: group.sessions[0]!.id,
      entries: [{ enrolmentId: ready.id, present: true }],
    });
    expect(attended.participants[0]).toMatchObject({ status: 'participating', gate: { ready: true } });
  });

  test('a guardian cannot consent for an adult, and nothing is recorded', async () => {
    const { programme, group } = await umbrellaGroup();
    const child = await app.must(
      'children:create',
      withoutNumber({
        birthYear: 2005,
        guardians: [{ name: 'Fatima Exempel', phone: '', email: '', hasCustody: true }],
      }),
    );
    const admitted = await admit(child, programme.id, group.id);
    const refused = await app.call(
      'enrolments:recordConsent',
      consent(admitted.id, child.guardians[0]!.id, 'participation'),
    );
    expect(refused.ok ? null : refused.error.code).toBe('enrolments.adultConsentsThemselves');
    expect(refused.ok ? null : refused.error.message).toBe(
      'Personen är 18 år eller äldre vid gruppens första träff och samtycker själv.',
    );
    expect((await app.must('enrolments:get', { id: admitted.id })).consents).toEqual([]);
  });

  test('a minor cannot consent alone', async () => {
    const { programme, group } = await umbrellaGroup();
    const child = await app.must('children:create', withoutNumber({ birthYear: 2011 }));
    const admitted = await admit(child, programme.id, group.id);
    const refused = await app.call('enrolments:recordConsent', consent(admitted.id, null, 'participation'));
    expect(refused.ok ? null : refused.error.code).toBe('enrolments.minorCannotConsentAlone');
    expect((await app.must('enrolments:get', { id: admitted.id })).consents).toEqual([]);
  });

  test('turning 18 before the first session: the person consents; the guardians’ earlier consent stays in the history', async () => {
    // Born 2008-03-03: 17 on the test day (2026-03-02), 18 on 2026-03-04.
    const { programme, group } = await umbrellaGroup('2026-03-04');
    const child = await app.must(
      'children:create',
      childInput({
        identityKind: 'none',
        identityNumber: '',
        birthDate: '2008-03-03',
        guardians: [{ name: 'Anna Tolvansson', phone: '', email: '', hasCustody: true }],
      }),
    );
    const interest = await admit(child, programme.id, null, 'interest');
    expect(interest.consentBasis).toBe('custodians');
    const guardianId = child.guardians[0]!.id;
    await app.must(
      'enrolments:recordConsent',
      consent(interest.id, guardianId, 'participation', 'given', '2026-02-25'),
    );
    const before = await app.must(
      'enrolments:recordConsent',
      consent(interest.id, guardianId, 'dataSharing', 'given', '2026-02-25'),
    );
    expect(before.consentOverall).toBe('complete');

    const placed = await app.must('enrolments:transition', {
      id: before.id,
      version: before.version,
      to: 'offered',
      groupId: group.id,
    });
    expect(placed.consentBasis).toBe('self');
    expect(placed.consentOverall).toBe('incomplete');
    expect(placed.consents.map((c) => [c.capacity, c.guardianName])).toEqual([
      ['custodian', 'Anna Tolvansson'],
      ['custodian', 'Anna Tolvansson'],
    ]);
    await app.must(
      'enrolments:recordConsent',
      consent(placed.id, null, 'participation', 'given', '2026-03-01'),
    );
    const own = await app.must(
      'enrolments:recordConsent',
      consent(placed.id, null, 'dataSharing', 'given', '2026-03-01'),
    );
    expect(own.consentOverall).toBe('complete');
    expect(own.consents).toHaveLength(4);
  });

  test('moving the group past the 18th birthday re-decides who consents, on the lists too', async () => {
    // Born 2008-03-08: 17 when the group starts 2026-03-04, 18 if it starts 2026-03-12 (still within the coming fortnight).
    const { programme, group } = await umbrellaGroup('2026-03-04');
    const child = await app.must(
      'children:create',
      childInput({
        identityKind: 'none',
        identityNumber: '',
        birthDate: '2008-03-08',
        guardians: [{ name: 'Anna Tolvansson', phone: '', email: '', hasCustody: true }],
      }),
    );
    const placed = await admit(child, programme.id, group.id);
    const guardianId = child.guardians[0]!.id;
    await app.must('enrolments:recordConsent', consent(placed.id, guardianId, 'participation'));
    await app.must('enrolments:recordConsent', consent(placed.id, guardianId, 'dataSharing'));
    const ready = await app.must('enrolments:recordNotice', notice(placed.id));
    expect(ready.consentBasis).toBe('custodians');
    const notReady = async () => (await app.must('enrolments:attention', {})).notReady.map((e) => e.id);
    expect(await notReady()).not.toContain(placed.id);

    const current = await app.must('supportGroups:get', { id: group.id });
    await app.must('supportGroups:update', {
      id: group.id,
      version: current.version,
      data: { ...groupInput(programme.id), startDate: '2026-03-12' },
    });
    expect((await app.must('enrolments:get', { id: placed.id })).consentBasis).toBe('self');
    expect(await notReady()).toContain(placed.id);
  });

  test('a birth year alone is enough: born in 2008, 18 in a group starting in 2026', async () => {
    const { programme, group } = await umbrellaGroup('2026-03-04');
    const child = await app.must('children:create', withoutNumber({ birthYear: 2008 }));
    expect((await admit(child, programme.id, group.id)).consentBasis).toBe('self');
  });
});

describe('registered with an age band entered by hand', () => {
  test('no number and no birth year: an age band is enough, and 21–24 consents for themselves', async () => {
    const { programme, group } = await umbrellaGroup();
    const child = await app.must('children:create', withoutNumber({ ageBand: '21-24' }));
    expect(child).toMatchObject({
      birthYear: null,
      birthDate: null,
      ageBand: '21-24',
      ageBandOn: '2026-03-02',
    });
    expect((await admit(child, programme.id, group.id)).consentBasis).toBe('self');
  });

  test('no number, no birth year and no age band is refused, and nothing is saved', async () => {
    const refused = await app.call('children:create', withoutNumber({}));
    expect(refused.ok ? null : refused.error.fields).toEqual({ birthDate: 'identity.birthRequired' });
    expect(await app.must('children:list', {})).toEqual([]);
  });

  test('the band’s day is kept when it is saved again unchanged', async () => {
    const child = await app.must('children:create', withoutNumber({ ageBand: '16-17' }));
    app.clock.advance(30 * 86_400_000);
    const saved = await app.must('children:update', {
      id: child.id,
      version: child.version,
      data: withoutNumber({ ageBand: '16-17' }),
    });
    expect(saved.ageBandOn).toBe('2026-03-02');
  });
});

describe('representatives: god man and särskilt förordnad vårdnadshavare', () => {
  test('an unaccompanied 15-year-old: the god man consents in the custodians’ place; parents abroad are not asked', async () => {
    const { programme, group } = await umbrellaGroup();
    const child = await app.must(
      'children:create',
      withoutNumber({
        birthYear: 2011,
        guardians: [
          { name: 'Förälder i hemlandet', phone: '', email: '', hasCustody: true },
          {
            name: 'Gunnar Godman',
            phone: '070-174 06 20',
            email: '',
            hasCustody: false,
            representative: 'godMan',
          },
        ],
      }),
    );
    expect(child.guardians.map((g) => g.representative)).toEqual([null, 'godMan']);
    const godMan = child.guardians[1]!;
    const admitted = await admit(child, programme.id, group.id);
    expect(admitted.consentBasis).toBe('godMan');
    expect(admitted.gate.missing.filter((m) => m.guardianId !== null).map((m) => m.guardianName)).toEqual([
      'Gunnar Godman',
      'Gunnar Godman',
    ]);
    await app.must('enrolments:recordConsent', consent(admitted.id, godMan.id, 'participation'));
    await app.must('enrolments:recordConsent', consent(admitted.id, godMan.id, 'dataSharing'));
    const ready = await app.must('enrolments:recordNotice', notice(admitted.id));
    expect(ready.gate.ready).toBe(true);
    expect(ready.consents.map((c) => c.capacity)).toEqual(['godMan', 'godMan']);
    expect(ready.guardianConsents.map((g) => [g.guardianName, g.capacity, g.participation])).toEqual([
      ['Förälder i hemlandet', 'custodian', 'notRequired'],
      ['Gunnar Godman', 'godMan', 'given'],
    ]);
  });

  test('custody moved to the foster parents: they are the custodians, both consent; the god man is no longer asked', async () => {
    const { programme, group } = await umbrellaGroup();
    const child = await app.must(
      'children:create',
      childInput({
        identityNumber: '121212-1212',
        guardians: [
          { name: 'Anna Tolvansson', phone: '', email: '', hasCustody: false },
          {
            name: 'Eva Exempelsson',
            phone: '',
            email: '',
            hasCustody: true,
            representative: 'specialCustodian',
          },
          {
            name: 'Erik Exempelsson',
            phone: '',
            email: '',
            hasCustody: true,
            representative: 'specialCustodian',
          },
          { name: 'Gunnar Godman', phone: '', email: '', hasCustody: false, representative: 'godMan' },
        ],
      }),
    );
    const [, eva, erik] = child.guardians;
    const admitted = await admit(child, programme.id, group.id);
    expect(admitted.consentBasis).toBe('custodians');
    for (const id of [eva!.id]) {
      await app.must('enrolments:recordConsent', consent(admitted.id, id, 'participation'));
      await app.must('enrolments:recordConsent', consent(admitted.id, id, 'dataSharing'));
    }
    const half = await app.must('enrolments:recordNotice', notice(admitted.id));
    expect(half.gate.missing.map((m) => [m.kind, m.guardianName])).toEqual([
      ['consentMissing', 'Erik Exempelsson'],
      ['consentMissing', 'Erik Exempelsson'],
    ]);
    await app.must('enrolments:recordConsent', consent(admitted.id, erik!.id, 'participation'));
    const ready = await app.must('enrolments:recordConsent', consent(admitted.id, erik!.id, 'dataSharing'));
    expect(ready.gate.ready).toBe(true);
    expect(new Set(ready.consents.map((c) => c.capacity))).toEqual(new Set(['specialCustodian']));
  });

  test('a särskilt förordnad vårdnadshavare always has custody, a god man never', async () => {
    const child = await app.must(
      'children:create',
      childInput({
        guardians: [
          {
            name: 'Eva Exempelsson',
            phone: '',
            email: '',
            hasCustody: false,
            representative: 'specialCustodian',
          },
          { name: 'Gunnar Godman', phone: '', email: '', hasCustody: true, representative: 'godMan' },
        ],
      }),
    );
    expect(child.guardians.map((g) => [g.representative, g.hasCustody])).toEqual([
      ['specialCustodian', true],
      ['godMan', false],
    ]);
  });
});

describe('LVU is unchanged', () => {
  test('an unaccompanied minor placed under LVU needs no consent, only the notice', async () => {
    const { programme, group } = await umbrellaGroup();
    const child = await app.must(
      'children:create',
      withoutNumber({
        birthYear: 2011,
        placementBasis: 'LVU',
        guardians: [
          { name: 'Gunnar Godman', phone: '', email: '', hasCustody: false, representative: 'godMan' },
        ],
      }),
    );
    const admitted = await admit(child, programme.id, group.id);
    expect(admitted).toMatchObject({ consentRequired: false, consentBasis: 'notRequired' });
    expect(admitted.gate.missing.map((m) => m.kind)).toEqual(['socialServicesNotice']);
  });
});
