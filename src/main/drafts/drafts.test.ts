// Form drafts (issue 11, "Nothing typed is lost"): saved in main per user,
// form and record; given back only to the user who typed them; refused to a
// role that may not use the form; deleted after 30 days at unlock; erased with
// their record when it is deleted (the one erasure routine), after which no
// byte of them is left in the database file or its log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInstalledApp, adminPassword, type TempApp } from '../../../test/support/temp-app';
import { masterKeyOf } from '../../../test/support/raw-database';
import { diskBytes, foundIn } from '../../../test/support/erased-bytes';
import { childInput, setUpGroup, testNumber } from '../../../test/support/support-groups/fixtures';
import { registerAll, stockholmBris, withCriteria } from '../../../test/support/agreements/fixtures';
import { addUser, passwordOf, signIn } from '../../../test/support/users';

let app: TempApp;
let key: Buffer;
let orgIds: Awaited<ReturnType<typeof registerAll>>;
let group: Awaited<ReturnType<typeof setUpGroup>>;

const asAdmin = () => signIn(app, 'admin', adminPassword);
const as = (username: 'karin' | 'kim' | 'vera' | 'kalle') => signIn(app, username, passwordOf(username));
const payload = (values: object) => JSON.stringify({ values });
const draftCount = async () =>
  Number(
    (await app.installation.db
      .selectFrom('form_draft')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()).n,
  );

beforeAll(async () => {
  app = await createInstalledApp();
  key = await masterKeyOf(app.dataDir);
  orgIds = await registerAll(app);
  group = await setUpGroup(app);
  await addUser(app, 'caseworker', 'karin');
  await addUser(app, 'caseworker', 'kalle');
  await addUser(app, 'coordinator', 'kim');
  await addUser(app, 'viewer', 'vera');
}, 120_000);
afterAll(() => app.dispose());

describe('saving and getting a draft', () => {
  it('keeps the form’s values for its user, form and record, and replaces them on the next save', async () => {
    await as('karin');
    const first = await app.must('drafts:save', {
      form: 'group',
      recordId: group.group.id,
      payload: payload({ name: 'Grupp A' }),
    });
    expect(first.updatedAt).toBe('2026-03-02T09:00:00.000Z');
    app.clock.advance(5_000);
    await app.must('drafts:save', { form: 'group', recordId: group.group.id, payload: payload({ name: 'Grupp B' }) });
    expect(await app.must('drafts:get', { form: 'group', recordId: group.group.id })).toEqual({
      form: 'group',
      recordId: group.group.id,
      updatedAt: '2026-03-02T09:00:05.000Z',
      payload: payload({ name: 'Grupp B' }),
    });
    // A "new" draft of a form that creates records is its own key.
    await app.must('drafts:save', { form: 'child', recordId: null, payload: payload({ name: 'Ny' }) });
    expect(await app.must('drafts:get', { form: 'group', recordId: null })).toBeNull();
    expect(await app.must('drafts:list', {})).toEqual([
      { form: 'child', recordId: null, updatedAt: '2026-03-02T09:00:05.000Z' },
      { form: 'group', recordId: group.group.id, updatedAt: '2026-03-02T09:00:05.000Z' },
    ]);
  });

  it('is the user’s own: another user of the same role sees none of it and keeps a draft of their own', async () => {
    await as('kalle');
    expect(await app.must('drafts:get', { form: 'group', recordId: group.group.id })).toBeNull();
    expect(await app.must('drafts:list', {})).toEqual([]);
    await app.must('drafts:save', { form: 'group', recordId: group.group.id, payload: payload({ name: 'Kalles' }) });
    expect(await app.must('drafts:discard', { form: 'group', recordId: group.group.id })).toEqual({ discarded: true });
    await as('karin');
    expect((await app.must('drafts:get', { form: 'group', recordId: group.group.id }))?.payload).toBe(
      payload({ name: 'Grupp B' }),
    );
  });

  it('is refused to a role that may not use the form, and for a record that does not exist; nothing is stored', async () => {
    const before = await draftCount();
    await as('vera');
    for (const channel of ['drafts:save', 'drafts:get', 'drafts:list', 'drafts:discard'] as const) {
      const input = channel === 'drafts:list' ? {} : { form: 'child' as const, recordId: null, payload: '{}' };
      const r = await app.call(channel, (channel === 'drafts:save' ? input : { ...input, payload: undefined }) as never);
      expect(r.ok ? null : r.error.code, channel).toBe('forbidden');
    }
    // A coordinator writes no agreements, so keeps no draft of one.
    await as('kim');
    const agreement = await app.call('drafts:save', { form: 'agreement', recordId: group.agreementId, payload: '{}' });
    expect(agreement.ok ? null : agreement.error.code).toBe('forbidden');
    const amendment = await app.call('drafts:get', { form: 'amendment', recordId: group.agreementId });
    expect(amendment.ok ? null : amendment.error.code).toBe('forbidden');
    // …but a meeting of it, as agreements:addMeeting allows.
    await app.must('drafts:save', { form: 'meeting', recordId: group.agreementId, payload: payload({ date: '' }) });
    expect((await app.must('drafts:list', {})).map((d) => d.form)).toEqual(['meeting']);
    const gone = await app.call('drafts:save', { form: 'consent', recordId: 999_999, payload: '{}' });
    expect(gone.ok ? null : gone.error.code).toBe('notFound');
    const noRecord = await app.call('drafts:save', { form: 'agreement', recordId: null, payload: '{}' });
    expect(noRecord.ok ? null : noRecord.error.code).toBe('forbidden');
    await as('karin');
    const agreementWithoutRecord = await app.call('drafts:save', { form: 'consent', recordId: null, payload: '{}' });
    expect(agreementWithoutRecord.ok ? null : agreementWithoutRecord.error.code).toBe('validation');
    expect(await draftCount()).toBe(before + 1);
    await as('kim');
    await app.must('drafts:discard', { form: 'meeting', recordId: group.agreementId });
  });

  it('is audited with the form and record only, never its contents', async () => {
    const rows = await app.installation.db
      .selectFrom('audit_log')
      .select(['channel', 'entity_type', 'entity_id'])
      .where('channel', 'like', 'drafts:%')
      .execute();
    expect(rows.length).toBeGreaterThan(5);
    expect(new Set(rows.map((r) => r.entity_type))).toEqual(new Set(['draft']));
    expect(rows).toContainEqual({ channel: 'drafts:save', entity_type: 'draft', entity_id: 'child:new' });
    expect(rows).toContainEqual({ channel: 'drafts:save', entity_type: 'draft', entity_id: `group:${group.group.id}` });
    const all = JSON.stringify(await app.installation.db.selectFrom('audit_log').selectAll().execute());
    expect(all).not.toContain('Grupp B');
  });
});

