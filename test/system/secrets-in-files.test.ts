// The keyring and the auth-state file hold no password, no master key and no
// recovery key, in any of their usual encodings.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { normaliseRecoveryKey } from '../../src/main/keyring/recovery-key';
import { adminPassword, createInstalledApp, type TempApp } from '../support/temp-app';
import { masterKeyOf } from '../support/raw-database';
import { addUser, signInAsAdmin, temporaryPassword } from '../support/users';

let app: TempApp & { recoveryKey: string };
beforeEach(async () => {
  app = await createInstalledApp();
});
afterEach(() => app.dispose());

const wrongPassword = 'nästan-rätt-lösenord-1';
// A password typed into the user name field by mistake (it fits the user name format).
const passwordAsUsername = 'sommarregn2026';

async function secrets(): Promise<Record<string, Buffer>> {
  const masterKey = await masterKeyOf(app.dataDir);
  const recovery = normaliseRecoveryKey(app.recoveryKey) ?? '';
  return {
    adminPassword: Buffer.from(adminPassword),
    karinPassword: Buffer.from('karin-eget-lösenord-2026'),
    temporaryPassword: Buffer.from(temporaryPassword),
    wrongPassword: Buffer.from(wrongPassword),
    passwordAsUsername: Buffer.from(passwordAsUsername),
    recoveryKeyFormatted: Buffer.from(app.recoveryKey),
    recoveryKey: Buffer.from(recovery),
    recoveryKeyLower: Buffer.from(recovery.toLowerCase()),
    masterKeyRaw: masterKey,
    masterKeyHex: Buffer.from(masterKey.toString('hex')),
    masterKeyHexUpper: Buffer.from(masterKey.toString('hex').toUpperCase()),
    masterKeyBase64: Buffer.from(masterKey.toString('base64')),
    masterKeyBase64Url: Buffer.from(masterKey.toString('base64url')),
    // Long enough pieces that a chance match is impossible.
    masterKeyHexHalf: Buffer.from(masterKey.subarray(0, 16).toString('hex')),
    masterKeyBase64Half: Buffer.from(masterKey.subarray(0, 18).toString('base64')),
  };
}

function leaks(file: string, all: Record<string, Buffer>): string[] {
  const bytes = readFileSync(file);
  const text = bytes.toString('utf8');
  return Object.entries(all)
    .filter(([, secret]) => bytes.includes(secret) || text.includes(secret.toString('utf8').normalize('NFD')))
    .map(([label]) => label);
}

describe('no secrets in the keyring or the auth state', () => {
  test('after setup, users, a password change, failed and refused attempts', async () => {
    await addUser(app, 'caseworker', 'karin');
    await app.must('users:create', {
      username: 'olle',
      displayName: 'Olle',
      role: 'viewer',
      temporaryPassword,
    });
    await app.must('auth:lock', {});
    await app.call('auth:unlock', { username: 'admin', password: wrongPassword });
    await app.call('auth:unlock', { username: passwordAsUsername, password: wrongPassword });
    // A key one character off (the last one changed, whatever it was: a fixed '0' was the
    // real key one time in 32, which then set the admin's password to the wrong one).
    const lastOff = app.recoveryKey.endsWith('0') ? '1' : '0';
    const refused = await app.call('auth:recover', {
      username: 'admin',
      recoveryKey: app.recoveryKey.replace(/.$/, lastOff),
      newPassword: wrongPassword,
    });
    expect(refused.ok).toBe(false);
    await app.call('organisations:list', { query: '' });

    const all = await secrets();
    // The secrets are real and findable: the check below would see them if written.
    expect(all.masterKeyRaw).toHaveLength(32);
    expect(all.recoveryKey).toHaveLength(40);
    expect(leaks(app.installation.paths.keyring, all)).toEqual([]);
    expect(leaks(app.installation.paths.authState, all)).toEqual([]);

    await signInAsAdmin(app);
    expect(leaks(app.installation.paths.keyring, all)).toEqual([]);
    expect(leaks(app.installation.paths.authState, all)).toEqual([]);
  });

  test('the search itself works: it finds a secret when one is there', async () => {
    const all = await secrets();
    const { writeFileSync } = await import('node:fs');
    const decoy = `${app.dataDir}/decoy.json`;
    writeFileSync(
      decoy,
      JSON.stringify({ key: (await masterKeyOf(app.dataDir)).toString('base64'), note: adminPassword }),
    );
    const expected = ['adminPassword', 'masterKeyBase64', 'masterKeyBase64Half'];
    // A key whose base64 has no '+' or '/' reads the same in base64url, less the padding
    // (about one key in four), so the decoy then holds that form too.
    if (all.masterKeyBase64!.includes(all.masterKeyBase64Url!)) expected.push('masterKeyBase64Url');
    expect(leaks(decoy, all).sort()).toEqual(expected.sort());
  });
});
