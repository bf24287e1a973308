import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Channel, ChannelInput } from '../../shared/ipc/contract';
import { adminPassword, createInstalledApp, type TempApp } from '../../../test/support/temp-app';

let app: TempApp & { recoveryKey: string };
beforeEach(async () => {
  app = await createInstalledApp();
});
afterEach(() => app.dispose());

const short = 'elva-tecken'; // 11 characters

function validation(fields: Record<string, string>) {
  return {
    ok: false,
    error: {
      code: 'validation',
      message: 'Uppgifterna kunde inte sparas. Rätta de markerade fälten.',
      fields,
    },
  };
}

describe('passwords shorter than 12 characters are refused everywhere a password is set', () => {
  test.each<[Channel, (a: typeof app) => ChannelInput<Channel>, string]>([
    [
      'users:create',
      () => ({ username: 'karin', displayName: 'Karin', role: 'caseworker', temporaryPassword: short }),
      'temporaryPassword',
    ],
    ['users:resetPassword', () => ({ userId: 1, temporaryPassword: short }), 'temporaryPassword'],
    ['auth:changePassword', () => ({ currentPassword: adminPassword, newPassword: short }), 'newPassword'],
    [
      'auth:recover',
      (a) => ({ username: 'admin', recoveryKey: a.recoveryKey, newPassword: short }),
      'newPassword',
    ],
  ])('%s', async (channel, input, field) => {
    expect(short).toHaveLength(11);
    expect(await app.call(channel, input(app))).toEqual(validation({ [field]: 'password.tooShort' }));
  });

  test('nothing was created by the refused calls', async () => {
    await app.call('users:create', {
      username: 'karin',
      displayName: 'Karin',
      role: 'caseworker',
      temporaryPassword: short,
    });
    expect((await app.must('users:list', {})).map((u) => u.username)).toEqual(['admin']);
  });
});