describe('deleted after 30 days', () => {
  it('at the next unlock: older drafts go, newer stay', async () => {
    await as('karin');
    const before = await app.must('drafts:list', {});
    expect(before.length).toBe(2);
    app.clock.advance(29 * 86_400_000);
    await app.must('drafts:save', { form: 'child', recordId: null, payload: payload({ name: 'Nyare' }) });
    app.clock.advance(2 * 86_400_000);
    await app.must('auth:lock', {});
    await as('karin');
    expect(await app.must('drafts:list', {})).toEqual([{ form: 'child', recordId: null, updatedAt: '2026-03-31T09:00:05.000Z' }]);
    expect(foundIn(diskBytes(app, key), ['Grupp B'])).toEqual([]);
  });
});

describe('erased with their record', () => {
  it('a child deleted by mistake takes every user’s drafts of the child and its consents; no byte is left', async () => {
    await as('karin');
    const child = await app.must(
      'children:create',
      childInput({ name: 'Utkast Barnsson', identityNumber: testNumber('2014-07-12', 987) }),
    );
    const interest = await app.must('enrolments:create', {
      childId: child.id,
      programmeId: group.programme.id,
      groupId: null,
      status: 'interest',
      referredOn: '2026-03-20',
    });
    const needles = ['Utkastnamn Hemligsson', 'Samtyckesdnr Utkast-77'];
    await app.must('drafts:save', { form: 'child', recordId: child.id, payload: payload({ name: needles[0] }) });
    await as('kim');
    await app.must('drafts:save', { form: 'consent', recordId: interest.id, payload: payload({ ref: needles[1] }) });
    expect(foundIn(diskBytes(app, key), needles)).toEqual(needles);
    await app.must('children:deleteMistake', { id: child.id, version: child.version, reason: 'duplicate', confirmed: true });
    expect(await app.must('drafts:list', {})).toEqual([]);
    await as('karin');
    expect(await app.must('drafts:get', { form: 'child', recordId: child.id })).toBeNull();
    expect(foundIn(diskBytes(app, key), needles)).toEqual([]);
  });

  it('a draft agreement deleted takes the drafts of its terms, amendments and meetings; no byte is left', async () => {
    await as('karin');
    const data = withCriteria(stockholmBris(orgIds, '2026-01-01'));
    data.registrationNumber = 'SN-2026/777';
    const a = await app.must('agreements:create', { data });
    const needles = ['Utkasttitel Hemlig Samverkan', 'Mötesdeltagare Utkastsson'];
    await app.must('drafts:save', { form: 'agreement', recordId: a.id, payload: payload({ title: needles[0] }) });
    await as('kim');
    await app.must('drafts:save', { form: 'meeting', recordId: a.id, payload: payload({ attendees: needles[1] }) });
    expect(foundIn(diskBytes(app, key), needles)).toEqual(needles);
    await asAdmin();
    await app.must('agreements:deleteDraft', { id: a.id, version: a.version, confirmed: true });
    await as('karin');
    expect(await app.must('drafts:get', { form: 'agreement', recordId: a.id })).toBeNull();
    expect(foundIn(diskBytes(app, key), needles)).toEqual([]);
  });
});
