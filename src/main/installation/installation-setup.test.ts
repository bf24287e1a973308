import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { normaliseRecoveryKey } from '../keyring/recovery-key';
import { adminPassword, createInstalledApp, createTempApp, type TempApp } from '../../../test/support/temp-app';
import { adminSession } from '../../../test/support/users';
import { auditSince, setupAuditEntry } from '../../../test/support/audit';

let app: TempApp;
afterEach(() => app.dispose());

const setupInput = {
  organisationName: 'Testkommunens socialförvaltning',
  admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
};

describe('installation setup', () => {
  test('before setup the app is uninitialised and session channels say so', async () => {
    app = createTempApp();
    expect(await app.must('installation:status', {})).toEqual({
      state: 'uninitialised',
      organisationName: null,
      session: null,
      idleLockMinutes: 10,
    });
    expect(await app.must('auth:users', {})).toEqual([]);
    expect(await app.call('auth:unlock', { username: 'admin', password: adminPassword })).toEqual({
      ok: false,
      error: {
        code: 'installation.missing',
        message: 'Appen är inte installerad ännu. Kör först installationsguiden.',
      },
    });
    expect((await app.call('organisations:list', { query: '' })).ok).toBe(false);
  });

  test('setup creates the admin, signs them in and shows a recovery key once', async () => {
    app = createTempApp();
    const result = await app.must('installation:setup', setupInput);
    expect(result.session).toEqual(adminSession);
    expect(result.recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){9}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(await app.must('installation:status', {})).toEqual({
      state: 'unlocked',
      organisationName: 'Testkommunens socialförvaltning',
      session: result.session,
      idleLockMinutes: 10,
    });
    expect(await app.must('auth:users', {})).toEqual([{ username: 'admin', displayName: 'Ada Admin' }]);
    expect(await auditSince(app, 0)).toEqual([setupAuditEntry]);
    // The recovery key is not kept anywhere: not in the keyring, not in the status.
    const keyringText = readFileSync(app.installation.paths.keyring, 'utf8');
    expect(keyringText).not.toContain(normaliseRecoveryKey(result.recoveryKey));
  });

  test('setting up twice is refused with installation.exists and changes nothing', async () => {
    app = await createInstalledApp();
    const keyringBefore = readFileSync(app.installation.paths.keyring);
    const again = await app.call('installation:setup', {
      ...setupInput,
      admin: { ...setupInput.admin, username: 'mallory' },
    });
    expect(again).toEqual({
      ok: false,
      error: { code: 'installation.exists', message: 'Appen är redan installerad på den här datorn.' },
    });
    expect(readFileSync(app.installation.paths.keyring).equals(keyringBefore)).toBe(true);
    expect(await app.must('auth:users', {})).toEqual([{ username: 'admin', displayName: 'Ada Admin' }]);
  });

  test('setting up again while locked is refused too', async () => {
    app = await createInstalledApp();
    await app.must('auth:lock', {});
    const again = await app.call('installation:setup', setupInput);
    expect(again.ok === false && again.error.code).toBe('installation.exists');
    expect(app.installation.state).toBe('locked');
  });

  test('setup refuses a short admin password, a bad user name and an empty organisation name', async () => {
    app = createTempApp();
    const result = await app.call('installation:setup', {
      organisationName: '  ',
      admin: { username: 'Ada Admin', displayName: 'Ada Admin', password: 'elva-tecken' },
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'validation',
        message: 'Uppgifterna kunde inte sparas. Rätta de markerade fälten.',
        fields: {
          organisationName: 'field.required',
          'admin.username': 'username.format',
          'admin.password': 'password.tooShort',
        },
      },
    });
    expect(app.installation.state).toBe('uninitialised');
  });
});
