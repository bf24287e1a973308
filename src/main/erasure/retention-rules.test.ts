// The retention rules beside gallring (issue 11): before them, an interest
// registration that never led to a place, and a child registered but never
// enrolled, were kept for ever. Now a waiting entry is erased 90 days (by
// default) after it was cancelled or refused, or after it went stale (a year
// unchanged); a child with no enrolment left goes with its last one, and a
// child never enrolled 90 days after its last change. The counts show due and
// overdue like gallring; erasing goes through the same routine, and the bytes
// are gone from the database file and its log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInstalledApp, adminPassword, type TempApp } from '../../../test/support/temp-app';
import { masterKeyOf } from '../../../test/support/raw-database';
import { diskBytes, foundIn } from '../../../test/support/erased-bytes';
import {
  admittedChild,
  childInput,
  setUpGroup,
  testNumber,
} from '../../../test/support/support-groups/fixtures';
import { addUser, passwordOf, signIn } from '../../../test/support/users';

let app: TempApp;
let key: Buffer;
let group: Awaited<ReturnType<typeof setUpGroup>>;
const day = 86_400_000;

beforeAll(async () => {
  app = await createInstalledApp();
  key = await masterKeyOf(app.dataDir);
  group = await setUpGroup(app);
  await addUser(app, 'caseworker', 'karin');
}, 120_000);
afterAll(() => app.dispose());

const child = (name: string, serial: number) =>
  childInput({
    name,
    identityNumber: testNumber('2014-05-10', serial),
    guardians: [{ name: `Vårdnadshavare till ${name}`, phone: '', email: '', hasCustody: true }],
    fosterHome: {
      name: `Familjehem till ${name}`,
      phone: '',
      email: '',
      address: { street: '', postalCode: '', city: '' },
    },
  });
const needlesOf = (name: string) => [name, `Vårdnadshavare till ${name}`, `Familjehem till ${name}`];

