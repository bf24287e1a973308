import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { contract, channels } from '../../shared/ipc/contract';
import { adminPassword, createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { auditSince, lastAuditId } from '../../../test/support/audit';

const sessionChannels = channels.filter((c) => contract[c].access.kind === 'session');

describe('router: every session channel of a locked app', () => {
  let app: TempApp;
  beforeAll(async () => {
    app = await createInstalledApp();
    await app.must('auth:lock', {});
  });
  afterAll(() => app.dispose());

  test.each(sessionChannels)('%s answers "locked"', async (channel) => {
    expect(await app.router.invoke(channel, {}, { senderUrl: 'app://iop-desk/' })).toEqual({
      ok: false,
      error: { code: 'locked', message: 'Appen är låst. Lås upp för att fortsätta.' },
    });
    expect(app.installation.state).toBe('locked');
  });
});

describe('router: locked app', () => {
  let app: TempApp;
  beforeEach(async () => {
    app = await createInstalledApp();
  });
  afterEach(() => app.dispose());

  test('the refused call is audited at the next unlock', async () => {
    const before = await lastAuditId(app);
    await app.must('auth:lock', {});
    await app.call('organisations:list', { query: '' });
    await app.must('auth:unlock', { username: 'admin', password: adminPassword });
    expect((await auditSince(app, before)).map((e) => `${e.channel} ${e.outcome}`)).toEqual([
      'auth:lock ok',
      'organisations:list denied',
      'auth:unlock ok',
    ]);
  });

  test('public channels answer while locked', async () => {
    await app.must('auth:lock', {});
    expect(await app.must('installation:status', {})).toEqual({
      state: 'locked',
      organisationName: 'Testkommunens socialförvaltning',
      session: null,
      idleLockMinutes: 10,
    });
    expect(await app.must('auth:users', {})).toEqual([{ username: 'admin', displayName: 'Ada Admin' }]);
  });
});
