// Who may do what with agreements (see src/shared/ipc/agreements.ts): every
// role reads, a viewer without personal data; versions only with personal-data
// roles; admins and caseworkers write; coordinators also record meetings.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Agreement } from '../../../shared/ipc/agreements';
import type { Role } from '../../../shared/roles';
import { adminPassword } from '../../../../test/support/temp-app';
import { addUser, passwordOf, signIn } from '../../../../test/support/users';
import { stockholmBris } from '../../../../test/support/agreements/fixtures';
import { agreementsApp, create, failure, type AgreementsApp } from '../../../../test/support/agreements/helpers';

let t: AgreementsApp;
let agreement: Agreement;
const usernames: Record<Role, string> = {
  admin: 'admin',
  caseworker: 'karin',
  coordinator: 'kim',
  viewer: 'vera',
};

beforeAll(async () => {
  t = await agreementsApp();
  for (const role of ['caseworker', 'coordinator', 'viewer'] as const)
    await addUser(t.app, role, usernames[role]);
  const data = stockholmBris(t.ids, '2026-01-01');
  data.parties[1]!.contacts = [
    { name: 'Sara Kontakt', title: 'Verksamhetschef', phone: '08-598 888 00', email: 'sara@example.org' },
  ];
  data.parties[1]!.signatory = { name: 'Bo Firmatecknare', title: 'Generalsekreterare' };
  data.governanceBodies[0]!.members = [{ organisationId: t.ids.bris, name: 'Sara Kontakt', title: '' }];
  data.memo.caseworker = 'Karin Testsson';
  agreement = await create(t.app, data);
  await t.app.must('agreements:recordMeeting', {
    agreementId: agreement.id,
    bodyKey: 'cooperation',
    date: '2026-02-10',
    attendees: ['Sara Kontakt', 'Karin Testsson'],
    decisions: ['Höstens grupper planeras.'],
    minutesReference: 'Anteckningar 2026-02-10',
  });
});
afterAll(() => t.app.dispose());

const as = (role: Role) =>
  signIn(t.app, usernames[role], role === 'admin' ? adminPassword : passwordOf(usernames[role]));

describe('reading', () => {
  test('a viewer sees the agreement without personal data', async () => {
    await as('viewer');
    const a = await t.app.must('agreements:get', { id: agreement.id });
    expect(a.redacted).toBe(true);
    expect(a.data.parties[1]!.contacts).toEqual([]);
    expect(a.data.parties[1]!.signatory).toEqual({ name: '', title: 'Generalsekreterare' });
    expect(a.data.governanceBodies[0]!.members).toEqual([]);
    expect(a.data.memo.caseworker).toBe('');
    expect(a.meetings[0]!.attendees).toEqual([]);
    expect(a.meetings[0]!.decisions).toEqual(['Höstens grupper planeras.']);
    expect(a.statusHistory[0]!.by).toBeNull();
    expect(JSON.stringify(a)).not.toMatch(/Sara|Karin|Firmatecknare|08-598/);
    // The economy and deadlines are not personal.
    expect(a.data.economy.years[0]!.amount).toBe(71_183_300);
    expect((await t.app.must('agreements:list', {})).total).toBe(1);
    expect((await t.app.must('agreements:dashboard', {})).today).toBe('2026-03-02');
  });

  test('a viewer cannot read versions (they hold contact persons)', async () => {
    await as('viewer');
    expect((await failure(t.app.call('agreements:revisions', { id: agreement.id }))).code).toBe('forbidden');
    expect((await failure(t.app.call('agreements:diff', { id: agreement.id, from: 1, to: 1 }))).code).toBe(
      'forbidden',
    );
  });

  test('a coordinator reads everything, personal data included', async () => {
    await as('coordinator');
    const a = await t.app.must('agreements:get', { id: agreement.id });
    expect(a.redacted).toBe(false);
    expect(a.data.parties[1]!.contacts[0]!.name).toBe('Sara Kontakt');
    expect(a.meetings[0]!.attendees).toEqual(['Sara Kontakt', 'Karin Testsson']);
    expect((await t.app.must('agreements:revisions', { id: agreement.id })).length).toBe(1);
  });
});

describe('writing', () => {
  test('viewers and coordinators cannot draft, change status, record payments or make documents', async () => {
    for (const role of ['viewer', 'coordinator'] as const) {
      await as(role);
      const calls = [
        t.app.call('agreements:create', { data: { ...agreement.data, registrationNumber: 'Ny-1' } }),
        t.app.call('agreements:update', {
          id: agreement.id,
          version: agreement.version,
          data: agreement.data,
        }),
        t.app.call('agreements:transition', {
          id: agreement.id,
          version: agreement.version,
          request: { to: 'forDecision' },
        }),
        t.app.call('agreements:recordPayment', {
          agreementId: agreement.id,
          kind: 'payment',
          date: '2026-01-02',
          payerOrganisationId: t.ids.stockholm,
          recipientOrganisationId: t.ids.bris,
          amount: 100,
        }),
        t.app.call('agreements:generateDocument', {
          id: agreement.id,
          document: 'agreement',
          format: 'pdf',
          folder: '/tmp',
        }),
      ];
      for (const call of calls) expect((await failure(call)).code, role).toBe('forbidden');
    }
  });

  test('a coordinator records meetings; a viewer cannot', async () => {
    await as('coordinator');
    const a = await t.app.must('agreements:recordMeeting', {
      agreementId: agreement.id,
      bodyKey: 'cooperation',
      date: '2026-03-01',
      attendees: ['Kim Testsson'],
      decisions: [],
      minutesReference: '',
    });
    expect(a.meetings).toHaveLength(2);
    await as('viewer');
    const error = await failure(
      t.app.call('agreements:recordMeeting', {
        agreementId: agreement.id,
        bodyKey: 'cooperation',
        date: '2026-03-01',
        attendees: [],
        decisions: [],
      }),
    );
    expect(error.code).toBe('forbidden');
  });

  test('a caseworker drafts and changes status', async () => {
    await as('caseworker');
    const a = await t.app.must('agreements:update', {
      id: agreement.id,
      version: agreement.version,
      data: { ...agreement.data, title: 'Nytt namn' },
    });
    expect(a.data.title).toBe('Nytt namn');
    expect(a.statusHistory).toHaveLength(1);
    const revisions = await t.app.must('agreements:revisions', { id: agreement.id });
    expect(revisions[0]!.savedBy).toBe('Karin Testsson');
    agreement = a;
  });
});