describe('retention rules', () => {
  let cancelledChild = 0;

  it('shows the defaults; only an administrator changes them, within range', async () => {
    expect(await app.must('retention:settings', {})).toEqual({
      waitingEntryDays: 90,
      staleAfterDays: 365,
      childWithoutEnrolmentDays: 90,
    });
    const bad = await app.call('retention:updateSettings', {
      waitingEntryDays: -1,
      staleAfterDays: 365,
      childWithoutEnrolmentDays: 90,
    });
    expect(bad.ok ? null : bad.error).toMatchObject({
      code: 'validation',
      fields: { waitingEntryDays: 'retention.daysRange' },
    });
    await signIn(app, 'karin', passwordOf('karin'));
    const caseworker = await app.call('retention:updateSettings', {
      waitingEntryDays: 1,
      staleAfterDays: 365,
      childWithoutEnrolmentDays: 90,
    });
    expect(caseworker.ok ? null : caseworker.error.code).toBe('forbidden');
    expect((await app.call('retention:settings', {})).ok).toBe(false);
  });

  it('a cancelled interest registration and a child never enrolled are due after the days set, not before', async () => {
    await signIn(app, 'karin', passwordOf('karin'));
    const a = await app.must('children:create', child('Avanmäld Rönnqvist', 983));
    cancelledChild = a.id;
    const interest = await app.must('enrolments:create', {
      childId: a.id,
      programmeId: group.programme.id,
      groupId: null,
      status: 'interest',
      referredOn: '2026-02-20',
    });
    await app.must('enrolments:transition', {
      id: interest.id,
      version: interest.version,
      to: 'cancelled',
      reason: 'Familjen tackade nej.',
    });
    await app.must('children:create', child('Aldrig Anmäld', 985));
    const waiting = await app.must('children:create', child('Väntar Fortfarande', 987));
    await app.must('enrolments:create', {
      childId: waiting.id,
      programmeId: group.programme.id,
      groupId: null,
      status: 'waitlisted',
      referredOn: '2026-02-20',
    });
    // A child with a place is no rule's: gallring takes it when the group is over.
    await admittedChild(app, group.group.id, group.programme.id, {
      name: 'Har Plats',
      identityNumber: testNumber('2014-06-11', 989),
    });

    const now = await app.must('retention:summary', {});
    expect(now.waitingEntries).toEqual({ awaiting: 2, due: 0, overdue: 0 });
    expect(now.childrenWithoutEnrolment).toEqual({ awaiting: 1, due: 0, overdue: 0 });
    const early = await app.must('retention:erase', { rule: 'waitingEntries', confirmed: true });
    expect(early).toMatchObject({ enrolments: 0, children: 0 });

    app.clock.advance(80 * day);
    const soon = await app.must('retention:summary', {});
    expect(soon.waitingEntries).toEqual({ awaiting: 2, due: 1, overdue: 0 });
    expect(soon.childrenWithoutEnrolment).toEqual({ awaiting: 1, due: 1, overdue: 0 });
    app.clock.advance(11 * day);
    const late = await app.must('retention:summary', {});
    expect(late.waitingEntries).toEqual({ awaiting: 2, due: 0, overdue: 1 });
    expect(late.childrenWithoutEnrolment).toEqual({ awaiting: 1, due: 0, overdue: 1 });
  });

  it('erasing a waiting entry takes the child with it when it was the last; the bytes are gone', async () => {
    expect(foundIn(diskBytes(app, key), needlesOf('Avanmäld Rönnqvist'))).toHaveLength(3);
    const result = await app.must('retention:erase', { rule: 'waitingEntries', confirmed: true });
    expect(result).toEqual({ enrolments: 1, children: 1, purged: true });
    const gone = await app.call('children:get', { id: cancelledChild });
    expect(gone.ok ? null : gone.error.code).toBe('notFound');
    expect(
      foundIn(diskBytes(app, key), [...needlesOf('Avanmäld Rönnqvist'), 'Familjen tackade nej.']),
    ).toEqual([]);
    // The waiting child is not stale yet; the child with a place is untouched.
    const names = (await app.must('children:list', {})).map((c) => c.name).sort();
    expect(names).toEqual(['Aldrig Anmäld', 'Har Plats', 'Väntar Fortfarande']);
  });

  it('erasing children without an enrolment takes their guardians and foster home; the bytes are gone', async () => {
    const result = await app.must('retention:erase', { rule: 'childrenWithoutEnrolment', confirmed: true });
    expect(result).toEqual({ enrolments: 0, children: 1, purged: true });
    expect(foundIn(diskBytes(app, key), needlesOf('Aldrig Anmäld'))).toEqual([]);
  });

  it('a waiting entry goes stale after a year unchanged and is erased 90 days later', async () => {
    app.clock.advance((365 + 90 - 91) * day);
    expect((await app.must('retention:summary', {})).waitingEntries).toEqual({
      awaiting: 1,
      due: 1,
      overdue: 0,
    });
    app.clock.advance(1 * day);
    const result = await app.must('retention:erase', { rule: 'waitingEntries', confirmed: true });
    expect(result).toEqual({ enrolments: 1, children: 1, purged: true });
    expect(foundIn(diskBytes(app, key), needlesOf('Väntar Fortfarande'))).toEqual([]);
  });

  it('is logged and audited by rule and counts only', async () => {
    await signIn(app, 'admin', adminPassword);
    const runs = await app.installation.db
      .selectFrom('deletion_run')
      .select(['kind', 'enrolments', 'children'])
      .where('kind', 'in', ['waitingEntries', 'childrenWithoutEnrolment'])
      .where('children', '>', 0)
      .orderBy('id')
      .execute();
    expect(runs).toEqual([
      { kind: 'waitingEntries', enrolments: 1, children: 1 },
      { kind: 'childrenWithoutEnrolment', enrolments: 0, children: 1 },
      { kind: 'waitingEntries', enrolments: 1, children: 1 },
    ]);
    const audit = JSON.stringify(await app.installation.db.selectFrom('audit_log').selectAll().execute());
    for (const name of ['Avanmäld Rönnqvist', 'Aldrig Anmäld', 'Väntar Fortfarande'])
      expect(audit).not.toContain(name);
  });
});
